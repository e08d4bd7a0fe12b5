"""Clear wrong claims of reader round 72 (qa72wrong-s27): each fixed by a named
rule, with a sentence of its kind and a near variant that must stay as it is.
The sentences are written in the manner of the articles; none is read from
the shared data sets."""

from __future__ import annotations

from .claim_helpers import as_shown


# Rule `past_conjunct_in_a_past_content_is_unresolved`, a subject with a relative clause between
# commas and a cue phrase before "that" (QA72 240 s19: the witness was given Brennan's "suggested")
def test_rule_past_conjunct_after_a_subjects_relative_is_unresolved() -> None:
    assert as_shown("The witness testified that the priest, who he described as a family friend, viewed the "
                    "pictures with him and suggested they leave.") == [
        ("The witness", "testified", "the priest, who he described as a family friend, viewed the pictures with him"),
        (None, "suggested", "they leave")]
    assert as_shown("The witness testified before Judge Ann Smith that the priest viewed the pictures with him "
                    "and suggested they leave.") == [
        ("The witness", "testified", "the priest viewed the pictures with him"), (None, "suggested", "they leave")]


def test_rule_past_conjunct_after_a_subjects_relative_near_variants_stay() -> None:
    # the joined cue after a comma is the outer speaker's, as before
    assert as_shown("The witness testified that the priest, who he described as a family friend, viewed the "
                    "pictures, and said he was scared.")[-1] == ("The witness", "said", "he was scared")
    # a content subject that is no speaker: nothing left unresolved
    assert {c[0] for c in as_shown("The witness testified before Judge Ann Smith that the pictures were fake "
                                   "and said he was scared.")} == {"The witness"}


# Rule `participle_after_a_joined_cue_of_a_content_takes_its_speaker` (QA72 240 s19: "... and
# suggested they masturbate together before insisting the witness sleep ..." gave "insisting" to the
# witness)
def test_rule_participle_after_a_joined_cue_of_a_content_takes_its_speaker() -> None:
    assert as_shown("The witness testified that the priest, who he described as a family friend, viewed the "
                    "pictures and suggested they leave before insisting the boy stay.")[1:] == [
        (None, "suggested", "they leave"), (None, "insisting", "the boy stay")]


def test_rule_participle_after_a_joined_cue_near_variants_stay() -> None:
    # the joined cue is the minister's own: so is the participle after it
    assert as_shown("The minister said the plan was sound and added that it would work before insisting it "
                    "was cheap.")[-1] == ("The minister", "insisting", "it was cheap")
    # no joined cue before the participle: the sentence's subject, as before
    assert as_shown("President Barack Obama in January cited privacy concerns when announcing that such data "
                    "should no longer be held by the government.")[-1][:2] == ("Barack Obama", "announcing")


# Rule `party_tag_marks_a_lawmaker` (names.py) with rule `role_shared_by_another_named_person`
# (speakers.py; QA72 101 s24: "The congressman said ..." went to Rep. John Barrow, the only "Rep.",
# while the article was quoting Chairman Jeff Miller, R-Florida)
CONGRESS = ("Committee Chairman Jeff Miller, R-Florida, visited the hospital. Rep. John Barrow, a Georgia "
            "Democrat, said the care was poor. Miller said the agency holds no one accountable. ")


def test_rule_party_tag_marks_a_lawmaker() -> None:
    from summarizer.claims.names import find_names
    from summarizer.claims.text import tokenize

    text = "Chairman Jeff Miller, R-Florida, visited. Sen. Ann Ruiz (D-Calif.) spoke."
    roles = {n.text: n.role_words for n in find_names(tokenize(text, 0, len(text)))}
    assert "lawmaker" in roles["Jeff Miller"] and "lawmaker" in roles["Ann Ruiz"]
    assert as_shown(CONGRESS + "The congressman said his group has given the agency 30 days.")[-1] == (
        "The congressman", "said", "his group has given the agency 30 days")


def test_rule_party_tag_marks_a_lawmaker_near_variants_stay() -> None:
    from summarizer.claims.names import find_names
    from summarizer.claims.text import tokenize

    # no party tag: Miller holds no role "the congressman" may mean, and Barrow is the one
    text = CONGRESS.replace(", R-Florida,", "") + "The congressman said his group has given the agency 30 days."
    assert as_shown(text)[-1][0] == "John Barrow"
    text = "Jeff Miller, a Florida Republican, visited. Ann Ruiz, 43, spoke."
    assert all("lawmaker" not in n.role_words for n in find_names(tokenize(text, 0, len(text))))


# Rule `acronym_is_no_longer_body_it_ends` (speakers.py; QA72 101 s12: "The VA has also
# refused ..." went to "Charlie Norwood VA", a hospital of the VA)
def test_rule_acronym_is_no_longer_body_it_ends() -> None:
    from summarizer.claims.speakers import acronym_beside_a_longer_body

    assert as_shown("Barrow's district includes the Charlie Norwood VA center. The VA has also refused CNN's "
                    "requests to interview the secretary.")[-1][0] == "VA"
    assert acronym_beside_a_longer_body("Charlie Norwood VA", "VA")
    assert acronym_beside_a_longer_body("VA", "Edward Hines VA")


def test_rule_acronym_is_no_longer_body_near_variants_stay() -> None:
    from summarizer.claims.speakers import acronym_beside_a_longer_body

    assert not acronym_beside_a_longer_body("U.S. FDA", "FDA")  # a place before it: the same agency
    assert not acronym_beside_a_longer_body("FBI", "Tampa FBI")
    assert not acronym_beside_a_longer_body("U.S.", "Ninety U.S.")  # a place alone: no body
    assert not acronym_beside_a_longer_body("Washington Post", "Post")  # no acronym: "the Post" is the paper


# Rule `prompted_under_a_modal_is_no_claim` (rules.py; QA72 874 s10: "might prompt U.S. intelligence
# authorities to question whether ..." was the authorities' claim)
def test_rule_prompted_under_a_modal_is_no_claim() -> None:
    assert as_shown("Moving the weapons might prompt U.S. intelligence officials to question whether they were "
                    "being moved by a rogue unit.") == []
    assert as_shown("The move could have prompted lawmakers to argue that the plan failed.") == []


def test_rule_prompted_under_a_modal_near_variants_stay() -> None:
    assert as_shown("The leak prompted U.S. intelligence officials to question whether the weapons were moved.") \
        == [("U.S. intelligence officials", "question", "whether the weapons were moved")]
    assert as_shown("The move will prompt lawmakers to argue that the plan failed.") == [
        ("lawmakers", "argue", "the plan failed")]


# Rule `clause_before_a_split_that_is_the_content` (rules.py; QA72 874 s11: "The Syrian opposition is
# afraid, Idriss told CNN's Amanpour, that al-Assad's forces will ..." lost the fear)
def test_rule_clause_before_a_split_that_is_the_content() -> None:
    assert as_shown("The opposition is afraid, Idriss told CNN, that the forces will use those weapons.") == [
        ("Idriss", "told", "The opposition is afraid that the forces will use those weapons")]


def test_rule_clause_before_a_split_that_near_variants_stay() -> None:
    assert as_shown("On Monday, Idriss told CNN that the forces will use those weapons.") == [
        ("Idriss", "told", "the forces will use those weapons")]
    assert as_shown("In Damascus, Idriss told CNN, that the forces will use those weapons.") == [
        ("Idriss", "told", "the forces will use those weapons")]
    assert as_shown("China had resisted such deals, but the smog had become so bad, Obama noted, that the top "
                    "page in China was an air monitor.")[0][2].startswith("the smog had become so bad")
