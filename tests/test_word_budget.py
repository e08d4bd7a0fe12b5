"""Rule `lead_first_within_words` (summarizers/news.py): under a word
budget the summary opens with the lead, or is the lead alone, and never
trades it for several short sentences that happen to score well per word."""

from summarizer import summarize
from summarizer.document import parse_document
from summarizer.nlp.words import count_words

# A synthetic story: a long lead with the news, then short asides.
STORY = (
    "Flood Closes Riverside Bridge\n\n"
    "The Riverside Bridge in the town of Hallam was closed on Tuesday after floodwater damaged two of its "
    "supports, cutting the main route between the town and the regional hospital for thousands of residents.\n\n"
    "Engineers said repairs to both supports would take at least three weeks and cost about $2 million.\n\n"
    "\u201cWe heard a loud crack,\u201d said a neighbour.\n\n"
    "Cameras captured the swollen river.\n\n"
    "It was later calm again.\n\n"
    "Buses will run a detour through Milton until the bridge reopens, the council said.\n"
)


def lead_words() -> int:
    return count_words(parse_document(STORY).sentences[0].text)


def test_the_lead_comes_first_under_a_word_budget() -> None:
    for budget in (lead_words(), lead_words() + 8, lead_words() + 20, 80):
        picked = summarize(STORY, words=budget).sentences
        assert picked[0].index == 0, budget
        assert sum(count_words(s.text) for s in picked) <= budget


def test_the_lead_alone_when_nothing_else_fits_beside_it() -> None:
    picked = summarize(STORY, words=lead_words() + 3).sentences
    assert [s.index for s in picked] == [0]


def test_a_lead_longer_than_the_budget_gives_way_to_what_fits() -> None:
    picked = summarize(STORY, words=18).sentences
    assert picked and all(s.index != 0 for s in picked)
    assert sum(count_words(s.text) for s in picked) <= 18


def test_a_sentence_is_never_shown_without_the_one_it_needs() -> None:
    for budget in range(lead_words(), 100, 7):
        indices = [s.index for s in summarize(STORY, words=budget).sentences]
        assert 4 not in indices or 3 in indices  # "It was later calm again." needs the sentence before it
