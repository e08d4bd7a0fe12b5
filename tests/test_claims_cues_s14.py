"""QA round 42 and web test s14, session 14 round 2: hedges, speech cues,
topic-only claims and stray punctuation readers saw. Each rule has a sentence
of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from tests.claim_helpers import only

# --- hedges (QA round 42: 431 s17, 751 s16) ------------------------------------------------


# Rule `volitional_would_is_no_hedge`: the speaker's own wish, said politely
def test_i_would_want_is_a_wish_not_a_hedge() -> None:
    for text in ('"As your daughter, I would want nothing more than to make you happy," she writes.',
                 '"We would really like to see the law changed," the mayor says.',
                 '"I would rather stay home," he says.'):
        assert not only(text).hedged, text


def test_someone_elses_wish_or_an_outcome_after_would_stays_hedged() -> None:
    for text in ("Analysts say investors would want higher returns.",
                 '"I would win the race," she says.'):
        assert only(text).hedged, text


# Rule `hedge_in_a_relative_aside`: a hedge inside ", which ...," describes the noun before it
def test_a_hedge_in_a_relative_aside_does_not_hedge_the_claim() -> None:
    for text in ("Johnson said the success of the show, which he never expected to last more than 13 episodes, "
                 "was the result of the cast.",
                 "He says the man, who police say may be armed, fled the scene."):
        assert not only(text).hedged, text


def test_a_hedge_after_the_aside_or_an_aside_that_ends_the_content_stays() -> None:
    for text in ("He said the plan, which was new, may fail.",
                 "He said the show, which had run for years, would probably return.",
                 '"People tend not to say those things to him, which is probably a wise choice," she said.'):
        assert only(text).hedged, text

