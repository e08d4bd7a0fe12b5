"""Claims a reader saw wrong, each fixed by a small named rule, with a
sentence of its kind and a near variant where the rule must not fire. The
sentences are written in the manner of the articles; none is read from the
shared data sets."""

from __future__ import annotations

from summarizer.claims import extract_claims

from .claim_helpers import described, only, speakers_and_kinds


# Rule `bare_verb_makes_a_group`
def test_rule_bare_verb_makes_a_group() -> None:
    text = "By two to one, Millennials see the new tax as a burden."
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == ("Millennials", "unnamed"), described(text)


def test_rule_bare_verb_makes_a_group_keeps_its_place() -> None:
    text = "Majorities in several Nordic countries support a shorter working week."
    assert speakers_and_kinds(text) == [("Majorities in several Nordic countries", "unnamed")], described(text)


def test_s_form_after_a_plural_looking_name_keeps_the_name() -> None:
    # near variant: "says" is the verb of one person, whose surname ends in -s
    assert speakers_and_kinds("Andrews says the new tax is a burden.") == [("Andrews", "person")]


def test_last_of_a_listed_pair_is_no_group_of_its_own() -> None:
    # near variant: "Clinton, Sanders answer" is a list of two; its last name is not read as a group
    assert speakers_and_kinds("As Clinton, Sanders answer the union's concerns.") != [("Sanders", "unnamed")]


# Rule `itself_after_the_cue_is_no_person`
def test_rule_itself_after_the_cue_is_no_person() -> None:
    text = "Cannes still regards itself as the grande dame of film events."
    assert speakers_and_kinds(text) == [("Cannes", "organisation")], described(text)


def test_himself_after_the_cue_stays_a_person() -> None:
    assert speakers_and_kinds("Andrews regards himself as the best judge of the matter.") == [("Andrews", "person")]


# Rule `kin_apposition_completes_a_first_name`
def test_rule_kin_apposition_completes_a_first_name() -> None:
    text = ("Former President Bill Clinton campaigned in Ohio on Sunday. Clinton's husband, Bill, said "
            "the senator's followers were unfair.")
    assert speakers_and_kinds(text)[-1] == ("Bill Clinton", "person"), described(text)


def test_rule_kin_apposition_keeps_the_first_name_with_no_full_name() -> None:
    text = "Hillary Clinton spoke in Ohio. Clinton's husband, Bill, said the senator's followers were unfair."
    assert speakers_and_kinds(text)[-1] == ("Bill", "person"), described(text)


def test_kin_of_a_first_name_keeps_the_first_name() -> None:
    # near variant: "Max" is a first name, no surname to complete hers with
    text = "Max's mother, Melanie, said the fever would not break."
    assert speakers_and_kinds(text) == [("Melanie", "person")], described(text)


# Rule `particle_belongs_to_its_verb`, rule `particle_verb_says_nothing`
def test_rule_particle_verb_says_nothing() -> None:
    text = "The senator took to Twitter to call out protesters outside the hall."
    assert extract_claims(text) == [], described(text)


def test_rule_particle_belongs_to_its_verb() -> None:
    text = "Investigators found out that the driver had been drinking."
    claim = only(text)
    assert (claim.cue_text, claim.content) == ("found out", "the driver had been drinking"), described(text)


def test_particle_verb_with_its_charge_keeps_the_claim() -> None:
    # near variant: the charge after "for" is what the call-out says, as for "attacked"
    claim = only("The senator called out his rival for alienating voters.")
    assert (claim.cue_text, claim.content) == ("called out", "his rival for alienating voters")


def test_particle_before_a_quotation_keeps_the_claim() -> None:
    # near variant: a quotation after the particle is what was said
    claim = only('One woman in the gallery cried out, "Guilty!"')
    assert (claim.speaker, claim.content) == ("One woman in the gallery", '"Guilty!"')


# Rule `joined_persons_are_never_the_last_alone`
def test_rule_joined_persons_are_never_the_last_alone() -> None:
    text = ("Bush, Christie, Ohio Gov. John Kasich and Sen. Rand Paul of Kentucky all appeared on "
            "Sunday shows to tout their continued viability as alternatives to the front-runners.")
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == (None, "unresolved"), described(text)


def test_owner_before_and_leaves_the_named_speaker() -> None:
    # near variant: "Clinton's" owns the roles joined by "and"; Benenson alone spoke
    text = "Clinton's chief pollster and strategist Joel Benenson on Monday said the campaign was nasty."
    assert speakers_and_kinds(text) == [("Joel Benenson", "person")], described(text)


def test_plain_list_of_names_is_shown_as_written() -> None:
    assert speakers_and_kinds("Bush, Christie, Kasich and Rand Paul said they would stay.") \
        == [("Bush, Christie, Kasich and Rand Paul", "unnamed")]


# Rule `negative_phrase_inside_the_verb_group`
def test_rule_negative_phrase_inside_the_verb_group() -> None:
    text = "The study in no way shows that sugar causes the disease."
    claim = only(text)
    assert (claim.speaker, claim.negated) == ("The study", True), described(text)
    assert claim.content == "sugar causes the disease"


def test_plain_adverb_in_the_verb_group_is_no_negation() -> None:
    claim = only("The study clearly shows that sugar causes the disease.")
    assert (claim.speaker, claim.negated) == ("The study", False)


# Rule `negative_phrase_is_no_circumstance`
def test_rule_negative_phrase_is_no_circumstance() -> None:
    text = "The company said in no way does it show that sugar causes the disease."
    claim = only(text)
    assert claim.content == "in no way does it show that sugar causes the disease", described(text)


def test_circumstance_before_that_is_still_skipped() -> None:
    assert only("The company said in a statement that sugar causes the disease.").content \
        == "sugar causes the disease"


# Rule `perfect_expected_is_no_hedge`
def test_rule_perfect_expected_is_no_hedge() -> None:
    claim = only("The prosecution alleged the husband had expected to gain $200,000 in insurance.")
    assert claim.hedged is False


def test_expected_after_be_stays_a_hedge() -> None:
    assert only("Officials said the bridge is expected to open in May.").hedged is True
