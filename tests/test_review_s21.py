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
