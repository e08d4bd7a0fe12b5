"""QA round 34's clear wrong claims (held-out CNN articles; session 10,
trust), each fixed by kind: an invented sentence of the same grammar, and a
near variant that must stay as it was."""

from __future__ import annotations

from tests.claim_helpers import described, only

# --- rules `who_of_a_description_after_a_name`, `host_clause_of_a_who_is_no_content` (334 [1]) ---


def test_a_who_on_a_description_after_a_name_is_that_persons_and_leaves_the_host_clause() -> None:
    for host in ("It's a personal one, too, since it comes from", "The story comes from"):
        claim = only(f"{host} Andre Cooley, a 28-year-old who says he was fired because he is gay.")
        assert (claim.speaker, claim.cue, claim.content) == ("Andre Cooley", "say", "he was fired because he is gay")
    # a description with a name of its own stays the subject, but the host clause is never its claim
    claim = only("It's a personal one, too, since it comes from Andre Cooley, a Reuters reporter who says he "
                 "was fired because he is gay.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "a Reuters reporter"  # no "who" (QA round 41)
    assert claim.content == "he was fired because he is gay"


def test_a_who_after_a_plain_description_or_a_name_stays() -> None:
    claim = only("It's a personal one, too, since it comes from a man who says he was fired because he is gay.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "a man"  # no "who" (QA round 41)
    assert claim.content == "he was fired because he is gay"
    assert described("The story comes from Andre Cooley, who says he was fired because he is gay.") == [
        ("Andre Cooley", "say", "he was fired because he is gay")]
    assert described("The plan, a spokesman said, will fail.") == [("a spokesman", "say", "The plan will fail")]


def test_a_who_doing_an_act_after_a_name_stays_no_claim() -> None:
    # rule `action_in_a_relative_clause` and `anonymity_is_no_claim` (widened) as before
    found = described('"We have no idea," said Rebecca, a single woman without children who asked to be '
                      "identified by her first name.")
    assert found == [("Rebecca", "say", '"We have no idea,"')]
    found = described('"It is too easy," said Dee, a married mom with one son who only wanted to use her first name.')
    assert found == [("Dee", "say", '"It is too easy,"')]
    assert described('"We have no idea," said a woman who asked not to be named.') == [
        ("a woman", "say", '"We have no idea,"')]


# --- rules `when_clause_after_a_final_hearer_is_no_content`,
# `plural_with_modifiers_after_the_claim` (334 [37]) ---------------------------------------------


def test_a_when_clause_after_a_final_told_me_is_when_they_spoke() -> None:
    for source, shown in (("lawyers who specialize in employment law", "lawyers"),
                          ("attorneys and experts who specialize in employment law", "attorneys and experts"),
                          ("lawyers", "lawyers")):
        claim = only(f"He might have been fired, {source} told me in March when I first reported on him.")
        assert (claim.speaker, claim.cue, claim.content) == (shown, "tell", "He might have been fired"), source
    claim = only("The law was unfair, top lawmakers said Friday afternoon, as they bristled at the questions.")
    assert claim.content == "The law was unfair"


def test_a_when_clause_that_is_the_content_stays() -> None:
    assert only("Lawyers told me in March when they would file the case.").content == \
        "when they would file the case"
    assert only("In the early 1990s, Ms. Ripert said, when she was earning $24,000 a year, a boss invited her "
                "to lunch.").content == "when she was earning $24,000 a year, a boss invited her to lunch"
    assert only("He might have been fired, lawyers told me in March.").content == "He might have been fired"


# --- rule `cue_inside_an_earlier_that_clause` (450 [2]) ------------------------------------------


def test_a_cue_after_a_fronted_clause_inside_a_that_clause_is_nested_in_it() -> None:
    claim = only("Dr. John Smith, CNN's chief medical correspondent, said that as patients take more pills, "
                 "they may not feel the effects of the drugs.")
    assert (claim.speaker, claim.cue) == ("John Smith", "say")
    assert claim.content == "as patients take more pills, they may not feel the effects of the drugs"
    claim = only("Turkish media reported that during the visit this week, the president reiterated his request.")
    assert (claim.speaker, claim.cue) == ("Turkish media", "report")


def test_a_source_after_a_full_that_clause_and_a_plain_aside_stay() -> None:
    claim = only("John Smith said that as patients take more pills, they may not feel the effects of the drugs.")
    assert (claim.speaker, claim.cue) == ("John Smith", "say")
    claim = only("A new survey found that the old bridge can carry twice its load, engineers said Monday.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "engineers"
    assert claim.content == "A new survey found that the old bridge can carry twice its load"
    assert described("The plan, they feel, will fail.") == [("they", "feel", "The plan will fail")]


# --- rules `question_put_is_no_claim` (widened to yes-or-no questions),
# `answerer_of_a_question_put_is_he` (477 [21]) ----------------------------------------------------


def test_a_cue_in_a_yes_or_no_question_put_is_never_the_answerers_claim() -> None:
    assert described('Asked whether she supports the tax, Mary Jones said, "I am not a person who believes in '
                     'that tax."') == [("Mary Jones", "say", '"I am not a person who believes in that tax."')]
    assert described("When asked if he believes the report, Smith said it was false.") == [
        ("Smith", "say", "it was false")]


def test_a_question_that_takes_its_clause_as_given_and_a_plain_cue_stay() -> None:
    assert described('Mary Jones said, "I am not a person who believes in that tax."') == [
        ("Mary Jones", "say", '"I am not a person who believes in that tax."')]
    assert [c for _, c, _ in described("She supports the tax, Mary Jones said.")] == ["say"]
    assert ("he", "believe") in [(s, c) for s, c, _ in described(
        "Pressed on why he believed the plan would work, Smith said it had worked before.")]


def test_he_after_a_question_put_is_the_one_asked_not_a_speaker_inside_it() -> None:
    text = ("Mayor John Smith spoke on Monday. Asked whether he was concerned that Donald Trump, who has called "
            'warming a hoax, could win, Smith demurred. "There is just one science," he said.')
    assert described(text) == [("Donald Trump", "call", "warming a hoax"),
                               ("John Smith", "say", '"There is just one science,"')]


def test_he_after_a_sentence_without_a_question_put_stays_as_it_was() -> None:
    text = ("Mayor John Smith spoke on Monday. Donald Trump, who has called warming a hoax, could win, Smith "
            'said. "There is just one science," he said.')
    assert [s for s, _, _ in described(text)] == ["John Smith", "he"]


# --- rules `kin_of_the_first_speaker_joined`, `joined_name_with_a_former_title`,
# `number_sign_inside_a_phrase` (776 [15], 516 [3]) ------------------------------------------------


def test_a_relation_word_or_a_former_title_before_the_second_name_keeps_both_speakers() -> None:
    claim = only('"Both my wife and I are overjoyed." Prince Charles and wife Camilla said in a statement.')
    assert (claim.speaker, claim.speaker_kind) == ("Prince Charles and wife Camilla", "unnamed")
    assert only("John Smith and his wife Mary said the plan will pass.").speaker == "John Smith and his wife Mary"
    claim = only("McIlroy and former world No. 1 Wozniacki, from Denmark, announced their engagement.")
    assert claim.speaker == "McIlroy and former world No. 1 Wozniacki"
    claim = only("Former world No. 1 Wozniacki announced her engagement.")  # was "1 Wozniacki"
    assert claim.speaker_span is not None and claim.speaker_span.text == "Former world No. 1 Wozniacki"


def test_two_plain_names_and_a_name_joined_to_a_group_stay() -> None:
    assert only("John Smith and Mary Jones said the plan will pass.").speaker == "John Smith and Mary Jones"
    assert only("The No. 2 official said the plan would fail.").speaker_span is not None
    assert only("Smith and former aides said the plan would fail.").speaker == "former aides"


# --- rule `s_form_after_a_plural_quantifier_is_a_noun` (970 [5]) ---------------------------------


def test_a_cue_s_form_after_many_or_several_is_a_noun() -> None:
    assert described("With so many questions over what happened to the plane unanswered, experts say it is "
                     "crucial that the scene is protected.") == [
        ("experts", "say", "it is crucial that the scene is protected")]
    assert described("Several reports say the plan will fail.") == [("Several reports", "say", "the plan will fail")]


def test_a_bare_form_after_many_stays_a_verb() -> None:
    assert described("Many say the plan will fail.") == [("Many", "say", "the plan will fail")]
    assert [c for _, c, _ in described("Many question the plan, saying it will fail.")] == ["question", "say"]
