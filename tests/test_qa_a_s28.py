"""Session 28, reader round qa_a (three held-out CNN articles: a park in Abu Dhabi, a celebrity's death,
a month of bombings in Iraq). A writer's verdict after a phrase content is no part of the claim; lives
claimed and solutions found are no claims; "Sometimes it seems" has no source; a long name ending in
a place word that is also a surname is a place; a "he" closing a quotation after a person shown by a
gesture is that person. Each rule has a sentence of its kind and a near variant that must stay as it
was; the sentences are written after one read of the articles, none is copied whole."""

from __future__ import annotations

from summarizer.claims import Claim, extract_claims


def _one(text: str) -> Claim:
    claims = extract_claims(text)
    assert len(claims) == 1, claims
    return claims[0]


# --- rule occasion_relative_keeps_a_phrase_content (771 s15: the clear wrong) ----------------------------


def test_writers_verdict_after_a_phrase_with_a_when_relative_is_left_out() -> None:
    claim = _one("The ministry touts cases when it has managed to defuse bombs, but the harsh reality is "
                 "that they cannot stop the violence.")
    assert claim.cue == "tout"
    assert claim.content == "cases when it has managed to defuse bombs"


def test_a_where_relative_ends_the_phrase_too() -> None:
    claim = _one("The company touts towns where its clinics have opened, but the truth is that few patients "
                 "come.")
    assert claim.content == "towns where its clinics have opened"


def test_a_clause_content_with_a_when_relative_keeps_its_contrast() -> None:
    # "was over" is the content's own verb: a clause, whose "but" goes on as before
    claim = _one("The mayor said the time when the city flooded was over, but the recovery has been slow.")
    assert claim.content == "the time when the city flooded was over, but the recovery has been slow"


# --- act readings: lives claimed, solutions found (771 s19, 480 s20) ------------------------------------


def test_bombings_that_claimed_lives_are_no_claim() -> None:
    text = ("On Saturday bombings from Basra in the south to Mosul in the north claimed dozens of lives and "
            "wounded nearly two hundred more.")
    assert extract_claims(text) == []


def test_claimed_that_lives_were_lost_stays_a_claim() -> None:
    claim = _one("The group claimed the lives were lost in vain.")
    assert claim.content == "the lives were lost in vain"


def test_helping_viewers_find_solutions_is_no_claim() -> None:
    assert extract_claims("The live show was based on the host and a panel helping viewers find solutions to their "
                          "problems.") == []


def test_found_that_solutions_were_scarce_stays_a_claim() -> None:
    claim = _one("The study found solutions were scarce.")
    assert claim.content == "solutions were scarce"


# --- rule expletive_it after a fronted adverb (593 s1) ---------------------------------------------------


def test_sometimes_it_seems_has_no_source() -> None:
    assert extract_claims("Sometimes it seems that the capital is uncertain of its identity.") == []


def test_a_person_who_sometimes_seems_to_doubt_stays() -> None:
    claim = _one("Sometimes he seems to doubt that the capital is ready.")
    assert claim.content == "the capital is ready"
    assert claim.hedged


# --- rule long_name_before_a_surname_place_word_is_a_place (593 s15-s18) --------------------------------


PARK_TEXT = ('"It will be a new kind of space," explains Heatherwick.\n\n'
             "Al Fayah Park, he hopes, will offer the city's residents an alternative. The domed park will "
             "also give the flat city an undulating quality.\n\n"
             '"It\'s almost like the city\'s first hill," he says.')


def test_he_after_a_park_named_with_al_is_the_designer() -> None:
    claims = extract_claims(PARK_TEXT)
    assert [c.speaker for c in claims] == ["Heatherwick"] * 3
    assert claims[-1].speaker_kind == "person"


def test_a_park_of_three_words_is_no_person_speaker() -> None:
    assert _one("Al Fayah Park said it was ready.").speaker_kind == "organisation"


def test_a_person_with_a_middle_name_or_an_initial_and_the_surname_park_stays_a_person() -> None:
    assert _one("Mary Jane Park said it was ready.").speaker_kind == "person"
    assert _one("Grace J. Park said it was ready.").speaker_kind == "person"
    assert _one("Grace Park said it was ready.").speaker_kind == "person"


# --- rule he_after_a_described_teller, a gesture (771 s2-s4) ----------------------------------------------


def test_he_closing_a_quotation_after_a_resident_who_pointed_is_the_resident() -> None:
    text = ("A neighborhood resident pointed towards another three boys on their bikes.\n\n"
            '"See where they are? That is where the cars would pull up," he told me. "They would drag a man '
            'out."')
    claim = _one(text)
    assert claim.speaker == "A neighborhood resident"
    assert claim.speaker_kind == "unnamed"


def test_he_after_a_man_who_nodded_is_that_man() -> None:
    claim = _one('The old man nodded at the field. "That is where the cars would stop," he said.')
    assert claim.speaker == "The old man"


def test_he_after_a_man_something_was_done_to_stays_unresolved() -> None:
    claim = _one('A neighborhood resident was shot near the boys. "That is where the cars would stop," he told me.')
    assert claim.speaker_kind == "unresolved"


def test_he_after_a_resident_who_pointed_at_another_man_stays_unresolved() -> None:
    claim = _one('A neighborhood resident pointed towards another man on a bike. "That is where the cars would '
                 'stop," he told me.')
    assert claim.speaker_kind == "unresolved"


def test_he_closing_a_quotation_after_a_described_sayer_is_left_to_the_other_rules() -> None:
    # "The Ohio governor said ... '...,' he said" goes to the name the governor was given before
    text = ("John Kasich said Saturday that the plan was fair. The Ohio governor said the border must be "
            'secured.\n\n"I could not imagine taking a mom out of a house," he said.')
    assert extract_claims(text)[-1].speaker == "John Kasich"
