import pytest

from summarizer import METHODS, summarize
from summarizer.document import parse_document
from summarizer.summarizers.base import Length, select_top, select_within_words
from summarizer.summarizers.sumy_rankers import SumyRanker

BOILERPLATE = ("Previous Article", "Next Article", "Write a Comment", "Leave a Comment", "Air Raid Alerts",
               "Taxation rules", "NATO Seeks Expanded", "NATO Considers Expanding")


@pytest.mark.parametrize("method", METHODS)
def test_every_method_on_the_demo(demo_text: str, method: str) -> None:
    summary = summarize(demo_text, sentences=3, method=method)
    body = parse_document(demo_text).sentences
    assert len(summary.sentences) == 3
    indices = [s.index for s in summary.sentences]
    assert indices == sorted(indices) and len(set(indices)) == 3
    for sentence in summary.sentences:
        assert demo_text[sentence.start : sentence.end] == sentence.text
        assert body[sentence.index].text == sentence.text
        assert not any(sentence.text.startswith(b) for b in BOILERPLATE)
    assert summary.title == "NATO Seeks Expanded Third-Country Agreements to Back Ukraine"


def test_sumy_ratings_are_kept_per_sentence(demo_text: str) -> None:
    document = parse_document(demo_text)
    scores = SumyRanker("lexrank").score(document)
    assert len(scores) == len(document.sentences)
    assert len(set(scores)) > 3  # real ratings, not a constant


def test_identical_sentences_keep_their_own_ratings() -> None:
    text = "Rain fell in Paris. Markets rose on Monday. Rain fell in Paris. Talks ended late."
    scores = SumyRanker("luhn").score(parse_document(text))
    assert len(scores) == 4
    assert scores[0] == scores[2]


def test_lead_picks_the_first_sentences(demo_text: str) -> None:
    summary = summarize(demo_text, sentences=2, method="lead")
    assert [s.index for s in summary.sentences] == [0, 1]


def test_default_length_is_three_for_short_articles(demo_text: str) -> None:
    assert len(summarize(demo_text).sentences) == 3


def test_default_length_is_a_fifth_for_long_articles() -> None:
    text = " ".join(f"Sentence number {i} tells of event {i}." for i in range(50))
    assert len(summarize(text).sentences) == 10


def test_ratio(demo_text: str) -> None:
    assert len(summarize(demo_text, ratio=0.5).sentences) == 8  # 17 body sentences


@pytest.mark.parametrize("budget", [25, 60, 120])
@pytest.mark.parametrize("method", ["default", "lexrank", "sumbasic", "kl"])
def test_word_budget_is_never_exceeded(demo_text: str, budget: int, method: str) -> None:
    summary = summarize(demo_text, words=budget, method=method)
    assert 0 < summary.kept_words <= budget


def test_word_budget_picks_the_best_set_not_a_truncated_list() -> None:
    # The top sentence (10 words) does not fit beside the next two; the two
    # together score more than the top one alone.
    assert select_within_words([1.0, 0.8, 0.8], [10, 5, 5], 10) == [1, 2]


def test_select_top_prefers_earlier_among_equals() -> None:
    assert select_top([0.5, 0.9, 0.5, 0.5], 2) == [0, 1]


def test_single_sentence_article() -> None:
    summary = summarize("The central bank raised rates by half a point on Thursday.")
    assert [s.text for s in summary.sentences] == ["The central bank raised rates by half a point on Thursday."]


def test_length_options_are_exclusive() -> None:
    with pytest.raises(ValueError, match="only one"):
        Length(sentences=2, words=30)


def test_unknown_method() -> None:
    with pytest.raises(ValueError, match="unknown method"):
        summarize("A sentence.", method="magic")


def test_to_dict_schema(demo_text: str) -> None:
    data = summarize(demo_text).to_dict()
    assert set(data) == {"title", "method", "sentences", "stats"}
    assert set(data["sentences"][0]) == {"index", "text", "start", "end", "score"}
    assert data["stats"]["sentences_total"] == 17


@pytest.mark.parametrize("method", ["lexrank", "lsa"])
def test_a_sumy_method_works_in_a_fresh_process(method: str) -> None:
    # In a new process nothing has loaded nltk yet: sumy's import of nltk's
    # Snowball module must not meet a half-imported nltk.
    import subprocess
    import sys

    from .conftest import DEMO

    result = subprocess.run([sys.executable, "-m", "summarizer", "summarize", str(DEMO), "-m", method, "-f", "text"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3


def test_default_length_is_capped_on_very_long_pages() -> None:
    # A fifth of a 500-sentence FAQ page was 100 sentences (new-user test).
    assert Length().sentence_count(500) == 10
    assert Length().sentence_count(60) == 10
    assert Length().sentence_count(45) == 9
    assert Length().sentence_count(12) == 3
    text = " ".join(f"Sentence number {i} tells of event {i}." for i in range(200))
    assert len(summarize(text).sentences) == 10


def test_explicit_lengths_are_not_capped() -> None:
    assert Length(ratio=0.2).sentence_count(500) == 100
    assert Length(sentences=40).sentence_count(500) == 40
