"""Web test s15 (session 15), each kind fixed by a named rule: a sentence of
the kind the tester saw, and a near variant that must stay as it is."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only

# --- Rule `work_or_thing_is_no_speaker_of_an_appeal` (web test s15 K1) -----------------------


def test_plural_work_opening_a_sentence_seeks_nothing() -> None:
    assert not extract_claims('Games usually seek to loosen your grip on the concept further, by saying little '
                              'more than "go shoot every German you find in the face".')


def test_a_side_of_a_work_tells_no_claim() -> None:
    assert not extract_claims("One side of the game explicitly tells the final chapter in the dictator's rise "
                              "and fall, from the perspective of ordinary citizens.")


def test_a_record_asking_fans_is_the_writers_reading() -> None:
    assert not extract_claims("The EP is just a fragment of what's to come from the singer this year, but it's "
                              "also a message, asking fans to consider our own pale blue dot.")


def test_a_document_still_urges() -> None:
    claim = only("The report urges lawmakers to act before the summer.")
    assert (claim.speaker, claim.cue) == ("The report", "urge")


def test_a_person_of_a_work_still_urges() -> None:
    claim = only("The director of the film urged fans to stay home.")
    assert claim.cue == "urge"
    assert claim.content == "fans to stay home"


def test_a_company_named_with_a_work_word_still_urges() -> None:
    claim = only("Paintbucket Games urged players to buy the game.")
    assert claim.speaker == "Paintbucket Games"


def test_a_side_of_a_debate_still_tells() -> None:
    claim = only("One side of the debate tells us the tax is fair.")
    assert claim.content == "the tax is fair"


# --- Rule `gerund_clause_is_no_speaker`, object gerunds (web test s15 K1) -------------------


def test_a_seeing_clause_urges_no_one() -> None:
    assert not extract_claims("The news pierces me again and again, while seeing people suffering in the story "
                              "sequences urges me on to do whatever I can.")


def test_a_sentence_opening_seeing_clause_urges_no_one() -> None:
    assert not extract_claims("Seeing people suffering in the streets urges me on to do whatever I can.")


def test_an_adjective_gerund_before_people_still_speaks() -> None:
    claim = only("Striking workers at the plant said they would stay out.")
    assert claim.speaker == "Striking workers at the plant"


def test_a_seeing_participle_before_its_subject_keeps_the_speaker() -> None:
    claim = only("Seeing the damage, officials urged residents to leave.")
    assert (claim.speaker, claim.content) == ("officials", "residents to leave")
