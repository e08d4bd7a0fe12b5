"""Clear wrongs and mangled contents of QA round 54 (wrongs2 s19), each fixed
by a named rule, with a sentence of its kind and a near variant that must
stay as it is. The sentences are invented in the manner of the articles; none
is copied from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.model import Claim


def _in_sentence(claims: list[Claim], sentence: int) -> list[Claim]:
    return [c for c in claims if c.sentence == sentence]


# --- rule `it_is_no_thing_a_source_spoke_after` (speakers.py; QA 54, 661 s19: "It also indicated that
# Jacobson's ruling would be appealed" went to "Friday's ruling" though the governor's office spoke between)

RULING = (
    "Judge rules for couples\n\n"
    "Friday's ruling came more than a year after the lawsuit was filed.\n\n"
    "On Friday afternoon, the governor's office said it had wanted the issue on the ballot.\n\n"
    "It also indicated that the ruling would be appealed.\n"
)


def test_it_after_a_body_spoke_since_the_document_is_that_body() -> None:
    (claim,) = _in_sentence(extract_claims(RULING), 2)
    assert claim.speaker == "the governor's office"
    assert "ruling" not in (claim.speaker or "")


def test_it_after_people_spoke_since_the_document_is_unresolved() -> None:
    text = RULING.replace("the governor's office said it", "the governor's aides said they")
    (claim,) = _in_sentence(extract_claims(text), 2)
    assert claim.speaker_kind == "unresolved" and "ruling" not in (claim.speaker or "")


# --- rule `according_to_inside_a_present_say` (rules.py according_to; QA 54, 680 s4: "Nigerians say this
# is the last straw ... less than $2 a day, according to U.N. figures." credited the U.N. figures)

STRAW = (
    "Fuel protests\n\n"
    "Farmers say this is the last straw in a region rich with rivers but with poor roads and families who "
    "live on less than $2 a day, according to U.N. figures.\n"
)


def test_a_present_say_keeps_its_sentence_before_a_final_according_to() -> None:
    (claim,) = extract_claims(STRAW)
    assert (claim.speaker, claim.cue) == ("Farmers", "say")
    assert claim.content.startswith("this is the last straw")


def test_a_past_report_stays_with_the_final_according_to() -> None:
    (claim,) = extract_claims("Campaign\n\nTrump told aides he would run again, according to two people familiar "
                              "with the talks.\n")
    assert claim.speaker == "two people familiar with the talks"


def test_a_present_say_with_a_second_clause_stays_with_the_final_according_to() -> None:
    (claim,) = extract_claims("VA\n\nBoth hospitals say the wait list issues have been resolved, but the agency still "
                              "has no answer, according to the visiting members of Congress.\n")
    assert claim.speaker == "the visiting members of Congress"


# --- rule `participle_phrase_is_no_source` (rules.py subject_attribution) and rule
# `fronted_adverb_phrase_is_no_subject` (rules.py sentence_subject; QA 54, 633 s20: the speaker "citing
# equal protection", cue "conclude", and the source "More" of "More importantly, the high court ...")

COURT = (
    "Court\n\n"
    "More importantly, the high court rejected parts of the law in its 5-4 \"Windsor\" decision, citing equal "
    "protection guarantees to conclude same-sex spouses may receive federal benefits.\n"
)


def test_a_participle_phrase_is_never_the_source() -> None:
    claims = extract_claims(COURT)
    assert all(not (c.speaker or "").startswith("citing") for c in claims)
    assert all(c.cue != "conclude" for c in claims)


def test_a_fronted_degree_adverb_is_no_subject() -> None:
    claims = extract_claims(COURT)
    assert [c.speaker for c in claims if c.shown_cue == "citing"] == ["the high court"]


def test_officials_citing_reports_still_speak() -> None:
    (claim,) = extract_claims("Court\n\nThe plan failed, officials citing internal reports concluded on Friday.\n")
    assert claim.speaker == "officials citing internal reports"


# --- rule `month_after_last_is_a_time` (grammar.py time_adjunct_end, skip_adjuncts; QA 54, 554 s6:
# "announced last May it had started working" showed "May it had started working ...")

def test_a_month_after_last_is_when_the_source_spoke() -> None:
    (claim,) = extract_claims("Cars\n\nThe company announced last May it had started working on the car.\n")
    assert claim.content == "it had started working on the car"
    assert not claim.hedged


def test_a_month_alone_after_the_cue_stays_content() -> None:
    (claim,) = extract_claims("Cars\n\nThe company said May sales had risen.\n")
    assert claim.content.startswith("May sales")


# --- rule `state_body_of_a_titled_person` (speakers.py; QA 54, 927 s3: "the government of President Nicolas
# Maduro accused him" showed the person Nicolas Maduro)

GOVERNMENT = (
    "Venezuela\n\n"
    "Lopez went into hiding after the government of President Nicolas Maduro accused him of terrorism.\n\n"
    "Back in 2008, the government of then-President Hugo Chavez banned him, accusing him of corruption.\n"
)


def test_the_government_of_a_titled_person_is_the_government() -> None:
    claims = extract_claims(GOVERNMENT)
    first = _in_sentence(claims, 0)
    assert [(c.speaker, c.speaker_kind) for c in first] == [
        ("government of President Nicolas Maduro", "organisation")]


def test_a_later_government_of_another_person_is_not_that_government() -> None:
    (claim,) = _in_sentence(extract_claims(GOVERNMENT), 1)
    assert claim.speaker != "government of President Nicolas Maduro"


def test_the_argument_of_a_titled_person_stays_as_it_was() -> None:
    # no state's body before "of": the title keeps the "of" inside the source as before
    claims = extract_claims("Court\n\nThe lawyer of President Ann Lee said the law was wrong.\n")
    assert all(c.speaker_kind != "organisation" for c in claims)


# --- rule `relative_aside_inside_the_claim` (grammar.py _before_writer_gloss; QA 54, 692 s3: "He accused the
# Arab League, which recently suspended Syria's membership, of helping pave the way ..." kept "the Arab League")

def test_a_which_aside_before_the_cues_of_stays_inside_the_claim() -> None:
    (claim,) = extract_claims("Syria\n\nHe accused the Arab League, which recently suspended Syria's membership, of "
                              "helping pave the way for western intervention.\n")
    assert claim.content.endswith("of helping pave the way for western intervention")


def test_a_which_clause_that_ends_the_sentence_stays_the_writers() -> None:
    claims = extract_claims("Syria\n\nHe accused the Arab League of helping the rebels, which many found odd.\n")
    assert all("which many found odd" not in c.content for c in claims)


# --- rule `joined_participle_is_no_cue_of_its_own` (rules.py subject_attribution; QA 54, 661 s5: the fronted
# clause before 'Judge Mary Jacobson ... wrote in her ruling Friday' was lost for "in her ruling Friday")

def test_a_joined_participle_keeps_the_clause_before_the_source() -> None:
    (claim,) = extract_claims("Court\n\nAfter the ruling, some agencies are extending benefits to married couples, but "
                              "denying "
                              "them to couples in \"civil unions,\" Judge Ann Lee wrote in her ruling Friday.\n")
    assert claim.content.startswith("After the ruling, some agencies")
    assert "in her ruling Friday" not in claim.content


def test_a_question_put_before_an_answer_stays_apart() -> None:
    claims = extract_claims("Pop\n\nVogue asked Dion, \"Are you happy?\" Dion answered, \"Very.\"\n")
    assert [(c.speaker, c.content) for c in claims] == [("Vogue", '"Are you happy?"'), ("Dion", '"Very."')]
