"""Real attributed claims the tagger missed (session 26, recall-s26), counted
on PolNeAR train misses and CNN-Corpus dev rows: poll shares as subjects
("42% say", "One in five say"), a subject of two joined people ("X and their
grandmother contend that"). Each test holds a sentence of the kind and near
variants that must stay as they were."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import only


def _shown(sentence: str) -> tuple[str, str | None, str, str]:
    claim = only(sentence)
    source = claim.speaker_span.text if claim.speaker_span else None
    return claim.rule, source, claim.cue, claim.content


# Rule `percent_sign_share_is_a_subject` (PolNeAR train: "There is less consensus when it comes to
# fighting terrorism: 47% say the United States should commit troops ...")
@pytest.mark.parametrize(("sentence", "source", "content"), [
    ("There is less consensus: 47% say the United States should commit troops on the ground.", "47%",
     "the United States should commit troops on the ground"),
    ("On economic issues, 42% say they are liberal.", "42%", "they are liberal"),
    ("Only 42% say they are liberal.", "Only 42%", "they are liberal"),
])
def test_a_share_with_its_sign_answers(sentence: str, source: str, content: str) -> None:
    assert _shown(sentence) == ("reported_speech", source, "say", content)


@pytest.mark.parametrize("sentence", [
    # the near variants: a share that does not open its clause
    "The stock rose 5% said analysts at the bank.",
    "Shares of the bank fell 5% said the paper.",
])
def test_a_share_inside_a_clause_is_no_subject(sentence: str) -> None:
    assert [(c.speaker_span.text if c.speaker_span else None) for c in extract_claims(sentence)
            if c.speaker_span and "%" in c.speaker_span.text] == []


# Rule `count_in_a_count_is_a_share` (PolNeAR train: "Nearly nine out of 10 say they will need to
# continually develop new skills to advance their careers.", "Six in 10 say he's at least somewhat
# decisive")
@pytest.mark.parametrize(("sentence", "source", "content"), [
    ("Nearly nine out of 10 say they will need to continually develop new skills to advance their careers.",
     "Nearly nine out of 10", "they will need to continually develop new skills to advance their careers"),
    ("Six in 10 say he's at least somewhat decisive.", "Six in 10", "he's at least somewhat decisive"),
])
def test_a_count_in_a_count_answers(sentence: str, source: str, content: str) -> None:
    assert _shown(sentence) == ("reported_speech", source, "say", content)


@pytest.mark.parametrize("sentence", [
    # the near variant: no number before the preposition, the cue word is a noun
    "The rise in five demands shows the union is angry.",
])
def test_a_noun_after_a_count_is_no_cue(sentence: str) -> None:
    assert [c.cue for c in extract_claims(sentence) if c.cue == "demand"] == []


# Rule `verb_after_a_coordinated_subject` (CNN-Corpus dev 449: "Prince, Paris and Blanket Jackson
# and their grandmother contend that AEG Live's pressure on Murray ... led to his death ...")
def test_joined_subjects_contend() -> None:
    rule, source, cue, content = _shown(
        "Prince, Paris and Blanket Jackson and their grandmother contend that AEG Live's pressure on "
        "Murray led to his death from the propofol overdose.")
    assert (rule, cue, content) == (
        "reported_speech", "contend", "AEG Live's pressure on Murray led to his death from the propofol overdose")
    assert source is not None and source.endswith("Blanket Jackson and their grandmother")


@pytest.mark.parametrize("sentence", [
    # the near variants: no person after the owner, no owner, no name before "and"
    "Smith and their last claim that the contract was void was rejected.",
    "He met Smith and the official report that he resigned was published.",
    "The rumour and the official report that he resigned were both wrong.",
])
def test_a_noun_after_joined_words_is_no_cue(sentence: str) -> None:
    assert [c.cue for c in extract_claims(sentence)] == []


# Rule `that_before_a_negated_auxiliary_is_the_subject` (PolNeAR train: "One in five say that won't
# be true", "Kasich says that doesn't mean he can't take on the Russians") and rule
# `that_before_a_bare_noun_is_its_determiner` (CNN-Corpus dev 395: "40% support that plan.", 340:
# "Just 29% felt that way about the presidency."): the "that" is the content's own word
@pytest.mark.parametrize(("sentence", "content"), [
    ("Officials say that won't happen.", "that won't happen"),
    ("Kasich says that doesn't mean he can't take on the Russians.",
     "that doesn't mean he can't take on the Russians"),
    ("Priebus rejected that idea.", "that idea"),
    ("Most Republicans oppose that bill in its current form.", "that bill in its current form"),
])
def test_that_is_the_contents_own_word(sentence: str, content: str) -> None:
    assert only(sentence).content == content


@pytest.mark.parametrize(("sentence", "content"), [
    # the near variants: "that" opens a clause (a verb follows in it, a plural may take a base form)
    ("He said that people in the city remain angry.", "people in the city remain angry"),
    ("He said that man in the city was angry.", "man in the city was angry"),
    ("Tree Mother believed that lack of natural resources causes most conflicts.",
     "lack of natural resources causes most conflicts"),
    ("The agency said that 98.33 percent of the refugees are Sunni Muslims.",
     "98.33 percent of the refugees are Sunni Muslims"),
])
def test_that_opening_a_clause_stays_out(sentence: str, content: str) -> None:
    assert only(sentence).content == content


# Rule `quoted_paragraph_with_a_gloss` (CNN-Corpus dev 876: the quoted paragraph after Finucane's
# paraphrase stops for the writer's gloss on a name, "a retired Canadian judge", and goes on)
FINUCANE = (
    'Finucane says he has "absolutely no doubt" the state was involved in his father\'s murder.\n\n'
    '"That\'s not just my opinion. It\'s also the opinion of Peter Cory," a retired Canadian judge, '
    '"who was tasked with looking at the evidence. So it\'s not just my family that believe there was collusion."\n\n'
    "The British prime minister at the time was Margaret Thatcher."
)


def test_a_quoted_paragraph_with_a_gloss_goes_on_in_the_speakers_words() -> None:
    claim = only(FINUCANE)
    assert (claim.rule, claim.speaker) == ("reported_speech", "Finucane")
    assert claim.content.startswith('he has "absolutely no doubt" the state was involved')
    assert "opinion of Peter Cory" in claim.content and claim.content.endswith('there was collusion."')
    assert "retired Canadian judge" not in claim.content


@pytest.mark.parametrize("between", [
    # the near variants: the words between the quotations attribute them, or are a long writer's line
    '," Cory said, "',
    '," and the commission that Cory led for three years in Ottawa found, "',
])
def test_a_quotation_after_an_attribution_or_a_long_line_is_not_the_paraphrases(between: str) -> None:
    text = FINUCANE.replace('," a retired Canadian judge, "', between)
    finucane = [c for c in extract_claims(text) if c.speaker == "Finucane"]
    assert len(finucane) == 1 and finucane[0].content.endswith("murder")


# Rule `in_a_poll` (PolNeAR dev: "In the previous Washington Post/ABC News national poll, conducted
# in early September, Clinton led Trump by 5 percentage points among likely voters.", train: "In an
# NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton ...")
@pytest.mark.parametrize(("sentence", "source", "content"), [
    ("In the previous Washington Post/ABC News national poll, conducted in early September, Clinton led "
     "Trump by 5 percentage points among likely voters.",
     "the previous Washington Post/ABC News national poll, conducted in early September",
     "Clinton led Trump by 5 percentage points among likely voters"),
    ("In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton.",
     "an NBC News/Wall Street Journal poll released Monday", "50 percent of respondents chose Clinton"),
    ("In this poll, Trump rose 1 percentage point since Monday's debate.", "this poll",
     "Trump rose 1 percentage point since Monday's debate"),
])
def test_a_fronted_poll_reports_its_finding(sentence: str, source: str, content: str) -> None:
    claim = only(sentence)
    assert claim.speaker_span is not None
    assert (claim.rule, claim.kind, claim.speaker_span.text, claim.content) == ("in_a_poll", "according_to", source,
                                                                                content)


@pytest.mark.parametrize("sentence", [
    # the near variants: a poll at the end (a rank's place), a second fronted phrase, a finding that
    # points back, a verb in the phrase, no poll
    "Trump has a decisive lead in the polls ahead of the state's April 19 primary.",
    "In polls, as in life, nothing is certain.",
    "In the latest polls, he doesn't.",
    "In a poll he commissioned, the results were clear to everyone.",
    "In the fall of 2007, Hillary Clinton held a 24-point lead over Barack Obama.",
])
def test_no_fronted_poll_no_finding(sentence: str) -> None:
    assert [c.rule for c in extract_claims(sentence) if c.rule == "in_a_poll"] == []


def test_a_cue_after_a_fronted_poll_keeps_its_claim() -> None:
    claim = only("In a poll of 1,000 voters, 60 percent said they would vote for Clinton.")
    assert (claim.rule, claim.cue, claim.content) == ("reported_speech", "say", "they would vote for Clinton")


def test_a_polls_method_is_no_finding() -> None:
    sentence = ("In a survey published by NBC News, Democratic voters in West Virginia were asked a series of "
                "questions upon leaving the polls Tuesday, and the results are alarming for Clinton.")
    assert [c.rule for c in extract_claims(sentence) if c.rule == "in_a_poll"] == []


# Rule `denial_of_what_came_before` (CNN-Corpus dev 876: "Kelly then accused McGuinness of having been
# a member of the IRA's ruling Army Council at the time of the killing -- which McGuinness denied.")
@pytest.mark.parametrize(("sentence", "denier", "cue", "content"), [
    ("Kelly then accused McGuinness of having been a member of the IRA's ruling Army Council at the time of "
     "the killing -- which McGuinness denied.", "McGuinness", "deny",
     "McGuinness of having been a member of the IRA's ruling Army Council at the time of the killing"),
    ("The paper said the minister took bribes, which Smith denies.", "Smith", "deny", "the minister took bribes"),
    ("The report said the plant leaked, which the company has disputed.", "the company", "dispute",
     "the plant leaked"),
])
def test_which_x_denied_denies_the_claim_before(sentence: str, denier: str, cue: str, content: str) -> None:
    denials = [c for c in extract_claims(sentence) if c.rule == "denial_of_what_came_before"]
    assert [(c.speaker_span.text if c.speaker_span else None, c.cue, c.content) for c in denials] == [
        (denier, cue, content)]


@pytest.mark.parametrize("sentence", [
    # the near variants: more after the cue, no claim before the relative
    "The paper said the minister took bribes, which Smith denied in court on Monday.",
    "He faced a charge which Smith denied.",
    "He faced a charge of bribery, which Smith denied.",
])
def test_a_denial_with_no_claim_before_it_or_more_after_it_is_left_alone(sentence: str) -> None:
    assert [c.rule for c in extract_claims(sentence) if c.rule == "denial_of_what_came_before"] == []
