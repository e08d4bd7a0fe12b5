"""Reader test qa72b (session 27, CNN-Corpus dev rows 795 433 261): the
rules that fix what it found, each with a sentence of its kind and a near
variant that must not fire. The sentences are written after one read of the
articles; none is copied whole from the data sets."""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import only


# Rule `nor_clause_inverts` (cnn795 s19: "could it" confirm, negation lost)
def test_nor_clause_gives_its_pronoun_subject_and_its_negation() -> None:
    claim = only("Police could not reach the family, nor could they confirm the identity of the victim.")
    assert claim.source_as_written == "they"
    assert claim.negated
    assert claim.shown_cue == "nor could they confirm"
    assert claim.content == "the identity of the victim"


def test_neither_nor_between_two_names_is_no_joined_clause() -> None:
    # near variant: "nor" before a name joins two subjects; no auxiliary follows it
    claim = only("The minister said neither Paris nor Berlin would sign the deal.")
    assert (claim.source_as_written, claim.negated) == ("The minister", False)
    claim = only("Neither Warren nor Clinton said the deal was done.")
    assert (claim.source_as_written, claim.shown_cue) == ("Clinton", "Neither Warren nor Clinton said")


# Rule `outlet_unable_to_confirm_is_the_writers`, in a joined "nor" clause (cnn795 s19)
def test_outlet_that_cannot_confirm_in_a_nor_clause_is_no_claim() -> None:
    assert extract_claims("The network could not reach the ministry for comment, nor could it confirm the "
                          "identity of the witness.") != []  # no outlet: a negated claim stays
    assert extract_claims("CNN could not immediately reach the government for comment, nor could it "
                          "confirm the identity of the doctor.") == []
    assert extract_claims("Reuters was unable to reach the army, nor could it verify the video.") == []


def test_a_body_that_cannot_confirm_in_a_nor_clause_stays_a_negated_claim() -> None:
    claim = only("The army could not reach the village, nor could it confirm the number of the dead.")
    assert claim.negated and claim.source_as_written == "it"


# Rule `hedge_on_the_framing_verb_hedges` (cnn795 s26: the diplomat's frustrations shown as fact)
def test_hedge_on_the_verb_that_frames_the_speaker_hedges_the_claim() -> None:
    claim = only("Last month, a leaked recording of a phone call allegedly caught a U.S. diplomat to Europe "
                 "using profanity to express strong frustrations with the European Union.")
    assert claim.speaker == "a U.S. diplomat"
    assert claim.hedged


def test_framing_verb_without_a_hedge_stays_unhedged() -> None:
    claim = only("Last month, a leaked recording of a phone call caught a U.S. diplomat to Europe "
                 "using profanity to express strong frustrations with the European Union.")
    assert claim.speaker == "a U.S. diplomat"
    assert not claim.hedged


# Rule `posting_a_thing_is_an_act` (cnn433 s23 "posting a series of photos", cnn261 s24 "posted it on Etsy")
def test_posting_a_thing_is_no_claim() -> None:
    assert extract_claims("News of his death spread fast online, with the writer posting a series of photos "
                          "of the couple via Twitter.") == []
    assert extract_claims("She posted it on Etsy and soon enough, she started receiving orders.") == []
    assert extract_claims("The agency posted two versions of the new logo to its blog.") == []


def test_posting_a_statement_or_a_clause_stays_a_claim() -> None:
    assert only("Winick posted on Twitter that the show had changed his life.").content == \
        "the show had changed his life"
    assert only("The comedian posted he had made a film with the late actor.").content == \
        "he had made a film with the late actor"
    assert "saying" in only("Phelps posted a Facebook message March 15 saying that his father had been "
                            "expelled from the church.").content
    assert "So terrible" in only("Dorsey posted just two words on his network - ''So terrible'' - with a "
                                 "link.").content
    assert only("He posted it was a mistake to run.").content == "it was a mistake to run"


# Rule `abstract_subject_is_no_speaker`, a sound as subject (cnn261 s48: "the cash register ring reminds")
def test_a_sound_as_subject_is_no_speaker() -> None:
    assert extract_claims("And, wherever they go, the cash register ring reminds them the shop is alive "
                          "and well.") == []


def test_a_person_who_reminds_stays_a_speaker() -> None:
    claim = only("And, wherever they go, the shop owner reminds them the shop is alive and well.")
    assert claim.source_as_written == "the shop owner"
