"""Claims whose cue word the lexicon holds but whose sentence the tagger used
to leave unread (issue 9's detection target), each with a near variant that
must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only

# --- Rule `auxiliary_verb_before_a_determiner_is_the_verb` ------------------------------------


def test_had_before_an_article_ends_the_subject_of_a_participle() -> None:
    claim = only(
        "Bolton had a comparable assessment of Trump's foreign policy record, saying that the "
        "candidate's recent speech reassured him."
    )
    assert claim.speaker == "Bolton"
    assert claim.cue == "say"
    assert claim.content == "the candidate's recent speech reassured him"


def test_has_before_the_ends_the_subject_of_a_participle() -> None:
    claim = only("Smith has the support of the party, saying that the plan would fail.")
    assert claim.speaker == "Smith"
    assert claim.content == "the plan would fail"


def test_auxiliary_before_a_title_still_reads_as_before() -> None:
    # "was president": no determiner after "was"; the fronted clause gives no speaker, as before
    claim = only(
        "Once he was president, Mr. Obama made a peace agreement a priority, announcing the "
        "appointment of George J. Mitchell as special envoy."
    )
    assert claim.speaker is None
    assert claim.cue == "announce"


# --- Rule `examples_closed_before_the_verb` ---------------------------------------------------


def test_participle_after_the_subjects_verb_past_its_examples_is_the_subjects() -> None:
    claim = only(
        "Other Republican candidates, including Carly Fiorina and Ben Carson, have followed Mr. "
        "Trump's lead, saying Mr. Clinton's history is a legitimate criticism."
    )
    assert claim.speaker == "Other Republican candidates"
    assert claim.cue == "say"
    assert claim.content == "Mr. Clinton's history is a legitimate criticism"


def test_participle_right_after_the_examples_stays_unread() -> None:
    # no verb between the examples and the participle: it may be the examples' own, so no "say"
    text = "Smith praised several senators, including Bob Corker and Lindsey Graham, saying they back the deal."
    assert [c.cue for c in extract_claims(text)] == ["praise"]


# --- Rule `then_closes_a_list_of_predicates` --------------------------------------------------


def test_then_after_a_comma_joins_the_cue_to_the_subjects_predicates() -> None:
    claim = only("Kasich offered the man a job, then said he would welcome advice.")
    assert claim.speaker == "Kasich"
    assert claim.cue == "say"
    assert claim.content == "he would welcome advice"


def test_comma_alone_before_the_cue_lists_no_predicate() -> None:
    # no "then" and no "and": the comma closes no list of predicates
    assert extract_claims("Kasich offered the man a job, said he would welcome advice.") == []


# --- source_nouns.txt `described`: "teachers", "campaigners" ----------------------------------


def test_teachers_after_a_clause_are_its_unnamed_source() -> None:
    claim = only("Support for Sanders is strong in the unions, teachers and union officials told POLITICO.")
    assert claim.speaker == "teachers and union officials"
    assert claim.speaker_kind == "unnamed"
    assert claim.content == "Support for Sanders is strong in the unions"


def test_teachers_inside_an_organisation_name_stay_in_the_name() -> None:
    claim = only("The American Federation of Teachers said the plan would fail.")
    assert claim.speaker == "American Federation of Teachers"
