"""Claims faults of reader round K (articles never read before): each fault
class fixed by a named rule, with a sentence of its kind and a near variant
that must stay as it is. The sentences are written in the manner of the
articles; none is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import described


def _rows(text: str) -> list[tuple[str | None, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_claims(text)]


# Rule `who_aside_before_a_quotation_is_no_source` (CNN-Corpus dev 321 s7)
def test_rule_who_aside_before_a_quotation_is_no_source() -> None:
    text = ('As the crowd left the square, the senator remarked to his aide, Tom Keller, who had written '
            'most of his speech, "We will never have another day like this one."')
    assert all(c.speaker != "Tom Keller" for c in extract_claims(text)), described(text)


def test_who_aside_near_variants_stay() -> None:
    # the quotation right after the cue, and a that-clause of the aside's own
    rows = _rows('He turned to his aide, Tom Keller, who said, "We won the vote."')
    assert ("Tom Keller", "say", '"We won the vote."') in [(s, c, t[-len('"We won the vote."'):]) for s, c, t in rows]
    rows = _rows("The senator, who told reporters that the bill would pass, left early.")
    assert [(c, t) for _, c, t in rows] == [("tell", "the bill would pass")], rows


# Rule `passive_conjunct_told_is_the_hearers` (CNN-Corpus dev 276 s18)
def test_rule_passive_conjunct_told_is_the_hearers() -> None:
    for text in ("When a 9-year-old student is removed from class and told that she cannot return to her "
                 "school, her confidence will suffer.",
                 "The student was suspended and told she could not return."):
        assert extract_claims(text) == [], described(text)


def test_passive_conjunct_told_near_variant_stays() -> None:
    # a hearer right after "told": the subject told them
    rows = _rows("The mayor was arrested on Monday and told reporters that he was innocent.")
    assert [(c, t) for _, c, t in rows] == [("tell", "he was innocent")], rows


# Rule `noun_before_a_purpose_is_no_verb` (CNN-Corpus dev 276 s44)
def test_rule_noun_before_a_purpose_is_no_verb() -> None:
    text = 'A few hours later she sent me a text to tell me her message to girls: "Believe in yourself."'
    assert all(c.speaker != "A few" and (c.source_as_written or "") != "A few" for c in extract_claims(text)), \
        described(text)


def test_noun_before_a_purpose_near_variant_stays() -> None:
    # a verb before "to": "declined to say" still walks to its subject
    rows = _rows("The minister declined to say whether the talks had failed.")
    assert all(s != "declined" for s, _, _ in rows), rows
    rows = _rows("The minister went on to say that the talks had failed.")
    assert rows == [("The minister", "say", "the talks had failed")], rows


# Rule `who_clause_speaks_for_the_noun_before_who` (CNN-Corpus dev 316 s28)
def test_rule_who_clause_speaks_for_the_noun_before_who() -> None:
    text = ("Fortunately, not everyone has been listening to some of the so-called experts who are "
            "implying that autism has something to do with the attack.")
    claims = extract_claims(text)
    assert all("everyone" not in (c.speaker or "") for c in claims), described(text)
    assert [c.speaker for c in claims] == ["the so-called experts"], described(text)


def test_who_clause_near_variant_stays() -> None:
    rows = _rows("Officials who visited the site said that the damage was severe.")
    assert rows == [("Officials", "say", "the damage was severe")], rows


# Rule `name_appositive_in_the_claims_subject` (CNN-Corpus dev 316 s19)
def test_rule_name_appositive_in_the_claims_subject() -> None:
    text = ("The same thing has happened before, like in the theater shooting, when Joe Palmer irresponsibly "
            "speculated that the shooter, James Fulton, might have been ill.")
    assert [(c.speaker, c.content) for c in extract_claims(text)] == [
        ("Joe Palmer", "the shooter, James Fulton, might have been ill")], described(text)


def test_name_appositive_near_variant_stays() -> None:
    # a relative aside closing before the main verb still ends the claim
    text = "Mayor Lopez, who said that the budget was too small, resigned on Friday."
    assert [c.content for c in extract_claims(text)] == ["the budget was too small"], described(text)


# Rule `belief_wished_on_others_is_no_claim` (CNN-Corpus dev 276 s35, 299 s21)
def test_rule_belief_wished_on_others_is_no_claim() -> None:
    for text in ('There are people in this world that would have us believe that natural hair is "ugly."',
                 "If they have probable cause to believe an actual crime occurred, they may arrest you."):
        assert extract_claims(text) == [], described(text)


def test_belief_near_variants_stay() -> None:
    rows = _rows("Police believe that the suspect fled the country.")
    assert rows == [("Police", "believe", "the suspect fled the country")], rows


def test_who_aside_with_a_phrase_keeps_its_quotation() -> None:
    text = ("The ceremony featured celebrities like Patti Lane and Stevie Ward, who joked of the museum, "
            "''I haven't seen it yet, but I'm going to.''")
    assert any(c.cue == "joke" for c in extract_claims(text)), described(text)
