"""Speakers a reader can name but the tool left unresolved (reader rounds
QA 69a-c, session 26), each fixed by a named rule: a sentence of the kind the
reader saw, and a near variant that must stay unresolved."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.model import Claim


def _claim(text: str, words: str) -> Claim:
    return next(c for c in extract_claims(text) if words in c.content)


# --- Rule `newcomer_introduced_by_a_relative_clause` (CNN-Corpus dev 273) ---

DAVIDSON = "\u201cObviously guys are looking better over 40,\u201d said Lela Davidson, author of a book.\n\n"
BELIEVES = " She believes selfies might be more about getting external reassurance.\n"


def test_a_newcomer_introduced_by_a_relative_clause_is_she() -> None:
    claim = _claim(DAVIDSON + "But Amanda Rodriguez, who hasn't reached the 40 milestone just yet, had another "
                              "take." + BELIEVES, "external reassurance")
    assert (claim.speaker, claim.speaker_kind) == ("Amanda Rodriguez", "person")


def test_a_newcomer_with_no_relative_clause_stays_unresolved() -> None:
    claim = _claim(DAVIDSON + "But Amanda Rodriguez had another take." + BELIEVES, "external reassurance")
    assert claim.speaker_kind == "unresolved"


def test_a_newcomer_of_the_other_gender_is_not_she() -> None:
    claim = _claim(DAVIDSON + "But Robert Rodriguez, who hasn't reached the 40 milestone just yet, had another "
                              "take." + BELIEVES, "external reassurance")
    assert claim.speaker != "Robert Rodriguez"


def test_another_person_in_the_relative_clause_leaves_she_unresolved() -> None:
    claim = _claim(DAVIDSON + "But Amanda Rodriguez, who works with Maria Lopez, had another take." + BELIEVES,
                   "external reassurance")
    assert claim.speaker_kind == "unresolved"


# --- Rule `speaker_of_the_quotation_going_on`, for a name of unknown kind whose gender is known
# (CNN-Corpus dev 931: "Sahar Gul", whom "she" spoke for, lost her quotation run) ---

GUL = ("Tortured Afghan teen speaks\n\nLast year, people were outraged when they heard the story of Sahar Gul.\n\n"
       "The Afghan teen was married off at 13. She said her husband raped her.\n\n"
       "\u201cThey told me to go to the basement,\u201d she told CNN. \u201cWhen I went there they tied my hands. "
       "They brought very little food for me.\n\n"
       "\u201cWhile going to the bathroom they used to beat me a lot. I was crying all this time,\u201d she said.\n\n"
       "Gul said she fears it may not be safe to carry on living in Afghanistan.\n")


def test_the_quotation_going_on_keeps_a_gendered_name_of_unknown_kind() -> None:
    claim = _claim(GUL, "used to beat me")
    assert (claim.speaker, claim.speaker_kind) == ("Sahar Gul", "person")


def test_a_writers_sentence_between_leaves_the_quotation_unresolved() -> None:
    text = GUL.replace("They brought very little food for me.\n\n",
                       "They brought very little food for me.\u201d\n\nThe neighbours heard her cries.\n\n")
    assert _claim(text, "used to beat me").speaker_kind == "unresolved"


def test_two_women_named_leave_the_quotation_unresolved() -> None:
    text = GUL.replace("Sahar Gul", "Sahar Gul and Amina Gul")
    assert _claim(text, "used to beat me").speaker_kind == "unresolved"


# --- Rule `times_held_is_no_role_word` (CNN-Corpus dev 957: "The two-time prime minister said") ---

TYMOSHENKO = ("A judge on Saturday postponed the tax evasion hearing of former Ukrainian Prime Minister Yulia "
              "Tymoshenko, who is serving a seven-year prison sentence.\n\n"
              "The judge's ruling follows reports that Tymoshenko was roughed up in prison.\n\n"
              "The two-time prime minister said Tuesday she was beaten unconscious in prison last week.\n")


def test_a_count_of_times_held_is_no_role_word() -> None:
    claim = _claim(TYMOSHENKO, "beaten unconscious")
    assert (claim.speaker, claim.speaker_kind) == ("Yulia Tymoshenko", "person")


def test_a_second_prime_minister_named_leaves_the_description_unresolved() -> None:
    text = TYMOSHENKO.replace("The judge's ruling follows reports", "Prime Minister Mykola Azarov denied reports")
    assert _claim(text, "beaten unconscious").speaker_kind == "unresolved"


def test_a_modifier_that_is_no_count_still_must_fit_the_role() -> None:
    text = TYMOSHENKO.replace("two-time", "long-time")
    assert _claim(text, "beaten unconscious").speaker_kind == "unresolved"
