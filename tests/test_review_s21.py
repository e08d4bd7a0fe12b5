"""Review s21: near-miss sentences a reviewer wrote against this session's new rules, each
with what the rule must still do."""

from __future__ import annotations

from summarizer.mentions import find_mentions


def mentioned(text: str) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions([text])}


# --- rule `name_of_a_body_is_a_person`: only a name brought in as an agent or a speaker ----------


def test_a_product_of_a_company_is_no_person() -> None:
    found = mentioned("Sales rose 8 percent in the quarter, the company said. Pepsi Max of PepsiCo Inc. also gained.")
    assert found.get("Pepsi Max", ("other", 1))[0] != "person"


def test_a_name_of_a_body_said_by_is_still_a_person() -> None:
    found = mentioned("The trend will continue, said Timothee Delubac of Centre de Saclay in France.")
    assert found["Timothee Delubac"] == ("person", 1)


# --- rule `second_voice_before_a_third_claim` (brief.py; QA round 60, 722) ----------------------

from types import SimpleNamespace  # noqa: E402

from summarizer.brief import _named_voices_heard  # noqa: E402


def _claim(speaker: str, content: str) -> SimpleNamespace:
    told = SimpleNamespace(speaker=speaker, speaker_kind="person", content=content, kind="direct", hedged=False,
                           cue="said")
    return SimpleNamespace(claim=told, speaker=speaker, whole=None, members=((0, (1,)),),
                           words=len(content.split()))


LEADER = ['"Would you let them enrich uranium, build a reactor and test missiles?"',
          '"For the militant groups, all politics is global and the threat is real,"',
          '"Then you must not let the other state do those things either, here is why,"']
REPLY = '"Blaming the victim has always been the failed policy of the bankrupt, and he is no exception,"'


def _heard(claims: list[SimpleNamespace], ranks: list[int], kept: set[int], used: int) -> set[int]:
    ranked = [(rank, 1, k) for k, rank in enumerate(ranks)]
    _named_voices_heard(claims, ranked, kept, used, 45, None)  # type: ignore[arg-type]
    return kept


def test_rule_second_voice_before_a_third_claim() -> None:
    # a leader shown three times, all ranked above the reply: his worst-ranked claim gives way
    claims = [*(_claim("Benjamin Netanyahu", text) for text in LEADER), _claim("Hanan Ashrawi", REPLY)]
    words = sum(c.words for c in claims[:3])
    assert _heard(claims, [1, 2, 3, 9], {0, 1, 2}, words) == {0, 1, 3}


def test_a_speaker_shown_twice_keeps_both_claims_ranked_above() -> None:
    # near variant: with two claims shown, the leader keeps them; the reply, ranked below, waits
    claims = [*(_claim("Benjamin Netanyahu", text) for text in LEADER[:2]), _claim("Hanan Ashrawi", REPLY)]
    words = sum(c.words for c in claims[:2]) + 16
    assert _heard(claims, [1, 2, 9], {0, 1}, words) == {0, 1}
