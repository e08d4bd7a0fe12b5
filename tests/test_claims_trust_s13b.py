"""Clear-wrong speaker from the web test of session 13b (kind 1): a person
named only as the agent of an adjunct's participle is no antecedent of the
next sentence's "she"; an invented sentence of its kind and near variants
that must stay as they were."""

from __future__ import annotations

from tests.claim_helpers import only

# --- Rule `agent_of_an_adjunct_is_no_antecedent` (speakers.py) ----------------------------------


def test_the_agent_of_a_fronted_or_trailing_adjunct_is_not_she() -> None:
    for text in (
        "Celine Dion spoke to reporters in New York on Monday. In a conversation with the media moderated by "
        "ABC's Deborah Roberts, the singer discussed her childhood. \"I was bullied at school,\" she explained.",
        "Interviewed by Deborah Roberts, the actress discussed her career. \"I was lucky,\" she said.",
        "The actress discussed her career on Sunday, in a talk hosted by Deborah Roberts. "
        "\"I was lucky,\" she said.",
    ):
        claim = only(text)
        assert claim.speaker != "Deborah Roberts", text
        assert claim.speaker_kind == "unresolved", text


def test_the_one_who_moderates_as_the_subject_stays() -> None:
    assert only("Deborah Roberts moderated the talk. \"It was a long night,\" she said.").speaker == \
        "Deborah Roberts"
    # the agent of the clause itself, no adjunct: still the only person, as before
    assert only("The talk was moderated by Deborah Roberts. \"It was a long night,\" she said.").speaker == \
        "Deborah Roberts"
