"""Session 26, summaries and briefs a reader trusts (issue 11): a summary
takes no pick whose speaker is a surname the article never introduced (a
misspelt name, CNN-Corpus dev 893), and the rich views keep a citation
marker on the line of the word it cites at 80 columns. Each rule has an
example of its kind and a near variant that must stay as it was."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console
from rich.text import Text

from summarizer.brief import make_brief, tells_news_alone
from summarizer.claim_cache import document_claims
from summarizer.document import parse_document
from summarizer.reading import Article
from summarizer.render.brief import BriefView
from summarizer.render.layout import KeptCitations
from summarizer.summarizers.standalone import UNINTRODUCED_SURNAME, one_slip_apart, unintroduced_surnames

from .conftest import DEMO

# CNN-Corpus dev 893, shortened: the article names Adam G. Riess, then writes "Reiss"
NOBEL = (
    "Three scientists win the Nobel Prize in Physics\n\n"
    "The discovery that the universe is expanding at an accelerating rate has earned three scientists "
    "the 2011 Nobel Prize in Physics, the Royal Swedish Academy of Sciences announced Tuesday.\n\n"
    "Half of the award will go to Saul Perlmutter of the University of California. The other half was "
    "awarded to Brian P. Schmidt of Australian National University and Adam G. Riess of Johns Hopkins "
    "University.\n\n"
    'The prize in physics is worth 10 million Swedish kronor, about $1.44 million.\n\n'
    '"I am delighted, excited, and deeply honored," Perlmutter said in a written statement.\n\n'
    '{speaker} called the project "an incredibly exciting adventure" in a statement issued by Johns Hopkins '
    "University.")


def _fired(text: str) -> list[str]:
    document = parse_document(text)
    return [document.sentences[n].text for n in sorted(unintroduced_surnames(document, document_claims(document)))]


def test_the_rule_is_named_and_its_example_fires() -> None:
    assert UNINTRODUCED_SURNAME.name == "unintroduced_surname_is_no_pick"
    assert _fired(UNINTRODUCED_SURNAME.example) == [UNINTRODUCED_SURNAME.example.split(". ")[-1]]


def test_a_misspelt_surname_as_subject_is_no_pick() -> None:
    assert [text[:5] for text in _fired(NOBEL.format(speaker="Reiss"))] == ["Reiss"]


@pytest.mark.parametrize("speaker", [
    "Riess",  # the person named in full: rule `surname_subject_needs_its_introduction` joins the two
    "Adam Riess",  # a full name
    "Johns Hopkins",  # no slip of anyone's surname
])
def test_a_surname_the_text_introduced_stays(speaker: str) -> None:
    assert _fired(NOBEL.format(speaker=speaker)) == []


def test_a_misspelt_speaker_after_the_quotation_is_no_pick() -> None:
    text = ("Ortiz was indicted on a murder charge.\n\n"
            "Ortiz's attorney, John Connors, told CNN that he heard of it from the news media.\n\n"
            '"First, they charged him with being an accessory, and now they indict him for murder," Conners added.')
    assert [text[-14:] for text in _fired(text)] == ["Conners added."]
    assert _fired(text.replace("Conners added", "Connors added")) == []


def test_a_group_or_a_firm_written_first_stays() -> None:
    # a capitalised word written first that is no slip of a surname: a group, a firm, a party
    text = ("A boy drowned in a pool on Sunday, police said.\n\n"
            "Relatives told CNN affiliate WFTV that Anthony was jumping in and out with friends.\n\n"
            "Edelman found that 84% of people believe business can pursue its own interests.")
    assert _fired(text) == []


@pytest.mark.parametrize(("word", "other", "apart"), [
    ("Reiss", "Riess", True),  # two letters swapped
    ("Battaille", "Bataille", True),  # a letter added
    ("Conners", "Connors", True),  # a letter changed
    ("Guiliano", "Giuliano", True),
    ("Hassel", "Hassell", True),
    ("Riess", "Riess", False),  # the same word
    ("Reiss", "Weiss", False),  # another first letter
    ("Hassel", "Hassall", False),  # two slips
    ("Bataille", "Battailles", False),
])
def test_one_slip_apart(word: str, other: str, apart: bool) -> None:
    assert one_slip_apart(word, other) is apart


# Rule `citation_stays_with_its_sentence` in the rich views: rendered at 80 columns, no row opens on
# a citation or a piece of one ("[14]", "[11][12]", "2]") and none ends on an open "[1".
LONE_MARKER = re.compile(r"^[\s\u2502\u2022-]*(?:\[[\d:]*\]?|[\d:]*\])+[\s\u2502]*$|\[[\d:]*[\s\u2502]*$")


def _rich(view: object, width: int = 80) -> str:
    console = Console(width=width, record=True, color_system=None, file=io.StringIO())
    console.print(view)
    return console.export_text()


def test_the_demo_brief_keeps_its_citations_on_the_last_word() -> None:
    text = _rich(BriefView(make_brief([DEMO])))
    assert "[14]" in text
    assert [line for line in text.splitlines() if LONE_MARKER.search(line)] == []


def _filling(width: int) -> str:
    """Words that fill a row of `width` cells to its last one."""
    words = ["Officials", "have", "also", "discussed", "the", "broader", "strategic", "situation", "in", "the",
             "war", "zone"]
    row = ""
    while len(row) < width:
        row = f"{row} {words[len(row.split()) % len(words)]}".strip()
    return row[:width - 1] + "s" if len(row) > width else row


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_a_citation_that_would_wrap_alone_stays_with_its_word(width: int) -> None:
    # the point fills its first row to the last cell: a plain Text puts "[11][12]" on a row of its own
    point = Text(_filling(width) + " [11][12]")
    plain = [line.rstrip() for line in _rich(point, width).splitlines()]
    kept = [line.rstrip() for line in _rich(KeptCitations(point), width).splitlines()]
    assert plain[-1] == "[11][12]"
    assert " ".join(kept).split() == " ".join(plain).split()  # the same words, in the same order
    assert all(len(line) <= width for line in kept)
    assert [line for line in kept if LONE_MARKER.search(line)] == []
    assert kept[-1].endswith(" [11][12]") and len(kept[-1].split()) == 2


def test_a_line_without_citations_wraps_as_rich_wraps_it() -> None:
    point = Text("Officials have also discussed the broader strategic situation in the war zone, [sic] again.")
    assert _rich(KeptCitations(point), 30) == _rich(point, 30)


def test_citations_keep_their_style() -> None:
    point = Text.assemble(("Officials have also discussed the war. ", ""), ("[3][9]", "dim"))
    console = Console(width=30, record=True, color_system="standard", file=io.StringIO())
    console.print(KeptCitations(point))
    assert "\x1b[2m[3][9]" in console.export_text(styles=True)


# Rule `delayed_lead_gives_way_to_the_headline` (CNN-Corpus dev 938, shortened)
FATWA = (
    "UAE Islamic affairs authority warns Muslims against a mission to Mars\n\n"
    'The Oscar-nominated film "Gravity" traces the harrowing tale of astronaut Ryan Stone after a mission goes '
    "horribly wrong. She's lost in space and struggles to make her way back to Earth.\n\n"
    "Imagine a similar real-life scenario: would there be any chance of survival?\n\n"
    "That's a concern for the General Authority of Islamic Affairs and Endowments, or GAIAE, the United Arab "
    "Emirates' religious watchdog. {news}\n\n"
    "The mission is being planned by the Dutch nonprofit foundation Mars One. In April 2013, it announced its "
    "ambitions to establish a human settlement on the Red Planet by 2025.\n\n"
    "Taking one's life willingly is against Islamic principles.")
FATWA_NEWS = "The GAIAE has issued a fatwa, or an official Islamic ruling, to warn Muslims against a Mars mission."


def _bottom_line(text: str) -> str:
    note = make_brief([Article(text=text, source="article.txt")])
    assert note.bottom_line is not None
    return note.bottom_line.text


def test_a_delayed_lead_gives_way_to_the_sentence_that_tells_the_headline() -> None:
    assert _bottom_line(FATWA.format(news=FATWA_NEWS)) == FATWA_NEWS


def test_a_lead_that_tells_the_headline_stays() -> None:
    lead = "The UAE's religious watchdog has warned Muslims against a mission to Mars, calling it suicide."
    text = FATWA.format(news=FATWA_NEWS).replace(FATWA.splitlines()[2], lead)
    assert _bottom_line(text) == lead


@pytest.mark.parametrize("news", [
    # the headline's words in a quotation: someone's view, not the news
    '"The GAIAE has issued a fatwa to warn Muslims against a Mars mission," a cleric told CNN.',
    # fewer than half of the headline's words
    "The GAIAE has issued a fatwa, or an official Islamic ruling, against the journey.",
])
def test_no_sentence_tells_the_headline_and_the_lead_stays(news: str) -> None:
    assert _bottom_line(FATWA.format(news=news)).startswith('The Oscar-nominated film "Gravity"')


def test_a_surname_the_lead_introduced_opens_no_note() -> None:
    # "Brann has ..." leans on the lead's "Dr. Alfred Brann": the lead stays
    text = ("Mom's death inspires doctor's life work\n\n"
            '"How much did you weigh when you were born?" Dr. Alfred Brann asks the first time we meet.\n\n'
            "His question comes from a loss he suffered as a boy.\n\n"
            "Brann has made the death of his mom the start of his life work as a doctor.")
    assert _bottom_line(text).startswith('"How much did you weigh')


def test_a_lead_dated_to_the_news_day_stays() -> None:
    # rule `news_day_states_news`: "... said Monday ..." tells the news in other words than the headline
    lead = 'The Oscar-nominated film "Gravity" was pulled from cinemas in Abu Dhabi on Monday, officials said.'
    text = FATWA.format(news=FATWA_NEWS).replace(FATWA.splitlines()[2], lead)
    assert _bottom_line(text) == lead


# Review s26 of rule `delayed_lead_gives_way_to_the_headline`: 5 of the 17 CNN-Corpus dev bottom lines
# it changed read worse; the sentence that replaces the lead must stand alone and be the writer's news
@pytest.mark.parametrize("news", [
    # a word that leads the subject against what came before (CNN-Corpus dev 414: "Even President
    # Barack Obama has seen the footage ...")
    "Even the GAIAE has issued a fatwa, or an official Islamic ruling, to warn Muslims against a Mars mission.",
    # what held before the news (863: "... were already allowed to serve as priests ...")
    "The GAIAE had already issued a fatwa, or an official Islamic ruling, to warn Muslims against a Mars mission.",
    # an exception to what the text told before (566: "Two notable exceptions were Egypt, ...")
    "The one exception is the GAIAE, which has issued a fatwa to warn Muslims against a Mars mission.",
    # adds to what was told (tonedeaf.thebrag.com: "... but it's more than that too.")
    "The GAIAE has issued a fatwa, or an official Islamic ruling, to warn Muslims against a Mars mission too.",
    # one person's say (750: "Chen says the protest is bad for Hong Kong's reputation.")
    "Cleric Ahmed Al Haddad says the GAIAE has issued a fatwa to warn Muslims against a Mars mission.",
])
def test_a_sentence_that_leans_on_the_text_or_is_one_persons_say_opens_no_note(news: str) -> None:
    assert _bottom_line(FATWA.format(news=news)).startswith('The Oscar-nominated film "Gravity"')


def test_a_surname_before_an_aside_leans_on_its_introduction() -> None:
    # CNN-Corpus dev 286: "Rabbani, revered by many as a father of the Mujahideen movement ..., was ..."
    # after "... the former Afghan President, Burhanuddin Rabbani, ..."; with the full name it opens
    news = "{name}, the authority's mufti, has issued a fatwa to warn Muslims against a Mars mission."
    text = FATWA.format(news=news).replace("religious watchdog.", "religious watchdog, led by Ahmed Haddad.")
    assert _bottom_line(text.format(name="Haddad")).startswith('The Oscar-nominated film "Gravity"')
    assert _bottom_line(text.format(name="Ahmed Haddad")).startswith("Ahmed Haddad, the authority's mufti")


def test_the_answer_to_an_open_question_opens_no_note() -> None:
    # CNN-Corpus dev 90: "The Brain Activity Map initiative is seeking answers to that question." after
    # "But how do tiny cells translate into thoughts and actions?"; tonedeaf.thebrag.com: "I asked three
    # writers ..." after "Still need convincing ...?"
    question = "Would there be any chance of survival?"
    text = FATWA.format(news=FATWA_NEWS).replace(
        "That's a concern for the General Authority of Islamic Affairs and Endowments, or GAIAE, the United Arab "
        "Emirates' religious watchdog.", question)
    assert _bottom_line(text).startswith('The Oscar-nominated film "Gravity"')
    # after a statement, it opens
    assert _bottom_line(text.replace(question, "Survival would be unlikely.")) == FATWA_NEWS


@pytest.mark.parametrize(("text", "alone"), [
    (FATWA_NEWS, True),
    ("Football teams rehearse two-minute drills, Jeopardy contestants try to beat their rivals to the buzzer.", True),
    ("Eating healthy on the road has long been a struggle for holiday travelers.", True),
    ("Even President Barack Obama has seen the footage of Baltimore Ravens running back Ray Rice.", False),
    ("Two notable exceptions were Egypt and Russia, where social-networking use rose from 33% to 43%.", False),
    ("Men and women in same-sex unions were already allowed to serve as priests in the Church of England.", False),
    ("But the scientists' proposal states that the project should be funded.", False),
    ("The Brain Activity Map initiative has taken up that question.", False),
    ("It's an electronic dreamscape of textured synths, but it's more than that too.", False),
    ("Police found a second car as well.", False),
    ("Rabbani was also the Chairman of President Hamid Karzai's High Council for Peace.", False),
    ('Many can tell you what happened that February night: "I was two inches from the screen, screaming."', False),
    # a colon before a list, no quotation: stands alone
    ("The GAIAE named three risks: radiation, isolation and a trip with no return.", True),
])
def test_tells_news_alone(text: str, alone: bool) -> None:
    assert tells_news_alone(text) is alone
