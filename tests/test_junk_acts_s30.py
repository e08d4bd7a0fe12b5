"""Acts, habits and descriptions shown as claims (reader round F, CNN-Corpus
dev 371, 451, 658): each rule has a sentence of its kind and a near variant
that must stay as it is. The sentences are written in the manner of the
articles; none is read from the shared data sets."""

from __future__ import annotations

from .claim_helpers import as_shown, only


# Rule `particle_then_a_participle_is_an_act`
def test_showing_up_wearing_a_hat_is_no_claim() -> None:
    assert as_shown("Pharrell Williams, who showed up wearing an oversized hat, earned two awards.") == []


def test_confirmed_with_a_clause_after_a_modifier_stays() -> None:
    assert as_shown("Police confirmed missing bodies were found in the river.") == [
        ("Police", "confirmed", "missing bodies were found in the river")]


# Rule `habit_of_doing_is_no_claim`
def test_habit_of_doing_is_no_claim() -> None:
    shown = as_shown("The Vatican, which does not typically confirm papal trips until several months before "
                     "their scheduled date, said the Pope is willing to visit.")
    assert shown == [("Vatican", "said", "the Pope is willing to visit")]
    assert as_shown("The agency rarely confirms such trips months ahead.") == []
    assert as_shown("The agency doesn't usually confirm such trips.") == []


def test_habit_near_variants_stay() -> None:
    # a clause after the habit is what the source says; no adverb of habit, a confirmation
    assert as_shown("The Vatican does not usually say the trips are private.") == [
        ("Vatican", "does not usually say", "the trips are private")]
    # a habit with no negation is a stance the source holds
    assert as_shown("Democratic politicians typically oppose taxing consumption.") == [
        ("Democratic politicians", "oppose", "taxing consumption")]
    claim = only("The Vatican did not confirm the trip.")
    assert (claim.content, claim.negated) == ("the trip", True)


# Rule `title_case_quotation_after_a_work_is_its_title`
def test_quoted_song_titles_are_no_words_said() -> None:
    assert as_shown('Williams, who\'s written such songs as "We\'ve Only Just Begun" and "Evergreen," '
                    "had struggled with addiction.") == []


def test_quoted_prose_after_a_work_stays_words_said() -> None:
    claim = only('In his book, Smith wrote that "we lost the war and we knew it all along."')
    assert claim.content == '"we lost the war and we knew it all along."'


def test_writing_about_a_topic_before_a_titled_book_is_no_claim() -> None:
    # the colon inside the book's title states no topic (rule `writing_about_a_topic_is_no_claim`)
    assert as_shown("The name is the trouble -- said Lakoff, who writes about the messaging of health care "
                    'politics in his new book, "The Little Blue Book: The Essential Guide for Thinking '
                    'and Talking Democratic."') == [("Lakoff", "said", "The name is the trouble")]
    claim = only("Lakoff writes about the messaging of politics in his book: the name is the problem.")
    assert claim.content.endswith("the name is the problem")


# Rule `dash_aside_ends_a_stance_object`
def test_stance_with_a_dash_aside_is_no_claim() -> None:
    assert as_shown('He has defended himself from charges of similarities between "Romneycare" and '
                    '"Obamacare" -- including a critique from a rival that the two amount to "Obamneycare."') == []


def test_stance_with_a_cue_after_the_dash_stays() -> None:
    assert ("He", "dismissed", "the report -- calling it a fabrication") in as_shown(
        "He dismissed the report -- calling it a fabrication.")


# Rule `reduced_relative_is_no_claim`, in an aside between commas
def test_song_written_in_support_of_is_no_source() -> None:
    assert as_shown('Macklemore & Lewis\' "Same Love," a song written in support of same-sex marriage, '
                    "was performed at the show.") == []


def test_parenthetical_written_with_an_auxiliary_stays() -> None:
    claim = only("The economy, as Smith has written, will shrink.")
    assert (claim.speaker, claim.content) == ("Smith", "The economy will shrink")
