"""Stage 3, the rule registry: from a cue in a sentence to source, cue and content.

Each rule is a `Rule` record: a name, a documented priority (lower is tried
first), the scope it runs on (each cue of a sentence, or a sentence with no
cue frame), its pattern function and example sentences. A pattern returns
a `Frame` (character spans, no speaker resolution yet) or None when it does
not hold. One pattern function may serve several named rules (a subject
before the cue gives `reported_speech`, `parenthetical_attribution` or
`clause_final_attribution` by the shape of the sentence); the record whose
name the frame carries takes it.

Adding a pattern is one record here and one test sentence: tests check that
every registered rule's examples yield a claim with `claim.rule == name`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, pairwise
from typing import NamedTuple

from summarizer.claims.cues import (
    CHARACTERISATION_BREAKS,
    PLURAL_QUANTIFIERS,
    REPUTATION_PARTICIPLES,
    TITLE_JOINERS,
    CueHit,
    characterisation_end,
    plural_noun_form,
    quoted_characterisation_at,
    sentence_cues,
    viewed_as_at,
)
from summarizer.claims.grammar import (
    ADJUNCT_NOUNS,
    ADJUNCT_PREPOSITIONS,
    ADVERB_AUXILIARIES,
    AUXILIARIES,
    AUXILIARY_VERBS,
    BE,
    CIRCUMSTANCE_NOUNS,
    COMMENT_NOTE_NEGATIONS,
    COMMENT_NOTE_WORDS,
    COMPOUND_HEADS_AFTER_A_CUE,
    CONCESSIVE_PREPOSITIONS,
    COUNT_WORDS,
    CUE_NOUN_FORMS,
    CURRENCY_SIGNS,
    DASHES,
    DETERMINERS,
    DO_FORMS,
    EN_PARTICIPLES,
    FINITE_AUXILIARIES,
    FINITE_ONLY_CUE_FORMS,
    FINITE_VERBS,
    FRONTED_LEADS,
    FRONTED_OPENERS,
    FRONTED_SUBORDINATORS,
    GROUP_PARTS,
    HEARER_HEADS,
    HEARER_NOUNS,
    INTENSIFYING_PRONOUNS,
    MAX_ADJUNCT_TOKENS,
    MAX_EXAMPLE_LIST_TOKENS,
    MAX_LOWER_CASE_SOURCE_WORDS,
    MAX_WITH_ABSOLUTE_TOKENS,
    MODALS,
    MODIFIER_PARTICIPLES,
    MONTHS,
    NAMING_CUES,
    NAMING_PARTICIPLES,
    NOUN_PHRASE_ENDS,
    NUMBERS,
    OBJECT_PRONOUNS,
    PAST_VERBS,
    PREPOSITIONS,
    PURPOSE_LEADS,
    QUESTION_OPENERS,
    QUESTION_PUTTERS,
    RELATIVES,
    SEEMING_CUES,
    SENTENCE_ADVERBS,
    SENTENCE_CONJUNCTIONS,
    SHARE_LEADS,
    SUBJECT_PRONOUNS,
    SUBJECT_RELATIVES,
    SUBORDINATORS,
    TIME_LEADS,
    TIME_UNITS,
    TIME_WORD_LEADS,
    TIME_WORDS,
    WANTING_CUES,
    WHO_DESCRIBED_PRONOUNS,
    WRITER_GLOSSES,
    affiliation_ends_the_sentence,
    after_dateline,
    body_with_its_state,
    cataphoric_colon,
    clause_after_a_fronted_comma,
    compared_share,
    content_last,
    content_start,
    cue_flags,
    finite_by_form,
    fronted_negation_end,
    group_of_the_examples,
    has_finite_verb,
    has_words,
    head_token,
    holds_a_quotation_mark,
    is_adverb,
    is_count,
    is_list_under_a_year_label,
    is_listed_past,
    is_main_verb,
    is_modifier,
    is_nominal,
    is_noun_word,
    is_past,
    is_past_participle,
    is_past_verb,
    is_year,
    joined_by_its_tense,
    joined_clause_negation,
    last_word_before,
    left_content,
    left_is_content,
    list_comma_before,
    lists_predicates,
    looks_like_source,
    np_left,
    np_right,
    opens_a_noun_apposition,
    opens_main_clause,
    present_before_its_object,
    present_conjunct_of_a_past_content,
    quoted_programme_end,
    reads_as_clause,
    region_after_a_place,
    relative_clause_end,
    says_something_soon,
    short_plain_tail,
    skip_auxiliaries_left,
    source_ends_after,
    starts_new_cue,
    that_noun_clause,
    time_adjunct_end,
    trailing_end,
    trim_source,
    verb_adverb,
    with_absolute,
)
from summarizer.claims.lexicon import (
    PARTY_TAG,
    CueEntry,
    body_nouns,
    clause_nouns,
    cue_forms,
    documents,
    ends_in_plural_s,
    grammar,
    is_people_noun,
    negative_leads,
    noun_cues,
    noun_sets,
    past_forms,
    people_nouns,
    pronouns,
    reporting_only_nouns,
    source_modifiers,
    source_nouns,
    title_words,
)
from summarizer.claims.names import (
    ARTICLES,
    DEMONYM_ENDINGS,
    FIRST_PERSON_SUBJECTS,
    INDEFINITE_ARTICLES,
    POSSESSIVE_DETERMINERS,
    countries,
    first_names,
    holds_a_body_word,
    name_after_a_listed_body,
    one_word_titles,
    opens_sentence,
    organisation_acronyms,
    organisation_words,
    place_ends,
    places,
    possessor_of_a_role,
    title_at,
)
from summarizer.claims.text import POSSESSIVE_S, QUOTE_MARKS, SentenceView, Token
from summarizer.cleanup import is_dateline_place
from summarizer.rules import load_word_set, word_set

Span = tuple[int, int]
MAX_ASIDE_TOKENS = 30
POSSESSIVE_PRONOUNS = grammar("possessive_pronouns")
# unions the rules below test words against, built once rather than at each test
TIME_NOUNS = TIME_WORDS | TIME_UNITS
CLAUSE_LEADS = PREPOSITIONS | SUBORDINATORS
FINITE_OR_AUXILIARY = FINITE_VERBS | AUXILIARIES
SUBORDINATORS_OR_RELATIVES = SUBORDINATORS | RELATIVES
# a preposition or a relative opens a phrase after a noun and is no verb ("forces in ...", "those who ...")
PREPOSITIONS_OR_RELATIVES = PREPOSITIONS | RELATIVES
PARTICIPLE_OPENERS = frozenset({",", "and", "while", "by", "after", "before", "when", "in", "\u2014", "\u2013"})


class Frame(NamedTuple):
    """A candidate attribution before speaker resolution and clean-up."""

    rule: str
    entry: CueEntry
    cue: Span  # character span
    source: Span | None  # character span
    content: tuple[Span, ...]
    clause_final: bool = False  # content stands before the cue: wins nesting ties
    cue_token: int = -1  # the cue's first token in its sentence

    def with_content(self, content: tuple[Span, ...]) -> Frame:
        if content == self.content:
            return self
        return Frame(self.rule, self.entry, self.cue, self.source, content, self.clause_final, self.cue_token)


CueRule = Callable[[SentenceView, CueHit, set[int]], "Frame | None"]
SentenceRule = Callable[[SentenceView], "Frame | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    priority: int
    scope: str  # "cue" or "sentence"
    pattern: Callable[..., Frame | None]
    examples: tuple[str, ...]
    fallback: bool = False  # a sentence rule tried only when no cue rule held
    # a sentence rule runs only on a sentence holding one of these tokens (lower case)
    trigger: frozenset[str] = frozenset()


def _frame(
    rule: str, hit: CueHit, view: SentenceView, source: Span | None, content: list[Span], **flags: bool
) -> Frame:
    cue = view.span(hit.first, hit.last)
    return Frame(rule, hit.entry, cue, source, tuple(content), flags.get("clause_final", False), hit.first)


# --- cue rules -----------------------------------------------------------------


def _named_person_source(view: SentenceView, first: int, last: int) -> bool:
    """Rule `affiliation_after_the_source`: an affiliation follows a person's
    name ("according to Vladimir Seliyvanov, with Dontesk Railways"), never
    "a statement", "the airline" or an organisation's name ("The deal was
    signed, according to a statement, at the White House": the place is
    part of the claim)."""
    tokens = view.tokens
    words = tokens[first : last + 1]
    return bool(words) and all(t.is_word and t.is_capitalised for t in words) \
        and words[-1].lower not in organisation_words() and not words[-1].text.isupper()


def according_to(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> Frame | None:
    """`According to the newspaper, "..."` and `..., according to Politico.`"""
    if hit.entry.lemma != "according to":
        return None
    tokens = view.tokens
    first, last = hit.first, hit.last
    source_last = _according_source_end(view, last + 1, np_right(view, last + 1, limit=14))
    if source_last is None:
        return None
    source_last = _source_before_a_new_phrase(view, last + 1, source_last)
    source_last = _source_past_its_determiner(view, source_last)
    if source_last is not None:
        source_last = _source_past_a_bare_quantifier(view, source_last)
    if source_last is None or _conformity(view, last + 1, source_last) or _criterion(view, last + 1):
        return None
    source_last = _body_past_its_state(view, source_last)
    source_last = _before_the_relatives_verb(view, first, last, source_last)
    parts = []
    before = left_content(view, first - 1) if first > 0 else None
    if before:
        before = _after_writers_reasoning(view, before)
        before = _counted_apposition_alone(view, before)
        parts.append(before)
        source_last = _source_through_its_of_phrase(view, source_last)
    if not before:
        source_last = _name_after_a_fronted_source(view, source_last)
    elif _opens_with_a_present_say(view, before, first, cue_starts):
        return None
    after = source_last + 1
    participle_end = _participle_after_the_source(view, after, MAX_FRONTED_SOURCE_TOKENS if not before else None)
    if participle_end is not None:
        after = participle_end + 1
    elif not before:
        after = _fronted_source_phrase_end(view, after) + 1
    while after < len(tokens) and tokens[after].text in {",", ":"} | DASHES:
        after += 1
    ended = after < len(tokens) and tokens[after].text in (".", "!", "?")  # "according to Iowa Starting Line.2 Warren"
    if before and (_contrast_follows(view, after) or _fronted_participle_phrase(view, before)
                   or (_named_person_source(view, last + 1, source_last)
                       and affiliation_ends_the_sentence(view, after))):
        ended = True
    if after > source_last + 1 and tokens[source_last + 1].text == "," and after < len(tokens) \
            and (tokens[after].lower in INDEFINITE_ARTICLES or (not before and _role_apposition_opens(tokens, after))):
        # Rule `apposition_after_the_source`: "..., according to spokeswoman Katie Burke of HubSpot,
        # a marketing software company that hosts the conference.": the apposition describes the
        # source; glued onto the claim it would make the conference a company. Fronted ("According
        # to Burke, a spokeswoman, the plan failed") the claim is the main clause after it
        if before:
            ended = True
        elif _after_source_relative(view, after) < len(tokens):
            after = _after_source_relative(view, after)  # not "According to Burke, a plan was drafted."
    if before and not ended and after > source_last + 1 and tokens[source_last + 1].text == "," \
            and _name_of_a_final_source(view, after):
        ended = True
        source_last = _apposed_name_of_a_described_source(view, last + 1, source_last, after)
    if before and not ended and after > source_last + 1 and tokens[after - 1].text == "," \
            and _outer_attribution_to_the_end(view, after, cue_starts):
        # Rule `outer_reporter_after_according_to`: "Most Israelis support a two-state solution,
        # according to a poll by the Dialog Institute, Haaretz reported.": the source and cue after
        # the comma report the whole sentence; glued onto the claim they would read as its words
        ended = True
    if before and not ended and after > source_last + 1 \
            and (tokens[source_last + 1].text == "," or tokens[after - 1].text == ",") \
            and _apposition_to_the_end(view, after):
        # Rule `title_after_a_final_source_is_the_sources`: "..., according to Michael Dean, the
        # Navy's deputy director of ocean engineering.": the phrase after the source's comma,
        # running to the stop with no verb, describes the source; glued onto the claim it would
        # read as part of what was said
        ended = True
    if before and not ended and _source_tail_to_the_end(view, source_last, after):
        ended = True
    if after > source_last + 1 and _source_relative(view, after, cue_starts, first):
        after = _after_source_relative(view, after) if before is None else len(tokens)
    elif after == source_last + 1 and after < len(tokens) and tokens[after].lower in PERSON_RELATIVES:
        # Rule `restrictive_relative_after_the_source`: "..., according to a union official who
        # asked not to be named": with no comma, "who" takes up the source; the clause is the
        # source's, never glued onto the claim
        after = _after_source_relative(view, after) if before is None else len(tokens)
    if before and not ended and _after_a_relative_comma(tokens, first) and after < len(tokens):
        # Rule `according_to_inside_a_relative_claims_the_relative`: "Beverly Carter, who
        # according to her employer's website has been married for 34 years, was last seen
        # wearing ...": the source supports the relative clause it stands in, up to the comma
        # that closes it; the main clause after it is the writer's
        end = _relative_aside_end(view, after, len(tokens) - 1, hit.entry)
        if end < len(tokens) - 1:
            parts.append((tokens[after].start, trailing_end(view, end)))
            return _frame("according_to", hit, view, view.span(last + 1, source_last), parts, clause_final=True)
    if after < len(tokens) and not ended and has_words(view, after, len(tokens) - 1):
        end = _before_a_final_attribution(view, after, cue_starts)
        parts.append((tokens[after].start, trailing_end(view, end)))
    elif before and ended and after < len(tokens) and _fronted_participle_phrase(view, before):
        subject = _subject_of_the_described(view, after)
        if subject is not None and tokens[first - 1].text == ",":
            parts[0] = (parts[0][0], tokens[first - 1].end)  # "Equipped with ..., the USS George Washington"
            parts.append(subject)
    if not parts:
        return None
    return _frame("according_to", hit, view, view.span(last + 1, source_last), parts, clause_final=True)


def _subject_of_the_described(view: SentenceView, after: int) -> Span | None:
    """Rule `fronted_participle_takes_its_subject` (qa68c-s25, QA round 68,
    948 s4: "Equipped with everything from a 51-bed hospital ward ... to
    dentists' surgeries, according to Jane's Defense, the USS George
    Washington is leading ..." gave the source only the fronted phrase, with
    no subject): the source backs the participle phrase
    (`fronted_participle_before_according_to`), which describes the main
    clause's subject; the content takes that subject too ("Equipped with
    ... the USS George Washington"), when a noun phrase followed by a finite
    verb or an auxiliary opens the main clause at token `after`. None
    otherwise ("Equipped with ..., according to X, and ready to sail" has
    no subject there)."""
    tokens = view.tokens
    for m in range(after + 1, min(after + 1 + MAX_DESCRIBED_SUBJECT_TOKENS, len(tokens))):
        if not tokens[m].is_word:
            return None
        if tokens[m].lower in AUXILIARIES or (not tokens[m].is_capitalised and finite_by_form(tokens[m])):
            return view.span(after, m - 1) if tokens[after].is_word else None
    return None


MAX_DESCRIBED_SUBJECT_TOKENS = 8  # "the Nimitz-class carrier USS George Washington"


def _counted_apposition_alone(view: SentenceView, before: Span) -> Span:
    """Rule `according_to_covers_a_counted_apposition` (QA round 60, 910
    s17: "The team has confirmed the August use of chemical warfare ..., an
    attack that killed at least 1,400 people, according to U.S. estimates."
    gave the U.N. team's finding to the U.S.): a final "according to" right
    after an apposition that an indefinite article opens, with a relative
    clause on a thing and a count in it ("an attack that killed at least
    1,400 people"), sources that count only; the clause before the apposition,
    which has its own verb, is the writer's report of someone else's
    finding. "The attack killed at least 1,400 people, according to U.S.
    estimates" (no apposition) keeps its whole clause, and so does one
    that describes a person ("..., is relying on Daniel Brown, an associate
    professor who has interviewed Sirhan for 60 hours, according to defense
    attorneys")."""
    words = view.tokens_within(*before)
    comma = next((m for m in range(len(words) - 2, 0, -1) if words[m].text == ","), None)
    if comma is None or words[comma + 1].lower not in INDEFINITE_ARTICLES:
        return before
    apposition = words[comma + 1 :]
    if any(not t.is_word for t in apposition if t.text != "-") or view.quotes.covering(words[comma].start) is not None:
        return before
    if not any(t.lower in THING_RELATIVES for t in apposition) or not any(is_count(t) for t in apposition) \
            or not has_finite_verb(words[:comma]):
        return before
    return words[comma + 1].start, before[1]


MAX_GLUED_SOURCE_TAIL_TOKENS = 3  # "according to it 2005 deliberations"


def _source_tail_to_the_end(view: SentenceView, source_last: int, after: int) -> bool:
    """Rule `source_tail_is_no_content` (claims-s18 item 6): after a final
    "according to" source, words to the end of the sentence that say no
    clause describe the source, and glued onto the claim they read as
    what was said: a participle after a comma naming the source's title
    ('..., according to a 2004 study from the Mayo Clinic, entitled
    "Accidental Burials in Sand: ..."', 662 s21: the title also hedged the
    claim), or a few words with no comma where the source phrase ran on
    past a typo ("according to it 2005 deliberations", 863 s13). A place
    or time after the source's comma ("..., according to a statement, at
    the White House") stays in the claim."""
    tokens = view.tokens
    if after >= len(tokens):
        return False
    rest = [t for t in tokens[after:] if t.is_word]
    if not rest or not all(t.text in (".", "!", "?") for t in tokens[after:] if not t.is_word
                           and not view.quotes.covering(t.start) and t.text not in QUOTE_MARKS):
        return False
    if after == source_last + 1:
        if tokens[after].is_word and tokens[after].lower in PREPOSITIONS and not has_finite_verb(rest):
            # Rule `prepositional_tail_of_a_final_source_is_no_content` (qa71b s27, cnn930 s26:
            # '... as "Fox News North," according to a story about its launch in 2011 by the
            # Toronto Globe and Mail.' glued "about its launch ... Mail" onto the critics' claim
            # when the source phrase ran past its reach): a phrase opened by a preposition that
            # runs from the source to the stop with no verb and no comma goes on the source
            return True
        return len(rest) <= MAX_GLUED_SOURCE_TAIL_TOKENS and not has_finite_verb(rest) \
            and not any(t.lower in PREPOSITIONS or t.lower in DETERMINERS for t in rest)
    opener = tokens[after]
    if tokens[after - 1].text != "," or not opener.is_word or opener.is_capitalised \
            or opener.lower not in SOURCE_NAMING_PARTICIPLES:
        return False
    unquoted = [t for t in tokens[after + 1 :] if view.quotes.covering(t.start) is None]
    return not has_finite_verb(unquoted)


SOURCE_NAMING_PARTICIPLES = grammar("source_naming_participles")


def _after_a_relative_comma(tokens: Sequence[Token], first: int) -> bool:
    """The token `first` ("according") comes right after ", which" or ", who"."""
    return first > 1 and tokens[first - 1].lower in RELATIVES_AFTER_A_COMMA and tokens[first - 2].text == ","


def _before_the_relatives_verb(view: SentenceView, first: int, last: int, source_last: int) -> int:
    """Rule `relative_verb_ends_the_source` (session 12: "The plan, which
    according to officials costs $2 million, was approved" gave the junk
    claim "The plan, which $2 million" from the source "officials costs"):
    with "according to" right after ", which" or ", who", the relative clause
    needs its verb after the source; a word inside the source phrase that
    `finite_by_form` reads as a verb ("costs", "owns", "remains"; never a
    people, source or body noun: "analysts", "officials", "industry") with
    a determiner, a number or a currency sign right after it is that verb
    ("costs $2 million", "owns three houses", "remains the"), and the source
    ends before it. "..., which according to health officials will cost
    ..." and "..., which according to industry analysts the market values
    at ..." (the plural head before the relative's subject, session 12
    review F1) stay as they were."""
    tokens = view.tokens
    if not _after_a_relative_comma(tokens, first):
        return source_last
    for k in range(last + 2, min(source_last, len(tokens) - 2) + 1):
        verb, nxt = tokens[k], tokens[k + 1]
        if not finite_by_form(verb) or verb.lower in body_nouns():
            continue
        if nxt.lower in DETERMINERS or nxt.lower in COUNT_WORDS or nxt.text[:1].isdigit() \
                or nxt.text in CURRENCY_SIGNS:
            return k - 1
    return source_last


APPOSITION_LEADS = ARTICLES | POSSESSIVE_PRONOUNS


def _body_past_its_state(view: SentenceView, source_last: int) -> int:
    """Rule `state_between_commas_inside_a_body`: "according to the Pulaski
    County, Arkansas, Sheriff's Office": a listed place between commas, right
    after a capitalised source and before a capitalised phrase that ends in
    an organisation word ("Office", "Department"), is part of that body's
    name; the source runs through it. "..., according to Pulaski County,
    Arkansas, officials" (lower case) and "according to Smith, Texas, Inc."
    (no body word at the end) stay as they were."""
    tokens = view.tokens
    k = source_last
    if k + 4 >= len(tokens) or tokens[k + 1].text != "," or tokens[k + 3].text != ",":
        return source_last
    if not tokens[k + 4].is_capitalised:
        # session 12: "according to Pulaski County, Arkansas, officials" gave the speaker "Pulaski
        # County" and glued "Arkansas, officials" onto the claim: the people after the state are
        # the source, with their county and state
        tail = k + 4
        while tail + 1 < len(tokens) and tokens[tail + 1].is_word and tail - k < MAX_LOWER_CASE_SOURCE_WORDS + 3:
            tail += 1
        ends = tail + 1 == len(tokens) or not tokens[tail + 1].is_word
        people = ends and body_with_its_state(tokens[k : k + 1], tokens[k + 2 : k + 3],
                                              tokens[k + 4 : tail + 1]) == "people"
        return tail if people else source_last
    end = np_right(view, k + 4)
    if end is None or body_with_its_state(tokens[k : k + 1], tokens[k + 2 : k + 3],
                                          tokens[k + 4 : end + 1]) not in ("body", "person"):
        return source_last
    return end


MAX_OF_PHRASE_TOKENS = 12  # a longer tail is more likely a clause than a phrase of the source's
# words that open a clause; "and", "or" join two nouns inside the phrase ("blood drawing and testing device")
OF_PHRASE_BREAKS = (SUBORDINATORS | RELATIVES | SUBJECT_PRONOUNS) - {"and", "or"}


def _source_through_its_of_phrase(view: SentenceView, source_last: int) -> int:
    """Rule `of_phrase_ends_a_final_source`: "..., according to the first
    human clinical trial of an automated blood drawing and testing device.":
    an "of" phrase right after a sentence-final source, running to the stop
    with no verb, comma, quotation or clause word in it, is part of the
    source's noun phrase; left out it would be glued onto the claim ("better
    than people of an automated ..."). A tail with a verb or a comma ("...,
    according to the report of Monday, which ...") stays as it was."""
    tokens = view.tokens
    k = source_last + 1
    if k >= len(tokens) or tokens[k].lower != "of":
        return source_last
    rest = [t for t in tokens[k + 1 :] if t.text not in (".", "!", "?")]
    # an -ed word right after an article is an adjective ("an automated device"), not a past verb
    verbs = [t for t, before in zip(rest, [tokens[k], *rest], strict=False) if before.lower not in DETERMINERS]
    if not rest or len(rest) > MAX_OF_PHRASE_TOKENS or not all(t.is_word for t in rest) \
            or has_finite_verb(verbs) \
            or any(t.lower in OF_PHRASE_BREAKS for t in rest):
        return source_last
    return k + len(rest)


def _name_after_a_fronted_source(view: SentenceView, source_last: int) -> int:
    """Rule `name_after_a_fronted_source_is_the_sources`: "According to the
    agency, Wafa, the talks failed": a name between commas right after a
    fronted source that a common noun heads ("the agency", "a spokesman")
    is that source's own name, and the claim is the clause after it (a
    subject and its verb), not "Wafa, the talks failed". The source then
    runs through the name. Not "According to the report, Smith, the mayor,
    lied" (an appositive, no clause, follows the name). The source's last
    token: the name's, or `source_last`."""
    tokens = view.tokens
    first = source_last + 2
    if first >= len(tokens) or tokens[source_last + 1].text != "," or tokens[source_last].is_capitalised \
            or tokens[source_last].lower not in source_nouns() or not tokens[first].is_capitalised:
        return source_last
    end = np_right(view, first)
    if end is None or end + 2 >= len(tokens) or tokens[end + 1].text != "," \
            or not all(t.is_capitalised or not t.is_word for t in tokens[first : end + 1]):
        return source_last
    return end if _subject_and_verb_at(view, end + 2, len(tokens)) else source_last


def _name_of_a_final_source(view: SentenceView, after: int) -> bool:
    """Rule `name_after_a_final_source_is_the_sources`: "Talks could begin
    soon in Washington, according to the official Palestinian Authority news
    agency, Wafa, which quoted the authority's spokesman, ...": a name right
    after the source's comma, ending the sentence or followed by ", which"
    or ", who", is the source's own name; glued onto the claim it would read
    "in Washington Wafa". ("..., according to the agency, Wafa reported"
    has a verb of its own.)"""
    tokens = view.tokens
    if after >= len(tokens) or not tokens[after].is_capitalised or not tokens[after].is_word:
        return False
    end = np_right(view, after)
    if end is None or not all(t.is_capitalised or not t.is_word for t in tokens[after : end + 1]):
        return False
    following = tokens[end + 1] if end + 1 < len(tokens) else None
    if following is None or following.text in (".", "!", "?"):
        return True
    return following.text == "," and end + 2 < len(tokens) and tokens[end + 2].lower in SOURCE_RELATIVES


def _apposed_name_of_a_described_source(view: SentenceView, first: int, source_last: int, after: int) -> int:
    """Rule `name_apposed_to_a_final_source_is_its_name` (resolve-s27, QA round
    70, CNN-Corpus dev 452 s1: "... has died, according to his literary agent,
    Jeffrey Posternak." showed the unnamed source "his literary agent"): a
    described source (an article or a possessive, then lower-case words) whose
    own name follows its comma and ends the sentence (rule
    `name_after_a_final_source_is_the_sources`) takes the name in: the source
    is "his literary agent, Jeffrey Posternak", which the resolver reads as
    Posternak. The last token of the source so read; `source_last` as it was
    for a name that is a day or a month ("according to police, Monday."), a
    source that is a name itself ("according to Smith, Jones."), or a name
    that does not end the sentence (", which quoted ...")."""
    tokens = view.tokens
    end = np_right(view, after)
    if end is None or end + 1 >= len(tokens) or tokens[end + 1].text not in (".", "!", "?"):
        return source_last
    opener = tokens[first].lower
    if not (opener == "the" or opener in POSSESSIVE_DETERMINERS or tokens[first].text.endswith(POSSESSIVE_S)) \
            or any(t.is_capitalised for t in tokens[first + 1 : source_last + 1]):
        return source_last
    if any(t.lower in TIME_WORDS or t.lower in MONTHS for t in tokens[after : end + 1]):
        return source_last
    return end


def _apposition_to_the_end(view: SentenceView, after: int) -> bool:
    """A noun phrase from token `after` to the sentence's stop: led by an
    article, a possessive, a capitalised word or a bare role noun
    ("spokesman for ..."), with no verb, quotation or further comma in it,
    whose head names a person, a role or a body ("the Navy's deputy
    director of ocean engineering", "R-Mass."; not "the most of any
    presidential candidate by far"); or a participle with its agent
    ("obtained by CNN affiliate WLS")."""
    tokens = view.tokens
    rest = [t for t in tokens[after:] if t.text not in (".", "!", "?")]
    if len(rest) > 2 and is_past_participle(rest[0].lower) and rest[1].lower == "by" \
            and not has_finite_verb(rest[2:]) and all(t.is_word for t in rest):
        # Rule `participle_after_a_final_source_is_the_sources` (QA round 45, 604 s18: "...,
        # according to an affidavit filed in U.S. district court, obtained by CNN affiliate WLS."
        # glued "obtained by ..." onto the claim): how the source came to light, not what it said
        return True
    if after >= len(tokens) or not (tokens[after].lower in APPOSITION_LEADS or tokens[after].is_capitalised
                                    or _bare_role_noun(tokens[after].lower)):
        return False
    rest = [t for t in tokens[after:] if t.text not in (".", "!", "?")]
    if not rest or not all(t.is_word for t in rest) or has_finite_verb(rest) \
            or any(t.lower in SUBORDINATORS or t.lower in RELATIVES or t.lower in PAST_VERBS for t in rest):
        return False
    preposition = next((k for k, t in enumerate(rest) if k > 0 and t.lower in PREPOSITIONS), len(rest))
    head = rest[preposition - 1]
    low = head.lower
    return low not in QUANTITY_WORDS and (
        head.is_capitalised or is_people_noun(low) or low in title_words() or low in source_nouns())


def _role_apposition_opens(tokens: Sequence[Token], k: int) -> bool:
    """Rule `role_apposition_after_a_fronted_source` (session 16, web page
    0a3108e: "According to Matthew Rojansky, director of the Kennan
    Institute ..., who has made a special study of the practice, "there are
    ..."" gave the content "director of the Kennan Institute ..."): after a
    fronted source's comma, a role noun bare or after "the" ("director of",
    "the head of", `_bare_role_noun`) opens an apposition as "a" does, and the
    claim is the main clause after it. "According to Smith, the plan failed"
    ("plan" is no role) stays."""
    if k < len(tokens) and tokens[k].lower == "the":
        k += 1
    return k < len(tokens) and tokens[k].is_word and not tokens[k].is_capitalised and _bare_role_noun(tokens[k].lower)


def _bare_role_noun(word: str) -> bool:
    """Rule `bare_role_after_a_final_source_is_the_sources` (QA round 45, 604
    s15: "..., according to Randall Samborn, spokesman for the U.S.
    Attorney's Office in Chicago." glued "spokesman for ..." onto the
    claim): news drops the article before a role in apposition; a role or
    people noun may lead it as "the" does ("spokesman for", "director of")."""
    return is_people_noun(word) or word in title_words() or word in source_nouns()


COLON_CLAUSE_PERSONS = frozenset({"i", "we", "me", "us", "my", "our"})


def _clause_before_a_colon_cue(view: SentenceView, before: tuple[int, int], right: tuple[int, int]) -> bool:
    """Rule `clause_before_a_colon_cue_is_the_sources_too` (session 12 web
    test: "Urgent action is required to facilitate the patients' treatment
    abroad, Al-Kahlot said: Swift intervention will ..." kept only the part
    after the colon): a whole main clause that opens the sentence, unquoted,
    before ", X said:" and an unquoted clause after the colon, is the first
    half of what X said; both are the claim. A clause that opens with a
    subordinator or a preposition ("when in front of a crowd"), the writer's
    first person ("I hope ...") or a quotation on either side keeps rule
    `colon_points_forward`."""
    words = [t for t in view.tokens_within(*before) if t.is_word]
    if not words or words[0].lower in CLAUSE_LEADS | FRONTED_SUBORDINATORS or view.text[right[0]] in QUOTE_MARKS:
        return False
    if any(t.lower in COLON_CLAUSE_PERSONS for t in words) or view.quotes.inside(before[0], right[1]):
        return False
    return left_is_content(view, before) and has_finite_verb(words)


def _title_before_a_role(view: SentenceView, mark: int, s_first: int) -> bool:
    """Rule `quoted_title_before_a_role`: '"Searching for Sugar Man"
    producer Simon Chinn said in a statement: "I felt so fortunate ..."': a
    quotation closed with no punctuation inside (a film, a book, a show)
    right before a lower-case role word (a people noun, or any word before
    the name) names the work the speaker is known for; it is not what they
    said."""
    tokens = view.tokens
    span = view.quotes.covering(tokens[mark].start)
    if span is None or not tokens[s_first].is_word or tokens[s_first].is_capitalised:
        return False
    quoted = view.text[span[0] : span[1]].rstrip("\"\u201d'\u2019 ")
    role_before_a_name = is_people_noun(tokens[s_first].lower) or (
        s_first + 1 < len(tokens) and tokens[s_first + 1].is_capitalised and tokens[s_first + 1].is_word)
    return quoted[-1:] not in (".", ",", "?", "!", ";", ":") and role_before_a_name


def _fronted_participle_phrase(view: SentenceView, before: tuple[int, int]) -> bool:
    """Rule `fronted_participle_before_according_to`: "Equipped with
    everything from a 51-bed hospital ward ... to dentists' surgeries,
    according to Jane's Defense, the USS George Washington is leading a
    flotilla ...": the source backs the participle phrase that opens the
    sentence (what the ship carries), not the writer's main clause after it.
    A clause before the source ("The economy, according to the IMF, is
    growing"), a gerund ("Fundraising, according to the campaign, has
    surged") and a time ("In 2013, according to ...") are not such a phrase
    ("51-bed" is no verb)."""
    words = view.tokens_within(before[0], before[1])
    if not words or words[0].start != view.tokens[0].start or not words[0].is_capitalised:
        return False
    opener = words[0].lower
    participle = (opener.endswith("ed") and len(opener) > 4) or opener in PAST_VERBS
    return participle and len(words) > 1 and not has_finite_verb([t for t in words[1:] if "-" not in t.text])


MAX_FINAL_SOURCE_TOKENS = 5  # ", Harrod said.", ", the railway's spokeswoman said."


def _before_a_final_attribution(view: SentenceView, after: int, cue_starts: set[int]) -> int:
    """Rule `final_attribution_ends_according_content`: "Shortly before the
    train crashed, according to reports, the train had passed ..., Harrod
    said.": a comma, a short source and a cue that end the sentence are
    another attribution (Harrod's); the content of "according to" stops
    before it rather than carry "Harrod said". The last token of the content."""
    tokens = view.tokens
    last = len(tokens) - 1
    while last > after and not tokens[last].is_word:
        last -= 1
    if last not in cue_starts or last - 1 <= after:
        return len(tokens) - 1
    comma = next((m for m in range(last - 1, max(last - 2 - MAX_FINAL_SOURCE_TOKENS, after), -1)
                  if tokens[m].text == ","), None)
    if comma is None or comma <= after or not all(t.is_word for t in tokens[comma + 1 : last]):
        return len(tokens) - 1
    return comma - 1


def _outer_attribution_to_the_end(view: SentenceView, after: int, cue_starts: set[int]) -> bool:
    """A short source and a cue that end the sentence from token `after`
    (", Haaretz reported.", ", the newspaper said."): an attribution of the
    whole sentence, no content of its own."""
    tokens = view.tokens
    last = len(tokens) - 1
    while last > after and not tokens[last].is_word:
        last -= 1
    if last not in cue_starts or not after < last <= after + MAX_FINAL_SOURCE_TOKENS \
            or tokens[after].lower in CLAUSE_JOINERS:
        return False  # ", and Palestinians disagree": a clause of its own, as before
    return all(t.is_word for t in tokens[after:last]) and looks_like_source(view, after, last - 1)


PRESENT_SAY_FORMS = grammar("present_say_forms")
MAX_PRESENT_SAY_SUBJECT_TOKENS = 4  # "Nigerians say", "Many economists say"


def _opens_with_a_present_say(view: SentenceView, before: tuple[int, int], first: int,
                              cue_starts: set[int]) -> bool:
    """Rule `according_to_inside_a_present_say` (wrongs2-s19, QA round 54,
    680 s4: "Nigerians say this is the last straw in a country ... citizens
    who live on less than $2 a day, according to U.N. figures." credited the
    whole sentence to the U.N. figures): a sentence whose content before a
    final "according to" opens with a short subject and a present-tense
    "say" (claim_grammar.txt present_say_forms) is that subject's claim; the
    source at the end backs a fact inside it (figures, a count), not the
    saying, so "according to" makes no claim of its own there and the
    subject's claim stands. A past "said" ("Trump told aides he would run,
    according to two people") is still reported by the final source, and
    so is content that runs on past a comma ("Both hospitals say ..., but
    the VA still cannot explain why, according to members of Congress")."""
    tokens = view.tokens
    opening = next((k for k, t in enumerate(tokens) if t.start >= before[0]), None)
    if opening is None or any(t.text == "," for t in tokens[opening:first - 1]):
        # "Both hospitals say the issues have been resolved, but the VA still cannot explain why,
        # according to the visiting members of Congress": more than the one clause is reported
        return False
    for k in range(opening + 1, min(opening + MAX_PRESENT_SAY_SUBJECT_TOKENS + 1, first)):
        if not tokens[k - 1].is_word:
            return False
        if k in cue_starts and tokens[k].lower in PRESENT_SAY_FORMS:
            return tokens[opening].is_word and tokens[opening].lower not in PREPOSITIONS
    return False


MAX_ACCORDING_SOURCE_TOKENS = 12
CONFORMITY_NOUNS = grammar("conformity_nouns")
MAX_CONFORMITY_TOKENS = 4  # "according to its own rules"


def _conformity(view: SentenceView, first: int, last: int) -> bool:
    """Rule `according_to_a_rule_is_conformity`: "The vote was delayed,
    according to the rules": "according to" a rule, plan, schedule, law or
    custom (claim_grammar.txt conformity_nouns) says what something follows,
    not who vouches for it; no claim. "according to the plan's author" is
    a source."""
    tokens = view.tokens
    if last - first + 1 > MAX_CONFORMITY_TOKENS:
        return False
    return tokens[last].lower in CONFORMITY_NOUNS


MEASURE_NOUNS = grammar("measure_nouns")
MAX_CRITERION_TOKENS = 7  # "their combined body and luggage weight"


def _criterion(view: SentenceView, first: int) -> bool:
    """Rule `according_to_a_measure_is_a_criterion` (QA round 56, 598 s6:
    "..., which charges passengers according to their combined body and
    luggage weight" showed the source "their combined body"): the words
    after "according to", up to a mark, a preposition or a verb, end in a
    measure (claim_grammar.txt measure_nouns): they say by what something is
    set, and no one vouches for it; no claim. "according to a weight-loss
    expert" and "according to the weight of evidence" (a preposition after
    the measure) stay sources."""
    tokens = view.tokens
    k = first
    while k < len(tokens) and k - first < MAX_CRITERION_TOKENS and tokens[k].is_word \
            and tokens[k].lower not in PREPOSITIONS and tokens[k].lower not in FINITE_VERBS:
        k += 1
    return k > first and tokens[k - 1].lower in MEASURE_NOUNS and (k == len(tokens) or not tokens[k].is_word)


def _source_past_a_bare_quantifier(view: SentenceView, last: int) -> int:
    """Rule `source_is_no_bare_quantifier` (qa66a-s24, QA round 66, 801 s3:
    "..., according to officials in both countries." gave the source
    "officials in both"): a source that ends on a quantifier ("both",
    "several") right after a preposition runs on over the plural noun the
    quantifier goes with, when that noun ends the sentence or its clause.
    "according to officials in both" with no noun after it stays as it is."""
    tokens = view.tokens
    noun = last + 1
    if tokens[last].lower not in PLURAL_QUANTIFIERS or last < 1 or tokens[last - 1].lower not in PREPOSITIONS:
        return last
    if noun >= len(tokens) or not tokens[noun].is_word or tokens[noun].is_capitalised \
            or not ends_in_plural_s(tokens[noun].lower):
        return last
    return noun if noun + 1 >= len(tokens) or not tokens[noun + 1].is_word else last


def _source_past_its_determiner(view: SentenceView, last: int) -> int | None:
    """Rule `source_is_no_determiner`: "according to an emergency call
    released Tuesday" is no source "an" with "emergency call released
    Tuesday" glued to the claim: a source that ends on an article runs on
    over the words of its noun (up to a verb form, a preposition, a clause
    word or a quotation: 'the "Medicare for all" document' would show a
    name that is no source); with none, there is no source."""
    tokens = view.tokens
    if tokens[last].lower not in DETERMINERS:
        return last
    k, words = last + 1, 0
    while k < len(tokens) and k - last <= MAX_ACCORDING_SOURCE_TOKENS:
        token, low = tokens[k], tokens[k].lower
        if not token.is_word or low in FINITE_VERBS or low in PREPOSITIONS or low in SUBORDINATORS \
                or low in RELATIVES or low in SUBJECT_PRONOUNS:
            break
        before = tokens[k - 1].lower
        if is_adverb(low) and before not in DETERMINERS and k + 1 < len(tokens) \
                and is_past_participle(tokens[k + 1].lower):
            break  # "an email previously kept secret"
        prenominal = before in DETERMINERS or (is_adverb(before) and tokens[k - 2].lower in DETERMINERS)
        if is_past_participle(low) and "-" not in low and not prenominal:
            break  # "an emergency call released Tuesday" (not "a newly released email", "a leaked memo")
        k += 1
        words += 1
    return k - 1 if words else None


MAX_FRONTED_SOURCE_TOKENS = 24  # "a 2013 study commissioned by ... and conducted by Deloitte,"


def _fronted_source_phrase_end(view: SentenceView, k: int) -> int:
    """Rule `fronted_source_runs_to_its_comma`: "According to an interview in
    state-owned Efe news service with the president of ..., the train should
    have ...": a prepositional phrase right after a fronted source, with no
    verb or quotation up to a comma, describes the source; the claim starts
    after the comma. The phrase's last token, or `k - 1` when there is none."""
    tokens = view.tokens
    if k >= len(tokens) or tokens[k].lower not in PREPOSITIONS:
        return k - 1
    for m in range(k, min(k + MAX_FRONTED_SOURCE_TOKENS, len(tokens))):
        token = tokens[m]
        if token.text == ",":
            return m - 1 if m > k else k - 1
        if token.text in QUOTE_MARKS or token.lower in FINITE_VERBS or token.lower in SUBORDINATORS \
                or token.lower in RELATIVES or (token.is_word and token.lower in past_forms()) or not (
                token.is_word or token.text in ("(", ")", ".", "'", "\u2019", "-")):
            return k - 1
    return k - 1


def _participle_after_the_source(view: SentenceView, k: int, reach: int | None = None) -> int | None:
    """Rule `participle_after_the_source`: "..., according to a memo
    released Friday by the agency's watchdog." and "According to a report
    released Tuesday, the company ...": a participle right after the source
    describes it, up to the end of the sentence or a comma; no part of the
    claim. The last token of the participle phrase, or None. Fronted, the
    phrase may run to `reach` tokens ("According to a 2013 study commissioned
    by South Africa's National Film and Video Foundation and conducted by
    Deloitte, the film industry ...")."""
    tokens = view.tokens
    if k + 1 < len(tokens) and is_adverb(tokens[k].lower):
        k += 1  # "a newly uncovered email previously kept secret"
    if k >= len(tokens) or not tokens[k].is_word or tokens[k].is_capitalised:
        return None
    low = tokens[k].lower
    if not is_past_participle(low) or low in AUXILIARIES:
        return None
    end = k
    while end + 1 < len(tokens) and tokens[end + 1].is_word and end + 1 - k < (reach or MAX_ACCORDING_SOURCE_TOKENS):
        end += 1
    if end + 1 < len(tokens) and tokens[end + 1].text not in (".", "!", "?", ","):
        return None
    return end


def _source_before_a_new_phrase(view: SentenceView, first: int, last: int) -> int:
    """Rule `according_source_ends_before_a_determiner`: "According to analysts
    the North African operative paved the way": with no comma, an article
    right after a noun opens the claim's subject; the source is "analysts"
    (not "the head of the agency", "a spokesman for the ministry")."""
    tokens = view.tokens
    for m in range(first + 1, last + 1):
        before = tokens[m - 1]
        if (tokens[m].lower in ARTICLES and before.is_word and not before.is_capitalised
                and before.lower not in PREPOSITIONS
                and before.lower not in DETERMINERS and before.lower not in ("and", "or")):
            return m - 1
    return last


CONTRAST_OPENERS = grammar("contrast_openers")


def _contrast_follows(view: SentenceView, k: int) -> bool:
    """Rule `according_to_stops_at_a_contrast`: "Violence in Iraq has spiked
    in the last year, according to the United Nations, but as has become the
    case with Syria, it's rarely news ...": a mid-sentence "according to X,"
    vouches for the clause before it; a clause after it that opens with
    "but", "and yet", "while" is the writer's."""
    tokens = view.tokens
    if k >= len(tokens) or (tokens[k - 1].text not in (",", ";") and tokens[k - 1].text not in DASHES):
        return False
    if tokens[k].lower == "and" and k + 1 < len(tokens):
        k += 1  # "and yet"
    return tokens[k].lower in CONTRAST_OPENERS


def _writers_contrast_after(view: SentenceView, start: int) -> bool:
    """A comma, a contrast ("but", "yet", "while" ...) and a new subject
    (a name, a determiner, or a pronoun other than the sentence's first
    word) at token `start`."""
    tokens = view.tokens
    if not _contrast_follows(view, start):
        return False
    subject = start + 2 if tokens[start].lower == "and" else start + 1
    if subject >= len(tokens):
        return False
    opener = tokens[subject]
    if opener.lower in SUBJECT_PRONOUNS:
        # "He may not electrify a room ..., they say, but he is still an effective advocate": the
        # same subject goes on in their claim
        return opener.lower != tokens[0].lower
    return opener.is_capitalised or opener.lower in DETERMINERS


SOURCING_NOTE_WORDS = grammar("sourcing_note_words") | COMMENT_NOTE_WORDS


def _ends_with_a_quotation(view: SentenceView, span: Span) -> bool:
    """The content before a clause-final source ends with a quotation
    ("''Born with a silver spoon in her mouth,'' Mr. Elkins said"): the
    speaker's own words are in the quotation marks."""
    quote = view.quotes.covering(max(span[0], span[1] - 1))
    return quote is not None and quote[1] >= span[1]


def _sourcing_note(view: SentenceView, start: int) -> bool:
    """The clause from token `start` to the next clause mark is negated and
    speaks of the article's sourcing: "but the center has not obtained
    documentation on the case", "but CNN could not independently confirm it"."""
    clause: list[str] = []
    for token in view.tokens[start:]:
        if token.text in (",", ";", ":", ".", "!", "?") and clause:
            break
        clause.append(token.lower)
    negated = any(w in COMMENT_NOTE_NEGATIONS or w.endswith(("n't", "n\u2019t")) for w in clause)
    return negated and any(w in SOURCING_NOTE_WORDS for w in clause)


REASONING_LINKS = grammar("reasoning_links")


def _after_writers_reasoning(view: SentenceView, before: Span) -> Span:
    """Rule `writers_reasoning_is_no_content`: "Yet domestic data belies this,
    given that in 2012 ... 24,923 rape cases were registered nationally,
    according to the National Bureau ...": the source of a clause-final
    "according to" vouches for the facts after "given that" (claim_grammar.txt
    reasoning_links and "that"), not for the writer's argument they are
    brought in to support. Not inside a quotation."""
    tokens = view.tokens
    inside = view.token_indices(*before)
    for k in inside[1:-2]:
        if (tokens[k - 1].text == "," and tokens[k].lower in REASONING_LINKS and tokens[k + 1].lower == "that"
                and view.quotes.covering(tokens[k].start) is None and has_words(view, k + 2, inside[-1])):
            return tokens[k + 2].start, before[1]
    return before


SOURCE_RELATIVES = grammar("source_relatives")
PERSON_RELATIVES = grammar("person_relatives")
THING_RELATIVES = grammar("noun_relative_leads")  # "which", "that"
RELATIVES_AFTER_A_COMMA = PERSON_RELATIVES | THING_RELATIVES


def _relative_after_a_quoted_speaker(view: SentenceView, before: tuple[int, int], s_first: int, s_last: int,
                                     k: int) -> bool:
    """Rule `relative_after_a_quoted_speaker` (recall s19): '"We think early
    money sets the terms," said Scott Reed, the Chamber's chief strategist,
    who added that his organization plans to ...' and '"We've had people make
    threats," Dolan, who said he and the girl's uncle have received such
    threats, has told CNN.': a ", who" clause right after the speaker of a
    quotation (the speaker or the apposition naming them, after a comma or
    the quotation's mark) is that speaker's own; its cue takes the clause
    after it, never the quotation before. The clause's claim has the source
    written right before "who": the name ("Dolan"), or the apposition,
    which stays unresolved when it is a description ("the Chamber's chief
    strategist": the resolver does not join it to "Scott Reed"; review s19).
    Not a source that holds a
    preposition ("a former backer of Sen. Ted Cruz, who has since called
    ...": "who" may be the backer, or the governor before) nor a clause
    before that is no quotation."""
    tokens = view.tokens
    return k == s_last + 2 and tokens[s_last + 1].text == "," and view.text[before[0]] in QUOTE_MARKS \
        and s_first > 0 and (tokens[s_first - 1].text == "," or tokens[s_first - 1].text in QUOTE_MARKS) \
        and not any(t.lower in PREPOSITIONS for t in tokens[s_first : s_last + 1])


def _source_relative(view: SentenceView, k: int, cue_starts: set[int], cue_first: int) -> bool:
    """For rule `source_keeps_its_relative_clause`: a relative clause opens at
    token `k`, right after the source of "according to X,", and is about that
    source: "which" (a body or a report), or "who", "whom", "whose" with a cue
    of its own ("according to police, who said he fired first") or after a
    claim that does not end with people ("... with her son, according to
    Amnesty International, who has followed the case"). Not "She is one of
    100,000 people, according to the United Nations, who now live in tents":
    there "who" takes up the noun before the aside."""
    tokens = view.tokens
    if k + 1 < len(tokens) and tokens[k].lower in PREPOSITIONS and tokens[k + 1].lower in ("which", "whom"):
        # Rule `prepositional_relative_after_the_source` (QA round 47, 655 s30: "..., according to
        # the class action lawsuit, in which the Sourvelises are plaintiffs, along with other
        # Philadelphia citizens." glued the relative onto the claim): "in which", "for whom" take
        # up the source as "which" does
        return True
    if k >= len(tokens) or tokens[k].lower not in SOURCE_RELATIVES:
        return False
    if tokens[k].lower not in PERSON_RELATIVES:
        return True
    if _relative_withholds_information(tokens, k + 1):
        return True
    clause_end = next((m for m in range(k + 1, len(tokens)) if tokens[m].text in (",", ";", ".")), len(tokens))
    return any(k < c < clause_end for c in cue_starts) or not _ends_with_people(view, cue_first)


NON_RESPONSE_VERBS = grammar("non_response_verbs")
REFUSED_SPEECH = word_set("junk_readings", "refused_speech")
NEGATORS, NEGATIVE_LEADS = word_set("negations", "negators"), negative_leads()


def _relative_withholds_information(tokens: Sequence[Token], k: int) -> bool:
    """Rule `relative_withholding_information_is_the_sources` (QA round 55,
    445 s5: "... evaluated by a doctor, according to the court spokesperson,
    who could not offer guidance as to how long ..." glued the clause onto
    the claim, so the doctor "could not offer guidance"): a "who" clause
    (from token `k`, after "who") right after the source that says it did
    not inform ("who could not offer guidance", "who declined to
    elaborate", "who could not be reached": claim_grammar.txt
    non_response_verbs, junk_readings.txt refused_speech, after a negation
    of negations.txt) is about the one asked, the source, not about the
    people the claim ends with. "..., according to the United Nations, who
    now live in tents" and "..., who could not walk" stay with the people."""
    negated = False
    while k < len(tokens):
        low = tokens[k].lower
        if negated and (low in NON_RESPONSE_VERBS or low in REFUSED_SPEECH):
            return True  # "be" of "could not be reached" is one of them
        if low in NEGATORS or low in NEGATIVE_LEADS or low.endswith(("n't", "n\u2019t")):
            negated = True
        elif low not in AUXILIARIES and low not in MODALS and low not in ("able", "to"):
            return False
        k += 1
    return False


def _ends_with_people(view: SentenceView, first: int) -> bool:
    """The claim before ", according to" (whose first token is `first`) ends
    with people ("one of 100,000 people, according to the United Nations, who
    now live in tents"): a "who" after the source may be theirs."""
    tokens = view.tokens
    k = first - 1
    while k >= 0 and not tokens[k].is_word:
        k -= 1
    if k < 0:
        return False
    low = tokens[k].lower
    return is_people_noun(low) or plural_noun_form(low)


def _after_source_relative(view: SentenceView, relative: int) -> int:
    """Rule `source_keeps_its_relative_clause`: "... in custody with her son,
    according to Amnesty International, which considers her a prisoner of
    conscience": a relative clause right after the source of "according to"
    describes the source; it is never part of the content (stitched onto the
    clause before, "which" would describe the son). With no content before the
    source ("According to Amnesty, which monitors the case, Ibrahim is ..."),
    the content is the main clause after the relative's closing comma; the
    sentence's length (no content) when no subject and verb follow a comma."""
    tokens = view.tokens
    for k in range(relative + 1, len(tokens) - 1):
        if tokens[k].text == "," and view.quotes.covering(tokens[k].start) is None and (
                opens_main_clause(view, k + 1) or _quotation_opens(view, k + 1)):
            return k + 1
    return len(tokens)


def _quotation_opens(view: SentenceView, k: int) -> bool:
    """Rule `quotation_after_the_sources_aside` (session 16, web page 0a3108e:
    "According to Matthew Rojansky, director of ..., who has made a special
    study of the practice, "there are actual firms ..."): after the aside, a
    quotation that opens past its comma is what the source said, as a main
    clause is."""
    tokens = view.tokens
    return k + 1 < len(tokens) and tokens[k].text in QUOTE_MARKS and tokens[k + 1].is_word \
        and view.quotes.covering(tokens[k + 1].start) is not None


def _according_source_end(view: SentenceView, first: int, found: int | None) -> int | None:
    """Rule `according_source_to_punctuation`: the source after "according
    to" runs to the next punctuation when no verb stands in it: "an
    investigation by +972 Magazine and The Intercept", "health care
    workers", "our forecasts" (the noun-phrase walk stops earlier and would
    leave the rest glued to the claim)."""
    tokens = view.tokens
    end = first
    while end < len(tokens) and end - first < MAX_ACCORDING_SOURCE_TOKENS and (
        tokens[end].is_word or (tokens[end].text in ("+", "&") and end + 1 < len(tokens) and tokens[end + 1].is_word)
    ):
        end += 1  # "+972 Magazine", "Johnson & Johnson"
    words = [t for t in tokens[first:end] if t.is_word]
    if found is None and words and ((end < len(tokens) and tokens[end].is_word) or has_finite_verb(words)):
        return _source_before_its_clause(view, first, end)
    if found is not None and words and has_finite_verb(words):
        found = _named_source_past_its_noun(view, first, found, end)
    if not words or (end < len(tokens) and tokens[end].is_word) or has_finite_verb(words):
        return found
    if found is None and not looks_like_source(view, first, end - 1):
        return None  # "adjust according to own preferences": no source
    if words[-1].lower in DETERMINERS | PREPOSITIONS or (found is not None and found >= end - 1):
        return found
    return end - 1


MAX_NOUNS_AFTER_A_NAMED_SOURCE = 2  # "CNN crews", "CNN camera crews"


def _named_source_past_its_noun(view: SentenceView, first: int, found: int, end: int) -> int:
    """Rule `named_source_runs_to_its_relative` (issue 9, CNN-Corpus dev 860
    s2: "..., but it may have done little, according to CNN crews who
    witnessed no lines at polling places throughout Cairo." gave the source
    "CNN" and glued "crews who witnessed ..." onto the claim): when the
    noun-phrase walk stops after a name and one or two lower-case words
    then "who" or "that" follow (the walk to the punctuation meeting a
    verb), those words are the source's head ("CNN crews": a plural after
    a name, or words that make a source); its relative
    clause is then kept out of the claim (rule
    `restrictive_relative_after_the_source`). "..., according to CNN. Crews
    saw ..." (a stop) and "according to CNN, which ..." (a comma) stay."""
    tokens = view.tokens
    for m in range(found + 1, min(end, found + 2 + MAX_NOUNS_AFTER_A_NAMED_SOURCE)):
        if tokens[m].lower in PERSON_RELATIVES:
            if m - 1 == found:
                return found
            # the whole a source ("Reuters reporters"), or a name before a plural ("CNN crews")
            plural = tokens[m - 1].lower.endswith("s") and looks_like_source(view, first, found)
            return m - 1 if plural or looks_like_source(view, first, m - 1) else found
        if not tokens[m].is_word or tokens[m].is_capitalised:
            return found
    return found


def _source_before_its_clause(view: SentenceView, first: int, end: int) -> int | None:
    """Rule `according_source_before_its_clause`: "..., according to multiple
    intelligence sources who have seen the correspondence.", "..., according
    to three intelligence sources who spoke to Fox News but were not
    authorized to speak": when the walk to the punctuation meets a verb, a
    source that no noun-phrase walk reads ("multiple ...") ends before the
    relative clause that describes it (kept out of the claim by rule
    `restrictive_relative_after_the_source`). None when no relative follows a
    source there."""
    tokens = view.tokens
    for m in range(first + 1, min(end, first + MAX_ACCORDING_SOURCE_TOKENS)):
        if tokens[m].lower in PERSON_RELATIVES:
            return m - 1 if looks_like_source(view, first, m - 1) else None
        if not tokens[m].is_word:
            return None
    return None


def adverbial_evidential(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> Frame | None:
    """`The Club for Growth is reportedly spending $1.5 million`: no source,
    the rest of the sentence is the content."""
    if "nosource" not in hit.entry.flags:
        return None
    tokens = view.tokens
    first, last = hit.first, hit.last
    parts = []
    opening = after_dateline(view)  # not "ST CATHERINE, Jamaica — A female inspector ..." (rule dateline_is_no_content)
    opening = opening if opening < first else 0
    if first > opening and has_words(view, opening, first - 1):
        parts.append((tokens[opening].start, tokens[first - 1].end))
    if last + 1 < len(tokens) and has_words(view, last + 1, len(tokens) - 1):
        parts.append((tokens[last + 1].start, trailing_end(view, len(tokens) - 1)))
    if not parts:
        return None
    return _frame("adverbial_evidential", hit, view, None, parts)


# Rule `bare_participle_passive` (web test s14): a cue whose past participle is its bare form is
# a passive after "is", "are", "was" (claim_grammar.txt bare_participle_cues): "Growth was
# forecast by the IMF to slow" is the IMF's claim; "Temperatures are forecast to fall" is no one's
# (no +passive), and never the present "Temperatures ... forecast" with "Temperatures" as source
BARE_PARTICIPLE_CUES = grammar("bare_participle_cues")


def _before_a_shared_determiner(view: SentenceView, first: int) -> int:
    """Rule `coordinated_modifiers_share_the_subject` (qa67c-s24, QA round 67,
    552 s4: "Worldwide, the construction and demolition sector is thought to
    contribute over one third of all waste" gave "demolition sector is
    thought ..."): a noun phrase with no determiner of its own right after
    "and"/"or", a lower-case word and a determiner ("the construction and
    demolition sector", "the men and women") is the second half of one
    subject that determiner opens: the determiner's index, else `first`.
    "The police and the army" (a determiner of its own) stays as it was."""
    tokens = view.tokens
    if first < 3 or tokens[first - 1].lower not in ("and", "or") or tokens[first].lower in DETERMINERS:
        return first
    modifier, determiner = tokens[first - 2], tokens[first - 3]
    if not modifier.is_word or modifier.is_capitalised or modifier.lower in DETERMINERS \
            or has_finite_verb([modifier]) or modifier.lower in PREPOSITIONS:
        return first
    return first - 3 if determiner.lower in DETERMINERS else first


AS_REPORTED_PARTICIPLES = grammar("as_reported_participles")
AS_REPORTED_ADVERBS = grammar("as_reported_adverbs")
AS_REPORTED_TIME_OPENERS = grammar("as_reported_time_openers")


def as_reported_by(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> Frame | None:
    """Rule `as_reported_by` (PolNeAR train: "As reported by Western
    Journalism, there are 150 delegates at stake" and "..., as first
    reported by the New York Times on Tuesday." gave no claim): "as", a
    reporting participle (claim_grammar.txt as_reported_participles) and its
    agent after "by", opening the sentence before a comma or closing it after
    one, vouch for the sentence's other clause as "according to" does; the
    agent is the source. Not "as required by law" (no reporting verb), nor
    "as reported by Reuters" inside a clause ("He left as reported by ...")."""
    tokens = view.tokens
    first, last = hit.first, hit.last
    if first != last or tokens[first].lower not in AS_REPORTED_PARTICIPLES:
        return None
    opener = first - 1
    if opener >= 0 and tokens[opener].lower in AS_REPORTED_ADVERBS:
        opener -= 1  # "as first reported by"
    if opener < 0 or tokens[opener].lower != "as" or last + 2 >= len(tokens) or tokens[last + 1].lower != "by":
        return None
    source_last = np_right(view, last + 2)
    if source_last is None or (source_last == last + 2 and tokens[source_last].lower in DEMONSTRATIVES):
        return None
    source = view.span(last + 2, source_last)
    after = source_last + 1
    if opener == 0:
        # fronted: "As reported by Reuters, the inspector general issued subpoenas."
        if after >= len(tokens) - 1 or tokens[after].text != "," or not has_words(view, after + 1, len(tokens) - 1):
            return None
        content = (tokens[after + 1].start, trailing_end(view, len(tokens) - 1))
        return _frame("as_reported_by", hit, view, source, [content])
    # closing: "..., as reported by BuzzFeed News." (a time may follow the agent: "on Tuesday")
    if tokens[opener - 1].text != ",":
        return None
    rest = [t for t in tokens[after:] if t.is_word]
    if rest and not (rest[0].lower in AS_REPORTED_TIME_OPENERS and len(rest) <= MAX_AS_REPORTED_TIME_WORDS):
        return None
    before = left_content(view, opener - 1)
    if before is None:
        return None
    return _frame("as_reported_by", hit, view, source, [before], clause_final=True)


MAX_AS_REPORTED_TIME_WORDS = 3  # "on Tuesday", "earlier this month"


ANY_AGENTS = grammar("any_agents")
MAX_GIVEN_NAME_TOKENS = 6  # 'a "con artist"', "a threat to national security"


def _name_given_before_the_agent(view: SentenceView, hit: CueHit) -> int | None:
    """Rule `name_given_before_the_agent` (PolNeAR: "Mehmet Oz has been called
    a charlatan by fellow physicians" gave no claim): a passive naming cue
    (claim_grammar.txt naming_cues) whose name, opening with an article or
    a quotation mark, stands between it and "by" and the agent: the agent
    gave the name; the claim is the subject and the name. The token index of
    "by", or None. Not "was called to the stand by" (no name: a preposition)."""
    tokens = view.tokens
    after = hit.last + 1
    if hit.entry.lemma not in NAMING_CUES or after >= len(tokens):
        return None
    if not (tokens[after].lower in INDEFINITE_ARTICLES or tokens[after].text in QUOTE_MARKS):
        return None
    for m in range(after + 1, min(after + 1 + MAX_GIVEN_NAME_TOKENS, len(tokens) - 1)):
        if tokens[m].lower == "by":
            # "was never called a success by anyone": no one gave the name
            return None if m + 1 < len(tokens) and tokens[m + 1].lower in ANY_AGENTS else m
        if not (tokens[m].is_word or tokens[m].text in QUOTE_MARKS) or tokens[m].lower in SUBORDINATORS_OR_RELATIVES:
            return None
    return None


def passive_attribution(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> Frame | None:
    """`It is expected that ...`, `Bloomberg was reported to ...`: a claim with
    no speaker; `was criticized by X` names its source after "by"."""
    tokens = view.tokens
    first, last, entry = hit.first, hit.last, hit.entry
    word = tokens[first].lower
    if word.endswith(("ing", "s")) or (word == entry.lemma.split()[0] and word not in BARE_PARTICIPLE_CUES):
        return None
    k, passive = skip_auxiliaries_left(view, first - 1)
    if not passive:
        return None
    by_source = None
    after = last + 1
    name_given = _name_given_before_the_agent(view, hit)
    if name_given is not None:
        after = name_given  # "by", past the name
    if after < len(tokens) and tokens[after].lower == "by":
        source_last = np_right(view, after + 1)
        # Rule `demonstrative_is_no_agent`: "supported by those in attendance": no one named
        if source_last is not None and not (source_last == after + 1 and tokens[source_last].lower in DEMONSTRATIVES):
            source_last = _agents_apposition_end(view, _agent_past_a_bare_determiner(view, source_last))
            by_source = view.span(after + 1, source_last)
            after = source_last + 1
    if by_source is None and "passive" not in entry.flags:
        return None
    parts = []
    start = content_start(view, after, entry)
    if by_source is not None and after < len(tokens) and tokens[after].text == ":":
        start = len(tokens)  # "The need has been acknowledged by outside authorities: ...": the writer goes on
    if by_source is None and not _introduces_content(view, after, start):
        return None  # "Her appointment was announced in December 2019": no claim in it
    if by_source is None and _reported_to_someone(view, after):
        return None
    subject_first = np_left(view, k) if k >= 0 else None
    if subject_first is not None:
        subject_first = _before_a_shared_determiner(view, subject_first)
        # rule `list_of_names_is_one_source`, for the subject of a passive too: "Smith, Jones and
        # Brown are believed to have fled" is about all three, not "Jones and Brown"
        subject_first = _list_of_names_before_its_last(view, (subject_first, k))[0]
    if subject_first is not None and by_source is None:
        subject_first = _opening_subject_of_a_relative(view, subject_first, k)
    if subject_first is not None and tokens[k].lower in RELATIVES and (subject_first == k or tokens[k].lower != "that"):
        # Rule `passive_relative_is_no_content`: "the email, which was first reported by The
        # Associated Press": the claim would be "which"; what it stands for is no part of it (nor
        # "an email which" after "in": s5, once "wrote to the board" gives no claim around it)
        return None
    if subject_first is not None and tokens[subject_first].lower != "it" and "hearer" not in entry.flags:
        # ("Jones was told by Smith that ...": the subject of a passive "told" is the hearer)
        parts.append((tokens[subject_first].start, tokens[k].end))
    if name_given is not None:
        if by_source is None or not parts:
            return None
        # the subject and the name given ("Oz ... a charlatan"); what follows the agent ("a professor
        # at Loyola ..., and it makes ...", "for promoting ...") is the writer's, no part of the name
        parts.append((tokens[last + 1].start, tokens[name_given - 1].end))
        return _frame("passive_attribution", hit, view, by_source, parts)
    aside_subject = _passive_subject_before_an_aside(view, k, entry) \
        if subject_first is None and by_source is None else None
    if aside_subject is not None:
        parts.append(aside_subject)
    shared = _shared_subject_of_a_joined_passive(view, k, entry) \
        if subject_first is None and aside_subject is None and by_source is None else None
    if shared is not None:
        # the joined passive from its auxiliary on: "HR 212 ... is believed to have little chance"
        return _frame("passive_attribution", hit, view, None, [shared, (tokens[k + 1].start,
                                                                        trailing_end(view, content_last(
                                                                            view, start, cue_starts)))])
    if not parts and not _introduces_content(view, after, start):
        # Rule `passive_agent_then_circumstance`: "It was first declared by President Richard
        # Nixon in the 1970s": no subject to claim, and what follows the agent is a circumstance
        return None
    if parts and by_source is not None and after + 1 < len(tokens) and tokens[after].text == "," \
            and tokens[after + 1].lower in RELATIVES_AFTER_A_COMMA:
        # Rule `relative_after_the_agent_is_the_writers` (QA round 50 K2): "His death was reported
        # by the BBC, which aired many of his shows, and by ...": the relative clause describes the
        # agent in the writer's words and what follows it is the writer's too; the subject alone
        # is what the agent reported ("It was reported by the BBC, which ..., that ..." as before)
        return _frame("passive_attribution", hit, view, by_source, parts)
    circumstance = start < len(tokens) and tokens[start].lower in AGENT_TAIL_OPENERS
    if parts and by_source is not None and circumstance and not _introduces_content(view, after, start):
        # Rule `agent_then_circumstance_keeps_the_subject`: "Sanders' stridency was echoed by
        # O'Malley in Iowa ...": after the agent, a circumstance (or "and" and the writer's next
        # clause) is no part of what the agent did; the subject alone is the content
        return _frame("passive_attribution", hit, view, by_source, parts)
    # Rule `agent_ends_a_passive`: after the agent, words that introduce no content and hold a cue
    # of their own are another claim; the passive is then the writer's setting, no claim at all
    after_agent = by_source is None or _introduces_content(view, after, start)
    if not after_agent and any(start <= c for c in cue_starts):
        return None  # the words after the agent hold another claim: the passive is the writer's setting
    if start < len(tokens) and has_words(view, start, len(tokens) - 1):
        end = trailing_end(view, content_last(view, start, cue_starts))
        if parts and by_source is None and tokens[start].lower == "to" and len(parts) == 1:
            # Rule `raised_infinitive_keeps_its_verb` (session 13): "The man is said to have been
            # drunk" glued to its subject reads "The man to have been drunk", a dangling
            # infinitive; the claim is given as written, "The man is said to have been drunk".
            # QA round 65 (783 s33, 679 s6): so is a raised perfect, "Jiang was rumored to have
            # died"; spliced into "Jiang died" (the retired rule `raised_perfect_reads_as_a_past`)
            # it read as a fact with the rumour gone from the words
            return _frame("passive_attribution", hit, view, by_source, [(parts[0][0], end)])
        parts.append((tokens[start].start, end))
    if not parts:
        return None
    return _frame("passive_attribution", hit, view, by_source, parts)


def _opening_subject_of_a_relative(view: SentenceView, first: int, k: int) -> int:
    """Rule `passive_subject_keeps_its_relative_clause` (QA round s29, CNN dev 732 s20: "The strike
    on Monday that killed al-Libi is believed to be the 21st U.S. drone strike" gave the content
    "killed al-Libi is believed to be ..."): the walk left from a passive cue stopped inside a
    relative clause ("that killed al-Libi", "who were attacked"); when the sentence opens with the
    noun phrase that the clause is about, no comma and no other clause between, the subject is
    that whole phrase, from the sentence's start. "A man who was hurt said" is read elsewhere; a
    relative after a comma ("..., which was believed to ...") is no subject."""
    tokens = view.tokens
    who = first - 1
    if who < 2 or tokens[who].lower not in PASSIVE_SUBJECT_RELATIVES:
        return first  # the walk stops right after the relative: "that [killed al-Libi]", "who [were attacked]"
    verb = tokens[first]
    verb_first = verb.lower in AUXILIARIES or _finite(verb) or has_finite_verb([verb]) or (
        tokens[who].lower != "that" and verb.is_word and not verb.is_capitalised
        and verb.lower not in DETERMINERS and verb.lower not in SUBJECT_PRONOUNS)  # "who kills"
    if not verb_first:
        return first  # the relative's own verb comes first: "Reports that the man is believed ..." is no relative
    if any(not t.is_word and t.text not in ("-", "'s", "\u2019s") for t in tokens[: k + 1]):
        return first  # a comma: an aside or another clause
    head = tokens[:who]
    if any(t.lower in PASSIVE_SUBJECT_RELATIVES or t.lower in AUXILIARIES or _finite(t) for t in head) \
            or has_finite_verb(head):
        return first  # "Officials said that the man is believed ...": "that" opens a said clause
    if tokens[0].lower not in ARTICLES | DEMONSTRATIVES and not tokens[0].is_capitalised:
        return first
    return 0


PASSIVE_SUBJECT_RELATIVES = frozenset({"that", "who", "which"})


def _shared_subject_of_a_joined_passive(view: SentenceView, k: int, entry: CueEntry) -> Span | None:
    """Rule `joined_passive_keeps_the_sentences_subject` (QA round s29, CNN dev 102 s42: "HR 212
    has sat in the House Committee on the Judiciary since ... and is believed to have little
    chance ..." gave the content "to have little chance ..."): a passive cue right after "and"
    shares the subject that opens the sentence (a noun phrase and then its finite verb); the claim
    is that subject and the passive from its auxiliary on. Not after a comma ("..., and is
    believed" may close a list) and not when another "and" or a clause stands between."""
    tokens = view.tokens
    if k < 3 or tokens[k].lower != "and" or "passive" not in entry.flags or tokens[k - 1].text == ",":
        return None
    if tokens[0].lower in SUBORDINATORS or not tokens[0].is_word:
        return None
    verb_at = next((m for m in range(1, k) if tokens[m].lower in AUXILIARIES or _finite(tokens[m])), None)
    if verb_at is None:
        verb_at = _verb_after_a_subject_pronoun(tokens, k)
    if verb_at is None or np_left(view, verb_at - 1) != 0 or view.quotes.covering(tokens[verb_at].start) is not None:
        return None
    last = verb_at - 1
    while last > 0 and is_adverb(tokens[last].lower):
        last -= 1  # "He currently works": the subject is "He"
    if any(t.lower in ("and", "but", "or", "that", "who", "which") or t.text in (";", ":") or t.text in QUOTE_MARKS
           for t in tokens[last + 1 : k]):
        return None
    m = verb_at + 1
    while m < k and _in_the_verb_group(tokens[m]):
        m += 1  # "has sat", "was arrested", "has long been"
    if any((t.lower,) in cue_forms() for t in tokens[verb_at:m]):
        return None  # "Smith said the man fled and is believed ...": a said clause may hold the subject
    subordinate = False
    for token in tokens[m:k]:
        subordinate = subordinate or token.lower in SUBORDINATORS
        if not subordinate and _in_the_verb_group(token) and not token.lower.endswith("ly"):
            return None  # "Smith said the man fled and is believed ...": the man is, not Smith
    if _subordinate_clause_with_its_subject(tokens, m, k) \
            and _passive_agrees_with_the_inner_subject(tokens, m, k, last):
        return None
    return tokens[0].start, tokens[last].end


MAX_SUBORDINATE_PREDICATE_WORDS = 3  # "as the man fled", "because the company cut jobs"
CLAUSE_COORDINATORS = frozenset({"and", "but", "or", "nor", "so"})  # listed as subordinators; open no clause under one


def _subordinator_between(tokens: Sequence[Token], m: int, k: int) -> int | None:
    """The first subordinator from `m` up to the "and" at `k` ("as", "while",
    "after"), not a coordinator the subordinator list also holds; None when
    there is none. Rules `joined_passive_keeps_the_sentences_subject` and
    `subordinate_subject_may_own_the_joined_passive` read the clause it opens."""
    return next((j for j in range(m, k) if tokens[j].lower in SUBORDINATORS
                 and tokens[j].lower not in CLAUSE_COORDINATORS), None)


def _subordinate_clause_with_its_subject(tokens: Sequence[Token], m: int, k: int) -> bool:
    """Rule `subordinate_subject_may_own_the_joined_passive` (for rule
    `joined_passive_keeps_the_sentences_subject`: "She watched as the man
    fled and is believed to have called the police" showed the claim "She
    is believed to ..."): when a subordinate clause with a subject of its own
    (a subject pronoun, or a determiner and a noun) and a verb runs up to the
    "and" at `k`, the joined passive may go on from that clause's subject
    as well as from the sentence's; the opening subject is not guessed.
    Kept: "since January 2013 and is believed", "after being accused of
    fraud and is believed" (no subject of the clause's own), "as the
    chairman of the panel and is believed" (a preposition: a noun phrase)."""
    opener = _subordinator_between(tokens, m, k)
    if opener is None or opener + 2 >= k:
        return False
    first = tokens[opener + 1]
    if first.lower in SUBJECT_PRONOUNS and first.lower != "it":
        rest = tokens[opener + 2 : k]
    elif first.lower in DETERMINERS and first.lower not in SUBJECT_PRONOUNS:
        rest = tokens[opener + 3 : k]
    else:
        return False
    if not rest or len(rest) > MAX_SUBORDINATE_PREDICATE_WORDS:
        return any(_finite_in_a_subordinate_clause(t) for t in rest[:1])
    return all(t.is_word and not t.is_capitalised and t.lower not in PREPOSITIONS and t.lower not in DETERMINERS
               for t in rest)


SINGULAR_AUXILIARIES = frozenset({"is", "was", "has"})
PLURAL_AUXILIARIES = frozenset({"are", "were", "have"})
SINGULAR_SUBJECT_PRONOUNS = frozenset({"he", "she", "it"})
PLURAL_SUBJECT_PRONOUNS = frozenset({"they", "we"})


def _passive_agrees_with_the_inner_subject(tokens: Sequence[Token], m: int, k: int, last: int) -> bool:
    """Rule `joined_passive_agrees_with_its_subject` (for rule
    `subordinate_subject_may_own_the_joined_passive`: "He waited while the
    doctors operated and is believed to have slept" lost "He", the claim
    "to have slept"): the subordinate clause's subject owns the passive
    only when number shows it: the auxiliary after "and" agrees with that
    subject and not with the sentence's ("The guard watched as the
    prisoners escaped and are believed to have fled"). Else the sentence's
    subject keeps it, as most such sentences mean ("The senator resigned
    after the scandal broke and is believed to have left")."""
    if k + 1 >= len(tokens):
        return False
    auxiliary = tokens[k + 1].lower
    plural = True if auxiliary in PLURAL_AUXILIARIES else (False if auxiliary in SINGULAR_AUXILIARIES else None)
    opener = _subordinator_between(tokens, m, k)
    if plural is None or opener is None or opener + 2 >= k:
        return False
    inner = tokens[opener + 1] if tokens[opener + 1].lower in SUBJECT_PRONOUNS else tokens[opener + 2]
    inner_plural, outer_plural = _plural_subject(inner), _plural_subject(tokens[last])
    return inner_plural is plural and outer_plural is (not plural)


def _plural_subject(token: Token) -> bool | None:
    """For rule `joined_passive_agrees_with_its_subject`: whether the head
    of a subject is plural ("they", "prisoners", "police"), singular ("he",
    "the guard"), or neither to tell ("I", "you")."""
    low = token.lower
    if low in PLURAL_SUBJECT_PRONOUNS:
        return True
    if low in SINGULAR_SUBJECT_PRONOUNS:
        return False
    if low in SUBJECT_PRONOUNS or not token.is_word:
        return None
    return plural_noun_form(low)


def _finite_in_a_subordinate_clause(token: Token) -> bool:
    """For rule `subordinate_subject_may_own_the_joined_passive`: a finite
    verb by its form ("is", "cut", "arrived")."""
    return token.lower in FINITE_AUXILIARIES or _finite(token) or is_past_verb(token)


def _verb_after_a_subject_pronoun(tokens: Sequence[Token], k: int) -> int | None:
    """Rule `verb_after_a_subject_pronoun` (for rule
    `joined_passive_keeps_the_sentences_subject`; CNN dev 770 s6: "He
    currently works in the political affairs office of President Hassan
    Rouhani and is believed to be close to the Iranian leader" gave the
    content "to be close to the Iranian leader", whose subject the reader
    could not tell): after a sentence-opening subject pronoun ("He", "She",
    "They") and any -ly adverbs, a lower-case word ending in "s" or "ed"
    before the "and" at `k` is the sentence's verb ("works", "lived"),
    which the verb lists may not hold. A sentence that opens with a noun
    ("Work continues and is ...") is left as it was."""
    if k < 3 or tokens[0].lower not in SUBJECT_PRONOUNS or tokens[0].lower in ("i", "you", "it"):
        return None
    m = 1
    while m < k and is_adverb(tokens[m].lower):
        m += 1
    word = tokens[m]
    if m >= k or not word.is_word or word.is_capitalised or not word.lower.endswith(("s", "ed")):
        return None
    return m


def _in_the_verb_group(token: Token) -> bool:
    """A lower-case word that may stand in a verb group: an auxiliary, a
    finite or past form, "not", an adverb in -ly."""
    low = token.lower
    return token.is_word and not token.is_capitalised and (
        low in AUXILIARIES or low == "not" or low.endswith("ly") or _finite(token) or has_finite_verb([token]))


MAX_AGENT_NOUN_WORDS = 3  # "of the host club", "of the local football club"
# the words that end an agent's noun words: a preposition, subordinator, relative or auxiliary
AGENT_NOUN_ENDS = NOUN_PHRASE_ENDS | AUXILIARIES


def _agent_past_a_bare_determiner(view: SentenceView, source_last: int) -> int:
    """Rule `agent_ends_on_no_bare_determiner` (QA round 58, 509 repro: "The
    rumors were denied by the chairman of the club, Philip Brook." read the
    agent "the chairman of the" and the content "The rumors club, ..."): an
    agent's phrase that stops at a preposition and a determiner before
    lower-case words the noun-phrase walk cannot hold ("club") runs on over
    them to the next mark, when they are at most `MAX_AGENT_NOUN_WORDS`
    modifiers or nouns (no verb form: "by the end of the day said" is no
    phrase of one noun)."""
    tokens = view.tokens
    if source_last < 1 or tokens[source_last].lower not in DETERMINERS \
            or tokens[source_last - 1].lower not in PREPOSITIONS:
        return source_last
    end = source_last + 1
    while end < len(tokens) and end - source_last <= MAX_AGENT_NOUN_WORDS and tokens[end].is_word \
            and not tokens[end].is_capitalised and is_modifier(tokens[end].lower) \
            and tokens[end].lower not in AGENT_NOUN_ENDS:
        end += 1
    if end == source_last + 1 or (end < len(tokens) and tokens[end].is_word):
        return source_last
    return end - 1


def _agents_apposition_end(view: SentenceView, source_last: int) -> int:
    """Rule `agent_apposition_is_the_agents` (QA round 58, 509 s11: "However
    this was denied by chairman of the host All England Club, Phillip
    Brook." gave the content "However this Phillip Brook" and the unnamed
    speaker "chairman of the host All England Club"): a name of at most
    `MAX_APPOSED_NAME_TOKENS` capitalised words between a comma after the
    agent and the end of the sentence is the agent's name in apposition,
    part of the source (which the speakers then name), never of the content.
    Where the agent's phrase ends otherwise, it ends: "was denied by the
    club, Smith said" (a cue after the name), "was denied by the club,
    Smith and Jones" (a list) stay as they were."""
    tokens = view.tokens
    comma = source_last + 1
    if comma >= len(tokens) or tokens[comma].text != ",":
        return source_last
    end = comma + 1
    while end < len(tokens) and (tokens[end].is_capitalised or (tokens[end].text == "." and end + 1 < len(tokens)
                                                                 and tokens[end + 1].is_capitalised)):
        end += 1  # "Phillip Brook", "John F. Kennedy"
    name = [t for t in tokens[comma + 1 : end] if t.is_word]
    rest = tokens[end:]
    if not name or len(name) > MAX_APPOSED_NAME_TOKENS or any(t.is_word or t.text in QUOTE_MARKS for t in rest):
        return source_last
    return end - 1


def _passive_subject_before_an_aside(view: SentenceView, k: int, entry: CueEntry) -> tuple[int, int] | None:
    """Rule `passive_subject_across_an_aside`: "In the early morning on March
    18, Ling's son, Ling Gu, 23, was said to have smashed a black Ferrari
    into a concrete-wall ...": the subject of a passive cue, before an
    aside that ends at the comma before the auxiliary (an age, an
    appositive), is part of the claim: who smashed the car. Only with no
    agent: "Mr. Bush, the former governor, had been rejected by an
    electorate ..." is an act. Offsets of the subject and its aside, or None."""
    tokens = view.tokens
    if k < 2 or tokens[k].text != "," or "hearer" in entry.flags:
        return None
    found = subject_before(view, k)
    if found is None or tokens[found[0]].lower == "it" or tokens[found[0]].lower in RELATIVES:
        return None
    return tokens[found[0]].start, tokens[k - 1].end


def _reported_to_someone(view: SentenceView, after: int) -> bool:
    """Rule `passive_to_a_recipient_is_no_claim`: "before Caylee's
    disappearance was reported to police by saying that ...": "to" and a
    noun (not a verb) after a passive cue name whom it was told, and with
    no "that", colon or quotation after them, nothing said follows ("It was
    reported to police that ..." keeps its claim)."""
    tokens = view.tokens
    if after + 1 >= len(tokens) or tokens[after].lower != "to":
        return False
    recipient = tokens[after + 1]
    nominal = recipient.is_capitalised or recipient.lower in DETERMINERS or is_people_noun(recipient.lower) \
        or recipient.lower in source_nouns()
    if not nominal:
        return False  # "He is reported to have fled": an infinitive
    last = np_right(view, after + 1) or after + 1
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    return following is None or not (following.lower in ("that", ":") or following.text in QUOTE_MARKS)


QUOTED_AS_SAYING_CUES = grammar("quoted_as_saying_cues")


def quoted_as_saying(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> Frame | None:
    """`"Our plane was shot down," Lysenko was quoted as saying by the
    Ukrinform news agency`: the one quoted is the speaker; the agency after
    "by" only carried the words. The content is the quotation before the
    subject or the clause after the cue. So for the passives of perceiving
    or recording (claim_grammar.txt quoted_as_saying_cues): '"He was a
    thug," a man was captured on camera saying', 'A man was heard saying,
    "..."'."""
    if hit.entry.lemma.replace(" ", "_") not in QUOTED_AS_SAYING_CUES:
        return None
    tokens = view.tokens
    first, last = hit.first, hit.last
    k, passive = skip_auxiliaries_left(view, first - 1)
    if not passive or k < 0:
        return None
    s_first = np_left(view, k)
    if s_first is None or not looks_like_source(view, s_first, k):
        return None
    after = last + 1
    if after < len(tokens) and tokens[after].lower == "by":
        medium_last = np_right(view, after + 1)
        after = medium_last + 1 if medium_last is not None else after
    parts = []
    boundary = s_first - 1
    if boundary >= 0 and (tokens[boundary].text in (",", ":") or tokens[boundary].text in QUOTE_MARKS | DASHES):
        before = left_content(view, boundary)
        if before is not None and view.text[before[0]] in QUOTE_MARKS:
            parts.append(before)  # the quotation before the subject, not "On Tuesday, ..."
    clause_final = bool(parts)
    if not parts:
        start = content_start(view, after, hit.entry)
        perceived = hit.entry.lemma != "quote as saying"
        if perceived and start < len(tokens) and not (
                view.text[tokens[start].start] in QUOTE_MARKS or tokens[after].lower in ("that", ":")
                or reads_as_clause(view, tokens[start].start)):
            # "He was seen saying goodbye to his family", "heard saying her prayers": an act seen
            # or heard, nothing claimed; a quotation, "that" or a clause after the cue is
            return None
        if start < len(tokens) and has_words(view, start, len(tokens) - 1):
            parts.append((tokens[start].start, trailing_end(view, content_last(view, start, cue_starts))))
    if not parts:
        return None
    return _frame("quoted_as_saying", hit, view, view.span(s_first, k), parts, clause_final=clause_final)


# a circumstance or the writer's next clause opens with these after a passive's agent
AGENT_TAIL_OPENERS = grammar("circumstance_prepositions") | frozenset({"after", "before", "and"})
DEMONSTRATIVES = grammar("demonstratives")


FORECAST_CUES = grammar("forecast_cues")


INFINITIVE_ADJECTIVES = grammar("infinitive_adjectives")


def _adjective_infinitive(view: SentenceView, hit: CueHit) -> bool:
    """Rule `adjective_infinitive_is_no_claim`: "it is hard to say: these
    interventions were a success" is not "it say"; nor is "All women should
    be able to find something that looks like ..." a finding ("was able to
    confirm" still is a claim, and "unable to confirm" a negated one)."""
    tokens = view.tokens
    k = hit.first - 1
    if k < 1 or tokens[k].lower != "to":
        return False
    before = tokens[k - 1].lower
    if before in INFINITIVE_ADJECTIVES or before in ("is", "are", "was", "were"):
        return True  # and "the answer ... is to demand more and better technocrats": a plan, not speech
    return before == "able" and k >= 3 and tokens[k - 2].lower == "be" and tokens[k - 3].lower in MODALS


PERMISSION_VERBS = grammar("permission_verbs")
MAX_PERMITTED_TOKENS = 5  # "allowing additional victims to testify"
MAX_PERMITTED_CLAUSE_TOKENS = 16  # "allowed to deny marriage licenses to same-sex couples by asserting"


def _permitted_infinitive(view: SentenceView, hit: CueHit) -> bool:
    """Rule `infinitive_after_a_permission_is_no_claim`: "Sarmina delayed
    ruling on allowing additional victims to testify against Avery", "the
    Commonwealth would be allowed to tell the jury Avery pleaded guilty":
    a cue in an infinitive after a permission verb (claim_grammar.txt
    permission_verbs; right away or past a short noun phrase with no
    punctuation), or later in that infinitive's clause ("allow him to call
    for law and order", "allowed to deny licenses by asserting a religious
    offense"), is what someone may do, which no one said ("allowed that the
    plan might fail" has no "to" and stays)."""
    tokens = view.tokens
    for k in range(hit.first - 1, max(hit.first - 1 - MAX_PERMITTED_CLAUSE_TOKENS, 0), -1):
        if not tokens[k].is_word:
            return False
        if tokens[k].lower == "to" and _after_a_permission(tokens, k):
            return True
    return False


def _after_a_permission(tokens: Sequence[Token], to: int) -> bool:
    return _word_just_before(tokens, to, MAX_PERMITTED_TOKENS, PERMISSION_VERBS) is not None


def _word_just_before(tokens: Sequence[Token], end: int, within: int, words: frozenset[str]) -> int | None:
    """The position of the nearest of `words` among the `within` tokens
    before `end`, looking back over plain words only (a comma or quotation
    mark ends the look), or None."""
    for m in range(end - 1, max(end - 1 - within, -1), -1):
        if not tokens[m].is_word:
            return None
        if tokens[m].lower in words:
            return m
    return None


APPEARANCE_PARTICLES = grammar("appearance_particles")


def _appearance(view: SentenceView, hit: CueHit) -> bool:
    """Rule `appearing_before_a_particle_is_no_cue`: "Draper appears up for
    the task, and he recently shared his big idea with ... Ferenstein, who
    reports that Draper is "submitting ..."": "appear" right before a word of
    claim_grammar.txt appearance_particles ("up", "on", "before") is being
    somewhere or up to something, said by no one, whatever quotation the
    sentence holds later ("appeared somewhat uneasy" is left to the cue)."""
    after = hit.last + 1
    return hit.entry.lemma == "appear" and after < len(view.tokens) \
        and view.tokens[after].lower in APPEARANCE_PARTICLES


COMPARATIVE_STANDARDS = grammar("comparative_standards")
MAX_COMPARED_TOKENS = 3  # "as effective as", "twice as many people as"
AS_WORD = frozenset({"as"})


def _comparative_standard(view: SentenceView, hit: CueHit) -> bool:
    """Rule `comparative_standard_is_no_claim`: "Some reforms were not as
    effective as he hoped, and other reforms were too limited ...": a cue
    whose subject follows "than", or an "as" with "as" a few words before
    it, and which nothing follows before a punctuation mark, measures the
    sentence against what someone hoped or said; the comparison is the
    writer's, and the next clause is no content ("As he predicted, the market
    fell" has no first "as"; "as effective as he hoped, he said" keeps "said")."""
    tokens = view.tokens
    after = hit.last + 1
    if after < len(tokens) and tokens[after].is_word:
        return False
    k, _ = skip_auxiliaries_left(view, hit.first - 1)
    if k < 1 or not tokens[k].is_word:
        return False
    start = np_left(view, k)
    if start is None or start < 1 or tokens[start - 1].lower not in COMPARATIVE_STANDARDS:
        return False
    standard = start - 1
    if tokens[standard].lower == "than":
        return True
    first_as = _word_just_before(tokens, standard, MAX_COMPARED_TOKENS, AS_WORD)
    return first_as is not None and first_as < standard - 1


ABSENCE_NOUNS = grammar("absence_nouns")
ABSENCE_OPENERS = grammar("absence_openers")
MAX_ABSENCE_MODIFIERS = 2  # "no clear sign", "no credible public evidence"


def _under_an_absence_of_evidence(view: SentenceView, hit: CueHit) -> bool:
    """Rule `cue_under_an_absence_of_evidence_is_no_claim`: "Audio
    recordings show no sign that the pilot declared an emergency": a cue in
    the "that" clause (or bare clause) of "no sign", "no evidence", "little
    indication" (claim_grammar.txt absence_nouns after absence_openers) was
    not said as far as anyone knows; neither the assertion nor a denial is
    the subject's ("show that the pilot declared" and "no doubt that" stay)."""
    tokens = view.tokens
    k, _ = skip_auxiliaries_left(view, hit.first - 1)
    if k < 1 or not tokens[k].is_word:
        return False
    start = np_left(view, k)
    if start is None or start < 2:
        return False
    noun = start - 2 if tokens[start - 1].lower == "that" else start - 1
    if noun < 1 or tokens[noun].lower not in ABSENCE_NOUNS:
        return False
    return _word_just_before(tokens, noun, MAX_ABSENCE_MODIFIERS + 1, ABSENCE_OPENERS) is not None


MAX_LISTED_SUBJECT_TOKENS = 6  # "Snapchats and Instagram", "tweets, blogs and Facebook"


def _noun_ending_a_list(view: SentenceView, hit: CueHit) -> bool:
    """Rule `noun_cue_ending_a_list_is_no_claim`: "... immortalized in
    tweets, Instagrams and Facebook posts.": an ambiguous cue word (cues.txt
    +source: "posts", "reports", "shows") in its -s form closing the
    sentence after a subject joined by "and" (never "or", whose subject is
    singular: "either Reuters or CNN reports") disagrees with it in number:
    "Instagrams and Facebook posts" is the last item of a list of nouns,
    never "they post" ("..., Smith and Jones wrote" and "..., the group
    posts" keep their claims; so does "says": not an ambiguous word)."""
    tokens = view.tokens
    if not hit.entry.needs_source_check or hit.first != hit.last:
        return False
    word = tokens[hit.first].lower
    if not word.endswith("s") or word == hit.entry.lemma or any(t.is_word for t in tokens[hit.last + 1 :]):
        return False
    joined = False
    for k in range(hit.first - 1, max(hit.first - 1 - MAX_LISTED_SUBJECT_TOKENS, -1), -1):
        token = tokens[k]
        if not token.is_word:
            return joined and token.text == ","
        if token.lower == "and":
            joined = True  # not "or": "either Reuters or CNN reports" agrees in the singular
        elif not token.is_capitalised and not joined:
            return False  # "the group posts": one subject ("Instagram and the group posts" is rare)
    return False


def _forecast(view: SentenceView, hit: CueHit) -> bool:
    """Rule `expected_to_is_a_forecast`: "James Lee ... is expected to be
    arraigned in Boston at a later date" is the writer's schedule, not
    anybody's claim: a passive of a forecast cue before "to" with no agent
    ("It is expected that ..." and "is expected by analysts to ..." still are)."""
    tokens = view.tokens
    if hit.entry.lemma not in FORECAST_CUES or hit.last + 1 >= len(tokens) or tokens[hit.last + 1].lower != "to":
        return False
    _, passive = skip_auxiliaries_left(view, hit.first - 1)
    return passive


def _introduces_content(view: SentenceView, after: int, start: int) -> bool:
    """Rule `passive_needs_content`: a passive cue with no agent holds a claim
    only when "that", "to", a colon or a quotation follows it (past any
    circumstance): "It is expected that ...", "He is reported to ..."."""
    tokens = view.tokens
    for k in (after, start - 1, start):
        if 0 <= k < len(tokens) and (tokens[k].lower in ("that", "to", ":") or tokens[k].text in QUOTE_MARKS):
            return True
    return False


JOB_PREPOSITIONS = grammar("job_prepositions")
JOB_TIMES = CIRCUMSTANCE_NOUNS  # "reported in August ...": its months


VOICED_VIEWS = grammar("voiced_views")
MAX_VOICED_MODIFIERS = 3  # "voiced his strong support", "voiced deep and growing concern"


def _voiced_no_view(view: SentenceView, hit: CueHit) -> bool:
    """Rule `voiced_names_a_view`: "voiced" ("voicing") gives a claim only
    when a stance follows within a few words ("Clinton has voiced concern
    over the case", "voiced his strong support"); "Tom Hanks voiced the
    character for the film" is an actor's work, no claim."""
    if hit.entry.lemma != "voiced":
        return False
    tokens = view.tokens
    window = tokens[hit.last + 1 : hit.last + 2 + MAX_VOICED_MODIFIERS]
    return not any(t.lower in VOICED_VIEWS for t in window)


AIM_LINKS = frozenset({"be", "is", "was", "are", "were", "been"})


def _aim_after_be_to(view: SentenceView, hit: CueHit) -> bool:
    """Rule `cue_after_be_to_is_an_aim`: "Obama's minimum objective in the
    Congo should be to push for changes in Kinshasa", "The plan is to argue
    that ...": a cue after "be to" is what an aim, a plan or a job holds,
    no one's claim; the noun before "be" is the aim, never a speaker ("Obama
    will push for changes" keeps its claim)."""
    tokens = view.tokens
    return hit.first >= 2 and tokens[hit.first - 1].lower == "to" and tokens[hit.first - 2].lower in AIM_LINKS


# the words after a +source cue that show it has no object of its own: its object is the noun
# before its subject ("the policy Trump advocated in years past"), its content the main verb's
BARE_RELATIVE_FOLLOWERS = (PREPOSITIONS - {"for", "against", "about", "to", "with"}) | MODALS | FINITE_VERBS \
    | TIME_WORDS | frozenset({"--", "\u2014", "\u2013", "years", "last", "this", "earlier"})
BARE_RELATIVE_STOPS = frozenset({",", ":", ";"})


def _cue_in_a_bare_relative(view: SentenceView, hit: CueHit) -> bool:
    """Rule `cue_in_a_bare_relative_is_no_claim`: "The policy Donald Trump
    advocated in years past -- one that's been widely criticized -- is
    back": a +source cue whose subject, a name, stands right after a
    determiner and a noun that is no person ("the policy", not "his son"),
    with no object after the cue and the sentence's own verb after it ("is
    back", "would hit"), is a relative clause with its "that" left out; its
    object is the noun before the name, and what follows is the writer's
    sentence, no content. "Warren advocated a wealth tax in the debate" and
    "his son Tagg Romney posted on Facebook, ..." keep their claims."""
    tokens = view.tokens
    if not hit.entry.needs_source_check or hit.last + 1 >= len(tokens):
        return False
    following = tokens[hit.last + 1]
    if following.lower not in BARE_RELATIVE_FOLLOWERS and following.text not in BARE_RELATIVE_FOLLOWERS:
        return False
    k = hit.first - 1
    if k >= 2 and tokens[k].lower in ("'s", "\u2019s", "has", "had") and tokens[k - 1].lower in SUBJECT_PRONOUNS \
            and tokens[k - 2].lower in ("that", "which"):
        # "the more dovish approach that he's advocated in years past -- one that's ...": the
        # relative clause says "that", its object is still the noun before it
        return True
    while k >= 0 and tokens[k].is_capitalised and tokens[k].is_word:
        k -= 1
    if k == hit.first - 1 or k < 1:
        return False  # no name right before the cue, or no noun before the name
    noun, determiner = tokens[k], tokens[k - 1]
    if not (noun.is_word and not noun.is_capitalised and noun.lower not in TIME_NOUNS
            and noun.lower not in people_nouns() and not is_adverb(noun.lower)
            and noun.lower not in PREPOSITIONS and noun.lower not in FINITE_VERBS
            and determiner.lower in DETERMINERS and (k < 2 or tokens[k - 2].lower not in PREPOSITIONS)):
        return False
    for token in tokens[hit.last + 2 :]:
        if token.text in BARE_RELATIVE_STOPS or token.text in QUOTE_MARKS:
            return False
        if token.lower in FINITE_VERBS and token.lower not in ("'s", "\u2019s"):
            return True  # "... is back": the sentence's own verb, whose subject is "the policy"
    return False


def _reporting_as_a_job(view: SentenceView, hit: CueHit) -> bool:
    """Rule `reporting_from_a_place_is_a_job`: "Steven Sotloff disappeared
    while reporting from Syria in August 2013, but his family kept the news
    secret": "reporting from" anywhere, and "for/in/inside" a named place
    or outlet ("reports for the BBC"), is a journalist's work, no cue (what
    follows is not what they reported). Kept: a time, a year or a document
    after the preposition ("reported in 1991 ...", "reported in his book
    ...") and a "that", a colon or a quotation before the next comma
    ("reported in a statement that ...")."""
    tokens = view.tokens
    after = hit.last + 1
    if hit.entry.lemma != "report" or after + 1 >= len(tokens) or tokens[after].lower not in JOB_PREPOSITIONS:
        return False
    named = tokens[after + 2] if tokens[after + 1].lower == "the" and after + 2 < len(tokens) else tokens[after + 1]
    if tokens[after].lower != "from" and not (named.is_capitalised and named.is_word):
        return False  # "reported in 1991 ...", "reported in his book ...": when or where it was said
    if named.lower in TIME_WORDS or named.lower in JOB_TIMES:
        return False
    return not says_something_soon(view, after, reach=len(tokens))


RETRACTION_VERBS = grammar("retraction_verbs")


def _referred_to_as(view: SentenceView, hit: CueHit) -> bool:
    """Rule `referred_to_as_names_someone`: "a Florida man referred to as
    John Doe says Clash lured him ...": "referred to as" right after a noun
    (no auxiliary: a name given in the writer's description) is no cue; the
    sentence's cue is the one after the name ("He was referred to as a
    hero" and "She referred to him as a liar" are left to the other rules)."""
    tokens = view.tokens
    if hit.entry.lemma != "refer to" or hit.last + 1 >= len(tokens) or tokens[hit.last + 1].lower != "as":
        return False
    if tokens[hit.first].lower != "referred" or hit.first < 1:
        return False
    before = tokens[hit.first - 1]
    return before.is_word and not before.is_capitalised and before.lower not in AUXILIARIES | SUBJECT_PRONOUNS


def _recanted(view: SentenceView, hit: CueHit) -> bool:
    """Rule `recanted_claim_is_no_claim`: "another man who had accused Clash
    of engaging in a sexual relationship with him as a teenager recanted
    that claim": a cue in a "who" clause on the subject, whose main verb
    (before the next comma) takes the claim back, shows no accusation.
    ("A man who had accused him of fraud testified on Monday" keeps it.)"""
    tokens = view.tokens
    k, _ = skip_auxiliaries_left(view, hit.first - 1)
    if k < 1 or tokens[k].lower != "who":
        return False
    for token in tokens[hit.last + 1 :]:
        if token.text in (",", ";") or token.text in QUOTE_MARKS:
            return False
        if token.lower in RETRACTION_VERBS:
            return True
    return False


FINDING_CUES = grammar("finding_cues")
INQUIRY_VERBS = grammar("inquiry_verbs")
MAX_INQUIRY_REACH = 16  # tokens from "to study" to the participle's comma


def _inquirer_before(view: SentenceView, k: int) -> tuple[int, int] | None:
    """Rule `finding_after_an_inquiry_is_the_inquirers`: "Museveni had
    commissioned a group of Ugandan government scientists to study whether
    homosexuality is "learned," concluding that it is a matter of choice":
    a finding participle (claim_grammar.txt finding_cues) after "<someone>
    to study ..." (inquiry_verbs) in the clause before its comma is the
    finding of whoever was to study, not of the subject who commissioned
    it. The tokens of that noun phrase, or None."""
    tokens = view.tokens
    for j in range(k - 1, max(k - 1 - MAX_INQUIRY_REACH, 0), -1):
        if tokens[j].text in (";", ":"):
            return None
        if tokens[j].lower == "to" and j + 1 < k and tokens[j + 1].lower in INQUIRY_VERBS:
            first = np_left(view, j - 1) if j >= 1 and tokens[j - 1].is_word else None
            if first is None or first >= j:
                return None
            return first, j - 1
    return None


MAX_PASSIVE_ADVERBS = 1  # "would be quickly determined and announced"
PASSIVE_BASE_BE = frozenset({"be", "being"})


def _joined_to_a_passive_participle(view: SentenceView, joiner: int) -> bool:
    """Rule `participle_joined_to_a_passive_is_passive` (web test s14b: 'CBS
    said "specific creative elements" would be determined and announced at
    a later date' gave "CBS announced: date"): a past participle after
    "and"/"or" whose first conjunct is a participle after a form of "be"
    shares that "be": it is passive, what is announced, never the
    subject's claim. Only after "and"/"or" and a "be" after a modal or "to"
    ("would be", "to be"), or "being", where no finite verb of the subject
    can join: "He was arrested and said he was innocent", "said the video
    should be released but said ..." and "suggested the writer be fired
    and defended Trump" (a subjunctive "be") keep their claims."""
    tokens = view.tokens
    m = _be_before_a_joined_participle(view, joiner)
    if m is None or tokens[m].lower not in PASSIVE_BASE_BE:
        return False
    if tokens[m].lower == "being":
        return True
    lead = m - 1
    if lead >= 0 and tokens[lead].lower in ("not", "also"):
        lead -= 1  # "would not be", "will also be"
    return lead >= 0 and (tokens[lead].lower in MODALS or tokens[lead].lower == "to")


def _be_before_a_joined_participle(view: SentenceView, joiner: int) -> int | None:
    """The form of "be" (perhaps with an adverb after it) before a lower-case
    past participle and "and"/"or" at `joiner` ("would be determined and",
    "was released and"): its index, or None (for rules
    `participle_joined_to_a_passive_is_passive` and
    `passive_conjunct_ordered_to_do`, which tell the forms they take)."""
    tokens = view.tokens
    if tokens[joiner].lower not in ("and", "or"):
        return None
    before = joiner - 1
    if before < 1 or not tokens[before].is_word or tokens[before].is_capitalised \
            or not is_past_participle(tokens[before].lower):
        return None
    m = before - 1
    while m >= 0 and before - m <= MAX_PASSIVE_ADVERBS and is_adverb(tokens[m].lower):
        m -= 1
    return m if m >= 0 else None


PASSIVE_HEARER_FOLLOWERS = frozenset({"that", "he", "she", "they", "we", "i"})


def _passive_conjunct_told_with_no_hearer(view: SentenceView, hit: CueHit, joiner: int) -> bool:
    """Rule `passive_conjunct_told_is_the_hearers` (reader round K, CNN-Corpus
    dev 276 s18: "When a 7-year-old, straight-A student is removed from class
    and told that she cannot go to her school ..." showed "straight-A student
    told"): a past participle of a cue that takes its hearer as object
    ("told", "informed") joined by "and"/"or" to a passive ("is removed from
    class and told") and followed by "that" or a subject pronoun, with no
    hearer between, is passive too: the subject is the one told, no
    speaker. "He was arrested and told reporters he was innocent" (a hearer
    after the cue: active) keeps its claim."""
    tokens = view.tokens
    word = tokens[hit.first]
    if "hearer" not in hit.entry.flags or word.is_capitalised or not is_past_participle(word.lower):
        return False
    after = hit.last + 1
    if after >= len(tokens) or tokens[after].lower not in PASSIVE_HEARER_FOLLOWERS:
        return False
    be = _be_before_a_joined_participle(view, joiner)
    if be is None:
        be = _be_before_a_participle_and_its_phrase(view, joiner)
    return be is not None and tokens[be].lower in BE


def _orders_its_object(entry: CueEntry) -> bool:
    """For rule `passive_conjunct_ordered_to_do`: a cue that takes the one it
    tells or orders as its object (a +hearer cue, or claim_grammar.txt
    object_control_cues: "order", "urge")."""
    return "hearer" in entry.flags or entry.lemma in grammar("object_control_cues")


MAX_PASSIVE_PHRASE_TOKENS = 6  # "accused of illegal settling", "charged with murder in Paris"


def _be_before_a_participle_and_its_phrase(view: SentenceView, joiner: int) -> int | None:
    """Rule `passive_conjunct_ordered_to_do`, its first conjunct with a
    phrase (qa67c-s24, QA round 67, 919 s14: "when they were first accused
    of illegal settling and ordered to move" gave "they / ordered: to
    move", the ones ordered shown as the ones who ordered): a lower-case
    past participle after a form of "be" (perhaps with an adverb), then a
    preposition and up to six words with no punctuation, no verb in the
    past or finite and no clause opener, before "and"/"or" at `joiner`:
    the index of that "be", or None. "They accused the government of
    illegal settling and ordered it to leave" (no "be") is no such phrase."""
    tokens = view.tokens
    if tokens[joiner].lower not in ("and", "or"):
        return None
    for participle in range(joiner - 2, max(joiner - 2 - MAX_PASSIVE_PHRASE_TOKENS, 0), -1):
        token = tokens[participle]
        if not token.is_word:
            return None
        if token.is_capitalised or not is_past_participle(token.lower) \
                or tokens[participle + 1].lower not in PREPOSITIONS:
            continue
        phrase = tokens[participle + 2 : joiner]
        if any(not t.is_word or t.lower in FINITE_VERBS or t.lower in RELATIVES or is_past(t) for t in phrase):
            return None
        m = participle - 1
        while m >= 0 and participle - m <= MAX_PASSIVE_ADVERBS and verb_adverb(tokens[m].lower):
            m -= 1  # "were first accused"
        return m if m >= 0 else None
    return None


def _passive_conjunct_before_its_infinitive(view: SentenceView, hit: CueHit, joiner: int) -> bool:
    """Rule `passive_conjunct_ordered_to_do` (QA round 61, 483 s38: "He was
    released and ordered to report to his California probation officer"
    gave "He / ordered: to report ..."): a cue that takes the one it tells
    or orders as its object (a +hearer cue, or claim_grammar.txt
    object_control_cues: "order", "urge"), right after "and"/"or" whose
    first conjunct is a past participle after a form of "be" ("was
    released and"), and right before "to" and a verb with no object
    between, is passive: the subject was ordered, it ordered nothing. Kept:
    "He was arrested and told reporters he was innocent" (an object), "He
    was released and vowed to fight on" (a cue with no such object) and
    "The judge released him and ordered him to report" (no "be")."""
    tokens = view.tokens
    if not _orders_its_object(hit.entry):
        return False
    be = _be_before_a_joined_participle(view, joiner)
    if be is None:
        be = _be_before_a_participle_and_its_phrase(view, joiner)
    if be is None or tokens[be].lower not in BE:
        return False
    to = hit.last + 1
    return to + 1 < len(tokens) and tokens[to].lower == "to" and tokens[to + 1].is_word \
        and not tokens[to + 1].is_capitalised and tokens[to + 1].lower not in DETERMINERS \
        and tokens[to + 1].lower not in OBJECT_PRONOUNS


def _infinitive_of_the_ordered(view: SentenceView, first: int) -> bool:
    """Rule `passive_conjunct_ordered_to_do`, its infinitive: a cue right
    after "to" after a passive of an ordering cue ("was ordered to report
    to his probation officer", "was released and told to report to police")
    is what the subject was ordered to do, no claim of the subject's. Kept:
    "He agreed to report ...", "The judge ordered him to report ..." (no
    passive) and "He was ordered not to tell anyone ..." (a negated telling
    stays, rule `not_to_infinitive_negates`)."""
    tokens = view.tokens
    m = first - 1
    if m < 2 or tokens[m].lower != "to":
        return False
    m -= 1
    low = tokens[m].lower
    entry = cue_forms().get((low,))
    if entry is None or not is_past_participle(low) or tokens[m].is_capitalised or not _orders_its_object(entry):
        return False
    before = m - 1
    while before > 0 and m - 1 - before < MAX_PASSIVE_ADVERBS and is_adverb(tokens[before].lower):
        before -= 1
    if tokens[before].lower in BE:
        return True  # "was ordered to report"
    be = _be_before_a_joined_participle(view, before)  # "was released and told to report"
    if be is None:
        be = _be_before_a_participle_and_its_phrase(view, before)  # "was released from jail and told to"
    return be is not None and tokens[be].lower in BE


MAX_IMPERATIVE_WORDS = 2  # "Start", "Start off"


def _imperative_before_by(tokens: Sequence[Token], k: int) -> bool:
    """Rule `imperative_before_by_has_no_subject` (reader round J, CNN-Corpus
    dev 262 s25: "Start by asking human handlers if you can approach" showed
    the speaker "Start"): a verb of one or two words (a particle after it)
    that opens the sentence right before "by" and its participle is an
    imperative telling the reader what to do; nobody there speaks. "Smith
    began by asking ..." has a subject and a verb before "by" and stays."""
    if tokens[k].lower != "by" or not 1 <= k <= MAX_IMPERATIVE_WORDS:
        return False
    words = tokens[:k]
    opener = words[0].lower
    if is_adverb(opener) or opener in SENTENCE_ADVERBS | SENTENCE_CONJUNCTIONS | CLAUSE_LEADS:
        return False  # "Yet by calling out Clinton, Axelrod ...": the subject comes after the phrase
    return all(t.is_word for t in words) and words[0].is_capitalised \
        and all(t.lower in IMPERATIVE_PARTICLES for t in words[1:])


IMPERATIVE_PARTICLES = grammar("imperative_particles")


def participle_clause(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> Frame | None:
    """`Trump attacked Clinton on Tuesday, saying she lied` and `Wilson praised
    Rubio and said ...`: the source is the sentence's subject."""
    tokens = view.tokens
    first = hit.first
    if first == 0 or hit.entry.lemma == "according to":
        return None  # "..., according to health care workers": the source follows
    if _infinitive_of_the_ordered(view, first):
        return None
    quoted = _quoted_one(view, first)
    if quoted is not None:
        return _participle_frame(view, hit, cue_starts, quoted)
    k, passive = skip_auxiliaries_left(view, first - 1)
    if k < 0:
        return None
    opener = k
    while opener > 0 and tokens[opener].text in QUOTE_MARKS and tokens[opener - 1].text == ",":
        opener -= 1  # 'a defense of "New York values," saying ...'
    # "..., saying ...", and "..., going on to say that ...": the participle is "going"
    going_on = k + 1 < first and tokens[k + 1].lower == "going"
    participle = (tokens[first].lower.endswith("ing") or going_on) and (
        tokens[opener].text in PARTICIPLE_OPENERS or _quoted_as(tokens, opener)
    )
    coordinated = tokens[k].lower in ("and", "but") and not tokens[first].lower.endswith("ing")
    participle = participle or _statement_saying(view, hit, k)
    if not participle and tokens[first].lower.endswith("ing"):
        # rule `with_absolute_names_the_speaker` with no comma before the participle: "Democrats
        # went further, with former Gov. Martin O'Malley calling Trump a fascist"
        absolute = _with_subject(view, first)
        participle = absolute is not None and absolute[1] == k
    if _joined_to_a_with_absolute(view, first, k):
        return None
    if participle and _imperative_before_by(tokens, k):
        return None
    listed = None if participle or passive else _subject_of_a_list_of_predicates(view, hit, k)
    if listed is not None:
        return _participle_frame(view, hit, cue_starts, trim_source(view, *listed), listed=True)
    if not (participle or coordinated):
        return None
    if participle and hit.entry.lemma in FINDING_CUES:
        inquirer = _inquirer_before(view, k)
        if inquirer is not None:
            return _participle_frame(view, hit, cue_starts, inquirer)
    if coordinated and passive:
        return None  # rule `passive_is_not_the_subjects_claim`: "... and was asked whether ...": asked, not asking
    if coordinated and _joined_to_a_passive_participle(view, k):
        return None
    if coordinated and _passive_conjunct_told_with_no_hearer(view, hit, k):
        return None
    if coordinated and _passive_conjunct_before_its_infinitive(view, hit, k):
        return None
    if participle and tokens[first].lower in WRITER_GLOSSES and not reads_as_clause(view, tokens[first].end):
        return None  # rule `gloss_participle`: "..., listing measurements and showing pictures of the women"
    if participle and _after_examples(tokens, k):
        return None  # "supporters, such as Bob Corker and Lindsey Graham, now saying": theirs, not the subject's
    after_joined = _participle_after_a_joined_cue(view, k, cue_starts) if participle and not coordinated else None
    if after_joined is not None:
        source, = after_joined
        return _participle_frame(view, hit, cue_starts, source)
    circumstance = _speaker_of_the_cue_before(view, k, cue_starts) if participle else None
    if circumstance is not None:
        after = tokens[hit.last + 1] if hit.last + 1 < len(tokens) else None
        opens = after is not None and (after.lower in ("that", ":") or after.text in QUOTE_MARKS)
        if not opens and (after is None or after.lower not in SUBJECT_PRONOUNS):
            return None  # "officials said Thursday in describing needed repairs": how they spoke
        return _participle_frame(view, hit, cue_starts, trim_source(view, *circumstance))
    with_subject = _with_subject(view, first) if participle else None
    if with_subject is not None:
        return _participle_frame(view, hit, cue_starts, trim_source(view, *with_subject), absolute=True)
    inverted = _inverted_speaker(view, first, cue_starts) if participle else None
    if inverted is not None:
        return _participle_frame(view, hit, cue_starts, inverted)
    if coordinated and _present_conjunct_of_the_cue_before(view, k, cue_starts):
        return None  # rule `present_conjunct_joins_a_past_cues_content`: part of the earlier claim
    inner = _subject_inside_a_content(view, k, cue_starts) if coordinated else None
    if inner is not None:
        if not looks_like_source(view, *inner):
            return None  # the clause's subject is no speaker; the outer speaker is none either
        return _participle_frame(view, hit, cue_starts, trim_source(view, *inner))
    if coordinated and _past_conjunct_of_either_clause(view, hit, k, cue_starts):
        return _participle_frame(view, hit, cue_starts, None)
    if coordinated and _joined_to_a_relative_clause(view, k, cue_starts):
        return None
    if coordinated and _joined_to_an_infinitive(view, hit, k, cue_starts):
        return None
    shared = _coordinated_subject(view, k, cue_starts) if coordinated else None
    subordinator = _trailing_subordinator(view, k) if coordinated and not shared else None
    if subordinator is not None:
        clause = _subject_of_a_trailing_subordinate(view, subordinator, k)
        if clause is None or not looks_like_source(view, *clause):
            return None  # the joined verb is that clause's subject's, and no speaker we can name
        return _participle_frame(view, hit, cue_starts, trim_source(view, *clause))
    found = _subject_of_a_found_clause(view, k) if participle and not shared else None
    if found is not None:
        return _participle_frame(view, hit, cue_starts, trim_source(view, *found))
    writing = _writing_found_before(view, k) if participle and not shared and tokens[k].text == "," else None
    if writing is not None:
        writer = writing if writing[0] <= writing[1] else None
        return _participle_frame(view, hit, cue_starts, writer)
    subordinate = _subordinate_subject(view, k) if participle else None
    if participle and not shared and subordinate is None and _speech_clause_before(view, k, cue_starts):
        return None
    subject = shared or (_attribution_before(view, k, cue_starts) if participle else None) or (
        subordinate or sentence_subject(view, max(k, 0))
    )
    if participle and subject is not None and not shared:
        after_but = _subject_after_but(view, subject, k)
        if after_but is not None and not looks_like_source(view, *after_but):
            return None  # "..., but the rain kept falling, forcing ...": the clause's, and no speaker
        subject = after_but or subject
    if coordinated and not shared and subject is not None:
        subject = _whole_first_subject(view, subject, first, cue_starts)
    if participle and not shared and subject is not None:
        subject = _whole_subject_before_its_verb(view, subject, k, cue_starts)
    if participle and not shared and subject is not None and tokens[k].text == "," \
            and tokens[subject[1]].lower in RECORDINGS:
        # rule `recording_is_no_speaker` (review s23: "The video shows a man ..., saying he has
        # done nothing wrong" gave the video as the speaker): a recording records; the one it
        # shows says it, whom the participle cannot tell: unresolved
        return _participle_frame(view, hit, cue_starts, None)
    if subject is not None and not _verb_follows(view, subject[1] + 1):
        return None  # "Popular drinking hole The Idle Hour will be closing, and have said": not "Popular"
    subject = subject or _earlier_speaker(view, first, cue_starts)
    if subject is None:
        return None
    if coordinated and not shared and subject[0] == 0 and subject[1] > 0 \
            and tokens[0].lower in FRONTED_SUBORDINATORS:
        # Rule `fronted_clause_is_no_subject`: "After the results from New York were in, Jeff
        # Weaver ... appeared on MSNBC and outlined ...": past the comma that closes the fronted
        # clause, the cue is the main clause's, whose subject is not this; before it ("Though she
        # called ... and called for ...") the subject is the fronted clause's, without "though"
        if any(t.text == "," for t in tokens[subject[1] + 1 : k]):
            return None
        if not any(t.text == "," and view.quotes.covering(t.start) is None for t in tokens[hit.last + 1 :]):
            return None  # "After the officials met the minister went on television and said": no telling
        subject = (1, subject[1])
    trimmed = trim_source(view, *subject)
    if trimmed[1] < subject[1] and view.tokens[trimmed[1] + 1].lower in AUXILIARIES:
        subject = trimmed  # "The committee is filing a complaint Monday, claiming ...": the committee
    # "officials probably both expected and hoped": not "probably both"
    return _participle_frame(view, hit, cue_starts, trim_source(view, *subject))


def _subject_of_a_list_of_predicates(view: SentenceView, hit: CueHit, k: int) -> tuple[int, int] | None:
    """Rule `listed_predicate_shares_the_subject`: "Trump summed up Clinton as
    "terrible," denounced her record and said ...", "She urged the
    administration to join ..., proposed that more forces be left in Iraq,
    and pushed to ...": a cue in the past right after a comma (token `k`, or
    ", and") is one of a list of predicates (`lists_predicates`) whose first
    verb, in the past, follows the sentence's subject; the cue shares that
    subject, whether or not the first verb is a cue. Not after a noun and its
    comma with no list ("His group, called the Fund, will ..."), nor before
    its inverted source ("..., said Smith")."""
    tokens = view.tokens
    first, last = hit.first, hit.last
    closed = tokens[k].lower == "and"
    comma = list_comma_before(view, k - 1 if closed else k)
    if _then_after_the_comma(tokens, k, first):
        # Rule `then_closes_a_list_of_predicates` (PolNeAR train: "Kasich offered the man a job,
        # then said he would welcome advice" was left unread): ", then" joins the last predicate
        # as ", and then" does
        closed = True
    if comma is None or not is_past(tokens[first]):
        return None
    if "invert" in hit.entry.flags and _inverted_source_follows(view, last + 1):
        return None  # "..., said an American official who was briefed and spoke anonymously"
    if last + 2 < len(tokens) and tokens[last + 1].lower in OBJECT_PRONOUNS and (
            tokens[last + 2].text in (",", ".", ";") or tokens[last + 2].lower in PREPOSITIONS):
        return None  # "found the posting, reported it to the F.B.I., and removed it": acts on a thing
    subject = sentence_subject(view, comma)
    if subject is None or not looks_like_source(view, *subject):
        return None
    verb = subject[1] + 1
    while verb < comma and verb_adverb(tokens[verb].lower):
        verb += 1  # "Trump further summed up"
    if verb >= comma or not is_past(tokens[verb]):
        return None
    return subject if lists_predicates(view, verb, comma, first, last, closed) else None


def _then_after_the_comma(tokens: Sequence[Token], k: int, first: int) -> bool:
    """The cue at `first` follows a comma at `k` and "then" alone: ", then said"."""
    return tokens[k].text == "," and first == k + 2 and tokens[k + 1].lower == "then"


SAYING_DOCUMENTS = grammar("saying_documents")
WRITING_FINDING_VERBS = grammar("writing_finding_verbs")
RECEIVED_MESSAGES = grammar("received_messages")
WRITER_LINKS = frozenset({"from", "by"})
MAX_FOUND_WRITING_TOKENS = 10  # "a handwritten note from the suspect's older brother"


def _writing_found_before(view: SentenceView, k: int) -> tuple[int, int] | None:
    """Rule `found_writing_speaks_for_its_writer` (review s23: "Officers
    found a note from the suspect, saying he was sorry" gave the officers
    as the speaker): a writing (claim_grammar.txt saying_documents, writings)
    that the subject found or received (writing_finding_verbs), ending at
    the comma `k`, perhaps with "from" or "by" and its writer: the writing
    says what the participle brings, not the one who found it. Gives the
    writer's first and last token, or (k, k - 1) when the writer is not
    written ("Police found a note, saying ..."), None when no such writing
    stands there. Stay: "Police released a statement, saying ..." (put out,
    the subject's own) and "Trump attacked the report, saying ..."."""
    tokens = view.tokens
    link = None
    for j in range(k - 1, max(k - 1 - MAX_FOUND_WRITING_TOKENS, -1), -1):
        token = tokens[j]
        if not token.is_word or token.lower in AUXILIARIES:
            return None
        if token.lower in WRITER_LINKS:
            link = j
        elif token.lower in WRITINGS or token.lower in SAYING_DOCUMENTS or token.lower in RECEIVED_MESSAGES:
            if link is None and j < k - 1:
                return None  # "found a note and a gun": the noun must end the object or take its writer
            lead = j
            while lead > 0 and (tokens[lead - 1].lower in WRITING_LEADS or (
                    lead > j - 3 and tokens[lead - 1].is_word and not tokens[lead - 1].is_capitalised
                    and tokens[lead - 1].lower not in WRITING_FINDING_VERBS
                    and tokens[lead - 1].lower not in PREPOSITIONS)):
                lead -= 1  # "a handwritten note"; not "seized on the message": no finding
            if lead == 0 or tokens[lead - 1].lower not in WRITING_FINDING_VERBS:
                return None
            if link is None:
                return k, k - 1
            return _writer_of_a_found_writing(view, link + 1, k - 1)
    return None


def _writer_of_a_found_writing(view: SentenceView, first: int, last: int) -> tuple[int, int]:
    """For rule `found_writing_speaks_for_its_writer` (review s25): the
    writer after "from"/"by" ends before a preposition other than "of"
    ("emails by Clinton aides on the server" - "Clinton aides"), and only a
    person or a body writes: a place ("a letter from Chicago") or no source
    gives (last + 1, last), the writer not written."""
    tokens = view.tokens
    end = next((j - 1 for j in range(first + 1, last + 1)
                if tokens[j].lower in PREPOSITIONS and tokens[j].lower != "of"), last)
    words = " ".join(t.lower for t in tokens[first : end + 1] if t.lower not in ARTICLES)
    if end < first or words in places() or not looks_like_source(view, first, end):
        return last + 1, last
    return first, end
STATEMENT_TIME_WORDS = TIME_WORDS | TIME_UNITS | grammar("time_leads") | frozenset({"early", "late", "on"})
MAX_STATEMENT_OBJECT_TOKENS = 6  # "a series of tweets", "a brief written statement"


def _statement_saying(view: SentenceView, hit: CueHit, k: int) -> bool:
    """Rule `statement_saying`: "The town released a statement Wednesday
    saying Trump's comments 'are based on his opinion'", "Trump unleashed a
    series of tweets early Friday saying that ...": "saying" right after a
    statement the subject put out (claim_grammar.txt saying_documents, the
    object of a past verb), perhaps with its time, is the subject's claim, as
    after a comma. Not a statement by someone else ("a letter from his
    doctor saying"), nor a sign or a cover ("carrying signs saying")."""
    return statement_saying_verb(view, hit.first, k) is not None


def statement_saying_verb(view: SentenceView, first: int, k: int) -> int | None:
    """The verb that put out the statement of rule `statement_saying`
    ("released" in "The town released a statement Wednesday saying ..."),
    when "saying" at `first` (with `k` the token before it, auxiliaries
    skipped) is such a statement's; else None. Also for polarity.py's
    `participle_after_a_past_statement_is_past`."""
    tokens = view.tokens
    if tokens[first].lower != "saying":
        return None
    m = _before_a_platform(tokens, k)
    while m > 0 and tokens[m].lower in STATEMENT_TIME_WORDS:
        m -= 1
    m = _before_a_platform(tokens, m)
    m = _before_an_addressee(tokens, m)
    if tokens[m].lower not in SAYING_DOCUMENTS:
        return None
    for j in range(m - 1, max(m - 1 - MAX_STATEMENT_OBJECT_TOKENS, -1), -1):
        low = tokens[j].lower
        if not tokens[j].is_word or low in ("from", "by", "to") or tokens[j].is_capitalised:
            return None
        if low in past_forms() or low in STATEMENT_VERBS or (low.endswith("ed") and low not in source_modifiers()):
            # the sentence's subject stands right before that verb: "Trump unleashed", not "The
            # town released" read as "The" (no subject the walk can tell); a verb that puts a
            # statement out counts, irregular or not ("The mayor sent an email to staff saying":
            # the speaker was "an email", session 12 review list 7)
            subject = sentence_subject(view, j)
            return j if subject is not None and skip_auxiliaries_left(view, j - 1)[0] == subject[1] else None
    return None


MAX_ADDRESSEE_TOKENS = 4  # "to the House Judiciary Committee"


def _before_an_addressee(tokens: Sequence[Token], k: int) -> int:
    """Rule `statement_saying_to_an_addressee` (session 12: "wrote a letter to
    the governor saying the prison was unsafe" gave a "write" claim whose
    content was the letter): "to" and the one it was sent to, ending at `k`
    right after a statement ("a letter to the governor", "an email to
    staff"), stand between the statement and its "saying"; the token before
    "to" when it is such a statement, else `k` itself. A comma or a verb
    inside the phrase ends it as no addressee."""
    for j in range(k, max(k - MAX_ADDRESSEE_TOKENS - 1, 0), -1):
        token = tokens[j]
        if token.lower == "to":
            return j - 1 if j < k and tokens[j - 1].lower in SAYING_DOCUMENTS else k
        if not token.is_word or token.lower in AUXILIARIES or token.lower in RELATIVES:
            return k
    return k


PLATFORM_LEADS = grammar("platform_leads")
PLATFORM_PAGES = grammar("platform_pages")
MAX_PLATFORM_WORDS = 3  # "on Truth Social", "via the BBC World Service" is no platform


def _before_a_platform(tokens: Sequence[Token], k: int) -> int:
    """Rule `statement_saying_on_a_platform` (session 11, web test: "issued
    a statement on Twitter saying X" gave no claim): the token before a
    platform ending at `k` ("on Twitter", "via Facebook", "on social media",
    "on its website")
    where the statement was put out; `k` itself when none ends there."""
    j = k
    if k >= 2 and tokens[k].lower == "media" and tokens[k - 1].lower == "social":
        j = k - 2
    elif k >= 2 and tokens[k].lower in PLATFORM_PAGES and tokens[k - 1].lower in POSSESSIVE_PRONOUNS:
        j = k - 2  # "on its website", "on his Facebook page"
    else:
        while j > 0 and k - j < MAX_PLATFORM_WORDS and tokens[j].is_word and tokens[j].is_capitalised:
            j -= 1
    if j < k and j > 0 and tokens[j].lower in PLATFORM_LEADS:
        return j - 1
    return k


QUOTING_VERBS = grammar("quoting_verbs")
MAX_QUOTED_TOKENS = 8


def _quoted_one(view: SentenceView, first: int) -> tuple[int, int] | None:
    """Rule `quoted_one_is_the_speaker`: "Reuters quoted the minister as
    saying the talks had failed": the one quoted said it, not the paper
    that quoted them (first and last token of the one quoted)."""
    tokens = view.tokens
    if first >= 3 and tokens[first].lower == "saying" and tokens[first - 1].lower != "as":
        return _quoted_name_saying(tokens, first)
    if first < 3 or tokens[first - 1].lower != "as" or tokens[first].lower != "saying":
        return None
    marks = int(tokens[first - 2].text in QUOTE_MARKS)
    for m in range(first - 3, max(first - 2 - MAX_QUOTED_TOKENS - 2 * marks, -1), -1):
        if marks and tokens[m].text in QUOTE_MARKS and m > 0 and tokens[m - 1].is_word:
            marks += 1  # rule `quoted_one_described_by_the_quoter`: 'someone he describes as a "brother"'
            continue
        if not tokens[m].is_word:
            return None
        if tokens[m].lower in QUOTING_VERBS:
            if tokens[m + 1].lower == "by":
                return None  # "Juppe was quoted by BFMTV as saying": the passive's subject was quoted
            if marks % 2:
                return None
            last = first - 2
            if last - 2 > m and tokens[last].lower in TIME_WORDS and tokens[last - 1].lower == "on":
                last -= 2  # "cited CCTV sources on Saturday as saying": when, not who
            return _described_by_the_quoter(tokens, m + 1, last, bool(marks))
    return None


MAX_QUOTED_NAME_TOKENS = 5  # "quoted Doug Ford saying", "cited Health Minister Jane Smith saying"


def _quoted_name_saying(tokens: Sequence[Token], first: int) -> tuple[int, int] | None:
    """Rule `quoted_name_saying_without_as` (resolve2-s27, reader round 71,
    CNN-Corpus dev 930 s22: 'And it quoted Doug Ford saying, "Rob is like
    Howard Stern ..."' gave no claim): a quoting verb (claim_grammar.txt
    quoting_verbs), a name of capitalised words and "saying" with no "as"
    between: the one named said it, as with "as saying" (rule
    `quoted_one_is_the_speaker`). Only a name right after the verb; a
    description ("quoted a police official saying") is left to the rules
    that read it before, "cited reports saying" stays the citation, and a
    comma before "saying" ("He quoted Shakespeare, saying ...") makes the
    participle the subject's."""
    for m in range(first - 1, max(first - 1 - MAX_QUOTED_NAME_TOKENS, -1), -1):
        if tokens[m].lower in QUOTING_VERBS and not tokens[m].is_capitalised:
            between = tokens[m + 1 : first]
            if m + 1 < first and tokens[m + 1].lower != "by" \
                    and all(t.is_word and t.is_capitalised for t in between):
                return m + 1, first - 1
            return None
        if not tokens[m].is_word:
            return None
    return None


def _described_by_the_quoter(
        tokens: Sequence[Token], first: int, last: int, marked: bool) -> tuple[int, int] | None:
    """Rule `quoted_one_described_by_the_quoter` (resolve s26, CNN-Corpus dev
    890: 'He also quotes someone he describes as a "brother" as saying,
    "..."' gave the words to the one named the sentence before, with cue
    "describes"): the one quoted, whom the quoter names only by a quoted word
    after a naming cue ("someone he describes as a "brother"", "a man he
    calls "the Professor""), is that description: who it is, the text does
    not say ("cited a man she described as a witness": "a witness"). With
    no naming cue inside, the whole of the one quoted; None when it also
    holds quotation marks (`marked`: a quoted word of another kind)."""
    for k in range(first, last):
        entry = cue_forms().get((tokens[k].lower,))
        if entry is None or entry.lemma not in NAMING_CUES or tokens[k].is_capitalised:
            continue
        start = k + 2 if tokens[k + 1].lower == "as" else k + 1
        return (start, last) if start <= last else None
    return None if marked else (first, last)


FRONTED_PARTICIPLE_LEADS = frozenset({"after", "before", "while", "when", "since"})
EMPTY_PARTICIPLE_OBJECTS = grammar("empty_participle_objects")
ACTION_PARTICIPLES = grammar("action_participles")
FACTIVE_PARTICIPLES = grammar("factive_participles")  # rule `fronted_knowledge_is_no_claim`


def fronted_participle(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> Frame | None:
    """`After saying her right foot was "so swollen I could barely get my shoe
    on," she was whisked off ...` and `Claiming the criticism is designed to
    pressure moderators, Trump told Fox ...`: a participle cue opens the
    sentence (alone or after "after", "while" ...); its content, a clause or
    a quotation, runs to the first comma outside a quotation, and the main
    clause's subject that follows (a source, then a lower-case verb) is the
    speaker. A noun phrase after the participle ("Appearing gaunt",
    "Expecting thousands for a protest") is an act or a state, no claim."""
    tokens = view.tokens
    first = hit.first
    if not tokens[first].lower.endswith("ing") or hit.entry.lemma == "according to":
        return None
    if not (first == 0 or (first == 1 and tokens[0].lower in FRONTED_PARTICIPLE_LEADS)):
        return None
    start = content_start(view, hit.last + 1, hit.entry)
    comma = next((m for m in range(start, len(tokens)) if _clause_comma(view, m)), None)
    if comma is None or comma <= start or comma + 3 >= len(tokens) or not has_words(view, start, comma - 1):
        return None
    if any(m in cue_starts for m in range(start, comma)):
        return None  # "Saying he was told that ..., she ...": an attribution of its own inside
    quoted = view.text[tokens[start].start] in QUOTE_MARKS
    if tokens[start].lower in EMPTY_PARTICIPLE_OBJECTS or hit.entry.lemma in ACTION_PARTICIPLES \
            or hit.entry.lemma in FACTIVE_PARTICIPLES:
        return None
    if tokens[start].lower in OBJECT_PRONOUNS and start + 1 < len(tokens) and tokens[start + 1].lower in ("and", ","):
        return None  # "After dismissing it and then scanning the barcode, I ...": an object, no clause
    if not (quoted or reads_as_clause(view, tokens[start].start)):
        return None  # "Saying goodbye to the crowd, the singer left", "Citing security concerns, ...": no claim
    subject_first = comma + 2 if tokens[comma + 1].text in QUOTE_MARKS else comma + 1
    subject_last = np_right(view, subject_first)
    if subject_last is None or subject_last + 1 >= len(tokens) or \
            not looks_like_source(view, subject_first, subject_last):
        return None
    verb = tokens[subject_last + 1]
    if not verb.is_word or verb.is_capitalised or verb.lower in PREPOSITIONS_OR_RELATIVES:
        return None
    content_end = comma if subject_first == comma + 2 else comma - 1
    content = (tokens[start].start, tokens[content_end].end if quoted else trailing_end(view, content_end))
    return _frame("fronted_participle", hit, view, view.span(subject_first, subject_last), [content])


def _clause_comma(view: SentenceView, m: int) -> bool:
    """A comma outside a quotation, or one that closes a quotation with it
    ('... my shoe on," she was ...')."""
    tokens = view.tokens
    if tokens[m].text != ",":
        return False
    quote = view.quotes.covering(tokens[m].start)
    if quote is None:
        return True
    return m + 1 < len(tokens) and tokens[m + 1].text in QUOTE_MARKS and quote[1] == tokens[m + 1].end


def _participle_frame(
    view: SentenceView, hit: CueHit, cue_starts: set[int], source: tuple[int, int] | None,
    absolute: bool = False,
    listed: bool = False,
) -> Frame | None:
    """The participle's frame with `source` (first and last token), or None
    when no words follow the cue; an `absolute` ("with X saying ...") ends
    where the sentence goes on past it (`_absolute_end`), a `listed`
    predicate before the list's next one (`_before_the_next_listed_predicate`)."""
    tokens = view.tokens
    start = content_start(view, hit.last + 1, hit.entry)
    if start >= len(tokens) or not has_words(view, start, len(tokens) - 1):
        return None
    end = _before_a_new_speaker(view, start, content_last(view, start, cue_starts), cue_starts)
    end = _before_a_second_participle(view, start, end)
    end = _before_the_subjects_own_cue(view, hit, start, end, cue_starts)
    if absolute:
        end = _absolute_end(view, start, end)
    if listed:
        end = _before_the_next_listed_predicate(view, start, end)
    content = [(tokens[start].start, trailing_end(view, end))]
    return _frame("participle_clause", hit, view, None if source is None else view.span(*source), content)


def _before_the_subjects_own_cue(view: SentenceView, hit: CueHit, start: int, end: int,
                                 cue_starts: set[int]) -> int:
    """Rule `participle_aside_ends_before_its_subjects_cue` (recall-s21:
    "Salceda, citing data from the U.S. State Department, said that about 4
    million ...", "Sen. Richard J. Durbin (D-Ill.), noting the size of
    Sanders's following, said, "Let me ..."": a participle set off by
    commas between a subject and its finite cue is an aside; its content
    ends before the comma that closes it, and the cue after it keeps its
    own claim. Not a participle after a clause ("Trump attacked Clinton,
    saying she lied, officials said"): only a cue that has no subject
    between the comma and itself, in the past or -s form, ends it."""
    tokens = view.tokens
    if hit.first < 2 or tokens[hit.first - 1].text != "," or not tokens[hit.first].lower.endswith("ing"):
        return end
    if has_finite_verb(tokens[: hit.first - 1]):
        return end  # the participle follows a clause, not the subject alone
    for m in range(start + 1, end + 1):
        if m not in cue_starts or view.quotes.covering(tokens[m].start) is not None:
            continue
        comma = m - 1
        if comma > start and tokens[comma].text in QUOTE_MARKS and tokens[comma - 1].text == ",":
            comma -= 1  # 'citing "the unique magic of Trump," said'
        if tokens[comma].text != "," or comma <= start:
            continue
        # qa68c-s25 (QA round 68, 449 s40): "Jackson lawyers, calling it a "smoking gun," argue ...":
        # after a plural subject the plain present is finite too
        plural_present = tokens[hit.first - 2].lower.endswith("s") and tokens[m].is_word \
            and not tokens[m].is_capitalised
        if tokens[m].lower.endswith("ing") or not (is_past(tokens[m]) or finite_by_form(tokens[m]) or plural_present):
            continue
        return comma - 1 if tokens[m - 1].text == "," else m - 1
    return end


def _inverted_source_follows(view: SentenceView, k: int) -> bool:
    """A source from token `k` that ends with the sentence, a comma or a
    relative ("..., said Smith.", "..., said an American official who was
    briefed ..."), not the subject of a reported clause ("..., said the plan
    would fail"); a subject pronoun never ("..., said she would run")."""
    tokens = view.tokens
    if k >= len(tokens) or tokens[k].lower in SUBJECT_PRONOUNS:
        return False
    return _name_ends_sentence(view, k) or _description_ends_sentence(view, k) or _someone_who_follows(view, k) \
        or source_ends_after(view, k)


def _before_the_next_listed_predicate(view: SentenceView, start: int, end: int) -> int:
    """Rule `listed_predicate_shares_the_subject` (its content): "proposed
    that more forces be left in Iraq, and pushed to funnel arms ...": the
    claim of a listed predicate ends before the list's next item, a comma or
    "and" and a past verb (no cue of ours may stand there), outside
    quotations; "left" after "be" is no new item."""
    tokens = view.tokens
    for m in range(start + 1, end):
        if (tokens[m].text != "," and tokens[m].lower != "and") or view.quotes.covering(tokens[m].start) is not None:
            continue
        if tokens[m - 1].text in DASHES:
            continue  # "comments Trump made — and later walked back —": an aside, no item of the list
        after = m + 1
        if tokens[m].text == "," and tokens[after].lower == "and":
            after += 1
        while after < end and verb_adverb(tokens[after].lower):
            after += 1
        if after <= end and is_past(tokens[after]):
            return m - 1
    return end


def _absolute_end(view: SentenceView, start: int, end: int) -> int:
    """Rule `absolute_content_ends_at_the_next_clause`: "..., with Iran
    supporting the Shia coalition, Saudi Arabia supporting Sunni groups and
    Turkey becoming closer to the Kurds", "with Israel saying Hamas built it
    and the Indonesian government firing back that ...", "while she faced
    body-shaming, with Radar Online calling her "scary skinny," for instance,
    she has proved ...": the claim of a "with" absolute ends before the next
    absolute (a comma or "and", a noun phrase and a participle) and before a
    comma that a clause of its own follows (a subject and its verb); what
    comes there is someone else's act or the writer's main clause."""
    tokens = view.tokens
    for m in range(start + 1, end + 1):
        # a comma closing a quotation ('calling her "scary skinny," she has ...') ends it as well
        closing = tokens[m].text in QUOTE_MARKS and tokens[m - 1].text == ","
        comma = tokens[m].text == "," and view.quotes.covering(tokens[m].start) is None
        if not (comma or closing or (tokens[m].lower == "and" and view.quotes.covering(tokens[m].start) is None)):
            continue
        after = m + 1
        if (comma or closing) and after <= end and tokens[after].lower == "and":
            after += 1
        last = np_right(view, after) if after <= end else None
        if last is None or last + 1 > end:
            continue
        verb = tokens[last + 1]
        another = verb.is_word and not verb.is_capitalised and verb.lower.endswith("ing") and len(verb.lower) > 4
        if another or ((comma or closing) and _clause_subject_at(view, after, end + 1)):
            return m if closing else m - 1
    return end


MAX_SECOND_PARTICIPLE_REACH = 40  # tokens of the claim read for "and telephoning ..."


def _before_a_second_participle(view: SentenceView, start: int, end: int) -> int:
    """Rule `second_participle_is_the_writers`: "he withdrew from the Arnold
    Palmer Invitational, explaining that neither the back spasms nor pain
    had subsided and telephoning Palmer personally to apologize ...": after
    a participle cue's clause, "and" and another participle that no
    auxiliary of that clause carries is the subject's next act, told by
    the writer; the claim ends before it. ("saying the company was growing
    fast and hiring workers": "was" carries both.)"""
    tokens = view.tokens
    finite = False  # the clause has a verb of its own
    carried = False  # an -ing form since its last auxiliary
    for m in range(start, min(end, start + MAX_SECOND_PARTICIPLE_REACH)):
        low = tokens[m].lower
        if low in AUXILIARIES:
            finite, carried = True, False
        elif tokens[m].is_word and not tokens[m].is_capitalised and low.endswith("ing") and len(low) > 4:
            carried = True
        elif low in PAST_VERBS or (low.endswith("ed") and not tokens[m].is_capitalised):
            finite = True
        if low == "and" and m > start and finite and not carried and _participle_at(tokens, m + 1) \
                and not _gerund_subject_with_its_verb(tokens, m + 2, end):
            return m - 1
    return end


def _gerund_subject_with_its_verb(tokens: Sequence[Token], k: int, end: int) -> bool:
    """"saying prices rose and spending fell in the third quarter": an -ing
    word after "and" with a finite verb of its own before the clause ends
    is the subject of a coordinated clause inside the claim, not the
    subject's next act (rule second_participle_is_the_writers)."""
    for token in islice(tokens, k, min(end + 1, len(tokens))):
        low = token.lower
        if not token.is_word or low in RELATIVES or low in SUBORDINATORS or low == "to":
            return False  # "and telephoning Palmer personally to apologize": no verb of its own
        if low in AUXILIARIES or low in PAST_VERBS or is_past(token):
            return True
    return False


def _participle_at(tokens: Sequence[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].is_word and not tokens[k].is_capitalised \
        and tokens[k].lower.endswith("ing") and len(tokens[k].lower) > 4


def _before_a_new_speaker(view: SentenceView, start: int, end: int, cue_starts: set[int]) -> int:
    """Rule `participle_content_ends_at_a_new_speaker`: "With the death
    penalty declining and recent polls showing a drop in public support,
    some legal analysts wonder if the court is prepared ...": the content of
    a participle cue ends before a comma that a new subject and its own
    finite cue follow; the sentence's main clause is the analysts' claim,
    never the polls'. Not inside a quotation."""
    tokens = view.tokens
    for c in sorted(m for m in cue_starts if start < m <= end):
        if tokens[c].lower.endswith("ing") or view.quotes.covering(tokens[c].start) is not None:
            continue
        k, _ = skip_auxiliaries_left(view, c - 1)
        if k <= start or not tokens[k].is_word or (c + 1 < len(tokens) and tokens[c + 1].text == ","):
            continue  # "- if the grab was as bad as she said, he said, why ...": a parenthetical source
        subject = np_left(view, k)
        if subject is None or subject - 1 <= start or tokens[subject - 1].text != ",":
            continue
        if any(t.lower in AUXILIARIES or t.lower == "to" for t in tokens[subject : k + 1]):
            continue  # "..., will help convince supporters to support": no subject of its own
        if tokens[subject].lower in RELATIVES or not looks_like_source(view, subject, k):
            continue
        return subject - 2
    return end


MAX_DASHED_GLOSS_TOKENS = 8  # "a step opposition spokeswoman Lesya Orobets warned"
GLOSS_DETERMINERS = frozenset({"a", "an", "one", "another"})


# "may have" / "might have" before a past cue ("Obama may have promised ..., but ...") concedes it
CONCEDING_MODALS = frozenset({"may", "might"})


def conceded_cue_rebuttal(view: SentenceView, first: int) -> int | None:
    """Rule `conceded_cue_before_a_rebuttal` (qa64a-s23, QA round 64, 373 s1:
    "President Obama may have promised Americans that they can keep their
    insurance if they like it, but that's not the case in at least three
    states ..." was hedged, with the writer's rebuttal inside Obama's
    promise): "may have" or "might have" right before a past cue, and ", but"
    later in the sentence outside a quotation, is the writer's concession:
    the source did say it (no hedge), and the clause after ", but" is the
    writer's answer, no part of what was said. The comma's token, or None.
    "Obama may have promised that they can keep their plans." (no "but")
    stays hedged."""
    tokens = view.tokens
    if first < 2 or tokens[first - 1].lower != "have" or tokens[first - 2].lower not in CONCEDING_MODALS \
            or not is_past_participle(tokens[first].lower):
        return None
    return next((m for m in range(first + 2, len(tokens) - 2)
                 if tokens[m].text == "," and tokens[m + 1].lower == "but"
                 and view.quotes.covering(tokens[m].start) is None), None)


def _before_a_dashed_gloss_with_its_own_cue(view: SentenceView, start: int, end: int, cue_starts: set[int]) -> int:
    """Rule `dashed_gloss_with_its_own_speaker_is_no_content` (QA round 61,
    955 s7: "Lukash threatened to impose a state of emergency -- a step
    opposition spokeswoman Lesya Orobets warned could lead to the use of
    military units" gave Lukash's threat Orobets's warning, hedged by her
    "could"): after a dash outside a quotation, an indefinite noun phrase
    whose contact relative holds another subject and its cue, right before
    the relative's own auxiliary ("a step X warned could lead ...", "a move
    critics say will fail"), is the writer's gloss and that speaker's
    words, not the content's; the content ends before the dash, and the
    gloss's own claim reads "a step could lead to ..." (its head before the
    content). Kept: "... -- a step that would lead to violence" (no cue),
    "-- an investment he concludes has ..." (a pronoun: "he" may be the
    content's own speaker, whose gloss it then is),
    "... -- and she said it would be soon" (no noun phrase) and a dash
    inside a quotation."""
    tokens = view.tokens
    for d in range(start + 1, end):
        if tokens[d].text not in DASHES or view.quotes.covering(tokens[d].start) is not None:
            continue
        if d + 4 > end or tokens[d + 1].lower not in GLOSS_DETERMINERS:
            continue
        for c in range(d + 3, min(d + 2 + MAX_DASHED_GLOSS_TOKENS, end)):
            if not tokens[c].is_word:
                break
            if c in cue_starts and not tokens[c].lower.endswith("ing") and tokens[c + 1].lower in FINITE_AUXILIARIES:
                if tokens[c - 1].lower in SUBJECT_PRONOUNS:
                    return end  # "-- an investment he concludes has ...": maybe the speaker's own gloss
                before = d - 1
                while before > start and tokens[before].text in DASHES:
                    before -= 1  # "--" may be two tokens
                return before
    return end


# "..., to which X replied, ...", "..., whereupon X said ...": a reply with a speaker of its own
REPLY_RELATIVE_OPENERS = frozenset(w.replace("_", " ") for w in grammar("reply_relative_openers"))
REPLY_CUES = grammar("reply_cues")
# "... -- which X denied": the other side's answer to the clause before
ANSWERING_RELATIVE_CUES = grammar("answering_relative_cues")
MAX_REPLY_SPEAKER_TOKENS = 6  # "to which the Sinn Fein leader replied"


def before_a_relative_reply(view: SentenceView, start: int, end: int) -> int:
    """Rule `relative_reply_is_another_speakers_claim` (QA round 68, 876 s4:
    'Kelly demanded that McGuinness name the killers, to which McGuinness
    replied, "I don't know who was responsible ..."' gave Kelly
    McGuinness's denial; s5 "Kelly then accused McGuinness of ... -- which
    McGuinness denied" ran the denial into the accusation): outside a
    quotation, ", to which X replied/responded/said" or ", whereupon X said"
    (claim_grammar.txt reply_relative_openers, reply_cues), and "-- which X
    denied" (or ", which X denied" at the sentence's end;
    answering_relative_cues), start what another speaker answered; the
    content ends before the comma or the dash. The reply is X's own claim
    (`reply_after_a_relative_opener_is_a_claim` in extract.py). Kept: "the
    bill, to which the senators added an amendment" (no cue) and "the
    plan, which critics say is too weak" (a cue with content of its own:
    `relative_aside_in_the_claims_subject`)."""
    tokens = view.tokens
    for m in range(start + 1, end):
        if view.quotes.covering(tokens[m].start) is not None:
            continue
        opener = _relative_reply_opener(tokens, m)
        if opener is None:
            continue
        cue = _reply_cue_after(tokens, opener, end)
        if cue is None:
            continue
        before = m - 1
        while before > start and tokens[before].text in DASHES:
            before -= 1  # "--" may be two tokens
        return before
    return end


def _relative_reply_opener(tokens: Sequence[Token], m: int) -> int | None:
    """For rule `relative_reply_is_another_speakers_claim`: the token after
    ", to which" / ", whereupon" / "-- which" starting at the mark `m`, or
    None."""
    if tokens[m].text == ",":
        if m + 2 < len(tokens) and f"{tokens[m + 1].lower} {tokens[m + 2].lower}" in REPLY_RELATIVE_OPENERS:
            return m + 3
        if m + 1 < len(tokens) and tokens[m + 1].lower in REPLY_RELATIVE_OPENERS:
            return m + 2
        return None
    if tokens[m].text in DASHES and (m == 0 or tokens[m - 1].text not in DASHES):
        k = m + 1
        while k < len(tokens) and tokens[k].text in DASHES:
            k += 1
        if k < len(tokens) and tokens[k].lower == "which":
            return -(k + 1)  # a dash: an answering cue ("denied") must end the sentence
    return None


def _reply_cue_after(tokens: Sequence[Token], opener: int, end: int) -> int | None:
    """The reply's cue within a few capitalised or plain words of its
    speaker after `opener` (negative after "-- which": the cue must be an
    answering one and end the sentence), or None."""
    dashed = opener < 0
    first = -opener if dashed else opener
    if first >= len(tokens) or not tokens[first].is_word:
        return None
    for c in range(first + 1, min(first + 1 + MAX_REPLY_SPEAKER_TOKENS, len(tokens))):
        word = tokens[c].lower
        if not tokens[c].is_word:
            return None
        if dashed:
            if word in ANSWERING_RELATIVE_CUES:
                rest = tokens[c + 1 :]
                return c if all(t.text in (".", "!", "?") for t in rest) else None
            continue
        if word in REPLY_CUES:
            return c
    return None


def _opens_a_dashed_gloss(view: SentenceView, s_first: int, last: int) -> bool:
    """For rule `dashed_gloss_with_its_own_speaker_is_no_content`: the
    subject the walk found opens right after a dash, past the dateline and
    outside a quotation, with an indefinite determiner ("-- a step ...",
    "— an investment ..."), and the cue ending at `last` is followed by the
    contact relative's own auxiliary ("warned could", "concludes has"): a
    gloss with a source of its own. Not "— A news report published
    Wednesday said" after a dateline, nor "- a former speechwriter said she
    demanded ..." (a clause, no gap after the cue)."""
    tokens = view.tokens
    dash = s_first - 1
    # the dateline's end last: it is worked out from the text each time
    return tokens[dash].text in DASHES and tokens[s_first].lower in GLOSS_DETERMINERS \
        and view.quotes.covering(tokens[s_first].start) is None \
        and last + 1 < len(tokens) and tokens[last + 1].lower in FINITE_AUXILIARIES and dash > after_dateline(view)


def _subject_past_a_dashed_gloss_head(view: SentenceView, s_first: int, s_last: int) -> tuple[int, int] | None:
    """Rule `dashed_gloss_with_its_own_speaker_is_no_content`, the gloss's
    own cue: "-- a step opposition spokeswoman Lesya Orobets warned could
    lead to ...": the walk left takes "a step" into the subject; the
    speaker stands after the gloss's one-word head ("step"). None when the
    words after that head read as no source ("-- a controversial step
    critics say ...": where the head ends the text does not tell)."""
    tokens = view.tokens
    head = s_first + 1
    if head + 1 > s_last or not tokens[head].is_word or tokens[head].is_capitalised \
            or is_people_noun(tokens[head].lower) or not looks_like_source(view, head + 1, s_last):
        return None
    opening = tokens[head + 1]
    # "critics", "the opposition", "Orobets", "he": a subject of its own; "opposition spokeswoman
    # Lesya Orobets" holds a name; "step critics" (after "a controversial") neither
    if opening.is_capitalised or opening.lower in DETERMINERS or opening.lower in source_nouns() \
            or opening.lower in SUBJECT_PRONOUNS \
            or any(t.is_capitalised for t in tokens[head + 2 : s_last + 1]):
        return head + 1, s_last
    return None


def _parallel_attribution(view: SentenceView, before: Span, first: int, cue_starts: set[int]) -> bool:
    """Rule `parallel_attributions_split_at_each_source`: "37 percent think
    corruption is the biggest challenge, 23 percent think its inequality, 16
    percent think its poverty": the clause before ", <source> <cue>" holds
    the same cue word (the cue right before) with a source of its own,
    outside a quotation; it is that source's claim, never a part of this one
    (whose content, the other side, ends before the next such source:
    `participle_content_ends_at_a_new_speaker` for the same cue word)."""
    tokens = view.tokens
    # the cue right before only: "He said ..., and when asked whether ..., he said, ..."
    c = max((c for c in cue_starts if c < first), default=None)
    if c is None or not before[0] <= tokens[c].start < before[1] or tokens[c].lower != tokens[first].lower:
        return False
    if view.quotes.covering(tokens[c].start) is not None:
        return False
    k, _ = skip_auxiliaries_left(view, c - 1)
    if k < 0 or not tokens[k].is_word or tokens[k].lower in RELATIVES or tokens[k].lower == "to":
        return False
    subject = np_left(view, k)
    return subject is not None and tokens[subject].lower not in RELATIVES


def _before_a_quoting_speaker(view: SentenceView, start: int, end: int, cue_starts: set[int]) -> int:
    """Rule `second_cue_takes_the_quotation`, the first cue's side: "She said
    fathers would not be eligible ..., and when pressed on why the plan
    leaves out dads, the 34-year-old mother of three replied, "It's meant
    to ..."": a later subject whose cue takes the quotation that ends the
    sentence speaks it; the first claim ends before that subject's clause
    (and before a fronted "when ..." clause that leads to it). A content that
    stops at such a clause keeps no dangling "and" or "but" ("She said she
    had no plans to yell anything, but | when Trump mentioned Cruz, ...")."""
    tokens = view.tokens
    for c in sorted(m for m in cue_starts if start < m <= end):
        if tokens[c].lower.endswith("ing") or view.quotes.covering(tokens[c].start) is not None:
            continue
        k, _ = skip_auxiliaries_left(view, c - 1)
        if k <= start or not tokens[k].is_word:
            continue
        if not _quotation_follows_the_cue(view, c + 1, c + 2):
            joiner = _parenthetical_source_in_a_later_conjunct(view, start, k, c)
            if joiner is not None:
                # Rule `parenthetical_source_takes_its_conjunct`, the first cue's side: "He told
                # reporters the deal was off, | and when he arrived, Smith said, the guards left"
                return last_word_before(view, start, joiner - 1)
            continue
        subject = np_left(view, k)
        if subject is None or subject - 1 <= start or not (
            tokens[subject - 1].text == "," or tokens[subject - 1].text in DASHES
        ):
            continue
        if tokens[subject].lower in RELATIVES or not looks_like_source(view, subject, k):
            continue
        cut = subject - 1
        for m in range(cut - 1, start, -1):
            if tokens[cut].text in DASHES and tokens[m].text == tokens[cut].text:
                cut = m  # "... taxes ― as was true for the few years ... ― Trump boasted": the writer's aside
                break
            if tokens[m].text == ",":
                break
            if tokens[m].lower in FRONTED_SUBORDINATORS and tokens[m - 1].text == ",":
                cut = m - 1  # ", when pressed on why ..., she replied"
                break
            if tokens[m].lower in FRONTED_SUBORDINATORS and tokens[m - 1].lower in ("and", "but") \
                    and tokens[m - 2].text == ",":
                cut = m - 2  # ", and when pressed on why ..., she replied"; ", but when pressed, he admitted"
                break
        return last_word_before(view, start, cut)
    if start < end and tokens[end].lower in ("and", "but") and tokens[end - 1].text == "," \
            and end + 1 < len(tokens) and tokens[end + 1].lower in FRONTED_SUBORDINATORS:
        return end - 2  # "He said he had not seen it, and | when asked ...": no dangling "and"
    return end


def _joined_clause_with_its_own_cue(view: SentenceView, start: int, cue_starts: set[int]) -> bool:
    """For rule `parenthetical_source_before_a_joined_speaker`: the content
    after a source starts at "and" or "but" right after a comma, and the
    first cue after it, a finite one outside a quotation, has its subject
    right after the joiner ("..., records show, and aviation experts say
    ..."). "..., he said, and then left" (no subject, no cue) is no such clause;
    nor is one whose subject is a pronoun ("Rihanna has been in the game for
    a long time, Anitai said, and she wants people to know ..."): it goes on
    with what the source said, about someone the content named."""
    tokens = view.tokens
    if not 0 < start < len(tokens) - 2 or tokens[start].lower not in ("and", "but") or tokens[start - 1].text != ",":
        return False
    if tokens[start + 1].lower in SUBJECT_PRONOUNS or tokens[start + 1].lower in pronouns():
        return False
    c = min((m for m in cue_starts if m > start + 1), default=None)
    if c is None or tokens[c].lower.endswith("ing") or view.quotes.covering(tokens[c].start) is not None:
        return False
    k, passive = skip_auxiliaries_left(view, c - 1)
    if passive or k <= start:
        return False
    return np_left(view, k) == start + 1 and looks_like_source(view, start + 1, k)


def _parenthetical_source_in_a_later_conjunct(view: SentenceView, start: int, k: int, c: int) -> int | None:
    """For rule `parenthetical_source_takes_its_conjunct`, the first cue's
    side: the cue at `c` (its subject ending at `k`) is a parenthetical
    source (", Smith said, the guards left": commas on both sides, words
    after) inside a conjunct that ", and" or ", but" opens after the
    content's `start`; the "and" or "but", else None."""
    tokens = view.tokens
    subject = np_left(view, k)
    if subject is None or subject - 1 <= start or tokens[subject - 1].text != "," \
            or c + 2 >= len(tokens) or tokens[c + 1].text != "," or not tokens[c + 2].is_word:
        return None
    if tokens[subject].lower in RELATIVES or not looks_like_source(view, subject, k):
        return None
    return _conjunct_joiner(view, start, subject - 1)


def _conjunct_joiner(view: SentenceView, start: int, end: int) -> int | None:
    """The last "and" or "but" right after a comma, outside a quotation,
    between tokens `start` and `end` (exclusive) with words after it: the
    opening of the sentence's last joined clause there, else None."""
    tokens = view.tokens
    for j in range(end - 1, start + 1, -1):
        if tokens[j].lower in ("and", "but") and tokens[j - 1].text == "," \
                and view.quotes.covering(tokens[j].start) is None and has_words(view, j + 1, end - 1):
            return j
    return None


def _conjunct_after_another_cue(view: SentenceView, before: Span, cue_starts: set[int]) -> Span | None:
    """Rule `parenthetical_source_takes_its_conjunct` (closing note s22: "He
    told reporters the deal was off, and when he arrived, Smith said, the
    guards left" gave Smith the whole sentence): a source set between
    commas inside a clause that ", and" or ", but" joins to a clause with a
    cue of its own ("He told reporters ...") governs its own conjunct only
    ("when he arrived ... the guards left"); the first clause is the other
    cue's claim (its content ends before the ", and": `_before_a_quoting_speaker`).
    The clause before `before`'s last such joiner must hold a cue outside a
    quotation; else None, and "The deal was off, and when he arrived, Smith
    said, the guards left" stays Smith's whole."""
    tokens = view.tokens
    inside = view.token_indices(*before)
    if len(inside) < 4:
        return None
    joiner = _conjunct_joiner(view, inside[0], inside[-1] + 1)
    if joiner is None:
        return None
    if not any(tokens[inside[0]].start <= tokens[c].start < tokens[joiner - 1].start
               and view.quotes.covering(tokens[c].start) is None
               and not _joined_participle_of_the_clause(tokens, c) for c in cue_starts):
        return None
    return tokens[joiner + 1].start, before[1]


PARTICIPLE_SUBORDINATORS = grammar("participle_subordinators")


FINDING_VERBS = grammar("finding_verbs")
MAX_FOUND_CLAUSE_TOKENS = 30  # "that a new militant group called Lashkar-e-Saif has declared its existence"
MAX_FOUND_SUBJECT_TOKENS = 10  # "a new militant group called Lashkar-e-Saif"


def _subject_of_a_found_clause(view: SentenceView, k: int) -> tuple[int, int] | None:
    """Rule `participle_of_a_found_clause` (QA round 43, 854 s32: "we find
    that a new militant group called Lashkar-e-Saif has declared its
    existence, claiming that ..." gave the reporters' "we" the group's
    claim): a participle after the comma `k` that closes a "that" clause
    of a verb of finding (claim_grammar.txt finding_verbs: "find",
    "learned", "discovered") belongs to that clause's subject, when it is
    a source with a finite verb of its own; the finder only came upon what
    the clause's subject did and said. A verb of saying before "that"
    ("Trump said that Clinton lied, adding ...") keeps the sayer, and a
    clause whose subject is no source ("found that the drug cut deaths,
    suggesting ...") is left to the other rules."""
    tokens = view.tokens
    if tokens[k].text != ",":
        return None
    that = None
    for m in range(k - 1, max(k - 1 - MAX_FOUND_CLAUSE_TOKENS, 0), -1):
        if not tokens[m].is_word:
            return None  # a comma, a quotation: another clause
        if tokens[m].lower == "that":
            that = m
            break
    if that is None or that < 1 or tokens[that - 1].lower not in FINDING_VERBS:
        return None
    verb = None
    named = None
    for j in range(that + 2, min(k, that + 1 + MAX_FOUND_SUBJECT_TOKENS)):
        token = tokens[j]
        if token.lower in NAMING_PARTICIPLES and tokens[j + 1].is_capitalised:
            named = j + 1  # "a new militant group called Lashkar-e-Saif": the name names the subject
            continue
        if not token.is_capitalised and (token.lower in FINITE_AUXILIARIES or _main_verb(token)):
            verb = j
            break
    if verb is None or not looks_like_source(view, that + 1, verb - 1):
        return None
    if verb - 1 > that + 1 and tokens[verb - 1].lower in SUBJECT_PRONOUNS:
        # Rule `contact_relative_cuts_no_found_subject` (qa67c-s24, QA round 67, 893 s12: "they found
        # that the exploding stars they were using as galactic yardsticks were dimmer ..., indicating
        # that ..." gave the source "the exploding stars they"): a pronoun after the noun opens a
        # relative clause with no "that"; the clause's subject runs past it, no source to cut here
        return None
    return (named if named is not None else that + 1), verb - 1


def _subordinate_subject(view: SentenceView, k: int) -> tuple[int, int] | None:
    """Rule `participle_of_the_nearest_clause`: "The G8 summit comes days
    after the United States pledged to play a greater role, citing
    evidence that ...": the participle belongs to the clause just before
    it, whose subject follows "after"."""
    tokens = view.tokens
    m = _subordinator_before(view, k)
    if m is None:
        return None
    last = np_right(view, m + 1)
    while last is not None and last > m + 1 and tokens[last].lower in SUBJECT_TIME_WORDS:
        last -= 1  # "a Washington Post editorial this week": the phrase took "this" of the time
    if last is None or last + 1 >= k or not looks_like_source(view, m + 1, last):
        return None
    verb = last + 1
    while verb < k and tokens[verb].lower in SUBJECT_TIME_WORDS:
        verb += 1  # rule `participle_of_a_speech_clause`: "an editorial this week criticized"
    if verb >= k:
        return None
    return (m + 1, last) if tokens[verb].lower in FINITE_AUXILIARIES or _main_verb(tokens[verb]) else None


SUBJECT_TIME_WORDS = TIME_WORDS | TIME_UNITS | frozenset({"this", "last"})  # "an editorial this week"


def _subordinator_before(view: SentenceView, k: int) -> int | None:
    """The token of the subordinator (claim_grammar.txt participle_subordinators)
    that opens the clause just before the participle's comma `k`, with no
    comma between, or None. A quoted phrase inside the clause with no
    punctuation of its own ("criticized what the newspaper called a 'double
    standard' in Ecuador") is part of it (rule `participle_of_a_speech_clause`);
    any other quotation ends the search."""
    tokens = view.tokens
    for m in range(k - 1, max(k - MAX_ASIDE_TOKENS, 0) - 1, -1):
        if tokens[m].text == ",":
            return None
        if tokens[m].text in QUOTE_MARKS:
            if not _scare_quote(view, m, k):
                return None
            continue
        if tokens[m].lower in PARTICIPLE_SUBORDINATORS:
            return m
    return None


def _scare_quote(view: SentenceView, m: int, k: int) -> bool:
    """The quotation mark at token `m` belongs to a quoted phrase that ends
    before token `k` and holds only words (no comma, stop or other clause
    mark): a name for something, not a quotation of its own."""
    tokens = view.tokens
    quote = view.quotes.covering(tokens[m].start) or view.quotes.covering(tokens[m].end - 1)
    if quote is None or quote[1] > tokens[k].start:
        return False
    inside = [t for t in tokens if quote[0] <= t.start and t.end <= quote[1] and t.text not in QUOTE_MARKS]
    return bool(inside) and all(t.is_word for t in inside)


def _speech_clause_before(view: SentenceView, k: int, cue_starts: set[int]) -> bool:
    """Rule `participle_of_a_speech_clause` (QA round 41, 727 s8: "He offered
    a swift response ... when a Washington Post editorial this week
    criticized what the newspaper called a 'double standard', noting that
    ..." gave the editorial's point to "He"): a participle after a
    subordinate clause ("when", "after" ...) whose own verb is a cue belongs
    to that clause; when its subject cannot be named, the participle has no
    speaker the tagger can tell, never the main clause's subject."""
    tokens = view.tokens
    if tokens[k].text != ",":
        return False  # "... before it was reported to police by saying ...": the subject's own means
    m = _subordinator_before(view, k)
    if m is None or tokens[m + 1].lower in SUBJECT_PRONOUNS:
        # "Trump tweaked his promise when he formally announced his running mate, calling ...":
        # the pronoun is most often the main subject again; left to the rules before
        return False
    return any(m < c < k and tokens[c - 1].lower not in BE for c in cue_starts)


def _trailing_subordinator(view: SentenceView, joiner: int) -> int | None:
    """Rule `joined_cue_of_a_trailing_subordinate_clause` (the clause): "Gov.
    Bobby Jindal signed an order, while Mike Huckabee, the former governor,
    proposed a tax and said ...": the subordinator (claim_grammar.txt
    fronted_subordinators) after a comma, past the main clause, that opens a
    clause with a finite verb before the joined cue's "and"/"but" (token
    `joiner`), with no comma between that verb and the joiner ("..., while
    Huckabee proposed a tax, and said ..." is left to the other rules); None
    when there is none."""
    tokens = view.tokens
    for m in range(joiner - 1, 0, -1):
        if tokens[m].text in QUOTE_MARKS:
            return None
        if tokens[m].lower not in FRONTED_SUBORDINATORS:
            continue
        after_comma = tokens[m - 1].text == ","
        if not (after_comma or _closes_a_main_clause(view, m)):
            continue
        is_verb = _finite_verb if after_comma else _clause_verb_form
        verb = next((j for j in range(m + 1, joiner) if is_verb(tokens[j])), None)
        if verb is None or any(t.text == "," or t.text in QUOTE_MARKS for t in tokens[verb:joiner]):
            return None
        if np_right(view, m + 1) is None and any(t.text == "," for t in tokens[m + 1 : verb]):
            return None  # "The mayor, while in Paris, met officials and said": an aside, no clause
        return m
    return None


def _closes_a_main_clause(view: SentenceView, m: int) -> bool:
    """Rule `joined_cue_of_a_trailing_subordinate_clause`, with no comma
    (QA round 42, 384 s5: "Seven Republicans ... came together after Sen.
    Susan Collins ... stormed to the Senate floor ... and urged ..."): the
    subordinator at token `m` follows a word of a clause that already has a
    finite verb, so it opens a clause of its own after that main clause."""
    tokens = view.tokens
    if not tokens[m - 1].is_word or tokens[m + 1].lower in SUBJECT_PRONOUNS:
        # "Woods met Mandela in 1998 when he visited South Africa and admitted ...": a pronoun
        # there is most often the main subject again; left to the other rules
        return False
    start = max((j + 1 for j in range(m) if tokens[j].text in (",", ";", ":")), default=0)
    if not any(_clause_verb_form(t) for t in tokens[start:m]):
        return False
    # a subject opens the clause: a source ("after Sen. Susan Collins stormed"), or a noun
    # phrase right before its verb ("when law enforcement and campus security located her and
    # told her to leave": theirs, no one's the tagger can name); not an adverb ("was once
    # respected"), nor "there" ("because there are many who"), nor a noun phrase with no verb
    # of its own after it ("even after a brutal week, in which he ...")
    opener = tokens[m + 1]
    if not opener.is_word or opener.lower == "there" or opener.lower in AUXILIARIES or is_adverb(opener.lower) \
            or _clause_verb_form(opener) or opener.lower.endswith(("ed", "ing")):
        return False
    last = np_right(view, m + 1)
    if last is not None:
        return looks_like_source(view, m + 1, last) or (last + 1 < len(tokens) and _clause_verb_form(tokens[last + 1]))
    # a subject the noun-phrase walk does not read ("law enforcement and campus security"): a
    # verb follows within a few words, before any clause mark
    for token in tokens[m + 2 : m + 2 + MAX_SUBORDINATE_SUBJECT_TOKENS]:
        if not token.is_word:
            return False
        if _clause_verb_form(token):
            return True
    return False


MAX_SUBORDINATE_SUBJECT_TOKENS = 6


def _finite_verb(token: Token) -> bool:
    return token.lower in FINITE_AUXILIARIES or _main_verb(token)


def _clause_verb_form(token: Token) -> bool:
    """A finite verb, or an irregular past of claim_grammar.txt past_verbs
    ("came", "flew"), which `_finite_verb` (cue forms only) does not know."""
    return _finite_verb(token) or is_listed_past(token)


def _subject_of_a_trailing_subordinate(view: SentenceView, opener: int, joiner: int) -> tuple[int, int] | None:
    """Rule `joined_cue_of_a_trailing_subordinate_clause`: the cue joined by
    "and"/"but" (token `joiner`) to the verb of the subordinate clause that
    `opener` opens shares that clause's subject (Huckabee), perhaps past an
    apposition between commas, never the main clause's (Jindal); None when
    the subject cannot be told (the speaker stays unresolved)."""
    tokens = view.tokens
    last = np_right(view, opener + 1)
    if last is None or last + 1 >= joiner:
        return None
    verb = last + 1
    if tokens[verb].text == ",":  # an apposition: "Mike Huckabee, the former governor, proposed"
        verb = next((j + 1 for j in range(verb + 1, joiner) if tokens[j].text == ","), joiner)
    if verb >= joiner or not _clause_verb_form(tokens[verb]):
        return None
    return opener + 1, last


def _with_subject(view: SentenceView, first: int) -> tuple[int, int] | None:
    """Rule `with_absolute_names_the_speaker` (grammar.with_absolute): the
    noun phrase after "with" (and its apposition) speaks, not the sentence's
    subject."""
    absolute = with_absolute(view, first)
    return None if absolute is None else absolute[1:]


def _joined_to_a_with_absolute(view: SentenceView, first: int, k: int) -> bool:
    """Rule `participle_joined_to_a_with_absolute_is_not_the_subjects`
    (qa61b-s22, QA round 61, 984 s17: "The country has been wracked with
    protests, with demonstrators and rival factions demanding the departure
    of Saleh and calling for elections." gave the source "The country" for
    "calling for"): a participle cue after "and" whose conjunct before it, in
    the same stretch without a comma, is the participle of a "with" absolute
    belongs to the absolute's noun phrase, not to the sentence's subject; no
    claim of the subject. Not "The opposition led protests, demanding ... and
    calling for elections" (no "with": the subject's own)."""
    tokens = view.tokens
    if tokens[k].lower != "and" or not tokens[first].lower.endswith("ing"):
        return False
    for j in range(k - 1, max(k - MAX_WITH_ABSOLUTE_TOKENS, 0), -1):
        if not tokens[j].is_word:
            return False
        if tokens[j].lower.endswith("ing") and not tokens[j].is_capitalised:
            return with_absolute(view, j) is not None or _after_a_with_phrase(view, j)
    return False


MAX_WITH_PHRASE_WORDS = 6  # "with demonstrators and rival factions"


def _after_a_with_phrase(view: SentenceView, j: int) -> bool:
    """The participle at `j` follows ", with" and a few plain words and no
    verb ("..., with demonstrators and rival factions demanding"), which
    `with_absolute` leaves when its noun phrase ends early at "and"."""
    tokens = view.tokens
    for w in range(j - 2, max(j - 2 - MAX_WITH_PHRASE_WORDS, 0), -1):
        if not tokens[w].is_word or is_past(tokens[w]) or tokens[w].lower in FINITE_VERBS:
            return False
        if tokens[w].lower == "with":
            return tokens[w - 1].text == "," or tokens[w - 1].text in DASHES
    return False


def _quoted_as(tokens: tuple[Token, ...], k: int) -> bool:
    """Rule `quoted_as_saying`: "Smith was quoted by Reuters as saying the
    talks had failed": "as" after "quoted" (and its "by" phrase) opens the
    participle, whose speaker is the sentence's subject."""
    if tokens[k].lower != "as":
        return False
    window = [t.lower for t in tokens[max(0, k - MAX_QUOTED_BY_TOKENS) : k]]
    return "quoted" in window and all(w not in ("said", "says", ",") for w in window[window.index("quoted"):])


MAX_QUOTED_BY_TOKENS = 8  # "quoted by the state news agency Xinhua as saying"


def _verb_follows(view: SentenceView, k: int) -> bool:
    """Rule `subject_ends_before_its_verb`: after a whole subject comes its
    verb (an auxiliary, a verb form, an adverb) or an aside, not a lower-case
    participle or noun that shows the noun phrase was cut short. Nor is the
    cue word of a compound noun (rule `cue_word_in_a_compound_noun_is_no_cue`):
    "Even centrist think tanks ... argued" was cut at "Even centrist"."""
    tokens = view.tokens
    if k >= len(tokens):
        return False
    token = tokens[k]
    if token.is_word and not token.is_capitalised and k + 1 < len(tokens) \
            and tokens[k + 1].lower in COMPOUND_HEADS_AFTER_A_CUE:
        return False
    return not token.is_word or token.is_capitalised or not token.lower.endswith("ing")


def _after_examples(tokens: tuple[Token, ...], k: int) -> bool:
    """Rule `participle_after_examples`: a participle right after a list of
    examples ("such as X and Y,", "including X,") may belong to them."""
    window = tokens[max(0, k - 14) : k]
    words = [t.lower for t in window]
    named = any(t.is_capitalised for t in window[-4:])
    opener = next((i for i, w in enumerate(words) if w == "including"
                   or (w == "such" and i + 1 < len(words) and words[i + 1] == "as")), None)
    if not named or opener is None:
        return False
    return not _verb_after_the_examples(window, opener)


def _verb_after_the_examples(window: Sequence[Token], opener: int) -> bool:
    """Rule `examples_closed_before_the_verb` (PolNeAR train: "Other Republican
    candidates, including Carly Fiorina and Ben Carson, have followed Mr.
    Trump's lead, saying ..." lost the candidates' claim): a comma closes the
    examples and an auxiliary verb or a past form after it ("have followed")
    is the subject's own verb, so the participle after that verb's phrase is
    the subject's, not the examples'. "supporters, such as Bob Corker and
    Lindsey Graham, now saying" has no verb after the comma."""
    comma = next((i for i in range(opener + 1, len(window)) if window[i].text == ","), None)
    if comma is None:
        return False
    after = window[comma + 1 :]
    verb = next((i for i, t in enumerate(after) if not t.is_capitalised and t.is_word
                 and (t.lower in AUXILIARY_VERBS or t.lower in past_forms())), None)
    return verb is not None and not any(t.lower in RELATIVES for t in after[:verb])


def _inverted_speaker(view: SentenceView, first: int, cue_starts: set[int]) -> tuple[int, int] | None:
    """Rule `participle_after_an_inverted_speaker`: '"There's less drive to
    pick a winner," said Pat Rynard, managing editor of Iowa Starting Line,
    explaining why ...': the participle is the speaker's who follows the
    sentence's last cue before it, not the subject of the quotation. Only a
    cue that may stand before its source (cues.txt +invert) has one there:
    in "Ed Rendell, a Clinton supporter, praised Sanders for his work,
    calling it a feat" the comma closes the subject's aside, and the name
    after "praised" is its object (QA round 45, PolNeAR wash-post s45)."""
    earlier = [c for c in cue_starts if c < first]
    if not earlier:
        return None
    cue = max(earlier)
    tokens = view.tokens
    if cue == 0 or not (tokens[cue - 1].text == "," or tokens[cue - 1].text in QUOTE_MARKS):
        return None
    if "invert" not in cue_flags(tokens[cue].lower):
        return None
    if cue + 1 >= first or not tokens[cue + 1].is_capitalised:
        return None
    last = np_right(view, cue + 1)
    if last is None or last >= first:
        return None
    # the source ends where the inverted attribution's does (rule
    # `time_or_medium_leaves_the_inverted_source`): "wrote Tim Brooks and Earle Marsh in the reference
    # book, calling him ..." is the pair's, not "Earle Marsh in the reference book" read as one
    return cue + 1, _without_its_circumstance(view, cue + 1, last)


MAX_CUE_TAIL = 3  # words between an attribution's cue and the comma before a participle ("said on Tuesday")


def _attribution_before(view: SentenceView, k: int, cue_starts: set[int]) -> tuple[int, int] | None:
    """Rule `participle_after_attribution`: "Minister Ibrahim al-Shaar was
    injured in the blast, state TV said, adding that he is in good health":
    a participle right after a clause-final attribution ("..., X said,
    adding") is that source's, not the subject of the sentence's first
    clause."""
    tokens = view.tokens
    if tokens[k].text != ",":
        return None
    earlier = [c for c in cue_starts if c < k]
    if not earlier:
        return None
    cue = max(earlier)
    if cue + 1 + MAX_CUE_TAIL < k or any(not t.is_word for t in tokens[cue + 1 : k]):
        return None
    at, _ = skip_auxiliaries_left(view, cue - 1)
    subject = subject_before(view, at) if at > 0 and tokens[at].is_word else None
    if subject is None or subject[0] == 0:
        return None
    before = subject[0] - 1
    if tokens[before].text in QUOTE_MARKS and before > 0 and tokens[before - 1].text == ",":
        # QA round 47 (698: '... may be of "particular interest," he said, noting that ...' gave
        # "noting" to the cut subject "some of the"): a quotation closed by its comma ends the
        # clause as a bare comma does
        before -= 1
    if tokens[before].text not in (",", "—", "–"):
        return None  # not clause-final: "Trump said, adding ..." is the sentence subject's anyway
    return subject


def _speaker_of_the_cue_before(view: SentenceView, k: int, cue_starts: set[int]) -> tuple[int, int] | None:
    """Rule `clause_final_before_a_circumstance_participle`, the participle's
    side: in "..., officials said Thursday while warning that prices would
    rise", the participle after "while"/"in" ... (token `k`) right after a
    cue and its words of time is that cue's source's; it is no claim unless
    "that", a colon, a quotation or a subject pronoun follows it ("in describing
    needed repairs" tells how they spoke)."""
    tokens = view.tokens
    earlier = [c for c in cue_starts if c < k]
    if tokens[k].lower not in CIRCUMSTANCE_PARTICIPLE_LEADS or not earlier:
        return None
    cue = max(earlier)
    if not all(t.is_word and t.lower in TIME_NOUNS for t in tokens[cue + 1 : k]):
        return None
    return _earlier_speaker(view, k, cue_starts)


def _earlier_speaker(view: SentenceView, first: int, cue_starts: set[int]) -> tuple[int, int] | None:
    """'"...," she said in the Oval Office, emphasizing ...': the subject of
    the sentence's last cue before the participle."""
    earlier = [c for c in cue_starts if c < first]
    if not earlier:
        return None
    tokens = view.tokens
    if tokens[0].lower in FRONTED_SUBORDINATORS:
        # Rule `long_fronted_clause_is_no_subject`, the fallback's side: a cue inside the fronted
        # clause ("When Pakistan blocked Twitter after the company refused to ..., citizens were
        # outraged, fearing") has a source that is not the main clause's
        closing = next((m for m in range(first) if tokens[m].text == ","), None)
        if closing is not None and max(earlier) < closing < first:
            return None
    k, _ = skip_auxiliaries_left(view, max(earlier) - 1)
    return subject_before(view, k) if k >= 0 and view.tokens[k].is_word else None


def _whole_first_subject(
    view: SentenceView, subject: tuple[int, int], first: int, cue_starts: set[int]
) -> tuple[int, int]:
    """Rule `coordinated_cue_takes_the_whole_first_subject`: "Renowned
    industrial designer Stefan Lindfors says ..., but adds that ...": the
    subject of a coordinated cue is the whole subject of the sentence's
    first cue, when the subject found for it is only its start (the
    adjective "Renowned"); otherwise `subject` as it is."""
    earlier = [c for c in cue_starts if c < first]
    if not earlier:
        return subject
    k, _ = skip_auxiliaries_left(view, min(earlier) - 1)
    whole = subject_before(view, k) if k >= 0 and view.tokens[k].is_word else None
    if whole is None or not (whole[0] == subject[0] and subject[1] < whole[1] < first):
        return subject
    if view.tokens[min(earlier)].lower.endswith("ing") or any(
            t.lower in AUXILIARIES or t.lower in PREPOSITIONS or t.lower.endswith("ed")
            for t in view.tokens[subject[1] + 1 : whole[1] + 1]):
        return subject  # "many have trouble finding", "experts stopped short of calling": a verb, no name
    return whole
    return subject


def _whole_subject_before_its_verb(
    view: SentenceView, subject: tuple[int, int], k: int, cue_starts: set[int]
) -> tuple[int, int]:
    """Rule `participle_takes_the_whole_subject` (session 12, QA round 39:
    "CNN political editor Mark Preston agreed, adding that ..." gave CNN,
    "The Olympic sprinter admits ..., saying ..." gave "Olympic"): a subject
    read from the sentence's start that stops at a capitalised modifier of
    the phrase (an outlet before a title and a name, an adjective before a
    noun) is only its start; the participle's speaker is the whole subject
    that ends right before the sentence's first verb (a cue, as the "admits"
    claim has it, a past form or an auxiliary), found as the cues' subjects
    are (`subject_before`). A subject its verb follows ("Mark Preston agreed,
    adding"), or one an aside closes ("Preston, CNN's political editor,
    agreed"), stays as it is, and so does one no whole subject is found for."""
    tokens = view.tokens
    after = subject[1] + 1
    if after >= k or not tokens[after].is_word or tokens[after].is_capitalised \
            or tokens[after].lower in AUXILIARIES or is_main_verb(tokens[after]) or after in cue_starts:
        return subject
    verb = next((m for m in range(after + 1, k)
                 if m in cue_starts or is_main_verb(tokens[m]) or tokens[m].lower in FINITE_AUXILIARIES), None)
    if verb is None or any(not t.is_word or t.lower in PREPOSITIONS or t.lower in DETERMINERS
                           for t in tokens[after:verb]):
        # no verb, or a comma, quotation or phrase of its own before it ("the government of
        # then-President Hugo Chavez banned": the subject was cut there on purpose)
        return subject
    end, _ = skip_auxiliaries_left(view, verb - 1)
    whole = subject_before(view, end) if end > subject[1] else None
    if whole is None or whole[0] != subject[0] or not subject[1] < whole[1] < verb:
        return subject
    head = tokens[whole[1]]
    if head.lower in RELATIVES:
        return subject  # "A woman who worked there filed suit, alleging ...": a relative clause, cut
    noun = head.is_capitalised or head.lower in source_nouns() or head.lower in title_words() \
        or is_people_noun(head.lower)
    if verb not in cue_starts and not noun:
        return subject  # with no cue of its own to go by, "Rubio hit back": a verb read in, no noun phrase
    return whole


MAX_INNER_SUBJECT_WORDS = 6  # "al Qaeda", "the rebels in the north"
MAX_SUBJECT_RELATIVE_WORDS = 6  # "the coalition that brought the charges"


def _finite_or_negated_auxiliary(word: str) -> bool:
    """For rule `coordinated_cue_in_a_content_takes_its_subject`: a finite
    auxiliary ("has", "did") or one negated in a word ("didn't", "hasn't"),
    which opens a clause's verb as well."""
    return word in FINITE_AUXILIARIES or word.endswith(("n't", "n\u2019t"))


def _before_the_subjects_relative(tokens: Sequence[Token], first: int, verb: int) -> int:
    """Rule `coordinated_cue_in_a_content_takes_its_subject`, a subject with
    a relative clause (session 19, QA round 53, 934 s13: "The tribunal found
    that the leftist coalition that brought the charges didn't prove any
    violations and didn't show that the process wasn't free and fair" showed
    the tribunal as the one who "didn't show"): the relative ("that",
    "who", "which") that follows the inner subject's noun, with lower-case
    words only up to its verb at `verb`, is part of that subject, which the
    speaker is named by without it; `verb` itself when there is none."""
    relative = next((m for m in range(first + 1, verb) if tokens[m].lower in RELATIVES - {"whose"}), None)
    if relative is None or verb - relative - 1 > MAX_SUBJECT_RELATIVE_WORDS \
            or not all(t.is_word and not t.is_capitalised for t in tokens[relative + 1 : verb]):
        return verb
    return relative


def _subject_inside_a_content(view: SentenceView, joiner: int, cue_starts: set[int]) -> tuple[int, int] | None:
    """Rule `coordinated_cue_in_a_content_takes_its_subject`: "Many will argue
    that al Qaeda has repeatedly attacked the West and has vowed to do so
    again": a cue after "and" (token `joiner`) and the auxiliary that opens
    the verb of an earlier cue's "that" clause, right after its subject
    ("has ... and has vowed"), not the outer cue's ("will argue"), is joined
    to that clause's verb; its subject is the clause's (al Qaeda), never the
    outer speaker's. Without that auxiliary ("fear that Clinton has missed
    a chance and warn ...") the verb may join either clause, and the outer
    subject's stays (rule `coordinated_cue_shares_its_subject`)."""
    tokens = view.tokens
    earlier = [c for c in cue_starts if c < joiner]
    if not earlier:
        return None
    cue = max(earlier)
    opening = cue + 2 if cue + 1 < joiner and tokens[cue + 1].lower == "that" else cue + 1
    by_tense = joined_by_its_tense(view, opening, joiner) if opening < joiner else None
    if by_tense is not None and by_tense > opening:
        return opening, by_tense - 1  # "Authorities say Hardy choked her ... and threatened to kill her"
    that = next((m for m in range(cue + 1, min(cue + 4, joiner)) if tokens[m].lower == "that"), None)
    if that is None or any(not t.is_word for t in tokens[cue + 1 : that]):
        return None
    auxiliary = tokens[joiner + 1].lower if joiner + 1 < len(tokens) else ""
    if not _finite_or_negated_auxiliary(auxiliary):
        return None  # "fear that Clinton has missed a chance and warn that ...": the outer subject's
    verb = next((m for m in range(that + 2, joiner) if _finite_or_negated_auxiliary(tokens[m].lower)), None)
    if verb is None or tokens[verb].lower != auxiliary:
        return None
    last = _before_the_subjects_relative(tokens, that + 1, verb) - 1
    if last - that > MAX_INNER_SUBJECT_WORDS:
        return None
    if any(not t.is_word or t.lower in RELATIVES for t in tokens[that + 1 : last + 1]):
        return None
    if any(not t.is_word and t.text != "," for t in tokens[verb:joiner]):
        return None
    outer, _ = skip_auxiliaries_left(view, cue - 1)
    if any(t.lower == auxiliary for t in tokens[outer + 1 : cue]):
        return None  # "has said that he has resigned and has vowed ...": either clause's
    return that + 1, last


def _present_conjunct_of_the_cue_before(view: SentenceView, joiner: int, cue_starts: set[int]) -> bool:
    """Rule `present_conjunct_joins_a_past_cues_content` (grammar.present_conjunct_of_a_past_content)
    for the cue after "and" (token `joiner`): the content of the nearest cue
    in the past before it opens right after that cue or its "that"; a cue in
    the present between them is the content's own verb ("found most voters
    oppose the plan and say ...")."""
    cue = max((c for c in cue_starts if c < joiner and is_past(view.tokens[c])), default=None)
    if cue is None:
        return False
    opening = cue + 2 if cue + 1 < joiner and view.tokens[cue + 1].lower == "that" else cue + 1
    return present_conjunct_of_a_past_content(view, opening, joiner)


def _past_conjunct_of_either_clause(view: SentenceView, hit: CueHit, joiner: int, cue_starts: set[int]) -> bool:
    """Rule `past_conjunct_in_a_past_content_is_unresolved` (QA round 48, 404
    s11: "Pallone told CNN that the inspector general conducted a review and
    concluded there was enough evidence" gave Pallone "concluded"): after a
    cue in the past, a content clause whose subject could speak and whose
    verb is in the past, then "and" (token `joiner`) and a cue in the past
    with no comma between: the joined verb may be the outer speaker's or the
    clause's subject's, and nothing tells which, so its speaker is left
    unresolved. A clause whose subject is no speaker ("told reporters that
    the plan was dead and said ...") or a pronoun stays the outer subject's.

    Also with no "that" after a cue that takes no hearer (claims-s17: "Pallone
    said the inspector general conducted a review and concluded there was
    enough evidence" still gave Pallone "concluded"): the content opens right
    after the cue. Only after a cue of speech that may stand before its
    source (+invert: "said", "added", "wrote"), whose bare content is a
    clause: after a hearer cue ("told reporters the plan ...") where the
    content opens is unsure, and "described Students Matter as a group
    created by ... and said ..." describes no clause; both stay as they were,
    and so does a joined cue with a hearer ("Police said a woman stabbed her
    neighbor and told reporters ...": the press is told by the police)."""
    tokens = view.tokens
    if tokens[joiner].lower != "and" or hit.first != joiner + 1 or not is_past(tokens[hit.first]):
        return False
    cue = max((c for c in cue_starts if c < joiner and not _inside_a_relative_between_commas(tokens, c, joiner)),
              default=None)
    if cue is None or not is_past(tokens[cue]):
        return False
    # qa72wrong-s27: past a phrase of the cue's own that opens with a preposition ("testified before
    # Common Pleas Judge Teresa Sarmina that Brennan ...") the "that" may come later
    reach = MAX_CUE_PHRASE_BEFORE_THAT if cue + 1 < joiner and tokens[cue + 1].lower in PREPOSITIONS else 4
    that = next((m for m in range(cue + 1, min(cue + reach, joiner)) if tokens[m].lower == "that"), None)
    if that is None and "invert" in cue_flags(tokens[cue].lower) and tokens[cue + 1].is_word \
            and "hearer" not in hit.entry.flags:
        that = cue  # "said the inspector general conducted ...": the content opens after the cue
    if that is None or any(not t.is_word for t in tokens[cue + 1 : that]):
        return False
    start = that + 1
    subject_last, after = _past_a_relative_of_the_subject(tokens, start, joiner)
    verb = next((m for m in range(after, min(after + 1 + MAX_INNER_SUBJECT_WORDS, joiner))
                 if not tokens[m].is_word or is_past(tokens[m]) or tokens[m].lower in AUXILIARIES), None)
    if verb is None or verb == start or not tokens[verb].is_word or not is_past(tokens[verb]):
        return False
    if verb == start + 1 and tokens[start].lower in SUBJECT_PRONOUNS:
        return False  # "said that he was tired and wanted ...": as before
    if any(not t.is_word or t.lower in RELATIVES
           for t in [*tokens[start : subject_last + 1], *tokens[after:joiner]]):
        return False
    return looks_like_source(view, start, min(subject_last, verb - 1))


def _participle_after_a_joined_cue(
    view: SentenceView, k: int, cue_starts: set[int]
) -> tuple[tuple[int, int] | None] | None:
    """Rule `participle_after_a_joined_cue_of_a_content_takes_its_speaker`
    (qa72wrong-s27, QA round 72, CNN-Corpus dev 240 s19: "The witness
    testified that Brennan ... viewed online sex-chat rooms with him and
    suggested they masturbate together before insisting the witness sleep
    with the priest" gave the witness "insisting"): a participle after
    "before", "after", "while" ... (token `k`) with no comma, right after
    the content of a cue that was joined by "and" to an earlier cue's
    content clause ("and suggested", whose subject is that clause's or
    cannot be told), goes on with that joined verb: its speaker is the
    clause's subject, or none when the joined cue's is unresolved. None
    when the rule does not apply ("The minister said the plan was sound and
    added that it would work before leaving": the minister's own verbs)."""
    tokens = view.tokens
    if tokens[k].lower not in PARTICIPLE_SUBORDINATORS or k < 2 or not tokens[k - 1].is_word:
        return None
    cue = max((c for c in cue_starts if c < k), default=None)
    if cue is None or cue < 2 or tokens[cue - 1].lower not in ("and", "but"):
        return None
    if any(not t.is_word or view.quotes.covering(t.start) is not None for t in tokens[cue : k]):
        return None
    joiner = cue - 1
    inner = _subject_inside_a_content(view, joiner, cue_starts)
    if inner is not None:
        return (trim_source(view, *inner),) if looks_like_source(view, *inner) else (None,)
    entry = cue_forms().get((tokens[cue].lower,))
    if entry is not None and _past_conjunct_of_either_clause(view, CueHit(cue, cue, entry), joiner, cue_starts):
        return (None,)
    return None


def _inside_a_relative_between_commas(tokens: Sequence[Token], cue: int, joiner: int) -> bool:
    """Rule `past_conjunct_in_a_past_content_is_unresolved`: the cue at `cue`
    is the verb of a relative clause between commas ("Brennan, who he
    described as a friend, viewed ..."), not the cue whose content the
    joined verb may go on with."""
    opening = next((m for m in range(cue - 1, max(cue - MAX_SUBJECT_RELATIVE_CLAUSE_TOKENS, 0), -1)
                    if not tokens[m].is_word or tokens[m].lower in PERSON_RELATIVES), None)
    if opening is None or tokens[opening].lower not in PERSON_RELATIVES or tokens[opening - 1].text != ",":
        return False
    return any(t.text == "," for t in tokens[cue + 1 : joiner])


MAX_CUE_PHRASE_BEFORE_THAT = 9  # "before Common Pleas Judge Teresa Sarmina that"
MAX_SUBJECT_RELATIVE_CLAUSE_TOKENS = 16  # ", who he described as a close family friend considered to be like an uncle,"


def _past_a_relative_of_the_subject(tokens: Sequence[Token], start: int, joiner: int) -> tuple[int, int]:
    """Rule `past_conjunct_in_a_past_content_is_unresolved`, a subject with
    a relative clause between commas (qa72wrong-s27, QA round 72, CNN-Corpus
    dev 240 s19: "The witness testified ... that Brennan, who he described
    as a close family friend ..., viewed online sex-chat rooms with him and
    suggested they masturbate together" gave the witness "suggested"): the
    clause ", who ...," right after the content's subject name is passed
    over, so that the verb after its closing comma is the content's. The
    subject's last token and the token the verb is sought from: the
    joiner's token before and `start` itself when there is no such clause."""
    none = (joiner - 1, start)
    comma = next((m for m in range(start + 1, min(start + 1 + MAX_INNER_SUBJECT_WORDS, joiner))
                  if not tokens[m].is_word), None)
    if comma is None or tokens[comma].text != "," or comma + 1 >= joiner \
            or tokens[comma + 1].lower not in PERSON_RELATIVES:
        return none
    closing = next((m for m in range(comma + 2, min(comma + 2 + MAX_SUBJECT_RELATIVE_CLAUSE_TOKENS, joiner))
                    if not tokens[m].is_word), None)
    if closing is None or tokens[closing].text != ",":
        return none
    return comma - 1, closing + 1


MAX_INFINITIVE_REACH = 20  # tokens read back from "and" for the infinitive the verb joins


def _joined_to_an_infinitive(view: SentenceView, hit: CueHit, joiner: int, cue_starts: set[int]) -> bool:
    """Rule `verb_joined_to_an_infinitive_is_no_claim`: "news outlets call
    upon individuals ... to interpret the significance of the milestone and
    explain its consequences": a cue in its base form after "and" (token
    `joiner`), with an infinitive ("to interpret") between it and the cue
    before it and no comma, joins the infinitive; whoever is to explain is
    the infinitive's subject (the individuals), never the sentence's. ("...
    wanted to cut taxes and said ..." and "... to cut taxes, and explain ..."
    stay: a past form, a comma.)"""
    tokens = view.tokens
    if tokens[hit.first].lower != hit.entry.lemma.split()[0]:
        return False
    earlier = max((c for c in cue_starts if c < joiner), default=-1)
    for m in range(joiner - 1, max(earlier, joiner - 1 - MAX_INFINITIVE_REACH), -1):
        token = tokens[m]
        if not token.is_word:
            return False
        verb = m + 1
        while verb < joiner and is_adverb(tokens[verb].lower):
            verb += 1  # "to originally detain and charge"
        if token.lower == "to" and verb < joiner and _bare_verb(tokens[verb]) and m >= 1 \
                and _object_before_to(tokens[m - 1]):
            return True
    return False


def _object_before_to(token: Token) -> bool:
    """The word before an infinitive's "to" ends an object, who is the
    infinitive's subject ("urge residents to stay"); not a verb or an
    adjective, whose infinitive has the sentence's subject ("wanted to
    cut", "voted to approve", "is likely to want"), which a verb joined to
    it then shares."""
    low = token.lower
    return token.is_word and not (is_main_verb(token) or (low,) in cue_forms() or low in AUXILIARIES
                                  or is_adverb(low) or low.endswith("ing") or is_past_participle(low))


def _bare_verb(token: Token) -> bool:
    """A lower-case word after "to" that may be a verb's base form: no
    determiner, pronoun, number, name or source noun ("to interpret", not
    "to the court", "to reporters")."""
    low = token.lower
    return token.is_word and not token.is_capitalised and low.isalpha() and low not in DETERMINERS \
        and low not in pronouns() and low not in POSSESSIVE_PRONOUNS and low not in NUMBERS \
        and low not in source_nouns() and not is_people_noun(low) and not low.endswith("ing") \
        and not is_adverb(low)


def _joined_to_a_relative_clause(view: SentenceView, joiner: int, cue_starts: set[int]) -> bool:
    """Rule `coordinated_cue_in_a_relative_clause`: "Russia and China vetoed
    resolutions ... that condemned the government and called for him to step
    down": a cue after "and" (token `joiner`) whose clause is a relative one
    ("that", "which" right after a noun and before its verb, in the same
    clause) speaks for the relative's antecedent, a thing or someone
    unnamed, not for the sentence's subject. Not "said that Clinton lied
    and called for ...": there "that" follows a cue."""
    tokens = view.tokens
    for m in range(joiner - 2, max(joiner - MAX_ASIDE_TOKENS, 0), -1):
        token = tokens[m]
        if token.text in (",", ";") or token.text in QUOTE_MARKS:
            return False
        if token.lower not in ("that", "which") or m == 0:
            continue
        before, verb = tokens[m - 1], tokens[m + 1]
        if not before.is_word or before.lower in PREPOSITIONS or (before.lower,) in cue_forms() \
                or any(c < m <= c + 2 for c in cue_starts):
            return False
        if any(t.lower in FINITE_AUXILIARIES for t in tokens[m + 2 : joiner]):
            return False  # "admitted that the name that appeared in his book was wrong, but said": it ended
        return verb.lower in FINITE_AUXILIARIES or (verb.lower.endswith("ed") and not verb.is_capitalised)
    return False


def _coordinated_subject(view: SentenceView, joiner: int, cue_starts: set[int]) -> tuple[int, int] | None:
    """Rule `coordinated_cue_shares_its_subject`: "In an interview with
    German magazine, Sport-Bild, Boateng says he accepts his punishment and
    blamed a bust-up ...", "... the girls' defense lawyers, who praised the
    decision and said ...": a cue after "and"/"but" (token `joiner`) takes
    the subject of the cue it is coordinated with, the nearest one before
    it, not whatever opens the sentence."""
    earlier = [c for c in cue_starts if c < joiner]
    tokens = view.tokens
    if earlier and _past_cannot_join_a_modal(view, max(earlier), joiner):
        earlier = [c for c in earlier if c < max(earlier)]
        if not earlier:
            return None
        subject = _earlier_speaker(view, max(earlier) + 1, cue_starts)
    else:
        subject = _earlier_speaker(view, joiner, cue_starts)
    if subject is None or subject[1] >= joiner or not looks_like_source(view, *subject):
        return None
    if head_token(view, *subject).lower in SUBJECT_PRONOUNS:
        return None  # "the ministry says it knows ... but insists ...": the pronoun is the ministry
    if tokens[max(earlier) - 1].lower == "to" or tokens[max(earlier)].lower.endswith("ing"):
        # "statements ... to explain and defend her decision": an infinitive has no subject here;
        # "Mackler issued a statement saying ... and said ...": "said" joins "issued", not "saying"
        return None
    if any(t.text == "," or t.text in CLAUSE_BREAKS for t in tokens[max(earlier) : joiner]):
        # "..., Luhan said, because "more time is needed" to review ... and agree to ...": the
        # comma after the cue ends its clause; the joined verb belongs to the clause after it
        return None
    subordinator = _trailing_subordinator(view, joiner)
    if subordinator is not None and subordinator > max(earlier) and tokens[subordinator - 1].text != ",":
        # rule `joined_cue_of_a_trailing_subordinate_clause`, no comma: "said the candidate was at
        # the venue when campus security located her and told her to leave": joined to "located"
        return None
    return subject


def _past_cannot_join_a_modal(view: SentenceView, nearest: int, joiner: int) -> bool:
    """Rule `past_cue_skips_a_modal_verb`: "Rice said American leaders could
    not support a measure ... and cautioned that ...": a cue in the past after
    "and" (token `joiner`) cannot share the modal of the nearest cue before it
    ("could not support ... and cautioned"), so it is joined to the cue before
    that one ("said"), and shares that cue's subject (Rice), not the subject of
    the reported clause. "... could not support it and would caution ..." and
    "... has supported it and cautioned ..." stay with the nearest cue."""
    tokens = view.tokens
    if joiner + 1 >= len(tokens) or not is_past(tokens[joiner + 1]):
        return False
    k = nearest - 1
    while k >= 0 and tokens[k].lower in ADVERB_AUXILIARIES:
        k -= 1
    return k >= 0 and tokens[k].lower in MODALS


FRONTED_ADVERBS = grammar("fronted_adverbs")
FRONTED_ADVERB_FOLLOWERS = grammar("fronted_adverb_followers")


def _fronted_adverb(tokens: Sequence[Token]) -> bool:
    """Rule `fronted_adverb_is_no_subject`: "Back in 2008, the government of
    then-President Hugo Chavez banned him ..., accusing him of corruption":
    an adverb (claim_grammar.txt fronted_adverbs) before a preposition,
    "then" or "when" opens a circumstance that runs to its comma; "Back"
    is no speaker."""
    return len(tokens) > 2 and tokens[0].lower in FRONTED_ADVERBS and (
        tokens[1].lower in PREPOSITIONS or tokens[1].lower in FRONTED_ADVERB_FOLLOWERS)


PARTICIPLE_PHRASE_LEADS = PREPOSITIONS | QUESTION_OPENERS | grammar("participle_question_leads")


def _fronted_participle(tokens: Sequence[Token]) -> bool:
    """Rule `fronted_participle_clause_is_no_subject`: "Asked about the tattoo
    last week by newspaper GP, Tegnell laughed and simply said ...": a past
    participle that opens the sentence before a preposition or a question
    word ("Asked about", "Pressed on", "Asked whether") opens a clause that
    runs to its comma, however long; the subject is after it, never "Asked
    about the". A participle before a noun ("Armed men said ...") stays the
    subject's modifier."""
    if len(tokens) < 3:
        return False
    word = tokens[0].lower
    participle = (word.endswith("ed") and len(word) > 4) or word in EN_PARTICIPLES
    return participle and tokens[1].lower in PARTICIPLE_PHRASE_LEADS


def _fronted_speaking_participle(tokens: Sequence[Token]) -> bool:
    """Rule `speaking_participle_opener_is_no_subject` (QA round 61, 962 s34:
    "Speaking in London on Tuesday, one of Britain's most senior Roman
    Catholics, ..., Cardinal Cormac Murphy-O'Connor, described ..." showed
    the source "Speaking in London"): a present participle of speaking
    (claim_grammar.txt speaking_participles: "Speaking", "Writing",
    "Testifying") that opens the sentence before a preposition ("Speaking
    in", "Writing on", "Speaking to reporters") opens a clause that runs to
    its comma, as `fronted_participle_clause_is_no_subject` reads "Asked
    about"; the subject is after it. A participle before its object
    ("Speaking English is hard, he said") is no such phrase."""
    return len(tokens) > 2 and tokens[0].lower in grammar("speaking_participles") \
        and tokens[1].lower in PREPOSITIONS


def _fronted_manner_participle(tokens: Sequence[Token]) -> bool:
    """Rule `manner_participle_opener_is_no_subject` (closing note s23,
    PolNeAR train nyt 2016-04-21 s20: "Smiling broadly throughout her
    victory speech, Mrs. Clinton drew cheers as she thanked ... and then
    boomed, "..."" showed the source "Smiling", unresolved): a present
    participle that opens the sentence before an adverb of manner in -ly
    ("Smiling broadly", "Speaking softly") opens a clause that runs to its
    comma, as `fronted_participle_clause_is_no_subject` reads "Asked
    about"; the subject is after it. A name in -ing before its verb
    ("Sterling said") has no such adverb."""
    if len(tokens) < 3:
        return False
    word, after = tokens[0], tokens[1]
    return word.lower.endswith("ing") and len(word.lower) > 5 and after.is_word and not after.is_capitalised \
        and after.lower.endswith("ly") and is_adverb(after.lower)


def sentence_subject(view: SentenceView, before: int) -> tuple[int, int] | None:
    """The subject at the start of a sentence, after a fronted adverbial
    ("On Tuesday, Trump ...")."""
    tokens = view.tokens
    start = 0
    # "Meanwhile, it ...", "Still, Trump ..." (but "Republicans, who hold a majority, ..." is the subject)
    fronted = len(tokens) > 2 and tokens[1].text == "," and tokens[2].lower not in ASIDE_OPENERS
    if fronted and _name_before_its_appositive(view, before):
        return 0, 0
    aside_adverb = len(tokens) > 3 and tokens[3].text == "," and not tokens[2].is_capitalised
    if fronted and aside_adverb and tokens[0].is_capitalised:
        fronted = False  # "Trump, meanwhile, was making a fresh pitch ..., refusing to concede ..."
    # Rule `fronted_time_is_no_subject`: "Last month, a group of activists filed a complaint,
    # alleging ...": a time adjunct before the first comma ("Last month", "Earlier this week")
    # is when, never who
    time_end = time_adjunct_end(tokens, 0)
    fronted = fronted or (0 < time_end < len(tokens) and tokens[time_end].text == ",")
    fronted = fronted or _counted_time_before_a_comma(tokens)
    # Rule `fronted_adverb_phrase_is_no_subject` (wrongs2-s19, QA round 54, 633 s20: "More
    # importantly, the high court also rejected ... "Windsor" decision, citing ..." gave the
    # source "More"): a word and an "-ly" adverb before the first comma ("More importantly,",
    # "Most notably,") comment on the sentence; the subject follows them
    fronted = fronted or (len(tokens) > 3 and tokens[2].text == "," and tokens[1].lower.endswith("ly")
                          and not tokens[1].is_capitalised and tokens[0].lower in grammar("degree_words"))
    participle = _fronted_participle(tokens) or _fronted_speaking_participle(tokens) \
        or _fronted_manner_participle(tokens)
    if tokens[0].lower in CLAUSE_LEADS | FRONTED_OPENERS or tokens[0].lower.endswith("ly") or fronted \
            or _fronted_adverb(tokens) or participle:
        # Rule `long_fronted_clause_is_no_subject`: "When Pakistan blocked Twitter after the company
        # refused to take down offensive content, citizens were outraged, fearing ...": a fronted
        # subordinate clause runs to its comma however long; its subject ("Pakistan") is not the
        # main clause's. So does a fronted prepositional phrase (rule
        # `long_fronted_phrase_is_no_subject`, PolNeAR train: "In a victory speech in Westchester
        # County on Tuesday night, Mr. Trump struck a measured tone, saying ..." lost Trump's
        # claim; "Amid responses from some to create websites that would identify those blacklisted,
        # The Blaze's Matt Walsh provided ..., saying ...", where "Amid" alone is no longer a
        # source), to a comma past the tenth word only when a subject and its verb follow it
        long_fronted = tokens[0].lower in FRONTED_SUBORDINATORS or tokens[0].lower in PREPOSITIONS \
            or tokens[0].lower in FRONTED_OPENERS
        reach = before if long_fronted or participle else min(before, 10)
        for k in range(reach):
            if k >= 10 and tokens[k].text in QUOTE_MARKS:
                break
            if tokens[k].text == "," and (k < 10 or _clause_subject_at(view, k + 1, before)):
                start = region_after_a_place(tokens, k) + 1  # "in Aberdeen, Scotland, Cameron"
                start = _past_a_fronted_appositive(view, start, before)
                break
    while start < before and not tokens[start].is_word:
        start += 1
    if start == 0 and before > 1 and tokens[1].lower in ("of", "to") \
            and tokens[0].lower in FRONTED_SUBORDINATORS | FRONTED_OPENERS:
        # Rule `cue_inside_a_fronted_phrase_has_no_subject_before` (session 14, web test K2:
        # "Because of the growth of groups focused on housing and demanding rent control — ... —
        # new laws seem likely" gave the source "Because of the"): no comma closed the two-word
        # preposition's phrase before the cue, so the cue stands inside it, and its subject is
        # no word of the phrase
        return None
    if start == 0 and before > 1 and tokens[0].lower in SENTENCE_CONJUNCTIONS:
        start = 1  # "But vice-chancellors have reacted angrily ..., saying": not "But"
    if view.quotes.covering(tokens[start].start) is not None:
        return None  # '"Unity also means prosperity," she said, emphasizing ...'
    if _quantity_of_people(view, start, before):
        # Rule `quantity_of_people_subject`: "Many scholars contest the shroud's authenticity,
        # saying ...": the subject ends at the people noun ("contest" reads as a noun otherwise)
        return start, start + 1
    last = np_right(view, start)
    if last is not None and last + 1 < before and tokens[last].lower in QUANTITY_WORDS:
        noun = tokens[last + 1]
        if noun.is_word and not noun.is_capitalised and noun.lower.endswith("s") and noun.lower not in AUXILIARIES:
            last += 1  # "many institutions are relying ... and say": not "many"
    if last is not None and last + 1 < before and _common_noun_after_modifier(tokens, last):
        last += 1  # rule `capital_modifier_of_a_common_noun`: "the Ukrainian companies", not "the Ukrainian"
    if last is not None and (last + 1 == before or _object_runs_to(tokens, last, before)):
        last = _before_a_verb_inside(tokens, start, last)
    if last is None or last >= before:
        return None
    if not looks_like_source(view, start, last):
        return None
    if last == start and tokens[start].lower in DETERMINERS and _verb_follows(view, start + 1):
        return start, _past_a_bare_determiner(view, start, before)
    if last == start and is_count(tokens[start]):
        counted = _past_a_bare_count(view, start, before)
        return None if counted is None else (start, counted)
    return start, last


def _plural_noun_before_its_verb(tokens: Sequence[Token], m: int, before: int) -> bool:
    """A lower-case plural at `m` right before a lower-case word that is no
    preposition: the noun a count opens, its verb after it."""
    token = tokens[m]
    return m + 1 < before and token.is_word and not token.is_capitalised and ends_in_plural_s(token.lower) \
        and not token.lower.endswith("ss") and tokens[m + 1].is_word and not tokens[m + 1].is_capitalised \
        and tokens[m + 1].lower not in PREPOSITIONS_OR_RELATIVES


COUNTED_TIME_ENDS = frozenset({"ago", "earlier", "later"})  # "Eight years ago,", "Two weeks earlier,"


def _counted_time_before_a_comma(tokens: Sequence[Token]) -> bool:
    """Rule `counted_time_is_no_subject` (junk-s20, PolNeAR: "Eight years
    ago, he supported Barack Obama over Clinton and said, ..." showed the
    speaker "Eight"): a count, a time unit and "ago", "earlier" or "later"
    before the first comma say when; the subject follows the comma."""
    return len(tokens) > 4 and is_count(tokens[0]) and tokens[1].lower in TIME_UNITS \
        and tokens[2].lower in COUNTED_TIME_ENDS and tokens[3].text == ","


MAX_COUNTED_WORDS = 4  # "gay and lesbian couples", "more conservative justices"
# words that open a relative clause or another noun phrase, not the counted noun
OPENS_NO_COUNTED_NOUN = RELATIVES | DETERMINERS | SUBJECT_PRONOUNS | OBJECT_PRONOUNS


def _past_a_bare_count(view: SentenceView, start: int, before: int) -> int | None:
    """Rule `count_opens_the_subject` (junk-s20, QA round 54, 633 s2:
    "Twenty-one gay and lesbian couples were part of a group of plaintiffs
    ..., saying it violated their ... rights" showed the speaker
    "Twenty-one"): a count that the noun phrase walk took alone runs over a
    few lower-case words to the plural noun right before the subject's verb
    ("Four more conservative justices would have ...") or its comma ("Two
    objectors, Lawrence Joyce and William Graham, had ..."). A time unit as
    that noun ("Nine months of Trump soaring ...") says when, so the count
    is no subject (None). `start` itself when no plural noun ends such a run
    ("43 said the same": the count stands for the people counted)."""
    tokens = view.tokens
    for m in range(start + 1, min(before, start + 2 + MAX_COUNTED_WORDS)):
        token = tokens[m]
        ends = not token.is_word or is_main_verb(token) or token.lower in FINITE_OR_AUXILIARY \
            or token.lower in PREPOSITIONS or (token.lower,) in cue_forms()
        if token.lower in OPENS_NO_COUNTED_NOUN:
            return start  # "One that excoriates those rapists demands": a relative clause, no noun phrase
        if not ends and not token.is_capitalised:
            continue
        head = tokens[m - 1].lower
        if m == start + 1 and _plural_noun_before_its_verb(tokens, m, before):
            return m  # "Twenty-one states allow": "states" reads as a cue form
        if m == start + 1 or not ends:
            return start
        if head in TIME_UNITS:
            return None
        return m - 1 if ends_in_plural_s(head) and not head.endswith("ss") else start
    return start


def _name_before_its_appositive(view: SentenceView, before: int) -> bool:
    """Rule `name_before_its_appositive_is_the_subject` (session 12, PolNeAR:
    "Dean, a medical doctor, then appeared on MSNBC ... and began by saying
    ..." showed the speaker "a medical doctor"): a capitalised word opening
    the sentence, a comma, a noun phrase an article opens and a comma closes,
    then a verb (maybe after an adverb, "then appeared") is a name and its
    appositive: the name is the subject. A fronted word is no name
    ("Meanwhile, a doctor appeared ...", "Monday, the ...": sentence starters,
    time words, fronted openers, -ly adverbs), and no verb after the second
    comma leaves it as it was."""
    tokens = view.tokens
    head = tokens[0]
    if not head.is_capitalised or len(tokens) < 6 or tokens[2].lower not in ARTICLES:
        return False
    low = head.lower
    if low in TIME_WORDS or low in FRONTED_OPENERS or low in CLAUSE_LEADS or low.endswith("ly") \
            or low in load_word_set("sentence_starters") or low in SUBJECT_PRONOUNS:
        return False
    for m in range(3, min(before - 1, 3 + MAX_SUBJECT_ASIDE_TOKENS)):
        if tokens[m].text in QUOTE_MARKS:
            return False
        if tokens[m].text == ",":
            verb = tokens[m + 1] if not is_adverb(tokens[m + 1].lower) or m + 2 >= before else tokens[m + 2]
            return _verb_at(verb)
    return False


def _past_a_bare_determiner(view: SentenceView, start: int, before: int) -> int:
    """Rule `bare_determiner_is_no_subject`: "The team appealed the decision,
    saying ...": a capitalised "The" read as a name opens the subject, which
    runs over a few lower-case words after it up to its verb ("The team
    appealed", "The 42-year-old denies"), never "The" alone. `start` itself
    when no verb (an auxiliary, a past form, a cue form) ends such a run
    ("A number of the families", "A month later": the frame rules then judge
    the determiner as before)."""
    tokens = view.tokens
    last = start
    while last + 1 < before:
        token = tokens[last + 1]
        low = token.lower
        if token.is_word and token.is_capitalised and any(is_adverb(t.lower) for t in tokens[start + 1 : last + 1]):
            return _described_name_end(view, last + 1, before, start)  # "A visibly angry Barack Obama"
        if token.is_word and token.is_capitalised and last > start and tokens[last].lower in source_nouns():
            # rule `named_body_after_its_description`: "The advocacy group Greenpeace sued,
            # saying ...": a source noun right before a name, and the name ends the subject
            return _described_name_end(view, last + 1, before, start)
        if not token.is_word or token.is_capitalised:
            return start
        modifier = last + 2 < before and is_people_noun(tokens[last + 2].lower)  # "embattled mayor"
        timed = _reduced_passive_with_its_time_end(tokens, start, last, before)
        if timed is not None:
            return timed
        if low.endswith("ed") and last + 2 < before and tokens[last + 2].is_word and tokens[last + 2].is_capitalised:
            return _described_name_end(view, last + 2, before, start)  # "A clearly irritated Obama"
        if (is_main_verb(token) or low in FINITE_OR_AUXILIARY or low in PAST_VERBS or (low,) in cue_forms()) \
                and not modifier:
            # grammar's verb test, whose participles before a noun are no verbs: "The newly
            # elected mayor vowed" and "The former embattled mayor denied" run to "mayor", never
            # "The newly" or "The former" (session 10 review F8, T1)
            return last if last > start else start
        if low in DETERMINERS and last >= start + 2 and tokens[last].lower.endswith("s") \
                and not tokens[last].lower.endswith("ss") and is_noun_word(tokens[last - 1].lower):
            # Rule `present_verb_before_its_object` (claims2-s18: "The suit names the officers and
            # alleged that they lied" gave the speaker "The"): a word in -s right before a
            # determiner is the present verb ("names", "lists") whose object that determiner
            # opens; the subject ends at the noun before it ("The suit")
            return last - 1
        if last - start >= MAX_DETERMINED_WORDS or not (is_noun_word(low) or modifier) \
                or low in CLAUSE_LEADS or low in DETERMINERS or low in TIME_NOUNS:
            return start
        last += 1
    return start


MAX_DETERMINED_WORDS = 4  # "The facial hair advocacy group"


def _reduced_passive_with_its_time_end(tokens: Sequence[Token], start: int, last: int, before: int) -> int | None:
    """Rule `reduced_passive_with_its_time_is_in_the_subject` (reader test s19:
    "A suit filed Monday names the city and alleges ..." gave the speaker "A",
    the day read as a name after "A clearly irritated Obama"): after a noun
    the determiner opens (`last`), a past participle and a time adjunct
    ("filed Monday", "released last week") are the noun's postmodifier, and a
    verb right after them ends the subject there: "A suit filed Monday". None
    when no time adjunct follows the participle or no verb follows the time
    ("A clearly irritated Obama" and "The report filed Monday" before a
    comma are left to the rules after)."""
    if last <= start or last + 2 >= before:
        return None
    participle, noun = tokens[last + 1], tokens[last]
    if not (participle.is_word and not participle.is_capitalised and is_past_participle(participle.lower)
            and noun.is_word and not noun.is_capitalised and is_noun_word(noun.lower)):
        return None
    end = time_adjunct_end(tokens, last + 2)
    if end == last + 2 or end >= before:
        return None
    if not finite_by_form(tokens[end]):
        return None  # "names", "alleges", "was", "said": the subject's verb
    return end - 1


def _described_name_end(view: SentenceView, name: int, before: int, start: int) -> int:
    """Rule `described_name_after_a_determiner` (QA round 45, 415 s1: "A
    clearly irritated Obama interrupted his speech ..., saying ..." showed
    the speaker "A clearly"): a determiner, lower-case words that describe
    (with an -ly adverb, "visibly angry", or ending in an -ed participle,
    "irritated") and a name right after them are one subject, which ends
    with the name; the last token of that name, or `start` when the
    capitalised run after the words is no name before the verb ("The
    former Texas governor": a common noun ends it, as before). Nouns before
    a name ("The liberal gossip site Gawker") are left as they were."""
    last = np_right(view, name)
    if last is None or last >= before or not view.tokens[last].is_capitalised or \
            not all(view.tokens[k].is_capitalised or not view.tokens[k].is_word for k in range(name, last + 1)):
        return start
    return last


MAX_PLAIN_OBJECT_TOKENS = 12  # "rips the agreement to restructure the island's $70 billion in debt"


def _object_runs_to(tokens: Sequence[Token], last: int, before: int) -> bool:
    """A phrase read up to a determiner ("Macron meets the") is no noun
    phrase: the verb's object opens there and runs to `before` (the cue's
    "and" or comma), plain and short: no comma, quotation or relative
    clause in it, whose verbs a joined cue may share instead (rule
    subject_ends_at_its_present_verb)."""
    if tokens[last].lower not in DETERMINERS or before - last > MAX_PLAIN_OBJECT_TOKENS:
        return False
    return not any(t.text == "," or t.text in QUOTE_MARKS or t.lower in RELATIVES for t in tokens[last:before])


def _before_a_verb_inside(tokens: Sequence[Token], start: int, last: int) -> int:
    """Rule `subject_ends_at_its_present_verb`: "Macron visits Paris and says
    ...", "Macron meets the press and says ...": a subject read up to the
    cue's "and" or comma leaves its clause no verb, and one read up to a
    determiner ("Macron meets the") is no noun phrase; a present -s form
    right after a name inside it (grammar.finite_by_form: not "analysts",
    "aides") is the clause's verb, and the subject ends before it (not
    "Paris"). The last token of the subject, or `last` when there is no
    such form."""
    for m in range(start + 1, last + 1):
        token = tokens[m]
        if tokens[m - 1].is_capitalised and token.lower.endswith("s") \
                and token.lower not in FINITE_OR_AUXILIARY and finite_by_form(token):
            return m - 1
    return last


MAX_FRONTED_PHRASE_TOKENS = 16  # "the Scottish city, on Monday, at a rally of supporters,"


def _past_a_fronted_appositive(view: SentenceView, start: int, before: int) -> int:
    """Rule `fronted_appositive_is_no_subject`: "In a speech Monday in
    Aberdeen, the Scottish city, Cameron made a plea ... and warned ...",
    "In Aberdeen, Scotland, on Monday, Cameron made ...": when what follows
    the fronted phrase's first comma (token `start`) is no clause's subject
    (a noun phrase with no verb after it: an appositive, a place, a time),
    the fronted phrase goes on; the subject opens after the first later
    comma that a subject and its verb follow. `start` itself when there is
    none ("On Tuesday, Trump, the party's leader, made ...") or when `start`
    already opens a clause. One walk to `before`."""
    tokens = view.tokens
    if start >= before:
        return start
    last = np_right(view, start)
    # "the French capital, Macron meets ...": a noun phrase read through its appositive's comma
    # is the appositive and the subject; the walk finds the subject after the comma
    if _subject_and_verb_at(view, start, before) and not (
            last is not None and any(t.text == "," for t in tokens[start : last + 1])):
        return start
    for k in range(start, min(before - 1, start + MAX_FRONTED_PHRASE_TOKENS)):
        token = tokens[k]
        if token.text in QUOTE_MARKS or token.lower in RELATIVES:
            return start  # "On Tuesday, Trump, who leads the party, made ...": an aside, not a phrase
        if token.text == "," and tokens[k + 1].lower not in RELATIVES and (
                _subject_and_verb_at(view, k + 1, before) or _subject_past_an_aside_at(view, k + 1, before)):
            return k + 1
    return start


MAX_SUBJECT_ASIDE_TOKENS = 10  # "Cameron, who leads the Conservatives, made"


def _subject_past_an_aside_at(view: SentenceView, start: int, before: int) -> bool:
    """"In a speech in Aberdeen, the Scottish city, Cameron, who leads the
    Conservatives, made a plea ...", "..., Cameron, 49, made ...": a noun
    phrase, then an aside a relative or a number opens and a comma closes,
    then a verb: the subject with its aside (rule
    fronted_appositive_is_no_subject)."""
    tokens = view.tokens
    last = np_right(view, start) if start < before else None
    if last is None or last + 2 >= before or tokens[last + 1].text != ",":
        return False
    opener = tokens[last + 2]
    if opener.lower not in RELATIVES and not opener.text.isdigit():
        return False
    for m in range(last + 3, min(before - 1, last + 3 + MAX_SUBJECT_ASIDE_TOKENS)):
        if tokens[m].text in QUOTE_MARKS:
            return False
        if tokens[m].text == ",":
            return _verb_at(tokens[m + 1])
    return False


def _verb_at(token: Token) -> bool:
    """A finite verb form: an auxiliary, a past form ("made", "met", "held")
    or a present -s form ("meets")."""
    low = token.lower
    return token.is_word and not token.is_capitalised and low not in CLAUSE_LEADS and (
        low in AUXILIARIES or low in PAST_VERBS or is_past(token) or (low.endswith("s") and not low.endswith("ss")))


def _subject_and_verb_at(view: SentenceView, start: int, before: int) -> bool:
    """`_clause_subject_at`, and a past form may be the verb: "Cameron made",
    "Macron met", "Macron held"."""
    if _clause_subject_at(view, start, before):
        return True
    last = np_right(view, start) if start < before else None
    if last is not None and (last + 1 == before or _object_runs_to(view.tokens, last, before)):
        # "the French capital, Macron meets reporters and says ...": the verb read into the phrase
        return _before_a_verb_inside(view.tokens, start, last) < last
    return last is not None and last + 1 < before and (
        is_past(view.tokens[last + 1]) or view.tokens[last + 1].lower in PAST_VERBS)


def _clause_subject_at(view: SentenceView, start: int, before: int) -> bool:
    """A noun phrase at `start` and a verb right after it: "..., citizens
    were outraged" opens a main clause; "..., Joni Ernst in Iowa and ..."
    goes on with a list. An irregular past of claim_grammar.txt past_verbs
    is a verb too: "In a victory speech in Westchester County on Tuesday
    night, Mr. Trump struck a measured tone, saying ..." (PolNeAR train: the
    long fronted phrase hid Trump, and a later "he said" went to the speaker
    before him)."""
    last = np_right(view, start) if start < before else None
    if last is None or last + 1 >= len(view.tokens):
        return False
    verb = view.tokens[last + 1]
    return verb.is_word and not verb.is_capitalised and verb.lower not in CLAUSE_LEADS and (
        verb.lower in AUXILIARIES or verb.lower in PAST_VERBS or verb.lower.endswith(("ed", "s")))


def _quantity_of_people(view: SentenceView, start: int, before: int) -> bool:
    """ "Many scholars", "Some experts" open the sentence, and a lower-case
    word that is no auxiliary (the verb) follows them."""
    tokens = view.tokens
    if start + 2 >= before or tokens[start].lower not in QUANTITY_WORDS - {"all", "both", "other"}:
        return False
    noun, verb = tokens[start + 1], tokens[start + 2]
    return (noun.is_word and not noun.is_capitalised and noun.lower.endswith("s") and is_people_noun(noun.lower)
            and verb.is_word and not verb.is_capitalised and verb.lower not in PREPOSITIONS_OR_RELATIVES)




def _common_noun_after_modifier(tokens: tuple[Token, ...], last: int) -> bool:
    """A lower-case plural right after a capitalised adjective of a people or
    party that ends a noun phrase ("Ukrainian companies", "Democratic
    donors"): the adjective modifies the noun, it names no one."""
    noun = tokens[last + 1]
    return (
        tokens[last].is_capitalised
        and tokens[last].lower.endswith(DEMONYM_ENDINGS)  # "Ukrainian", "Chinese": not "Sanders goes"
        and noun.is_word
        and not noun.is_capitalised
        and ends_in_plural_s(noun.lower)
        and noun.lower not in AUXILIARIES
        and (noun.lower,) not in cue_forms()
    )


CONCESSIVE_OPENERS = frozenset({"whatever", "whoever"})
# "despite what", "contrary to what", "regardless of what", "unlike what": a source after these
# holds the view the sentence denies
CONCESSIVE_LEADS = frozenset({"despite", "contrary", "regardless", "unlike", "notwithstanding"})


def _against_what(tokens: Sequence[Token], s_first: int) -> bool:
    """The source follows "what" after a concessive lead ("Despite what people think")."""
    if s_first < 2 or tokens[s_first - 1].lower != "what":
        return False
    lead = tokens[s_first - 2].lower
    if lead in ("to", "of") and s_first >= 3:
        lead = tokens[s_first - 3].lower  # "contrary to what", "regardless of what"
    return lead in CONCESSIVE_LEADS


MAX_INVERTED_SUBJECT_TOKENS = 6


MAX_EFFORT_TOKENS = 10  # "sought to reinvent itself in recent years to suggest"


def _purpose_cue_after_an_effort(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> bool:
    """Rule `purpose_cue_after_an_effort_speaks`: "the zoo industry has
    sought to reinvent itself in recent years to suggest that its work is
    founded in conservation": an effort cue ("sought to", cues.txt +needto)
    whose infinitive leads, with no comma, to an infinitive of purpose with
    a cue of its own ("to suggest that") makes no claim; the purpose's cue
    does (rule `infinitive_of_purpose_takes_the_main_subject`), and the
    effort's content would run on into the writer's words. "sought to
    engage Iran" stays. A cue after a persuasion verb's object ("sought to
    persuade voters to believe that ...") is the persuaded's, so no one's
    claim (`_infinitive_of_the_persuaded`)."""
    tokens = view.tokens
    after = hit.last + 1
    if "needto" not in hit.entry.flags or after >= len(tokens) or tokens[after].lower != "to":
        return False
    for m in range(after + 1, min(after + MAX_EFFORT_TOKENS, len(tokens))):
        if not tokens[m].is_word:
            return False
        if m in cue_starts and tokens[m - 1].lower == "to" and m - 1 > after:
            return True  # the persuaded's cue ("to persuade voters to believe") is no claim either
    return False


PERSUASION_VERBS = grammar("persuasion_verbs")
MAX_PERSUADED_TOKENS = 4  # "persuade the state's voters to believe"


def _infinitive_of_the_persuaded(tokens: Sequence[Token], to: int) -> bool:
    """"The campaign has sought to persuade voters to believe that the
    economy is strong.": an infinitive after a persuasion verb's object
    (claim_grammar.txt persuasion_verbs) has that object as its subject;
    its cue is what the voters are to believe, no speech of the campaign
    (rule purpose_cue_after_an_effort_speaks)."""
    negated = to >= 1 and tokens[to - 1].lower in ("not", "never")
    if negated:
        # rule `persuaded_not_to_do` (QA round 61, 483 s11: "persuade a Los Angeles judge
        # not to find him in violation" gave the judge a negated finding): the negation
        # is the infinitive's, what the judge is to be persuaded not to do
        to -= 1
    for k in range(to - 1, max(to - 2 - MAX_PERSUADED_TOKENS, -1), -1):
        low = tokens[k].lower
        if low in PERSUASION_VERBS:
            return k < to - 1
        if not tokens[k].is_word or low == "to":
            return False
    return False


def _subject_of_a_purpose(view: SentenceView, to: int, first: int) -> tuple[int, int] | None:
    """Rule `infinitive_of_purpose_takes_the_main_subject`: "the zoo industry
    has sought to reinvent itself in recent years to suggest that ...": the
    subject of an infinitive of purpose is the subject of the main verb
    before the first "to" (token `to`), never the verb phrase between them
    ("to reinvent itself in recent"); when that subject does not read as a
    source ("the museum"), the claim is unresolved (None); "the zoo industry"
    is one (source_nouns.txt bodies)."""
    tokens = view.tokens
    if to < 2 or not tokens[to - 1].is_word or tokens[to - 1].is_capitalised:
        return None
    k, passive = skip_auxiliaries_left(view, to - 2)
    if passive or k < 0 or not tokens[k].is_word:
        return None
    subject = subject_before(view, k)
    if subject is None or subject[1] != k or not looks_like_source(view, *subject):
        return None
    s_first, s_last = trim_source(view, *subject)
    if any(not t.is_word for t in tokens[s_first : s_last + 1]) or s_last >= first:
        return None
    return s_first, s_last


PHONE_VERBS = grammar("phone_verbs")
CALL_NOUN_MODIFIERS = grammar("call_noun_modifiers")
MAX_CALLED_TOKENS = 16  # "called House Speaker John Boehner and House Minority Leader Nancy Pelosi"


MAX_JOINED_DESCRIPTION_WORDS = 4  # "the doctor", "a senior VA official"


def _before_a_joined_description(view: SentenceView, s_first: int) -> int:
    """Rule `joined_description_before_the_source_is_no_content` (QA round
    60, 425 s14: "Many of the veterans, the doctor and other VA sources told
    CNN, were placed on a secret list" lost the claim's subject "Many of the
    veterans"): the source shown starts after "and" (rule
    `name_and_others_is_one_source` keeps a description before "and" out of
    it), but a short noun phrase opened by a determiner between a comma and
    that "and" is the source's first conjunct, not part of the claim; the
    claim before the source ends at that comma. The token after the comma,
    else `s_first` ("The plan, he and others said," has no phrase there)."""
    tokens = view.tokens
    if s_first < 3 or tokens[s_first - 1].lower != "and":
        return s_first
    for c in range(s_first - 2, max(s_first - 3 - MAX_JOINED_DESCRIPTION_WORDS, -1), -1):
        if tokens[c].text == ",":
            phrase = tokens[c + 1 : s_first - 1]
            if len(phrase) >= 2 and phrase[0].lower in DETERMINERS and not has_finite_verb(phrase) \
                    and is_people_noun(phrase[-1].lower):
                return c + 1
            return s_first
        if not tokens[c].is_word:
            return s_first
    return s_first


def _before_coordinated_adjectives(view: SentenceView, s_first: int) -> int:
    """Rule `subject_runs_over_coordinated_adjectives`: '"From Day One, I made
    climate change the top priority," the bespectacled, 71-year-old
    diplomat said ...': a determiner and a lower-case adjective with a comma
    before the subject (after a clause's end: a quotation mark or a comma)
    open the same noun phrase; "the bespectacled" is no part of the claim.
    The token where the claim before the subject ends, past the comma."""
    tokens = view.tokens
    if s_first < 3 or tokens[s_first - 1].text != "," or tokens[s_first - 3].lower not in DETERMINERS:
        return s_first
    adjective = tokens[s_first - 2]
    if not adjective.is_word or adjective.is_capitalised or adjective.lower in DETERMINERS \
            or adjective.lower in AUXILIARIES or adjective.lower in CLAUSE_LEADS | RELATIVES \
            or (adjective.lower,) in cue_forms():
        return s_first
    if s_first < 4 or (tokens[s_first - 4].text != "," and tokens[s_first - 4].text not in QUOTE_MARKS):
        return s_first  # "The plan, he said": no clause ends before the determiner
    if tokens[s_first].lower in DETERMINERS or tokens[s_first].lower in pronouns():
        return s_first  # '"...," the plan, the minister said': a subject of its own
    return s_first - 3


PROMPTING_VERBS = grammar("prompting_verbs")


def _object_of_a_prompting_verb(view: SentenceView, to: int) -> tuple[int, int] | None:
    """Rule `prompted_object_speaks` (QA round 65 679 s17: "Unsurprisingly
    the trend has prompted politicians to demand that schools play a bigger
    role" gave the source "Unsurprisingly the trend has prompted"): after a
    verb that tells what moved someone to act (claim_grammar.txt
    prompting_verbs: "prompted", "spurred"), its object is the one who
    spoke: politicians demand. Only a short object that reads as a source;
    "prompted calls to demand ..." (no source) and the persuasion verbs
    ("persuade voters to believe": what they are to believe) stay."""
    tokens = view.tokens
    for k in range(to - 1, max(to - 2 - MAX_PERSUADED_TOKENS, -1), -1):
        if not tokens[k].is_word:
            return None
        if tokens[k].lower in PROMPTING_VERBS:
            if k >= to - 1 or not looks_like_source(view, k + 1, to - 1):
                return None
            return trim_source(view, k + 1, to - 1)
    return None


def _clause_before_a_split_that(view: SentenceView, before: tuple[int, int], boundary: int, start: int) -> bool:
    """Rule `clause_before_a_split_that_is_the_content` (qa72wrong-s27, QA
    round 72, CNN-Corpus dev 874 s11: "The Syrian opposition is afraid,
    Idriss told CNN's Amanpour, that al-Assad's forces will then use those
    weapons ..." was shown as a flat prediction, the fear lost): a clause
    that opens the sentence with a finite verb of its own, then the source
    and cue between commas, then ", that ...": the "that" clause completes
    the opening clause, and both are what was said ("The opposition is
    afraid … that ..."). "On Monday, Idriss told CNN that ..." (no comma
    before "that", no verb before the source) and an opening part of more
    than one clause stay as they were."""
    tokens = view.tokens
    if start < 2 or tokens[start - 1].lower != "that" or tokens[start - 2].text != "," \
            or tokens[boundary].text != ",":
        return False
    words = view.tokens_within(*before)
    if not words or words[0].start != next((t.start for t in tokens if t.is_word), -1):
        return False
    # one clause: "China had resisted such agreements, but the air pollution had become so bad, Mr.
    # Obama noted, that ..." keeps the writer's first clause out, as before
    return has_finite_verb(words) and not any(t.text in QUOTE_MARKS or t.text == "," for t in words)


PROMPTING_MODALS = grammar("hypothetical_modals")


def _prompted_under_a_modal(view: SentenceView, to: int) -> bool:
    """Rule `prompted_under_a_modal_is_no_claim` (qa72wrong-s27, QA round 72,
    CNN-Corpus dev 874 s10: "Moving these weapons ... might prompt U.S.
    intelligence authorities to question whether ..." was shown as the
    authorities' claim): a prompting verb (claim_grammar.txt
    prompting_verbs) after a modal that supposes (hypothetical_modals:
    "might", "could", "would"; "could have prompted" too) tells what someone
    may be moved to say, which no one said: no claim. "The leak prompted
    officials to question ..." (they did) stays the object's claim (rule
    `prompted_object_speaks`), as "will prompt" does."""
    tokens = view.tokens
    for k in range(to - 1, max(to - 2 - MAX_PERSUADED_TOKENS, -1), -1):
        if not tokens[k].is_word:
            return False
        if tokens[k].lower in PROMPTING_VERBS:
            m = k - 1
            while m >= 0 and (tokens[m].lower in MODAL_ADVERBS or tokens[m].lower == "have"):
                m -= 1
            return m >= 0 and tokens[m].lower in PROMPTING_MODALS
    return False


def _purpose_after_a_listed_object(view: SentenceView, s_first: int, first: int) -> bool:
    """Rule `purpose_after_a_listed_object_has_no_source` (qa67c-s24, QA round
    67, 884 s36: "an ad campaign on traditional and social media in various
    pan-Asian languages to warn of ..." gave the source "social media in
    various pan-Asian" and the cue "languages to warn"; 970 s39: "Interpol
    uses identifiers such as fingerprints, dental records or DNA samples to
    confirm who was on board" gave "dental records or DNA"): a cue after
    "to" and a lower-case word, whose subject found is the later item of a
    list that a preposition opens ("on A and B", no comma between) or
    "such as"/"including" ("such as A, B or C"), is an infinitive of purpose
    after a noun of that list, no subject's claim. "Smith and Jones plan to
    say" (no preposition before the list) and "In Paris, Smith and Jones
    plan to say" (a comma before the list's first item) keep their
    claims."""
    tokens = view.tokens
    if first < 2 or tokens[first - 1].lower != "to" or not tokens[first - 2].is_word \
            or tokens[first - 2].is_capitalised:
        return False
    if s_first < 2 or tokens[s_first - 1].lower not in ("and", "or", ","):
        return False
    if has_finite_verb([tokens[s_first]]) or tokens[s_first].lower.endswith("ed"):
        return False  # "went on national television and chastised Snyder for refusing to ask": a predicate
    comma = False
    for m in range(s_first - 1, max(s_first - 1 - MAX_EXAMPLE_LIST_TOKENS, 0), -1):
        token = tokens[m]
        if token.text == ",":
            comma = True
            continue
        if not token.is_word:
            return False
        low = token.lower
        if low == "including" or (low == "as" and tokens[m - 1].lower == "such"):
            return True
        if low in PREPOSITIONS and low != "to":
            return not comma
        if low in FINITE_VERBS or low in AUXILIARIES or is_past(token) or low in RELATIVES \
                or low in DETERMINERS or low in SUBJECT_PRONOUNS or low.endswith("ed"):
            return False  # "a pledge he and other candidates made to support": a clause, no list
    return False


PURPOSE_PARTICLES = grammar("purpose_particles")


def _subject_of_a_particle_verb(view: SentenceView, to: int) -> tuple[int, int] | None:
    """Rule `particle_verb_before_a_purpose_cue` (QA 69a, s26: "The senator
    stood up to say ..." gave the source "The senator stood"; "... all of us
    brought up to believe that economies quickly recover" the speaker "a
    profound challenge"; CNN-Corpus dev 122 [66] "when he or she has spoken
    up to say "Yes, please"" no source at all): a speech cue after "to" and a
    verb's particle (claim_grammar.txt purpose_particles) is the purpose of
    that verb; its speaker is the verb's subject, right before it (past its
    auxiliaries), when that reads as a source. None, and no claim, for a
    passive ("was sworn in to tell", "us brought up to believe": a
    participle after its noun), an infinitive ("encouraged to come forward
    to report") or no such subject."""
    tokens = view.tokens
    verb = to - 2
    if verb < 1 or not tokens[verb].is_word or tokens[verb].is_capitalised or tokens[verb - 1].lower == "to":
        return None  # "should be encouraged to come forward to report": an infinitive, no finite verb
    last, passive = skip_auxiliaries_left(view, verb - 1)
    if passive or last < 0 or not tokens[last].is_word:
        return None
    if last == verb - 1 and tokens[verb].lower not in PAST_VERBS and not is_past_verb(tokens[verb]) \
            and not tokens[verb].lower.endswith("s"):
        return None  # "all of us brought up to believe": a participle after its noun, no finite verb
    subject = subject_before(view, last)
    if subject is None or subject[1] != last or not looks_like_source(view, *subject):
        return None
    return trim_source(view, *subject)


def _caller_before_a_purpose(view: SentenceView, to: int) -> tuple[int, int] | None:
    """Rule `caller_speaks_the_purpose`: "Obama called Netanyahu to say
    that the deal was good for Israel.", "She called 911 early Friday to
    report that her son was missing.": a speech cue in the purpose of a
    phone call (claim_grammar.txt phone_verbs, then its object and a time)
    is the caller's; the caller is the call's subject, when it reads as a
    source. None otherwise."""
    tokens = view.tokens
    for k in range(to - 1, max(to - 2 - MAX_CALLED_TOKENS, 0), -1):
        low = tokens[k].lower
        if not tokens[k].is_word or (low in SUBORDINATORS_OR_RELATIVES and low not in ("and", "or")):
            return None
        if low in PHONE_VERBS and k < to - 1:
            if k > 0 and (tokens[k - 1].lower in DETERMINERS or tokens[k - 1].lower in PHONE_VERBS
                          or tokens[k - 1].lower in CALL_NOUN_MODIFIERS):
                return None  # "Some of our phone call apps may use these to know ...": a noun
            last, passive = skip_auxiliaries_left(view, k - 1)
            if passive or last < 0:
                return None
            if tokens[last].text == ",":
                # "A father in Daytona Beach, Florida, called 911 ...": the sentence's subject
                subject = sentence_subject(view, k)
            else:
                subject = subject_before(view, last)
                subject = subject if subject is not None and subject[1] == last else None
            if subject is None or not looks_like_source(view, *subject):
                return None
            s_first, s_last = trim_source(view, *subject)
            return None if s_last >= to else (s_first, s_last)
    return None


MEDIUM_VISITS = frozenset(tuple(visit.split("_")) for visit in grammar("medium_visits"))
MAX_MEDIUM_TOKENS = 6  # "ABC's This Week", "The New York Times", "the Sunday talk shows"


def _visitor_before_a_purpose(view: SentenceView, to: int) -> tuple[int, int] | None:
    """Rule `visitor_of_a_medium_speaks_the_purpose` (PolNeAR train: "Hillary
    Clinton took to Twitter to say thanks", "even went on CNN to declare
    Clinton the winner" gave no claim): a speech cue in the purpose of a
    visit to a medium (claim_grammar.txt medium_visits: "took to", "went
    on", then the medium and perhaps a time) is the visitor's, as a caller's
    is (`_caller_before_a_purpose`); the visitor is the visit's subject, when
    it reads as a source. Not "went on to say" (a cue of its own, no medium
    between), nor a visit still to come ("will take to Twitter"): the verb
    forms are past or -s forms."""
    tokens = view.tokens
    for k in range(to - 2, max(to - 3 - MAX_MEDIUM_TOKENS, 0), -1):
        if not tokens[k].is_word or tokens[k].lower in SUBORDINATORS_OR_RELATIVES:
            return None
        if (tokens[k - 1].lower, tokens[k].lower) not in MEDIUM_VISITS:
            continue
        last, passive = skip_auxiliaries_left(view, k - 2)
        if passive or last < 0:
            return None
        subject = sentence_subject(view, k - 1) if tokens[last].text == "," else subject_before(view, last)
        if subject is None or subject[1] >= k - 1 or not looks_like_source(view, *subject):
            return None
        s_first, s_last = trim_source(view, *subject)
        if s_last >= k - 1 or (s_first == s_last and tokens[s_first].lower in SUBJECT_PRONOUNS):
            # a pronoun is left to the other rules, which show it as written ("they took to
            # their Twitter accounts to confirm ...": no speaker, the source "they")
            return None
        return s_first, s_last
    return None


MEDIUM_SUBJECT_PREPOSITIONS = grammar("medium_subject_prepositions")


def _speaker_before_a_medium(view: SentenceView, s_first: int, s_last: int) -> tuple[int, int] | None:
    """Rule `medium_after_in_is_no_source` (session 14, QA round 42, 431 s17:
    "Johnson, in a 2004 interview for the Archive of American Television
    said ..." (the closing comma missing) gave the speaker "a 2004
    interview"): a subject right before the cue and right after "in" or
    "during" whose head is a medium (an interview, a statement:
    claim_grammar.txt adjunct_nouns) is where it was said. The speaker is the noun phrase before
    the comma that opens that phrase (Johnson), when it looks like a
    source; (-1, -1) when there is none the text names; None when the
    subject is no such medium ("A 2004 interview ... said" opens the
    sentence and stays)."""
    tokens = view.tokens
    if s_first < 1 or tokens[s_first - 1].lower not in MEDIUM_SUBJECT_PREPOSITIONS:
        return None
    if head_token(view, s_first, s_last).lower not in ADJUNCT_NOUNS:
        return None  # a document may speak: "hidden in the Pentagon's press release, which said"
    named = _name_after_the_mediums_time(view, s_first, s_last)
    if named is not None:
        return named
    comma = s_first - 2
    if comma < 1 or tokens[comma].text != ",":
        return -1, -1
    first = np_left(view, comma - 1)
    if first is None or not looks_like_source(view, first, comma - 1):
        return -1, -1
    return first, comma - 1


def _name_after_the_mediums_time(view: SentenceView, s_first: int, s_last: int) -> tuple[int, int] | None:
    """Rule `name_after_a_fronted_medium_and_its_time` (QA round 55, 571 s21:
    'In an interview with Ebony Magazine in 2007 Michael Jackson said
    "Music has been my outlet ..."' was no claim): with no comma after the
    fronted medium, the walk left from the cue runs over its year or time;
    the capitalised words after that year or time word, up to the cue, are
    the speaker. "In an interview in 2007 with Ebony Magazine said ..." has
    no such name and is as before."""
    tokens = view.tokens
    time = next((m for m in range(s_last - 1, s_first, -1)
                 if is_year(tokens[m].lower) or tokens[m].lower in TIME_WORDS), None)
    if time is None or not all(t.is_word and t.is_capitalised for t in tokens[time + 1 : s_last + 1]):
        return None
    return time + 1, s_last


def _reporting_only_misread(view: SentenceView, hit: CueHit, s_first: int, s_last: int) -> bool:
    """Rule `reporting_only_source_noun`: "Multiple outlets reported on
    Wednesday that ...", "Border Patrol agents described the ground as ...":
    a noun that is as often something else (source_nouns.txt reporting_only)
    heads the subject of an ambiguous cue only when it ends the subject and
    the cue is its finite verb, right after it past auxiliaries and adverbs,
    and says rather than believes or wants. Misread: "For News Outlets
    Feeling the Squeeze" (no verb), "operatives in the four early
    nominating states:" (the noun ends no subject of the cue), "agents are
    likely to want to interview" (an infinitive, a wish)."""
    tokens = view.tokens
    nouns = reporting_only_nouns()
    if tokens[s_last].lower not in nouns and head_token(view, s_first, s_last).lower not in nouns:
        return False
    first = hit.first
    if tokens[s_last].lower not in nouns or hit.entry.cue_class == "belief" \
            or tokens[first].lower.endswith("ing") or first == 0 or tokens[first - 1].lower == "to":
        return True
    return skip_auxiliaries_left(view, first - 1)[0] != s_last \
        or any(t.lower == "to" for t in tokens[s_last + 1 : first])


def _cue_ends_a_fronted_condition(view: SentenceView, s_first: int, last: int) -> bool:
    """Rule `cue_ends_a_fronted_condition`: "If she refuses, the Italian
    government could appeal to the U.S. government for her extradition.":
    a cue whose subject opens a fronted subordinate clause ("if", "when",
    "unless", "once": claim_grammar.txt fronted_subordinators) and that ends
    it with a comma, without a complement, says nothing; the main clause
    after the comma is the writer's. ("If she agrees, she said, the talks
    could begin" has its own source; "When she said, "I do," ..." quotes.)"""
    tokens = view.tokens
    if s_first == 0 or tokens[s_first - 1].lower not in FRONTED_SUBORDINATORS:
        return False
    if s_first >= 2 and tokens[s_first - 2].text not in (",", ";") and tokens[s_first - 2].text not in QUOTE_MARKS:
        return False  # the subordinator opens the sentence or a clause after a comma
    if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return False
    return tokens[last + 2].text not in QUOTE_MARKS


def _second_that_clause_of_another_verb(view: SentenceView, s_first: int) -> bool:
    """Rule `second_that_clause_belongs_to_the_first_clauses_verb` (claims-s18
    item 3, 769 s23: "Shamkhani mused Wednesday that one of the coalition's
    goals is to protect Israel and that Tehran doesn't believe it will be
    effective" gave Tehran a claim): a source right after "and that" / "or
    that" whose sentence has an earlier "that" after a verb ("mused
    [Wednesday] that") opens the second that-clause of that verb: what the
    source believes is inside the other speaker's words, and the outer verb
    wins (a cue takes both clauses as its content; another verb, none). "He
    said the plan failed and that officials believe it will" is the same;
    "Officials believe that it will work" (one clause) stays."""
    tokens = view.tokens
    if s_first < 3 or tokens[s_first - 1].lower != "that" or tokens[s_first - 2].lower not in ("and", "or"):
        return False
    for m in range(1, s_first - 2):
        if tokens[m].lower != "that":
            continue
        verb = m - 1
        while verb > 0 and tokens[verb].lower in TIME_WORDS:
            verb -= 1  # "mused Wednesday that"
        word = tokens[verb]
        if word.is_word and not word.is_capitalised and (is_past(word) or (word.lower,) in cue_forms()):
            return True
    return False


def _joined_participle_of_the_clause(tokens: Sequence[Token], c: int) -> bool:
    """Rule `joined_participle_is_no_cue_of_its_own` (wrongs2-s19, QA round 54,
    661 s5: 'After the DOMA ruling, some federal agencies are extending
    benefits ..., but denying them to same-sex couples in "civil unions,"
    Judge Mary Jacobson ... wrote in her ruling Friday.' showed only "in her
    ruling Friday"): a cue in the "-ing" form right after "but", "and" or a
    comma ("but denying them ...") goes on the clause's own predicate; it is
    no attribution of its own, so the clause before the source is still the
    source's words (rule `left_side_with_its_own_cue` does not drop it)."""
    return c > 0 and tokens[c].lower.endswith("ing") and tokens[c - 1].lower in ("but", "and", ",")


ROLE_MODIFIERS = grammar("role_modifiers")  # "senior", "acting": words before a role
COMPASS_WORDS = noun_sets("place_words")["compass"]


def _before_a_participle_aside(view: SentenceView, k: int) -> int:
    """Rule `participle_aside_between_the_subject_and_its_cue` (qa68c-s25, QA
    round 68, 449 s40: 'Jackson lawyers, calling it a "smoking gun," argue
    the e-mail is evidence that ...' gave only "calling", with "argue" in
    its content; "The senators, calling it a disgrace, said the bill would
    fail" lost "said"): a participle set off by commas right before the cue,
    after a subject that opens the sentence with no verb of its own, is an
    aside; the cue's subject ends before the comma that opens it. So too a
    past participle's aside, and one that ends on where its place lies (QA
    round b s28, CNN 841 s26: "Another video, said to have been shot Sunday
    in the town of Talbeesa, north of Homs, showed children ..." showed the
    source "to have been shot ..."). The token
    `k` (the last before the cue) is returned as it is otherwise ("The plan,
    he said, ...", "Trump attacked Clinton, saying ..., officials said")."""
    tokens = view.tokens
    j = k
    if j > 0 and tokens[j].text in QUOTE_MARKS and tokens[j - 1].text == ",":
        j -= 1  # 'calling it a "smoking gun," argue'
    if j < 3 or tokens[j].text != ",":
        return k
    for c in range(j - 1, 0, -1):
        if tokens[c].text == "," and view.quotes.covering(tokens[c].start) is None:
            opener = tokens[c + 1]
            if c + 3 < j and opener.lower in COMPASS_WORDS and tokens[c + 2].lower == "of" \
                    and tokens[c + 3].is_capitalised and c + 4 == j:
                continue  # "..., north of Homs,": where the place in the aside lies, inside the aside
            past = opener.is_word and not opener.is_capitalised and is_past_participle(opener.lower) \
                and c + 2 < j and tokens[c + 2].is_word and tokens[c + 2].lower not in ("that", "and", "or")
            if not (opener.is_word and not opener.is_capitalised and opener.lower.endswith("ing")) and not past:
                return k
            if opener.lower in ROLE_MODIFIERS or title_at(tokens, c + 1):
                return k  # "Pat Rynard, managing editor of Iowa Starting Line, said": a role, no participle
            before = tokens[:c]
            if not before[-1].is_word or has_finite_verb(before) or before[0].lower in SUBORDINATORS \
                    or not looks_like_source(view, 0, c - 1):
                return k  # "However laudable the goal, using the tax ''is a misguided approach,'' said ..."
            return c - 1
    return k


def subject_attribution(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> Frame | None:
    """A subject before the cue. By what stands around it:
    `reported_speech`: `Stoltenberg emphasized that ...`, `X said Y would ...`;
    `parenthetical_attribution`: `The plan, he said, will fail`;
    `clause_final_attribution`: `"...," he said` and `..., officials said.`"""
    tokens = view.tokens
    first, last, entry = hit.first, hit.last, hit.entry
    if entry.lemma == "according to" or (
        2 <= first <= 2 + MAX_ACCORDING_SOURCE_TOKENS and tokens[0].lower == "according" and tokens[1].lower == "to"
        and all(t.is_word for t in tokens[2:first])
    ):
        # Rule `according_to_has_no_subject`: "The school suspended him, according to one of ..."
        # is no "school" vouching for "one of ..."; only rule `according_to` reads it. Nor is a
        # cue inside its source a verb: "According to the recently published report, ..."
        return None
    if tokens[first].lower in BARE_PARTICIPLE_CUES and first > 0 and tokens[first - 1].lower in BE:
        return None  # rule `bare_participle_passive`: "Temperatures are forecast to fall" is a passive
    k, passive = skip_auxiliaries_left(view, first - 1)
    caller = _caller_before_a_purpose(view, first - 1) or _visitor_before_a_purpose(view, first - 1) \
        if first >= 1 and tokens[first - 1].lower == "to" else None
    if caller is None and first >= 3 and tokens[first - 1].lower == "to" \
            and tokens[first - 2].lower in PURPOSE_PARTICLES:
        caller = _subject_of_a_particle_verb(view, first - 1)
        if caller is None:
            return None
    if caller is None and first >= 1 and tokens[first - 1].lower == "to":
        if _prompted_under_a_modal(view, first - 1):
            return None  # rule `prompted_under_a_modal_is_no_claim`: "might prompt officials to question"
        caller = _object_of_a_prompting_verb(view, first - 1)
    if k < 0 or (caller is None and not _finite_cue(view, hit, k, passive)):
        return None
    if _purpose_cue_after_an_effort(view, hit, cue_starts):
        return None
    if first >= 1 and tokens[first - 1].lower == "to" and _infinitive_of_the_persuaded(tokens, first - 1):
        return None  # rule purpose_cue_after_an_effort_speaks: "persuade voters to believe that ..."
    if _infinitive_of_the_ordered(view, first):
        return None
    if first >= 3 and tokens[first - 1].lower == "to" and tokens[first - 2].lower in ("not", "n't", "n\u2019t") \
            and (tokens[first - 3].lower in BE or tokens[first - 3].lower.endswith(("'s", "\u2019s"))):
        # Rule `not_to_say_is_the_writers`: "This is not to say that the Taliban leadership is not
        # interested in dialogue": the writer's hedge, and no one said it
        return None
    if _inverted_source_after_a_comma(view, hit, k):
        return None
    k = _past_a_quoted_title(view, k)
    k = _before_a_participle_aside(view, k)
    subject = caller or subject_before(view, k)
    if subject is not None and caller is None:
        subject = group_of_the_examples(view, *subject) or subject  # "stars including A and B call"
    inverted = fronted_negation_end(tokens)
    if inverted is None or inverted >= k:
        joined = joined_clause_negation(tokens, k)  # rule `nor_clause_inverts`: ", nor could it confirm"
        inverted = inverted if joined is None else joined[1]
    if inverted is not None and inverted < k <= inverted + MAX_INVERTED_SUBJECT_TOKENS \
            and (subject is None or subject[0] <= inverted) \
            and all(t.is_word and (t.is_capitalised or not (t.lower in FINITE_VERBS or is_past_participle(t.lower)))
                    for t in tokens[inverted + 1 : k + 1]):
        # Rule `fronted_negation_inverts` (polarity.py): "Nor has he called for ...", "Never has
        # the minister said ...": the subject stands between the auxiliary and the cue
        subject = (inverted + 1, k)
    if subject is None:
        return None
    subject = _object_before_a_bare_participle(view, hit, k, subject)
    if _cue_inside_an_inferred_future(view, subject[0], k, first):
        return None
    if _cue_ends_a_fronted_condition(view, subject[0], last):
        return None
    if _second_that_clause_of_another_verb(view, subject[0]):
        return None
    named = _name_after_a_naming_phrase(view, subject)
    compared = None
    if named is not None:
        subject = named
    elif tokens[k].lower not in RELATIVES:
        subject = _antecedent_of_a_who_clause(view, subject, hit) or _head_before_an_unclosed_relative(
            view, subject, hit) or _head_of_a_long_who_clause(view, subject, hit) or subject
    else:
        compared = compared_share(view, 0, k) if tokens[k].lower == "who" else None
        if compared is not None:
            # rule `compared_share_who_speaks_is_no_content`, the share's side: "..., compared with
            # the 23 percent of Republicans who said no": the share speaks, as written, not "compared with"
            subject = (compared[1], k)
        subject = _name_before_a_described_who(view, subject, k, hit.entry) or subject
        if "hearer" not in hit.entry.flags:  # "an answer to people who ask what ...": a question, left unread
            subject = _antecedent_past_the_sentence_verb(view, subject, k) or subject
        if _who_aside_closes_before_a_quotation(view, k, hit):
            return None
    s_first, s_last = _head_before_its_postmodifier(view, subject[0], k) or subject
    if _purpose_after_a_listed_object(view, s_first, first):
        return None
    # not a participle: "In a statement announcing the pick, ...": the statement announced it
    # nor a subject that does not stand right before the cue ("in a brief ruling, which said")
    medium = None if tokens[first].lower.endswith("ing") or s_last != k \
        else _speaker_before_a_medium(view, s_first, s_last)
    if medium is not None:
        if medium == (-1, -1):
            return None
        s_first, s_last = medium
    if s_first == 0 and tokens[0].lower in FRONTED_OPENERS and s_last > 0 and tokens[1].lower in ("to", "of"):
        # Rule `cue_inside_a_fronted_phrase_has_no_subject_before`: "Thanks to activists demanding
        # change, the law passed": the "subject" is the fronted phrase of a two-word preposition
        # itself, whose noun the cue modifies; no one before the cue speaks ("Outside experts
        # say" stays: "outside" is no preposition there)
        return None
    if _document_before_its_participle(view, s_last, first, last, cue_starts):
        return None
    if s_first < first and s_first in cue_starts and tokens[s_first].lower.endswith("ing") \
            and not tokens[s_first].is_capitalised:
        # Rule `participle_phrase_is_no_source` (wrongs2-s19, QA round 54, 633 s20: "... in its
        # 5-4 "Windsor" decision, citing equal protection guarantees to conclude same-sex spouses
        # ... may receive federal benefits" gave the speaker "citing equal protection"): what the
        # walk left took for the subject opens with another cue's participle; its doer is the
        # subject of the clause it hangs on, never the participle phrase
        return None
    s_first = _after_a_hearing_verb(view, hit, s_first, s_last)
    s_first = _after_a_having_verb(view, hit, s_first, s_last)
    s_first = _joined_clause_final_source(view, s_first, s_last, last)
    dateline_end = after_dateline(view)
    if s_first < dateline_end <= s_last:
        s_first = dateline_end  # rule `glued_dateline_is_no_content`: "Hong Kong The city's leader said"
    timeless = _subject_before_a_time(view, s_first, s_last)
    if timeless != s_last and (not entry.needs_source_check or head_token(view, s_first, timeless).lower in documents()
                               or (last + 1 < len(tokens) and tokens[last + 1].lower == "that")):
        # +source verbs with an object ("A judge last month ordered the city", "scientists this
        # week published an open letter") stay as they were: acts more often than claims
        s_last = timeless
    if any(tokens[m].lower == "times" and tokens[m + 1].lower in ("more", "less", "as")
           for m in range(s_first, s_last)):
        # Rule `multiplier_is_no_source`: "Those who tested positive were 2.3 times more likely
        # to have said they suffered a stroke, the authors found": "2.3 times more" is a ratio
        # of a study's, no one who spoke
        return None
    if tokens[s_first].lower in CONCESSIVE_OPENERS | {"contrary"} or _against_what(tokens, s_first):
        # Rule `concessive_source_is_no_claim`: "the insurgency, whatever NATO might say, is in
        # the ascendency", "Despite what people think, Broadway isn't a wasteland", "Contrary to
        # its grandiose claims of restoring ..., ISIS has terrorized": the source says the
        # opposite of what follows
        return None
    # "..., Mark Reichel, said Tuesday.": a day is no name after the cue (time_is_no_inverted_source)
    time_after = last + 1 < len(tokens) and tokens[last + 1].lower in TIME_WORDS
    inverted = "invert" in entry.flags and tokens[k].text == "," and not time_after and (
        _name_ends_sentence(view, last + 1) or _description_ends_sentence(view, last + 1)
    )
    if inverted and not looks_like_source(view, s_first, s_last):
        return None  # "..., there's an advantage in this case, says Kostro Miller.": the source follows the cue
    if "invert" in entry.flags and tokens[k].text == "," and not time_after \
            and tokens[s_first].lower in FINITE_VERBS and not tokens[s_first].is_capitalised:
        # Rule `verb_opens_no_subject` (session 14, QA round 42, 565 s31: "Finding small planets,
        # ones the size of Earth, is challenging, in part because ..., said Dave Gallagher,
        # director ..., who likened it ..." gave the speaker "is challenging"): what the walk
        # left took for the subject opens with a finite verb, the content's predicate; the
        # source follows the cue (rule `inverted_attribution`)
        return None
    if tokens[k].text == "," and _someone_who_follows(view, last + 1):
        # Rule `said_someone_who_is_inverted`: "But he grew up as Alton Nolen, a good kid ..., said a
        # woman who identified herself as the mother": after the comma the source follows the cue
        return None
    if entry.needs_source_check and not looks_like_source(view, s_first, s_last):
        s_last = _document_before_its_reduced_passive(view, s_first, s_last)
    if entry.needs_source_check and not looks_like_source(view, s_first, s_last) \
            and not _source_before_its_aside(view, s_first, s_last, first) \
            and not _name_in_apposition_ends_the_source(view, s_first, s_last):
        return None
    if entry.needs_source_check and _reporting_only_misread(view, hit, s_first, s_last):
        return None
    if (
        s_last - 2 >= s_first
        and tokens[s_last].lower in SUBJECT_PRONOUNS
        and tokens[s_last - 2].lower in DETERMINERS
        and tokens[s_last - 1].is_word
        and not tokens[s_last - 1].is_capitalised
    ):
        # Rule `reduced_relative_is_no_claim`: "read a letter she wrote in which ...": the cue is in
        # a relative clause about the letter, not an attribution of "a letter she"
        return None
    if _quoted_noun_before(view, s_first, last):
        return None
    nouns = clause_nouns()
    noun_before = s_first >= 2 and tokens[s_first - 1].lower in nouns \
        and tokens[s_first - 2].lower in INDEFINITE_ARTICLES
    noun_inside = (s_first + 2 <= s_last and tokens[s_first].lower in INDEFINITE_ARTICLES
                   and tokens[s_first + 1].lower in nouns
                   and (tokens[s_first + 2].is_capitalised or tokens[s_first + 2].lower in pronouns()))
    if noun_before and _reporting_circumstance_then_its_speaker(view, s_first, last):
        noun_before = False
    if noun_before or noun_inside:
        # Rule `cue_in_a_noun_relative`: "... with the suggestion it encouraged collusion -- an
        # accusation FIFA has denied": what FIFA denied is the accusation, not the sentence
        return None
    if _participle_after_a_prepositional_object(view, hit, k, s_first):
        host = _subject_before_its_phrase(view, hit, s_first)
        if host is None:
            return None
        s_first, s_last = host
    venue_host = _host_of_a_participle_after_a_venue(view, hit, k, s_first, s_last)
    if venue_host is not None and venue_host != (-1, -1):
        s_first, s_last = venue_host
    gloss_head = None
    if _opens_a_dashed_gloss(view, s_first, last):
        past_the_gloss = _subject_past_a_dashed_gloss_head(view, s_first, s_last)
        if past_the_gloss is None:
            return None
        gloss_head = view.span(s_first, past_the_gloss[0] - 1)
        s_first, s_last = past_the_gloss
    s_first = _joined_by_a_slash(view, s_first)
    with_first = tokens[s_first].lower == "with" or (s_first > 0 and tokens[s_first - 1].lower == "with")
    if with_first and not tokens[first].lower.endswith("ing") and tokens[s_last + 1].lower != "who" \
            and compared is None:
        # (rule `restrictive_who_takes_the_name_after_with`: "at odds with Reid who said" is Reid's)
        # Rule `with_participle_is_passive`: "with FIFA president Sepp Blatter criticized for
        # suggesting ...": Blatter was criticized; he is no speaker of it
        return None
    reduced = None if tokens[first].lower.endswith("ing") else _head_before_a_reduced_passive(view, s_first, first)
    if reduced is not None:
        s_first, s_last = reduced
    s_first = _last_conjunct(view, s_first, s_last)
    s_first, s_last = trim_source(view, s_first, s_last)
    agent = _agent_before_a_who(view, s_first, k) if tokens[k].lower == "who" and s_last in (k - 1, k) else None
    if agent is not None:
        s_first, s_last = agent, k - 1
    source: Span | None = None if venue_host == (-1, -1) else view.span(s_first, s_last)
    if tokens[first - 1].lower == "to" and tokens[s_first].lower == "to":
        purpose = _subject_of_a_purpose(view, s_first, first)
        source = None if purpose is None else view.span(*purpose)
    as_aside = tokens[first - 1].lower != "to" and _as_aside(view, s_first, last)
    if as_aside:
        clause_after = _that_clause_after_an_as_aside(view, last)
        if clause_after is not None:
            return _frame("clause_final_attribution", hit, view, view.span(s_first, s_last), [clause_after],
                          clause_final=True)
        aside_frame = _as_aside_frame(view, hit, view.span(s_first, s_last), s_first - 2)
        if aside_frame is not None:
            return aside_frame
    relaying = _relayed_writer(view, last, cue_starts) if s_first > 0 and tokens[s_first - 1].text in QUOTE_MARKS \
        else None
    if relaying is not None and _relayed_quotation(view, relaying[0], cue_starts) is not None:
        return None  # rule `relayed_quotation_is_the_writers`, the relay's side: not the sources' words
    relayed = _relayed_quotation(view, s_first, cue_starts)
    if relayed is not None:
        return _frame("clause_final_attribution", hit, view, source, [relayed], clause_final=True)
    start = content_start(view, last + 1, entry)
    start = _past_the_medium_of_an_opening_as(view, s_first, start)
    if as_aside:
        start = _past_the_medium_of_an_as_aside(view, start)
    if _object_relative_in_a_subject(view, s_first, start, last) or _seen_doing(view, hit, s_first) \
            or _reduced_relative_source(view, s_first, s_last, start):
        return None
    if _subject_gap_with_no_antecedent(view, s_first, s_last, k, start):
        return None
    right = None
    addressee_only = False
    # "to explain and implement ...": a second verb, not a claim (but "X, he said, and Y" goes on)
    coordinated = start == last + 1 and start < len(tokens) and tokens[start].lower in ("and", "or")
    if coordinated and _second_verb_of_the_predicate(view, first, start, cue_starts):
        return None
    if (
        start < len(tokens)
        and has_words(view, start, len(tokens) - 1)
        and not starts_new_cue(view, start, cue_starts)
        and not coordinated
    ):
        end = _before_a_pronoun_tail(view, start, content_last(view, start, cue_starts), cue_starts)
        if tokens[first].lower.endswith("ing"):
            end = _before_a_new_speaker(view, start, end, cue_starts)
        else:
            # rule `parallel_attributions_split_at_each_source`: "most voters think A, many experts think B"
            # (the next cue only: past "when asked whether ..., he said" another cue stands between)
            next_cue = min((c for c in cue_starts if c > hit.last), default=None)
            same_word = {next_cue} if next_cue is not None and tokens[next_cue].lower == tokens[first].lower \
                else set()
            end = _before_a_new_speaker(view, start, end, same_word)
        if not _in_a_question_put(view, first):
            end = _before_a_quoting_speaker(view, start, end, cue_starts)
        if tokens[k].lower in RELATIVES and k > 0 and (tokens[k - 1].text == "," or (
                tokens[k].lower in ("who", "which") and 0 < s_first < k and tokens[s_first - 1].text == ","
                and tokens[s_first].lower in DETERMINERS)):
            # and rule `relative_in_an_apposition_ends_content` (qa69b-s26, CNN dev 969 s3: "Englert
            # and Higgs, the two physicists who predicted ... that the particle existed, won the Nobel
            # Prize"): the relative of a noun phrase set off by a comma ends where the main clause resumes
            # too ("In 2012, McGinniss met supporters who said ..." is no such phrase)
            end = relative_clause_end(view, start, end)
        if s_first > 1 and tokens[s_first - 1].lower in RELATIVE_OPENERS and tokens[s_first - 2].text == ",":
            # Rule `relative_aside_in_the_claims_subject`, the inner cue's side: "The budget, which
            # critics say is too small, will be approved": the critics' claim ends with the aside
            end = relative_clause_end(view, start, end)
            if tokens[s_first - 1].lower in RELATIVE_PRONOUNS:
                end = _relative_aside_end(view, start, end, entry)
        elif s_first > 0 and tokens[s_first - 1].lower in RELATIVE_OPENERS:
            if _subject_unfinished(view, s_first - 1):
                end = _resumed_main_verb(view, start, end)
            else:
                end = _main_clause_resumes(view, start, end)
        elif _in_the_subject(view, hit, k, s_first, s_last):
            end = _resumed_main_verb(view, start, end)
        if end < start:
            return None  # where the main clause resumes, the text does not say
        end = _infinitive_before_a_clause_of_its_own(view, start, end)
        end = _before_a_dashed_gloss_with_its_own_cue(view, start, end, cue_starts)
        end = before_a_relative_reply(view, start, end)
        rebuttal = conceded_cue_rebuttal(view, first)
        if rebuttal is not None and start < rebuttal <= end:
            end = rebuttal - 1  # rule `conceded_cue_before_a_rebuttal`: ", but ..." is the writer's
        right = (tokens[start].start, trailing_end(view, end))
        right = _quoted_term_after_what(view, s_first, start, entry) or right
        venue = _venue_before_the_infinitive(view, start, end) if entry.cue_class == "directive" else None
        if venue is not None and s_first < first:
            # Rule `venue_of_a_directive_is_no_content`: "editors ... implored the Pope in an open
            # letter to make meeting with victims a priority": what they implored is "the Pope
            # to make ... a priority"; where they did it is not part of it
            hearer = (tokens[start].start, tokens[venue[0] - 1].end)
            return _frame("reported_speech", hit, view, source, [hearer, (tokens[venue[1] + 1].start, right[1])])
        addressed = "hearer" in entry.flags or entry.lemma in ADDRESSING_CUES
        after_comma = s_first > 0 and (tokens[s_first - 1].text == "," or (
            s_first > 1 and tokens[s_first - 1].text in QUOTE_MARKS and tokens[s_first - 2].text == ","))
        if addressed and after_comma \
                and (_hearer_and_circumstance(view, start)
                     or _hearer_ends_the_sentence(view, start, s_first, told="hearer" in entry.flags)):
            # Rule `hearer_and_circumstance_is_no_content`: "..., officials told CNN on Saturday
            # night on condition of anonymity.": what they told is the clause before; so too after
            # a comma inside the quotation's mark (QA round 45, 904 s9: 'If ..., "then ... he
            # would be free to run," Yannis Nikolaou ... told CNN via e-mail.' showed "via e-mail")
            right = None
        if after_comma and _time_of_speaking(view, start):
            right = None  # also after a comma inside the quotation's mark: '"The Late Show," CBS announced'
        if after_comma and _time_before_a_semicolon(view, start):
            right = None
        if _while_speaking(view, start, hit) or _when_after_a_final_hearer(view, s_first, start, hit):
            right = None
        if _region_of_the_venue(view, last, start):
            right = None
        if after_comma and _joined_clause_with_its_own_cue(view, start, cue_starts):
            # Rule `parenthetical_source_before_a_joined_speaker` (recall-s25, PolNeAR train: "The
            # aircraft was insured at a value of $35 million in 2011, records show, and aviation
            # experts say it is currently worth about $18 million." gave the records the experts'
            # words): after a source set between commas, ", and" with a new source and its own cue
            # opens that source's claim; the parenthetical source keeps the clause before it
            right = None
        if addressed and tokens[start].lower == "to" and right is not None:
            right = _after_the_addressee(view, start, right, cue_starts)
            addressee_only = right is None
        programme = quoted_programme_end(view, start) if "hearer" in entry.flags else None
        if programme is not None:
            programme = time_adjunct_end(tokens, programme)  # 'told NBC's "Meet the Press" on Sunday.'
        if programme is not None and all(t.text in (".", "!", "?") for t in tokens[programme:]):
            right = None  # '"We will not give up," the mayor told "CBS This Morning."'

    boundary = s_first - 2 if as_aside \
        else _before_coordinated_adjectives(view, _before_a_joined_description(view, s_first)) - 1
    before = None
    if boundary >= 0 and (tokens[boundary].text in (",", ":") or tokens[boundary].text in QUOTE_MARKS | DASHES):
        before = left_content(view, boundary)
        before = _quotation_after_a_colon(view, before, s_first) if before is not None else None
    if before is not None and right is not None and tokens[boundary].text == "," and tokens[last + 1].text == ",":
        # Rule `parenthetical_source_takes_its_conjunct` (closing note s22: "He told reporters the
        # deal was off, and when he arrived, Smith said, the guards left" gave Smith the whole
        # sentence): see `_conjunct_after_another_cue`; the clause before ", and" is the other cue's
        before = _conjunct_after_another_cue(view, before, cue_starts) or before
    if _dashed_quotation_the_clause_before_brings_in(view, s_first, last):
        return None
    interjected = _quotation_between_dashes(view, s_first, last)
    if interjected is not None:
        before, right = interjected, None
    if before is not None and right is not None and boundary == s_first - 1 and tokens[boundary].text in QUOTE_MARKS \
            and _title_before_a_role(view, boundary, s_first):
        before = None
    if before is not None and right is not None and boundary == s_first - 1 and tokens[boundary].text == "," \
            and _parallel_attribution(view, before, first, cue_starts):
        before = None
    if before is not None and right is not None and tokens[k].lower in RELATIVE_PRONOUNS \
            and (k == s_last or _relative_after_a_quoted_speaker(view, before, s_first, s_last, k)):
        # Rule `host_clause_of_a_who_is_no_content`: "It's a personal one, too, since it comes
        # from Andre Cooley, a Reuters reporter who says he was fired": the cue is the verb of a
        # relative clause on its source; the clause around that source is the writer's
        before = None
    if before is not None and right is not None and _subject_inside_a_relative_clause(view, s_first):
        # Rule `cue_inside_a_relative_clause_has_no_host` (session 15, QA round 46, 596 s30:
        # '... "Mile High Madness with Richard Simmons," in which a sequin-shirted, short-shorted
        # Simmons gaily encourages passengers to "grab, click and pull!"' gave Simmons the writer's
        # sentence): the source stands inside a relative clause ("in which", "where") that the
        # comma before it only splits; the host clause is the writer's, never the source's words
        before = None
    if before is not None and right is not None and _inside_an_earlier_that_clause(view, before, first, cue_starts):
        # Rule `cue_inside_an_earlier_that_clause`: "Dr. John Smith, CNN's chief medical
        # correspondent, said that as patients take more pills, they may not feel the effects":
        # the clause before the subject holds the sentence's own source, cue and "that"; this cue
        # stands inside what Smith said, never with his words as its aside
        before = None
    if before is not None and last + 1 < len(tokens) \
            and (tokens[last + 1].text == ":" or cataphoric_colon(tokens, last + 1) is not None):
        if right is not None and _clause_before_a_colon_cue(view, before, right):
            return _frame("parenthetical_attribution", hit, view, source, [before, right], clause_final=True)
        # Rule `colon_points_forward`: "... when in front of a crowd, Robert Kennedy said:" — what he
        # said follows the colon; the writer's sentence before him is not it (so too past an object
        # that points ahead: "In an article titled ..., Greta Thunberg states the following:")
        before = None
    if (
        before is not None
        and right is not None
        and (tokens[boundary].text in QUOTE_MARKS or _quotation_follows_the_cue(view, boundary, start))
        and view.text[before[0]] not in QUOTE_MARKS
        and any(before[0] <= tokens[c].start < before[1] for c in cue_starts
                if c < first and not _joined_participle_of_the_clause(tokens, c))
        and (tokens[boundary].text in QUOTE_MARKS or not any(
            _in_a_question_put(view, c) for c in cue_starts if before[0] <= tokens[c].start < before[1]))
    ):
        # Rule `left_side_with_its_own_cue`: 'Vogue asked Dion, "...?" Dion answered, "..."': the
        # clause before the source is another attribution, not part of this one. So too before a
        # comma when the cue takes a quotation (rule `second_cue_takes_the_quotation`): "She said
        # ..., and when pressed on why ..., the mother of three replied, "It's meant to ...""; but
        # not past a cue in a question put to the source ("when asked whether he was encouraging
        # his supporters' fury, he said, ''I hope not.''"): that cue would stand alone as a claim
        before = None
    if right and before and _quotation_follows_the_cue(view, boundary, start) \
            and _ends_with_a_time_clause(view, before):
        # Rule `time_clause_before_the_speaker_is_no_content` (web test s17): "... got up and, as the
        # first licks ... escaped the speakers, he said into the microphone, "Here's a real Heart
        # song."": the clause before the source says when he spoke (the writer's narration) and
        # the quotation is all he said; joining the two would make a sentence not in the text
        before = None
    if right and before and _negation_split_by_the_source(view, before, start):
        # Rule `negation_split_by_the_source`: "This is not, a spokesman said, because of her
        # accident, but because ...": the source splits "is not" from the rest of the clause;
        # the claim keeps the negation ("This is not because of ...")
        return _frame("parenthetical_attribution", hit, view, source, [_own_clause(view, before), right],
                      clause_final=True)
    if right and before and _free_relative_subject_left_be_right(view, before, start):
        # Rule `free_relative_subject_before_the_source` (QA round 56, 581 s21: "But what the Tesla
        # Museum would need to open, he said, is another jolt of $8 million." gave only "is another
        # jolt of $8 million"): a "what" clause before the source is the subject of the "is" after it
        return _frame("parenthetical_attribution", hit, view, source, [_own_clause(view, before), right],
                      clause_final=True)
    if right and before and not left_is_content(view, before) and _fronted_phrase_before_be(view, before, start):
        return _frame("parenthetical_attribution", hit, view, source, [_own_clause(view, before), right],
                      clause_final=True)
    if right and before and not left_is_content(view, before) \
            and _fronted_phrase_before_a_present_cue(view, before, start, hit):
        return _frame("parenthetical_attribution", hit, view, source, [_own_clause(view, before), right],
                      clause_final=True)
    if right and before and not left_is_content(view, before) and _subject_left_verb_right(view, before, start):
        # Rule `parenthetical_splits_subject`: "Any small hospital, he said, would need ...",
        # "The issue, Lee notes, matters ...": the claim's subject stands before the source
        before = _own_clause(view, before)
        return _frame("parenthetical_attribution", hit, view, source, [before, right], clause_final=True)
    # rule `venue_after_a_clause_final_cue` also past the adjuncts content_start skips ("said in a
    # interview with Pakistani media."), and then "That plane ..." opens a clause (that_noun_clause)
    venue_end = _place_apposition_at_the_end(view, last + 1)
    venue_tail = (short_plain_tail(view, last + 1, venue_end) or _named_venue_tail(view, last + 1, venue_end)) \
        and _circumstance_to_the_end(view, last + 1, venue_end)
    if right and before and (left_is_content(view, before) or (venue_tail and that_noun_clause(view, before))) and (
        _gloss_after_comma(view, start) or _circumstance_participle(view, last, start)
        or _circumstance_to_the_end(view, start) or venue_tail
    ):
        # "..., the affidavit stated, listing measurements": the participle is the writer's
        return _frame("clause_final_attribution", hit, view, source, [before], clause_final=True)
    if before and venue_tail:
        # Rule `venue_tail_is_never_content`: "That plan failed, officials said at the time.",
        # "The plan failed, Saindon said in an e-mail to CNN.": a clause too short for
        # `fronted_content` still is what was said ("No comment, he said at the time." too), and
        # the venue or time after the cue never is; a fronted phrase with no verb ("In 2010, he
        # said in an interview.") is no claim either
        words = view.tokens_within(*before)
        if words and words[0].lower in CLAUSE_LEADS and not has_finite_verb(words) \
                and not _clause_after_a_fronted_phrase(words):
            return None
        right = None
    if right and before and left_is_content(view, before) and view.text[right[0]] not in QUOTE_MARKS \
            and _writers_contrast_after(view, start) \
            and (_ends_with_a_quotation(view, before) or _sourcing_note(view, start)):
        # Rule `contrast_after_a_final_attribution_is_the_writers` (as `according_to_stops_at_a_contrast`):
        # "... was sentenced to death in 1948, Zuroff said, but the center has not obtained
        # documentation on the case": a negated note on the article's sourcing after ", X said,
        # but" is the writer's, and so is any contrast after a quotation ("''Born with a silver
        # spoon,'' Mr. Elkins said - but they couldn't ..."); "The plan is good, Smith said, but
        # the timing is wrong" stays Smith's
        return _frame("clause_final_attribution", hit, view, source, [before], clause_final=True)
    if right and before and left_is_content(view, before):
        left_quoted = view.text[before[0]] in QUOTE_MARKS or _inside_quote(view, before)
        right_quoted = view.text[right[0]] in QUOTE_MARKS
        if left_quoted and not right_quoted:
            # '"...," Clinton said in a speech at the Council ...': the rest is circumstance;
            # '"When the hospital was emptied," Skaik said of cancer patients, "the cases ..."':
            # the quotation goes on after the circumstance (rule `quote_resumes_after_circumstance`)
            resumed = _quote_resumes(view, start)
            parts = [before, resumed] if resumed else [before]
            return _frame("clause_final_attribution", hit, view, source, parts, clause_final=True)
        if not left_quoted and _object_follows_cue(view, last, start) and not _holds_a_quote(view, before):
            # Rule `cue_with_its_object_leaves_the_clause_before`: "The proposal was supported
            # by those in attendance and in his contribution, Dr Mitchell suggested an even
            # broader initiative": the cue takes what follows as its object; the clause
            # before the subject is the writer's
            return _frame("reported_speech", hit, view, source, [right])
        if not left_quoted and hit.entry.lemma in WANTING_CUES and last + 2 < len(tokens) \
                and tokens[last + 1].lower == "to" and tokens[last + 2].is_word \
                and not tokens[last + 2].is_capitalised and tokens[last + 2].lower not in DETERMINERS:
            # Rule `infinitive_after_the_cue_is_no_parenthetical`: "The truth is that California
            # isn't going anywhere, and, now, as it continues to grow ..., some people want to
            # figure out ...": a cue that runs on into its infinitive is no aside; the writer's
            # clause before the subject is not what they want
            return _frame("reported_speech", hit, view, source, [right])
        if not left_quoted and _clause_before_a_split_that(view, before, boundary, start):
            # Rule `clause_before_a_split_that_is_the_content`: "The Syrian opposition is afraid,
            # Idriss told CNN, that al-Assad's forces will ..."
            return _frame("parenthetical_attribution", hit, view, source,
                          [_own_clause(view, before), (tokens[start - 1].start, right[1])], clause_final=True)
        if left_quoted or tokens[start - 1].lower != "that":
            if boundary > 0 and tokens[boundary - 1].lower in RELATIVES and not left_quoted:
                # "the commission, which, critics say, does not include ...": the claim is the relative clause
                before = (tokens[boundary - 1].start, tokens[boundary - 1].end)
            elif not left_quoted:
                before = _own_clause(view, before)
            return _frame("parenthetical_attribution", hit, view, source, [before, right], clause_final=True)
    if right and before and _contrast_follows(view, start) and not _holds_a_quote(view, before) \
            and has_finite_verb(view.tokens_within(*before)):
        if _contrast_has_its_own_speaker(view, start, cue_starts):
            # Rule `contrast_with_its_own_speaker`: "Prices will rise, analysts said, but the Fed
            # said it would not act" (also "while/though the Fed ..."): the Fed's words are the
            # Fed's claim, not the analysts'
            return _frame("clause_final_attribution", hit, view, source, [before], clause_final=True)
        # Rule `contrast_alone_is_no_claim`: "Prices will rise, analysts said, but the Fed is
        # unlikely to act": a clause too short for `fronted_content` still is what was said; the
        # contrast after ", X said," is never the claim on its own (nor one with a source of its
        # own: "..., KING-TV reported, while in Chicago ..., the Chicago Sun-Times reported")
        if tokens[start].lower in ("but", "yet") and _sourcing_note(view, start):
            return _frame("clause_final_attribution", hit, view, source, [before], clause_final=True)
        if tokens[start].lower in ("but", "yet") and not any(c > start for c in cue_starts):
            return _frame("parenthetical_attribution", hit, view, source, [before, right], clause_final=True)
    if right and before and _doubt_adverb_alone(view, before):
        # Rule `doubt_adverb_before_the_source_is_content`: "Perhaps, Smith said, the plan will
        # work.": the sentence adverb of doubt the source splits off is the claim's own hedge
        # ("Perhaps the plan will work", hedged); "Indeed, Smith said, ..." stays as it was
        return _frame("parenthetical_attribution", hit, view, source, [before, right], clause_final=True)
    if right:
        antecedent = gloss_head or _antecedent_of_a_subject_gap(view, s_first, start)
        if antecedent is None:
            antecedent = _contact_antecedent_of_a_subject_gap(view, s_first, s_last, k, start)
            if antecedent is not None:
                # the pronoun before the cue is its subject and the source ("three officials he said":
                # "he", for the pronoun rules to resolve, not the sentence's subject "Smith")
                source = view.span(k, k)
        if antecedent is None and before and _subject_split_by_the_source(view, before, s_first, start):
            return _frame("parenthetical_attribution", hit, view, source, [before, right], clause_final=True)
        if antecedent is None:
            antecedent = _quoted_term_before_a_relative(view, s_first, start)
        if antecedent is None:
            aside = _object_before_a_which_aside(view, s_first, start)
            if aside is not None:
                antecedent, right = aside
        if antecedent is not None:
            return _frame("reported_speech", hit, view, source, [antecedent, right])
        return _frame("reported_speech", hit, view, source, [right])
    if before and addressee_only and not _holds_a_quote(view, before) \
            and not has_finite_verb(view.tokens_within(*before)):
        return None  # "In June 2010, he wrote to the commander.": a circumstance, no claim
    if before and _lone_fronted_subordinate(view, before) and has_words(view, last + 1, len(tokens) - 1):
        return None  # "After Mr. Trump took possession ... he made changes, records show." is a claim
    inner = _same_source_opens_with_a_cue(view, before, s_first, s_last, hit.entry.lemma) if before else None
    if before and inner is not None:
        # Rule `source_said_twice_is_one_claim`: "The official said that ... the group may opt
        # for a 'quick and dirty' program ..., the official said.": the same source opens the
        # clause with its own cue; the claim is what follows that cue (and its "that")
        return _frame("clause_final_attribution", hit, view, source, [(inner, before[1])], clause_final=True)
    if before:
        before = _quotation_after_the_writers_lead_in(view, before, s_first, s_last)
        return _frame("clause_final_attribution", hit, view, source, [before], clause_final=True)
    following = _after_colon(view, last)
    if following:
        return _frame("colon_introduces_content", hit, view, source, [following])
    return None



def _second_verb_of_the_predicate(view: SentenceView, first: int, joiner: int, cue_starts: set[int]) -> bool:
    """Rule `cue_of_a_compound_predicate_is_no_final_attribution` (qa71b s27,
    cnn930 s45: "..., the province would respond and provide new tools to
    the Toronto City Council if ..." read "the province" responding with
    the clause before it, and that frame pushed out the Premier's own
    "Wynne said"): a cue joined by "and"/"or" (token `joiner`) to a second
    verb is one verb of its subject's predicate, not a final attribution of
    the clause before the subject. The second verb is a lower-case word
    after a modal before the cue ("would respond and provide"), or a past
    form after a past cue ("responded and provided"); never a cue of its
    own ("officials said and added that ..."), a determiner, a pronoun, a
    preposition or an adverb ("X, he said, and then ...")."""
    tokens = view.tokens
    if joiner + 1 >= len(tokens) or joiner + 1 in cue_starts:
        return False
    nxt = tokens[joiner + 1]
    low = nxt.lower
    if not nxt.is_word or nxt.is_capitalised or low in DETERMINERS or low in SUBJECT_PRONOUNS \
            or low in PREPOSITIONS or is_adverb(low):
        return False
    if first > 0 and tokens[first - 1].lower in MODALS:
        return True
    return is_past(tokens[first]) and is_past(nxt)


# "what she referred to as ..." puts the quotation after "as", not right after the cue
QUOTED_TERM_CUES = NAMING_CUES - {"refer to"}


ASIDE_CLOSERS = grammar("aside_closers")
# the relatives of an aside after a comma, not "whose" (it opens a noun phrase) nor "that" ("when
# she claimed that ...": a clause of its own)
RELATIVE_PRONOUNS = SOURCE_RELATIVES - grammar("relative_determiners")


def _relative_aside_end(view: SentenceView, start: int, end: int, entry: CueEntry) -> int:
    """Rule `relative_aside_ends_the_inner_claim`: "Abbas said the move,
    which many call symbolic, represents a ...", "the bill, which critics
    say is too weak, and the treaty would ...": a cue in a ", which ... ,"
    aside claims at most the aside; the main clause after its closing comma
    (outside quotation marks) is never the inner source's. A naming cue's
    name ends at the first comma or dash; another cue's clause at a comma
    followed by a joiner and a new subject or by a present verb and its
    object ("..., costs the state $2 million"), or by a finite verb ("...,
    which doctors say works, remains expensive"). The joiner's clause needs
    a finite verb of its own, and a "not X, but Y" contrast is one claim
    ("which she said was not the result of inspiration, but her innate
    capacity"). A comma right inside the quotation mark that ends it closes
    the aside too ('which he called "a disgrace," passes the House')."""
    tokens = view.tokens
    for m in range(start + 1, end + 1):
        if tokens[m].text != "," and tokens[m].text not in DASHES:
            continue
        last = m - 1
        quote = view.quotes.covering(tokens[m].start)
        if quote is not None:
            if tokens[m].text != "," or m + 1 > end or tokens[m + 1].end != quote[1]:
                continue
            last, m = m + 1, m + 1  # '"a disgrace," passes': the quotation and the aside close together
        if entry.lemma in NAMING_CUES:
            return last
        if tokens[m].text not in (",", *QUOTE_MARKS) or m + 2 >= len(tokens):
            continue
        joiner, opener = tokens[m + 1], tokens[m + 2]
        contrast = joiner.lower == "but" and any(
            t.lower in ("not", "never") or t.lower.endswith(("n't", "n\u2019t")) for t in tokens[start:m])
        if (joiner.lower in ASIDE_CLOSERS and not contrast
                and (opener.is_capitalised or opener.lower in DETERMINERS or opener.lower in SUBJECT_PRONOUNS)
                and any(finite_by_form(t) for t in tokens[m + 2 : m + 2 + MAX_ASIDE_SUBJECT_TOKENS])) \
                or present_before_its_object(tokens, m + 1) or finite_by_form(joiner) \
                or _short_past_before_its_object(tokens, m + 1):
            return last
    return end


def _short_past_before_its_object(tokens: Sequence[Token], k: int) -> bool:
    """Rule `main_verb_after_a_who_aside_ends_it` (qa66a-s24, QA round 66,
    890 s4: "The one-time North Carolina resident, who U.S. and Yemeni
    officials say was killed ... Friday morning, used his knowledge of
    computers to help produce ... Inspire" gave the officials the magazine
    too): a lower-case "-ed" word too short for `is_past_form` ("used",
    "owed") right before a determiner or a number ("used his knowledge")
    is the main clause's past verb after the aside, as "helped" is. "...,
    which critics say is used, the ..." (no object after it) stays."""
    low = tokens[k].lower
    return (tokens[k].is_word and not tokens[k].is_capitalised and low.isalpha() and low.endswith("ed")
            and len(low) == 4 and k + 1 < len(tokens)
            and (tokens[k + 1].lower in DETERMINERS or tokens[k + 1].text[:1].isdigit()))


MAX_ASIDE_SUBJECT_TOKENS = 6  # ", and the new treaty with Iran would ..."



def _quoted_term_after_what(view: SentenceView, s_first: int, start: int, entry: CueEntry) -> Span | None:
    """Rule `quoted_term_after_what`: "Cleveland sought the convention in the
    hopes of shedding what Gilbert called "a perception problem."": after
    "what", a naming cue that takes a direct quotation gives the source's own
    words, and only them (extract.py `free_relative_cue` keeps such a frame;
    "what she calls the blaming and shaming of students" stays a term). Not
    a pronoun source. The quotation's span, else None."""
    tokens = view.tokens
    if entry.lemma not in QUOTED_TERM_CUES or s_first < 1 or tokens[s_first - 1].lower != "what":
        return None
    if tokens[start].text not in QUOTE_MARKS or tokens[s_first].lower in pronouns():
        # "the party's rift - what he called ''our arguments this year''": a pronoun in a free
        # relative is left to the sentence around it (a name nearer than its antecedent)
        return None
    quote = view.quotes.covering(tokens[start].end)
    if quote is None or quote[0] != tokens[start].start:
        return None
    return quote


def _quotation_follows_the_cue(view: SentenceView, boundary: int, start: int) -> bool:
    """For rule `second_cue_takes_the_quotation`: the source stands after a
    comma and its cue takes a quotation that runs to the end of the sentence
    ('..., Trump boasted, "That makes me smart."'): what the cue says is that
    quotation, not the clause before the comma."""
    tokens = view.tokens
    if start + 1 >= len(tokens) or tokens[boundary].text != "," or tokens[start].text not in QUOTE_MARKS:
        return False
    if not tokens[start + 1].is_capitalised:
        return False  # 'FBI agents questioned Tsarnaev, his attorneys argue, "despite the fact ...': one clause
    quote = view.quotes.covering(tokens[start].end)
    return quote is not None and all(not t.is_word for t in tokens if t.start >= quote[1])


def _same_source_opens_with_a_cue(
    view: SentenceView, before: tuple[int, int], s_first: int, s_last: int, lemma: str
) -> int | None:
    """Where the claim starts when the content before a clause-final source
    opens with the same source words and the same cue ("The official said
    that ..., the official said"): after that cue and its "that"; else None.
    Rule `fuller_name_opens_the_same_claim` (qa71b s27, cnn930 s45: "Ontario
    Premier Kathleen Wynne said Thursday she was disturbed ..., Wynne
    said." kept "Ontario Premier Kathleen Wynne said Thursday" in the
    claim): the opening words may be a capitalised title and name that end
    in the source's words; the claim starts after the cue's adjuncts
    ("Thursday"), as after any cue."""
    tokens = view.tokens
    words = [t.lower for t in tokens[s_first : s_last + 1]]
    inside = view.tokens_within(*before)
    size = len(words)
    if tokens[s_first].is_capitalised:
        # the fuller name: capitalised words before the source's own words ("Premier Kathleen")
        while size < len(inside) and inside[size - len(words)].is_capitalised \
                and [t.lower for t in inside[size - len(words) : size]] != words:
            size += 1
    if len(inside) <= size + 2 or [t.lower for t in inside[size - len(words) : size]] != words \
            or not all(t.is_capitalised for t in inside[: size - len(words)]):
        return None
    entry = cue_forms().get((inside[size].lower,))
    if entry is None or entry.lemma != lemma:
        return None  # "He accused the United States of ..., he said": another act, no repeat
    k = view.tokens.index(inside[size])
    at = content_start(view, k + 1, entry)
    return tokens[at].start if at < len(tokens) and tokens[at].start < before[1] else None


def _quotation_after_the_writers_lead_in(
    view: SentenceView, before: tuple[int, int], s_first: int, s_last: int
) -> tuple[int, int]:
    """Rule `writers_lead_in_before_a_quotation`: 'Anderson met with the
    student's parents Tuesday afternoon and "they want you to know that
    Emilio was a great kid," he said.': a clause of the writer's that opens
    with a name, then "and" and a quotation that runs to the comma before a
    pronoun source: the name is whom the pronoun means, and the clause is
    what he did, told by the writer; the claim is the quotation."""
    tokens = view.tokens
    if s_first != s_last or tokens[s_first].lower not in ("he", "she", "they"):
        return before
    inside = view.token_indices(*before)
    if len(inside) < 4 or view.text[before[0]] in QUOTE_MARKS:
        return before
    name, verb = tokens[inside[0]], tokens[inside[1]].lower
    if not name.is_capitalised or name.lower in DETERMINERS or name.lower in pronouns() \
            or not (verb in PAST_VERBS or verb.endswith("ed")):
        return before  # "The plan is bad and "we will fight it," he said.": his, all of it
    for k in inside[1:-1]:
        if tokens[k].lower == "and" and tokens[k + 1].text in QUOTE_MARKS:
            quote = view.quotes.covering(tokens[k + 1].end)
            if quote is not None and quote[1] >= before[1] - 1 and not any(
                    view.quotes.covering(tokens[m].start) for m in inside if m < k):
                return (tokens[k + 1].start, before[1])
            return before
    return before


OBJECT_RELATIVES = frozenset({"that", "which"})
ASIDE_CIRCUMSTANCE_LEADS = frozenset({"when", "after", "before", "while", "on", "in", "at", "during", "last"})


def _object_relative_in_a_subject(view: SentenceView, s_first: int, start: int, cue_last: int) -> bool:
    """Rule `object_relative_cue_has_no_content`: "After months of clamoring,
    the raw satellite data that families have been demanding may soon be
    publicized": a cue in a relative clause ("that"/"which" right after a
    noun, no comma) inside a noun phrase that opens a clause, where what
    follows the cue is one verb group from a finite auxiliary on: the
    relative pronoun was the cue's object and the verb group is the main
    clause's, the writer's predicate; the families claimed nothing. "The
    plan that critics say will fail was approved" (two verb groups), "the
    data that officials said were lost" after a verb and "-- a declaration
    that Amnesty said could amount to a war crime" (no sentence subject)
    stay claims."""
    tokens = view.tokens
    relative = s_first - 1
    if relative < 1 or tokens[relative].lower not in OBJECT_RELATIVES or start >= len(tokens):
        return False
    after_cue = tokens[cue_last + 1] if cue_last + 1 < len(tokens) else None
    if tokens[relative - 1].text == "," and tokens[relative].lower == "which" and after_cue is not None \
            and (after_cue.lower in ASIDE_CIRCUMSTANCE_LEADS or after_cue.text == ","):
        # ", which Clinton conceded when polls closed, confirmed ...": the cue has no object after
        # it, so "which" was its object; what follows is when, no claim
        return True
    noun = tokens[relative - 1]
    if not noun.is_word or noun.lower in past_forms() or noun.lower in FINITE_VERBS or noun.lower in AUXILIARIES:
        return False  # "officials said that families ...": a complement clause
    first = np_left(view, relative - 1)
    if first is None or not _opens_the_sentence(view, first):
        return False
    if tokens[start].lower not in FINITE_AUXILIARIES and tokens[start].lower not in MODALS:
        return False
    end = next((m for m in range(start, len(tokens)) if _clause_mark(view, m)), len(tokens))
    return _verb_groups(tokens[start:end]) == 1


REDUCED_RELATIVE_SUBJECTS = grammar("reduced_relative_subjects")


# words no relative clause's head noun is (rule reduced_relative_source_is_no_speaker: "which the Chamber of
# Commerce and others say is ...": two speakers)
NO_RELATIVE_HEADS = DETERMINERS | PREPOSITIONS | frozenset({"and", "or", "nor"})


def _reduced_relative_source(view: SentenceView, s_first: int, s_last: int, start: int) -> bool:
    """Rule `reduced_relative_source_is_no_speaker` (QA round 50 K3, 576 s0):
    "Virtual reality, the emerging 3D technology many expect to be the next
    quantum leap in the video gaming world, just got a little more real" read
    "the emerging 3D technology many" as the speaker and ran into the
    writer's predicate: a source that is a noun phrase with a determiner
    and then, with no "that", a subject of its own ("many", "it"), whose
    content opens with no subject ("to be", "will pair"), is a relative
    clause on that noun: the noun was the cue's object, and who said it is
    no one the sentence names as a speaker. No claim. "Many expect the
    technology to be ..." and "The leaders all expect to win" stay."""
    tokens = view.tokens
    if s_last - s_first < 2 or start >= len(tokens) or tokens[s_first].lower not in DETERMINERS:
        return False
    subject, noun = tokens[s_last], tokens[s_last - 1]
    if subject.is_capitalised or subject.lower not in REDUCED_RELATIVE_SUBJECTS:
        return False
    if not noun.is_word or noun.lower in NO_RELATIVE_HEADS:
        return False  # "which the Chamber of Commerce and others say is hurting ...": two speakers
    opener = tokens[start].lower
    return opener == "to" or opener in FINITE_AUXILIARIES or opener in MODALS


VENUE_PREPOSITIONS = grammar("venue_prepositions")


SPEAKING_CIRCUMSTANCE_LEADS = frozenset({"as"})  # not "said when they would ...", "said while she believes"


def _while_speaking(view: SentenceView, start: int, hit: CueHit) -> bool:
    """Rule `circumstance_clause_is_no_content`: "Rep. Carolyn Maloney said as
    she began her remarks at the top of a hearing titled ...": right after
    the cue, "as" and a subject pronoun open a clause of when it was said,
    not what was said."""
    tokens = view.tokens
    if not (start == hit.last + 1 and start + 2 < len(tokens) and tokens[start].lower in SPEAKING_CIRCUMSTANCE_LEADS
            and tokens[start + 1].lower in SUBJECT_PRONOUNS):
        return False
    # 'Clinton said as he introduced his wife, "Finally, ..."': the quotation after the comma is it
    return not any(tokens[m].text == "," and tokens[m + 1].text in QUOTE_MARKS for m in range(start, len(tokens) - 1))


def _when_after_a_final_hearer(view: SentenceView, s_first: int, start: int, hit: CueHit) -> bool:
    """Rule `when_clause_after_a_final_hearer_is_no_content` (as
    `circumstance_clause_is_no_content`): "He might have been fired, lawyers
    told me in March when I first reported on him.": after a clause before
    the source, the cue, its hearer or time, a "when" or "as" clause with a
    subject pronoun, running to the end of the sentence, says when they
    spoke; what they said is the clause before. Right after the cue it may
    be what was said ("said when they would leave"), and so may a clause
    it opens ("Ms. Ripert said, when she was earning $24,000 a year, a boss
    invited her to lunch"): those stay."""
    tokens = view.tokens
    if s_first < 1 or tokens[s_first - 1].text != "," or start <= hit.last + 1 or start + 1 >= len(tokens):
        return False
    if any(t.text in (",", ";", ":") or t.text in QUOTE_MARKS or t.text in DASHES for t in tokens[start:]):
        return False
    return tokens[start].lower in ("when", "as") and tokens[start + 1].lower in SUBJECT_PRONOUNS


def _relayed_writer(view: SentenceView, cue_last: int, cue_starts: set[int]) -> tuple[int, int] | None:
    """Rule `relayed_quotation_is_the_writers`: '"...," the sources said
    al-Mauretani wrote in the letter.': a clause-final cue (its last token
    `cue_last`) whose object is a subject, its own cue and at most a venue
    or time only relays whose words the quotation is. The subject's first
    and last token, or None."""
    tokens = view.tokens
    first = cue_last + 1
    if first >= len(tokens) or not tokens[first].is_word or tokens[first].lower in PREPOSITIONS_OR_RELATIVES:
        return None  # '"...," it said in a statement posted on its Facebook page': a venue
    last = np_right(view, first)
    if last is None or last + 1 not in cue_starts or not looks_like_source(view, first, last):
        return None
    verb = tokens[last + 1]
    if not (is_past(verb) or verb.lower.endswith("s")):
        return None  # '"...," she tells CNN's Open Court show.': "show" is no verb here
    rest = last + 2
    if rest < len(tokens) and not tokens[rest].is_word and tokens[rest].text not in (".", "!", "?"):
        return None
    if rest < len(tokens) and tokens[rest].is_word \
            and not (short_plain_tail(view, rest) and _circumstance_to_the_end(view, rest)):
        return None  # "the sources said al-Mauretani wrote that ...": a claim of its own
    return first, last


def _relayed_quotation(view: SentenceView, s_first: int, cue_starts: set[int]) -> tuple[int, int] | None:
    """Rule `relayed_quotation_is_the_writers`, the writer's side: the
    quotation before '"...," the sources said al-Mauretani wrote' is the one
    whose cue follows the relay's (al-Mauretani's, subject at `s_first`):
    its character span, or None."""
    tokens = view.tokens
    relay_cue = s_first - 1
    if relay_cue < 2 or relay_cue not in cue_starts:
        return None
    relay = np_left(view, relay_cue - 1)
    if relay is None or relay < 2 or tokens[relay - 1].text not in QUOTE_MARKS:
        return None
    relayed = _relayed_writer(view, relay_cue, cue_starts)
    if relayed is None or relayed[0] != s_first:
        return None
    before = left_content(view, relay - 1)
    if before is None or (view.text[before[0]] not in QUOTE_MARKS and view.quotes.covering(before[0]) is None):
        return None  # the quotation may have opened a sentence or more before
    return before


MAX_CONTRAST_SUBJECT_TOKENS = 12  # "but the Fed, which meets next week, said"


def _subject_before_a_venue(view: SentenceView, first: int, k: int) -> bool:
    """Tokens `first`..`k` are a source and a venue or time phrase
    ("the central bank in a statement", "the Fed on Tuesday"): plain
    words, no verb, the venue's preposition after the source."""
    tokens = view.tokens
    venue = next((m for m in range(first + 1, k + 1) if tokens[m].lower in ADJUNCT_PREPOSITIONS), None)
    return venue is not None and k - venue < MAX_ADJUNCT_TOKENS and looks_like_source(view, first, venue - 1) \
        and all(t.is_word and t.lower not in FINITE_OR_AUXILIARY for t in tokens[first : k + 1])


def _contrast_has_its_own_speaker(view: SentenceView, joiner: int, cue_starts: set[int]) -> bool:
    """Rule `contrast_with_its_own_speaker`: after ", X said, but/while/
    though" (token `joiner`) a subject and its own cue ("the Fed said",
    "the Fed has insisted", also past an aside or a venue: "Janet Yellen,
    the Fed chair, said", "the central bank in a statement said") open a
    claim of their own. Only the first cue after the subject is read."""
    tokens = view.tokens
    first = joiner + 2 if tokens[joiner].lower == "and" else joiner + 1  # "and yet"
    if first >= len(tokens):
        return False
    subject_last = np_right(view, first)
    for cue in sorted(c for c in cue_starts if first < c <= first + MAX_CONTRAST_SUBJECT_TOKENS):
        if view.quotes.covering(tokens[cue].start) is not None:
            return False
        k = skip_auxiliaries_left(view, cue - 1)[0]
        if k < first:
            return False
        if k == subject_last:
            return looks_like_source(view, first, subject_last)
        # "but Janet Yellen, the Fed chair, said", "but the Fed, which meets next week, said", "but
        # the central bank in a statement said": the cue's subject, past its aside, opens the contrast
        if _subject_before_a_venue(view, first, k):
            return True
        subject = subject_before(view, k)
        return subject is not None and subject[0] == first and looks_like_source(view, *subject)
    return False


MAX_DIRECTIVE_VENUE_TOKENS = 8  # "in an open letter", "in a statement on Tuesday"


def _venue_before_the_infinitive(view: SentenceView, start: int, end: int) -> tuple[int, int] | None:
    """Rule `venue_of_a_directive_is_no_content`: after a directive cue, a
    hearer (from token `start`), then a venue or a time (a phrase that
    claim_grammar.txt venue_prepositions open and a document or a time word
    heads: "in an open letter", "on Tuesday"), then "to" and a verb. The venue's first and
    last token, or None ("urged residents in the state to stay home": the
    state is no venue)."""
    tokens = view.tokens
    first = next((m for m in range(start + 1, min(start + MAX_DIRECTIVE_VENUE_TOKENS, end))
                  if not tokens[m].is_word or tokens[m].lower in VENUE_PREPOSITIONS), None)
    if first is None or not tokens[first].is_word or tokens[start].lower in VENUE_PREPOSITIONS:
        return None
    for m in range(first + 1, min(first + MAX_DIRECTIVE_VENUE_TOKENS, end)):
        token = tokens[m]
        if not token.is_word:
            return None
        if token.lower == "to":
            verb = tokens[m + 1]
            heads = {t.lower for t in tokens[first:m]}
            if verb.is_word and not verb.is_capitalised and (heads & documents() or heads & TIME_WORDS):
                return first, m - 1
            return None
    return None


def _quoted_noun_before(view: SentenceView, s_first: int, cue_last: int) -> bool:
    """Rule `quoted_noun_before_a_relative_is_no_quotation` (QA round 48, 640
    s0: '... rather than the "sins" the younger Snowden revealed.' gave
    Snowden the whole sentence): a quotation right before the subject that
    a determiner opens and that holds no punctuation ('the "sins"') is a
    noun the writer quotes, and a subject that opens a noun phrase of its
    own (a determiner, a name) and a cue that ends the clause are a relative
    clause about that noun with its object gone ("the sins that Snowden
    revealed"), no attribution of the sentence. '"We will win" Smith said.',
    a quoted modifier ('the "Bernie or Bust" crowd suggest ...') and a cue
    with an object after it stay."""
    tokens = view.tokens
    if s_first < 3 or tokens[s_first - 1].text not in QUOTE_MARKS:
        return False
    if not (tokens[s_first].lower in DETERMINERS or tokens[s_first].is_capitalised):
        return False
    if cue_last + 1 < len(tokens) and tokens[cue_last + 1].is_word:
        return False
    quote = view.quotes.covering(tokens[s_first - 1].start)
    if quote is None or quote[1] != tokens[s_first - 1].end:
        return False
    opening = next((m for m in range(s_first - 2, -1, -1) if tokens[m].start == quote[0]), None)
    if opening is None or opening == 0 or tokens[opening - 1].lower not in DETERMINERS:
        return False
    return all(t.is_word for t in tokens[opening + 1 : s_first - 1])


def _quotation_between_dashes(view: SentenceView, s_first: int, cue_last: int) -> tuple[int, int] | None:
    """Rule `quotation_between_dashes_is_the_claim` (QA round 48, 408 s18:
    'Republicans have heaped praise on her -- "She has a first-rate
    organization," Duprey said -- and tested out attack lines.' gave Duprey
    "and tested out attack lines"): a quotation that opens right after a
    dash, its source and cue, and a dash right after the cue are an aside set
    into the writer's sentence; the claim is the quotation, and the writer's
    words on either side of the dashes are no one's. The quotation's span,
    or None ('"She has a fine team," Duprey said -- and he meant it.' has no
    dash before the quotation and stays as it was).

    Rule `quotation_after_a_dash_to_the_end_is_the_claim` (claims-s17):
    with no dash after the cue, a cue that ends the sentence (a time
    adjunct at most after it) closes the aside as well: 'Republicans praised
    her -- "She is a fighter," Duprey said.' gives Duprey the quotation, not
    the writer's words before the dash. The quotation must open with a
    capital, a sentence of its own: 'The plan was -- "a disaster," Smith
    said.' quotes only the end of the writer's clause and stays as it was,
    as does a cue with more words after it ('... Duprey said, and he meant
    it.')."""
    tokens = view.tokens
    if cue_last + 1 >= len(tokens):
        return None
    closed = tokens[cue_last + 1].text in DASHES
    if not closed:
        after = time_adjunct_end(tokens, cue_last + 1)
        if any(t.is_word or t.text == "," for t in tokens[after:]):
            return None
    dashed = _quotation_after_a_dash(view, s_first)
    if dashed is None:
        return None
    quote, opening = dashed
    if not closed and not (opening + 1 < s_first - 1 and tokens[opening + 1].is_capitalised):
        return None
    if not closed and _verb_brings_in_the_quotation(tokens, opening - 1):
        return None
    return quote


QUOTATION_BRINGING_VERBS = grammar("quotation_bringing_verbs")


def _dashed_quotation_the_clause_before_brings_in(view: SentenceView, s_first: int, cue_last: int) -> bool:
    """Rule `quotation_between_dashes_is_the_claim`, the verb's side (claims-s18
    item 4, closing note s17: 'The crowd chanted -- "Lock her up," Smith
    said -- and the rally went on.' gave Smith the chant): with a dash on
    both sides of the aside, a quotation that a verb of speech or sound
    before the first dash brings in ("chanted", "shouted", "sang") is that
    clause's object, words someone else said; whether the source after it
    said them or only reports them the text does not say. No claim for the
    source. 'Republicans praised her -- "She has a first-rate organization,"
    Duprey said -- and ...' ("praised" brings in no quotation) stays
    Duprey's."""
    tokens = view.tokens
    if cue_last + 1 >= len(tokens) or tokens[cue_last + 1].text not in DASHES:
        return False
    dashed = _quotation_after_a_dash(view, s_first)
    if dashed is None or dashed[1] < 2:
        return False
    return _verb_brings_in_the_quotation(tokens, dashed[1] - 1)


def _quotation_after_a_dash(view: SentenceView, s_first: int) -> tuple[tuple[int, int], int] | None:
    """The quotation that closes right before the source at token `s_first`
    and opens right after a dash (its span and its opening mark's token), or
    None: the one reading of a dashed aside's quotation for the rules
    `quotation_between_dashes_is_the_claim` and
    `quotation_after_a_dash_to_the_end_is_the_claim`."""
    tokens = view.tokens
    closing = s_first - 1
    if closing < 1 or tokens[closing].text not in QUOTE_MARKS:
        return None
    quote = view.quotes.covering(tokens[closing].start)
    if quote is None or quote[1] != tokens[closing].end:
        return None
    opening = next((m for m in range(closing - 1, -1, -1) if tokens[m].start == quote[0]), None)
    if opening is None or opening == 0 or tokens[opening - 1].text not in DASHES:
        return None
    return quote, opening


def _verb_brings_in_the_quotation(tokens: Sequence[Token], last: int) -> bool:
    """rfb-s17 (review s17 finding 3: 'The crowd chanted -- "Lock Her Up,"
    Smith said.' gave Smith the crowd's chant): the clause before the dash
    ends in a verb of speech or sound (a cue form: chanted, shouted, read,
    wrote; or claim_grammar.txt quotation_bringing_verbs: sang), -ly adverbs
    aside, so the quotation is that clause's object, words someone else
    said, and not the aside of the cue after it. 'Her reply was short --'
    and 'Republicans praised her --' end in no such verb."""
    while last > 0 and (tokens[last].text in DASHES
                        or (tokens[last].is_word and is_adverb(tokens[last].lower))):
        last -= 1  # "--" is two tokens
    word = tokens[last]
    return word.is_word and not word.is_capitalised \
        and ((word.lower,) in cue_forms() or word.lower in QUOTATION_BRINGING_VERBS)


def _place_apposition_at_the_end(view: SentenceView, start: int) -> int:
    """Rule `place_apposition_ends_a_venue` (QA round 47, 698 s2: "..., Warren
    Truss said at a news conference in the Australian capital, Canberra."
    gave the content "the Australian capital, Canberra"): a comma and a
    listed place that end the sentence name the place a venue's noun
    described; the venue ends before that comma. The index of the comma,
    or the end of the sentence when no such place stands there."""
    tokens = view.tokens
    end = len(tokens)
    while end > start and not tokens[end - 1].is_word:
        end -= 1
    for comma in range(end - 1, max(start, end - 4) - 1, -1):
        if tokens[comma].text == ",":
            place = tokens[comma + 1 : end]
            if place and all(t.is_word and t.is_capitalised for t in place) \
                    and " ".join(t.lower for t in place) in places():
                return comma
            break
    return len(tokens)


def _circumstance_to_the_end(view: SentenceView, start: int, end: int | None = None) -> bool:
    """Rule `venue_after_a_clause_final_cue`: '..., Obama said on "PBS
    NewsHour" Wednesday.': after a clause-final cue, a prepositional phrase
    (claim_grammar.txt venue_prepositions) that runs to the end of
    the sentence with no verb of its own is where or when it was said, not
    more of the claim. 'The plan, he said on Tuesday, would fail' goes on
    with a verb and stays one claim."""
    tokens = view.tokens[:end]
    if start >= len(tokens) or tokens[start].lower not in VENUE_PREPOSITIONS \
            or not any(t.is_word for t in tokens[start + 1 :]):
        return False  # "... Values Americans Believe In": a bare preposition is no venue
    rest = tokens[start:]
    if any(t.text in (",", ";") or t.text in DASHES for t in rest):
        return False
    # "in court documents obtained by CNN on Wednesday": "obtained by" modifies the documents
    words = [t for m, t in enumerate(rest)
             if not _participle_of_a_venue_noun(rest, m) and not _attributive_participle(rest, m)]
    return not has_finite_verb(words) and not any(t.lower in FINITE_VERBS for t in words)


VENUE_PARTICIPLE_LINKS = grammar("venue_participle_links")
NAMED_VENUE_LINKS = grammar("named_venue_links")
MAX_NAMED_VENUE_WORDS = 16


def _named_venue_tail(view: SentenceView, start: int, end: int | None = None) -> bool:
    """Rule `venue_tail_is_never_content`, a named venue (QA 35, 960 [23]):
    "There will be 1,600 troops ..., John Smith said at the Peace and
    Security in Africa Summit in Paris.": a venue too long for a short plain
    tail still is one when, after its preposition, it is only capitalised
    words joined by small links (claim_grammar.txt named_venue_links, the
    venue prepositions) to the end of the sentence: the name of the place or
    event, never the claim ("Paris"). Lower-case words past the links ("at
    the summit the troops will arrive") are no name."""
    tokens = view.tokens[:end]
    if start >= len(tokens) or tokens[start].lower not in VENUE_PREPOSITIONS:
        return False
    rest = [t for t in tokens[start + 1 :] if t.text not in (".", "!", "?")]
    return 0 < len(rest) <= MAX_NAMED_VENUE_WORDS and all(
        t.is_word and (t.is_capitalised or t.lower in NAMED_VENUE_LINKS or t.lower in VENUE_PREPOSITIONS)
        for t in rest) and sum(t.is_capitalised for t in rest) >= 2


def _attributive_participle(rest: Sequence[Token], m: int) -> bool:
    """Rule `attributive_participle_in_a_venue` (QA round 48, 888 s0: "...,
    his attorney said in a televised press conference in Moscow Thursday"
    gave that venue as the content): an -ed word between a determiner and a
    lower-case word describes the venue's noun ("a televised press
    conference", "a prepared statement"); it is no verb of a clause."""
    if m == 0 or m + 1 >= len(rest):
        return False
    participle, noun = rest[m], rest[m + 1]
    return rest[m - 1].lower in DETERMINERS and participle.lower.endswith("ed") \
        and noun.is_word and not noun.is_capitalised and noun.lower not in FINITE_VERBS \
        and noun.lower not in AUXILIARIES


def _participle_of_a_venue_noun(rest: Sequence[Token], m: int) -> bool:
    """A past participle between a lower-case noun and "by"/"to" inside a
    venue phrase: "documents obtained by CNN", "an e-mail sent to CNN"."""
    if m == 0 or m + 1 >= len(rest):
        return False
    noun, participle = rest[m - 1], rest[m]
    return (participle.lower.endswith("ed") or participle.lower in past_forms()) and (
        noun.is_word and noun.lower not in AUXILIARIES and noun.lower not in SUBJECT_PRONOUNS
        and rest[m + 1].lower in VENUE_PARTICIPLE_LINKS)


DOUBT_ADVERBS = grammar("doubt_adverbs")


def _doubt_adverb_alone(view: SentenceView, before: Span) -> bool:
    """For rule `doubt_adverb_before_the_source_is_content`: `before` is one
    sentence adverb of doubt (claim_grammar.txt doubt_adverbs: "Perhaps",
    "Maybe"), outside a quotation."""
    tokens = view.tokens_within(before[0], before[1])
    return len(tokens) == 1 and tokens[0].lower in DOUBT_ADVERBS and view.quotes.covering(before[0]) is None


def _lone_fronted_subordinate(view: SentenceView, before: tuple[int, int]) -> bool:
    """Rule `fronted_subordinate_is_no_claim`: "Though reporters asked twice,
    the minister refused to answer and said ...": a lone subordinate clause
    before the subject (opened by "though", "when", "because" ..., no comma
    of its own, outside a quotation) is the circumstance of the sentence,
    never what the subject said ("the minister | answer: Though reporters
    asked twice"), when the sentence goes on after the cue. '"When the
    hospital was emptied," Skaik said' is quoted and stays; so does "After
    Mr. Trump took possession he made changes, records show." (the cue
    ends the sentence: what comes before is all its content)."""
    tokens = view.tokens_within(before[0], before[1])
    if not tokens or tokens[0].lower not in FRONTED_SUBORDINATORS:
        return False
    if view.quotes.covering(before[0]) is not None or any(t.text in QUOTE_MARKS for t in tokens):
        return False
    return not any(t.text in (",", ";") or t.text in DASHES for t in tokens)


TIME_CLAUSE_OPENERS = frozenset({"as", "when", "while", "after", "before", "once", "until"})


def _ends_with_a_time_clause(view: SentenceView, before: Span) -> bool:
    """For rule `time_clause_before_the_speaker_is_no_content`: the last
    clause of `before` (after its last comma outside a quotation, and a
    joining "and") opens with "as", "when", "while" ...: it tells when the
    speaker spoke. Not a quoted clause."""
    tokens = view.tokens
    inside = view.token_indices(*before)
    if not inside or view.quotes.covering(before[0]) is not None:
        return False
    first = inside[0]
    for k in reversed(inside):
        if tokens[k].text == "," and view.quotes.covering(tokens[k].start) is None:
            first = k + 1
            break
    while first <= inside[-1] and tokens[first].lower in ("and", "but"):
        first += 1
    return first < inside[-1] and tokens[first].lower in TIME_CLAUSE_OPENERS and tokens[first].text not in QUOTE_MARKS


PERCEPTION_VERBS = grammar("perception_verbs")


HEARING_VERBS = grammar("hearing_verbs")
MAX_HEARD_OBJECT_TOKENS = 4  # "the two senators"


def _after_a_hearing_verb(view: SentenceView, hit: CueHit, s_first: int, s_last: int) -> int:
    """Rule `heard_someone_say`: "I heard the senators say the vote was
    delayed": a cue in its bare form after a verb of hearing and its object
    reports what the object said; the source starts after the verb (not "I
    heard the senators"). The first token of the source."""
    if view.tokens[hit.first].lower != hit.entry.lemma.split()[0]:
        return s_first
    return _after_a_verb_and_its_object(view, hit, s_first, s_last, HEARING_VERBS)


HAVING_VERBS = grammar("having_verbs")


def _after_a_having_verb(view: SentenceView, hit: CueHit, s_first: int, s_last: int) -> int:
    """Rule `has_someone_speaking`: "He even has police officers testifying in
    his favor that ...": a cue in its -ing form right after "has" (or "had")
    and its object is the object's speech; the source starts after the verb
    (the officers testify, not "he"). The first token of the source."""
    if not view.tokens[hit.first].lower.endswith("ing"):
        return s_first
    return _after_a_verb_and_its_object(view, hit, s_first, s_last, HAVING_VERBS)


def _after_a_verb_and_its_object(
    view: SentenceView, hit: CueHit, s_first: int, s_last: int, verbs: frozenset[str]
) -> int:
    """The first token of the source when one of `verbs` and a short object
    stand right before the cue: the token after the verb; else `s_first`."""
    tokens = view.tokens
    verb = next((m for m in range(s_last - 1, s_first - 1, -1) if tokens[m].lower in verbs), None)
    if verb is None or hit.first - verb > MAX_HEARD_OBJECT_TOKENS + 1:
        return s_first
    if any(not t.is_word or t.lower.endswith("ing") or t.lower in PREPOSITIONS or t.lower == "to"
           for t in tokens[verb + 1 : hit.first]):
        return s_first  # "could be heard calling friends on their cellphones to say": no object-and-verb
    return verb + 1


def _seen_doing(view: SentenceView, hit: CueHit, s_first: int) -> bool:
    """Rule `seen_to_speak_is_no_claim`: "Baseball fans would eventually see
    both Selig and Clemens, along with Sammy Sosa, Rafael Palmeiro and Jose
    Canseco, testify before Congress": a cue in its bare form after a verb
    of seeing or hearing and its object is what was seen, the writer's
    sentence; no one's claim. Not when a joiner or a finite verb stands
    between ("We saw the report and officials say ...")."""
    tokens = view.tokens
    if tokens[hit.first].lower != hit.entry.lemma.split()[0] or s_first == 0:
        return False
    # the subject span may hold the verb itself: "Any woman who watched Huma Abedin publicly declare
    # her decision ... had to feel sympathy for her" (QA round 16, 281 [1])
    if tokens[s_first].lower in PERCEPTION_VERBS and s_first + 1 < hit.first and tokens[s_first + 1].is_word:
        return True
    seen = next((m for m in range(s_first - 1, -1, -1) if tokens[m].lower in PERCEPTION_VERBS), None)
    if seen is None or tokens[s_first - 1].lower in ("and", "but", "that") or tokens[s_first - 1].text == ";":
        return False
    if not tokens[seen + 1].is_word:
        return False  # "You see, some people believe that ...": no object seen
    between = tokens[seen + 1 : s_first]
    return not any(t.lower in FINITE_VERBS or t.lower in FINITE_AUXILIARIES or t.lower in past_forms()
                   or t.lower in SUBORDINATORS - {"and"} for t in between)


def _opens_the_sentence(view: SentenceView, first: int) -> bool:
    """The noun phrase at token `first` opens the sentence, or follows a
    fronted phrase that opens with a preposition or a subordinator and holds
    no comma and no verb ("After months of clamoring, the data ..."; not
    "Between 130 and 160 courses are closing, a trend that ..."): the sentence's
    subject, whose verb must follow. Not after a dash or a colon (an
    apposition: "-- a declaration that Amnesty said could amount to ...")."""
    tokens = view.tokens
    if first == 0:
        return True
    if tokens[first - 1].text != "," or tokens[0].lower not in CLAUSE_LEADS:
        return False
    return all(t.is_word for t in tokens[1 : first - 1]) and not has_finite_verb(tokens[1 : first - 1])


MAX_AGENT_WORDS = 8
PRONOUN_HEADS = frozenset({"those", "these", "that", "this", "one", "ones", "anyone", "everyone", "people"})


def _reduced_participle(token: Token) -> bool:
    return not token.is_capitalised and (token.lower in past_forms() or token.lower.endswith("ed"))


def _head_before_a_reduced_passive(view: SentenceView, s_first: int, cue: int) -> Span | None:
    """Rule `agent_of_a_reduced_passive_is_no_speaker`: "A pending lawsuit
    against Texas filed by several inmates and their supporters alleges
    ...": a subject found after "by" and a past participle is the agent of
    a reduced relative clause; the sentence's subject is the noun phrase
    before the participle (the lawsuit), not the last noun ("their
    supporters"). First and last token of that phrase, or None."""
    tokens = view.tokens
    if tokens[s_first].lower in RELATIVES or any(t.lower in RELATIVES for t in tokens[s_first : cue]):
        return None  # "remarks made by a campaign surrogate who said": the relative's antecedent speaks
    inside = next((m for m in range(s_first + 2, cue) if tokens[m].lower == "by" and _reduced_participle(tokens[m - 1])
                   and tokens[m - 2].is_word and tokens[m - 2].lower not in AUXILIARIES | SUBORDINATORS
                   and tokens[m - 2].lower not in PRONOUN_HEADS), None)
    if inside is not None:
        return s_first, inside - 2  # "A lawsuit against the city filed by the victims' families"
    by = s_first - 1
    while by > 0 and s_first - by <= MAX_AGENT_WORDS and tokens[by].is_word and tokens[by].lower != "by" \
            and tokens[by].lower not in past_forms() | AUXILIARIES | RELATIVES \
            and (tokens[by].lower not in PREPOSITIONS or tokens[by].lower == "of"):
        by -= 1  # "filed by several inmates and their supporters": the agent may be a list
    if by < 2 or tokens[by].lower != "by":
        return None
    if not _reduced_participle(tokens[by - 1]):
        return None
    last = by - 2
    while last > 0 and tokens[last].is_word and is_adverb(tokens[last].lower) \
            and tokens[last - 1].lower in AUXILIARIES:
        last -= 1  # "He is constantly surrounded by ...": an adverb between "be" and the participle
    if not tokens[last].is_word or tokens[last].lower in AUXILIARIES or tokens[last].lower in past_forms():
        return None  # "was filed by": a passive clause of its own, not a reduced relative
    first = np_left(view, last)
    if first is None or (first > 0 and tokens[first - 1].is_word and tokens[first - 1].lower not in CLAUSE_LINKS):
        return None
    return first, last


def _document_before_its_reduced_passive(view: SentenceView, s_first: int, s_last: int) -> int:
    """Rule `document_heads_its_reduced_passive` (QA round 47, 974 s28: "a
    statement posted on radical Islamic websites known to carry messages
    from al Qaeda described how four ... escaped" read "websites" as the
    source's head, and the claim was lost): the counterpart of
    `document_before_a_participle_is_no_poster` on the later cue's side. A
    source that opens with a document noun, a past form in -ed and a
    preposition or "online" after it ("a statement posted on ...", "a video
    released online") ends at that noun: the document is what describes.
    `s_last` itself when there is no such noun."""
    tokens = view.tokens
    for m in range(s_first, min(s_last - 1, s_first + MAX_DETERMINED_WORDS)):
        participle, after = tokens[m + 1], tokens[m + 2].lower
        if tokens[m].lower in documents() and participle.is_word and not participle.is_capitalised \
                and participle.lower.endswith("ed") and (after in PREPOSITIONS or after == "online"):
            return m
    return s_last


def _document_before_its_participle(view: SentenceView, s_last: int, first: int, last: int,
                                    cue_starts: set[int]) -> bool:
    """Rule `document_before_a_participle_is_no_poster` (QA round 47, 974 s28:
    "a statement posted on radical Islamic websites ... described how ..."
    gave "a statement / posted / on radical Islamic websites ... described
    ..."): a document noun ("a statement", "a study") right before a past
    form in -ed, a preposition or "online" after it, and the sentence's own
    cue later with no comma between ("A study published in 2012 found ...")
    make a reduced passive ("a statement that was posted on ..."), no claim
    of its own. "The report warned of dangers", "the poll asked about all
    four candidates, ..." (no later cue) and "The group posted on its
    website that ..." (no document) stay."""
    tokens = view.tokens
    cue = tokens[first]
    if s_last != first - 1 or first != last or not cue.lower.endswith("ed") or last + 1 >= len(tokens):
        return False
    after = tokens[last + 1].lower
    if tokens[s_last].lower not in documents() or not (after in PREPOSITIONS or after == "online"):
        return False
    stop = next((m for m in range(last + 1, len(tokens)) if not tokens[m].is_word and tokens[m].text not in "'’"),
                len(tokens))
    return any(last + 1 < c < stop for c in cue_starts)


def _quotation_after_a_colon(view: SentenceView, before: Span, source_first: int) -> Span:
    """Rule `colon_lead_in_is_the_writers`: 'Maass is also working with
    artists to help create shows ...: "We got a lot of good response ...,"
    Maass says.': when the clause before a clause-final source ends in a
    quotation opened right after a colon, the source vouches for the
    quotation; the writer's lead-in before the colon is no part of it. Not
    when the source itself stands in a quotation."""
    tokens = view.tokens
    if view.quotes.covering(tokens[source_first].start) is not None:
        return before
    inside = view.token_indices(*before)
    for k in inside[1:-1]:
        if tokens[k].text != ":" or tokens[k + 1].text not in QUOTE_MARKS or view.quotes.covering(tokens[k].start):
            continue
        quote = view.quotes.covering(tokens[k + 1].start + 1)
        if quote is not None and quote[0] == tokens[k + 1].start and quote[1] >= before[1] - 1:
            return quote[0], before[1]
    return before


MAX_TITLE_WORDS = 8


def _past_a_quoted_title(view: SentenceView, k: int) -> int:
    """Rule `quoted_title_ends_an_aside`: `Giulio Fanti, a professor at Padua
    University and co-author of the book "The Mystery of the Shroud," said
    ...`: the aside's comma stands inside the quotation marks of a short
    title that opens after an aside comma; the subject is found from that
    comma (`k` moves onto it). A quotation that opens the sentence or holds
    a clause is a claim, and `k` stays."""
    tokens = view.tokens
    if k < 2 or tokens[k].text not in QUOTE_MARKS or tokens[k - 1].text != ",":
        return k
    quote = view.quotes.covering(tokens[k - 1].start)
    if quote is None or quote[1] != tokens[k].end:
        return k
    opening = next((m for m in range(k - 2, -1, -1) if tokens[m].start == quote[0]), None)
    if opening is None or opening < 2 or not tokens[opening - 1].is_word or (
            tokens[opening - 1].is_capitalised and not _owner_of_a_title(tokens, opening - 1)):
        return k  # the title follows a plain word: "co-author of the book", "the film"
    inner = [t for t in tokens[opening + 1 : k - 1] if t.is_word]
    titled = all(t.is_capitalised or t.lower in TITLE_JOINERS for t in inner)
    if not inner or len(inner) > MAX_TITLE_WORDS or not titled:
        return k  # a title is capitalised words: "The Mystery of the Shroud"
    comma = next((m for m in range(opening - 1, 0, -1) if tokens[m].text == ","), None)
    if comma is None or not tokens[comma - 1].is_capitalised or _clause_in_aside(tokens, comma, opening):
        return k  # the aside follows a name: "Fanti, a professor ..."; not "Trump went on to promote"
    return k - 1


def _owner_of_a_title(tokens: Sequence[Token], k: int) -> bool:
    """Rule `quoted_title_after_its_owner` (part of `quoted_title_ends_an_aside`;
    PolNeAR train: 'Joe Scarborough, host of MSNBC's "Morning Joe," suggested
    ...' gave no claim): a capitalised possessive after a preposition or
    determiner ("of MSNBC's", "on ABC's") owns the title that follows it, as
    "the book" does; a name alone before a quotation ('Trump "Great,"') may
    open one's words and stays no title."""
    return k >= 1 and tokens[k].text.endswith(POSSESSIVE_S) and not tokens[k - 1].is_capitalised \
        and tokens[k - 1].lower in PREPOSITIONS | DETERMINERS


def _quoted_inside(view: SentenceView, mark: Token, opening: int, dashed: bool) -> bool:
    """The quotation mark `mark` belongs to a quotation that opens after the
    aside's comma or dash at token `opening`: any quotation between two
    dashes ("X - who previously said he would "bomb ..." - said"), a quoted
    title between commas (rule `quoted_title_ends_an_aside`)."""
    quote = view.quotes.covering(mark.start)
    if quote is None or quote[0] <= view.tokens[opening].start:
        return False
    if dashed:
        return True
    words = [t for t in view.tokens if quote[0] < t.start and t.end < quote[1] and t.is_word]
    return bool(words) and all(t.is_capitalised or t.lower in TITLE_JOINERS for t in words)  # a title


MAX_WHO_CLAUSE_TOKENS = 8  # "who identified herself as"


def _name_before_a_described_who(view: SentenceView, subject: Span, k: int, entry: CueEntry) -> Span | None:
    """Rule `who_of_a_description_after_a_name`: "It's a personal one, too,
    since it comes from Andre Cooley, a 28-year-old who says he was fired":
    the "who" at token `k` ends a description ("a 28-year-old") in
    apposition to the name right before its comma; that named person
    speaks, and the host clause around the name is the writer's, never the
    claim. A description with no name before it stays the subject; so does
    one whose "who" does a +source verb ("a single woman who asked to be
    identified by her first name"): an act the relative clause tells of,
    which rule `action_in_a_relative_clause` leaves out."""
    tokens = view.tokens
    first = subject[0]
    if "source" in entry.flags or k != subject[1] or tokens[k].lower != "who":
        return None
    if first < 2 or tokens[first].lower not in INDEFINITE_ARTICLES:
        return None
    if tokens[first - 1].text != "," or not tokens[first - 2].is_capitalised:
        return None
    if any(not t.is_word or t.is_capitalised for t in tokens[first:k]):
        return None  # "Smith, a Reuters reporter who ...": a name in the description
    name_first = first - 2
    while name_first > 0 and tokens[name_first - 1].is_word and tokens[name_first - 1].is_capitalised:
        name_first -= 1  # the capitalised words of the name only, not the host clause before it
    return name_first, first - 2


NAMING_PHRASE_ENDS = grammar("naming_phrase_ends")
NAMING_AS_LEADS = grammar("naming_as_leads")


def _name_after_a_naming_phrase(view: SentenceView, subject: Span) -> Span | None:
    """Rule `name_after_a_naming_phrase` (QA round 43, 883 s11: '"...,"
    activist and resident who goes by the nom de guerre Abu Mohammed said.'
    gave no claim, and the later "he said" had no antecedent): a subject
    that ends in a capitalised name right after a naming phrase
    (claim_grammar.txt naming_phrase_ends: "the name", "the nom de guerre",
    "called"; or "as" after naming_as_leads: "identified herself as") is
    the one the name names: the speaker is the name, not the description
    around it ("a resident who goes by the name ...") nor the walk's verb
    ("goes by the ..."). A lower-case role after the phrase ("identified
    herself as his mother") names no one and is left to the other rules."""
    tokens = view.tokens
    first, last = subject
    name_first = last
    while name_first > first and tokens[name_first - 1].is_word and tokens[name_first - 1].is_capitalised:
        name_first -= 1
    if name_first < first or name_first == 0 or not (tokens[last].is_word and tokens[last].is_capitalised):
        return None
    marker = tokens[name_first - 1].lower
    if marker == "as":
        if name_first < 2 or tokens[name_first - 2].lower not in NAMING_AS_LEADS:
            return None
    elif marker not in NAMING_PHRASE_ENDS:
        return None
    if not looks_like_source(view, name_first, last):
        return None
    # the span runs from the description the relative clause describes, so that the words before
    # it stay the content ('"...," a resident who goes by ...'); the names layer names the name
    for m in range(name_first - 2, max(name_first - 2 - MAX_WHO_CLAUSE_TOKENS, 0), -1):
        if not tokens[m].is_word:
            return None
        if tokens[m].lower == "who":
            described = np_left(view, m - 1)
            return (described, last) if described is not None else None
    return None


def _agent_before_a_who(view: SentenceView, s_first: int, who: int) -> int | None:
    """Rule `passive_agent_before_who_is_the_speaker` (qa70fix-s26, QA round 70,
    233 s1: "A controversial assertion by ... Sirhan to win his freedom was
    challenged this week by the California attorney general who said ..."
    gave the speaker "to win his freedom was challenged this week by the
    California attorney general"): when the walk left from "who" crossed a
    passive ("was challenged ... by"), the antecedent of "who" is the agent
    after the last "by"; the first token of that agent, or None when the
    source holds no such passive or the agent is no source. "The attorney
    general who said ..." (no passive) stays as it was."""
    tokens = view.tokens
    by = next((m for m in range(who - 2, s_first, -1) if tokens[m].lower == "by"), None)
    if by is None:
        return None
    passive = any(tokens[m].lower in BE and (
        is_past_participle(tokens[m + 1].lower) or tokens[m + 1].lower.endswith("ed")) for m in range(s_first, by - 1))
    return by + 1 if passive and looks_like_source(view, by + 1, who - 1) else None


def _who_aside_closes_before_a_quotation(view: SentenceView, who: int, hit: CueHit) -> bool:
    """Rule `who_aside_before_a_quotation_is_no_source` (reader round K,
    CNN-Corpus dev 321 s7: "he remarked to his aide, Ted Sorensen, who had
    written most of his speech, "We'll never have another day like this
    one"" showed Ted Sorensen "written:" the quotation): a cue inside a
    ", who ..." aside, followed by its object and the comma that closes the
    aside right before a quotation mark, does not take the quotation; the
    quotation is the main clause's. The cue reads no claim of its own
    then. "Smith, who said, "We won," left" (the quotation right after the
    cue), "Smith, who said that ...", "Wonder, who joked of the museum,
    "..."" (a phrase after the cue, no object) and "who told reporters,
    "..."" (the hearer after a +hearer cue) stay."""
    tokens = view.tokens
    if tokens[who].lower != "who" or who < 1 or tokens[who - 1].text != "," or "hearer" in hit.entry.flags:
        return False
    after = hit.last + 1
    if after >= len(tokens) or not tokens[after].is_word or tokens[after].lower == "that" \
            or tokens[after].lower in PREPOSITIONS:
        return False  # the cue's own quotation, "that" clause or circumstance follows
    for m in range(after, len(tokens) - 1):
        if tokens[m].text in QUOTE_MARKS:
            return False
        if tokens[m].text == ",":
            return tokens[m + 1].text in QUOTE_MARKS
    return False


def _antecedent_past_the_sentence_verb(view: SentenceView, subject: Span, k: int) -> Span | None:
    """Rule `who_clause_speaks_for_the_noun_before_who`: "not everyone has been
    listening to some of the so-called experts who are implying that ..." gave
    the speaker "not everyone": when the walk left from "who" ran past the
    sentence's own verb, the one who speaks is the noun phrase right before
    "who" (the experts), never the sentence's subject. None when no finite
    verb stands between, or no noun phrase ends before "who"."""
    tokens = view.tokens
    if tokens[k].lower != "who" or k < 1 or subject[0] >= k:
        return None
    head = k
    while head - 1 > subject[0] and tokens[head - 1].is_word and tokens[head - 1].lower not in PREPOSITIONS \
            and tokens[head - 1].lower not in AUXILIARIES and tokens[head - 1].lower not in SUBJECT_PRONOUNS:
        head -= 1
    if head <= subject[0] + 1 or head >= k:
        return None
    lead = tokens[head - 1].lower
    if lead == "of" and tokens[head - 2].lower in GROUP_PARTS and head - 2 > subject[0]:
        lead = tokens[head - 3].lower  # "to some of the experts who": the experts, after "some of"
    if lead not in RELATIVE_OBJECT_PREPOSITIONS:
        # only the object of "to", "from", "by" ("listening to the experts who", "letters from
        # patients who"); after "of", "in", "on" the noun before "who" may be a modifier's
        # ("Americans of a certain age who", "voters surveyed in 2011 who", "those on Capitol Hill who")
        return None
    if not has_finite_verb(tokens[subject[0] : head]):
        return None
    return head, k


def _antecedent_of_a_who_clause(view: SentenceView, subject: Span, hit: CueHit) -> Span | None:
    """Rule `subject_with_a_who_clause`: `"My son was raised up in a loving
    home," the woman who identified herself as his mother said`: the noun
    phrase before the cue ends a relative clause with no commas; the
    speaker is the person the clause describes ("the woman": a determiner
    and a people noun), not the clause's object ("his mother"). The cue
    must be the antecedent's own finite verb: not a participle ("Americans
    supporting Trump"), not a base form after a singular ("an activist who
    hosts an MSNBC show"), and not a verb of the clause's own subject ("a
    man who many believe betrayed ...")."""
    tokens = view.tokens
    cue = tokens[hit.first].lower
    before = tokens[hit.first - 1].lower if hit.first > 0 else ""
    if before == "to" or (cue.endswith("ing") and before not in AUXILIARIES and not is_adverb(before)):
        return None  # "Americans supporting Trump", "surfing a wave to contend for": no finite verb
    whose = _antecedent_of_a_whose_clause(view, subject, hit)
    if whose is not None:
        return whose
    who = None
    for m in range(subject[0] - 1, max(subject[0] - 1 - MAX_WHO_CLAUSE_TOKENS, -1), -1):
        if not tokens[m].is_word or tokens[m].text in QUOTE_MARKS:
            return None
        if tokens[m].lower == "who" or (tokens[m].lower == "that" and m > 0 and tokens[m - 1].lower in documents()):
            who = m
            break
    after = tokens[who + 1] if who is not None and who + 1 < len(tokens) else None
    if who is None or who < 1 or after is None or after.is_capitalised or after.lower in SUBJECT_PRONOUNS \
            or after.lower in pronouns() or after.lower in QUANTITY_WORDS | DETERMINERS or is_people_noun(after.lower):
        return None  # "the man who he said ...", "a man who many believe ...": the clause has its own subject
    first = np_left(view, who - 1)
    antecedent = tokens[who - 1].lower
    if tokens[who].lower == "that":
        # Rule `document_with_a_that_clause`: "A 2014 study that appeared in the British Medical
        # Journal found that ...": a document the sentence opens with, and the clause's own verb
        # right after "that" (not "the report that Smith wrote")
        opens = first is not None and all(t.lower in SUBJECT_LEADS for t in tokens[:first])
        if first is None or not opens or antecedent not in documents() \
                or not (_finite(after) or after.lower in AUXILIARIES):
            return None
        return first, who - 1
    if first is not None and subject[0] == who + 2 and tokens[subject[0]].lower in PREPOSITIONS \
            and not is_people_noun(antecedent) and looks_like_source(view, first, who - 1):
        # Rule `who_clause_in_the_subject` (QA 35, 780 [17]): "Migrants who spoke to CNN's Eric
        # Marrapodi last week in Lampedusa said ...": a subject that opens on a preposition right
        # after "who" and its verb is the clause's phrase, never the one who said; that is the
        # noun phrase before "who", even one the people nouns do not list
        return first, who - 1
    holder = _holder_of_the_who_clauses_noun(view, first, who, subject)
    if holder is not None:
        return holder
    described = _those_who_description(view, first, who, subject)
    if described is not None:
        return described
    # Rule `described_person_before_a_who_clause` (leftovers-s21: "A soldier who was wounded in Iraq
    # said" gave the source "was wounded in Iraq"): "who" says its antecedent is a person, so a
    # lower-case noun after an article ("A soldier", "The teacher") or a described one
    # (source_nouns.txt described: "Teachers who ...") is the speaker as "A man who ..." is
    person_by_its_who = first is not None and _opens_a_who_antecedent(tokens, first) and first < who - 1 \
        and tokens[who - 1].is_word and not tokens[who - 1].is_capitalised
    if first is None or who - 1 - first > MAX_DESCRIPTION_TOKENS \
            or not (is_people_noun(antecedent) or antecedent in DESCRIBED_PEOPLE or person_by_its_who):
        return None
    # "the woman who ...", or a bare plural: "People who know him said", "Officials who spoke to Reuters said"
    plural = antecedent.endswith("s") or antecedent in ("people", "men", "women")
    if cue == hit.entry.lemma.split()[0] and not plural:
        return None  # "an activist who hosts an MSNBC show": no verb agrees with the singular
    bare_plural = first == who - 1 and plural
    # Rule `plural_with_modifiers_opening_the_sentence`: "Current and former officials who spoke
    # with The Huffington Post said ...": the plural and its modifiers open the sentence
    if plural and tokens[first].lower not in ARTICLES and not bare_plural \
            and not hit.entry.needs_source_check:  # "Most people who ... would learn their lesson": no saying
        # ... or follow the comma of a clause-final attribution (rule
        # `plural_with_modifiers_after_the_claim`): "He might have been fired, attorneys and
        # experts who specialize in employment law told me": the subject opens after the comma
        opening = next((m + 1 for m in range(first - 1, -1, -1) if tokens[m].text == ","), 0)
        while opening < who - 1 and tokens[opening].lower in SUBJECT_LEADS:
            opening += 1
        modifiers = tokens[opening : who - 1]
        if who - 1 - opening <= MAX_DESCRIPTION_TOKENS and all(
            t.is_word and (t.lower in ("and", "or") or not (t.lower in AUXILIARIES or _finite(t))) for t in modifiers
        ):
            return opening, who - 1
    return (first, who - 1) if _opens_a_who_antecedent(tokens, first) or bare_plural else None


MAX_LONG_WHO_CLAUSE_TOKENS = 24  # "who was on the phone with Trayvon Martin when his ... began"
WHO_CLAUSE_BREAKS = frozenset({"and", "but", "or", "yet", "while"})  # a clause of its own may follow


def _head_of_a_long_who_clause(view: SentenceView, subject: Span, hit: CueHit) -> Span | None:
    """Rule `head_before_a_long_who_clause` (issue 9, CNN-Corpus dev 216 s1
    and s23: "The friend who was on the phone with Trayvon Martin when his
    fatal confrontation with George Zimmerman began said Monday ..." showed
    the source "his fatal confrontation with George Zimmerman began", 'A
    juror who spoke to CNN's "Anderson Cooper 360" on Monday said ...' the
    source "on"): when the walk left from the cue gives no noun phrase (it
    opens on a preposition, or runs over a verb of its own: a clause that
    is complete without the cue), and a "who" clause with no comma runs from
    the noun phrase opening the sentence to the cue (past a quoted title
    or a time clause that `subject_with_a_who_clause` does not cross), the
    speaker is that noun phrase ("The friend", "A juror"). Kept: "The man
    who was there when his mother said she was ill left" (the inner subject
    "his mother" is a noun phrase: its own cue) and "The man, who ..., said"
    (a closed aside, read by the rules of asides)."""
    tokens = view.tokens
    first, last = subject
    cue = tokens[hit.first]
    if hit.first < 1 or tokens[hit.first - 1].lower == "to" or not (is_past_verb(cue) or cue.lower.endswith("s")):
        return None  # the main clause's own finite verb: not "is highly suspect to some", not "saying"
    inner = tokens[first : last + 1]
    broken = tokens[first].lower in PREPOSITIONS or any(
        t.is_word and not t.is_capitalised and (t.lower in AUXILIARIES or is_past_verb(t) or t.lower in PAST_VERBS)
        for t in inner[1:])
    if not broken:
        return None
    who = None
    for m in range(first - 1, max(first - 1 - MAX_LONG_WHO_CLAUSE_TOKENS, -1), -1):
        if tokens[m].text in (",", ";", ":") or tokens[m].text in DASHES or tokens[m].lower in WHO_CLAUSE_BREAKS:
            return None  # "who supports the regime and during the meetings Obama said": a clause of its own
        if tokens[m].lower == "who":
            who = m
            break
    if who is None or who < 2 or who + 1 >= len(tokens):
        return None
    after = tokens[who + 1]
    if not after.is_word or after.is_capitalised or after.lower in SUBJECT_PRONOUNS or after.lower in pronouns() \
            or after.lower in QUANTITY_WORDS | DETERMINERS or is_people_noun(after.lower):
        return None  # "the man who he said ...": the clause has its own subject
    head = np_left(view, who - 1)
    if head is None or not tokens[who - 1].is_word:
        return None
    if not all(t.lower in SUBJECT_LEADS for t in tokens[:head]):
        return None
    antecedent = tokens[who - 1].lower
    if not (_opens_a_who_antecedent(tokens, head) or is_people_noun(antecedent)):
        return None
    return head, who - 1


def _antecedent_of_a_whose_clause(view: SentenceView, subject: Span, hit: CueHit) -> Span | None:
    """Rule `subject_with_a_whose_clause` (PolNeAR train: "The state officials
    whose laws have been invalidated say the real change has come in the
    makeup of the judiciary" gave the source "laws have been invalidated"
    and lost the claim): the walk left from the cue stopped right after
    "whose", and the relative clause has its own verb before the cue (an
    auxiliary or a past: "have been invalidated", "were struck down"); the
    speaker is the plural people noun phrase before "whose" ("The state
    officials"). Not "the man whose wife said ..." (no verb of the clause's
    own before the cue: the cue may be the clause's), nor a singular before
    a bare cue, nor a thing ("the law whose provisions were struck down says")."""
    tokens = view.tokens
    whose = subject[0] - 1
    if whose < 1 or tokens[whose].lower != "whose" or subject[1] >= hit.first:
        return None
    clause = tokens[subject[0] + 1 : hit.first]
    if not any(t.is_word and not t.is_capitalised and (t.lower in AUXILIARIES or is_past_verb(t)) for t in clause):
        return None
    first = np_left(view, whose - 1)
    antecedent = tokens[whose - 1].lower
    if first is None or not is_people_noun(antecedent) or not ends_in_plural_s(antecedent) \
            or not all(t.lower in SUBJECT_LEADS for t in tokens[:first]):
        return None
    return first, whose - 1


def _opens_a_who_antecedent(tokens: Sequence[Token], first: int) -> bool:
    """For rule `subject_with_a_who_clause`: token `first` opens the noun
    phrase a "who" clause describes: an article ("A crew member who ...")
    or, by rule `numeral_or_demonstrative_before_a_who_antecedent` (reader
    round s29, CNN-Corpus dev 620 s9: "One crew member who was on board the
    Silver Shadow said that ..." gave the source "was on board the Silver
    Shadow"), "one", "another" or "this" (claim_grammar.txt
    who_antecedent_leads), but not "one of": "Kim Obiala, one of the players
    who said she wrote the letter" reads as before."""
    if tokens[first].lower in ARTICLES:
        return True
    # not "one of the players who said she wrote ...": the clause describes the players
    return tokens[first].lower in WHO_ANTECEDENT_LEADS and first + 1 < len(tokens) and tokens[first + 1].lower != "of"


WHO_ANTECEDENT_LEADS = grammar("who_antecedent_leads")
MAX_UNCLOSED_RELATIVE_TOKENS = 16  # ", which represents food manufacturers such as Kraft, Hershey and"
UNCLOSED_RELATIVE_LEADS = frozenset({"which", "who"})
# words after which the walk left cannot tell that the relative clause runs on to the cue
UNCLOSED_RELATIVE_BREAKS = SUBORDINATORS | RELATIVES | SUBJECT_PRONOUNS | {"that"}


def _relative_clause_verb(tokens: Sequence[Token], k: int) -> bool:
    """For rule `unclosed_relative_before_the_cue`: token `k`, right after
    "which"/"who", is the clause's own main verb, a past ("made") or an
    -s form ("represents"), not an auxiliary or a copula ("which was",
    "who has been") and not the clause's own subject ("which officials
    said", "which supporters say", "who this week called")."""
    verb = tokens[k]
    if not verb.is_word or verb.is_capitalised or verb.lower in AUXILIARIES or verb.lower in DETERMINERS \
            or is_people_noun(verb.lower) or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if after.is_word and not after.is_capitalised and (
            (after.lower,) in cue_forms() or after.lower in AUXILIARIES or is_past_verb(after)):
        return False  # "which officials said", "which supporters say": a subject and its verb
    # rule `irregular_past_opens_an_unclosed_relative` (QA 69a, s26, CNN-Corpus dev 510 [5]:
    # "Hamilton, who won his only world championship title with McLaren in 2008 said he was looking
    # forward ..." gave the source "won his only world championship title ..."): an irregular past
    # of claim_grammar.txt past_verbs ("won", "led", "became") is the clause's verb as "joined" is
    return is_past_verb(verb) or verb.lower in PAST_VERBS \
        or (verb.lower.endswith("s") and not verb.lower.endswith(("ss", "us", "is")))


def _head_before_an_unclosed_relative(view: SentenceView, subject: Span, hit: CueHit) -> Span | None:
    """Rule `unclosed_relative_before_the_cue` (QA round 65, 744 s22: "A
    representative of the Grocery Manufacturers Association, which
    represents food manufacturers such as Kraft, Hershey and Coca-Cola said
    it best, ..." gave the speaker "Hershey and Coca-Cola"): a relative
    clause opened by a comma and "which"/"who" with its own verb right
    after it ("which represents"), and no comma to close it before the cue,
    ends at the cue; what the walk left took for the subject is the
    clause's object (a list's last names), and the speaker is the noun
    phrase before the comma, where the sentence opens. Kept: "Kraft, which
    makes cheese, said ..." (closed: the subject before the comma already),
    "..., which Smith said ..." (the clause's own subject), a cue with a
    comma after it ("The bill, which passed, Smith said, ...")."""
    tokens = view.tokens
    s_first, s_last = subject
    cue = tokens[hit.first]
    if s_last + 1 != hit.first or hit.first != hit.last or not (is_past_verb(cue) or cue.lower.endswith("s")) \
            or (hit.last + 1 < len(tokens) and tokens[hit.last + 1].text == ","):
        return None  # the cue the main clause's own finite verb ("said", "says"), no aside after it
    comma = next((m for m in range(s_first - 1, max(s_first - 2 - MAX_UNCLOSED_RELATIVE_TOKENS, 0), -1)
                  if tokens[m].text == "," and tokens[m + 1].lower in UNCLOSED_RELATIVE_LEADS), None)
    if comma is None or comma < 1 or comma + 3 > s_last:
        return None  # the clause's verb and at least one word of its object before the cue
    between = tokens[comma + 3 : hit.first]
    if not _relative_clause_verb(tokens, comma + 2) or any(
            (not t.is_word and t.text not in (",", "."))
            or (t.lower in UNCLOSED_RELATIVE_BREAKS and not (t.lower == "as" and tokens[m - 1].lower == "such")
                and not (t.lower in ("and", "or") and m > s_first))  # "such as Kraft, Hershey and Coca-Cola"
            or (t.is_word and not t.is_capitalised and (t.lower in AUXILIARIES or is_past_verb(t)))
            for m, t in enumerate(between, comma + 3)):
        return None  # another clause, verb, quotation or aside before the cue: the clause may have ended
    listed = any(t.lower in ("and", "or") for t in tokens[s_first : s_last + 1])
    if any(t.text == "," for t in tokens[comma + 2 : s_first]) and not listed:
        return None  # a comma closed the clause before a new subject: not this rule's shape
    head_first = np_left(view, comma - 1)
    if head_first is None or not all(t.lower in SUBJECT_LEADS for t in tokens[:head_first]) \
            or not tokens[comma - 1].is_word:
        return None
    return head_first, comma - 1


def _holder_of_the_who_clauses_noun(view: SentenceView, first: int | None, who: int, subject: Span) -> Span | None:
    """Rule `of_phrase_subject_with_a_who_clause` (QA round 55, 668 s1: "The
    mother of a Georgia toddler who died in a sweltering SUV emphatically
    told a crowd ..." gave the speaker "a sweltering SUV"): the walk left
    from the cue stopped at the object of a preposition inside a "who"
    clause, and before "who" the sentence opens with "NOUN of NOUN": that
    whole phrase is the subject ("The mother of a Georgia toddler"), the
    clause describes its last noun, and neither the toddler nor the SUV
    spoke. "A man who lives in a small house told CNN" (a people noun before
    "who") is read by `subject_with_a_who_clause` as before.

    Rule `who_clause_verb_is_no_subject` (wrongs-s21, known since session
    20: "The father of a soldier who was killed in Iraq said ..." gave the
    source "was killed in Iraq"): the walk may also run over the whole
    clause back to its verb right after "who"; the holder is the subject
    the same way."""
    tokens = view.tokens
    if first is None or first < 2 or tokens[first - 1].lower != "of" or subject[0] < 1 \
            or (tokens[subject[0] - 1].lower not in PREPOSITIONS and subject[0] != who + 1):
        return None
    holder = np_left(view, first - 2)
    if holder is None or not all(t.lower in SUBJECT_LEADS for t in tokens[:holder]) \
            or tokens[holder].lower not in ARTICLES or not tokens[first - 2].is_word \
            or tokens[first - 2].is_capitalised:
        return None
    return holder, who - 1


def _those_who_description(view: SentenceView, first: int | None, who: int, subject: Span) -> Span | None:
    """Rule `those_who_is_the_description` (wrongs-s21, known since session
    20: "Those who knew him said he was kind" gave the speaker "him"): the
    walk left from the cue stopped inside a "who" clause whose antecedent is
    a pronoun that stands for people only through that clause
    (claim_grammar.txt who_described_pronouns: "those", and since
    leftovers-s21 "Someone", "Everyone", no longer taken for names by
    name_stopwords.txt); the speaker is the whole
    description, "Those who knew him", unnamed, never
    the clause's object. "People who knew him said" (a people noun) is read
    by `subject_with_a_who_clause` as before: "People"."""
    tokens = view.tokens
    if first is None or tokens[who - 1].lower not in WHO_DESCRIBED_PRONOUNS:
        return None
    first = who - 1
    if first >= 2 and tokens[first - 1].lower == "of" and tokens[first - 2].lower in GROUP_PARTS:
        first -= 2  # "Many of those who knew him said"
    if not all(t.lower in SUBJECT_LEADS for t in tokens[:first]):
        return None  # "He thanked those who knew him, and said": the pronoun must open the subject
    last = subject[1]
    if last + 1 < len(tokens) and tokens[last + 1].lower in PLACE_ADVERBS:
        last += 1  # "Some of those who were there told": the walk left "there" out
    if any(not t.is_word or t.text in QUOTE_MARKS for t in tokens[who + 1 : last + 1]) \
            or tokens[last].lower in AUXILIARIES:
        return None  # a clause cut on its verb names no one
    return first, last


DESCRIBED_PEOPLE = noun_sets("source_nouns")["described"]
MAX_POSTMODIFIED_SUBJECT_TOKENS = 24  # "Lawyers representing ... in a jailbreak case that includes ..."
EXAMPLE_PARTICIPLES = frozenset({"including", "excluding"})  # rule `group_of_the_examples` reads them


CLAUSE_RELATIVES = frozenset({"which", "whom", "where"})
MAX_RELATIVE_TO_SOURCE_TOKENS = 6  # "in which a sequin-shirted, short-shorted Simmons"


def _subject_inside_a_relative_clause(view: SentenceView, s_first: int) -> bool:
    """Rule `cue_inside_a_relative_clause_has_no_host`: a relative ("which",
    "whom", "where", after a comma or a preposition: "in which") opens the
    clause of the subject within a few words before it, with only commas
    between modifiers, no other clause mark; the comma before the subject
    splits that clause's modifiers ("a sequin-shirted, short-shorted Simmons"),
    and is no parenthetical's."""
    tokens = view.tokens
    for m in range(s_first - 1, max(s_first - 1 - MAX_RELATIVE_TO_SOURCE_TOKENS, -1), -1):
        if tokens[m].lower in CLAUSE_RELATIVES:
            # "which, Don Fowler said, would help": the relative is the content's subject, and
            # the source between commas is a parenthetical's
            return m > 0 and (tokens[m - 1].text == "," or tokens[m - 1].lower in PREPOSITIONS) \
                and tokens[m + 1].is_word
        if not tokens[m].is_word and tokens[m].text != ",":
            return False
    return False


def _head_before_its_postmodifier(view: SentenceView, s_first: int, k: int) -> Span | None:
    """Rule `name_in_a_postmodifier_is_no_subject` (session 15, QA round 46,
    794 s0: "Lawyers representing Muslim Brotherhood members in a jailbreak
    case that includes former Egyptian President Mohamed Morsy called for the
    judges to be changed" gave the claim to Morsy): the walk left from the
    cue stopped inside a long postmodifier of the sentence's opening noun
    phrase (a participle, "representing", or a relative and its verb, "that
    includes"), at the object that ends it, right after the postmodifier's
    verb or preposition. That object is whom the head serves or what the
    case includes; the subject is the head ("Lawyers", with a listed
    participle's object: "Lawyers representing Muslim Brotherhood members"),
    when it reads as a source. None (as it was) when the words before the
    postmodifier are no plain noun phrase (a verb, a pronoun, a comma, a
    preposition other than "of"), when a verb of another clause stands in
    the postmodifier ("One thing working in her favor is that voters said"),
    when the walk already took the head, or when the subject found is a
    clause's own subject ("what multiple lawmakers called", "I can tell")."""
    tokens = view.tokens
    if tokens[k].lower in RELATIVES:
        return None  # "Contrast that with Trump, who has called ...": the relative's antecedent
    open_ = after_dateline(view)
    if open_ == 0 and len(tokens) > 3 and tokens[1].text == "," and tokens[0].lower in places() \
            and tokens[2].lower in places():
        open_ = 3  # a glued dateline the reader left: "Cairo, Egypt Lawyers representing ..."
    while open_ < s_first and tokens[open_].lower in SUBJECT_LEADS:
        open_ += 1
    if not open_ + 2 <= s_first - 1 <= open_ + MAX_POSTMODIFIED_SUBJECT_TOKENS:
        return None
    if not all(t.is_word and t.text not in QUOTE_MARKS for t in tokens[open_:s_first]):
        return None  # an aside or a clause before the subject: its own rules read it
    lead = tokens[open_].lower
    if lead in CLAUSE_LEADS or lead in FRONTED_OPENERS or lead.endswith("ing"):
        return None  # "As a Brit who has watched ...", "Joining Rubio in the group seeking ...": no subject
    before, opening = tokens[s_first - 1], tokens[s_first]
    if opening.lower in pronouns() or opening.lower in SUBJECT_PRONOUNS:
        return None  # "... slip into foreign hands I can tell you": a clause's own subject
    verb_before = not before.is_capitalised and (before.lower in PREPOSITIONS or before.lower in past_forms()
                                                 or finite_by_form(before))
    verb_opening = before.lower in SUBJECT_RELATIVES and finite_by_form(opening)
    if not (verb_before or verb_opening):
        return None  # the subject found is no object inside a postmodifier
    modifier = next(
        (m for m in range(open_ + 1, s_first - 1)
         if not tokens[m].is_capitalised
         and (tokens[m].lower in SUBJECT_RELATIVES
              or (tokens[m].lower.endswith("ing") and tokens[m].lower not in EXAMPLE_PARTICIPLES))),
        None,
    )
    if modifier is None:
        return None
    noun = tokens[modifier - 1]
    if noun.lower in DETERMINERS or noun.lower in PREPOSITIONS or noun.lower in POSSESSIVE_PRONOUNS:
        return None  # "the ruling party": no head noun before the word
    if not all(t.lower not in pronouns() and t.lower not in AUXILIARIES and t.lower not in FINITE_VERBS
               and (t.lower == "of" or t.lower not in PREPOSITIONS)
               and (is_nominal(t) or is_noun_word(t.lower)) for t in tokens[open_:modifier]):
        return None  # "He said the lawyers representing ...", "hikes by the bigger emerging": no noun phrase
    if tokens[modifier].lower in SUBJECT_RELATIVES and not (
            finite_by_form(tokens[modifier + 1]) or tokens[modifier + 1].lower in AUXILIARIES):
        return None  # "that with Trump", "the man that Smith hired": no relative with its own verb next
    for m in range(modifier + 1, s_first + 1):
        # a plain plural ("lawsuits") is no verb here: only auxiliaries, listed finite verbs, past forms
        verb = not tokens[m].is_capitalised and (tokens[m].lower in FINITE_VERBS or tokens[m].lower in AUXILIARIES
                                                 or is_past(tokens[m]))
        if verb and tokens[m - 1].lower not in SUBJECT_RELATIVES \
                and tokens[m - 1].lower not in AUXILIARIES and m - 1 != modifier:
            return None  # "working in Ayotte's favor is that ...": another clause's verb
    if not (is_people_noun(noun.lower) or looks_like_source(view, open_, modifier - 1)):
        return None
    if tokens[modifier].lower in MODIFIER_PARTICIPLES:
        # whom the head serves, to the first preposition or relative: "Lawyers representing Muslim
        # Brotherhood members" (not "... in a jailbreak case")
        served = next((m for m in range(modifier + 1, s_first)
                       if tokens[m].lower in PREPOSITIONS or tokens[m].lower in RELATIVES), s_first)
        if served > modifier + 1:
            return open_, served - 1
    return open_, modifier - 1


def _participle_after_a_prepositional_object(view: SentenceView, hit: CueHit, k: int, s_first: int) -> bool:
    """Rule `participle_after_a_prepositional_object`: "Artur Mas, in an
    opinion article published Wednesday in The New York Times, wrote: ...":
    a past participle right after a noun phrase that is a preposition's
    object modifies that noun; the article published nothing, and the
    sentence's cue comes later."""
    tokens = view.tokens
    cue = tokens[hit.first]
    if k != hit.first - 1 or cue.is_capitalised or cue.lower.endswith(("ing", "s")):
        return False
    if not (cue.lower.endswith(("ed", "en")) or cue.lower in past_forms()):
        return False
    before = tokens[s_first - 1].lower if s_first > 0 else ""
    return (
        before in PREPOSITIONS
        and before not in SUBORDINATORS  # "After the Clinton camp announced that ...": a clause
        and tokens[s_first].lower in DETERMINERS
        and not tokens[k].is_capitalised
        and tokens[k].lower not in RELATIVES  # "by the European Union, which contended that ..."
        # nor one a relative aside stood for (rule relative_pronoun_is_never_the_speaker): "backed by
        # a spokesman, who, on Monday, said it would pass" is the spokesman's claim
        and not any(t.lower in PERSON_OR_THING_RELATIVES for t in tokens[s_first : k + 1])
    )


PARTICIPLE_VENUE_PREPOSITIONS = grammar("participle_venue_prepositions")


def _host_of_a_participle_after_a_venue(
    view: SentenceView, hit: CueHit, k: int, s_first: int, s_last: int
) -> Span | None:
    """Rule `participle_after_a_venue_belongs_to_its_host` (QA round 52, 944
    s0: "lawyers filed a class action law suit in a U.S federal court
    accusing the United Nations of ..." made the court the accuser): an -ing
    cue right after the object of a place or occasion preposition
    (claim_grammar.txt participle_venue_prepositions) that follows another
    noun phrase tells what that noun does, not the place: the source is the
    host when it can speak ("a statement on the website saying"), else
    unresolved ((-1, -1)). None when the rule does not apply: no host noun
    phrase with its determiner ("said in a statement accusing", "shot back
    in an article stating"), people or a document in the phrase ("a report
    in the newspaper stating": the newspaper's), a cue not an -ing form."""
    tokens = view.tokens
    if not tokens[hit.first].lower.endswith("ing") or k != hit.first - 1 or s_first < 2:
        return None
    preposition, host_last = tokens[s_first - 1], s_first - 2
    venue_head = head_token(view, s_first, s_last).lower
    if preposition.lower not in PARTICIPLE_VENUE_PREPOSITIONS or is_people_noun(venue_head) \
            or venue_head in documents():
        return None
    host_end = tokens[host_last]
    if not host_end.is_word or host_end.is_capitalised or host_end.lower in FINITE_VERBS \
            or host_end.lower in AUXILIARIES or host_end.lower in past_forms() or host_end.lower.endswith("ing"):
        return None
    host_first = np_left(view, host_last)
    if host_first is None or host_first > host_last or tokens[host_first].lower not in DETERMINERS:
        return None  # "Forbes shot back in an article stating ...": no noun phrase before the venue
    if looks_like_source(view, host_first, host_last) or host_end.lower in documents():
        return host_first, host_last
    return -1, -1


def _joined_by_a_slash(view: SentenceView, s_first: int) -> int:
    """Rule `slash_joins_a_name`: "A CNN/ORC poll", "a new USA TODAY/Suffolk
    University poll": pollsters joined by a slash are one name, not "ORC
    poll"; the subject starts where the name before the slash does, after
    any preposition or verb ("with the new Register/Bloomberg Politics
    survey" starts at "the")."""
    tokens = view.tokens
    if s_first < 2 or tokens[s_first - 1].text != "/" or not tokens[s_first - 2].is_capitalised \
            or not tokens[s_first].is_capitalised:
        return s_first
    joined = np_left(view, s_first - 2)
    if joined is None:
        return s_first
    start = s_first - 2
    while start > joined and tokens[start - 1].is_word and tokens[start - 1].lower not in PREPOSITIONS \
            and tokens[start - 1].lower not in AUXILIARIES and tokens[start - 1].lower not in past_forms() \
            and (tokens[start - 1].is_capitalised or tokens[start - 1].lower in DETERMINERS
                 or not tokens[start - 1].lower.endswith(("ed", "s"))):
        start -= 1
    return start


PLACE_ADVERBS = grammar("place_adverbs")
TIME_EDGES = frozenset({"late", "early"})


def _subject_before_a_time(view: SentenceView, s_first: int, s_last: int) -> int:
    """Rule `time_after_the_subject`: "A CNN/ORC poll last month showed ...",
    "a Marquette Law School poll released last week showed ...", "Polls
    there show ...": a time ("last month", "earlier this year"), perhaps
    after a participle, or a place adverb between the subject and its cue is
    no part of the source; the subject's head is "poll", not "month". The
    last token of the subject without it."""
    tokens = view.tokens
    last = s_last
    if last - 1 > s_first and tokens[last].lower in TIME_UNITS and tokens[last - 1].lower in TIME_LEADS \
            and tokens[last - 2].lower not in PREPOSITIONS | DETERMINERS | POSSESSIVE_PRONOUNS:  # "in its last hours"
        last -= 2
        if last > s_first and (tokens[last].lower in TIME_LEADS or tokens[last].lower in TIME_EDGES):
            last -= 1  # "earlier this month", "late last week"
        if last > s_first and not tokens[last].is_capitalised and is_past_participle(tokens[last].lower):
            last -= 1  # "released last week"
    elif last > s_first and tokens[last].lower in PLACE_ADVERBS and tokens[last - 1].lower not in BE:
        last -= 1  # not after "be" ("Those who were there said"): there it is the clause's predicate
    return last if tokens[last].is_word else s_last


SUBJECT_LEADS = grammar("subject_leads")


def _subject_before_its_phrase(view: SentenceView, hit: CueHit, s_first: int) -> Span | None:
    """Rule `subject_before_its_phrase`: "An earlier report in a New Hampshire
    paper said that ...", "One in four voters in a New York Times poll last
    year said ...", "Even the organizer of a pro-Trump rally said ...": a
    cue form that is never a participle after a noun (claim_grammar.txt
    finite_only_cue_forms: "said", not "published") is the main verb, and
    its subject is the noun phrase that opens the sentence, before the
    phrase that describes it. The speaker is that noun phrase alone (not
    "a New York Times poll"). None when the phrase follows no such subject
    ("Mas, in an opinion article published Wednesday, wrote")."""
    tokens = view.tokens
    if tokens[hit.first].lower not in FINITE_ONLY_CUE_FORMS or s_first < 3 or not tokens[s_first - 2].is_word:
        return None
    host_last = s_first - 2
    host_first = np_left(view, host_last)
    if host_first is None or not all(t.lower in SUBJECT_LEADS for t in tokens[:host_first]):
        return None
    if tokens[host_first].lower in SUBJECT_LEADS:
        host_first += 1  # "Even the organizer": not part of the name
    if host_first > host_last or not looks_like_source(view, host_first, host_last):
        return None
    return host_first, host_last


MAX_AS_ASIDE_TAIL = 6
CLAUSE_BREAKS = frozenset({";", "\u2014", "\u2013", "-"})
CLAUSE_BREAK_LINKS = grammar("clause_break_links")


def _own_clause(view: SentenceView, before: Span) -> Span:
    """Rule `parenthetical_governs_its_clause`: "Yet once they are slaughtered
    their horns are discarded -- and this, Lwanga thought, represented a
    business opportunity": a source set inside a clause between commas
    governs that clause only; the writer's clause before a dash or a
    semicolon (and a joining "and", "but") is no part of the claim."""
    tokens = view.tokens
    inside = view.token_indices(*before)
    # Rule `paired_dashes_are_an_aside`: "The group's executive council -- which was to meet
    # Sunday -- has postponed the meeting, Luhan said": two dashes set off an aside inside the
    # clause, and the clause's subject stays in the claim
    dashes = [k for k in inside if tokens[k].text in ("\u2014", "\u2013") or _double_hyphen(tokens, k)]
    paired = {m for k in dashes for m in (k, k + 1)} if len(dashes) % 2 == 0 else set()
    for k in reversed(inside):
        token = tokens[k]
        if token.text not in CLAUSE_BREAKS or view.quotes.covering(token.start) is not None or k in paired:
            continue
        if token.text == "-" and not (k > 0 and tokens[k - 1].text == "-") and not (
            k + 1 < len(tokens) and tokens[k + 1].text == "-"
        ):
            continue  # a lone hyphen is no dash
        start = k + 1
        while start <= inside[-1] and (
            tokens[start].text in CLAUSE_BREAKS or tokens[start].lower in CLAUSE_BREAK_LINKS
        ):
            start += 1
        if start <= inside[-1] and has_words(view, start, inside[-1]):
            return tokens[start].start, before[1]
        return before
    return before


def _double_hyphen(tokens: Sequence[Token], k: int) -> bool:
    """The first hyphen of "--", a dash typed as two hyphens."""
    return tokens[k].text == "-" and k + 1 < len(tokens) and tokens[k + 1].text == "-"


CIRCUMSTANCE_OPENERS = grammar("circumstance_openers")


def _hearer_and_circumstance(view: SentenceView, start: int) -> bool:
    """What follows the cue is a hearer and circumstances only: "CNN on
    Saturday night on condition of anonymity", "CNN via e-mail" (no "that",
    no quotation, no verb); `start` may be the circumstance itself, right
    after the hearer."""
    tokens = view.tokens
    hearer = start
    if tokens[start].lower in CIRCUMSTANCE_OPENERS and start > 0 and tokens[start - 1].is_word \
            and (tokens[start - 1].is_capitalised or tokens[start - 1].lower in HEARER_NOUNS):
        # the content was read past the hearer already ("told CNN | via e-mail"): the hearer
        # stands right before the circumstance
        hearer = start - 1
    elif not (tokens[hearer].is_capitalised or tokens[hearer].lower == "the" or tokens[hearer].lower in HEARER_NOUNS):
        return False
    while hearer + 1 < len(tokens) and (tokens[hearer + 1].is_capitalised or tokens[hearer + 1].lower == "the"):
        hearer += 1  # "CNN", "The Associated Press"
    if hearer + 1 >= len(tokens) or tokens[hearer + 1].lower not in CIRCUMSTANCE_OPENERS:
        return False
    rest = tokens[hearer + 1 :]
    if any(t.lower in ("that", "to", "whether") or t.text in QUOTE_MARKS for t in rest):
        return False
    return not has_finite_verb(rest)


MAX_HEARER_WORDS = 6  # "the local affiliate", "the Ghanaian radio station Citi FM"


def _hearer_ends_the_sentence(view: SentenceView, start: int, s_first: int, told: bool = True) -> bool:
    """Rule `hearer_after_a_clause_final_told`: "Officers were called because
    Bieber had allegedly tried to take a girl's phone, Sgt. Paul McLaughlin
    told the affiliate.": after a clause before the source and a
    clause-final "told", the words to the sentence's end are the hearer
    (a determiner or a name, a few words, a hearer's head noun: "the
    affiliate", "the court", "CNN"), perhaps with a circumstance ("the court
    in his filing"), not content. Not "told a joke", "asked the court for
    quick action" (what was asked for), "told reporters her position ..."."""
    tokens = view.tokens
    rest = [t for t in tokens[start:] if t.text not in (".", "!", "?")]
    if not rest or not all(t.is_word for t in rest) or has_finite_verb(rest):
        return False
    # the hearer ends where a circumstance starts: "the court in his filing", "POLITICO earlier this week"
    preposition = next((m for m, t in enumerate(rest) if m > 0 and (t.lower in PREPOSITIONS or t.lower in TIME_WORDS
                                                                    or t.lower in TIME_LEADS)), len(rest))
    complement = not told and preposition < len(rest) and rest[preposition].lower == "of"
    # "its audience of children", "members of the committee": the hearer's own complement (rule
    # `hearer_after_a_clause_final_cue`)
    hearer = rest[:preposition]
    if complement and len(rest) - preposition > MAX_HEARER_WORDS:
        return False
    if not complement and preposition < len(rest) and rest[preposition].lower in ARGUMENT_PREPOSITIONS:
        return False
    if len(hearer) > MAX_HEARER_WORDS or any(t.lower in DETERMINERS | OBJECT_PRONOUNS for t in hearer[1:]):
        return False
    opener, head = hearer[0], hearer[-1]
    bare_people = len(hearer) == 1 and is_people_noun(opener.lower)  # "Weitz told attorneys in April 2011."
    # Rule `plural_hearer_after_a_final_told` (claims-s16's gap: "It's a fine plan, Nixon told
    # editors." gave "It's a fine plan editors"): after "told", a lower-case plural, alone or after
    # an article ("editors", "the students"), is whom he told; "told a joke" (singular) is not
    cue_before = cue_forms().get((tokens[start - 1].lower,)) if start > 0 else None
    after_told = cue_before is not None and cue_before.lemma == "tell"  # not "ask any question that arises"
    plural_hearer = after_told and _plural_noun(head) and (len(hearer) == 1 or (
        len(hearer) == 2 and opener.lower in DETERMINERS))
    if not (opener.is_capitalised or plural_hearer or opener.lower in DETERMINERS or opener.lower in HEARER_NOUNS
            or bare_people):
        return False
    if not (head.is_capitalised or head.lower in HEARER_NOUNS | HEARER_HEADS or head.lower in source_nouns()
            or is_people_noun(head.lower) or plural_hearer):
        return False
    # what stands before the source is a clause ("When she refused, he reached ..."), not a
    # dateline and a circumstance ("PORTLAND, Maine - On Friday morning, ..., Gary Johnson told")
    before = left_content(view, s_first - 1) if s_first > 1 else None
    if before is None:
        return False
    clause = view.tokens_within(*before)
    if len([t for t in clause if t.is_word]) < MIN_TOLD_CLAUSE_WORDS:
        return False
    if has_finite_verb(clause):
        return True
    # other addressing cues: a clause whose verb is in the present ("Our world changes everything"),
    # one phrase with no circumstance or dateline before it, and a hearer that is people
    if told or not all(t.is_word for t in clause) or clause[0].lower in CLAUSE_LEADS:
        return False
    if not (head.is_capitalised or head.lower in HEARER_NOUNS | HEARER_HEADS or is_people_noun(head.lower)):
        return False
    return any(not t.is_capitalised and t.lower.endswith("s") and not t.lower.endswith("ss") for t in clause[1:])


def _plural_noun(token: Token) -> bool:
    """A lower-case word that reads as a plural noun ("editors", "students"),
    not a verb's "-ss" or a past form."""
    low = token.lower
    return token.is_word and not token.is_capitalised and low.isalpha() and low.endswith("s") \
        and not low.endswith("ss") and low not in FINITE_VERBS and low not in AUXILIARIES


ADDRESSEE_MODIFIERS = grammar("addressee_modifiers")


def _after_the_addressee(view: SentenceView, start: int, right: Span, cue_starts: set[int]) -> Span | None:
    """Rule `addressee_is_no_content`: "he wrote to senior operative Abu
    Anas, then head of operations, instructing him to ...", "She wrote to
    the board.": "to" and a noun phrase after an addressing cue name whom
    the source wrote to, not what it wrote; the claim is what follows a
    colon, a quotation after a comma ("wrote to his followers, "It's time
    ...,"") or a participle after a comma ("instructing him to ..."), or
    there is none (None). "wrote to ask whether ..." (a verb after "to") is
    left alone."""
    tokens = view.tokens
    if start + 1 >= len(tokens):
        return right
    opener = tokens[start + 1]
    if not (opener.is_capitalised or opener.lower in DETERMINERS or opener.lower in POSSESSIVE_PRONOUNS
            or opener.lower in HEARER_NOUNS or opener.lower in ADDRESSEE_MODIFIERS):
        return right
    end = next((m for m in range(start + 1, len(tokens)) if not tokens[m].is_word), len(tokens))
    if has_finite_verb(tokens[start + 1 : end]) or any(t.lower in ("that", "to") for t in tokens[start + 1 : end]):
        return right
    if end + 1 < len(tokens) and tokens[end].text == ":":
        return tokens[end + 1].start, right[1]
    if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].text in QUOTE_MARKS:
        quote = view.quotes.covering(tokens[end + 1].start)
        return (tokens[end + 1].start, min(right[1], quote[1])) if quote else right  # 'wrote to X, "..."'
    participle = next((m for m in range(end, len(tokens) - 1) if tokens[m].text == "," and
                       tokens[m + 1].lower.endswith("ing") and not tokens[m + 1].is_capitalised), None)
    verbs = FINITE_VERBS | FINITE_AUXILIARIES
    if participle is not None and participle + 1 not in cue_starts \
            and not any(t.lower in verbs or t.lower in past_forms() for t in tokens[end:participle]):
        # "..., then al Qaeda's head, instructing him to ...": what was written ("..., saying ..."
        # is a claim of its own)
        return tokens[participle + 1].start, trailing_end(view, len(tokens) - 1)
    return None


MIN_TOLD_CLAUSE_WORDS = 4
# Rule `hearer_after_a_clause_final_cue`: "Our world changes everything, the movie promises its
# audience.", "..., Kennedy wrote Linick.": cues besides "told" that may name whom they address
# (claim_grammar.txt addressing_cues) leave the hearer out of the claim, as "told" does
ADDRESSING_CUES = grammar("addressing_cues")
TIME_RELATIONS = grammar("time_relations")
MAX_TIME_TAIL_WORDS = 10  # "a day before the expected ruling", "hours after the polls closed in Ohio"
MAX_TIME_LEAD_WORDS = 3  # "a day", "just two days", "only hours"


def _time_before_a_semicolon(view: SentenceView, start: int) -> bool:
    """Rule `time_of_speaking_before_a_semicolon` (PolNeAR train: "It was
    never just about him, his aides argued in interviews this week; rather,
    it was ..." gave the content "this week" and lost the claim): after a
    clause-final source and its cue, a time adjunct that a semicolon ends
    ("this week;") says when they spoke; the clause before is what they
    said, as with the sentence's stop. Not a clause after the time ("said
    this week the talks failed;")."""
    tokens = view.tokens
    end = time_adjunct_end(tokens, start)
    return end > start and end < len(tokens) and tokens[end].text == ";"


def _time_of_speaking(view: SentenceView, start: int) -> bool:
    """Rule `time_of_the_statement_is_no_content`: "... of apostasy, Amnesty
    International said Wednesday, a day before the expected ruling.": after
    a clause-final source and its cue, a comma and a phrase of time that ends
    the sentence ("a day before ...", "hours after ...", "shortly before ...":
    a time word, then one of claim_grammar.txt time_relations) say when the
    source spoke; stitched onto the clause before, they would change when
    what was said happened. No clause in it (no finite verb, pronoun, "that")."""
    tokens = view.tokens
    if not 0 < start < len(tokens) or tokens[start - 1].text != ",":
        return False
    rest = list(tokens[start:])
    while rest and rest[-1].text in (".", "!", "?"):
        rest.pop()
    relation = next((m for m, t in enumerate(rest) if t.lower in TIME_RELATIONS), None)
    if relation is None or not 0 < relation <= MAX_TIME_LEAD_WORDS or relation == len(rest) - 1:
        return False
    if not any(t.lower in TIME_UNITS for t in rest[:relation]):
        return False
    if _event_clause_after(rest, relation):
        # Rule `time_of_the_statement_is_no_content`, with a clause after the relation (session
        # 14, QA round 42, 486 s0: "..., CBS announced Thursday, one week after Letterman said
        # he would retire." gave the content "... 'The Late Show,' one week"): "after" opens
        # the event the time is measured from, the words before it are a time
        return True
    if len(rest) > MAX_TIME_TAIL_WORDS or not all(t.is_word for t in rest):
        return False
    return not any(t.lower in FINITE_VERBS or t.lower in SUBJECT_PRONOUNS or t.lower == "that" for t in rest)


def _event_clause_after(rest: Sequence[Token], relation: int) -> bool:
    """The words after the time relation at `relation` of `rest` are a
    clause: a subject and its finite verb ("after Letterman said he would
    retire"), no comma before that verb."""
    for token in rest[relation + 1 : relation + 1 + MAX_TIME_LEAD_WORDS + 2]:
        if not token.is_word:
            return False
        if _clause_verb_form(token) or token.lower in FINITE_VERBS:
            return token is not rest[relation + 1]
    return False


ARGUMENT_PREPOSITIONS = grammar("argument_words")


RELATIVE_OPENERS = RELATIVES | frozenset({"where", "when"})


def _main_clause_resumes(view: SentenceView, start: int, end: int) -> int:
    """Rule `main_clause_resumes_after_a_relative`: "A search of the ocean
    where Malaysian authorities said the plane crashed has turned up no
    wreckage": in a relative clause without commas, the claim ends where
    the main clause's verb follows the claim's own ("crashed has")."""
    tokens = view.tokens
    for m in range(start + 1, end + 1):
        if tokens[m].lower in FINITE_AUXILIARIES and _main_verb(tokens[m - 1]) and m - 1 > start:
            return m - 1
    return end


# words that open a clause of their own inside the content: the next finite verb is theirs
INNER_CLAUSE_LINKS = RELATIVES | SUBORDINATORS | frozenset({"what", ",", ";", ":"})


def _finite(token: Token) -> bool:
    return not token.is_capitalised and (token.lower in FINITE_VERBS or _main_verb(token))


MAX_SUBJECT_HEAD_WORDS = 3  # "A country", "The number", "The independent panel"
MAX_SUBJECT_COMPLEMENT_WORDS = 4  # "of the ocean", "of likely voters"


def _subject_unfinished(view: SentenceView, opener: int) -> bool:
    """The relative clause at token `opener` sits in the noun phrase that
    opens the sentence ("A country in which ...", "A search of the ocean
    where ...", "The number of people saying ..."): a determiner, a short
    head and at most one short complement, no comma and no verb before it.
    The sentence's own verb must then follow the relative clause."""
    tokens = view.tokens
    before = list(tokens[:opener])
    if len(before) > 2 and before[1].text == "," and (
            is_adverb(before[0].lower) or before[0].lower in SENTENCE_ADVERBS):
        # "Coincidentally, the Cannes event at which she revealed the rape was ..." (QA round 42,
        # 479 s6): a sentence adverb and its comma stand before the subject, not in it
        before = before[2:]
    if before and before[-1].lower in PREPOSITIONS:
        before.pop()  # "in which", "of whom"
    if not before or (before[0].lower not in DETERMINERS and before[0].lower != "one"):
        return False
    if any(not t.is_word or _finite(t) or t.lower in past_forms() for t in before):
        return False
    preposition = next((i for i, t in enumerate(before) if i > 0 and t.lower in PREPOSITIONS), len(before))
    complement = before[preposition + 1 :]
    return (
        preposition <= MAX_SUBJECT_HEAD_WORDS
        and len(complement) <= MAX_SUBJECT_COMPLEMENT_WORDS
        and not any(t.lower in PREPOSITIONS for t in complement)
    )


def _in_the_subject(view: SentenceView, hit: CueHit, k: int, s_first: int, s_last: int) -> bool:
    """Rule `cue_inside_the_subject`: "The number of people saying they are
    dissatisfied has jumped ...", "The share of voters who say ... has
    risen": a participle right after a noun, or a cue after "who", inside
    the noun phrase that opens the sentence; the sentence's own verb follows
    the claim."""
    tokens = view.tokens
    if s_first != 0 or hit.first == 0 or tokens[0].lower not in DETERMINERS:
        return False
    participle = tokens[hit.first].lower.endswith("ing") and k == hit.first - 1 and tokens[k].is_word
    relative = tokens[s_last].lower in ("who", "that") and s_last > s_first
    if not (participle or relative):
        return False
    return _subject_unfinished(view, s_last)


def _resumed_main_verb(view: SentenceView, start: int, end: int) -> int:
    """Rule `main_clause_resumes_after_a_relative` (subject not finished):
    "A country in which 4 out of 5 people believe their government is
    corrupt is a country teetering ...": the main clause's verb is the last
    finite verb of the content that no clause of its own ("that", "and",
    a comma) claims; the claim ends before it. -1 when there is none or the
    claim would be one word: the text does not say where the claim ends."""
    tokens = view.tokens
    candidates = []
    owned = False  # a link word since the last finite verb: the next one is an inner clause's
    for m in range(start, end + 1):
        token = tokens[m]
        if token.lower in INNER_CLAUSE_LINKS or token.text in DASHES or token.text in QUOTE_MARKS:
            owned = True
        elif _finite(token):
            in_group = tokens[m - 1].lower in AUXILIARIES | BE | FINITE_VERBS  # "has been sealed"
            if not owned and m > start and not in_group:
                candidates.append(m)
            owned = False
    if not candidates or candidates[-1] - start < 2:
        return -1
    return candidates[-1] - 1


def _holds_a_quote(view: SentenceView, span: Span) -> bool:
    """'... had to defend his honor: "I am not a crook," Nixon told editors':
    a quotation before the source is its content, whatever follows the cue."""
    text = view.text[span[0] : span[1] + 2]
    if not has_finite_verb(view.tokens_within(*span)):
        # Rule `word_apostrophe_is_no_quotation_mark` (QA round 46, 392 s20: "Two weeks before
        # Monday night's debate, in a speech at ..., Romney said the ..." gave the time and the
        # venue as Romney's words): a phrase with no verb (when, where) holds a quotation only by
        # a mark that opens or closes one. A clause keeps reading any apostrophe as one: there,
        # dropping the clause before the subject lost claims the clause had kept from other cues
        return holds_a_quotation_mark(text)
    return any(mark in text for mark in QUOTE_MARKS)


def _object_follows_cue(view: SentenceView, cue_last: int, start: int) -> bool:
    """The content starts right after the cue (past adjuncts), not after a
    comma or dash that closes a parenthetical "X, he said, ..."."""
    tokens = view.tokens
    if start <= cue_last + 1 or start >= len(tokens):
        return start == cue_last + 1 and start < len(tokens) and tokens[start].is_word
    return all(t.is_word for t in tokens[cue_last + 1 : start]) and tokens[start].is_word


def _as_aside(view: SentenceView, s_first: int, cue_last: int) -> bool:
    """Rule `as_aside_claims_the_clause_before`: "..., as Klein asserts, ..."
    and "... — as Klein elsewhere asserts — ..." between commas or dashes:
    the source vouches for the clause before the aside, never for the text
    after it. The aside ends at a comma, dash or the sentence's end within a
    few words of the cue ("as she said on Tuesday,"), with no "that"."""
    tokens = view.tokens
    if s_first < 2 or tokens[s_first - 1].lower != "as":
        return False
    if not (tokens[s_first - 2].text == "," or tokens[s_first - 2].text in DASHES or _quoted_before(view, s_first - 2)):
        return False
    after = tokens[cue_last + 1] if cue_last + 1 < len(tokens) else None
    if after is not None and (after.lower in OBJECT_PRONOUNS or after.lower in DETERMINERS or after.lower == "to"):
        return False  # "as The Daily Beast called them ...", "as MPs are expected to support ...": an object
    for m in range(cue_last + 1, min(cue_last + 2 + MAX_AS_ASIDE_TAIL, len(tokens))):
        token = tokens[m]
        if not token.is_word:
            if m + 1 < len(tokens) and tokens[m + 1].text in QUOTE_MARKS:
                return False  # 'as Montoya-Lewis herself said, "The most important thing ..."': it introduces
            return token.text in (",", ";", ".", "?", "!", ")") or token.text in DASHES
        if token.lower in ("that", "if", "whether") or token.lower in SUBJECT_PRONOUNS:
            return False  # "as Smith said he would": a clause, not an aside
    return cue_last + 1 >= len(tokens)


def _infinitive_before_a_clause_of_its_own(view: SentenceView, start: int, end: int) -> int:
    """Rule `infinitive_ends_before_a_clause_of_its_own` (web test s18 kind 1,
    newrepublic: "Major wanted to offer Britain "Thatcherism with a human
    face," and he set himself to smoothing out the rough edges" gave Major
    the writer's second clause): a content that is an infinitive ("to
    offer ...") cannot go on into ", and" or ", but" with a subject and a
    finite verb of its own: that clause is the writer's. The last token
    before the comma (inside a closing quotation mark, before it), or
    `end`. "to cut taxes and to raise spending" and "said he would go, and
    he did" (no infinitive) stay."""
    tokens = view.tokens
    if start >= len(tokens) or tokens[start].lower != "to":
        return end
    for m in range(start + 2, end - 2):
        if tokens[m].text != ",":
            continue
        joiner = m + 2 if tokens[m + 1].text in QUOTE_MARKS else m + 1  # 'a human face," and he'
        if joiner + 2 > end or tokens[joiner].lower not in ("and", "but"):
            continue
        subject, verb = tokens[joiner + 1], tokens[joiner + 2]
        if not verb.is_word or verb.is_capitalised or verb.lower in PREPOSITIONS or verb.lower in DETERMINERS:
            continue
        if subject.lower in SUBJECT_PRONOUNS or (subject.is_capitalised and (finite_by_form(verb) or is_past(verb))):
            return joiner - 1
    return end


def _past_the_medium_of_an_as_aside(view: SentenceView, start: int) -> int:
    """Rule `as_aside_medium_is_no_content`, inside the sentence (web test s18
    kind 6, newrepublic: "The central problem, as she noted in her memoirs,
    was that ..." gave her "in her memoirs, was that ..."): a phrase opened
    by a preposition right after the cue of an "as" aside, up to the comma
    that closes the aside, says where she said it; the content goes on
    after that comma. The first token after it, or `start`."""
    tokens = view.tokens
    if start >= len(tokens) or tokens[start].lower not in ADJUNCT_PREPOSITIONS:
        return start
    for m in range(start + 1, min(start + MAX_AS_ASIDE_TAIL, len(tokens) - 1)):
        if not tokens[m].is_word:
            return m + 1 if tokens[m].text == "," and tokens[m + 1].is_word else start
    return start


def _that_clause_after_an_as_aside(view: SentenceView, cue_last: int) -> Span | None:
    """Rule `that_clause_after_an_as_aside_is_the_claim` (closing note s16:
    "Before the vote — do you know, as Smith said, that the mayor lied —
    the council met" gave Smith "the vote — do you know"): an "as X said"
    aside whose closing comma is followed by "that" stands inside the clause
    that "that" opens for: the claim is that clause ("the mayor lied"), up to
    a dash or the sentence's end, never the words before the aside. None
    when no "that" follows the aside ("..., as Smith said, the mayor lied"
    stays as it was)."""
    tokens = view.tokens
    comma = cue_last + 1
    while comma < len(tokens) and tokens[comma].is_word and comma - cue_last <= MAX_AS_ASIDE_TAIL:
        comma += 1
    if comma + 2 >= len(tokens) or tokens[comma].text != "," or tokens[comma + 1].lower != "that":
        return None
    start = comma + 2
    end = next((m - 1 for m in range(start, len(tokens)) if tokens[m].text in DASHES), len(tokens) - 1)
    while end > start and not tokens[end].is_word:
        end -= 1
    if end <= start:
        return None
    return view.span(start, end)


MAX_AS_MEDIUM_TOKENS = 8  # "in an article in The Atlantic"


def _past_the_medium_of_an_opening_as(view: SentenceView, s_first: int, start: int) -> int:
    """Rule `as_aside_medium_is_no_content`: "As Alexis Madrigal pointed out in
    an article in The Atlantic, reading all the privacy policies ... would take
    many days": after an "As X said" that opens the sentence (or follows a
    connective and its comma: "Yet, as ..."), a phrase opened by a preposition
    and closed by a comma within a few words, with no verb, is where it was
    said; the claim is the clause after the comma. Token `start` where the
    content started before."""
    tokens = view.tokens
    if s_first < 1 or tokens[s_first - 1].lower != "as" or start >= len(tokens) \
            or tokens[start].lower not in PREPOSITIONS:
        return start
    if s_first - 1 > 0 and not (s_first - 1 == 2 and tokens[1].text == "," and tokens[0].is_word):
        return start
    for m in range(start + 1, min(start + 1 + MAX_AS_MEDIUM_TOKENS, len(tokens) - 1)):
        token = tokens[m]
        if token.text == ",":
            return m + 1 if has_words(view, m + 1, len(tokens) - 1) else start
        if not token.is_word or token.lower in FINITE_VERBS or token.lower in ("that", "and", "or", "but"):
            return start
    return start


def _quoted_before(view: SentenceView, k: int) -> Span | None:
    """The quotation that closes at token `k` after a comma inside it
    ('opposition to “the collective society,” as Margaret Thatcher put it'), or None."""
    tokens = view.tokens
    if k < 1 or tokens[k].text not in QUOTE_MARKS or tokens[k - 1].text != ",":
        return None
    return view.quotes.covering(tokens[k - 1].start)


def _as_aside_frame(view: SentenceView, hit: CueHit, source: Span, boundary: int) -> Frame | None:
    """The clause before an "as X says" aside, without a conditional or
    concessive opener ("If polarization is not problematic — as Klein
    asserts —" claims "polarization is not problematic"); no claim when
    what stands before is no clause (then the aside reads like "As X said,
    ..." and claims the rest: "Yet, as Mr. Bown observed, ..."). After
    "whether" the clause is what is vouched for: "It does not answer whether
    Scott had a gun, as police have said"."""
    tokens = view.tokens
    quoted = _quoted_before(view, boundary)
    if quoted is not None:
        # Rule `as_aside_claims_the_quotation_before`: what Thatcher "put" is "the collective
        # society", not the writer's sentence around it
        return _frame("clause_final_attribution", hit, view, source, [quoted], clause_final=True)
    before = left_content(view, boundary)
    if before is None:
        return None
    first = next(k for k, t in enumerate(tokens) if t.start >= before[0])
    last = max(k for k, t in enumerate(tokens) if t.end <= before[1])
    if tokens[first].lower in FRONTED_SUBORDINATORS and first + 1 < boundary:
        # "If you've been following X, the biggest thing ... is ..., as Skelley wrote": the main clause
        comma = next((k for k in range(first + 1, last) if tokens[k].text == ","), None)
        first = comma + 1 if comma is not None else first + 1
    first = max((k + 1 for k in range(first, last) if tokens[k].lower == "whether"), default=first)
    before = (tokens[first].start, before[1])
    if not left_is_content(view, before) or not has_finite_verb(tokens[first : last + 1]):
        return None
    return _frame("clause_final_attribution", hit, view, source, [before], clause_final=True)


def _main_verb(token: Token) -> bool:
    return token.is_word and is_past_verb(token)


def _last_conjunct(view: SentenceView, first: int, last: int) -> int:
    """Rule `subject_after_and`: "... entering the United States illegally
    from the Dominican Republic and the vessel operator admitted": when a
    verb form or adverb stands before "and the", no noun phrase is joined
    there and the subject is what follows "and"; "the president and the vice
    president said" and "a senior fellow at the Hoover Institution and a
    former ambassador, said" stay."""
    tokens = view.tokens
    for j in range(last - 1, first, -1):
        if tokens[j].lower == "and" and tokens[j + 1].lower in ARTICLES:
            left = tokens[first:j]
            if any(t.is_word and not t.is_capitalised and _verb_like(t.lower) for t in left):
                return j + 1
            break
    return first


def _verb_like(word: str) -> bool:
    """For rule `subject_after_and`: a word in -ing or -ly, or an auxiliary;
    not a preposition in -ing (rule `preposition_in_ing_is_no_verb`, QA
    round 59, 964 s19: "Otto Reich, a U.S. assistant secretary of state
    during President George W. Bush's administration and a fierce critic of
    Chavez, told ..." showed the speaker "a fierce critic of Chavez":
    "during" read as a verb form, so the two appositions were no longer
    joined and the second was taken for a new subject)."""
    return (word.endswith(("ing", "ly")) and word not in PREPOSITIONS) or word in AUXILIARIES


MAX_SPLIT_NEGATION_TOKENS = 6  # "The delay in the talks was not", "This is not"


def _negation_split_by_the_source(view: SentenceView, before: Span, start: int) -> bool:
    """For rule `negation_split_by_the_source`: a short clause before ", X
    said," that ends in an auxiliary and its negation ("This is not", "It
    wasn't", "The delay was never") and goes on after the source."""
    tokens = view.tokens
    left = view.tokens_within(*before)
    if len(left) < 2 or len(left) > MAX_SPLIT_NEGATION_TOKENS or start < 1 or tokens[start - 1].text != ",":
        return False
    if not all(t.is_word for t in left) or view.quotes.covering(left[0].start) is not None:
        return False
    last = left[-1].lower
    if last.endswith(("n't", "n\u2019t")):
        return True
    return last in ("not", "never") and left[-2].lower in FINITE_AUXILIARIES


WH_SUBJECT_CLAUSE_OPENERS = grammar("wh_subject_clause_openers")
LINKING_VERBS = grammar("linking_verbs")


def _free_relative_subject_left_be_right(view: SentenceView, before: Span, start: int) -> bool:
    """For rule `free_relative_subject_before_the_source`: the clause before
    ", X said," opens with "what" (after "but", "and", "so", "yet") and a
    form of "be" follows the source's comma: "What the museum needs, he
    said, is money." Not "What the museum needs, he said, money can buy"
    (no "be") nor a question put ("Asked what it needs, he said, ...").

    Rule `wh_clause_subject_before_the_source` (wrongs-s21, known since
    session 20: "What happened next, police said, remains unclear" gave only
    "remains unclear"): so too a clause opening with "why", "how",
    "whether", "who" (claim_grammar.txt wh_subject_clause_openers) and a
    finite auxiliary or a linking verb after the comma ("remains", "will");
    "When he arrived, police said, officers fired" (an adverbial clause, no
    verb after the comma) stays as it was."""
    tokens = view.tokens
    left = view.tokens_within(*before)
    while left and left[0].lower in SENTENCE_CONJUNCTIONS:
        left = left[1:]
    if len(left) <= 2 or not 0 < start < len(tokens) or tokens[start - 1].text != "," \
            or view.quotes.covering(left[0].start):
        return False
    verb = tokens[start].lower
    if left[0].lower == "what" and verb in BE:
        return True
    return left[0].lower in WH_SUBJECT_CLAUSE_OPENERS and not left[0].text.isupper() \
        and (verb in BE or verb in FINITE_AUXILIARIES or verb in LINKING_VERBS)


FINITE_BE = frozenset({"is", "are", "was", "were"})


def _fronted_phrase_before_be(view: SentenceView, before: Span, start: int) -> bool:
    """Rule `fronted_phrase_before_be_is_content` (qa67c-s24, QA round 67, 919
    s11: 'To restrict their access, the Maasai say, is "a death sentence."'
    gave only 'is "a death sentence."'; s26: "In it, he says, are their land
    title deeds." gave "are their land title deeds"): a finite "be" right
    after "X say," needs what stands before the source: an infinitive
    subject ("To restrict ...") or a fronted place ("In it ... are"), words
    with no finite verb; the claim is both parts. "In 2010, he said, the
    plan failed" (no "be" right after) keeps only the clause after."""
    tokens = view.tokens
    left = view.tokens_within(*before)
    if not left or start < 1 or start >= len(tokens) or tokens[start - 1].text != "," \
            or tokens[start].lower not in FINITE_BE or view.quotes.covering(left[0].start):
        return False
    if not all(t.is_word for t in left):
        return False
    # a pronoun right after a preposition is its object ("In it"), no clause's subject
    unobjected = [t for m, t in enumerate(left) if m == 0 or left[m - 1].lower not in PREPOSITIONS]
    return not has_finite_verb(unobjected) and (left[0].lower == "to" or left[0].lower in PREPOSITIONS)


def _fronted_phrase_before_a_present_cue(view: SentenceView, before: Span, start: int, hit: CueHit) -> bool:
    """Rule `fronted_phrase_before_a_present_cue_is_content` (qa71b s27,
    cnn165 s26: "After 90 seconds, Osinski says, a swimmer will black out."
    gave only "a swimmer will black out"): a cue in the present ("says",
    "experts say") tells no moment of speaking, so a phrase fronted before
    "X says," with no finite verb of its own (a preposition and its object:
    "After 90 seconds", "In most cases") is the claim's own adjunct; the
    claim is both parts. A past cue keeps only the clause after ("In 2010,
    he said, the plan failed": the time may be when he said it), as
    `fronted_phrase_before_be_is_content` leaves it."""
    tokens = view.tokens
    left = view.tokens_within(*before)
    if not left or start < 1 or start >= len(tokens) or tokens[start - 1].text != "," \
            or view.quotes.covering(left[0].start) or hit.first != hit.last:
        return False
    if not all(t.is_word for t in left) or left[0].lower not in PREPOSITIONS or has_finite_verb(left):
        return False
    word, lemma = tokens[hit.first].lower, hit.entry.lemma
    return word in (lemma, f"{lemma}s", f"{lemma}es") or (lemma.endswith("y") and word == f"{lemma[:-1]}ies")


def _subject_left_verb_right(view: SentenceView, before: Span, start: int) -> bool:
    """A short noun phrase before "X said," and a verb right after it."""
    tokens = view.tokens
    left = view.tokens_within(*before)
    if not left or start < 1 or tokens[start - 1].text != "," or start >= len(tokens):
        return False
    first, verb = left[0].lower, tokens[start]
    if first in CLAUSE_LEADS or not all(t.is_word for t in left) or view.quotes.covering(left[0].start):
        return False
    if (is_adverb(verb.lower) or verb.lower in PARENTHETICAL_ADVERBS) and start + 1 < len(tokens):
        verb = tokens[start + 1]  # "Hawaii, as one adviser pointed out, normally does not get ..."
    if verb.is_capitalised or verb.lower in DETERMINERS or verb.lower in PREPOSITIONS:
        return False
    # a past too (claims-s18 item 2, 687 s24: "Her lovers, she says, also abandoned her." gave
    # "also abandoned her" without its subject), after a phrase of two words or more: one word may
    # be a connective ("Rather, he said, continued struggles ...": a participle before its noun)
    return verb.lower in FINITE_AUXILIARIES or (verb.lower.endswith("s") and not verb.lower.endswith("ss")) \
        or (verb.is_word and is_past(verb) and len(left) >= 2
            and not all(t.lower in SENTENCE_ADVERBS or is_adverb(t.lower) for t in left))


# adverbs that may stand between the parenthetical source and the subject's verb: "Her lovers, she
# says, also abandoned her"
PARENTHETICAL_ADVERBS = grammar("parenthetical_adverbs")


def _quote_resumes(view: SentenceView, start: int) -> Span | None:
    """The rest of the sentence from a quotation that opens after a comma
    within a few words of `start` ("said of cancer patients, \u201cthe cases ...")."""
    tokens = view.tokens
    for m in range(start, min(start + MAX_PLAIN_SOURCE_TOKENS, len(tokens) - 1)):
        if tokens[m].text == "," and tokens[m + 1].text in QUOTE_MARKS and has_words(view, m + 1, len(tokens) - 1):
            quote = view.quotes.covering(tokens[m + 1].start + 1)
            if quote is not None and quote[0] == tokens[m + 1].start:
                return tokens[m + 1].start, trailing_end(view, len(tokens) - 1)
        if tokens[m].text in QUOTE_MARKS:
            break
    return None


def _name_ends_sentence(view: SentenceView, k: int) -> bool:
    """A capitalised noun phrase from token `k` to the sentence's end; or,
    rule `inverted_name_with_apposition`, followed by a comma and a
    description that ends the sentence ("..., said Thitima Chaisaeng, a
    spokeswoman for the Thai government.")."""
    tokens = view.tokens
    if k >= len(tokens) or not tokens[k].is_capitalised:
        return False
    last = np_right(view, k)
    if last is not None and last + 2 < len(tokens) and tokens[last + 1].text == ",":
        return _description_ends_sentence(view, last + 2) or _aside_ends_sentence(view, last + 2)
    return last is not None and not has_words(view, last + 1, len(tokens) - 1)




def _aside_ends_sentence(view: SentenceView, k: int) -> bool:
    """Rule `inverted_name_with_aside` (of `inverted_name_with_apposition`):
    "..., said Enoch Mark, whose daughter and two nieces were among the
    kidnapped.", "..., said Enoch Mark, a farmer.": after the inverted name
    and a comma, a relative clause about a person ("who", "whose") or a noun
    phrase opened by an article with no verb in it runs to the sentence's
    end; the name is the cue's source, not a content after it."""
    tokens = view.tokens
    rest = tokens[k:]
    if not rest or any(t.text in QUOTE_MARKS for t in rest):
        return False
    if rest[0].lower in PERSON_RELATIVES:
        return True
    words = [t for t in rest if t.is_word]
    return (
        rest[0].lower in ARTICLES
        and len(words) <= MAX_INVERTED_DESCRIPTION_WORDS
        and not any(t.lower in ("that", "whether") for t in rest)
        and not has_finite_verb(rest)
    )


def _description_ends_sentence(view: SentenceView, k: int) -> bool:
    """Rule `inverted_description`: "..., said pool consultant and researcher
    Alan Lewis.", "..., said a police official in Cesena, in northern
    Italy.": from token `k` to the sentence's end a description of who spoke
    (a people noun or a name in it, no verb, no "that", no quotation)."""
    return _describes_who_spoke(view.tokens[k:])


def _description_before_a_closing_bracket(view: SentenceView, k: int) -> int | None:
    """Rule `inverted_description_before_a_bracket` (reader round J, CNN-Corpus
    dev 262 s12: '"Kids naturally do things that upset cats and dogs," says
    animal behaviorist Kristen Collins of the American Society for the
    Prevention of Cruelty to Animals (ASPCA.org).' gave no claim, and gave
    one without the bracket): a bracket that closes just before the stop is
    an aside (a web address, a party, an acronym), so the description before
    it ends the sentence as in `inverted_description`; its last token, else
    None ('says Collins of the society (which ...) in a statement.' goes on
    after the bracket)."""
    tokens = view.tokens
    close = len(tokens) - 1
    while close > k and tokens[close].text in (".", "!", "?"):
        close -= 1
    if close <= k or tokens[close].text != ")":
        return None
    opening = next((m for m in range(close - 1, k, -1) if tokens[m].text in "()"), None)
    if opening is None or tokens[opening].text != "(" or not tokens[opening - 1].is_word:
        return None
    return opening - 1 if _describes_who_spoke(tokens[k:opening]) else None


def _description_before_a_relative_aside(view: SentenceView, k: int) -> int | None:
    """Rule `inverted_description_with_aside` (QA round 60, 805 s4:
    '"It's been very, very severe," said storm chaser James Reynolds, who
    was on the coast.' gave nothing): as `inverted_description`, a
    description opened by a lower-case word that ends in a name, then a
    comma and a relative clause about a person that runs to the sentence's
    end (rule `inverted_name_with_aside`); the description's last token,
    else None ("..., said storm chaser James Reynolds, adding that ..."
    goes on with a claim)."""
    tokens = view.tokens
    comma = next((m for m in range(k + 1, min(k + MAX_INVERTED_DESCRIPTION_WORDS + 1, len(tokens) - 1))
                  if tokens[m].text == ","), None)
    if comma is None or not tokens[comma - 1].is_capitalised or tokens[comma + 1].lower not in PERSON_RELATIVES:
        return None
    if not _describes_who_spoke(tokens[k:comma]) or not _aside_ends_sentence(view, comma + 1):
        return None
    return comma - 1


SUBJECT_CIRCUMSTANCE_LEADS = grammar("subject_circumstance_leads")
DESCRIPTION_TAIL_PREPOSITIONS = frozenset({"during", "at", "in", "on", "after", "before"})


def _description_before_its_tail(view: SentenceView, k: int) -> int | None:
    """Rule `inverted_description_before_its_tail` (recall-s29, PolNeAR train:
    '"I'm not going to say it is a mistake, ...," said retired neurosurgeon
    Ben Carson, asked about his claims ...' and '"Watch a fully formed fetus
    ...," said former tech executive Carly Fiorina during the second GOP
    debate, suggesting ...' gave no claim, where "said Ben Carson, asked
    about ..." and "said retired neurosurgeon Ben Carson." gave one): as
    `inverted_description`, a description opened by a lower-case word that
    ends in a name, then the writer's tail: a comma and a participle ("asked
    about ...", "suggesting that ..."), a comma and an apposition that runs
    to the stop ("..., a Syrian engineer."), or a phrase of when or where
    ("during the debate"); the description's last token, else None."""
    tokens = view.tokens
    end = next((m for m in range(k + 1, min(k + MAX_INVERTED_DESCRIPTION_WORDS + 1, len(tokens) - 1))
                if tokens[m].text == "," or tokens[m].lower in DESCRIPTION_TAIL_PREPOSITIONS), None)
    if end is None or not tokens[end - 1].is_capitalised or not _describes_who_spoke(tokens[k:end]):
        return None
    description = tokens[k:end]
    if any(t.lower in PREPOSITIONS - {"of"} or not t.is_word for t in description if t.text != ".") \
            or description[0].lower.endswith("ly") \
            or not (tokens[end - 2].is_capitalised or any(is_people_noun(t.lower) for t in description)):
        # "claimed severally by Malaysia, the Philippines, ...": a passive's agent, no speaker; a
        # description is a role and a name ("retired neurosurgeon Ben Carson") or a people noun
        return None
    if tokens[end].text == ",":
        after = tokens[end + 1]
        participle = after.is_word and not after.is_capitalised and after.lower.endswith(("ing", "ed"))
        if not participle and not _aside_ends_sentence(view, end + 1):
            return None
    return end - 1


def _describes_who_spoke(rest: Sequence[Token]) -> bool:
    """For rules `inverted_description` and `inverted_description_with_aside`:
    `rest` describes who spoke (a people noun or a name in it, no verb, no
    "that", no quotation), opened by a lower-case word."""
    if not rest or not rest[0].is_word or rest[0].is_capitalised:
        return False
    if rest[0].lower in PREPOSITIONS and not any(t.text == "," for t in rest):
        # Rule `circumstance_after_the_cue_is_no_speaker` (recall2-s26, QA round 69c, CNN 539:
        # '"The team was so happy ...," Norman Winarsky, a Siri co-founder who remained at SRI, said
        # in an interview on Monday.' gave no claim): a phrase opened by a preposition that runs to
        # the stop says where, when or how the words were said ("in an interview on Monday", "on
        # Tuesday"), never who said them, however capitalised its last word (as
        # `inverted_source_is_no_phrase`). Not past a comma: "As Freddy ... joked with his friend at
        # the table, his brother grew impatient" has a clause of the writer's after it
        return False
    if any(t.lower in ("that", "whether") or t.text in QUOTE_MARKS for t in rest) or has_finite_verb(rest):
        return False
    words = [t for t in rest if t.is_word]
    if len(words) > MAX_INVERTED_DESCRIPTION_WORDS and not _long_body_name_after_of(words):
        return False
    return any(is_people_noun(t.lower) for t in words) or (words[-1].is_capitalised and len(words) > 1)


MAX_INVERTED_DESCRIPTION_WORDS = 14
BODY_NAME_JOINERS = frozenset({"the", "of", "for", "and", "to", "on", "in", "&"})


def _long_body_name_after_of(words: Sequence[Token]) -> bool:
    """Rule `long_body_name_is_one_affiliation` (reader round J, CNN-Corpus
    dev 262 s12: "says animal behaviorist Kristen Collins of the American
    Society for the Prevention of Cruelty to Animals" gave no claim): a
    description whose words run past the limit only because, after a name
    and "of", a body's name runs to the end (capitalised words and the small
    words inside such names) is still one description; the body is where the
    source works, however long its name. ("... of the group that said ..."
    has a lower-case word of its own and stays too long.)"""
    of = next((m for m in range(1, len(words) - 1) if words[m].lower == "of" and words[m - 1].is_capitalised), None)
    if of is None or of > MAX_INVERTED_DESCRIPTION_WORDS:
        return False
    tail = words[of + 1 :]
    return tail[-1].is_capitalised and all(t.is_capitalised or t.lower in BODY_NAME_JOINERS for t in tail)


def _gloss_after_comma(view: SentenceView, start: int) -> bool:
    """A participle right after the comma that ends a clause-final
    attribution ("..., the affidavit stated, listing ...") opens the writer's
    gloss, not the rest of the claim."""
    tokens = view.tokens
    return (
        0 < start < len(tokens)
        and tokens[start - 1].text == ","
        and tokens[start].lower.endswith("ing")
        and not tokens[start].is_capitalised
        and view.quotes.covering(tokens[start].start) is None
    )


CIRCUMSTANCE_PARTICIPLE_LEADS = grammar("circumstance_participle_leads")


def _circumstance_participle(view: SentenceView, cue_last: int, start: int) -> bool:
    """Rule `clause_final_before_a_circumstance_participle`: "A seismic study
    found that the monument can withstand a quake, officials said Thursday in
    describing needed repairs.": after a clause-final source and its cue (and
    words of time, or a comma: "..., the Anti-Defamation League announced, in
    releasing results of ..."), "in"/"while"/"when" ... and a participle tell how the
    source spoke; the claim is the clause before, which holds the study's
    finding, and the officials are its source."""
    tokens = view.tokens
    return (
        cue_last < start < len(tokens) - 1
        and all((t.is_word and t.lower in TIME_NOUNS) or (t.text == "," and k == cue_last + 1)
                for k, t in enumerate(tokens[cue_last + 1 : start], cue_last + 1))
        and tokens[start].lower in CIRCUMSTANCE_PARTICIPLE_LEADS
        and tokens[start + 1].lower.endswith("ing")
        and not tokens[start + 1].is_capitalised
        and view.quotes.covering(tokens[start].start) is None
    )


def _inside_quote(view: SentenceView, span: Span) -> bool:
    """A span that sits in a quotation opened in an earlier sentence: "My
    ancestors survived,” Montoya-Lewis said after her appointment."""
    quote = view.quotes.covering(span[0])
    return quote is not None and quote[0] < view.start and quote[1] >= span[1] - 1


def _object_before_a_bare_participle(view: SentenceView, hit: CueHit, k: int, subject: Span) -> Span:
    """Rule `object_before_a_bare_participle_speaks` (reader round J, CNN-Corpus
    dev 243 s14: "The three-day hearing included attorneys repeating a
    profanity ..." showed the speaker "The three-day hearing included
    attorneys"): a bare -ing cue right after its noun (rule
    `subject_needs_a_finite_cue` lets a source noun through: "officials
    warning") belongs to that noun alone; when a past verb stands right
    before it in the subject found, the noun is that verb's object and the
    source ("attorneys"). "Officials warning of a storm said ..." has no
    verb before the noun and keeps its subject; so do "a fired staffer
    alleging" ("fired" after a determiner modifies the noun) and the object
    of a verb of saying ("emailed supporters saying: ..." gives the sender's
    words, not theirs)."""
    tokens = view.tokens
    if not (tokens[hit.first].lower.endswith("ing") and k == hit.first - 1) or subject[0] >= k - 1:
        return subject
    noun, verb = tokens[k], tokens[k - 1]
    if not (noun.is_word and noun.lower in source_nouns()) or not is_past_verb(verb) \
            or tokens[k - 2].lower in DETERMINERS:
        return subject  # "a fired staffer alleging": "fired" modifies the noun
    if (verb.lower,) in cue_forms():
        return subject  # "The senator emailed supporters saying: ...": the sender's words, not theirs
    return (k, k)


def _finite_cue(view: SentenceView, hit: CueHit, k: int, passive: bool) -> bool:
    """Rule `subject_needs_a_finite_cue`: the word before a cue is its
    subject only when the cue is a verb in the active voice. Not so for a
    passive ("She has been informed of ...", "they are charged with ...")
    nor for a bare participle after a noun ("with signs denouncing the
    plan", "At a press conference announcing her appointment") unless the
    noun can be a source ("a statement saying", "officials warning")."""
    word = view.tokens[hit.first].lower
    if passive and not word.endswith(("s", "ing")) and word != hit.entry.lemma.split()[0]:
        return False
    if view.tokens[k].lower == "to" and (
        (k == 0 and not view.title_case)  # "To conclude, as the period winds down, I think ..."
        or (k > 0 and (view.tokens[k - 1].lower in PURPOSE_LEADS or not view.title_case))
    ):
        # "working to inform tenants", "met Minister Michael Gove to urge him": a purpose,
        # and what stands before "to" is no subject (a headline's "Obama to Say" is)
        return False  # "working to inform tenants": a purpose (purpose_leads), not a report
    after = hit.last + 1
    if (
        word == hit.entry.lemma
        and view.tokens[k].is_capitalised
        and after + 1 < len(view.tokens)
        and not view.tokens[after].is_capitalised
        and is_people_noun(view.tokens[after].lower)
        and view.tokens[after + 1].is_capitalised  # "show host Glenn Beck": a role before a name
    ):
        # Rule `cue_word_in_a_compound_noun`: "Talk show host Glenn Beck declared": "show" is
        # a noun before the people noun "host", not a verb whose subject is "Talk"
        return False
    if (
        word.endswith("ed")
        and after + 1 < len(view.tokens)
        and view.tokens[after].lower == "by"
        and (view.tokens[after + 1].lower in DETERMINERS or view.tokens[after + 1].is_capitalised)
    ):
        return False  # "a point emphasised by a poll", "Data published by OpenAI shows": a passive without "was"
    if not (word.endswith("ing") and k == hit.first - 1 and view.tokens[k].is_word):
        return True
    if view.tokens[k].lower not in source_nouns():
        return False
    return _head_before_a_prepositional_object_speaks(view.tokens, k)  # "a statement saying", "officials warning"


MAX_PREPOSITIONAL_OBJECT_WORDS = 3  # "in the raw data"


def _head_before_a_prepositional_object_speaks(tokens: Sequence[Token], k: int) -> bool:
    """Rule `participle_after_a_prepositional_object_needs_a_speaking_head` (qa69b-s26, CNN
    dev 969 s28: "in search of a signal in the data suggesting the existence of the Higgs
    boson" showed "a signal" suggesting): a bare -ing participle after a source noun (`k`:
    "data") that is the object of a preposition ("in the data") belongs to the noun before the
    preposition ("a signal"); that noun must be able to speak too (a source noun or a name:
    "a statement from the ministry saying", "a spokesman for Google saying"). Only a noun after
    a determiner heads such a phrase: "said in a statement announcing" and "ran ads with both
    outlets reminding" keep their reading. True when no such head stands before."""
    j = k - 1
    while j >= 0 and k - j <= MAX_PREPOSITIONAL_OBJECT_WORDS and tokens[j].is_word \
            and not tokens[j].is_capitalised and tokens[j].lower not in PREPOSITIONS:
        j -= 1
    if j < 2 or tokens[j].lower not in PREPOSITIONS or tokens[j].lower in SUBORDINATORS | {"of"} \
            or not tokens[j - 1].is_word:
        return True  # "the week after the newspaper's editorial telling him": "after" opens a time
    head = tokens[j - 1]
    if tokens[j - 2].lower not in DETERMINERS:
        return True  # "said in a statement announcing", "ran ads with both outlets reminding": no noun's phrase
    return head.is_capitalised or head.lower in source_nouns()


MAX_INTRODUCED_CHARS = 800


def _after_colon(view: SentenceView, last: int) -> tuple[int, int] | None:
    """'Caddell continued:' / 'The New York Times reports:' end a sentence;
    the quotation (or the paragraph) that follows is the content."""
    tokens = view.tokens
    colon = cataphoric_colon(tokens, last + 1)  # 'states the following:', then the quotation
    if colon is not None:
        last = colon - 1
    if _final_colon(view) is None or not all(not t.is_word for t in tokens[last + 1 :]):
        return None
    if tokens[0].lower == "what":
        return None  # Rule `what_heading_is_no_claim`: "What Hamas wants:." heads the writer's list
    text = view.text
    start = tokens[-1].end
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text):
        return None
    limit = min(len(text), start + MAX_INTRODUCED_CHARS + 1)
    end = text.find("\n\n", start, limit)
    end = limit if end < 0 else end
    quote = view.quotes.covering(start)
    if quote is not None and quote[0] == start and not _quote_cut_mid_sentence(text, quote, end):
        return quote
    return (start, end) if 0 < end - start <= MAX_INTRODUCED_CHARS else None


def _quote_cut_mid_sentence(text: str, quote: tuple[int, int], paragraph_end: int) -> bool:
    """Rule `quote_cut_mid_sentence_takes_its_paragraph` (web test s14, K12:
    Thunberg's quotation after "states the following:" was cut at "The time
    for ”", where the page wrote a closing mark to open an inner quotation):
    a quotation that closes with no stop or comma before its mark while its
    paragraph goes on was paired wrongly; the paragraph is what was
    introduced. A quotation that ends its sentence ('... was taken.”') stays."""
    inner = text[quote[0] : quote[1] - 1].rstrip()
    return quote[1] < paragraph_end and bool(text[quote[1] : paragraph_end].strip()) \
        and inner[-1:] not in (".", "!", "?", ",", ";", ":", "\u2026")


def _final_colon(view: SentenceView) -> int | None:
    """The token of the colon that ends a sentence, or None. Rule
    `colon_with_a_stray_stop`: pages often glue a full stop to a colon that
    introduces a quotation on the next line ("issued this statement late
    Monday:."); the colon still ends the sentence."""
    tokens = view.tokens
    k = len(tokens) - 1
    while k > 0 and tokens[k].text == ".":
        k -= 1
    return k if tokens[k].text == ":" else None


def subject_before(view: SentenceView, k: int) -> tuple[int, int] | None:
    """The subject ending at token `k`, across an appositive or relative clause:
    `the alliance's Secretary General, Jens Stoltenberg, outlined`,
    `Kuleba, who ..., said`, `people who say`; failing that, across several
    asides (rule `subject_across_asides`); never a party-state tag
    (`_name_before_a_party_tag`)."""
    alias = _acronym_alias_of_the_subject(view, k)
    if alias is not None:
        return alias
    found = _subject_before_the_cue(view, k)
    if found is not None:
        found = _name_and_others(view, found)
        found = _pair_with_ages(view, _name_before_an_age(view, found))
        found = _pair_with_appositions(view, found)
        found = _list_of_names_before_its_last(view, found)
        found = _name_before_an_unclosed_title(view, found, k)
        found = _list_under_a_year_label(view, found)
        found = _subject_of_a_contact_clause_after_a_time_noun(view, found)
        found = _roles_joined_under_one_article(view, found)
        found = _description_around_a_quoted_title(view, found)
        found = _subject_after_a_fronted_circumstance(view, found)
        found = _head_before_nested_relatives(view, found)
        found = _subject_after_a_fronted_time(view, found)
    return _name_before_a_party_tag(view, found) if found is not None else None


NESTED_RELATIVES = frozenset({"who", "whom"})  # not "that", which opens a reported clause as often
SUBJECT_TIME_LEADS = grammar("time_leads")  # "this", "last", "next", "earlier", "later"


def _subject_after_a_fronted_time(view: SentenceView, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """Rule `fronted_time_is_no_part_of_the_subject`: "This month state
    media reported that ..." showed the speaker "This month state media": a
    time lead and a time word that open the subject with no comma after
    them ("This month", "Last week", "Next Monday") and open the sentence
    say when, not who; the subject is the words after them ("state media").
    A possessive ("Last year's FBI statistics show"), a time phrase alone
    and a time after an opening phrase ("In Boulder, last week the center
    said") are as they were."""
    if found is None:
        return None
    tokens = view.tokens
    first, last = found
    if first != 0 or last - first < 2 or tokens[first].lower not in SUBJECT_TIME_LEADS \
            or tokens[first + 1].lower not in TIME_WORDS | TIME_UNITS:
        return found
    after = tokens[first + 2]
    if not after.is_word or after.text in ("'s", "\u2019s") or tokens[first + 1].text.endswith(POSSESSIVE_S):
        return found
    if after.lower in TIME_STRESS_WORDS and last - first >= 3:
        return first + 3, last  # "Last year alone the group said": "alone" is the time's
    return first + 2, last


TIME_STRESS_WORDS = grammar("time_stress_words")


def _head_before_nested_relatives(view: SentenceView, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """Rule `nested_relative_is_no_outer_subject`: "A neighbor who saw the
    man who police say killed the officer said he looked calm" showed
    police as who said it: a subject found right after "who" that is a
    noun with a cue and then a finite verb of its own ("police say killed
    the officer") is the inner clause of a relative, not the subject of the
    cue after it. The subject is the noun phrase before the first "who",
    when it opens the sentence or follows a comma ("A neighbor", "Over the
    weekend, a neighbor"); else no subject, and the claim is left
    unresolved rather than given to the inner clause's source. "A
    journalist who first published the documents said" and "sources who
    reviewed them told" (no inner source), "that" (which opens a reported
    clause as often) and "Smith, who police say fled, said" (a comma: rule
    `relative_pronoun_is_never_the_speaker` and its walk) are as they
    were."""
    if found is None:
        return None
    tokens = view.tokens
    first, last = found
    if first < 2 or tokens[first - 1].text not in NESTED_RELATIVES or tokens[first - 2].text == "," \
            or not _noun_of_a_phrase(tokens[first]) or tokens[first].lower in AUXILIARIES \
            or tokens[first].lower.endswith(("n't", "n\u2019t")):
        return found  # "sources who reviewed them told", "who didn't want to be named said"
    inner_cue = next((j for j in range(first + 1, min(first + 4, last)) if (tokens[j].lower,) in cue_forms()), None)
    if inner_cue is None or not has_finite_verb(tokens[inner_cue + 1 : last + 1]):
        return found  # "a journalist who first published the documents said": one relative, no inner source
    relative = next(m for m in range(first) if tokens[m].text in NESTED_RELATIVES)
    opening = np_left(view, relative - 1) if relative > 0 else None
    if opening is None or any(not t.is_word for t in tokens[opening:relative]) \
            or (opening > 0 and tokens[opening - 1].text != ","):
        return None
    return opening, relative - 1


def _reporting_circumstance_then_its_speaker(view: SentenceView, s_first: int, cue_last: int) -> bool:
    """Rule `reporting_circumstance_is_no_noun_relative` (recall-s29): "...,
    but in a statement his lawyer said he had no gun": after a preposition
    of how one spoke ("in a statement", "in an interview"), the reporting
    noun is where the subject spoke, not the head of a relative clause ("an
    accusation FIFA has denied"), when the cue goes on with a clause of its
    own ("that", a pronoun, a determiner or a name right after it), which a
    cue whose object is the noun cannot take ("in a statement he posted on
    Facebook" stays a noun relative)."""
    tokens = view.tokens
    if s_first < 3 or tokens[s_first - 1].lower not in ADJUNCT_NOUNS \
            or tokens[s_first - 3].lower not in SUBJECT_CIRCUMSTANCE_LEADS or cue_last + 1 >= len(tokens):
        return False
    after = tokens[cue_last + 1]
    return after.lower == "that" or after.lower in SUBJECT_PRONOUNS or after.lower in DETERMINERS \
        or (after.is_word and after.is_capitalised)


def _subject_after_a_fronted_circumstance(view: SentenceView, found: tuple[int, int]) -> tuple[int, int]:
    """Rule `subject_after_a_fronted_reporting_circumstance` (recall-s29:
    "Police said the man was armed, but in a statement his lawyer said he
    had no gun" read the subject "a statement his lawyer"): a phrase of how
    one spoke (a preposition, a determiner and a reporting noun of
    claim_grammar.txt adjunct_nouns, perhaps a time) before the subject is
    no part of it; the subject opens at the determiner or name after the
    reporting noun. "The man in the statement" (no subject after the noun)
    stays as it was."""
    tokens = view.tokens
    first, last = found
    if first < 1 or tokens[first - 1].lower not in SUBJECT_CIRCUMSTANCE_LEADS:
        return found
    for e in range(first, last):
        nxt = tokens[e + 1]
        if tokens[e].lower in ADJUNCT_NOUNS and (nxt.lower in DETERMINERS or nxt.lower in POSSESSIVE_PRONOUNS
                                                 or nxt.is_capitalised):
            return e + 1, last
    return found


MAX_QUOTED_TITLE_MODIFIERS = 2  # "the former", "the late", "the longtime former"


def _description_around_a_quoted_title(view: SentenceView, found: tuple[int, int]) -> tuple[int, int]:
    """Rule `quoted_title_inside_a_description_keeps_it_whole` (resolve2-s27,
    reader round 71, CNN-Corpus dev 479 s2: 'The former "Baywatch" star
    talked about it ...' showed the source "star", an unnamed source of one
    word): a subject that starts right after the closing mark of a short
    quoted title of capitalised words ("Baywatch", "American Idol") is the
    head of a description the title sits in; the source runs back to the
    article before the title and its few lower-case modifiers ("the
    former"), which opens the clause (the sentence, or after a comma or a
    conjunction). Kept as it was: a quotation that is no title ('the words
    "no comment" star ...' is no description), a title after a name or a
    verb ('Smith\'s "Baywatch" co-star', 'starred in "Baywatch" star ...'),
    and a capitalised head (the name after a title is the source)."""
    tokens = view.tokens
    first, last = found
    close = first - 1
    if close < 2 or tokens[close].text not in QUOTE_MARKS or last - first > 1 \
            or not all(t.is_word and not t.is_capitalised for t in tokens[first : last + 1]):
        return found
    quote = view.quotes.covering(tokens[close].start)
    if quote is None or quote[1] != tokens[close].end:
        return found
    opening = next((m for m in range(close - 1, max(close - MAX_TITLE_WORDS - 2, -1), -1)
                    if tokens[m].start == quote[0]), None)
    if opening is None or opening < 1:
        return found
    inner = [t for t in tokens[opening + 1 : close] if t.text not in (",", ".")]
    if not inner or not all(t.is_word and (t.is_capitalised or t.lower in TITLE_JOINERS) for t in inner) \
            or not inner[0].is_capitalised:
        return found
    for article in range(opening - 1, max(opening - 2 - MAX_QUOTED_TITLE_MODIFIERS, -1), -1):
        token = tokens[article]
        if token.lower in ARTICLES:
            opens = article == 0 or tokens[article - 1].text == "," \
                or tokens[article - 1].lower in SENTENCE_CONJUNCTIONS
            return (article, last) if opens else found
        if not token.is_word or token.is_capitalised or token.lower in FINITE_VERBS:
            return found
    return found


def _subject_of_a_contact_clause_after_a_time_noun(view: SentenceView, found: tuple[int, int]) -> tuple[int, int]:
    """Rule `contact_clause_after_a_time_noun` (session 22, CNN-Corpus dev 206
    s23: "She appeared in court last week on the same day prosecutors said
    they would pursue the death penalty" gave the source "She", and so a
    wrong name once "She" was resolved): a subject the walk left ran back
    over a clause with its own past verb to a time noun (hedge_scope.txt
    contact_relative_time_heads: "day", "week") that opens a contact clause
    ("the day prosecutors said"): the subject is the noun phrase after the
    time noun. A time noun with no past verb before it in the span ("Day
    laborers said", "The Monday night crowd said") is as it was."""
    tokens = view.tokens
    first, last = found
    heads = word_set("hedge_scope", "contact_relative_time_heads")
    for j in range(last - 1, first, -1):
        clause_subject = tokens[j + 1 : last + 1]
        if tokens[j].lower in heads and any(_main_verb(t) for t in tokens[first:j]) \
                and len(clause_subject) <= 3 \
                and all(t.is_word and t.lower not in PREPOSITIONS for t in clause_subject) \
                and (is_people_noun(tokens[last].lower) or tokens[last].is_capitalised):
            # only a short noun phrase of people or a name after the time noun: "the day prosecutors
            # said", "the week the police said"; not "a year ago said", "the time for president says"
            return j + 1, last
    return found


MAX_JOINED_ROLE_WORDS = 3  # "the Apple co-founder", "the former state senator"


def _roles_joined_under_one_article(view: SentenceView, found: tuple[int, int]) -> tuple[int, int]:
    """Rule `roles_joined_under_one_article_are_one_person` (recall2-s26, QA
    round 69c, CNN 539: '"We like what they do a lot," the Apple co-founder
    and former CEO said ...' gave no claim, then the source "former CEO"):
    one article before two roles joined by "and", the second with no article
    of its own, names one person in both roles; the subject is the whole
    phrase. The phrase opens the clause (the sentence, or after a comma or a
    quotation mark). Kept apart: "the mayor and other officials" (rule
    `name_and_others_is_one_source`), "the mayor and the police chief" (two
    articles, two people), "the mayor and police said" (no people noun)."""
    tokens = view.tokens
    first, last = found
    if first < 3 or tokens[first - 1].lower != "and" or tokens[first].lower in DETERMINERS \
            or tokens[first].lower in OTHERS or not _role_noun(head_token(view, first, last).lower):
        return found
    head = first - 2
    if not (tokens[head].is_word and not tokens[head].is_capitalised and _role_noun(tokens[head].lower)):
        return found
    for article in range(head - 1, max(head - 1 - MAX_JOINED_ROLE_WORDS, -1), -1):
        if not tokens[article].is_word:
            return found
        if tokens[article].lower in ARTICLES:
            opens = article == 0 or tokens[article - 1].text == "," or tokens[article - 1].text in QUOTE_MARKS
            return (article, last) if opens else found
    return found


def _role_noun(word: str) -> bool:
    """For rule `roles_joined_under_one_article_are_one_person`: a people noun,
    or one with the prefix "co-" ("co-founder", "co-chair"), which shares
    its role. Only here: elsewhere a bare "its co-founder" would open acts
    ("The company and its co-founder agreed to a settlement")."""
    return is_people_noun(word) or (word.startswith("co-") and is_people_noun(word[3:]))


def _list_under_a_year_label(view: SentenceView, found: tuple[int, int]) -> tuple[int, int]:
    """Rule `headline_list_under_a_year_label_is_one_source` (grammar.py
    `is_list_under_a_year_label`): the source "nonprofit" of "2003:
    Tenants, nonprofit allege ..." is the whole list, "Tenants, nonprofit"."""
    first, last = found
    widened = (first - 2, last)
    return widened if first == last and is_list_under_a_year_label(view.tokens, *widened) else found


def _acronym_alias_of_the_subject(view: SentenceView, k: int) -> tuple[int, int] | None:
    """Rule `acronym_alias_names_the_subject` (qa61b-s22, QA round 61, 955
    s36: "... but his Ukrainian Democratic Alliance for Reforms party, or
    UDAR, said it was ready to continue negotiations" gave no claim, the
    long description read as no name): a subject set off by ", or ACRONYM,"
    right before the cue (`k` the comma) is the body that acronym names; the
    acronym is the source. Not a lower-case or mixed-case phrase after "or"
    ("The mayor, or his aide, said": left as it was)."""
    tokens = view.tokens
    if k < 4 or tokens[k].text != "," or tokens[k - 2].lower != "or" or tokens[k - 3].text != "," \
            or not tokens[k - 4].is_word:
        return None
    alias = tokens[k - 1]
    if not (alias.is_word and len(alias.text) >= 2 and alias.text.isalpha() and alias.text.isupper()):
        return None
    return k - 1, k - 1


# An age written as a bare number between commas ("The victim, 23, who"); names.AGE is the
# other age fact, "45-year-old" or "Seven-year-old" glued before a name.
AGE_IN_COMMAS = re.compile(r"^\d{1,3}$")


def _name_before_an_age(view: SentenceView, found: tuple[int, int]) -> tuple[int, int]:
    """Rule `age_is_no_subject` (session 13, PolNeAR train: "Woodrow Benford,
    58, who lives outside Minneapolis, says" showed the speaker "58";
    "Clinton, 35, the daughter of ..., said" showed "35"): a subject that
    opens with an age between commas right after a name is that name's
    apposition; the subject is the name. A number with no name before its
    comma stays ("In Puerto Rico, 60 delegates said")."""
    tokens = view.tokens
    first = found[0]
    if not AGE_IN_COMMAS.match(tokens[first].text) or first < 2 or tokens[first - 1].text != "," \
            or first + 1 >= len(tokens) or tokens[first + 1].text != ",":
        return found
    name_last = first - 2
    name_first = _capitalised_name_ending_at(view, name_last)
    if name_first is None:
        name_first = _person_before_an_age(view, name_last)
    if name_first is None:
        return found
    return name_first, name_last


def _person_before_an_age(view: SentenceView, name_last: int) -> int | None:
    """Rule `age_follows_its_person` (with rule `age_is_no_subject`: "The
    mother, 45, who said she lived nearby, called police" and "Among them
    was Jones, 45, who said ..." showed the speaker "45"): an age between
    commas follows the person it tells of, so when no all-capitalised
    phrase ends before its comma, the subject is the capitalised words
    right before it ("Jones" after "was") or the noun phrase there whose
    head is a people noun ("The mother", "one resident"). Where the first
    token of that person is; None for anything else ("In 2010, 45, ..."),
    and extract.py shows such an age with no speaker
    (`age_is_shown_as_none`)."""
    tokens = view.tokens
    last = tokens[name_last]
    if not last.is_word:
        return None
    if last.is_capitalised and name_last > 0 and not tokens[name_last - 1].is_capitalised \
            and tokens[name_last - 1].is_word and not is_people_noun(last.lower):
        return name_last  # "was Jones, 45,": the name alone, past the verb before it
    first = np_left(view, name_last)
    if first is None or not is_people_noun(last.lower):
        return None
    while first < name_last and not tokens[first].is_word:
        first += 1
    words = tokens[first : name_last + 1]
    if any(t.lower in PREPOSITIONS or t.lower in AUXILIARIES for t in words):
        return None  # "Among them was the mother": not one plain noun phrase
    return first


OTHERS = frozenset({"other", "others"})
MAX_NAME_AND_OTHERS_WORDS = 4  # "Mr. Xi", "Mark McDonald"


def _name_and_others(view: SentenceView, found: tuple[int, int]) -> tuple[int, int]:
    """Rule `name_and_others_is_one_source` (QA round 58, 654 s31: "McDonald
    and other experts said ..." showed the speaker "other experts" and
    dropped McDonald, the article's main voice): a subject that opens with
    "other" or "others" (after a count or a quantity at most: "two other
    experts", "several others") right after "NAME and", where the name is
    capitalised and opens the clause (the sentence, or after a comma), is
    the name and the others together, a joint source shown as written
    ("McDonald and other experts"). Kept: a list of names before it ("Ms.
    Toretti, Mrs. Rao and other bundlers"), a description before "and" ("The
    mayor and other officials said": no name to keep), a name inside
    another clause ("Police met Smith and other experts said" opens no
    clause at the name)."""
    tokens = view.tokens
    first, last = found
    k = first
    if k < last and (is_count(tokens[k]) or tokens[k].lower in QUANTITIES_BEFORE_OTHERS):
        k += 1
    if tokens[k].lower not in OTHERS or first < 2 or tokens[first - 1].lower != "and" \
            or not tokens[first - 2].is_capitalised:
        return found
    if tokens[k].lower != "others" and not is_people_noun(head_token(view, first, last).lower):
        return found  # "Rao and other bundlers": a noun the speakers cannot show as people
    name_first = first - 2
    while name_first > 0 and first - 1 - name_first < MAX_NAME_AND_OTHERS_WORDS and (
            tokens[name_first - 1].is_capitalised or tokens[name_first - 1].text == "."):
        name_first -= 1  # "McDonald", "Mr. Xi", "Mark McDonald"
    if name_first == 0 and tokens[0].lower in SENTENCE_CONJUNCTIONS:
        name_first = 1  # "But Smith and other officials": the name after the conjunction
    before = tokens[name_first - 1] if name_first > 0 else None
    listed = _name_opening_the_sentence(view, name_first - 2) \
        if before is not None and before.text == "," and name_first >= 2 else None
    if listed is not None and tokens[listed].lower not in PREPOSITIONS \
            and not any(t.lower in TIME_WORDS or t.lower in SENTENCE_ADVERBS or is_adverb(t.lower)
                        for t in tokens[listed : name_first - 1]):
        return found  # "Ms. Toretti, Mrs. Rao and other bundlers said": a list, read as it was
    opens = before is None or before.text == "," or (name_first == 1 and before.lower in SENTENCE_CONJUNCTIONS)
    return (name_first, last) if opens else found


def _capitalised_name_ending_at(view: SentenceView, name_last: int) -> int | None:
    """Where the name ending at `name_last` starts, when every word of that
    noun phrase is capitalised (the name before an age's commas, read by
    rules `age_is_no_subject` and `pair_with_ages_is_one_source`);
    None when it is no such name."""
    tokens = view.tokens
    if not (tokens[name_last].is_word and tokens[name_last].is_capitalised):
        return None
    name_first = np_left(view, name_last)
    if name_first is None or not all(t.is_capitalised or not t.is_word for t in tokens[name_first : name_last + 1]):
        return None
    return name_first


def _after_comma_and(tokens: Sequence[Token], first: int) -> bool:
    """For rules `pair_with_ages_is_one_source` and
    `pair_with_appositions_is_one_source`: the subject at `first` comes right
    after ", and" (the comma closing the first person's age or apposition)."""
    return first >= 2 and tokens[first - 1].lower == "and" and tokens[first - 2].text == ","


def _name_opening_the_sentence(view: SentenceView, name_last: int) -> int | None:
    """For the same two rules: where the first person's name ending at
    `name_last` starts, when it is a capitalised name
    (`_capitalised_name_ending_at`) with no word or quotation mark before it
    ("Police found Jane Smith, 35, and ..." names no pair as the subject);
    None otherwise."""
    name_first = _capitalised_name_ending_at(view, name_last)
    if name_first is None or any(t.is_word or t.text in QUOTE_MARKS for t in view.tokens[:name_first]):
        return None
    return name_first


def _pair_with_ages(view: SentenceView, found: tuple[int, int]) -> tuple[int, int]:
    """Rule `pair_with_ages_is_one_source` (resolve3-s16: "Jane Smith, 35, and
    her father Tom Smith, 61, said ..." gave the claim to Tom Smith alone): the
    subject search stops at the comma after the first person's age, so the
    second person spoke alone. A subject right after "NAME, AGE, and" where
    that name opens the sentence is the second of a pair; the subject is the
    pair as written, a joint source like "Jane Smith and her father Tom Smith
    said". Not when the name does not open the sentence ("Police found Jane
    Smith, 35, and her father Tom Smith, 61, said ..." names no pair as the
    subject) or when no age stands between the commas."""
    tokens = view.tokens
    first = found[0]
    if first < 5 or not _after_comma_and(tokens, first) \
            or not AGE_IN_COMMAS.match(tokens[first - 3].text) or tokens[first - 4].text != ",":
        return found
    name_first = _name_opening_the_sentence(view, first - 5)
    return found if name_first is None else (name_first, found[1])


def _pair_with_appositions(view: SentenceView, found: tuple[int, int]) -> tuple[int, int]:
    """Rule `pair_with_appositions_is_one_source` (resolve-s17 found it, QA
    round 48 608: "Gary Leff, the cofounder of milepoint.com, and Ann Smith,
    a consultant ..., note that ..." gave the claim to Ann Smith alone): as
    with ages (`pair_with_ages_is_one_source`), the subject search stops at
    the comma that closes the first person's apposition. A name right after
    "NAME, <apposition>, and" where that name opens the sentence and the
    apposition is a noun phrase ("the cofounder of ...", "a consultant")
    is the second of a pair; the subject is the pair as written. Not when
    the apposition holds a clause or a quotation ("Gary Leff, who said ...,
    and ..."), when the name does not open the sentence ("Police thanked Gary
    Leff, the cofounder, and Ann Smith said ...") nor when what follows
    ", and" is no name ("..., and a consultant ..., notes": rule
    `second_apposition_is_no_subject`)."""
    tokens = view.tokens
    first = found[0]
    if first < 6 or not _after_comma_and(tokens, first) or not tokens[first].is_capitalised:
        return found
    opening = next((m for m in range(first - 2) if tokens[m].text == ","), None)
    if opening is None or opening < 1 or opening + 1 >= first - 2:
        return found
    name_first = _name_opening_the_sentence(view, opening - 1)
    if name_first is None:
        return found
    apposition = tokens[opening + 1 : first - 2]
    if not opens_a_noun_apposition(apposition[0].lower):
        return found
    if any(t.text in QUOTE_MARKS or t.text in (",", ";") or t.lower in ASIDE_OPENERS or t.lower in FINITE_AUXILIARIES
           for t in apposition):
        return found
    return name_first, found[1]


MAX_LISTED_NAMES = 6  # "Rand Paul, Mike Lee, Susan Collins and Ted Cruz"


def _list_of_names_before_its_last(view: SentenceView, found: tuple[int, int]) -> tuple[int, int]:
    """Rule `list_of_names_is_one_source` (session 22 brief: "Rand Paul, Mike
    Lee and Ted Cruz said" showed "Mike Lee and Ted Cruz", and "Rand Paul,
    Mike Lee, and Ted Cruz said" showed Ted Cruz alone): the subject search
    stops at the list's commas. A subject of capitalised words only, right
    after a comma with one "and" in it ("Mike Lee and Ted Cruz") or right
    after ", and" ("Ted Cruz"), is the last of a list when only capitalised
    names, each closed by a comma, stand before it back to the sentence's
    start (or its opening conjunction); the subject is the whole list as
    written. Kept: an opener that is no name ("Meanwhile, Mike Lee and Ted
    Cruz said", "On Monday, ...", "In Washington, ...", a place:
    "Washington, ..."), a word that is not
    capitalised in the list ("Rand Paul, who ..., and Ted Cruz": rule
    `pair_with_appositions_is_one_source` reads appositions), a list inside
    a clause ("Police named Rand Paul, Mike Lee and Ted Cruz said")."""
    tokens = view.tokens
    first, last = found
    span = tokens[first : last + 1]
    if not span or not all(t.is_capitalised or t.text == "." or t.lower == "and"
                           or _article_of_a_listed_name(tokens, first + i, last) for i, t in enumerate(span)) \
            or not (span[0].is_capitalised or span[0].lower == "the"):
        return found
    if first >= 2 and tokens[first - 1].lower == "and" and tokens[first - 2].text == ",":
        comma = first - 2
    elif first >= 1 and tokens[first - 1].text == "," and sum(t.lower == "and" for t in span) == 1 \
            and span[-1].lower != "and":
        comma = first - 1
    else:
        return found
    places_listed = _only_places_listed(view, first, last)
    for _ in range(MAX_LISTED_NAMES):
        item_first = _listed_name_ending_at(view, comma - 1) if comma >= 1 else None
        if item_first is None:
            return found
        opener = tokens[item_first].lower
        place = " ".join(t.lower for t in tokens[item_first:comma]) in places() and not places_listed
        if item_first == 0 and places_listed and _dateline_before_countries(view, comma, first, last):
            return comma + 1, last  # "Geneva, Russia and China said": the dateline's city
        if item_first == 0 and (place or _dateline_place_before_full_names(view, comma)):
            return comma + 1, last  # the names after the place: "Washington, Mike Lee, and Ted Cruz said"
        if opener in PREPOSITIONS or opener in TIME_WORDS or opener in SENTENCE_ADVERBS or is_adverb(opener) \
                or opener in SENTENCE_CONJUNCTIONS or any(t.lower == "and" for t in tokens[item_first:comma]) \
                or place:
            return found  # ... nor a place before the names ("London, Mike Lee and Ted Cruz said")
        if item_first == 0 or (item_first == 1 and tokens[0].lower in SENTENCE_CONJUNCTIONS):
            return item_first, last
        if tokens[item_first - 1].text != ",":
            return found
        comma = item_first - 1
    return found


def _article_of_a_listed_name(tokens: Sequence[Token], k: int, last: int) -> bool:
    """Rule `article_inside_a_list_of_names` (QA 69a, CNN-Corpus dev 986 s14:
    "The United States, the United Nations and the European Union have called
    on Yemen ..." showed "the United Nations and the European Union", the
    first body dropped): a lower-case "the" right before a capitalised word
    of the list's span opens one of its names ("the United Nations"); any
    other lower-case word ("the senator") keeps the span no list of names."""
    return tokens[k].text == "the" and k < last and tokens[k + 1].is_capitalised


def _listed_name_ending_at(view: SentenceView, name_last: int) -> int | None:
    """For rule `article_inside_a_list_of_names`: where the list's name ending
    at `name_last` starts, a capitalised name (`_capitalised_name_ending_at`)
    or one after "the" ("the United Nations", "The United States"); None
    when it is no such name ("the senator")."""
    name_first = _capitalised_name_ending_at(view, name_last)
    if name_first is not None:
        return name_first
    tokens = view.tokens
    name_first = np_left(view, name_last)
    if name_first is None or name_first >= name_last or tokens[name_first].text != "the" \
            or not all(t.is_capitalised or not t.is_word for t in tokens[name_first + 1 : name_last + 1]):
        return None
    return name_first


def _without_the(words: Sequence[Token]) -> str:
    """The words in lower case, an opening "the" left out: "The United
    States" is the country "united states" of places.txt."""
    lowered = [t.lower for t in words]
    return " ".join(lowered[1:] if len(lowered) > 1 and lowered[0] == "the" else lowered)


def _dateline_before_countries(view: SentenceView, comma: int, first: int, last: int) -> bool:
    """Rule `list_of_places_is_one_source` (review s25: "Geneva, Russia and
    China said they would veto ..." showed "Geneva, Russia and China"): the
    words before the sentence's first comma are a dateline, no place of
    the list, when written in capitals ("GENEVA, Russia and China") or
    when they are no country (names.countries) and every place listed
    after the comma is one: a city where the countries spoke. "London,
    Paris and Berlin said" (capitals all) stays one source."""
    opening = view.tokens[:comma]
    if all(t.text.isupper() and len(t.text) > 2 for t in opening if t.is_word):
        return True
    if _without_the(opening) in countries():
        return False  # "The United States, Britain and France said": the first of three countries
    items = _list_items(view, first, last)
    if not all(_without_the(item) in countries() for item in items):
        # rule `list_of_places_and_bodies_is_one_source`: with a body listed ("Geneva, Russia and the
        # EU"), a dateline is a listed place before countries and bodies, one country among them at
        # least ("Apple, Google and the Federal Trade Commission" opens with the first of three)
        return _without_the(opening) in places() and any(_without_the(item) in countries() for item in items) \
            and all(_without_the(item) in countries() or _listed_body(item) for item in items)
    return True


def _only_places_listed(view: SentenceView, first: int, last: int) -> bool:
    """Rule `list_of_places_is_one_source` (review s23: "London, Paris and
    Berlin said the sanctions would stay" showed "Paris and Berlin", London
    read as the dateline): when every name of the subject (tokens `first` to
    `last`, split at "and" and commas) is a listed place, the place before
    the comma is one more of them, a capital speaking for its government,
    not a dateline. "London, Mike Lee and Ted Cruz said" keeps its
    dateline.

    Rule `list_of_places_and_bodies_is_one_source` (s27: "Britain, France and
    the EU said ..." showed the speaker "France and the EU", Britain read as a
    dateline): a body listed with the places (organisation_acronyms.txt "EU",
    "NATO", or a capitalised name holding an organisation word: "the United
    Nations") speaks as they do; the place before the comma is one more of
    the list. "London, Mike Lee and the FBI said" keeps its dateline."""
    items = _list_items(view, first, last)
    return all(item and (_without_the(item) in places() or _listed_body(item)) for item in items)


def _list_items(view: SentenceView, first: int, last: int) -> list[list[Token]]:
    """The items of a list of names from token `first` to `last`, split at
    "and" and commas (an item may be empty: ", and", and then is none of
    the places or bodies)."""
    items: list[list[Token]] = [[]]
    for token in view.tokens[first : last + 1]:
        if token.lower == "and" or token.text == ",":
            items.append([])
        else:
            items[-1].append(token)
    return items


def _listed_body(item: Sequence[Token]) -> bool:
    """For rule `list_of_places_and_bodies_is_one_source`: an item of a list
    that names a body, one organisation_acronyms.txt lists ("the EU",
    "NATO") or capitalised words holding an organisation word ("the
    European Union", "the United Nations"); not a person ("Ted Cruz")."""
    words = item[1:] if len(item) > 1 and item[0].lower == "the" else item
    if not words or not all(t.is_capitalised for t in words):
        return False
    lowered = [t.lower for t in words]
    return " ".join(lowered) in organisation_acronyms() or holds_a_body_word(lowered)


def _dateline_place_before_full_names(view: SentenceView, comma: int) -> bool:
    """Rule `dateline_place_opens_no_list` (closing note s22: "Washington, Mike
    Lee and Ted Cruz said" gave the source "Washington, Mike Lee and Ted
    Cruz"): the words before the sentence's first comma name a place that
    opens datelines (cleanup.is_dateline_place: "Washington", which
    places.txt leaves out as a person's name too) and a name of two
    capitalised words or more follows the comma: a dateline's place, not
    the first of the names listed. "Washington, Lee and Cruz said" (surnames
    only, as a list of people is written) stays one list."""
    tokens = view.tokens
    words = " ".join(t.text for t in tokens[:comma])
    return comma + 2 < len(tokens) and tokens[comma + 1].is_capitalised and tokens[comma + 2].is_capitalised \
        and is_dateline_place(words) and not _surname_of_a_person_in_the_article(view, words)


def _surname_of_a_person_in_the_article(view: SentenceView, word: str) -> bool:
    """For rule `dateline_place_opens_no_list` (review s23: "Former Rep.
    Craig Washington met senators on Monday." before "Washington, Mike Lee
    and Ted Cruz said" lost Washington from the source): the place's word
    follows a listed first name somewhere in the article ("Craig
    Washington"), not inside a longer name ("George Washington
    University"): it may be that person, one of the names listed."""
    before = r"\b([A-Z][a-z]+)\s+" + re.escape(word) + r"\b(?!\s+[A-Z])"  # not "George Washington University"
    return any(found.group(1).lower() in first_names() for found in re.finditer(before, view.text))


def _name_before_an_unclosed_title(view: SentenceView, found: tuple[int, int], k: int) -> tuple[int, int]:
    """Rule `title_apposition_without_its_closing_comma` (claims-s16: "Fred
    Krupp, the President of Environmental Defense Fund said ..." showed the
    speaker "the President of Environmental Defense Fund", before session 15
    the Fund): a subject that opens with an article and a title or a noun of
    people, right after the sentence's first words and a comma, when those
    words are a person's name (two or more capitalised words, a listed first
    name first), is that name's apposition with its closing comma left out;
    the subject is the name. "In Washington, the president of the Fund said"
    (no first name) and a name not opening the sentence stay as they were;
    so does a cue closed by a comma within a few words ("Donald Trump, the
    senator said, is a con man", "... the president said on Monday, would
    never win": the name is the topic of an aside's claim; review s16).
    QA round 50 (592 s3: "As Keith Pierce, executive vice president for
    brand operations at Wyndham Hotel Group told us, "There's ..."" showed
    the title as the speaker): the title may come without an article when
    its words up to a preposition are lower case and end in a title or a
    noun of people ("executive vice president for ..."), the name may
    follow an opening "As" (claim_grammar.txt unclosed_apposition_openers),
    and a comma after the cue that opens a quotation is no aside's close."""
    tokens = view.tokens
    first, last = found
    if first < 3 or tokens[first - 1].text != "," or not first < last == k:
        return found  # the subject right before the cue: not across "which" ("..., which endorsed X")
    if any(t.lower in ("and", "or") for t in tokens[first:last]):
        return found
    quoted_name = np_left(view, first - 2) if tokens[first - 2].is_word else None
    role_head = head_token(view, first, last)  # "spokesman for the Democratic National Committee"
    if quoted_name is not None and _after_a_closing_quotation(view, quoted_name) \
            and (is_people_noun(role_head.lower) or role_head.lower in one_word_titles()):
        # qa68c-s25 (QA round 68, 449 s19: '"... no matter what," Boyle, the Jacksons' lawyer said.' gave
        # the speaker "the Jacksons' lawyer" and the content '"...," Boyle'): the name right after a
        # quotation, a surname alone too, is the speaker the role describes; the role's head may have
        # its body after it (QA round b s28, CNN 426 s29: '"...," Michael Czin, spokesman for the
        # Democratic National Committee said' showed the role as the speaker, the name in the content)
        words = tokens[quoted_name : first - 1]
        if words and len(words) <= 3 and all(t.is_word and t.is_capitalised for t in words) \
                and not any(t.text == "," for t in tokens[first:last + 1]):
            return quoted_name, first - 2
        return found
    if _cue_closed_by_a_comma(tokens, k):
        return found  # (after a quotation a comma past the cue closes no aside: "..., noting ...")
    if tokens[first].lower in ARTICLES:
        head = tokens[first + 1]
        if not (title_at(tokens, first + 1) or head.lower in one_word_titles() or is_people_noun(head.lower)):
            return found
    elif not _bare_title_at(tokens, first, last):
        return found
    name_last = first - 2
    name_first = np_left(view, name_last)
    if name_first is None or name_last - name_first < 1 or not (
            opens_sentence(tokens, name_first) or (name_first == 1 and tokens[0].lower in UNCLOSED_APPOSITION_OPENERS)):
        return found
    words = tokens[name_first : name_last + 1]
    if not all(t.is_word and t.is_capitalised for t in words) or words[0].lower not in first_names():
        return found
    if any(t.text == "," for t in tokens[first:last + 1]):
        return found
    return name_first, name_last


UNCLOSED_APPOSITION_OPENERS = grammar("unclosed_apposition_openers")


def _after_a_closing_quotation(view: SentenceView, k: int) -> bool:
    """For rule `title_apposition_without_its_closing_comma`: token `k`
    comes right after the quotation mark that closes a quotation."""
    tokens = view.tokens
    if k < 1 or tokens[k - 1].text not in QUOTE_MARKS:
        return False
    quote = view.quotes.covering(tokens[k - 1].start)
    return quote is not None and quote[1] == tokens[k - 1].end


def _bare_title_at(tokens: Sequence[Token], first: int, last: int) -> bool:
    """For rule `title_apposition_without_its_closing_comma`: the subject
    `first`..`last` is a title with no article, lower-case words up to a
    preposition or its end, the last a title or a noun of people
    ("executive vice president for brand operations at ...", "spokesman
    for the ministry"); not a plural ("critics", "officials")."""
    end = next((j for j in range(first, last + 1) if tokens[j].lower in PREPOSITIONS), last + 1)
    words = tokens[first:end]
    if not words or not all(t.is_word and not t.is_capitalised for t in words):
        return False
    head = words[-1].lower
    return not ends_in_plural_s(head) and (head in one_word_titles() or is_people_noun(head))


# How far after a cue the comma that closes an aside may come: the cue, a hearer, a time and a
# venue ("the pollster said in an interview on Monday,").
ASIDE_TAIL = 8


def _cue_closed_by_a_comma(tokens: Sequence[Token], k: int) -> bool:
    """Whether the cue at `k` ends an aside: a comma follows it within a few
    words with no "that" or quotation opening the content first (review s16:
    "Donald Trump, the president said on Monday, would never win" is the
    president's claim about Trump; the old guard saw only the two words after
    the cue and missed a time, a hearer or a venue before the comma)."""
    for j in range(k + 1, min(k + 1 + ASIDE_TAIL, len(tokens))):
        t = tokens[j]
        if t.text == ",":
            # a comma before a quotation that opens with a capital introduces that quotation
            # ('... told us, "There's more ..."'), it closes no aside (QA round 50, 592 s3)
            return not (j + 2 < len(tokens) and tokens[j + 1].text in QUOTE_MARKS and tokens[j + 2].is_capitalised)
        if t.lower == "that" or t.text in QUOTE_MARKS:
            return False
    return False


def _name_before_a_party_tag(view: SentenceView, found: tuple[int, int]) -> tuple[int, int] | None:
    """Rule `party_tag_is_no_subject`: "Sen. Tim Kaine, D-Virginia, who was
    an early backer of President Obama's first presidential campaign ...,
    says he is concerned": a party-state tag ("D-Virginia", "R-South
    Carolina", "I-Vt.") is an appositive of the name before its comma; the
    subject is that name. With no name there, no subject."""
    tokens = view.tokens
    first = found[0]
    if not PARTY_TAG.fullmatch(tokens[first].text):
        return found
    name_last = first - 2
    if name_last < 0 or tokens[first - 1].text != "," or not tokens[name_last].is_capitalised:
        return None
    name_first = np_left(view, name_last)
    return (name_first, name_last) if name_first is not None else None


def _subject_before_the_cue(view: SentenceView, k: int) -> tuple[int, int] | None:
    tokens = view.tokens
    found = _relative_stands_for_its_antecedent(view, _subject_before(view, k))
    if found is not None:
        found = (_title_list_start(view, found[0]), found[1])
    if found is not None and _region_closing_an_apposition(view, found):
        across = _subject_across_asides(view, found[1] + 1)
        if across is not None and tokens[across[0]].is_capitalised:
            return across
    if not (tokens[k].text == "," or tokens[k].text in DASHES):
        return found
    if found is None:
        return _subject_across_asides(view, k)
    if any(tokens[m].lower in SENTENCE_CONJUNCTIONS and tokens[m - 1].text == "," for m in range(found[0] + 1, k)):
        # the span runs back over ", but" into the clause before: "It is unclear how many people
        # have been killed ..., but Sen. Lindsay Graham, R-South Carolina, told ..."
        return _subject_across_asides(view, k)
    bare_role = not tokens[found[0]].is_capitalised and tokens[found[0]].lower in people_nouns()
    after_comma = found[0] > 0 and tokens[found[0] - 1].text == ","
    if after_comma and (tokens[found[0]].lower in ARTICLES or bare_role):
        # "Prof Gavin Yamey, director of the Centre ..., who is leading research ..., says": the name
        # "Hogan Gidley, a former director of the party, whose roots are ..., said": the name
        return _subject_across_asides(view, k) or found
    if _second_apposition_before_a_thing_relative(view, found) and (tokens[found[0]].lower in ARTICLES or bare_role):
        return _subject_across_asides(view, k) or found
    return found


def _relative_stands_for_its_antecedent(view: SentenceView,
                                        found: tuple[int, int] | None) -> tuple[int, int] | None:
    """Rule `relative_pronoun_is_never_the_speaker` (PolNeAR train nyt
    2016-08-22 s30: "Bret Stephens, who, after trading insults with Mr.
    Hannity over Mr. Trump, said on the MSNBC show ..." showed the speaker
    "who"): a subject that is a relative pronoun alone, after a comma, with
    an aside of its own between it and the cue, stands for the noun phrase
    before that comma when a name or a people noun heads it; the subject is found as it is for "Bret Stephens,
    who said" (the same walk, from the relative). When no plain phrase
    ends right before the comma ("the man and his wife, who, ..., said"
    may be either), the relative stays the subject, and extract.py shows
    the claim with no speaker (`relative_pronoun_is_shown_as_none`). So
    too when the phrase holds a preposition of claim_grammar.txt
    prepositions_of_two_antecedents before another noun ("aides to Tom
    Reed, who, on Monday, said": the aides or Reed; "a spokesman for Tom
    Reed", "the husband of Mary Smith"): the speaker is not cut to the
    first noun, nor given to the second."""
    if found is None or found[0] != found[1] or view.tokens[found[0]].text not in PERSON_OR_THING_RELATIVES:
        return found
    who = found[0]
    if who < 2 or view.tokens[who - 1].text != ",":
        return found
    antecedent = _subject_before(view, who)
    if antecedent is None or antecedent[1] != who - 2 or any(
            not t.is_word for t in view.tokens[antecedent[0] : antecedent[1] + 1]):
        return found
    if any(t.lower in RELATIVES_OF_EITHER_NOUN for t in view.tokens[antecedent[0] : antecedent[1]]):
        return found  # "aides to Tom Reed, who, ..., said": the aides or Reed
    head = head_token(view, *antecedent)
    if not (head.is_capitalised or head.lower in people_nouns()):
        return found  # "Jones, 45, who, ..., said": an age, no one's name
    return antecedent


PERSON_OR_THING_RELATIVES = frozenset({"who", "whom", "which"})  # as written: "WHO" is a body
RELATIVES_OF_EITHER_NOUN = grammar("prepositions_of_two_antecedents")


def _region_closing_an_apposition(view: SentenceView, found: tuple[int, int]) -> bool:
    """Rule `region_closing_an_apposition_is_no_subject` (mentions-s26,
    CNN-Corpus dev 180 s46: '"...," Cory Booker, mayor of Newark, New
    Jersey said' gave the speaker "New Jersey", the writer having left out
    the comma after the region): up to MAX_REGION_TOKENS capitalised words
    right before the cue, after a comma and a place that "of" or "from"
    opens inside an apposition, are that place's region when
    `region_after_a_place_is_no_name` reads them so (a place word ending
    the place, or a listed region: "the sheriff of Kitsap County,
    Washington said"), the end of an
    apposition; the subject is the name the asides follow, when one
    opens them. "Officials in Newark said" (no comma), "Newark, New Jersey
    said" opening the sentence (no preposition), "Speaking Tuesday in
    Florida, Trump insisted" (a fronted "in") and "in Yellowknife Bay,
    scientists said" (a noun in lower case: no region) stay as they were."""
    first, last = found
    tokens = view.tokens
    if first < 2 or tokens[first - 1].text != "," or last - first >= MAX_REGION_TOKENS \
            or not all(t.is_capitalised or t.text == "." for t in tokens[first : last + 1]):
        return False
    m = first - 2
    while m >= 0 and tokens[m].is_word and tokens[m].is_capitalised:
        m -= 1
    # "of" or "from" inside an apposition ("mayor of Newark,", "a salesman from Sumter,"), not a fronted
    # "in" ("Speaking Tuesday in Florida, Trump insisted": the subject)
    return m >= 0 and tokens[m].lower in ("of", "from") and _region_after_the_subjects_place(view, first - 1, last + 1)


def _second_apposition_before_a_thing_relative(view: SentenceView, found: tuple[int, int]) -> bool:
    """Rule `second_apposition_is_no_subject` (QA round 48, 608: "Gary Leff,
    the cofounder of milepoint.com, and a consultant on the Freddie Awards,
    which recognizes airlines ..., notes" showed the speaker "a consultant on
    the Freddie Awards"): a subject found as the antecedent of a thing's
    relative aside (", which", ", that") and opened by ", and" is the second
    of two appositions, as it is with no relative after it ("Gary Leff, the
    cofounder ..., and a consultant ..., notes" is Gary Leff); the subject is
    the noun phrase the sentence opens with. A person's relative ("..., and a
    consultant, who asked not to be named, said") may bring in someone else:
    it stays as it was."""
    tokens = view.tokens
    first, last = found
    return first > 1 and tokens[first - 1].lower == "and" and tokens[first - 2].text == "," \
        and last + 2 < len(tokens) and tokens[last + 1].text == "," and tokens[last + 2].lower in THING_RELATIVES


def _title_list_start(view: SentenceView, first: int) -> int:
    """Rule `title_with_a_list`: "Minister of Industry, Investment and
    Commerce, Senator Aubyn Hill": a subject that opens with capitalised
    words joined by "and" right after "of <Word>," continues a title to the
    left; it starts where that title starts."""
    tokens = view.tokens
    if first < 4 or tokens[first - 1].text != "," or tokens[first - 3].lower != "of":
        return first
    run = []
    for token in tokens[first:]:
        if not (token.is_capitalised or token.lower == "and"):
            break
        run.append(token.lower)
    if "and" not in run or not tokens[first - 2].is_capitalised:
        return first
    start = np_left(view, first - 2)
    return start if start is not None and tokens[start].is_capitalised else first


QUANTITY_WORDS = grammar("plural_quantifiers") | grammar("plural_counts") | grammar("whole_quantifiers")
QUANTITIES_BEFORE_OTHERS = QUANTITY_WORDS - OTHERS  # _name_and_others: "several other experts"
ASIDE_OPENERS = frozenset({"who", "whose", "which", "whom", "where", "when", "while", "if", "because", "although"})
ASIDE_OPENERS |= frozenset({"though", "since", "as", "after", "before", "until", "unless"})


def _subject_across_asides(view: SentenceView, k: int) -> tuple[int, int] | None:
    """Rule `subject_across_asides`: the noun phrase that opens the sentence
    (or follows a quotation) is the subject of a cue after a chain of asides
    that hold no finite verb outside a relative clause: "Sen. Lindsey Graham,
    R-S.C., a long-shot presidential candidate, said", "Sandra Inman, a Cruz
    supporter from Jackson, Miss., attending the convention, said", "Paul
    Porter, a truck driver from Ava, Mo., who is a member of the union, said"."""
    tokens = view.tokens
    quote = max((m for m in range(k) if tokens[m].text in QUOTE_MARKS and not _quoted_title_in_an_aside(view, m)),
                default=None)
    if quote is not None and not _only_scare_quotes_in_a_dashed_aside(view, k):
        start = quote + 1
        while start < k and tokens[start].text == ",":
            start += 1
        last = np_right(view, start) if start < k else None
        if last is None or not looks_like_source(view, start, last):
            return None
    else:
        subject = _subject_after_a_joiner(view, k) or sentence_subject(view, k)
        if subject is None:
            return None
        start, last = subject
    if last + 1 >= k or not (tokens[last + 1].text in (",", "(") or tokens[last + 1].text in DASHES):
        return None
    in_relative = False
    for m in range(last + 1, k):
        token = tokens[m]
        if token.text in QUOTE_MARKS and not _scare_quote_inside_a_dashed_aside(view, last + 1, k, m) \
                and not _quoted_title_in_an_aside(view, m):
            return None
        if token.text == "," or token.text in DASHES:
            in_relative = False
        elif token.lower in ASIDE_OPENERS or _relative_that(tokens, m):
            in_relative = True
        elif token.lower in FINITE_AUXILIARIES and not in_relative and not _auxiliary_word_inside_a_name(tokens, m):
            return None
    head = head_token(view, start, last)
    if head.lower in people_nouns() or (head.is_capitalised and head.lower in PARTY_MEMBER_NOUNS):
        # "VFI Chief Executive, Padraig Cribben, said": the name in apposition to the role; so
        # too after a party member (rule `name_apposed_to_a_party_member`, QA round 57, 398 s5:
        # "Separately, another Republican, Rep. Frank Wolf of Virginia, has called for ..." showed
        # the unnamed "another Republican"), its place after "of" kept for the name to resolve
        comma = next((m for m in range(last + 1, k) if tokens[m].text == ","), None)
        if comma is not None:
            end = next((m for m in range(comma + 1, k + 1) if tokens[m].text == ","), k)
            name = [t for t in tokens[comma + 1 : _before_a_place_of(tokens, comma + 1, end)] if t.text != "."]
            if name and len(name) <= 4 and all(t.is_capitalised for t in name) \
                    and not _region_after_the_subjects_place(view, comma, end):
                return comma + 1, end - 1
    return start, last


def _quoted_title_in_an_aside(view: SentenceView, m: int) -> bool:
    """For rule `subject_across_asides`: the quotation mark at `m` belongs to
    a short title of capitalised words inside an aside, after a word or a
    comma ('a contestant on Trump's reality TV show, "The Apprentice," who
    went on to work alongside Trump, said'): a name the writer quotes, no
    one's speech, so the walk crosses it. A quotation that opens the
    sentence, holds a lower-case word or runs past MAX_TITLE_WORDS words
    stops the walk as before."""
    tokens = view.tokens
    quote = view.quotes.covering(tokens[m].start)
    if quote is None or quote[0] <= tokens[0].start:
        return False
    opening = next((j for j in range(m, -1, -1) if tokens[j].start == quote[0]), None)
    if opening is None or opening == 0 or not (tokens[opening - 1].is_word or tokens[opening - 1].text == ","):
        return False
    words = [t for t in tokens if quote[0] < t.start and t.end <= quote[1] and t.is_word]
    return 0 < len(words) <= MAX_TITLE_WORDS and words[0].is_capitalised \
        and all(t.is_capitalised or t.lower in TITLE_JOINERS for t in words)


def _relative_that(tokens: Sequence[Token], m: int) -> bool:
    """For rule `subject_across_asides`: "that" right after a noun of an
    aside opens a relative clause ("Tom Fitton, the president of Judicial
    Watch, a conservative group that has sued the agency, said"), whose
    verb is no verb of the sentence's own."""
    before = tokens[m - 1] if m > 0 else None
    return tokens[m].lower == "that" and before is not None and before.is_word \
        and before.lower not in FINITE_OR_AUXILIARY and before.lower not in DETERMINERS \
        and not before.lower.endswith("ed")


MAX_SCARE_QUOTE_WORDS = 3  # 'the "swing," or deciding, vote'


def _scare_quote_inside_a_dashed_aside(view: SentenceView, opening: int, closing: int, mark: int) -> bool:
    """Rule `scare_quote_inside_a_dashed_aside` (resolve2-s27, reader round
    71, CNN-Corpus dev 419 s25: 'But Kennedy -- a moderate-conservative who
    proved once again to be the "swing," or deciding, vote -- made clear the
    ruling is limited: "..."' gave no claim): a quotation of a few words
    wholly inside the writer's aside between two dashes (the one after the
    subject at `opening`, the one before the cue at `closing`) is a word the
    writer marks, no one's speech; the aside is crossed as one with no
    quotation. A longer quotation, or one inside commas, stops the walk as
    before (it may be a claim of its own)."""
    tokens = view.tokens
    if tokens[opening].text not in DASHES or tokens[closing].text not in DASHES:
        return False
    quote = view.quotes.covering(tokens[mark].start)
    if quote is None or quote[0] <= tokens[opening].end or quote[1] > tokens[closing].start:
        return False
    words = [t for t in tokens[opening:closing] if quote[0] < t.start and t.end < quote[1] and t.is_word]
    return 0 < len(words) <= MAX_SCARE_QUOTE_WORDS


def _only_scare_quotes_in_a_dashed_aside(view: SentenceView, k: int) -> bool:
    """For rule `scare_quote_inside_a_dashed_aside`: every quotation mark
    before the dash at `k` belongs to a few quoted words inside the aside
    that the first dash of the sentence opens; the sentence's subject stands
    before that dash, not after a quotation."""
    tokens = view.tokens
    opening = next((m for m in range(k) if tokens[m].text in DASHES), None)
    marks = [m for m in range(k) if tokens[m].text in QUOTE_MARKS]
    return opening is not None and bool(marks) and all(
        m > opening and _scare_quote_inside_a_dashed_aside(view, opening, k, m) for m in marks)


PARTY_MEMBER_NOUNS = grammar("party_member_nouns")
MIN_NAME_BEFORE_A_PLACE = 2  # "Frank Wolf of Virginia": a name of two words at least before "of"


def _before_a_place_of(tokens: Sequence[Token], first: int, end: int) -> int:
    """For rule `name_apposed_to_a_party_member`: where the name between
    `first` and `end` ends when "of" and capitalised words only close it
    ("Rep. Frank Wolf of Virginia"); `end` otherwise ("the head of the
    panel" holds lower-case words: no name)."""
    of = next((m for m in range(first, end) if tokens[m].lower == "of"), None)
    if of is None or of + 1 >= end or sum(t.is_capitalised for t in tokens[first:of]) < MIN_NAME_BEFORE_A_PLACE \
            or not all(t.is_capitalised or t.text == "." for t in tokens[of + 1 : end]):
        return end
    return of


def _region_after_the_subjects_place(view: SentenceView, comma: int, end: int) -> bool:
    """Rule `region_after_a_place_is_no_name` (session 14, QA round 42, 431
    s8: "The chief deputy coroner in Kitsap County, Washington, told CNN
    ..." gave the speaker "Washington"): the capitalised words between
    `comma` and `end` follow a place that "in" opens ("coroner in Kitsap
    County"), or "of"/"from"/"at" opens and a place word ends (place_words.txt
    ends: "the sheriff of Kitsap County, Washington,"), or they are a listed
    place themselves ("the mayor of Springfield, Illinois,"): the region of
    that place, never a name in apposition to the role. "VFI Chief Executive, Padraig Cribben, said" (no place before
    the comma) and "The chief executive of Acme, John Smith, said" (not
    "in", no listed place) stay names."""
    tokens = view.tokens
    region = " ".join(t.lower for t in tokens[comma + 1 : end] if t.text != ".")
    m = comma - 1
    while m >= 0 and tokens[m].is_word and tokens[m].is_capitalised:
        m -= 1
    if m < 0 or m == comma - 1 or tokens[m].lower not in APPOSITIVE_PLACE_PREPOSITIONS:
        return False
    return tokens[m].lower == "in" or tokens[comma - 1].lower in place_ends() or region in places()


# determiners that open a new subject noun phrase ("but those talks"), not "no", "any", "such"
SUBJECT_DETERMINERS = DETERMINERS - {"no", "any", "such"}


def _subject_after_but(view: SentenceView, subject: tuple[int, int], k: int) -> tuple[int, int] | None:
    """Rule `participle_of_the_clause_after_but`: "Italy and Malta have long
    pushed for a policy ... but France and Germany have resisted it, calling
    on the southern nations to ...": a participle after a clause opened by
    "but" and a subject of its own is that subject's, not the sentence's.
    The subject may open with a determiner and its verb be a past form:
    "Steven Sotloff disappeared ..., but his family kept the news secret,
    fearing harm to him" (the family feared, not the captive). The caller
    drops the claim when that subject is no source."""
    tokens = view.tokens
    joiner = next((m for m in range(k - 1, subject[1], -1) if tokens[m].lower == "but"), None)
    if joiner is None or joiner + 1 >= k:
        return None
    opener = tokens[joiner + 1]
    if not (opener.is_capitalised or opener.lower in SUBJECT_DETERMINERS):
        return None
    last = np_right(view, joiner + 1)
    if last is None or last + 1 >= k:
        return None
    verb = tokens[last + 1]
    if verb.lower in AUXILIARIES:
        return joiner + 1, last
    past = is_past(verb) or is_listed_past(verb)
    return (joiner + 1, last) if past and opener.lower in DETERMINERS else None


def _subject_after_a_joiner(view: SentenceView, k: int) -> tuple[int, int] | None:
    """Rule `subject_across_asides` after ", but": "It is unclear how many
    people have been killed ..., but Sen. Lindsay Graham, R-South Carolina,
    told an audience ...": the clause's own subject follows the joiner, not
    the sentence's first clause (which gave "many people")."""
    tokens = view.tokens
    for m in range(k - 1, 0, -1):
        if tokens[m].text in QUOTE_MARKS:
            return None
        if tokens[m].lower in SENTENCE_CONJUNCTIONS and tokens[m - 1].text == ",":
            last = np_right(view, m + 1) if m + 1 < k else None
            if last is None or not tokens[m + 1].is_capitalised or not looks_like_source(view, m + 1, last):
                return None
            return m + 1, last
    return None


def _share_with_its_sign(view: SentenceView, k: int) -> tuple[int, int] | None:
    """Rule `percent_sign_share_is_a_subject` (recall-s26, PolNeAR train:
    "There is less consensus: 47% say the United States should commit
    troops", "On economic issues, 42% say they are liberal"): a share
    written with its sign (`k` the "%") and its lead words ("only",
    "nearly": claim_grammar.txt share_leads) is the polled group that
    answered, as "26 percent said" is; the sign is no word, so the walk
    left stopped at it. Only a share that opens its clause (the sentence's
    start, a colon, semicolon or dash, or a fronted phrase's comma): "The
    stock rose 5% said analysts" and "..., 32% call themselves
    conservative" (a share in a list after a comma) stay as they were."""
    tokens = view.tokens
    first = k - 1
    while first > 0 and tokens[first - 1].lower in SHARE_LEADS and tokens[first - 1].is_word:
        first -= 1
    if first == 0 or tokens[first - 1].text in {":", ";"} | DASHES:
        return first, k
    if tokens[first - 1].text == "," and tokens[0].lower in PREPOSITIONS \
            and not any(t.text == "," for t in tokens[: first - 1]) \
            and not any(_main_verb(t) for t in tokens[: first - 1]):
        return first, k  # "On economic issues, 42% say": after a fronted phrase
    return None


def _subject_before(view: SentenceView, k: int) -> tuple[int, int] | None:
    tokens = view.tokens
    if tokens[k].text == "," or tokens[k].text in DASHES:
        # an aside between commas or dashes: "X, who ..., said", "X, in a statement, said"
        mark = {tokens[k].text} if tokens[k].text in DASHES else {","}
        opening = next((m for m in range(k - 1, max(k - MAX_ASIDE_TOKENS, -1), -1) if tokens[m].text in mark), None)
        if opening is not None and mark == {","} and _list_in_aside(tokens, opening, k):
            # "Mr Parish, chairman of the environment, food and rural affairs committee, said"
            earlier = range(opening - 1, max(k - MAX_ASIDE_TOKENS, -1), -1)
            opening = next((m for m in earlier if tokens[m].text == ","), None)
        if opening is not None and mark == {","} and _state_after_place(tokens, opening, k):
            # "Johnnie Wilson, of Springfield, Va., said": the aside holds a comma
            earlier = range(opening - 1, max(k - MAX_ASIDE_TOKENS, -1), -1)
            opening = next((m for m in earlier if tokens[m].text == ","), None)
        if opening is not None and opening > 1 and tokens[opening - 1].text == ")":
            # "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
            paren = next((m for m in range(opening - 2, max(opening - 12, -1), -1) if tokens[m].text == "("), None)
            if paren is not None and paren > 0 and tokens[paren - 1].is_word:
                head = np_left(view, paren - 1)
                return (head, opening - 1) if head is not None else None
        if opening is None or opening == 0 or opening == k - 1 or not tokens[opening - 1].is_word:
            return None
        dashed = mark != {","}
        if any(t.text in QUOTE_MARKS and not _quoted_inside(view, t, opening, dashed) for t in tokens[opening:k]):
            return None  # '"..., including joint ventures", said Xing Wangli': no aside
        inner = tokens[opening + 1]
        if _clause_in_aside(tokens, opening, k):
            return None  # "Bonaire, St Eustatius and Saba have also been removed ..., said X"
        if mark == {","} and _inside_a_relative_aside(view, opening):
            return None  # rule `name_in_a_relative_aside_is_no_subject`
        head = np_left(view, opening - 1)
        if head is not None and inner.lower == "who" and _place_after_a_preposition(view, head):
            return _head_before_the_appositive(view, head)
        if head is None:
            # "Donna Sampson Rawlings, 59, of Ashton, Md., who watched ..., said"
            return sentence_subject(view, opening) if inner.lower in RELATIVES else None
        if inner.lower in RELATIVES or inner.lower in PREPOSITIONS or mark != {","}:
            return head, opening - 1
        return head, k - 1
    if tokens[k].text == "%" and k >= 1 and is_count(tokens[k - 1]):
        return _share_with_its_sign(view, k)
    if not tokens[k].is_word:
        return None
    first = np_left(view, k)
    if first is None:
        return None
    if first < k - 1 and _name_before_a_restrictive_who(view, first, k - 1, k) > first:
        return _name_before_a_restrictive_who(view, first, k - 1, k), k - 1
    first = _listed_subject_start(view, first, k)
    if first == k and tokens[k].lower in RELATIVES:
        m = k - 1
        if m >= 0 and tokens[m].text == ",":
            m -= 1
        if m < 0 or not tokens[m].is_word:
            return None
        antecedent = np_left(view, m)
        if antecedent is None:
            return None
        # "... also overturned the previous ruling in San Diego, which had found ...": the
        # antecedent starts after the verb of the main clause
        verb = next((j for j in range(m - 1, antecedent - 1, -1) if _main_verb(tokens[j]) or _clause_verb(tokens[j])),
                    None)
        first = verb + 1 if verb is not None else antecedent
        modal = verb is not None and tokens[verb].lower in MODALS
        while verb is not None and first < m \
                and (_verb_group_tail(tokens[first]) or (modal and is_bare_adverb(tokens[first]))):
            first += 1  # "Barak was visiting U.S. Defense Secretary Leon Panetta, who noted ...": Panetta noted
        if modal and first < m and tokens[first].is_word \
                and not tokens[first].is_capitalised and tokens[first].lower not in DETERMINERS:
            first += 1  # "would almost certainly benefit Democrats, who want ...": the verb after a modal
        if verb is not None and first + 1 < m and tokens[first].lower == "to" and not tokens[first + 1].is_capitalised \
                and tokens[first + 1].lower not in DETERMINERS:
            first += 2  # "is likely to placate nervous Democrats, who ...": not the verb "placate"
        if first < m and tokens[first].lower in PREPOSITIONS:
            first += 1  # "turned to the Chicago Police Department, which reported ...": not "to the ..."
        first = _relative_after_the_object(view, first, m)
        if any((t.lower == "to" and u.is_word and not u.is_capitalised and u.lower not in DETERMINERS)
               or (u.lower in ("and", "or") and t.is_word and not t.is_capitalised and tokens[m].is_capitalised
                   and all(v.is_capitalised for v in tokens[first + j + 2 : m + 1]))
               for j, (t, u) in enumerate(pairwise(tokens[first : m + 1]))):
            # "was in Washington to see Panetta, who said", "with his wife and Panetta, who said":
            # the name that ends right before the comma, past an infinitive or a list
            first = m
            while first > 0 and tokens[first].is_capitalised and tokens[first - 1].is_capitalised:
                first -= 1
            if not tokens[first].is_capitalised:
                return None  # "... and the minister, who said": which one, the text does not say
        if first > 0 and (tokens[first - 1].lower in PREPOSITIONS or tokens[first - 1].text == ",") \
                and all(t.is_capitalised for t in tokens[first : m + 1]) \
                and " ".join(t.lower for t in tokens[first : m + 1]) in places():
            return None  # "a ruling in San Diego, which had found": where, not who ("Saudi Arabia, which" speaks)
        if first == m and is_year(tokens[m].lower):
            # Rule `year_is_no_relatives_antecedent`: "The law passed in 2010, which promised cheaper
            # insurance" showed the speaker "2010": a year is when, never who; the relative hangs on
            # a noun further back, which the text does not mark, so no subject
            return None
        return first, m
    return first, k


APPOSITIVE_PLACE_PREPOSITIONS = grammar("appositive_place_prepositions")
MAX_APPOSITIVE_TOKENS = 10  # ", a college professor in High Point,"


def _place_after_a_preposition(view: SentenceView, head: int) -> bool:
    """The noun phrase at `head` is the second half of a place after a
    preposition: "in High Point, North Carolina" (head at "North")."""
    tokens = view.tokens
    if head < 3 or tokens[head - 1].text != "," or not tokens[head].is_capitalised:
        return False
    m = head - 2
    while m >= 0 and tokens[m].is_word and tokens[m].is_capitalised:
        m -= 1
    return m < head - 2 and m >= 0 and tokens[m].lower in APPOSITIVE_PLACE_PREPOSITIONS


def _head_before_the_appositive(view: SentenceView, place: int) -> tuple[int, int] | None:
    """Rule `who_skips_a_place_in_an_appositive`: "My friend Jim Trammell, a
    college professor in High Point, North Carolina, who is happily married
    to a woman, once wrote ...": "who" is never a place; the one it speaks
    of is the head before the appositive that holds the place (Jim
    Trammell), or no one the rules can tell (None)."""
    tokens = view.tokens
    start = max(place - 2 - MAX_APPOSITIVE_TOKENS, -1)
    comma = next((m for m in range(place - 2, start, -1) if tokens[m].text == ","), None)
    if comma is None or comma < 1 or not tokens[comma - 1].is_word or not tokens[comma - 1].is_capitalised:
        return None
    if tokens[comma + 1].lower not in ARTICLES:
        return None
    head = np_left(view, comma - 1)
    return (head, comma - 1) if head is not None else None


def _clause_verb(token: Token) -> bool:
    """Rule `who_takes_the_noun_phrase_before_its_comma`: an auxiliary or an
    irregular past ("was", "met") ends the main clause's subject and verb
    before a relative's antecedent: in "Barak met Panetta, who said ..." the
    one who said is Panetta, never "Barak met Panetta"."""
    return token.is_word and not token.is_capitalised and (token.lower in FINITE_VERBS or is_listed_past(token))


MODAL_ADVERBS = grammar("modal_adverbs")


def is_bare_adverb(token: Token) -> bool:
    """An adverb between a modal and its verb ("would almost certainly benefit")."""
    return token.is_word and (token.lower in MODAL_ADVERBS or is_adverb(token.lower))


def _verb_group_tail(token: Token) -> bool:
    """A participle or adverb after an auxiliary: "was visiting", "had
    recently met"."""
    low = token.lower
    return token.is_word and not token.is_capitalised and (
        low.endswith(("ing", "ly")) or is_past_participle(low) or is_adverb(low) or low in PAST_VERBS
        or low == "been")


def _inside_a_relative_aside(view: SentenceView, opening: int) -> bool:
    """Rule `name_in_a_relative_aside_is_no_subject`: "The media mogul, who now
    runs her own channel, appropriately titled OWN, said ...": the words
    before an aside's opening comma belong to a relative clause opened after
    an earlier comma ("who", "which", "whose"), so the noun there ("OWN",
    "channel") is no subject; the sentence's subject, before that clause, is
    (rule `subject_across_asides`). Rule `city_and_state_inside_a_relative`
    (QA 35, 694 [49]): "Knox, who remained at home in Seattle, Washington,
    while the retrial was held, said": the comma inside a "City, State" after
    a preposition is no clause boundary; the relative clause runs past it, and
    the state is never the subject."""
    tokens = view.tokens
    for m in range(opening - 1, max(opening - MAX_ASIDE_TOKENS, 0), -1):
        if tokens[m].text == "," and m + 1 < opening and _place_after_a_preposition(view, m + 1) \
                and _state_after_place(tokens, m, opening):
            continue
        if tokens[m].text in (",", "(") or tokens[m].text in DASHES:
            # not "Bret Stephens, who, after trading insults ..., said": the relative is the subject
            return m + 2 < opening and tokens[m].text == "," and tokens[m + 1].lower in ("who", "which", "whose")
    return False


RELATIVE_OBJECT_PREPOSITIONS = grammar("relative_object_prepositions")
MAX_LIST_ITEMS = 8


def _listed_subject_start(view: SentenceView, first: int, last: int) -> int:
    """Rule `subject_list_after_a_quotation`: '"...," the embassies of the
    United States, United Kingdom, Canada and Netherlands said': after a
    quotation, a subject ending "X and Y" after a comma is the last part of
    a list that runs back to the quotation, past capitalised items between
    commas and the noun and "of" the list completes ("the embassies of");
    else the subject stays as found."""
    tokens = view.tokens
    if not any(tokens[m].lower == "and" for m in range(first + 1, last)) or first < 2 or tokens[first - 1].text != ",":
        return first
    start = first
    for _ in range(MAX_LIST_ITEMS):
        if start < 2 or tokens[start - 1].text != "," or not tokens[start - 2].is_capitalised:
            break
        item = np_left(view, start - 2)
        if item is None:
            break
        if any(not t.is_capitalised and t.lower not in ("the", "of") for t in tokens[item : start - 1]):
            if any(t.lower == "of" for t in tokens[item : start - 1]):
                start = item  # "the embassies of the United States": the list's head and its first item
            break
        start = item
    return start if start > 0 and tokens[start - 1].text in QUOTE_MARKS else first


def _relative_after_the_object(view: SentenceView, first: int, last: int) -> int:
    """Rule `relative_takes_the_nearest_noun_phrase`: "... and referred CNN
    to the girls' defense lawyers, who praised the decision": a relative
    clause after a verb's object and a prepositional phrase ("to", "with",
    "from" ...) is about the noun phrase right before it, the lawyers, never
    the earlier object CNN. ("The head of the agency, who ..." keeps its
    head: "of" is no such preposition; so does "a longtime adviser to
    Trump, who ...": a role noun before "to" takes it as its complement.)"""
    tokens = view.tokens
    cut = max((p for p in range(first, last) if tokens[p].lower in RELATIVE_OBJECT_PREPOSITIONS
               and is_nominal(tokens[p + 1])), default=None)  # not "likely to placate Democrats, who"
    if cut is None or cut == first or cut + 1 > last or not looks_like_source(view, cut + 1, last):
        return first
    relational = tokens[cut - 1].lower
    if is_people_noun(relational) or relational in title_words():
        return first  # "a longtime adviser to Trump, who declined ...": the adviser
    return cut + 1


def _name_before_a_restrictive_who(view: SentenceView, first: int, last: int, relative: int) -> int:
    """Rule `restrictive_who_takes_the_name_after_with` (qa66a-s24, QA round
    66, 428 s17: "That's at odds with Reid who said he opposes ..." gave the
    source "That's at odds with Reid", no speaker): "who" right after a name,
    with no comma, opens a restrictive clause on that name; after "with"
    (which `relative_takes_the_nearest_noun_phrase` leaves out, since ",
    who" after "with X" may go back further) the name is the one who spoke.
    "Reid met with Boehner, who said" (a comma) and "the talks with the
    White House staff who said" (no name alone) stay as they were."""
    tokens = view.tokens
    if tokens[relative].lower != "who" or tokens[relative - 1].text == "," or not tokens[last].is_capitalised:
        return first
    name = last
    while name > first and tokens[name - 1].is_word and tokens[name - 1].is_capitalised:
        name -= 1
    if name == first or tokens[name - 1].lower != "with" or not looks_like_source(view, name, last):
        return first
    return name


FINITE_AUXILIARIES |= frozenset({"should", "may", "might", "must"}) | DO_FORMS


def _clause_in_aside(tokens: tuple[Token, ...], comma: int, end: int) -> bool:
    """Rule `aside_has_no_verb`: between two commas before a cue stands an
    aside ("X, a spokesman for the agency, said") only when it holds no
    finite verb outside a relative clause; "Turkey, Poland, Bonaire, St
    Eustatius and Saba have been removed from the list, said Humza Yousaf"
    is a clause, and the cue's source comes after it."""
    for m in range(comma + 1, end):
        token = tokens[m]
        if token.lower in ASIDE_OPENERS:
            return False  # "X, whose roots are in ..., said", "X, when asked what is wrong, responded"
        if token.lower in FINITE_AUXILIARIES and not _auxiliary_word_inside_a_name(tokens, m):
            return True
    return False


def _auxiliary_word_inside_a_name(tokens: Sequence[Token], m: int) -> bool:
    """Rule `auxiliary_word_inside_a_name_is_no_verb` (qa61b-s22, QA round
    61, 963 s10: "Lopez's party, Popular Will, has accused the government
    ..." gave no claim: the "Will" of the party's name read as a modal, so
    the apposition looked like a clause): a capitalised auxiliary word right
    after a capitalised word inside the phrase ("Popular Will", "Good Will
    Hunting") is a word of a name, no verb. Not a lower-case "will" ("the
    party, which will ...") nor one opening the phrase ("Will Smith")."""
    return m > 0 and tokens[m].is_capitalised and tokens[m].text[:1].isupper() \
        and tokens[m - 1].is_word and tokens[m - 1].is_capitalised and tokens[m - 1].text[:1].isupper()


def _list_in_aside(tokens: tuple[Token, ...], comma: int, end: int) -> bool:
    """Between `comma` and `end` stands the last item of a list inside an
    aside ("..., food and rural affairs committee,"): lower-case words with
    "and" or "or", no relative pronoun, preposition or article first."""
    inner = tokens[comma + 1 : end]
    return (
        bool(inner)
        and inner[0].is_word
        and not inner[0].is_capitalised
        and inner[0].lower not in PREPOSITIONS_OR_RELATIVES
        and inner[0].lower not in DETERMINERS
        and any(t.lower in ("and", "or") for t in inner)
    )


MAX_REGION_TOKENS = 3  # "Jordan", "North Carolina", "the West Bank"


def _region_of_the_venue(view: SentenceView, last: int, start: int) -> bool:
    """Rule `region_of_the_venue_is_no_content`: "..., U.S. Secretary of
    State John Kerry said in Amman, Jordan.": after a cue, a place after
    "in", "at" or "from" and, past its comma, a region or country ending
    the sentence are where it was said; the region is no second part of
    the claim ("between Palestinians and Israel Jordan"); so is one after
    "at the United Nations,". ("Kerry said in Amman, the talks will
    resume" goes on with a clause.)"""
    tokens = view.tokens
    if last + 2 >= start or tokens[start - 1].text != "," or len(tokens) - start > MAX_REGION_TOKENS + 2:
        return False
    if tokens[last + 1].lower not in APPOSITIVE_PLACE_PREPOSITIONS:
        return False
    if not all(t.is_capitalised or t.text == "." or (k == 0 and t.lower == "the")
               for k, t in enumerate(tokens[last + 2 : start - 1])):
        return False  # "said at the United Nations, New York.": "the" may open the place
    region = [t for t in tokens[start:] if t.text not in (".", "!", "?")]
    return 0 < len(region) <= MAX_REGION_TOKENS and all(t.is_capitalised or t.lower == "the" for t in region) \
        and all(t.text in (".", "!", "?") for t in tokens[start + len(region) :])


def _state_after_place(tokens: tuple[Token, ...], comma: int, end: int) -> bool:
    """Between `comma` and `end` stands only a state or country after a place
    ("Springfield, Va.", "Ashton, Md.", "Paris, France"). A title or role
    before the comma is no place: "the alliance's Secretary General, Jens
    Stoltenberg," is a name in apposition (rule `no_place_after_a_title`)."""
    inner = [t for t in tokens[comma + 1 : end] if t.text != "."]
    if tokens[comma - 1].lower in people_nouns():
        return False
    return 0 < len(inner) <= 2 and all(t.is_capitalised for t in inner) and tokens[comma - 1].is_capitalised


MAX_DESCRIPTION_TOKENS = 4  # "a woman", "an elderly neighbour", "the boy's aunt"


CLAUSE_JOINERS = grammar("subject_clause_joiners")


def _name_in_apposition_ends_the_source(view: SentenceView, first: int, last: int) -> bool:
    """Rule `name_in_apposition_is_a_source` (recall-s21: "His former business
    partner at Lenox, Lawrence B. Cummings, called him a master at ..."): a
    subject that ends with a comma and a name of two or more capitalised
    words (initials too) is a description and that name in apposition; the
    name is a source, as it is after "said" (where no source is checked).
    Not a single capitalised word ("The plan, Obamacare, called for ..."):
    a one-word name may be a thing's."""
    tokens = view.tokens
    comma = next((m for m in range(last, first, -1) if tokens[m].text == ","), None)
    if comma is None or comma - 1 < first or view.quotes.covering(tokens[comma].start) is not None:
        return False
    name = [t for t in tokens[comma + 1 : last + 1] if t.is_word]
    if len(name) < 2 or not all(t.is_capitalised for t in name):
        return False
    if any(not t.is_word and t.text != "." for t in tokens[comma + 1 : last + 1]):
        return False
    return looks_like_source(view, comma + 1, last) and view.span(comma + 1, last) is not None


def _source_before_its_aside(view: SentenceView, first: int, last: int, cue: int) -> bool:
    """Rule `source_before_its_aside`: "Keith Hutto, a plumbing contractor
    who attended the rally with Mr. Moody, blamed ...", "Ben Carson, speaking
    with the editorial board, called ...", "Rival Hillary Clinton, however,
    has indicated ...", "Ed Rendell (D), a Clinton supporter, praised ...":
    the subject's head is the name before its first comma or bracket, not
    the last noun of the aside. The part before the aside opens with no
    preposition or subordinator ("In Iowa, voters ...") and holds no verb,
    and the subject opens its clause: "the mysteries that scientists such as
    Dr. Julian Bailes, the co-director of ..., hope to solve" is no claim. A
    participle in -en right after the aside's comma modifies the name, no
    verb of it: "Marcel Lehel Lazar, 44, known online as "Guccifer," was
    extradited"."""
    tokens = view.tokens
    if tokens[cue - 1].text == "," and tokens[cue].lower in EN_PARTICIPLES:
        return False
    entry = cue_forms().get((tokens[cue].lower,))
    if entry is not None and entry.lemma in SEEMING_CUES:
        # "Democrats, too, appeared headed for a prolonged contest": how a subject looks is the
        # writer's reading; the aside gives a name to what someone said, not to that
        return False
    aside = next((m for m in range(first + 1, last + 1) if tokens[m].text in (",", "(")), None)
    if aside is None or tokens[first].lower in CLAUSE_LEADS:
        return False
    if first > 0 and tokens[first - 1].is_word and tokens[first - 1].lower not in CLAUSE_JOINERS:
        return False
    part = tokens[first:aside]
    if not all(t.is_word for t in part) or has_finite_verb(part):
        return False
    if any(is_adverb(t.lower) or t.lower in SENTENCE_ADVERBS for t in part):
        return False  # "Similarly, lycopene, found in ..., has been shown": an adverb is no name
    return looks_like_source(view, first, aside - 1) and head_token(view, first, aside - 1).is_capitalised


def _someone_who_follows(view: SentenceView, k: int) -> bool:
    """A person described with "a"/"an"/"the" and a relative "who" stands at
    token `k`: "said a woman who identified herself as ...": no clause a
    speaker could have said, but the speaker of what came before."""
    tokens = view.tokens
    if k >= len(tokens) or tokens[k].lower not in ARTICLES:
        return False
    for m in range(k + 1, min(k + 1 + MAX_DESCRIPTION_TOKENS, len(tokens) - 1)):
        if not tokens[m].is_word or tokens[m].is_capitalised:
            return False
        if tokens[m + 1].lower == "who":
            person = is_people_noun(tokens[m].lower) or tokens[m].lower in source_nouns()
            # past the relative clause's own verb, no second verb: "a woman who saw the crash had
            # called the police" is what was said
            return person and not has_finite_verb(tokens[m + 3 :])
    return False


def inverted_attribution(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> Frame | None:
    """`"...," said Stoltenberg.` and `"A," said Smith, "B."`"""
    if "invert" not in hit.entry.flags:
        return None
    tokens = view.tokens
    first, last = hit.first, hit.last
    if first > 0 and tokens[first - 1].lower == "to":
        return None  # "time to reflect, and to write his own magnum opus": an infinitive
    k, passive = skip_auxiliaries_left(view, first - 1)
    if k < 0:
        return _inverted_opening(view, hit)
    if not (tokens[k].text in (",", ":") or tokens[k].text in QUOTE_MARKS | DASHES):
        return None
    if passive:
        # Rule `passive_is_no_inverted_cue`: "Pope John XXIII, who convened the council, will
        # also be declared a saint, the Vatican said": after "be", the cue is a passive whose
        # complement ("a saint") is no speaker
        return None
    source_first = last + 1
    if source_first < len(tokens) and tokens[source_first].lower in PREPOSITIONS | OBJECT_PRONOUNS \
            and not _possessive_opens_a_noun(view, source_first):
        # Rule `inverted_source_is_no_phrase`: "The findings, reported in the journal Nature, show
        # a rise": a participle with a prepositional phrase modifies what stands before it; one
        # with an object pronoun is an act ("Facebook found the posting, reported it to the F.B.I.")
        return None
    if source_first < len(tokens) and (tokens[source_first].lower in TIME_NOUNS
                                       or tokens[source_first].lower in TIME_LEADS):
        # Rule `time_is_no_inverted_source`: '"...," one of the boy's attorneys, Mark Reichel, said
        # Tuesday.': the word after the cue says when; the source stands before the cue
        return None
    if source_first + 1 < len(tokens) and tokens[source_first].lower in REPUTATION_PARTICIPLES:
        source_first += 1  # rule `reputation_adjective_is_no_cue`: "writes noted security researcher X"
    source_last = np_right(view, source_first)
    if source_last is not None:
        source_last = _trailing_phrase(view, source_last)
    if source_last is None or not _source_ends(view, source_last + 1):
        source_last = _plain_source_end(view, source_first)
    if source_last is None:
        source_last = _description_before_a_closing_bracket(view, source_first)
    if source_last is None and _description_ends_sentence(view, source_first):
        source_last = max(m for m in range(source_first, len(tokens)) if tokens[m].is_word)
    if source_last is None:
        source_last = _description_before_a_relative_aside(view, source_first)
    if source_last is None:
        source_last = _description_before_its_tail(view, source_first)
    known_for = _known_for_a_quoted_work(view, source_first) if source_last is None else None
    source_last = known_for if known_for is not None else source_last
    if source_last is None:
        return None
    source_last = _quoted_name_after_a_naming_word(view, source_last)
    after = source_last + 1
    if known_for is not None:
        after = len(tokens) - 1  # the circumstance after "fame" ("in a video") runs to the stop
    if after < len(tokens) and tokens[after].text == "(":
        # "said Del. Stacey Plaskett (D-Virgin Islands)."
        after = next((m + 1 for m in range(after, min(after + 12, len(tokens))) if tokens[m].text == ")"), after)
    named = _name_after_an_inverted_description(view, source_first, after)
    if named is None:
        named = _name_after_a_listed_body(view, source_first, after)
    if named is not None:
        source_last, after = named, named + 1
    if not _source_ends(view, after):
        return None
    if tokens[source_first].lower in OBJECT_PRONOUNS and after < len(tokens) \
            and tokens[after].text not in (",", ".", "!", "?"):
        # rule `possessive_her_opens_an_inverted_source`: only a source that ends at a comma or the
        # stop ('said her mother, Karen Day.'); 'says her group "definitely" supports Osage Nation'
        # is a clause whose subject "her group" says nothing
        return None
    before = left_content(view, k)
    if before is None:
        return None
    parts = [before]
    if after < len(tokens) and tokens[after].text in (",", ":"):
        rest = after + 1
        if rest < len(tokens) and tokens[rest].text in QUOTE_MARKS and has_words(view, rest, len(tokens) - 1):
            parts.append((tokens[rest].start, trailing_end(view, len(tokens) - 1)))
        elif rest + 1 < len(tokens) and tokens[rest].lower == "that" and _pronoun_and_verb(view, before) \
                and has_words(view, rest + 1, len(tokens) - 1):
            # Rule `that_clause_after_an_inverted_source_goes_on` (qa69b-s26, CNN dev 969 s31: "It
            # means, says Archer, that scientists at the LHC are only able to observe their decaying
            # remnants" claimed "It means"): a pronoun and its verb before the source, and "that" after
            # it: the source splits the claim, whose "that" clause goes on after the comma
            parts.append((tokens[rest].start, trailing_end(view, len(tokens) - 1)))
        elif rest < len(tokens) and (_adverb_only(view, before) or _fronted_adjunct(view, before)) \
                and not _gloss_after_comma(view, rest) \
                and (rest := _after_a_relative_aside(view, rest)) < len(tokens) \
                and tokens[rest].lower not in RELATIVES | SUBORDINATORS:
            # Rule `participle_after_the_source_goes_on_no_opener` (recall-s29: "The market fell, said
            # Carly Fiorina, adding that it would recover." gave the claim "The market fell adding that
            # it would recover"): a participle after the source's comma is the next predicate (rule
            # participle_clause), never the rest of a claim split by the source
            # Rule `inverted_after_adverb`: "Currently, said Dr. Mustafa Al-Kahlot, the
            # director of the hospital, there are 70 children ...": the claim goes on after the source;
            # so too after a longer phrase of place or time (rule `inverted_after_a_fronted_adjunct`)
            rest = _after_apposition(view, rest)
            if rest < len(tokens) and has_words(view, rest, len(tokens) - 1):
                parts.append((tokens[rest].start, trailing_end(view, len(tokens) - 1)))
            else:
                return None
        elif rest < len(tokens) and (_adverb_only(view, before) or _fronted_adjunct(view, before)) \
                and tokens[rest].lower in PERSON_RELATIVES:
            # Rule `source_relative_after_a_fronted_adjunct` (claims-s16's gap: "In the new Iraq,
            # said Monam, who runs the station, there are red lines." kept only "In the new Iraq"):
            # the relative describes the source; the claim goes on at the main clause after its
            # closing comma, and with none ("In the new Iraq, said Monam, who runs the station.")
            # a fronted phrase alone says nothing: no claim
            rest = _main_clause_after_the_relative(view, rest)
            if rest < len(tokens) and has_words(view, rest, len(tokens) - 1):
                parts.append((tokens[rest].start, trailing_end(view, len(tokens) - 1)))
            else:
                return None
    if len(parts) == 1 and _verbless_subject_before_the_cue(view, k, before):
        return None
    if hit.entry.needs_source_check and not looks_like_source(view, source_first, source_last) \
            and not any(t.is_capitalised for t in tokens[source_first + 1 : source_last + 1]):
        # Rule `inverted_source_looks_like_one` (the +source check of subject_attribution, after
        # the cue): "This method, also known as underwater weighing, estimates your body
        # composition": a verb that is as often an act takes an object there, no source. A name
        # inside keeps it ("stated a letter signed by Rep. Mike Coffman")
        return None
    source = view.span(source_first, _without_its_circumstance(view, source_first, source_last))
    return _frame("inverted_attribution", hit, view, source, parts, clause_final=True)


def _possessive_opens_a_noun(view: SentenceView, k: int) -> bool:
    """Rule `possessive_her_opens_an_inverted_source` (reader round J, CNN-Corpus
    dev 254 s19: '"She's doing great," said her mother, Karen Day.' gave no
    claim, while "said his mother" did): "her" is an object pronoun and a
    possessive; before a lower-case word that no preposition, determiner,
    pronoun, "that" or adverb is, it opens a noun ("her mother", "her
    jockey"), a source as "his mother" is. "reported her to the police"
    keeps it an object (rule `inverted_source_is_no_phrase`)."""
    tokens = view.tokens
    if tokens[k].lower not in POSSESSIVE_DETERMINERS or k + 1 >= len(tokens):
        return False
    noun = tokens[k + 1]
    low = noun.lower
    return noun.is_word and not noun.is_capitalised and low != "that" and not is_adverb(low) \
        and low not in PREPOSITIONS | DETERMINERS | OBJECT_PRONOUNS | SUBJECT_PRONOUNS


SELF_NAMING_WORDS = grammar("naming_markers") | grammar("self_naming_words")
MAX_SELF_NAME_TOKENS = 8  # "Daddy's little girl."


def _quoted_name_after_a_naming_word(view: SentenceView, last: int) -> int:
    """Rule `quoted_name_ends_the_inverted_source` (reader round J, CNN-Corpus
    dev 270 s5: '"He was the only person who understood me," says the
    self-described "Daddy's little girl."' showed the source "the
    self-described"): an inverted source that ends in a naming word
    ("self-described", "so-called": claim_grammar.txt naming_markers,
    self_naming_words) before a short quotation that closes the sentence
    runs through that quotation, its name; the closing mark's token, else
    `last` ('says the self-described expert "on most days."' is no such end:
    "expert" is the noun)."""
    tokens = view.tokens
    if tokens[last].lower not in SELF_NAMING_WORDS or last + 2 >= len(tokens) \
            or tokens[last + 1].text not in QUOTE_MARKS:
        return last
    limit = min(last + 2 + MAX_SELF_NAME_TOKENS, len(tokens))
    close = next((m for m in range(last + 2, limit) if tokens[m].text in QUOTE_MARKS), None)
    if close is None or not all(t.text in (".", "!", "?") for t in tokens[close + 1 :]):
        return last
    return close


def _verbless_subject_before_the_cue(view: SentenceView, k: int, before: tuple[int, int]) -> bool:
    """Rule `named_subject_and_apposition_is_no_inverted_content` (QA 69a,
    s26, CNN-Corpus dev 332 [35]: "Abu Bakr al Baghdadi, the head of ISIS,
    has declared the establishment of a new caliphate" gave the speaker "the
    establishment of a new caliphate" and the claim "Abu Bakr al Baghdadi,
    the head of ISIS"): unquoted words before the comma that are a name and
    an apposition ("NAME, the head of ISIS") with no verb are the subject,
    not what was said; the cue is its verb. ("The strike will go ahead,
    announced John Smith." keeps its claim, and so does a quotation.)"""
    tokens = view.tokens
    if tokens[k].text != "," or k == 0 or tokens[k - 1].text in QUOTE_MARKS:
        return False
    words = view.tokens_within(*before)
    commas = [m for m, t in enumerate(words) if t.text == ","]
    if len(commas) != 1 or any(t.text in QUOTE_MARKS for t in words) or has_finite_verb(words):
        return False
    name, apposition = words[: commas[0]], words[commas[0] + 1 :]
    return bool(name) and len(apposition) > 1 and name[0].is_capitalised and name[-1].is_capitalised \
        and all(t.is_word for t in name) and apposition[0].lower in DETERMINERS | POSSESSIVE_PRONOUNS


MAX_PRONOUN_AND_VERB_WORDS = 3  # "It means", "This also means"


def _pronoun_and_verb(view: SentenceView, span: tuple[int, int]) -> bool:
    """A subject pronoun and its verb alone ("It means", "This shows", "They
    fear"), no object: the start of a claim whose "that" clause follows
    (rule `that_clause_after_an_inverted_source_goes_on`)."""
    words = [t for t in view.tokens_within(*span) if t.is_word]
    if not 2 <= len(words) <= MAX_PRONOUN_AND_VERB_WORDS or words[0].lower not in SUBJECT_PRONOUNS | {"this"}:
        return False
    verb = words[-1].lower
    return not words[-1].is_capitalised and (verb in FINITE_VERBS or verb.endswith(("s", "ed"))) \
        and all(t.lower in ADVERB_AUXILIARIES or is_adverb(t.lower) for t in words[1:-1])


def _main_clause_after_the_relative(view: SentenceView, relative: int) -> int:
    """The first token of the main clause after the comma that closes the
    relative clause at `relative` ("..., who runs the station, there are red
    lines": "there"), or the sentence's length when none follows."""
    tokens = view.tokens
    for k in range(relative + 1, len(tokens) - 2):
        if tokens[k].text != "," or view.quotes.covering(tokens[k].start) is not None:
            continue
        if opens_main_clause(view, k + 1) or (tokens[k + 1].lower == "there" and tokens[k + 2].lower in BE):
            return k + 1
    return len(tokens)


MAX_APPOSED_NAME_TOKENS = 4  # ", Adam Forman."


def _name_after_an_inverted_description(view: SentenceView, source_first: int, after: int) -> int | None:
    """Rule `name_after_an_inverted_description`: '"The average age of New
    York City's 6,400 miles of sewage mains is approximately 84 years," wrote
    the report's author, Adam Forman.': a source described with a
    determiner, then a comma and a name that ends the sentence, is that
    person; the name's last token, or None ("said the report's author, in a
    statement" names no one, nor does one word or a listed place: "said
    the team's owner, Dallas."). Rule `name_after_a_named_possessors_role`
    (qa71a-s27: '"He is innocent," said Sollecito's lawyer, Luca Maori.' showed
    "Sollecito's lawyer" as an unnamed source; CNN dev 818 s44 "said
    Naftali's mother, Racheli Frankel"): a name's possessive opens such a
    description as a determiner does (names.possessor_of_a_role)."""
    tokens = view.tokens
    opener = tokens[source_first]
    if (opener.lower not in DETERMINERS and not possessor_of_a_role(opener)) \
            or after + 1 >= len(tokens) or tokens[after].text != ",":
        return None
    if len(tokens) - after > MAX_APPOSED_NAME_TOKENS + 3:
        return None  # the name and the stop, after the comma
    end = after + 1
    while end < len(tokens) and tokens[end].is_word and tokens[end].is_capitalised \
            and tokens[end].lower not in TIME_WORDS:
        end += 1
    if end == after + 1 or end - after - 1 > MAX_APPOSED_NAME_TOKENS:
        return None
    if not all(t.text in (".", "!", "?") for t in tokens[end:]):
        return None
    if end - after - 1 < 2 or " ".join(t.lower for t in tokens[after + 1 : end]) in places():
        # '"...," said the team's owner, Dallas.', 'said the opposition leader, Ukraine.': one
        # word or a listed place is where the source is from as often as a name; the description stays
        return None
    return end - 1


def _name_after_a_listed_body(view: SentenceView, source_first: int, after: int) -> int | None:
    """Rule `role_of_a_listed_body_then_name` (names.py; QA round 62, 515 s4):
    an inverted source cut at the first comma of a body's name that lists
    fields ('said chair of the Culture, Media and Sport (CMS) Committee John
    Whittingdale MP.') runs to the name after the body when that name (its
    letters after it too) ends the sentence; its last token, or None."""
    tokens = view.tokens
    if after >= len(tokens) or tokens[after].text != ",":
        return None
    role = next((j for j in range(source_first, after) if tokens[j].lower == "of"), None)
    if role is None or role == source_first:
        return None
    start = name_after_a_listed_body(tokens, role - 1)
    if start is None:
        return None
    end = start
    while end < len(tokens) and tokens[end].is_word and tokens[end].is_capitalised:
        end += 1
    if not all(t.text in (".", "!", "?") for t in tokens[end:]):
        return None
    return end - 1


FAME_WORDS = frozenset({"fame"})
MAX_QUOTED_WORK_TOKENS = 10
QUOTED_WORK_CIRCUMSTANCE_LEADS = grammar("quoted_work_circumstance_leads")


def _known_for_a_quoted_work(view: SentenceView, first: int) -> int | None:
    """Rule `source_known_for_a_quoted_work`: `"...," said Daniel Radcliffe
    of "Harry Potter" fame in a video for Jacobs' project.`: a name, "of", a
    quoted title and "fame" make the inverted source (its last token is
    returned), and what follows to the stop is a circumstance."""
    tokens = view.tokens
    name_last = np_right(view, first)
    if name_last is None or not tokens[first].is_capitalised or name_last + 4 >= len(tokens):
        return None
    if tokens[name_last + 1].lower != "of" or tokens[name_last + 2].text not in QUOTE_MARKS:
        return None
    limit = min(name_last + 3 + MAX_QUOTED_WORK_TOKENS, len(tokens))
    close = next((m for m in range(name_last + 3, limit) if tokens[m].text in QUOTE_MARKS), None)
    if close is None or close + 1 >= len(tokens) or tokens[close + 1].lower not in FAME_WORDS:
        return None
    rest = tokens[close + 2 :]
    if not rest or rest[-1].text not in (".", "!", "?"):
        return None
    if len(rest) > 1 and (rest[0].lower not in QUOTED_WORK_CIRCUMSTANCE_LEADS
                          or any(t.text in QUOTE_MARKS for t in rest)):
        return None
    return close + 1


def _adverb_only(view: SentenceView, span: Span) -> bool:
    """ "Currently", "In addition": a short opener, no quotation, no clause."""
    text = view.text[span[0] : span[1]]
    return len(text.split()) <= 3 and not any(mark in text for mark in QUOTE_MARKS) and not left_is_content(view, span)


MAX_FRONTED_ADJUNCT_WORDS = 8  # "Even in the new Iraq", "At the height of the crisis last year"


def _after_a_relative_aside(view: SentenceView, k: int) -> int:
    """For rule `inverted_after_a_fronted_adjunct` (review s16: "In the end,
    said Smith, who had led the team since 2010, the club was sold." lost
    its claim): a relative clause about the source (", who ...,", ",
    where ...,") that closes with a comma before a clause is an aside; the
    token after its comma. Not when what follows opens with "and", "but" or
    another subordinator (claim_grammar.txt subordinators): the relative
    clause goes on. Else `k`, which the caller reads as before."""
    tokens = view.tokens
    if tokens[k].lower not in RELATIVES | {"where"}:
        return k
    comma = next((m for m in range(k + 1, len(tokens)) if tokens[m].text == ","), None)
    if comma is None or comma + 1 >= len(tokens) or tokens[comma + 1].lower in RELATIVES | SUBORDINATORS \
            or not has_finite_verb(tokens[comma + 1 :]):
        return k
    return comma + 1


def _fronted_adjunct(view: SentenceView, span: Span) -> bool:
    """Rule `inverted_after_a_fronted_adjunct` (QA round 46, 690 s20: "Even in
    the new Iraq, said Monam, there are still many red lines" kept only "Even
    in the new Iraq"): a phrase of place or time, a preposition first (after
    one adverb at most), with no verb and no quotation, opens the claim the
    inverted cue splits, as an adverb does; the claim goes on after the source."""
    words = view.tokens_within(*span)
    if not words or len(words) > MAX_FRONTED_ADJUNCT_WORDS or not all(t.is_word for t in words):
        return False
    opener = words[0].lower
    lead = 1 if len(words) > 1 and (is_adverb(opener) or opener in SENTENCE_ADVERBS | FRONTED_LEADS) else 0
    if words[lead].lower not in PREPOSITIONS or has_finite_verb(words):
        return False
    return not left_is_content(view, span)


def _after_apposition(view: SentenceView, k: int) -> int:
    """The token after an apposition that starts at `k` and ends with a
    comma ("the director of the hospital,"), or `k` when none stands there."""
    tokens = view.tokens
    if k < len(tokens) and tokens[k].is_capitalised:
        # "Indeed, says one Malawi farmer, Gladys Kayanja, whose tea farm ...": the source's name,
        # and a relative clause about them, are no claim
        last = np_right(view, k)
        if last is not None and last + 2 < len(tokens) and tokens[last + 1].text == "," \
                and tokens[last + 2].lower in RELATIVES:
            return len(tokens)
    if k >= len(tokens) or tokens[k].lower not in ARTICLES:
        return k
    for m in range(k + 1, min(k + MAX_PLAIN_SOURCE_TOKENS + 2, len(tokens))):
        if tokens[m].lower in FINITE_AUXILIARIES:
            return k
        if tokens[m].text == ",":
            return m + 1
    return k


INVERTED_SOURCE_ENDS = frozenset({",", ".", ":", ";", "!", "?", "("}) | QUOTE_MARKS


def _joined_clause_final_source(view: SentenceView, s_first: int, s_last: int, cue_last: int) -> int:
    """Rule `joined_sources_at_the_end`: "The United States and European
    allies are using defense contractors to train Syrian rebels ..., a senior
    U.S. official and several senior diplomats said.": two sources joined by
    "and" after the comma that ends the claim speak together; the source
    starts after that comma (not at "several senior diplomats", which left
    no claim). Only when the cue ends the sentence and both look like
    sources. `s_first` otherwise."""
    tokens = view.tokens
    if s_first < 3 or tokens[s_first - 1].lower != "and" or view.quotes.covering(tokens[s_first].start):
        return s_first
    if not all(t.text in (".", "!", "?") or t.text in QUOTE_MARKS for t in tokens[cue_last + 1 :]):
        return s_first
    first = np_left(view, s_first - 2)
    if first is None or first < 1 or tokens[first - 1].text != "," or tokens[first].lower in SUBJECT_PRONOUNS:
        return s_first  # "..., he and Mr. Allen said": "he" is someone the tagger would have to resolve
    if not (looks_like_source(view, first, s_first - 2) and looks_like_source(view, s_first, s_last)):
        return s_first
    return first


def _clause_after_a_fronted_phrase(words: Sequence[Token]) -> bool:
    """Rule `clause_after_a_fronted_phrase_is_content` (recall2-s26, QA round
    69c, CNN 539: "For the voice transcription, Siri uses technology from
    Nuance Communications, Mike Thompson, an exec ..., said in an interview
    on Tuesday." gave no claim): a fronted phrase and its comma, then a
    subject and a verb in the present ("uses", which `has_finite_verb` does
    not count), is a clause the source said, not a fronted phrase with no
    verb ("In 2010, he said in an interview." stays no claim; so does "In
    2010, in the elections": a phrase after the comma, no subject). The
    core is grammar's `clause_after_a_fronted_comma`; the verb stands
    before its object or complement, never last ("For years, the
    company's products")."""
    comma = next((m for m, t in enumerate(words) if t.text == ","), None)
    if comma is None or comma < 2 or comma + 3 > len(words):
        return False
    return clause_after_a_fronted_comma(words[comma + 1 :], verb_may_end_it=False)


def _inverted_source_after_a_comma(view: SentenceView, hit: CueHit, k: int) -> bool:
    """Rule `inverted_source_is_no_subjects_cue`: "The training, in Jordan
    and Turkey, covers the monitoring ... of weapons and materials, said the
    officials, who spoke on condition of anonymity": a cue right after a
    comma, followed by a source that ends at a comma and a relative, or at
    the stop, is inverted (rule `inverted_attribution`); the subject before
    the asides is not its speaker. ("Smith, a spokesman, said the officials
    lied" keeps its subject.)"""
    tokens = view.tokens
    if "invert" not in hit.entry.flags or tokens[k].text != "," or hit.last + 1 >= len(tokens):
        return False
    source = tokens[hit.last + 1]
    # a role in lower case opens a source too (session 15: "Joe McGinniss died ... in Worcester,
    # Massachusetts, said friend and attorney Dennis Holahan" gave McGinniss the attorney's words)
    if not (source.lower in DETERMINERS or source.is_capitalised or source.lower in people_nouns()) \
            or source.lower in TIME_NOUNS or source.lower in TIME_LEADS:
        return False  # "Benjamin J. Rhodes, Mr. Obama's deputy national security adviser, said Sunday."
    source_last = np_right(view, hit.last + 1)
    if source_last is None:
        return False
    after = source_last + 1
    if after >= len(tokens) or tokens[after].text in (".", "!", "?"):
        return True
    if tokens[after].text == "," and after + 1 < len(tokens) and tokens[after + 1].lower in ("who", "whom"):
        return True
    return _titled_name_after_a_body_ends_the_sentence(view, hit.last + 1, after) \
        and has_finite_verb(view.tokens_within(*(left_content(view, k) or (0, 0))))


MAX_BODY_BEFORE_A_TITLE_TOKENS = 4  # "CNN", "Fox News", "The New York Times"


def _titled_name_after_a_body_ends_the_sentence(view: SentenceView, first: int, title: int) -> bool:
    """Rule `body_title_and_name_after_the_cue_end_the_source` (CNN-Corpus dev
    950: "Last year, the two groups effectively merged, said CNN national
    security analyst Peter Bergen." gave the speaker "the two groups" and the
    claim "CNN national security analyst Peter Bergen"): after the cue, a
    body's capitalised name (tokens `first` up to `title`) and a lower-case
    description that ends in a name run to the stop, with no verb: one
    source ("CNN" is where the analyst works), as "said security analyst
    Peter Bergen" is. The noun phrase stopped at the body only because two
    modifiers stand before the title."""
    tokens = view.tokens
    if not 0 < title - first <= MAX_BODY_BEFORE_A_TITLE_TOKENS or title >= len(tokens) \
            or not all(t.is_word and t.is_capitalised for t in tokens[first:title]):
        return False
    rest = [t for t in tokens[title:] if t.text not in (".", "!", "?")]
    return bool(rest) and rest[-1].is_capitalised and _describes_who_spoke(tokens[title:])


def _source_ends(view: SentenceView, after: int) -> bool:
    """What may follow an inverted source: the sentence's end, a comma, a
    relative clause, or a circumstance ("said Trump as he dined", "said
    Smith in an interview")."""
    tokens = view.tokens
    if after >= len(tokens):
        return True
    token = tokens[after]
    return (
        token.text in INVERTED_SOURCE_ENDS
        or token.lower in RELATIVES
        or token.lower in SUBORDINATORS
        or token.lower in ("in", "at", "on", "during", "after", "before", "outside", "inside")
    )


def _plain_source_end(view: SentenceView, first: int) -> int | None:
    """'said six-million people who lost their insurance', 'says a narrator.',
    'said the 46-year-old.': the words up to where a source ends, when they
    open like a noun phrase (a determiner, number or capital)."""
    tokens = view.tokens
    if first >= len(tokens):
        return None
    opener = tokens[first]
    numeric = opener.text[0].isdigit() or opener.lower in NUMBERS or opener.lower == "one"
    # rule `another_opens_an_inverted_source` (reader round s29, CNN-Corpus dev 629 s18: "..., said
    # another passenger." had no claim): "another" opens one as a determiner does
    if not (opener.is_capitalised or opener.lower in DETERMINERS or numeric or opener.lower in PLAIN_SOURCE_LEADS):
        return None
    k = first
    while k < len(tokens) and k - first < MAX_PLAIN_SOURCE_TOKENS and not _source_ends(view, k):
        if tokens[k].lower in AUXILIARIES or tokens[k].lower == "that":
            return None  # a clause, not a source
        k += 1
    last = k - 1
    if last < first or not tokens[last].is_word or tokens[last].lower in DETERMINERS | PREPOSITIONS:
        return None
    return last


MAX_PLAIN_SOURCE_TOKENS = 10
PLAIN_SOURCE_LEADS = grammar("plain_source_leads")


def _trailing_phrase(view: SentenceView, last: int) -> int:
    """'said one Democratic source on the panel.': a short prepositional
    phrase that ends the sentence belongs to the inverted source."""
    tokens = view.tokens
    k = last + 1
    if k >= len(tokens) or tokens[k].lower not in ("on", "in", "at", "with", "from", "for", "of"):
        return last
    end = np_right(view, k + 1, limit=6)
    if end is None or end + 1 >= len(tokens) or tokens[end + 1].text not in (".", "!", "?"):
        return last
    if _when_or_how_said(tokens[k + 1 : end + 1]):
        return last
    return end


def _when_or_how_said(phrase: Sequence[Token]) -> bool:
    """Rule `time_or_medium_leaves_the_inverted_source` (session 14, web test
    K4: '"We are hopeful," said the ministry on Tuesday.' gave the speaker
    "the ministry on Tuesday", and '..., explained the court in its ruling.'
    "the court in its ruling"): the phrase after the source's noun says when
    it spoke (a time word) or in what (a document or a reporting noun:
    "ruling", "statement", "interview"; or its own, after "its", "his"), not
    who; "said one Democratic source on the panel." keeps its phrase."""
    words = [t.lower for t in phrase if t.is_word]
    if not words:
        return False
    if any(w in TIME_NOUNS for w in words) or words[0] in POSSESSIVE_PRONOUNS:
        return True
    return words[-1] in documents() or words[-1] in ADJUNCT_NOUNS


def _without_its_circumstance(view: SentenceView, first: int, last: int) -> int:
    """Rule `time_or_medium_leaves_the_inverted_source`, inside the source
    found: '"...," said the ministry last week.' and '..., explained the
    court in its ruling.': a bare time that ends the inverted source, or a
    phrase of a preposition that says when or in what it spoke
    (`_when_or_how_said`), goes; the source ends at its noun ("the
    ministry", "the court"). The last token of the source left. Rule
    `time_inside_the_inverted_source_ends_it` (qa71a-s27, CNN dev 447 s3:
    '"Chris Brown has elected to enter a rehab facility," said a statement
    Tuesday night from his representative.' showed the speaker "a statement
    Tuesday night"): a bare time before such a phrase goes with it."""
    tokens = view.tokens
    end = _before_a_bare_time(tokens, first, last)
    if end < last:
        return end
    for m in range(first + 1, last):
        if tokens[m].lower in VENUE_PREPOSITIONS and _when_or_how_said(tokens[m + 1 : last + 1]) \
                and tokens[m - 1].is_word:
            return _before_a_bare_time(tokens, first, m - 1)
    inner = _time_inside_the_source(tokens, first, last)
    return last if inner is None else inner


def _time_inside_the_source(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """Rule `time_inside_the_inverted_source_ends_it`, before any other
    preposition: '"...," said a statement last week from the company.': the
    source ends before a bare time between its noun and a preposition; the
    last token left, or None."""
    for m in range(first + 1, last):
        if not tokens[m - 1].is_word or tokens[m - 1].lower in TIME_NOUNS | TIME_WORD_LEADS:
            continue
        run = m
        while run < last and tokens[run].lower in TIME_WORD_LEADS:
            run += 1
        lead = run
        while run <= last and tokens[run].lower in TIME_NOUNS \
                and (tokens[run].lower in TIME_WORDS or not tokens[run].is_capitalised):
            run += 1
        if run > lead and run <= last and tokens[run].lower in PREPOSITIONS:
            return m - 1
    return None


def _before_a_bare_time(tokens: Sequence[Token], first: int, last: int) -> int:
    """The source's last token before a bare time that ends it ("last week",
    "Tuesday night"), or `last` when none does. Not a name's "Day" ("said
    Kristen Day"), but "Tuesday" and "last week"."""
    end = last
    while end > first and tokens[end].lower in TIME_NOUNS \
            and (tokens[end].lower in TIME_WORDS or not tokens[end].is_capitalised):
        end -= 1
    while end > first and end < last and tokens[end].lower in TIME_WORD_LEADS:
        end -= 1
    return end if end < last and tokens[end].is_word else last


def _inverted_opening(view: SentenceView, hit: CueHit) -> Frame | None:
    """`Said Dorothy Poynter, who grew up with Ali, "We were all so proud."`"""
    tokens = view.tokens
    if hit.last + 1 < len(tokens) and tokens[hit.last + 1].lower in PREPOSITIONS | OBJECT_PRONOUNS:
        # Rule `fronted_asked_about_is_no_source` (as `inverted_source_is_no_phrase`): "Asked
        # about the deportation case, he said, "..."": a fronted participle and its phrase; the
        # one who speaks is the subject after the comma, never "about the"
        return None
    source_last = np_right(view, hit.last + 1)
    if source_last is None:
        return None
    quote = next((m for m in range(source_last + 1, len(tokens)) if tokens[m].text in QUOTE_MARKS), None)
    if quote is None or tokens[quote - 1].text not in (",", ":"):
        return None
    content = [(tokens[quote].start, trailing_end(view, len(tokens) - 1))]
    return _frame("inverted_attribution", hit, view, view.span(hit.last + 1, source_last), content)


# --- sentence rules (no cue word) ---------------------------------------------------


MAX_TAIL_SOURCE_WORDS = 6  # "Appel", "Rep. Jeff Miller", "the company's chief executive"
MIN_TAIL_QUOTE_WORDS = 4
TAIL_CUES = grammar("tail_cues")
TAIL_WORDS = grammar("tail_words")


def attribution_after_its_quotation(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> Frame | None:
    """Rule `attribution_after_its_quotation`: '"I think electing more women
    ... We're trying to change the environment." Appel told CNN.': a sentence
    that is only a source, a saying cue (claim_grammar.txt tail_cues) and
    perhaps its hearer or time ("told CNN", "said on Tuesday"), right after a
    quotation that stands as its own sentence and closes in the same
    paragraph, attributes that quotation: the writer closed the quotation
    with a full stop. Not when the sentence says more ("Appel told CNN she
    would run") or the quotation sits inside another sentence."""
    tokens = view.tokens
    if hit.entry.lemma not in TAIL_CUES or len(tokens) < 3 or tokens[-1].text != ".":
        return None
    k, passive = skip_auxiliaries_left(view, hit.first - 1)
    if passive or k < 0 or k + 1 > MAX_TAIL_SOURCE_WORDS or not all(t.is_word for t in tokens[: k + 1]):
        return None
    if not looks_like_source(view, 0, k) or tokens[0].lower in RELATIVES | SUBORDINATORS:
        return None
    tail = tokens[hit.last + 1 : -1]
    if len(tail) > MAX_HEARER_WORDS or not all(
        t.is_word and (t.is_capitalised or t.lower in TAIL_WORDS | HEARER_NOUNS | HEARER_HEADS | DETERMINERS
                       or t.lower in TIME_NOUNS | TIME_LEADS)
        for t in tail
    ):
        return None
    quotation = _quotation_closing_before(view)
    if quotation is None:
        return None
    return _frame("attribution_after_its_quotation", hit, view, view.span(0, k), [quotation], clause_final=True)


def _quotation_closing_before(view: SentenceView) -> Span | None:
    """The quotation that closes right before the sentence, in its paragraph,
    ends with its own stop (`."`, `?"`, `!"`) and opens a sentence of its own."""
    text = view.text
    end = len(text[: view.start].rstrip(" \t"))
    quote = view.quotes.covering(end - 1) if end > 1 else None
    if quote is None or quote[1] != end or text[end - 2] not in ".?!" or "\n" in text[quote[0] : view.start]:
        return None
    if len(text[quote[0] : quote[1]].split()) < MIN_TAIL_QUOTE_WORDS:
        return None
    opening = text[: quote[0]].rstrip(" \t")
    if opening and opening[-1] not in ".?!\n" and opening[-1] not in QUOTE_MARKS:
        return None
    return quote


def colon_attribution(view: SentenceView) -> Frame | None:
    """`NY Daily News: Paris Terror Attacks Highlight Threat` and `Kuleba: "..."`:
    a name and a colon open the sentence."""
    tokens = view.tokens
    colon = next((k for k, t in enumerate(tokens[:8]) if t.text == ":"), None)
    if colon is None or colon == 0 or colon + 1 >= len(tokens):
        return None
    if any(t.text in QUOTE_MARKS for t in tokens[1:colon]):
        # Rule `colon_inside_a_quoted_title_is_no_label` (QA round b s28, CNN 473 s18: a nominee
        # list line 'Chris Hemsworth, "Thor: The Dark World"Jennifer Aniston, ...' showed Chris
        # Hemsworth saying the rest): a colon after a quotation mark opened past the line's first
        # word is inside a quoted title ("Thor: The Dark World"), no speaker's label
        return None
    if not all(t.is_capitalised or t.lower in ("of", "the", "and") for t in tokens[:colon] if t.is_word):
        return None
    if len([t for t in tokens[:colon] if t.is_word]) < 1 or not has_words(view, colon + 1, len(tokens) - 1):
        return None
    speaker = [t for t in tokens[:colon] if t.is_word]
    transcript = all(t.text.isupper() and len(t.text) > 2 for t in speaker) and len(speaker) <= 3
    if not transcript and len(speaker) <= 3 and len(speaker[-1].text) > 1:
        transcript = _interview_label(view, colon)
    if not (view.title_case or tokens[colon + 1].text in QUOTE_MARKS or transcript or _labelled_line(view, colon)):
        return None  # "PENCE: Well, ..." is a transcript's speaker label
    if transcript and _lone_label_over_a_headline(view, colon):
        return None
    if not transcript and _title_of_a_piece(tokens[colon + 1 :]):
        return None  # rule `label_over_a_title_is_no_claim`
    source_first = next(k for k, t in enumerate(tokens) if t.is_word)
    content = ((tokens[colon + 1].start, trailing_end(view, len(tokens) - 1)),)
    source = view.span(source_first, colon - 1)
    return Frame("colon_attribution", COLON, view.span(colon, colon), source, content, False, colon)


MIN_LINK_HEADLINE_WORDS = 3


def _lone_label_over_a_headline(view: SentenceView, colon: int) -> bool:
    """Rule `lone_capitals_label_over_a_headline_is_a_link` (reader round J,
    CNN-Corpus dev 262 s14: "MNN: Rescue dogs sniff out endangered species."
    showed "MNN quoted as saying: Rescue dogs sniff out endangered species"):
    the one label in capitals of the whole text (it may open several
    lines), named nowhere else in it, on a line of its own between other
    lines, over a plain headline (no comma, no quotation, no pronoun, no
    first-person word: nobody speaks in it) is a site's link to another
    story, not a transcript's speaker. A transcript labels two voices at
    least, and its speakers talk ("PENCE: Well, the question really should
    be why.", "OBAMA: We will win.")."""
    text, tokens = view.text, view.tokens
    line_start = view.start == 0 or text[view.start - 1] == "\n"
    line_end = view.end == len(text) or text[view.end : view.end + 1] == "\n"
    if not (line_start and line_end) or text.strip() == text[view.start : view.end].strip():
        return False
    label = text[tokens[0].start : tokens[colon].end]
    labels = _line_labels(text)
    if any(other != label and other[:-1].strip().isupper() for other in labels):
        return False  # a transcript: a second voice's label in capitals ("BLITZER:", "PENCE:")
    if len(re.findall(rf"\b{re.escape(label[:-1])}\b", text)) > labels[label]:
        # a label named elsewhere in the text is a party to the story ("AEG: Testimony destroys
        # Jacksons' claim." over a story on AEG's case), whose claim the headline gives
        return False
    after = tokens[colon + 1 :]
    words = [t for t in after if t.is_word]
    if len(words) < MIN_LINK_HEADLINE_WORDS or not words[0].is_capitalised:
        return False
    return not any(t.text == "," or t.text in QUOTE_MARKS or t.lower in pronouns() or t.lower in FIRST_PERSON_SUBJECTS
                   for t in after)


def _title_of_a_piece(after: Sequence[Token]) -> bool:
    """Rule `label_over_a_title_is_no_claim` (rfa-s21, review s21: "Donald
    Trump: A Timeline Of His Business Failures", "News Daily: A World at
    War"): after the label stands the title of a piece, a noun phrase and
    no clause, so nobody says it: an article, one or two capitalised words
    with no verb shape (no "-s" form, no "-ed"), then a preposition, and no
    finite verb, auxiliary or past form anywhere (an "-s" word only as the
    last word: "Failures"). Kept: "A 'Seismic Shift' Among Voters May Have
    Won Cruz The Caucus" (an auxiliary), "The Economy Grows In China" (an
    "-s" form before the preposition), a quotation after the colon."""
    words = [t for t in after if t.is_word]
    if len(words) < 3 or words[0].lower not in ARTICLES or any(t.text in QUOTE_MARKS for t in after):
        return False
    head = next((k for k, t in enumerate(words[1:], 1) if t.lower in PREPOSITIONS), None)
    if head is None or not 2 <= head <= 3:
        return False
    for k, token in enumerate(words[1:], 1):
        low = token.lower
        if low in FINITE_OR_AUXILIARY or low in past_forms() or low.endswith("ed"):
            return False
        if ends_in_plural_s(low) and k < len(words) - 1 \
                and low not in POSSESSIVE_DETERMINERS:
            return False
    return True


MIN_HEADLINE_CLAIM_WORDS = 4
MAX_HEADLINE_LABEL_WORDS = 3


def person_label_of_a_headline(view: SentenceView, cue_frames: Sequence[Frame]) -> Frame | None:
    """Rule `person_label_speaks_for_its_headline` (recall-s21: "Pat Caddell:
    Democrat Voters Worried About Hillary Clinton's Health Issues" gave the
    claim to "Democrat Voters", "Trey Gowdy: Benghazi Investigation Helped
    Reveal Clinton Email Scandal" to "Investigation Helped"): in a headline
    in title case that a person's name (a known first name and one or two
    more capitalised words) and a colon open, the words after the colon are
    that person's claim, and a cue inside them (every capitalised word looks
    like a name there) speaks for no one of its own. The colon frame, or
    None. Not a label that names no one ("The Latest: Trump urges
    supporters ...", "Wow: ..."): the cue frames stay."""
    if not cue_frames or not view.title_case:
        return None
    frame = colon_attribution(view)
    if frame is None:
        return None
    label = [t for t in view.tokens[: frame.cue_token] if t.is_word]
    if not 2 <= len(label) <= MAX_HEADLINE_LABEL_WORDS or label[0].lower not in first_names():
        return None
    if any(f.cue_token <= frame.cue_token for f in cue_frames):
        return None  # a cue before the colon ("Gowdy says: ...") frames the line itself
    if any(_named_speaker_of_a_saying(view, f) for f in cue_frames):
        return None  # "Hillary Clinton: Obama Says She Will Win": Obama speaks, not the label
    return frame


def _named_speaker_of_a_saying(view: SentenceView, frame: Frame) -> bool:
    """For rule `person_label_speaks_for_its_headline` (rfa-s21): a verb of
    saying ("Says", "Tells") after the colon whose source is a short name of
    its own ("Obama Says She Will Win", "Iran Deal Will Survive, Says
    Rouhani") keeps that speaker; a title's noun run before a verb of
    another kind ("Benghazi Investigation Helped Reveal ...") does not."""
    if frame.entry.cue_class != "neutral" or frame.source is None:
        return False
    words = [t for t in view.tokens if t.is_word and frame.source[0] <= t.start and t.end <= frame.source[1]]
    return 1 <= len(words) <= MAX_HEADLINE_LABEL_WORDS - 1 and all(t.is_capitalised for t in words)


def cue_frames_under_a_label(view: SentenceView, cue_frames: Sequence[Frame]) -> tuple[list[Frame], bool]:
    """Rule `label_line_cue_is_the_labels` (junk2-s27, PolNeAR train:
    "Sanders: Brexit's message could draw Trump support in US." gave Trump
    a claim "Sanders" at the cue "support"; "Obama: I am optimistic
    Americans will say no to Trump." the speaker "I am optimistic
    Americans"; "Clinton: I support D.C. statehood." an unresolved "I"): in
    a line that a speaker label opens (colon_attribution holds: a headline's
    "Name:", a transcript's "PENCE:"), a cue after the colon whose source or
    content reaches back over the label, or in a headline whose source
    opens with "I" or "we" (the label's own person), frames no claim of its own: the label is
    the speaker of its line, so the cue frame goes and the label's frame
    (colon_attribution, a fallback) takes the line when the label's last
    word names someone the text speaks of elsewhere ("Sanders" ... "Bernie
    Sanders"), and nothing does when it does not ("Wow: Glenn Beck Just
    Responded ..."). A cue before the colon ("Gowdy says: ...") and a cue
    after it with a subject of its own ("The Latest: Mourners say ...",
    "Bill Clinton: Hillary thinks ...") stay. The kept frames, and whether
    the label's own frame is barred too."""
    if not cue_frames:
        return list(cue_frames), False
    label = colon_attribution(view)
    if label is None:
        return list(cue_frames), False
    colon = view.tokens[label.cue_token]

    headline = view.start == 0 or view.paragraph < 0  # an interview's "Boyd: I ..." is answer_label_is_i's

    def reaches_the_label(frame: Frame) -> bool:
        if frame.cue_token <= label.cue_token or _named_speaker_of_a_saying(view, frame):
            return False  # "John Kerry: Iran Deal Will Survive, Says Rouhani" keeps Rouhani
        spans = ([frame.source] if frame.source is not None else []) + list(frame.content)
        if any(span[0] < colon.end for span in spans):
            return True
        if frame.source is None or not headline:
            return False
        first = view.text[frame.source[0] : frame.source[1]].split()[:1]
        return bool(first) and re.split("['\u2019]", first[0].lower())[0] in FIRST_PERSON_SUBJECTS

    kept = [f for f in cue_frames if not reaches_the_label(f)]
    if kept or len(kept) == len(cue_frames):
        return kept, False
    last = [t for t in view.tokens[: label.cue_token] if t.is_word][-1].text
    elsewhere = view.text[: view.start] + "\n" + view.text[view.end :]
    named_again = re.search(rf"\b{re.escape(last)}\b", elsewhere, re.IGNORECASE) is not None
    return kept, not named_again


def _labelled_line(view: SentenceView, colon: int) -> bool:
    """Rule `labelled_line`: "Sanders: Clinton needs to 'get away from all of
    this personality stuff' with Trump.", "Trump: My immigration plans aren't
    set in stone.": a headline in sentence case (the text's first line, or a
    headline sentence: in a body, "Step Five:" or "Answer:" heads a section) that a
    name of one to three capitalised words and a colon open, and a clause
    follows (a verb: an auxiliary, a past form or a present "-s" form after
    its subject). Not a topic after a name ("Jeb Bush: Student loans"), not a
    one-letter label ("Q:", "A:"); a field's label is junk.py
    `heading_label_is_no_speaker`'s."""
    text, tokens = view.text, view.tokens
    headline = view.start == 0 or view.paragraph < 0  # the text's first line, or a headline the caller marks
    if not headline or not (view.end == len(text) or text[view.end : view.end + 1] == "\n"):
        return False
    label = tokens[:colon]
    if len(label) > MAX_HEADLINE_LABEL_WORDS or not all(t.is_word and t.is_capitalised and len(t.text) > 1
                                                         for t in label):
        return False
    after = [t for t in tokens[colon + 1 :] if t.is_word]
    if len(after) < MIN_HEADLINE_CLAIM_WORDS or not after[0].is_capitalised:
        return False
    present = any(t.lower.endswith("s") and not t.lower.endswith(("ss", "'s", "\u2019s")) and not t.is_capitalised
                  and (before.is_capitalised or before.lower in pronouns())
                  for before, t in pairwise(after[:4]))
    return has_finite_verb(after) or present


MIN_LABELLED_PARAGRAPHS = 2
MIN_ANSWER_WORDS = 4


def _interview_label(view: SentenceView, colon: int) -> bool:
    """Rule `interview_label`: "Boyd: I thought, should I just use one of the
    recognized therapies ...?": in an interview written as questions and
    answers, a short label and a colon open the speaker's paragraphs. The
    label counts when it opens this sentence's paragraph and at least one
    other paragraph, and a clause follows it (not a letter such as "Q:",
    nor a count: "Hillary Clinton: 2,312 delegates")."""
    tokens = view.tokens
    k = view.start
    while k > 0 and view.text[k - 1] in " \t":
        k -= 1
    if k > 0 and view.text[k - 1] != "\n":
        return False
    after = [t for t in tokens[colon + 1 :] if t.is_word]
    if len(after) < MIN_ANSWER_WORDS or after[0].text[0].isdigit():
        return False
    label = view.text[tokens[0].start : tokens[colon].end]
    return _line_labels(view.text)[label] >= MIN_LABELLED_PARAGRAPHS


LINE_LABEL = re.compile(r"(?:\A|\n)([^\n:]*:)")


@lru_cache(maxsize=4)
def _line_labels(text: str) -> Counter[str]:
    """How many lines of `text` open with each "...:" (up to the line's first
    colon). Counted once per article: a transcript labels every paragraph,
    and counting the label in the whole text for each one grew as its square."""
    return Counter(LINE_LABEL.findall(text))


def dash_attribution(view: SentenceView) -> Frame | None:
    """`"... He represents our greatest shame." ― Sonya Herridge`: a dash and
    a name after a quotation sign it; the quotation is the content."""
    tokens = view.tokens
    for k, token in enumerate(tokens):
        if token.text not in SIGNATURE_DASHES or k + 1 >= len(tokens):
            continue
        mark = token.start - 1
        while mark >= max(0, token.start - MAX_SIGNATURE_GAP) and view.text[mark].isspace():
            mark -= 1
        if mark < 0 or view.text[mark] not in "\u201d\"'\u2019":
            continue
        quote = view.quotes.covering(mark)
        if quote is None:
            continue
        last = k
        while (
            last + 1 < len(tokens)
            and last - k < 5
            and (tokens[last + 1].is_capitalised or tokens[last + 1].text == ".")
        ):
            last += 1
        if last == k or not tokens[k + 1].is_capitalised:
            continue
        ends = last + 1 >= len(tokens) or tokens[last + 1].text in {",", ".", "("} | QUOTE_MARKS
        newline = last + 1 < len(tokens) and "\n" in view.text[tokens[last].end : tokens[last + 1].start]
        if not (ends or newline):
            continue
        return Frame("dash_attribution", DASH, view.span(k, k), view.span(k + 1, last), (quote,), True, k)
    return None


STATEMENT_VERBS = grammar("statement_verbs")
STATEMENT_NOUNS = grammar("statement_nouns")
STATEMENT_MODIFIERS = grammar("statement_modifiers")
MAX_STATEMENT_TAIL = 6  # words between the statement noun and its colon: "late Monday", "to CNN on Tuesday"
STATEMENT = CueEntry("statement", "neutral", frozenset())


def statement_after_colon(view: SentenceView) -> Frame | None:
    """`U.S. Rep. Jeff Miller of Florida, ..., issued this statement late
    Monday:` and `the muftis, or scholars, who released the following
    statement: "It is not permissible ..."`: a statement verb
    (claim_grammar.txt statement_verbs) with no cue of its own, a statement
    noun and a colon introduce a quotation; the verb's subject is its
    speaker and the quotation (with the quoted paragraphs that go on from
    it, rule `quote_continues_after_attribution`) its content, as written.
    The quotation must follow the colon: "issued a statement: the talks ..."
    in the writer's words stays unclaimed."""
    tokens = view.tokens
    for n, token in enumerate(tokens):
        if token.lower not in STATEMENT_NOUNS:
            continue
        verb = n - 1
        while verb > 0 and n - verb <= 3 and tokens[verb].lower in STATEMENT_MODIFIERS:
            verb -= 1
        if verb < 1 or tokens[verb].lower not in STATEMENT_VERBS or tokens[verb].is_capitalised:
            continue
        colon = next((m for m in range(n + 1, min(n + 2 + MAX_STATEMENT_TAIL, len(tokens))) if tokens[m].text == ":"),
                     None)
        if colon is None or not all(_circumstance_word(tokens, m, n) for m in range(n + 1, colon)):
            continue  # "published a statement Baldwin gave to the organization:": Baldwin's statement
        if colon == _final_colon(view):
            content = _after_colon(view, colon)
        elif colon + 1 < len(tokens) and tokens[colon + 1].text in QUOTE_MARKS:
            content = view.quotes.covering(tokens[colon + 1].start)
        else:
            content = None
        if content is None or view.text[content[0]] not in QUOTE_MARKS or _attributed_after(view.text, content[1]):
            continue
        k, passive = skip_auxiliaries_left(view, verb - 1)
        subject = subject_before(view, k) if k >= 0 and not passive else None
        if subject is None or not (looks_like_source(view, *subject) or tokens[subject[0]].lower in ARTICLES):
            continue  # whoever issues a statement speaks: "the brothers released a statement:"
        source = view.span(*trim_source(view, *subject))
        return Frame("statement_after_colon", STATEMENT, view.span(verb, n), source, (content,), False, verb)
    return None


STATEMENT_TAIL_WORDS = frozenset({"late", "early", "earlier", "later", "last", "this", "night", "morning",
                                  "afternoon", "evening", "week", "weekend"})


def _circumstance_word(tokens: Sequence[Token], m: int, noun: int) -> bool:
    """A word of the circumstance between a statement noun (token `noun`)
    and its colon: "late Monday", "to CNN on Tuesday", "on its website"; a
    name there that no preposition governs is the statement's author ("a
    statement Baldwin gave to the organization:"). Rule
    `statement_in_response_to_a_thing` (issue 9, CNN-Corpus dev 154 s31:
    "The American Beverage Association released this statement in response
    to the study:." gave no claim for the two quoted paragraphs after it):
    a plain noun in lower case after a preposition of the tail ("in
    response to the study", "on the ruling") is part of it too; a verb or
    a pronoun ("a statement Baldwin gave to the organization", "a
    statement to the man he met") is not."""
    token = tokens[m]
    low = token.lower
    if not token.is_word:
        return False
    if low in PREPOSITIONS or low in DETERMINERS or low in TIME_WORDS or low in STATEMENT_TAIL_WORDS:
        return True
    if not token.is_capitalised:
        governed = any(t.lower in PREPOSITIONS for t in tokens[noun + 1 : m])
        return governed and low.isalpha() and is_noun_word(low) and low not in pronouns() \
            and low not in AUXILIARIES
    return m > 0 and (tokens[m - 1].lower in PREPOSITIONS or tokens[m - 1].is_capitalised)


def _attributed_after(text: str, end: int) -> bool:
    """Words follow the quotation on its line (`"...," said a VA statement by
    Drew Brookie`): the quotation carries an attribution of its own, which
    the statement sentence before it must not take."""
    line_end = text.find("\n", end)
    return any(c.isalnum() for c in text[end : len(text) if line_end < 0 else line_end])


VIEW_NOUNS = frozenset({"view", "opinion", "eyes", "estimation", "judgment", "judgement", "words", "telling", "mind"})


def in_view(view: SentenceView) -> Frame | None:
    """`In Mr. Connolly's view, the deal is dead.` and `..., in his words.`"""
    tokens = view.tokens
    for k, token in enumerate(tokens[:-2]):
        if token.lower != "in":
            continue
        m = next((j for j in range(k + 1, min(k + 7, len(tokens))) if tokens[j].lower in VIEW_NOUNS), None)
        if m is None or m == k + 1:
            continue
        owner = tokens[m - 1]
        possessive = owner.lower in POSSESSIVE_PRONOUNS or owner.text.endswith(("'s", "\u2019s", "s'"))
        if not possessive or not (owner.is_capitalised or owner.lower in POSSESSIVE_PRONOUNS):
            continue
        source = (tokens[k + 1].start, owner.end)
        if m + 1 < len(tokens) and tokens[m + 1].text == "," and has_words(view, m + 2, len(tokens) - 1):
            if _act_after_a_view_aside(tokens, k, m + 2):
                continue
            content = (tokens[m + 2].start, trailing_end(view, len(tokens) - 1))
        elif k > 0 and tokens[k - 1].text == "," and has_words(view, 0, k - 2):
            content = (tokens[0].start, tokens[k - 2].end)
        else:
            continue
        quotation = view.quotes.covering(token.start)
        if quotation is not None and not (quotation[0] <= content[0] and content[1] <= quotation[1]):
            # Rule `view_phrase_inside_a_quotation_frames_only_its_words`: '"... 'him who shall have
            # borne the battle' in President Lincoln's words," said Justice Antonin Scalia': the
            # quoted speaker cites someone; the words past the quotation's end are no claim of the
            # one cited (the attribution after the quotation names who spoke it)
            continue
        return Frame("in_view", IN_VIEW, view.span(k, k), source, (content,), k > 0, k)
    return None


def _act_after_a_view_aside(tokens: Sequence[Token], k: int, first: int) -> bool:
    """Rule `view_aside_before_an_act_is_no_claim` (junk2-s27, CNN-Corpus
    dev 419: "Kennedy, in his opinion, used sweeping language to affirm the
    rights of gays and lesbians" gave a claim "used sweeping language ..."
    with no speaker): "in his opinion" set off by commas after the subject,
    then a verb in its simple past (not an auxiliary: "has", "was", "did",
    "would"), tells what the subject did in a written opinion, an act, not
    what they hold. "Smith, in his view, has done nothing wrong" and "In
    Mr. Connolly's view, the deal is dead" stay."""
    if k < 2 or tokens[k - 1].text != "," or first >= len(tokens):
        return False
    verb = tokens[first].lower
    return tokens[first].is_word and verb not in AUXILIARIES and verb not in FINITE_VERBS \
        and (verb in past_forms() or (verb.endswith("ed") and len(verb) > 3))


POLL_NOUNS = grammar("poll_nouns")
MAX_POLL_PHRASE_TOKENS = 12  # "In the latest NBC News/Wall Street Journal/Marist South Carolina poll"
MAX_POLL_ASIDE_TOKENS = 8  # ", conducted in early September,"
MIN_POLL_FINDING_WORDS = 4  # "In the latest polls, he doesn't.": a finding that points back


def in_a_poll(view: SentenceView) -> Frame | None:
    """`In the latest Washington Post-ABC News poll, conducted in May,
    Clinton led Trump 47 percent to 39 percent.`: a sentence that opens with
    "In", a noun phrase whose last word is a poll (claim_grammar.txt
    poll_nouns) and a comma reports the poll's finding, as "according to the
    poll" would: the poll (with a participle aside after it: "released
    Monday", ", conducted in May,") is the source, the clause after the
    comma the content. Only a fronted phrase, with no verb in it and a
    clause after it ("In a poll of 1,000 voters released Monday, ..."); a
    poll at the end ("led by 10 points in the poll") may be the place of a
    rank, and a sentence whose own cue speaks ("In a poll, 60 percent said
    ...") keeps that cue's claim (the rule is a fallback)."""
    tokens = view.tokens
    if len(tokens) < 5 or tokens[0].lower != "in":
        return None
    comma = next((k for k in range(1, min(len(tokens), MAX_POLL_PHRASE_TOKENS + 2)) if tokens[k].text == ","), None)
    if comma is None or comma < 3:
        return None
    head = next((k for k in range(comma - 1, 0, -1) if tokens[k].lower in POLL_NOUNS), None)
    if head is None:
        return None
    described = head + 1 < comma and is_past_participle(tokens[head + 1].lower)  # "poll released Monday"
    phrase = tokens[1 : head + 1 if described else comma]
    if any(t.lower in FINITE_VERBS or t.lower in SUBJECT_PRONOUNS for t in phrase):
        return None
    if any(not (t.is_word or t.text in {"/", "-", "'s", "\u2019s", "&"}) for t in tokens[1:head + 1]):
        return None
    source_end = comma - 1
    after = comma + 1
    if after < len(tokens) and is_past_participle(tokens[after].lower) and not tokens[after].is_capitalised:
        # ", conducted in early September,": the participle aside describes the poll
        aside = next((k for k in range(after, min(len(tokens), after + MAX_POLL_ASIDE_TOKENS + 1))
                      if tokens[k].text == ","), None)
        if aside is None:
            return None
        source_end, after = aside - 1, aside + 1
    if sum(t.is_word for t in tokens[after:]) < MIN_POLL_FINDING_WORDS or not has_words(view, after, len(tokens) - 1):
        return None
    if tokens[after].lower in SUBORDINATORS | PREPOSITIONS | SENTENCE_CONJUNCTIONS:
        return None  # "In polls, as in life, nothing is certain": a second fronted phrase, no finding
    if any(tokens[m].lower == "asked" and tokens[m - 1].lower in BE for m in range(after + 1, len(tokens))):
        return None  # "In a survey published by NBC News, voters were asked ...": the poll's method, no finding
    source = (tokens[1].start, tokens[source_end].end)
    content = (tokens[after].start, trailing_end(view, len(tokens) - 1))
    return Frame("in_a_poll", IN_A_POLL, view.span(0, 0), source, (content,), False, 0)


def noun_cue(view: SentenceView) -> Frame | None:
    """`His concern is that the deal will fail.`: a possessive, a noun that
    names a stance (noun_cues.txt), "is"/"was" and "that" or a colon."""
    tokens = view.tokens
    nouns = noun_cues()
    for k in range(1, len(tokens) - 3):
        if tokens[k].lower not in nouns or tokens[k + 1].lower not in ("is", "was", "remains"):
            continue
        if tokens[k + 2].lower not in ("that", ":"):
            continue
        owner = tokens[k - 1]
        if owner.lower in POSSESSIVE_PRONOUNS:
            source = (owner.start, owner.end)
        elif owner.text.endswith(POSSESSIVE_S) and owner.is_capitalised:
            first = np_left(view, k - 1)
            source = (tokens[first if first is not None else k - 1].start, owner.end)
        else:
            continue
        if not has_words(view, k + 3, len(tokens) - 1):
            continue
        content = (tokens[k + 3].start, trailing_end(view, len(tokens) - 1))
        entry = CueEntry(tokens[k].lower, "belief", frozenset())
        return Frame("noun_cue", entry, view.span(k, k), source, (content,), False, k)
    return None


def possessive_noun_clause(view: SentenceView) -> Frame | None:
    """`Politifact seized on Trump's claim that there have been thousands of
    shootings.`: a possessive ("his", "Trump's", "the senator's"), at most
    MAX_NOUN_MODIFIERS lower-case words ("repeated"), a noun that carries a
    claim (clause_nouns.txt) and "that" with a clause after it.

    The content runs to the first comma, semicolon or dash outside a
    quotation. It must read as one clause: a second verb group with nothing
    joining it means the writer's sentence goes on past the claim ("Trump's
    claim that crime is up was false"), and no claim is given."""
    tokens = view.tokens
    nouns = clause_nouns()
    for k in range(1, len(tokens) - 2):
        entry = nouns.get(tokens[k].lower)
        if entry is None or tokens[k].is_capitalised:
            continue
        that = _that_after_a_claim_noun(tokens, k)
        if that is None:
            continue
        owner = k - 1
        while owner > 0 and k - owner <= MAX_NOUN_MODIFIERS and _noun_modifier(tokens[owner]):
            owner -= 1
        source = _possessive_owner(view, owner)
        if source is None:
            continue
        before = next((t for t in reversed(tokens[:owner]) if t.end <= source[0]), None)
        if _opens_a_subject(before) or _after_a_judging_verb(before):
            continue  # "Trump's claim that crime is up was false": the writer's verb follows
        if _venue_of_the_cue_before(view, before):
            continue
        start = that + 1
        last = start
        while last + 1 < len(tokens) and not _clause_mark(view, last + 1):
            last += 1
        last = _quotation_closed_on_a_comma(tokens, start, last)
        clause = tokens[start : last + 1]
        if not has_words(view, start, last) or not has_finite_verb(clause) or _verb_groups(clause) > 1:
            continue
        if not _fronted_phrase_closes(view, before, last) or _object_gap(clause):
            continue
        content = (tokens[start].start, trailing_end(view, last))
        return Frame("possessive_noun_clause", entry, view.span(k, k), source, (content,), False, k)
    return None


MAX_NOUN_MODIFIERS = 2
OBJECT_GAP_VERBS = grammar("object_gap_verbs")
GAP_OBJECT_WORDS = frozenset({"nothing", "everything", "something", "anything", "it", "them", "him", "her", "this",
                              "that"})


def _object_gap(clause: Sequence[Token]) -> bool:
    """Rule `relative_that_after_a_claim_noun` (review s25: "He apologised
    for his statement last year that many voters found offensive" gave the
    claim "many voters found offensive"): a "that" clause whose verb lacks
    its object - it ends right on a verb that needs one (claim_grammar.txt
    object_gap_verbs, judging_verbs: "that many voters criticized") or on a
    judging verb and one more word ("found offensive", "called racist") -
    is a relative on the claim noun, whose object the noun is: no claim.
    Kept: "that the report found nothing", "that the plan had failed"."""
    words = [t for t in clause if t.is_word]
    if len(words) < 2:
        return False
    last = words[-1].lower
    if last in OBJECT_GAP_VERBS or last in JUDGING_VERBS:
        return True
    verb = words[-2].lower
    return verb in JUDGING_VERBS and last not in GAP_OBJECT_WORDS and last not in DETERMINERS \
        and not words[-1].is_capitalised


def _that_after_a_claim_noun(tokens: Sequence[Token], k: int) -> int | None:
    """The token of the "that" that opens the clause of the claim noun at
    `k`: right after it, or past a time adjunct (rule
    `time_between_the_noun_and_its_clause`, recall-s24: "Trump's statement
    earlier this year that women who seek abortions should be punished",
    "his claim last week that ..."); None otherwise. The time adjunct is
    `grammar.time_adjunct_end`'s, or "earlier"/"later" and one."""
    after = k + 1
    if after < len(tokens) and tokens[after].lower in NOUN_TIME_ADVERBS:
        after += 1
    after = time_adjunct_end(tokens, after) if after < len(tokens) else after
    if after == k + 2 and tokens[k + 1].lower in NOUN_TIME_ADVERBS:
        return None  # "his claim earlier that": an adverb alone may be the clause's own
    if after < len(tokens) and tokens[after].lower == "that":
        return after
    return None


NOUN_TIME_ADVERBS = grammar("noun_time_adverbs")


def _quotation_closed_on_a_comma(tokens: Sequence[Token], start: int, last: int) -> int:
    """Rule `quotation_closed_on_a_comma_ends_the_clause` (recall-s24, PolNeAR
    train nyt 2016-03-12 S25: "He was challenged over his statement on
    Wednesday that ''Islam hates us,'' but he kept his temper in check" ran
    the claim on to "but he kept ..."): a comma that closes a quotation
    inside the clause ends the claim with the quotation, as a comma outside
    it would. The clause's last token."""
    for m in range(start + 1, last + 1):
        if tokens[m].text in QUOTE_MARKS and tokens[m - 1].text == "," and m < last:
            return m
    return last


def _venue_of_the_cue_before(view: SentenceView, before: Token | None) -> bool:
    """Rule `statement_noun_after_its_cue_is_no_cue` (qa66a-s24, QA round 66,
    801 s15: "Malaysia's Ministry of Foreign affairs said in its statement
    that it had ..." gave a second, hedged claim with the cue "statement"):
    the possessive follows "in" right after a cue verb ("said in its
    statement that", "wrote in his letter that"): the noun is where the cue
    spoke, and the cue's own frame claims the clause. "Trump's claim that
    crime is up" and "seized on Trump's claim that ..." stay."""
    if before is None or before.lower != "in":
        return False
    m = view.tokens.index(before)
    return m > 0 and not view.tokens[m - 1].is_capitalised and (view.tokens[m - 1].lower,) in cue_forms()


def _noun_modifier(token: Token) -> bool:
    """A lower-case word between a possessive and its noun: "repeated",
    "false"; not a determiner ("sent her a warning that": "her" is the hearer)."""
    return token.is_word and not token.is_capitalised and token.lower not in POSSESSIVE_PRONOUNS \
        and token.lower not in DETERMINERS and not token.lower.endswith(POSSESSIVE_S) \
        and not token.lower.endswith(PLURAL_POSSESSIVE)


PLURAL_POSSESSIVE = ("s'", "s\u2019")


JUDGING_VERBS = grammar("judging_verbs")


def _after_a_judging_verb(before: Token | None) -> bool:
    """The possessive follows (`before` is the token before it) a verb that
    judges it ("rated Trump's claim that crime is up false"): what follows
    the clause is the writer's verdict."""
    return before is not None and before.lower in JUDGING_VERBS


def _possessive_owner(view: SentenceView, k: int) -> Span | None:
    """The character span of a possessive at token `k`: "his", "Donald
    Trump's", "the senator's" (a person in a role); None otherwise."""
    token = view.tokens[k]
    if token.lower in POSSESSIVE_PRONOUNS:
        return token.start, token.end
    if token.lower.endswith(PLURAL_POSSESSIVE) and len(token.lower) > 2:
        # Rule `plural_possessive_owner`: "agreed with her lawyers' assertion that she was protected":
        # the owner is "her lawyers", not "her" (the spokeswoman named before)
        if token.is_capitalised:
            return token.start, token.end  # "Democrats' claim that ..."
        if not is_people_noun(token.lower[:-1]):
            return None
        first = k - 1 if k > 0 and view.tokens[k - 1].lower in DETERMINERS | POSSESSIVE_PRONOUNS else k
        return view.tokens[first].start, token.end
    if not token.text.endswith(POSSESSIVE_S):
        return None
    bare = token.lower[:-2]
    end = token.end  # the speaker stage reads "Trump's" as Trump
    if token.is_capitalised:
        first = k
        while first > 0 and view.tokens[first - 1].is_capitalised and view.tokens[first - 1].is_word \
                and not _opening_preposition(view.tokens[first - 1]):
            first -= 1  # "Donald Trump's", not "a fact-check on Donald Trump's"
        return view.tokens[first].start, end
    if bare not in people_nouns() or k == 0 or view.tokens[k - 1].lower not in ARTICLES:
        return None
    return view.tokens[k - 1].start, end  # "the senator's"


def _opening_preposition(token: Token) -> bool:
    """Rule `opening_preposition_is_no_part_of_the_owner` (recall-s24, PolNeAR
    train: "Despite Santilli's continued insistence that he was at the refuge
    as a journalist, a judge kept him in jail" took "Despite Santilli's" for
    the owner, and with no word before it read the noun phrase as a subject):
    a capitalised preposition opening the sentence ("Despite", "After") is
    no word of the name. One that also opens names (claim_grammar.txt
    name_opening_prepositions: "Under Armour's claim that sales would rise
    surprised analysts", review s25) stays in it, and a fronted phrase must
    close with a comma before its clause goes on (`_fronted_phrase_closes`)."""
    low = token.lower
    if low in NAME_OPENING_PREPOSITIONS:
        return False
    return low in PREPOSITIONS or low in FRONTED_OPENERS or low in CONCESSIVE_PREPOSITIONS


NAME_OPENING_PREPOSITIONS = grammar("name_opening_prepositions")


def _fronted_phrase_closes(view: SentenceView, before: Token | None, last: int) -> bool:
    """For rule `opening_preposition_is_no_part_of_the_owner`: a possessive
    after a preposition opening the sentence ("Despite Santilli's ... that
    he was a journalist, a judge kept him in jail") heads a fronted phrase,
    whose claim must end at a comma: with none ("After Trump's claim that
    crime is up he was criticised") where the writer's own clause starts is
    unsure, and no claim is given."""
    if before is None or view.tokens[0] is not before or not _opening_preposition(before):
        return True
    return last + 1 < len(view.tokens) and view.tokens[last + 1].text == ","


def _opens_a_subject(before: Token | None) -> bool:
    """The possessive starts the sentence or a clause (`before` is the token
    before it): its noun phrase is a subject, and the writer's own verb
    follows the "that" clause."""
    return before is None or not before.is_word or before.lower in CLAUSE_LINKS


def _clause_mark(view: SentenceView, k: int) -> bool:
    """A comma, semicolon, colon or dash outside a quotation, or the end of the sentence."""
    token = view.tokens[k]
    if token.text in (".", "!", "?"):
        return True
    if token.text not in {",", ";", ":"} | DASHES:
        return False
    return view.quotes.covering(token.start) is None


CLAUSE_LINKS = grammar("clause_links")


def _verb_groups(tokens: Sequence[Token]) -> int:
    """Verb groups in a clause, a group joined to the one before by a
    conjunction or a relative word not counted: "there have been thousands"
    has one, "he won and fraud was rampant" one, "crime is up was false" two."""
    groups = 0
    in_group = linked = False
    for token in tokens:
        low = token.lower
        if low in CLAUSE_LINKS:
            linked, in_group = True, False
            continue
        verb = not token.is_capitalised and (low in FINITE_AUXILIARIES or low in past_forms())
        if verb and not in_group and (groups == 0 or not linked):
            groups += 1
        if verb:
            linked = False
        in_group = verb or (in_group and (is_adverb(low) or low == "not" or low in BE))
    return groups


COLON = CueEntry(":", "neutral", frozenset())
DASH = CueEntry("\u2015", "neutral", frozenset())
IN_VIEW = CueEntry("in view", "belief", frozenset())
IN_A_POLL = CueEntry("in", "report", frozenset())
SIGNATURE_DASHES = frozenset({"\u2015", "\u2014", "\u2013"})
MAX_SIGNATURE_GAP = 64  # blank characters between a quotation and its signature dash


WRITINGS = grammar("writings")
WRITING_CUES = frozenset({"say", "read"})
MAX_WRITING_GAP = 8  # words between the writing and its "that": "a letter from his doctor Friday afternoon"


def writing_that_says(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> Frame | None:
    """Rule `writing_that_says`: "The listing was replaced by a message that
    said, "Sorry, but the item ... is no longer in the system."", "He released
    a letter from his doctor Friday afternoon that says he has "extraordinarily
    good health"": a writing (a document or a sign, note, message) with a
    "that" or "which" clause whose own verb is "say" or "read" says what
    follows; the source is the writing, with its "from"/"of"/"by" phrase,
    never the sentence's subject. Only a present or past form right after
    the relative."""
    tokens = view.tokens
    first = hit.first
    if hit.entry.lemma not in WRITING_CUES or first < 2 or tokens[first].lower.endswith("ing"):
        return None
    if tokens[first - 1].lower not in ("that", "which"):
        return None
    relative = first - 1
    noun = None
    for m in range(relative - 1, max(relative - 1 - MAX_WRITING_GAP, -1), -1):
        token = tokens[m]
        if not token.is_word or token.lower in FINITE_VERBS or token.lower in PAST_VERBS:
            return None
        if token.lower in documents() or token.lower in WRITINGS:
            noun = m
            break
    if noun is None:
        return None
    s_first = np_left(view, noun)
    if s_first is None:
        return None
    s_last = noun
    if noun + 2 < relative and tokens[noun + 1].lower in ("from", "of", "by"):
        s_last = noun + 1
        while s_last + 1 < relative and tokens[s_last + 1].lower not in TIME_WORDS \
                and tokens[s_last + 1].lower not in TIME_UNITS:
            s_last += 1
    start = first + 1
    if start < len(tokens) and tokens[start].text in (",", ":"):
        start += 1
    if start >= len(tokens) or not has_words(view, start, len(tokens) - 1):
        return None
    if tokens[start].text in QUOTE_MARKS:
        quote = view.quotes.covering(tokens[start].end)
        if quote is None:
            return None
        content = quote
    else:
        if not reads_as_clause(view, start):
            return None  # "a sign that read Exit": no claim
        end = content_last(view, start, cue_starts)
        if _subject_unfinished(view, relative):
            end = _resumed_main_verb(view, start, end)  # "The report that said X was leaked"
        else:
            end = _main_clause_resumes(view, start, end)
        if end < start:
            return None
        content = (tokens[start].start, trailing_end(view, end))
    return _frame("writing_that_says", hit, view, view.span(s_first, s_last), [content])


QUOTING_PARTICIPLES = frozenset({"saying", "asking"})
RECORDINGS = grammar("recordings")
WRITING_LEADS = DETERMINERS | POSSESSIVE_PRONOUNS | NUMBERS | frozenset({"of", "one", "some", "many"})
MAX_QUOTING_NAME_TOKENS = 4


def noun_with_a_quoting_participle(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> Frame | None:
    """Rule `noun_with_a_quoting_participle`: "The ad uses footage of Hillary
    Clinton asking, "Why aren't I 50 points ahead?"", "one of her ads asking,
    "Is Rebecca Bradley independent enough?"", "held up a sign saying "Jews
    Against Trump"": "saying" or "asking" right after a name or a writing
    (no comma between) and before a quotation that opens with a capital and
    ends the sentence: the name or writing speaks the quotation, not the
    sentence's subject. The source is the writing's noun phrase, or a name
    only after a recording ("footage of", "a video of": claim_grammar.txt
    recordings); after any other name the participle may be the subject's."""
    tokens = view.tokens
    first = hit.first
    if tokens[first].lower not in QUOTING_PARTICIPLES or first < 1 or hit.last != first:
        return None
    noun = first - 1
    if not tokens[noun].is_word or view.quotes.covering(tokens[first].start) is not None:
        return None
    start = first + 1
    if start < len(tokens) and tokens[start].text in (",", ":"):
        start += 1
    if not _quotation_follows_the_cue(view, start - 1, start) and not (
        start == first + 1 and start + 1 < len(tokens) and tokens[start].text in QUOTE_MARKS
        and tokens[start + 1].is_capitalised
    ):
        return None
    quote = view.quotes.covering(tokens[start].end)
    if quote is None or any(t.is_word for t in tokens if t.start >= quote[1]):
        return None
    low = tokens[noun].lower
    if low in WRITINGS:  # not a document: "released a statement saying, ..." is the subject's (participle_clause)
        s_first = noun  # "one of her ads", "a sign", not "with ..." or "carrying ..."
        while s_first > 0 and tokens[s_first - 1].lower in WRITING_LEADS:
            s_first -= 1
    elif tokens[noun].is_capitalised and low not in pronouns():
        s_first = noun
        while s_first - 1 >= 0 and noun - s_first + 1 < MAX_QUOTING_NAME_TOKENS \
                and tokens[s_first - 1].is_word and tokens[s_first - 1].is_capitalised and s_first - 1 > 0:
            s_first -= 1
        if s_first < 2 or tokens[s_first - 1].lower != "of" or tokens[s_first - 2].lower not in RECORDINGS:
            return None  # "Trump spoke to Clinton saying, ...": the participle may be the subject's
    else:
        return None
    return _frame("noun_with_a_quoting_participle", hit, view, view.span(s_first, noun), [quote])


def quoted_characterisation(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> Frame | None:
    """Rule `quoted_characterisation`: "Japan branded North Korea an “outlaw
    nation in the neighborhood.”", "Trump likened the refugees to a “vicious
    snake” in a song about ...", "a Times article hailed Trump as “The
    Comeback Kid”": a characterising verb (+quoted in cues.txt) with its
    subject before it and, after its object, the subject's own words in
    quotation marks (cues.py `characterisation_quotes_the_subject`). The
    source is the subject, the content runs from the object on, as
    `reported_speech` reads it ("described Clinton as a “disgrace”"), and it
    must hold that quotation. Without one the verb is no cue at all."""
    if "quoted" not in hit.entry.flags:
        return None
    opening = quoted_characterisation_at(view, hit)
    frame = subject_attribution(view, hit, cue_starts)
    if opening is None or frame is None or frame.rule != "reported_speech":
        return None
    tokens = view.tokens
    start, end = frame.content[0]
    if not start <= tokens[opening].start < end:
        return None
    if frame.source is not None:
        subject = view.token_indices(*frame.source)
        if not subject or not looks_like_source(view, subject[0], subject[-1]) \
                or head_token(view, subject[0], subject[-1]).lower in CHARACTERISING_NON_SPEAKERS:
            return None  # "The study compared patients to ...", "the waves pounded ...": no one's words
    # the content ends with the quotation ("likened the rules to “burning the Constitution” - a
    # charge that ...", 'a “tax on the poor,” a phrase coined by Democrats': the writer's after
    # it), or with its clause when an "of"/"for" complement, a relative clause or another of the
    # subject's quotations follows it ('as a “change warrior” who “saved the company.”')
    after = characterisation_end(view, opening)
    stop = after
    while stop < len(tokens) and tokens[stop].end <= end and tokens[stop].text not in CHARACTERISATION_STOPS \
            and tokens[stop].text not in QUOTE_MARKS:
        stop += 1
    if stop < len(tokens) and tokens[stop].end <= end and tokens[stop].text in QUOTE_MARKS:
        dash = next((m for m in range(stop, len(tokens)) if tokens[m].end <= end
                     and tokens[m].text in DASHES), None)
        stop = dash if dash is not None else len(tokens)
    elif after >= len(tokens) or tokens[after].lower not in CHARACTERISATION_COMPLEMENTS:
        stop = after
    end = min(end, tokens[stop - 1].end)
    return frame._replace(rule="quoted_characterisation", content=((start, end),))


def view_as(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> Frame | None:
    """Rule `view_as`: "Sanders sees these gains as evidence that early
    losses were tricks of the schedule", "Israel regards all of Jerusalem as
    its capital": a verb of seeing or regarding (+as in cues.txt) with its
    subject before it and "as" after its object (cues.py
    `view_as_names_a_view`) gives the subject's view. The source is the
    subject, the content runs from the object on, as `reported_speech` reads
    it. A subject that is no one's voice ("the study sees ...") or none that
    looks like a source gives no claim: the verb is then an act."""
    if "as" not in hit.entry.flags:
        return None
    link = viewed_as_at(view, hit)
    frame = subject_attribution(view, hit, cue_starts)
    if link is None or frame is None or frame.rule != "reported_speech" or frame.source is None:
        return None
    start, end = frame.content[0]
    if not start <= view.tokens[link].start < end:
        return None
    subject = view.token_indices(*frame.source)
    if not subject or not looks_like_source(view, subject[0], subject[-1]) \
            or head_token(view, subject[0], subject[-1]).lower in CHARACTERISING_NON_SPEAKERS:
        return None
    if subject[0] > 0 and view.tokens[subject[0] - 1].lower in QUESTION_OPENERS:
        return None  # "will have to explain why it sees censorship as the right solution": asked, not held
    # the view ends with its clause: "Israel regards all of Jerusalem as its capital, a claim not
    # recognized internationally", "Voters see the mayor as better prepared, with 55 percent saying"
    # ... or at a dash: "Cannes regards itself as the grande dame of film events -- but does it
    # still matter?" asks the writer's question
    comma = next((t for t in view.tokens[link + 1 :]
                  if (t.text == "," or t.text in DASHES) and start < t.start < end), None)
    if comma is not None:
        end = comma.start
        while end > start and view.text[end - 1].isspace():
            end -= 1  # "... film events -- but": the space before the dash is no part of the view
    return frame._replace(rule="view_as", content=((start, end),))


CHARACTERISING_NON_SPEAKERS = grammar("characterising_non_speakers")
CHARACTERISATION_COMPLEMENTS = grammar("characterisation_complements")
CHARACTERISATION_STOPS = CHARACTERISATION_BREAKS | DASHES | {","}  # a comma ends its clause


MAX_DENIER_TOKENS = 6  # "which the former IRA commander has denied"


def denial_of_what_came_before(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> Frame | None:
    """`The paper said he took bribes, which Smith denies.`: a denial cue
    (claim_grammar.txt answering_relative_cues, the forms that rule
    `relative_reply_is_another_speakers_claim` ends the claim before) at
    the end of a relative clause, ", which
    X denied" or "-- which X denied", after a claim of the same sentence:
    X denies that claim's content ("he took bribes"), a claim of X's own.
    Only when the claim before ends right at the comma or dash; "a charge
    which Smith denied" (no claim before) and "which Smith denied in court
    on Monday" (more after the cue) stay as they were."""
    if hit.first != hit.last or view.tokens[hit.first].lower not in ANSWERING_RELATIVE_CUES:
        return None
    tokens = view.tokens
    after = hit.last + 1
    if after < len(tokens) and tokens[after].text not in {".", "!", ";"}:
        return None
    k, _ = skip_auxiliaries_left(view, hit.first - 1)
    which = next((m for m in range(k, max(k - MAX_DENIER_TOKENS, 0) - 1, -1) if tokens[m].lower == "which"), None)
    if which is None or which == k or which < 2 or tokens[which - 1].text not in {","} | DASHES:
        return None
    denier = tokens[which + 1 : k + 1]
    if not all(t.is_word for t in denier) or not looks_like_source(view, which + 1, k):
        return None
    mark = which - 1
    if mark > 0 and tokens[mark].text == "-" and tokens[mark - 1].text == "-":
        mark -= 1  # "--" is two tokens
    end = tokens[mark].start
    while end > 0 and view.text[end - 1].isspace():
        end -= 1
    for other in sentence_cues(view):
        if other.last >= which or other.first == hit.first:
            continue
        claim = frames_for_cue(view, other, cue_starts)
        if claim is not None and claim.content and claim.source is not None and claim.content[-1][1] == end:
            return _frame("denial_of_what_came_before", hit, view, view.span(which + 1, k), list(claim.content))
    return None


# --- the registry -----------------------------------------------------------------

RULES: tuple[Rule, ...] = tuple(
    sorted(
        (
            Rule(
                "according_to",
                10,
                "cue",
                according_to,
                ("According to Politico, the campaign spent $2 million on ads in Ohio.",),
            ),
            Rule(
                "adverbial_evidential",
                20,
                "cue",
                adverbial_evidential,
                ("The Club for Growth is reportedly spending $1.5 million on ads against Trump.",),
            ),
            Rule(
                "quoted_as_saying",
                25,
                "cue",
                quoted_as_saying,
                ("\u201cOur plane was shot down,\u201d Lysenko was quoted as saying by the Ukrinform news agency.",),
            ),
            Rule(
                "as_reported_by",
                28,
                "cue",
                as_reported_by,
                ("As reported by Reuters, the inspector general issued subpoenas to the foundation.",),
            ),
            Rule(
                "passive_attribution",
                30,
                "cue",
                passive_attribution,
                ("It is expected that the Senate will vote on the bill next week.",),
            ),
            Rule(
                "writing_that_says",
                35,
                "cue",
                writing_that_says,
                ('The listing was replaced by a message that said, "Sorry, the item is no longer available."',),
            ),
            Rule(
                "noun_with_a_quoting_participle",
                38,
                "cue",
                noun_with_a_quoting_participle,
                ("The ad uses footage of Hillary Clinton asking, \u201cWhy aren\u2019t I 50 points ahead?\u201d",),
            ),
            Rule(
                "denial_of_what_came_before",
                36,
                "cue",
                denial_of_what_came_before,
                ("The paper said the minister took bribes, which Smith denies.",),
            ),
            Rule(
                "quoted_characterisation",
                39,
                "cue",
                quoted_characterisation,
                ("Japan branded North Korea an \u201coutlaw nation in the neighborhood.\u201d",),
            ),
            Rule(
                "view_as",
                39,
                "cue",
                view_as,
                ("Sanders sees these gains as evidence that early losses were tricks of the schedule.",),
            ),
            Rule(
                "participle_clause",
                40,
                "cue",
                participle_clause,
                ("Trump attacked Clinton on Tuesday, saying she had lied about her emails.",),
            ),
            Rule(
                "fronted_participle",
                45,
                "cue",
                fronted_participle,
                ("Claiming the criticism is designed to pressure the moderators, Trump told Fox it was unfair.",),
            ),
            Rule(
                "parenthetical_attribution",
                50,
                "cue",
                subject_attribution,
                ("The new plan for the city, Smith said, will fail before the end of the year.",),
            ),
            Rule(
                "clause_final_attribution",
                50,
                "cue",
                subject_attribution,
                ("\u201cWe will not back down from this fight,\u201d Warren said.",),
            ),
            Rule(
                "reported_speech",
                50,
                "cue",
                subject_attribution,
                ("Stoltenberg emphasized that increasing defense production is crucial.",),
            ),
            Rule(
                "colon_introduces_content",
                50,
                "cue",
                subject_attribution,
                ("Caddell continued:\n\n\u201cThis race is far from over.\u201d",),
            ),
            Rule(
                "attribution_after_its_quotation",
                48,
                "cue",
                attribution_after_its_quotation,
                ("\u201cWe are trying to change the environment in Congress.\u201d Appel told CNN.",),
            ),
            Rule(
                "inverted_attribution",
                60,
                "cue",
                inverted_attribution,
                ("\u201cThis is a disgusting day,\u201d said Rep. G.K. Butterfield, head of the caucus.",),
            ),
            Rule(
                "colon_attribution",
                100,
                "sentence",
                colon_attribution,
                ('Kuleba: "We need more air defence now."', "PENCE: Well, the question really should be why."),
                fallback=True,
                trigger=frozenset({":"}),
            ),
            Rule(
                "dash_attribution",
                110,
                "sentence",
                dash_attribution,
                ("\u201cHe represents our greatest shame.\u201d \u2015 Sonya Herridge",),
                trigger=SIGNATURE_DASHES,
            ),
            Rule(
                "statement_after_colon",
                115,
                "sentence",
                statement_after_colon,
                ('Rep. Jeff Miller issued this statement late Monday:\n\n"We have been pleading for a year."',),
                trigger=STATEMENT_NOUNS,
            ),
            Rule(
                "in_view",
                120,
                "sentence",
                in_view,
                ("In Mr. Connolly's view, the agreement will not survive the election.",),
                trigger=VIEW_NOUNS,
            ),
            Rule(
                "in_a_poll",
                125,
                "sentence",
                in_a_poll,
                ("In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump 47 percent to 39 "
                 "percent among voters ages 18 to 39.",),
                fallback=True,
                trigger=frozenset({"in"}),
            ),
            Rule(
                "possessive_noun_clause",
                135,
                "sentence",
                possessive_noun_clause,
                ("Politifact seized on Trump\u2019s claim that there have been thousands of shootings in Chicago.",),
                trigger=frozenset(clause_nouns()),
            ),
            Rule(
                "noun_cue",
                130,
                "sentence",
                noun_cue,
                ("His concern is that the vote will be delayed until next year.",),
                trigger=noun_cues(),
            ),
        ),
        key=lambda rule: rule.priority,
    )
)


ASIDE_OBJECTS = grammar("aside_objects")


def _bracketed_aside_on_an_object(view: SentenceView, hit: CueHit) -> bool:
    """For rule `bracketed_aside_on_an_object_is_no_claim`: the cue stands
    inside brackets and its object ("to this", "so", "it", "as much")
    points back, perhaps with a word on how it was said ("(he said so
    himself)", "(she admitted as much publicly)"). For rule
    `bracketed_aside_with_nothing_said_is_no_claim`: nothing of a claim
    follows the cue inside the brackets ("(or so he said)", "(as he said
    himself)"): the aside points back at the sentence, whose speaker the
    tagger cannot tell from it."""
    tokens = view.tokens
    depth = 0
    opening = -1
    for m, token in enumerate(tokens[: hit.first]):
        depth += (token.text == "(") - (token.text == ")")
        opening = m if token.text == "(" else opening
    if depth <= 0:
        return False
    k = hit.last + 1
    if k < len(tokens) and tokens[k].lower == "to":
        k += 1
    if k < len(tokens) and _manner_of_an_aside(tokens, k) \
            and not any(t.text == "," for t in tokens[opening + 1 : hit.first]):
        return True  # not "(at one point as low as 19%, Gutin says)": the bracket holds its claim
    if k + 1 < len(tokens) and tokens[k].lower == "as" and tokens[k + 1].lower == "much":
        k += 1
    elif k >= len(tokens) or tokens[k].lower not in ASIDE_OBJECTS:
        return False
    # "(it said it was profitable)": "it" opens a clause there, no object
    return k + 1 >= len(tokens) or _manner_of_an_aside(tokens, k + 1) or tokens[k + 1].lower in PREPOSITIONS


def _manner_of_an_aside(tokens: Sequence[Token], k: int) -> bool:
    """From token `k` to the closing bracket, no claim: nothing, or words on
    how it was said ("himself", "publicly"); not "(he called it a
    disgrace)", "(it said it was profitable)"."""
    close = next((m for m in range(k, len(tokens)) if tokens[m].text == ")"), None)
    if close is None:
        return False
    return all(t.lower in INTENSIFYING_PRONOUNS or is_adverb(t.lower) for t in tokens[k:close])


def _before_a_pronoun_tail(view: SentenceView, start: int, end: int, cue_starts: set[int]) -> int:
    """Rule `pronoun_tail_repeats_the_source`, the content's side: "said it
    was aware of the reports ..., it added.": the content ends before the
    comma of a closing ", it added" (its source again)."""
    tokens = view.tokens
    last_word = max((k for k in range(start, end + 1) if tokens[k].is_word), default=-1)
    if last_word - 3 < start or last_word not in cue_starts:
        return end
    if tokens[last_word - 1].lower not in SUBJECT_PRONOUNS or tokens[last_word - 2].text != ",":
        return end
    if any(t.is_word for t in tokens[last_word + 1 :]):
        return end
    return last_word - 3


QUESTION_MODALS = frozenset({"could", "would", "will", "can", "should", "might"})
YES_NO_QUESTION_OPENERS = grammar("yes_no_question_openers")


def _inside_an_earlier_that_clause(view: SentenceView, before: Span, first: int, cue_starts: set[int]) -> bool:
    """For rule `cue_inside_an_earlier_that_clause`: a cue of the sentence,
    outside a quotation, followed by "that" and a fronted subordinate
    clause or adjunct ("said that as addicts take ..., they may not feel
    ...", "reported that during Obama's visit ..., Erdogan reiterated ..."),
    stands in the clause `before` the cue at token `first`: that cue's
    that-clause runs on over this one, whose subject opens the that-clause's
    main clause. Not a full clause after "that" ("A new survey found that
    the bridge can carry twice its load, engineers said"): a source after it
    claims it. Not a cue in a subordinate clause of its own ("on the same
    day that the Post reports that ..., the moderators didn't ask"): the
    main clause comes after it."""
    tokens = view.tokens
    stretch_end = next((m for m in range(first - 1, -1, -1) if tokens[m].end <= before[1]), -1)
    for c in cue_starts:
        if tokens[c].start < before[0] or c + 2 > stretch_end:
            continue  # cheap first: "that" (after c) and a word after it must stand within the stretch
        that = c + 1 if c + 1 < len(tokens) and tokens[c + 1].lower == "that" else _that_after_the_hearer(view, c)
        if not (before[0] <= tokens[c].start and that is not None and that + 1 <= stretch_end):
            continue
        lead = that + 1
        while lead < stretch_end and (tokens[lead].text == "," or tokens[lead].lower == "even"):
            lead += 1  # "that, when he does,", "that even though ..."
        fronted = tokens[lead].lower in FRONTED_SUBORDINATORS | {"as"} \
            or not has_finite_verb(tokens[lead : stretch_end + 1])
        opening = next((m for m in range(c) if tokens[m].start >= before[0]), c)
        if fronted and view.quotes.covering(tokens[c].start) is None \
                and not any(t.lower in SUBORDINATORS_OR_RELATIVES for t in tokens[opening:c]):
            return True
    return False


def _cue_inside_an_inferred_future(view: SentenceView, s_first: int, k: int, first: int) -> bool:
    """Rule `inferred_future_act_is_no_claim` (QA round 61, 483 s32: "The
    ... district attorney appears in no mood to cut Brown any breaks, which
    suggests that prosecutors will ask for jail time for him" gave
    "prosecutors / ask: for jail time", unhedged): a subject that opens the
    clause after a verb of inference (claim_grammar.txt inference_verbs:
    "suggests", "means", "indicates", with or without "that"), whose cue
    stands after a modal ("will ask", "could demand"), is someone's guess
    at what the subject will do, no claim of the subject's. Kept: "The data
    suggests that prosecutors asked for jail time" (no modal: the data's
    claim holds it) and "Prosecutors will ask for jail time" (no inference)."""
    tokens = view.tokens
    lead = s_first - 1
    if lead >= 0 and tokens[lead].lower == "that":
        lead -= 1
    if lead < 0 or tokens[lead].lower not in grammar("inference_verbs"):
        return False
    return any(t.lower in MODALS for t in tokens[k + 1 : first])


def _that_after_the_hearer(view: SentenceView, c: int) -> int | None:
    """For rule `cue_inside_an_earlier_that_clause`, its hearer (QA round 61,
    483 s19: "Parker also told the Secret Service officer that when he tried
    to get into the photo, Brown said "I ain't down with that ...," the
    report said." gave Brown the whole sentence): the "that" after the
    hearer of a cue that takes one ("told the officer that"), or None. The
    later "Brown said" stands inside what Parker told, as after "said that"."""
    tokens = view.tokens
    entry = cue_forms().get((tokens[c].lower,))
    if entry is None or "hearer" not in entry.flags:
        return None
    start = content_start(view, c + 1, entry)
    return start - 1 if c + 2 < start <= len(tokens) and tokens[start - 1].lower == "that" else None


def _cue_in_a_question_put(view: SentenceView, hit: CueHit) -> bool:
    """For rule `question_put_is_no_claim`: the cue inside a question put,
    in its bare form after a modal ("whether he could declare it safe") or
    in a yes-or-no question ("Asked whether she supports the ban, Jones
    said ..."): what she was asked, never what she said, which the answer
    after it holds. A question with "why" or "how" takes its clause as
    given ("Pressed on why he believed the plan would work"), so it stays."""
    tokens = view.tokens
    first = hit.first
    if first < 2:
        return False
    opener = _question_put_opener(view, first)
    if opener is None:
        return False
    return tokens[first - 1].lower in QUESTION_MODALS or tokens[opener].lower in YES_NO_QUESTION_OPENERS


def _pronoun_tail_after_a_named_attribution(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> bool:
    """For rule `pronoun_tail_repeats_the_source`: the cue closes the
    sentence after ", it" (he, she, they ...), and the sentence opens with
    a named source and a cue of its own, outside a quotation."""
    tokens = view.tokens
    first = hit.first
    if first < 2 or tokens[first - 1].lower not in SUBJECT_PRONOUNS or tokens[first - 2].text != ",":
        return False
    if any(t.is_word for t in tokens[hit.last + 1 :]):
        return False
    earlier = [c for c in cue_starts if c < first - 2]
    if not earlier or view.quotes.covering(tokens[min(earlier)].start) is not None:
        return False
    if tokens[min(earlier)].lower not in ("said", "says"):
        return False  # "The senator wants to return ..., they say.": the tail's claim is the sentence
    k, _ = skip_auxiliaries_left(view, min(earlier) - 1)
    subject = subject_before(view, k) if k >= 0 and tokens[k].is_word else None
    return subject is not None and subject[0] == 0 and tokens[subject[1]].lower not in SUBJECT_PRONOUNS \
        and looks_like_source(view, *subject)


def _in_a_question_put(view: SentenceView, cue: int) -> bool:
    """For rule `second_cue_takes_the_quotation`: the cue at token `cue`
    stands in a question put to someone ("when asked whether he was
    encouraging his supporters' fury", "Asked what he personally believed",
    "pressed on why"), up to its clause's start, outside a quotation."""
    return _question_put_opener(view, cue) is not None


def _question_put_opener(view: SentenceView, cue: int) -> int | None:
    """The token of "whether", "what", "why" ... opening the question put
    to someone in which the cue at token `cue` stands, or None."""
    tokens = view.tokens
    if view.quotes.covering(tokens[cue].start) is not None:
        return None
    for k in range(cue - 1, 0, -1):
        token = tokens[k]
        if token.text in (",", ";", ":", "(") or token.text in QUOTE_MARKS or token.text in DASHES:
            return None
        if token.lower in QUESTION_OPENERS:
            putter = k - 2 if tokens[k - 1].lower in ("on", "about") and k >= 2 else k - 1
            return k if tokens[putter].lower in QUESTION_PUTTERS else None
    return None


# a +quoted cue (cues.txt) frames a claim by these rules alone: "..., likening the refugees to ..."
# or '"...," Trump likened' are not the characterisation the flag admits
QUOTED_CUE_RULES = frozenset({"quoted_characterisation"})
# ... and a +as cue by this one alone: "sees the plan as a mistake" is the view the flag admits
AS_CUE_RULES = frozenset({"view_as"})


def frames_for_cue(view: SentenceView, hit: CueHit, cue_starts: set[int]) -> Frame | None:
    """The frame of the first cue rule, by priority, whose pattern holds."""
    if _forecast(view, hit) or _adjective_infinitive(view, hit) or _reporting_as_a_job(view, hit) \
            or _recanted(view, hit) or _referred_to_as(view, hit) or _permitted_infinitive(view, hit) \
            or _appearance(view, hit) or _cue_in_a_question_put(view, hit) \
            or _comparative_standard(view, hit) or _under_an_absence_of_evidence(view, hit) \
            or _noun_ending_a_list(view, hit) \
            or _pronoun_tail_after_a_named_attribution(view, hit, cue_starts) \
            or _bracketed_aside_on_an_object(view, hit) or _aim_after_be_to(view, hit) \
            or _cue_in_a_bare_relative(view, hit) or _voiced_no_view(view, hit):
        # Rule `noun_cue_ending_a_list_is_no_claim`: "in tweets, Instagrams and Facebook posts.":
        # a plural subject before an -s form is a list of nouns, the last of them the cue word
        # Rule `cue_under_an_absence_of_evidence_is_no_claim`: "show no sign that the pilot
        # declared an emergency": no one said it, and no one denied it either
        # Rule `comparative_standard_is_no_claim`: "not as effective as he hoped, and other reforms
        # were too limited": the cue is the standard of the writer's comparison, the clause after
        # it no content
        # Rule `bracketed_aside_on_an_object_is_no_claim`: "those who have struggled with drugs
        # (he admitted to this in the past) and ...": the aside's object points back; no claim;
        # nor `bracketed_aside_with_nothing_said_is_no_claim`: "(or so he said)", "(as he said himself)"
        # Rule `pronoun_tail_repeats_the_source`: "The Canadian Embassy in Beijing said it was
        # aware of the reports ..., it added.": the tail's "it" is the sentence's own source, whose
        # "said" claim holds the content; the tail is no second claim with that claim as content
        # Rule `question_put_is_no_claim`: "when asked whether he could declare it "100% safe," he
        # said, "No."": a cue inside the question put to the speaker is what he was asked, never
        # his claim (his answer is)
        return None
    tried: dict[Callable[..., Frame | None], Frame | None] = {}
    for rule in RULES:
        if rule.scope != "cue" or ("quoted" in hit.entry.flags and rule.name not in QUOTED_CUE_RULES) \
                or ("as" in hit.entry.flags and rule.name not in AS_CUE_RULES):
            continue
        if rule.pattern not in tried:
            tried[rule.pattern] = rule.pattern(view, hit, cue_starts)
        frame = tried[rule.pattern]
        if frame is not None and frame.rule == rule.name:
            return frame
    return None


def sentence_frames(view: SentenceView, has_cue_frame: bool) -> list[Frame]:
    """The frames of the sentence rules that hold. A `fallback` rule is
    tried only when no cue rule found a frame in the sentence."""
    frames = []
    for rule in RULES:
        if rule.scope == "sentence" and not (rule.fallback and has_cue_frame):
            if rule.trigger and rule.trigger.isdisjoint(view.words):
                continue
            frame = rule.pattern(view)
            if frame is not None:
                frames.append(frame)
    return frames


GAP_RELATIVES = grammar("gap_relatives")


def _opens_without_a_subject(view: SentenceView, start: int, strict: bool = False) -> bool:
    """The content opens with a finite verb (an auxiliary, a past, a present
    in -s, or a cue verb: "show", "supplied", "would"): its subject stands
    outside it. Never a determiner, pronoun or preposition ("its", "as",
    "in"). `strict`: only an auxiliary or a past ("listings" and "show" may
    be nouns where no relative word marks the gap)."""
    tokens = view.tokens
    if start >= len(tokens):
        return False
    verb = tokens[start]
    low = verb.lower
    if not verb.is_word or verb.is_capitalised or not low.isalpha() or low in DETERMINERS \
            or low in PREPOSITIONS or low in pronouns() or low in POSSESSIVE_PRONOUNS:
        return False
    if strict:
        return low in FINITE_VERBS or is_past(verb)
    if low in OBJECT_GAP_OPENERS:
        return True  # "an explosion that the mayor described as ...": the noun is the cue's object
    if low in FINITE_VERBS or is_past(verb):
        return True
    if finite_by_form(verb):
        # a word in -s is a verb only before its object ("uses several aliases", "includes 2.7
        # million"): "that doctors at clinics have admitting privileges at ..." has a noun there
        return start + 1 < len(tokens) and (present_before_its_object(tokens, start)
                                            or tokens[start + 1].lower in ANTECEDENT_QUANTIFIERS)
    return (low,) in cue_forms() and low not in CUE_NOUN_FORMS


OBJECT_GAP_OPENERS = grammar("object_gap_openers")


def _subject_gap_with_no_antecedent(view: SentenceView, s_first: int, s_last: int, k: int, start: int) -> bool:
    """Rule `subject_gap_without_its_antecedent_is_no_claim` (claims-s18 item 1:
    687 s54 "what activists say are conflicting judgments", 954 s14 "the
    paper listed 10 more people it claimed were gay"): a content that opens
    with a finite verb has its subject outside it. After "what" the subject
    is "what" itself, and the words before the cue are the writer's ("What
    he said was false" is no claim of his that "was false"); with no
    relative word at all, the source found left of the cue ran past a verb
    ("The paper listed 10 more people it ...") and is not the cue's subject,
    which is the pronoun or noun right before the cue. Either way the text
    gives no content with its subject, and no one to say it but a wrong
    speaker: no claim. "Police said the man was shot", "the man who police
    say was shot", "what some said they knew" (its own subject) stay."""
    tokens = view.tokens
    if s_first > 0 and tokens[s_first - 1].lower in FREE_RELATIVES:
        return _opens_without_a_subject(view, start, strict=True)
    if not _opens_without_a_subject(view, start, strict=True):
        return False
    return _verb_between_source_and_cue(view, s_last, k) \
        and _antecedent_of_a_contact_relative(view, s_last, k, start) is None


def _verb_between_source_and_cue(view: SentenceView, s_last: int, k: int) -> bool:
    """The words between the source and the cue, with no punctuation
    ("Dunwoody, who worked ..., said" is an aside), hold a past or finite
    verb that is no auxiliary or modal ("The paper listed 10 more people it
    claimed"): the source is the subject of another clause, and the cue's
    own subject ("it") was left between them. Shared by
    `subject_gap_without_its_antecedent_is_no_claim` and
    `contact_relative_antecedent_is_the_contents_subject`."""
    between = view.tokens[s_last + 1 : k + 1]
    return not any(not t.is_word for t in between) and any(
        not t.is_capitalised and (is_past(t) or t.lower in FINITE_VERBS)
        and t.lower not in AUXILIARIES and t.lower not in MODALS for t in between)


def _antecedent_of_a_contact_relative(view: SentenceView, s_last: int, k: int, start: int) -> Span | None:
    """Rule `contact_relative_antecedent_is_the_contents_subject` (review s18
    B6: "Smith named three officials he said were responsible for the
    cover-up" lost its claim): a cue whose subject is a lone pronoun right
    after a noun, with no relative word between ("three officials he said",
    "two men they say"), opens a relative clause on that noun, which is the
    subject its content lacks ("three officials were responsible ..."). The
    noun phrase's span, or None (then `subject_gap_without_its_antecedent_is_no_claim`
    stands). The same noun phrase reading as `relative_antecedent_is_the_contents_subject`."""
    tokens = view.tokens
    pronoun = k  # the last word before the cue
    if pronoun - 1 <= s_last or tokens[pronoun].lower not in SUBJECT_PRONOUNS \
            or not _opens_without_a_subject(view, start, strict=True):
        return None
    if not tokens[pronoun - 1].is_word or not _noun_of_a_phrase(tokens[pronoun - 1]):
        return None
    return _noun_phrase_ending_at(view, pronoun - 1)


def _contact_antecedent_of_a_subject_gap(view: SentenceView, s_first: int, s_last: int, k: int,
                                         start: int) -> Span | None:
    """For rule `contact_relative_antecedent_is_the_contents_subject`: the
    case of `subject_gap_without_its_antecedent_is_no_claim` with no relative
    word, whose antecedent noun stands right before the cue's pronoun: that
    noun phrase's span, or None."""
    if s_first > 0 and view.tokens[s_first - 1].lower in FREE_RELATIVES:
        return None
    if not _verb_between_source_and_cue(view, s_last, k):
        return None
    return _antecedent_of_a_contact_relative(view, s_last, k, start)


FREE_RELATIVES = grammar("free_relatives")


def _antecedent_of_a_subject_gap(view: SentenceView, s_first: int, start: int) -> Span | None:
    """Rule `relative_antecedent_is_the_contents_subject` (claims-s18 item 1,
    885 s19: "..., along with videos that the military said show Hamas
    fighters launching attacks ..." gave the military "show Hamas fighters
    ..."): a source in a relative clause ("videos that the military said",
    "The budget, which critics say") whose content opens with a finite verb
    has no subject of its own there: the noun the relative pronoun stands
    for is it. The noun phrase's span, to go before the content ("videos
    show Hamas fighters ..."), or None. A content with its own subject
    ("videos that police said Hamas fighters posted") and a "that" after a
    verb ("said that the military said ...") stay as they were."""
    tokens = view.tokens
    relative = s_first - 1
    if relative < 0 or not _opens_without_a_subject(view, start):
        return None
    if tokens[relative].lower not in GAP_RELATIVES:
        return None
    if relative > 0 and tokens[relative - 1].lower in PREPOSITIONS:
        return None  # "messages in which the group urged followers to ...": no subject gap
    if any(not t.is_word for t in tokens[s_first:start]) or start < s_first:
        return None  # the relative word does not open the source's own clause
    last = relative - 1
    after_a_comma = last >= 0 and tokens[last].text == ","
    if tokens[relative].lower != "that" and after_a_comma:
        last -= 1  # "The budget, which critics say is too small"
        if _age_apposition_at(tokens, last):
            last = _person_before_its_age(view, last)
    if last < 0 or not _noun_of_a_phrase(tokens[last]):
        return None  # "said that", "believes that": a clause opens, no noun stands before it
    antecedent = _noun_phrase_ending_at(view, last, person=tokens[relative].lower == "who")
    if antecedent is None:
        return None
    if after_a_comma and tokens[relative].lower == "which" and view.token_indices(*antecedent)[0] > 0:
        # ", which" after an object may stand for the whole clause before it ("... with their
        # livestock, which he believes has happened") or for a noun further back ("the pages of
        # emails she had given the State Department, which she said represented ..."): the noun
        # before the comma is the subject only when its phrase opens the sentence ("The plan,
        # which officials said would cut costs, ..."); otherwise the content stays as written
        return None
    return antecedent


def _age_apposition_at(tokens: Sequence[Token], k: int) -> bool:
    """An age between commas at `k` after a word ("The victim, 23,")."""
    return k >= 2 and AGE_IN_COMMAS.match(tokens[k].text) is not None and tokens[k - 1].text == "," \
        and tokens[k - 2].is_word and k + 1 < len(tokens) and tokens[k + 1].text == ","


def _person_before_its_age(view: SentenceView, age: int) -> int:
    """Rule `age_is_no_antecedent_of_a_gap` (with rule
    `relative_antecedent_is_the_contents_subject`: "The victim, 23, who
    police said was unarmed, died" gave police "23 was unarmed"): an age
    between commas before ", who" tells of the person before it (rules
    `age_is_no_subject`, `age_follows_its_person`), so the relative stands
    for that person ("The victim was unarmed"). Where the person ends; -1
    (no antecedent: the content stays as written) when no person ends
    before the age's comma or a preposition opens the phrase there ("In
    Ohio, 45, who police said were armed": a count, no one's age)."""
    tokens = view.tokens
    name_last = age - 2
    phrase = _noun_phrase_span(view, name_last)
    if phrase is None or tokens[phrase[0]].lower in PREPOSITIONS \
            or (phrase[0] > 0 and tokens[phrase[0] - 1].lower in PREPOSITIONS):
        return -1
    return name_last


MAX_SPLIT_SUBJECT_TOKENS = 5  # "The answers", "The new rules for banks"


def _subject_split_by_the_source(view: SentenceView, before: Span, s_first: int, start: int) -> bool:
    """Rule `subject_split_by_the_source_is_the_contents` (qa66a-s24, QA round
    66, 548 s7: "The answers, experts say, appear to be: 1) Probably, ..."
    gave experts "appear to be: ..."): a noun phrase with no verb that opens
    the sentence and a determiner opens ("The answers"), then ", X say,",
    then a content that opens with a finite verb: the source splits the
    claim's subject from its verb, and both halves are the claim ("The
    answers appear to be: ..."). "In 2010, he said, the plan failed" (a
    phrase with a preposition; the content has its own subject) stays."""
    tokens = view.tokens
    words = view.tokens_within(*before)
    if not words or len(words) > MAX_SPLIT_SUBJECT_TOKENS or words[0] is not tokens[0]:
        return False
    if words[0].lower not in DETERMINERS or any(not t.is_word or t.lower in PREPOSITIONS for t in words):
        return False
    if has_finite_verb(words) or s_first < 1 or tokens[s_first - 1].text != ",":
        return False
    if _opens_without_a_subject(view, start, strict=True):
        return True
    # a plural subject's bare verb before its infinitive: "The answers ... appear to be"
    verb = tokens[start]
    return ends_in_plural_s(words[-1].lower) and start + 2 < len(tokens) and tokens[start + 1].lower == "to" \
        and verb.is_word and not verb.is_capitalised and verb.lower.isalpha() and not verb.lower.endswith("ing") \
        and verb.lower not in DETERMINERS and verb.lower not in PREPOSITIONS and _opens_without_a_subject(view, start)


MAX_TERM_LEAD_TOKENS = 3  # "the so-called", "the group's"


def _quoted_term_before_a_relative(view: SentenceView, s_first: int, start: int) -> Span | None:
    """Rule `quoted_term_is_the_relatives_antecedent` (qa66a-s24, QA round 66,
    921 s22: '... the so-called "conflict minerals" that activists say are
    used to fund rebel movements in the area.' gave activists "are used to
    fund ..."): a relative ("that", "which") right after a quoted term,
    which a determiner opens ("the so-called "conflict minerals"", "the
    "dirty bomb""), stands for that term, the subject the content lacks.
    A quotation with no determiner before it ('he said "no" that ...') and
    a content with its own subject stay as they were."""
    tokens = view.tokens
    relative = s_first - 1
    if relative < 2 or tokens[relative].lower not in GAP_RELATIVES or tokens[relative].lower == "who" \
            or tokens[relative - 1].text not in QUOTE_MARKS:
        return None
    if not _opens_without_a_subject(view, start, strict=True):
        return None  # "which he described as ...": the term is the cue's object, no subject gap
    quote = view.quotes.covering(tokens[relative - 1].start)
    if quote is None or quote[1] != tokens[relative - 1].end or tokens[relative - 2].text == ",":
        return None  # '"tax reform," which ...': an aside that may go back to the clause
    opening = next((m for m in range(relative - 1, -1, -1) if tokens[m].start == quote[0]), None)
    if opening is None or opening < 1:
        return None
    for lead in range(opening - 1, max(opening - 1 - MAX_TERM_LEAD_TOKENS, -1), -1):
        if not tokens[lead].is_word or (tokens[lead].is_capitalised and lead > 0) or tokens[lead].lower in PREPOSITIONS:
            return None  # "the increases through "tax reform"": the term is a preposition's object
        if tokens[lead].lower in ARTICLES:
            return view.span(lead, relative - 1)
    return None


MAX_OBJECT_MODIFIERS = 2  # "the deadly attack", "the new tax plan"


def _object_before_a_which_aside(view: SentenceView, s_first: int, start: int) -> tuple[Span, Span] | None:
    """Rule `which_aside_on_a_verbs_object` (qa66a-s24, QA round 66, 908 s13:
    'The U.S. Embassy in Kabul condemned the attack, which it said killed
    more than 20 people, "in the strongest terms."' gave the embassy
    'killed more than 20 people, "in the strongest terms."'): ", which"
    right after a past verb's object, an article and at most
    MAX_OBJECT_MODIFIERS lower-case words ("condemned the attack, which it
    said killed ..."), stands for that object, the subject the content
    lacks; and the aside ends at its closing comma, past which the main
    clause goes on ("in the strongest terms" is how the embassy condemned).
    The object's span and the aside's content, or None. After a cue that
    takes a clause ("said the bill, which critics say is too weak, and the
    treaty ...") the phrase may open that clause: left as it was. A name there ("had
    given the State Department, which she said represented ..."), an
    object after a preposition ("with their livestock, which he believes
    has happened") and an aside with no closing comma stay as they were."""
    tokens = view.tokens
    relative = s_first - 1
    if relative < 2 or tokens[relative].lower != "which" or tokens[relative - 1].text != ",":
        return None
    if not _opens_without_a_subject(view, start, strict=True):
        return None
    noun = relative - 2
    article = noun
    while article > 0 and noun - article <= MAX_OBJECT_MODIFIERS and tokens[article].lower not in ARTICLES:
        if not tokens[article].is_word or tokens[article].is_capitalised or tokens[article].lower in PREPOSITIONS:
            return None
        article -= 1
    if tokens[article].lower not in ARTICLES or article == noun or article < 1 or not is_past(tokens[article - 1]):
        return None
    verb = cue_forms().get((tokens[article - 1].lower,))
    if verb is not None and (verb.cue_class in ("neutral", "report") or "invert" in verb.flags):
        return None  # "said the bill, which critics say ...": the phrase may open the cue's clause
    close = next((m for m in range(start + 1, len(tokens)) if tokens[m].text == ","
                  and view.quotes.covering(tokens[m].start) is None), None)
    if close is None or close - 1 < start:
        return None
    return view.span(article, noun), (tokens[start].start, tokens[close - 1].end)


def _noun_phrase_ending_at(view: SentenceView, last: int, person: bool = False) -> Span | None:
    """For rule `relative_antecedent_is_the_contents_subject`: the noun phrase
    that ends with the noun at `last`, or None when the relative may hang on
    a noun further back: a phrase after a preposition other than "of" or
    "with" ("a decision Clinton made while serving in the Senate that he
    believes was influenced", "an effort supported by Obama and House
    leaders that Sanders said would ..."): the Senate and the leaders are
    not what was said to be influenced or to make things worse. After "who"
    (`person`) the nearest noun is the one ("the Iran deal negotiated by
    President Obama, who he noted was ...")."""
    phrase = _noun_phrase_span(view, last)
    if phrase is None:
        return None
    if person:
        return view.span(*phrase)
    tokens = view.tokens
    before = phrase[0] - 1
    while before >= 0 and tokens[before].lower in ANTECEDENT_PREPOSITIONS:
        before -= 1
    if before >= 0 and tokens[before].lower in PREPOSITIONS:
        return None
    if any(tokens[m].lower in PREPOSITIONS and tokens[m].lower not in ANTECEDENT_PREPOSITIONS
           for m in range(phrase[0], last)):
        return None  # "a congressional trip to Azerbaijan in 2013 that ...": which noun is meant
    return view.span(*phrase)


ANTECEDENT_PREPOSITIONS = grammar("antecedent_prepositions")


def _noun_phrase_span(view: SentenceView, last: int) -> tuple[int, int] | None:
    """The first and last token of the noun phrase ending at `last`, or None
    when a noun alone would cut it."""
    tokens = view.tokens
    # back to the phrase's determiner, quantifier or number ("the attack outside Damascus", "some
    # information", "10 more people"); with none, the noun alone, or the name it ends ("along with
    # videos", "co-moderator Megyn Kelly"): a lower-case word before it may be a verb ("withhold
    # information")
    first = last
    while first > 0 and last - first < MAX_GAP_ANTECEDENT_TOKENS:
        token = tokens[first - 1]
        if token.lower in DETERMINERS or token.lower in ANTECEDENT_QUANTIFIERS or token.text[:1].isdigit() \
                or token.lower.endswith(POSSESSIVE_S):
            first -= 1  # "the", "some", "10 more", "Clinton's"
            while first > 0 and (tokens[first - 1].text[:1].isdigit()
                                 or (token.lower.endswith(POSSESSIVE_S) and tokens[first - 1].is_capitalised)):
                first -= 1
            if first > 0 and token.lower in ANTECEDENT_QUANTIFIERS and tokens[first - 1].lower in DETERMINERS:
                first -= 1  # "his two adult daughters", "the many people": the determiner opens the phrase
            return first, last
        if token.lower not in PREPOSITIONS and token.lower not in ("and", "or") and not _noun_of_a_phrase(token):
            break
        first -= 1
    first = last
    while first > 0 and tokens[last].is_capitalised and tokens[first - 1].is_capitalised \
            and _noun_of_a_phrase(tokens[first - 1]):
        first -= 1
    before = tokens[first - 1] if first > 0 else None
    if before is not None and before.is_word and _noun_of_a_phrase(before) \
            and before.lower not in ANTECEDENT_PREPOSITIONS:
        return None  # the noun ends a longer phrase ("Obama and House leaders"): where it opens is unclear
    return first, last


ANTECEDENT_QUANTIFIERS = grammar("antecedent_quantifiers")


MAX_GAP_ANTECEDENT_TOKENS = 6  # "the attack outside Damascus", "10 more people"


def _noun_of_a_phrase(token: Token) -> bool:
    """A word that may stand inside a noun phrase: no verb by its form, no
    cue verb, no pronoun, preposition, conjunction or -ly adverb."""
    low = token.lower
    return token.is_word and not is_past(token) and low not in FINITE_VERBS and low not in SUBJECT_PRONOUNS \
        and low not in OBJECT_PRONOUNS and low not in PREPOSITIONS and low not in SENTENCE_CONJUNCTIONS \
        and low not in ("or", "nor") and not is_adverb(low) \
        and not ((low,) in cue_forms() and low not in CUE_NOUN_FORMS)
