"""Command-line loose ends a new user found (s4): every usage error says
where the help is, and batch gives a text file's title as the summary does."""

from pathlib import Path

from summarizer.batch import Options, Task, process

from .conftest import DEMO, run_command


def test_an_unknown_method_is_a_usage_error_with_the_help_hint() -> None:
    for command in ("summarize", "brief"):
        result = run_command(command, str(DEMO), "-m", "foo")
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr.strip() == (
            "summarizer: error: unknown method 'foo'; choose one of: default, news, lead, lexrank, textrank, lsa, "
            f"luhn, edmundson, kl, sumbasic, reduction, random (see 'summarizer {command} --help')")


def test_batch_gives_a_text_files_title_as_its_summary_does(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Council closes bridge\n\nThe council closed the bridge on Monday. Repairs will take a week. "
                    "Buses will run a detour.\n", encoding="utf-8")
    record = process(Task(id="note", source=str(path)), Options(sentences=1))
    assert record["summary"]["title"] == "Council closes bridge"
    assert record["article"]["title"] == "Council closes bridge"
