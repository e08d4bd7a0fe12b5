"""Claims of reader test qa71a-s27 (CNN-Corpus dev rows the project was never
judged on): each finding fixed by a named rule, with a sentence of its kind and
a near variant that must stay as it is. The sentences are written in the
manner of the articles; none is read from the shared data sets."""

from __future__ import annotations

from tests.claim_helpers import sources, speakers

from .claim_helpers import as_shown


# Rule `time_allowed_to_speak_is_a_deadline` (junk.py; CNN dev 694 s51: "Presiding Judge ... has 90
# days to write his arguments behind the jury's ruling" gave the judge a claim "write")
def test_rule_time_allowed_to_speak_is_a_deadline() -> None:
    assert as_shown("The presiding judge has 90 days to write his arguments behind the ruling.") == []
    assert as_shown("The governor has only 10 days to announce whether he will sign the bill.") == []
    assert as_shown("The court gave him 30 days to explain why he missed the hearing.") == []
    assert as_shown("The agency had another two weeks to confirm that the plant was safe.") == []


def test_rule_time_allowed_to_speak_near_variants_stay() -> None:
    # the time was spent and the words were said
    assert as_shown("He waited 90 days to announce that he would run.") == [
        ("He", "waited 90 days to announce", "he would run")]
    # no span of time before "to"
    assert as_shown("He has yet to say whether he will run.") == [("He", "has yet to say", "whether he will run")]


# Rule `infinitive_cue_shows_its_verbs` with a number in digits (extract.py INFINITIVE_LEAD; CNN
# dev 694 s51: "has 90 days to write" was shown "write", "has ninety days to ..." with its lead)
def test_rule_infinitive_cue_shows_a_lead_with_digits() -> None:
    assert as_shown("Smith waited 10 days to announce that he would run.") == [
        ("Smith", "waited 10 days to announce", "he would run")]
    assert as_shown("Smith waited ten days to announce that he would run.") == [
        ("Smith", "waited ten days to announce", "he would run")]


# Rule `named_possessors_role_before_a_comma` (names.py; CNN dev 694 s25-s26: "Sollecito's lawyer,
# Luca Maori, said ...", then "..., the lawyer said" stayed unresolved)
def test_rule_named_possessors_role_before_a_comma() -> None:
    text = ("Sollecito's lawyer, Luca Maori, said his client was in Udine. They were driving to Treviso "
            "because of the snow, the lawyer said.")
    assert speakers(text) == ["Luca Maori", "Luca Maori"]


def test_rule_named_possessors_role_near_variants_stay() -> None:
    # no apposition: Maori is the subject after the fronted phrase, not Sollecito's lawyer
    text = ("After meeting Sollecito's lawyer, Luca Maori said his client was in Udine. They were driving to "
            "Treviso because of the snow, the lawyer said.")
    assert speakers(text) == ["Luca Maori", "the lawyer"]
    # another person named with the same job: which of them "the lawyer" is, the text does not say
    text = ("Her attorney, Ted Simon, told CNN that he had been in touch with her. Sollecito's lawyer, Luca "
            "Maori, said his client was in Udine. They were driving to Treviso, the lawyer said.")
    assert speakers(text) == ["Ted Simon", "Luca Maori", "the lawyer"]


# Rule `name_after_a_named_possessors_role` (rules.py, with `name_after_an_inverted_description`;
# '"...," said Sollecito's lawyer, Luca Maori.' showed "Sollecito's lawyer" as an unnamed source)
def test_rule_name_after_a_named_possessors_role() -> None:
    assert speakers('"He is innocent," said Sollecito\'s lawyer, Luca Maori.') == ["Luca Maori"]
    assert speakers('"We trust in God," said Naftali\'s mother, Rachel Frankel.') == ["Rachel Frankel"]


def test_rule_name_after_a_named_possessors_role_near_variants_stay() -> None:
    # no name after the comma, or one word that may be a place: the description stays
    assert speakers('"He is innocent," said Sollecito\'s lawyer, in a statement.') == ["Sollecito's lawyer"]
    assert speakers('"He is innocent," said Sollecito\'s lawyer, Dallas.') == ["Sollecito's lawyer"]


# Rule `time_inside_the_inverted_source_ends_it` (rules.py, with
# `time_or_medium_leaves_the_inverted_source`; CNN dev 447 s3: "said a statement Tuesday night from
# his representative" showed the speaker "a statement Tuesday night")
def test_rule_time_inside_the_inverted_source_ends_it() -> None:
    assert sources('"He has elected to enter a rehab facility," said a statement Tuesday night from his '
                   'representative.') == ["a statement"]
    assert sources('"We are proud," said the agency Tuesday night from Washington.') == ["the agency"]


def test_rule_time_inside_the_inverted_source_near_variants_stay() -> None:
    # a name's "Day" is no time
    assert sources('"We are proud," said Kristen Day of the agency.') == ["Kristen Day"]
    # no time: the source is as before
    assert sources('"He has elected to enter a rehab facility," said a statement from his '
                   'representative.') == ["a statement"]
