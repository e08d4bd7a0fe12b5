"""Reading an article: a text file, a saved web page, an http(s) URL, or `-`
for standard input.

`read_article(source)` gives an `Article`: the text plus what is known about
it (title, author, date, site name, URL, encoding). `read_text(source)` is
its text alone. Every problem raises `InputError` with a one-line message.

Decoding bytes to text, first rule that applies:

1. a byte-order mark: UTF-8, UTF-16 or UTF-32 (LE or BE); the mark is
   dropped. UTF-16/32 that is cut short or broken is rejected.
2. valid UTF-8 is UTF-8 (plain ASCII included).
3. a web page's declared charset (HTTP header or `<meta charset>`).
4. otherwise the encoding is detected with charset-normalizer among common
   legacy encodings; Windows-1252 (a superset of Latin-1 for text) wins
   whenever it fits as well as the best guess, as it is what most non-UTF-8
   Western news files are. Such a guess is used, never refused, and
   reported as a warning (`Article.warnings`, and on stderr by the CLI):
   misread accents are better than no summary, and the warning says which
   encoding to convert from if the guess is wrong.

Rejected: empty or whitespace-only input, PDF files, binary data (NUL
bytes outside UTF-16/32, many control characters, or no encoding fits), and
input larger than the size cap (default 10 MB; `SUMMARIZER_MAX_MB` or
`Limits`).

Text that is not English gets a warning (`summarizer.language`): the
summary and the claims are still made, but their rules are English ones.

Offsets (`start`/`end` in summaries) index the decoded text: the characters
after decoding and dropping the byte-order mark, with line endings left as
they were (a CRLF counts as two characters), i.e. what Python gives for
`open(path, encoding=..., newline="")`. For a web page or URL the decoded
text is the extracted article: its title line (when it reads as a
headline), a blank line, then the main-text paragraphs separated by blank
lines; `Article.text` is that text.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from summarizer.errors import PDF_MESSAGE, InputError, too_large
from summarizer.model import display_name
from summarizer.nlp.words import one_line
from summarizer.sources import check_content_type, declared_charset, extract_html, fetch_url, is_url, looks_like_html

# Bytes that never occur in text: their presence means a binary file.
BINARY_MARKERS = (b"\x00",)
DEFAULT_MAX_BYTES = 10_000_000
MAX_INPUT_BYTES = DEFAULT_MAX_BYTES  # the name older callers know
DEFAULT_TIMEOUT = 20.0
MAX_MB_VARIABLE = "SUMMARIZER_MAX_MB"
TIMEOUT_VARIABLE = "SUMMARIZER_TIMEOUT"
# How a size-cap message says to raise the cap: the variable works for every
# command; a command with its own option (batch --max-mb) names it too.
RAISE_CAP = MAX_MB_VARIABLE
# Share of control characters (other than tab, newlines and form feed) from
# which decoded "text" is taken for binary data.
CONTROL_SHARE_BINARY = 0.05
CONTROL_SAMPLE = 65_536
TEXT_CONTROLS = frozenset("\t\n\r\f\v")
PDF_MARK = b"%PDF-"

# Tried in this order; the longest mark first (UTF-32 LE starts like UTF-16 LE).
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Legacy encodings a guess may pick: Western, Central and Eastern European,
# Greek, Turkish, Hebrew, Arabic, Baltic, Cyrillic, and the East Asian ones.
GUESSABLE_ENCODINGS = (
    "cp1252", "latin_1", "iso8859_15", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "koi8_r", "shift_jis", "euc_jp", "gb18030", "big5", "euc_kr",
)
PREFERRED_GUESS = "cp1252"
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Limits:
    """How much reading may take: bytes per input, seconds per fetch.

    `raise_cap` is how an over-the-cap message says to raise the cap.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    raise_cap: str = RAISE_CAP

    @classmethod
    def from_env(cls, max_mb: float | None = None, timeout: float | None = None, *,
                 cap_option: str | None = None) -> Limits:
        """Limits from the arguments, else `SUMMARIZER_MAX_MB` and
        `SUMMARIZER_TIMEOUT`, else the defaults. `cap_option` is the
        command's option for the size cap (`--max-mb`), if it has one."""
        if max_mb is None:
            max_mb = _number_from_env(MAX_MB_VARIABLE, DEFAULT_MAX_BYTES / 1_000_000)
        if timeout is None:
            timeout = _number_from_env(TIMEOUT_VARIABLE, DEFAULT_TIMEOUT)
        if max_mb <= 0 or timeout <= 0:
            raise ValueError("the size cap and the timeout must be above zero")
        raise_cap = f"{cap_option} or {MAX_MB_VARIABLE}" if cap_option else RAISE_CAP
        return cls(max_bytes=int(max_mb * 1_000_000), timeout=timeout, raise_cap=raise_cap)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, the encoding used, and a warning if guessed."""

    text: str
    encoding: str
    warning: str | None = None


# What an article was read from: plain text, or a web page (its main text extracted).
ArticleKind = Literal["text", "html"]


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read: its text and what is known about it.

    `source` is what the user gave (a path, `-` or a URL); `kind` is
    `"text"` or `"html"`. Title, author, date and site name come from a web
    page's metadata; for plain text they are None (the summary finds the
    headline in the text itself).
    """

    text: str
    source: str
    kind: ArticleKind = "text"
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = field(default=())
    # (rule, text) of each block of a web page that the clean-up removed
    removed: tuple[tuple[str, str], ...] = field(default=())

    @property
    def name(self) -> str:
        """How messages refer to the article."""
        return display_name(self.source)

    def metadata(self) -> dict[str, str | None]:
        """Everything but the text, for JSON output."""
        return {"source": self.source, "kind": self.kind, "title": self.title, "author": self.author,
                "date": self.date, "site": self.site, "url": self.url, "encoding": self.encoding}


def read_text(source: str) -> str:
    """The text of a file, page or URL, or of standard input when `source` is `-`."""
    return read_article(source).text


def read_article(
    source: str, *, limits: Limits | None = None, on_warning: Callable[[str], None] | None = None
) -> Article:
    """Read `source` (a path, `-`, or an http(s) URL) into an `Article`.

    `on_warning` is called with each warning (a guessed encoding, say); the
    warnings are also kept in `Article.warnings`.
    """
    limits = limits or Limits.from_env()
    article = _read_url(source, limits) if is_url(source) else article_from_bytes(
        _read_bytes(source, limits.max_bytes, limits.raise_cap), source, max_bytes=limits.max_bytes,
        raise_cap=limits.raise_cap,
    )
    if on_warning is not None:
        for warning in article.warnings:
            on_warning(warning)
    return article


def article_from_bytes(
    data: bytes,
    source: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    declared: str | None = None,
    kind: ArticleKind | None = None,
    url: str | None = None,
    raise_cap: str = RAISE_CAP,
) -> Article:
    """An `Article` from raw bytes: decoded, and extracted when a web page.

    `kind` forces `"html"` or `"text"`; by default a page is recognised by
    its file name or by how it starts.
    """
    name = display_name(source)
    check_size(len(data), max_bytes, name, raise_cap)
    if declared is None and kind != "text":
        declared = declared_charset(data)
    decoded = decode(data, name, declared=declared)
    warnings = (decoded.warning,) if decoded.warning else ()
    if kind == "html" or (kind is None and looks_like_html(decoded.text, source)):
        page = extract_html(decoded.text, url=url, name=name)
        return Article(text=page.text, source=source, kind="html", title=page.title, author=page.author,
                       date=page.date, site=page.site, url=page.url, encoding=decoded.encoding,
                       warnings=(*warnings, *page.warnings, *_language_warnings(page.text, name)),
                       removed=page.removed)
    return Article(text=decoded.text, source=source, kind="text", url=url, encoding=decoded.encoding,
                   warnings=(*warnings, *_language_warnings(decoded.text, name)))


def article_from_text(text: str, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                      raise_cap: str = RAISE_CAP) -> Article:
    """An `Article` from text already decoded (a JSONL record, say)."""
    name = display_name(source)
    check_size(len(text.encode("utf-8", "surrogatepass")), max_bytes, name, raise_cap)
    if not text.strip():
        raise InputError(f"{name}: is empty")
    text, replaced = replace_lone_surrogates(text)
    warnings = (f"{name}: {replaced} character(s) that are not valid Unicode (lone surrogates) replaced "
                "with U+FFFD",) if replaced else ()
    return Article(text=text, source=source, warnings=(*warnings, *_language_warnings(text, name)))


def _language_warnings(text: str, name: str) -> tuple[str, ...]:
    from summarizer.language import language_warning

    warning = language_warning(text)
    return (f"{name}: {warning}",) if warning else ()


def replace_lone_surrogates(text: str) -> tuple[str, int]:
    """`text` with every lone surrogate (which JSON's `\\ud800` escapes can
    give, and which UTF-8 cannot encode) replaced by U+FFFD, one character
    for one so offsets stay put; and how many were replaced."""
    return LONE_SURROGATE.subn("\ufffd", text)


def decode_text(data: bytes, source: str = "input") -> str:
    """Text from bytes by the rules in this module's docstring, or an
    `InputError` saying what is wrong."""
    name = display_name(source)
    check_size(len(data), DEFAULT_MAX_BYTES, name)
    return decode(data, name).text


def decode(data: bytes, name: str = "input", *, declared: str | None = None) -> Decoded:
    """Decode `data` (see the module docstring); `name` is for messages."""
    if not data:
        raise InputError(f"{name}: is empty")
    if data.lstrip()[: len(PDF_MARK)] == PDF_MARK:
        raise InputError(f"{name}: {PDF_MESSAGE}")
    decoded = _decode_with_mark(data, name)
    if decoded is None:
        if any(marker in data for marker in BINARY_MARKERS):
            raise InputError(f"{name}: looks like a binary file, not text (or UTF-16 without a byte-order mark)")
        decoded = _decode_without_mark(data, name, declared)
    if _looks_binary(decoded.text):
        raise InputError(f"{name}: looks like a binary file, not text")
    if not decoded.text.strip():
        raise InputError(f"{name}: is empty")
    return decoded


def _decode_with_mark(data: bytes, name: str) -> Decoded | None:
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return Decoded(data[len(mark):].decode(encoding), encoding)
            except UnicodeDecodeError as error:
                offset = error.start + len(mark)
                label = encoding.upper().replace("-LE", "").replace("-BE", "")
                if error.reason in ("truncated data", "unexpected end of data"):
                    raise InputError(f"{name}: truncated {label} text (ends inside a character "
                                     f"at byte {offset})") from None
                raise InputError(f"{name}: invalid {label} text at byte {offset}") from None
    return None


def _decode_without_mark(data: bytes, name: str, declared: str | None) -> Decoded:
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        first_bad = error.start
    if declared and _is_codec(declared):
        try:
            return Decoded(data.decode(declared), codecs.lookup(declared).name)
        except (UnicodeDecodeError, LookupError):
            pass
    encoding = guess_encoding(data)
    if encoding is None:
        raise InputError(f"{name}: not text in any known encoding (byte 0x{data[first_bad]:02x} at offset "
                         f"{first_bad} is not UTF-8)")
    text = data.decode(encoding)
    label = _encoding_label(encoding)
    warning = f"{name}: not UTF-8; read as {label} (guessed); if characters look wrong, convert it to UTF-8 first"
    return Decoded(text, encoding, warning)


def guess_encoding(data: bytes) -> str | None:
    """The most likely legacy encoding of `data`, Windows-1252 among equals,
    or None when none fits."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=list(GUESSABLE_ENCODINGS))
    best = matches.best()
    if best is None:
        return _cp1252_or_latin1(data) if not _has_c0_controls(data) else None
    alike = {codecs.lookup(e).name for e in (best.encoding, *best.could_be_from_charset)}
    preferred = codecs.lookup(PREFERRED_GUESS).name
    as_good = any(codecs.lookup(m.encoding).name == preferred and m.chaos <= best.chaos for m in matches)
    if preferred in alike or as_good:
        return _cp1252_or_latin1(data)
    return best.encoding


def _cp1252_or_latin1(data: bytes) -> str:
    """Windows-1252, or Latin-1 for the five bytes Windows-1252 leaves undefined."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin_1"
    return "cp1252"


def _has_c0_controls(data: bytes) -> bool:
    return any(b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D) for b in data[:CONTROL_SAMPLE])


def _looks_binary(text: str) -> bool:
    sample = text[:CONTROL_SAMPLE]
    if not sample:
        return False
    controls = sum(1 for c in sample if c not in TEXT_CONTROLS and unicodedata.category(c) == "Cc")
    return controls > CONTROL_SHARE_BINARY * len(sample)


def _is_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _encoding_label(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    return {"cp1252": "Windows-1252", "iso8859-1": "Latin-1"}.get(name, name)


def check_size(size: int, max_bytes: int, name: str, raise_cap: str = RAISE_CAP) -> None:
    """An `InputError` when `size` bytes are over the cap."""
    if size > max_bytes:
        raise too_large(name, max_bytes, raise_cap)


def _read_url(url: str, limits: Limits) -> Article:
    fetched = fetch_url(url, timeout=limits.timeout, max_bytes=limits.max_bytes, raise_cap=limits.raise_cap)
    kind = check_content_type(fetched)
    return article_from_bytes(fetched.data, url, max_bytes=limits.max_bytes, declared=fetched.charset, kind=kind,
                              url=fetched.url, raise_cap=limits.raise_cap)


def _read_bytes(source: str, max_bytes: int, raise_cap: str = RAISE_CAP) -> bytes:
    name = display_name(source)
    if source == "-":
        if sys.stdin is None:
            raise InputError("no standard input to read")
        data = sys.stdin.buffer.read(max_bytes + 1)
        check_size(len(data), max_bytes, name, raise_cap)
        return data
    path = Path(source)
    try:
        exists, is_dir = path.exists(), path.is_dir()
    except OSError as error:  # a text given where a path belongs: "File name too long"
        raise InputError(f"{one_line(source)[:60]}: cannot read ({error.strerror or error})") from None
    if not exists:
        raise InputError(f"{source}: no such file")
    if is_dir:
        raise InputError(f"{source}: is a directory, not a file")
    try:
        if path.is_file():
            check_size(path.stat().st_size, max_bytes, name, raise_cap)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise InputError(f"{source}: cannot read ({error.strerror or error})") from None
    check_size(len(data), max_bytes, name, raise_cap)
    return data


def _number_from_env(variable: str, default: float) -> float:
    value = os.environ.get(variable, "").strip()
    if not value:
        return default
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"{variable} must be a number, not {value!r}") from None
