"""Clear wrongs of QA round 53 (wrongs s19): a wrong name or a reversed
claim, each fixed by a named rule, with a sentence of its kind and a near
variant that must stay as it is. The sentences are invented in the manner of
the articles; none is copied from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims

# --- rule `title_to_a_body_keeps_the_name` (grammar.py trim_source; QA 53, 553 s18: "U.S. Ambassador to
# Syria Robert Ford said" showed "U.S. Ambassador", and the next two he-quotes went to a man named before)

AMBASSADOR = (
    "Web returns to Syria\n\n"
    "Tom Baxter, an engineer at a monitoring firm, said the outage lasted two days.\n\n"
    "After a similar outage in May, U.S. Ambassador to Syria Robert Ford said Syria had cut the lines before.\n\n"
    "\"The government has been watching the networks for years,\" he said.\n"
)


def test_a_name_after_a_title_to_a_place_is_the_speaker() -> None:
    claims = extract_claims(AMBASSADOR)
    assert [(c.speaker, c.speaker_kind) for c in claims[1:]] == [("Robert Ford", "person")] * 2
    assert claims[1].role == "Ambassador to Syria"
    assert claims[1].speaker_span is not None and claims[1].speaker_span.text.endswith("Robert Ford")


def test_an_infinitive_after_a_name_still_ends_the_source() -> None:
    # no title before "to": the source ends there as it did ("Trump took to Twitter")
    claims = extract_claims("Mayor Ann Lee went to Boston and said the bridge would reopen in June.")
    assert [c.speaker for c in claims] == ["Ann Lee"]


def test_a_title_to_a_place_with_no_name_after_it_stays() -> None:
    claims = extract_claims("The Ambassador to Syria said the embassy would stay closed.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("The Ambassador", "unresolved")]


# --- rule `he_after_an_unnamed_person`, the closing attribution's side (speakers.py
# _after_the_opening_quotation; QA 53, 696 s5: '"For us, time has stopped," he said' after "As a family
# representative explained in court, ..." went to the captain on trial, named the sentence before)

COURT = (
    "Relatives face the crew in court\n\n"
    "Relatives shouted at Capt. Peter Novak and his crew on Tuesday.\n\n"
    "As a family representative explained in court, the weeks have passed but the grief has not.\n\n"
)


def test_a_he_quote_after_an_unnamed_person_is_that_person() -> None:
    claims = extract_claims(COURT + "\"For us, the clock has stopped,\" he said.\n")
    assert [(c.speaker, c.speaker_kind) for c in claims[-1:]] == [("a family representative", "unnamed")]


def test_a_he_quote_after_a_named_person_stays_with_that_person() -> None:
    text = COURT.replace("a family representative", "the father, Tom Hale,") \
        + "\"For us, the clock has stopped,\" he said.\n"
    assert [c.speaker for c in extract_claims(text) if c.sentence == 2] == ["Tom Hale"]


def test_a_he_after_a_word_of_the_writers_is_no_closing_attribution() -> None:
    # the pronoun follows the writer's "Novak said, and": not the quotation's closing attribution
    claims = extract_claims(COURT + "\"We tried,\" Novak said, and he added that the crew had been misled.\n")
    assert [c.speaker for c in claims if c.sentence == 2] == ["Peter Novak"] * 2


# --- rules `kin_apposition_marks_a_person`, `introduced_newcomer_is_he` (a relative's side) and
# `possessor_before_an_object` (speakers.py; QA 53, 707 s12-s15: "The couple's other son, Simeon, lives
# in Canada. He told Hong Kong's South China Morning Post ..." gave "He" to Peter, named before)

SONS = (
    "Couple held in China\n\n"
    "Their son Peter Garner told a broadcaster that he was questioned on Tuesday.\n\n"
    "{relative} lives in Canada. He told Ontario's Hamilton Daily Record that the charge was absurd.\n\n"
    "He said that his parents had done nothing wrong.\n"
)


def test_a_son_in_apposition_is_the_next_he() -> None:
    for relative in ("The couple's other son, Simeon,", "Simeon, their other son,"):
        claims = extract_claims(SONS.format(relative=relative))
        assert [c.speaker for c in claims[1:]] == ["Simeon", "Simeon"], relative


def test_a_daughter_in_apposition_is_no_he() -> None:
    # "she" could be Simone; "He" cannot: not her, and nothing names him, so never Simone
    claims = extract_claims(SONS.format(relative="The couple's daughter, Simone,"))
    assert [c.sentence for c in claims] == [0, 2, 3] and all(c.speaker != "Simone" for c in claims)


def test_a_one_word_name_with_no_relation_stays_untyped() -> None:
    # "Simeon lives in Canada": nothing says Simeon is a person; the rule does not fire
    claims = extract_claims(SONS.format(relative="Simeon"))
    assert [c.sentence for c in claims] == [0, 2, 3] and all(c.speaker != "Simeon" for c in claims)


# --- rule `coordinated_cue_in_a_content_takes_its_subject`, a negated auxiliary and a subject with a
# relative clause (rules.py _before_the_subjects_relative; QA 53, 934 s13: "The tribunal found that the
# coalition that brought the charges didn't prove ... and didn't show that ..." showed the tribunal
# as the one who "didn't show")

def test_a_negated_joined_cue_in_a_that_clause_keeps_the_clauses_subject() -> None:
    for subject in ("the party that filed the suit", "the party"):
        text = (f"The court found that {subject} didn't prove any violations and didn't show that the "
                "count was unfair.")
        claims = extract_claims(text)
        assert [c.negated for c in claims if c.shown_cue == "didn't show"] == [True], subject
        assert all(c.speaker != "The court" or c.shown_cue != "didn't show" for c in claims), subject


def test_a_joined_cue_of_the_outer_subject_stays() -> None:
    # the "and" joins the outer verbs: the court itself went on to say it
    claims = extract_claims("The court found that the party had a case and said that the count was unfair.")
    assert ("The court", "say") in [(c.speaker_span.text if c.speaker_span else None, c.cue) for c in claims]


def test_a_relative_subject_with_a_joined_cue_is_the_clauses() -> None:
    claims = extract_claims("The court found that the party that filed the suit had proved its case and had shown "
                            "that the count was flawed.")
    shown = [c for c in claims if c.cue == "show"]
    assert [c.speaker_span.text if c.speaker_span else None for c in shown] == ["the party"]


# --- rule `little_did_inverts` (grammar.py fronted_negation_end, negations.txt fronted_before_do; web
# page chocolate.com: "But, little did she know that she'd discover a web of lies" was a claim of
# "little did she", not negated)

def test_little_did_she_know_is_her_negated_knowing() -> None:
    for sentence in ("But, little did she know that she would discover a web of lies.",
                     "Little did he know that the bridge was closed."):
        claims = extract_claims(sentence)
        assert [(c.speaker_span.text if c.speaker_span else None, c.negated) for c in claims] in (
            [("she", True)], [("he", True)]), sentence


def test_little_before_another_auxiliary_is_no_negation() -> None:
    claims = extract_claims("Little has changed since the report, she said.")
    assert [(c.cue, c.negated) for c in claims] == [("say", False)]
    claims = extract_claims("She knew that the bridge was closed.")
    assert [c.negated for c in claims] == [False]
