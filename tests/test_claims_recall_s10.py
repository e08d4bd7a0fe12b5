"""Issue 9, recall (session 10): statements the tagger missed in news grammar
it already reads elsewhere, each rule with a sentence of its kind and a near
variant that must stay as it was. Sentences are invented or shortened."""

from __future__ import annotations

from tests.claim_helpers import described, only

# --- rule `source_before_its_aside` ----------------------------------------------------------


def test_a_name_before_its_aside_heads_the_subject() -> None:
    claim = only("Keith Hutto, a plumbing contractor who attended the rally with Mr. Moody, blamed George W. Bush "
                 "for the housing bust.")
    assert (claim.speaker, claim.cue, claim.content) == ("Keith Hutto", "blame", "George W. Bush for the housing bust")
    claim = only("Ben Carson, speaking with the editorial board, called the incident a reason to reinvest in space.")
    assert (claim.speaker, claim.cue) == ("Ben Carson", "call")
    claim = only("Former governor Ed Rendell (D), a Clinton supporter, praised Sanders for what he has accomplished.")
    assert (claim.speaker, claim.cue) == ("Ed Rendell", "praise")


def test_a_subject_that_opens_with_a_phrase_or_a_thing_before_its_aside_stays_no_source() -> None:
    # a fronted phrase is no name: "In Iowa, ..." names no speaker
    assert described("In Iowa, the plan drew criticism and voters, however, blamed the governor for the delay.") == []
    # a thing before the aside, no name: still no speaker
    assert described("The plan, a compromise between the parties, praised the governor for his patience.") == []


# --- source nouns and adverbs added (source_nouns.txt, claim_grammar.txt) ----------------------


def test_agents_operatives_and_outlets_are_sources() -> None:
    claim = only("Border Patrol agents described the ground underneath the city as \"Swiss cheese.\"")
    assert (claim.speaker, claim.cue) == ("Border Patrol agents", "describe")
    claim = only("Multiple operatives expressed skepticism that the campaign would have time.")
    assert (claim.speaker, claim.cue) == ("Multiple operatives", "express")
    claim = only("Multiple outlets reported on Wednesday the Secret Service had spoken with Trump.")
    assert claim.speaker == "Multiple outlets"


def test_a_concessive_adverb_inside_the_verb_group_keeps_the_subject() -> None:
    claim = only("Clinton has nevertheless called his vote an irresponsible one.")
    assert (claim.speaker, claim.cue, claim.content) == ("Clinton", "call", "his vote an irresponsible one")
    # an adverb the verb group already took stays as it was
    assert only("Clinton has also called his vote an irresponsible one.").speaker == "Clinton"
    # a thing as subject stays no source, adverb or not
    assert described("The vote has nevertheless described a country in turmoil.") == []


def test_the_subject_must_open_its_clause_and_hold_no_adverb() -> None:
    # an object relative: the scientists hope, no claim of Dr. Bailes
    assert described("That points to the mysteries of the disease that scientists such as Dr. Julian Bailes, the "
                     "co-director of the institute, hope to someday solve.") == []
    # a sentence adverb before the comma is no name
    assert described("Similarly, lycopene, found in red vegetables such as tomatoes, also has been shown to act "
                     "as a natural sunscreen.") == []
    # after "but" the subject opens its own clause
    claim = only("The plan failed, but Keith Hutto, a contractor who attended the rally, blamed Bush for it.")
    assert (claim.speaker, claim.cue) == ("Keith Hutto", "blame")


# --- rule `relative_clause_ends_before_a_present_cue` (grammar.py) ---------------------------


def test_a_relative_clause_ends_before_a_present_tense_cue() -> None:
    claim = only("Bill Schuette, who is defending the ban, says the court's rulings take effect only when it "
                 "issues a mandate.")
    assert (claim.speaker, claim.cue, claim.content) == (
        "Bill Schuette", "say", "the court's rulings take effect only when it issues a mandate")


def test_a_relative_clause_before_a_past_verb_or_a_plural_noun_stays_as_it_was() -> None:
    assert described("McConnell, who said in 2010 that the goal was to make Obama a one-term president, is "
                     "unhappy.") == [("McConnell", "say", "the goal was to make Obama a one-term president")]
    # "claims" after the comma is a noun, not the main verb: the relative clause's content runs on
    assert described("Smith, who denied the plan, claims of fraud were rife.") == [
        ("Smith", "deny", "the plan, claims of fraud were rife")]


def test_an_en_participle_after_the_aside_is_no_verb_of_the_name() -> None:
    assert described('Marcel Lehel Lazar, 44, known online as "Guccifer," was extradited in 2014.') == []
    # a past tense after the aside still is the name's verb
    assert only("Keith Hutto, 44, described the plan as a failure.").speaker == "Keith Hutto"
