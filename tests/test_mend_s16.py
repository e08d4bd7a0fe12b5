"""Session 16 mends, behaviour-preserving. The question words are one list (claim_grammar.txt
question_openers with relative_question_words, grammar.QUESTION_WORDS); each
rule that reads fewer names the words it leaves out. These pin the sets each
rule read before the mend, so the mend changed no behaviour."""

from summarizer.claims.cues import WH_WORDS
from summarizer.claims.grammar import (
    CLAUSE_OPENERS,
    DETERMINERS,
    MEDIUM_BEFORE_CONTENT_PREPOSITIONS,
    PREPOSITIONS,
    QUESTION_WORDS,
    SUBJECT_RELATIVES,
    SUBORDINATORS,
)
from summarizer.claims.junk import MEDIUM_PREPOSITIONS_AT_THE_END
from summarizer.claims.lexicon import auxiliaries, auxiliary_verbs
from summarizer.claims.names import FIRST_PERSON_SUBJECTS, _first_person
from summarizer.claims.rules import MEDIUM_SUBJECT_PREPOSITIONS, PARTICIPLE_PHRASE_LEADS
from summarizer.claims.speakers import PRONOUN_CLAUSE_OPENERS, ROLE_PHRASE_LEADS
from summarizer.claims.text import tokenize


def test_question_words_are_the_openers_and_the_relative_ones() -> None:
    assert {"whether", "if", "why", "how", "what", "who", "whom", "which", "where", "when"} == QUESTION_WORDS


def test_pronoun_clause_openers_leave_out_the_thing_relative() -> None:
    assert QUESTION_WORDS - {"which"} == PRONOUN_CLAUSE_OPENERS


def test_clause_openers_are_that_a_colon_and_the_question_words_but_which_and_whom() -> None:
    assert {"that", ":", "whether", "if", "how", "what", "why", "who", "where", "when"} == CLAUSE_OPENERS


def test_wh_infinitive_words() -> None:
    assert {"which", "what", "whom", "how", "whether", "where", "when"} == WH_WORDS


def test_participle_phrase_leads_are_prepositions_question_openers_and_when() -> None:
    assert PREPOSITIONS | {"whether", "if", "why", "how", "what", "when"} == PARTICIPLE_PHRASE_LEADS


def test_first_person_subjects_are_i_and_we() -> None:
    assert {"i", "we"} == FIRST_PERSON_SUBJECTS


def test_only_the_capital_i_alone_or_before_an_apostrophe_is_never_a_name_word() -> None:
    text = "I think We met Ian and I'm in Iowa with I\u2019ve US"
    found = [t.text for t in tokenize(text, 0, len(text)) if _first_person(t)]
    assert found == ["I", "I", "I"]


def test_the_three_medium_preposition_sets_keep_their_words_under_their_own_names() -> None:
    # "into" since claims2-s17 ('he said into the microphone, "..."', web test s17)
    assert {"by", "via", "into"} == MEDIUM_BEFORE_CONTENT_PREPOSITIONS
    assert {"in", "during"} == MEDIUM_SUBJECT_PREPOSITIONS
    assert {"on", "in", "via", "through", "during"} == MEDIUM_PREPOSITIONS_AT_THE_END


def test_subject_relatives_are_the_relative_pronouns_but_whom() -> None:
    assert {"who", "that", "which"} == SUBJECT_RELATIVES


def test_role_phrase_leads_read_the_auxiliary_verbs_alone() -> None:
    assert "has" in ROLE_PHRASE_LEADS and "the" in ROLE_PHRASE_LEADS and "by" in ROLE_PHRASE_LEADS
    assert "of" not in ROLE_PHRASE_LEADS
    assert not (auxiliaries() - auxiliary_verbs()) & ROLE_PHRASE_LEADS - DETERMINERS - PREPOSITIONS - SUBORDINATORS


def test_reported_question_words_are_the_question_openers_with_who_and_whom() -> None:
    from summarizer.claims.grammar import QUESTION_OPENERS
    from summarizer.rules import load_word_sets

    assert QUESTION_OPENERS | {"who", "whom"} == load_word_sets("reported_questions")["wh"]
