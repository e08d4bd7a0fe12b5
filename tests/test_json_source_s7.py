"""Every command's JSON says what it is about: a top-level "source" (the
path, URL or "-" as given) and the article's "title" in `summarize` and
`claims`, as `brief` has them in `sources[]`."""

from __future__ import annotations

import json

from .conftest import DEMO, run_command


def json_of(*args: str, stdin: str | None = None) -> dict[str, object]:
    result = run_command(*args, "--format", "json", stdin=stdin)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def test_summarize_and_claims_json_name_their_source_and_title() -> None:
    summary = json_of("summarize", str(DEMO), "-n", "3")
    claims = json_of("claims", str(DEMO))
    brief = json_of("brief", str(DEMO))
    title = "NATO Seeks Expanded Third-Country Agreements to Back Ukraine"
    assert summary["source"] == claims["source"] == str(DEMO)
    assert summary["title"] == claims["title"] == brief["sources"][0]["title"] == title  # type: ignore[index]
    assert list(claims) == ["source", "title", "claims"] and claims["claims"]
    assert {"method", "sentences", "stats"} <= set(summary)  # the keys it had, kept


def test_standard_input_is_dash_and_no_title_is_null() -> None:
    text = "The weather was fine all week.\n"
    assert json_of("claims", "-", stdin=text) == {"source": "-", "title": None, "claims": []}
    assert json_of("summarize", "-", stdin=text)["source"] == "-"


def test_explain_json_names_its_source_too() -> None:
    data = json_of("summarize", str(DEMO), "--explain")
    assert data["source"] == str(DEMO) and "explain" in data


def test_a_filtered_claims_list_keeps_source_and_title() -> None:
    data = json_of("claims", str(DEMO), "--speaker", "nobody-at-all")
    assert data["source"] == str(DEMO) and data["title"] and data["claims"] == []
