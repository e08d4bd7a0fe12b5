"""Session 22 (mentions2-s22): datelines and the brief's Mentioned lists, from QA rounds 61 and 62."""

from summarizer import extract_claims
from summarizer.cleanup import dateline_length, without_dateline
from summarizer.mentions import find_mentions

# --- rule `opener_before_prose_after_a_glued_place` (cleanup.py), widened -------------------------


def test_rule_opener_before_prose_after_a_glued_place_takes_prepositions_and_adverbs() -> None:
    # QA round 61, 962 and QA round 62, 377: the summary and the bottom line kept the place
    assert without_dateline("Rome With only two full days left of the papacy, more details emerged.").startswith(
        "With only")
    assert without_dateline("Washington Just a few minutes after 7 a.m. on Saturday, Romney took a step.").startswith(
        "Just a few")
    assert dateline_length("Beijing During the night the police cleared the square.") == len("Beijing ")


def test_rule_opener_before_prose_after_a_glued_place_widened_near_variants_stay() -> None:
    # a name's word after the place, a first name before the opener, not the first sentence,
    # and a quotation mark before the word
    for text in ("Washington Post reporters said the story was true.", "Rome Statute signatories are bound by it.",
                 "Paris Match published the photos on Friday.", "Jordan With the ball at his feet, he ran.",
                 'London "With Love" tour dates were announced on Friday.'):
        assert dateline_length(text) == 0, text
    assert dateline_length("Rome With only two days left, more details emerged.", opens_body=False) == 0


# --- rule `glued_dateline_is_no_source` (claims/grammar.py trim_source) ----------------------------


def test_rule_glued_dateline_is_no_source() -> None:
    # QA round 62, 812: the participle's speaker was "Mexico City Mexico's president"
    text = ("Calderon pledges to fight\n\nMexico City Mexico's president defended his drug war strategy Sunday, "
            "pledging to continue his fight against organized crime.")
    speakers = [c.speaker_span.text if c.speaker_span else None for c in extract_claims(text)]
    assert "Mexico's president" in speakers and not any(s and "Mexico City" in s for s in speakers)


def test_rule_glued_dateline_is_no_source_near_variant_stays() -> None:
    # the same sentence later in the body has no dateline: its subject stays whole
    text = ("Calderon pledges to fight\n\nThe speech came on Sunday.\n\nMexico City Council members defended "
            "the strategy Sunday, pledging to continue the fight against organized crime.")
    speakers = [c.speaker_span.text if c.speaker_span else None for c in extract_claims(text)]
    assert "Mexico City Council members" in speakers


# --- the Mentioned list (summarizer.mentions) ------------------------------------------------------


def mentioned(*sentences: str, speakers: tuple[str, ...] = (), bodies: tuple[str, ...] = ()
              ) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, speakers, bodies)}


# rule `quoted_street_is_a_title` (QA 62, 569 "Sesame Street")


def test_quoted_street_is_a_title() -> None:
    found = mentioned('The list names characters from TV\'s "Sesame Street" and the "Peanuts" comic strip.')
    assert found["Sesame Street"][0] == "other"


def test_quoted_street_near_variants_stay() -> None:
    found = mentioned("The parade went down Sesame Street on Monday.")
    assert found["Sesame Street"][0] == "place"
    found = mentioned('The parade went down "Sesame Street" on Monday, and Sesame Street was closed.')
    assert found["Sesame Street"][0] == "place"


# rule `piece_of_a_name_over_of_is_no_name`, with an owner's possessive (QA 62, 901 "Union (2)")


def test_piece_of_a_show_over_of_after_an_owner_is_no_name() -> None:
    found = mentioned('"It is a very serious fear," Sen. Angus King told CNN\'s State of the Union on Sunday.')
    assert "Union" not in found


def test_piece_over_of_after_an_owner_near_variant_stays() -> None:
    # a title after the owner: "Britain's Secretary of State" leaves "State" no name either way, and a
    # body of its own after "of" ("the Secretary of the Navy": the Navy) stays
    found = mentioned("Obama's Secretary of the Navy, Ray Mabus, said the Navy was ready.")
    assert "Navy" in found


# first_names.txt: "cormac" (QA 61, 962)


def test_listed_first_names_make_people_and_cut_the_title() -> None:
    found = mentioned("The former Archbishop of Westminster, Cardinal Cormac Murphy-O'Connor, described it as sad.")
    assert found["Cormac Murphy-O'Connor"][0] == "person" and "Cardinal Cormac Murphy-O'Connor" not in found


def test_word_as_a_first_name_stays_unlisted() -> None:
    # "Wolf" is a word too: no first name, so no person without a cue
    found = mentioned("Wolf Blitzer's interview with Obama will air Monday.")
    assert found.get("Wolf Blitzer", ("other", 0))[0] == "other"


# rule `adjective_of_a_people_is_no_name` (QA 61, 962 "Roman Catholic (2)")


def test_adjective_of_a_people_is_no_name() -> None:
    found = mentioned("Benedict shocked the Roman Catholic world.", "The Roman Catholic cardinals will vote.",
                      "One of Britain's most senior Roman Catholics spoke.", "The Roman Catholic Church needs reform.")
    assert "Roman Catholic" not in found and "Roman Catholic Church" in found


def test_adjective_of_a_people_near_variants_stay() -> None:
    # no plural for its people; or once standing alone
    found = mentioned("Benedict shocked the Grand Canyon visitors.", "The Grand Canyon rangers will vote.")
    assert "Grand Canyon" in found
    found = mentioned("He is a Roman Catholic.", "The Roman Catholic cardinals will vote.",
                      "Senior Roman Catholics spoke.")
    assert "Roman Catholic" in found


# rule `acronym_of_a_body_named_in_full_folds` (QA 62, 569 "USPS (5)", "U.S. Postal Service (2)")


def test_acronym_of_a_body_named_in_full_folds() -> None:
    found = mentioned("The document is from the U.S. Postal Service's committee.", "A USPS spokesman told CNN.",
                      "In November, the USPS released 20 stamps.")
    assert found["U.S. Postal Service"] == ("organisation", 3) and "USPS" not in found


def test_acronym_spelling_two_bodies_stays() -> None:
    found = mentioned("The National Rifle Association met.", "The National Restaurant Association met too.",
                      "The NRA said it would meet again.", "An NRA spokesman told CNN.")
    assert found["National Rifle Association"][1] == 1 and found["National Restaurant Association"][1] == 1


# rule `quoted_label_takes_no_short_form` (QA 61, 512 "Winter World Cup (5)")


def test_quoted_label_takes_no_short_form() -> None:
    found = mentioned("Organizers of the 2022 World Cup in Qatar have responded.", "Qatar will stage the World Cup.",
                      'There have been widespread calls for a "Winter World Cup" and FIFA says it is consulting.')
    assert found["World Cup"][1] == 2 and found.get("Winter World Cup", ("other", 1))[1] == 1


def test_quoted_label_near_variant_folds_as_before() -> None:
    # written plainly, the longer name is the full form (rule `other_name_ending_folds_into_the_longer`)
    found = mentioned("She bought St. Ives Apricot Scrub on Monday.", "Apricot Scrub is sold everywhere.")
    assert found["St. Ives Apricot Scrub"][1] == 2 and "Apricot Scrub" not in found


# rule `letter_compound_ends_no_name` (QA 62, 538 "REO Speedwagon T-shirts (3)")


def test_letter_compound_ends_no_name() -> None:
    found = mentioned("A proposal could require all Californians to wear REO Speedwagon T-shirts on Wednesdays.",
                      "I bet REO Speedwagon would play the party.")
    assert found["REO Speedwagon"][1] == 2 and "REO Speedwagon T-shirts" not in found


def test_letter_compound_near_variant_stays() -> None:
    # a hyphened name word is no letter compound ("Jean-Paul")
    found = mentioned("The priest Pierre Jean-Paul spoke on Monday.", "Pierre Jean-Paul said he was sad.")
    assert "Pierre Jean-Paul" in found


# rule `body_over_a_plural_possessive_is_one_name` (QA 62, 515 "Court (1)", "Westminster Magistrates (1)")


def test_body_over_a_plural_possessive_is_one_name() -> None:
    found = mentioned("Terry was cleared of abusing Anton Ferdinand at Westminster Magistrates' Court.")
    assert found["Westminster Magistrates' Court"][0] == "organisation"
    assert "Court" not in found and "Westminster Magistrates" not in found


def test_body_over_a_plural_possessive_near_variant_stays() -> None:
    # the body is also written after another owner: the two stay as they were
    found = mentioned("The case was heard at Westminster Magistrates' Court on Monday.",
                      "The Smiths' Court was sold.")
    assert "Westminster Magistrates' Court" not in found


# rule `the_royal_title_alone_is_the_one_royal` (CNN-Corpus dev 35: "Prince Charles (4)", "Prince (1)")


def test_the_royal_title_alone_is_the_one_royal() -> None:
    found = mentioned("Prince Charles, a keen environmentalist, hosted a meeting in London.",
                      '"It need not be a struggle," the Prince said.')
    assert found["Prince Charles"] == ("person", 2) and "Prince" not in found


def test_the_royal_title_alone_near_variants_stay() -> None:
    # two princes named: which one, the list cannot tell
    found = mentioned("Prince William and Prince Harry hosted a meeting in London.", '"We agree," the Prince said.')
    assert found["Prince William"][1] == 1 and found["Prince Harry"][1] == 1
    # another royal title: "the Prince" is not "Princess Anne"
    found = mentioned("Princess Anne hosted a meeting in London.", '"We agree," the Prince said.')
    assert found["Princess Anne"][1] == 1
