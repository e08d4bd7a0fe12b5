"""Session 28 (unify-s28): one fact in one place. Each section names the
rule or list that is now written once, with a sentence of its kind and a
near variant that stays as it was."""

from __future__ import annotations

import re

from summarizer import extract_claims
from summarizer.brief import addresses_the_reader, is_anchored_by_a_name, tells_news_alone
from summarizer.claims.grammar import PRESS_HEARERS
from summarizer.claims.junk import NAMING_CUES, PASSIVE_NAMING_CUES, PLURAL_COUNTS, SECOND_PERSON
from summarizer.claims.lexicon import PARTY_TAG, grammar, negative_leads, refusal_leads
from summarizer.claims.rules import QUANTITY_WORDS
from summarizer.claims.speakers import ADDRESSED, FIRST_PERSON_POSSESSIVES
from summarizer.mentions import find_mentions
from summarizer.model import PLACE, Mention
from summarizer.render.brief import names_line
from summarizer.render.plainwrap import GLUE
from summarizer.rules import alternation, load_rules, load_section
from tests.claim_helpers import described


def mentioned(*sentences: str) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences)}


# --- one party-state tag (lexicon.PARTY_TAG) for rules party_tag_marks_a_lawmaker (names.py),
# party_tag_is_no_subject (claims/rules.py) and party_label_is_no_name (mentions.py) -------------------


def test_party_tag_is_one_pattern() -> None:
    for tag in ("R-Texas", "D-Calif", "D-New", "I-VT", "R-NY"):
        assert PARTY_TAG.fullmatch(tag), tag
    for word in ("Al-Shifa", "X-Men", "I-95", "D-", "Rep-Texas"):
        assert not PARTY_TAG.fullmatch(word), word


def test_a_party_tag_in_capitals_is_no_speaker() -> None:
    # the claims rule once wanted lower-case letters after the state's capital: "I-VT" was the speaker
    assert described("Sen. Bernie Sanders, I-VT, who chairs the panel, says he is concerned.") == [
        ("Bernie Sanders", "say", "he is concerned")]
    assert described("Sen. Tim Kaine, D-Virginia, the chairman of the committee, says he is concerned.")[0][0] \
        == "Tim Kaine"


def test_a_party_tag_is_no_name_in_the_mentions() -> None:
    found = mentioned("\"We will not back down,\" Rep. Peter King, R-NY, said on Thursday.",
                      "\"You have the power,\" Rep. Charlie Rangel, D-New York, said on Thursday.")
    assert set(found) == {"Peter King", "Charlie Rangel"}
    assert "Al-Shifa Hospital" in mentioned("Doctors at Al-Shifa Hospital said so.")


# --- one list of refusal leads (negations.txt refusals) for rules negated_cue,
# bare_refusal_shows_no_content (polarity.py) and refusing_an_act_is_no_claim (junk.py) ---------------


def test_refusal_leads_are_negative_leads() -> None:
    assert {"decline", "declined", "refuse", "refusing"} <= refusal_leads() < negative_leads()
    assert {"unable", "failed", "hesitated"} <= negative_leads() - refusal_leads()


def test_a_bare_refusal_shows_no_content_and_stays_negated() -> None:
    claim = extract_claims("A University of Tennessee spokeswoman declined to comment.")[0]
    assert (claim.speaker, claim.content, claim.negated) == ("A University of Tennessee spokeswoman", "", True)
    claim = extract_claims("A University of Tennessee spokeswoman declined to comment on the arrest.")[0]
    assert (claim.content, claim.negated) == ("on the arrest", True)


def test_refusing_an_act_is_no_claim_but_refusing_to_speak_is() -> None:
    assert described("The senator declined to appear on camera on Tuesday.") == []
    assert described("The senator refused to say whether she would run.")[0][0] == "The senator"


# --- one list of evidential hedge adverbs (hedges.txt part "evidential adverbs") for rule
# hedge_on_the_framing_verb_hedges, once a copy in hedge_scope.txt ------------------------------------

RECORDING = ("A leaked audio recording of a phone call {}caught a U.S. diplomat to Europe using profanity to "
             "express strong frustrations with the European Union's response.")


def test_hedge_on_the_framing_verb_hedges() -> None:
    assert load_section("hedges", "evidential adverbs") <= frozenset(load_rules("hedges"))
    for adverb in ("allegedly ", "purportedly "):
        claim = extract_claims(RECORDING.format(adverb))[-1]
        assert (claim.speaker, claim.hedged) == ("a U.S. diplomat", True)
    assert extract_claims(RECORDING.format(""))[-1].hedged is False


def test_purportedly_hedges_a_content_as_allegedly_does() -> None:
    # "purportedly" was a framing hedge only, no hedge of a content
    claim = extract_claims("The documents purportedly show payments to the minister, the lawyer said.")[0]
    assert (claim.speaker, claim.hedged) == ("the lawyer", True)
    assert extract_claims("The documents show payments to the minister, the lawyer said.")[0].hedged is False


# --- one list of second-person words (claim_grammar.txt second_person_words) for rules
# reader_addressed_lead_is_a_hook (brief.py), imperative_to_the_reader_is_no_claim (junk.py), the
# unlabelled answers (speakers.py) and interviewee_voice_is_no_point (standalone.py) -----------------


def test_reader_address_after_a_colon_reads_the_one_list() -> None:
    assert addresses_the_reader("Chris Brown is reaching into Lindsay Lohan's playbook for avoiding jail: Go to "
                                "rehab before your court date.")
    # "yourselves" was missing from reader_address.txt's copy of the list
    assert addresses_the_reader("The lesson of the storm is plain: Look after yourselves first.")
    assert not addresses_the_reader("The company shut down a service for sharing your location on Monday.")


def test_imperative_to_the_reader_opens_with_you_or_your_only() -> None:
    assert {"you", "your"} == SECOND_PERSON and SECOND_PERSON < ADDRESSED == grammar("second_person_words")
    assert described("As you enjoy a snack together, ask your child what they liked about the day.") == []
    assert described('"We will win this time," said your reporter.') == [
        ("your reporter", "say", '"We will win this time,"')]


# --- plural quantifiers written once (claim_grammar.txt plural_quantifiers, plural_counts) for rules
# s_form_after_a_plural_quantifier_is_a_noun (cues.py) and cue_s_form_after_a_plural_count_is_a_noun
# (junk.py); the press's trades once (journalist_roles) for description_named_by_the_next_speaker
# (speakers.py) and the press hearers of joined_predicate_of_the_contents_subject (grammar.py) -------


def test_plural_counts_are_the_plural_quantifiers_and_other() -> None:
    assert grammar("plural_quantifiers") | {"other"} == PLURAL_COUNTS
    assert described("Other estimates put the number of dead much higher.") == []
    assert described("Several reports released this week indicate that the economy is slowing.") == []
    # one person: "the other" says
    assert described("One suspect stayed silent. The other says he was at home.") == [
        (None, "say", "he was at home")]


def test_press_hearers_are_the_journalists() -> None:
    assert {"reporters", "journalists", "correspondents", "media", "press", "newsmen"} == PRESS_HEARERS
    told = described("Police said a man entered the store and told correspondents he was hungry.")
    assert told[-1] == ("Police", "tell", "he was hungry")
    assert len(described("Police said a man entered the store and told neighbors he was hungry.")) == 1


# --- the first person's possessives derived from claim_grammar.txt once (speakers.py
# FIRST_PERSON_POSSESSIVES, once also WRITERS_POSSESSIVES) ------------------------------------------

SEDWICK = ("The mother of Rebecca Sedwick on Tuesday urged parents to pay attention to the signs of bullying. "
           '"When I looked at {} child I saw a normal, happy child," Tricia Norman told CNN\'s Chris Cuomo.')


def test_my_child_ties_the_mother_to_the_next_speaker() -> None:
    assert {"my", "our"} == FIRST_PERSON_POSSESSIVES
    assert [c.speaker for c in extract_claims(SEDWICK.format("my"))] == ["Tricia Norman", "Tricia Norman"]
    assert extract_claims(SEDWICK.format("a"))[0].speaker_kind == "unnamed"


# --- words moved out of code into claim_grammar.txt: anchoring_prepositions (rule
# description_anchored_by_a_name), example_openers (example_opener_leans_back), saint_words
# (saint_s_possessive_opens_one_name); rules.alternation writes them capitalised ------------------


def test_alternation_capitalised_opens_each_word_with_a_capital() -> None:
    pattern = re.compile(alternation(frozenset({"such_as", "like"}), spaced=True, capitalised=True))
    assert pattern.fullmatch("Such  as") and pattern.fullmatch("Like") and not pattern.fullmatch("like")


def test_words_of_the_brief_rules_read_from_the_file() -> None:
    assert is_anchored_by_a_name("The protest outside the Kremlin drew thousands.")
    assert not is_anchored_by_a_name("The protest drew thousands of people.")
    assert not tells_news_alone("Such as: paste into a browser from the terminal.")
    assert tells_news_alone("Like many Linux users, I copy text from tmux with the mouse.")


def test_saint_words_read_from_the_file() -> None:
    found = mentioned("Thousands gathered outside Ste. Anne's Basilica on Sunday.")
    assert "Ste. Anne's Basilica" in found and "Ste. Anne" not in found
    assert "St. Peter" in mentioned("Pilgrims prayed at St. Peter's tomb for hours.")


# --- junk.py's cue lists moved to junk_readings.txt; the naming cues of naming_oneself_is_no_claim
# and passive_naming_is_no_claim written once (naming_cues) -------------------------------------------


def test_naming_cues_are_one_list_read_by_two_rules() -> None:
    assert {"declare"} == NAMING_CUES - PASSIVE_NAMING_CUES and {"nickname"} == PASSIVE_NAMING_CUES - NAMING_CUES
    assert described("He calls himself Jah'Keem Yisrael.") == []
    assert described("It's called Africa, and it is the biggest exhibit.") == []
    assert described("Critics called it a disaster.") == [("Critics", "call", "it a disaster")]


# --- the quantity words of a source (claims/rules.py QUANTITY_WORDS) read from claim_grammar.txt
# plural_quantifiers, plural_counts and whole_quantifiers: "both" and "several" written once --------


def test_quantity_words_are_the_quantifiers_of_the_file() -> None:
    assert PLURAL_COUNTS | {"some", "most", "all"} == QUANTITY_WORDS
    # "various" was a plural quantifier of the file but no quantity word: it now reads as "several"
    assert described("Smith and various other experts said the plan would fail.")[0][0] \
        == "Smith and various other experts"
    assert described("Smith and several other experts said the plan would fail.")[0][0] \
        == "Smith and several other experts"


# --- the Mentioned list formatted from the mentions stage's records (render/brief.names_line), no
# longer parsed back out of its own formatted string ----------------------------------------------


def test_names_line_glues_each_record_whole() -> None:
    places = [Mention("Spain", PLACE, 3), Mention("Washington, D.C.", PLACE, 2)]
    assert names_line(places, 4) == "Spain (3), Washington, D.C. (2) and 4 more"
    # the parser of the formatted line could not tell a name's comma from the list's, and left
    # "Washington," apart from "D.C. (2)"
    assert names_line(places, 4, glued=True).split(" ") == [
        f"Spain{GLUE}(3),", f"Washington,{GLUE}D.C.{GLUE}(2)", f"and{GLUE}4{GLUE}more"]
    assert names_line(places[:1]) == "Spain (3)"
