"""Stage 2, cue finding: the attribution cues of a sentence.

Cue words come from summarizer/rules/cues.txt (summarizer.claims.lexicon);
a hit is the cue's first and last token and its entry (lemma, class, flags).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import islice
from typing import NamedTuple

from summarizer.claims.grammar import (
    ADJUNCT_PREPOSITIONS,
    AUXILIARIES,
    BE,
    DASHES,
    DETERMINERS,
    FINITE_ONLY_CUE_FORMS,
    MIN_QUOTE_WORDS_FOR_NESTING,
    NAMING_MARKERS,
    NOUN_PHRASE_ENDS,
    OBJECT_PRONOUNS,
    PARTICIPLES_BEFORE_AN_INFINITIVE,
    PAST_VERBS,
    PLURALS_WITHOUT_S,
    PREPOSITIONS,
    QUESTION_WORDS,
    RELATIVES,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    WRITER_CONNECTIVES,
    adjunct_end,
    cataphoric_colon,
    is_adverb,
    is_count,
    present_before_its_object,
)
from summarizer.claims.lexicon import (
    CueEntry,
    all_cue_forms,
    auxiliary_verbs,
    clause_nouns,
    cue_forms,
    documents,
    ends_in_plural_s,
    grammar,
    is_people_noun,
    noun_sets,
    past_forms,
    pronouns,
)
from summarizer.claims.names import INDEFINITE_ARTICLES
from summarizer.claims.text import POSSESSIVE_S, QUOTE_MARKS, SentenceView, Token
from summarizer.cleanup import name_particles

# A whitespace-separated word, as str.split() finds them.
NON_SPACE = re.compile(r"\S+")


class CueHit(NamedTuple):
    first: int  # token index
    last: int  # token index, inclusive
    entry: CueEntry


@cache
def _forms_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Cue forms indexed by their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for form in all_cue_forms():
        index.setdefault(form[0], []).append(form)
    return {word: tuple(sorted(forms, key=len, reverse=True)) for word, forms in index.items()}


@cache
def _first_words() -> frozenset[str]:
    return frozenset(_forms_by_first_word())


def find_cues(view: SentenceView) -> list[CueHit]:
    """Cue occurrences, longest match first.

    Rule `cue_is_a_verb_here`: a cue form after a determiner is a noun ("the
    reports"), so is one after a preposition ("in order", "for comment";
    not a participle: "after saying"), and a capitalised form counts only at the start of a sentence
    or in a title-case headline ("Clinton Says ..."). A +quoted form is a cue
    only before the quotation of its subject's words
    (`characterisation_quotes_the_subject`), so that "the Trump brand" or "a
    report compares" leave the other cues of the sentence as they were.

    Rule `noun_cue_coordinated_with_its_noun`: a plural cue form right after
    "and" or "or" that a prepositional object of the same kind stands
    before ("amid claims of a secret list and claims that veterans died",
    "over reports of abuse and claims that ...") is the second noun of that
    object, not a verb: "denied the claims and claims that ..." keeps it.
    """
    forms = all_cue_forms()
    by_first = _forms_by_first_word()
    tokens = view.tokens
    found = []
    prepositional_nouns: list[int] = []  # plural cue forms read as nouns after a preposition
    i = 0
    n = len(tokens)
    while i < n:
        candidates = by_first.get(tokens[i].lower)
        match = None
        if candidates:
            for form in candidates:
                length = len(form)
                if i + length <= n and all(tokens[i + j].lower == form[j] for j in range(1, length)):
                    match = CueHit(i, i + length - 1, forms[form])
                    break
        if match is None:
            i += 1
            continue
        token = tokens[i]
        before = tokens[i - 1].lower if i > 0 else ""
        capital_ok = not token.is_capitalised or i == 0 or (
            view.title_case and not _name_part_after_a_connector(tokens, i)
            and not (tokens[i - 1].is_capitalised and view.prose_words)) or _after_opening(tokens, i)
        noun_after_preposition = (
            before in PREPOSITIONS and before != "to" and not token.lower.endswith("ing")
        ) or _noun_after_preposition_and_modifier(tokens, i, match) or _plural_after_to(tokens, i, match)
        noun_after_modifier = _noun_after_modifier(tokens, i, match) or _noun_before_copula(tokens, i, match) or (
            before in QUANTIFIERS and token.lower.endswith("ing")  # "moving most learning online": a noun
        ) or (before == "another" and token.lower.endswith("ing")) \
            or _s_form_after_a_plural_quantifier(tokens, i, match)
        # (the "another" test above is rule `another_saying_is_a_noun`)
        # Rule `cue_with_a_non_speech_particle`: "used it as a crutch to explain away many of his
        # unpopular moves": a cue before "away" (claim_grammar.txt non_speech_particles) says nothing
        non_speech = match.first == match.last and match.last + 1 < n \
            and tokens[match.last + 1].lower in NON_SPEECH_PARTICLES
        if match.first == match.last and match.last + 1 < n and tokens[match.last + 1].lower in VERB_PARTICLES \
                and not (match.last + 2 < n and tokens[match.last + 2].lower in PARTICLE_PHRASE_WORDS):
            # Rule `particle_belongs_to_its_verb` (PolNeAR train: "took to Twitter to call out
            # protestors" gave the claim "call: out protestors"): "out" after a one-word cue
            # (claim_grammar.txt verb_particles) is the cue's own word ("found out that ...": cue
            # "found out", the claim after "that"); junk.py `particle_verb_says_nothing` drops
            # the claims of such a verb with no clause nor quotation after it ("call out X")
            # ("warned out loud that ...", "said out of 100 migrants ...": "out" opens a phrase of
            # its own, claim_grammar.txt particle_phrase_words, and the cue stays one word)
            match = CueHit(match.first, match.last + 1, match.entry)
        if noun_after_preposition and token.lower.endswith("s") and match.first == match.last:
            prepositional_nouns.append(i)
        if (
            capital_ok
            and (before not in DETERMINERS or _finite_verb_after_an_object_her(tokens, i, match))
            and not noun_after_preposition
            and not _coordinated_with_a_noun(tokens, i, match, prepositional_nouns)
            and not _wh_infinitive(tokens, i)
            and not noun_after_modifier
            and not non_speech
            and not (before.endswith(POSSESSIVE_S) and len(before) > 2)  # "Trump's claims", not "he\u2019s said"
            and not before.endswith(("s'", "s\u2019"))  # "previous studies' claims of a link"
            and not _possessive_then_modifier(tokens, i)
            and not _noun_before_a_preposition(tokens, i, match)
            and not _noun_before_its_verb(tokens, i, match)
            and not _noun_before_a_present_verb(tokens, i, match)
            and not _noun_before_a_relative(tokens, i, match)
            and not _noun_after_a_described_name(tokens, i, match)
            and not _plural_object_of_a_verb(tokens, i, match)
            and not _joined_to_a_plural_noun(tokens, i, match)
            and not _counted_participle(tokens, i, match)
            and ("quoted" not in match.entry.flags or quoted_characterisation_at(view, match) is not None)
            and ("as" not in match.entry.flags or viewed_as_at(view, match) is not None)
        ):
            found.append(match)
        i = match.last + 1
    # Rule `cue_noun_before_a_cue`: "The Reuters report said ...": a one-word cue in its base
    # form right before another cue is the subject's noun; so is a document noun in -s
    # ("Recent reports suggest ...", "Recent reports, however, suggest ...")
    found = [hit for k, hit in enumerate(found)
             if not _participle_inside_a_claims_subject(tokens, found[k - 1] if k else None, hit)]
    # Rule `cue_verb_after_a_plural_subject`: "They worry added traffic is ...": a base form right
    # after a subject pronoun or a plural noun is that subject's verb, not a noun; the cue form right
    # after it ("added", an adjective) is a word of its content
    verbs = {hit.last + 1 for hit in found if _verb_after_a_plural_subject(tokens, hit)}
    found = [hit for hit in found if not (hit.first in verbs and _adjective_before_its_noun(tokens, hit))]
    # Rule `gerund_subject_of_a_content_is_no_cue` (qa69b-s26): see `_gerund_subject_of_a_content`
    ends = {hit.last for hit in found if not tokens[hit.last].lower.endswith("ing")}
    found = [hit for hit in found if not _gerund_subject_of_a_content(tokens, hit, ends)]
    # a +reason cue ("attacked") makes no cue before it a noun (rule `uncharged_attack_cuts_nothing`:
    # "A female police inspector was reportedly attacked." keeps "reportedly")
    starts = {hit.first for hit in found if "reason" not in hit.entry.flags}
    return [hit for hit in found
            if not (hit.first == hit.last and _next_cue(tokens, hit.last + 1) in starts
                    and not tokens[hit.first].is_capitalised
                    and (tokens[hit.first].lower == hit.entry.lemma or tokens[hit.first].lower in documents()))]


PLURAL_SUBJECT_PRONOUNS = grammar("base_form_subjects")
VERB_KEEPING_FOLLOWERS = grammar("verb_keeping_followers")


def _verb_after_a_plural_subject(tokens: Sequence[Token], hit: CueHit) -> bool:
    """Rule `cue_verb_after_a_plural_subject` (see find_cues): a one-word
    cue in its base form right after "they", "we", "I", "you" or a plural
    noun ("They worry", "residents fear") is a verb: a noun there would need
    a determiner ("The Reuters report said")."""
    i = hit.first
    if hit.first != hit.last or i == 0 or tokens[i].lower != hit.entry.lemma or tokens[i].is_capitalised:
        return False
    before = tokens[i - 1]
    if before.lower in PLURAL_SUBJECT_PRONOUNS:
        return True
    return (i == 1 or not before.is_capitalised) and before.is_word and before.lower not in FUNCTION_WORDS \
        and (before.lower in PLURALS_WITHOUT_S or is_people_noun(before.lower)) and (
            i == 1 or tokens[i - 2].lower not in DETERMINERS)


def _adjective_before_its_noun(tokens: Sequence[Token], hit: CueHit) -> bool:
    """For rule `cue_verb_after_a_plural_subject`: a one-word past form in
    -ed before a lower-case noun ("added traffic"), not before "or", a
    preposition or punctuation ("they feel threatened or fear that ...":
    "threatened" stays the verb's and "feel" the noun's as before)."""
    word = tokens[hit.first]
    following = tokens[hit.last + 1] if hit.last + 1 < len(tokens) else None
    return hit.first == hit.last and word.lower.endswith("ed") and following is not None \
        and following.is_word and not following.is_capitalised and following.lower not in FUNCTION_WORDS \
        and following.lower not in AUXILIARIES and following.lower not in VERB_KEEPING_FOLLOWERS


def _name_part_after_a_connector(tokens: Sequence[Token], i: int) -> bool:
    """Rule `cue_form_after_a_name_connector_is_a_name`: "Oman's ruler,
    Sultan Qaboos bin Said, opened ...": a capitalised cue form right after a
    lower-case name connector ("bin", "al", "de": claim_grammar.txt
    name_connectors) is the last part of a name, even in a sentence of
    capitalised words that reads as a headline ("Clinton Says ..." stays)."""
    before = tokens[i - 1] if i > 0 else None
    return before is not None and not before.is_capitalised and before.lower in NAME_CONNECTORS


NAME_CONNECTORS = name_particles()  # cleanup's one reader of claim_grammar.txt name_connectors
MAX_SUBJECT_MODIFIERS = 4  # "The new White House report"


def _noun_before_a_present_verb(tokens: Sequence[Token], i: int, hit: CueHit) -> bool:
    """Rule `noun_cue_before_a_present_verb`: "The new White House report
    specifically links the increased frequency ... to climate change": a
    cue's base form after a determiner and up to four modifiers, the last a
    singular word, and before a present verb in -s with its object (past
    -ly adverbs) is the subject's noun: a verb there would need a plural
    subject and could not be followed by a second verb ("Researchers report
    links between ..." keeps its verb: no determiner)."""
    if hit.first != hit.last or tokens[i].lower != hit.entry.lemma:
        return False
    k = i + 1
    while k < len(tokens) and tokens[k].is_word and not tokens[k].is_capitalised and is_adverb(tokens[k].lower):
        k += 1
    if k + 1 >= len(tokens) or not present_before_its_object(tokens, k) or (tokens[k].lower,) in cue_forms():
        return False
    if i < 2 or not _singular_word(tokens[i - 1]):
        return False
    for size in range(1, MAX_SUBJECT_MODIFIERS + 1):
        if i - size - 1 < 0:
            return False
        opener = tokens[i - size - 1]
        if opener.lower in DETERMINERS:
            return all(m.is_word and m.lower not in FUNCTION_WORDS and m.lower not in AUXILIARIES
                       and (m.is_capitalised or not m.lower.endswith("s")) for m in tokens[i - size : i])
    return False


def _singular_word(word: Token) -> bool:
    """A word that reads as a singular noun or a name ("House", "new"), not a plural."""
    low = word.lower
    return word.is_word and low not in PLURALS_WITHOUT_S and (word.is_capitalised or not low.endswith("s"))


MAX_SUBJECT_ASIDE_TOKENS = 24  # ", referring to the youth organization that Hu headed for years,"
ASIDE_VERBS = grammar("finite_verbs")


def _participle_inside_a_claims_subject(tokens: Sequence[Token], earlier: CueHit | None, hit: CueHit) -> bool:
    """Rule `participle_inside_a_claims_subject`: "Others say Hu's camp,
    known as the Communist Youth League (CYL) faction, referring to the
    youth organization that Hu headed for years, will dominate the new
    leadership.": a participle cue after a comma, after another cue of the
    sentence, whose phrase ends at a comma that a finite verb with no
    subject of its own follows ("will dominate"), is a gloss inside the
    subject of that cue's claim, the writer's; no cue. ("The senator
    criticized the plan, referring to it as a disaster" keeps it.)"""
    i = hit.first
    if earlier is None or i == 0 or tokens[i - 1].text != "," or not tokens[i].lower.endswith("ing"):
        return False
    if any(t.text in QUOTE_MARKS for t in tokens[earlier.last + 1 : i]):
        return False  # the tokens between two cues in turn: linear in the sentence
    for k in range(hit.last + 1, min(hit.last + 1 + MAX_SUBJECT_ASIDE_TOKENS, len(tokens) - 1)):
        token = tokens[k]
        if token.text in QUOTE_MARKS or token.text in (";", ":") or token.text in DASHES:
            return False
        if token.text == ",":
            return tokens[k + 1].lower in ASIDE_VERBS
    return False


def _coordinated_with_a_noun(tokens: Sequence[Token], i: int, hit: CueHit, nouns: list[int]) -> bool:
    """Rule `noun_cue_coordinated_with_its_noun` (see find_cues): "and" or
    "or" before a one-word plural cue form, and a plural cue noun after a
    preposition earlier in the clause with no verb, comma or quotation between."""
    if not nouns or i < 2 or hit.first != hit.last or tokens[i - 1].lower not in ("and", "or"):
        return False
    if not tokens[i].lower.endswith("s"):
        return False
    earlier = nouns[-1]
    return not any(t.lower in VERB_FORMS or t.text in (",", ";") or t.text in QUOTE_MARKS
                   for t in tokens[earlier + 1 : i - 1])


WH_WORDS = QUESTION_WORDS - grammar("question_words_without_infinitive")
MAX_WH_NOUN_WORDS = 1  # "which students"


def _wh_infinitive(tokens: Sequence[Token], i: int) -> bool:
    """Rule `wh_infinitive_is_no_cue`: "choosing which students to admit",
    "deciding what to say": an infinitive after a wh-word (and at most two
    words of its noun) is what is chosen, nobody's speech."""
    if i < 2 or tokens[i - 1].lower != "to":
        return False
    for k in range(i - 2, max(i - 3 - MAX_WH_NOUN_WORDS, -1), -1):
        if tokens[k].lower in WH_WORDS:
            return True
        if not tokens[k].is_word or tokens[k].is_capitalised or tokens[k].lower in AUXILIARIES:
            return False
    return False


MAX_GERUND_SUBJECT_TOKENS = 10  # "finding evidence of the Higgs boson would be"


def _gerund_subject_of_a_content(tokens: Sequence[Token], hit: CueHit, cue_ends: set[int]) -> bool:
    """Rule `gerund_subject_of_a_content_is_no_cue` (qa69b-s26, CNN dev 969
    s3, s21: "Experts say finding the elusive particle would rank as one of
    the top scientific achievements", "Kane added that finding evidence of
    the Higgs boson would be a ... success" gave no claim at all: "finding"
    read as a cue made "say" the noun before it and cut "added" short): a
    one-word -ing cue right after "that" or right after another cue verb,
    whose phrase runs into an auxiliary verb ("would", "was") before any
    comma, "that" or quotation mark, is the gerund subject of the first
    cue's content, not a cue of its own. "denied saying that the plan
    would fail" keeps "saying" (its own "that" comes first)."""
    k = hit.first
    if k != hit.last or k < 1 or not tokens[k].lower.endswith("ing") or tokens[k].is_capitalised:
        return False
    if tokens[k - 1].lower != "that" and k - 1 not in cue_ends:
        return False
    for m in range(k + 1, min(k + 1 + MAX_GERUND_SUBJECT_TOKENS, len(tokens))):
        token = tokens[m]
        if not token.is_word or token.lower == "that" or token.text in QUOTE_MARKS:
            return False
        if token.lower in auxiliary_verbs():
            return True
    return False


def _next_cue(tokens: Sequence[Token], k: int) -> int:
    """Where a following cue would start: `k`, or past a writer's connective
    between commas (", however,")."""
    if k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lower in WRITER_CONNECTIVES \
            and tokens[k + 2].text == ",":
        return k + 3
    return k


NON_SPEECH_PARTICLES = grammar("non_speech_particles")
VERB_PARTICLES = grammar("verb_particles")
PARTICLE_PHRASE_WORDS = grammar("particle_phrase_words")  # "out loud", "out of"
QUANTIFIERS = frozenset({"most", "much", "more", "less", "some", "all", "little", "enough"})
NOUN_PREPOSITIONS = grammar("noun_prepositions")
PLURAL_QUANTIFIERS = grammar("plural_quantifiers")


def _is_s_form(word: str, hit: CueHit, or_bare: bool = False) -> bool:
    """Whether `word` (lower case) is the -s form of the cue's first word
    ("calls", "pushes": its lemma's first word and "s" or "es"), or, with
    `or_bare`, that word's bare form too ("call")."""
    bare = hit.entry.lemma.split()[0]
    return word in (bare + "s", bare + "es") or (or_bare and word == bare)


def _s_form_after_a_plural_quantifier(tokens: Sequence[Token], i: int, hit: CueHit) -> bool:
    """Rule `s_form_after_a_plural_quantifier_is_a_noun`: "With so many
    questions over what happened unanswered, experts say ...", "several
    reports", "a few claims": a cue's -s form right after "many",
    "several", "few" is a plural noun; a verb after these plural subjects
    takes its bare form ("many question the plan"), which stays a cue."""
    if i < 1 or hit.first != hit.last or tokens[i - 1].lower not in PLURAL_QUANTIFIERS:
        return False
    return _is_s_form(tokens[i].lower, hit)


def _possessive_then_modifier(tokens: tuple[Token, ...], i: int) -> bool:
    """ "Trump's repeated claim that ...": a possessive and one lower-case
    modifier before a cue form make it a noun."""
    if i < 2:
        return False
    owner, modifier = tokens[i - 2], tokens[i - 1]
    return (
        tokens[i].lower in clause_nouns()  # "claim", "warning": not "O'Malley's campaign says"
        and not modifier.lower.endswith("s")  # "Trump's supporters claim that ..." keeps the verb
        and owner.lower.endswith(POSSESSIVE_S)
        and len(owner.lower) > 2
        and modifier.is_word
        and not modifier.is_capitalised
        and modifier.lower not in AUXILIARIES
        and not is_adverb(modifier.lower)
    )


def _noun_before_a_preposition(tokens: tuple[Token, ...], i: int, hit: CueHit) -> bool:
    """Rule `cue_noun_before_a_preposition`: "sufficient demand from the
    football community", "flowers, candles and notes near where she died":
    a one-word cue between a word that cannot be its subject and "of",
    "from", "near" or "for" (its -s form only before "near", "for" or
    "from": "Fast construction claims from Broad Group have elicited ...")
    is a noun."""
    if i == 0 or hit.first != hit.last or i + 1 >= len(tokens) or tokens[i + 1].lower not in NOUN_PREPOSITIONS:
        return False
    word = tokens[i].lower
    following = tokens[i + 1].lower
    if not (word == hit.entry.lemma or (word == hit.entry.lemma + "s" and following in ("near", "for", "from"))):
        return False  # "says of Clinton" is a verb; "Fast construction claims from Broad Group" a noun
    before = tokens[i - 1]
    low = before.lower
    if not before.is_word or before.is_capitalised or low in pronouns() or low in ("to", "who", "which", "that"):
        return False
    return not (low.endswith("s") or is_people_noun(low) or is_adverb(low) or low in AUXILIARIES)


VERB_SUBJECTS = grammar("verb_subjects")
NOUN_DETERMINERS = grammar("joined_noun_determiners")


def _joined_to_a_plural_noun(tokens: tuple[Token, ...], i: int, hit: CueHit) -> bool:
    """Rule `cue_noun_joined_to_a_plural_noun`: "to see how the lawyers and
    accused handled a high-profile murder case": a one-word cue in -ed after
    "and" and a plural noun that a determiner opens ("the lawyers"), with a
    verb in -ed right after it, is a noun joined to that noun, the subject of
    that verb ("the police arrived and accused him" has no determiner before
    a plural)."""
    if hit.first != hit.last or i < 3 or i + 1 >= len(tokens) or tokens[i - 1].lower != "and":
        return False
    if not tokens[i].lower.endswith("ed"):
        return False
    noun, determiner, verb = tokens[i - 2], tokens[i - 3], tokens[i + 1]
    return (
        noun.is_word and not noun.is_capitalised and ends_in_plural_s(noun.lower)
        and determiner.lower in NOUN_DETERMINERS
        and verb.is_word and not verb.is_capitalised and (verb.lower.endswith("ed") or verb.lower in VERB_FORMS)
    )


COUNT = re.compile(r"\d[\d,]*")


def _counted_participle(tokens: tuple[Token, ...], i: int, hit: CueHit) -> bool:
    """Rule `counted_participle_is_an_adjective` (PolNeAR train: "a lead of
    more than 300 pledged delegates" showed "300" saying "delegates"): a
    one-word cue in -ed between a count in digits and a lower-case plural
    noun ("300 pledged delegates", "12 reported cases") modifies that noun;
    a count is no one who speaks. "The U.S. pledged troops" (no count
    before it) keeps its cue."""
    if hit.first != hit.last or i < 1 or i + 1 >= len(tokens) or not tokens[i].lower.endswith("ed"):
        return False
    noun = tokens[i + 1]
    return COUNT.fullmatch(tokens[i - 1].text) is not None and noun.is_word and not noun.is_capitalised \
        and noun.lower not in FUNCTION_WORDS and plural_noun_form(noun.lower)


def _plural_object_of_a_verb(tokens: tuple[Token, ...], i: int, hit: CueHit) -> bool:
    """Rule `cue_noun_after_a_verb`: "A Queens man who faces charges related
    to five firebombings", "he made claims about the fund": a cue's -s form
    right after a verb (a past form, or an -s or -ed form whose subject is a
    relative or a pronoun) is that verb's object, a noun; a verb there would
    need a subject of its own ("the man who faces say" cannot be).

    Rule `cue_noun_after_a_past_verb` (session 11, web test: "when peers
    overwhelmingly backed calls for greater powers"): the -s form of a cue,
    one word or the first of two ("calls for"), right after a past verb
    that takes another's call (backed, rejected: claim_grammar.txt
    verbs_taking_a_call) is that verb's object too. "He renewed calls for an
    inquiry" (his own call) and "the Senate calls for ..." keep their cues."""
    if i < 1:
        return False
    if not _is_s_form(tokens[i].lower, hit):
        return False
    verb = tokens[i - 1]
    low = verb.lower
    if not verb.is_word or verb.is_capitalised or low in AUXILIARIES:
        return False
    if hit.last > hit.first:
        return low in VERBS_TAKING_A_CALL
    if low in PAST_VERBS:
        return True
    return i >= 2 and tokens[i - 2].lower in VERB_SUBJECTS and low.endswith(("s", "ed")) \
        and not low.endswith(("ss", "us", "is"))


VERBS_TAKING_A_CALL = grammar("verbs_taking_a_call")
VERB_AFTER_NOUN_REACH = 8  # tokens between "hopes for" and the clause's own verb
VERB_AFTER_PHRASAL_NOUN_REACH = 10  # "U.S. calls for Egyptian military restraint over the past few months were"
NOUN_CUE_PREPOSITIONS = grammar("noun_cue_prepositions")
VERB_FORMS = grammar("finite_verbs") | grammar("past_verbs")
CIRCUMSTANCE_PREPOSITIONS = grammar("circumstance_prepositions")


def _noun_before_its_verb(tokens: tuple[Token, ...], i: int, hit: CueHit) -> bool:
    """Rule `noun_cue_before_its_verb`: "But Western hopes for a more moderate
    Syria sank when ...": a cue's base or -s form before "for", "of",
    "about" or "over" and a noun phrase that a finite verb follows is the
    subject's noun: as a verb ("Trump hopes for a deal") nothing could
    follow its object but a clause of its own ("that", "when", a comma).
    So is a two-word cue that ends in its preposition: "But after U.S. calls
    for Egyptian military restraint over the past few months were met with a
    crackdown, Obama canceled ..." ("U.S. calls for restraint" keeps its verb).
    """
    if i + 2 >= len(tokens) or tokens[i + 1].lower not in NOUN_CUE_PREPOSITIONS:
        return False
    if hit.last not in (i, i + 1) or (hit.last == i + 1 and tokens[i + 1].lower != "for"):
        return False  # of two-word cues only "call for", "push for": "the jobs Perez talks about most is"
    if not _is_s_form(tokens[i].lower, hit, or_bare=True):
        return False  # "accused of hurting ...", "said about 20 people have ...": verbs
    if i > 0 and tokens[i - 1].lower in pronouns():
        return False  # "I think over 30 dead bodies are on the ground": a subject, so a verb
    reach = VERB_AFTER_NOUN_REACH if hit.first == hit.last else VERB_AFTER_PHRASAL_NOUN_REACH
    for token in tokens[i + 2 : i + 2 + reach]:
        low = token.lower
        if not token.is_word or low in SUBORDINATORS | RELATIVES or low == "to" or (low,) in cue_forms():
            return False
        if low in VERB_FORMS:
            return True
    return False


MAX_RELATIVE_NOUN_MODIFIERS = 3  # "a future Palestinian state that would ..."
NOUN_RELATIVE_LEADS = grammar("noun_relative_leads")
# "Supporters of the new plan argue that ...": a determiner after one of these and a plural
# head belongs to the head's postmodifier, not to the cue (rule noun_cue_before_a_relative)
POSTMODIFIER_PREPOSITIONS = grammar("postmodifier_prepositions")


def _noun_before_a_relative(tokens: tuple[Token, ...], i: int, hit: CueHit) -> bool:
    """Rule `noun_cue_before_a_relative`: "But it would help create
    contiguous borders for a future Palestinian state that would coexist
    next to a Jewish state.": a one-word cue in its base form after a
    determiner and up to three modifiers of no plural ("a future
    Palestinian", "the new") and before "that" or "which" with a verb
    right after it is a noun with its relative clause: a verb there would
    need a plural subject ("the Palestinians state that ...") and "that"
    would open the subject of its clause ("they state that the talks
    would ...")."""
    if hit.first != hit.last or tokens[i].lower != hit.entry.lemma or i + 2 >= len(tokens):
        return False
    if tokens[i + 1].lower not in NOUN_RELATIVE_LEADS or tokens[i + 2].lower not in VERB_FORMS | AUXILIARIES:
        return False
    for k in range(i - 1, max(i - 2 - MAX_RELATIVE_NOUN_MODIFIERS, -1), -1):
        low = tokens[k].lower
        if low in DETERMINERS:
            if k >= 2 and tokens[k - 1].lower in POSTMODIFIER_PREPOSITIONS and _plural_word(tokens[k - 2]):
                return False  # "Supporters of the new plan argue that ...": the subject's own "of the N"
            return k < i - 1 or low != "that"  # "that state" may be "... so that state that ..."
        if not tokens[k].is_word or low in FUNCTION_WORDS or low in pronouns() or low in AUXILIARIES \
                or low.endswith(("s", "'", "\u2019")) or low in PLURALS_WITHOUT_S or is_adverb(low):
            return False
    return False


def plural_noun_form(low: str) -> bool:
    """A lower-case word whose form is a plural noun's: "researchers",
    "women", "police" (not "witness")."""
    return ends_in_plural_s(low) or low in PLURALS_WITHOUT_S


def _plural_word(token: Token) -> bool:
    """A word that reads as a plural noun: "Supporters", "Leaders", "people"."""
    return token.is_word and token.lower not in FUNCTION_WORDS and plural_noun_form(token.lower)


def _noun_after_modifier(tokens: tuple[Token, ...], i: int, hit: CueHit) -> bool:
    """Rule `noun_after_modifier`: a bare cue form after a determiner and a
    singular word is a noun ("the final say", "that manifesto pledge"); a
    verb there would need a plural subject ("the officials say"). So is one
    right after "one" ("in one tweet")."""
    if i >= 1 and tokens[i - 1].lower == "one" and tokens[i].lower == hit.entry.lemma.split()[0]:
        return True  # "In one tweet Friday, Trump said": "one" takes "says" as a verb
    if i < 2 or tokens[i].lower != hit.entry.lemma.split()[0]:
        return False
    if tokens[i].lower.endswith("ed") and hit.entry.cue_class not in ADJECTIVE_CUE_CLASSES:
        # Rule `past_form_is_no_noun`: "The judge ruled that he may travel abroad": a cue listed
        # in its past form ("ruled", cues.txt +fixed) after "the" and a singular noun is that
        # noun's verb; only a base form can be a noun there ("the final say"). Not the belief
        # adjectives ("the company concerned"), which follow their noun as modifiers
        return False
    following = tokens[hit.last + 1] if hit.last + 1 < len(tokens) else None
    after_its_source = i >= 3 and tokens[i - 2].lower in DETERMINERS and (
        tokens[i - 3].text in QUOTE_MARKS or tokens[i - 3].text == ",")
    if after_its_source and tokens[i - 1].lower in documents() and (following is None or following.text in ".!?"):
        # Rule `clause_final_cue_after_its_source`: '"... act like one," the editorial read.': a
        # bare form ("read") after a quotation or comma, a determiner and a document noun, ending
        # the sentence, is the verb of a clause-final attribution, not a noun ("the final say")
        return False
    if hit.last > hit.first and tokens[hit.last].lower == "it":
        # Rule `verb_with_its_it_is_no_noun`: "As the minister put it, ...": a form that takes its
        # object "it" with it is a verb, however singular the word before it
        return False
    if _after_a_named_modifier(tokens, i, hit):
        return True
    if _verb_of_a_postmodified_plural(tokens, i, hit):
        return False
    if tokens[i - 2].lower in DETERMINERS | {"that"}:
        return _singular_modifier(tokens[i - 1]) and not _last_of_a_coordinated_subject(tokens, i, hit)
    # Rule `noun_after_two_modifiers`: "a reverse discrimination claim by a white man": after a
    # singular determiner and two singular words a bare form before a preposition or the end of a
    # clause is a noun too (a verb would need "claims"; not "a lung transplant say they": a subject)
    modifiers = tokens[i - 2 : i]
    following = tokens[hit.last + 1] if hit.last + 1 < len(tokens) else None
    if following is not None and following.lower not in PREPOSITIONS and following.text not in CLAUSE_ENDS:
        return False
    return i >= 3 and tokens[i - 3].lower in SINGULAR_DETERMINERS and all(
        _singular_modifier(m) and m.lower not in FUNCTION_WORDS for m in modifiers)


def _last_of_a_coordinated_subject(tokens: Sequence[Token], i: int, hit: CueHit) -> bool:
    """Rule `verb_after_a_coordinated_subject` (recall-s26, CNN-Corpus dev
    449: "Prince, Paris and Blanket Jackson and their grandmother contend
    that AEG Live's pressure on Murray ... led to his death" gave no claim):
    a bare cue form after "and", a person's owner ("their", "his") and a
    person or kin noun, with a name
    before the "and", is the verb of the two joined subjects (a plural), not
    a noun, when "that" opens its clause. "Smith and their last claim that
    ..." (no person), "the rumour and the official report that ..." (no
    name before "and") and "met Smith and the official report that" (no
    owner) keep the noun reading."""
    if i < 4 or hit.first != hit.last or hit.last + 1 >= len(tokens) or tokens[hit.last + 1].lower != "that":
        return False
    before_and = tokens[i - 4]
    person = tokens[i - 1].lower
    return tokens[i - 3].lower == "and" and before_and.is_word and before_and.is_capitalised \
        and tokens[i - 2].lower in PERSON_OWNERS \
        and (is_people_noun(person) or person in noun_sets("kin_words")["relation"])


PERSON_OWNERS = grammar("possessive_determiners") - {"its"}  # "their grandmother", "his lawyer"


def _verb_of_a_postmodified_plural(tokens: Sequence[Token], i: int, hit: CueHit) -> bool:
    """Rule `bare_cue_after_a_postmodified_plural_is_a_verb` (recall-s21:
    "People familiar with the matter say the deal will close", "Sources
    close to her campaign say she stands ...", "Critics of the plan argue it
    will fail", "Those surveyed say ..."): a bare cue form after a
    determiner and a singular word is the verb of a plural subject, not a
    noun ("the final say"), when the words before it are that subject's
    postmodifier (a plural noun, at most one word such as "familiar" or
    "close", and a preposition: "people familiar with the matter"; or a
    plural determiner and a participle: "those surveyed") and a clause
    follows it (a subject pronoun, "that", a determiner or a name). "He
    wanted the final say over the budget", "a say in the matter" and
    "the campaign say" (no plural before it) stay nouns."""
    if i < 2 or hit.first != hit.last or hit.last + 1 >= len(tokens):
        return False  # "the harsh talk about Muslims": a cue with its preposition takes an object
    following = tokens[hit.last + 1]
    determiner, modifier = tokens[i - 2], tokens[i - 1]
    polled = determiner.lower in PLURAL_SUBJECT_DETERMINERS and modifier.is_word \
        and modifier.lower.endswith("ed") and not modifier.is_capitalised
    if polled and determiner.lower != "the" and following.is_word and not following.is_capitalised \
            and following.lower not in PREPOSITIONS and following.lower not in AUXILIARIES:
        # "Those surveyed say" before a clause that opens with an adjective (PolNeAR train: "By
        # double digits, those surveyed say stricter gun laws would help ..." gave no claim): a
        # plural determiner and a participle name the people who say. Not after "the" ("the
        # failed call has given ...": a noun and its verb)
        return True
    opens_a_clause = following.lower in SUBJECT_PRONOUNS or following.lower == "that" \
        or following.lower in DETERMINERS or (following.is_capitalised and following.is_word)
    if not opens_a_clause or following.lower in PREPOSITIONS:
        return False
    if determiner.lower in DETERMINERS and _object_of_a_plural_who_clause(tokens, i - 2):
        return True  # rule `bare_cue_after_a_plural_who_clause_is_a_verb`
    if determiner.lower not in DETERMINERS or i < 4 or tokens[i - 3].lower not in PREPOSITIONS:
        return False
    head = i - 4
    word = tokens[head]
    if head > 0 and not _plural_word(word) and word.is_word and not word.is_capitalised \
            and word.lower not in FUNCTION_WORDS and (word.lower,) not in all_cue_forms():
        head -= 1  # "people familiar with", "sources close to", "people briefed on"
    noun = tokens[head]
    return _plural_word(noun) and (noun.lower,) not in all_cue_forms() and noun.lower not in AUXILIARIES \
        and noun.lower not in BE


MAX_WHO_CLAUSE_VERB_WORDS = 2  # "who know", "who have known"


def _object_of_a_plural_who_clause(tokens: Sequence[Token], determiner: int) -> bool:
    """Rule `bare_cue_after_a_plural_who_clause_is_a_verb` (leftovers-s21:
    "Those who know the family say they are devastated" gave no claim at
    all, "the family say" read as "the final say"): the determiner opens the
    object of a who-clause's verb right after "who", and "who" follows a
    plural subject ("those", "People", "Residents"): the bare form after
    that object is the plural subject's verb. "He wanted the final say" and
    "a man who knows the family say" (a singular before "who") stay."""
    for m in range(determiner - 1, max(determiner - 2 - MAX_WHO_CLAUSE_VERB_WORDS, 0), -1):
        token = tokens[m]
        if not token.is_word:
            return False
        if token.lower == "who":
            before = tokens[m - 1]
            return m < determiner - 1 and (before.lower in PLURAL_SUBJECT_DETERMINERS or _plural_word(before))
    return False


def _finite_verb_after_an_object_her(tokens: Sequence[Token], i: int, hit: CueHit) -> bool:
    """Rule `finite_cue_after_her_is_a_verb` (leftovers-s21: "Those who met
    her said she was calm" gave no claim at all): "her" is a determiner
    ("her claims") and an object pronoun; a form that is only ever a finite
    verb (claim_grammar.txt finite_only_cue_forms: "said", "told") after it
    is no noun of hers but the verb of the subject before ("Those who met
    her"). "her say" and "her claims" stay nouns."""
    return i > 0 and tokens[i - 1].lower in OBJECT_PRONOUNS and hit.first == hit.last \
        and tokens[i].lower in FINITE_ONLY_CUE_FORMS


PLURAL_SUBJECT_DETERMINERS = grammar("plural_subject_determiners")
CLAUSE_ENDS = frozenset({".", ",", ";", ")", "?", "!"})
ADJECTIVE_CUE_CLASSES = frozenset({"belief"})  # cues.txt's +fixed "-ed" beliefs: "concerned", "convinced"
SINGULAR_DETERMINERS = frozenset({"a", "an", "each", "every", "another"})
SINGULAR_OWNERS = grammar("singular_owners")


def _after_a_named_modifier(tokens: Sequence[Token], i: int, hit: CueHit) -> bool:
    """Rule `noun_after_a_named_modifier`: "33 days since her last Twitter
    post, prompting critics ...", "a CNN interview with": a bare cue form
    after a singular determiner or "his", "her", "its" and one or two
    modifiers, one of them a capitalised name, is a noun when a preposition
    or the end of a clause follows it (a verb would need "posts")."""
    if hit.first != hit.last or tokens[i].lower in past_forms():
        return False  # "as an American diplomat put it,": a past form
    following = tokens[hit.last + 1] if hit.last + 1 < len(tokens) else None
    if following is not None and following.lower not in PREPOSITIONS and following.text not in CLAUSE_ENDS:
        return False
    for size in (1, 2):
        if i - size - 1 < 0:
            continue
        determiner = tokens[i - size - 1].lower
        modifiers = tokens[i - size : i]
        if determiner == "the" and tokens[i].lower in documents():
            # Rule `document_noun_after_the_and_a_name` (QA round 45, 403 s26: "The Webster report
            # on the Fort Hood shooting identified ..." read "report" as the verb of "The Webster"):
            # after "the" and a singular name ("the Webster", "the Mueller") a bare form that is a
            # document noun is that document; a verb there would need a plural subject ("The
            # Democrats report ...", "the Chinese report ...": those stay verbs)
            if all(m.is_word and m.is_capitalised and not plural_noun_form(m.lower)
                   and not m.lower.endswith(PEOPLE_ENDINGS) for m in modifiers):
                return True
            continue
        if determiner not in SINGULAR_DETERMINERS | SINGULAR_OWNERS:
            continue
        if any(m.is_capitalised for m in modifiers) and all(
                m.is_word and m.lower not in FUNCTION_WORDS and (m.is_capitalised or _singular_modifier(m))
                for m in modifiers):
            return True
    return False


PEOPLE_ENDINGS = tuple(sorted(grammar("plural_people_endings")))


def _noun_after_a_described_name(tokens: Sequence[Token], i: int, hit: CueHit) -> bool:
    """Rule `noun_after_a_described_name`: "The lawless Borno state, whose
    capital is Maiduguri, is a hot spot": a bare cue form ("state",
    "report", "claim") after "the", a lower-case modifier and a capitalised
    name (none of them plural) is a noun when a comma or the end of the
    clause follows it; a verb there would need a plural subject ("the
    lawless Borno militants state"). Without the modifier ("the Borno
    state, whose ...") only a "whose" after it tells: "The Taliban say, ..."
    is a verb."""
    if hit.first != hit.last or tokens[i].lower != hit.entry.lemma or i < 2:
        return False
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is not None and following.text not in CLAUSE_ENDS:
        return False
    relative = following is not None and following.text == "," and i + 2 < len(tokens) \
        and tokens[i + 2].lower == "whose"
    name = tokens[i - 1]
    if not name.is_word or not name.is_capitalised or plural_noun_form(name.lower) \
            or name.lower.endswith(PEOPLE_ENDINGS):  # "the ordinary Chinese say": a people
        return False
    if relative and tokens[i - 2].lower == "the":
        return True
    modifier = tokens[i - 2]
    return i >= 3 and tokens[i - 3].lower == "the" and modifier.is_word and not modifier.is_capitalised \
        and not plural_noun_form(modifier.lower) and modifier.lower not in FUNCTION_WORDS  # "lawless"


def _plural_after_to(tokens: Sequence[Token], i: int, hit: CueHit) -> bool:
    """Rule `plural_cue_after_to_is_a_noun`: "vulnerable to demands from a
    variety of parties", "in response to calls for ...": after "to" a cue's
    -s form is no infinitive but a noun ("to discuss" keeps its verb)."""
    return i > 0 and tokens[i - 1].lower == "to" and _is_s_form(tokens[i].lower, hit)
FUNCTION_WORDS = PREPOSITIONS | DETERMINERS | SUBORDINATORS | RELATIVES | frozenset({"not", "never"})


def _singular_modifier(word: Token) -> bool:
    return (
        word.is_word
        and not word.is_capitalised
        and not word.lower.endswith("s")
        and word.lower not in PLURALS_WITHOUT_S
    )


def _noun_before_copula(tokens: tuple[Token, ...], i: int, hit: CueHit) -> bool:
    """Rule `noun_before_copula`: "One of the big questions in this race is
    whether ...": a cue form after a determiner and a lower-case modifier,
    followed by a prepositional phrase and "is", is the noun the clause is about."""
    if i < 2 or tokens[i - 2].lower not in DETERMINERS or hit.last + 1 >= len(tokens):
        return False
    modifier = tokens[i - 1]
    if not modifier.is_word or modifier.is_capitalised or tokens[hit.last + 1].lower not in PREPOSITIONS:
        return False
    for token in tokens[hit.last + 2 : hit.last + 8]:
        if token.lower in ("is", "are", "was", "were"):
            return True
        if not token.is_word or token.lower in ("that", "whether"):
            return False
    return False


SUPPORT_VERBS = grammar("support_verbs")


def _count_in_a_count(tokens: Sequence[Token], i: int) -> bool:
    """Rule `count_in_a_count_is_a_share` (recall-s26, PolNeAR train: "One
    in five say that won't be true", "Nearly nine out of 10 say they will
    need ...", "Six in 10 say he's at least somewhat decisive"): a number
    after "in" or "out of" that another number stands before is the second
    half of a share of people polled, the subject of the cue after it, not
    a modifier of a noun ("in five demands", "of two reports" keep their
    reading: no number before the preposition)."""
    if i < 3 or not is_count(tokens[i - 1]):
        return False
    k = i - 2
    if tokens[k].lower == "of" and tokens[k - 1].lower == "out":
        k -= 1
    elif tokens[k].lower != "in":
        return False
    return k >= 1 and is_count(tokens[k - 1])


def _noun_after_preposition_and_modifier(tokens: tuple[Token, ...], i: int, hit: CueHit) -> bool:
    """Rule `noun_after_preposition_and_modifier`: a bare or -s cue form after
    one lower-case modifier is a noun when a preposition stands before them
    ("living in constant fear of losing", "troubled by those energy
    demands") or a verb before their determiner ("to track the energy
    demands"). Not "heard the senators say": a plural people noun before a
    bare form is its subject. Not "in turn said": a past form stays a verb; not "to
    publicly say"; not "because the union demands": a subject follows
    subordinators."""
    if i < 2:
        return False
    word, modifier = tokens[i].lower, tokens[i - 1]
    bare = hit.entry.lemma.split()[0]
    if not _is_s_form(word, hit, or_bare=True) or not modifier.is_word or modifier.is_capitalised:
        return False
    if modifier.lower.endswith("ly") or modifier.lower in DETERMINERS | PREPOSITIONS | SUBORDINATORS | RELATIVES:
        return False
    before = tokens[i - 2]
    if _count_in_a_count(tokens, i):
        return False
    if before.lower in SUPPORT_VERBS and word != bare:
        # Rule `noun_after_a_support_verb`: "tasks the State Department with making regular reports
        # to Congress", "to face corruption charges": an -s form after "making" and a modifier is
        # what is made, a noun (not after a number: "The 50-state poll finds")
        return True
    if before.lower in PREPOSITIONS:
        # "a group of researchers shows", "nothing about them seems": a plural or pronoun heads no noun;
        # after "to" only an -s form is a noun ("leading to overdue demands", not "to publicly say")
        to_ok = before.lower != "to" or word != bare
        return to_ok and not modifier.lower.endswith("s") and modifier.lower not in OBJECT_PRONOUNS
    if before.lower not in DETERMINERS or i < 3:
        return False
    if word == bare and before.lower in ("the", "these", "those") and ends_in_plural_s(modifier.lower) \
            and is_people_noun(modifier.lower):
        # "I heard the senators say the vote was delayed": a plural people noun before a bare form
        # is its subject, and the cue a verb (not "to track the energy demands")
        return False
    if word == bare and _object_of_a_plural_who_clause(tokens, i - 2):
        # Rule `bare_cue_after_a_plural_who_clause_is_a_verb` here too: "Those who back her
        # opponents say ...", "Officials who lost the case say ...": the object of the clause's
        # verb, then the plural subject's own verb (not "to track the energy demands")
        return False
    ends = i + 1 == len(tokens) or tokens[i + 1].text in (".", "!", "?")
    if ends and tokens[i - 3].lower in PREPOSITIONS:
        return True  # "troubled by those energy demands.": nothing follows the noun
    # "Video of the incident shows ...": a subject may follow a preposition and determiner
    before = tokens[i - 3]
    return (
        before.is_word
        and not before.is_capitalised
        and before.lower not in NOUN_PHRASE_ENDS
        and before.lower not in ("said", "says", "say")
    )


def _after_opening(tokens: tuple[Token, ...], i: int) -> bool:
    return tokens[i - 1].text in QUOTE_MARKS or tokens[i - 1].text in ("(", ":")


def cue_inside_quote(view: SentenceView, first: int) -> bool:
    """Rule `no_nested_attribution`: a cue inside a quotation of a few words
    or more belongs to the quoted speaker's own words, not to the article."""
    quote = view.quotes.covering(view.tokens[first].start)
    if quote is None:
        return False
    # Count only as far as the bound: an unclosed quotation may run to the
    # end of the text, and every cue inside it asks again.
    words = islice(NON_SPACE.finditer(view.text, quote[0], quote[1]), MIN_QUOTE_WORDS_FOR_NESTING)
    return sum(1 for _ in words) >= MIN_QUOTE_WORDS_FOR_NESTING


def _noun_before_copula_without_subject(tokens: Sequence[Token], hit: CueHit) -> bool:
    """Rule `cue_before_copula_is_a_noun`: a cue's base form right before
    "is" or "was" is a noun when no subject stands before it ("it's clear
    demand is just as high", "Sanders' support is strong"); after one it is
    the verb of a free relative ("what Republicans say is a pattern of
    overreach", "everything Trump says is true")."""
    word = tokens[hit.first].lower
    if hit.first != hit.last or word not in (hit.entry.lemma, hit.entry.lemma + "s"):
        return False
    if hit.first == 0:
        return True
    before = tokens[hit.first - 1]
    if before.text.endswith(("'", "\u2019")):
        return True  # a possessive: "Sanders' support"
    subject = before.is_capitalised or before.lower in pronouns() or is_adverb(before.lower)
    return not (subject or (before.is_word and before.lower.endswith("s")) or is_people_noun(before.lower))


def complement_allowed(view: SentenceView, hit: CueHit) -> bool:
    """Rules `clause_cue` (and `clause_cue_past_a_circumstance`), `not_before_to`, `not_before_as`, `not_before_in`,
    `not_before_about`, `not_before_self`, `not_before_of` and `needs_to` (flags
    +clause, +notto, +notas, +notin, +notabout, +notself, +notof, +needto in cues.txt)."""
    tokens = view.tokens
    following = tokens[hit.last + 1].lower if hit.last + 1 < len(tokens) else ""
    if following in BE and _noun_before_copula_without_subject(tokens, hit):
        return False
    if "notto" in hit.entry.flags and following == "to":
        return False
    if following == "to" and hit.first == hit.last and tokens[hit.first].lower in PARTICIPLES_BEFORE_AN_INFINITIVE:
        return False  # rule `participle_before_an_infinitive_is_no_cue`: "websites known to carry messages"
    if "notas" in hit.entry.flags and following == "as":
        return False  # "a man known as Nigel Ambersley"
    if "notin" in hit.entry.flags and following == "in":
        return False  # "was sworn in as the first Native American justice"
    if "notself" in hit.entry.flags and following in ("himself", "herself", "themselves", "itself", "myself"):
        return False  # "Trump finds himself mired in multiple criminal cases"
    if "notof" in hit.entry.flags and following == "of":
        return False  # "young people accused of a crime": the accused, no accuser speaks
    if "notabout" in hit.entry.flags and following == "about":
        return False  # "Some AI researchers are thinking about it"
    if "needto" in hit.entry.flags:
        return following in ("to", "that", ":") or following[:1] in QUOTE_MARKS  # not "seek reelection"
    if "clause" in hit.entry.flags:
        if following == "that" and hit.last + 2 < len(tokens) and tokens[hit.last + 2].lower == "to":
            # Rule `that_before_to_is_a_pronoun` (recall-s27, PolNeAR train: "Sharpton later clarified
            # that to mean Clinton never supported his specific organization" gave the claim "to mean
            # ..."): "that" before an infinitive is the object pronoun, no clause follows
            return False
        # "..., the IMF report stated." ends a clause-final attribution; "member states." does not
        stated = following == "." and (tokens[hit.last].lower.endswith("ed") or _after_a_comma_and_source(tokens, hit)
                                       or _after_a_quotation_and_source(tokens, hit))
        # Rule `past_clause_cue_after_a_quotation_and_its_source_goes_on` (recall-s29, PolNeAR train:
        # '"The Clinton Foundation must be immediately shut down," Pence stated in a press release on
        # Tuesday afternoon.' gave no claim, where "Pence stated." gave one): a past form after a
        # quotation and its short source stays the clause-final cue when a circumstance follows
        stated = stated or (following in CIRCUMSTANCE_PREPOSITIONS and hit.first == hit.last
                            and tokens[hit.first].lower.endswith("ed") and _after_a_quotation_and_source(tokens, hit))
        return following in ("that", ":", ",") or following[:1] in QUOTE_MARKS or not following or stated \
            or cataphoric_colon(tokens, hit.last + 1) is not None \
            or _after_a_quotation(tokens, hit) \
            or _adjunct_then_its_clause(view, hit) \
            or (following == "." and _in_an_as_clause(tokens, hit)) \
            or _pronoun_clause_after_the_cue(tokens, hit)
    return True


CLAUSE_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})


def _pronoun_clause_after_the_cue(tokens: Sequence[Token], hit: CueHit) -> bool:
    """Rule `clause_cue_before_a_pronoun_clause` (qa67c-s24, QA round 67, 919
    s30: "The Tanzanian government maintains it owns the land." gave no
    claim): a +clause cue in the present or past right before a subject
    pronoun and a finite verb (claim_grammar.txt finite_verbs, a past form,
    or a lower-case word in -s) opens a clause with no "that". Not after a
    determiner (a noun: "the state it is in" never gets here), and "maintain
    it well" (no verb after the pronoun) stays no cue."""
    after = hit.last + 1
    if after + 1 >= len(tokens) or tokens[after].lower not in CLAUSE_PRONOUNS:
        return False
    if hit.first != hit.last or not tokens[hit.first].lower.endswith(("s", "ed")):
        return False  # "maintains", "maintained"; a bare "maintain it" may be an order or a noun
    verb = tokens[after + 1]
    if not verb.is_word or verb.is_capitalised:
        return False
    low = verb.lower
    return low in VERB_FORMS or low in past_forms() or (low.endswith("s") and not low.endswith("ss") and len(low) > 3)


MAX_AS_SOURCE_TOKENS = 12  # "as Akhil Amar, professor of constitutional law at Yale, put it"


def _in_an_as_clause(tokens: Sequence[Token], hit: CueHit) -> bool:
    """Rule `as_the_source_put_it`: "The talks are dead, as the minister put
    it.", "As Ms. Simonyan put it in a statement in July, RT is ...": a
    +clause cue whose subject an "as" opens, at the start of the sentence or
    after a comma, speaks of the sentence's other clause, so it needs no
    "that", colon or quotation of its own ("as expected" and "as he said
    goodbye" are no such clause: the subject must come between)."""
    k = hit.first
    for m in range(k - 2, max(k - 2 - MAX_AS_SOURCE_TOKENS, -1), -1):
        if tokens[m].lower == "as":
            # after a comma, also one inside a closing quotation ('"... income," as a memo put it')
            return m == 0 or tokens[m - 1].text == "," or (
                m >= 2 and tokens[m - 1].text in QUOTE_MARKS and tokens[m - 2].text == ",")
        if not (tokens[m].is_word or tokens[m].text in (",", "(", ")") or tokens[m].text in QUOTE_MARKS):
            return False
    return False


CHARACTERISATION_LINKS = grammar("characterisation_links")
CLAUSE_OPENERS_AFTER_A_COMMA = grammar("clause_openers_after_a_comma")
AFTER_A_CHARACTERISATION = grammar("after_a_characterisation")
TITLE_JOINERS = grammar("quoted_title_joiners")
CHARACTERISATION_BREAKS = grammar("characterisation_breaks")  # end the search for the quotation
# tokens from the cue to the quotation: "compared Trump to a coach at a basketball game who is"
MAX_CHARACTERISATION_GAP = 16


def quoted_characterisation_at(view: SentenceView, hit: CueHit) -> int | None:
    """Rule `characterisation_quotes_the_subject` (+quoted cues): the token
    that opens the quotation of the subject's own words after the cue's
    object, in its clause: "likened the refugees to a “vicious snake”",
    "branded North Korea an “outlaw nation”", "blasted the media for being
    “unbelievably dishonest”". The object comes first (one word at least),
    then a link ("as", "to", "for": characterisation_links) or "a"/"an"
    right before the quotation; no clause mark, dash or new clause after a
    comma between. None when there is no such quotation: "likened the plan to
    a tax" is an act; a quotation right after the cue or after "so-called",
    "called" (naming_markers) is a name or the writer's scare quote ("compared
    the “Justice Against Sponsors of Terrorism Act” to ..."), and a quoted
    name in capitals is a title unless "as" gives it ("hailed Trump as “The
    Comeback Kid”", not "likened the plan to “The Art of the Deal”")."""
    tokens = view.tokens
    if tokens[hit.first].lower.endswith("ing"):
        # "has been steadily pounding Trump as a “con artist”", but not a participle of another
        # clause's ("..., comparing his claim ... to Republican arguments “that ...”")
        k = hit.first - 1
        while k >= 0 and is_adverb(tokens[k].lower) and tokens[k].lower not in BE:
            k -= 1
        if k < 0 or tokens[k].lower not in BE:
            return None
    words = 0
    linked = False
    for k in range(hit.last + 1, min(len(tokens), hit.last + 1 + MAX_CHARACTERISATION_GAP)):
        token = tokens[k]
        if token.text in QUOTE_MARKS:
            quote = view.quotes.covering(token.start)
            if quote is None or quote[0] != token.start or words == 0:
                return None
            before = tokens[k - 1].lower
            if before in NAMING_MARKERS or not (linked or before in INDEFINITE_ARTICLES):
                return None
            inside = [t for t in view.tokens_within(quote[0], quote[1]) if t.is_word]
            if not inside or (before != "as" and inside[0].is_capitalised
                              and all(t.is_capitalised or t.lower in TITLE_JOINERS for t in inside)):
                return None
            after = characterisation_end(view, k)
            if after < len(tokens) and tokens[after - 2].is_word and tokens[after].is_word \
                    and not tokens[after].is_capitalised \
                    and tokens[after].lower not in PREPOSITIONS and tokens[after].lower not in AFTER_A_CHARACTERISATION:
                return None  # 'a “control” group', 'as a “superstorm” hit': the writer's scare quote
            return k
        if token.text == "." and k + 1 < len(tokens) and tokens[k + 1].text == ",":
            continue  # an abbreviation's point: "Sen. Tim Kaine, D-Va., as, “a little desperate ...”"
        if token.text in CHARACTERISATION_BREAKS or token.text in DASHES or token.text == "--":
            return None
        if token.text == "," and k + 1 < len(tokens) and tokens[k + 1].lower in CLAUSE_OPENERS_AFTER_A_COMMA:
            return None  # "hailed Trump, whose “...” slogan": the quotation is no longer the subject's
        if token.is_word:
            linked = linked or (words > 0 and token.lower in CHARACTERISATION_LINKS)
            words += 1
    return None


VIEW_AS_BARRED_FOLLOWERS = grammar("view_as_barred_followers")
VIEW_AS_CLAUSE_SUBJECTS = grammar("view_as_clause_subjects")
VIEW_AS_SUBJECT_ROLES = grammar("view_as_subject_roles")
VIEW_AS_MET_OBJECTS = grammar("view_as_met_objects")
MAX_VIEWED_OBJECT = 8  # tokens from the cue to "as": "see police violence against African Americans as"


def viewed_as_at(view: SentenceView, hit: CueHit) -> int | None:
    """Rule `view_as_names_a_view` (+as cues: "see", "view", "regard"): the
    token "as" that, after the cue's object, gives the subject's view of it:
    "Sanders sees these gains as evidence that ...", "Some view Trump's
    nomination as a hostile takeover". None when there is no such "as", and
    the verb is no cue at all: "saw a crowd", "see it as well", "saw the
    truck running into people as they left" (a clause after "as" tells a
    time), "the girls dressed as Rey" (a participle's "as"). A passive ("is
    seen as", "a state seen as critical") names no one who holds the view."""
    tokens = view.tokens
    k = hit.first - 1
    while k >= 0 and is_adverb(tokens[k].lower) and tokens[k].lower not in BE:
        k -= 1
    if k >= 0 and (tokens[k].lower in BE or tokens[k].lower in ("been", "being", "get", "got", "gets")):
        return None
    if tokens[hit.first].lower in ("seen", "viewed", "regarded") and (k < 0 or tokens[k].lower not in AUXILIARIES):
        return None  # "a state seen as critical": a participle with no holder of the view
    if hit.last + 1 < len(tokens) and tokens[hit.last + 1].lower in VIEW_AS_MET_OBJECTS:
        return None  # "sees patients as a nurse": met, not judged
    words = 0
    for m in range(hit.last + 1, min(len(tokens), hit.last + 2 + MAX_VIEWED_OBJECT)):
        token = tokens[m]
        if token.lower == "as":
            after = tokens[m + 1] if m + 1 < len(tokens) else None
            if words == 0 or after is None or not after.is_word or after.lower in VIEW_AS_BARRED_FOLLOWERS \
                    or after.lower in VIEW_AS_CLAUSE_SUBJECTS or tokens[m - 1].lower.endswith("ed") \
                    or any(t.lower == "as" for t in tokens[m + 2 : m + 4]):
                return None  # "see changes as early as next week" compares, it holds no view
            role = tokens[m + 2] if after.lower in ("a", "an") and m + 2 < len(tokens) else after
            if role.lower in VIEW_AS_SUBJECT_ROLES:
                return None  # "saw the movie as a child": the subject's own role, no view of the film
            return m
        if words == 0 and token.lower == "by":
            return None  # "long viewed by many as their best chance": a passive, its agent after it
        if not (token.is_word or token.text in QUOTE_MARKS or token.text in ("'s", "\u2019s", "-")):
            return None  # a comma, a dash or a clause mark: the object has ended
        if token.is_word and (token.lower in SUBORDINATORS - {"and", "or"} or token.lower in RELATIVES
                               or token.lower == "to"):
            return None
        words += token.is_word
    return None


def characterisation_end(view: SentenceView, opening: int) -> int:
    """The token after the quotation that opens at token `opening` and of
    any quotation joined to it by "and"/"or" ("as a “workplace” or “gun
    control” issue"): where the characterising noun phrase must end."""
    tokens = view.tokens
    k = opening
    while True:
        quote = view.quotes.covering(tokens[k].start)
        after = next((m for m in range(k + 1, len(tokens)) if quote is None or tokens[m].start >= quote[1]),
                     len(tokens))
        if after + 1 < len(tokens) and tokens[after].lower in ("and", "or") and tokens[after + 1].text in QUOTE_MARKS:
            k = after + 1
            continue
        return after


def _adjunct_then_its_clause(view: SentenceView, hit: CueHit) -> bool:
    """Rule `clause_cue_past_a_circumstance`: "The company stated in a letter
    that ...", 'as The New Yorker put it in a lengthy expose, "the
    operator."': a circumstance (grammar.adjunct_end) between a +clause cue
    and its "that", colon, or comma and a quotation that ends the sentence
    ("Member states in the union, "the core group," voted no" is no cue); a
    "that" before an auxiliary opens a relative clause of the circumstance's
    noun ("put it in terms that will resonate with average Americans")."""
    tokens = view.tokens
    k = hit.last + 1
    if k >= len(tokens) or tokens[k].lower not in ADJUNCT_PREPOSITIONS:
        return False
    if tokens[0].lower == "as" and _in_an_as_clause(tokens, hit):
        # rule `as_the_source_put_it`: "As Ms. Simonyan put it in a statement in July, RT is ...":
        # the circumstance runs to the comma that closes the "as" clause; the main clause is the claim
        window = range(k + 1, min(k + MAX_AS_SOURCE_TOKENS, len(tokens)))
        comma = next((m for m in window if not tokens[m].is_word), None)
        return comma is not None and tokens[comma].text == "," and comma + 1 < len(tokens)
    end = adjunct_end(tokens, k, quoted=True)
    if end is None:
        return False
    if tokens[end].lower == "that":
        # "put it in terms that will resonate with ...": a relative clause of the noun, no content
        return end + 1 < len(tokens) and tokens[end + 1].lower not in AUXILIARIES
    if tokens[end].text != ",":
        return True
    quote = view.quotes.covering(tokens[end + 1].start)
    return quote is not None and not any(t.is_word for t in tokens if t.start >= quote[1])


def _after_a_comma_and_source(tokens: Sequence[Token], hit: CueHit) -> bool:
    """Rule `clause_final_present_cue`: "However, Hispanic adolescents
    received less punishment, the report states.": a comma, a determiner and
    one noun before a clause cue that ends the sentence make it a clause-final
    attribution ("the member states." has no comma before its determiner)."""
    k = hit.first
    return k >= 3 and tokens[k - 3].text == "," and tokens[k - 2].lower in DETERMINERS and tokens[k - 1].is_word


MAX_QUOTED_SOURCE_WORDS = 4  # "the State Department letter"


def _after_a_quotation_and_source(tokens: Sequence[Token], hit: CueHit) -> bool:
    """Rule `present_clause_cue_after_a_quotation` (QA round 56, 401 s3:
    '"In fact, taking a strong step toward granting relief would move us
    ...," the letter states.' was no claim, where "the letter says" was
    one): a clause cue that ends the sentence after a short source (a name,
    or a determiner and its noun) right after a quotation closed with a
    comma is a clause-final attribution ("the member states." after no
    quotation is not)."""
    k = hit.first
    m = k - 1
    while m >= 0 and k - m <= MAX_QUOTED_SOURCE_WORDS and tokens[m].is_word:
        m -= 1
    if m == k - 1 or m < 1:
        return False
    source = tokens[m + 1 : k]
    if not (source[0].is_capitalised or source[0].lower in DETERMINERS):
        return False
    if tokens[m].text in QUOTE_MARKS:
        return tokens[m - 1].text == ","  # '"...," the letter states.'
    return tokens[m].text == "," and tokens[m - 1].text in QUOTE_MARKS  # '"...", the letter states.'


def _after_a_quotation(tokens: Sequence[Token], hit: CueHit) -> bool:
    """Rule `inverted_clause_cue`: '"The House Committee has learned of
    ...," stated a letter to the VA's Office of Inspector General': right
    after a quotation (and its comma) a clause cue stands before its source."""
    k = hit.first
    if hit.first != hit.last or not tokens[k].lower.endswith(("ed", "s")):
        return False  # a finite form only: not '"disheartened" state of', '"The View," remarking'
    return k >= 1 and (tokens[k - 1].text in QUOTE_MARKS or (k >= 2 and tokens[k - 1].text == ","
                                                              and tokens[k - 2].text in QUOTE_MARKS))


def sentence_cues(view: SentenceView) -> list[CueHit]:
    """The cues of a sentence that can head an attribution of the article's
    own (not nested in a quotation, with the complement their flags ask)."""
    if not view.tokens or view.words.isdisjoint(_first_words()):
        return []
    return [h for h in find_cues(view) if not cue_inside_quote(view, h.first) and complement_allowed(view, h)
            and not _in_a_noun_clause(view, h) and not _inferred_after_is_that(view, h)
            and not _reputation_adjective(view, h)]


REPUTATION_PARTICIPLES = grammar("reputation_participles")
MAX_ROLE_MODIFIERS = 2  # "noted security researcher", "noted civil rights lawyer"


def _reputation_adjective(view: SentenceView, hit: CueHit) -> bool:
    """Rule `reputation_adjective_is_no_cue` (qa66a-s24, QA round 66, 548 s31:
    '"Fingerprints are not private, ...," writes noted security researcher
    Graham Cluley on his blog.' gave the source "writes" and the cue
    "noted"): "noted" (claim_grammar.txt reputation_participles) after a
    determiner or a cue verb ("a noted historian", "writes noted ...") and
    before a role noun, with at most MAX_ROLE_MODIFIERS lower-case words
    between, says the person is well known; it is no cue, so the inverted
    "writes ... Graham Cluley" keeps its source. "He noted economists
    disagree" (after a pronoun) stays a cue."""
    tokens = view.tokens
    k = hit.first
    if tokens[k].lower not in REPUTATION_PARTICIPLES or tokens[k].is_capitalised or k < 1:
        return False
    before = tokens[k - 1]
    if before.lower not in DETERMINERS and (before.lower,) not in cue_forms():
        return False
    for m in range(k + 1, min(k + 2 + MAX_ROLE_MODIFIERS, len(tokens))):
        if not tokens[m].is_word or tokens[m].is_capitalised:
            return False
        if is_people_noun(tokens[m].lower):
            return True
    return False


INFERRED_CLASSES = frozenset({"belief"})


def _inferred_after_is_that(view: SentenceView, hit: CueHit) -> bool:
    """Rule `inference_after_is_that_is_the_writers`: "One conclusion you
    could naturally jump to is that Facebook wants you to share your
    location": a wish or belief cue whose subject follows "is that" or "was
    that" is what the writer concludes about someone, not what they said.
    "The problem is that officials say ..." (a speech cue) keeps its claim."""
    if hit.entry.cue_class not in INFERRED_CLASSES:
        return False
    tokens = view.tokens
    that = _that_before(tokens, hit.first - 1, hit.first, max_gap=5)
    return that is not None and tokens[that - 1].lower in ("is", "was", "'s", "\u2019s")


def _that_before(tokens: Sequence[Token], k: int, cue: int, max_gap: int) -> int | None:
    """The index of the "that" met walking back over words from token `k`,
    with at most `max_gap` tokens between it and the cue's first token
    `cue` (a short subject: "is that Facebook wants", "and that all Muslims
    had to pledge"); None when a mark or the sentence's start comes first
    (a "that" opening the sentence opens no clause of anything before it)."""
    while k >= 0 and tokens[k].is_word and tokens[k].lower != "that" and cue - k <= max_gap:
        k -= 1
    return k if k >= 1 and tokens[k].lower == "that" else None


MAX_NOUN_CLAUSE_GAP = 8  # words between a clause noun and its "that": "declaration by ISIS leader Abu Bakr Al Baghdadi"


def _in_a_noun_clause(view: SentenceView, hit: CueHit) -> bool:
    """Rule `cue_in_a_noun_clause_is_nested`: "the declaration by ISIS leader
    Abu Bakr Al Baghdadi that the caliphate had been reestablished -- and
    that all Muslims had to pledge allegiance to him": a cue whose subject
    follows the "that" of a noun's clause (clause_nouns.txt), or an "and
    that" joined to one, is inside what the noun's owner said; it is no
    claim of its subject. Not "officials said that all Muslims had to
    pledge": there "that" follows a cue verb. Only a cue after an auxiliary
    or "to" ("had to pledge", "would not support"): "a declaration that
    Amnesty International said could amount to a war crime" is a relative
    clause, and Amnesty's claim."""
    tokens = view.tokens
    k = hit.first - 1
    while k >= 0 and tokens[k].is_word and (tokens[k].lower in AUXILIARIES or tokens[k].lower == "to"
                                            or is_adverb(tokens[k].lower)):
        k -= 1
    if k == hit.first - 1:
        return False  # "a declaration that Amnesty International said could amount to a war crime": a relative
    that = _that_before(tokens, k, hit.first, max_gap=6)  # past the subject: "all Muslims"
    return that is not None and _that_of_a_noun(tokens, that)


def _that_of_a_noun(tokens: Sequence[Token], that: int) -> bool:
    """The "that" at token `that` opens a noun's clause: a clause noun stands
    before it (past a few words with no verb), or "and" and an earlier
    "that" of a noun."""
    before = that - 1
    while before >= 0 and tokens[before].text in ("-", "\u2014", "\u2013", ","):
        before -= 1
    if before >= 0 and tokens[before].lower == "and":
        earlier = next((m for m in range(before - 1, max(before - 30, -1), -1) if tokens[m].lower == "that"), None)
        return earlier is not None and _that_of_a_noun(tokens, earlier)
    for m in range(that - 1, max(that - 2 - MAX_NOUN_CLAUSE_GAP, -1), -1):
        token = tokens[m]
        if token.lower in clause_nouns():
            return True
        if not token.is_word or token.lower in VERB_FORMS or (token.lower,) in cue_forms():
            return False
    return False
