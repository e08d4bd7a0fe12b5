"""Speakers a reader would name but the tagger left unresolved, and cues it
missed, from reader round 71 (resolve2-s27): each fixed by a named rule, with
a sentence of its kind and a near variant that must stay as it is. The
sentences are written in the manner of the articles; none is read from the
shared data sets."""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import as_shown


# cues.txt deadpan (+quote +invert +source): a dry way of speaking beside a quotation
def test_deadpanned_beside_a_quotation_is_a_cue() -> None:
    claims = extract_claims(
        'Art Donovan was asked about the book. "I don\'t know, I guess so," the affable Donovan deadpanned.')
    assert [(c.speaker, c.cue, c.content) for c in claims] == [
        ("Art Donovan", "deadpan", '"I don\'t know, I guess so,"')]


def test_deadpan_without_a_quotation_is_no_cue() -> None:
    assert extract_claims("His deadpan delivery won fans. Donovan deadpanned through the show.") == []


# cues.txt confess (+source +invert): an admission of one's own act, as "admit"
def test_confessed_to_is_a_claim() -> None:
    claims = extract_claims("Ford also recently confessed to having purchased illegal drugs.")
    assert [(c.speaker, c.cue, c.content) for c in claims] == [
        ("Ford", "confess", "to having purchased illegal drugs")]


def test_confessed_as_a_modifier_is_no_claim() -> None:
    assert extract_claims("The confessed killer was sentenced to life in prison.") == []


# Rule `quoted_title_inside_a_description_keeps_it_whole` (rules.py `_description_around_a_quoted_title`)
def test_rule_quoted_title_inside_a_description_keeps_it_whole() -> None:
    claims = extract_claims(
        "Actress Pamela Anderson revealed Saturday that she suffered abuse. "
        'The former "Baywatch" star talked about it in remarks at the launch of her charity.')
    assert [(c.source_as_written, c.speaker_kind) for c in claims][1] == (
        'The former "Baywatch" star', "unresolved")
    assert as_shown('But the former "American Idol" judge said she was hurt.')[0][0] == \
        'the former "American Idol" judge'


def test_rule_quoted_title_inside_a_description_keeps_it_whole_near_variants_stay() -> None:
    # no quoted title before the subject: as it was
    assert as_shown('He starred in "Baywatch" and critics said it was bad.')[0][0] == "critics"
    assert as_shown("The former Baywatch star said she was hurt.")[0][0] == "The former Baywatch star"


# Rule `body_described_so_when_it_last_spoke` (speakers.py `_body_that_spoke_last`)
def test_rule_body_described_so_when_it_last_spoke() -> None:
    claims = extract_claims(
        "Doug is urging him to take a leave, a council source told CNN. "
        "Canada's Sun News Network announced that the brothers will host a TV show. "
        'The show picks up where a radio show left off, the network said on its website. '
        'A headline on that site posed the question, "Canada\'s Ultimate Reality Show?" '
        "The page also showed a photograph of the brothers. "
        '"Mayor Ford seems to be in a no-holds-barred mode," the network said.')
    assert [c.speaker for c in claims][-1] == "Sun News Network"


def test_rule_body_described_so_when_it_last_spoke_near_variant_stays() -> None:
    # the body last spoke under its name only: "the network" three sentences on stays as written
    claims = extract_claims(
        "Doug is urging him to take a leave, a council source told CNN. "
        "Canada's Sun News Network announced that the brothers will host a TV show. "
        'A headline on that site posed the question, "Canada\'s Ultimate Reality Show?" '
        "The page also showed a photograph of the brothers. "
        '"Mayor Ford seems to be in a no-holds-barred mode," the network said.')
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("the network", "unresolved")


# Rule `document_by_a_body_is_then_the_document` (speakers.py `_document_from_its_author`)
def test_rule_document_by_a_body_is_then_the_document() -> None:
    claims = extract_claims(
        "A Taliban commander has announced a ban on polio vaccines, according to a statement by the Taliban. "
        '"Polio drops will be banned in North Waziristan," said the statement, released Saturday. '
        '"Almost every resident has become a mental patient," the statement continued.')
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("Taliban", "organisation")] * 3


def test_rule_document_by_a_body_is_then_the_document_near_variants_stay() -> None:
    # a document of findings is no issuer's words; another speaker between keeps the document
    claims = extract_claims(
        'The plan failed, according to a report by the Brookings Institution. "Costs rose," the report said.')
    assert [(c.speaker, c.speaker_kind) for c in claims][1] == ("the report", "unnamed")
    claims = extract_claims(
        "The plan failed, according to a statement from the Brookings Institution. "
        '"Costs rose," Smith said. "It is over," the statement said.')
    assert [(c.speaker, c.speaker_kind) for c in claims][2] == ("the statement", "unnamed")


# Rule `one_person_beside_a_thing_subject_is_he` (speakers.py `_one_person_beside_a_thing_subject`)
def test_rule_one_person_beside_a_thing_subject_is_he() -> None:
    claims = extract_claims(
        "Toronto Mayor Rob Ford apologized on Thursday. "
        "The day started with Ford -- who admitted last week that he had smoked crack -- facing new allegations. "
        "In the course of answering the allegations, he denied a staffer's allegation.")
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("Rob Ford", "person")


def test_rule_one_person_beside_a_thing_subject_is_he_near_variants_stay() -> None:
    # a person as the subject, or a second person named beside the one: the text does not say
    claims = extract_claims(
        "Toronto Mayor Rob Ford apologized on Thursday. The CMO met with Ford on Friday. "
        "He denied a staffer's allegation.")
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("He", "unresolved")
    claims = extract_claims(
        "Toronto Mayor Rob Ford apologized on Thursday. The day started with Ford and Tory Smith facing "
        "new allegations. He denied a staffer's allegation.")
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("He", "unresolved")


# Rule `quantifier_opening_its_clause_is_the_subject` (grammar.py `skip_auxiliaries_left`,
# claim_grammar.txt floating_quantifiers)
def test_rule_quantifier_opening_its_clause_is_the_subject() -> None:
    claims = extract_claims("Knox and Sollecito were convicted again. Both denied murder.")
    assert [(c.source_as_written, c.speaker_kind, c.cue, c.content) for c in claims] == [
        ("Both", "unresolved", "deny", "murder")]


def test_rule_quantifier_opening_its_clause_is_the_subject_near_variants_stay() -> None:
    # floating after its subject, "both" is no subject; "all" opening a clause gives no claim
    assert as_shown("They both said the plan would fail.")[0][0] == "They"
    assert extract_claims("All said the plan would fail.") == []


# Rule `quoted_name_saying_without_as` (rules.py `_quoted_name_saying`)
def test_rule_quoted_name_saying_without_as() -> None:
    claims = extract_claims('And it quoted Doug Ford saying, "Rob is like Howard Stern or Rush Limbaugh."')
    assert [(c.speaker, c.content) for c in claims] == [
        ("Doug Ford", '"Rob is like Howard Stern or Rush Limbaugh."')]


def test_rule_quoted_name_saying_without_as_near_variant_stays() -> None:
    # a comma before "saying": the participle is the subject's, the one quoted no speaker
    assert [(c.source_as_written, c.content) for c in extract_claims(
        "He quoted Shakespeare, saying the world is a stage.")] == [("He", "the world is a stage")]


# Rule `scare_quote_inside_a_dashed_aside` (rules.py `_subject_across_asides`)
def test_rule_scare_quote_inside_a_dashed_aside() -> None:
    claims = extract_claims(
        'But Kennedy -- a moderate-conservative who proved once again to be the "swing," or deciding, vote '
        '-- made clear the ruling is limited: "This opinion and its holding are confined to those lawful '
        'marriages."')
    assert [(c.speaker, c.cue) for c in claims] == [("Kennedy", "make clear")]


def test_rule_scare_quote_inside_a_dashed_aside_near_variant_stays() -> None:
    # a long quotation inside the aside may be a claim of its own: the walk stops at it as before
    assert extract_claims(
        'Smith -- who once called the plan "a disaster in the making for all of us here" -- said it would '
        "fail.") == []


# Rule `bare_role_opening_its_clause_is_the_role` (speakers.py `_bare_role_opening_its_clause`)
def test_rule_bare_role_opening_its_clause_is_the_role() -> None:
    claims = extract_claims(
        "President Barack Obama concluded the law was unconstitutional. Traditionally, that role would "
        "fall to the solicitor general. But president ordered Attorney General Eric Holder not to defend "
        "the law in court.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("Barack Obama", "person")] * 2


def test_rule_bare_role_opening_its_clause_is_the_role_near_variants_stay() -> None:
    # no one holds the role: the bare noun stays an unnamed source
    claims = extract_claims("Officials met on Monday. But spokesman said the plan would fail.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("spokesman", "unnamed")]
