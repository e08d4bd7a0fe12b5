"""benchmarks/learn_weights.py: labels from the extractive gold on text as
one block, the position transforms, and a fit that learns what separates
the gold. Made-up sentences; the shared data are never read."""

import numpy as np
import pytest

from benchmarks.learn_weights import HALF_LIVES, fit, gold_labels, position_transforms
from summarizer.document import parse_document

TEXT = ("Rain closed every school in Paris on Monday. Officials said the river rose two metres overnight. "
        "Shops stayed open. The mayor asked people to stay home until Wednesday.")


def test_gold_sentences_are_found_in_the_flat_text_by_their_characters() -> None:
    document = parse_document(TEXT)
    gold = ("Officials said the river rose two metres overnight.",
            "The mayor asked people to stay home until Wednesday.")
    assert gold_labels(TEXT, document, gold).tolist() == [0.0, 1.0, 0.0, 1.0]
    assert gold_labels(TEXT, document, ("A sentence the text does not hold.",)).sum() == 0


def test_position_transforms_halve_at_their_half_life() -> None:
    document = parse_document(" ".join(f"Sentence number {n} says something new." for n in range(20)))
    transforms = position_transforms(document)
    assert set(transforms) == {f"position_h{h}" for h in HALF_LIVES}
    for h in HALF_LIVES:
        values = transforms[f"position_h{h}"]
        assert values[0] == 1.0 and values[h] == pytest.approx(0.5)
        assert np.all(np.diff(values) < 0)


def item(first: list[float], second: list[float], gold: list[float]) -> dict:
    return {"components": {"first": np.array(first), "second": np.array(second)}, "gold": np.array(gold)}


@pytest.mark.parametrize("model", ["pairwise", "logistic"])
def test_the_fit_weighs_the_component_that_marks_the_gold(model: str) -> None:
    # "second" is high on gold sentences, "first" is noise.
    rng = np.random.default_rng(0)
    items = []
    for _ in range(40):
        gold = np.zeros(10)
        gold[rng.choice(10, 3, replace=False)] = 1.0
        items.append(item(list(rng.random(10)), list(0.6 * gold + 0.4 * rng.random(10)), list(gold)))
    weights = fit(items, ("first", "second"), "gold", model)
    assert weights[1] == 1.0  # scaled so that the largest is 1
    assert abs(weights[0]) < 0.3


def test_relative_position_runs_from_0_to_1_and_log_length_grows_with_words() -> None:
    from benchmarks.learn_weights import other_transforms

    values = other_transforms(parse_document(TEXT))
    assert values["relative_position"].tolist() == [0.0, pytest.approx(1 / 3), pytest.approx(2 / 3), 1.0]
    assert values["log_length"][2] < values["log_length"][0]  # "Shops stayed open." is the shortest
