"""Session 14: notes that read well on their own. Each rule has a case of its kind and a near
variant that stays as it was; sentences are invented after the kinds read by the web tester in
session 13 (a numbered tips list, an essay on the energy AI uses)."""

from __future__ import annotations

from summarizer.brief import make_brief, opens_with_list_heading, turns_by_words
from summarizer.document import parse_document
from summarizer.reading import Article
from summarizer.summarizers.standalone import is_bare_pronoun_object, sentence_units

# --- rule `dash_ends_a_list_heading` (`list_heading_is_no_point`) --------------------------------------------------

TIPS = (
    "Five ways to tidy your social media\n\n"
    "Spring is a good time for small firms to tidy their social media pages.\n\n"
    "A tidy page tells customers that the business is active and cares about them.\n\n"
    "4. Update your pictures \u2013 Replace the cover image with one from this season.\n\n"
    "5. Secure your accounts \u2013 Change the password of every social media page.\n\n"
    "Most firms can do all five in a single afternoon."
)


def test_rule_dash_ends_a_list_heading() -> None:
    assert opens_with_list_heading("5. Secure your accounts \u2013 Change password for your social media pages.")
    assert opens_with_list_heading("2. Check your bio - Keep it short and say what you do.")
    assert opens_with_list_heading("b) Costs \u2014 The plan would cost $4 million a year.")
    note = make_brief([Article(TIPS, "tips.txt")])
    shown = [p.text for p in (note.bottom_line, *note.key_points) if p]
    assert shown and not any(text[:1].isdigit() for text in shown)


def test_rule_dash_ends_a_list_heading_near_variant_stays() -> None:
    # no list number; a hyphen inside a word; a number that opens a sentence; a dash past the heading's words
    assert not opens_with_list_heading("Secure your accounts \u2013 Change password for your social media pages.")
    assert not opens_with_list_heading("3. Check-in times are later this summer for every guest of the hotel.")
    assert not opens_with_list_heading("10 people died in the crash \u2013 police said the driver fled.")
    assert not opens_with_list_heading("2. The mayor of the big city lost his seat on Tuesday \u2013 again.")


# --- rule `bare_pronoun_object_points_back` ------------------------------------------------------------------------

ENERGY = (
    "AI uses more power\n\n"
    "The computing power used to train the largest AI models grew many times over in six years.\n\n"
    "Training one large language model can use as much electricity as a small town in a year.\n\n"
    "Some AI researchers are thinking about it.\n\n"
    "They publish the energy their programs use alongside their results.\n\n"
    "A new website lets researchers estimate the carbon their programs emit."
)


def test_rule_bare_pronoun_object_points_back() -> None:
    assert is_bare_pronoun_object("Some AI researchers are thinking about it.")
    assert is_bare_pronoun_object("Voters rejected them.")
    assert is_bare_pronoun_object("\u201cNobody expected that.")
    units = sentence_units(parse_document(ENERGY))
    assert units[2] == (1, 2)
    note = make_brief([Article(ENERGY, "energy.txt")], points=4)
    assert "Some AI researchers are thinking about it." not in [p.text for p in note.key_points]


def test_rule_bare_pronoun_object_points_back_near_variant_stays() -> None:
    # the sentence goes on past the pronoun, holds its antecedent, is long, or ends on a subject "it"
    assert not is_bare_pronoun_object("Some AI researchers are thinking about it as a tool.")
    assert not is_bare_pronoun_object("The company sold the factory and closed it.")
    assert not is_bare_pronoun_object("Researchers at three universities in Canada say they are working on it.")
    assert not is_bare_pronoun_object("It is what it is now.")
    assert not is_bare_pronoun_object("Police arrested him.")
    assert not is_bare_pronoun_object("Did anyone see it?")


# --- rule `points_follow_the_words` --------------------------------------------------------------------------------


def test_rule_points_follow_the_words() -> None:
    # a source of nine times the words comes three times as often after each source's first turn
    turns = turns_by_words([0, 1, 2], [4, 4, 4], [900, 900, 100])
    assert turns[:3] == [(0, 0), (0, 1), (0, 2)]
    assert turns[3:7] == [(1, 0), (1, 1), (2, 0), (2, 1)]
    assert turns.index((1, 2)) > turns.index((3, 1))


def test_rule_points_follow_the_words_near_variant_stays() -> None:
    # two sources take turns rank by rank, whatever their words; so do three of the same length
    assert turns_by_words([0, 1], [3, 3], [900, 100]) == [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)]
    assert turns_by_words([2, 0, 1], [2, 2, 2], [500, 500, 500]) == [(0, 2), (0, 0), (0, 1), (1, 2), (1, 0), (1, 1)]


HARBOUR = (
    "Harbour to close for repairs\n\n"
    "The city harbour will close for three months from June while engineers rebuild its sea wall.\n\n"
    "Fishing boats will move to the old quay at Northpoint during the work.\n\n"
    "Ferry services to the islands will leave from a temporary pier near the station.\n\n"
    "Traders at the fish market fear they will lose most of their summer trade.\n\n"
    "The council has promised grants of up to 5,000 pounds for each market stall.\n\n"
    "Engineers found cracks in the sea wall after the winter storms in February.\n\n"
    "Divers inspected the foundations and reported that two sections could collapse.\n\n"
    "The repairs are expected to cost 12 million pounds, paid by the regional government.\n\n"
    "Cruise ships booked for July will anchor offshore and bring passengers in by tender.\n\n"
    "A public meeting on the closure is planned for next Thursday at the town hall."
)
RAILWAY = (
    "New railway line opens\n\n"
    "A new railway line between the port and the airport opened on Monday after six years of building.\n\n"
    "Trains will run every ten minutes from five in the morning until midnight.\n\n"
    "A single ticket costs four pounds, and children under twelve travel free.\n\n"
    "The line has five stations, two of them under the old town centre.\n\n"
    "Builders dug a tunnel of three kilometres beneath the river to reach the airport.\n\n"
    "The project ran two years late and cost twice the first estimate.\n\n"
    "Shop owners near the new stations say more customers already come by.\n\n"
    "Buses that served the airport road will be cut back from September.\n\n"
    "Cyclists may take bicycles on board outside the morning and evening rush hours.\n\n"
    "A second line, to the university, is planned to open in four years."
)


def test_rule_points_follow_the_words_in_a_note() -> None:
    short = Article("Masks stolen\n\nA total of 6,000 surgical masks were stolen from a hospital in Kobe.\n\n"
                    "Four of the twelve boxes of masks were gone.\n\nA hospital worker told the police on Monday.",
                    "masks.txt")
    note = make_brief([short, Article(HARBOUR, "harbour.txt"), Article(RAILWAY, "railway.txt")])
    points = [p for p in (note.bottom_line, *note.key_points) if p]
    counts = [sum(1 for p in points if p.sources == (source,)) for source in (1, 2, 3)]
    # taking turns rank by rank, the short story gave three of the seven (its every sentence)
    assert len(points) == 7 and counts[0] <= 2 and counts[0] <= min(counts[1:])
