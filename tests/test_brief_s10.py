"""QA round 33's view findings (brief-s10): claims the note cites stand on
their own, a short page's one quotation is shown, a shown quote is closed,
"according to" reads forwards, a cut source is not printed, and people and
places in "Mentioned" are typed from the text's cues. Each rule has a
sentence of its kind and a near variant that stays as it was; sentences are
invented, after the kinds QA read (CNN, twincities.com, bostonherald.com,
wsvn.com)."""

from __future__ import annotations

import dataclasses

import pytest

from summarizer.brief import BRIEF_CLAIM_WORDS, content_stands_alone, make_brief, shortened
from summarizer.claims import claims_in_document
from summarizer.document import parse_document
from summarizer.mentions import find_mentions
from summarizer.model import OTHER, PERSON, PLACE, BriefClaim
from summarizer.nlp.words import count_words
from summarizer.reading import Article
from summarizer.render.brief import brief_markdown, brief_text, claim_line, plain_claim_line
from summarizer.render.claims import cue_words

# --- rule content_stands_alone ------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "stands"), [
    # the inside of a relative clause: its subject is the relative's head, outside the content
    # (after "in" the relative may hang on a noun further back, so the gap stays: claims-s18)
    ("Biogenesis was a former clinic in Miami that MLB said supplied steroids to at least a dozen players.", False),
    ("MLB said the clinic supplied steroids to at least a dozen players.", True),
    ('The league kept the decision private, which the players union said it "strongly disagrees" with.', False),
    ('The players union said it "strongly disagrees" with the decision.', True),
    # a preposition, then a verb with no subject
    ("He then took a swipe at Selig, whom he has claimed in the past had an unjustified vendetta against him.",
     False),
    ("He has claimed in the past that Selig had an unjustified vendetta against him.", True),
    # the cue's object and what it says of it stand (session 10's review, F9: QA round 33 read
    # "MLB accused him of taking performance-enhancing drugs" as a clear claim)
    ("The ruling came after MLB accused him of taking banned drugs.", True),
])
def test_rule_content_stands_alone(sentence: str, stands: bool) -> None:
    document = parse_document(sentence)
    claims = claims_in_document(document)
    assert claims
    assert content_stands_alone(claims[0], document.text) is stands


def test_a_whole_quotation_stands_alone() -> None:
    document = parse_document('"The deck has been stacked against me from day one," Rodriguez said.')
    claim = claims_in_document(document)[0]
    assert content_stands_alone(claim, document.text)


SUSPENSION = (
    "Slugger suspended\n\n"
    "An arbitrator on Saturday upheld most of the slugger's doping suspension, keeping him out of next season. "
    "The ruling will cost Alex Rodriguez $25 million in salary and further clouds his career. "
    "Biogenesis was a former anti-aging clinic in Miami that MLB said supplied steroids to at least a dozen players. "
    '"The number of games sadly comes as no surprise, as the deck has been stacked against me," '
    "Rodriguez said. The commissioner did not comment on the ruling on Saturday. "
    "The slugger has played for three teams over two decades and will turn 40 during the following season. "
    "Fourteen players were suspended in the scandal, and he was the only one of them who appealed."
)


def test_the_note_cites_no_fragment_and_counts_it_left_out() -> None:
    note = make_brief([Article(SUSPENSION, "slugger.txt")], points=0)
    shown = [c.content for g in note.speakers for c in g.claims] + [c.content for c in note.uncertain]
    assert not any(content.startswith("supplied steroids") for content in shown)
    assert any("stacked against me" in content for content in shown)
    assert note.sources[0].claims_left_out >= 1


# --- rule note_has_a_quote ----------------------------------------------------------------------

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


def test_rule_note_has_a_quote_a_short_pages_quotation_is_shown() -> None:
    note = make_brief([Article(MAYOR, "mayor.txt")])
    quotes = [c for g in note.speakers for c in g.claims if "making history" in c.content]
    assert [g.speaker for g in note.speakers if g.claims] == ["Amina Warsame"]
    assert quotes and quotes[0].content.endswith("\u201d")  # cut to the words left, and closed
    assert note.words_out <= note.words_in / 2


def test_rule_no_more_without_a_first() -> None:
    note = make_brief([Article(MAYOR, "mayor.txt")])
    quiet = dataclasses.replace(note, speakers=(), uncertain=(),
                                sources=tuple(dataclasses.replace(s, claims_left_out=1, claims_in_points=0)
                                for s in note.sources))
    assert "No claim listed here; the 1 found is left out to keep this note short:" in brief_text(quiet)
    assert "more claim" not in brief_text(quiet)
    # near variant: a note that lists a claim says "more"
    listed = dataclasses.replace(note, sources=quiet.sources)
    assert "1 more claim:" in brief_markdown(listed)


# --- rules long_claim_shortened, shown_quote_is_closed ------------------------------------------

LEVY = (
    "Ring busted\n\n"
    "Three people were arrested on Wednesday, prosecutors said.\n\n"
    "\u201cThe three individuals behind these websites facilitated the movement of women across the country "
    "for sex trafficking in a commercial sex ring, exploiting them in the process,\u201d Levy said. \u201cThis "
    "commercial sex ring was built on secrecy and exclusivity, catering to a wealthy, well-connected clientele "
    "of doctors, and business "
    "was booming. {tail}\u201d"
)


def _levy(tail: str) -> tuple:
    document = parse_document(LEVY.format(tail=tail))
    claim = next(c for c in claims_in_document(document) if c.speaker == "Levy")
    return document, claim


def test_a_short_tail_is_not_cut_from_a_quote() -> None:
    document, claim = _levy("Until today.")
    assert count_words(claim.content) > BRIEF_CLAIM_WORDS
    assert shortened(claim, document) is claim  # two words left out: no cut


def test_rule_shown_quote_is_closed() -> None:
    document, claim = _levy("Until today, when the agents knocked on the doors of all three apartments at once.")
    short = shortened(claim, document)
    assert short.content.endswith("business was booming. \u2026\u201d")
    assert short.content.count("\u201c") == short.content.count("\u201d")


# --- rule according_to_leads_its_source ---------------------------------------------------------


def _brief_claim(speaker: str, cue: str, kind: str) -> BriefClaim:
    return BriefClaim(speaker=speaker, role=None, cue=cue, cue_class="report", content="the crash happened at 3 a.m.",
                      kind=kind, hedged=False, citations=(4,), speaker_kind="unnamed")  # type: ignore[arg-type]


def test_rule_according_to_leads_its_source_in_the_brief() -> None:
    claim = _brief_claim("officials", "According to", "according_to")
    assert plain_claim_line(claim, with_speaker=True).startswith("according to officials: the crash")
    assert claim_line(claim, with_speaker=True).startswith("*according to* officials: the crash")
    # near variant: any other cue follows its source
    said = _brief_claim("officials", "said", "indirect")
    assert plain_claim_line(said, with_speaker=True).startswith("officials said: the crash")
    # under a named speaker's heading the cue stands alone
    assert plain_claim_line(claim).startswith("According to: the crash")


def test_rule_according_to_leads_its_source_in_the_claims_view() -> None:
    document = parse_document("The building was empty at the time, according to the affidavit.")
    claim = claims_in_document(document)[0]
    unresolved = dataclasses.replace(claim, speaker=None, speaker_kind="unresolved")
    assert cue_words(unresolved) == "according to the affidavit"


# --- rule cut_source_is_left_out, in the claims view -------------------------------------------


def test_a_cut_source_is_not_printed_before_its_cue() -> None:
    document = parse_document("The union said the strike would go on.")
    claim = dataclasses.replace(claims_in_document(document)[0], speaker=None, speaker_kind="unresolved")
    # near variant: a source with a noun stays, in quotation marks (rule `source_as_written_is_quoted`)
    assert cue_words(claim) == "\u201cThe union\u201d said"
    assert claim.speaker_span is not None
    cut = dataclasses.replace(claim, speaker_span=dataclasses.replace(claim.speaker_span, text="The"))
    assert cue_words(cut) == "said"
# --- Mentioned: rules person_cue_marks_a_person, place_before_a_place, currency_prefix ----------


def _kinds(sentences: list[str]) -> dict[str, str]:
    return {m.name: m.kind for m in find_mentions(sentences)}


def test_rule_person_cue_marks_a_person() -> None:
    found = _kinds(["One of her lawyers, Kazuyuki Minami, acknowledges that not everyone likes the work.",
                    "Hodan Ali of North Bay was the first mayor, but she was chosen by the council.",
                    "Warsame Guled, 27, won the vote."])
    assert found["Kazuyuki Minami"] == PERSON
    assert found["Hodan Ali"] == PERSON
    assert found["Warsame Guled"] == PERSON
    # near variants: a team's player is no person, nor does a reporting verb prove one
    found = _kinds(["The former Seattle Mariner and Texas Ranger player then took a swipe at Selig, whom he hated.",
                    "Paintbucket Games said the sequel would ship in May."])
    assert found.get("Seattle Mariner", OTHER) == OTHER
    assert found.get("Paintbucket Games", OTHER) == OTHER


def test_rule_place_before_a_place() -> None:
    assert _kinds(["The first mayor was Hodan Ali of North Bay, Ontario, in 2021."])["North Bay"] == PLACE
    # near variant: no preposition, no place
    assert _kinds(["Grace Park, Ontario's new mayor, spoke on Monday."]).get("Grace Park") != PLACE


def test_rule_currency_prefix_is_no_mention() -> None:
    assert "US" not in _kinds(["She could face a fine of as much as 2.5 million yen (around US$24,500)."])
    assert _kinds(["The artist has fans in the US and in Japan."]).get("US") == PLACE
