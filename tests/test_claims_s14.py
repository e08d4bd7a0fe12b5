"""Claims session 14: wrong content and lost roles, each rule with a
sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import only

# --- Rule `existential_there_after_and_is_the_writers` (grammar.py; web test s13b, pawszilla s288) ---


@pytest.mark.parametrize(("sentence", "content"), [
    ('In September 2019 Bill Maher suggested that shaming should "make a comeback," and there was a lot of '
     "backlash.", 'shaming should "make a comeback,"'),
    ("He did not mention his own impact on her prospects, and there were none of the hecklers she has faced.",
     "his own impact on her prospects"),
])
def test_there_is_after_and_opens_the_writers_clause(sentence: str, content: str) -> None:
    assert only(sentence).content == content


@pytest.mark.parametrize("sentence", [
    "Bill Maher said shaming should make a comeback, and there should be more of it.",
    "Bill Maher said that shaming should make a comeback, and that there was too little of it.",
    'Hua Chunying said her country was watching the race with "bemused interest," and there was a strong '
    "current of opinion online.",
])
def test_there_after_and_stays_reported_when_backshifted_introduced_or_in_the_same_tense(sentence: str) -> None:
    assert only(sentence).content.endswith(sentence.rstrip(".")[-12:])


# --- Rule `long_fronted_phrase_is_no_subject` (rules.py; PolNeAR train, nyt ryan-calls-trump s24-25:
# the long fronted phrase hid Trump's "saying" claim, and his next "he said" went to Jeff Flake) ---

FLAKE_THEN_TRUMP = (
    "Donald Trump won the primary. ''If Donald remains Donald, I will not vote for him,'' declared Senator Jeff "
    "Flake. In a victory speech in Westchester County on Tuesday night, Mr. Trump struck a measured tone, saying he "
    "understood the responsibility of his party. ''I will never, ever let you down,'' he said."
)


def test_a_long_fronted_phrase_leaves_the_subject_after_its_comma() -> None:
    claims = extract_claims(FLAKE_THEN_TRUMP)
    saying = [c for c in claims if c.cue == "say" and c.content.startswith("he understood")]
    assert len(saying) == 1 and saying[0].speaker == "Donald Trump"
    assert claims[-1].content.startswith("''I will never") and claims[-1].speaker == "Donald Trump"


def test_a_long_fronted_phrase_with_no_clause_after_its_comma_gives_no_subject() -> None:
    text = ("In a victory speech in Westchester County on Tuesday night, a measured tone and a promise, saying he "
            "understood the responsibility of his party.")
    assert all(c.speaker != "Westchester County" for c in extract_claims(text))


# --- Rule `object_before_a_subordinate_pronoun_may_be_he` (speakers.py; PolNeAR train, breitbart ap-gfk
# s8: Sanders's presidential bid went to Woodrow Benford) ---

BENFORD = "Bernie Sanders is gaining. Woodrow Benford, 58, says he didn't know much about {} before he announced {}."


def test_a_man_named_after_a_preposition_before_he_leaves_he_unresolved() -> None:
    claims = extract_claims(BENFORD.format("Sanders", "his presidential bid"))
    announced = [c for c in claims if c.cue == "announce"]
    assert len(announced) == 1 and announced[0].speaker_kind == "unresolved"
    assert [c.speaker for c in claims if c.cue == "say"] == ["Woodrow Benford"]


def test_with_no_one_named_between_he_stays_the_speaker() -> None:
    claims = extract_claims(BENFORD.format("the plan", "his decision"))
    assert [c.speaker for c in claims if c.cue == "announce"] == ["Woodrow Benford"]


def test_a_subject_who_has_not_spoken_goes_on_as_he() -> None:
    text = ("Donald Trump lost in Iowa. Texas Sen. Ted Cruz is highlighting his Iowa win over Donald Trump as he "
            "urges conservatives to unite behind him.")
    assert [c.speaker for c in extract_claims(text) if c.cue == "urge"] == ["Ted Cruz"]


# --- Roles (speakers.py `role_as_written` and the title list) ---------------------------------------


def role_of(sentence: str) -> tuple[str | None, str | None]:
    claim = only(sentence)
    return claim.speaker, claim.role


def test_a_short_of_phrase_is_shown_with_its_role() -> None:
    # rule `role_with_its_complement`
    assert role_of("Bill Taylor, an organizer of the rallies, said he expected a crowd.") \
        == ("Bill Taylor", "organizer of the rallies")
    assert role_of("Tom Reed, the inspector general of the intelligence community, said the files were secret.") \
        == ("Tom Reed", "inspector general of the intelligence community")


def test_a_clause_or_another_preposition_after_the_role_still_gives_none() -> None:
    assert role_of("Tom Reed, the owner of the house that burned, said he lost everything.") == ("Tom Reed", None)
    assert role_of("Tom Reed, an expert on Iran at Harvard, said the talks would fail.") == ("Tom Reed", None)


def test_a_portfolio_listed_on_to_a_body_keeps_the_role() -> None:
    # rule `role_of_a_listed_portfolio`
    assert role_of('"We are joining a family," Nathaniel Pieper, senior vice president of fleet, finances and '
                   "alliances at Alaska, said in a statement.") == ("Nathaniel Pieper", "senior vice president")
    assert role_of("Tom Reed, senior vice president of fleet, finances and alliances, said the talks would fail.") \
        == ("Tom Reed", None)


def test_a_head_that_opens_a_listed_title_gives_the_whole_title() -> None:
    # rule `role_through_its_listed_title`
    assert role_of('"It was fine," said John Podesta, a chief of staff to President Bill Clinton.') \
        == ("John Podesta", "chief of staff")


def test_an_appositive_after_a_clause_final_source_gives_the_role() -> None:
    # rule `trailing_appositive`
    assert role_of('"There is less drive to pick a winner," said Pat Rynard, managing editor of Iowa Starting '
                   "Line.") == ("Pat Rynard", "managing editor")


def test_a_participle_after_a_source_that_precedes_its_cue_gives_no_role() -> None:
    claims = extract_claims('"The race is open," Pat Rynard said, adding that the polls were close.')
    assert all(c.role is None for c in claims)


def test_a_described_noun_heads_a_role_but_a_kin_word_and_another_do_not() -> None:
    assert role_of("Breaking Bad star Aaron Paul said the show was over.") == ("Aaron Paul", "Breaking Bad star")
    assert role_of("His wife Jane Doe said the show was over.") == ("Jane Doe", None)
    assert role_of("Grant Young, another unaligned Iowa Republican strategist, said there are advantages.")[1] \
        != "another"


def test_a_capital_a_before_a_capitalised_role_phrase_gives_no_role() -> None:
    # rule `capital_a_may_open_a_name`
    assert role_of("A Plus reporter Isaac Saul said the video was fake.") == ("Isaac Saul", None)
    assert role_of("The CNN reporter Isaac Saul said the video was fake.") == ("Isaac Saul", "CNN reporter")


def test_chef_is_a_title() -> None:
    assert role_of("Chef Gordon Ramsay said the food was cold.") == ("Gordon Ramsay", "Chef")
    assert role_of("The chef said the food was cold.") == ("The chef", None)
