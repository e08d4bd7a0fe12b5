"""Speaker resolution: a "he" or "she" with two people it may be. When the
sentence just before (or the pronoun's own sentence) names two people of the
pronoun's kind on an equal footing and nothing the resolver trusts says which
one is meant, the speaker is unresolved, never the first or the one whose
gender alone is known. Each rule with its example and near variants that must
keep their speaker."""

from __future__ import annotations

from summarizer import extract_claims


def _last(text: str) -> tuple[str | None, str]:
    found = extract_claims(text)
    return (found[-1].speaker, found[-1].speaker_kind)


# Rule `two_who_fit_just_before_leave_he_unresolved` ------------------------------------------


def test_relative_of_someone_the_possessive_stands_for_is_not_he_alone() -> None:
    # "his brother Ali": the man "his" stands for may be "he" as well
    text = "Mohammed, 19, and his brother Ali were arrested on Monday. He said the police beat them."
    assert _last(text) == ("He", "unresolved")


def test_relative_of_the_other_gender_keeps_the_one_named() -> None:
    text = "Mohammed, 19, and her brother Ali were arrested on Monday. He said the police beat them."
    assert _last(text) == ("Ali", "person")


def test_relative_named_as_the_subject_after_a_comma_is_no_apposition() -> None:
    # "his father, Gupta set up": Gupta opens the main clause, no relative of another
    assert _last("With help from his father, John Gupta set up his group. He said it was hard.") \
        == ("John Gupta", "person")
    assert _last("With help from his father, John Gupta, Ali set up his group. He said it was hard.") \
        == ("He", "unresolved")


def test_two_names_joined_as_one_subject_leave_he_unresolved() -> None:
    text = "Tom Reed and John Lee were arrested on Monday. He said the police beat them."
    assert _last(text) == ("He", "unresolved")


def test_subject_of_unknown_gender_before_the_one_of_known_gender() -> None:
    text = "Sanchez met John Lee on Monday. He said the talks went well."
    assert _last(text) == ("He", "unresolved")


def test_subject_outranks_an_object_and_a_possessor() -> None:
    assert _last("John Smith met Peter Jones in Paris on Monday. He said the talks went well.") \
        == ("John Smith", "person")
    assert _last("John Smith read Peter Jones's letter on Monday. He said it was moving.") \
        == ("John Smith", "person")


def test_main_subject_after_a_fronted_clause_is_as_near_as_its_subject() -> None:
    text = ("When Mr. Trump tried to defend his remarks on China, Mr. Kasich forcefully differed. "
            "'I think that the government butchered those kids,' he said.")
    assert _last(text) == ("he", "unresolved")


def test_fronted_clause_without_a_name_after_its_comma_keeps_the_subject() -> None:
    text = ("When Mr. Trump tried to defend his remarks on China, the crowd cheered. "
            "'I think that the government was strong,' he said.")
    assert _last(text) == ("Trump", "person")


def test_subject_of_a_clause_of_time_beside_the_main_subject() -> None:
    text = ("Kevin Marsh was drifting off again as Donald Trump went on about the system. "
            "'I love you,' he said.")
    assert _last(text) == ("he", "unresolved")


def test_name_after_a_preposition_of_time_stays_an_aside() -> None:
    # "since Trump's speech": no clause of Trump's own
    text = "Kevin Marsh was drifting off again after the speech of Donald Trump. 'I love you,' he said."
    assert _last(text) == ("Kevin Marsh", "person")


# Rule `pronoun_before_the_name_goes_on` ------------------------------------------------------


def test_pronoun_before_the_name_it_names_as_an_object() -> None:
    text = ("Ted Cruz is calling for his rivals to drop out. Though he did not mention Marco Rubio by name, "
            "he made it clear that they should drop out.")
    assert _last(text) == ("he", "unresolved")


def test_name_before_the_pronoun_keeps_it() -> None:
    text = ("Ted Cruz is calling for his rivals to drop out. Marco Rubio did not answer, "
            "and he said that Cruz should drop out.")
    assert _last(text) == ("Marco Rubio", "person")



# Rule `they_is_the_plural_subject_just_before`: the plural test reads more than a final -s ------


def test_a_verb_or_a_singular_noun_in_s_is_no_plural_that_may_be_they() -> None:
    for between in ("that was parked on Monday", "after the news broke", "near the river"):
        text = f"Police towed the car {between}. They said it had been stolen."
        assert _last(text) == ("Police", "unnamed"), between


def test_a_plural_of_people_or_things_still_keeps_they_unresolved() -> None:
    for between in ("that was parked near the protesters", "of the victims on Monday", "and the vans on Monday"):
        text = f"Police towed the car {between}. They said it had been stolen."
        assert _last(text) == ("They", "unresolved"), between
