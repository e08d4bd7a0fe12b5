"""Session 24 brief and summary rules (QA rounds 64 and 65, the german.stackexchange page): bottom
lines that tell the news and points that stand alone. Each rule has a sentence of the kind fixed
and a near variant that must stay as it is. The sentences are written after one read of a news
article; none is copied whole from the data sets."""

from __future__ import annotations

import pytest

from summarizer.brief import _lead_first, adds_to_what_was_told, opens_on_earlier_events
from summarizer.document import parse_document
from summarizer.summarizers.standalone import (
    is_parenthesised_aside,
    is_verbless_fragment,
    leans_on_the_sentence_before,
    opens_by_pointing_back,
    opens_on_a_pronoun_after_a_depictive,
    sentence_units,
    verbless_fragments,
)


def _opening(text: str, order: list[int], unfit: frozenset[int] = frozenset()) -> int:
    document = parse_document(text)
    return _lead_first(document, sentence_units(document), order, unfit=unfit)[0]


# --- rule quotation_is_no_rival_of_the_lead ---------------------------------------------------------------

TRIBE = ("Ana Ruiz and her partner, Mia Cole, marked their 20th anniversary by getting married.\n\n"
         "The two met in the Army, and last week they became the first couple married by a tribe in the state.\n\n"
         "Earlier this month, the tribal council voted to recognize same-sex unions.\n\n"
         "Cole is a citizen of the tribe, a federally recognized nation.\n\n"
         '"We did not want to leave the state to get married."\n\n'
         "The state, however, says it will not recognize the marriage.")


def test_rule_quotation_is_no_rival_of_the_lead() -> None:
    # QA round 64, CNN-Corpus dev 424: a quotation that can be no point outranked the lead, and the
    # note opened on the background "Earlier this month, the tribal council voted ..."
    assert _opening(TRIBE, [1, 4, 2, 3, 0, 5], unfit=frozenset({4})) == 0
    # near variants: a sentence of the writer's that can be no point (shabka.org: one the page
    # restates) keeps its place, and the best sentence that can open does
    assert _opening(TRIBE, [1, 5, 2, 3, 0, 4], unfit=frozenset({5})) == 2
    # ... and so does the quotation when it is not among the sentences that can be no point
    assert _opening(TRIBE, [1, 4, 2, 3, 0, 5]) == 2


# --- rule addition_is_no_bottom_line --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "addition"), [
    # QA round 64, CNN-Corpus dev 555: the note opened on a side offer
    ("The hotel will also help couples who hope to unplug on their wedding day.", True),
    ("Police also found two rifles in the car.", True),
    # near variants: "also" in a relative clause, after a comma, in "not only ... but also"; none
    ("The court swore in Raquel Ortiz, who also happens to be a poet.", False),
    ("Yes, if you want to go further, you may also take a vitamin.", False),
    ("The storm not only closed roads but also cut power to 5,000 homes.", False),
    ("The hotel will help couples who hope to unplug on their wedding day.", False),
])
def test_rule_addition_is_no_bottom_line(text: str, addition: bool) -> None:
    assert adds_to_what_was_told(text) is addition


HOTEL = ("Sure, the wedding was lovely.\n\n"
         "For $3,000, couples can hire a social media concierge at the city's hotels.\n\n"
         "The W hotel will also help couples who hope to unplug on their wedding day.\n\n"
         "The idea was widely mocked on Twitter.\n\n"
         "Guests now post from the altar.")


def test_an_addition_opens_no_note() -> None:
    # CNN-Corpus dev 555: "The W hotel will also help ..." opened the note
    assert _opening(HOTEL, [2, 3, 1, 4, 0]) == 1
    # near variant: the same sentence without "also" opens
    assert _opening(HOTEL.replace("will also help", "will help"), [2, 3, 1, 4, 0]) == 2
    # the lead itself keeps its "also" (a lead is read first: nothing before it to add to)
    lead = "The court swore in its first Navajo justice, who will also sit on the ethics board.\n\nShe is 51."
    assert _opening(lead, [0, 1]) == 0


# --- rule pronoun_after_a_depictive_points_back -------------------------------------------------------


@pytest.mark.parametrize(("text", "leans"), [
    # QA round 65, CNN-Corpus dev 960: the summary's last pick said nothing of who hoped
    ("Desperate for help from the outside world, they hoped the jets were a sign of rescue.", True),
    ("Unable to reach the border, she turned back to the camp.", True),
    # near variants: a function word opens a clause that may hold the antecedent; a name in the
    # opening phrase; a noun subject
    ("When the police arrived, they found the door open.", False),
    ("Speaking to Obama, he said the talks would go on.", False),
    ("Desperate for help, villagers hoped the jets were a sign of rescue.", False),
])
def test_rule_pronoun_after_a_depictive_points_back(text: str, leans: bool) -> None:
    assert opens_on_a_pronoun_after_a_depictive(text) is leans
    assert leans_on_the_sentence_before(text) is leans


# --- back_pointing_opener: "Other", "Others" ----------------------------------------------------------


@pytest.mark.parametrize(("text", "points_back"), [
    # QA round 65, CNN-Corpus dev 783: "Other analysts actually credit President Hu for the move on
    # Ling." and "Others say Hu's camp ... will dominate" were picks without the analysts before them
    ("Other analysts credit the president for the move.", True),
    ("Others say the youth league faction will dominate.", True),
    # near variants: "Another" is already listed only as "another is/was"; "Otherwise" is listed
    ("Analysts credit the president for the move.", False),
    ("Otherwise, the council will vote on Friday.", True),
])
def test_other_opens_by_pointing_back(text: str, points_back: bool) -> None:
    assert opens_by_pointing_back(text) is points_back


# --- rules parenthesised_aside_leans_on_its_sentence and glossed_example_is_no_fragment --------------


@pytest.mark.parametrize(("text", "aside"), [
    # the german.stackexchange page: a gloss set as its own sentence
    ("(I am being robbed)", True),
    ("(And if your grandmother is on Twitter, more power to her.)", True),
    # near variants: a sentence that goes on after its parentheses, or holds them inside
    ("(CNN) -- Police said the bridge would reopen.", False),
    ("The bill (which passed on Monday) takes effect in May.", False),
])
def test_rule_parenthesised_aside_leans_on_its_sentence(text: str, aside: bool) -> None:
    assert is_parenthesised_aside(text) is aside
    assert leans_on_the_sentence_before(text) is aside


def test_rule_glossed_example_is_no_fragment() -> None:
    # the german.stackexchange page: the example "Ich werde ausgeraubt." was dropped as a verbless
    # fragment; its gloss follows it in the paragraph
    glossed = parse_document("The passive uses werden.\n\nIch werde ausgeraubt.\n(I am being robbed)\n\nThat is all.")
    assert not verbless_fragments(glossed)
    units = sentence_units(glossed)
    assert units[2] == (1, 2)
    # near variant: the same fragment without a gloss after it stays a fragment
    bare = parse_document("The passive uses werden.\n\nIch werde ausgeraubt. Same thing.\n\nThat is all.")
    assert verbless_fragments(bare) == frozenset({1, 2})


# --- review s23's low ones: `earlier_is_no_rival_of_the_lead`, `verbless_fragment_is_no_point` --------


@pytest.mark.parametrize(("text", "earlier"), [
    ("Earlier Tuesday, troops fired on the marchers.", True),
    ("Earlier this month, the council voted to recognize the unions.", True),
    # review s23: "Earlier" and "Previously" that are no adverb of time open no background
    ("Earlier reports had put the toll at 12.", False),
    ("Previously unreleased documents show the plan was known.", False),
])
def test_earlier_only_as_an_adverb_of_time(text: str, earlier: bool) -> None:
    assert opens_on_earlier_events(text) is earlier


@pytest.mark.parametrize(("text", "fragment"), [
    # review s23: a plural subject and its verb in the present tells the news
    ("Markets slump.", False),
    ("Prices soar.", False),
    # near variants: fragments stay fragments
    ("Same thing.", True),
    ("Its legacy.", True),
    ("Bus crash.", True),
])
def test_plural_subject_and_its_verb_is_no_fragment(text: str, fragment: bool) -> None:
    assert is_verbless_fragment(text) is fragment
