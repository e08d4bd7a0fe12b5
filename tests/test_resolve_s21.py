"""Speaker resolution, session 21: speakers a reader can name that stayed
unresolved (QA rounds 53-55, the web test, PolNeAR dev). Each rule with a
sentence built like the article's and a near variant that must stay as it
was (another holder of the title, a second name, no name, another plural)."""

from __future__ import annotations

from tests.claim_helpers import speakers_and_kinds


def _last(text: str) -> tuple[str | None, str]:
    return speakers_and_kinds(text)[-1]


# --- title_description_named_later (661 s1/s2: "a state judge ruled" ... "Judge Mary Jacobson") ---

JUDGE = ("Same-sex couples must be permitted to marry, {} ruled Friday. "
         "The judge ordered that marriages be allowed starting October 21. "
         "The ruling cites the Supreme Court. "
         "{}Benefits are denied to couples in civil unions, Judge Mary Jacobson wrote in her ruling.")


def test_judge_named_a_few_sentences_later_is_that_judge() -> None:
    assert speakers_and_kinds(JUDGE.format("a state judge", "")) == [("Mary Jacobson", "person")] * 3


def test_headline_title_before_does_not_hold_the_look_ahead_back() -> None:
    text = "Same-sex marriages must be allowed, judge rules\n\n" + JUDGE.format("a state judge", "")
    assert speakers_and_kinds(text)[0] == ("Mary Jacobson", "person")


def test_former_judge_is_someone_else() -> None:
    speakers = speakers_and_kinds(JUDGE.format("a former judge", ""))
    assert speakers[0] == ("a former judge", "unnamed")
    assert speakers[1] == ("The judge", "unresolved")  # "the judge" may be the former one


def test_two_judges_named_later_leave_both_descriptions() -> None:
    speakers = speakers_and_kinds(JUDGE.format("a state judge", 'Judge Tom Smith said, "We disagree." '))
    assert speakers[0] == ("a state judge", "unnamed")
    assert speakers[1] == ("The judge", "unresolved")


def test_another_judge_brought_in_between_stops_the_look_ahead() -> None:
    speakers = speakers_and_kinds(JUDGE.format("a state judge", "An appeals judge disagreed. "))
    assert speakers[0] == ("a state judge", "unnamed")


def test_judge_named_before_is_not_looked_ahead_for() -> None:
    speakers = speakers_and_kinds("Judge Tom Smith retired last year. " + JUDGE.format("a state judge", ""))
    assert speakers[0] == ("a state judge", "unnamed")


def test_judge_named_too_far_on_is_not_looked_ahead_for() -> None:
    filler = "The couples cheered. " * 6
    speakers = speakers_and_kinds(JUDGE.format("a state judge", filler))
    assert speakers[0] == ("a state judge", "unnamed")


# --- name_apposed_to_a_description, one_of_a_group_apposed_to_a_name (PolNeAR dev: Bamberg) -------

ATTORNEY = "In a statement, {}, said the videos show Scott calmly leaving his car."


def test_one_of_the_attorneys_with_a_name_is_that_attorney() -> None:
    assert _last(ATTORNEY.format("one of the family's attorneys, Justin Bamberg")) == ("Justin Bamberg", "person")


def test_one_of_the_attorneys_with_two_names_stays_as_written() -> None:
    text = ATTORNEY.format("one of the family's attorneys, Justin Bamberg and Todd Rutherford")
    assert _last(text)[0] != "Todd Rutherford"
    assert _last(text)[0] != "Justin Bamberg"


def test_one_of_the_attorneys_without_a_name_stays_unnamed() -> None:
    text = ATTORNEY.format("one of the family's attorneys, who asked not to be named")
    assert _last(text) == ("one of the family's attorneys", "unnamed")


def test_one_of_the_companies_is_no_person() -> None:
    assert _last(ATTORNEY.format("One of the companies, Acme Widgets"))[1] != "person"


# --- social_handle_is_its_name (web test s19, gaijinpot: "Twitter user @keizi666") ---------------

def test_handle_of_a_user_is_a_person_shown_with_its_sign() -> None:
    text = ("Twitter user @keizi666 wrote a series of tweets about it. "
            "@keizi666 emphasizes how hard it is to report the crime.")
    assert speakers_and_kinds(text) == [("@keizi666", "person")] * 2


def test_handle_of_no_user_stays_unresolved_with_its_sign() -> None:
    assert _last("@keizi666 said the trains were full.") == ("@keizi666", "unresolved")


def test_email_address_is_no_handle() -> None:
    assert _last("Email me at bob@example said the note.")[0] != "@example"


# --- bodies: prosecution, unnamed_source_nouns: prosecution (696 s36/s37) --------------------------

PROSECUTION = ("But the crew is also culpable, the {} says. "
               "The cargo was not just overloaded, but badly secured, it says.")


def test_prosecution_is_an_unnamed_source_and_it_after_it() -> None:
    assert speakers_and_kinds(PROSECUTION.format("prosecution")) == [("the prosecution", "unnamed")] * 2


def test_prosecution_as_a_thing_is_no_source() -> None:
    speakers = speakers_and_kinds("The prosecution of the captain began Tuesday, officials said.")
    assert speakers == [("officials", "unnamed")]


# --- possessor_of_the_work_is_he (840 s20/s21: "Professor Johannes Lindvall's research ... He") ----

OBAMA = "Obama plans to use his address, and also press for specific proposals. "


def test_author_of_the_research_that_opens_the_sentence_is_he() -> None:
    text = OBAMA + ("Professor Johannes Lindvall's fascinating research on the Great Depression is "
                    "potentially illuminating. He has shown that the effects were similar.")
    assert _last(text) == ("Johannes Lindvall", "person")


def test_possessor_of_a_relative_is_not_he() -> None:
    text = OBAMA + "Professor Johannes Lindvall's wife is a doctor. He has shown that the effects were similar."
    assert _last(text) == ("He", "unresolved")


def test_research_that_names_another_person_leaves_he_unresolved() -> None:
    text = OBAMA + ("Professor Johannes Lindvall's research quotes Bill Smith. "
                    "He has shown that the effects were similar.")
    assert _last(text) == ("He", "unresolved")


# --- they_is_the_plural_subject_just_before (734 s12/s13: "Police issued ... They said") -----------

THEY = "They said they were interested in speaking with the person."


def test_they_after_police_as_subject_is_police() -> None:
    text = ("Police issued a grainy image from a CCTV camera outside the bar where the two tourists "
            "were last seen. " + THEY)
    assert _last(text) == ("Police", "unnamed")


def test_they_after_police_and_other_people_stays_unresolved() -> None:
    assert _last("Police met the victims' families. " + THEY) == ("They", "unresolved")
    assert _last("Police issued an image of the suspects. " + THEY) == ("They", "unresolved")


def test_they_after_police_and_a_named_body_stays_unresolved() -> None:
    assert _last("Police questioned staff at Acme Corp. " + THEY) == ("They", "unresolved")


def test_they_after_a_singular_subject_stays_unresolved() -> None:
    assert _last("The officer issued an image of the suspect. " + THEY) == ("They", "unresolved")
