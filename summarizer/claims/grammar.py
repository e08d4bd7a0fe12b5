"""The grammar the rules walk with: noun phrases, auxiliaries, adjuncts,
where content starts and ends, all over a `SentenceView`'s tokens.

Word lists, open (cues, titles, source nouns) and closed (auxiliaries,
determiners: claim_grammar.txt), are data in summarizer/rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise

from summarizer.claims.lexicon import (
    CueEntry,
    auxiliaries,
    auxiliary_verbs,
    clause_nouns,
    cue_forms,
    documents,
    ends_in_plural_s,
    grammar,
    is_news_outlet,
    is_people_noun,
    noun_sets,
    past_forms,
    pronouns,
    reporting_adjuncts,
    reporting_only_nouns,
    source_modifiers,
    source_nouns,
    title_words,
)
from summarizer.claims.names import (
    ACRONYM,
    ARTICLES,
    DETERMINERS,
    FINITE_VERBS,
    FRONTED_SUBORDINATORS,
    INDEFINITE_ARTICLES,
    POSSESSIVE_DETERMINERS,
    body_after_a_title,
    legal_form_after_a_comma,
    name_after_a_fronted_place,
    organisation_words,
    places,
    quoted_nickname,
    role_held_at,
)
from summarizer.claims.text import POSSESSIVE_S, QUOTE_MARKS, SentenceView, Token
from summarizer.cleanup import DATELINE_WINDOW, dateline_length, without_possessive
from summarizer.rules import load_word_set, load_word_sets, word_set

AUXILIARIES = auxiliaries()
AUXILIARY_VERBS = auxiliary_verbs()
BE = grammar("be")
NEGATED_BE = grammar("negated_be")
PARTICIPLE_NOUNS = grammar("participle_nouns")
ADVERB_AUXILIARIES = grammar("adverb_auxiliaries")
FLOATING_QUANTIFIERS = grammar("floating_quantifiers")  # rule `quantifier_opening_its_clause_is_the_subject`
VERB_GROUP_ADVERB_PHRASES = frozenset(tuple(p.split("_")) for p in grammar("verb_group_adverb_phrases"))
SUBORDINATORS = grammar("subordinators")
BRACKET_CLAUSE_OPENERS = grammar("bracket_clause_openers")
RELATIVES = grammar("relatives")
# the relatives that stand for a noun ("which the OECD says had"); not "whose", which goes
# before one ("whose son says")
RELATIVE_PRONOUNS = RELATIVES - grammar("relative_determiners")
SUBJECT_PRONOUNS = grammar("subject_pronouns")
# cue forms that are only finite verbs, never nouns or participles ("said", "told")
FINITE_ONLY_CUE_FORMS = grammar("finite_only_cue_forms")
FINITE_AUXILIARIES = grammar("clause_verb_auxiliaries")
PREPOSITIONS = grammar("prepositions")
# a word of these ends a noun phrase ("the model" of "the model for ...", "... who said")
NOUN_PHRASE_ENDS = PREPOSITIONS | SUBORDINATORS | RELATIVES
GROUP_PARTS = grammar("group_parts") | grammar("numbers")
EN_PARTICIPLES = grammar("en_participles")
ADJUNCT_PREPOSITIONS = grammar("adjunct_prepositions")
OBJECT_PRONOUNS = grammar("object_pronouns")
# pronouns that stand for people only through the "who" clause after them (rule
# `those_who_is_the_description`): "Those who knew him said"
WHO_DESCRIBED_PRONOUNS = grammar("who_described_pronouns")
NON_SOURCE_OPENERS = grammar("non_source_openers")
WRITER_GLOSSES = grammar("writer_glosses")
LY_NOUNS = grammar("ly_nouns")
PURPOSE_LEADS = grammar("purpose_leads")
TIME_WORDS = grammar("time_words")
TIME_WORD_LEADS = grammar("time_word_leads")
TIME_UNITS = grammar("time_units")
TIME_LEADS = grammar("time_leads")
# read in several modules, so listed here once
MODALS = grammar("modals")
NUMBERS = grammar("numbers")
SEEMING_CUES = grammar("seeming_cues")
WANTING_CUES = grammar("wanting_cues")
MODIFIER_PARTICIPLES = grammar("modifier_participles")
QUESTION_PUTTERS = grammar("question_putters")
NAMING_MARKERS = grammar("naming_markers")
NAMING_CUES = frozenset(word.replace("_", " ") for word in grammar("naming_cues"))
CUE_NOUN_FORMS = grammar("cue_noun_forms")
CIRCUMSTANCE_NOUNS = grammar("circumstance_nouns") | grammar("months")  # "in a ruling", "in August"
CIRCUMSTANCE_PREPOSITIONS = grammar("circumstance_prepositions")
OBJECT_ENDERS = grammar("object_enders")
FRONTED_AS = grammar("fronted_as")
FRONTED_LEADS = grammar("fronted_leads")
SENTENCE_ADVERBS = grammar("sentence_adverbs")
LEADING_SOURCE_ADVERBS = grammar("leading_source_adverbs")
FRONTED_OPENERS = grammar("fronted_openers")
ARGUMENT_WORDS = grammar("argument_words") | {",", ";", ":"}
PAST_VERBS = grammar("past_verbs")
SUBJECT_CLAUSE_OPENERS = grammar("subject_clause_openers")
CLAUSE_JOINERS = grammar("clause_joiners")
SENTENCE_CONJUNCTIONS = grammar("sentence_conjunctions")
HEARER_NOUNS = grammar("hearer_nouns")
HEARER_HEADS = grammar("hearer_heads")
DASHES = frozenset({"\u2014", "\u2013", "\u2015", "-"})
# the signs that open a sum ("$2 million", "€5bn"): one set for rules.py and junk.py
CURRENCY_SIGNS = frozenset("$\u20ac\u00a3\u00a5")
MAX_SUBJECT_TOKENS = 14
MAX_INVERTED_SOURCE_TOKENS = 12
MIN_QUOTE_WORDS_FOR_NESTING = 4
MAX_ADJUNCT_TOKENS = 8


# --- noun phrases -----------------------------------------------------------------


def is_nominal(token: Token) -> bool:
    low = token.lower
    return token.is_capitalised or low in source_nouns() or low in title_words() or low in DETERMINERS


TITLE_QUALIFIERS = grammar("title_qualifiers")
PARTICIPLES_BEFORE_AN_INFINITIVE = grammar("participles_before_an_infinitive")
COMPOUND_HEADS_AFTER_A_CUE = grammar("compound_heads_after_a_cue")
CONCESSIVE_PREPOSITIONS = grammar("concessive_prepositions")


MAX_QUOTED_NAME_WORDS = 4  # 'the "Yes Scotland" campaign', 'the "Black Lives Matter" movement'


def _quoted_name_before_its_noun(tokens: Sequence[Token], k: int, last: int) -> int | None:
    """Rule `quoted_name_inside_a_noun_phrase` (QA round 56, 895 s20: 'The
    "Yes Scotland" campaign, led by ... Alex Salmond, says that ...' gave the
    speaker "campaign"): a closing quotation mark at `k` between an article
    and a lower-case noun, with only capitalised words quoted, is a name
    inside the noun phrase; the walk left goes on at the article (the index
    returned), when the article opens a clause (the sentence, or after a
    mark, "and" or "but"). None otherwise: 'He called it "Absurd" and
    officials said' has no article before the quotation, and '..., said a
    "Wanted" statement posted on the website' opens no clause."""
    if not (0 < k < last) or tokens[k].text not in QUOTE_MARKS or not tokens[k + 1].is_word \
            or tokens[k + 1].is_capitalised:
        return None
    for j in range(k - 1, max(k - 2 - MAX_QUOTED_NAME_WORDS, 0), -1):
        if tokens[j].text in QUOTE_MARKS:
            inside = tokens[j + 1 : k]
            if not inside or j < 1 or tokens[j - 1].lower not in ARTICLES \
                    or not all(t.is_word and t.is_capitalised for t in inside):
                return None
            if j >= 2 and tokens[j - 2].is_word and tokens[j - 2].lower not in ("and", "but"):
                return None  # '..., said a "Wanted" statement posted on ...': the phrase opens no clause
            return j - 1
    return None


def np_left(view: SentenceView, last: int) -> int | None:
    """First token of the noun phrase ending at `last`, walking left to a
    clause boundary; None when there is none."""
    tokens = view.tokens
    k = last
    bracket_tokens = 0  # a bracketed acronym's three tokens do not count towards MAX_SUBJECT_TOKENS
    bracket_close = None
    while k >= 0:
        token = tokens[k]
        if not token.is_word:
            if _bracketed_acronym_inside_a_name(tokens, k, last):
                bracket_close = k if bracket_close is None else bracket_close
                k -= 3
                bracket_tokens += 3
                continue
            if token.text == "&" and 0 < k < last and tokens[k - 1].is_capitalised and tokens[k + 1].is_capitalised:
                # rule `ampersand_inside_a_name_walking_left` (QA round 65, 744: "the government's
                # Waste & Resources Action Programme estimates" had the source "Resources Action
                # Programme"; "Procter & Gamble said" had "Gamble"): as the names' side joins it
                # (`ampersand_joins_a_body`), the phrase runs on over "&" between two capitals
                k -= 1
                continue
            if token.text == "." and 0 < k < last and tokens[k - 1].text == "No" and tokens[k + 1].text[:1].isdigit():
                k -= 2  # rule `number_sign_inside_a_phrase`: "former world No. 1 Wozniacki": not "1 Wozniacki"
                continue
            if token.text == "%" and 0 < k < last and tokens[k + 1].lower in ("of", "in") \
                    and tokens[k - 1].text[:1].isdigit():
                # rule `share_of_a_group_is_one_phrase`: "60% of respondents believe": the share
                # and its group, never the fragment "of respondents"; the phrase opens at the number
                # ("with 97% of climate scientists agreeing": not "with"); so too a share in a place
                # (issue 9, CNN-Corpus dev 184 s12: "... and 35 % in Springfield believed" showed the
                # source "in Springfield"), as "35 percent in Iowa" reads
                k -= 2
                if k > 0 and tokens[k].lower == "and" and _second_share_of_one_group(tokens, k):
                    k -= 1  # rule `shares_of_one_group_in_two_places`: "... in Boston and 35 % in ..."
                    continue
            quoted_name = _quoted_name_before_its_noun(tokens, k, last)
            if quoted_name is not None:
                k = quoted_name
                continue
            if k < last and legal_form_after_a_comma(tokens, k):
                k -= 1  # rule `legal_form_after_a_comma_joins_the_name`: "Acme Holdings, Inc. said"
                continue
            if k < last and quoted_nickname(tokens, k - 2):
                # rule `quoted_nickname_inside_a_name`, walking left as np_right walks right
                # (review s13: 'Edith "Edie" Windsor said' at a sentence's start began at "Windsor",
                # so the span missed the name "Edith Windsor" the names' side had joined)
                k -= 3
                continue
            break
        low = token.lower
        if low in ("and", "or") and 0 < k < last and is_nominal(tokens[k - 1]) and is_nominal(tokens[k + 1]):
            k -= 1
            continue
        if low in ("and", "or") and 0 < k < last - 1 and is_count(tokens[k - 1]) and is_count(tokens[k + 1]) \
                and not is_count(tokens[last]):
            # rule `joined_counts_inside_a_phrase` (CNN-Corpus dev 530 s4: '"...," the world-record
            # holder in the 100 and 200 meters said' gave no claim): two counts joined before the
            # noun they count ("the 100 and 200 meters") stay in the phrase, as two nouns do
            k -= 1
            continue
        if low == "and" and 0 < k < last and _second_share_of_one_group(tokens, k):
            k -= 1
            continue
        if low == "and" and 0 < k < last and tokens[k - 1].is_capitalised and tokens[last].is_capitalised \
                and tokens[k + 1].lower in TITLE_QUALIFIERS:
            # rule `joined_name_with_a_former_title`: "McIlroy and former world No. 1 Wozniacki
            # announced": two people, the second with a former title, not the second alone
            k -= 1
            continue
        if (low == "than" or low in INDEFINITE_ARTICLES) and 0 < k < last:
            lead = _share_lead_before(view, k, last)
            if lead is not None:
                k = lead - 1
                continue
        if low in SUBORDINATORS or (low in RELATIVES and k != last):
            break
        if k != last and not token.is_capitalised and (low in past_forms() or low in ("says", "told", "tells")) \
                and not _participle_before_an_infinitive(tokens, k):
            break  # "Trump said he would order ...": the subject of "order" is "he"
        if last - k - bracket_tokens >= MAX_SUBJECT_TOKENS:
            break
        if token.text == "A" and 0 < k < last and tokens[k - 1].lower in title_words() \
                and tokens[k + 1].is_capitalised:
            k -= 1  # rule `initial_a_after_a_title`: "Interior Minister A Rehman Malik": an initial
            continue
        if low in INDEFINITE_ARTICLES and k < last:
            inside_name = k >= 2 and tokens[k - 1].lower in ("for", "of") and tokens[k - 2].is_capitalised
            if inside_name and not token.is_capitalised:
                k -= 1  # "The Committee for a Responsible Federal Budget": inside a name
                continue
            k -= 1  # an indefinite article opens the noun phrase: "... Telegram A senior prison official"
            break
        k -= 1
    first = k + 1
    if bracket_close is not None and not _body_opens_the_phrase(tokens, first, bracket_close - 2):
        first = bracket_close + 1  # "A spokesman for the Free Syrian Army (FSA) in Aleppo": not past it
    if first < last and _fronted_adverbial_before_a_pronoun(tokens, first, last):
        return last
    return first if first <= last else None


MAX_FIRST_SHARE_TOKENS = 8  # "37 % of the respondents in Boston"
PERCENT_WORDS = frozenset({"%", "percent", "per"})


def _second_share_of_one_group(tokens: Sequence[Token], k: int) -> bool:
    """Rule `shares_of_one_group_in_two_places` (issue 9, CNN-Corpus dev 184
    s12: "37 % of the respondents in Boston and 35 % in Springfield
    believed ..." showed the source "in Springfield"): "and" at token `k`
    before a share with no group of its own ("35 % in Springfield") after
    a share of a group ("37 % of the respondents in Boston") joins the two
    into one source, the group polled in both places; the walk left goes on
    over it. "Smith and 35 others said" (no share before) stays."""
    if k + 2 >= len(tokens) or not tokens[k + 1].text[:1].isdigit() or tokens[k + 2].lower not in PERCENT_WORDS:
        return False
    if k + 3 < len(tokens) and tokens[k + 3].lower == "of":
        return False  # "and 35 % of those in Springfield": a group of its own, the walk's own subject
    for m in range(k - 1, max(k - 1 - MAX_FIRST_SHARE_TOKENS, 0), -1):
        token = tokens[m]
        if token.lower in PERCENT_WORDS and tokens[m - 1].text[:1].isdigit() and m + 1 < k \
                and tokens[m + 1].lower == "of":
            return True
        if token.text in (",", ";", ":") or token.lower in AUXILIARIES or (token.is_word and is_past(token)):
            return False
    return False


MAX_SHARE_LEAD_WORDS = 2  # "fewer than a third", "about a quarter"


def _share_lead_before(view: SentenceView, k: int, last: int) -> int | None:
    """Rule `share_lead_is_part_of_the_share` (polls-s24, PolNeAR train:
    "..., and more than 4 in 10 said Trump would be best" gave the share "4
    in 10", and the first share's claim ran on past the "and" into this
    one's words): the walk left stops at "than" and at an indefinite
    article, but "more than", "fewer than", "about" before them open a
    share of people ("more than 4 in 10", "fewer than a third of voters",
    "about a quarter"); the first of those lead words, else None."""
    tokens = view.tokens
    j = k
    while j > 0 and k - j < MAX_SHARE_LEAD_WORDS and tokens[j - 1].lower in SHARE_LEADS:
        j -= 1
    if j == k or tokens[j].lower in INDEFINITE_ARTICLES | {"the", "than"}:
        return None  # "a" or "the" before a share is the article of its phrase
    return j if share_of_a_group(view, j, last) else None


FRONTED_TIME_LEADS = grammar("time_word_leads") | grammar("time_leads")  # "Late Saturday he", "Last week she"
FRONTED_TIME_WORDS = grammar("time_words") | grammar("time_units")
MAX_FRONTED_PHRASE_WORDS = 4  # "After a brief pause", "On Tuesday night"


def _fronted_adverbial_before_a_pronoun(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Rule `fronted_adverbial_is_no_part_of_a_pronoun_subject` (QA round 65
    679 s3: "After a brief pause he declares: ..." gave the source "a brief
    pause he"): a subject pronoun takes no words before it in its phrase.
    Where the phrase walked left opens the sentence, or follows its opening
    preposition ("After a brief pause", "On Tuesday night"), and opens with
    that preposition, a time lead ("Late Saturday", "Last week") or an -ly
    adverb ("Unsurprisingly"), the words before the pronoun are a fronted
    adverbial and the subject is the pronoun alone. A noun before a pronoun
    inside the sentence is a relative without "that" ("the divides he
    promised to bridge") and walks as before; so do "Smith and he" and a
    Roman numeral "I" ("World War I")."""
    if tokens[last].lower not in SUBJECT_PRONOUNS or (tokens[last].text == "I" and tokens[last - 1].is_capitalised):
        return False
    if tokens[last - 1].lower in ("and", "or", "nor"):
        return False
    if first > 1 or (first == 1 and tokens[0].lower not in PREPOSITIONS):
        return False
    opener = tokens[first].lower
    if first == 1 or opener in PREPOSITIONS:  # "After a brief pause he", "In 2009 she"
        words = tokens[first + (first == 0) : last]
        return len(words) <= MAX_FRONTED_PHRASE_WORDS and all(
            t.is_word and not t.lower.endswith("ing") and t.lower not in past_forms() for t in words)
    if opener in FRONTED_TIME_LEADS:  # "Late Saturday he", "This time he"; not "This was the Trump we"
        return last == first + 2 and (tokens[first + 1].lower in FRONTED_TIME_WORDS or tokens[first + 1].is_capitalised)
    return last == first + 1 and is_adverb(opener)  # "Unsurprisingly he"; not "Schlafly invoked ... she"


def _participle_before_an_infinitive(tokens: Sequence[Token], k: int) -> bool:
    """Rule `participle_before_an_infinitive_is_no_cue`, the walk's side (reader
    test s19, CNN-Corpus dev 974: "A statement posted on websites known to carry
    messages from al Qaeda said" showed the speaker hint "to carry messages
    ..."): a listed participle (participles_before_an_infinitive) between a
    lower-case noun and "to" modifies that noun ("websites known to carry"); it
    ends no phrase. "Officials known as" and "Trump knew to" are no such case."""
    return k > 0 and k + 1 < len(tokens) and tokens[k].lower in PARTICIPLES_BEFORE_AN_INFINITIVE \
        and tokens[k + 1].lower == "to" and tokens[k - 1].is_word and not tokens[k - 1].is_capitalised \
        and is_noun_word(tokens[k - 1].lower)


def _bracketed_acronym_inside_a_name(tokens: Sequence[Token], k: int, last: int) -> bool:
    """Rule `bracketed_acronym_inside_a_name` (reader test s19, CNN-Corpus dev 677:
    '..., the United Nations Commission of Inquiry on Human Rights (COI) in North
    Korea said' showed the speaker hint "in North Korea"): a closing bracket at `k`,
    inside the phrase walked left, that closes one acronym right after a capitalised
    word ("Rights (COI)") and before a lower-case word of its phrase ("in North
    Korea") belongs to the name; the walk goes on before it. A bracket with
    anything else ("(R-Ohio)", "(pictured)") or before a title ("British Virgin
    Islands (BVI) Governor John Rankin") still ends the phrase."""
    return (
        tokens[k].text == ")" and 3 <= k < last
        and tokens[k - 2].text == "(" and ACRONYM.match(tokens[k - 1].text) is not None
        and tokens[k - 3].is_word and tokens[k - 3].is_capitalised
        and tokens[k + 1].is_word and not tokens[k + 1].is_capitalised
    )


ORGANISATION_CONNECTORS = grammar("organisation_connectors")  # "Commission of Inquiry on Human Rights"


def _body_opens_the_phrase(tokens: Sequence[Token], first: int, bracket_open: int) -> bool:
    """Rule `bracketed_acronym_inside_a_name`, its guard (review s19: "A spokesman
    for the Free Syrian Army (FSA) in Aleppo said" gave the speaker 'Aleppo'): the
    walk goes past the bracket only when the body's name opens the phrase, after
    at most "the" ("the United Nations Commission of Inquiry on Human Rights
    (COI) in North Korea"). A role or an of/for/at head before the body ("A
    spokesman for", "An official at", "Fighters of") leaves the phrase ending at
    the bracket, so the place after "in" is never the speaker."""
    body = bracket_open
    while body > first and (
        tokens[body - 1].is_capitalised
        or (tokens[body - 1].lower in ORGANISATION_CONNECTORS and body - 2 >= first and tokens[body - 2].is_capitalised)
    ):
        body -= 1
    if body == bracket_open or is_people_noun(tokens[body].lower):
        return False
    if body > first and tokens[body - 1].lower == "the":
        body -= 1
    return body == first


def np_right(
    view: SentenceView,
    first: int,
    limit: int = MAX_INVERTED_SOURCE_TOKENS,
    subject_pronouns: bool = True,
    hearer: bool = False,
) -> int | None:
    """Last token of a noun phrase starting at `first` (names, titles, source
    nouns and their modifiers), or None. Without `subject_pronouns` the
    phrase stops before "he", "they": "told the BBC they had ...". A
    `hearer` phrase has no reporting-only noun ("asking the agent to
    purchase": rule reporting_only_source_noun)."""
    tokens = view.tokens
    k = first
    last = None

    def nominal(token: Token) -> bool:
        return is_nominal(token) and not (hearer and token.lower in reporting_only_nouns())

    while k < len(tokens) and k - first < limit:
        token = tokens[k]
        if not token.is_word:
            if token.text == "." and token.start > 0 and view.text[token.start - 1].isupper():
                k += 1  # the dot of an initial: "John F. Kennedy"
                continue
            if quoted_nickname(tokens, k) and last == k - 1:
                k += 3  # rule `quoted_nickname_inside_a_name`: 'James "Spider" Marks'
                continue
            break
        low = token.lower
        if low in pronouns() and low not in OBJECT_PRONOUNS and not subject_pronouns:
            break
        if (nominal(token) or low in OBJECT_PRONOUNS or low in pronouns()
                or (low in PARTICIPLE_NOUNS and k > first and tokens[k - 1].lower in DETERMINERS)):
            last = k
        elif low in ("of", "and") and last is not None and k + 1 < len(tokens) and nominal(tokens[k + 1]):
            pass
        elif low == "of" and last is not None and _count_of_described_people(tokens, k, nominal):
            # rule `count_of_described_people_runs_on` (CNN dev 702 s26: "Throngs of pro-democracy
            # protesters rallied ... and promised ..." gave the speaker "Throngs"): after a count word,
            # "of", a modifier and its noun stay in the phrase, as "Dozens of protesters" does
            k += 2
            last = k
            k += 1
            continue
        elif low == "of" and last is not None and _count_of_a_count(tokens, k):
            # rule `count_of_a_count_runs_on` (QA 69a, s26, CNN-Corpus dev 986 [1]: "Tens of thousands
            # of protesters took to the streets ..., rejecting ..." gave the speaker "Tens"): "of" and a
            # count word before another "of" and its noun ("Hundreds of thousands of people") stay
            # in the phrase; "Dozens of protesters" ran on already
            k += 2
            continue
        elif first_of_a_cue_compound(tokens, k):
            # "think tanks": the cue word modifies the compound's head, and the compound is the
            # phrase's noun ("Even centrist think tanks like ... argued" stopped at "Even")
            last = k + 1
            k += 2
            continue
        elif (
            (is_modifier(low) or _hyphenated_modifier(low))
            and (low not in SUBORDINATORS | RELATIVES or low in PREPOSITIONS)
            # Rule `auxiliary_verb_before_a_determiner_is_the_verb` (PolNeAR train: "Bolton had a
            # comparable assessment of Trump's record, saying that ..." read the subject "Bolton had
            # a" and lost his claim): "has", "had", "is" before "a", "the", "his" is the clause's
            # verb, never a modifier of the noun phrase the determiner opens
            and not (low in AUXILIARY_VERBS and k + 1 < len(tokens) and tokens[k + 1].lower in DETERMINERS)
            and k + 1 < len(tokens)
            and (nominal(tokens[k + 1]) or first_of_a_cue_compound(tokens, k + 1))
            and tokens[k + 1].is_word
        ):
            pass  # "senior officials", "former adviser" (not "warned that the exit ...")
        else:
            break
        k += 1
    if last is not None and 0 < first <= last - 2 and not tokens[last].is_capitalised \
            and tokens[last].lower in DETERMINERS and tokens[last - 1].lower in PREPOSITIONS \
            and tokens[last - 2].is_word and tokens[last - 2].is_capitalised:
        # Rule `phrase_ends_on_no_bare_determiner` (reader test s19, CNN-Corpus dev 456 s18: 'wrote
        # Tim Brooks and Earle Marsh in the reference "The Complete Directory ..."' read the source
        # "Tim Brooks and Earle Marsh in the", then cut it to "Tim Brooks"): a name's phrase that
        # stops at "in the" before a word it cannot hold ends with the name ("some of his" and a
        # phrase opening the sentence, "Once in my early 20s", stay)
        last -= 2
    return last


def _count_of_described_people(tokens: Sequence[Token], k: int, nominal: Callable[[Token], bool]) -> bool:
    """At "of" (token `k`) after a count word of claim_grammar.txt `numbers`:
    a lower-case modifier and a noun follow ("Dozens | of pro-democracy
    protesters", "Throngs of angry residents"), not a noun alone (which runs
    on already) nor a capitalised word ("Dozens of Democratic ...")."""
    if tokens[k - 1].lower not in NUMBERS or k + 2 >= len(tokens):
        return False
    modifier, noun = tokens[k + 1], tokens[k + 2]
    return modifier.is_word and not modifier.is_capitalised and not nominal(modifier) \
        and (is_modifier(modifier.lower) or _hyphenated_modifier(modifier.lower)) \
        and noun.is_word and not noun.is_capitalised and nominal(noun)


def _count_of_a_count(tokens: Sequence[Token], k: int) -> bool:
    """At "of" (token `k`) after a count word: a count word of
    claim_grammar.txt `numbers` and another "of" follow ("Tens | of
    thousands of"), not "Tens of thousands." alone."""
    return tokens[k - 1].lower in NUMBERS and k + 3 < len(tokens) and tokens[k + 1].lower in NUMBERS \
        and tokens[k + 2].lower == "of" and tokens[k + 3].is_word


def first_of_a_cue_compound(tokens: Sequence[Token], k: int) -> bool:
    """A lower-case cue word right before a listed compound head
    (compound_heads_after_a_cue): "think" in "centrist think tanks"."""
    return k + 1 < len(tokens) and not tokens[k].is_capitalised \
        and tokens[k + 1].lower in COMPOUND_HEADS_AFTER_A_CUE


def _hyphenated_modifier(word: str) -> bool:
    """Rule `hyphenated_modifier`: "the 57-year-old media mogul", "a
    long-time aide": a compound joined by hyphens (of letters and numbers,
    one word at least) modifies the noun after it."""
    parts = word.split("-")
    return len(parts) > 1 and all(p.isalnum() for p in parts) and any(p.isalpha() for p in parts)


def is_noun_word(word: str) -> bool:
    """A lower-case word that may stand in a noun phrase after its
    determiner: a modifier or a hyphenated compound ("team", "42-year-old")."""
    return is_modifier(word) or _hyphenated_modifier(word)


def is_modifier(word: str) -> bool:
    """A lower-case word that may modify a source noun: not a verb form we
    know ("attacked Clinton" is no noun phrase)."""
    if not word.isalpha() or (word,) in cue_forms() or word in PAST_VERBS:
        return False  # "Woods met Mandela for the first time ...": "met" is no modifier
    return not (word.endswith("ed") and len(word) > 4) or word in source_modifiers()


def is_adverb(word: str) -> bool:
    """Rule `ly_adverb`: a lower-case word in -ly is an adverb ("also
    reportedly"), unless it is a noun that can be a source ("family",
    "ally") or a listed -ly noun ("rally", "assembly")."""
    return word.endswith("ly") and word.isalpha() and word not in source_nouns() and word not in LY_NOUNS


def _clause_marker(token: Token) -> bool:
    """A word that starts a clause, not a noun phrase: an auxiliary, a cue
    verb, an adverb, a past form, "to"."""
    low = token.lower
    if token.is_capitalised or not token.is_word:
        return False
    return (
        low in AUXILIARIES
        or low in past_forms()
        or low in ("to", "just")
        or (is_adverb(low) and len(low) > 4)
        or (low.endswith("ed") and len(low) > 3 and low not in source_modifiers())
    )


INTENSIFYING_PRONOUNS = frozenset({"himself", "herself", "itself", "themselves"})
NEGATED_MODALS = grammar("negated_modals")


def described_by_its_who_clause(words: Sequence[Token]) -> bool:
    """Rule `those_who_is_the_description` (rules.py): the words are a pronoun
    that stands for people only through the "who" clause after it, and that
    clause: "Those who knew him", or a part of them ("Many of those who knew
    him", claim_grammar.txt group_parts and numbers)."""
    lowered = [t.lower for t in words]
    if len(lowered) > 4 and lowered[0] in GROUP_PARTS and lowered[1] == "of":
        lowered = lowered[2:]
    return len(lowered) > 2 and lowered[0] in WHO_DESCRIBED_PRONOUNS and lowered[1] == "who"


def _adverb_before_the_subject_pronoun(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Rule `adverb_before_a_pronoun_leaves_the_source` (QA round 58, 959
    s39: "Yang Yuhua ... has also spent her life savings ... and now she
    says ..." had the source "now she", which no rule reads as a pronoun):
    a sentence adverb ("now", "then", "later") right before the subject
    pronoun that ends the source, in a clause joined after another, is the
    clause's adjunct; the source is the pronoun. A longer source ("now the
    family") is left as it was."""
    return last == first + 1 and first > 0 and tokens[first].lower in SENTENCE_ADVERBS \
        and not tokens[first].is_capitalised and tokens[last].lower in SUBJECT_PRONOUNS


def trim_source(view: SentenceView, first: int, last: int) -> tuple[int, int]:
    """Rule `source_is_a_noun_phrase`: a subject found by walking left may
    hold a clause: "Trump took to Twitter" -> "Trump", "Wells Fargo just this
    month" -> "Wells Fargo", "The committee is filing" -> "The committee".
    The source ends before the first word that starts a clause, and a verb
    left before it goes too; a time word at its end goes ("Governor John
    Rankin Thursday" -> "Governor John Rankin"), and so does a sentence
    adverb ("as Klein elsewhere asserts" -> "Klein")."""
    tokens = view.tokens
    if first < (dateline_end := after_dateline(view)) <= last:
        # rule `glued_dateline_is_no_source` (session 22, QA round 62, 812: "Mexico City Mexico's
        # president defended ..., pledging ..." gave the speaker "Mexico City Mexico's president"
        # while the summary cut the place): a subject read from the sentence's start
        # begins after the dateline cleanup cuts, as every view reads it
        first = dateline_end
    if described_by_its_who_clause(tokens[first : last + 1]):
        return first, last  # rule `those_who_is_the_description` (rules.py): the clause is the description
    if last > first and tokens[last].lower in NEGATED_MODALS:
        # Rule `negated_modal_leaves_the_source` (session 12, QA round 39, 943 s39: "CNN cannot
        # independently confirm" had the source "CNN cannot", and the views printed "cannot"
        # twice): the negation belongs to the cue, shown with it, never to the source
        last -= 1
    if last > first and tokens[first].lower in CONCESSIVE_PREPOSITIONS and not tokens[first].is_capitalised:
        # Rule `concessive_preposition_leaves_the_source` (web test s14b: "..., despite empirical
        # research suggesting that ..." showed the speaker "despite empirical research"): the
        # preposition ties the phrase to the clause before; the source is its noun phrase
        first += 1
    if last > first and tokens[last].lower in INTENSIFYING_PRONOUNS:
        last -= 1  # rule `intensifier_leaves_the_source`: "Judge Raquel Montoya-Lewis herself said"
    # rule `opening_adverb_after_a_conjunction_leaves_the_source` (qa69b-s26, CNN dev 678 s36: "But yet
    # everyone I met said ..." showed the source "yet everyone I met"): after an opening "But" or "And"
    # the adverb opens the clause as it does at the sentence's start
    opening = first == 0 or (first == 1 and tokens[0].lower in ("but", "and"))
    if last > first and opening and tokens[first].lower in LEADING_SOURCE_ADVERBS and tokens[first + 1].is_word \
            and tokens[first + 1].lower not in ("it", "there", "this", "that") \
            and not (last >= 2 and all(t.is_capitalised for t in tokens[: last + 1])):
        # "Perhaps it is their last chance ... they believe": an extraposed "it" keeps "Perhaps",
        # which rule `fragment_is_no_source` reads as no speaker
        first += 1  # rule `opening_adverb_leaves_the_source` (claim_grammar.txt): "Perhaps Westerners find"
    while last > first and (
        tokens[last].lower in TIME_WORDS or tokens[last].lower in SENTENCE_ADVERBS or tokens[last].text == ","
    ) and not _time_of_a_reduced_passive(tokens, first, last):
        last -= 1  # and a comma: "Recent reports, however, suggest" -> "Recent reports"
        if last > first and tokens[last + 1].lower in TIME_WORDS and tokens[last].lower in TIME_WORD_LEADS:
            last -= 1  # rule `time_adjunct_leaves_the_source`: "The ministry on Friday said": not "... on"
    dated = last + 1 < len(tokens) and (tokens[last + 1].lower in TIME_WORDS | TIME_WORD_LEADS)
    if dated and last - 1 > first and tokens[last].lower == "out" and tokens[last - 1].lower in documents():
        # Rule `published_document_out_on_a_day` (PolNeAR train: "A Monmouth poll out Monday
        # showed Clinton with a healthy lead" showed the source "A Monmouth poll out" and lost the
        # claim): "out" before the day a document came out goes with that day, not the source
        last -= 1
    subject = _subject_after_a_fronted_place(view, first, last)
    if subject is not None:
        first = subject
    subject = _subject_after_a_fronted_time(view, first, last)
    if subject is not None:
        first = subject
    subject = _subject_after_a_fronted_event(view, first, last)
    if subject is not None:
        first = subject
    after_time = tokens[first + 1].lower.removesuffix("'s").removesuffix("\u2019s") if last > first else ""
    if last > first and tokens[first].lower in TIME_WORDS and tokens[first + 1].is_word \
            and after_time not in grammar("parts_of_day") and not (
            tokens[first].is_capitalised and tokens[first + 1].is_capitalised and tokens[first + 1].lower != "i"):
        # Rule `opening_time_word_leaves_the_source` (web test: "That's why today we are announcing
        # ..." showed the source "today we"; "today officials announced"): a time word before the
        # subject is the clause's adjunct; not a capitalised word of a name ("Sunday Times editors")
        # nor a day before its part ("Monday night's results": PolNeAR train, huff-post s30)
        first += 1
    if _adverb_before_the_subject_pronoun(tokens, first, last):
        first = last
    pronoun = last > first and tokens[last].lower in SUBJECT_PRONOUNS
    if pronoun and _opens_sentence(view, first) and tokens[last - 1].lower not in ("and", "or", ","):
        return last, last  # rule `pronoun_ends_source`: "On September 27 they", "Though she", "But has he"
    # Rule `participle_after_a_determiner_is_a_noun`: "The accused is alleged", "The injured
    # said", "the then president": a clause never starts right after "the"; nor after "the" and
    # an adverb (rule `adverb_of_a_modifier_is_no_clause`, trust s10): "The ironically named Peace
    # Party said", "the newly formed council said": the adverb modifies the participle before the noun
    marker = next((k for k in range(first + 1, last + 1)
                   if _clause_marker(tokens[k]) and tokens[k - 1].lower not in DETERMINERS
                   and not (k - 2 >= first and tokens[k - 2].lower in DETERMINERS and is_adverb(tokens[k - 1].lower))
                   and not _title_to_a_body_before_the_name(tokens, k, last)),
                  None)
    if marker is None:
        return first, last
    joiner = next((j for j in range(last - 1, marker, -1) if tokens[j].lower in ("and", "but")), None)
    if joiner is not None and tokens[joiner + 1].is_word and tokens[marker].lower in FINITE_AUXILIARIES \
            and not any(t.text == "," for t in tokens[first:last]) \
            and not any(_clause_marker(t) for t in tokens[joiner + 1 : last + 1]):
        # Rule `subject_after_a_joined_clause`: "The bill was signed by the governor and his aides
        # said": the clause before "and" is the writer's; the source is the subject after it
        return joiner + 1, last
    if marker < last and _reduced_passive_after_its_noun(tokens, first, marker) \
            and not any(t.text == "," for t in tokens[marker:last]):
        return first, last
    if _poll_participle_before_its_people(tokens, marker, last):
        return first, last
    if marker == last and _polled_participle_after_its_noun(tokens, first, marker) \
            and share_of_a_group(view, first, marker - 1):
        return first, last
    k = marker - 1
    if k > first and not tokens[k].is_capitalised and tokens[k].lower not in source_nouns() | title_words() \
            and not _time_of_a_reduced_passive(tokens, first, last):
        # the verb before "to": "turns to Twitter"; never the noun of a participle phrase (reader
        # test s19: "A suit filed Monday" was cut to "A", "Former soldiers involved in the
        # operations" to "Former": rule `noun_before_a_participle_stays`)
        k -= 1
    if not tokens[k].is_capitalised and tokens[k].lower not in source_nouns() | title_words():
        return first, last
    if tokens[k].lower.endswith(("'s", "\u2019s", "'", "\u2019")):
        return first, last  # "The GOP's complaint to ...": not the GOP
    return first, k


def _title_to_a_body_before_the_name(tokens: Sequence[Token], k: int, last: int) -> bool:
    """Rule `title_to_a_body_keeps_the_name` (session 19, QA round 53, 553
    s18: "U.S. Ambassador to Syria Robert Ford said" showed the speaker "U.S.
    Ambassador", and the next '"...," he said' went to a man named before):
    the "to" at `k` after a title opens the body or place the title is held
    at (names.py rule `title_to_a_body`), and the holder's name after it ends
    the source by `last`; no clause starts there. "Trump took to Twitter"
    still ends at "to"."""
    if k < 1:
        return False
    if tokens[k - 1].is_capitalised and tokens[k - 1].lower in title_words():
        body = body_after_a_title(tokens, k)
    else:
        body = role_held_at(tokens, k)  # "U.N. envoy to Syria Lakhdar Brahimi said" (wrongs s20)
        if any(_clause_marker(t) for t in tokens[k + body : last + 1]):
            # "An envoy to Syria Lakhdar Brahimi had appointed said" (review s20 A5): a clause
            # opens after the name, so the name is a relative clause's subject, not the holder's
            return False
    return body > 0 and k + body + 1 <= last


def _time_of_a_reduced_passive(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Rule `noun_before_a_participle_stays` (reader test s19): the time word
    at `last` follows a past participle that follows a lower-case noun ("A
    suit filed Monday"): it dates the document, the participle's adjunct,
    and stays in the source as written; not "A suit filed"."""
    return last - 2 >= first and tokens[last].lower in TIME_WORDS \
        and tokens[last - 1].is_word and not tokens[last - 1].is_capitalised \
        and is_past_participle(tokens[last - 1].lower) \
        and tokens[last - 2].is_word and not tokens[last - 2].is_capitalised and is_noun_word(tokens[last - 2].lower)


INTRANSITIVE_PASTS = grammar("intransitive_pasts")


def _reduced_passive_after_its_noun(tokens: Sequence[Token], first: int, marker: int) -> bool:
    """Rule `noun_before_a_participle_stays`, its phrase: the clause marker
    is a past participle right after a lower-case noun and before a
    preposition ("soldiers involved in the operations", "the man arrested in
    the case"): a reduced passive that modifies the noun, whose phrase is the
    source, not a verb before which the source ends. Not after a document
    ("A statement posted on the website GunBroker.com said": the statement
    speaks, where it was posted is no part of the source). Not a verb that
    takes no object (claim_grammar.txt intransitive_pasts: "His aides worked
    in the capital then told ..."): the subject's own past verb."""
    if not (first < marker - 1 and marker + 1 < len(tokens)):
        return False
    participle, noun = tokens[marker], tokens[marker - 1]
    return participle.is_word and is_past_participle(participle.lower) \
        and participle.lower not in INTRANSITIVE_PASTS \
        and noun.is_word and not noun.is_capitalised and is_noun_word(noun.lower) \
        and noun.lower not in documents() \
        and tokens[marker + 1].lower in PREPOSITIONS


POLLED_PARTICIPLES = grammar("polled_participles")


def _polled_participle_after_its_noun(tokens: Sequence[Token], first: int, marker: int) -> bool:
    """Rule `polled_participle_ends_the_source` (junk3-s23, QA62 395 s32:
    "Fifty-nine percent of people questioned say ..." showed the speaker
    "Fifty-nine percent of people"): a participle of polling
    (claim_grammar.txt polled_participles) as the source's last word, right
    after a plural noun that ends a share of a group (`share_of_a_group`),
    says who was counted ("people [who were] questioned"); it stays in the
    source as written. "Most of those questioned said" has it already;
    "The senator questioned" (no plural before it) and "Voters surveyed
    say" (no share: the speaker stays "Voters") are still cut, and "Voters questioned by CNN
    say" is the agent rule's (rules.py `agent_of_a_reduced_passive_is_no_speaker`)."""
    if marker <= first or tokens[marker].lower not in POLLED_PARTICIPLES:
        return False
    noun = tokens[marker - 1]
    return noun.is_word and noun.lower not in AUXILIARIES and noun.lower not in SUBJECT_PRONOUNS \
        and (noun.lower in PLURALS_WITHOUT_S or (ends_in_plural_s(noun.lower) and is_noun_word(noun.lower)))


POLL_PARTICIPLES = grammar("poll_participles")


def _poll_participle_before_its_people(tokens: Sequence[Token], marker: int, last: int) -> bool:
    """Rule `poll_participle_modifies_its_voters` (polls-s25, PolNeAR train
    breitbart 2016-02-18 s15: "Seventy-four percent of Democratic registered
    voters say ..." showed the speaker "Seventy-four percent of Democratic"):
    a participle of those a poll counts (claim_grammar.txt poll_participles:
    "registered", "pledged") right before a plural noun of people that ends
    the source, with only capitalised words between ("registered Latino
    voters"), modifies that noun; no clause starts there. "The United States
    pledged to play ..." (no such noun after it) is still a verb."""
    if tokens[marker].lower not in POLL_PARTICIPLES or marker >= last:
        return False
    noun = tokens[last].lower
    return is_people_noun(noun) and ends_in_plural_s(noun) \
        and all(t.is_word and t.is_capitalised for t in tokens[marker + 1 : last])


FRONTED_SUBJECT_PLACE_PREPOSITIONS = grammar("fronted_subject_place_prepositions")


def _subject_after_a_fronted_place(view: SentenceView, first: int, last: int) -> int | None:
    """Rule `fronted_place_is_no_source` (session 11, web test: "In Youghal The
    Old Imperial said", "In Cork the council said" took the place into the
    source): a sentence that opens with a preposition and a capitalised place
    or day ("On Monday the council said") and goes on, with no comma, with a
    determiner ("the", "The") or a lower-case people noun ("In Washington
    officials said") has its subject
    there; the place is where, not who. A capitalised run with no such word
    after it is cut only where the text shows where the place ends (rule
    `fronted_place_ends_before_a_name`, web tester s17: "In Clon Casey's Bar
    have said" showed the speaker "In Clon Casey's Bar"): before a possessive
    that opens the rest of the run ("Casey's Bar"), or after a listed place
    ("In Cork Paddy Casey said" -> "Paddy Casey"); else it is left whole and
    the resolver leaves it unresolved. A title in the run
    ("In Texas Governor Greg Abbott") and a determiner right after the
    preposition ("At the White House ...") are no fronted place."""
    tokens = view.tokens
    if not _opens_sentence(view, first) or tokens[first].lower not in FRONTED_SUBJECT_PLACE_PREPOSITIONS:
        return None
    k = first + 1
    while k < last and tokens[k].is_word and tokens[k].is_capitalised and tokens[k].lower not in DETERMINERS \
            and tokens[k].lower not in title_words():
        k += 1
    if k == first + 1 or k > last:
        return None
    if k == last and tokens[k].is_word and tokens[k].is_capitalised and tokens[k].lower not in DETERMINERS \
            and tokens[k].lower not in title_words():
        return name_after_a_fronted_place(tokens, first + 1, last)
    word = tokens[k]
    if (word.lower in DETERMINERS and word.lower not in POSSESSIVE_DETERMINERS) or (
        word.is_word and not word.is_capitalised and word.lower in source_nouns()
    ):
        return k
    return None




def _after_an_opening_sentence_adverb(tokens: Sequence[Token], first: int) -> bool:
    """Rule `fronted_time_after_a_sentence_adverb` (qa61b-s22, QA round 61,
    568 s15: "Nonetheless, last week the center reported that ..." showed
    the speaker "last week the center"): the time phrase opens the clause
    after a sentence adverb and its comma ("Nonetheless,", "Meanwhile,")
    as it does at the sentence's start; not after any other opening word
    and comma ("In Kiev, last week ...": a place, left as it was)."""
    return first == 2 and tokens[1].text == "," and tokens[0].lower in SENTENCE_ADVERBS


def _subject_after_a_fronted_time(view: SentenceView, first: int, last: int) -> int | None:
    """Rule `fronted_time_is_no_source` (late2 s16, QA48 640: "Last month his
    son admitted ..." showed the speaker label "Last month his son"): a
    sentence that opens with a time phrase ("Last month", "Earlier this
    year", "Monday") and goes on, with no comma or one, with a determiner or
    a lower-case people noun has its subject there; the time is when, not
    who. A capitalised word inside the phrase other than a day ("Tuesday
    Morning Corp.") is a name, and a possessive after it ("Last month's
    report") makes the time part of the subject: both stay whole. A name
    right after the phrase is left to speakers.py's rule
    `name_after_a_fronted_time_phrase`, which reads the phrase with it."""
    tokens = view.tokens
    if not (first == 0 or (first == 1 and tokens[0].lower in SENTENCE_CONJUNCTIONS)
            or _after_an_opening_sentence_adverb(tokens, first)):
        return None
    end = time_adjunct_end(tokens, first)
    if end == first or any(tokens[m].is_capitalised and tokens[m].lower not in TIME_WORDS
                           for m in range(first + 1, end)):
        return None
    if end <= last and tokens[end].text == ",":
        end += 1
    if end > last:
        return None
    word = tokens[end]
    if not word.is_word or word.lower.endswith(("'s", "\u2019s")):
        return None
    if word.lower in DETERMINERS or word.lower in POSSESSIVE_DETERMINERS or (
        not word.is_capitalised and word.lower in source_nouns()
    ):
        return end
    return None


FRONTED_EVENT_PREPOSITIONS = grammar("fronted_event_prepositions")


def _subject_after_a_fronted_event(view: SentenceView, first: int, last: int) -> int | None:
    """Rule `fronted_event_is_no_source` (reader test s19, CNN-Corpus dev 677
    s22: "During the compilation of the report one witness, a survivor of a
    North Korean prison camp, told the commission ..." showed the speaker hint
    "During the compilation of the report one witness ..."): a sentence that
    opens with a preposition of time (fronted_event_prepositions) and an
    event's noun phrase in lower case ("the compilation of the report") and
    goes on, with no comma, with a new determiner or a count after a noun has
    its subject there; the event is when, not who. A capitalised word in the
    phrase ("After the Senate vote") or no new phrase after it ("After the
    vote officials said" is left to the rules before) leaves it as it was."""
    tokens = view.tokens
    lead = first - 1 if first > 0 and tokens[first - 1].lower in FRONTED_EVENT_PREPOSITIONS else first
    if not _opens_sentence(view, lead) or tokens[lead].lower not in FRONTED_EVENT_PREPOSITIONS \
            or lead + 1 > last or tokens[lead + 1].lower not in DETERMINERS:
        return None
    for k in range(lead + 2, last):
        token, before = tokens[k], tokens[k - 1]
        if not token.is_word or (token.is_capitalised and token.lower not in DETERMINERS):
            return None
        new_phrase = token.lower in DETERMINERS or is_count(token)
        if new_phrase and before.lower not in PREPOSITIONS and before.lower not in DETERMINERS \
                and before.lower not in ("and", "or") and not before.is_capitalised:
            return k
    return None


def _opens_sentence(view: SentenceView, k: int) -> bool:
    """Token `k` opens the sentence (after a conjunction at most) with a
    circumstance or an auxiliary: "On September 27 they", "Though she",
    "But has he" (not "The democratic inclusion we want")."""
    if not (k == 0 or (k == 1 and view.tokens[0].lower in SENTENCE_CONJUNCTIONS)):
        return False
    low = view.tokens[k].lower
    return low in PREPOSITIONS | SUBORDINATORS | FRONTED_OPENERS | AUXILIARIES or is_adverb(low)


def head_token(view: SentenceView, first: int, last: int) -> Token:
    """The head of a noun phrase: its last word before a preposition that is
    not inside a name ("Secretary of State", "Bank of America")."""
    tokens = view.tokens
    for k in range(first, last + 1):
        low = tokens[k].lower
        inside_name = (
            k > first and k < last and tokens[k - 1].is_capitalised and tokens[k + 1].is_capitalised and low == "of"
        )
        if low in PREPOSITIONS and k > first and not inside_name:
            return tokens[k - 1]
    return tokens[last]


SHARE_NOUNS = grammar("share_nouns")
SHARE_LEADS = grammar("share_leads")
COUNT_WORDS = grammar("count_words")


def is_count(token: Token) -> bool:
    """A number in digits or words ("12", "Twelve", "forty-six")."""
    return is_count_word(token.lower)


def is_count_word(word: str) -> bool:
    """`is_count` of a lower-case word ("10", "ten", "forty-six")."""
    return word[:1].isdigit() or all(part in COUNT_WORDS for part in word.split("-"))


def share_of_a_group(view: SentenceView, first: int, last: int) -> bool:
    """Rule `share_of_a_group` (with `one_of_a_group`): a share of people
    polled is a source when its group is ("a quarter of Americans agree", "a
    69% majority of Republicans support", "about 6 in 10 white men
    supported", "two out of three Americans feel"), or when it names no
    group at all: a bare share ("Twelve percent indicated that ...", "Less
    than a third agreed") counts the poll's people. A count alone ("three
    agree") is no share, nor a share of a thing ("half of the budget")."""
    tokens = view.tokens
    k = first
    while k <= last and tokens[k].lower in SHARE_LEADS:
        k += 1
    share = False
    counted = False
    while k <= last:
        low = tokens[k].lower
        if low in SHARE_NOUNS:
            share = True
        elif is_count(tokens[k]):
            counted = True
        elif counted and low == "in" and k + 1 <= last and is_count(tokens[k + 1]):
            share, k = True, k + 1  # "6 in 10"
        elif counted and low == "out" and k + 2 <= last and tokens[k + 1].lower == "of" \
                and is_count(tokens[k + 2]):
            share, k = True, k + 2  # "two out of three"
        else:
            break
        k += 1
    if not share:
        return False
    if k > last:
        return True
    if tokens[k].lower == "of":
        k += 1
    return k <= last and looks_like_source(view, k, last)


OPENING_PERSON_NOUNS = grammar("opening_person_nouns")
MAX_OPENING_PERSON_WORDS = 3  # "The wounded young soldier": the article, two modifiers, the noun


def _singular_verb_after(tokens: Sequence[Token], last: int) -> bool:
    """For rule `person_noun_opening_the_sentence_is_a_source`: the word
    after the noun is a verb that a singular subject takes (a past, an
    -s form, an auxiliary: "The soldier questioned", "The farmer says",
    "The pilot has said"), not a bare form that makes the noun a modifier
    ("An eight-person volunteer support staff ... gives")."""
    if last + 1 >= len(tokens) or not tokens[last + 1].is_word or tokens[last + 1].is_capitalised:
        return False
    low = tokens[last + 1].lower
    return is_past_form(low) or low in AUXILIARIES or (low.endswith("s") and not low.endswith("ss"))


def looks_like_source(view: SentenceView, first: int, last: int) -> bool:
    """Rule `source_like_subject`: a name, pronoun, title, institution or
    source noun heads the subject ("Recent communications ... underscored"
    is not an attribution; "senior officials underscored" is). Rule
    `one_of_a_group`: a part of a group is a source when the group is ("one
    of the boy's classmates")."""
    tokens = view.tokens
    if last - first >= 2 and tokens[first].lower in GROUP_PARTS and tokens[first + 1].lower == "of" \
            and looks_like_source(view, first + 2, last):
        return True
    if share_of_a_group(view, first, last):
        return True  # also rule `share_of_a_group_is_one_phrase`: "60% of respondents"
    head = head_token(view, first, last)
    low = head.lower
    if low in pronouns() or low in source_nouns() or low in title_words() or is_people_noun(low):
        return True
    at = next((k for k in range(first, last + 1) if tokens[k] is head), None)
    if low in OPENING_PERSON_NOUNS and first == 0 and at == last and last <= MAX_OPENING_PERSON_WORDS \
            and tokens[0].lower in ARTICLES and all(not t.is_capitalised for t in tokens[1 : last + 1]) \
            and _singular_verb_after(tokens, last):
        return True  # rule `person_noun_opening_the_sentence_is_a_source`: "The soldier questioned ..."
    if at is not None and at > first and first_of_a_cue_compound(tokens, at - 1):
        return True  # "centrist think tanks like the Brookings Institution": a body of speakers
    if head.is_capitalised:
        # nor a word that opens a fronted circumstance ("Thanks to activists demanding change,
        # ...": not "Thanks"; web test s14 K2)
        return not (head is view.tokens[0] and (low in NON_SOURCE_OPENERS or low in FRONTED_OPENERS))
    return False


# --- walking from the cue -----------------------------------------------------------------


GOING_ON = frozenset({"on", "going", "went", "goes", "go"})  # "went on to explain", "is going to say"


def skip_auxiliaries_left(view: SentenceView, k: int) -> tuple[int, bool]:
    """Index left of auxiliaries and adverbs before a cue, and whether a form
    of "be" stood right before it (a passive)."""
    tokens = view.tokens
    passive = False
    first = True
    while k >= 0:
        low = tokens[k].lower
        if low == ")":
            # "Sen. Elizabeth Warren (D-MA) said"
            opening = next((m for m in range(k - 1, max(k - 12, -1), -1) if tokens[m].text == "("), None)
            if opening is None:
                break
            k = opening - 1
            continue
        if negative_phrase_ending_at(tokens, k) and k > 2:
            first = False  # "The study in no way shows": the subject is "The study"
            k -= 3
            continue
        if k >= 1 and (tokens[k - 1].lower, low) in VERB_GROUP_ADVERB_PHRASES:
            # Rule `two_word_adverb_in_the_verb_group`: "has so far confirmed", "have thus far
            # said": both words are the adverb, and "so" is no subordinator ending the subject
            first = False
            k -= 2
            continue
        if low in FLOATING_QUANTIFIERS and (k == 0 or tokens[k - 1].text in (",", ";", ":")
                                            or tokens[k - 1].lower in SENTENCE_CONJUNCTIONS):
            # Rule `quantifier_opening_its_clause_is_the_subject` (resolve2-s27, CNN-Corpus dev 694
            # s30: "Both denied murder." gave no claim): "both" floats after a subject
            # ("they both denied") but opening its clause it is the subject; "they both" stays
            break
        adverb = is_adverb(low) and not tokens[k].is_capitalised  # not "Kelly said"
        name = tokens[k].is_capitalised and k > 0  # not "Theresa May said"
        if (low in AUXILIARIES and not name) or low.endswith(("n't", "n\u2019t")) or adverb:
            if first and (low in BE or low in NEGATED_BE):
                passive = True
            # Rule `passive_past_an_adverb`: "He was also found guilty": an adverb or "not"
            # between "be" and the cue still leaves a passive
            first = first and (adverb or low in ADVERB_AUXILIARIES)
            k -= 1
            continue
        if (
            low == "to"
            and k >= 1
            and tokens[k - 1].is_word
            and not tokens[k - 1].is_capitalised
            and tokens[k - 1].lower not in PURPOSE_LEADS
            and not (k >= 2 and tokens[k - 2].lower in INDEFINITE_ARTICLES
                     and not (k >= 3 and tokens[k - 3].lower == "it"))  # "made it a point to tell" walks on
        ):
            # "declined to say", "went on to say", "is expected to announce"; not a noun after
            # "a" (rule `noun_before_a_purpose_is_no_verb`: "A few hours later she sent me a
            # text to tell me ..." gave the speaker "A few": "text" is the noun the purpose
            # hangs on, no verb to walk past, and the cue's subject stays unread)
            k -= 2
            while k >= 0 and (tokens[k].lower in AUXILIARIES or tokens[k].lower in GOING_ON):
                k -= 1
            first = False
            continue
        if tokens[k].is_word and (low in TIME_WORDS or low in TIME_UNITS):
            # Rule `time_adjunct_after_an_aside`: "The interior minister, Anna Berg, on Monday
            # denied": the time adjunct stands between the aside's comma and the cue; the
            # subject is before the comma, not "on"; so too after "earlier this week" (QA round 54,
            # 633 s23: "The state's attorney general, Dustin McDaniel, earlier this week said he
            # ..." showed the source "earlier" and no speaker): a time lead (time_leads) opens it
            j = k
            while j >= 0 and (tokens[j].lower in TIME_WORDS or tokens[j].lower in TIME_UNITS
                              or tokens[j].lower in TIME_WORD_LEADS or tokens[j].lower in TIME_LEADS):
                j -= 1
            if j > 0 and k - j <= 3 and tokens[j].text == ",":
                k = j
        k = _before_a_reporting_circumstance(view, k)
        break
    return k, passive


MAX_CIRCUMSTANCE_MODIFIERS = 2  # "in a brief written statement"
CIRCUMSTANCE_DETERMINERS = grammar("circumstance_determiners")
CIRCUMSTANCE_LEADS = grammar("subject_circumstance_leads")
SUBJECT_OPENERS = frozenset({"and", "but", "or", "yet", "so", "while", "as", "when", "after", "because", "though"})


def _ends_a_subject(token: Token) -> bool:
    """A word a subject may end with: a name or a source noun ("the central
    bank", "Smith"), not a verb ("Trump took to Twitter")."""
    return token.is_word and (token.is_capitalised or token.lower in source_nouns() or token.lower in title_words())


def _before_a_reporting_circumstance(view: SentenceView, k: int) -> int:
    """Rule `reporting_circumstance_before_the_cue`: "..., but the central
    bank in a statement said it would hold rates", "Smith in an interview
    on Monday said": how the subject spoke (a preposition, "a" or a
    possessive, a reporting noun of claim_grammar.txt adjunct_nouns, perhaps
    a time after it) stands between the subject and its cue, as it does
    after the cue ("said in a statement"); the subject ends before it, not
    "a statement". Not "the people on the call" (the call's people), nor
    "The bank in Paris" (a place qualifies the subject), nor a verb's object
    ("telling Mic in an interview published Monday": no one published).
    The index left of the circumstance, or `k` when there is none."""
    tokens = view.tokens
    m = k
    while m > 0 and (tokens[m].lower in TIME_WORDS or tokens[m].lower in TIME_UNITS):
        m -= 1  # "in a statement on Monday said"
        if tokens[m].lower in TIME_WORD_LEADS:
            m -= 1
    if m < 0 or tokens[m].lower not in ADJUNCT_NOUNS:
        return k
    for j in range(m - 1, max(m - 3 - MAX_CIRCUMSTANCE_MODIFIERS, 0), -1):
        low = tokens[j].lower
        if low in CIRCUMSTANCE_LEADS and tokens[j - 1].lower in ("and", "but") \
                and _joiner_before_a_circumstance(tokens, k) == j - 1:
            # Rule `coordinated_cue_past_a_reporting_circumstance` (recall-s29, PolNeAR train: 'The
            # employee first said he did not recall making deletions, but in a later interview said he
            # had ... deleted a Hillary Clinton email archive' read the second statement into the first
            # claim): the cue is joined to the clause before, as "but later said" is
            return j - 1
        if low in CIRCUMSTANCE_LEADS and _ends_a_subject(tokens[j - 1]) and (j + 1 == m or tokens[j + 1].lower in (
                CIRCUMSTANCE_DETERMINERS)):
            first = np_left(view, j - 1)
            # the subject's lead word, by index: no search of the sentence's tokens for it
            lead = next((m for m in range(first if first is not None else j - 1, j)
                         if tokens[m].is_capitalised or tokens[m].lower in DETERMINERS), j - 1)
            before = tokens[lead - 1] if lead > 0 else None
            if before is not None and before.is_word and not before.is_capitalised \
                    and before.lower not in SUBJECT_OPENERS:
                return k  # "telling Mic in an interview", "told REVOLT TV in a video": an object
            return j - 1
        if not tokens[j].is_word or tokens[j].is_capitalised or low in DETERMINERS - CIRCUMSTANCE_DETERMINERS:
            return k
    return k


def _joiner_before_a_circumstance(tokens: Sequence[Token], end: int) -> int | None:
    """For rules `coordinated_cue_past_a_reporting_circumstance` and
    `joined_subject_past_a_reporting_circumstance_ends_content`: the clause
    joiner ("and", "but") right before a circumstance of how or when one
    spoke that ends at token `end` ("but in a statement", "and in an
    interview on Monday"), or None."""
    m = end
    while m > 0 and (tokens[m].lower in TIME_WORDS or tokens[m].lower in TIME_UNITS):
        m -= 1
        if tokens[m].lower in TIME_WORD_LEADS:
            m -= 1
    if m < 3 or tokens[m].lower not in ADJUNCT_NOUNS:
        return None
    for j in range(m - 1, max(m - 3 - MAX_CIRCUMSTANCE_MODIFIERS, 0), -1):
        if tokens[j].lower in CIRCUMSTANCE_LEADS:
            ok = j + 1 < m and tokens[j + 1].lower in CIRCUMSTANCE_DETERMINERS and tokens[j - 1].lower in CLAUSE_JOINERS
            return j - 1 if ok else None
        if not tokens[j].is_word or tokens[j].lower in DETERMINERS - CIRCUMSTANCE_DETERMINERS:
            return None
    return None


# reporting nouns that are a circumstance only after a preposition ("said in a
# statement"); right after a cue they are its object ("cited interviews with ...")
ADJUNCT_NOUNS = grammar("adjunct_nouns")


MODIFIER_STOPS = DETERMINERS | PREPOSITIONS | SUBORDINATORS | RELATIVES | AUXILIARIES | FINITE_VERBS


def _adjunct_noun_past_its_modifiers(tokens: Sequence[Token], m: int) -> int | None:
    """Rule `modified_speech_event_is_a_circumstance` (claims-s16's gap: "told
    CNN in a recent interview he would run" gave "CNN in a recent interview
    he would run"): after "a" or "an", up to two plain
    lower-case words ("recent", "telephone", "exclusive", "brief written")
    and then a reporting noun of adjunct_nouns ("interview", "statement") are
    one circumstance. The noun's index, or None. Not after "the" ("said in
    the long run video sales ..."), and no other noun ("in a recent survey")."""
    if m == 0 or tokens[m - 1].lower not in INDEFINITE_ARTICLES:
        return None  # "during his campaign speech to be a delegate": a possessive's noun may be no circumstance
    for j in range(m, min(m + MAX_CIRCUMSTANCE_MODIFIERS, len(tokens) - 1)):
        word = tokens[j]
        if not word.is_word or word.is_capitalised or word.lower in MODIFIER_STOPS or not word.text.isalpha():
            return None
        if tokens[j + 1].lower in ADJUNCT_NOUNS:
            return j + 1
    return None


def skip_adjuncts(view: SentenceView, k: int) -> int:
    """Index right of time words and reporting circumstances after a cue:
    "said on Tuesday", "said in a statement", "told reporters at a rally in Iowa"."""
    tokens = view.tokens
    adjuncts = reporting_adjuncts()
    n = len(tokens)
    while k < n:
        low = tokens[k].lower
        if _month_after_a_time_lead(tokens, k, k + 1):
            k += 2  # rule `month_after_last_is_a_time`: "announced last May it had started ..."
            continue
        if low in ADJUNCT_PREPOSITIONS and k + 1 < n:
            m = k + 1
            seen_noun = False
            while m < n and m - k <= 8:
                word = tokens[m]
                w = word.lower
                if w in DETERMINERS:
                    if seen_noun:
                        break
                elif w in adjuncts or word.is_capitalised or w.endswith(POSSESSIVE_S) or is_year(w):
                    seen_noun = True
                elif w in ("of", "and", "with") and seen_noun:
                    pass
                elif (noun := _adjunct_noun_past_its_modifiers(tokens, m)) is not None:
                    m, seen_noun = noun, True
                else:
                    break
                m += 1
            if m == k + 1 or not seen_noun:
                break
            if tokens[m - 1].lower.endswith(POSSESSIVE_S):
                break  # "didn't agree with Amazon's stance": the possessive opens the object, no circumstance
            k = m
            continue
        if low in adjuncts and low not in DETERMINERS and low not in ADJUNCT_NOUNS:
            k += 1
            continue
        if low in TIME_ADJUNCT_LEADS and k + 1 < n and tokens[k + 1].lower in TIME_WORDS:
            # Rule `late_or_early_before_a_day`: "authorities said late Tuesday.": the time
            # of speaking, no content ("said late payments ..." keeps its content)
            k += 1
            continue
        if is_adverb(low) and len(low) > 4:
            k += 1
            continue
        date_end = _date_before_that(tokens, k)
        if date_end is not None:
            k = date_end
            continue
        break
    return k


MONTHS = grammar("months")
STATEMENT_MONTHS = MONTHS | grammar("month_abbreviations")  # "January 10", "Jan. 10"
LAST_DAY_OF_A_MONTH = 31


def _date_before_that(tokens: Sequence[Token], k: int) -> int | None:
    """Rule `date_before_that_is_no_content`: the index of "that" after a
    date at `k` ("January 10", "Jan. 10", "January 10, 2013" with the comma
    after the year) that stands between a cue and "that", else None. The
    date is when the source spoke; without "that" after it the date may be
    what was said ("said January 10 was the deadline")."""
    n = len(tokens)
    if k >= n or not tokens[k].is_capitalised or tokens[k].lower not in STATEMENT_MONTHS:
        return None
    m = k + 1
    if m < n and tokens[m].text == ".":
        m += 1
    if m >= n or not tokens[m].text.isdigit() or not 1 <= int(tokens[m].text) <= LAST_DAY_OF_A_MONTH:
        return None
    m += 1
    if m + 2 < n and tokens[m].text == "," and is_year(tokens[m + 1].lower) and tokens[m + 2].text == ",":
        m += 3
    return m if m < n and tokens[m].lower == "that" else None


MAX_HEARER_RELATIVE_TOKENS = 12


def skip_hearer(view: SentenceView, k: int) -> int:
    """Index right of the hearer of "told reporters", "told CNN's Jake Tapper".
    Rule `hearer_keeps_its_relative`: 'told the mayors who gathered in
    Indianapolis, "no one should ..."': a who-clause after the hearer, up to
    a comma before a quotation or "that", is the hearer's too."""
    end = _skip_hearer(view, k)
    tokens = view.tokens
    if end == k or end >= len(tokens) or tokens[end].lower not in ("who", "whom"):
        return end
    that = _hearers_relative_before_that(view, end)
    if that is not None:
        return that
    for m in range(end + 1, min(end + MAX_HEARER_RELATIVE_TOKENS, len(tokens) - 1)):
        if tokens[m].text == ",":
            follows = tokens[m + 1]
            return m + 1 if follows.text in QUOTE_MARKS or follows.lower == "that" else end
    return end


def _hearers_relative_before_that(view: SentenceView, who: int) -> int | None:
    """Rule `hearers_relative_before_that`: "Lauryn Hill told the judge who
    sentenced her to prison that she planned to pay her taxes": a who-clause
    after the hearer with no cue of its own runs to the "that" which opens
    what was told; the clause is the hearer's, never the content. The
    index of that "that", or None ("told the man who said that ...": the
    "that" may be the relative's own)."""
    tokens = view.tokens
    for m in range(who + 1, min(who + MAX_HEARER_RELATIVE_TOKENS, len(tokens) - 1)):
        token = tokens[m]
        if not token.is_word or (token.lower,) in cue_forms():
            return None
        if token.lower == "that":
            return m if m > who + 1 else None
    return None


MAX_POSSESSED_HEARER_TOKENS = 8  # "New York magazine's Vulture blog on Wednesday"


def _possessed_hearer_before_that(view: SentenceView, k: int) -> int | None:
    """Rule `possessed_hearer_runs_to_that` (session 14, QA round 42, 486
    s18: "told New York magazine's Vulture blog on Wednesday that CBS would
    ..." gave the content "magazine's Vulture blog on Wednesday that ...";
    751 s27: "tells her father that she ..." gave "father that she ..."): a
    hearer that holds a possessive ("her", "magazine's") and only words of a
    noun phrase, perhaps with a time after it, up to "that", is whom it was
    told; the content opens at "that" (or the time before it). None when no
    such hearer stands there ("told her that ...": "her" alone is the
    pronoun hearer)."""
    tokens = view.tokens
    end = next((m for m in range(k + 1, min(k + MAX_POSSESSED_HEARER_TOKENS + 1, len(tokens)))
                if tokens[m].lower == "that"), None)
    if end is None:
        return None
    if tokens[k].lower in OBJECT_PRONOUNS and tokens[k].lower not in POSSESSIVE_DETERMINERS:
        return None  # "tells you the percent of your ...": "you" is the hearer
    if end + 1 < len(tokens) and (tokens[end + 1].lower in FINITE_VERBS or tokens[end + 1].lower in AUXILIARIES):
        return None  # "... body weight that is fat": a relative "that", no content opens there
    phrase = tokens[k:end]
    if not all(t.is_word and t.lower not in FINITE_VERBS and t.lower not in AUXILIARIES
               and t.lower not in SUBJECT_PRONOUNS and not is_past_form(t.lower) for t in phrase):
        return None
    possessive = [m for m in range(k, end) if tokens[m].lower in POSSESSIVE_DETERMINERS
                  or tokens[m].lower.endswith(POSSESSIVE_S)]
    if not possessive or possessive[0] + 1 >= end:
        return None  # "told her that": the pronoun hearer, left to the other rules
    time = next((m for m in range(possessive[0] + 2, end) if tokens[m].lower in TIME_WORD_LEADS
                 and time_adjunct_end(tokens, m) == end), None)
    hearer_end = time if time is not None else end
    if any(t.lower in PREPOSITIONS and t.lower != "of" and not _hearer_word(u)
           for u, t in pairwise(tokens[k : possessive[0] + 1])):
        # "asked questions about Clinton's assertion that ...": a topic, no hearer; "told the
        # audience at his fundraiser that ..." (a hearer before the preposition) is one
        return None
    return hearer_end


def _hearer_word(token: Token) -> bool:
    """A word that can head a hearer: a name, a noun of people or a hearer
    noun ("audience", "reporters": claim_grammar.txt hearer_nouns, hearer_heads)."""
    low = token.lower
    return token.is_capitalised or is_people_noun(low) or low in HEARER_NOUNS or low in HEARER_HEADS


# "it", "you": a subject in the same form as an object, so no hearer before its own verb
SUBJECT_OR_OBJECT_PRONOUNS = grammar("subject_or_object_pronouns")


def _pronoun_opens_the_content(tokens: Sequence[Token], k: int) -> bool:
    """Rule `subject_pronoun_after_the_cue_is_no_hearer` (QA round 59, 372 s3:
    "Gov. John Hickenlooper warned it's too soon to "break out the Cheetos,""
    gave the content "'s too soon to ...", cut inside "it's", and "warned it
    is too soon" lost its subject): right after the cue, a pronoun that is
    a subject in the same form as an object (claim_grammar.txt
    `subject_or_object_pronouns`: "it", "you") before a finite verb or an
    auxiliary ("is", "will", "'s", "'ll") is the subject of what was said,
    no hearer ("warned you'll regret it"). "told him it was over" and
    "told you it was over" (no verb right after the pronoun) keep theirs."""
    if k + 1 >= len(tokens) or tokens[k].lower not in SUBJECT_OR_OBJECT_PRONOUNS:
        return False
    verb = tokens[k + 1].lower
    return verb in FINITE_VERBS or (verb[:1] in "'\u2019" and verb in AUXILIARIES)


MAX_SUBJECT_NAME_TOKENS = 3  # "Khan", "Samir Khan", "Anwar al-Awlaki"


def _outlet_before_a_named_subject(tokens: Sequence[Token], k: int) -> bool:
    """Rule `outlet_hearer_before_a_named_subject` (qa66a-s24, QA round 66, 890
    s11: "A senior law enforcement official tells CNN Khan was being
    investigated by the FBI ..." read the hearer "CNN Khan" and cut the
    subject Khan from the content): a one-word news outlet (junk_readings.txt
    news_outlets) as the hearer, then a name of at most
    MAX_SUBJECT_NAME_TOKENS words and a finite verb: the name is the
    content's subject, the outlet alone the hearer. "told CNN International
    that ..." (no verb after the name) stays."""
    if k + 2 >= len(tokens) or not tokens[k].is_capitalised or not is_news_outlet(tokens[k].text):
        return False
    m = k + 1
    while m < len(tokens) and m - k <= MAX_SUBJECT_NAME_TOKENS and tokens[m].is_word and tokens[m].is_capitalised:
        m += 1
    return k + 1 < m < len(tokens) and finite_by_form(tokens[m])


def _plain_hearers_before_a_named_subject(tokens: Sequence[Token], k: int) -> bool:
    """Rule `plural_hearer_before_a_named_subject` (issue 9, CNN-Corpus dev
    216 s15: "Zimmerman told detectives Martin began pummeling him" read the
    hearer "detectives Martin", as a title and a name, and gave the content
    "began pummeling him", as if Zimmerman had begun it): a plain hearer
    in the plural and in lower case (claim_grammar.txt plain_hearers:
    "detectives", "police", "reporters"), then a name of at most
    MAX_SUBJECT_NAME_TOKENS capitalised words and a finite verb: the name is
    the content's subject, the plural noun alone the hearer; no title
    stands in the plural before one name. "told Detective Martin Smith that
    ..." (a capitalised title) and "told detectives Monday that ..." (no
    verb after the capitalised word) stay."""
    if k + 2 >= len(tokens) or tokens[k].is_capitalised or tokens[k].lower not in PLAIN_HEARERS:
        return False
    m = k + 1
    while m < len(tokens) and m - k <= MAX_SUBJECT_NAME_TOKENS and tokens[m].is_word and tokens[m].is_capitalised \
            and tokens[m].lower not in TIME_WORDS:
        m += 1
    return k + 1 < m < len(tokens) and (finite_by_form(tokens[m]) or is_listed_past(tokens[m]))


def _skip_hearer(view: SentenceView, k: int) -> int:
    tokens = view.tokens
    possessed = _possessed_hearer_before_that(view, k)
    if possessed is not None:
        return possessed  # before "her" as a pronoun hearer: "tells her father that ..."
    if _pronoun_opens_the_content(tokens, k):
        return k  # rule `subject_pronoun_after_the_cue_is_no_hearer`: "warned it's too soon to ..."
    if k < len(tokens) and tokens[k].lower in OBJECT_PRONOUNS | HEARER_NOUNS:
        return k + 1
    if k < len(tokens) and tokens[k].lower in PREPOSITIONS:
        return k  # "warned on Monday that the sector ...", "warned against a ...": no hearer
    colon = next((m for m in range(k + 1, min(k + 3 + MAX_HEARER_NOUN_TAIL, len(tokens))) if tokens[m].text == ":"),
                 None)
    if colon is not None and all(t.is_capitalised or t.lower in ARTICLES or _plain_noun(t)
                                 for t in tokens[k:colon]):
        # Rule `hearer_runs_to_a_colon`: "told Bunte magazine: "Those players ..."": the words
        # between the cue and a colon name whom it was told; the content opens after the colon
        return colon
    of_group = _hearer_of_a_group_end(view, k)
    if of_group is not None:
        return of_group
    at_venue = _hearer_at_a_venue_end(view, k)
    if at_venue is not None:
        return at_venue
    programme = quoted_programme_end(view, k)
    if programme is not None:
        after = time_adjunct_end(tokens, programme)
        if after < len(tokens) and tokens[after].lower in ("that", ":"):
            return programme
    before_pronoun = _hearers_before_a_pronoun(tokens, k)
    if before_pronoun is not None:
        return before_pronoun
    if _outlet_before_a_named_subject(tokens, k) or _plain_hearers_before_a_named_subject(tokens, k):
        return k + 1
    plain = _plain_hearer_end(tokens, k)
    if plain is not None:
        return plain
    if k + 1 < len(tokens) and not tokens[k].is_capitalised and is_people_noun(tokens[k].lower) \
            and (tokens[k + 1].lower in ARTICLES or tokens[k + 1].lower in SUBJECT_PRONOUNS):
        return k + 1  # "told lawyers the plan had failed" (rule hearer_ends_before_a_new_phrase)
    last = np_right(view, k, limit=8, subject_pronouns=False, hearer=True)
    if last is None:
        return k
    # the hearer ends before "that" or a preposition: "told CNN that the ...", "told CNN in an interview"
    last = next((m - 1 for m in range(k + 1, last + 1) if tokens[m].lower in PREPOSITIONS - {"of"} | {"that"}), last)
    # Rule `hearer_ends_before_a_new_phrase`: "told Reuters the agency would not back down": a
    # determiner after a name opens the content's subject, not more of the hearer
    last = next((m - 1 for m in range(k + 1, last + 1)
                 if tokens[m].lower in ARTICLES
                 and (tokens[m - 1].is_capitalised or tokens[m - 1].lower in PLAIN_HEARERS)), last)
    # Rule `pronoun_after_the_hearer_opens_the_content`: "told KXAN it's a win", "told Smith her
    # plan ...": a pronoun after the hearer's name is the content's subject or its determiner
    last = next((m - 1 for m in range(k + 1, last + 1) if tokens[m].lower in OBJECT_PRONOUNS), last)
    # Rule `demonstrative_after_the_hearer_opens_the_content`: "told CNN this is the low season":
    # "this" with a verb after a name is the content's subject (QA round 22)
    last = next((m - 1 for m in range(k + 1, last + 1)
                 if tokens[m].lower in ("this", "these", "those") and tokens[m - 1].is_capitalised
                 and m + 1 < len(tokens) and tokens[m + 1].lower in FINITE_VERBS), last)
    if last + 2 < len(tokens) and tokens[last].is_capitalised and tokens[last + 1].text.isdigit() \
            and len(tokens[last + 1].text) <= 2 \
            and (tokens[last + 2].lower == "that" or time_adjunct_end(tokens, last + 2) > last + 2):
        last += 1  # Rule `channel_number_is_the_hearers`: "told television channel France 5 that"
    last = _compound_hearer_end(tokens, last)
    last = _quoted_title_of_the_hearer(view, last)
    if tokens[last].lower in DETERMINERS:
        return k  # "warned the plan would fail": a bare "the" is no hearer
    that_follows = any(t.lower == "that" or t.text == ":" for t in tokens[last + 1 : last + 12])
    if last + 2 < len(tokens) and tokens[last + 1].lower == "about" and tokens[last + 2].is_word:
        return last + 1  # rule `hearer_before_about_is_no_content` ("told CNN about ...")
    if medium_end(view, last + 1) > last + 1 or _speech_event_after_the_hearer(view, last + 1):
        return last + 1  # rule `medium_after_the_cue_is_no_content`: "told CNN by phone he would run"
    if (
        not that_follows
        and last + 2 < len(tokens)
        and tokens[last + 1].lower in PREPOSITIONS - {"to"}
        and tokens[last + 2].is_word
        and not _time_then_content(tokens, last + 1)  # "told CNN on Sunday the first lady ...": a time
        and not _count_opens_the_content(tokens, last + 1)  # "told CNN at least 19 Muslims were killed"
    ):
        # Rule `hearer_with_a_place_stays`: "warned people in northern Gaza to move south": the
        # hearer's own phrase goes on; the content keeps them rather than start at "in northern Gaza"
        return _after_hearer_and_circumstance(view, last) or k
    return last + 1


COUNT_BOUNDS = frozenset({"least", "most"})


def _count_opens_the_content(tokens: Sequence[Token], k: int) -> bool:
    """Rule `count_after_the_hearer_opens_the_content` (QA round 65 960 s9:
    "witnesses ... told CNN at least 19 Muslims were killed" kept the hearer
    in the content "CNN at least 19 Muslims were killed"): "at least" or
    "at most" after the hearer bounds a count, the content's subject, and
    opens no place of the hearer's ("warned people in northern Gaza to move
    south" keeps its place)."""
    return k + 1 < len(tokens) and tokens[k].lower == "at" and tokens[k + 1].lower in COUNT_BOUNDS


MAX_HEARER_CIRCUMSTANCE_TOKENS = 6  # "at the event", "in an interview on Friday"


def _speech_event_after_the_hearer(view: SentenceView, k: int) -> bool:
    """Rule `speech_event_after_the_hearer_is_no_content` (claims-s16: "Smith
    told CNN in an interview he would run" gave the content "CNN in an
    interview he would run"): after the hearer, "in" and a reporting
    circumstance that `skip_adjuncts` reads, with one of the adjunct nouns
    ("in an interview", "in a statement", "in a phone call"), then a clause,
    tell how it was told; the hearer ends before them and `content_start`
    skips them. Only on the hearer's path: "wrote in a letter posted on her
    website that ..." (no hearer) stays as it was; "warned people in
    northern Gaza to move south" (no such noun) keeps its place."""
    tokens = view.tokens
    if k + 1 >= len(tokens) or tokens[k].lower != "in":
        return False
    end = skip_adjuncts(view, k)
    if end <= k + 1 or end >= len(tokens) or not tokens[end].is_word:
        return False
    if not any(t.lower in ADJUNCT_NOUNS for t in tokens[k + 1 : end]):
        return False
    opener = tokens[end].lower
    if opener == "to" or opener.endswith("ing") or is_past_participle(opener):
        # review s16: "told people in a statement issued on Monday to avoid the area": a
        # participle goes on describing the statement, and "to ..." is what the hearer was told
        # to do; the hearer's phrase stays as it was
        return False
    return opener == "that" or reads_as_clause(view, tokens[end].start)
HEARER_CIRCUMSTANCE_LEADS = grammar("hearer_circumstance_leads")


def _after_hearer_and_circumstance(view: SentenceView, last: int) -> int | None:
    """Rule `hearer_and_circumstance_before_a_comma`: "told CNN at the event,
    Warner Bros. had essentially made a museum": a name and a short
    prepositional phrase with no verb, then a comma and a clause, are the
    hearer and where they were told; the content starts after the comma.
    The index after the comma, or None."""
    tokens = view.tokens
    if not tokens[last].is_capitalised or tokens[last + 1].lower not in HEARER_CIRCUMSTANCE_LEADS:
        return None  # "warned people in northern Gaza, ...", "warned the Fed against buying bonds, because"
    for m in range(last + 2, min(last + 2 + MAX_HEARER_CIRCUMSTANCE_TOKENS, len(tokens) - 1)):
        token = tokens[m]
        if token.text == ",":
            rest = tokens[m + 1 :]
            opens = rest and rest[0].is_word and rest[0].lower not in SUBORDINATORS | RELATIVES
            return m + 1 if opens and has_finite_verb(rest) else None
        if not token.is_word or token.lower in FINITE_VERBS or token.lower in SUBORDINATORS | RELATIVES:
            return None
    return None


QUESTION_OPENERS = grammar("question_openers")
# every word that opens an indirect question: "don't know what happened", "don't know who sent it"
QUESTION_WORDS = QUESTION_OPENERS | grammar("relative_question_words")


def _plain_hearer_end(tokens: Sequence[Token], k: int) -> int | None:
    """Rule `hearer_before_a_question_or_the_end`: "asked the guard whether
    the gate was open": an article and up to MAX_HEARER_PHRASE_WORDS plain
    words, then a question word (claim_grammar.txt question_openers), a new
    article ("told the guard the gate was open") or the end of the
    sentence, are the hearer: the content starts at "whether",
    and "She asked the guard." has none (not "the guard"). The index after
    the hearer, or None."""
    if k >= len(tokens) or tokens[k].lower not in ("the", "a", "an", "his", "her", "their", "our", "my"):
        return None
    for m in range(k + 1, min(k + 2 + MAX_HEARER_PHRASE_WORDS, len(tokens))):
        token = tokens[m]
        if token.text in (".", "!", "?") and not (tokens[k - 1].lower.startswith("ask")
                                                 or is_people_noun(tokens[m - 1].lower)):
            return None  # "told a joke.", "told the truth.": what was told, no hearer
        if token.lower in QUESTION_OPENERS or token.text in (".", "!", "?") or token.lower in ARTICLES:
            return m if m > k + 1 else None  # and "told the guard the gate was open"
        if m > k + 1 and is_people_noun(tokens[m - 1].lower) and (
                token.text in QUOTE_MARKS
                or (token.text == "," and m + 1 < len(tokens) and tokens[m + 1].text in QUOTE_MARKS)):
            # Rule `hearer_before_a_quotation_is_no_content`: 'the father told the dispatcher, "my
            # fist and my foot."': a person told is whom, the quotation what ("told the story, "..."" keeps it)
            return m
        if token.lower == "about" and m > k + 1 and m + 1 < len(tokens) and tokens[m + 1].is_word \
                and tokens[m - 1].lower not in TOLD_THINGS:
            # Rule `hearer_before_about_is_no_content`: "Those witnesses told the center about
            # Csizsik-Csatary's cruelty ...": whom they told is no part of what they told
            return m
        if not token.is_word or token.is_capitalised or token.lower in FINITE_VERBS \
                or token.lower in PREPOSITIONS or token.lower in DETERMINERS or token.lower in SUBORDINATORS:
            return None
    return None


TOLD_THINGS = grammar("told_things")
# Rule `hearer_ends_before_a_new_phrase` also after these: "told police a man broke into the home"
PLAIN_HEARERS = grammar("plain_hearers")
MAX_HEARER_PHRASE_WORDS = 3  # "a psychiatrist", "the local school board"


def _hearers_before_a_pronoun(tokens: Sequence[Token], k: int) -> int | None:
    """Rule `hearers_before_a_pronoun_subject`: "Casey Anthony told a
    psychiatrist and a psychologist she believed she was drugged": one or
    two noun phrases opened by an article ("a psychiatrist and a
    psychologist"), then a subject pronoun and a verb: the phrases are the
    hearers, the content starts at the pronoun. The index of the pronoun,
    or None."""
    m = k
    for _ in range(2):
        if m >= len(tokens) or tokens[m].lower not in ARTICLES:
            return None
        words = 0
        m += 1
        while m < len(tokens) and tokens[m].is_word and not tokens[m].is_capitalised \
                and tokens[m].lower not in SUBJECT_PRONOUNS and tokens[m].lower not in ("and", "that") \
                and tokens[m].lower not in AUXILIARIES and tokens[m].lower not in QUESTION_OPENERS \
                and words < MAX_HEARER_PHRASE_WORDS:
            # session 9: "asked the father whether he used weapons": "whether" opens the content
            m += 1
            words += 1
        if words == 0 or m + 2 >= len(tokens) or not _hearer_head(tokens[m - 1].lower):
            return None
        if tokens[m].lower in SUBJECT_PRONOUNS and tokens[m + 1].is_word and not tokens[m + 1].is_capitalised \
                and tokens[m + 2].is_word:
            return m  # not "She told a story he liked": the pronoun's clause needs more than its verb
        if tokens[m].lower != "and":
            return None
        m += 1
    return None


def _hearer_head(word: str) -> bool:
    """A noun that names people: listed, or with an ending of people's nouns
    ("psychiatrist", "teacher", "doctor", "physician"), not "story", "joke"."""
    return (is_people_noun(word) or word in PLAIN_HEARERS or word in source_nouns() or word in HEARER_HEAD_NOUNS
            or word.endswith(PEOPLE_NOUN_ENDINGS))


HEARER_HEAD_NOUNS = grammar("hearer_heads")


PEOPLE_NOUN_ENDINGS = ("ist", "ists", "er", "ers", "or", "ors", "ian", "ians", "ant", "ants", "ent", "ents")


TIME_ADJUNCT_LEADS = grammar("time_adjunct_leads")


def time_adjunct_end(tokens: Sequence[Token], k: int) -> int:
    """Index right of a time adjunct starting at token `k` ("on Sunday", "last
    week", "over the weekend", "earlier this month", "Monday night"), or `k`
    when none starts there."""
    m = k
    while m < len(tokens) and m - k < 4 and (
        tokens[m].lower in TIME_WORDS or tokens[m].lower in TIME_UNITS or tokens[m].lower in TIME_WORD_LEADS
        or tokens[m].lower in TIME_LEADS or tokens[m].lower in TIME_ADJUNCT_LEADS
        or (tokens[m].lower == "the" and m > k and m + 1 < len(tokens)
            and (tokens[m + 1].lower in TIME_UNITS or tokens[m + 1].lower in TIME_WORDS))  # "over the weekend"
        or _month_after_a_time_lead(tokens, k, m)
    ):
        m += 1
    while m > k and tokens[m - 1].lower not in TIME_WORDS and tokens[m - 1].lower not in TIME_UNITS \
            and not _month_after_a_time_lead(tokens, k, m - 1):
        m -= 1  # it ends on its time word: "on Saturday night" of "on Saturday night on condition ..."
    return m


def _month_after_a_time_lead(tokens: Sequence[Token], k: int, m: int) -> bool:
    """Rule `month_after_last_is_a_time` (wrongs2-s19, QA round 54, 554 s6:
    "Terrafugia announced last May it had started working ..." showed the
    content "May it had started working ..."): a month written with a
    capital right after "last", "this", "next", "early" or "late" (time_leads,
    time_word_leads) is a time word like "week"; the adjunct ends on it and
    the content starts after it. A month alone ("said May sales had risen")
    opens no adjunct."""
    return k < m < len(tokens) and tokens[m].is_capitalised and tokens[m].lower in STATEMENT_MONTHS \
        and tokens[m - 1].lower in TIME_LEADS | TIME_WORD_LEADS and tokens[m - 1].lower != "on"


def _time_then_content(tokens: Sequence[Token], k: int) -> bool:
    """A time adjunct at `k` and then the content's first word, no other
    circumstance ("told CNN on Saturday night on condition of anonymity")."""
    end = time_adjunct_end(tokens, k)
    return k < end < len(tokens) and tokens[end].is_word and tokens[end].lower not in PREPOSITIONS


MAX_HEARER_NOUN_TAIL = 3  # "a German television station", "a local radio talk show"


MAX_HEARER_TITLE_TOKENS = 8


def quoted_programme_end(view: SentenceView, k: int) -> int | None:
    """Rule `quoted_programme_is_the_hearer`: 'the mayor told "CBS This
    Morning."', 'told "Face the Nation" that the deal was done': a short
    quotation of capitalised words (and title joiners) right after a hearer
    cue names a programme, the hearer; its words are no quotation of the
    source. Index right of its closing mark, or None."""
    tokens = view.tokens
    if k >= len(tokens) or tokens[k].text not in QUOTE_MARKS:
        return None
    quote = view.quotes.covering(tokens[k].start)
    if quote is None or quote[0] != tokens[k].start:
        return None
    inside = [t for t in tokens[k + 1 :] if t.end < quote[1]]
    words = [t for t in inside if t.is_word]
    if not words or len(words) > MAX_HEARER_TITLE_TOKENS or not words[0].is_capitalised:
        return None
    if any(not t.is_word and t.text not in (".", ",") for t in inside):
        return None
    if not all(t.is_capitalised or t.lower in TITLE_JOINER_WORDS for t in words):
        return None
    return k + 1 + len(inside) + 1


TITLE_JOINER_WORDS = frozenset({"the", "of", "and", "a", "an", "in", "on", "for", "to", "with"})


def _quoted_title_of_the_hearer(view: SentenceView, last: int) -> int:
    """Rule `hearer_names_a_show`: 'told CNN's "Erin Burnett OutFront" that
    HGTV had vetted the pair': a short quoted title right after a possessive
    hearer, followed by "that" or a colon, is the hearer's programme, not
    the claim's opening quotation."""
    tokens = view.tokens
    opening = last + 1
    if opening >= len(tokens) or tokens[opening].text not in QUOTE_MARKS:
        return last
    if not (tokens[last].lower.endswith(POSSESSIVE_S) or tokens[last].text in POSSESSIVE_S):
        return last
    for m in range(opening + 1, min(opening + 2 + MAX_HEARER_TITLE_TOKENS, len(tokens) - 1)):
        if tokens[m].text in QUOTE_MARKS:
            after = time_adjunct_end(tokens, m + 1)  # 'told CNN's "New Day" last week that'
            follows = tokens[after].lower if after < len(tokens) else ""
            return m if follows in ("that", ":") else last
    return last


def _compound_hearer_end(tokens: Sequence[Token], last: int) -> int:
    """Rule `hearer_runs_to_that`: "told a German television station that the
    plan ...", "told the crowd that ...": the hearer's head noun may follow
    the words the noun phrase reads; up to MAX_HEARER_NOUN_TAIL plain
    lower-case words right before "that" are the hearer's, not the claim's."""
    for m in range(last + 1, min(last + 2 + MAX_HEARER_NOUN_TAIL, len(tokens))):
        token = tokens[m]
        if token.lower == "that" and m > last + 1:
            return m - 1
        if not _plain_noun(token):
            break
    return last


HEARER_GROUP_HEADS = grammar("hearer_group_heads")
HEARER_LEADS = POSSESSIVE_DETERMINERS | ARTICLES  # "told the families of ...", "told their relatives of ..."
HEARER_OF_WORDS = HEARER_LEADS | {"of", "and"}  # the words of "the families of their victims and ..."
MAX_HEARER_OF_TOKENS = 8  # "the families of their victims", "relatives of the 12 miners"


def _hearer_of_a_group_end(view: SentenceView, k: int) -> int | None:
    """Rule `hearer_of_a_group_runs_to_the_content`: 'told the families of
    their victims, "The state of Israel does not abandon its soldiers"',
    "told relatives of the victims that the city would rebuild": a hearer
    of people (a people noun or families, relatives ...) with "of" and a
    noun phrase runs to "that" or to a comma before a quotation; the
    content opens there. The index where the hearer ends, or None."""
    tokens = view.tokens
    m = k
    if m < len(tokens) and tokens[m].lower in HEARER_LEADS:
        m += 1
    if m + 1 >= len(tokens) or tokens[m + 1].lower != "of":
        return None
    head = tokens[m].lower
    if tokens[m].is_capitalised or not (head in HEARER_GROUP_HEADS or is_people_noun(head)):
        return None
    for j in range(m + 2, min(m + 2 + MAX_HEARER_OF_TOKENS, len(tokens) - 1)):
        token = tokens[j]
        if token.lower == "that" and j > m + 2 and tokens[j + 1].lower not in BE:
            return j
        if token.text == "," and tokens[j + 1].text in QUOTE_MARKS and j > m + 2:
            return j + 1
        if j > m + 2 and token.lower in TIME_WORD_LEADS:
            timed = time_adjunct_end(tokens, j)  # "... of the U.N. Security Council on Wednesday that"
            if j < timed < len(tokens) - 1 and tokens[timed].lower == "that" and tokens[timed + 1].lower not in BE:
                return timed
        if not (token.is_capitalised or token.text[:1].isdigit() or _plain_noun(token)
                or token.lower in HEARER_OF_WORDS):
            return None
    return None


VENUE_CONTENT_SUBJECTS = grammar("venue_content_subjects")


def _hearer_at_a_venue_end(view: SentenceView, k: int) -> int | None:
    """Rule `hearer_at_a_venue_runs_to_the_content` (QA round 55, 668 s1:
    "emphatically told a crowd at her son's funeral she loves and stands by
    her husband" gave the content "a crowd at her son's funeral she loves
    ..."): an article or possessive and a hearer head ("crowd", "audience",
    "reporters": claim_grammar.txt hearer_heads, hearer_nouns; not any
    people noun: "told people in a recent survey he would run" stays), then
    where they were told ("at", "in", "during" and a noun phrase with no
    verb), up to "that" or a personal pronoun opening the clause
    (venue_content_subjects), are whom and where it was told; the content
    opens there. The index where the hearer ends, or None: "told a crowd at
    the funeral of a plan to ..." holds no clause after the venue."""
    tokens = view.tokens
    m = k + 1 if k < len(tokens) and tokens[k].lower in HEARER_LEADS else k
    if m + 2 >= len(tokens) or tokens[m].is_capitalised \
            or not (tokens[m].lower in HEARER_NOUNS or tokens[m].lower in HEARER_HEADS) \
            or tokens[m + 1].lower not in HEARER_CIRCUMSTANCE_LEADS:
        return None
    for j in range(m + 2, min(m + 2 + MAX_HEARER_CIRCUMSTANCE_TOKENS, len(tokens) - 1)):
        token = tokens[j]
        if j > m + 2 and ((token.lower == "that" and tokens[j + 1].lower not in BE)
                          or (token.lower in VENUE_CONTENT_SUBJECTS and finite_by_form(tokens[j + 1]))):
            return j
        if not (token.is_capitalised or token.text[:1].isdigit() or _plain_noun(token)
                or token.lower in HEARER_OF_WORDS or token.lower.endswith(POSSESSIVE_S)):
            return None
    return None


def _plain_noun(token: Token) -> bool:
    """A lower-case word that reads as no verb, pronoun or function word."""
    low = token.lower
    return (
        token.is_word
        and not token.is_capitalised
        and low.isalpha()
        and low not in AUXILIARIES | DETERMINERS | PREPOSITIONS | SUBORDINATORS | RELATIVES | OBJECT_PRONOUNS
        and low not in pronouns()
        and low not in past_forms()
        and low not in PAST_VERBS
        and not low.endswith(("ed", "ly"))
    )


BELIEVE_IN = frozenset({"believe"})
WRITER_CONNECTIVES = grammar("writer_connectives")


def adjunct_end(tokens: Sequence[Token], k: int, quoted: bool = False) -> int | None:
    """Rule `circumstance_before_the_content`: where a circumstance opened
    by the preposition at token `k` ends ("said in a sworn affidavit that
    ...", 'wrote in an e-mail to CNN: "If ..."', 'put it in his memo to
    employees, "Imagine ..."'): the "that", the colon, or (when `quoted`,
    for a +clause cue) the comma right before a quotation that follows it
    ("to" then opens a hearer, not an infinitive: "hoped to republish his
    biography, ''Lost Tycoon''" is no circumstance); None when no such mark ends it
    within MAX_ADJUNCT_TOKENS, or another verb stands before it ("declined
    to implement tougher regulations but acknowledged that ...": what was
    acknowledged is no part of what was declined, rule adjunct_holds_no_verb)."""
    window = range(k + 1, min(k + MAX_ADJUNCT_TOKENS, len(tokens)))
    that = next((m for m in window if not tokens[m].is_word or tokens[m].lower == "that"), None)
    if that is None or any(tokens[m].lower in CLAUSE_JOINERS and not _joiner_as_a_preposition(tokens, m, that)
                           for m in range(k + 1, that)):
        return None
    if tokens[that].lower == "that" and relative_that_after_a_document(tokens, that):
        return None
    mark = tokens[that].text
    quoted = quoted and mark == "," and that + 1 < len(tokens) and tokens[that + 1].text in QUOTE_MARKS \
        and (tokens[k].lower != "to" or tokens[k + 1].lower in DETERMINERS | OBJECT_PRONOUNS
             or tokens[k + 1].is_capitalised)
    return that if tokens[that].lower == "that" or mark == ":" or quoted else None


def _adjunct_past_a_quoted_title_end(view: SentenceView, first: int) -> int | None:
    """Rule `quoted_title_inside_a_circumstance` (with rule
    `circumstance_before_the_content`; PolNeAR train nyt 2016-08-22 s30:
    "said on the MSNBC show ''Morning Joe'' that ''too much of the
    Republican Party ...''" began the claim "show ''Morning Joe'' that"): a
    circumstance whose words go on at `first` (after its preposition, or
    after a named venue, "on the MSNBC") may hold a programme's
    quoted title (`quoted_programme_end`: capitalised words only) and a
    possessive ("on MSNBC's "Morning Joe""); it ends at the "that" after
    the title, within MAX_ADJUNCT_TOKENS words of its own. None when
    anything else stands in it: 'said in a memo, "We ..."' and 'said on
    "Meet the Press" and later that ...' (a joiner) read as before."""
    tokens = view.tokens
    m, words, titled = first, 0, False
    while m < len(tokens) and words < MAX_ADJUNCT_TOKENS:
        title_end = quoted_programme_end(view, m) if tokens[m].text in QUOTE_MARKS else None
        if title_end is not None:
            m, titled = title_end, True
            continue
        token = tokens[m]
        if token.lower == "that":
            return m if titled and not relative_that_after_a_document(tokens, m) else None
        if not (token.is_word or token.text in POSSESSIVE_S) or token.lower in CLAUSE_JOINERS:
            return None
        m, words = m + 1, words + 1
    return None


# nouns of a filed or written document whose "that" may open a relative clause
DOCUMENT_RELATIVE_ANTECEDENTS = grammar("document_relative_antecedents")
# verbs a document is the object of: "the lawsuit that the singer's mother filed against ..."
DOCUMENT_MAKING_VERBS = grammar("document_making_verbs")
MAX_RELATIVE_SUBJECT_TOKENS = 5  # "that the singer's mother filed"


def relative_that_after_a_document(tokens: Sequence[Token], that: int) -> bool:
    """Rule `relative_that_after_a_document_is_no_content` (QA round 68, 449
    s1: "Dr. Conrad Murray ... is refusing to testify in the wrongful death
    lawsuit that the singer's mother filed against concert promoter AEG
    Live" gave Murray the claim "the singer's mother filed against ..."):
    a "that" right after a document noun (lawsuit, suit, complaint, letter;
    claim_grammar.txt document_relative_antecedents) whose clause has a
    subject and then a verb that makes such a document (filed, brought,
    wrote) with no object after it (a preposition, a comma or the end) is
    a relative clause about the document, no content. Kept: "alleged in a
    lawsuit that the company filed false reports" (the verb has its
    object: a content clause)."""
    if that < 1 or tokens[that - 1].lower not in DOCUMENT_RELATIVE_ANTECEDENTS:
        return False
    for v in range(that + 2, min(that + 2 + MAX_RELATIVE_SUBJECT_TOKENS, len(tokens))):
        if not tokens[v].is_word and tokens[v].text not in POSSESSIVE_S:
            return False
        if tokens[v].lower in DOCUMENT_MAKING_VERBS:
            after = tokens[v + 1] if v + 1 < len(tokens) else None
            return after is None or not after.is_word or after.lower in PREPOSITIONS or after.lower in TIME_WORDS
    return False


def _joiner_as_a_preposition(tokens: Sequence[Token], m: int, that: int) -> bool:
    """For rule `circumstance_before_the_content` (web test s18 kind 6,
    newrepublic: "Greenspan admitted in testimony before Congress that his
    ideology was flawed" kept the circumstance in the claim): "before" or
    "after" with a name or a determiner right after it, and no verb up to
    the "that", is a preposition inside the circumstance, no clause
    joined ("before the vote", "after Trump"). "declined ... but
    acknowledged that" is still a joined clause."""
    return tokens[m].lower in PREPOSITIONS and m + 1 < that \
        and (tokens[m + 1].is_capitalised or tokens[m + 1].lower in DETERMINERS) \
        and not has_finite_verb(tokens[m + 1 : that])


MAX_VENUE_TOKENS = 16  # "at the annual meeting of the World Economic Forum in Davos, Switzerland, that"


def _named_venue_end(tokens: Sequence[Token], k: int) -> int | None:
    """Rule `named_venue_before_that` (session 11): "said at the Peace and
    Security in Africa Summit in Paris that ...", "said at the annual
    meeting of the World Economic Forum in Davos, Switzerland, that ...":
    a circumstance opened by the preposition at token `k` that names a
    venue (a capitalised word), too long for `adjunct_end` or holding an
    "and" inside the name or a comma before a place, ends at the "that"
    after it; the content starts there. Only names, prepositions,
    determiners and lower-case nouns stand between (not after "to": "want
    to bring ... that", "respond to questions about complaints ... that"
    are an infinitive or a hearer); a finite verb, a
    relative or a clause joiner outside a name ("at a meeting where
    officials said that", "at the summit and warned that") leaves it to the
    other rules. The index of "that", or None."""
    named = False
    for m in range(k + 1, min(k + MAX_VENUE_TOKENS, len(tokens) - 1)):
        token = tokens[m]
        if token.lower == "that":
            after = tokens[m + 1]
            if after.lower in BE or after.lower in AUXILIARIES or is_past(after):
                return None  # "at the Forum that was held in Davos": a relative on the venue
            return m if named else None
        if token.text == ",":
            following = tokens[m + 1]
            if not (following.is_capitalised or following.lower == "that") or not tokens[m - 1].is_capitalised:
                return None  # ", Switzerland, that": a place after the venue's place, or the comma before "that"
            continue
        if token.lower == "and" and tokens[m - 1].is_capitalised and tokens[m + 1].is_capitalised:
            continue  # "Peace and Security": inside the name
        if not token.is_word or token.lower in RELATIVES or token.lower in SUBORDINATORS \
                or token.lower in CLAUSE_JOINERS:
            return None
        if token.is_capitalised:
            named = True
            continue
        if token.lower in PREPOSITIONS or token.lower in DETERMINERS or token.lower in TIME_WORDS:
            continue
        if has_finite_verb([token]) or is_past(token) or (token.lower.endswith("ing") and not (
                tokens[m + 1].lower in PREPOSITIONS or tokens[m + 1].lower == "that" or tokens[m + 1].text == ",")):
            return None  # "at a rally attacking Clinton": a verb; "the annual meeting of", "a briefing in": venues
    return None


CATAPHORIC_OBJECTS = tuple(sorted((tuple(phrase.split("_")) for phrase in grammar("cataphoric_objects")),
                                   key=len, reverse=True))


def cataphoric_colon(tokens: Sequence[Token], k: int) -> int | None:
    """Rule `cataphoric_object_before_a_colon` (web test s14, K12: "Greta
    Thunberg states the following:" with her quotation in the next
    paragraph gave no claim): an object at token `k` that only points ahead
    ("the following", "this", "as follows"; claim_grammar.txt
    cataphoric_objects) right before a colon is no content: the index of
    that colon, after which the content starts (or, when the colon ends the
    sentence, the paragraph or quotation that follows it). None otherwise:
    "said the following day that ..." and "said this." keep their words."""
    for phrase in CATAPHORIC_OBJECTS:
        end = k + len(phrase)
        if end < len(tokens) and tokens[end].text == ":" \
                and tuple(t.lower for t in tokens[k:end]) == phrase:
            return end
    return None


MEDIUM_BEFORE_CONTENT_PREPOSITIONS = grammar("medium_before_content_prepositions")
MEDIA = grammar("media")
# Medium nouns in a row after "by"/"via" and an optional determiner ("by text message", "via video
# link"); unlike junk.py MAX_MEDIUM_PHRASE_WORDS, which counts a whole phrase at a sentence end.
MAX_MEDIUM_NOUNS = 3


def medium_end(view: SentenceView, k: int) -> int:
    """Rule `medium_after_the_cue_is_no_content` (QA round 45: "Smith told
    CNN by phone he would run" gave the content "CNN by phone he would
    run"): "by" or "via" at token `k`, perhaps an article or a possessive,
    and medium nouns only (claim_grammar.txt media) tell how it was said,
    when a clause follows them; the index after the medium, else `k`. "by
    Smith", "via the ministry" and a medium with nothing said after it
    ("told CNN by phone.") stay as they were."""
    tokens = view.tokens
    if k >= len(tokens) or tokens[k].lower not in MEDIUM_BEFORE_CONTENT_PREPOSITIONS:
        return k
    first = k + 1
    if first < len(tokens) and tokens[first].lower in ARTICLES | {"his", "her", "their", "its"}:
        first += 1
    m = first
    while m < len(tokens) and m - first < MAX_MEDIUM_NOUNS and tokens[m].lower in MEDIA:
        m += 1
    if m != first and m + 1 < len(tokens) and tokens[m].text == "," and tokens[m + 1].text in QUOTE_MARKS \
            and view.quotes.covering(tokens[m + 1].end) is not None:
        # 'he said into the microphone, "Here's a real Heart song."': the quotation after the
        # medium and its comma is what was said
        return m + 1
    if m == first or m >= len(tokens) or not tokens[m].is_word or tokens[m].lower in PREPOSITIONS \
            or tokens[m].lower in ("and", "or", "but", "nor", "not"):
        return k  # "appeared by video but not in person": the medium is the point, no clause after it
    return m if reads_as_clause(view, tokens[m].start) else k


MAX_LISTED_HEARER_TOKENS = 30  # "Douglas Costa, Fred, Dentinho, Alex Teixeira, Ismaily and Facundo Ferreyra"


def _hearer_opens_a_list_of_names(tokens: Sequence[Token], end: int) -> bool:
    """Rule `listed_hearers_stay_whole` (qa61b-s22, QA round 61, 520 s9:
    "Akhmetov also assured Brazilians Douglas Costa, Fred, Dentinho, ... and
    Facundo Ferreyra they have "nothing to fear"" gave the content "Fred,
    Dentinho, ...": the hearer skip took the first name alone): when the
    hearer found ends at a comma (`end`) and capitalised names follow,
    separated by commas and closed by "and" and a name (perhaps with "of"
    and a place), then a subject pronoun, the hearer is the first of a list; the content keeps the list
    whole rather than start inside it. Not one hearer before a comma and a
    clause ("told Smith, the mayor, that ...")."""
    if end >= len(tokens) or tokens[end].text != ",":
        return False
    closed = False
    for m in range(end + 1, min(end + MAX_LISTED_HEARER_TOKENS, len(tokens))):
        token = tokens[m]
        if token.text == ",":
            continue
        if token.lower == "and":
            closed = True
            continue
        if token.lower == "of" and m + 1 < len(tokens) and tokens[m + 1].is_capitalised:
            continue  # "Facundo Ferreyra of Argentina": a name and its place
        if token.lower in SUBJECT_PRONOUNS and not token.is_capitalised:
            return closed and tokens[m - 1].is_word and tokens[m - 1].is_capitalised
        if not (token.is_word and token.is_capitalised):
            return False
    return False


def _demonstrative_object_of_a_naming_cue(entry: CueEntry, tokens: Sequence[Token], k: int) -> bool:
    """Rule `that_after_a_naming_cue_is_a_demonstrative` (qa61b-s22, QA round
    61, 963 s2: 'calling that claim "baseless and false"' gave the content
    'claim "baseless and false"'): after a naming cue ("call", "describe",
    "label": claim_grammar.txt naming_cues) a "that" opens no clause but
    points at the thing named ("that claim", "that number"), so it stays in
    the content ("called that a lie" too). Not after other cues ("said that
    the plan ...")."""
    return entry.lemma in NAMING_CUES and k + 1 < len(tokens) and tokens[k + 1].is_word


# Rule `that_before_a_modal_is_the_subject` (qa64a-s23, QA round 64, 555 s31: "she fears that
# could leave out older family members" gave "could leave out ...", its subject cut): a "that"
# right before a modal or a finite auxiliary is the demonstrative subject of the content, kept;
# "she fears that the plan could fail" drops the complementiser as before
VERBS_AFTER_A_SUBJECT_THAT = MODALS | frozenset({"has", "had", "does", "did"})


def _demonstrative_subject(tokens: Sequence[Token], that: int) -> bool:
    """The "that" at `that` is the content's subject: a form of "be" follows
    ("said that was not her view"), or a modal or finite auxiliary follows
    right after a cue word ("fears that could leave out ...": rule
    `that_before_a_modal_is_the_subject`; after a noun, "a misstep that could
    ..." is a relative)."""
    if that + 1 >= len(tokens):
        return False
    after = tokens[that + 1].lower
    after_a_cue = that > 0 and (tokens[that - 1].lower,) in cue_forms()
    if after_a_cue and after.endswith(NEGATED_AUXILIARY_ENDINGS):
        # Rule `that_before_a_negated_auxiliary_is_the_subject` (recall-s26, PolNeAR train: "One
        # in five say that won't be true" gave the content "won't be true"): a contracted
        # negative ("won't", "can't", "doesn't") after the cue's "that" is its verb
        return True
    if after_a_cue and _determiner_of_a_bare_object(tokens, that):
        return True
    return after in BE or (after in VERBS_AFTER_A_SUBJECT_THAT and after_a_cue)


NEGATED_AUXILIARY_ENDINGS = ("n't", "n\u2019t")
# words after "that" that no bare object noun is: "said that again", "said that in 2010"
FUNCTION_WORDS_AFTER_THAT = AUXILIARIES | BE | MODALS | SUBJECT_PRONOUNS | DETERMINERS | PREPOSITIONS | TIME_WORDS


def _determiner_of_a_bare_object(tokens: Sequence[Token], that: int) -> bool:
    """Rule `that_before_a_bare_noun_is_its_determiner` (recall-s26,
    CNN-Corpus dev 395: "40% support that plan." gave the content "plan",
    340: "Just 29% felt that way about the presidency" gave "way about the
    presidency"): a "that" right after the cue and before one lower-case
    word that ends the clause (a full stop, a semicolon) or meets a
    preposition with no verb after it in its clause is the determiner of
    the cue's object, kept in the content; so does one before a day word
    and a comma ("denied that request Monday, ruling that ..."); "said that
    people in the city were angry", "said that money, in her view, was
    tight" and "said that rain Monday flooded the streets" open a clause."""
    k = that + 2
    if k >= len(tokens):
        return False
    word = tokens[that + 1]
    if not word.lower.isalpha() or word.is_capitalised or word.lower in FUNCTION_WORDS_AFTER_THAT \
            or is_adverb(word.lower):
        return False
    if tokens[k].lower in TIME_WORDS and k + 1 < len(tokens) and tokens[k + 1].text in (",", ".", ";") \
            and word.lower in _nouns_pointing_back():
        # "denied that request Monday, ruling that ...": a day word closing the clause after the noun
        # (reader round I, CNN-Corpus dev: the refusal was read as denying the ruling), for a noun of
        # what was said or asked (back_pointing_nouns.txt, back_pointing_request_nouns.txt), though it
        # is also a cue ("request"); "echoed that onstage Tuesday," is the pronoun "that"
        return True
    if (word.lower,) in cue_forms():
        return False
    if tokens[k].text in (".", ";"):
        return True
    if tokens[k].lower not in PREPOSITIONS or tokens[k].lower == "to" \
            or ends_in_plural_s(word.lower) or word.lower in PLURALS_WITHOUT_S:
        return False  # "said that people in the city remain angry": a plural's base-form verb may follow
    # "felt that way about the presidency", not "said that man in the city was angry"
    end = next((m for m in range(k, len(tokens)) if tokens[m].text in (".", ";", "?", "!")), len(tokens))
    rest = tokens[k:end]
    return not has_finite_verb(rest) and not any(
        is_main_verb(t) or t.lower in PAST_VERBS or (finite_by_form(t) and t.lower not in FUNCTION_WORDS_AFTER_THAT)
        or t.lower in SUBORDINATORS or t.lower in RELATIVES for t in rest)


@cache
def _nouns_pointing_back() -> frozenset[str]:
    """The nouns of what was said or asked that "that" may determine
    (rules/back_pointing_nouns.txt, back_pointing_request_nouns.txt)."""
    asked = load_word_sets("back_pointing_request_nouns")["nouns"]
    return frozenset(load_word_set("back_pointing_nouns")) | frozenset(asked)


SAYING_MANNERS = grammar("saying_manners")
PROMISING_CUES = grammar("promising_cues")
PROMISED_PUBLICS = grammar("promised_publics")


def _past_the_promised(view: SentenceView, k: int) -> int:
    """Rule `promised_people_are_no_content` (closing note s23, QA round 64
    373 s1: "Obama may have promised Americans that they can keep their
    insurance" gave the content "Americans that they can keep ..."): after a
    cue of promising (claim_grammar.txt promising_cues, which take no hearer
    otherwise: "promised a tax cut"), an object pronoun, a group or a plural
    noun of people ("Americans", "voters", "the nation": promised_publics)
    right before "that" and a subject is whom it was promised to; the
    content opens after "that". "promised voters that support him a tax
    cut" (a relative "that", a verb after it) stays."""
    tokens = view.tokens
    m = k + 1 if k < len(tokens) and tokens[k].lower in ARTICLES else k
    if m + 2 >= len(tokens) or tokens[m + 1].lower != "that":
        return k
    word = tokens[m].lower
    if m == k and word in OBJECT_PRONOUNS:
        people = True  # "promised them that ..."
    else:
        people = word in PROMISED_PUBLICS or word in noun_sets("source_nouns")["groups"] \
            or (ends_in_plural_s(word) and is_people_noun(word))
    subject = tokens[m + 2]
    if not people or not (subject.lower in SUBJECT_PRONOUNS or subject.lower in DETERMINERS or subject.is_capitalised):
        return k
    return m + 2


def _past_it_and_a_manner(view: SentenceView, k: int) -> int:
    """Rule `said_it_best_is_the_manner` (closing note s23, QA round 65 744
    s22: 'A representative ... said it best, "there is no bigger opportunity
    ..."' gave a content opening "it best,"): "it" and a word of manner
    (claim_grammar.txt saying_manners: "best", "bluntly"), then a comma or a
    colon and a quotation: "it" points at the quotation, which is the
    content; the token after the comma, or `k` when the shape is not there.
    "said it was the best plan" stays."""
    tokens = view.tokens
    if k + 3 >= len(tokens) or tokens[k].lower != "it" or tokens[k + 1].lower not in SAYING_MANNERS:
        return k
    if tokens[k + 2].text not in (",", ":") or tokens[k + 3].text not in QUOTE_MARKS:
        return k
    return k + 2


def content_start(view: SentenceView, k: int, entry: CueEntry) -> int:
    """First token of the content after a cue ending before `k`."""
    tokens = view.tokens
    if "hearer" in entry.flags:
        hearer_end = skip_hearer(view, k)
        timed = time_adjunct_end(tokens, hearer_end) if hearer_end > k else hearer_end
        if timed < len(tokens) and tokens[timed].lower not in (PREPOSITIONS | SUBORDINATORS) - {"that"}:
            # Rule `time_after_the_hearer`: "told CNN on Sunday the first lady had been
            # hospitalized" (not "told the AP on Wednesday after hinting that ...")
            hearer_end = timed
        if not _hearer_opens_a_list_of_names(tokens, hearer_end):
            k = hearer_end
    elif (k + 2 < len(tokens) and tokens[k].lower == "to" and tokens[k + 1].lower in OBJECT_PRONOUNS
          and (tokens[k + 2].text == ":" or tokens[k + 2].lower == "that")):
        k += 2  # Rule `to_hearer_is_no_content`: "a young boy said to me: ...", "said to them that ..."
    elif entry.lemma in PROMISING_CUES:
        k = _past_the_promised(view, k)
    k = medium_end(view, k)
    m = k
    while m < len(tokens) and is_adverb(tokens[m].lower):
        m += 1
    if m + 2 < len(tokens) and negative_phrase_ending_at(tokens, m + 2):
        # Rule `negative_phrase_is_no_circumstance` (CNN-Corpus dev 154 s24: "... said in no way
        # does it show that sugar causes disease" gave the claim "sugar causes disease", read past
        # "in no way ..." as past "in a statement"): a fronted negation opens the claim
        return m
    # "believed fervently in the written word": what he believed, no circumstance
    believe_in = entry.lemma in BELIEVE_IN and m < len(tokens) and tokens[m].lower == "in"
    lead = time_adjunct_end(tokens, m)
    venue = None if believe_in or lead >= len(tokens) or tokens[lead].lower not in ADJUNCT_PREPOSITIONS - {"to"} \
        else _named_venue_end(tokens, lead)  # "to" opens an infinitive or a hearer, no venue
    k = m if believe_in else venue if venue is not None else skip_adjuncts(view, k)
    if k > m and not believe_in:
        k = _adjunct_past_a_quoted_title_end(view, k) or k  # "on the MSNBC show ''Morning Joe'' that"
    if k + 1 < len(tokens) and tokens[k].lower == "however":
        k += 1  # "The hospital did say however that ...": the writer's connective
    k = _past_it_and_a_manner(view, k)
    colon = cataphoric_colon(tokens, k) if k < len(tokens) else None
    if colon is not None:
        k = colon  # "states the following: ...": the colon is skipped below
    if k < len(tokens) and tokens[k].lower in ADJUNCT_PREPOSITIONS:
        # "has said in a sworn affidavit that ...": a circumstance, then "that"
        that = adjunct_end(tokens, k, quoted="clause" in entry.flags)
        if that is None:
            that = _adjunct_past_a_quoted_title_end(view, k + 1)
        if that is not None:
            # and rule `medium_before_a_colon_is_no_content`: 'wrote in an e-mail to CNN: "If ..."'; and
            # before a comma and a quotation: 'as Jeff Weiner put it in his memo to employees, "..."'
            k = that
    timed = time_adjunct_end(tokens, k) if k < len(tokens) else k
    if timed == k:
        timed = _counted_time_ago_end(tokens, k)
    if k < timed < len(tokens) and tokens[timed].lower == "that":
        # Rule `time_before_that_is_no_content` (reader test s19, CNN-Corpus dev 642 s9: "asserted
        # to CNN this week that at least six soldiers were killed" began the claim "this week that")
        k = timed
    while k < len(tokens) and tokens[k].text in {",", ":"} | DASHES:
        k += 1
    if k + 2 < len(tokens) and tokens[k].lower in WRITER_CONNECTIVES and tokens[k + 1].text == ",":
        k += 2  # "She added, however, “...”": the writer's connective, not her words
    if k + 2 < len(tokens) and tokens[k].lower == "nor" and tokens[k + 1].is_word:
        k += 2  # "would neither confirm nor deny the report": what was neither confirmed nor denied
    if 0 < k < len(tokens) and tokens[k - 1].text == ",":
        # Rule `aside_before_that`: "claimed, without evidence, that ...", "said, in a statement,
        # that ...": the writer's aside between commas is no part of the claim
        that = next((m for m in range(k + 1, min(k + MAX_ADJUNCT_TOKENS, len(tokens) - 1))
                     if tokens[m].lower == "that" and tokens[m - 1].text == ","), None)
        if that is not None:
            k = that + 1
    if k < len(tokens) and tokens[k].lower == "that" and not _demonstrative_subject(tokens, k) \
            and not _demonstrative_object_of_a_naming_cue(entry, tokens, k):
        # "said that the plan ...", but "said that was not her view": a pronoun; so too before a
        # modal or a finite auxiliary (rule `that_before_a_modal_is_the_subject`)
        k += 1
        if k + 1 < len(tokens) and tokens[k].text in (":", ","):
            # Rule `colon_after_that_is_no_content` (web test s14, K8): 'adds that: "Estimates ..."'; so
            # too the comma before an aside that opens the clause: "said that, if elected, he would ..."
            k += 1
    return k


MAX_COUNTED_TIME_LEADS = 2  # "more than", "almost"


def _counted_time_ago_end(tokens: Sequence[Token], k: int) -> int:
    """Rule `counted_time_ago_before_that_is_no_content` (qa69b-s26, CNN dev
    969 s3: "the two physicists who predicted almost 50 years ago that the
    particle existed" began the claim "almost 50 years ago that"): a count,
    or "a", perhaps after a lead of a share ("almost", "more than":
    claim_grammar.txt share_leads), a time unit (or "decade") and "ago" say when the source spoke, as "last
    week" does (rule `time_before_that_is_no_content`, which then applies);
    the index right of "ago", or `k` when no such time starts at `k`. "said
    50 years was too long" (no "ago") opens no time."""
    m = k
    while m < len(tokens) and m - k < MAX_COUNTED_TIME_LEADS and tokens[m].lower in SHARE_LEADS \
            and tokens[m].lower not in ARTICLES:
        m += 1
    if m + 2 < len(tokens) and (is_count(tokens[m]) or tokens[m].lower in ("a", "an")) \
            and tokens[m + 1].lower in TIME_UNITS | {"decade", "decades", "century"} \
            and tokens[m + 2].lower == "ago":
        return m + 3
    return k


def opens_a_noun_apposition(word: str) -> bool:
    """A first word (lower case) that opens a noun apposition after a name:
    an article or a noun of people ("Gary Leff, the cofounder of ...,",
    "Ann Smith, consultant at ..."). The one reading of it for rules.py's
    subject (`pair_with_appositions_is_one_source`) and speakers.py's source
    of a pair (`_pair_past_their_ages`)."""
    return word in ARTICLES or is_people_noun(word)


def is_year(word: str) -> bool:
    """ "said in 2010 that ...", "In 2016 Dion revealed": a year (19xx, 20xx) is a circumstance of time;
    the one year test of the claims tagger."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


YEAR_LABEL_LIST = (2, 4)  # "2003: Tenants, nonprofit allege ...": the first and last token of the list


def is_list_under_a_year_label(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Rule `headline_list_under_a_year_label_is_one_source` (junk-s22, QA
    round 59, 639 s30: the timeline line "2003: Tenants, nonprofit allege
    housing discrimination." showed the source "nonprofit"): under a year
    and a colon opening the sentence, a headline's subject is a list of bare
    words with a comma for "and"; tokens `first`..`last` are one word, a
    comma and one word right after the label. Not a fronted phrase or word
    ("2003: In Texas, tenants allege", "2003: Still, tenants allege")."""
    if (first, last) != YEAR_LABEL_LIST or len(tokens) <= last or not is_year(tokens[0].lower) \
            or tokens[1].text != ":" or tokens[3].text != "," or not tokens[4].is_word:
        return False
    listed = tokens[2]
    word = listed.lower
    return listed.is_word and listed.is_capitalised and word not in PREPOSITIONS and word not in TIME_WORDS \
        and not word.endswith("ly") and word not in ADVERB_AUXILIARIES \
        and word not in SENTENCE_ADVERBS and word not in SENTENCE_CONJUNCTIONS


def has_words(view: SentenceView, first: int, last: int) -> bool:
    return any(t.is_word for t in view.tokens[first : last + 1])


END_ORNAMENTS = grammar("end_ornaments")


def trailing_end(view: SentenceView, last: int) -> int:
    """End offset of content ending at token `last`, without the sentence's
    own final punctuation (kept when a quotation closes after it), nor an
    in-text reference (`in_text_reference_is_no_content`)."""
    tokens = view.tokens
    while last > 0 and tokens[last].text in END_ORNAMENTS:
        # Rule `end_ornament_is_no_content` (late2 s16: 'replied, “Shit, man, I ain’t never read that
        # book.” ❖' kept the page's end mark in the quotation): the content ends before it
        last -= 1
    while last >= 0 and tokens[last].text in (".", ",", ";", ":") and not _quote_after(view, last):
        last -= 1
    reference = _in_text_reference_start(view, last)
    if reference is not None:
        last = reference - 1
        while last >= 0 and tokens[last].text in (".", ",", ";", ":") and not _quote_after(view, last):
            last -= 1
    return tokens[max(last, 0)].end


# An author-year reference in brackets: "(Copernicus Climate Change Service, 2023)", "(Smith et
# al., 2021; Lee, 2019a)"; the author is words without digits, so a date ("(Jan. 5, 2023)") and a
# bracket with no comma before its year ("(May 2020)", "(up from 1.2°C in 2020)") are no references
IN_TEXT_REFERENCE = re.compile(
    r"\(\s*[A-Z][A-Za-z&.'\u2019\- ]*,\s+(?:1[89]|20)\d\d[a-z]?"
    r"(?:\s*;\s*[A-Z][A-Za-z&.'\u2019\- ]*,\s+(?:1[89]|20)\d\d[a-z]?)*\s*\)"
)


def _in_text_reference_start(view: SentenceView, last: int) -> int | None:
    """Rule `in_text_reference_is_no_content` (web test s14, K8: "Samantha
    Burgess confirms ... by 1.43°C (Copernicus Climate Change Service,
    2023)." kept the reference in the claim): an author-year reference in
    brackets at the end of the content tells the reader where the writer
    found the figure; it is no part of what the source said. The token of
    its opening bracket, or None. "(International Monetary Fund)" (no
    year) and "(up from 1.2°C in 2020)" stay."""
    tokens = view.tokens
    if last < 1 or tokens[last].text != ")":
        return None
    opening = next((m for m in range(last - 1, -1, -1) if tokens[m].text in "()"), None)
    if opening is None or opening == 0 or tokens[opening].text != "(":
        return None
    found = IN_TEXT_REFERENCE.fullmatch(view.text, tokens[opening].start, tokens[last].end)
    return opening if found is not None else None


def _quote_after(view: SentenceView, k: int) -> bool:
    return k + 1 < len(view.tokens) and view.tokens[k + 1].text in QUOTE_MARKS


def starts_new_cue(view: SentenceView, k: int, cue_starts: set[int]) -> bool:
    """The right-hand side is a separate attribution: ", adding that ...",
    "and then said". A cue word that opens the content as a noun ("said praise
    from Putin would not ...") does not count."""
    tokens = view.tokens
    first = k
    while k < len(tokens) and tokens[k].lower in ("and", "also", "then", "while"):
        k += 1
    # "according" (of "according to") right after "that" ends in "-ing" but opens a phrase inside
    # the that-clause, no new clause: "said that according to his sources, the leaflets ..." (rule
    # `according_to_inside_a_reported_clause_is_nested`); "asked, according to a transcript." stays
    participle = k < len(tokens) and tokens[k].lower.endswith("ing") and not (
        tokens[k].lower == "according" and _after_that(tokens, k))
    return k in cue_starts and (k > first or participle)


def _after_that(tokens: Sequence[Token], k: int) -> bool:
    """Token `k` comes right after "that" or "that,"."""
    before = k - 2 if k > 1 and tokens[k - 1].text == "," else k - 1
    return before >= 0 and tokens[before].lower == "that"


CONTENT_OPENING_CONNECTIVES = grammar("content_opening_connectives")
SO_DEGREE_HEADS = grammar("so_degree_heads")


def left_content(view: SentenceView, boundary: int) -> tuple[int, int] | None:
    """Character span of the content before a comma, quote or dash at token
    `boundary`, from the sentence start."""
    tokens = view.tokens
    last = boundary
    while last >= 0 and (tokens[last].text in (",", ":") or tokens[last].text in DASHES):
        last -= 1
    if last < 0 or not has_words(view, 0, last):
        return None
    first = after_dateline(view)
    if first >= last:
        first = 0
    while first < last and (tokens[first].lower in ("and", "but", "so") or tokens[first].text in (",", "(")
                            or tokens[first].text in DASHES):
        if tokens[first].lower == "so" and tokens[first + 1].lower in SO_DEGREE_HEADS:
            break  # rule `so_of_a_degree_phrase_stays`: "so far" is no joiner
        # "And, on October 13, Israel warned": not ", on October 13"; nor "-- Al-Assad's"; nor the
        # bracket that opens a sentence written as an aside: "(On the other hand, he added that, ...)"
        first += 1
    if first + 2 < last and tokens[first].lower in CONTENT_OPENING_CONNECTIVES and tokens[first + 1].text == ",":
        first += 2  # rule `connective_opens_no_content`: "Moreover, a hard time ..., according to estimates"
    first = _inside_an_open_bracket(tokens, first, last)
    return tokens[first].start, tokens[last].end


def _inside_an_open_bracket(tokens: Sequence[Token], first: int, last: int) -> int:
    """Rule `bracketed_quotation_is_the_content`: '... and minimized his
    weaknesses ("Avoid closeups," wrote Treleaven in one memo).': a bracket
    opened before the attribution and not closed is where its content
    starts; the writer's words before it are not the memo's. `first`
    otherwise."""
    for k in range(last, first - 1, -1):
        if tokens[k].text == ")":
            return first
        if tokens[k].text == "(" and k < last:
            inside = tokens[k + 1 : last + 1]
            # a clause or a quotation ("at one point as low as 19%, Gutin says" is a fragment)
            clause = inside[0].text in QUOTE_MARKS or inside[0].lower in BRACKET_CLAUSE_OPENERS \
                or has_finite_verb(inside)
            return k + 1 if clause else first
    return first


def after_dateline(view: SentenceView) -> int:
    """Rule `dateline_is_no_content`: the first token after a dateline that
    opens the sentence ("SOUTHWEST MIAMI-DADE, FLA. (WSVN) -", "WASHINGTON
    (AP) \u2014", "London (CNN) -- ", rule `wire_tag_dateline`; "Washington
    The ...", glued to the first sentence, rule `glued_dateline_is_no_content`).
    Read by the one reader of a dateline, cleanup's `dateline_length` (as the
    summary and the brief read it). 0 when there is none."""
    if not view.tokens:
        return 0
    window = view.text[view.start : min(view.end, view.start + DATELINE_WINDOW)]
    length = dateline_length(window, opens_body=view.index == 0)
    if not length:
        return 0
    return next((k for k, token in enumerate(view.tokens) if token.start >= view.start + length), 0)


def _opens_a_sentence(text: str, at: int) -> bool:
    """Only blanks stand between character `at` and the text's start, a line
    break or a sentence's (or a colon's) end."""
    k = at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in ".!?:\n"


# An apostrophe between two letters ("night's", "don't", "O'Brien") belongs to its word
WORD_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['\u2019](?=[^\W\d_])")


def holds_a_quotation_mark(text: str) -> bool:
    """Rule `word_apostrophe_is_no_quotation_mark`: a mark that could open or
    close a quotation stands in `text`; the apostrophe inside a word is none
    (QA round 46, 392 s20: "Two weeks before Monday night's debate, in a
    speech at ..., Romney said the ..." read the fronted time as content)."""
    text = WORD_INNER_APOSTROPHE.sub("", text)
    return any(mark in text for mark in QUOTE_MARKS)


# pronouns in -thing that open a subject, never a participle ("Everything they do is ...")
THING_PRONOUNS = grammar("thing_pronouns")


MAX_CLAUSE_AFTER_A_FRONTED_TIME = 10  # "the bullying began"


def _clause_after_a_fronted_time(view: SentenceView, span: tuple[int, int]) -> bool:
    """Rule `clause_after_a_fronted_time_is_content` (qa68c-s25, QA round 68,
    220 s12: "In November 2012, the bullying began, Judd said, and it
    expanded beyond ..." gave Judd only "and it expanded ..."): a fronted
    time phrase (a preposition and a year, a month or a time word) and its
    comma, then a clause with a subject and a finite verb, is content, as
    the clause alone would be ("The bullying began in 2012, Judd said, and
    it grew"). Kept adverbial: "In a recent interview" (no comma, no
    clause) and "In 2010, when he arrived" (a subordinate clause)."""
    tokens = view.tokens_within(*span)
    comma = next((m for m, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma < 2 or comma + 2 >= len(tokens) or view.quotes.covering(tokens[comma].start) is not None:
        return False
    fronted = tokens[1:comma]
    if not any(is_year(t.lower) or t.lower in MONTHS or t.lower in TIME_WORDS for t in fronted):
        return False
    rest = tokens[comma + 1 :]
    if len(rest) > MAX_CLAUSE_AFTER_A_FRONTED_TIME or any(t.text == "," for t in rest):
        return False  # "In around June 2010, bin Laden wrote to ..., then ...": a longer sentence, no telling
    return all(t.is_word for t in rest) and clause_after_a_fronted_comma(rest, verb_may_end_it=True)


def clause_after_a_fronted_comma(rest: Sequence[Token], verb_may_end_it: bool) -> bool:
    """The words `rest` after a fronted phrase's comma read as a clause of
    their own, the core that rules `clause_after_a_fronted_time_is_content`
    (here) and `clause_after_a_fronted_phrase_is_content` (claims.rules)
    share: a first word that is no subordinator, preposition or relative
    ("In 2010, when he arrived", "In 2010, in the elections" stay phrases),
    then, after it, a finite verb (`has_finite_verb`, `finite_by_form`) or
    an irregular past of past_verbs ("the bullying began", "Siri uses
    technology"). The verb may be the last word only when `verb_may_end_it`
    (a span that ends before the cue); else it stands before its object
    ("For years, the company's products" has none)."""
    if not rest or rest[0].lower in SUBORDINATORS or rest[0].lower in PREPOSITIONS or rest[0].lower in RELATIVES:
        return False
    verbs = rest[1:] if verb_may_end_it else rest[1:-1]
    return has_finite_verb(verbs) or any(t.lower in PAST_VERBS or finite_by_form(t) for t in verbs)


def left_is_content(view: SentenceView, span: tuple[int, int]) -> bool:
    """Rule `fronted_content`: what precedes a comma-separated subject is content
    when it is a quotation or a clause, not an adverbial ("In a recent
    interview, Stoltenberg outlined ...")."""
    text = view.text[span[0] : span[1]]
    if text[:1] in QUOTE_MARKS and text.rstrip(",. ")[-1:] in QUOTE_MARKS:
        return True
    words = text.split()
    opened = view.quotes.covering(span[0])
    if text.rstrip(",. ")[-1:] in QUOTE_MARKS and opened is not None \
            and _opens_a_sentence(view.text, opened[0]):
        # Rule `short_end_of_a_quotation_is_content`: '"See the perfume. It's so delicate,"
        # Palacios explained, large wine glass in hand.': the end of a quotation that opened a
        # sentence earlier is the speaker's words, however short; not one opened inside the
        # writer's sentence ('to chants of "Marco! Marco!," the senator said his ...')
        return True
    if len(words) < 4:
        return False
    first = words[0].lower().strip("\"'\u201c\u2018,")
    if first.endswith(("ing", "ed")) and text[:1] not in QUOTE_MARKS and first not in THING_PRONOUNS \
            and not _gerund_subject_with_its_verb(view.tokens_within(*span)):
        # a fronted clause: "Speaking in Brussels on Tuesday, Stoltenberg said ..."; not rule
        # `thing_pronoun_is_no_participle` (QA round 47, 541 s21: "Everything North Koreans do
        # online is tied to their identity, Lee said, so ..." lost its fronted claim)
        return False
    if first in PREPOSITIONS and _clause_after_a_fronted_time(view, span):
        return True
    if first in PREPOSITIONS or first in SUBORDINATORS or first in ("within", "amid", "despite"):
        return False
    if words[-1].lower().strip(",") in ("aside", "apart"):
        return False  # "But, his inflammatory prose aside, Hitler believed ...": an adverbial
    if view.quotes.covering(span[0]) is not None:
        return True  # inside a quotation opened earlier: the speaker's words
    # rule `fronted_circumstance_is_no_content`: "Meanwhile, speaking to ...", "Later in the
    # broadcast", "Soon after X was booed Monday", "Moreover, despite ...", "A week after ..."
    if first in FRONTED_LEADS or first in FRONTED_OPENERS or first in TIME_WORDS or first in SENTENCE_ADVERBS:
        return False
    if any(mark in text for mark in QUOTE_MARKS) or view.quotes.covering(span[0]) is not None:
        return True
    time_before = len(words) > 2 and words[1].lower() in ("after", "before", "later", "earlier", "ago")
    return not (is_adverb(first) or time_before)  # "A week after ...", "Shortly ..."


# words that end a gerund subject before its verb, a clause opening there (rule
# `gerund_subject_with_its_verb_is_content`)
GERUND_SUBJECT_BREAKS = SUBORDINATORS | RELATIVES | SUBJECT_PRONOUNS | QUESTION_WORDS


def _gerund_subject_with_its_verb(tokens: Sequence[Token]) -> bool:
    """Rule `gerund_subject_with_its_verb_is_content` (QA round 60, 809 s9:
    "Cleaning up the area could take weeks, he said, because ..." kept only
    the reason): a fronted "-ing" word is a gerund subject, not a
    circumstance ("Speaking in Brussels on Tuesday, Stoltenberg said"), when
    a finite auxiliary or modal ("could", "is") follows it in the same
    clause, with no comma, subordinator, relative or pronoun before that
    verb ("Knowing that it would fail, he said" stays a circumstance), and
    with words after it: "Accepting the job was, as he puts it, a
    no-brainer" ends in its verb, whose complement follows the source."""
    if not tokens or not tokens[0].lower.endswith("ing"):
        return False
    for k, token in enumerate(tokens[1:-1], 1):
        if not token.is_word or token.lower in GERUND_SUBJECT_BREAKS:
            return False
        if token.lower in FINITE_AUXILIARIES:
            return any(t.is_word for t in tokens[k + 1 :])
    return False


def that_noun_clause(view: SentenceView, span: tuple[int, int]) -> bool:
    """Rule `that_noun_opens_a_clause`: "That plane was also coming from
    Karachi when it crashed, officials said at the time.": "That" before a
    lower-case noun (no pronoun, article or verb) is a determiner, and the
    clause it opens may be the officials' claim (rules.py reads it so only
    when the cue ends the sentence with a venue or time); "That the plan
    failed, ..." and "That he lied ..." keep "that" a subordinator."""
    words = view.text[span[0] : span[1]].split()
    if len(words) < 4 or words[0].lower() != "that" or not words[1].isalpha() or not words[1].islower():
        return False
    second = words[1]
    return second not in pronouns() and second not in ARTICLES and second not in FINITE_AUXILIARIES \
        and (second,) not in cue_forms() and second not in PREPOSITIONS and has_finite_verb(view.tokens_within(*span))


def verb_adverb(word: str) -> bool:
    """An adverb that may stand before a verb: "further", "also", "quickly"."""
    return word in ADVERB_AUXILIARIES or is_adverb(word)


def list_comma_before(view: SentenceView, k: int) -> int | None:
    """The comma at token `k` that may part two predicates ("..., denounced"),
    also inside a closing quotation ('as "terrible," denounced'); None when
    `k` is no such comma."""
    tokens = view.tokens
    if k < 2:
        return None
    if tokens[k].text in QUOTE_MARKS and tokens[k - 1].text == ",":
        return k - 1
    if tokens[k].text == "," and view.quotes.covering(tokens[k].start) is None:
        return k
    return None


# words that open a clause with a subject of its own inside a list item ("as" and "that" open
# none: 'summed up Clinton as "terrible,"', 'proposed that more forces be left in Iraq,')
LIST_BREAKERS = (SUBORDINATORS | RELATIVES) - {"as", "that", "and", "or", "than"}


def source_ends_after(view: SentenceView, k: int) -> bool:
    """A source noun phrase from token `k` that a comma, a relative or the
    sentence's end follows: the inverted source of a cue before it ("...,
    said an American official who was briefed ..."), not the subject of a
    reported clause ("..., said the plan would fail"); never a subject
    pronoun ("..., said she would run")."""
    tokens = view.tokens
    if k >= len(tokens) or tokens[k].lower in SUBJECT_PRONOUNS:
        return False
    last = np_right(view, k)
    if last is None or not looks_like_source(view, k, last):
        return False
    return last + 1 >= len(tokens) or not tokens[last + 1].is_word or tokens[last + 1].lower in RELATIVES


MAX_WITH_ABSOLUTE_TOKENS = 30  # "with John Brennan, the president's top counterterrorism adviser,"


def with_absolute(view: SentenceView, first: int) -> tuple[int, int, int] | None:
    """Rule `with_absolute_names_the_speaker`: "..., with John Brennan, the
    president's top counterterrorism adviser, saying the strikes are
    lawful": the noun phrase after "with" (and its apposition) speaks, not
    the sentence's subject. Returns the "with", and the first and last
    tokens of its noun phrase, for the participle at `first`."""
    tokens = view.tokens
    for w in range(first - 1, max(first - MAX_WITH_ABSOLUTE_TOKENS, 0) - 1, -1):
        if tokens[w].lower != "with":
            continue
        if w == 0 or not (tokens[w - 1].text == "," or tokens[w - 1].text in DASHES):
            return None  # "Obama met with Netanyahu, ..., saying": the object of "met with", not an absolute
        if share_of_a_group(view, w + 1, first - 1):
            return w, w + 1, first - 1  # "..., with three in 10 saying ...": a share of those polled
        last = np_right(view, w + 1)
        if last is None or not looks_like_source(view, w + 1, last):
            return None
        after = last + 1
        if after == first:
            return w, w + 1, last
        apposition = tokens[after].text == "," and tokens[first - 1].text == "," and after < first - 1
        if apposition and not any(t.text in QUOTE_MARKS for t in tokens[after:first]):
            return w, w + 1, last  # an apposition between the name and the participle
        return None
    return None


def lists_predicates(view: SentenceView, verb: int, comma: int, cue_first: int, cue_last: int, closed: bool) -> bool:
    """Rule `listed_predicate_shares_the_subject` (the list): the past verb at
    `cue_first` after the `comma` is an item of a list of predicates that
    `verb` opens ("summed up ..., denounced ... and said", "urged ...,
    proposed ..., and pushed"): the list closes with "and" and a past verb,
    the cue's own "and" (`closed`) or one after it; no finite verb of
    another clause stands between `verb` and the comma ("said a man entered
    the store, fled and told ...": the list may be the man's), nor a
    subordinator, relative or subject pronoun that opens one ("while Mike
    Huckabee, the former governor, proposed", "and he, once again,
    pledged"); and the cue is
    not a modifier of the noun before the comma ("the plan, approved in May
    and signed in June,": a preposition or "by" right after it)."""
    tokens = view.tokens
    if not is_past(tokens[cue_first]):
        return False
    after_cue = tokens[cue_last + 1].lower if cue_last + 1 < len(tokens) else ""
    if after_cue in PREPOSITIONS or after_cue == "by":
        return False
    for m in range(verb + 1, comma):
        token, before = tokens[m], tokens[m - 1]
        if view.quotes.covering(token.start) is not None:
            continue
        if token.lower in LIST_BREAKERS or token.lower in SUBJECT_PRONOUNS:
            return False  # "..., while Mike Huckabee, the former governor, proposed": another clause's subject
        if not is_past(token):
            continue
        if before.text == "," or before.lower in ("and", "to") or before.lower in AUXILIARIES \
                or before.lower in DETERMINERS or verb_adverb(before.lower):
            continue  # another item of the list, a participle after "be"/"have", an adjective
        return False
    for m in range(cue_last + 1, len(tokens) - 1):
        if closed:
            break
        if tokens[m].lower != "and" or view.quotes.covering(tokens[m].start) is not None:
            continue
        after = m + 1
        while after < len(tokens) - 1 and verb_adverb(tokens[after].lower):
            after += 1
        closed = is_past(tokens[after])
    return closed


def cue_flags(word: str) -> frozenset[str]:
    """The flags of the one-word cue `word` ("said": invert, passive), none for another word."""
    entry = cue_forms().get((word,))
    return entry.flags if entry is not None else frozenset()


CONDITION_OPENERS = grammar("condition_leads")
NOUN_CUE_OBJECT_PREPOSITIONS = grammar("noun_cue_object_prepositions")


def _inside_a_condition(tokens: Sequence[Token], start: int, joiner: int) -> bool:
    """Rule `joined_cue_inside_a_condition_stays_content` (session 14, QA
    round 42, 565 s25: "She said if someone looked up at a starry sky and
    wondered how many of the stars have planets, the answer would be ..."
    gave the content "if someone looked up at a starry sky"): "and" at
    `joiner` joins two verbs of a condition that "if" or "unless" opens in
    the content (one finite verb between, no comma): the cue after it is
    the condition's, and the claim runs on to its main clause."""
    for m in range(joiner - 1, start - 1, -1):
        token = tokens[m]
        if not token.is_word:
            return False
        if token.lower in CONDITION_OPENERS:
            # one verb only: "if the vote failed she would resign and added ...": the condition
            # ended at "she", and "added" is the speaker's again
            return sum(finite_by_form(t) or t.lower in SUBJECT_PRONOUNS for t in tokens[m + 1 : joiner]) == 1
    return False


def before_a_who_clause_that_speaks(view: SentenceView, start: int, end: int, cue_starts: set[int]) -> int:
    """Rule `who_clause_that_speaks_is_its_own_claim` (recall-s21: "Ted Cruz
    endorses Trump, who says he is honored", "Cruz praised Trump, who said he
    was honored"): a content that ends with ", who" and a finite cue of its
    own (a word that is always a cue, not a +source one such as "refused" or
    "called"; outside quotations, running to the end of the sentence) ends before
    that comma: the person the relative clause is about said the rest, and
    that is their claim, not a part of this one. Not a who-clause with a
    clause after it ("Smith said Jones, who denied the charges, would
    resign": the cut would leave "Jones"), nor one whose cue has a subject of
    its own ("Jones, who he said was late")."""
    tokens = view.tokens
    for c in sorted(m for m in cue_starts if start < m <= end):
        if tokens[c].lower.endswith("ing") or view.quotes.covering(tokens[c].start) is not None:
            continue
        k, passive = skip_auxiliaries_left(view, c - 1)
        if passive or k - 1 <= start or tokens[k].lower != "who":
            continue
        entry = cue_forms().get((tokens[c].lower,))
        if entry is None or entry.needs_source_check:
            continue  # "his mother, Lucille, who refused to leave ...": an act, still part of the claim
        compared = _compared_share_end(view, start, k, cue_starts)
        if compared is not None:
            return compared  # rule `compared_share_who_speaks_is_no_content`
        if tokens[k - 1].text != ",":
            continue
        if any(t.text == "," and view.quotes.covering(t.start) is None for t in tokens[c + 2 : end + 1]):
            continue
        if not _clause_or_quotation_after(view, c, end):
            continue  # rule `who_clause_speaks_only_with_a_clause`: "who had condemned homosexuality"
        return k - 2
    return end


SHARE_COMPARISON_LEADS = grammar("share_comparison_leads")
MAX_SHARE_COMPARISON_LEADS = 3  # ", a drop from 76 percent who said"
MAX_COMPARED_SHARE_TOKENS = 8  # "the 23 percent of Republican primary voters who"


def compared_share(view: SentenceView, start: int, who: int) -> tuple[int, int] | None:
    """Rule `compared_share_who_speaks_is_no_content` (polls-s24, PolNeAR
    train: "46 percent of voters said yes, compared with 23 percent who said
    using a private server was improper but not illegal" gave the 46 percent
    the other group's answer): a share of people ("23 percent", "the 23
    percent of Republicans", "more than 4 in 10") right before the "who" at
    `who`, that a comma and comparing words after token `start`
    (share_comparison_leads: "compared with", "versus", "a drop from") set
    against the share before, is another group: (the comma, the share's
    first token), else None ("said 23 percent who voted agreed" has no
    comparison; "compared with other plans that" no share). The share is a
    short phrase of words alone, nearest the "who" ("..., with 47 percent of
    Cuban Americans saying ... from only 15 percent and another 12 percent
    who say" is no share of 47 percent running on to the "who")."""
    tokens = view.tokens
    # the share's first word: the walk left would run on over "with" into "compared with 23 percent"
    share = next((j for j in range(who - 1, max(start, who - 1 - MAX_COMPARED_SHARE_TOKENS), -1)
                  if tokens[j - 1].lower in SHARE_COMPARISON_LEADS
                  and tokens[j].lower not in SHARE_COMPARISON_LEADS - SHARE_LEADS
                  and all(t.is_word or t.text == "%" for t in tokens[j:who])
                  and share_of_a_group(view, j, who - 1)), None)
    if share is None:
        return None
    comma = share - 1
    while comma > start and share - comma <= MAX_SHARE_COMPARISON_LEADS \
            and tokens[comma].lower in SHARE_COMPARISON_LEADS:
        comma -= 1
    if comma == share - 1 or comma <= start or tokens[comma].text != "," \
            or view.quotes.covering(tokens[comma].start) is not None:
        return None
    return comma, share


def _compared_share_end(view: SentenceView, start: int, who: int, cue_starts: set[int]) -> int | None:
    """Rule `compared_share_who_speaks_is_no_content`, the content's side:
    the content ends before the comma of a compared share (`compared_share`)
    and the share's who-clause is that group's own claim. Not when the
    content itself reports a share speaking ("The poll found 46 percent said
    yes, compared with 23 percent who said ..."): the comparison is then
    part of what the content reports of both shares; a cue of the first
    share's own ("Almost half said they wanted a nominee ..., compared with
    four in 10 who said ...": "wanted") is no such report."""
    compared = compared_share(view, start, who)
    if compared is None:
        return None
    comma = compared[0]
    if any(_share_speaks_at(view, start, c) for c in cue_starts if start < c < comma):
        return None
    return comma - 1


def _share_speaks_at(view: SentenceView, start: int, cue: int) -> bool:
    """A share of people ("46 percent", "most voters" is none) as the
    subject of the cue at `cue`, inside a content that opens at `start`,
    outside quotations."""
    if view.quotes.covering(view.tokens[cue].start) is not None:
        return False
    first = np_left(view, cue - 1)
    return first is not None and first >= start and share_of_a_group(view, first, cue - 1)


MAX_SHARE_TOKENS = 6  # "more than four out of ten", "the 23 percent"


def before_a_share_compared_with_a_shares_claim(view: SentenceView, start: int, end: int,
                                                cue_starts: set[int]) -> int:
    """Rule `compared_share_is_no_part_of_a_shares_claim` (polls-s25; CNN
    dev 255 s9: "29% of the moms said they became breadwinners by choice,
    versus 71% who fell into the role by circumstance" gave the 29 percent
    the other moms' answer; PolNeAR train nyt 2015-11-13 s9: "26 percent of
    Democrats say they have not been paying much attention, compared with 11
    percent of Republican primary voters"): the claim of a share of people
    polled ends before a comma and comparing words
    (share_comparison_leads) that open another share: the comparison is the
    writer's or the poll's, no part of what the first share said. Not when
    the speaker is no share ("Another poll found 53% of Americans
    disapprove, compared with 42% who approve": the poll found both; "Sales
    rose 5 percent, compared with 3 percent last year, the company said")."""
    tokens = view.tokens
    if not _share_speaks_right_before(view, start, cue_starts):
        return end
    for comma in range(start + 1, end):
        if tokens[comma].text != "," or view.quotes.covering(tokens[comma].start) is not None:
            continue
        j = comma + 1
        while j <= end and j - comma <= MAX_SHARE_COMPARISON_LEADS and tokens[j].lower in SHARE_COMPARISON_LEADS \
                and tokens[j].lower not in SHARE_LEADS:
            j += 1
        if j == comma + 1 or j > end:
            continue
        if any(share_of_a_group(view, j, last) for last in range(j, min(j + MAX_SHARE_TOKENS, end + 1))
               if all(t.is_word or t.text == "%" for t in tokens[j : last + 1])):
            return comma - 1
    return end


def _share_speaks_right_before(view: SentenceView, start: int, cue_starts: set[int]) -> bool:
    """For rule `compared_share_is_no_part_of_a_shares_claim`: the content at
    `start` follows a one-word cue (and a "that") whose subject is a share
    of people ("29% of the moms said", "with 50 percent saying")."""
    tokens = view.tokens
    cue = start - 2 if start >= 2 and tokens[start - 1].lower == "that" else start - 1
    if cue < 1 or cue not in cue_starts or view.quotes.covering(tokens[cue].start) is not None:
        return False
    first = np_left(view, cue - 1)
    if first is None:
        return False
    if tokens[first].lower in PREPOSITIONS and first < cue - 1:
        first += 1  # "with 50 percent saying"
    return share_of_a_group(view, first, cue - 1)


def _clause_or_quotation_after(view: SentenceView, cue: int, end: int) -> bool:
    """Rule `who_clause_speaks_only_with_a_clause` (leftovers-s21, PolNeAR
    train nyt_2016-09-07 phyllis-schlafly s27: "refused to repudiate
    Republican politicians, like Pat Robertson, who had condemned
    homosexuality" was cut before the who-clause): the who-clause is its own
    claim only when its cue takes a clause ("who says he is honored", "who
    said that ...") or a quotation; a cue with an object only ("who had
    condemned homosexuality", "who denied everything") is an act told of the
    person, part of the outer claim."""
    tokens = view.tokens
    after = tokens[cue + 1 : end + 1]
    if not after:
        return False
    if after[0].lower == "that" or any(t.text in QUOTE_MARKS for t in after):
        return True
    return has_finite_verb(after) or any(finite_by_form(t) for t in after)


def gerund_item_of_an_including_list(tokens: Sequence[Token], k: int) -> bool:
    """Whether token `k`, an -ing word after a comma, is one more item of a
    list that "including" opens with a gerund ("including counseling,
    reporting the harassment ..., even removing ..."): an act listed, no
    participle of a speaker (junk.py rule `gerund_in_an_including_list_is_no_cue`;
    rule `listed_gerund_ends_no_content` of `content_last`)."""
    if k < 3 or not tokens[k].lower.endswith("ing") or tokens[k - 1].text != ",":
        return False
    including = next((m for m in range(k - 2, max(k - 8, -1), -1) if tokens[m].lower == "including"), None)
    if including is None or not tokens[including + 1].lower.endswith("ing"):
        return False
    return all(t.is_word or t.text == "," for t in tokens[including + 1 : k - 1])


ATTEMPT_VERBS = grammar("attempt_verbs")
MAX_ATTEMPT_CHAIN_TOKENS = 12  # "trying to use the suspect's foreign birth and immigration to imply"
ATTEMPT_CHAIN_BREAKS = frozenset({",", ";", ":", "that", "and", "but", "or", "while", "because"})


def ends_an_attempt_chain(view: SentenceView, k: int) -> bool:
    """Whether the cue at token `k`, right after "to", ends a chain of
    infinitives opened by an attempt that a preposition governs (claim_grammar.txt
    attempt_verbs in -ing: "accused prosecutors of trying to use the
    suspect's birth and immigration to imply ...", "criticized for seeking
    to use X to suggest ..."): the one who tried is that phrase's, another
    cue's object, not the sentence's subject. No clause break (a comma,
    "that", a joiner other than "and" between two nouns of one object) on
    the way back. A finite attempt ("the zoo industry has sought to
    reinvent itself to suggest that ...") is the subject's own
    (`purpose_cue_after_an_effort_speaks`). Rules
    `infinitive_cue_of_an_attempt_is_no_claim` (no_claims.py) and
    `next_attribution_ends_content` (`content_last`)."""
    tokens = view.tokens
    if k < 4 or tokens[k - 1].lower != "to":
        return False
    for m in range(k - 1, max(k - 2 - MAX_ATTEMPT_CHAIN_TOKENS, 1), -1):
        token = tokens[m]
        if token.lower == "to" and tokens[m - 1].lower in ATTEMPT_VERBS:
            return tokens[m - 1].lower.endswith("ing") and tokens[m - 2].lower in PREPOSITIONS
        if token.lower in ATTEMPT_CHAIN_BREAKS and not _joins_an_object(tokens, m, k - 1):
            return False
        if token.text in QUOTE_MARKS or view.quotes.covering(token.start) is not None:
            return False
    return False


def _joins_an_object(tokens: Sequence[Token], m: int, to: int) -> bool:
    """Whether "and" at token `m` joins two nouns of one object between a
    verb and the infinitive's "to" at `to` ("use the suspect's foreign
    birth and immigration to imply"): only noun words in lower case stand
    from it to "to", no verb ("and went on to say"), pronoun, auxiliary or
    preposition."""
    if tokens[m].lower != "and" or to - m > MAX_OBJECT_NOUN_WORDS:
        return False
    between = tokens[m + 1 : to]
    return bool(between) and all(
        t.is_word and not t.is_capitalised and is_noun_word(t.lower) and t.lower not in AUXILIARIES
        and t.lower not in pronouns() and t.lower not in PREPOSITIONS for t in between)


MAX_OBJECT_NOUN_WORDS = 4  # "and immigration", "and his immigration status"


def content_last(view: SentenceView, start: int, cue_starts: set[int]) -> int:
    """Last token of a right-hand content starting at `start`.

    Rule `next_attribution_ends_content`: the content stops before a later
    attribution in the same sentence that is its own clause: ", saying ...",
    "... and said ...", "... while Sanders said ...". A cue after "that" or
    with no joiner stays nested inside the content.
    """
    tokens = view.tokens
    end = _before_writer_gloss(view, start)
    end = _inside_a_dash_pair_end(view, start, end)
    end = _inside_brackets_end(view, start, end)
    end = object_end(view, start, end)
    end = gapped_relative_end(view, start, end)
    end = fronted_clause_end(view, start, end)
    end = infinitive_adjunct_end(view, start, end)
    end = rival_account_end(view, start, end)
    end = before_a_who_clause_that_speaks(view, start, end, cue_starts)
    end = before_a_share_compared_with_a_shares_claim(view, start, end, cue_starts)
    for m in sorted(c for c in cue_starts if start < c <= end):
        k, passive = skip_auxiliaries_left(view, m - 1)
        if k <= start:
            continue
        if passive and tokens[k].lower in CLAUSE_JOINERS - {"and", "but"}:
            # Rule `passive_after_a_joiner_stays`: "denied he had elected to back Qatar after being
            # asked to do so by Sarkozy": no one new speaks; cutting there reverses the denial
            continue
        if tokens[k].lower == "and" and _inside_a_condition(tokens, start, k):
            continue
        if ends_an_attempt_chain(view, m):
            # Rule `infinitive_cue_of_an_attempt_is_no_claim` (issue 9, CNN-Corpus dev 184 s15:
            # "accused prosecutors of trying to use the suspect's foreign birth and immigration to
            # imply ..." stopped at "foreign birth"): the infinitive is part of the attempt, no new clause
            continue
        cut = None
        # ", adding that ...", ", going on to say that ...", and after a closing
        # quotation: '"... successful," adding that ...'
        participle = tokens[m].lower.endswith("ing") or tokens[k + 1].lower == "going"
        after_quote = tokens[k].text in QUOTE_MARKS and k - 1 > start and tokens[k - 1].text == ","
        absolute = with_absolute(view, m) if participle and _speaking_participle(tokens[m]) else None
        if absolute is not None and absolute[0] - 1 > start and not share_of_a_group(view, *absolute[1:]):
            # Rule `with_absolute_is_the_next_speakers`: "defended its use of drones in a rare public
            # statement, with John Brennan, the president's top counterterrorism adviser, saying ...":
            # the "with" phrase opens Brennan's own claim, so the content ends before its comma
            cut = absolute[0] - 1
        elif tokens[k].text == "," and participle and gerund_item_of_an_including_list(tokens, m):
            # Rule `listed_gerund_ends_no_content` (junk-s27, reader round 70, 221 s13: "said all her
            # efforts to halt the bullying -- including counseling, reporting the harassment ..., even
            # removing her daughter from school -- failed to deter the alleged bullies" stopped at
            # "counseling"): a gerund item of an "including" list is no speaker's participle
            continue
        elif (tokens[k].text == "," and participle) or tokens[k].lower in CLAUSE_JOINERS:
            cut = k
        elif list_comma_before(view, k) is not None and not passive \
                and lists_predicates(view, start - 1, k, m, m, closed=False) \
                and not ("invert" in cue_flags(tokens[m].lower) and source_ends_after(view, m + 1)):
            # Rule `listed_predicate_shares_the_subject`: "She urged the administration to join a
            # coalition, proposed that ...": the next predicate of the list is the subject's own
            cut = k + 1 if tokens[k].text in QUOTE_MARKS else k  # a closing quotation stays whole
        elif tokens[k].text == "," and (joined := _joined_name_with_its_apposition(view, start, k)) is not None:
            # Rule `joined_name_with_its_apposition_ends_content` (recall-s25, PolNeAR train: "The White
            # House contends that it is still on track to meet those targets, and Brian Deese, the
            # White House climate change adviser, said he and his staff were preparing models ..."
            # gave the White House Deese's words): a name after ", and" with its apposition between
            # commas opens its own cue's clause
            cut = joined
        elif tokens[k].text == "," and _relative_in_an_apposition(view, start, k, m):
            # Rule `apposition_ends_its_relative_claim`: "McGinniss, criticized by supporters who
            # said he betrayed the doctor, told CNN that ...": the comma closes the apposition,
            # and its subject's own cue follows
            cut = k
        elif tokens[k].text == "," and _participle_in_an_aside(view, start, k, m):
            # Rule `aside_ends_its_participle_claim` (PolNeAR train: "Priebus, in the wake of a new
            # poll showing Trump's standing with Latinos down to 14 percent, told Fox News on Sunday
            # that ..." gave the poll Priebus's words and lost his claim): the comma closes the aside,
            # and its subject's own cue follows
            cut = k
        elif after_quote and participle:
            cut = k + 1
        elif tokens[k].is_word:
            subject = np_left(view, k)
            if subject is not None and subject - 1 > start and tokens[subject - 1].lower == "and" \
                    and any(t.lower in AUXILIARIES for t in tokens[subject : k + 1]) \
                    and _bare_noun_phrase(tokens[start : subject - 1]):
                # Rule `verbless_content_is_no_first_clause`: "said the model and reality TV
                # personality was taken off life support": the walk left from a noun read as a cue
                # ("support") crosses "was taken" to the "and" inside the content's own subject;
                # the words before that "and" are a bare noun phrase, no clause of their own
                subject = None
            if subject is not None and "source" in cue_flags(tokens[m].lower) and m + 1 < len(tokens) \
                    and (not tokens[m + 1].is_word or (tokens[m + 1].lower in NOUN_CUE_OBJECT_PREPOSITIONS
                                                       and _bare_noun_cue_before_for(tokens, m))) \
                    and not looks_like_source(view, subject, k):
                # Rule `ambiguous_cue_needs_its_source_to_end_content` (QA round 47, 945 s5:
                # "including political and diplomatic support." was cut at "and"): a word that
                # is a cue only after a source ("support"), with nothing after it and no source
                # before it ("diplomatic"), is a noun ending the content, no new claim. So is one
                # with its "for" phrase (QA round 56, 947 s25: "... and transferring some Taliban
                # prisoners ... were part of the U.S. support for Afghan reconciliation efforts" was
                # cut at "and"): a verb "support" takes its object with no "for"
                subject = None
            if subject is not None and subject - 1 > start and tokens[subject - 1].lower in CLAUSE_JOINERS:
                cut = subject - 1
            elif subject is not None and subject - 1 > start and (joiner := next(
                    (j for e in range(subject - 1, k) if (j := _joiner_before_a_circumstance(tokens, e)) is not None),
                    None)) is not None and joiner > start:
                # Rule `joined_subject_past_a_reporting_circumstance_ends_content` (recall-s29: "Police
                # said the man was armed, but in a statement his lawyer said he had no gun" gave the
                # police the lawyer's words): the joiner before the circumstance opens the next clause
                cut = joiner
            elif subject is not None and subject - 1 > start and tokens[subject - 1].text in QUOTE_MARKS \
                    and _closes_a_sentence_quotation(view, subject - 1):
                # Rule `answer_after_a_quotation_is_its_own`: 'asked Dion, "...?" the singer
                # answered, "..."': the question ends with its closing mark
                cut = subject
            elif subject is not None:
                # Rule `joined_subject_ends_content`: "admitted to entering ... from the Dominican
                # Republic and the vessel operator admitted to returning ...": the noun-phrase walk
                # joins "Republic and the vessel operator"; after a "to" content (no clause of its
                # own to hold "and the ...") the second subject starts after "and"
                cut = next(
                    (j for j in range(max(subject, start + 1), k) if tokens[j].lower == "and"
                     and tokens[j + 1].lower in ARTICLES and tokens[start].lower == "to"),
                    None,
                )
        if cut is None:
            continue
        if tokens[cut].lower == "and" and cut == k and _in_an_open_subordinate_clause(view, start, cut):
            continue
        if tokens[cut].lower == "and" and cut == k and _last_of_the_contents_predicates(view, start, k, m):
            continue
        if tokens[cut].lower == "and" and _noun_with_its_phrase(tokens[start:cut]):
            continue
        if present_conjunct_of_a_past_content(view, start, cut):
            continue  # "found most voters oppose the plan and want a new vote": one finding
        if tokens[cut].lower in ("and", "or") and _subject_of_an_open_that_clause(view, start, cut):
            continue
        if tokens[cut].lower == "and" and cut == k and _bare_verb_of_a_modal_predicate(view, start, k, m):
            continue
        if _coordinated_gerund(view, start, k, m) or _joined_by_its_auxiliary(tokens, start, cut) \
                or joined_by_its_tense(view, start, cut) is not None or _same_speaker_goes_on(view, start, cut):
            continue
        if tokens[cut].lower in ("and", "or") and _joined_subjects_in_a_relative(tokens, start, cut):
            # Rule `joined_subjects_in_a_relative_clause`: "... as in American universities where
            # 1,300 universities and colleges had reported 130,000 cases": the relative clause and
            # its cue are part of the content
            continue
        if tokens[cut].lower in ("and", "or"):
            # Rule `joined_subjects_in_a_subordinate_clause`: "announced that Nixon would pay back
            # taxes, because the IRS and a congressional committee had found ...": not "because the IRS"
            opener = next((j for j in range(cut - 1, start, -1) if tokens[j].lower in CLAUSE_JOINERS - {"and"}), None)
            if opener is not None and not has_finite_verb(tokens[opener + 1 : cut]):
                cut = opener
        last = cut - 1
        if last > start and tokens[last].lower in JOINER_MODIFIERS and tokens[cut].lower in CLAUSE_JOINERS:
            # Rule `joiner_keeps_its_modifier` (QA round 55, 668 s1: "... stands by her husband, even
            # though he was charged with murder" ended the claim on "even"): "even though", "only if",
            # "just as" open the clause the content stops before, so its modifier goes with it (and
            # the "not" of "not only because ...": "could lose not only because he ..." is no negation)
            last -= 1
            if last > start and tokens[last].lower == "not" and tokens[last + 1].lower == "only":
                last -= 1
        while last > start and (tokens[last].text in {",", ";"} or tokens[last].text in DASHES):
            last -= 1
        if last > start or (last == start and _one_word_before_the_next_predicate(tokens, start, cut, m)):
            return last
    return end


def _one_word_before_the_next_predicate(tokens: Sequence[Token], start: int, cut: int, cue: int) -> bool:
    """Rule `one_word_content_ends_before_the_next_predicate` (recall-s27, PolNeAR
    train: "Warren ... officially endorsed Clinton, saying, "I think ..."" and
    "He endorsed Clinton, but told The Huffington Post ... that he thought
    Sanders would eke out a win" gave one claim "Clinton, saying, ..." and lost
    the second): a content of one word ends before the sentence's next
    predicate when a comma closes that word and the cue follows right after
    the comma (", saying") or after ", and" / ", but" (", but told"), with no
    auxiliary between. Not a word joined to a second subject ("said he and
    his committee will ...", "found fatigue and stress tended to ...": no
    comma) nor ", but has previously dismissed" (whose subject the walk
    cannot tell)."""
    if start + 1 < len(tokens) and cut == start + 1 and tokens[cut].lower in ("and", "but") \
            and _object_then_joined_past_cue(tokens, start, cut, cue):
        return True
    if start + 1 >= len(tokens) or tokens[start + 1].text != ",":
        return False
    if tokens[cut].text == ",":
        return cut == start + 1 and cue == cut + 1
    return tokens[cut].lower in ("and", "but") and cut == start + 2 and cue == cut + 1


def _object_then_joined_past_cue(tokens: Sequence[Token], start: int, joiner: int, cue: int) -> bool:
    """Rule `one_word_object_then_a_joined_past_cue` (PolNeAR train: "Sanders
    claimed momentum and argued he is a stronger general election candidate"
    gave one claim "momentum and argued he is ...", and "Clinton has expressed
    concerns but has said she wants ..." one "concerns but has said ..."):
    one word, then "and" or "but" and the next cue as a finite past ("argued")
    or after its auxiliary ("has said"), is the first cue's object; the next
    predicate is the subject's own claim. Not a word joined to a subject of
    the content ("said fatigue and stress tended to ...": a word between the
    joiner and the cue), nor a noun the cue form may be ("cited research and
    claims that ...", "and reported cases": no finite past)."""
    between = tokens[joiner + 1 : cue]
    if any(t.lower not in AUXILIARIES for t in between):
        return False
    return bool(between) or is_past_verb(tokens[cue])


JOINER_MODIFIERS = grammar("joiner_modifiers")
MAX_JOINED_NAME_WORDS = 4  # "Brian Deese", "Sen. Elizabeth Warren"


def _joined_name_with_its_apposition(view: SentenceView, start: int, comma: int) -> int | None:
    """For rule `joined_name_with_its_apposition_ends_content`: the comma
    right before a cue closes an apposition ("the White House climate change
    adviser") whose own comma follows a capitalised name that ", and" or ",
    but" opens after the content's `start` ("..., and Brian Deese, the White
    House climate change adviser, said"); the "and" or "but", else None.
    "He said the plan, the third this year, failed" (no name, no joiner) is
    left whole."""
    tokens = view.tokens
    if comma - 1 <= start:
        return None
    apposition = np_left(view, comma - 1)
    if apposition is None or apposition - 2 <= start or tokens[apposition - 1].text != ",":
        return None
    name_last = apposition - 2
    j = name_last
    while j > start and tokens[j].is_capitalised and name_last - j < MAX_JOINED_NAME_WORDS:
        j -= 1
    if j == name_last or j - 1 <= start or tokens[j].lower not in ("and", "but") or tokens[j - 1].text != ",":
        return None
    if view.quotes.covering(tokens[j].start) is not None or not looks_like_source(view, j + 1, name_last):
        return None
    return j


def _bare_noun_cue_before_for(tokens: Sequence[Token], m: int) -> bool:
    """For rule `ambiguous_cue_needs_its_source_to_end_content`: the cue at
    `m` is its bare lemma ("support", not "supported", "calling") and no
    cue of two words with the next ("call for"): "support for" is a noun
    and its object."""
    entry = cue_forms().get((tokens[m].lower,))
    return entry is not None and entry.lemma == tokens[m].lower \
        and (tokens[m].lower, tokens[m + 1].lower) not in cue_forms()


# cue classes of a speaker's own words, not a belief or a stance ("with doctors hoping that ...",
# "with 40 percent supporting him": the clause's detail, no claim of their own)
SPEAKING_CUE_CLASSES = frozenset({"neutral", "assertive", "tentative"})


def _speaking_participle(token: Token) -> bool:
    """A participle of a cue of speech with no source check: "saying",
    "telling", "adding", not "hoping", "supporting" or "showing"."""
    entry = cue_forms().get((token.lower,))
    return token.lower.endswith("ing") and entry is not None and entry.cue_class in SPEAKING_CUE_CLASSES \
        and "source" not in entry.flags


MAX_BARE_NOUN_PHRASE_TOKENS = 6  # "the former model"


NOUN_PHRASE_OBJECT_LEADS = frozenset({"with", "of", "from", "among", "between"})


def _noun_with_its_phrase(words: Sequence[Token]) -> bool:
    """Rule `joined_object_of_a_noun_phrase_is_no_new_subject` (QA round 61,
    695 s15: "The report said interviews with petitioners and Falun Gong
    practitioners revealed abuses were continuing" gave the report
    "interviews with petitioners" and made "Falun Gong practitioners" a
    speaker): the content's words before "and" are a noun and its
    prepositional phrase ("interviews with petitioners", "the testimony of
    former guards") with no verb, so "and" joins a second object of that
    phrase, no subject of a clause of its own; the content runs on. "He
    said prices rose and analysts revealed ..." (a verb before "and") is
    still cut."""
    if not 3 <= len(words) <= MAX_BARE_NOUN_PHRASE_TOKENS or has_finite_verb(words):
        return False
    if not all(t.is_word for t in words) or words[0].lower in NOUN_PHRASE_ENDS:
        return False
    inner = [j for j, t in enumerate(words) if t.lower in NOUN_PHRASE_ENDS or t.lower == "to"]
    return len(inner) == 1 and 0 < inner[0] < len(words) - 1 and words[inner[0]].lower in NOUN_PHRASE_OBJECT_LEADS


def _bare_noun_phrase(words: Sequence[Token]) -> bool:
    """For rule `verbless_content_is_no_first_clause`: a few words with no
    verb, preposition, clause word or mark among them ("the model"), not
    "Donald Trump for embracing debt," nor a quotation."""
    return 0 < len(words) <= MAX_BARE_NOUN_PHRASE_TOKENS and not has_finite_verb(words) and all(
        t.is_word and t.lower not in NOUN_PHRASE_ENDS and t.lower != "to" for t in words)


MAX_RELATIVE_CUE_TOKENS = 3  # "who had said that"


def _relative_in_an_apposition(view: SentenceView, start: int, comma: int, cue: int) -> bool:
    """For rule `apposition_ends_its_relative_claim`: the content at `start`
    is said in a relative clause ("who said", "who had said that") inside an
    apposition a comma opened before it, with no comma or quotation between
    that one and the content's `comma`; the finite cue at `cue` after the
    content's comma is then the apposition's subject's ("said to be", a
    participle, stay)."""
    tokens = view.tokens
    if tokens[cue].lower.endswith("ing") or (cue + 1 < len(tokens) and tokens[cue + 1].lower == "to"):
        return False
    if not says_something_soon(view, cue):
        return False  # "Reid, who has long expressed his admiration ..., recently ordered up a legal analysis"
    relative = next((j for j in range(start - 1, max(start - 2 - MAX_RELATIVE_CUE_TOKENS, -1), -1)
                     if tokens[j].lower in ("who", "which")), None)
    if relative is None or relative < 2:
        return False
    if any(not t.is_word and t.text not in (".", "-", "'") for t in tokens[start:comma]):
        return False
    for j in range(relative - 1, -1, -1):
        if tokens[j].text == ",":
            return j > 0 and tokens[j - 1].is_capitalised  # "McGinniss, criticized by ..."
        if not tokens[j].is_word:
            return False
    return False


def _participle_in_an_aside(view: SentenceView, start: int, comma: int, cue: int) -> bool:
    """For rule `aside_ends_its_participle_claim`: the content at `start`
    follows a participle cue ("showing") inside an aside that a comma opened
    right after the sentence's subject, a capitalised name ("Priebus, in the
    wake of a new poll showing ..."), with no comma, bracket or quotation
    between that one and the content's `comma`; the finite cue at `cue`
    after the content's comma that says something soon ("told Fox News
    that") is then the subject's. Kept whole: "He said, citing a poll
    showing X, that ..." (no name before the aside's comma), a participle
    after the content's comma (", adding ..."), "said to be"."""
    tokens = view.tokens
    if start < 3 or not tokens[start - 1].lower.endswith("ing") or tokens[cue].lower.endswith("ing") \
            or (cue + 1 < len(tokens) and tokens[cue + 1].lower == "to") or not says_something_soon(view, cue):
        return False
    if any(not t.is_word and t.text not in (".", "-", "'", "%") for t in tokens[start:comma]):
        return False
    for j in range(start - 2, 0, -1):
        if tokens[j].text == ",":
            return tokens[j - 1].is_capitalised and all(t.is_capitalised and t.is_word for t in tokens[:j])
        if not tokens[j].is_word and tokens[j].text not in ("'s", "\u2019s", "-"):
            return False
    return False


MAX_SAYING_REACH = 12  # "proposes similar language in the national security section of the GOP platform:"


def says_something_soon(view: SentenceView, cue: int, reach: int = MAX_SAYING_REACH) -> bool:
    """A "that", a colon or a quotation follows the token at `cue` before the
    next comma or semicolon, within `reach` tokens."""
    for token in view.tokens[cue + 1 : cue + 1 + reach]:
        if token.text in (",", ";"):
            return False
        if token.lower in ("that", ":") or token.text in QUOTE_MARKS:
            return True
    return False


CONTENT_RELATIVES = frozenset({"where", "which", "who", "whom", "whose"})
CLAUSE_MARKS = frozenset({",", ";", ":"}) | DASHES


def _subject_of_an_open_that_clause(view: SentenceView, start: int, joiner: int) -> bool:
    """Rule `coordinated_subject_is_no_clause_boundary`: "Dyson argues it's
    no coincidence that the most destructive and the most constructive of
    human inventions appeared at the same time": "and" (at token `joiner`)
    inside a "that" clause whose verb has not come yet joins two subjects;
    the claim runs on to the verb. ("urged calm and the minister warned
    ...", with no open "that" clause, still ends before "and".)"""
    tokens = view.tokens
    for j in range(joiner - 1, start - 1, -1):
        if tokens[j].text in CLAUSE_MARKS or tokens[j].text in QUOTE_MARKS:
            return False
        if tokens[j].lower == "that":
            return j + 1 < joiner and tokens[j + 1].lower in DETERMINERS and not has_finite_verb(tokens[j + 1 : joiner])
    return False


def _last_of_the_contents_predicates(view: SentenceView, start: int, joiner: int, cue: int) -> bool:
    """Rule `listed_predicate_of_the_contents_subject`: "Police said a man
    entered the store, threatened the clerk and demanded cash": the content
    at `start` is a clause with its own subject ("a man") whose past verb
    opens a list of predicates ("entered ..., threatened ... and demanded");
    the past cue at `cue` after "and" (token `joiner`) closes that list
    (`lists_predicates`), so it is the content's subject's, inside the claim,
    not a new claim of the cue's speaker. "The mayor said the plan was flawed
    and demanded a review" (no comma-list) still ends before "and"."""
    tokens = view.tokens
    if not is_past(tokens[cue]):
        return False
    last = np_right(view, start)
    if last is None or last + 1 >= joiner:
        return False
    verb = last + 1
    while verb < joiner and verb_adverb(tokens[verb].lower):
        verb += 1
    if verb >= joiner or not is_past(tokens[verb]):
        return False
    for comma in range(verb + 1, joiner):
        if list_comma_before(view, comma) is None or view.quotes.covering(tokens[comma].start) is not None:
            continue
        item = comma + 1
        while item < joiner and verb_adverb(tokens[item].lower):
            item += 1
        return item < joiner and lists_predicates(view, verb, comma, item, item, closed=True)
    return _joined_predicate_of_the_contents_subject(view, start, verb, joiner, cue)


# openers of a newcomer's noun phrase ("a man", "two gunmen", "five men"): claim_grammar.txt
# newcomer_openers and numbers
NEWCOMER_OPENERS = grammar("newcomer_openers") | grammar("numbers")
PRESS_HEARERS = grammar("press_hearers") | {role + "s" for role in grammar("journalist_roles")}


def _addresses_the_press(view: SentenceView, cue: int) -> bool:
    """The cue at `cue` is told to the press: a press hearer (claim_grammar.txt
    press_hearers: "told reporters", "told the media") or a named outlet
    ("told CNN", "told the Associated Press") right after it. Newcomers in a
    news story act; the source is the one who talks to the press."""
    tokens = view.tokens
    k = cue + 1
    if k < len(tokens) and tokens[k].lower == "the":
        k += 1
    return k < len(tokens) and (tokens[k].lower in PRESS_HEARERS or tokens[k].is_capitalised)


def _joined_predicate_of_the_contents_subject(view: SentenceView, start: int, verb: int, joiner: int,
                                              cue: int) -> bool:
    """Rule `joined_predicate_of_the_contents_subject`: "Police said a man
    entered the store and demanded cash": with no comma-list, a content whose
    subject is a newcomer to the story (an indefinite noun phrase: "a man",
    "two gunmen") and whose own verb at `verb` is an active past verb, not
    an auxiliary ("a man was arrested"), tells of that newcomer's acts; the
    past cue after "and" (token `joiner`) is the next of them, not a new
    claim of the cue's speaker. A definite or named subject ("the plan was
    flawed and demanded", "Clinton lied and called for ...") is left to the
    outer speaker: there the second verb is as often the speaker's. So is a
    joined cue told to the press ("Police said a woman stabbed her neighbor
    and told reporters they were still looking for a motive": the police
    told reporters, `_addresses_the_press`)."""
    tokens = view.tokens
    if tokens[start].lower not in NEWCOMER_OPENERS or tokens[verb].lower in AUXILIARIES:
        return False
    if _addresses_the_press(view, cue):
        return False
    return all(t.is_word and view.quotes.covering(t.start) is None and t.lower not in SUBORDINATORS
               and t.lower not in RELATIVES for t in tokens[verb + 1 : joiner])


def _in_an_open_subordinate_clause(view: SentenceView, start: int, joiner: int) -> bool:
    """Rule `second_verb_of_a_subordinate_clause_is_content`: "The Sun
    reported that when a reporter knocked on the door and asked him if he
    could justify his past, "He looked shocked ..."": a cue joined by "and"
    (at token `joiner`) to the verb of a subordinate clause the content
    opened ("when a reporter knocked"), with no comma between, is the
    reporter's second verb inside the content, not a new claim ending it."""
    tokens = view.tokens
    for j in range(joiner - 1, start - 1, -1):
        if tokens[j].text in CLAUSE_MARKS or tokens[j].text in QUOTE_MARKS or tokens[j].text in ("(", ")"):
            return False
        if tokens[j].lower in FRONTED_SUBORDINATORS:
            # its own subject: "when a reporter knocked", not "since announcing his candidacy"
            subject = tokens[j + 1]
            return subject.is_capitalised or subject.lower in DETERMINERS or subject.lower in SUBJECT_PRONOUNS
    return False


def _closes_a_sentence_quotation(view: SentenceView, k: int) -> bool:
    """The mark at token `k` closes a quotation that ends in punctuation
    ('"What are some of the ways?"', '"an orange buffoon,"'), not a
    scare-quoted word ('the "emergency" officials declared')."""
    span = view.quotes.covering(view.tokens[k].start)
    if span is None:
        return False
    quoted = view.text[span[0] : span[1]]
    return quoted.rstrip("\"\u201d'\u2019 ")[-1:] in ".?!,"


def _joined_subjects_in_a_relative(tokens: Sequence[Token], start: int, joiner: int) -> bool:
    """Before `joiner` ("and") a relative word opens a clause that has no
    finite verb yet: "and" joins two subjects of that clause."""
    openers = CONTENT_RELATIVES | CLAUSE_JOINERS
    opener = next((j for j in range(joiner - 1, start, -1) if tokens[j].lower in openers), None)
    if opener is None or tokens[opener].lower not in CONTENT_RELATIVES:
        return False
    return not has_finite_verb(tokens[opener + 1 : joiner])


MAX_CLAUSE_SUBJECT_WORDS = 6


def _joined_by_its_auxiliary(tokens: Sequence[Token], start: int, joiner: int) -> bool:
    """Rule `coordinated_cue_in_a_content_takes_its_subject` (rules.py), the
    content's side: "Many will argue that al Qaeda has repeatedly attacked
    the West and has vowed to do so again": "and" and the auxiliary that
    opened the content's own verb ("has ... and has vowed") join the cue to
    the content's clause; the content goes on over it."""
    if tokens[joiner].lower != "and" or joiner + 1 >= len(tokens):
        return False
    auxiliary = tokens[joiner + 1].lower
    verb = next((m for m in range(start + 1, joiner) if tokens[m].lower in FINITE_AUXILIARIES), None)
    if verb is None or tokens[verb].lower != auxiliary or verb - start > MAX_CLAUSE_SUBJECT_WORDS:
        return False
    return all(t.is_word and t.lower not in RELATIVES for t in tokens[start:verb])


MODAL_PREDICATE_BREAKS = SUBORDINATORS | RELATIVES | CLAUSE_JOINERS - {"and", "or"}


def _bare_verb_of_a_modal_predicate(view: SentenceView, start: int, joiner: int, cue: int) -> bool:
    """Rule `bare_verb_after_a_modal_predicate_is_no_cue` (standard.co.uk:
    "He added that Scotland will also align with other UK nations and add
    Madeira and the Azores to the list ..." ended the claim at "and add"):
    in a content whose clause has a modal and its bare verb ("will ...
    align"), "and" (token `joiner`) and a cue word in its bare form with a
    noun-phrase object ("add Madeira") is the next verb of that modal
    predicate, the content's subject's act, not a new speech act of the
    outer source (who would "added"); the list may run on with commas
    ("will raise taxes, cut services and add new fees"). A past or -s form
    ("..., and added that ...") and a bare cue before "that", "to", a
    quotation or a comma ("and add that ...": speech of its own) still end
    the content; so does a subordinate or relative clause, a past verb or
    an auxiliary between the modal and "and"."""
    tokens = view.tokens
    word = tokens[cue]
    if cue != joiner + 1 or cue + 1 >= len(tokens) or not word.is_word or word.is_capitalised \
            or is_past(word) or word.lower.endswith(("s", "ing", "ed")):
        return False
    after = tokens[cue + 1]
    if not after.is_word or after.lower in ("that", "to") or view.quotes.covering(after.start) is not None:
        return False
    modal = next((j for j in range(joiner - 1, start - 1, -1) if tokens[j].lower in MODALS), None)
    if modal is None or modal + 1 >= joiner:
        return False
    between = tokens[modal + 1 : joiner]
    if any((not t.is_word and t.text != ",") or t.lower in MODAL_PREDICATE_BREAKS or is_past(t)
           or t.lower in AUXILIARIES for t in between if not verb_adverb(t.lower)):
        return False
    verb = next((t for t in between if not verb_adverb(t.lower)), None)
    return verb is not None and not verb.is_capitalised and not verb.lower.endswith(("ing", "ed"))


def _cue_before_content(tokens: Sequence[Token], start: int) -> int:
    """The index of the cue word before a content that opens at token
    `start`, past a "that" ("said that the ..."): the token before it."""
    return start - 2 if tokens[start - 1].lower == "that" and start > 1 else start - 1


def joined_by_its_tense(view: SentenceView, start: int, joiner: int) -> int | None:
    """Rule `coordinated_cue_in_a_content_takes_its_subject`, by tense:
    "Authorities say Hardy choked his girlfriend, dragged her by her hair and
    threatened to kill her": after a cue in the present ("say"), a content
    whose verb right after its subject is in the past ("choked"), and "and"
    with a verb in the past ("threatened"): the verb joins the content's
    clause, and its subject is the content's (Hardy). The index of the
    content's verb, or None. "Boateng says he accepts ... and blamed ..."
    (a present verb in the content) and "Smith says the plan failed and
    warned ..." (a content subject that is no speaker) are left to the
    outer subject. (qa70fix-s26, CNN-Corpus dev 233 s22: "The defense argues
    Sirhan did not knowingly fire at Kennedy but thought he was shooting at
    circular targets" gave the defense a belief "thought") "but" joins as
    "and" does, and a past auxiliary ("did not fire", "was", "had") is the
    content's past verb; after a past cue ("The minister said the plan was
    sound but added that ...") the joined verb stays the outer subject's."""
    tokens = view.tokens
    if tokens[joiner].lower not in ("and", "but") or joiner + 1 >= len(tokens) or start < 1:
        return None
    outer = tokens[_cue_before_content(tokens, start)]
    if not outer.is_word or outer.is_capitalised or is_past(outer) or outer.lower.endswith("ing"):
        return None
    if (outer.lower,) not in cue_forms():
        return None  # "told reporters the candidate knew ... and thought": the cue is not right before
    if outer.lower in AUXILIARIES or outer.lower in FINITE_AUXILIARIES:
        return None
    if not is_past(tokens[joiner + 1]):
        return None
    verb = next((m for m in range(start + 1, min(start + 1 + MAX_CLAUSE_SUBJECT_WORDS, joiner))
                 if not tokens[m].is_word or is_past(tokens[m]) or tokens[m].lower in AUXILIARIES), None)
    if verb is None or not tokens[verb].is_word or not (
            is_past(tokens[verb]) or tokens[verb].lower in PAST_AUXILIARIES):
        return None
    if verb == start or any(t.lower in RELATIVES for t in tokens[start:verb]):
        return None
    return verb if looks_like_source(view, start, verb - 1) else None


PAST_AUXILIARIES = frozenset({"was", "were", "had", "did"})
# the present perfect only (claim_grammar.txt perfect_auxiliaries): "had" is a past. Defined twice
# before session 23 ({has, have, had} here, the list later), the list silently won for both rules;
# with "had" here "A poll had found most voters oppose the plan and want a new vote" gave the
# voters a "want" claim
PERFECT_AUXILIARIES = grammar("perfect_auxiliaries")


def present_conjunct_of_a_past_content(view: SentenceView, start: int, joiner: int) -> bool:
    """Rule `present_conjunct_joins_a_past_cues_content` (closing note s16,
    885 s50: "a poll ... found most Palestinians in Gaza oppose a two-state
    solution and want to work toward ..." gave "most Palestinians" a claim
    "want"): after a cue in the past, a content in the present with no past
    form, then "and" (token `joiner`) and a cue in the present: the joined
    verb goes on with the content's clause (reported, the outer speaker's own
    act would be in the past too), so it is part of what was said or found,
    no claim of its own for the content's subject nor for the outer speaker
    ("The study showed most doctors support the law and believe it works"
    is the study's finding, not the study's belief). A past conjunct ("said
    the plan failed and called for ...") or a content in the past stays as
    it was, and so do a past form after "be" ("they are worried that Trump
    could gain ... and want to ...": an adjective in the present, whose
    subject may want) and the outer cue's own verb again ("The union said
    there is nothing unconstitutional ... and says it is appealing": the
    writer goes on with the union)."""
    tokens = view.tokens
    if tokens[joiner].lower != "and" or joiner + 1 >= len(tokens) or start < 1 or joiner <= start + 1:
        return False
    at = _cue_before_content(tokens, start)
    outer = tokens[at]
    outer_entry = cue_forms().get((outer.lower,))
    if not is_past(outer) or outer_entry is None or (at > 0 and tokens[at - 1].lower in BE | PERFECT_AUXILIARIES):
        return False  # "are worried", "has said": a present tense of their own, whose subject may go on
    conjunct = tokens[joiner + 1]
    conjunct_entry = cue_forms().get((conjunct.lower,))
    if not conjunct.is_word or conjunct.is_capitalised or is_past_form(conjunct.lower) \
            or conjunct.lower.endswith("ing") or conjunct_entry is None or conjunct_entry.lemma == outer_entry.lemma:
        return False
    content = tokens[start:joiner]
    if any(not t.is_word or is_past_form(t.lower) or t.lower in PAST_AUXILIARIES for t in content):
        return False
    # a verb of the content's own: a finite verb, or a cue form after its subject that reads as
    # a verb, not a plural noun ("denied the reports and claims that ...": no clause there)
    if not (has_finite_verb(content) or any(
            (t.lower,) in cue_forms() and t.lower not in CUE_NOUN_FORMS and before.lower not in DETERMINERS
            for before, t in pairwise(content))):
        return False
    # rfb-s17 (review s17 finding 4): the joined verb must agree with the content's own verb, so
    # with its subject ("the suspect is in custody and believe ...": "believe" is the police's,
    # "prices are rising and warns ...": the report's); a number that cannot be read proves no link
    number = _present_number(conjunct.lower, conjunct_entry)
    if number == "many" and any(t.lower == "to" for t in content):
        return True  # "has time to step up and show that ...": a bare form may join the infinitive, as before
    if number is None or number != _content_verb_number(content):
        return False
    # a joined verb with a that-clause or colon of its own whose number fits the outer subject
    # ("The company said it expects ... and warns that costs remain high") is that subject's own cue
    opens_its_own = joiner + 2 < len(tokens) and tokens[joiner + 2].lower in ("that", ":")
    return not (opens_its_own and _subject_number(tokens, at) in (None, number))


SINGULAR_PRESENT_VERBS = grammar("singular_present_verbs")
PLURAL_PRESENT_VERBS = grammar("plural_present_verbs")
PLURALS_WITHOUT_S = grammar("plurals_without_s")
SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})


def _present_number(low: str, entry: CueEntry | None) -> str | None:
    """"one" for a present verb of a singular subject ("is", "warns"),
    "many" for a plural one ("are", a cue's bare form "believe"), None for
    a form of either (a modal, an unknown word)."""
    if low in SINGULAR_PRESENT_VERBS:
        return "one"
    if low in PLURAL_PRESENT_VERBS:
        return "many"
    if entry is None:
        return None
    if low == entry.lemma.split("_")[0]:
        return "many"
    return "one" if ends_in_plural_s(low) else None


def _content_verb_number(content: Sequence[Token]) -> str | None:
    """The number of the first present verb after the content's subject
    (a be/have/do form or a cue form that reads as a verb), or None."""
    for before, token in pairwise(content):
        low = token.lower
        if low in SINGULAR_PRESENT_VERBS or low in PLURAL_PRESENT_VERBS:
            return _present_number(low, None)
        entry = cue_forms().get((low,))
        if entry is not None and low not in CUE_NOUN_FORMS and before.lower not in DETERMINERS:
            return _present_number(low, entry)
    return None


def _subject_number(tokens: Sequence[Token], cue: int) -> str | None:
    """The number of the word right before the cue at `cue` (the subject's
    head): a pronoun's, a plural noun's ("officials", "police") or one."""
    if cue < 1 or not tokens[cue - 1].is_word:
        return None
    low = tokens[cue - 1].lower
    if low in SUBJECT_PRONOUNS:
        return "one" if low in SINGULAR_PRONOUNS else "many"
    return "many" if ends_in_plural_s(low) or low in PLURALS_WITHOUT_S else "one"


PRESENT_AFTER_PRONOUN = grammar("present_after_pronoun")


def _second_half_of_not_only(tokens: Sequence[Token], start: int, joiner: int) -> bool:
    """Rule `not_only_keeps_its_but` (qa66a-s24, QA round 66, 740 s32: "RFUK and
    CED claim that not only can community mapping protect forest people's
    rights, but it can protect the rainforest itself." was cut before "but"):
    "but" after a "not only" inside the content is the second half of the
    pair, the claim's point, not the writer's rejoinder. "said the plan
    would work, but it failed" (no "not only") is cut as before."""
    return any(tokens[m].lower == "not" and tokens[m + 1].lower == "only" for m in range(start, joiner - 1))


def _same_speaker_goes_on(view: SentenceView, start: int, joiner: int) -> bool:
    """Rule `present_clause_after_but_stays_in_the_claim`: "An attorney for
    Knox said that he respects the ruling but he doesn't agree with it": the
    content's own subject pronoun again after "but", with a verb in the
    present after a past cue, goes on with what was said (the writer would
    write "he did not agree"); "... but he later admitted" is the writer's."""
    tokens = view.tokens
    if tokens[joiner].lower not in ("but", "and") or joiner + 2 >= len(tokens) or start < 1:
        return False
    at = _cue_before_content(tokens, start)
    if not is_past(tokens[at]) or tokens[start].lower not in SUBJECT_PRONOUNS:
        return False
    if at > 0 and tokens[at - 1].lower in ("has", "have", "had"):
        return False  # "Sanders has said he will vote for Clinton, but he hasn't endorsed her"
    return tokens[joiner + 1].lower == tokens[start].lower and tokens[joiner + 2].lower in PRESENT_AFTER_PRONOUN


CONCEDING_MODALS = grammar("conceding_modals")


def _conceded_point_goes_on(view: SentenceView, start: int, joiner: int) -> bool:
    """Rule `conceded_point_goes_on_after_but` (closing note s23, QA round 65
    783 s11: "Analysts say Ling, 55, may still be chosen for the Politburo,
    but he is out of the running for the Standing Committee" kept the
    concession alone and lost the point): a content that grants something
    with "may" (claim_grammar.txt conceding_modals) right before ", but"
    and a pronoun goes on with the speaker's own point. Not when the modal
    stands before the cue ("Obama may have promised ..., but that's not the
    case": the writer concedes), nor inside a quotation."""
    tokens = view.tokens
    if joiner < 2 or tokens[joiner - 1].text != "," or view.quotes.covering(tokens[joiner].start) is not None:
        return False
    if _narrated_past_after_the_joiner(tokens, joiner):
        return False
    return any(t.lower in CONCEDING_MODALS and view.quotes.covering(t.start) is None
               for t in tokens[start : joiner - 1])


def _narrated_past_after_the_joiner(tokens: Sequence[Token], joiner: int) -> bool:
    """For rule `conceded_point_goes_on_after_but` (review s25: "He said the
    plan may work, but he later changed his mind" ran the claim on over the
    writer's "he later changed his mind"): a pronoun after "but" whose first
    verb, past adverbs, is a simple past form (no backshifted "would",
    "could") tells what happened next; the writer narrates."""
    m = joiner + 1
    if m >= len(tokens) or tokens[m].lower not in SUBJECT_PRONOUNS:
        return False
    m += 1
    while m < len(tokens) and tokens[m].is_word and not is_past(tokens[m]) \
            and (is_adverb(tokens[m].lower) or tokens[m].lower in ADVERB_AUXILIARIES):
        m += 1
    return m < len(tokens) and is_past(tokens[m]) and tokens[m].lower not in BACKSHIFT_VERBS


WRITERS_EVALUATIONS = grammar("writers_evaluations")


def _writers_evaluation(view: SentenceView, start: int, m: int) -> bool:
    """Rule `writers_evaluation_after_a_past_cue`: "A 2007 Forbes report
    claimed 80% of Samoans are overweight, and it's unlikely things have
    improved since then": after a past cue, ", and it's unlikely/unclear
    ..." in the present is the writer's weighing of the claim (reported, it
    would read "it was unlikely"). Not after a present cue ("says ..., and
    it's unclear why") nor with "was"."""
    tokens = view.tokens
    if tokens[m].lower != "and" or m + 3 >= len(tokens) or start < 1:
        return False
    at = _cue_before_content(tokens, start)
    if not is_past(tokens[at]) or tokens[m + 1].lower != "it":
        return False
    return tokens[m + 2].lower in ("'s", "’s", "is") and tokens[m + 3].lower in WRITERS_EVALUATIONS


def _dash_and_writers_evaluation(tokens: Sequence[Token], m: int) -> bool:
    """Rule `dash_and_writers_evaluation`: "But Bergdahl is believed to be
    held by operatives from the Haqqani network ... -- and it was not clear
    whether Haqqani operatives would abide by any agreement": a dash, "and
    it was (not) clear/unclear ..." (claim_grammar.txt writers_evaluations)
    is the writer's weighing, whatever the cue's tense; "-- and it would
    take months" (no evaluation word) stays."""
    if tokens[m].lower != "and" or m + 3 >= len(tokens) or tokens[m + 1].lower != "it":
        return False
    if tokens[m + 2].lower not in ("was", "is", "'s", "\u2019s"):
        return False
    k = m + 4 if tokens[m + 3].lower == "not" and m + 4 < len(tokens) else m + 3
    return tokens[k].lower in WRITERS_EVALUATIONS


DEMONSTRATIVE_SUBJECTS = frozenset({"those", "these"})
MAX_DEMONSTRATIVE_NOUN_WORDS = 3  # "those talks", "these early negotiations"


def _writers_sequel_after_but(view: SentenceView, start: int, m: int) -> bool:
    """Rule `but_and_a_demonstrative_is_the_writers`: "the U.S. government
    acknowledged that it had been engaged in talks with the Taliban to free
    Bergdahl, but those talks moved in fits and starts because of U.S.
    concerns ...": after a past cue, a comma, "but" and a new subject that
    points back with "those" or "these" ("those talks") and a verb in the
    simple past is the writer going on with the story. "said he respects
    the ruling but he doesn't agree with it" (no comma, a pronoun) and
    "..., but these talks would fail" (backshifted "would": still reported)
    stay the speaker's."""
    tokens = view.tokens
    if tokens[m].lower != "but" or m + 3 >= len(tokens) or start < 1:
        return False
    at = _cue_before_content(tokens, start)
    if not is_past(tokens[at]) or tokens[m + 1].lower not in DEMONSTRATIVE_SUBJECTS:
        return False
    if view.quotes.covering(tokens[m].start) is not None:
        return False
    for k in range(m + 2, min(m + 3 + MAX_DEMONSTRATIVE_NOUN_WORDS, len(tokens))):
        token = tokens[k]
        if not token.is_word or token.lower in BACKSHIFT_VERBS:
            return False
        if k > m + 2 and is_past(token) and token.lower not in AUXILIARIES:
            return True
    return False


MAX_BUT_CLAUSE_TOKENS = 12  # "but even in firm opposition he's hardly embracing"


def _writers_clause_after_an_object(view: SentenceView, start: int, m: int) -> bool:
    """Rule `but_clause_after_an_object_is_the_writers` (QA round 49 K3):
    "Iran's president is denouncing ISIS in strong terms, but even in firm
    opposition he's hardly embracing the U.S.-led military effort": a content
    that is an object (no verb of its own, no quotation) ends at the object;
    a comma, "but" and a clause with its own subject and finite verb is the
    writer going on. Kept: "called the plan bold, but flawed", "denounced the
    attack, but not the attackers" (no subject and verb: still the object),
    "said the same thing, but also it's worse" and "said ..., but that he
    would not" (the same cue goes on), a clause content ("suggested that
    ...") and a verb before any subject ("endorsed Clinton, but told ...")."""
    tokens = view.tokens
    if tokens[m].lower != "but" or m + 2 >= len(tokens) or start >= m - 1 or start < 1:
        return False
    if tokens[m + 1].lower in ("also", "that") or tokens[start - 1].lower == "that":
        return False
    head = tokens[start : m - 1]
    if any(t.text in QUOTE_MARKS or t.lower in FINITE_VERBS for t in head) or has_finite_verb(head) \
            or tokens[start].lower in ("to", "that"):
        return False
    if view.quotes.covering(tokens[m].start) is not None:
        return False
    subject = False
    for k in range(m + 1, min(m + 1 + MAX_BUT_CLAUSE_TOKENS, len(tokens))):
        token = tokens[k]
        if not token.is_word and token.text not in ("'s", "\u2019s"):
            return False
        low = token.lower
        if not token.is_capitalised and (low in AUXILIARIES - ADVERB_AUXILIARIES or low in FINITE_VERBS
                                         or is_past_form(low) or low in ("'s", "\u2019s")):
            return subject  # the clause's verb: a clause of its own only after a subject
        if low in SUBJECT_PRONOUNS or low in DETERMINERS:
            subject = True
    return False


REBUTTAL_VERB_REACH = 6  # "but animals born in zoos are", "but the vast majority will"


def _rebuttal_after_a_purpose(view: SentenceView, start: int, m: int) -> bool:
    """Rule `rebuttal_after_a_purpose_is_the_writers`: "the zoo industry has
    sought to reinvent itself in recent years to suggest that its work is
    founded in conservation and education, but animals born in zoos are
    rarely released to the wild": the content of an infinitive of purpose
    ("to suggest that") is what the subject means to put across; a comma,
    "but" and a new subject with its own finite verb is the writer answering
    it, never part of the claim. "He said that it works, but critics are
    wary" (a finite cue) is left to the other rules."""
    tokens = view.tokens
    if tokens[m].lower != "but" or m + 2 >= len(tokens) or start < 2:
        return False
    if tokens[start - 1].lower != "that":
        return False  # "slow to call it a coup, but eventually stated ...": no clause to answer
    cue = start - 2
    if cue < 1 or tokens[cue - 1].lower != "to" or view.quotes.covering(tokens[m].start) is not None:
        return False
    if tokens[m + 1].lower in SUBJECT_PRONOUNS or not tokens[m + 1].is_word:
        return False
    for k in range(m + 2, min(m + 2 + REBUTTAL_VERB_REACH, len(tokens))):
        if not tokens[k].is_word:
            return False
        if tokens[k].lower in FINITE_VERBS:
            return True
    return False


def is_past_form(low: str) -> bool:
    """A lower-cased word that reads as a past form: a listed one ("told",
    "wrote") or a regular "-ed" word of over four letters ("moderated")."""
    return low in past_forms() or (low.endswith("ed") and len(low) > 4)


def is_past(token: Token) -> bool:
    return not token.is_capitalised and is_past_form(token.lower)


def is_listed_past(token: Token) -> bool:
    """A lower-case irregular past of claim_grammar.txt past_verbs ("came",
    "flew"), which the cue-based past forms (`past_forms`) do not hold."""
    return not token.is_capitalised and token.lower in PAST_VERBS


def _coordinated_gerund(view: SentenceView, start: int, joiner: int, cue: int) -> bool:
    """Rule `content_keeps_its_verb`: "says the strategy of separating
    students into bubbles and expecting them not to socialise is wishful
    thinking": a gerund after "and" inside a subject that has no verb yet
    is part of the content; cutting there would drop the claim's main verb
    and turn its meaning around."""
    tokens = view.tokens
    return (
        tokens[joiner].lower in ("and", "or")
        and tokens[cue].lower.endswith("ing")
        and not has_finite_verb(tokens[start:joiner])
    )


MAX_RELATIVE_ASIDE_TOKENS = 15
COMPLEMENT_PREPOSITIONS = frozenset({"of", "for"})  # "accused X, which ..., of ...", "blamed X, which ..., for ..."


def _relative_aside_before_the_complement(view: SentenceView, which: int) -> bool:
    """Rule `relative_aside_inside_the_claim` (wrongs2-s19, QA round 54, 692
    s3: "He accused the Arab League, which recently suspended Syria's
    membership, of helping pave the way for western intervention." showed
    only "the Arab League"): a ", which ..." aside closed by a comma and
    followed by "of" or "for" (the cue's own complement: "accused X of",
    "blamed X for") stands inside the claim; what follows the second comma
    is still what was said. ", which makes him an outlier." at the end stays
    the writer's gloss."""
    tokens = view.tokens
    for k in range(which + 1, min(which + MAX_RELATIVE_ASIDE_TOKENS, len(tokens) - 1)):
        if tokens[k].text in QUOTE_MARKS or tokens[k].lower in (";", ":"):
            return False
        if tokens[k].text == ",":
            return tokens[k + 1].lower in COMPLEMENT_PREPOSITIONS
    return False


def _before_writer_gloss(view: SentenceView, start: int) -> int:
    """Rule `writer_gloss_ends_content`: an indirect claim stops before the
    writer's own words: a comma and a participle (`..., highlighting the
    political processes`), a comma and "which" (`..., which makes him an
    outlier`), a semicolon, "but" and a pronoun (`..., but he has also
    intensified ...`), or a dash that opens the writer's comment on what
    was said (`... to move south — a declaration that Amnesty International
    said could amount to a war crime`). A quotation is never cut."""
    tokens = view.tokens
    opening = view.quotes.covering(tokens[start].end) if 0 < start < len(tokens) and tokens[start].text in QUOTE_MARKS \
        and tokens[start - 1].text in (",", ":") else None
    for m in range(start + 2, len(tokens)):
        before, word = tokens[m - 1].text, tokens[m].lower
        nxt = tokens[m + 1].lower if m + 1 < len(tokens) else ""
        if opening is not None and tokens[m - 1].end == opening[1] and word in DASHES \
                and not view.quotes.inside(tokens[m].end, view.end):
            # Rule `dash_after_the_quotation_is_the_writers`: 'Oscar Wilde once wrote, "Any fool
            # can make history, but it takes a great man to write it" -- or a great woman, he
            # should have added.': the quotation the claim opens with ends its words; what
            # follows a dash after it, with no quotation of its own, is the writer's
            return m - 1
        is_gloss = (
            (before == "," and word in WRITER_GLOSSES)
            or (before == "," and word == "which" and not _relative_in_the_subject(view, start, m)
                and not _relative_aside_before_the_complement(view, m))
            or word == ";"
            or (word == "but" and nxt in SUBJECT_PRONOUNS and not _same_speaker_goes_on(view, start, m)
                and not _conceded_point_goes_on(view, start, m)
                and not _second_half_of_not_only(tokens, start, m))
            or _dash_apposition(tokens, m)
            or (before == "," and _writers_sequel(tokens, m))
            or (before == "," and _comma_apposition(tokens, m, has_finite_verb(tokens[start : m - 1])))
            or (before == "," and _writers_evaluation(view, start, m))
            or (before == "," and _writers_sequel_after_but(view, start, m))
            or (before == "," and _writers_clause_after_an_object(view, start, m))
            or (before == "," and _rebuttal_after_a_purpose(view, start, m))
            or _dash_gloss_pair(view, start, m)
        )
        if is_gloss and not view.quotes.covering(tokens[m].start):
            return m - 2 if before == "," else m - 1
        if before == "," and word in RELATIVES and _comment_note(view, m) and not view.quotes.covering(tokens[m].start):
            return m - 2
        if word in RELATIVES and (aside := _writers_stance_aside(view, start, m)):
            return aside - 1
        if _contrast_clause(view, m) or _writers_clause_after_a_comma(view, m, start) \
                or _new_clause_after_a_phrase(view, start, m) \
                or (before in DASHES and _dash_and_writers_evaluation(tokens, m)
                    and not view.quotes.covering(tokens[m].start)):
            last = m - 1
            while last > start and (tokens[last].text == "," or tokens[last].text in DASHES):
                last -= 1
            return last
    return len(tokens) - 1


# ", which critics said was flawed,"; QA round 60, 809 s12: ", which was transporting cobalt-60 from a hospital in
# Tijuana to a radioactive waste storage center," (14 words) cut the content to "the truck" at 12
MAX_SUBJECT_RELATIVE_TOKENS = 20


def _relative_in_the_subject(view: SentenceView, start: int, m: int) -> bool:
    """Rule `relative_aside_in_the_claims_subject`: "He said the plan, which
    critics said was flawed, would pass": a ", which ...," aside (at token
    `m`) after a content that has no verb yet, closed by a comma and the
    content's own finite verb, sits in the claim's subject; it is no gloss
    of the writer's, and the claim goes on past it ("would pass")."""
    tokens = view.tokens
    start = _second_subject_after_and(tokens, start, m)
    head = tokens[start : m - 1]
    if not head or tokens[start].lower in ("to", "for") or has_finite_verb(head) or not tokens[m + 1].is_word:
        return False  # "urged them to raise the cutoff to $51,000, which, in ...": an infinitive has its verb
    if any(not t.is_word or t.lower in ("and", "or") for t in head):
        return False  # "asked for proof, and Ki Hong's license, which had worked ...": a list
    for c in range(m + 2, min(m + 2 + MAX_SUBJECT_RELATIVE_TOKENS, len(tokens) - 1)):
        if tokens[c].text == ",":
            # '..., which he called "a disgrace," passes': the comma closes the quotation too
            closed = c + 1 < len(tokens) and tokens[c + 1].text in QUOTE_MARKS and _open_comma(view, c)
            verb = time_adjunct_end(tokens, c + 2 if closed else c + 1)
            # qa63b-s22 (QA round 63, 870 s32: "said the tremor, which he put at magnitude 7.9, struck
            # inside southern Iran" gave "the tremor"): an irregular past of past_verbs ("struck", "hit")
            # is the content's verb too
            return verb < len(tokens) and (
                (is_main_verb(tokens[verb]) and tokens[verb].lower in FINITE_VERBS | AUXILIARIES)
                or present_before_its_object(tokens, verb) or finite_by_form(tokens[verb])
                or is_listed_past(tokens[verb]))
        if not tokens[c].is_word and tokens[c].text not in QUOTE_MARKS and not _decimal_point(tokens, c):
            return False
    return False


def _decimal_point(tokens: Sequence[Token], c: int) -> bool:
    """The point of a decimal number between two digit tokens ("magnitude 7.9")."""
    return tokens[c].text == "." and 0 < c < len(tokens) - 1 and tokens[c - 1].text.isdigit() \
        and tokens[c + 1].text.isdigit() and tokens[c + 1].start == tokens[c].end


def _second_subject_after_and(tokens: Sequence[Token], start: int, m: int) -> int:
    """Part `second_clause_after_and` of `relative_aside_in_the_claims_subject`
    (QA round 44 clear wrong B, 903 s18: "The official said Azuz has a
    training camp outside Derna and the Obeidi tribe, which is responsible
    for security ..., has the camp surrounded" ended the content at "the
    Obeidi tribe", so the tribe read as a place of the camp): when the
    content before the ", which" (at token `m`) already has its finite verb
    and then "and" with no comma opens a noun phrase (a determiner or a
    capital) that has no verb, that phrase is the subject of a second
    clause, and the aside is tested on it. `start` otherwise: "asked for
    proof, and Ki Hong's license, which had worked ..." (no verb before
    "and") and "He said the plan, which ..." keep their own test."""
    if m - 1 <= start:
        return start
    joiner = next((j for j in range(m - 2, start, -1) if tokens[j].lower == "and"), None)
    if joiner is None or joiner + 1 >= m - 1 or not has_finite_verb(tokens[start:joiner]):
        return start
    opener = tokens[joiner + 1]
    phrase = tokens[joiner + 1 : m - 1]
    if any(not t.is_word for t in tokens[start:m - 1]) or has_finite_verb(phrase):
        return start
    return joiner + 1 if opener.lower in DETERMINERS or opener.is_capitalised else start


def finite_by_form(token: Token) -> bool:
    """A finite verb by its form: an auxiliary or modal ("is", "would"), a
    past form ("rose"), or a lower-case present in -s that names no one
    ("remains", "gives"; not "analysts", "status")."""
    low = token.lower
    if not token.is_word or token.is_capitalised:
        return False
    return low in FINITE_VERBS or is_past(token) or (
        low.isalpha() and low.endswith("s") and not low.endswith(("ss", "us", "is"))
        and low not in source_nouns() and not is_people_noun(low))


def present_before_its_object(tokens: Sequence[Token], k: int) -> bool:
    """A present form before its object ("..., represents a last chance"):
    a lower-case word in -s (not -ss) followed by a determiner or a number."""
    low = tokens[k].lower
    return (tokens[k].is_word and not tokens[k].is_capitalised and low.isalpha() and low.endswith("s")
            and not low.endswith("ss") and k + 1 < len(tokens)
            and (tokens[k + 1].lower in DETERMINERS or tokens[k + 1].text[:1].isdigit()))


COMMENT_NOTE_WORDS = grammar("comment_note_words")
COMMENT_NOTE_NEGATIONS = grammar("comment_note_negations")
MAX_COMMENT_NOTE_TOKENS = 12  # "who did not immediately respond to a request for comment"


WRITER_STANCE_ADVERBS = grammar("writer_stance_adverbs")
MAX_STANCE_APPOSITION_TOKENS = 6  # ", the South American liberator who"


def _writers_stance_aside(view: SentenceView, start: int, m: int) -> int:
    """Rule `writers_stance_aside_ends_content` (trust s10, CNN-Corpus dev 927
    [19]): "he also claims to be a descendant of Simon Bolivar, the South
    American liberator who, ironically, is revered by socialists in power":
    a relative clause (at token `m`) that an adverb of the writer's stance
    opens ("who, ironically, is", "which tellingly was") is the writer's
    aside, and so is the apposition it hangs on; the claim ends before
    them. The token of the comma that opens the aside, or 0 when there is
    none. Not inside a quotation."""
    tokens = view.tokens
    k = m + 1 + (m + 1 < len(tokens) and tokens[m + 1].text == ",")
    if k >= len(tokens) or tokens[k].lower not in WRITER_STANCE_ADVERBS or view.quotes.covering(tokens[m].start):
        return 0
    for c in range(m - 1, max(start, m - 1 - MAX_STANCE_APPOSITION_TOKENS), -1):
        if tokens[c].text == ",":
            return c if c > start + 1 else 0
        if not tokens[c].is_word or has_finite_verb([tokens[c]]):
            return 0
    return 0


def _comment_note(view: SentenceView, m: int) -> bool:
    """Rule `comment_note_is_the_writers`: "dismissed reports of a fight with
    Muntari, who was not immediately available for comment": a relative
    clause (at token `m`) saying that someone could not be reached or
    declined to comment is the writer's note, not part of the claim."""
    tokens = view.tokens
    clause = []
    for token in tokens[m + 1 : m + 1 + MAX_COMMENT_NOTE_TOKENS]:
        if token.text in (",", ";", ".", "!", "?") or token.text in DASHES:
            break
        clause.append(token.lower)
    negated = any(w in COMMENT_NOTE_NEGATIONS or w.endswith(("n't", "n\u2019t")) for w in clause)
    return negated and any(w in COMMENT_NOTE_WORDS for w in clause)


SPEECH_CONTRASTS = grammar("speech_contrasts")
COMMA_CONTRASTS = grammar("comma_contrasts")
CONTRAST_CLAUSE_REACH = 8  # tokens after the contrast word in which its clause shows a verb


def _contrast_clause(view: SentenceView, m: int) -> bool:
    """Rule `reported_speech_stops_at_a_contrast`: "the activists say they've
    saved more than 400 dogs this year alone in Yulin -- yet this number
    will be dwarfed by ...": a dash and "yet" or "but" (or a comma and
    "yet") that open a new clause start the writer's comment on what was
    said, as after "according to X," (rule `according_to_stops_at_a_contrast`).
    Not inside a quotation, and not before a bare phrase ("sound, yet costly")."""
    tokens = view.tokens
    word, before = tokens[m].lower, tokens[m - 1].text
    after_dash = before in DASHES and word in SPEECH_CONTRASTS
    after_comma = before == "," and word in COMMA_CONTRASTS
    if not (after_dash or after_comma) or view.quotes.covering(tokens[m].start) is not None:
        return False
    if m + 1 >= len(tokens):
        return False
    subject = tokens[m + 1]  # "-- yet this number", not "-- but rather that ..." (the claim's own contrast)
    if not (subject.is_capitalised or subject.lower in DETERMINERS or subject.lower in SUBJECT_PRONOUNS):
        return False
    return has_finite_verb(tokens[m + 1 : m + 1 + CONTRAST_CLAUSE_REACH])



MAX_NEW_SUBJECT_TOKENS = 14  # "his political rival and leader of the MDC, Morgan Tsvangirai, has"


def _new_clause_after_a_phrase(view: SentenceView, start: int, m: int) -> bool:
    """Rule `new_subject_after_a_phrase_content_is_the_writers`: "Mugabe has
    called for new elections but his political rival ..., Morgan Tsvangirai,
    has threatened to boycott the poll": a content that is a bare noun
    phrase or an infinitive (no finite verb of its own) ends before "but" or
    "and" (`m`) when a new subject with its own finite verb follows: the
    writer goes on with someone else. Kept: a second phrase of the same
    content ("called for new elections and the release of prisoners"), a
    clause content ("said he respects the ruling but he doesn't agree with
    it", rule `present_clause_after_but_stays_in_the_claim`), a quotation,
    and "and" after anything but an infinitive ("said the Clintons and the
    foundation had been careful": the content's subjects, joined)."""
    tokens = view.tokens
    if tokens[m].lower not in ("but", "and") or m + 2 >= len(tokens):
        return False
    if tokens[m].lower == "and" and tokens[start].lower != "to":
        return False  # "said the Clintons and the foundation had always been careful": two subjects
    if tokens[start].text in QUOTE_MARKS or (start > 0 and tokens[start - 1].lower in CLAUSE_OPENERS):
        return False
    head = _before_an_occasion_relative(tokens[start:m])
    if any(t.text in QUOTE_MARKS for t in head) or has_finite_verb(head) \
            or any(t.lower in RELATIVES or t.lower == "not" for t in head):
        return False  # "not the president but his aides were ...": one subject
    if view.quotes.covering(tokens[m].start) is not None:
        return False
    subject = tokens[m + 1]
    if not (subject.lower in DETERMINERS or subject.lower in SUBJECT_PRONOUNS
            or (subject.is_capitalised and tokens[m].lower == "but")):
        return False  # "to swell Social Security and Medicare expenses": two objects
    for k in range(m + 2, min(m + 2 + MAX_NEW_SUBJECT_TOKENS, len(tokens) - 1)):
        token, after = tokens[k], tokens[k + 1]
        low = token.lower
        if token.text in QUOTE_MARKS or low in RELATIVES or low in ("to", ";") or token.text in DASHES:
            return False
        if not token.is_word or token.is_capitalised:
            continue
        if low in BACKSHIFT_VERBS:
            return False  # "said the spacecraft cost ..., but the total cost would come to ...": still his
        if low in NEW_CLAUSE_AUXILIARIES or low in ("were", "are"):
            return True
        if (low in past_forms() or _regular_past(token)) and (after.lower in DETERMINERS | {"to", "that"}):
            return True  # "the opposition threatened to boycott", not "refugees held in camps"
    return False


OCCASION_RELATIVES = grammar("clause_opening_adverbs")


def _before_an_occasion_relative(head: Sequence[Token]) -> Sequence[Token]:
    """Rule `occasion_relative_keeps_a_phrase_content` (QA round s28, CNN 771 s15: "The government
    touts instances when it has managed to diffuse bombs, but the harsh reality is that they simply
    cannot stem the violence"): a content that is a noun phrase ending in a comma, with a "when" or
    "where" relative on its noun ("instances when it has managed ...,"), is still a phrase: the
    relative's verb is no clause of the content's own, so rule
    `new_subject_after_a_phrase_content_is_the_writers` reads the head before the relative. Kept:
    "said times when he was young were hard" (no comma closes the phrase before the verb after it:
    two finite verbs), and a head with no noun before "when" ("said when it rained ...")."""
    for k, token in enumerate(head):
        if token.lower in OCCASION_RELATIVES:
            if k == 0 or not is_noun_word(head[k - 1].lower) or has_finite_verb(head[:k]) \
                    or head[-1].text != ",":
                return head
            rest = head[k + 1 :]
            # a verb after its subject pronoun or auxiliary is one group: "it has managed" one;
            # "he was young were hard" and "the city flooded was over" two
            finite = [t for i, t in enumerate(rest) if has_finite_verb([t])
                      and not (i and rest[i - 1].lower in SUBJECT_PRONOUNS | AUXILIARIES)]
            return head[:k] if len(finite) == 1 else head
    return head


def _writers_clause_after_a_comma(view: SentenceView, m: int, start: int) -> bool:
    """Rule `new_subject_after_and_is_the_writers`: "The court said the
    measure overstepped Arizona's authority, and the state is seeking a
    Supreme Court ruling": after a reported clause, a comma, "and"
    (writers_clause_joiners) and a new clause with its own subject (a name
    or a determiner, not a pronoun: "..., and he would resign" may still be
    reported) and a finite verb is the writer's. Kept: a backshifted verb
    ("..., and Democrats would need to ...", "had tumbled": still reported,
    claim_grammar.txt backshift_verbs), the last item of a list ("Iran,
    Russia, and a new Syria where ..."), a clause holding a quotation (the
    speaker's words go on), and "said that A, and that B" (no subject
    follows "and")."""
    tokens = view.tokens
    comma = tokens[m - 1].text == "," or (m > 1 and tokens[m - 1].text in QUOTE_MARKS and tokens[m - 2].text == ",")
    if not comma or tokens[m].lower not in WRITERS_CLAUSE_JOINERS or m + 2 >= len(tokens):
        return False
    if view.quotes.covering(tokens[m].start) is not None or not reads_as_clause(view, tokens[start].start):
        return False
    if _last_of_a_list(tokens, start, m):
        return False
    if any(t.text in QUOTE_MARKS for t in tokens[m + 1 :]):
        return False  # '..., and al-Mauretani appears to have been bent on "hitting ..."': quoted, so still his
    subject = tokens[m + 1]
    if _pronoun_in_the_present_perfect(tokens, m + 1) or _existential_there(view, start, m + 1):
        return True
    if not (subject.lower in DETERMINERS or (subject.is_capitalised and subject.lower not in SUBJECT_PRONOUNS)):
        return False
    for k in range(m + 2, min(m + 2 + MAX_SUBJECT_WORDS, len(tokens) - 1)):
        verb = tokens[k]
        if not verb.is_word:
            return False
        low = verb.lower
        if low in RELATIVES:
            return False  # "the percentage of voters who accepted ...": where its verb stands, unknown
        if verb.is_capitalised or low in DETERMINERS or tokens[k - 1].lower in DETERMINERS:
            continue  # "the related pathways": an adjective after its determiner
        if low in BACKSHIFT_VERBS:
            return False
        # "puts the number": a present form before its object
        present = low.endswith("s") and not low.endswith("ss") and (
            tokens[k + 1].lower in DETERMINERS or tokens[k + 1].text[:1].isdigit())
        if low in NEW_CLAUSE_AUXILIARIES or low in past_forms() or low in PAST_VERBS or present \
                or (low.endswith("ed") and len(low) > 4):
            return True
    return False


PERFECT_PRONOUNS = grammar("writers_perfect_pronouns")


def _pronoun_in_the_present_perfect(tokens: Sequence[Token], k: int) -> bool:
    """Rule `pronoun_in_the_present_perfect_is_the_writers`: "Hardy says he
    is innocent, and he has appealed a July guilty verdict": after a
    reported clause, a comma and "and", a third-person pronoun with "has" or
    "have" and a past participle is the writer's account of what happened
    since; reported speech would not keep that tense after the cue ("said
    he was innocent and would appeal", "..., and he would resign" stay the
    speaker's)."""
    if k + 2 >= len(tokens) or tokens[k].lower not in PERFECT_PRONOUNS:
        return False
    if tokens[k + 1].lower not in PERFECT_AUXILIARIES:
        return False
    verb = k + 3 if tokens[k + 2].lower in ("also", "since", "already") and k + 3 < len(tokens) else k + 2
    participle = tokens[verb]
    return participle.is_word and not participle.is_capitalised and is_past_participle(participle.lower) \
        and participle.lower != "been"


EXISTENTIAL_VERBS = grammar("writers_existential_verbs")


def _existential_there(view: SentenceView, start: int, k: int) -> bool:
    """Rule `existential_there_after_and_is_the_writers`: "Bill Maher
    suggested that shaming should make a comeback, and there was a lot of
    backlash": after a reported clause (from token `start`), a comma and
    "and", "there" at token `k` with a finite form of "be" (claim_grammar.txt
    writers_existential_verbs) opens the writer's own clause, as a new
    subject does (rule `new_subject_after_and_is_the_writers`). Kept as the
    speaker's: a backshifted verb ("..., and there would be more of it":
    "would" is no listed verb), "..., and that there was ..." (no "there"
    right after "and"), and a content that says "was" or "is" itself outside
    a quotation ("said her country was watching the race ..., and there was
    a strong current of opinion ..."): the two clauses run in the same
    reported tense."""
    tokens = view.tokens
    if k + 1 >= len(tokens) or tokens[k].lower != "there" or tokens[k + 1].lower not in EXISTENTIAL_VERBS:
        return False
    return not any(t.lower in EXISTENTIAL_VERBS and view.quotes.covering(t.start) is None for t in tokens[start : k])


WRITERS_CLAUSE_JOINERS = grammar("writers_clause_joiners")
BACKSHIFT_VERBS = grammar("backshift_verbs")
NEW_CLAUSE_AUXILIARIES = grammar("finite_auxiliaries")
MAX_LIST_ITEM_WORDS = 3  # "Iran, Russia, and", "whose age, 44, and"


def _last_of_a_list(tokens: Sequence[Token], start: int, m: int) -> bool:
    """The comma before "and" at token `m` ends a list item: another comma
    stands a few words before it ("Iran, Russia, and ...")."""
    end = m - 2 if tokens[m - 1].text == "," else m - 3
    words = 0
    for k in range(end, start - 1, -1):
        if tokens[k].text == ",":
            return True
        if tokens[k].is_word:
            words += 1
            if words > MAX_LIST_ITEM_WORDS:
                return False
    return False


# A dash and "a"/"an" and a noun then "that" or "which" within this many tokens.
DASH_APPOSITION_REACH = 4


def _dash_apposition(tokens: Sequence[Token], m: int) -> bool:
    """Rule `dash_apposition_is_the_writers`: "— a declaration that ...",
    "— a move which ...", "– a point emphasised by a poll": a noun phrase
    after a dash that sums up the clause before it, with a clause or an
    agent of its own, is the writer's comment. Rule
    `something_after_a_dash_is_the_writers` (session 19, QA round 53, 553
    s5: 'said it was working to repair the outage -- something opposition
    activists suspected could be an ominous sign' gave the government the
    activists' doubt): "--" is the typed form of the dash, and "something"
    with a clause of its own ("-- something that", "-- something critics
    suspected") sums up the clause before it as "a move that" does. "--
    and it could take days" (no summing-up noun) stays the claim's."""
    width = 2 if tokens[m].text == "-" and m + 1 < len(tokens) and tokens[m + 1].text == "-" \
        and not (m > 0 and tokens[m - 1].text == "-") else 1
    if (width == 1 and tokens[m].text not in ("\u2014", "\u2013")) or m + width + 1 >= len(tokens):
        return False
    head = tokens[m + width].lower
    if head not in INDEFINITE_ARTICLES and head != "something":
        return False
    reach = tokens[m + width + 1 : m + width + 1 + DASH_APPOSITION_REACH]
    if any(t.lower in ("that", "which") for t in reach):
        return True
    if head == "something" and any(is_past(t) for t in reach):
        return True  # "-- something opposition activists suspected"
    if head != "something" and len(reach) >= 2 and reach[0].lower in clause_nouns() and is_past(reach[1]) \
            and not reach[1].is_capitalised:
        # Rule `dash_summing_up_what_was_said_is_the_writers` (qa69b-s26, CNN dev 969 s3: "Experts say
        # finding the particle would rank as one of the top achievements -- a view proved on Tuesday
        # when ...": the experts did not say it was proved): a noun of what someone says or holds
        # (clause_nouns.txt: "a view", "a claim") with a participle of its own is the writer's verdict
        # on the words before the dash; "-- a man arrested Tuesday" (no such noun) stays
        return True
    # "– a point emphasised by a Mail on Sunday poll": a participle and its agent sum it up too
    return any(t.lower.endswith("ed") and not t.is_capitalised and nxt.lower == "by"
               for t, nxt in pairwise(reach))


MAX_DASH_GLOSS_TOKENS = 16  # "-- long a lightning rod for mass discontent across the country --"


def _dash_gloss_pair(view: SentenceView, start: int, m: int) -> bool:
    """Rule `dash_gloss_before_a_new_clause_is_the_writers`: "reiterated
    their "zero tolerance" for corruption in the government and military --
    long a lightning rod for mass discontent across the country -- but they
    also acknowledged ...": a pair of dashes (opening at `m`) around a noun
    phrase (perhaps after an adverb: "long a", "once a") with no verb,
    followed by the sentence's end or by "but"/"and" and a new subject, is
    the writer's gloss. Kept: a pair inside the claim's subject ("said the
    plan -- a costly one -- would fail")."""
    tokens = view.tokens
    if m <= start or not _is_dash_mark(view, m):  # before any walk: this runs at every token of a content
        return False
    width = 2 if tokens[m].text == "-" else 1
    k = m + width
    if k < len(tokens) and (is_adverb(tokens[k].lower) or tokens[k].lower in ("long", "once")):
        k += 1  # "-- long a lightning rod ..."
    if k >= len(tokens) or tokens[k].lower not in INDEFINITE_ARTICLES:
        return False
    closing = next((c for c in range(m + 1, min(len(tokens), m + MAX_DASH_GLOSS_TOKENS + 1))
                    if _is_dash_mark(view, c)), None)
    if closing is None or has_finite_verb(tokens[k:closing]) or any(t.text in QUOTE_MARKS for t in tokens[k:closing]):
        return False
    after = closing + (2 if tokens[closing].text == "-" else 1)
    if after >= len(tokens) or tokens[after].text in (".", "!", "?"):
        return True
    return tokens[after].lower in ("but", "and", "yet") and after + 1 < len(tokens) and (
        tokens[after + 1].lower in SUBJECT_PRONOUNS or tokens[after + 1].lower in DETERMINERS
        or tokens[after + 1].is_capitalised)


def _dash_marks(view: SentenceView) -> list[int]:
    """Token indices of the dashes of a sentence outside quotations: "—",
    "–", or the first hyphen of "--"."""
    return [k for k in range(len(view.tokens)) if _is_dash_mark(view, k)]


def _is_dash_mark(view: SentenceView, k: int) -> bool:
    """Whether token `k` is a dash outside quotations: "—", "–", or the first
    hyphen of "--" (see `_dash_marks`)."""
    tokens = view.tokens
    token = tokens[k]
    is_dash = token.text in ("\u2014", "\u2013") or (
        token.text == "-" and k + 1 < len(tokens) and tokens[k + 1].text == "-"
        and not (k > 0 and tokens[k - 1].text == "-"))
    return is_dash and view.quotes.covering(token.start) is None


def inside_a_dash_clause(view: SentenceView, k: int) -> bool:
    """Rule `name_inside_a_dash_aside`: token `k` stands inside a pair of
    dashes and is not the pair's first word ("changing the date to January
    15 -- the day John Doe #1 later decided was when it happened -- Okarocha
    decided to withdraw ..."): the writer's aside about the sentence, whose
    names are not its subject. A name right after the opening dash ("The
    official -- Jane Doe -- said") is an apposition, and stays."""
    marks = _dash_marks(view)
    opened = [m for m in marks if m < k]
    if len(opened) % 2 == 0 or not any(m > k for m in marks):
        return False
    return k > opened[-1] + (2 if view.tokens[opened[-1]].text == "-" else 1)


def _inside_a_dash_pair_end(view: SentenceView, start: int, end: int) -> int:
    """Rule `closing_dash_ends_content`: "the declaration that the caliphate
    had been reestablished -- and that all Muslims had to pledge allegiance
    to him -- fell on deaf ears": a content that starts inside a pair of
    dashes ends at the closing one; past it the writer's sentence goes on."""
    first_word = next((k for k, t in enumerate(view.tokens) if t.is_word), 0)
    marks = [k for k in _dash_marks(view) if k > first_word]  # "-- Cameron opened ...": a list dash opens no pair
    word = next((k for k in range(start - 1, -1, -1) if view.tokens[k].is_word), -1)
    opened = sum(1 for k in marks if k < word)  # the dashes before the cue, not one right after it
    if opened % 2 == 0:
        return end
    closing = next((k for k in marks if k >= start), None)
    if closing is None or closing > end:
        return end
    last = closing - 1
    while last > start and view.tokens[last].text in (",", ";"):
        last -= 1
    return max(last, start)


def _inside_brackets_end(view: SentenceView, start: int, end: int) -> int:
    """Rule `closing_bracket_ends_content`: "those who have struggled with
    drugs (he admitted to this in the past) and other drugs are often
    present": a content that starts inside brackets ends at the closing
    one; past it the writer's sentence goes on."""
    tokens = view.tokens
    depth = 0
    for token in tokens[:start]:
        depth += (token.text == "(") - (token.text == ")")
    if depth <= 0:
        return end
    closing = next((k for k in range(start, end + 1) if tokens[k].text == ")"), None)
    if closing is None:
        return end
    return max(closing - 1, start)


SEQUEL_LEADS = grammar("writers_sequel_leads")


def _writers_sequel(tokens: Sequence[Token], m: int) -> bool:
    """Rule `writers_sequel_ends_content`: "officials denied the existence
    of such a list, only to be called liars hours later", "asked the court
    to consider the case, leading to Thursday's ruling": after a comma,
    "only to be" and "leading to" tell what came next, in the writer's words."""
    nxt = tokens[m + 1].lower if m + 1 < len(tokens) else ""
    if nxt != "to" or tokens[m].lower not in SEQUEL_LEADS:
        return False
    # "only to be called liars" (what befell them); not "does not want to stall growth, only to
    # prevent overheating" (the speaker's own contrast)
    return tokens[m].lower != "only" or (m + 2 < len(tokens) and tokens[m + 2].lower in ("be", "have", "find"))


MAX_APPOSITION_MODIFIERS = 1  # "an assertion", "a false assertion"


def _comma_apposition(tokens: Sequence[Token], m: int, after_a_clause: bool = False) -> bool:
    """Rule `comma_apposition_is_the_writers`: "accused rebels of using
    chemical weapons, an assertion that has been widely dismissed by most
    Western leaders": after a comma, "a"/"an", a noun that names what was
    said (clause_nouns.txt: assertion, claim, charge ...) and "that" or
    "which" sum up the claim in the writer's words (the comma form of
    `dash_apposition_is_the_writers`). Rule
    `apposition_after_a_whole_clause_holds_commas` (QA round 47, 718 s12:
    "... transferring chemical weapons to Iraq and Lebanon, an allegation
    that the commander of the Free Syrian Army, Gen. Salim Idriss, also
    recently made to Amanpour" kept the writer's note): when the words
    before the comma are a clause (`after_a_clause`), the summing-up may
    hold commas of its own; after a bare subject ("the plan, a claim that
    critics dispute, would cut costs") a comma still makes it an aside."""
    if tokens[m].lower not in INDEFINITE_ARTICLES:
        return False
    for k in range(m + 1, min(m + 2 + MAX_APPOSITION_MODIFIERS, len(tokens) - 1)):
        if tokens[k].lower in clause_nouns():
            # to the end of the sentence: "the plan, a claim that critics dispute, would cut costs"
            # sets an aside inside the claim
            return tokens[k + 1].lower in ("that", "which") and (
                after_a_clause or not any(t.text == "," for t in tokens[k + 2 :]))
        if not tokens[k].is_word:
            return False
    return False


# participles that give a thing its name ("a militant group called Lashkar-e-Saif"): read by
# rules.py (a found clause's subject) and speakers.py (a body by its naming context); junk.py's
# QUOTED_NAME_PARTICIPLES adds those that only label ("dubbed", "titled")
NAMING_PARTICIPLES = frozenset({"called", "named"})
# the relative pronouns that may be their clause's subject ("an agenda that he said would narrow
# ...", "Lawyers who represent ..."): rule gapped_relative_content_ends_with_its_clause here and
# rules.py's postmodified subject
SUBJECT_RELATIVES = RELATIVE_PRONOUNS - grammar("object_relatives")
GAPPED_CONTENT_OPENERS = FINITE_AUXILIARIES | grammar("modals")
MAX_GAPPED_SOURCE_TOKENS = 5  # "that the mayor's spokesman said"


def gapped_relative_end(view: SentenceView, start: int, end: int) -> int:
    """Rule `gapped_relative_content_ends_with_its_clause` (QA round 43, 383
    s0: "Bill de Blasio, who campaigned on a progressive agenda that he said
    would narrow the widening gap ..., was sworn in Wednesday" gave "he" the
    writer's "was sworn in ..."): a cue inside a relative clause on a noun
    ("an agenda that he said", "the plan, which officials say") whose
    content opens with its verb ("would narrow": the relative pronoun is
    the content's subject) ends with that clause, at the first comma
    outside a quotation that a finite verb follows ("..., was sworn in"):
    the main clause's predicate, whose subject is the writer's. A content
    with a subject of its own ("that he said the city would ...") stays."""
    tokens = view.tokens
    if start < 3 or start > end or tokens[start].lower not in GAPPED_CONTENT_OPENERS or tokens[start].is_capitalised:
        return end
    relative = next((j for j in range(start - 2, max(start - 3 - MAX_GAPPED_SOURCE_TOKENS, 0), -1)
                     if tokens[j].lower in SUBJECT_RELATIVES), None)
    if relative is None or not (tokens[relative - 1].is_word or tokens[relative - 1].text == ","):
        return end
    if any(not t.is_word for t in tokens[relative + 1 : start]):
        return end
    for m in range(start + 1, end):
        if tokens[m].text != "," or view.quotes.covering(tokens[m].start) is not None:
            continue
        following = tokens[m + 1]
        if following.is_word and not following.is_capitalised and (
                following.lower in FINITE_AUXILIARIES or is_past(following)):
            return last_word_before(view, start, m)
    return end


def object_end(view: SentenceView, start: int, end: int) -> int:
    """Rule `object_ends_content`: a content that is a bare noun phrase
    (the object of "cited", "condemned", "supported") ends before a
    subordinate clause ("..., though a review of records indicates ...") or
    a circumstance of time or occasion that ends the sentence ("in a ruling
    released Thursday", "during his time on MSNBC")."""
    tokens = view.tokens
    if start >= len(tokens) or tokens[start].text in QUOTE_MARKS or tokens[start].lower in CLAUSE_OPENERS | {"to"}:
        return end
    if start > 0 and tokens[start - 1].lower in CLAUSE_OPENERS:
        return end
    for m in range(start, end + 1):
        token = tokens[m]
        low = token.lower
        if view.quotes.covering(token.start) is not None:
            continue
        following = tokens[m + 1] if m + 1 <= end else None
        if m > start and following is not None and _new_predicate(view, m, end):
            cut = True
        elif _clause_word(token) or _regular_past(token) or low == ":":
            return end  # a clause, not a noun phrase: its end is not ours to guess
        else:
            cut = m > start and (
                (low in OBJECT_ENDERS and not any(t.text == "," for t in tokens[m + 1 : m + 5]))
                or (low in CIRCUMSTANCE_PREPOSITIONS and _circumstance(view, m + 1) and _no_clause(view, m + 1, end))
            )
        if cut:
            return last_word_before(view, start, m)
    return end


def _new_predicate(view: SentenceView, m: int, end: int) -> bool:
    """After a noun-phrase claim the writer goes on at token `m`: "and" and a
    verb of the subject ("criticized the plan and went back to ..."), a
    comma and a participle phrase that ends the sentence ("praised Trump,
    providing a boost to ..."), or a clause with a pronoun subject ("cited
    the polls as he faces a test"). Not a list ("a kind, loving and
    admirable person", "of covering up, delaying, and withholding") nor a
    participle inside a subject ("Millennials, numbering 75.3 million,
    surpassed ...")."""
    tokens = view.tokens
    token, following = tokens[m], tokens[m + 1]
    low, nxt = token.lower, following.lower
    if following.is_capitalised or view.quotes.covering(following.start) is not None:
        return False
    rest = tokens[m + 2 : end + 1]
    if low == "and":
        if nxt in FINITE_VERBS or nxt in past_forms() or nxt in PAST_VERBS:
            return True
        after = rest[0].lower if rest else ""
        return _regular_past(following) and (after in DETERMINERS | OBJECT_PRONOUNS or after in PREPOSITIONS)
    if token.text == ",":
        if not (nxt.endswith("ing") and len(nxt) > 5 and nxt not in ("including", "according")):
            return False
        if any(t.text in QUOTE_MARKS or t.lower in ("and", "or") or t.text == "," for t in rest[:4]):
            return False  # a list, or the participle introduces a quotation
        return not any(_clause_word(t) or _regular_past(t) for t in rest)
    return low in SUBJECT_CLAUSE_OPENERS and nxt in SUBJECT_PRONOUNS - {"it"}  # not "when it comes to"


RIVAL_CONTRASTS = grammar("rival_contrasts")
RIVAL_ESTIMATES = grammar("rival_estimates")
MAX_ESTIMATE_OBJECT_TOKENS = 5  # "puts the number at", "estimated the death toll at"
MAX_RIVAL_SOURCE_TOKENS = 6  # "the United Nations", "the South Korean government"


def rival_account_end(view: SentenceView, start: int, end: int) -> int:
    """Rule `rival_account_stops_the_content` (of the kind of
    `reported_speech_stops_at_a_contrast`): 'The Korean Catholic Association
    claims it has about 3,000 "registered Catholics," while the United Nations
    puts the number at 800': a comma and "while" or "whereas"
    (claim_grammar.txt rival_contrasts) then a source of its own (a name, an
    organisation, a people or source noun: not a pronoun) that puts a figure
    elsewhere ("puts the number at", "estimates the toll at": rival_estimates)
    open the writer's counterpoint, another account than the speaker's. Not
    a clause with another verb: "found Democrats favored Clinton, while
    Republicans favored Trump" is all the poll's (a cue there is
    `next_attribution_ends_content`'s). Not inside a quotation."""
    tokens = view.tokens
    for m in range(start + 2, min(end, len(tokens) - 2) + 1):
        closing = tokens[m - 1].text in QUOTE_MARKS and tokens[m - 2].text == ","  # '"registered Catholics," while'
        if tokens[m].lower not in RIVAL_CONTRASTS or not (tokens[m - 1].text == "," or closing):
            continue
        if view.quotes.covering(tokens[m].start) is None and _rival_source_and_verb(view, m + 1):
            return last_word_before(view, start, m)
    return end


def last_word_before(view: SentenceView, start: int, m: int) -> int:
    """The last token before token `m` that ends a content starting at
    `start`: a word or a closing quotation mark, not a comma or dash."""
    tokens = view.tokens
    last = m - 1
    while last > start and not tokens[last].is_word and tokens[last].text not in QUOTE_MARKS:
        last -= 1
    return last


def _rival_source_and_verb(view: SentenceView, k: int) -> bool:
    """A source-like noun phrase from token `k` and a verb right after it."""
    tokens = view.tokens
    first = k
    while k < len(tokens) and tokens[k].lower in DETERMINERS:
        k += 1
    last = None
    while k < len(tokens) and k - first < MAX_RIVAL_SOURCE_TOKENS and tokens[k].is_word:
        token = tokens[k]
        if token.is_capitalised and token.lower not in SUBJECT_PRONOUNS:
            last = k
        elif token.lower in ("of", "and") and last is not None:
            pass
        elif token.lower in source_nouns() or is_people_noun(token.lower) or token.lower in title_words():
            last = k
        else:
            break
        k += 1
    if last is None or last + 1 >= len(tokens) or not looks_like_source(view, first, last):
        return False
    verb = last + 1
    while verb < len(tokens) and (tokens[verb].lower in AUXILIARIES or is_adverb(tokens[verb].lower)):
        verb += 1  # "has put", "now puts"
    if verb >= len(tokens) or tokens[verb].lower not in RIVAL_ESTIMATES:
        return False
    return any(t.lower == "at" for t in tokens[verb + 1 : verb + 1 + MAX_ESTIMATE_OBJECT_TOKENS])


INFINITIVE_ADJUNCT_LEADS = grammar("infinitive_adjunct_leads")


def infinitive_adjunct_end(view: SentenceView, start: int, end: int) -> int:
    """Rule `infinitive_adjunct_is_the_writers`: "al-Assad vowed to stamp out
    corruption while strengthening his own grasp on power": after an
    infinitive claim, a participle adjunct ("while", "after" or "before" and
    an -ing form, claim_grammar.txt infinitive_adjunct_leads) is the
    writer's account of what the speaker did, not what was vowed; the claim
    keeps to the infinitive's own clause. Not inside a relative clause (the
    adjunct may be its own), and a quotation is never cut."""
    tokens = view.tokens
    if start >= len(tokens) or tokens[start].lower != "to":
        return end
    if start >= 2 and skip_auxiliaries_left(view, start - 2)[1]:
        # Rule `raised_infinitive_keeps_its_adjunct` (closing note s23, QA round 65 783 s15: "Ling
        # Gu was said to have smashed a black Ferrari into a wall while driving at high speed" lost
        # "while driving at high speed"): after a passive cue ("was said to", "is believed to") the
        # infinitive is the event reported, no act of the speaker's, and its adjunct is part of it
        return end
    for m in range(start + 2, min(end, len(tokens) - 1)):
        if tokens[m].lower in RELATIVES:
            return end  # "vow to go after companies that ship jobs overseas while claiming tax breaks"
        if tokens[m].lower not in INFINITIVE_ADJUNCT_LEADS:
            continue
        verb = m + 2 if is_adverb(tokens[m + 1].lower) and m + 2 < len(tokens) else m + 1
        if not tokens[verb].lower.endswith("ing") or tokens[verb].lower in AUXILIARIES:
            continue
        if view.quotes.covering(tokens[m].start) is not None:
            continue
        return last_word_before(view, start, m)
    return end


def fronted_clause_end(view: SentenceView, start: int, end: int) -> int:
    """Rule `fronted_clause_ends_content`: a cue inside a subordinate clause
    that opens the sentence claims only up to the comma that closes it:
    "While Trump has railed against special-interest provisions, he has
    sought to protect breaks ..." claims "special-interest provisions"."""
    tokens = view.tokens
    if start >= len(tokens) or len(tokens) < 3:
        return end
    first = 1 if tokens[0].lower in ("but", "and", "yet", "so") else 0
    if first and tokens[1].text == ",":
        first = 2  # "But, with 97% of climate scientists agreeing that ..., that excuse doesn't hold"
    first = _after_fronted_circumstance(view, first, start)
    opener = tokens[first].lower
    # Rule `fronted_as_clause_ends_content`: "As the United States threatened force to degrade
    # al-Assad's ability ..., a diplomatic opportunity arose ...": the cue inside "As ..." claims
    # up to its comma ("As Trump said, the economy is weak" still claims the main clause: its
    # content starts after the comma)
    subordinate = opener in FRONTED_SUBORDINATORS or opener in FRONTED_AS or (
        opener in FRONTED_LEADS and tokens[first + 1].lower in FRONTED_SUBORDINATORS
    )
    circumstance = opener in PREPOSITIONS or opener in FRONTED_OPENERS or opener in FRONTED_LEADS
    if not (subordinate or circumstance):
        return end
    commas = [k for k in range(first + 1, start) if _open_comma(view, k) and has_words(view, k + 1, start - 1)]
    if subordinate:
        # Rule `and_after_a_comma_goes_on_in_the_fronted_clause` (QA round 49 K1): "But as Russia
        # continues to supply ... weapons, and Putin writes a piece ... questioning ..., the baggage
        # ... continues to pile up": a main clause never opens with "and", so a comma and "and"
        # join a second clause to the fronted one, which closes only at a later comma
        commas = [k for k in commas if tokens[k + 1].lower != "and"]
    if commas and not _apposition_commas(view, commas, first, start):
        return end  # a comma before the cue: the clause may have closed already
    comma = next((k for k in range(start + 1, end + 1) if _open_comma(view, k)), None)
    if comma is not None and subordinate:
        comma = _past_an_aside_in_the_content(view, start, comma, end)
    if comma is None or not has_words(view, comma + 1, len(tokens) - 1):
        return end
    if not subordinate and not (_main_clause(view, comma + 1) or _demonstrative_clause(view, comma + 1)):
        return end  # "In addition to stating that ..., Clinton has vowed": only before a main clause
    if opener in FRONTED_AS and not _as_clause_holds_the_content(view, start, comma):
        return end
    if view.quotes.covering(tokens[comma].start) is not None:
        return comma + 1  # the quotation closes after its comma
    return last_word_before(view, start, comma)


def _past_an_aside_in_the_content(view: SentenceView, start: int, comma: int, end: int) -> int:
    """Rule `fronted_clause_content_runs_past_an_aside` (qa69c-s26, CNN dev
    273 s12: "While they found that women, on average, take more selfies
    than men, the situation reverses itself" claimed only "women"): a comma
    right after a content of a subject alone (no verb) that opens a short
    aside with no verb (", on average,", ", by most measures,") is not the
    comma that closes the fronted clause when the clause goes on after the
    aside with its verb (a word in lower case, no determiner or pronoun)
    and a comma closes it later; the claim ends at that later comma. "While
    officials denied the report, in Washington, the mood was grim" (no
    later comma; "the" after the aside) keeps the first."""
    tokens = view.tokens
    if has_finite_verb(tokens[start:comma]):
        return comma
    close = next((k for k in range(comma + 1, min(end, comma + 2 + MAX_FRONTED_APPOSITION_TOKENS))
                  if _open_comma(view, k)), None)
    if close is None or close + 1 >= len(tokens):
        return comma
    inside = tokens[comma + 1 : close]
    verb = tokens[close + 1]
    if not inside or not all(t.is_word for t in inside) or has_finite_verb(inside) or not verb.is_word \
            or verb.is_capitalised or verb.lower in DETERMINERS or verb.lower in SUBJECT_PRONOUNS:
        return comma
    later = next((k for k in range(close + 2, end + 1) if _open_comma(view, k)), None)
    return comma if later is None else later


MAX_FRONTED_CIRCUMSTANCE_TOKENS = 6  # "In 2005", "Later that year", "On Tuesday morning"
MAX_FRONTED_APPOSITION_TOKENS = 8  # ", George Kennan,", ", the former secretary of state,"


@cache
def _cue_words() -> frozenset[str]:
    """Every word of a cue form ("said", "railed", "against")."""
    return frozenset(word for form in cue_forms() for word in form)


def _apposition_commas(view: SentenceView, commas: list[int], first: int, start: int) -> bool:
    """Rule `fronted_clause_ends_content_past_an_apposition`: "Although its
    architect, George Kennan, always hoped that it would be used to modify
    Soviet behavior, containment in practice became ...": the two commas
    before the cue enclose an apposition to the subordinate clause's subject
    (a few words, no verb) and only the cue (with its auxiliaries and
    adverbs) follows them, so the clause has not closed; its comma after the
    content still ends the claim. One comma, a verb between the two, or a
    subject after them ("While cross-examining Manning at Ft. Meade,
    Maryland, prosecutor Maj. Ashden Fein asserted ...": the main clause's
    cue) keeps the old reading."""
    tokens = view.tokens
    if len(commas) != 2 or commas[1] - commas[0] - 1 > MAX_FRONTED_APPOSITION_TOKENS or commas[0] <= first + 1:
        return False
    inside = tokens[commas[0] + 1 : commas[1]]
    return bool(inside) and all(t.is_word for t in inside) and not has_finite_verb(inside) \
        and not has_finite_verb(tokens[first + 1 : commas[0]]) \
        and not any(t.lower in SUBJECT_PRONOUNS for t in tokens[first + 1 : commas[0]]) \
        and all(t.is_word and not t.is_capitalised and (
            t.lower in AUXILIARIES or is_adverb(t.lower) or t.lower == "that" or t.lower in _cue_words())
            for t in tokens[commas[1] + 1 : start])


def _after_fronted_circumstance(view: SentenceView, first: int, start: int) -> int:
    """For rule `fronted_clause_ends_content`: "In 2005, when Egyptians mounted
    large-scale protests to demand fundamental and widespread reform, Mubarak
    intimidated ...": a short circumstance (a preposition or a fronted lead and
    a few words, no verb) and its comma may stand before the subordinate
    clause that holds the cue; that clause then opens after the comma. Token
    `first` otherwise."""
    tokens = view.tokens
    if tokens[first].lower not in PREPOSITIONS | FRONTED_OPENERS | FRONTED_LEADS | TIME_LEADS:
        return first  # "In 2005", "Beyond that", "Years later", "Last year"
    for k in range(first + 1, min(first + MAX_FRONTED_CIRCUMSTANCE_TOKENS + 1, start - 1)):
        if not tokens[k].is_word:
            opens = tokens[k].text == "," and tokens[k + 1].lower in FRONTED_SUBORDINATORS
            if opens and not has_finite_verb(tokens[first:k]):
                return k + 1
            return first
    return first


def _as_clause_holds_the_content(view: SentenceView, start: int, comma: int) -> bool:
    """For rule `fronted_as_clause_ends_content`: the cue's object opens
    right after it and runs to the comma ("As the United States threatened
    force to ..., a diplomatic opportunity arose"); not "As Breitbart News
    reported, even on Friday ...", "As Louella Parsons had written just a few
    years earlier, ''We just ...''", "As they say about the doctor, "...""
    where the "As ..." clause is an aside and the rest is what was said."""
    tokens = view.tokens
    if tokens[start - 1].text == "," or tokens[start - 1].text in DASHES:
        return False
    first = tokens[start].lower
    if first in PREPOSITIONS or first in TIME_WORDS or is_adverb(first) or first in ("just", "even", "earlier"):
        return False
    return not (comma + 1 < len(tokens) and tokens[comma + 1].text in QUOTE_MARKS)


MAX_SUBJECT_WORDS = 6


def _main_clause(view: SentenceView, k: int) -> bool:
    """A subject and its verb open at token `k`: "Clinton has vowed",
    "Obama won", "the senator said" (a name, pronoun or determiner, a few
    words, then a finite or past verb)."""
    tokens = view.tokens
    if k >= len(tokens) or view.quotes.covering(tokens[k].start) is not None:
        return False
    head = tokens[k]
    if not (head.is_capitalised or head.lower in SUBJECT_PRONOUNS or head.lower in DETERMINERS):
        return False
    for m in range(k + 1, min(k + MAX_SUBJECT_WORDS + 1, len(tokens))):
        token = tokens[m]
        if not token.is_word:
            return False
        if not token.is_capitalised and (is_main_verb(token) or is_listed_past(token)
                                         or _present_cue_resumes(tokens, m)):
            return True  # "..., his administration continues to carve out ...": a present cue too
    return False


def _demonstrative_clause(view: SentenceView, k: int) -> bool:
    """For rule `fronted_clause_ends_content`: "..., that excuse doesn't hold
    floodwater": a demonstrative, a noun and a negated or finite verb open
    the main clause after a fronted "with ..." phrase."""
    tokens = view.tokens
    if k + 2 >= len(tokens) or tokens[k].lower not in ("that", "this") or view.quotes.covering(tokens[k].start):
        return False
    noun, verb = tokens[k + 1], tokens[k + 2]
    return noun.is_word and not noun.is_capitalised and noun.lower not in SUBJECT_PRONOUNS and (
        verb.lower in FINITE_VERBS or verb.lower.endswith(("n't", "n’t")))


def opens_main_clause(view: SentenceView, k: int) -> bool:
    """A subject and its verb open at token `k` (see `_main_clause`)."""
    return _main_clause(view, k)


def relative_clause_end(view: SentenceView, start: int, end: int) -> int:
    """Rule `relative_clause_ends_content`: a cue in a relative clause
    between commas claims up to the comma that closes it, where the main
    clause's verb follows: "McConnell, who said in 2010 that the goal was to
    make Obama a one-term president, is unhappy" claims "the goal was ..."."""
    tokens = view.tokens
    skip_to = start
    for m in range(start + 1, end):
        if tokens[m].text != "," or m <= skip_to:
            continue
        closing = _appositive_in_a_verbless_head(tokens, start, m)
        if closing is not None:
            skip_to = closing  # rule `appositive_in_the_claims_subject`
            continue
        after = m + 1
        while after <= end and tokens[after].text in QUOTE_MARKS:
            after += 1
        # rule `time_adjunct_after_an_aside`: "..., who denounced him, on Friday declared"
        verb = time_adjunct_end(tokens, after)
        # rule `irregular_past_resumes_the_main_clause` (qa69b-s26, CNN dev 969 s3: "Englert and
        # Higgs, the two physicists who predicted ... that the particle existed, won the Nobel Prize"
        # claimed "..., won the Nobel Prize"): a common irregular past (claim_grammar.txt past_verbs)
        # resumes the main clause as "received" does; so does a past that takes no object (rule
        # `intransitive_past_resumes_the_main_clause`: "The victim, who police said was unarmed,
        # died at the scene" claimed "..., died at the scene": "died" is too short for a regular
        # past and no irregular one; claim_grammar.txt intransitive_pasts)
        if verb <= end and (is_main_verb(tokens[verb]) or _present_cue_resumes(tokens, verb)
                            or is_listed_past(tokens[verb]) or _intransitive_past(tokens[verb])):
            last = last_word_before(view, start, m)
            if tokens[last].text in QUOTE_MARKS and after > m + 1:
                last = after - 1  # '... a "one-term president," is': the quotation closes after the comma
            return last
    return end


def _intransitive_past(token: Token) -> bool:
    """A lower-case past of claim_grammar.txt intransitive_pasts ("died",
    "stayed"): the subject's own verb, never a participle of a noun."""
    return token.is_word and not token.is_capitalised and token.lower in INTRANSITIVE_PASTS


def _appositive_in_a_verbless_head(tokens: Sequence[Token], start: int, m: int) -> int | None:
    """Rule `appositive_in_the_claims_subject`: "when the Food and Drug
    Administration announced that a counterfeit version of Avastin, an
    expensive and commonly used cancer drug, had been purchased by 19
    hospitals": the content of a "that" clause has no verb and no comma before the comma at `m`,
    and an appositive of plain words ("an expensive ... drug") sits between
    its subject and its verb ("had been purchased"), which is the content's
    own, not a main clause resuming. The appositive's closing comma, or None."""
    head = tokens[start:m]
    if start < 1 or tokens[start - 1].lower != "that":
        return None  # "who praised the plan, a costly one, resigned": an object, and the main verb
    if m - start > MAX_APPOSITIVE_WORDS or not head or any(not t.is_word for t in head) or has_finite_verb(head):
        return None
    if m + 1 < len(tokens) and _name_appositive_after_a_common_noun(head, tokens[m + 1]):
        # rule `name_appositive_in_the_claims_subject` (reader round K, CNN-Corpus dev 316 s19:
        # "speculated that the shooter, James Holmes, might have been ..." claimed only "the
        # shooter, James Holmes"): a name set off after "the" + common noun is the noun's
        # appositive, and the verb after its comma is the content's own
        for k in range(m + 1, min(m + 1 + MAX_NAME_APPOSITIVE_WORDS, len(tokens))):
            if tokens[k].text == ",":
                return k if k > m + 1 and has_finite_verb(tokens[k + 1 : k + 2]) else None
            if not tokens[k].is_word or not tokens[k].is_capitalised:
                return None
        return None
    if m + 1 >= len(tokens) or tokens[m + 1].lower not in ARTICLES:
        return None
    for k in range(m + 2, min(m + 2 + MAX_APPOSITIVE_WORDS, len(tokens))):
        if tokens[k].text == ",":
            return k if has_finite_verb(tokens[k + 1 : k + 2]) else None
        if not tokens[k].is_word or has_finite_verb(tokens[k : k + 1]):
            return None
    return None


MAX_APPOSITIVE_WORDS = 10  # ", an expensive and commonly used cancer drug,"
MAX_NAME_APPOSITIVE_WORDS = 4  # ", James Holmes,"


def _name_appositive_after_a_common_noun(head: Sequence[Token], after: Token) -> bool:
    """For rule `name_appositive_in_the_claims_subject`: `head` is "the" and
    lower-case words ("the shooter") and the word after its comma is
    capitalised (a name opens). Not "that Obama, Clinton and Bush": a list
    of names has no article before it."""
    return len(head) >= 2 and head[0].lower == "the" and all(not t.is_capitalised for t in head[1:]) \
        and after.is_word and after.is_capitalised


def is_main_verb(token: Token) -> bool:
    """A finite verb by its form: an auxiliary or modal, a past form, or a
    regular past that is no participle modifying a noun ("elected",
    "unnamed": claim_grammar.txt source_modifiers)."""
    low = token.lower
    return not token.is_capitalised and (low in FINITE_VERBS or is_past_verb(token))


def is_past_verb(token: Token) -> bool:
    """A past verb by its form: an irregular past ("rose") or a regular one
    that is no participle modifying a noun (`_regular_past`)."""
    return not token.is_capitalised and (token.lower in past_forms() or _regular_past(token))


def _present_cue_resumes(tokens: Sequence[Token], k: int) -> bool:
    """Rule `relative_clause_ends_before_a_present_cue`: "Bill Schuette, who
    is defending the ban, says the rulings take effect later": the main
    clause resumes with a cue in the present ("says", "tells", "argues") as
    it does with "said"; the relative clause's claim ends at its comma. Not a
    form that is also a noun ("claims", "reports", "notes"), nor a base form
    in -s ("stress", "discuss"), nor an item of a list, which goes on with
    "and"/"or" ("would help cities, states and towns", "farmers, states, and
    cities": nouns) (session 10 review F5). Also for `_main_clause`."""
    token = tokens[k]
    low = token.lower
    entry = cue_forms().get((low,))
    if token.is_capitalised or entry is None or not low.endswith("s") or low == entry.lemma.split()[0]:
        return False
    if low in clause_nouns() or low in documents() or low in CUE_NOUN_FORMS:
        return False
    after = [t.lower for t in tokens[k + 1 : k + 3]]
    return not (after[:1] in (["and"], ["or"]) or after in ([",", "and"], [",", "or"]))


def _open_comma(view: SentenceView, k: int) -> bool:
    """A comma outside quotation marks, or one that closes a quotation
    ('called the behavior "outrageous," Clinton ...')."""
    tokens = view.tokens
    if tokens[k].text != ",":
        return False
    return view.quotes.covering(tokens[k].start) is None or (k + 1 < len(tokens) and tokens[k + 1].text in QUOTE_MARKS)


def _regular_past(token: Token) -> bool:
    low = token.lower
    return not token.is_capitalised and low.endswith("ed") and len(low) > 4 and low not in source_modifiers()


def _no_clause(view: SentenceView, first: int, last: int) -> bool:
    """Nothing from `first` to `last` but a plain phrase: no clause, no
    argument of the cue ("comments on Facebook about ..."), no comma."""
    return not any(
        _clause_word(t) or t.lower in ARGUMENT_WORDS or t.lower in SUBORDINATORS for t in view.tokens[first : last + 1]
    )


def _clause_word(token: Token) -> bool:
    """A word that makes a clause: a subject pronoun, a finite auxiliary, a
    known past form, a negation, a complementiser or relative."""
    low = token.lower
    if token.is_capitalised and low not in SUBJECT_PRONOUNS:
        return False
    return (
        low in SUBJECT_PRONOUNS
        or low in FINITE_VERBS
        or low in past_forms()
        or low.endswith(("n't", "n\u2019t"))
        or low in ("that", "who", "which")
        or _pronoun_with_a_contracted_verb(low)
    )


CONTRACTED_VERBS = ("'s", "\u2019s", "'re", "\u2019re", "'ll", "\u2019ll", "'d", "\u2019d", "'ve", "\u2019ve",
                    "'m", "\u2019m")
CONTRACTING_PRONOUNS = frozenset({"that", "there", "here", "what", "who", "it"})
CONTRACTING_SUBJECTS = SUBJECT_PRONOUNS | CONTRACTING_PRONOUNS
# every pronoun written with its contracted verb ("that's", "they're", "it'll"): one set test per word in
# `_clause_word`, in place of a test of each ending
CONTRACTED_SUBJECT_FORMS = frozenset(
    subject + ending for subject in CONTRACTING_SUBJECTS for ending in CONTRACTED_VERBS)


def _pronoun_with_a_contracted_verb(low: str) -> bool:
    """Rule `pronoun_with_a_contracted_verb_makes_a_clause` (QA round 60, 425
    s24: "Draper said that's because they do not keep careful track ..."
    gave the content "that's"): a subject pronoun, "that", "there" or "it"
    with a contracted verb ("that's", "they're", "it'll") is a subject and
    its verb, so the content is a clause whose end is not `object_end`'s to
    guess; a name's possessive ("Draper's") is none."""
    return low in CONTRACTED_SUBJECT_FORMS


def pronoun_without_its_contracted_verb(source: str) -> str:
    """Rule `contracted_verb_is_no_part_of_the_source` (qa61b-s22, QA round
    61, 955 s28: "They're also calling for changes to the constitution"
    showed the source "They're"): a subject pronoun written with its
    contracted verb is one token, but the source is the pronoun alone
    ("They"); a name's possessive ("Draper's") is no pronoun and stays."""
    low = source.lower()
    for ending in CONTRACTED_VERBS:
        if low.endswith(ending) and low[: -len(ending)] in SUBJECT_PRONOUNS:
            return source[: -len(ending)]
    return source


def _circumstance(view: SentenceView, k: int) -> bool:
    """A phrase of time or occasion opens at `k`: "an interview Thursday",
    "his time on MSNBC", "a ruling released Thursday", "2015"."""
    tokens = view.tokens
    for m in range(k, min(k + 4, len(tokens))):
        low = tokens[m].lower
        if not tokens[m].is_word or is_adverb(low):
            return False
        if low in ADJUNCT_NOUNS or low in TIME_WORDS or low in CIRCUMSTANCE_NOUNS or is_year(low):
            return True
    return False


CLAUSE_OPENERS = frozenset({"that", ":"}) | QUESTION_WORDS - grammar("thing_relatives") - grammar("object_relatives")


# "him", "them", "us", "me": "it" and "you" may be subjects, "her" a possessive opening a clause
OBJECT_ONLY_PRONOUNS = OBJECT_PRONOUNS - SUBJECT_OR_OBJECT_PRONOUNS - POSSESSIVE_DETERMINERS


def reads_as_clause(view: SentenceView, start: int, end: int | None = None) -> bool:
    """Rule `clausal_content`: the words from character `start` on (up to
    `end`, the content's end, when given) read as a
    clause (an attitude to a proposition), not a bare noun phrase (an action):
    "that", a colon or a quotation opens it, or it holds a subject pronoun, an
    auxiliary or a past form ("claimed the vote was rigged", "claimed he won";
    not "claimed the coldest temperature", "showing pictures of the women")."""
    before = [t for t in view.tokens if t.end <= start]
    tokens = [t for t in view.tokens if t.start >= start and (end is None or t.end <= end)]
    if before and (before[-1].lower in CLAUSE_OPENERS or before[-1].text in QUOTE_MARKS):
        return True  # "showed that turnout rose"
    if not tokens or tokens[0].lower in CLAUSE_OPENERS or tokens[0].text in QUOTE_MARKS:
        return True
    if end is not None and tokens[0].lower in OBJECT_ONLY_PRONOUNS:
        # Rule `object_pronoun_opens_no_clause` (qa69b-s26, PolNeAR train: "the candidate anticipates
        # them and his crowds are instructed in how to handle them"): "them", "him" are objects, no
        # subject of a clause; the clause after "and" is the writer's
        return False
    # within the content's end, an irregular past counts too ("Zamora's story took ..."), but not
    # one in a clause of its own ("added its latest participant in July, when Croatia became ...")
    own = next((m for m, t in enumerate(tokens) if t.text == "," or t.lower in SUBORDINATORS
                or t.lower in RELATIVES), len(tokens))
    return has_finite_verb(tokens) or (end is not None and any(
        is_listed_past(t) for t in tokens[:own]))


# A speaker's label opening a paragraph: "Boyd:", "ALEXANDRIA DOUZIECH:", "L.A. WEEKLY:" (up to four words).
PARAGRAPH_LABEL = re.compile(r"[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}[ \t]*:")


def is_past_participle(word: str) -> bool:
    """A lower-case word that may be a past participle: "released",
    "kept", "written" (not "women", "children")."""
    return (word.endswith("ed") and len(word) > 3) or word in PAST_VERBS or word in EN_PARTICIPLES \
        or word in past_forms()


def has_finite_verb(tokens: Sequence[Token]) -> bool:
    """A subject pronoun, an auxiliary, a past form or a negated verb among
    `tokens` (capitalised words aside): they read as a clause."""
    for token in tokens:
        low = token.lower
        if token.is_capitalised and low not in SUBJECT_PRONOUNS:
            continue
        if low in SUBJECT_PRONOUNS or low in AUXILIARIES or low in past_forms() or low.endswith(("n't", "n\u2019t")):
            return True
        if low.endswith("ed") and len(low) > 4 and low not in source_modifiers():
            return True
    return False


@cache
def fronted_negations() -> tuple[tuple[str, ...], ...]:
    """Negations that open a clause before its auxiliary and subject
    ("not once", "at no point"), longest first, from negations.txt."""
    phrases = sorted(word_set("negations", "fronted"))  # sorted: the same order on every run
    return tuple(sorted((tuple(w.split("_")) for w in phrases), key=len, reverse=True))


@cache
def negative_phrases_in_the_verb_group() -> frozenset[tuple[str, ...]]:
    """The fronted negations of three words with "no" in the middle ("in no
    way", "at no point"): rule `negative_phrase_inside_the_verb_group`."""
    return frozenset(p for p in fronted_negations() if len(p) == 3 and p[1] == "no")


def negative_phrase_ending_at(tokens: Sequence[Token], k: int) -> bool:
    """Rule `negative_phrase_inside_the_verb_group` (CNN-Corpus dev 154 s24:
    "In no way does it show ..."; "The study in no way shows that ..."
    showed the source "The study in no way" and the claim "sugar causes
    disease", not negated): a fronted negation of three words (negations.txt
    fronted: "in no way", "at no point") ending at token `k`, between a
    subject and its cue, is an adverb of the verb group that negates the cue."""
    return k >= 2 and (tokens[k - 2].lower, tokens[k - 1].lower, tokens[k].lower) \
        in negative_phrases_in_the_verb_group()


@cache
def negations_fronted_before_do() -> frozenset[str]:
    """Words that negate only fronted before a form of "do" ("little did
    she know"), from negations.txt."""
    return word_set("negations", "fronted_before_do")


DO_FORMS = grammar("do_forms")


def fronted_negation_end(tokens: Sequence[Token]) -> int | None:
    """Rule `fronted_negation_inverts`: "Not once has he called for a
    ceasefire", "Nor has he said ...", "At no point did she say ...": a
    negation opening the sentence, then an auxiliary and the subject. The
    index of that auxiliary, or None. Rule `little_did_inverts`: "Little
    did she know", after a sentence's "But," or "And" too ("But, little did
    she know ...")."""
    found = fronted_negation(tokens)
    return None if found is None else found[1]


def fronted_negation(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The first token of a fronted negation and the index of its auxiliary
    (`fronted_negation_end`), or None. Rule `conjunction_is_no_part_of_the_cue`
    (junk-s20, web test s19: the chocolate page showed the cue "But, little
    did she know"): a sentence's "But," before "little did" opens no part of
    the negation, so the cue shown starts at "little"."""
    words = [t.lower for t in tokens[:5]]
    for phrase in fronted_negations():
        n = len(phrase)
        if tuple(words[:n]) == phrase and n < len(tokens) and tokens[n].lower in FINITE_VERBS:
            return 0, n
    lead = 0
    if lead < len(tokens) and tokens[lead].lower in SENTENCE_CONJUNCTIONS:
        lead += 1 + (lead + 1 < len(tokens) and tokens[lead + 1].text == ",")
    if lead + 1 < len(tokens) and tokens[lead].lower in negations_fronted_before_do() \
            and tokens[lead + 1].lower in DO_FORMS:
        return lead, lead + 1
    return None


@cache
def clause_fronted_negations() -> frozenset[str]:
    """Negations that open a joined clause inside a sentence before its
    auxiliary and subject (", nor could it confirm"), from negations.txt."""
    return word_set("negations", "clause_fronted")


MAX_CLAUSE_INVERTED_SUBJECT_TOKENS = 4


def joined_clause_negation(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """Rule `nor_clause_inverts` (qa72fix-s27, QA round 72, CNN dev 795 s19:
    "CNN could not immediately reach the Ukrainian government for comment,
    nor could it confirm the identity of "Olga."" showed the speaker "could
    it" and a plain "confirm"): "nor" (or "neither") after a comma, a
    semicolon or "and" opens a joined clause whose auxiliary comes before
    its subject, and that clause is negated. The first token of the negation
    and the index of its auxiliary, when the subject ends at token k; else
    None. "Neither Warren nor Clinton said" (a name after "nor") and a
    sentence's opening "Nor has he said" (`fronted_negation`) are not this."""
    lowest = max(1, k - MAX_CLAUSE_INVERTED_SUBJECT_TOKENS - 1)
    for n in range(k - 2, lowest - 1, -1):
        if tokens[n].lower not in clause_fronted_negations():
            continue
        joined = tokens[n - 1].text in (",", ";") or tokens[n - 1].lower in ("and", "but")
        if joined and tokens[n + 1].lower in FINITE_VERBS \
                and all(t.is_word and t.lower not in FINITE_VERBS for t in tokens[n + 2 : k + 1]):
            return n, n + 1
        return None
    return None


FRONTED_PLACE_PREPOSITIONS = grammar("fronted_place_prepositions")
MAX_PLACE_WORDS = 3


def region_after_a_place(tokens: Sequence[Token], comma: int) -> int:
    """Rule `place_and_region_stay_in_the_fronted_phrase`: "In a speech
    Monday in Aberdeen, Scotland, Cameron made a plea ... and warned":
    the comma after a place ("in Aberdeen") that a region or country
    follows ("Scotland,") does not close the fronted phrase; the next
    comma does. The index of the comma that closes it (`comma` itself
    when no such place stands before it). Linear in the few words around."""
    m = comma - 1
    while m >= 0 and comma - m <= MAX_PLACE_WORDS and tokens[m].is_capitalised \
            and tokens[m].lower not in FRONTED_PLACE_PREPOSITIONS:
        m -= 1
    if m < 0 or m == comma - 1 or tokens[m].lower not in FRONTED_PLACE_PREPOSITIONS:
        return comma
    end = comma + 1
    while end < len(tokens) and end - comma <= MAX_PLACE_WORDS and tokens[end].is_capitalised:
        end += 1
    if end == comma + 1 or end + 1 >= len(tokens) or tokens[end].text != ",":
        return comma
    if " ".join(t.lower for t in tokens[comma + 1 : end]) not in places():
        return comma  # "In London, Owen Jones, a liberal columnist, ...": a person, not a region
    after = tokens[end + 1]
    return end if after.is_word and (after.is_capitalised or after.lower in ARTICLES) else comma


MAX_EXAMPLE_LIST_TOKENS = 12


def group_of_the_examples(view: SentenceView, first: int, last: int) -> tuple[int, int] | None:
    """Rule `examples_are_not_the_group`: "stars including Jamie Oliver and
    fitness guru Joe Wicks call on ...", "groups such as Amnesty and Human
    Rights Watch said": a subject that ends a list of examples after
    "including" or "such as" (token `first` opens its last item, after "and"
    or "or") is the group the list illustrates, never the list's last name.
    The group's noun phrase (first and last token), or None when no such
    list stands before `first` (or the subject `first`..`last` holds it).
    The group reading holds only when the list is the subject: the group's
    noun phrase opens its clause (not "He met several leaders, including
    Merkel, and Hollande said", "backed by Democrats including Pelosi, and
    Trump said"), and ", and" closes the list only when commas part its
    items ("including A, B, and C"), never after a list already closed
    ("..., including 12 children, and the ministry said"). Walks left over at most a dozen tokens."""
    tokens = view.tokens
    if first < 3 or tokens[first - 1].lower not in ("and", "or", "including", "as"):
        return None
    if tokens[first].lower in pronouns():
        return None  # "... areas such as the Rust Belt, and they rejected ...": a new clause's subject
    # the subject may hold the whole list: "groups such as Amnesty and Human Rights Watch said"
    # (but "errors, including a national security adviser ... acknowledging" is one example's)
    whole = tokens[first - 1].lower in ("including", "as")
    if whole and not any(t.lower in ("and", "or") for t in tokens[first : last + 1]):
        return None
    opening = first - 1 if whole else first - 2
    for m in range(opening, max(opening - MAX_EXAMPLE_LIST_TOKENS, 0), -1):
        token = tokens[m]
        if token.text == ",":
            continue
        such_as = token.lower == "as" and tokens[m - 1].lower == "such"
        if token.lower != "including" and not such_as:
            if not token.is_word or token.lower in SUBORDINATORS or token.lower in RELATIVES:
                return None
            continue
        if not whole and tokens[first - 2].text == "," \
                and not any(t.text == "," for t in tokens[m + 1 : first - 2]):
            return None  # ", including 12 children, and the ministry said": a new clause
        before = m - 2 if such_as else m - 1
        while before >= 0 and tokens[before].text == ",":
            before -= 1
        if before < 0 or not tokens[before].is_word:
            return None
        group = np_left(view, before)
        if group is None or (group > 0 and not _opens_a_clause(tokens[group - 1])):
            return None  # "He met several leaders, including ...": an object, not the subject
        return group, before
    return None


def _opens_a_clause(token: Token) -> bool:
    """The token before a noun phrase leaves it at the head of its clause:
    a comma after a fronted phrase, a colon, a quotation mark, "that" or a
    subordinator ("In an open letter, stars including ..."), not a verb or a
    preposition ("met several leaders", "backed by Democrats")."""
    return not token.is_word or token.lower == "that" or token.lower in SUBORDINATORS


AFFILIATION_PREPOSITIONS = frozenset({"with", "of", "from", "at"})
MAX_AFFILIATION_TOKENS = 8


def affiliation_ends_the_sentence(view: SentenceView, after: int) -> bool:
    """Rule `affiliation_after_the_source`: "The facility ... was hit
    Tuesday, according to Vladimir Seliyvanov, with Dontesk Railways.": a
    phrase of "with", "of", "from" or "at" and a capitalised name that ends
    the sentence after the source's comma is where the source works, not
    more of the claim ("... was hit Tuesday with Dontesk Railways").
    "..., according to police, with more arrests expected" (lower-case, a
    clause of its own) stays."""
    tokens = view.tokens
    if after < 1 or after >= len(tokens) or tokens[after - 1].text != "," \
            or tokens[after].lower not in AFFILIATION_PREPOSITIONS:
        return False
    rest = [t for t in tokens[after + 1 :] if t.text not in (".", "!", "?")]
    if not rest or len(rest) > MAX_AFFILIATION_TOKENS or not rest[0].is_word:
        return False
    return all(t.is_word and (t.is_capitalised or t.lower in ("the", "of", "and", "for", "&")) for t in rest) \
        and any(t.is_capitalised for t in rest)


MAX_VENUE_TAIL_WORDS = 8


def short_plain_tail(view: SentenceView, start: int, end: int | None = None) -> bool:
    """The words from `start` to the end of the sentence (or to token `end`)
    are a short plain phrase (at most eight words, no quotation, no "that",
    no punctuation but the final stop): "in a interview with Pakistani
    media.", "at the time." Not 'on the show "Morning Joe" that "..."'."""
    rest = [t for t in view.tokens[start:end] if t.text not in (".", "!", "?")]
    return 0 < len(rest) <= MAX_VENUE_TAIL_WORDS and all(t.is_word and t.lower != "that" for t in rest)


MAX_LOWER_CASE_SOURCE_WORDS = 3  # "Arkansas, court records", "Arkansas, sheriff's deputies"


def body_with_its_state(name: Sequence[Token], state: Sequence[Token], tail: Sequence[Token]) -> str | None:
    """Rule `state_between_commas_names_one_body` (session 12, QA round 37's
    634), the one reader of "Name, State, tail" for rules.py (where the
    source ends) and speakers.py (who spoke): a capitalised name (its
    article aside), a listed place between commas, and then either a
    capitalised phrase ending in an organisation word ("the Pulaski County,
    Arkansas, Sheriff's Office": "body", one body) or a few lower-case words
    that a people, source or document noun ends ("Pulaski County, Arkansas,
    officials": "people", an unnamed source with its county and state), or
    a title and a name ("Harris County, Texas, Sheriff Ed Gonzalez":
    "person", the officer). None for anything else ("Smith, Texas, Inc.": no body word)."""
    name = [t for t in name if t.is_word]
    tail = [t for t in tail if t.is_word]
    if name and name[0].lower in grammar("articles"):
        name = name[1:]
    if not name or not tail or not all(t.is_capitalised for t in name) \
            or " ".join(t.lower for t in state if t.is_word) not in places():
        return None
    if all(t.is_capitalised for t in tail) and len(tail) >= 3 and tail[0].lower.rstrip(".") in title_words():
        # "According to Harris County, Texas, Sheriff Ed Gonzalez, ...": the county's titled
        # officer, the person named after the title (session 12 review, list 7)
        return "person"
    if all(t.is_capitalised for t in tail):
        return "body" if without_possessive(tail[-1].lower) in organisation_words() else None
    head = tail[-1].lower
    if len(tail) <= MAX_LOWER_CASE_SOURCE_WORDS and not any(t.is_capitalised for t in tail) \
            and (is_people_noun(head) or head in source_nouns() or head in documents()):
        return "people"
    return None


# What a source asked about being named, said once for the rules that read it: rule
# `anonymity_is_no_claim` (extract.py: "who asked not to be named" is no claim of its own) and
# rule `anonymous_count_is_unnamed` (speakers.py: "One, who asked not to be named, said").
ANONYMITY = re.compile(
    r"\s*(?:(?:not )?to be (?:named|identified|quoted)(?: only)?(?: by (?:his|her|their) first names?)?"
    r"|to (?:use|give) (?:only )?(?:his|her|their) first names?(?: only)?|to remain anonymous|anonymity"
    # qa64a-s23 (QA round 64, 550 s3: "who asked that her last name not be used"): the subjunctive
    r"|(?:that )?(?:his|her|their) (?:(?:last|full|real|family) )?names? "
    r"(?:not be (?:used|published|given|revealed|disclosed|printed)|be withheld))\b"
    r"(?:,?\s+(?:because|as|since|while|due to|given)\b.*)?",
    re.IGNORECASE | re.DOTALL,
)
# a relative clause between a source and its cue that asks for anonymity: ", who asked not to
# be named,", ", who spoke on condition of anonymity,", ", who declined to be identified,"
ANONYMOUS_RELATIVE = re.compile(
    r"\s*,\s*who\s+(?:(?:asked|requested|spoke|wished|wanted|declined|did|not|want|on|condition|of)\s+){1,5}"
    r"(?P<request>.+?)\s*,\s*",
    re.IGNORECASE | re.DOTALL,
)


def asks_anonymity(text: str) -> bool:
    """Whether `text` is only a request not to be named ("not to be named",
    "anonymity", "to be identified by her first name because ...")."""
    return ANONYMITY.fullmatch(text.rstrip(" ,.")) is not None


def requests_anonymity_at(text: str, start: int) -> bool:
    """Whether a request not to be named opens `text` at character `start`
    ("not to be named, said ...", "not to be identified because ..."), as
    ANONYMITY reads it; "not to be afraid" is none."""
    return ANONYMITY.match(text, start) is not None


def anonymous_relative(text: str) -> bool:
    """Whether `text`, what stands between a source and its cue, is a
    relative clause asking for anonymity (", who asked not to be named,")."""
    found = ANONYMOUS_RELATIVE.fullmatch(text)
    return found is not None and asks_anonymity(found.group("request"))
