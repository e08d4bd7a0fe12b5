"""Speakers a reader would name but the tagger left unresolved (review of
the unresolved claims, s29): each fixed by a named rule, with a sentence of
its kind and a near variant that must stay as it is. The sentences are
written in the manner of the articles; none is read from the shared data
sets."""

from __future__ import annotations

from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from tests.claim_helpers import sources_and_kinds, speakers_and_kinds

FDA_LEAD = ("WASHINGTON (CNN) -- The FDA announced new rules on antibiotics in farm animals on Monday.\n\n"
            "Companies have 90 days to let the FDA know if they intend to take part. ")
LEAD = "WASHINGTON (CNN) -- The Food and Drug Administration announced the new rules on Monday.\n\n"


# Rule `association_is_a_group` (speakers.py, with `generic_body_is_the_body_that_spoke_last`): an
# institute, an association, a foundation that spoke just before is "the group", "the organization"
def test_rule_association_is_a_group() -> None:
    text = FDA_LEAD + ("In a statement, the Animal Health Institute said it supports the policy and will "
                       "work with the FDA. \"We are in favor of the change,\" the organization said.")
    assert speakers_and_kinds(text)[-1] == ("Animal Health Institute", "organisation")
    text = FDA_LEAD + ("The American Beverage Association said it supports the policy and will work with "
                       "the FDA. \"We are in favor of the change,\" the group said.")
    assert speakers_and_kinds(text)[-1] == ("American Beverage Association", "organisation")


def test_rule_association_is_a_group_near_variants_stay() -> None:
    # a company that spoke is not "the group"
    text = FDA_LEAD + ("Tyson Foods Inc. said it supports the policy and will work with the FDA. "
                       "\"We are in favor of the change,\" the group said.")
    assert sources_and_kinds(text)[-1] == ("the group", "unresolved")
    # a party is no group: "the group" is some other body
    text = LEAD + ("The Labour Party also said it welcomed the move. "
                   "\"We strongly support the careful use of antibiotics,\" the group said.")
    assert sources_and_kinds(text)[-1] == ("the group", "unresolved")
    # a company is "the company", not "the group"
    text = LEAD + ("Tyson Foods Inc. also said it welcomed the move. "
                   "\"We strongly support the careful use of antibiotics,\" the group said.")
    assert sources_and_kinds(text)[-1] == ("the group", "unresolved")


# Rule `two_bodies_spoke_in_one_sentence` (speakers.py): two bodies that may both be "the group"
# spoke in the sentence before: the text does not say which one goes on
def test_rule_two_bodies_spoke_in_one_sentence() -> None:
    text = LEAD + ("Amnesty International said it backs the rules, and Human Rights Watch said it "
                   "opposes them. \"We are in favor of the change,\" the group said.")
    assert sources_and_kinds(text)[-1] == ("the group", "unresolved")
    text = LEAD + ("The Animal Health Institute said it backs the rules, and the Grocery Manufacturers "
                   "Association said it opposes them. \"We are in favor of the change,\" the group said.")
    assert sources_and_kinds(text)[-1] == ("the group", "unresolved")


def test_rule_two_bodies_spoke_in_one_sentence_near_variants_stay() -> None:
    # one body alone spoke before: it goes on
    text = LEAD + ("Human Rights Watch said it opposes the rules. "
                   "\"We are against the change,\" the group said.")
    assert speakers_and_kinds(text)[-1] == ("Human Rights Watch", "organisation")
    # the other body that spoke cannot be called so ("The BBC ... Frost's family ... The family")
    text = ("LONDON (CNN) -- Veteran broadcaster David Frost has died.\n\n"
            "The BBC published a statement from the Frost family asking for privacy. "
            "The family said Frost suffered a heart attack on a cruise ship.")
    assert speakers_and_kinds(text)[-1][1] == "organisation"
    assert "Frost" in (speakers_and_kinds(text)[-1][0] or "")


# Rule `agency_by_its_initials` (speakers.py, claim_grammar.txt agency_initials): a body a reader
# knows as an agency by its initials ("FAA", "FBI", "UNICEF") is "the agency" when it is the one
# such body in view and the article wrote "agency" for no other name
def test_rule_agency_by_its_initials() -> None:
    text = ("CHICAGO (CNN) -- Long lines of stranded passengers clogged Chicago airports all weekend.\n\n"
            "At least 300 flights had been canceled at O'Hare. "
            "The FAA hopes to have the center repaired by October 13, the agency said Sunday.")
    assert speakers_and_kinds(text)[-1] == ("FAA", "organisation")
    text = ("LOS ANGELES (CNN) -- A teacher accused of filming students is on the run.\n\n"
            "The FBI issued a wanted poster with several photos of the suspect. "
            "The agency described him as a computer expert.")
    assert speakers_and_kinds(text)[-1] == ("FBI", "organisation")


def test_rule_agency_by_its_initials_near_variants_stay() -> None:
    # the article wrote "agency" for another body in view: that body may be the one meant
    text = ("KIEV (CNN) -- Investigators reached the crash site on Friday.\n\n"
            "The FBI has offered to help with the inquiry. "
            "According to Interpol, the international police agency, victims are rarely identified by sight. "
            "The agency said on Saturday that it will send a team to the site.")
    assert speakers_and_kinds(text)[-1][0] != "FBI"
    # two agencies in view: the text does not say which one
    text = ("CHICAGO (CNN) -- Long lines of stranded passengers clogged Chicago airports all weekend.\n\n"
            "At least 300 flights had been canceled at O'Hare. "
            "The FAA and the TSA hope to have the center repaired by October 13, the agency said Sunday.")
    assert sources_and_kinds(text)[-1] == ("the agency", "unresolved")


# Rule `age_after_the_opener_makes_it_a_name` (names.py): a surname ending like a participle
# ("Sayeed", "Ahmed") opening a sentence before an age between commas is a name (CNN-Corpus dev
# 926 s19), so the person is named there for the next "she"
def _names(sentence: str) -> list[str]:
    return [n.text for n in find_names(tokenize(sentence, 0, len(sentence)))]


def test_rule_age_after_the_opener_makes_it_a_name() -> None:
    assert "Sayeed" in _names("Sayeed, 28, was born and raised in Kabul.")
    assert "Ahmed" in _names("Ahmed, 34, said he was afraid to go home.")


def test_rule_age_after_the_opener_makes_it_a_name_near_variants_stay() -> None:
    # an opening participle before its comma is still no name
    assert _names("Reached, the producers said the show would go on.") == []
    assert _names("Asked, 12 of the 20 delegates said no.") == []
    # two women named: which one "she" is, the text does not say
    text = ("KABUL, Afghanistan (CNN) -- The show drew millions of viewers.\n\n"
            "Aryana Sayeed, a judge on the show, said she turned her chair around. "
            "Shabana Faryad, 21, was the only woman to audition. "
            "\"All I have seen is war,\" she says.")
    assert sources_and_kinds(text)[-1] == ("she", "unresolved")


# Rule `place_is_no_group` (speakers.py): a country or a city named since the body spoke is no
# group that could have spoken, so "the group" is still the body that spoke just before
MALI_LEAD = "BAMAKO, Mali (CNN) -- Fighting in the north has driven thousands from their homes.\n\n"


def test_rule_place_is_no_group() -> None:
    text = MALI_LEAD + ("Meanwhile, the Norwegian Refugee Council warned that the crisis is worsening. "
                        "Because Algeria has closed its borders, people in the north are heading to the desert, "
                        "the group said.")
    assert speakers_and_kinds(text)[-1] == ("Norwegian Refugee Council", "organisation")


def test_rule_place_is_no_group_near_variants_stay() -> None:
    # a body that is no place, named since, may be the group meant
    text = MALI_LEAD + ("Meanwhile, the Norwegian Refugee Council warned that the crisis is worsening. "
                        "Because the World Food Programme has closed its depots, people in the north are heading to "
                        "the desert, "
                        "the group said.")
    assert sources_and_kinds(text)[-1] == ("the group", "unresolved")


# Rule `administration_is_an_agency` (speakers.py, claim_grammar.txt agency_kinds_of_bodies): an
# administration or a bureau of three words or more is "the agency"
def test_rule_administration_is_an_agency() -> None:
    text = ("WASHINGTON (CNN) -- Farm use of antibiotics is feeding resistant bacteria, according to "
            "the Food and Drug Administration.\n\n"
            "On Wednesday, the government agency announced a plan to phase out some of the drugs.")
    assert speakers_and_kinds(text)[-1] == ("Food and Drug Administration", "organisation")


def test_rule_administration_is_an_agency_near_variants_stay() -> None:
    # a president's administration is no agency
    text = ("WASHINGTON (CNN) -- Farm use of antibiotics is feeding resistant bacteria, according to "
            "the Bush Administration.\n\n"
            "On Wednesday, the government agency announced a plan to phase out some of the drugs.")
    assert sources_and_kinds(text)[-1] == ("the government agency", "unresolved")
