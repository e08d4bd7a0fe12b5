"""Briefs as a journalist reads their sourcing and points (reader round H, CNN-Corpus dev 154,
184, 212, 216)."""

import pytest

from summarizer.brief import (
    DESCRIBED,
    UNNAMED,
    _Candidate,
    _contrasts_shown_whole,
    _GatheredClaim,
    _group_by_speaker,
    content_stands_alone,
    is_anonymous,
)
from summarizer.claim_cache import document_claims
from summarizer.document import parse_document
from summarizer.model import BriefClaim, Document
from summarizer.summarizers.standalone import holds_back_pointing_phrase, leans_on_the_sentence_before
from summarizer.summary import summarize


def _claim(speaker: str, kind: str = "unnamed") -> BriefClaim:
    return BriefClaim(speaker=speaker, role=None, cue="said", cue_class="neutral", content="the case is open",
                      kind="indirect", hedged=False, citations=(1,), speaker_kind=kind)  # type: ignore[arg-type]


# --- rule `anonymous_source_heading` ---------------------------------------------------------------

@pytest.mark.parametrize("source", [
    "sources", "a source close to the family", "people familiar with the talks",
    "officials who spoke on condition of anonymity", "two law enforcement sources familiar with the inquiry",
    "one Obama insider", "an official who was not authorized to speak publicly",
])
def test_anonymous_source_stays_unnamed(source: str) -> None:
    assert is_anonymous(source)
    assert [g.speaker for g in _group_by_speaker([_claim(source)])] == [UNNAMED]


@pytest.mark.parametrize("source", [
    # CNN-Corpus dev 184, 212, 216: parties on the record, described by their role
    "Prosecutors", "Defense lawyers", "Massachusetts officials", "Zimmerman's lawyers",
    # near variant: "resources" holds "sources", but not as a word
    "the minister for natural resources",
])
def test_source_described_by_role_is_not_anonymous(source: str) -> None:
    assert not is_anonymous(source)
    groups = _group_by_speaker([_claim(source)])
    assert [(g.speaker, g.named) for g in groups] == [(DESCRIBED, False)]


def test_described_and_anonymous_sources_head_two_groups() -> None:
    groups = _group_by_speaker([_claim("sources"), _claim("Prosecutors"), _claim("they", "unresolved"),
                                _claim("Ana Ruiz", "person")])
    assert [g.speaker for g in groups] == ["Ana Ruiz", DESCRIBED, UNNAMED, "Speaker not resolved"]


# --- rule `demonstrative_plural_points_back` -------------------------------------------------------

@pytest.mark.parametrize("text", [
    # CNN-Corpus dev 154 s15: the factors are named in the sentence before
    "When the researchers controlled for these factors, they were able to determine the share of deaths.",
    "Here the commonwealth has pursued those interests by the extreme step of closing a public forum.",
])
def test_these_or_those_plural_points_back(text: str) -> None:
    assert holds_back_pointing_phrase(text)
    assert leans_on_the_sentence_before(text)


@pytest.mark.parametrize("text", [
    "Those people who voted early were counted first.",  # a relative clause says who
    "These countries in Europe agreed to the plan.",  # a preposition says which
    "Those families affected by the flood left the town.",  # a participle says which
    "The researchers controlled for these factors: age, smoking and income.",  # a colon lists them
    "These days, few readers buy a paper.",  # now, no earlier thing
    "He said these appeals courts were split.",  # "appeals" modifies "courts"
    "Crucially, these differences -- whether we turn to the bright side or the dark -- show in the brain.",
    "The analysis of these bonus payments was published.",  # "bonus" is no plural
    "Malawi has farmers in fair trade farming methods, plus 20,000 working on these farms.",  # said before
])
def test_plural_that_says_what_it_holds_does_not_point_back(text: str) -> None:
    assert not holds_back_pointing_phrase(text)


def test_summary_shows_factors_only_with_the_sentence_naming_them() -> None:
    text = ("Sugary drinks are linked to 180,000 deaths a year, a new study says.\n\n"
            "The researchers looked at television watching, physical activity and smoking among 600,000 adults.\n\n"
            "When the researchers controlled for these factors, they were able to determine what share of "
            "deaths from diabetes was linked to sugary drinks.\n\n"
            "Latin America had the most diabetes deaths linked to sugary drinks, with 38,000 a year.\n\n"
            "The beverage industry rejected the findings on Tuesday and called the study flawed.\n")
    for count in (2, 3):
        picked = [s.text for s in summarize(text, sentences=count).sentences]
        leaning = [k for k, p in enumerate(picked) if p.startswith("When the researchers controlled")]
        assert all(k > 0 and picked[k - 1].startswith("The researchers looked at") for k in leaning)


# --- rule `contrast_shown_whole` --------------------------------------------------------------------

CONTRAST = ("Sugary drinks are linked to 180,000 deaths a year, a new study says.\n\n"
            "The statement says some research has found a link between sugar and heart disease{joint} other "
            "research has not found a direct link.\n")


def _gathered(text: str) -> tuple[list[_GatheredClaim], Document]:
    document = parse_document(text)
    claims = [c for c in document_claims(document) if c.sentence == 1]
    return [_GatheredClaim(c, c.speaker, ((0, (c.sentence,)),), frozenset(), frozenset()) for c in claims], document


def test_one_side_of_a_contrast_is_not_listed_alone() -> None:
    claims, document = _gathered(CONTRAST.format(joint=", while"))
    speakers = sorted(g.speaker or "" for g in claims)
    assert speakers == ["The statement", "other research"]
    # both sides listed: both kept
    assert _contrasts_shown_whole(claims, [document], []) == claims
    # one side alone: neither shown
    for alone in claims:
        assert _contrasts_shown_whole([alone], [document], []) == []


def test_one_side_of_a_contrast_stays_beside_its_sentence_as_a_point() -> None:
    claims, document = _gathered(CONTRAST.format(joint=", while"))
    negative = [g for g in claims if g.speaker == "other research"]
    point = _Candidate(((0, 1),), document.sentences[1].text, frozenset(), 20)
    assert _contrasts_shown_whole(negative, [document], [point]) == negative


def test_claim_of_a_sentence_with_no_contrast_is_kept_alone() -> None:
    # near variant: ". And" joins no contrast of one sentence
    claims, document = _gathered(CONTRAST.format(joint=", and"))
    assert claims
    for alone in claims:
        assert _contrasts_shown_whole([alone], [document], []) == [alone]


def test_claim_speaking_of_these_things_before_the_speaker_stays() -> None:
    # The Times of Israel: the justice's quote on the court's building is no pointer to an earlier sentence
    text = ("Raquel Montoya-Lewis was sworn in on Monday as a justice of the state Supreme Court.\n\n"
            "As Montoya-Lewis said of the court's building: \u201cThe first thought I had was that these "
            "hallways, and those steps, were not built with people like me in mind.\u201d\n")
    document = parse_document(text)
    claims = [c for c in document_claims(document) if "hallways" in c.content]
    assert claims
    assert all(content_stands_alone(c, document.text) for c in claims)
    # near variant: a claim on "that view" points back (rule content_points_back)
    assert holds_back_pointing_phrase("rejected that view", plurals=False)
