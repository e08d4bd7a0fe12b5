"""Reading articles: encodings, sizes, web pages and URLs served from 127.0.0.1."""

from __future__ import annotations

import codecs
import contextlib
import html
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from summarizer import summarize
from summarizer.reading import (
    InputError,
    Limits,
    article_from_bytes,
    decode,
    decode_text,
    guess_encoding,
    read_article,
    read_text,
)
from summarizer.sources import is_url, looks_like_html

from .conftest import DEMO, run_command

NEWS = ("The central bank raised interest rates by a quarter point on Thursday, its third increase this year. "
        "\u201cWe will do what it takes,\u201d the governor said in Frankfurt. "
        "Caf\u00e9 owners and r\u00e9sum\u00e9 writers alike fear higher costs.\n")


# --- encodings ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("data", "encoding"), [
    (NEWS.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + NEWS.encode("utf-8"), "utf-8"),
    (NEWS.encode("utf-16"), "utf-16-le"),  # Python writes a BOM, little-endian here
    (codecs.BOM_UTF16_BE + NEWS.encode("utf-16-be"), "utf-16-be"),
    (codecs.BOM_UTF32_LE + NEWS.encode("utf-32-le"), "utf-32-le"),
])
def test_unicode_encodings_decode_exactly_without_warning(data: bytes, encoding: str) -> None:
    decoded = decode(data, "news.txt")
    assert decoded.text == NEWS  # the byte-order mark is dropped
    assert decoded.encoding == encoding
    assert decoded.warning is None


@pytest.mark.parametrize("legacy", ["cp1252", "latin-1"])
def test_windows_1252_and_latin1_are_detected_with_a_warning(legacy: str) -> None:
    text = NEWS.replace("\u201c", '"').replace("\u201d", '"') if legacy == "latin-1" else NEWS
    decoded = decode(text.encode(legacy), "old.txt")
    assert decoded.text == text
    assert decoded.encoding == "cp1252"
    assert decoded.warning is not None
    assert "old.txt: not UTF-8; read as Windows-1252 (guessed)" in decoded.warning


def test_short_latin1_is_not_misread_as_a_central_european_code_page() -> None:
    # charset-normalizer alone calls this cp1250; for Western news cp1252 is the better bet.
    assert guess_encoding("Prices in caf\u00e9s rose.".encode("latin-1")) == "cp1252"


def test_cyrillic_windows_1251_is_detected() -> None:
    text = "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0437\u0430\u044f\u0432\u0438\u043b \u0432 " \
           "\u0447\u0435\u0442\u0432\u0435\u0440\u0433, \u0447\u0442\u043e \u043f\u0435\u0440\u0435\u0433\u043e" \
           "\u0432\u043e\u0440\u044b \u043d\u0430\u0447\u043d\u0443\u0442\u0441\u044f \u0432 \u043c\u0430\u0435."
    decoded = decode(text.encode("cp1251"), "ru.txt")
    assert decoded.text == text
    assert decoded.warning is not None
    assert decoded.warning.startswith("ru.txt: not UTF-8; read as cp1251 (guessed)")


def test_crlf_is_kept_and_offsets_index_the_decoded_text(tmp_path: Path) -> None:
    body = "Rates rose again\r\n\r\nThe bank raised rates on Thursday. Markets fell.\r\n\r\nBanks led the fall.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(body.encode("utf-16"))
    text = read_text(str(path))
    assert text == body
    summary = summarize(text, sentences=3)
    assert summary.title == "Rates rose again"
    assert [s.text for s in summary.sentences] == [
        "The bank raised rates on Thursday.", "Markets fell.", "Banks led the fall."]
    for sentence in summary.sentences:
        assert text[sentence.start:sentence.end] == sentence.text
    lf = summarize(body.replace("\r\n", "\n"), sentences=3)
    assert [s.text for s in lf.sentences] == [s.text for s in summary.sentences]


@pytest.mark.parametrize(("data", "message"), [
    (b"", "is empty"),
    (b" \n\t\r\n", "is empty"),
    (codecs.BOM_UTF8 + b"  \n", "is empty"),
    (NEWS.encode("utf-16")[:-1], "truncated UTF-16 text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
    (bytes(range(1, 32)) * 20, "looks like a binary file"),
    (NEWS.encode("utf-16-le"), "UTF-16 without a byte-order mark"),
])
def test_bad_bytes_are_rejected_with_one_line(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        decode(data, "bad.txt")
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("bad.txt: ")


def test_decode_text_keeps_its_old_signature() -> None:
    assert decode_text(NEWS.encode("utf-8"), "x.txt") == NEWS


# --- size ---------------------------------------------------------------------------------------------------------

def test_size_cap_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "long.txt"
    path.write_text(NEWS * 1000)  # about 230 kB
    with pytest.raises(InputError, match=r"larger than the 0.1 MB size cap"):
        read_article(str(path), limits=Limits(max_bytes=100_000))
    monkeypatch.setenv("SUMMARIZER_MAX_MB", "0.1")
    with pytest.raises(InputError, match="SUMMARIZER_MAX_MB"):
        read_text(str(path))
    monkeypatch.setenv("SUMMARIZER_MAX_MB", "1")
    assert read_text(str(path)).startswith("The central bank")


def test_five_megabytes_are_summarised_with_the_default_ranker() -> None:
    # How time grows with size is measured by benchmarks/scaling.py, not here.
    words = DEMO.read_text(encoding="utf-8").split("\n\n")[2].split()
    # every paragraph numbered throughout: a paragraph printed twice would be a repeat, kept out of the body
    paragraphs = (" ".join(f"{w} {i}" if k % 3 == 2 else w for k, w in enumerate(words)) + "\n\n"
                  for i in range(5_000_000 // (len(" ".join(words)) + 40)))
    large = "".join(paragraphs)
    summary = summarize(large, sentences=5)
    assert summary.total_sentences > 10_000
    assert len(summary.sentences) == 5


# --- web pages ----------------------------------------------------------------------------------------------------

def demo_page(extra_head: str = "") -> str:
    """The demo article as a web page: headline, body paragraphs, and the furniture of a news site."""
    text = DEMO.read_text(encoding="utf-8")
    document_paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    headline, body = document_paragraphs[0], document_paragraphs[1:]
    body = body[: body.index("Previous Article")]  # the site's furniture follows; it goes in <aside> below
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">{extra_head}
<title>{html.escape(headline)} | Kyiv Post</title>
<meta name="author" content="Jane Doe">
<meta property="og:site_name" content="Kyiv Post">
<meta property="article:published_time" content="2024-06-14T09:00:00Z">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main><article><h1>{html.escape(headline)}</h1>
{paragraphs}
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Air raid alerts across the country</a></li>
<li><a href="/b">Taxation rules change next month</a></li></ul></aside>
<footer><p>Copyright 2024 Kyiv Post. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def clean_text_summary() -> list[str]:
    return [" ".join(s.text.split()) for s in summarize(DEMO.read_text(encoding="utf-8"), sentences=4).sentences]


def test_html_file_gives_the_same_summary_as_the_clean_text(tmp_path: Path) -> None:
    page = tmp_path / "nato.html"
    page.write_text(demo_page(), encoding="utf-8")
    article = read_article(str(page))
    assert article.kind == "html"
    assert article.title == "NATO Seeks Expanded Third-Country Agreements to Back Ukraine"
    assert article.author == "Jane Doe"
    assert article.date == "2024-06-14"
    assert article.site == "Kyiv Post"
    for furniture in ("Subscribe", "Most read", "Copyright", "Privacy policy", "Air raid alerts"):
        assert furniture not in article.text
    summary = summarize(article.text, sentences=4)
    assert summary.title == article.title
    assert [s.text for s in summary.sentences] == clean_text_summary()
    for sentence in summary.sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text


def nested_page(levels: int, tag: str = "div") -> str:
    """A page whose paragraphs each open one more `tag` that closes only at the end."""
    paragraphs = "".join(f"<{tag}><p>Council {i} met on day {i} and agreed to repair road {i} within weeks.</p>"
                         for i in range(levels))
    return (f"<!DOCTYPE html><html><head><title>Roads</title></head><body><article><h1>Roads</h1>{paragraphs}"
            f"{f'</{tag}>' * levels}</article></body></html>")


def test_rule_nesting_too_deep_reads_every_paragraph_of_a_deeply_nested_page() -> None:
    from summarizer.sources import PARSER_MAX_DEPTH, extract_html

    levels = PARSER_MAX_DEPTH + 100  # libxml2 alone stops at 256 levels and drops the rest
    page = extract_html(nested_page(levels), name="nested.html")
    assert f"Council {levels - 1} met on day {levels - 1}" in page.text
    assert all(f"road {i} within" in page.text for i in range(levels))
    assert page.warnings == ()


def test_rule_nesting_too_deep_says_so_when_text_cannot_be_read() -> None:
    from summarizer.sources import PARSER_MAX_DEPTH, extract_html

    levels = PARSER_MAX_DEPTH + 100
    page = extract_html(nested_page(levels, tag="blockquote"), name="quotes.html")  # no generic container
    assert "Council 0 met" in page.text
    assert f"Council {levels - 1} met" not in page.text
    assert any("nests its markup more than" in warning for warning in page.warnings)


def test_html_is_recognised_by_content_without_an_extension(tmp_path: Path) -> None:
    page = tmp_path / "saved-page"
    page.write_text(demo_page(), encoding="utf-8")
    assert read_article(str(page)).kind == "html"
    assert looks_like_html("  <!doctype html><html>")
    assert not looks_like_html("The <b> tag is bold.")


def test_html_with_a_declared_legacy_charset_decodes_without_warning() -> None:
    page = demo_page().replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    page = page.replace("Ukraine", "Ukra\u00efne")
    article = article_from_bytes(page.encode("cp1252"), "page.html")
    assert "Ukra\u00efne" in article.text
    assert article.warnings == ()


def test_a_pdf_is_refused_in_one_line(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    with pytest.raises(InputError, match=r"report\.pdf: PDF files are not supported"):
        read_article(str(pdf))
    result = run_command("summarize", str(pdf))
    assert result.returncode == 2
    assert result.stderr == f"summarizer: error: {pdf}: PDF files are not supported; save the article as text or " \
                            "as a web page first\n"


def test_a_page_without_article_text_is_an_error() -> None:
    with pytest.raises(InputError, match="no article text found"):
        article_from_bytes(b"<html><head><title>T</title></head><body><script>go()</script></body></html>", "e.html")


@pytest.mark.parametrize("body", [
    '<nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>Contact us</footer>',
    "<div><p>Home. News. Sport. Contact us.</p></div><footer>Privacy policy</footer>",
    "<main><h1>Breaking news</h1><p>Read more</p></main>",
])
def test_a_page_of_menus_and_footers_is_not_an_article(body: str) -> None:
    with pytest.raises(InputError, match=r"nav\.html: no article text found in the page"):
        article_from_bytes(f"<html><body>{body}</body></html>".encode(), "nav.html")


def test_a_page_with_one_real_sentence_is_an_article() -> None:
    page = ("<html><body><nav><a href='/'>Home</a></nav><article><p>TimeWarner said fourth quarter sales rose "
            "2% to $11.1bn from $10.9bn.</p></article></body></html>")
    article = article_from_bytes(page.encode(), "one.html")
    assert article.kind == "html"
    assert "TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.\n" in article.text


@pytest.mark.parametrize(("dated", "date"), [
    ("<footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>", None),  # not 2024-01-01
    ("<footer><p>\u00a9 2019-2024 Example News</p></footer>", None),
    ("<p class='byline'>Published 14 June 2024</p>", "2024-06-14"),
    ("<p class='byline'>Updated March 3rd, 2023, 10:02</p>", "2023-03-03"),
    ("<time datetime='2024-06-14T09:00:00Z'>Friday</time>", "2024-06-14"),
])
def test_a_date_is_kept_only_when_the_page_gives_that_day(dated: str, date: str | None) -> None:
    page = (f"<html><head><title>Report</title></head><body><article>{dated}<p>TimeWarner said fourth quarter "
            "sales rose 2% to $11.1bn from $10.9bn in the three months to December.</p></article></body></html>")
    assert article_from_bytes(page.encode(), "dated.html").date == date


# --- URLs from a local server -------------------------------------------------------------------------------------

class Pages(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, str, bytes]]] = {}

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
            for _ in range(200):  # bounded: about 2 MB, stops by itself
                try:
                    self.wfile.write(chunk)
                except OSError:
                    return
            return
        if self.path.startswith("/redirect-to-file"):
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        if self.path == "/cut-short":  # promises 100,000 bytes, sends 352 and hangs up
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"<html><body><article><p>" + b"Rates rose again. " * 18 + b"</p>")
            self.wfile.flush()
            self.close_connection = True
            return
        if self.path == "/cut-short-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.write(b"400\r\n<html><body><p>Rates rose.")  # a 1,024-byte chunk, cut off
            self.wfile.flush()
            self.close_connection = True
            return
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/nato")
            self.end_headers()
            return
        status, content_type, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    latin_page = demo_page().replace('<meta charset="utf-8">', "").replace("Ukraine", "Ukra\u00efne")
    Pages.routes = {
        "/nato": (200, "text/html; charset=utf-8", demo_page().encode("utf-8")),
        "/latin": (200, "text/html; charset=windows-1252", latin_page.encode("cp1252")),
        "/plain": (200, "text/plain", NEWS.encode("utf-8")),
        "/report.pdf": (200, "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"),
        "/big": (200, "text/html", b"<p>" + b"x" * 300_000 + b"</p>"),
    }
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_url_gives_the_same_summary_as_the_clean_text(server: str) -> None:
    article = read_article(f"{server}/nato")
    assert article.kind == "html"
    assert article.url == f"{server}/nato"
    assert article.site == "Kyiv Post"
    assert [s.text for s in summarize(article.text, sentences=4).sentences] == clean_text_summary()


def test_url_charset_header_is_used(server: str) -> None:
    article = read_article(f"{server}/latin")
    assert "Ukra\u00efne" in article.text
    assert article.encoding == "cp1252"
    assert article.warnings == ()


def test_redirect_within_http_is_followed(server: str) -> None:
    assert read_article(f"{server}/moved").url == f"{server}/nato"


def test_plain_text_url_is_read_as_text(server: str) -> None:
    article = read_article(f"{server}/plain")
    assert article.kind == "text"
    assert article.text == NEWS


@pytest.mark.parametrize(("path", "limits", "message"), [
    ("/report.pdf", Limits(), r"report.pdf: PDF files are not supported"),
    ("/missing", Limits(), "HTTP 404 Not Found"),
    ("/slow", Limits(timeout=0.5), r"timed out after 0.5 s"),
    ("/big", Limits(max_bytes=100_000), r"larger than the 0.1 MB size cap \(0.300007 MB\); raise it with SUMMARIZER_"),
    ("/endless", Limits(max_bytes=500_000), "larger than the 0.5 MB size cap; raise it with SUMMARIZER_MAX_MB$"),
    ("/endless", Limits.from_env(0.5, cap_option="--max-mb"), "cap; raise it with --max-mb or SUMMARIZER_MAX_MB$"),
    ("/loop", Limits(), "/loop: HTTP 302 The HTTP server returned a redirect error that would lead to an infinite "
                        "loop. The last 30x error message was: Found$"),
    ("/redirect-to-file", Limits(), "Redirection to url 'file:///etc/passwd' is not allowed"),
    ("/cut-short", Limits(), r"/cut-short: download cut short \(got 352 of 100000 bytes\)"),
    ("/cut-short-chunked", Limits(), r"-chunked: download cut short \(the connection closed inside a chunk\)"),
])
def test_failed_fetches_are_one_line_errors(server: str, path: str, limits: Limits, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        read_article(f"{server}{path}", limits=limits)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(("url", "message"), [
    ("ftp://127.0.0.1/file.txt", "only http and https URLs can be read, not ftp://"),
    ("file:///etc/passwd", "only http and https URLs can be read, not file://"),
    ("http://", "no host"),
    ("http://[::1", r"^http://\[::1: not a valid URL \(Invalid IPv6 URL\)$"),
])
def test_only_http_urls(url: str, message: str) -> None:
    assert is_url(url)
    with pytest.raises(InputError, match=message):
        read_article(url)


def test_refused_connection_is_one_line() -> None:
    import socket

    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError, match="cannot fetch"):
        read_article(f"http://127.0.0.1:{port}/x", limits=Limits(timeout=2))


def test_summarize_command_reads_a_url_and_warns_on_a_guess(server: str, tmp_path: Path) -> None:
    result = run_command("summarize", f"{server}/nato", "-n", "4")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == clean_text_summary()
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(NEWS.encode("cp1252"))
    result = run_command("summarize", str(legacy), "-f", "json")
    assert result.returncode == 0
    assert result.stderr.startswith("summarizer: warning: ")
    assert "Caf\u00e9 owners" in result.stdout


def test_json_names_the_url_it_read(server: str) -> None:
    for command in ("summarize", "claims"):
        result = run_command(command, f"{server}/nato", "-f", "json")
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        assert data["source"] == f"{server}/nato"
        assert data["title"].startswith("NATO")
