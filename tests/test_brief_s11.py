"""Session 11's brief findings (what a reader still trips on): each rule has
a case of its kind and a near variant that stays as it was. Sentences are
invented, after the kinds read on real pages and held-out articles
(jamaicaobserver.com, kxan.com, CNN)."""

from __future__ import annotations

import dataclasses
import io

from rich.console import Console

from summarizer.brief import make_brief
from summarizer.reading import Article
from summarizer.render.brief import BriefView, brief_markdown, brief_text

MAYOR = (
    "City elects a new mayor\n\n"
    "Riverton appears to be the first city in the state to have elected a mayor born abroad.\n\n"
    "Amina Warsame, 27, won with 58% of the vote in Tuesday's municipal election, defeating Dale Anderson.\n\n"
    "Hodan Ali of North Bay, Ontario, was the first mayor born abroad in the region, but she was chosen by "
    "that city's six-member council in 2021, not elected by voters.\n\n"
    "Riverton Mayor Jake Simmons did not seek reelection, and he endorsed Warsame.\n\n"
    "\u201cThis is the second time I\u2019m making history. What I had learned the first time is that this is "
    "just a milestone. It is not the destination,\u201d Warsame told the Riverton Journal. \u201cIt\u2019s "
    "amazing to accomplish all these firsts, but it is not where we want to stop our story.\u201d\n\n"
    "The council will swear in the new mayor and two council members at its first meeting in January."
)


def _views(note: object) -> list[str]:
    console = Console(width=80, record=True, file=io.StringIO())
    console.print(BriefView(note))  # type: ignore[arg-type]
    return [console.export_text(), brief_markdown(note), brief_text(note)]  # type: ignore[arg-type]


# --- rule no_heading_over_nothing -----------------------------------------------------------------


def test_rule_no_heading_over_nothing() -> None:
    note = make_brief([Article(MAYOR, "mayor.txt")])
    quiet = dataclasses.replace(note, speakers=(), uncertain=(),
                                sources=tuple(dataclasses.replace(s, claims_left_out=2) for s in note.sources))
    for shown in _views(quiet):
        assert "who said what" not in shown.lower()
        assert "No claim listed here; the 2 found do not fit this note whole:" in shown
        assert "summarizer claims mayor.txt" in shown.replace("\\\n", "").replace("`", "")
    one = dataclasses.replace(quiet, sources=tuple(dataclasses.replace(s, claims_left_out=1) for s in note.sources))
    assert "No claim listed here; the 1 found does not fit this note whole:" in brief_text(one)


def test_rule_no_heading_over_nothing_near_variant_a_listed_claim_keeps_its_heading() -> None:
    note = make_brief([Article(MAYOR, "mayor.txt")])
    assert note.speakers
    listed = dataclasses.replace(note, sources=tuple(dataclasses.replace(s, claims_left_out=2)
                                                     for s in note.sources))
    for shown in _views(listed):
        assert "who said what" in shown.lower()
        assert "2 more claims:" in shown
        assert "No claim listed here" not in shown
