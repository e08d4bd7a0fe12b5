"""Batch runs: inputs, order, bad records, streaming, kill -9 and --resume, the Dask engine."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from summarizer import summarize
from summarizer.batch import (
    JsonlOutput,
    Options,
    Task,
    iter_tasks,
    process,
    resume_state,
    run_dask,
    run_local,
    task_from_line,
)
from summarizer.claims import extract_claims

from .conftest import DEMO, Result, read_terminal, run_command

# Real news sentences (BBC business, 2004-05), a few to a record.
SENTENCES = [
    "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (\u00a3600m) for the three months to "
    "December, from $639m year-earlier.",
    "The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet "
    "connections and higher advert sales.",
    "TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.",
    "Its profits were buoyed by one-off gains which offset a profit dip at Warner Bros, and less users for AOL.",
    "The dollar has hit its highest level against the euro in almost three months after the Federal Reserve head "
    "said the US trade deficit is set to stabilise.",
    "And Alan Greenspan highlighted the US government's willingness to curb spending and rising household savings "
    "as factors which may help to reduce it.",
]


def article(number: int) -> str:
    """A short article: a headline line and a paragraph of rotated sentences."""
    picked = [SENTENCES[(number + k) % len(SENTENCES)] for k in range(4)]
    return f"Report number {number}\n\n" + " ".join(picked) + "\n"


def write_jsonl(path: Path, records: Sequence[Mapping[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run_cli(*args: str) -> Result:
    """`summarizer batch ARGS` in this process (CliRunner); the tests that
    need a process of its own (kill -9, a closed pipe, a terminal) start one."""
    return run_command("batch", *args)


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- inputs ---------------------------------------------------------------------------------------------------------

def test_directory_gives_files_in_sorted_order_with_relative_ids(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a.txt", "b/10.html", ".hidden.txt", ".git/x.txt"):
        (tmp_path / name).write_text("x")
    assert [t.id for t in iter_tasks(str(tmp_path))] == ["a.txt", "b/10.html", "b/2.txt"]


def test_glob_gives_matching_files_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.html"):
        (tmp_path / name).write_text("x")
    tasks = list(iter_tasks(str(tmp_path / "*.txt")))
    assert [Path(t.id).name for t in tasks] == ["a.txt", "b.txt"]
    assert all(t.source == t.id for t in tasks)


def test_jsonl_records_text_url_and_bad_lines() -> None:
    assert task_from_line(b'{"id": "a", "text": "Hello."}', 1) == Task(id="a", text="Hello.")
    assert task_from_line(b'{"id": 7, "url": "http://127.0.0.1/x"}', 2) == Task(id="7", source="http://127.0.0.1/x")
    assert task_from_line(b'{"text": "No id."}', 3) == Task(id="line 3", text="No id.")
    assert task_from_line(b'{"id": "a", "txt": "typo"}', 4).error == \
        'line 4: a record needs a "text", "url" or "path" string'
    assert (task_from_line(b'{"id": "cut', 5).error or "").startswith("line 5: not valid JSON")
    assert task_from_line(b"[1, 2]", 6).error == "line 6: a record must be a JSON object"


# --- the per-article function ---------------------------------------------------------------------------------------

def test_process_gives_the_single_article_summary_json() -> None:
    record = process(Task(id="x", text=article(1)), Options(sentences=2))
    assert record["id"] == "x"
    assert record["summary"] == summarize(article(1), sentences=2).to_dict()
    assert record["article"]["kind"] == "text"


@pytest.mark.parametrize(("task", "message"), [
    (Task(id="e", text="   \n"), "e: is empty"),
    (Task(id="m", source="/nonexistent/file.txt"), "/nonexistent/file.txt: no such file"),
    (Task(id="b", text="x" * 2_000_000), "b: larger than the 1 MB size cap"),
    (Task(id="j", error="line 3: not valid JSON (x)"), "line 3: not valid JSON (x)"),
])
def test_bad_records_become_error_lines(task: Task, message: str) -> None:
    from summarizer.reading import Limits

    record = process(task, Options(limits=Limits(max_bytes=1_000_000)))
    assert record["id"] == task.id
    assert message in record["error"]
    assert set(record) == {"id", "error"}


def test_workers_keep_input_order_and_give_the_same_records() -> None:
    tasks = [Task(id=f"a{i}", text=article(i)) for i in range(40)]
    options = Options(sentences=2)
    one = list(run_local(tasks, options, workers=1))
    two = list(run_local(tasks, options, workers=2))
    assert [r["id"] for r in two] == [t.id for t in tasks]
    assert one == two


def test_input_is_streamed_not_read_ahead() -> None:
    consumed = 0

    def endless() -> Iterator[Task]:
        nonlocal consumed
        for i in itertools.count():
            consumed += 1
            yield Task(id=str(i), text=article(i))

    results = run_local(endless(), Options(sentences=1), workers=2)
    first = list(itertools.islice(results, 30))
    results.close()
    assert [r["id"] for r in first] == [str(i) for i in range(30)]
    assert consumed <= 30 + 4 * 4 * 2 + 4  # the in-flight window, not the whole input


# --- output and resume ----------------------------------------------------------------------------------------------

def test_resume_state_drops_a_truncated_last_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with JsonlOutput(str(out), append=False) as sink:
        sink.write({"id": "a", "summary": {}})
        sink.write({"id": "b", "error": "bad"})
    whole = out.stat().st_size
    with out.open("ab") as handle:
        handle.write(b'{"id": "c", "summ')
    state = resume_state(out)
    assert state.done == {"a", "b"}
    assert state.failed == 1
    assert state.dropped_bytes == len(b'{"id": "c", "summ')
    assert out.stat().st_size == whole
    assert [r["id"] for r in read_lines(out)] == ["a", "b"]


def test_resume_state_stops_at_a_line_that_is_whole_json_but_has_no_newline(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": "a", "error": "x"}\n{"id": "b", "error": "y"}')
    assert resume_state(out).done == {"a"}
    assert out.read_bytes() == b'{"id": "a", "error": "x"}\n'


@pytest.mark.parametrize("content", [
    b'{"id": "a", "error": "x"}\n{"id": "b", "summ\n{"id": "c", "error": "z"}\n',  # damaged mid-file
    b'{"id": "a", "error": "x"}\n\n',  # a blank line is no record
    b'{"note": "my data"}\n',  # not a batch output
    b'{"id": "a", "text": "an input record"}\n',  # an input, not an output
    b'["id", "error"]\n',
])
def test_resume_state_refuses_a_file_it_did_not_write_and_leaves_it_alone(tmp_path: Path, content: bytes) -> None:
    from summarizer.reading import InputError

    out = tmp_path / "out.jsonl"
    out.write_bytes(content)
    with pytest.raises(InputError, match="is not a batch output record") as caught:
        resume_state(out)
    assert "\n" not in str(caught.value)
    assert out.read_bytes() == content


def test_resume_refuses_a_foreign_output_file_with_one_line(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": str(i), "text": article(i)} for i in range(3)])
    mine = tmp_path / "other.jsonl"
    mine.write_bytes(b'{"note":"my data"}\n')
    result = run_cli(str(source), "-o", str(mine), "--resume")
    assert result.returncode == 2
    assert result.stderr.startswith(f"summarizer: error: {mine}: line 1 is not a batch output record")
    assert result.stderr.count("\n") == 1
    assert mine.read_bytes() == b'{"note":"my data"}\n'


@pytest.mark.parametrize("flag", ["--resume", "--force"])
def test_output_that_is_the_input_is_refused(tmp_path: Path, flag: str) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": str(i), "text": article(i)} for i in range(11)])
    before = source.read_bytes()
    (tmp_path / "sub").mkdir()
    for spelling in (str(source), str(tmp_path / "sub" / ".." / "in.jsonl")):
        result = run_cli(str(source), "-o", spelling, flag)
        assert result.returncode == 2
        assert result.stderr == f"summarizer: error: {spelling}: is the input too; give another file for --output\n"
        assert source.read_bytes() == before


# --- the command ----------------------------------------------------------------------------------------------------

def test_command_writes_one_line_per_record_and_reports_failures(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "ok1", "text": article(1)}) + "\n"
        + json.dumps({"id": "empty", "text": " "}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "ok2", "text": article(2)}) + "\n"
        + json.dumps({"id": "ok1", "text": article(3)}) + "\n",  # a repeated id is skipped
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = run_cli(str(source), "-o", str(out), "-j", "2", "-n", "2")
    assert result.returncode == 3
    assert result.stderr.strip() == f'summarizer: error: 2 article(s) failed; see the "error" lines in {out}'
    lines = read_lines(out)
    assert [r["id"] for r in lines] == ["ok1", "empty", "line 3", "ok2"]
    assert lines[0]["summary"] == summarize(article(1), sentences=2).to_dict()
    assert lines[1] == {"id": "empty", "error": "empty: is empty"}
    assert "not valid JSON" in lines[2]["error"]


def test_command_refuses_to_overwrite_and_bad_input_is_one_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "x"}\n')
    result = run_cli(str(write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": article(1)}])), "-o", str(out))
    assert result.returncode == 2
    assert "exists; use --resume" in result.stderr
    result = run_cli(str(tmp_path / "missing"), "-o", str(tmp_path / "o.jsonl"))
    assert result.returncode == 2
    assert result.stderr == f"summarizer: error: {tmp_path / 'missing'}: no such file or directory\n"
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.parametrize(("output", "reason"), [
    ("nodir/x.jsonl", "no directory {tmp}/nodir"),
    ("in.jsonl/x.jsonl", "Not a directory"),
    ("/dev/full", "No space left on device"),
])
def test_an_output_that_cannot_be_written_is_one_line_naming_it(tmp_path: Path, output: str, reason: str) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": str(i), "text": article(i)} for i in range(3)])
    target = output if output.startswith("/") else str(tmp_path / output)
    if output.startswith("/") and not Path(output).exists():
        pytest.skip(f"no {output} here")
    result = run_cli(str(source), "-o", target, "--force", "-j", "1")
    assert result.returncode == 2
    assert result.stderr == f"summarizer: error: {target}: cannot write ({reason.format(tmp=tmp_path)})\n"


def test_a_closed_standard_output_ends_the_run_quietly(tmp_path: Path) -> None:
    # Far more than a pipe buffer holds, so the writer meets the closed pipe.
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": str(i), "text": article(i) * 3} for i in range(300)])
    runner_ = subprocess.Popen([sys.executable, "-m", "summarizer", "batch", str(source), "-o", "-", "-q", "-j", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert runner_.stdout is not None and runner_.stderr is not None
    head = runner_.stdout.read(10)
    runner_.stdout.close()
    stderr = runner_.stderr.read()
    assert runner_.wait(timeout=120) == 0
    assert head == b'{"id": "0"'
    assert stderr == b""


def test_directory_of_files_and_pages(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "nato.txt").write_bytes(DEMO.read_bytes())
    (corpus / "legacy.txt").write_bytes(article(4).replace("\u00a3", "\u00a3").encode("cp1252"))
    (corpus / "page.html").write_text(f"<html><head><title>Report</title></head><body><article><p>{SENTENCES[0]}</p>"
                                      f"<p>{SENTENCES[1]}</p></article></body></html>", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run_cli(str(corpus), "-o", str(out), "-j", "1")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # quiet when not on a terminal
    lines = {r["id"]: r for r in read_lines(out)}
    assert list(lines) == ["legacy.txt", "nato.txt", "page.html"]
    assert lines["legacy.txt"]["article"]["encoding"] == "cp1252"
    assert "guessed" in lines["legacy.txt"]["warnings"][0]
    assert lines["page.html"]["article"]["kind"] == "html"
    assert lines["nato.txt"]["summary"]["title"].startswith("NATO Seeks")


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    import pty

    source = write_jsonl(tmp_path / "in.jsonl", [{"id": str(i), "text": article(i)} for i in range(20)])
    controller, terminal = pty.openpty()
    process_ = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "batch", str(source), "-o", str(tmp_path / "out.jsonl"), "-j", "1"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=terminal,
        env={**os.environ, "COLUMNS": "120", "TERM": "xterm"},
    )
    os.close(terminal)
    shown = read_terminal(controller)
    process_.wait(timeout=60)
    os.close(controller)
    screen = shown.decode("utf-8", "replace")
    assert process_.returncode == 0
    assert "20/20" in screen
    assert "articles/s" in screen
    assert "ETA" in screen


def test_progress_bar_and_closing_line_show_the_same_rate() -> None:
    from summarizer.batch import Tally
    from summarizer.cli.batch import BatchProgress, closing_line

    # 12 articles in 4 s, 3 more skipped as already done: 3.0 articles/s in both.
    tally = Tally(written=12, failed=2, skipped=3)
    assert closing_line(tally, 4.0, "out.jsonl") == \
        "summarizer: 12 written (2 failed) in 4.0 s, 3.0 articles/s; 3 already done -> out.jsonl"
    now = [100.0]
    bar = BatchProgress(15, started=96.0, clock=lambda: now[0])
    for number in range(12):
        now[0] = 96.0 + (number + 1) / 3  # one article every third of a second
        bar.advance({"id": str(number), "error": "x"} if number < 2 else {"id": str(number)})
    assert now[0] == 100.0
    assert bar.rate == "3.0"


def test_kill_9_then_resume_gives_every_id_exactly_once(tmp_path: Path) -> None:
    records = [{"id": f"doc-{i:03d}", "text": article(i) * 2} for i in range(200)]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    # The run reads its first 64 records from a pipe that stays open: it
    # writes what it can (with 2 workers, all but the 28 still in flight)
    # and waits for more, so it is midway when killed on any machine.
    command = [sys.executable, "-m", "summarizer", "batch", "-", "-o", str(out), "-j", "2", "-n", "2"]
    runner = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    assert runner.stdin is not None
    runner.stdin.write(b"".join(json.dumps(r).encode() + b"\n" for r in records[:64]))
    runner.stdin.flush()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 20):
        time.sleep(0.02)
    os.killpg(runner.pid, signal.SIGKILL)  # the command and its workers, no goodbye
    runner.wait(timeout=30)
    runner.stdin.close()
    written_before = out.read_bytes().count(b"\n")
    assert 20 <= written_before < len(records), "the run should be killed midway"
    with out.open("ab") as handle:  # as if the kill had cut a line in half
        handle.write(b'{"id": "doc-999", "article": {"sou')

    result = run_cli(str(source), "-o", str(out), "-j", "2", "-n", "2", "--resume")
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    ids = [json.loads(line)["id"] for line in lines]  # every line is whole JSON
    assert sorted(ids) == [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    expected = summarize(records[-1]["text"], sentences=2).to_dict()
    assert json.loads(lines[-1])["summary"] == expected


# --- Dask -----------------------------------------------------------------------------------------------------------

def test_dask_engine_gives_the_same_records_as_the_local_one() -> None:
    tasks = [Task(id=f"d{i}", text=article(i)) for i in range(30)]
    tasks.insert(5, Task(id="bad", text=""))
    options = Options(sentences=2)
    local = list(run_local(tasks, options, workers=1))
    dask = list(run_dask(tasks, options, workers=2, processes=False, window=8))
    assert dask == local
    assert dask[5] == {"id": "bad", "error": "bad: is empty"}


def test_dask_command_with_a_scheduler_address_writes_the_same_file(tmp_path: Path) -> None:
    import distributed  # the test extra installs it: no skip

    source = write_jsonl(tmp_path / "in.jsonl", [{"id": str(i), "text": article(i)} for i in range(12)])
    local_out, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert run_cli(str(source), "-o", str(local_out), "-j", "1").returncode == 0
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None,
                                  protocol="tcp://", host="127.0.0.1", scheduler_port=0) as cluster:
        result = run_cli(str(source), "-o", str(dask_out), "--engine", "dask", "--scheduler",
                         cluster.scheduler_address)
    assert result.returncode == 0, result.stderr
    assert dask_out.read_bytes() == local_out.read_bytes()


def test_claims_join_the_line() -> None:
    text = DEMO.read_text(encoding="utf-8")
    record = process(Task(id="nato", text=text), Options())
    expected = [claim.to_dict() for claim in extract_claims(text)]
    assert expected, "the demo article has attributed claims"
    assert record["claims"] == expected
    assert "claims" not in process(Task(id="nato", text=text), Options(claims=False))


def test_lone_surrogates_in_a_record_become_u_fffd_and_the_output_stays_utf8(tmp_path: Path) -> None:
    text = article(1).replace("TimeWarner", "Time\ud800Warner")
    source = tmp_path / "in.jsonl"  # json.dumps escapes the surrogate: the input file itself is ASCII
    source.write_text(json.dumps({"id": "s\udc00", "text": text}) + "\n" + json.dumps({"id": "ok", "text": article(2)})
                      + "\n", encoding="ascii")
    out = tmp_path / "out.jsonl"
    assert run_cli(str(source), "-o", str(out), "-j", "1", "-n", "2").returncode == 0
    first = json.loads(out.read_bytes().decode("utf-8").splitlines()[0])  # strict UTF-8: no surrogate escapes
    assert first["id"] == "s\ufffd"
    assert first["warnings"] == ["s\ufffd: 1 character(s) that are not valid Unicode (lone surrogates) replaced "
                                 "with U+FFFD"]
    repaired = text.replace("\ud800", "\ufffd")
    assert first["summary"] == summarize(repaired, sentences=2).to_dict()
    before = out.read_bytes()
    assert run_cli(str(source), "-o", str(out), "--resume").returncode == 0
    assert out.read_bytes() == before  # both ids found done: nothing written twice


def test_a_record_that_is_not_strict_json_becomes_an_error_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with JsonlOutput(str(out), append=False) as sink:
        sink.write({"id": "nan", "summary": {"score": float("nan")}})
    [line] = read_lines(out)
    assert line["id"] == "nan"
    assert line["error"].startswith("result is not JSON")
