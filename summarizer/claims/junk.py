"""Junk claims: cue words used for acts, not for anything anyone said, and
the writer's own lines.

"Cairo's administrative court rejected a controversial rule", "Jose found
her asleep", "election officials recounted the votes": a cue verb with a
bare noun phrase as its object reports an act unless the noun phrase is
itself a statement ("denied the allegations"). Which cues read so is data
(summarizer/rules/act_readings.txt). JUNK_RULES drop a candidate frame
before nesting; WRITERS_LINE_RULES ("I think ...", "Does X think ...?")
drop an outermost frame together with the cues inside it. The rules here
are named and each has a test sentence in tests/test_claims_junk_s4.py or
tests/test_claims_junk_s5.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise, takewhile

from summarizer.claims.cues import plural_noun_form
from summarizer.claims.grammar import (
    ADVERB_AUXILIARIES,
    AUXILIARIES,
    BE,
    COMPOUND_HEADS_AFTER_A_CUE,
    CONDITION_OPENERS,
    CURRENCY_SIGNS,
    DASHES,
    DETERMINERS,
    FINITE_VERBS,
    GROUP_PARTS,
    MODALS,
    MONTHS,
    NAMING_MARKERS,
    NAMING_PARTICIPLES,
    NOUN_PHRASE_ENDS,
    NUMBERS,
    OBJECT_PRONOUNS,
    PARAGRAPH_LABEL,
    PAST_VERBS,
    PREPOSITIONS,
    QUESTION_WORDS,
    RELATIVE_PRONOUNS,
    RELATIVES,
    SEEMING_CUES,
    SINGULAR_PRONOUNS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    THING_PRONOUNS,
    TIME_UNITS,
    TIME_WORDS,
    WANTING_CUES,
    gerund_item_of_an_including_list,
    has_finite_verb,
    is_adverb,
    is_count,
    is_count_word,
    is_noun_word,
    is_past_form,
    is_past_participle,
    is_past_verb,
    joined_clause_negation,
    reads_as_clause,
    relative_that_after_a_document,
    time_adjunct_end,
)
from summarizer.claims.lexicon import (
    auxiliary_verbs,
    body_nouns,
    clause_nouns,
    cue_forms,
    documents,
    ends_in_plural_s,
    grammar,
    inflections,
    is_news_outlet,
    is_people_noun,
    noun_cues,
    noun_sets,
    past_forms,
    pronouns,
    refusal_leads,
    source_nouns,
    title_word_kinds,
    title_words,
)
from summarizer.claims.model import Claim
from summarizer.claims.names import (
    ARTICLES,
    FIRST_PERSON_SUBJECTS,
    POSSESSIVE_DETERMINERS,
    connectors,
    first_names,
    organisation_acronyms,
    organisation_words,
)
from summarizer.claims.no_claims import NO_CLAIM_RULES
from summarizer.claims.polarity import cue_last_token, polarity
from summarizer.claims.rules import (
    JUDGING_VERBS,
    SAYING_DOCUMENTS,
    SUBORDINATORS_OR_RELATIVES,
    YES_NO_QUESTION_OPENERS,
    Frame,
)
from summarizer.claims.text import LOOSE_WORD, LOWER_CASE_WORD, POSSESSIVE_S, QUOTE_MARKS, SentenceView, Token
from summarizer.rules import word_set

PHRASE_BREAKS = frozenset({",", ";", ":", "(", ")", "\u2014", "\u2013", "--", "?", "!"})
NOT_NOUN_PHRASE_OPENERS = grammar("subordinators") | grammar("prepositions") | frozenset({"to", "not", "never"})


# the pronouns of one person, "it" aside ("he", "she"; "him", "her")
INFINITIVE_TAKING_NOUNS = noun_sets("junk_readings")["infinitive_taking_nouns"]  # "the right to vote"
HE_OR_SHE = SINGULAR_PRONOUNS - {"it"}
PERSONAL_OBJECT_PRONOUNS = OBJECT_PRONOUNS - {"it"}


def object_noun_phrase(view: SentenceView, frame: Frame) -> list[Token] | None:
    """The words of a bare noun phrase right after the cue, up to a
    preposition, a subordinator or punctuation ("a barrage" of "found a
    barrage of horrible messages"; "her asleep"), or None when the content
    reads as a clause ("found the vote was rigged", "asked her to leave"),
    opens with a quotation or stands before the cue."""
    if frame.clause_final or len(frame.content) != 1 or frame.cue_token < 0:
        return None
    start, end = frame.content[0]
    tokens = view.tokens_within(start, end)
    if not tokens or view.quotes.covering(tokens[0].start) is not None or tokens[0].text in QUOTE_MARKS:
        return None
    if tokens[0].lower in NOT_NOUN_PHRASE_OPENERS or not tokens[0].is_word:
        return None
    phrase: list[Token] = []
    for k, token in enumerate(tokens):
        if token.lower == "to" and k > 0 and tokens[k - 1].lower in INFINITIVE_TAKING_NOUNS:
            break  # junk3-s23 (QA61 955 s27): "deny people the right to free speech": the noun's own "to"
        if token.lower == "to" and not _preposition_to(tokens[k + 1 : k + 2]):
            return None  # "asked her to leave", "wants them to go": an infinitive clause
        if token.text in PHRASE_BREAKS or token.text in QUOTE_MARKS or token.lower in NOUN_PHRASE_ENDS:
            break
        if k > 0 and token.lower == "such" and tokens[k + 1 : k + 2] and tokens[k + 1].lower == "as":
            break  # junk2-s21 (QA59 847 s9): "key features such as the remains": examples follow the head
        if k > 0 and token.lower in NAMING_MARKERS and not any(t.lower in RELATIVES for t in tokens[k + 1 :]):
            # claims-s20 (QA round 56, 581 s13: "Inman published an Oatmeal comic called "What it's
            # like ..."): a naming word ends the noun phrase; the title after it is its name. Not
            # before a relative clause: 'a report called "Tesla Now" that said sales would double'
            # gives what the report said
            break
        phrase.append(token)
    if not phrase or any(t.lower in VERB_AUXILIARIES for t in phrase):
        return None
    if has_finite_verb([t for k, t in enumerate(phrase) if t.lower not in ADVERB_AUXILIARIES
                        and not _participle_adjective(phrase, k)]):
        return None  # "found the vote was rigged"; "an even bigger park" is no verb
    return [t for t in phrase if t.is_word]


def _participle_adjective(phrase: list[Token], k: int) -> bool:
    """Session 9: "the renewed effort", "its revised plan": an -ed word
    between a determiner and a noun is an adjective, no past verb."""
    return 0 < k < len(phrase) - 1 and phrase[k - 1].lower in DETERMINERS and phrase[k].lower.endswith("ed") \
        and phrase[k + 1].is_word and not phrase[k + 1].is_capitalised and phrase[k + 1].lower not in DETERMINERS


def _preposition_to(after: list[Token]) -> bool:
    """"to Rebecca", "to the judge", "to them": "to" before a noun phrase."""
    if not after:
        return False
    word = after[0]
    return word.is_capitalised or word.lower in DETERMINERS or word.lower in OBJECT_PRONOUNS or word.text[0].isdigit()


def _hearer_to(after: list[Token]) -> bool:
    """"to his co-hosts", "to the judge", "to Rebecca": "to" before a noun
    phrase (a possessive too), not an infinitive ("to leave")."""
    return _preposition_to(after) or (bool(after) and after[0].lower in POSSESSIVES)


VERB_AUXILIARIES = auxiliary_verbs()


def act_readings() -> dict[str, frozenset[str]]:
    """Cue lemma -> object words that make it an act (act_readings.txt)."""
    return {lemma.replace("_", " "): words for lemma, words in noun_sets("act_readings").items()}


def act_object(view: SentenceView, frame: Frame) -> bool:
    """Rule `act_object_is_no_claim`: a cue whose object is a bare noun
    phrase headed by a thing acted on (act_readings.txt) reports an act:
    "Cairo's administrative court rejected a controversial rule Tuesday",
    "election officials recounted the votes", "Jose found her asleep".
    "The court rejected the notion that ..." and "posted a message reading
    'Thank you'" stay claims."""
    cue_form = view.text[frame.cue[0] : frame.cue[1]].lower()
    words = act_readings().get(cue_form) or act_readings().get(frame.entry.lemma)
    if not words:
        return False
    start, end = frame.content[0]
    if _quotes_words(view, start, end):
        return False
    after = view.tokens[frame.cue_token + 1] if 0 <= frame.cue_token < len(view.tokens) - 1 else None
    if after is not None and "@" + after.lower in words:
        # "appeared before a judge Monday", "contend with male chauvinism", "he shows up";
        # "have known for weeks that the dam would fail" is a claim
        following = view.tokens[frame.cue_token + 2 : frame.cue_token + 2 + MAX_ADJUNCT_WORDS]
        if after.lower in PREPOSITIONS and following and following[0].text in DASHES:
            return False  # "issues most Republicans can agree on — a, b, supporting c": the object went before
        if following and following[0].lower in QUESTION_WORDS - TIME_OR_PLACE_QUESTION_WORDS:
            return False  # "not everyone agrees on who is a terrorist": a question the cue answers
        if after.lower in OBJECT_PRONOUNS and following and (following[0].lower == "to" or has_finite_verb(
                following[:1])):
            return False  # "expect it to pass", "expect it will": a clause, not a thing awaited
        if after.lower not in PREPOSITIONS and len(following) > 1 and following[0].is_word \
                and not following[0].is_capitalised and following[0].lower not in PREPOSITIONS \
                and is_noun_word(following[0].lower) \
                and not _participle_with_its_object(following) \
                and has_finite_verb(following[1:]):
            # the word modifies the subject of a clause (review s19 finding 6: "Police confirmed
            # dead bodies were found in the river"); "292 confirmed dead, 12 missing" ends there
            return False
        # a "that" or (rfb-s17, review s17 finding 5) a colon after the object brings in what is
        # said: "Economists agree on one thing: prices will rise"; so does one the content opens
        # after a longer circumstance (qa68c-s25: "testified before the Senate Judiciary Committee
        # that ..."; "testify in the lawsuit that the singer's mother filed" is a relative)
        opened = [t for t in view.tokens if t.end <= start][-1:]
        return not any(t.lower == "that" or t.text == ":" for t in [*following, *opened])
    frame = _past_a_hearers_apposition(view, frame)
    # session 19 (web test s19 thebalance: "Coinbase charges extra fees based on the account used"):
    # a listed head before a passive participle ("fees based on") is the object, as for topics
    phrase = object_noun_phrase(view, frame) or _head_before_a_passive_participle(view, frame, words) \
        or _listed_head_before_an_infinitive(view, frame, words)
    if phrase is None:
        return False
    phrase = _before_a_participle_modifier(_past_a_group_part(view, phrase), words)
    while len(phrase) > 1 and (phrase[-1].lower in TIME_WORDS or phrase[-1].lower in TIME_UNITS) \
            and phrase[-1].lower not in words:  # a listed time word heads ("observes World Water Day")
        phrase = phrase[:-1]  # "rejected a controversial rule Tuesday", "conceded defeat Tuesday night"
        # qa63b-s22 (QA63 516 s25): "claiming the US PGA Championship the following year": the time
        # phrase's leads go with it
        while len(phrase) > 1 and (phrase[-1].lower in TIME_PHRASE_LEADS or phrase[-1].lower in DETERMINERS):
            phrase = phrase[:-1]
    # only the head: "found a positive message works better" is a clause; a reflexive head
    # ("defended himself at all is highly unusual") is never a clause's subject
    head = phrase[-1]
    if head.lower in REFLEXIVES:
        return head.lower in words and not _participle_goes_on(view, frame) and not _defence_against(view, frame, head)
    return (head.lower in words or ANY_OBJECT in words) and not _participle_goes_on(view, frame) \
        and not _clause_verb_after_the_object(view, frame, head) and not _call_addressed(view, frame, head) \
        and not _called_something(view, frame, head) and not _questions_on_a_topic(view, frame, head)


MAX_CONTACT_SUBJECT_WORDS = 3  # "leaders", "most voters", "the White House"


def act_noun_before_its_contact_clause(view: SentenceView, frame: Frame) -> bool:
    """Rule `act_noun_heading_a_contact_clause_is_no_claim` (CNN-Corpus dev
    298: "This is the billion-dollar question leaders should be asking
    because Japan is ..." showed the speaker "This is the billion-dollar
    question leaders" asking "because Japan is ..."): a listed object of the
    cue's act (act_readings.txt: "ask: question") right before the cue's
    subject heads a contact relative ("the question leaders should be
    asking"): the cue's object is that noun, named before the cue, and
    nothing after the cue is what anyone said. The noun is written in lower
    case: "The Crime Statistics Bureau cited in ..." is a name. "Leaders should be asking
    whether Japan will invest" (no noun before the subject) and "the
    question, leaders said, is ..." (a comma) stay as they were."""
    if frame.source is None or frame.clause_final or frame.source[1] > frame.cue[0]:
        return False
    words = act_readings().get(frame.entry.lemma)
    if not words:
        return False
    tokens = view.tokens
    inside = [k for k, t in enumerate(tokens) if frame.source[0] <= t.start and t.end <= frame.source[1]]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    for j in range(max(first - 1, 0), last):
        subject = tokens[j + 1 : last + 1]
        if tokens[j].lower in words and not tokens[j].is_capitalised \
                and len(subject) <= MAX_CONTACT_SUBJECT_WORDS and all(t.is_word for t in subject) \
                and subject[0].lower not in PREPOSITIONS:
            return True
    return False


def _participle_with_its_object(following: Sequence[Token]) -> bool:
    """Rule `particle_then_a_participle_is_an_act` (reader round F,
    CNN-Corpus dev 451: "Pharrell Williams, who showed up wearing an
    oversized forest ranger-style hat, earned ..." showed "showed: up
    wearing ..."): an -ing word and a determiner after the particle
    ("showed up wearing an ...") is a participle with its object, no
    modifier of a clause's subject ("confirmed dead bodies were found",
    "confirmed missing bodies were found"), so "oversized" is no clause's
    verb."""
    return len(following) > 1 and following[0].lower.endswith("ing") and following[1].lower in DETERMINERS


def _called_something(view: SentenceView, frame: Frame, head: Token) -> bool:
    """Rule `characterised_object_of_call_stays` (claims-s24, with the
    convening heads of act_readings.txt `call`: "called a snap election" is
    an act): a call whose object's head is followed, in its content, by a
    noun phrase right after a word that is no preposition ("called her vote
    in favor of the Iraq War a mistake") names the object, a claim; "called
    a meeting to discuss ... rallying around a third-party candidate" and
    "called 911 to report a suspicious person" (past "to": a purpose) stay
    the act."""
    if frame.entry.lemma != "call":
        return False
    rest = view.tokens_within(head.end, frame.content[0][1])
    infinitive = next((m for m, t in enumerate(rest) if t.lower == "to"), len(rest))
    rest = rest[:infinitive]  # "called 911 to report a suspicious person": the purpose, no naming
    return any(t.lower in ("a", "an") and m > 0 and rest[m - 1].is_word and rest[m - 1].lower not in PREPOSITIONS
               and rest[m - 1].lower not in VERB_AUXILIARIES and not rest[m - 1].lower.endswith("ing")
               for m, t in enumerate(rest))


TIME_PHRASE_LEADS = grammar("time_leads") | grammar("time_relations") | word_set("junk_readings", "time_phrase_leads")
MAX_HEARER_APPOSITION_TOKENS = 10  # ", then the U.S. ambassador to China,"


def _past_a_hearers_apposition(view: SentenceView, frame: Frame) -> Frame:
    """Rule `hearers_apposition_is_no_object` (junk3-s23, QA63 712 s19: "Rui
    asked Gary Locke, then the U.S. ambassador to China, a question that
    ..." gave asked / "then the U.S. ambassador to China, a question ..."):
    a content that opens, right after a named hearer and a comma, with an
    apposition about that hearer (a title or people noun in it, a comma
    after it) has its object after that comma: "a question", which
    act_readings.txt reads as an act. The frame unchanged otherwise
    ("asked Gary Locke, then the ambassador, whether ..." is a clause the
    rule's other checks keep)."""
    if frame.clause_final or len(frame.content) != 1:
        return frame
    start, end = frame.content[0]
    tokens = view.tokens
    inside = view.token_indices(start, end)
    if not inside or inside[0] < 2 or tokens[inside[0] - 1].text != "," or not tokens[inside[0] - 2].is_capitalised:
        return frame
    comma = next((m for m in inside[: MAX_HEARER_APPOSITION_TOKENS + 1] if tokens[m].text == ","), None)
    if comma is None or comma == inside[-1]:
        return frame
    apposition = tokens[inside[0] : comma]
    if not any((not t.is_capitalised and is_people_noun(t.lower)) or t.lower in title_words() for t in apposition):
        return frame
    return frame.with_content(((tokens[comma + 1].start, end),))



MAX_INFINITIVE_OBJECT_WORDS = 4  # "a constitutional amendment" before "to ban ..."


def _listed_head_before_an_infinitive(view: SentenceView, frame: Frame, words: frozenset[str]) -> list[Token] | None:
    """qa64a-s23 (QA round 64, 424 s26: "voters rejected a constitutional
    amendment to ban gay marriage"): a short noun phrase right after the cue
    whose last word is a listed act object and is followed by "to" and a
    verb (what the thing was for): that phrase, or None. "rejected the
    notion that ..." (not listed) stays a claim."""
    tokens = view.tokens
    k = frame.cue_token
    if k < 0 or frame.clause_final:
        return None
    for m in range(k + 1, min(k + 2 + MAX_INFINITIVE_OBJECT_WORDS, len(tokens) - 1)):
        if not tokens[m].is_word:
            return None
        if tokens[m].lower == "to":
            head = tokens[m - 1]
            return list(tokens[k + 1 : m]) if m > k + 1 and head.lower in words else None
    return None


def _call_addressed(view: SentenceView, frame: Frame, head: Token) -> bool:
    """Review s19 finding 9: a call for help from someone or for someone
    ("The UN called for help from member states to end the war") is a
    demand put in words, where "to call for help" alone is the act
    (act_readings.txt `call_for`, junk_readings.txt addressed_call_prepositions)."""
    if frame.entry.lemma != "call for":
        return False
    after = next((t for t in view.tokens if t.start >= head.end), None)
    return after is not None and after.lower in _junk_words("addressed_call_prepositions")


def _questions_on_a_topic(view: SentenceView, frame: Frame, head: Token) -> bool:
    """qa68c-s25 (act_readings.txt `answer: questions`): questions answered
    about a topic ("answering questions about how gender has affected her
    career", "answered a question about his agenda") tell what was spoken
    of, a claim PolNeAR counts; "would not answer any questions while his
    conviction is appealed" stays the act (junk_readings.txt
    answered_topic_prepositions)."""
    if frame.entry.lemma != "answer":
        return False
    after = next((t for t in view.tokens if t.start >= head.end), None)
    return after is not None and after.lower in _junk_words("answered_topic_prepositions")


def _defence_against(view: SentenceView, frame: Frame, head: Token) -> bool:
    """Session 19: a defence of oneself against a charge or for a deed
    answers it in words ("defended himself on Saturday for bailing on his
    own bill", "Defends Himself Against Claims He Exaggerated"), where
    "the fact that he defended himself at all is highly unusual" is the act
    (act_readings.txt `defend`, junk_readings.txt defence_complements)."""
    return any(t.lower in _junk_words("defence_complements") for t in view.tokens_within(head.end, frame.content[0][1]))


def _past_a_group_part(view: SentenceView, phrase: list[Token]) -> list[Token]:
    """Session 19 (web test s19 axios: "Rick's team wrote most of the beta
    code before I joined"): a part of a group ("most", "some", "all") right
    before "of" heads nothing itself; the object's head is the noun after
    "of" ("most of the beta code": "code"). Any other phrase is kept."""
    if len(phrase) != 1 or phrase[0].lower not in GROUP_PARTS:
        return phrase
    k = view.tokens.index(phrase[0])
    if k + 2 >= len(view.tokens) or view.tokens[k + 1].lower != "of":
        return phrase
    part: list[Token] = []
    for token in view.tokens[k + 2 :]:
        if token.text in PHRASE_BREAKS or token.text in QUOTE_MARKS or token.lower in NOUN_PHRASE_ENDS:
            break
        part.append(token)
    words = [t for t in part if t.is_word]
    if not words or has_finite_verb(words):
        return phrase  # "some of the staff said ...": a clause, left to the rule's other checks
    return words




def topic_readings() -> dict[str, frozenset[str]]:
    """Cue lemma -> object heads that name a topic (topic_readings.txt)."""
    return {lemma.replace("_", " "): words for lemma, words in noun_sets("topic_readings").items()}


def topic_object(view: SentenceView, frame: Frame) -> bool:
    """Rule `naming_a_topic_is_no_claim` (session 14): a cue whose whole
    object is a bare noun phrase headed by a topic word of that cue
    (topic_readings.txt) names what was spoken of and states nothing:
    "Mexico's Interior Ministry announced the staggering statistic on
    Tuesday", "Rights groups have cited advances since then", "Hagel
    emphasized the importance of the loya jirga's decision". Kept: a
    quotation, a clause ("announced the statistic was wrong", "cited
    advances that show ..."), a participle clause after a comma, and the
    heads not listed ("cited the release of political prisoners", which
    PolNeAR counts)."""
    words = topic_readings().get(frame.entry.lemma)
    if not words or frame.clause_final or len(frame.content) != 1:
        return False
    start, end = frame.content[0]
    if _quotes_words(view, start, end):
        return False
    phrase = object_noun_phrase(view, frame) or _head_before_a_passive_participle(view, frame, words)
    if not phrase:
        return False
    while len(phrase) > 1 and (phrase[-1].lower in TIME_WORDS or phrase[-1].lower in TIME_UNITS):
        phrase = phrase[:-1]  # "announced the statistic Tuesday"
    after = view.tokens_within(phrase[-1].end, end)
    if any(t.lower in _junk_words("topic_content_relatives") for t in after):
        return False  # "cited advances that show the policy worked": the relative says something
    if _statement_after_the_topic(view, phrase[-1], after):
        return False
    return phrase[-1].lower in words and not _participle_goes_on(view, frame) \
        and not _clause_verb_after_the_object(view, frame, phrase[-1])


PASSIVE_PARTICIPLE_FOLLOWERS = PREPOSITIONS | TIME_WORDS | frozenset({"last", "this", "earlier"})


def _head_before_a_passive_participle(view: SentenceView, frame: Frame, words: frozenset[str]) -> list[Token] | None:
    """For rule `naming_a_topic_is_no_claim` (session 17, web test s16
    wevolver): "cited statements made last year by one executive about the
    issues": a past participle right after a listed head, followed by a
    preposition or a time ("made by", "made last year"), modifies the head
    (the statements that were made), where object_noun_phrase reads the
    past form as a clause's verb. "cited statements made the market fall"
    (an object after the verb) is left to that reading."""
    start, end = frame.content[0]
    tokens = view.tokens_within(start, end)
    for k in range(1, len(tokens) - 1):
        if tokens[k].text in PHRASE_BREAKS or tokens[k].text in QUOTE_MARKS:
            return None
        if tokens[k - 1].lower in words and is_past_participle(tokens[k].lower) \
                and tokens[k + 1].lower in PASSIVE_PARTICIPLE_FOLLOWERS:
            head = tokens[:k]
            if head[0].lower in NOT_NOUN_PHRASE_OPENERS or has_finite_verb(head):
                return None
            return [t for t in head if t.is_word]
    return None


def _statement_after_the_topic(view: SentenceView, head: Token, after: Sequence[Token]) -> bool:
    """For rule `naming_a_topic_is_no_claim` (review s14 L2): the sentence
    goes on to state the topic, after a colon ("announced statistics on
    Tuesday: crime fell 10 percent.") or as proof of something ("cited
    advances in medicine as proof the ban had worked")."""
    rest = [t for t in view.tokens if t.start >= head.end]
    if any(t.text == ":" for t in rest[:-1]):
        return True
    nouns = _junk_words("topic_statement_nouns")
    return any(a.lower == "as" and b.lower in nouns for a, b in pairwise(after))


def _before_a_participle_modifier(phrase: list[Token], words: frozenset[str]) -> list[Token]:
    """Session 13 (QA round 39): "posted a video showing what it said was
    the pilot", "tweeted a photo montage showing him with children": an
    -ing word right after a listed head noun modifies it (a reduced
    relative), so the head is the noun before it, not "showing". Only a
    listed head is cut, so "found a way" readings are untouched. Session 19
    (web test s19 gaijinpot: "applications to call for help discreetly all
    serve as ..."): an -ly adverb right after a listed head ends the noun
    phrase too."""
    for k in range(1, len(phrase)):
        word = phrase[k]
        if (word.lower.endswith("ing") or is_adverb(word.lower)) and not word.is_capitalised \
                and phrase[k - 1].lower in words:
            return phrase[:k]
    return phrase


def _clause_verb_after_the_object(view: SentenceView, frame: Frame, head: Token) -> bool:
    """"He predicted the outcome of the vote would be close" (session 11
    review F6): the object noun phrase and its post-modifier ("of the vote")
    are the subject of a clause when a finite verb or modal (claim_grammar.txt
    finite_verbs) follows them before a comma or the content's end; the cue
    reports that clause. A relative or subordinator first ("rejected a rule
    Tuesday that would ...") opens a clause about the object, which stays an
    act."""
    for token in view.tokens_within(head.end, frame.content[0][1]):
        if token.text in PHRASE_BREAKS or token.lower in SUBORDINATORS_OR_RELATIVES:
            return False
        if token.lower in FINITE_VERBS:
            return True
    return False


def _participle_goes_on(view: SentenceView, frame: Frame) -> bool:
    """"Cleland denied that request Monday, ruling that prosecutors did not
    present any evidence ...": a participle clause after a comma inside the
    content carries the source's claim (and the cues inside it stay nested:
    no "prosecutors showing")."""
    start, end = frame.content[0]
    tokens = view.tokens_within(start, end)
    return any(a.text == "," and b.is_word and b.lower.endswith("ing") and not b.is_capitalised
               for a, b in pairwise(tokens))


TIME_OR_PLACE_QUESTION_WORDS = word_set("junk_readings", "time_or_place_question_words")
MAX_ADJUNCT_WORDS = 4  # "known for weeks that", "known for the last two years that"
ANY_OBJECT = "*"  # act_readings.txt: every bare noun phrase ("boasts two high-profile females" = has)


def _quotes_words(view: SentenceView, start: int, end: int) -> bool:
    """A quotation of some words inside start..end: what was said is given.
    A quotation a naming word brings in ("in a paper titled: 'A limited-preview
    ...'", session 17) is a name, not words said."""
    return any(len(view.text[max(s, start) : min(e, end)].split()) >= MIN_QUOTED_WORDS
               and not _named_by_the_word_before(view, s)
               for s, e in view.quotes.inside(start, end))


def _named_by_the_word_before(view: SentenceView, quote_start: int) -> bool:
    """A naming word ("titled", "called", "entitled") right before a
    quotation, a colon or comma between them aside; or a work's title
    (rule `title_case_quotation_after_a_work_is_its_title`)."""
    before = [t for t in view.tokens if t.end <= quote_start and t.text not in QUOTE_MARKS]
    while before and before[-1].text in (":", ","):
        before.pop()
    return bool(before) and (before[-1].lower in NAMING_MARKERS or _title_of_a_work(view, quote_start, before))


MAX_WORK_TO_TITLE_WORDS = 3  # "songs such as", "his new book,"
TITLE_WORD_LENGTH = 4  # the words a title capitalises; "of", "and", "for" may stay lower case


def _title_of_a_work(view: SentenceView, quote_start: int, before: Sequence[Token]) -> bool:
    """Rule `title_case_quotation_after_a_work_is_its_title` (reader round
    F, CNN-Corpus dev 451 and 371: 'Williams, who's written such songs as
    "We've Only Just Begun" and "Evergreen," had struggled ...' gave
    "written: such songs as ...", and 'said Lakoff, who writes about the
    messaging ... in his new book, "The Little Blue Book: The Essential
    Guide ..."' gave "writes: about the messaging ..."): a quotation whose
    words of four letters or more are all capitalised, two of them at
    least, a few words after a written work (claim_grammar.txt
    written_works: "songs", "book"), is the work's title, not words said.
    'his book, "We lost the war and we knew it"' (prose) stays words said."""
    span = view.quotes.covering(quote_start)
    if span is None:
        return False
    long_words = [w for w in re.findall(r"[^\W\d_][\w'\u2019-]*", view.text[span[0] : span[1]])
                  if len(w) >= TITLE_WORD_LENGTH]
    if len(long_words) < 2 or not all(w[0].isupper() for w in long_words):
        return False
    near = [t for t in before[-MAX_WORK_TO_TITLE_WORDS - 1 :] if t.is_word]
    return any(t.lower in grammar("written_works") for t in near)


MIN_QUOTED_WORDS = 3  # "reading 'Thank you Georgia'" gives the words; "known as 'Mr. Cha'" a name


EMPTY_ENDINGS = (("as", "follows"), ("the", "following"), ("as", "following"))


def as_follows(view: SentenceView, frame: Frame) -> bool:
    """Rule `as_follows_is_no_content`: "Christian Solidarity Worldwide
    described Ibrahim's case as follows": the content only points at what
    comes next, so the line would show no claim; "described the ruling as
    a disgrace" stays."""
    words = [t.lower for s, e in frame.content for t in view.tokens if s <= t.start and t.end <= e and t.is_word]
    return tuple(words[-2:]) in EMPTY_ENDINGS


def gerund_list(view: SentenceView, frame: Frame) -> bool:
    """Rule `gerund_list_is_no_cue`: an -ing cue joined to another -ing word
    by "and"/"or" names activities in a list, the subject of a sentence:
    "Politics, bureaucracy, finding and acquiring suitable land have all
    contributed"; "finding that the land was unsuitable" stays."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 0 or k + 2 >= len(tokens) or not tokens[k].lower.endswith("ing") or frame.source is None:
        return False
    if not (tokens[k + 1].lower in ("and", "or") and tokens[k + 2].lower.endswith("ing") and tokens[k + 2].is_word):
        return False
    # the source is the first item of a list: "Politics, bureaucracy, finding and ..."
    return LIST_ITEMS.fullmatch(view.text[frame.source[1] : tokens[k].start]) is not None


LIST_ITEMS = re.compile(r"(?:\s*,\s*[\w-]+(?:\s+[\w-]+)?)*\s*,\s*")


NON_SPEAKER_WORDS = noun_sets("junk_readings")["non_speaker_words"]
CONTRACTED_SUBJECTS = word_set("junk_readings", "contracted_subjects")
PLACE_PREPOSITIONS = grammar("place_prepositions")
CLAUSE_OPENERS_AFTER_A_CUE = grammar("clause_openers_after_a_cue")
BE_CONTRACTIONS = frozenset({"'s", "\u2019s"})


def no_speaker_source(view: SentenceView, frame: Frame) -> bool:
    """Rule `fragment_is_no_source`: a source that is a pointing word or a
    contracted "it is" is a fragment of the writer's sentence, never a
    speaker: "Here are nine things everyone should know" ("Here" know,
    or "here are nine things you" know), a partitive phrase ("Of the 755
    witness reports the FBI made public, ...": "Of the 755 witness" reports),
    "Let's just say it can get uncomfortable", "it's most often found in a
    capsule" ("it's most" found), an adverb opening an imperative ("Only
    call NHS 111 if you cannot cope": "Only" call; session 14); nor is the
    place of a participle before
    it ("documents found at his compound suggest": "at his compound"
    suggest). "Here, Sanders said ..." keeps its speaker (the source is
    Sanders)."""
    if frame.source is None:
        return False
    tokens = view.tokens_within(frame.source[0], frame.source[1])
    if not tokens:
        return False
    if len(tokens) == 1 and tokens[0].lower in NON_SPEAKER_WORDS:
        return True
    if _opens_with_a_subordinator(tokens) and not (frame.content and _quotes_words(view, *frame.content[0])):
        return True  # a quotation keeps its claim, unresolved ("after Clinton ..., telling her, '...'")
    if len(tokens) >= 2 and tokens[0].lower in THING_PRONOUNS:
        return True  # session 19: "Everything you think you know about dead skin cells is wrong"
    if len(tokens) >= 3 and tokens[0].lower == "of" and tokens[0].is_capitalised:
        return True  # "Of the 755 witness reports the FBI made public, ...": "Of the 755 witness" reports
    if len(tokens) >= 3 and tokens[0].lower == "here" and tokens[1].lower in BE:
        return True  # "here are five things you didn't know": the writer's list ("there are those who say" stays)
    lowered = [t.lower for t in tokens]
    if len(tokens) >= 2 and lowered[0] in PLACE_PREPOSITIONS and not tokens[0].is_capitalised:
        k = view.tokens.index(tokens[0])
        before = view.tokens[k - 1].lower if k > 0 else ""
        if before == "found" or (before.endswith(("en", "wn")) and len(before) > 4):
            return True  # "Other documents found at his compound suggest ...": "at his compound" suggests
    joined = "".join(t.text for t in tokens[:2]).lower()
    return (len(tokens) >= 2 and lowered[0] in CONTRACTED_SUBJECTS and lowered[1] in BE_CONTRACTIONS) or joined in (
        "let's", "let\u2019s")


def existential_there_source(view: SentenceView, frame: Frame) -> bool:
    """Rule `existential_there_is_no_source` (qa71b s27, cnn113 s51: "In
    fact there is very little to suggest that alcoholic drinks have any
    significant effect on tooth decay" showed the source "In fact there is
    very" and the claim "suggest: alcoholic drinks have any significant
    effect", its negation lost): a cue in the infinitive ("to suggest")
    after a source that holds the existential "there" and a form of "be" is
    the writer's own sentence ("there is little / scant evidence to
    suggest"), never a speaker's, wherever an opener put it ("In fact", "In
    truth"); `fragment_is_no_source` reads a lone "There". "In fact, there
    are many who say" keeps its claim (no "to" before the cue: the source is
    "many")."""
    if frame.source is None or frame.cue_token < 1 or view.tokens[frame.cue_token - 1].lower != "to":
        return False
    tokens = view.tokens_within(frame.source[0], frame.source[1])
    return any(a.lower == "there" and (b.lower in BE or b.lower in BE_CONTRACTIONS) for a, b in pairwise(tokens))


MAX_NEGATED_NOUN_WORDS = 3  # "no authoritative research", "no new evidence", "no peer-reviewed studies"


def participle_after_a_negated_noun(view: SentenceView, frame: Frame) -> bool:
    """Rule `participle_after_a_negated_noun_is_no_claim` (QA round s29, CNN dev 301 s30: "But
    there have been no authoritative research showing whether consuming sugary drinks is directly
    linked to a rise in obesity" gave the source "been no authoritative research" and the claim
    "showing: whether consuming sugary drinks ..."; with "that" the claim would read as shown,
    its negation lost): a participle cue right after a noun phrase that "no" opens ("no studies
    showing", "no evidence suggesting") tells what nothing shows; nobody claims it. Kept: "studies
    showing that the drug works" (no "no") and "No one is saying the plan failed" (a finite cue)."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 2 or frame.clause_final or not tokens[k].lower.endswith("ing") or tokens[k].is_capitalised:
        return False
    for j in range(k - 1, max(k - 2 - MAX_NEGATED_NOUN_WORDS, -1), -1):
        token = tokens[j]
        if not token.is_word:
            return False
        if token.lower == "no":
            return j < k - 1
        if token.is_capitalised or token.lower in DETERMINERS or token.lower in PREPOSITIONS \
                or token.lower in SUBORDINATORS:
            return False  # "received no response after calling the sheriff": the participle's own clause
    return False


def wh_infinitive_content(view: SentenceView, frame: Frame) -> bool:
    """Rule `wh_infinitive_content_is_no_claim` (qa71b s27, cnn113 s17:
    "Marazita couldn't tell us exactly where to find these kids" gave the
    claim "couldn't tell: where to find these kids"; PolNeAR: "I didn't know
    how to deal with everything", "Readers tell how to vote"): a content that
    is a question word and an infinitive ("where to find", "how to use",
    "what to do"), after at most an adverb ("exactly"), names a matter, not
    anything stated. The cue's own rule `wh_infinitive_is_no_cue` reads
    "deciding what to say"; "told us where the kids were" (a clause) stays,
    and so does a question that is a clause's subject ("said how to vote was
    a private matter": a finite verb after the infinitive's phrase, before a
    comma or a relative)."""
    if len(frame.content) != 1 or frame.clause_final:
        return False
    words = view.tokens_within(*frame.content[0])
    if words and words[0].lower in UNKNOWN_STATE_ADVERBS:
        words = words[1:]
    if len(words) < 3 or words[0].lower not in QUESTION_WORDS or words[1].lower != "to" \
            or view.quotes.covering(words[0].start) is not None:
        return False
    phrase = list(takewhile(lambda t: t.is_word and t.lower not in RELATIVES, words[3:]))
    return not has_finite_verb(phrase)


def is_cut_source(source: str) -> bool:
    """Rule `cut_source_is_shown_as_none` (junk-s20, QA round 53: "led a
    lawyer who visited the captain and two crew members in custody to
    question whether ..." showed the source "two crew members in", and "A
    move to cut off aid would likely anger those allies who have urged
    ..." the source "A"): a source left unresolved that ends on a
    lower-case preposition, article, possessive or "and" ("Earlier in the",
    "some of his"), or is a lone article, is a piece cut out of a longer
    phrase and names no one. A lone possessive ("his claim that ...") is
    the pronoun source it is. The claim stays (PolNeAR counts such
    attributions), shown with no source rather than the piece. "The mayor"
    and "the head of the agency" end on a noun and stay; so does a piece
    that resolved to a speaker ("a Washington Post/ABC poll in" showed the
    poll)."""
    words = source.split()
    if len(words) == 1:
        return words[0].lower() in ARTICLES
    last = words[-1]
    return last.islower() and (
        last in PREPOSITIONS or last in ARTICLES or last in POSSESSIVE_DETERMINERS or last in ("and", "or"))


PRONOUN_PHRASE_SECONDS = grammar("pronoun_phrase_seconds")


def is_clause_or_adverbial_source(source: str) -> bool:
    """Rule `source_is_no_clause_nor_adverbial` (wrongs-s21, QA round 57: 398
    s33 "The administration initially and stubbornly for several days
    insisted ..." showed the source "stubbornly for several days", 988 s13
    "I follow sharp instructions from my mother not to tell ..." the source
    "I follow sharp instructions from my mother"): a source left unresolved
    is a noun phrase or nothing. One that opens with a lower-case -ly adverb
    and a preposition is the writer's adverbial; one that opens with a
    subject pronoun and a word that does not go on its noun phrase
    (claim_grammar.txt pronoun_phrase_seconds: "they both", "he and his
    wife", "we ourselves") is a clause ("she has spoken", "I follow ...");
    so is one that opens with a lower-case auxiliary (QA round s29, PolNeAR
    train: "were the candidates' favorite television", "is chairman of Our
    Principles Pac", CNN dev 155 s29 "have lost friends", shown as unnamed
    speakers). The claim stays, shown with no source, as
    `cut_source_is_shown_as_none` does; "nearly 200 people" and a lone
    "they" stay."""
    words = [w.strip(",.;:") for w in source.split()]
    if len(words) < 2 or not words[1]:
        return False
    first, second = words[0], words[1]
    if first.islower() and is_adverb(first) and second in PREPOSITIONS:
        return True
    if opens_with_an_auxiliary(source):
        return True
    if _verb_of_a_clause_with_its_object(words) is not None:
        return True
    return first.lower() in SUBJECT_PRONOUNS and second.islower() and second not in PRONOUN_PHRASE_SECONDS \
        and not source.split()[0].endswith(",")


def opens_with_an_auxiliary(source: str) -> bool:
    """Part of rule `source_is_no_clause_nor_adverbial` (QA round s29): a
    source of two words or more whose first is a lower-case auxiliary ("have
    lost friends", "is chairman of Our Principles Pac", "were the
    candidates' favorite television") is a verb group cut out of a clause,
    no noun phrase; also read for an unnamed speaker shown as written."""
    words = source.split()
    return len(words) >= 2 and words[0].islower() and words[0] in VERB_AUXILIARIES and words[0][:1].isalpha()


def _verb_of_a_clause_with_its_object(words: list[str]) -> int | None:
    """Rule `source_with_a_finite_verb_and_its_object_is_no_source`
    (qa63b-s22, QA round 63: 939 s17 "Days before Foley's killing was made
    public on August 19, his family sent the extremists a message, asking
    ..." showed the source "public on August 19, his family sent the
    extremists a message", 516 s23 "on January 1 they took to their
    respective Twitter"): a subject (a subject pronoun, or a determiner and
    a noun) and a past verb that goes on ("took to", "sent the") is a
    clause, no noun phrase. "the letter sent to the court" (a participle
    with a preposition after a noun) and "the officials involved" stay.
    The index of that verb among `words`, or None."""
    lows = [w.lower() for w in words]
    for k in range(1, len(lows) - 1):
        verb, after = lows[k], lows[k + 1]
        if not words[k].islower() or not (verb in PAST_VERBS or verb in past_forms()):
            continue
        if lows[k - 1] in SUBJECT_PRONOUNS:
            return k  # "they took to their respective Twitter"
        if k >= 2 and (lows[k - 2] in DETERMINERS or lows[k - 2] in POSSESSIVE_DETERMINERS) \
                and words[k - 1].islower() and (after in DETERMINERS or after in POSSESSIVE_DETERMINERS):
            return k  # "his family sent the extremists a message"
    return None


SOURCE_WORD = re.compile(r"\S+")


def subject_of_a_clause_source(source: str) -> tuple[int, int] | None:
    """Rule `subject_of_a_clause_source_is_the_source` (junk3-s23, QA63 939
    s17 and 516 s23, after `source_with_a_finite_verb_and_its_object_is_no_source`
    showed them with no source): of a source that holds a clause with its
    verb and object ("public on August 19, his family sent the extremists a
    message", "on January 1 they took to their respective Twitter"), the
    clause's subject is the source as written: "his family", "they" (a
    subject pronoun, or a determiner and a noun, right before the verb).
    Character offsets within `source`, or None when the source holds no
    such clause or its subject is a single determiner. "The administration
    initially and stubbornly for several days" (an adverbial) gives None."""
    spans = [(m.start(), m.end()) for m in SOURCE_WORD.finditer(source)]
    words = [source[a:b].strip(",.;:") for a, b in spans]
    if len(words) < 2 or not words[1]:
        return None
    k = _verb_of_a_clause_with_its_object(words)
    if k is None:
        return None
    first = k - 1 if words[k - 1].lower() in SUBJECT_PRONOUNS else k - 2
    start = spans[first][0]
    end = spans[k - 1][0] + len(words[k - 1])
    return (start, end) if source[start:end].split() and not source[start].isspace() else None


def _opens_with_a_subordinator(tokens: Sequence[Token]) -> bool:
    """For rule `fragment_is_no_source` (session 19, QA round 53 952: "But
    after U.S. calls for Egyptian military restraint ... were met with a
    crackdown, Obama canceled a joint military exercise and announced the
    review" gave "after U.S." announced): a source that opens with a
    lower-case subordinator is a piece of the writer's adverbial clause,
    never a noun phrase. "When Smith spoke, officials said" reads its
    source after the comma and stays."""
    return len(tokens) >= 2 and not tokens[0].is_capitalised and tokens[0].lower in SUBORDINATORS


NAMING_CUES = word_set("junk_readings", "naming_cues") | word_set("junk_readings", "naming_oneself_cues")
REFERRING_CUE = "refer to"  # names with "as": "refers to itself as ..."
REFLEXIVES = word_set("junk_readings", "naming_reflexives")


def names_oneself(view: SentenceView, frame: Frame) -> bool:
    """Rule `naming_oneself_is_no_claim`: "He calls himself Jah'Keem Yisrael":
    a reflexive object and a name give the name one goes by, no claim;
    "Trump called himself 'very pro-choice'" (a quoted judgment) stays.
    qa63b-s22 (QA round 63, 939 s3): so does 'ISIS refers to itself as "the
    Islamic State."' (a name after "as", quoted or not); "refers to itself
    as a movement of the people" (no name) stays."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.entry.lemma == REFERRING_CUE and k >= 0 and tokens[k + 1 : k + 2] and tokens[k + 1].lower == "to":
        k += 1  # "refers to itself as ..."
    elif frame.entry.lemma not in NAMING_CUES:
        return False
    if k < 0 or k + 2 >= len(tokens) or tokens[k + 1].lower not in REFLEXIVES:
        return False
    name = tokens[k + 2]
    if name.lower == "as":
        after = [t for t in tokens[k + 3 : k + 6] if t.text not in QUOTE_MARKS]
        name = after[1] if len(after) > 1 and after[0].lower == "the" else (after[0] if after else name)
    elif frame.entry.lemma == REFERRING_CUE:
        return False
    return name.is_word and name.is_capitalised and name.text != "I"


def elliptical_infinitive(view: SentenceView, frame: Frame) -> bool:
    """Rule `elliptical_infinitive_is_no_claim`: "the government doesn't want
    them to, right in the danger zone": an object and a bare "to", the verb
    left out, say nothing; "wants them to leave" stays. Session 19 (QA round
    53 965: "the gallery is as open as the state wants it to be"): so does a
    "to be" with its complement left out ("wants it to be open" stays; "have
    urged them to do" names what was urged before it, and PolNeAR counts it)."""
    words = [t for s, e in frame.content[:1] for t in view.tokens if s <= t.start and t.end <= e]
    if len(words) >= 2 and words[0].lower in OBJECT_PRONOUNS and words[1].lower == "to" \
            and len(words) >= 3 and words[2].lower in ELLIPTICAL_VERBS:
        words = words[:2] + words[3:]
    return (len(words) >= 2 and words[0].lower in OBJECT_PRONOUNS and words[1].lower == "to"
            and (len(words) == 2 or not words[2].is_word))


ELLIPTICAL_VERBS = noun_sets("junk_readings")["elliptical_verbs"]  # "wants it to be"


def extraposed_it(view: SentenceView, frame: Frame) -> bool:
    """Rule `it_before_an_infinitive_is_no_source`: "It has become
    fashionable to talk about the legacy of large sporting events", "it's
    safe to say": "it" with a copula stands for the infinitive clause, so no
    one speaks; "It goes on to say the settlers would ..." stays."""
    k = frame.cue_token
    if frame.source is None or k < 1 or view.tokens[k - 1].lower != "to":
        return False
    source = view.text[frame.source[0] : frame.source[1]].lower().split()
    if source[:1] != ["it"] or not all(w in COPULAS or w in EXTRAPOSING_VERBS for w in source[1:]):
        return False  # and "It goes on to say ..." is the statement's; "It pains" (me to admit) is cut
    between = source[1:] + [t.lower for t in view.tokens[:k] if t.start >= frame.source[1]]
    return any(w in COPULAS or w in EXTRAPOSING_VERBS for w in between)


COPULAS = BE | frozenset({"become", "became", "becomes", "seems", "seemed", "'s", "\u2019s"})
# verbs whose "it" stands for the infinitive after them as a copula's does ("It helps to know ...")
EXTRAPOSING_VERBS = noun_sets("junk_readings")["extraposing_verbs"]


PARTICIPLE_MODIFIER_LEADS = ARTICLES | {"this", "that", "his", "her", "its", "their"}
MODIFIER_ADJECTIVES = grammar("modifier_adjectives")
CLAUSE_REPORTING_VERBS = grammar("clause_reporting_verbs")


def participle_modifier(view: SentenceView, frame: Frame) -> bool:
    """Rule `participle_is_a_modifier`: a past participle between a
    determiner and its noun modifies the noun, it reports nothing: "In one
    written statement that was read aloud, ..."; "the statement, written
    by his lawyer, said ..." is another frame."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 1 >= len(tokens) or not tokens[k].lower.endswith(("ed", "en")):
        return False
    noun, lead = tokens[k + 1], tokens[k - 1].lower
    if lead == "one":  # "In one written statement", not "one warned voters"
        lead = "a" if k >= 2 and tokens[k - 2].lower in PREPOSITIONS else ""
    if lead in MODIFIER_ADJECTIVES and k >= 2 and (
            tokens[k - 2].lower in PARTICIPLE_MODIFIER_LEADS or tokens[k - 2].lower.endswith(POSSESSIVE_S)
            or (tokens[k - 2].is_capitalised and tokens[k - 2].text.endswith(("'", "\u2019")))):
        lead = "the"  # "John Paul's first reported miracle": an ordinal after a possessor
    return (lead in PARTICIPLE_MODIFIER_LEADS and noun.is_word and not noun.is_capitalised
            and noun.lower not in NOT_NOUN_PHRASE_OPENERS and noun.lower not in OBJECT_PRONOUNS
            and noun.lower not in SUBJECT_PRONOUNS and noun.lower not in DETERMINERS)


def object_relative_cue(view: SentenceView, frame: Frame) -> bool:
    """Rule `object_relative_cue_claims_no_main_clause` (session 11, QA
    round 37: "The expulsion, which President Nicolas Maduro first announced
    Sunday, comes after the State Department expressed concerns" gave
    Maduro / announced / "comes after ..."): the cue of a relative clause
    whose relative pronoun is its object ("which Y announced", "that Y
    reported") has said what the relative points back to; the content the
    frame read past the comma that closes the clause is the writer's main
    predicate, no one's claim. "The report, which officials said was
    flawed, ..." (the relative is the subject of the claim, read right
    after the cue) stays."""
    if frame.clause_final or frame.source is None or not frame.content:
        return False
    tokens = view.tokens
    k = frame.cue_token
    first = _source_token(view, frame)
    if first is None or first == 0 or first > k or tokens[first - 1].lower not in ("which", "that", "whom"):
        return False
    if first < 2 or tokens[first - 2].text != ",":
        return False  # "said that Y reported ...": a complementiser, not a relative after its noun
    start = frame.content[0][0]
    return any(t.text == "," for t in tokens[k + 1 :] if t.end <= start)


def participle_joined_to_an_act(view: SentenceView, frame: Frame) -> bool:
    """Rule `participle_joined_to_an_act_is_the_contents` (session 11, QA
    round 37: "the party said government troops had violently raided its
    headquarters, firing tear gas and demanding security cameras" gave the
    party / demanding / "security cameras"): a participle cue joined by
    "and" or "or" to a participle of an act that opens the clause after a
    comma ("firing tear gas and demanding") shares that act's subject, the
    troops of the reported clause; the outer speaker demands nothing. A cue
    joined to a cue ("..., adding ... and noting ...") and participles with
    no reported clause before them ("Biden hit the trail, trashing Trump and
    accusing him of ...") stay."""
    if frame.rule != "participle_clause":
        return False
    tokens = view.tokens
    k = frame.cue_token
    if k < 3 or tokens[k - 1].lower not in ("and", "or"):
        return False
    comma = next((m for m in range(k - 2, -1, -1) if tokens[m].text in (",", ";")), None)
    if comma is None or comma + 1 >= k - 1:
        return False
    opener = tokens[comma + 1]
    if not (opener.is_word and not opener.is_capitalised and opener.lower.endswith("ing")
            and (opener.lower,) not in cue_forms()):
        return False
    # the act stands in a clause reported before the comma ("the party said troops had raided its
    # headquarters, firing ..."); with no reporting verb there ("Biden hit the campaign trail,
    # trashing Trump and accusing him of ...") the participles are the sentence subject's own
    return any(tokens[m].lower in CLAUSE_REPORTING_VERBS for m in range(comma - 2))


def participle_after_a_prepositional_noun(view: SentenceView, frame: Frame) -> bool:
    """Rule `participle_after_a_prepositional_noun_is_a_modifier` (session
    11, usa-today: "In video posted on social media of the scene, the young
    woman appears to ..." gave an unresolved "post" claim "on social media
    of the scene"): a past participle cue right after a lower-case noun
    that a preposition opened, at the sentence start or after a comma ("In
    video posted", "..., in a photo shared"), modifies that noun; nobody is
    said to speak (whatever source the frame read: "In video"). A subject
    before the cue ("The senator posted on Facebook that ...", "a group of
    rabbis called for ...") and a subordinate clause ("after the department
    asked ...", "after being warned by ...") stay."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.clause_final or k < 2 or not tokens[k].lower.endswith("ed"):
        return False
    if frame.source is not None:
        after = next((m for m, t in enumerate(tokens) if t.start >= frame.source[1]), k)
        if 0 < after < k - 1 and tokens[after - 1].lower in documents() and tokens[after].lower.endswith("ed"):
            # rule `document_heads_its_reduced_passive` (rules.py): "A statement posted on the
            # website described how ...": the document before its participle is the source
            return False
    noun = tokens[k - 1]
    if not noun.is_word or noun.is_capitalised or noun.lower in PREPOSITIONS or noun.lower in DETERMINERS \
            or noun.lower in SUBJECT_PRONOUNS or noun.lower in BE or noun.lower.endswith("ing"):
        return False
    j = k - 2
    while j > 0 and tokens[j].lower in DETERMINERS:
        j -= 1
    # "of" and a preposition inside the sentence hold a subject's complement ("another study from
    # 2011 noted"); a subordinator opens a clause whose subject or passive may well speak
    if tokens[j].lower in PREPOSITIONS and tokens[j].lower != "of" and (j == 0 or tokens[j - 1].text == ",") \
            and tokens[j].lower not in grammar("subordinators"):
        return True
    return _medium_of_another_cue(tokens, k)


MAX_MEDIUM_MODIFIERS = 2  # "in amateur video posted", "in a grainy online video posted"


def _medium_of_another_cue(tokens: Sequence[Token], k: int) -> bool:
    """Part `medium_of_another_cue` of `participle_after_a_prepositional_noun_is_a_modifier` (QA
    round 44, 759 s14: '"We took control ...," a fighter said in amateur video posted online
    Thursday from the oil field, "as proof, ..."' gave a second, speakerless "post" claim): the
    noun (a document or a medium, junk_readings.txt media) before the participle cue stands in
    the medium of the cue right before its preposition
    ("said in amateur video posted online", "wrote in a letter posted on her website"); the
    participle modifies that medium. Its lower-case modifiers may stand between ("amateur"),
    unlike at a sentence's start, where "In recent years researchers reported ..." has a subject."""
    if tokens[k - 1].lower not in documents() | _junk_words("media"):
        return False  # "support for licenses and praised her": no medium before the participle
    j = k - 2
    modifiers = 0
    while j > 0 and tokens[j].is_word and not tokens[j].is_capitalised and tokens[j].lower not in PREPOSITIONS \
            and modifiers <= MAX_MEDIUM_MODIFIERS and not tokens[j].lower.endswith("ed"):
        j -= 1
        modifiers += 1
    return tokens[j].lower in PREPOSITIONS and tokens[j].lower != "of" and j > 0 and _opens_a_cue(tokens, j - 1)


def participle_on_a_fronted_medium(view: SentenceView, frame: Frame) -> bool:
    """Rule `participle_on_a_fronted_medium_is_a_modifier` (QA round b s28,
    CNN 841 s28: "In a third video, showing the same tank, a man says to the
    camera, ..." gave a speakerless "showing: the same tank" claim, listed
    among the brief's unconfirmed claims): a present participle cue right
    after the comma that closes a fronted phrase of a preposition and a
    medium or a document ("In a third video,", "In the footage,"), with no
    source read and no clause after it, tells what the medium shows; nobody
    says it (what it shows ends at the next comma: "In the footage, showing
    a burning truck, soldiers ..."). "In the video, showing that the army
    had left, ..." (a clause) and "In a statement, the ministry said ..."
    stay."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.source is not None or frame.clause_final or k < 3 or not tokens[k].lower.endswith("ing") \
            or tokens[k - 1].text != ",":
        return False
    if tokens[0].lower not in PREPOSITIONS or tokens[0].lower == "of" \
            or tokens[k - 2].lower not in documents() | _junk_words("media"):
        return False
    if any(not t.is_word or t.is_capitalised for t in tokens[1 : k - 1]):
        return False
    content = [t for s, e in frame.content for t in view.tokens if s <= t.start and t.end <= e]
    comma = next((m for m, t in enumerate(content) if t.text == ","), len(content))
    shown = content[:comma]  # what the medium shows ends at the comma that closes the participle
    return bool(shown) and shown[0].lower not in CLAUSE_OPENERS_AFTER_A_CUE and not has_finite_verb(shown)


SOURCE_NEGATIONS = frozenset({"cannot", "can't", "can\u2019t", "not", "never"})
# a label and a colon opening a paragraph: an interview answer or a transcript
# line ("Boyd: I thought ...", "A: I think ...", "FALLIN: Well, I think ...")
def writers_first_person(view: SentenceView, frame: Frame) -> bool:
    """Rule `writers_first_person_is_no_claim`: "I think Facebook will
    provide time to export your data", "We know the employees will work on
    Timeline": a first-person source outside any quotation is the writer,
    whose own lines are the article, not a source's claim. Kept: the words
    of a quotation ('"I think it will pass," she said' is hers), a
    paragraph that opens with a quote mark, or a sentence that closes one
    (a quotation running over paragraphs, its marks astray), a paragraph
    opened by a speaker's label or right after a short question paragraph
    (an interview answer: "Boyd: I thought ..."), and a quotation as the
    content ('"We will not pay," I told him': words spoken on the record)."""
    if frame.source is None:
        return False
    source = view.text[frame.source[0] : frame.source[1]].lower().split()
    while len(source) > 1 and source[-1] in SOURCE_NEGATIONS:
        source.pop()  # "we cannot claim to be ...": the span "we cannot" holds the negation
    if " ".join(source) not in FIRST_PERSON_SUBJECTS:
        return False
    quotes = view.quotes
    if quotes.covering(frame.source[0]) is not None or quotes.covering(frame.cue[0]) is not None:
        return False
    if any(view.text[s:e].lstrip()[:1] in QUOTE_MARKS or _quotes_words(view, s, e) for s, e in frame.content):
        return False
    line = view.text.rfind("\n", 0, view.start) + 1
    opening = view.text[line : line + MAX_LABEL_CHARS].lstrip()
    if opening[:1] in QUOTE_MARKS or opening.startswith("''") or PARAGRAPH_LABEL.match(opening):
        return False
    return not (_closes_a_quotation(view, line, frame.cue[1]) or _answers_a_question(view.text, line))


def _closes_a_quotation(view: SentenceView, line: int, after: int) -> bool:
    """'They failed before, I don't believe they will succeed," he added.':
    a closing mark after the cue, and no mark between it and the paragraph's
    start, close a quotation whose opening mark went astray."""
    end = view.text.find("\n", after)
    end = len(view.text) if end < 0 else end
    mark = QUOTATION_MARK.search(view.text, after, end)
    if mark is None or QUOTATION_MARK.search(view.text, line, after) is not None:
        return False
    closing_shaped = mark.end() == end or not view.text[mark.end()].isalnum()
    return mark.group() == "\u201d" or (mark.group() == '"' and closing_shaped)


QUOTATION_MARK = re.compile('[\u201c\u201d"]')


def _answers_a_question(text: str, line: int) -> bool:
    """An interview written as question and answer paragraphs without
    labels ("Did you go to art school? Why/Why not?" then "I went to ...
    Honestly, I believed ..."): the paragraph right after a short question
    paragraph is the interviewee's answer. Not the test of
    `SpeakerIndex._answer_after_a_question` (speakers.py), which names the
    one answering and so asks more: a question put to "you", after an
    answer a label gave to someone; here any short question will do, as
    it only keeps the "I" from being read as the writer."""
    before = text[:line].rstrip()
    previous = before[before.rfind("\n") + 1 :].strip()
    return previous.endswith("?") and len(previous.split()) <= MAX_QUESTION_WORDS


MAX_LABEL_CHARS = 60
MAX_QUESTION_WORDS = 40


GENERIC_SOURCE_OPENERS = word_set("junk_readings", "generic_source_openers")


def generic_source(view: SentenceView, frame: Frame) -> bool:
    """Rule `anyone_could_is_no_source`: "any tourist can tell you there is
    no easy symmetry", "anyone could see the plan would fail": "any"/"anyone"
    with a modal names no one who spoke; the line is the writer's. "Anyone
    who saw the crash said ..." has no modal and stays."""
    if frame.source is None or frame.source[0] > frame.cue[0] or frame.cue_token < 1:
        return False
    words = view.text[frame.source[0] : frame.source[1]].lower().split()
    if not words or words[0] not in GENERIC_SOURCE_OPENERS:
        return False
    between = [t.lower for t in view.tokens[: frame.cue_token] if t.start >= frame.source[1]]
    return any(w in MODALS for w in between)


def passive_naming(view: SentenceView, frame: Frame) -> bool:
    """Rule `passive_naming_is_no_claim`: "It's called Africa", "The
    program, dubbed Project Zero, ...": the subject of a passive naming cue
    is what is named, not anyone who speaks; "Critics called it a disaster"
    stays."""
    k = frame.cue_token
    if frame.entry.lemma not in PASSIVE_NAMING_CUES or k < 1 or frame.clause_final:
        return False
    if frame.source is None or frame.source[0] > frame.cue[0]:
        return False  # "was called by the SVP to force ...": the agent after the cue speaks
    if not view.tokens[k].lower.endswith("ed"):
        return False
    before = [t.lower for t in view.tokens[max(0, k - 3) : k]]
    return any(w in BE or w in BE_CONTRACTIONS or w in ("being", "been", "get", "got", "gets") for w in before[-2:])


PASSIVE_NAMING_CUES = word_set("junk_readings", "naming_cues") | word_set("junk_readings", "passive_naming_cues")


DEGREE_WORDS = noun_sets("junk_readings")["degree_words"]
DEGREE_LEADS = grammar("degree_leads")
GRADING_WORDS = DEGREE_WORDS | grammar("reception_adverbs")
POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'")


def graded_participle(view: SentenceView, frame: Frame) -> bool:
    """Rule `graded_participle_is_an_adjective`: "Even the most informed
    bloggers on the Internet", "a well informed reader": a participle
    graded by "most", "well", "highly" or an adverb of how it was received
    (claim_grammar.txt reception_adverbs: "Joss Whedon's critically praised
    blockbuster", QA round b s28, CNN 473 s5 gave Whedon the writer's
    words) after a determiner or a possessive
    ("Obama's highly criticized press conference") describes a noun, it
    reports nothing; "Most agreed that ..." and "groups widely condemned
    the plan" stay."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 1 >= len(tokens) or not tokens[k].lower.endswith(("ed", "en")):
        return False
    if view.title_case or tokens[k - 1].lower not in GRADING_WORDS or k < 2:
        return False
    if k >= 3 and tokens[k - 1].lower.endswith("ly") and tokens[k - 2].lower in DEGREE_WORDS:
        k -= 1  # junk2-s21 (QA58 681 s9): "The most widely believed stereotype": two graders
    lead = tokens[k - 2]
    if lead.lower not in DEGREE_LEADS and not lead.lower.endswith(POSSESSIVE_ENDINGS):
        return False  # "Jewish groups also widely condemned the plan": an adverb of the verb
    noun = tokens[frame.cue_token + 1]
    return noun.is_word and noun.lower not in ("that", "about", "of", "by", "to") and not frame.clause_final


PARTICLE_CONTENTS = grammar("prepositions") | frozenset({"about", "up", "out", "off", "back", "on"})
PHRASAL_PARTICLES = noun_sets("junk_readings")["phrasal_particles"]  # "rule it out", "give it up", "turn them down"


def empty_content(view: SentenceView, frame: Frame) -> bool:
    """Rule `particle_or_time_is_no_content`: "I write about" (content
    "about"), "I learning from", "our neurons respond to us" (a
    preposition and a pronoun: whom, not what), "Writing over the weekend, the critic
    observed ..." (content "the weekend"), "George Anthony denied that in his
    testimony" (content "in his testimony"), "Smith refused to rule it out"
    (content "it out": a pronoun and the particle of a phrasal verb): a
    content of prepositions, of a time or of a circumstance alone says
    nothing anyone claimed; "writes about the war", "said in 2010 that ..."
    and "refused to rule out a tax" stay."""
    words = [t.lower for s, e in frame.content for t in view.tokens if s <= t.start and t.end <= e and t.is_word]
    if not words or any(view.text[s:e].strip()[:1] in QUOTE_MARKS for s, e in frame.content):
        return False
    if all(w in PARTICLE_CONTENTS for w in words):
        return True
    led = words[2:] if words[:1] == ["to"] and frame.entry.lemma in refusal_leads() else words  # "refused to rule"
    if len(led) == 2 and led[0] in OBJECT_PRONOUNS and led[1] in PHRASAL_PARTICLES and not frame.clause_final:
        return True  # QA round s29: "refused to rule it out", "gave it up": the particle is the verb's,
        # and the pronoun alone points back to what was ruled out
    if len(words) == 2 and words[0] in ("to", "for") and words[1] in OBJECT_PRONOUNS and not frame.clause_final:
        return True  # "our neurons respond to us", "she felt for me": whom, not what ("disagreed with
        # him", "cautioned against it" and "asked about them" give a stance or a topic: PolNeAR counts them)
    if (frame.entry.lemma in CIRCUMSTANCE_CUES and words[0] in CIRCUMSTANCE_PREPOSITIONS
            and len(words) <= MAX_CIRCUMSTANCE_WORDS and not frame.clause_final):
        tokens = [t for s, e in frame.content for t in view.tokens if s <= t.start and t.end <= e]
        if not has_finite_verb(tokens) and not any(t.text in QUOTE_MARKS for t in tokens):
            return True  # "George Anthony denied that in his testimony": "in his testimony"
    rest = [w for w in words if w not in DETERMINERS and w not in PARTICLE_CONTENTS]
    # a place adverb goes with the time: "echoed that onstage Tuesday" (qa69c-s26); alone it may be
    # a word of the content ("said there"), so a time must be among the words
    return bool(rest) and len(words) <= MAX_TIME_WORDS and all(
        w in TIME_UNITS or w in TIME_WORDS or w in PLACE_ADVERBS for w in rest) \
        and any(w in TIME_UNITS or w in TIME_WORDS for w in rest)


def next_clause_read_as_content(view: SentenceView, frame: Frame) -> bool:
    """Rule `clause_after_but_is_no_content` (session 19, web test s19 axios:
    "The beta test was something quick and easy that we could observe - but
    our dev team had to maintain two separate code bases" gave we / observe:
    "but our dev team had to ..."): a content that opens with "but" is the
    writer's next clause, read past a cue that had its object before it;
    "said the plan would work, but only if ..." reads its content before the
    "but" and stays, and so does an aside with "but" between dashes before
    the "that" clause (review s19 finding 7: "He warned - but few listened -
    that the dam would fail")."""
    if frame.rule != "reported_speech" or frame.clause_final or len(frame.content) != 1:
        return False
    tokens = view.tokens_within(*frame.content[0])
    if any(t.text in DASHES and m + 1 < len(tokens) and tokens[m + 1].lower == "that" for m, t in enumerate(tokens)):
        return False  # an aside between dashes, then the content: "He warned - but few listened - that ..."
    # a cue inside that clause ("alleging - but Moscow strongly denies") is left to the nesting; one
    # that is a cue only before "that" (cues.txt +clause: "had to maintain two code bases") is a verb
    return bool(tokens) and tokens[0].text == "but" and not any(
        _opens_a_verb_cue(tokens, m) for m in range(len(tokens)))


def _opens_a_verb_cue(tokens: Sequence[Token], m: int) -> bool:
    """Whether a cue form starts at token m that is a cue without a "that"
    after it (cues.txt +clause: "maintain", "state" are verbs or nouns
    elsewhere)."""
    entry = cue_forms().get((tokens[m].lower,))
    return _opens_a_cue(tokens, m) and (entry is None or "clause" not in entry.flags)


def comment_clause_to_the_reader(view: SentenceView, frame: Frame) -> bool:
    """Rule `comment_clause_to_the_reader_is_no_claim` (session 19, web test
    s19 axios: "a love of Flash (which, I assure you, was super cool back
    then)" gave "assure: was super cool back then"): a first person telling
    "you" something between commas, with a content that opens with a verb,
    is an aside on the clause around it, and that content has no subject of
    its own. "I assure you, the plan will work" has its subject and stays."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.source is None or k < 0 or k + 3 >= len(tokens) or not frame.content:
        return False
    if view.text[frame.source[0] : frame.source[1]].lower() not in FIRST_PERSON_SUBJECTS:
        return False
    if tokens[k + 1].lower != "you" or tokens[k + 2].text != ",":
        return False
    # the content opens with a verb, or (read around the aside) with the relative pronoun before it
    opener = view.tokens_within(*frame.content[0])[:1]
    return bool(opener) and (opener[0].lower in FINITE_VERBS or opener[0].lower in RELATIVE_PRONOUNS) \
        and not opener[0].is_capitalised


def purpose_after_write(view: SentenceView, frame: Frame) -> bool:
    """Rule `writing_to_do_an_act_is_no_claim` (session 19, web test s19
    axios: "the CSS that we are writing to stay under the 75kb limit" gave
    we / writing: "to stay under the 75kb limit"): "to" and a verb right
    after a writing cue (junk_readings.txt purpose_cues) give the purpose
    of the writing, an act, as for refusals; "wrote to say ...", "wrote to
    the minister" and "wrote to lawmakers" stay."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.entry.lemma not in _junk_words("purpose_cues") or k < 0 or k + 2 >= len(tokens):
        return False
    after_to = tokens[k + 2]
    if _preposition_to([after_to]) or is_people_noun(after_to.lower) or after_to.lower in POSSESSIVE_DETERMINERS \
            or ends_in_plural_s(after_to.lower):
        return False  # "wrote to the minister", "to lawmakers", "to investors": a letter's addressee
    # a verb goes on with its object or adjunct ("to stay under", "to test the idea"), where "to senior
    # rebel commander Abu Salim" is an addressee
    verb_goes_on = tokens[k + 3].lower in DETERMINERS | OBJECT_PRONOUNS | PREPOSITIONS if k + 3 < len(tokens) else False
    return verb_goes_on and _act_after_to(view, frame)


MAX_TIME_WORDS = 4  # "the weekend", "over the past week"
PLACE_ADVERBS = grammar("place_adverbs")  # "onstage Tuesday": a place and a time, no content
CIRCUMSTANCE_PREPOSITIONS = word_set("junk_readings", "circumstance_cue_prepositions")
# cues whose content never opens with a preposition (junk_readings.txt circumstance_cues)
CIRCUMSTANCE_CUES = word_set("junk_readings", "circumstance_cues")
MAX_CIRCUMSTANCE_WORDS = 8  # "in a televised press conference in Moscow Thursday"


def writers_question(view: SentenceView, frame: Frame) -> bool:
    """Rule `writers_question_is_no_claim`: "Maybe Facebook wants to take
    another shot?", "Don't you find it difficult?", "Does McNab think the
    market has changed?": a question of the writer's, outside any quotation,
    asks, it claims nothing: an auxiliary or "maybe" opens the source or
    stands right before it. A quoted question ('"Why now?" he asked') and a
    claim that ends in a question ("Trump promised to 'rip up' what?") stay;
    a content that opens with a quotation is the writer's question too when
    an auxiliary opens the sentence before the source ("Did Crump really
    believe that "Justice for All" had finally arrived?")."""
    tokens = view.tokens
    last = next((t for t in reversed(tokens) if t.text not in QUOTE_MARKS), None)
    if last is None or last.text != "?" or view.quotes.covering(last.start) is not None:
        return False
    if view.quotes.covering(frame.cue[0]) is not None or frame.clause_final or frame.source is None:
        return False
    first = next((k for k, t in enumerate(tokens) if t.start >= frame.source[0]), 0)
    inverted = tokens[0].lower in DIRECT_QUESTION_OPENERS and tokens[0].start <= frame.source[0]
    if not inverted and any(view.text[s:e].lstrip()[:1] in QUOTE_MARKS for s, e in frame.content):
        return False
    # the source's first word or the word before it: "do you", "Maybe Facebook", "does McNab"
    around = [t.lower for t in tokens[max(0, first - 1) : first + 1] if t.start < frame.cue[0]]
    return any(w in DIRECT_QUESTION_OPENERS for w in around)


# not grammar.QUESTION_OPENERS ("whether", "why": an indirect question after a hearer)
DIRECT_QUESTION_OPENERS = auxiliary_verbs() | grammar("direct_question_openers")


# what may open a question set inside a sentence, as the sentence's start does: "— do you know ...? —"
QUESTION_ASIDE_OPENERS = frozenset({"(", ";", ":"}) | DASHES
# what closes such an aside before any "?": the question is not the cue's
QUESTION_ASIDE_CLOSERS = frozenset({")", ";", ".", "!"}) | DASHES


def question_to_the_reader(view: SentenceView, frame: Frame) -> bool:
    """Rule `question_to_the_reader_is_no_claim` (late s16; web test s16,
    villagevoice s2: "Just in time for an off-year election — do you know
    who your city councilperson is? — we are arriving at ..." showed "do
    you" know: who your city councilperson is?): a cue whose subject is
    "you", in a direct question of the writer's that ends in "?" (at the
    sentence's end or inside a dash or a bracket), asks the reader, it
    claims nothing. The source is "you", alone or after an auxiliary
    ("do you", "Did you"), opening the question: at the sentence's start or
    right after a dash, a bracket, a colon or a semicolon; the "?" comes
    after the cue, outside quotations, before the aside closes. Stay: a
    quoted question ('"Do you know who your mayor is?" the candidate
    asked'), an aside with someone else as its subject ("Before the vote —
    Smith said the mayor lied? — the council met": Smith's claim). Tests in
    tests/test_claims_late_s16.py."""
    if frame.source is None or frame.clause_final or frame.cue_token < 0:
        return False
    if view.quotes.covering(frame.cue[0]) is not None:
        return False
    tokens = view.tokens
    source = [k for k, t in enumerate(tokens) if frame.source[0] <= t.start < frame.source[1]]
    if not source or tokens[source[-1]].lower != "you" \
            or any(tokens[k].lower not in DIRECT_QUESTION_OPENERS for k in source[:-1]):
        return False
    before = source[0] - 1
    if before >= 0 and tokens[before].lower in DIRECT_QUESTION_OPENERS:
        before -= 1  # "do" outside the source: "— do you know ...?"
    if before >= 0 and tokens[before].text not in QUESTION_ASIDE_OPENERS:
        return False
    for token in tokens[frame.cue_token + 1 :]:
        if token.text == "?":
            return view.quotes.covering(token.start) is None
        if token.text in QUESTION_ASIDE_CLOSERS and view.quotes.covering(token.start) is None:
            return False
    return False


PHONE_CUES = word_set("junk_readings", "phone_cues")
CORRELATIVE_LEADS = grammar("correlative_leads")  # "called both Trump and Clinton 'crazy'"


def calls_a_person(view: SentenceView, frame: Frame) -> bool:
    """Rule `calling_someone_is_an_act`: "Stevens calls deputy mission
    chief Gregory Hicks at the embassy", "Clinton called Sanders shortly
    afterwards": a call whose object is a person's name with nothing said
    of it is a phone call; "called Trump a liar" and 'called Clinton
    "a disgrace"' give a judgment and stay."""
    if frame.entry.lemma not in PHONE_CUES or _charge_after_a_particle_cue(view, frame):
        return False  # "Graham called out Trump for alienating Hispanics": a criticism
    if not view.text[frame.cue[0]].isupper() and _calls_people(view, frame):
        return True  # a line of many names is no headline when its cue is in lower case
    if view.title_case:
        return False
    phrase = object_noun_phrase(view, frame)
    if not phrase or phrase[0].lower in PARTICLE_CONTENTS or phrase[0].lower in CORRELATIVE_LEADS:
        return False  # "called out his rival", "called both Trump and Clinton 'crazy'"
    last = phrase[-1]
    while len(phrase) > 1 and (last.lower in TIME_WORDS or last.lower in TIME_UNITS or not last.is_capitalised):
        if last.lower not in TIME_WORDS and last.lower not in TIME_UNITS and last.lower not in CALL_ADVERBS:
            return False  # "called Trump a liar": a judgment after the name
        phrase = phrase[:-1]
        last = phrase[-1]
    if not last.is_capitalised or last.lower in SUBJECT_PRONOUNS:
        return False
    k = view.tokens.index(last)
    after = view.tokens[k + 1] if k + 1 < len(view.tokens) else None
    # the sentence ends or a circumstance follows; "called Clinton, his rival, an ISIS co-founder" goes on
    return (after is None or after.text in CALL_ENDS or after.lower in PREPOSITIONS or after.lower in TIME_WORDS
            or after.lower in CALL_ADVERBS)


CALL_ENDS = frozenset({".", "!", ";"})


def _charge_after_a_particle_cue(view: SentenceView, frame: Frame) -> bool:
    """For rule `calling_someone_is_an_act`: a call with its particle
    (claim_grammar.txt verb_particles) and a charge with "for" or "as"
    after the one called ("Graham called out Trump for alienating
    Hispanics", "Trump Calls Out Ted Cruz For Backing Down") is a criticism,
    not a phone call, in any case."""
    words = view.text[frame.cue[0] : frame.cue[1]].lower().split()
    if len(words) < 2 or words[-1] not in grammar("verb_particles") or len(frame.content) != 1:
        return False
    start, end = frame.content[0]
    return CHARGE_AFTER_THE_CALLED.search(view.text[start:end]) is not None


def _calls_people(view: SentenceView, frame: Frame) -> bool:
    """Session 9 (QA round 30), same rule: calls to several people or with a
    purpose: "Obama personally called House Speaker John Boehner and House
    Minority Leader Nancy Pelosi to notify them that ...", "Biden also
    called both the Senate Intelligence Chair Dianne Feinstein, D-California,
    and the top Republican on the panel, Sen. Saxby Chambliss, R-Georgia",
    "called 911 early Friday morning to report that ...". The content is
    names (and appositives between commas) up to its end, a circumstance or
    a purpose "to" + verb; a judgment after the last name ("called Clinton,
    his rival, an ISIS co-founder", "called Trump a liar") or a quotation
    keeps the claim. One pass over the content's tokens."""
    if frame.clause_final or len(frame.content) != 1 or frame.cue_token < 0:
        return False
    start, end = frame.content[0]
    tokens = view.tokens_within(start, end)
    if not tokens or any(t.text in QUOTE_MARKS for t in tokens):
        return False
    segments: list[list[Token]] = [[]]
    for token in tokens:
        if token.text == ",":
            segments.append([])
        else:
            segments[-1].append(token)
    if len(segments) > 1 and not _callee(segments[0], first=True):
        return False
    return _callee(segments[-1], first=len(segments) == 1, last=True)


def _callee(words: list[Token], *, first: bool, last: bool = False) -> bool:
    """Whether a comma segment of a call's content names whom was called:
    capitalised words or a number ("911"), joined by "and", after "both"
    or "the"; the last segment may end in a circumstance or a purpose
    infinitive. A middle segment is an appositive and passes."""
    if not first and not last:
        return True
    k = 0
    while k < len(words) and words[k].lower in CALLEE_LEADS:
        k += 1
    named = 0
    while k < len(words):
        word = words[k]
        if word.is_capitalised or word.text[:1].isdigit():
            named += 1
        elif not (word.lower == "and" and named):
            return bool(named and last and _call_circumstance(words[k:]))
        k += 1
    return named > 0


CALLEE_LEADS = grammar("callee_leads")


def _call_circumstance(rest: list[Token]) -> bool:
    """What may follow the last name called: a time ("early Friday
    morning", "shortly afterwards"), a place or a circumstance ("at the
    embassy"), or a purpose ("to notify them that ...")."""
    k = 0
    while k < len(rest) and (rest[k].lower in TIME_WORDS or rest[k].lower in TIME_UNITS
                             or rest[k].lower in CALL_TIME_MODIFIERS or rest[k].lower in CALL_ADVERBS):
        k += 1
    if k == len(rest):
        return True
    first = rest[k]
    if first.lower == "to":
        after = rest[k + 1] if k + 1 < len(rest) else None
        return after is not None and after.is_word and (not after.is_capitalised) \
            and after.lower not in DETERMINERS and after.lower not in OBJECT_PRONOUNS
    return first.lower in PREPOSITIONS


CALL_TIME_MODIFIERS = grammar("call_time_modifiers")


CALL_ADVERBS = grammar("call_adverbs")


INCLINATIONS = grammar("inclinations")


def seeming_inclination(view: SentenceView, frame: Frame) -> bool:
    """Rule `seeming_inclined_is_no_claim`: "ISIS doesn't seem eager to
    attack the West", "the West appears unwilling to intervene": how
    inclined a subject looks to act is the writer's reading, nothing the
    subject said or believes (claim_grammar.txt inclinations); "The senator
    appeared uneasy" and "seemed to suggest that ..." stay."""
    k = frame.cue_token
    if frame.entry.lemma not in SEEMING_CUES or k < 0:
        return False
    after = [t.lower for t in view.tokens[k + 1 : k + 4]]
    while after and after[0] in SEEMING_ADVERBS:
        after = after[1:]
    return len(after) >= 2 and after[0] in INCLINATIONS and after[1] == "to"


SEEMING_ADVERBS = noun_sets("junk_readings")["seeming_adverbs"]


def predicative_participle(view: SentenceView, frame: Frame) -> bool:
    """Rule `participle_after_be_before_a_comma_is_an_adjective`: "whilst
    the talk is promising, I find it rather strange ...": an -ing adjective
    (claim_grammar.txt ing_adjectives) after "is" with a comma or a stop
    right after it says what the subject is like; "He is promising to cut
    taxes" and 'Goldberg is thinking, "What have I done?"' stay."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 1 >= len(tokens) or frame.clause_final or tokens[k].lower not in ING_ADJECTIVES:
        return False
    return tokens[k - 1].lower in BE and tokens[k + 1].text in (",", ".", ";", ":")


ING_ADJECTIVES = grammar("ing_adjectives")


PLACE_OR_TIME_PREPOSITIONS = PLACE_PREPOSITIONS | frozenset({"during"})  # "found during a raid"
PERFECT_OR_PASSIVE = frozenset({"has", "have", "had", "having", "'s", "\u2019s", "'ve", "\u2019ve", "'d", "\u2019d"})


def reduced_relative(view: SentenceView, frame: Frame) -> bool:
    """Rule `reduced_relative_is_no_claim`: "A previously secret document
    found at bin Laden's compound sets out ...", "a letter written to bin
    Laden in March 2010 ... reveals": a participle ("written", "shown", or
    "found" before a place) right after its noun, with no auxiliary, modifies
    the noun (the sentence's verb comes later); "The study found in 2019
    that ..." keeps its "that" clause, and a past tense in -ed ("declared in
    the spin room") is left alone.

    So too in an aside between commas (reader round F, CNN-Corpus dev 451:
    'Macklemore & Lewis' "Same Love," a song written in support of same-sex
    marriage, was performed ...' gave "a song" / written / the sentence
    around it, read as a parenthetical attribution): "a song written in
    support of" describes the song; "The plan, Smith has written, will fail"
    (an auxiliary before the participle) stays."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 1 >= len(tokens) or (frame.clause_final and frame.rule != "parenthetical_attribution") \
            or frame.source is None or frame.source[1] > frame.cue[0]:
        return False
    word, before, after = tokens[k].lower, tokens[k - 1], tokens[k + 1].lower
    if not before.is_word or before.is_capitalised or before.lower in NO_NOUN_BEFORE_A_PARTICIPLE:
        return False  # "Obama found in ..." has a name, "the study also found in" an adverb: a clause
    if frame.cue[1] > tokens[k].end:
        return False  # a cue of several words: "called on"
    participle = word.endswith(("en", "wn")) and word not in PAST_LIKE_EN
    if word in _junk_words("raising_participles") and after == "to" and k + 2 < len(tokens) \
            and tokens[k + 2].lower in ("have", "be"):
        return True  # session 19: "suspects believed to have helped him": no one believes "to have"
    placed = after in PLACE_OR_TIME_PREPOSITIONS
    if not ((participle and (placed or after in ("to", "by"))) or (word == "found" and placed)):
        return False  # "officials reported to Congress", "Lee declared in the spin room": a past tense
    rest = [t.lower for t in tokens[k + 1 :]]
    return "that" not in rest[:MAX_ADJUNCT_WORDS + 2]


def adjective_participle(view: SentenceView, frame: Frame) -> bool:
    """Rule `participle_adjective_before_its_preposition_is_no_cue` (QA
    round 43, 374 s16: "Voters opposed to the Tea Party movement?" gave
    Voters / opposed / "movement?"): a cue form that as a verb takes a
    direct object (junk_readings.txt adjective_participles: "opposed")
    before its preposition ("opposed to") is an adjective after its noun,
    with no auxiliary before it. "Voters opposed the measure" (an object)
    is left to the other rules."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 1 >= len(tokens) or frame.cue[1] > tokens[k].end:
        return False
    pairs = _junk_words("adjective_participles")
    if f"{tokens[k].lower}_{tokens[k + 1].lower}" not in pairs:
        return False
    return tokens[k - 1].lower not in NO_NOUN_BEFORE_A_PARTICIPLE


def gerund_after_a_preposition(view: SentenceView, frame: Frame) -> bool:
    """Rule `gerund_after_a_preposition_is_a_noun` (QA round 43, 482: "in
    supporting, henchman roles" gave Kiel / supporting / "henchman roles";
    "turned his hand to writing and producing as well as acting" gave Kiel
    / writing): an -ing cue right after a preposition that a comma with no
    quotation after it, or "and"/"or" and another -ing word, follows is an
    adjective in a list or a gerund noun naming an activity: it says
    nothing. "in saying that ...", "by saying, "We ..."" (a clause or a
    quotation after it) stay claims."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 2 >= len(tokens) or not tokens[k].lower.endswith("ing") or frame.cue[1] > tokens[k].end:
        return False
    if tokens[k - 1].lower not in PREPOSITIONS and tokens[k - 1].lower != "to":
        return False
    after, next_word = tokens[k + 1], tokens[k + 2]
    if after.text == ",":
        return next_word.is_word and next_word.text not in QUOTE_MARKS and next_word.lower != "that"
    return after.lower in ("and", "or") and next_word.lower.endswith("ing")


def thing_shows_itself(view: SentenceView, frame: Frame) -> bool:
    """Rule `thing_that_shows_itself_is_no_speaker` (QA round 43, 980 s21:
    "Albinism reveals itself through a lack of melanin" gave Albinism /
    reveals / "itself through ..."): a cue of showing (junk_readings.txt
    self_showing_cues: "reveal", "show", "manifest") whose object is
    "itself" right after it (a condition that shows itself, a trend that
    repeats itself) tells how a thing appears, not what someone said. A
    self-description ("The group describes itself as ...", "claims itself
    to be ...") and "it revealed that ..." (a clause) stay claims."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 0 or k + 1 >= len(tokens) or frame.clause_final or frame.cue[1] > tokens[k].end:
        return False
    return tokens[k + 1].lower == "itself" and frame.entry.lemma in _junk_words("self_showing_cues")


def thing_encourages_an_activity(view: SentenceView, frame: Frame) -> bool:
    """Rule `thing_encourages_an_activity_is_no_claim` (junk-s20, QA round
    54, 840 s12: "It will also encourage campaigning on similar themes by
    politicians ..." showed "It" / encourage): a thing pronoun
    (junk_readings.txt effect_subjects) urging (effect_cues) a bare noun
    phrase tells what the thing brings about, not what anyone said. "It
    might encourage others to target Americans" (someone urged to act)
    and "Oklahoma encourages early voting" stay claims."""
    if frame.source is None or frame.entry.lemma not in _junk_words("effect_cues"):
        return False
    if view.text[frame.source[0] : frame.source[1]].lower() not in _junk_words("effect_subjects"):
        return False
    tokens = view.tokens_within(*frame.content[0]) if frame.content else []
    if any(t.lower == "to" and not _preposition_to(tokens[k + 1 : k + 2]) for k, t in enumerate(tokens)):
        return False  # "it encourages all of them to stay in the race": someone urged to act
    return object_noun_phrase(view, frame) is not None


def questions_a_person(view: SentenceView, frame: Frame) -> bool:
    """Rule `questioning_a_person_is_no_claim` (junk-s20: "Chuck Todd
    questioned Pence about that position", "Police questioned him for
    hours"): a cue of questioning (junk_readings.txt person_questioning_cues)
    whose object is a person (an object pronoun, a name, a people noun)
    tells an interview, not a doubt put in words. "questioned Pence's logic",
    "questioned the science" and "questioned whether ..." stay claims."""
    if frame.entry.lemma not in _junk_words("person_questioning_cues"):
        return False
    phrase = object_noun_phrase(view, frame)
    if not phrase:
        return False
    head = phrase[-1]
    if any(t.text.endswith(POSSESSIVE_ENDINGS) for t in phrase):
        return False
    if len(phrase) == 1 and head.lower in PERSONAL_OBJECT_PRONOUNS:
        return True
    if all(t.is_capitalised for t in phrase) and len(phrase) <= MAX_NAMED_WORDS:
        return True  # "questioned Pence", "questioned Jane Smith"
    return not head.is_capitalised and (is_people_noun(head.lower) or head.lower in _junk_words("questioned_people"))


NO_NOUN_BEFORE_A_PARTICIPLE = BE | PERFECT_OR_PASSIVE | SUBJECT_PRONOUNS | VERB_AUXILIARIES | ADVERB_AUXILIARIES
PAST_LIKE_EN = noun_sets("junk_readings")["past_like_en"]


def capitalised_cue(view: SentenceView, frame: Frame) -> bool:
    """Rule `capitalised_cue_is_a_name`: "the committee released the
    landmark Mitchell Report on steroid use": a cue word written with a
    capital inside a sentence (not a title-case headline) is part of a name,
    not a verb; "Report: the talks failed" opens its sentence and stays."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or not tokens[k].is_capitalised or tokens[k].text.isupper():
        return False
    lower_words = [t for t in tokens if t.is_word and t.text[0].islower() and len(t.text) > 3]
    if len(lower_words) < MIN_PROSE_WORDS:
        return False  # a headline in title case: "Hillary Clinton Calls ISIS Violence 'Genocide'"
    before = tokens[k - 1]
    return before.is_word and before.is_capitalised and before.text not in ("I",) and not frame.clause_final


MIN_PROSE_WORDS = 3  # lower-case words of four letters or more: "released", "landmark", "steroid"


def adds_to_something(view: SentenceView, frame: Frame) -> bool:
    """Rule `adding_to_something_is_an_act`: "Yousaf added Madeira and the
    Azores to the list": "add" with an object and "to" moves a thing, it says
    nothing; "added that the list would grow" stays."""
    if frame.entry.lemma != "add":
        return False
    phrase = object_noun_phrase(view, frame)
    if not phrase:
        return False
    tokens = view.tokens
    k = tokens.index(phrase[-1]) + 1
    # "add Madeira and the Azores to the list": the object goes on past "and"
    while k + 1 < len(tokens) and tokens[k].lower in ("and", "or", ","):
        rest = next((m for m in range(k + 1, min(len(tokens), k + 1 + MAX_ADDED_WORDS))
                     if tokens[m].lower == "to" or not tokens[m].is_word or tokens[m].lower in NOUN_PHRASE_ENDS), None)
        if rest is None or has_finite_verb(list(tokens[k + 1 : rest])) or rest == k + 1:
            return False
        k = rest
    return k < len(tokens) and tokens[k].lower == "to" and _preposition_to(list(tokens[k + 1 : k + 2]))


MAX_ADDED_WORDS = 5  # "and the Azores", "and two more Greek islands"


def discovers_someone_doing(view: SentenceView, frame: Frame) -> bool:
    """Rule `finding_someone_doing_is_an_act`: "went out to check the pool
    and found her father holding Caylee's wet body", "found him lying in the
    street": "find" with a person and an -ing verb is a discovery, and so is
    one with a state (junk_readings.txt found_states: "found his account
    deactivated"); "The
    survey found Clinton leading" (a poll's finding) and "found that ..."
    stay."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.entry.lemma != "find" or k < 0 or frame.clause_final or k + 1 >= len(tokens):
        return False
    if tokens[k + 1].lower not in FOUND_OBJECT_OPENERS and tokens[k + 1].lower not in _junk_words("indefinite_people"):
        return False  # "The survey found Clinton leading by seven points": a poll's finding
    for m in range(k + 1, min(len(tokens), k + 1 + MAX_FOUND_OBJECT_WORDS + 1)):
        word = tokens[m]
        if not word.is_word or word.lower in ("that", "to") or word.lower in SUBJECT_PRONOUNS:
            return False
        if m > k + 1 and word.lower.endswith("ing") and not word.is_capitalised and len(word.lower) > 4:
            return True
        if m > k + 1 and word.lower in _junk_words("found_states"):
            return True  # "found his account deactivated", "found their car stolen": a state found
    return False


MAX_FOUND_OBJECT_WORDS = 4  # "her father", "him", "their son"
FOUND_OBJECT_OPENERS = word_set("junk_readings", "found_object_openers")


FREE_RELATIVE_WORDS = word_set("junk_readings", "free_relative_words")
NOUN_FOLLOWERS = BE | grammar("having_verbs")


def noun_before_a_verb(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_noun_before_its_verb_is_no_cue`: "Republican support was
    more solid", "Health worries have dogged her": a cue's base or plural
    form right before "is"/"was"/"have" is a noun, the subject of that
    verb, when no "what"/"everything" before it makes it the verb of a free
    relative ("what Republicans say is a pattern of overreach" stays)."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 1 >= len(tokens) or frame.clause_final or frame.cue[1] > tokens[k].end:
        return False
    lemma, word = frame.entry.lemma, tokens[k].lower
    if "nosource" in frame.entry.flags or lemma.endswith("ly"):
        return False  # "reportedly has ...": an adverb
    if word not in (lemma, lemma + "s", lemma[:-1] + "ies"):
        return False
    # session 19 (web test s19 thebalance: "Stop orders allow users to set a sell price"): a plural
    # -s form before a plural present verb (junk_readings.txt plural_noun_verbs) is that verb's subject
    if tokens[k + 1].lower not in NOUN_FOLLOWERS and not (
            word != lemma and tokens[k + 1].lower in _junk_words("plural_noun_verbs")):
        return False
    first = k
    if frame.source is not None and frame.source[0] < frame.cue[0]:
        first = next((m for m, t in enumerate(tokens) if t.start >= frame.source[0]), k)
    before = [t.lower for t in tokens[max(0, first - 2) : k]]
    # "what Republicans say is", "a speech that even critics say was", "which the OECD says had"
    return not any(w in FREE_RELATIVE_WORDS or w in SUBJECT_PRONOUNS or w in RELATIVE_PRONOUNS for w in before)



def _source_token(view: SentenceView, frame: Frame) -> int | None:
    """The index of the source's first token."""
    start = frame.source[0] if frame.source is not None else len(view.text)
    return next((m for m, t in enumerate(view.tokens) if t.start >= start), None)


EVIDENCE_CUES = word_set("junk_readings", "evidence_cues")


def as_evidence_shows(view: SentenceView, frame: Frame) -> bool:
    """Rule `as_something_has_shown_is_the_writers`: "As Syria has shown,
    the West appears resigned to ...", "as the last decade proved, ...": an
    "as" clause with an evidence verb and nothing after it is the writer's
    aside; the clause after the comma is the writer's own. "As Smith said,
    ..." (a speech cue) and "Syria has shown that ..." stay."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.entry.lemma not in EVIDENCE_CUES or frame.source is None or frame.clause_final:
        return False
    if k < 0 or k + 1 >= len(tokens) or tokens[k + 1].text != "," or frame.cue[1] > tokens[k].end:
        return False
    first = _source_token(view, frame)
    if first is None or first < 1 or tokens[first - 1].lower != "as":
        return False
    return first == 1 or not tokens[first - 2].is_word  # "As Syria ...", "..., as the study showed,"


FREE_RELATIVE_OPENERS = word_set("junk_readings", "free_relative_openers")
STRANDING_RELATIVES = grammar("noun_relative_leads")  # "the outages that ... complained about"
MAX_STRANDED_TAIL_WORDS = 4  # "about remain", "in subsequent activity"


def stranded_preposition(view: SentenceView, frame: Frame) -> bool:
    """Rule `free_relative_with_a_stranded_preposition_is_no_claim`: "vote
    on what they want the future of their homes to look like", "what she
    believes the city should pay for": the cue sits in a free relative
    whose gap the content leaves open (it ends in a preposition), so no
    claim is stated; "what they want is a fair vote" and "they want the
    park to look like it did" stay."""
    if frame.source is None or frame.clause_final or frame.source[0] > frame.cue[0]:
        return False
    tokens = view.tokens
    first = _source_token(view, frame)
    if first is None or first < 1:
        return False
    words = [t for s, e in frame.content for t in tokens if s <= t.start and t.end <= e and t.is_word]
    if tokens[first - 1].lower in STRANDING_RELATIVES and len(words) >= 2 and words[0].lower in PREPOSITIONS \
            and words[0].lower != "to":  # "that voters want to know ...": an infinitive
        # session 9: "The power outages that Pakistanis complained about remain": the relative's gap
        # is the preposition's object, and the main clause's verb follows it (no noun phrase does)
        after = words[1]  # "that many analysts blame for rocking the region": a gerund, the claim goes on
        return len(words) <= MAX_STRANDED_TAIL_WORDS and not after.lower.endswith("ing") \
            and not after.is_capitalised and after.lower not in DETERMINERS and after.lower not in OBJECT_PRONOUNS \
            and not after.text[:1].isdigit() and after.lower not in POSSESSIVES
    if tokens[first - 1].lower not in FREE_RELATIVE_OPENERS:
        return False
    if words and words[0].lower in PREPOSITIONS and not has_finite_verb(words) and (
            words[0].lower != "to" or _hearer_to(words[1:2])):
        # session 9: "what it says on the label": the gap is the whole object, the rest a place; junk-s27
        # (reader round 70, 488 s19: "a segment on what he'd say to his co-hosts in his final moments"
        # gave the claim "to his co-hosts ..."): "to" before a noun phrase is the hearer, no content
        return True
    return bool(words) and words[-1].lower in PREPOSITIONS and words[-1].lower != "to"


def free_relative_infinitive(view: SentenceView, frame: Frame) -> bool:
    """Rule `free_relative_infinitive_is_no_claim`: "Having hair that matches
    how they want to see themselves provides privacy": "how" before the
    source, after a verb, and "to" after the cue (an infinitive, or "detect
    how your body responds to small electrical currents") make a manner
    the sentence speaks of, not anything the source said; "They want to see themselves
    in the ads" and "what he wants to build is a stadium" (PolNeAR counts
    it) stay."""
    if frame.source is None or frame.clause_final or frame.source[0] > frame.cue[0]:
        return False
    tokens = view.tokens
    first = _source_token(view, frame)
    if first is None or first < 1 or tokens[first - 1].lower != "how":
        return False  # "what he wants to build is ...": PolNeAR counts it
    words = [t for s, e in frame.content for t in tokens if s <= t.start and t.end <= e and t.is_word]
    if len(words) < 3 or words[0].lower != "to" or words[0].start != frame.content[0][0] or _preposition_to(words[1:2]):
        return False
    # a verb's object ("matches how they want ..."); after a preposition ("talking about how
    # the department wants to be a kind of Match.com") it is the aim PolNeAR counts
    return first >= 2 and tokens[first - 2].is_word and tokens[first - 2].lower not in PREPOSITIONS | HOW_LEADS


APPOINTING_CUES = word_set("junk_readings", "appointing_cues")


def appoints_someone(view: SentenceView, frame: Frame) -> bool:
    """Rule `confirming_someone_as_is_an_act`: "The National People's
    Congress confirmed Xi as the new state president", "the board named
    Lopez as its chair": a name and "as" with a post is an appointment, an
    act; "confirmed that Xi would lead" and "named Lopez as a suspect in
    the shooting" (no determiner of a post: "a suspect" is kept) stay."""
    if frame.entry.lemma not in APPOINTING_CUES or frame.clause_final:
        return False
    phrase = object_noun_phrase(view, frame)
    if not phrase or not all(t.is_capitalised for t in phrase):
        return False
    tokens = view.tokens
    k = tokens.index(phrase[-1]) + 1
    return (k + 2 < len(tokens) and tokens[k].lower == "as" and tokens[k + 1].lower in POST_LEADS
            and not _quotes_words(view, tokens[k].start, view.end))


POST_LEADS = word_set("junk_readings", "post_leads")


ABSTRACT_SUBJECTS = noun_sets("junk_readings")["abstract_subjects"]  # "History tells us that ...": the writer's lesson


def abstract_subject(view: SentenceView, frame: Frame) -> bool:
    """Rule `abstract_subject_is_no_speaker`: "Many challenges demand urgent
    solutions", "The situation calls for calm": a state of affairs as the
    subject of a cue speaks for no one; the line is the writer's. "The
    committee demanded answers" and "Critics of the crisis response say
    ..." (the head is "critics") stay. So is a signal (junk_readings.txt
    signal_subjects): "when sirens warn of incoming rockets"."""
    if frame.source is None or frame.clause_final or frame.source[0] > frame.cue[0]:
        return False
    words = [t for t in view.tokens_within(frame.source[0], frame.source[1]) if t.is_word]
    if words and not any(t.lower in PREPOSITIONS for t in words) \
            and words[-1].lower in _junk_words("signal_subjects") and not words[-1].is_capitalised:
        # "when sirens warn of incoming rockets": a signal sounds, no one speaks; a sound's head may
        # stand after more words than a state's ("the cash register ring reminds them", qa72fix-s27)
        return True
    if not words or len(words) > MAX_ABSTRACT_SUBJECT_WORDS or any(t.lower in PREPOSITIONS for t in words):
        return False  # "The section of the debate devoted to racial issues revealed": the section
    # capitalised: a name ("Issues", a magazine), unless it merely opens the sentence ("History tells us")
    opens = len(words) == 1 and view.tokens[0] is words[0]
    return words[-1].lower in ABSTRACT_SUBJECTS and (opens or not words[-1].is_capitalised)


MAX_ABSTRACT_SUBJECT_WORDS = 3  # "Many challenges", "The economic situation"


HOW_LEADS = word_set("junk_readings", "how_leads")


# prepositions no name or body holds ("Bank of America", "Centers for Disease Control", "Doctors
# Without Borders" keep theirs): in a label before a colon they make a headline's phrase
HEADLINE_PREPOSITIONS = PREPOSITIONS - connectors()[0] - connectors()[1] - {"without"}
MAX_KICKER_WORDS = 2  # "Breaking", "Just Leaked"


def heading_label(view: SentenceView, frame: Frame) -> bool:
    """Rule `heading_label_is_no_speaker`: "Grant Support: By award R01 from
    the National Institute on Aging", "Corresponding Author: Michael L.
    Anderson, PhD", "[PMID: 24055351] doi:10.1016/...": a label ending in a
    heading word (heading_labels.txt) or made of words the article also
    writes in lower case is a section heading, and a label before a number
    with no verb is a field; neither names a speaker. Rule
    `headline_phrase_is_no_speaker` (trust s10, PolNeAR dev "Stealth Over
    Health: Hillary Clinton Was Headed to ER ..."): a colon attribution
    needs a person, a body or a source before its colon, and a headline's
    kicker ("Breaking:", "Revealed:", heading_labels.txt kicker) or a
    phrase a preposition runs through ("Stealth Over Health") is neither.
    "Boyd: I thought ...", "PENCE: Well, ...", "NY Daily News: Paris Terror
    Attacks Highlight Threat", "CNN President On Trump: ..." and a document
    ("Poll: Sanders leads") stay."""
    if frame.rule != "colon_attribution" or frame.source is None:
        return False
    label = [t for t in view.tokens_within(frame.source[0], frame.source[1]) if t.is_word]
    content = [t for s, e in frame.content for t in view.tokens if s <= t.start and t.end <= e]
    words = [t for t in content if t.is_word]
    if words and words[0].text[0].isdigit() and not has_finite_verb(content):
        return True  # "PMID: 24055351", "Dr. Dobkin: 441 Engineering 2, University of California"
    if label and label[-1].lower in noun_sets("heading_labels")["heading"]:
        return True  # "Grant Support", "Corresponding Author", "Acknowledgment", "MORE"
    if label and len(label) <= MAX_KICKER_WORDS and label[0].lower in noun_sets("heading_labels")["kicker"]:
        # "Breaking: ...", "Just Leaked: ...", "Revealed: ...": a headline's kicker ("EXCLUSIVE – Roger
        # Stone: ..." names its speaker after the kicker)
        return True
    if any(t.lower in HEADLINE_PREPOSITIONS for t in label):
        return True  # "Stealth Over Health: ...", "Clinton Wades In: ...": a phrase, no name
    if not label or any(t.text.isupper() for t in label):
        return False  # a transcript's "PENCE:", "L.A. WEEKLY:"
    if label[-1].lower in documents():
        return False  # "Poll: Sanders leads", "Report: Walker to speak": a document is a source
    common = _lower_case_words(view.text)
    return all(t.lower in common for t in label)


@lru_cache(maxsize=4)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words `text` writes in lower case somewhere ("support", "author")."""
    return frozenset(LOWER_CASE_WORD.findall(text))


def refuses_an_act(view: SentenceView, frame: Frame) -> bool:
    """Rule `refusing_an_act_is_no_claim`: "the company refused to take down
    videos deemed insulting", "He declined to appear on camera", "Trump
    refuses to make public his tax returns": a refusal of an act is the act
    not done, shown as "refused to take: down videos" it reads as something
    said. Refusals to speak stay negated claims ("declined to comment",
    "refused to say whether ...", "declined to be identified"), and so do
    refusals of a cue ("refused to endorse Trump", which would otherwise
    stand as "endorse")."""
    if frame.entry.lemma not in refusal_leads() or frame.cue_token < 0:
        return False
    # qa64a-s23 (QA round 64, 418 s1: "The Supreme Court refused Monday to reconsider one of its
    # most controversial decisions"): a time between the refusal and its "to" changes nothing
    to = time_adjunct_end(view.tokens, frame.cue_token + 1)
    return _act_after_to(view, frame, to) or _refused_testimony_somewhere(view, frame, to)


def _refused_testimony_somewhere(view: SentenceView, frame: Frame, to: int) -> bool:
    """Rule `testifying_before_or_about_is_no_claim`, refused (qa68c-s25, QA
    round 68, 449 s1: "Dr. Conrad Murray ... is refusing to testify in the
    wrongful death lawsuit that the singer's mother filed against AEG Live"
    gave Murray the claim "the singer's mother filed ..."): a refusal to
    testify followed by where (junk_readings.txt refused_testimony_settings)
    and no "that" clause of its own says nothing claimed. "refused to
    testify about the e-mail server" stays (a topic left unspoken)."""
    tokens = view.tokens
    settings = _junk_words("refused_testimony_settings")
    if frame.clause_final or to + 2 >= len(tokens) or tokens[to].lower != "to" \
            or tokens[to + 1].lower != "testify" or tokens[to + 2].lower not in settings:
        return False
    return not any(t.lower == "that" and not relative_that_after_a_document(tokens, m)
                   for m, t in enumerate(tokens) if m > to + 2)


def _act_after_to(view: SentenceView, frame: Frame, to: int | None = None) -> bool:
    """The cue is followed by "to" (at token `to`, by default right after the
    cue) and an infinitive that is an act, not a speech verb (junk_readings.txt
    refused_speech) or another cue."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 0 or frame.clause_final:
        return False
    to = k + 1 if to is None else to
    if to + 1 >= len(tokens) or tokens[to].lower != "to":
        return False
    m = to + 1
    while m < len(tokens) - 1 and tokens[m].lower.endswith("ly") and tokens[m].is_word:
        m += 1  # "declined to publicly comment", "refused to immediately say"
    verb = tokens[m]
    if not verb.is_word or verb.is_capitalised:
        return False
    if verb.lower == "be" and m + 1 < len(tokens) and is_past_participle(tokens[m + 1].lower):
        # rule `refusing_to_suffer_an_act_is_no_claim` (junk2-s21, QA59 858 s2: "refused to be
        # forced into prostitution"); "declined to be identified" stays
        return tokens[m + 1].lower not in _junk_words("refused_passive_speech")
    return verb.lower not in _junk_words("refused_speech") and (
        not _opens_a_cue(tokens, m) or _cue_read_as_an_act(tokens, m))


def agrees_to_an_act(view: SentenceView, frame: Frame) -> bool:
    """Rule `agreeing_to_an_act_is_no_claim` (closing note s14, QA rounds 39-40:
    "Israel agreed to suspend the raids", "Steve Ballmer has agreed with
    Shelly Sterling to buy the Clippers for $2 billion"): consenting to do
    something is a deal or an act, and "agreed: to buy the Clippers" states
    nothing anyone said; the act stays in the article and its summary.
    Agreeing with a statement stays a claim ("agreed that the raids should
    stop", "agreed the raids should stop", "agreed with Sterling that the
    price was fair"), and so does consent to speak or to a cue ("agreed to
    comment", "agreed to endorse Trump"), as for refusals. Consent to a noun
    phrase ("agreed to a 30-minute interview", "agreed to the request that
    ...") is left a claim: its object may carry a statement. PolNeAR counts
    such consent as attribution: a recall cost taken for what a reader sees."""
    if frame.entry.lemma not in _junk_words("consent_leads") or frame.cue_token < 0:
        return False
    to = _to_after_a_partner(view.tokens, frame.cue_token + 1)
    if not _act_after_to(view, frame, to):
        return False
    after_to = next((t for t in view.tokens[to + 1:] if not (t.is_word and t.lower.endswith("ly"))), None)
    return after_to is not None and after_to.lower not in DETERMINERS | OBJECT_PRONOUNS | POSSESSIVE_DETERMINERS \
        and not after_to.text[0].isdigit()


def prefers_an_act(view: SentenceView, frame: Frame) -> bool:
    """Rule `preferring_an_act_is_no_claim` (web test s14b, newrepublic s149:
    "Margaret Thatcher preferred to use the word denationalization to
    privatization" was shown as "Margaret Thatcher preferred: to use the
    word ..."): a preference for doing something is a habit or a wish, read
    as the act after "to" as for consent and refusals, and states nothing.
    A preference stated stays ("prefers that the vote be delayed"), so does
    a choice between named things, a poll's finding ("5 percent prefer Gary
    Johnson"), and a preference to speak ("preferred to comment")."""
    return frame.entry.lemma in _junk_words("preference_leads") and _act_after_to(view, frame)


MAX_PARTNER_TOKENS = 5  # "with Shelly Sterling", "with the other two candidates"


def _to_after_a_partner(tokens: Sequence[Token], k: int) -> int:
    """The token where the consent's "to" should stand: right after the cue,
    or after "with" and the partner agreed with ("agreed with Shelly
    Sterling to buy"): a short run of words, no "that", no punctuation."""
    if k >= len(tokens) or tokens[k].lower not in _junk_words("agreement_prepositions"):
        return k
    for m in range(k + 1, min(len(tokens), k + 2 + MAX_PARTNER_TOKENS)):
        if tokens[m].lower == "to":
            return m
        if not tokens[m].is_word or tokens[m].lower in SUBORDINATORS_OR_RELATIVES:
            return k
    return k


def finds_for_a_party(view: SentenceView, frame: Frame) -> bool:
    """Rule `finding_for_a_party_is_a_verdict` (web test s14, californiaglobe
    s12: "The court also found a federal statue in favor of the plaintiff,
    the Communications Decency Act of 1996" was shown as "The court found: a
    federal statue in favor of the plaintiff, ..."): a finding "in favor of"
    someone, with nothing found before it or only a bare noun phrase, is a
    verdict, an act like "ruled in favor of" (cues.txt +that), and states
    nothing. Kept: a clause ("found that the statute favored the
    plaintiff", "found the statute did not apply"), and a share of people
    in favor, a poll's finding ("The survey found 60 percent in favor of
    the ban"), and evidence weighed ("found no evidence in favor of the
    claim")."""
    if frame.entry.lemma not in _junk_words("verdict_cues") or frame.clause_final or len(frame.content) != 1:
        return False
    start, end = frame.content[0]
    words = view.tokens_within(start, end)
    at = next((m for m in range(len(words) - 2)
               if "_".join(t.lower for t in words[m : m + 3]) in _junk_words("verdict_phrases")), None)
    if at is None or _quotes_words(view, start, words[at].start):
        return False
    found = words[:at]
    if any(not t.is_word or t.text[0].isdigit() or t.lower in _SHARE_WORDS for t in found):
        return False  # "60 percent in favor of the ban", "a majority in favor": a poll's finding
    if any(t.lower in _junk_words("finding_objects") | _junk_words("findings_weighed") for t in found):
        return False  # "found no evidence in favor of the claim": what the evidence shows is found
    return not has_finite_verb(found)


_SHARE_WORDS = grammar("share_nouns") | grammar("count_words")


def contact_number(view: SentenceView, frame: Frame) -> bool:
    """Rule `contact_number_is_no_claim` (QA round 44, 627 s34-s45: a list of
    hotlines, "Tourist Police Call Centre: 1155.", "Thai AirAsia Call
    Center: +66 (0) 2515 9999.", was shown as "Tourist Police call:
    Centre: 1155"): a content that is only a telephone number, after at
    most a label and its colon, states nothing; it is a contact line. A
    number inside words stays ("said 1,155 people were arrested", "said
    anyone with information should call 1-800-273-8255"), and so does a
    quotation."""
    if frame.clause_final or len(frame.content) != 1:
        return False
    start, end = frame.content[0]
    if _quotes_words(view, start, end):
        return False
    tokens = view.tokens_within(start, end)
    colon = next((m for m, t in enumerate(tokens) if t.text == ":"), None)
    labelled = colon is not None and 0 < colon <= MAX_CONTACT_LABEL_TOKENS
    if labelled and colon is not None:
        tokens = tokens[colon + 1 :]
    numbers = [t for t in tokens if any(ch.isdigit() for ch in t.text)]
    if not numbers or not all(t in numbers or not t.is_word or t.lower in _junk_words("number_joiners")
                              for t in tokens):
        return False
    # a bare number with no label is a telephone number only by its length ("said: 1,155" is a count)
    return labelled or sum(ch.isdigit() for t in numbers for ch in t.text) >= MIN_PHONE_DIGITS


MAX_CONTACT_LABEL_TOKENS = 3  # "Centre:", "Call Center:", "Customer Relations Center:"
MIN_PHONE_DIGITS = 7  # "555 0134" is a local number; "1,155" and "3-1" are counts and scores


def _cue_read_as_an_act(tokens: Sequence[Token], m: int) -> bool:
    """A cue verb at `m` whose next word makes it an act (act_readings.txt
    "@" words): "declined to appear on camera" is an appearance refused
    (session 11: it stood as a claim once "the guard" and "the officer"
    were sources), not "declined to appear" as seeming."""
    after = tokens[m + 1].lower if m + 1 < len(tokens) else ""
    return "@" + after in act_readings().get(tokens[m].lower, frozenset())


def no_response(view: SentenceView, frame: Frame) -> bool:
    """Rule `not_responding_is_no_claim`: "Representatives did not respond
    to requests for comment", "Issa had not responded to Maloney's query",
    "Some infections didn't respond to antibiotics": a response not given is
    the writer's note on a call or an act, no claim; shown as "did not
    respond: to requests for comment" it reads as a source's words. A
    response given ("responded to the report by saying ...") and a quoted
    one stay. The request a response was not given to ("did not respond to
    requests for comment") is no cue either."""
    if frame.clause_final or frame.cue_token < 0:
        return False
    if frame.entry.lemma not in _junk_words("response_cues"):
        return _request_not_responded_to(view, frame)
    words = [t for s, e in frame.content[:1] for t in view.tokens if s <= t.start and t.end <= e]
    if not words or words[0].lower in ("that", "by") or _quotes_words(view, frame.content[0][0], frame.content[-1][1]):
        return False
    return polarity(view, frame).negated


def responds_by_an_act(view: SentenceView, frame: Frame) -> bool:
    """Rule `responding_by_an_act_is_no_claim`: "Police have responded
    forcefully by making many arrests": a response made by an act (a gerund
    that is no cue) is the act, no claim; "responded by saying that ..." and
    "responded by calling the report a lie" (a cue) stay."""
    if frame.entry.lemma not in _junk_words("response_cues") or frame.clause_final or frame.cue_token < 0:
        return False
    tokens = view.tokens
    m = frame.cue_token + 1
    while m < len(tokens) and tokens[m].is_word and tokens[m].lower.endswith("ly") and len(tokens[m].lower) > 3:
        m += 1  # "responded forcefully by", "responded quickly by"
    if m + 1 >= len(tokens) or tokens[m].lower != "by":
        return False
    gerund = tokens[m + 1]
    if not (gerund.is_word and gerund.lower.endswith("ing") and not gerund.is_capitalised):
        return False
    # "by using the example of Chicago to prove that ...", "by pointing a finger ..., saying ...":
    # a claim goes on ("..., an effort that has contributed to ..." is the writer's apposition)
    rest = tokens[m + 2 :]
    clause = rest[: next((n for n, t in enumerate(rest) if t.text in PHRASE_BREAKS), len(rest))]
    return not any(t.lower == "that" for t in clause) and not any(
        _opens_a_cue(tokens, n) for n in range(m + 1, len(tokens)))


def responds_with_force(view: SentenceView, frame: Frame) -> bool:
    """Rule `responding_with_force_is_an_act` (QA round 44, 774 s16: "soldiers
    at the scene responded with gunfire" was shown as "soldiers at the scene
    responded: with gunfire"): a response made with force or arms (its head
    word in junk_readings.txt force_responses) is the act, as a response
    "by making many arrests" is. A response in words stays ("responded with
    attacks on Machado", "responded with a statement saying ...", "responded
    with a smile: '...'"), and so does a quotation."""
    if frame.entry.lemma not in _junk_words("response_cues") or frame.clause_final or frame.cue_token < 0:
        return False
    start, end = frame.content[0]
    if _quotes_words(view, start, end):
        return False
    tokens = view.tokens
    m = frame.cue_token + 1
    while m < len(tokens) and tokens[m].is_word and tokens[m].lower.endswith("ly") and len(tokens[m].lower) > 3:
        m += 1  # "responded swiftly with force"
    if m >= len(tokens) or tokens[m].lower != "with":
        return False
    phrase: list[Token] = []
    for token in tokens[m + 1 :]:
        if not token.is_word or token.lower in PREPOSITIONS or token.lower in SUBORDINATORS_OR_RELATIVES:
            break
        phrase.append(token)
    while len(phrase) > 1 and (phrase[-1].lower in TIME_WORDS or phrase[-1].lower in TIME_UNITS):
        phrase = phrase[:-1]  # "responded with gunfire Tuesday"
    return bool(phrase) and phrase[-1].lower in _junk_words("force_responses")


def _request_not_responded_to(view: SentenceView, frame: Frame) -> bool:
    """"did not respond to requests for comment", "did not reply to the
    paper's questions about ...": the noun cue after a negated "respond to"."""
    tokens = view.tokens
    k = frame.cue_token
    m = k - 1
    while m > 0 and k - m <= MAX_REQUEST_LEAD_WORDS and tokens[m].lower != "to":
        if not tokens[m].is_word or has_finite_verb([tokens[m]]):
            return False
        m -= 1
    if m < 1 or tokens[m].lower != "to":
        return False
    heads = _junk_words("response_cues")
    verb = tokens[m - 1].lower
    if not any(verb in inflections(head) for head in heads):
        return False
    negators = ("not", "never", "n't", "n\u2019t")
    if tokens[0].lower == "neither":
        return True  # "Neither Maples nor Trump responded to requests for clarification"
    return any(t.lower in negators or t.lower.endswith(negators[2:]) for t in tokens[max(0, m - 5) : m - 1])


MAX_REQUEST_LEAD_WORDS = 4  # "to USA TODAY's repeated requests", "to a reporter's request"


def bare_stance(view: SentenceView, frame: Frame) -> bool:
    """Rule `stance_on_a_bare_noun_phrase_is_no_claim`: "Close aides
    dismissed such concerns", "Obama threatened a strike", "Staci Appel
    touts her role pushing through the bill": a stance cue (junk_readings.txt
    stance_cues) whose whole content is a noun phrase names what the stance
    is about, never what anyone said; shown as "dismissed: such concerns" it
    reads as a quote. Kept: a judgment or a reason after the noun phrase
    ("dismissed the report as a fabrication", "slammed the judge for his
    ruling", "over his vote"), a quotation, and a clause ("dismissed claims
    that the vote was rigged")."""
    if frame.entry.lemma.replace(" ", "_") not in _junk_words("stance_cues") or frame.clause_final:
        return False  # a cue of several words is listed with "_": "lash_out_at"
    start, end = frame.content[0]
    if len(frame.content) != 1 or _quotes_words(view, start, end):
        return False
    phrase = object_noun_phrase(view, frame)
    infinitive = phrase is None
    if infinitive:
        phrase = _noun_before_an_infinitive(view, start, end)
    if not phrase or phrase[-1].lower in _junk_words("stance_statement_heads"):
        return False  # "rejected the allegations": what was said is denied
    whole = _before_a_joined_clause(view.tokens_within(phrase[-1].end, end))
    # Rule `dash_aside_ends_a_stance_object` (reader round F, CNN-Corpus dev 371: "he has
    # defended himself from charges of similarities between "Romneycare" and "Obamacare" --
    # including a critique from a rival ... that the two amount to ..." read the aside's "that"
    # clause as the stance's): the words after a dash are the writer's aside, no judgment, reason
    # or clause of the object; a cue there still brings in a claim ("-- calling it a fabrication").
    # A relative right after the dash ("praised the troops -- who he said had shown great
    # courage") goes on describing the object: no aside, the words stay the object's
    rest = list(takewhile(lambda t: t.text not in DASHES, whole))
    if len(rest) < len(whole) and _relative_after_the_dash(whole, len(rest)):
        rest = whole
    reasons = _junk_words("reason_prepositions")
    complements = [k for k, t in enumerate(rest) if t.lower in _junk_words("stance_complements")]
    if rest and rest[0].lower in reasons and phrase[-1].lower in _junk_words("for_taking_nouns") \
            and len(rest) > 1 and rest[1].lower not in POSSESSIVES and not rest[1].lower.endswith("ing"):
        complements = complements[1:]  # session 9: "dismissed the renewed effort for peace talks": its aim
    if any(rest[k].lower not in reasons or _after_the_object(rest, k) for k in complements) \
            or (rest and rest[0].text in QUOTE_MARKS):
        return False  # 'the Supreme Court's "terrible decision"' quotes; 'of a U.S. "invasion"' is a scare quote
    if any(_opens_a_cue(view.tokens, view.tokens.index(t)) for t in whole if t.lower.endswith("ing")):
        return False  # "slammed the decision to move to Level 3 claiming it will cost jobs": a claim follows
    words = [t for t in rest if t.is_word]
    if infinitive:
        return True  # the infinitive belongs to the noun: "decision not to allow Fluke to testify"
    return not has_finite_verb(words) and not any(t.lower.endswith("ing") for t in words[:1])


def _relative_after_the_dash(words: list[Token], dash: int) -> bool:
    """Whether a relative (claim_grammar.txt relatives: "who", "which",
    "that") stands right after the dash at `dash`: it opens a clause about
    the object before the dash, not the writer's aside. A dash typed as
    two hyphens is two tokens."""
    after = dash
    while after < len(words) and words[after].text in DASHES:
        after += 1
    return after < len(words) and words[after].lower in grammar("relatives")


STANCE_CLAUSE_JOINERS = grammar("stance_clause_joiners")


def _before_a_joined_clause(rest: list[Token]) -> list[Token]:
    """Rule `joined_clause_ends_a_stance_object` (qa69c-s26, CNN dev 623 s29:
    "Human influence threatens the cave's unique beauty, and visitors must
    tread lightly" gave threatens: "the cave's unique beauty, and visitors
    must tread lightly ..."): a comma, "and"/"but" and a clause with a
    subject of its own before its verb is the writer's next clause, not
    what the stance said; the stance's object ends before it. A verb right
    after the joiner shares the subject ("threatened a veto, and said it
    would pass") and the words stay."""
    for k in range(len(rest) - 3):
        if rest[k].text != "," or rest[k + 1].lower not in STANCE_CLAUSE_JOINERS:
            continue
        subject = rest[k + 2]
        if not subject.is_word or (has_finite_verb([subject]) and subject.lower not in SUBJECT_PRONOUNS):
            return rest
        clause = list(takewhile(lambda t: t.text not in PHRASE_BREAKS, rest[k + 2 :]))
        return rest[:k] if has_finite_verb(clause[1:]) else rest
    return rest


def _after_the_object(rest: list[Token], k: int) -> bool:
    """Whether a reason preposition ("for") follows the object itself or a
    comma ("slammed the judge for his ruling"), not a noun inside a
    prepositional phrase of the object ("criticized Perry's support of the
    vaccine for girls": the vaccine for girls); before a gerund it is a
    reason wherever it stands ("criticized Obama's intervention in Libya for
    leaving the country in worse shape")."""
    following = rest[k + 1] if k + 1 < len(rest) else None
    return k == 0 or rest[k - 1].text == "," or (following is not None and following.lower.endswith("ing"))


def _noun_before_an_infinitive(view: SentenceView, start: int, end: int) -> list[Token] | None:
    """"Issa's decision not to allow Fluke to testify", "the plan to close
    the base": a noun phrase whose head takes an infinitive
    (junk_readings.txt infinitive_nouns), up to its head."""
    tokens = view.tokens_within(start, end)
    for k, token in enumerate(tokens):
        if token.lower in ("to", "not") or not token.is_word:
            head = tokens[:k]
            if (head and head[-1].lower in _junk_words("infinitive_nouns") and token.lower in ("to", "not")
                    and not has_finite_verb(head) and head[0].lower not in NOT_NOUN_PHRASE_OPENERS):
                return head
            return None
    return None


def asks_for_comment(view: SentenceView, frame: Frame) -> bool:
    """Rule `asking_for_comment_is_an_act`: "CNN asked the Venezuelan
    government for comment", "asked the ministry for a response": a request
    for comment is the reporter's act, no claim; "asked the ministry for
    help" and "asked whether the ministry would comment" stay (a demand, a
    question asked)."""
    if frame.entry.lemma != "ask" or frame.clause_final or len(frame.content) != 1:
        return False
    start, end = frame.content[0]
    return COMMENT_REQUEST.fullmatch(view.text[start:end].strip(" ,.")) is not None


COMMENT_REQUEST = re.compile(
    r"[^,;:\"\u201c\u201d]{0,80}?\bfor (?:a |an |any |further |immediate )?(?:comment|comments|response|reaction|"
    r"interview)(?: on [^,;:\"\u201c\u201d]{1,80})?")


def charges_someone_with(view: SentenceView, frame: Frame) -> bool:
    """Rule `charging_someone_with_is_an_act`: "Authorities charged the
    driver with 79 counts of homicide", "Valdez, charged with armed
    robbery, ...": a criminal charge is an act of the prosecutors, and a
    passive one shown as "Valdez charged: with armed robbery" reads as
    Valdez's words. "Critics charged that the hearing failed" and "charged
    the government 'hid' the documents" stay."""
    if frame.entry.lemma != "charge" or frame.clause_final or len(frame.content) != 1:
        return False
    start, end = frame.content[0]
    if _quotes_words(view, start, end):
        return False
    words = view.tokens_within(start, end)
    if not words or words[0].lower in NOT_NOUN_PHRASE_OPENERS - {"with"}:
        return False
    for k, word in enumerate(words[:MAX_CHARGED_WORDS]):
        if word.lower == "with":  # "with armed robbery" (a passive), "the driver, Garzon, with homicide"
            return not has_finite_verb([t for t in words[:k] if t.is_word])
        if not (word.is_word or word.text == ","):
            return False
    return False


MAX_CHARGED_WORDS = 12  # "two Vermont developers, Ariel Quiros and William Stenger, with"


def medium_only(view: SentenceView, frame: Frame) -> bool:
    """Rule `medium_is_no_content`: "Secretary of Education Arne Duncan asked
    on his Twitter account." (after his quoted tweet): where something was
    said, with nothing after it, is no content; shown as "asked: account" it
    reads as a claim. "said on Twitter that ..." and "wrote on Facebook: ..."
    go on and stay."""
    if frame.clause_final or frame.cue_token < 0:
        return False
    tokens = view.tokens
    after = tokens[frame.cue_token + 1 :]
    while after and not after[-1].is_word:
        if after[-1].text not in (".", "!") and after[-1].text not in QUOTE_MARKS:
            return False
        after = after[:-1]
    if not after or after[0].lower not in MEDIUM_PREPOSITIONS_AT_THE_END or len(after) > MAX_MEDIUM_PHRASE_WORDS:
        return False
    if not all(t.is_word for t in after) or has_finite_verb(after[1:]):
        return False
    return after[-1].lower in _junk_words("media")


MEDIUM_PREPOSITIONS_AT_THE_END = noun_sets("junk_readings")["medium_prepositions_at_the_end"]
# Words of a whole medium phrase ending a sentence after its cue, preposition, determiner and modifiers
# included ("on his official Twitter account", "in a television interview"); unlike grammar.py
# MAX_MEDIUM_NOUNS, which counts only the medium nouns after "by"/"via" before a clause.
MAX_MEDIUM_PHRASE_WORDS = 6


def future_progressive(view: SentenceView, frame: Frame) -> bool:
    """Rule `future_progressive_is_a_prediction`: "donor registries and
    collaborating hospitals will increasingly be asking the question: Would
    you like to donate your face?": a cue in the future progressive is the
    writer's forecast of what someone is going to do, nothing said; "will
    say" (an announced statement), "is asking" and a message announced
    ("will be reminding voters every day that ...") stay."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.clause_final or k < 2 or not tokens[k].lower.endswith("ing") or tokens[k - 1].lower != "be":
        return False
    m = k - 2
    while m > 0 and tokens[m].is_word and tokens[m].lower.endswith("ly") and k - m <= 4:
        m -= 1  # "will increasingly be asking"
    if tokens[m].lower not in FUTURE_AUXILIARIES:
        return False
    return not any(t.lower == "that" for t in tokens[k + 1 :])


FUTURE_AUXILIARIES = frozenset({"will", "'ll", "’ll", "shall"})


def quoted_label(view: SentenceView, frame: Frame) -> bool:
    """Rule `quoted_words_are_no_source`: "Obama: 'Very hopeful'", a
    subheading, read as "'Very' hopeful": a source and a cue both inside
    one quotation are someone's words, not an attribution of the writer's;
    the quotation is the claim of the attribution around it."""
    if frame.source is None or not frame.clause_final:
        return False
    quote = view.quotes.covering(frame.source[0])
    return quote is not None and quote[0] < frame.source[0] and frame.cue[1] <= quote[1]


def testifies_somewhere(view: SentenceView, frame: Frame) -> bool:
    """Rule `testifying_before_or_about_is_no_claim`: "Charlotte Church
    testified about the damage phone hacking did", "Clinton testified before
    the panel last fall", "the Murdochs testified lawmakers examining ...":
    where, before whom or on what topic someone testified says nothing of
    what they said; "testified that she never sent classified e-mails" and a
    quotation stay. Nor does when (QA round 65 720 s11: "testified Wednesday
    after defense lawyer Barry Roux read the report")."""
    if frame.entry.lemma != "testify" or frame.clause_final or len(frame.content) != 1:
        return False
    start, end = frame.content[0]
    words = view.tokens_within(start, end)
    tokens = view.tokens
    if not words or _quotes_words(view, start, end) or any(
            t.lower == "that" and not relative_that_after_a_document(tokens, tokens.index(t)) for t in words):
        return False
    if words[0].lower in _junk_words("testimony_times"):
        return not any(t.text == "," for t in words)  # its own cue is the time's: "after Roux read ..."
    if words[0].lower in _junk_words("refused_testimony_settings") and polarity(view, frame).negated:
        # qa68c-s25 (QA round 68, 449 s1: "is refusing to testify in the wrongful death lawsuit that the
        # singer's mother filed ..."; s4: "He did not testify at his trial, where ..."): where someone
        # would not testify says nothing they claim; "refused to testify about the e-mail server" (a
        # topic left unspoken) stays
        return True
    if polarity(view, frame).negated or any(_opens_a_cue(view.tokens, view.tokens.index(t)) for t in words):
        return False  # "refused to testify about ...": a refusal to speak; "about the decision not to
        # recommend charges": the cue inside would stand alone
    if words[0].lower in _junk_words("testimony_settings"):
        return not any(t.text == "," for t in words)  # "testified before the panel, saying ..." goes on
    phrase = object_noun_phrase(view, frame)
    return phrase is not None and not has_finite_verb([t for t in words if t.is_word])


def conditional_passive(view: SentenceView, frame: Frame) -> bool:
    """Rule `conditional_passive_is_no_claim`: "The resolution did not
    authorize force if Syria is said to be in violation": a passive cue in
    an "if" or "unless" clause supposes a finding no one has made; shown as
    "said: Syria to be in violation" it reads as a claim. "If Syria used the
    weapons, Kerry said, ..." (a source of its own) stays."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.source is not None or frame.clause_final or k < 2 or tokens[k - 1].lower not in BE:
        return False
    for m in range(k - 2, max(-1, k - 2 - MAX_CONDITION_SUBJECT_WORDS), -1):
        if tokens[m].lower in CONDITION_OPENERS:
            return True
        if not tokens[m].is_word:
            return False
    return False


MAX_CONDITION_SUBJECT_WORDS = 4  # "if Syria", "unless the regime", "if any party"


def gerund_source(view: SentenceView, frame: Frame) -> bool:
    """Rule `gerund_clause_is_no_speaker`: "Although restricting the video
    in the two countries may seem tempting ...": a source that opens with a
    gerund and its object is an activity, the writer's topic, never a
    speaker. "Speaking in Brussels, Stoltenberg said" has its own source,
    and "Leading economists say" opens with an adjective before a noun.
    Web test s15: a gerund that never modifies a noun (junk_readings.txt
    object_gerunds) opens an activity before any object: "while seeing
    people suffering in the story sequences urges me on ..."; "Striking
    workers at the plant said ..." (not listed) stays."""
    if frame.source is None or frame.clause_final or frame.source[0] > frame.cue[0]:
        return False
    words = view.tokens_within(frame.source[0], frame.source[1])
    if len(words) < 3 or not words[0].is_word:
        return False
    first, second = words[0].lower, words[1].lower
    object_gerund = first in _junk_words("object_gerunds") and words[1].is_word
    if words[0].is_capitalised and not (object_gerund and view.tokens[0] is words[0]):
        return False
    if not (object_gerund or (first.endswith("ing") and len(first) > 5
                              and (second in DETERMINERS or second in OBJECT_PRONOUNS))):
        return False
    # the subject of its clause: it opens the sentence or follows a subordinator ("Although
    # restricting ..."); "..., leaving the party to wonder" and "including the group's two
    # leaders" are participles of the clause before
    k = view.tokens.index(words[0])
    return k == 0 or view.tokens[k - 1].lower in grammar("subordinators")


MIN_GERUND_LETTERS = 6  # "supplying", "meeting"; not "sing", "king"


def object_of_a_gerund(view: SentenceView, frame: Frame) -> bool:
    """Rule `object_of_a_gerund_is_no_cue` (QA round 65 744 s19: "..., supplying
    demand, not need, has an exponential significance on obesity" gave the
    source "supplying" and the cue "demand"): a cue in its bare form right
    after a source of one "-ing" word is that gerund's object noun ("meeting
    demand", "ignoring advice"); a gerund names an activity, never a
    speaker, and a plural speaker would not stand as one "-ing" word.
    "Beijing demands ..." (a finite "-s" form) and "Striking workers demand
    ..." (two words) stay."""
    k = frame.cue_token
    if frame.source is None or k < 1 or frame.source[1] > frame.cue[0]:
        return False
    words = view.tokens_within(frame.source[0], frame.source[1])
    if len(words) != 1 or view.tokens[k - 1] is not words[0]:
        return False
    gerund = words[0].lower
    return gerund.endswith("ing") and len(gerund) >= MIN_GERUND_LETTERS and gerund.isalpha() \
        and view.tokens[k].lower == frame.entry.lemma


def _junk_words(name: str) -> frozenset[str]:
    """A word set of junk_readings.txt."""
    return noun_sets("junk_readings").get(name, frozenset())


def _opens_a_cue(tokens: Sequence[Token], m: int) -> bool:
    """Whether a cue form starts at token m ("endorse", "weigh in"; not
    "make public" for the cue "make clear")."""
    return any(tuple(t.lower for t in tokens[m : m + len(form)]) == form for form in _cue_forms_by_head().get(
        tokens[m].lower, ()))


@lru_cache(maxsize=1)
def _cue_forms_by_head() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every cue form by its first word."""
    by_head: dict[str, list[tuple[str, ...]]] = {}
    for form in cue_forms():
        by_head.setdefault(form[0], []).append(form)
    return {head: tuple(forms) for head, forms in by_head.items()}


def supposed_group_stance(view: SentenceView, frame: Frame) -> bool:
    """Rule `supposed_group_stance_is_the_writers`: "most Republicans would
    have surely preferred a champion who tweeted with more discretion", "GOP
    voters might want insurers to cover them", "Liberals can acknowledge
    the contingency of their immunity": a modal of supposition before a
    belief or wish of a whole group is the writer's guess at what the group
    thinks, no one's statement. "Republicans preferred Trump" and "Most
    Republicans say they would prefer ..." (no modal before the cue) stay."""
    if frame.source is None or frame.clause_final or frame.source[0] > frame.cue[0] or frame.cue_token < 1:
        return False
    if frame.entry.lemma not in _junk_words("supposed_stances"):
        return False
    words = [t for t in view.tokens_within(frame.source[0], frame.source[1]) if t.is_word]
    if not words or len(words) > MAX_GROUP_WORDS or words[-1].lower not in _junk_words("groups"):
        return False
    between = [t.lower for t in view.tokens[: frame.cue_token] if t.start >= frame.source[1]]
    if len(words) == 2 and words[0].lower in _junk_words("generalising_quantifiers") \
            and words[1].lower in _junk_words("generic_people"):
        return True  # session 9: "Many people now believe that holding animals captive is distasteful"
    return bool(between) and between[0] in SUPPOSING_MODALS


SUPPOSING_MODALS = word_set("junk_readings", "supposing_modals")
MAX_GROUP_WORDS = 3  # "most Republicans", "GOP voters", "many liberal voters"


def pledges_an_amount(view: SentenceView, frame: Frame) -> bool:
    """Rule `pledging_an_amount_is_an_act`: "initially pledging $100,000 in
    humanitarian support", "Ikea, which has pledged $2.7 million through its
    charitable foundations": a sum of money given or promised is an act, no
    claim (junk_readings.txt amount_cues). "pledged that the fund would
    reach $1 billion", a quotation and "pledged $5 million would go to
    flood victims" (a clause with "that" left out) stay."""
    return _gives_an_amount(view, frame, "amount_cues")


def supports_a_count(view: SentenceView, frame: Frame) -> bool:
    """Rule `supporting_a_count_of_things_is_an_act` (session 12 web test:
    "The billionaire's company has also supported more than 60 major art
    exhibitions"): backing a counted number of things (junk_readings.txt
    count_cues) is what a body did, like a sum pledged, no stance anyone
    took; "supported the plan" and "supported 60 percent of the proposals
    would pass" (a clause) stay, and so does a share ("supported 60 percent
    tax cuts": a stance on a policy)."""
    k = frame.cue_token
    share = any(t.lower in SHARE_WORDS for t in view.tokens[k + 1 : k + 6]) if k >= 0 else False
    return not share and _gives_an_amount(view, frame, "count_cues")


SHARE_WORDS = frozenset({"percent", "per", "%", "pct"})


def _gives_an_amount(view: SentenceView, frame: Frame, cues: str) -> bool:
    """A cue of the `cues` set whose object opens with a sum or a number
    (past `amount_leads`), with no "that", quotation or verb of a clause."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.entry.lemma not in _junk_words(cues) or k < 0 or frame.cue[1] > tokens[k].end:
        return False
    m = k + 1
    while m < len(tokens) and tokens[m].lower in _junk_words("amount_leads"):
        m += 1  # "pledged another $5 million", "pledged more than $1 billion"
    if m >= len(tokens) or not (tokens[m].text[:1] in CURRENCY_SIGNS or tokens[m].text[:1].isdigit()):
        return False
    start, end = frame.content[0] if frame.content else (tokens[m].start, view.end)
    if _quotes_words(view, start, end) or any(t.lower == "that" for t in tokens[k + 1 : m + 1]):
        return False
    # "pledged $5 million would go to flood victims": a verb or modal after the sum, a clause
    after = []
    for token in tokens[m + 1 :]:
        if token.text in PHRASE_BREAKS or token.lower in RELATIVES:
            break  # "pledged $100,000 to victims who were displaced": the verb is the relative's
        after.append(token)
    return not has_finite_verb([t for t in after if t.is_word])


def _topic_content(view: SentenceView, frame: Frame, cues: str, prepositions: str) -> list[Token] | None:
    """The tokens of the one content part, with no quoted words, of a cue of
    junk_readings.txt `cues` that opens with a word of `prepositions`
    ("warned of rising temperatures", "hinted at a new dawn"); else None.
    For rules `warning_of_a_thing_is_no_claim` and
    `hinting_at_a_thing_is_no_claim`."""
    if frame.entry.lemma not in _junk_words(cues) or frame.clause_final or len(frame.content) != 1:
        return None
    start, end = frame.content[0]
    words = view.tokens_within(start, end)
    if not words or words[0].lower not in _junk_words(prepositions) or _quotes_words(view, start, end):
        return None
    return words


def warns_of_a_thing(view: SentenceView, frame: Frame) -> bool:
    """Rule `warning_of_a_thing_is_no_claim`: "The study warns of rising
    temperatures and sea levels, noting "corn producers ... are all observing
    climate-related changes"": a warning of a noun phrase names a topic, and
    the participle after it carries what was said; shown as "warns: of rising
    temperatures" the topic reads as a quote. "warned that seas would rise",
    'warned of "a catastrophe"' and a warning of a noun phrase with no claim
    after it ("experts warned of the risk of an outbreak", which PolNeAR
    counts) stay."""
    words = _topic_content(view, frame, "topic_warnings", "topic_prepositions")
    if words is None:
        return False
    phrase = words[1 : next((n for n, t in enumerate(words) if n and t.text in PHRASE_BREAKS), len(words))]
    if any(t.lower in ("that", "if", "unless", "because") for t in words):
        return False  # "warned of what would happen if ...": a clause follows
    if not phrase or has_finite_verb([t for t in phrase if t.is_word]):
        return False
    # a participle cue after a comma goes on with the claim: ", noting ...", ", arguing that ..."
    tokens = view.tokens
    return any(a.text == "," and b.lower.endswith("ing") and _opens_a_cue(tokens, n + 1)
               for n, (a, b) in enumerate(pairwise(tokens)) if a.start >= words[0].start)


def searches_to_find(view: SentenceView, frame: Frame) -> bool:
    """Rule `trying_to_find_a_thing_is_an_act`: "in your frenzy to find the
    perfect potato peeler", "the victims are happy to find help where they
    can": "to find" before a bare noun phrase is a search, nothing found out
    or said. "tried to find out whether ...", "to find that the vote was
    rigged", "found the gesture appropriate" and "An internal review failed
    to find any evidence of wrongdoing" (failing or unable to find evidence
    is a finding: junk_readings.txt finding_leads, finding_objects) stay;
    "fail to find common ground" is still an act."""
    k = frame.cue_token
    if frame.entry.lemma != "find" or k < 2 or view.tokens[k - 1].lower != "to" or frame.clause_final:
        return False
    phrase = object_noun_phrase(view, frame)
    if not phrase or phrase[0].lower in ("out", "it", "that", "them", "him", "her"):
        return False
    return not (view.tokens[k - 2].lower in _junk_words("finding_leads")
                and any(t.lower in _junk_words("finding_objects") for t in phrase))


def outlet_cannot_confirm(view: SentenceView, frame: Frame) -> bool:
    """Rule `outlet_unable_to_confirm_is_the_writers`: "CNN is unable to
    confirm casualty reports", "Reuters could not independently verify the
    video": a news outlet that cannot confirm something is the writer's
    note on its own reporting, no claim (junk_readings.txt news_outlets).
    "Police were unable to confirm details" stays a negated claim. So too
    in a joined "nor" clause whose pronoun subject takes up the outlet that
    opens the sentence (rule `nor_clause_inverts`, qa72fix-s27, CNN dev 795
    s19: "CNN could not immediately reach the Ukrainian government for
    comment, nor could it confirm the identity of "Olga.""); "Police could
    not reach the family, nor could they confirm ..." stays a negated claim."""
    if frame.entry.lemma not in _junk_words("verifying_cues") or frame.source is None:
        return False
    if not polarity(view, frame).negated:
        return False
    source = view.text[frame.source[0] : frame.source[1]]
    if is_news_outlet(source):
        return True
    tokens = view.tokens
    last = max((m for m, t in enumerate(tokens) if t.end <= frame.source[1]), default=-1)
    if source.lower() not in ("it", "we") or last < 0 or joined_clause_negation(tokens, last) is None:
        return False
    verb = next((m for m, t in enumerate(tokens) if t.lower in FINITE_VERBS or t.lower in AUXILIARIES), 0)
    return verb > 0 and is_news_outlet(view.text[tokens[0].start : tokens[verb - 1].end])



def posts_a_thing(view: SentenceView, frame: Frame) -> bool:
    """Rule `posting_a_thing_is_an_act` (qa72fix-s27, QA round 72: CNN dev
    433 s23 "with Winick posting a series of photos of Sasser and Zamora
    via Twitter", 261 s24 "She posted it on Etsy"): a posting cue
    (junk_readings.txt posting_cues) whose object is a bare noun phrase
    headed by a thing, or a pronoun, puts something online and says
    nothing. "posted a statement saying ...", "posted a message on
    Twitter" (a statement's head: posted_statements, left to the other
    rules), an object a saying participle follows ("a sign reading: ..."),
    "posted on Twitter that ...", "posted he did a film" (a
    clause) and a post whose quoted words are given stay claims."""
    if frame.entry.lemma not in _junk_words("posting_cues") or frame.source is None or not frame.content:
        return False
    start, end = frame.content[0]
    if any(True for _ in view.quotes.inside(start, end)):
        return False  # any quoted words are what was posted: "just two words - ''So terrible'' -"
    tokens = view.tokens_within(start, end)
    if tokens and tokens[0].lower in _junk_words("posted_pronouns"):
        # "posted it on Etsy", "posted them online": the pronoun is the object when a preposition,
        # a break or the end follows it; "posted it was a mistake" is a clause
        after = tokens[1:2]
        return not after or after[0].lower in PREPOSITIONS or after[0].lower == "and" or not after[0].is_word
    phrase = object_noun_phrase(view, frame)
    words = phrase or []
    if any(m and t.lower.endswith("ing") and _opens_a_cue(words, m) for m, t in enumerate(words)):
        return False  # "a Facebook message March 15 saying ...", "a sign reading: ...": what it said is given
    while phrase and len(phrase) > 1 and (phrase[-1].lower in TIME_WORDS or phrase[-1].lower in TIME_UNITS
                                          or phrase[-1].lower in MONTHS or is_count_word(phrase[-1].lower)):
        phrase = phrase[:-1]  # "a Facebook message March 15 saying ...": the time is no head
    if not phrase:
        return False
    return phrase[-1].lower not in _junk_words("posted_statements")


def naming_usage(view: SentenceView, frame: Frame) -> bool:
    """Rule `naming_usage_is_no_claim`: "CNN has been referring to the
    organization as ISIS", "The jihadists like to refer to themselves simply
    as the Islamic State", "Obama and the UN refer to the group by the
    acronym ISIL", "They prefer to be known as the Islamic State": which
    name someone uses is no claim when the name is one the article itself
    uses elsewhere, and when the named thing is the group itself ("itself",
    "the organization", "them": junk_readings.txt naming_objects) or the name
    a proper name. A coined label ("referred to King as Martin Luther
    Coon", a name the article uses nowhere else), "referred to the
    report" and a label for people ("referred to the protesters as Nazis",
    a plural label, though the article writes "Nazis" elsewhere) stay."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 0 or frame.clause_final:
        return False
    lemma = frame.entry.lemma.replace(" ", "_")
    if lemma in _junk_words("naming_wishes"):
        after = [t.lower for t in tokens[k + 1 : k + 4]]
        if after[:2] != ["to", "be"] or after[2:3] == [] or after[2] not in _junk_words("naming_participles"):
            return False
        named: list[str] | None = None  # the subject, who wishes to be known so
        rest = list(tokens[k + 4 :])
    elif lemma in _junk_words("naming_uses"):
        rest = [t for t in tokens[k + 1 :] if t.start >= frame.cue[1]]
        named = []
    else:
        return False
    for m, token in enumerate(rest[:MAX_NAMED_WORDS + 4]):
        if token.text in PHRASE_BREAKS or (token.text in QUOTE_MARKS and m == 0):
            return False
        if token.lower == "as" or (token.lower in _junk_words("naming_nouns") and m
                                   and rest[m - 1].lower in ARTICLES | {"its", "their"}):
            name = rest[m + 1 : m + 1 + MAX_NAMED_WORDS]
            while name and name[0].lower in _junk_words("naming_leads"):
                name = name[1:]
            # "the organization" of "referring to the organization as", "themselves simply as"
            named_words = [w for w in named or [] if w not in ("the", "by") and w not in _junk_words("naming_leads")]
            group = len(named_words) == 1 and named_words[0] in _junk_words("naming_objects")
            return (group or _proper_name(name)) and _names_used_elsewhere(view, name)
        if named is not None and "by" not in named:
            named.append(token.lower)  # "refer to the group by the acronym ISIS": the object ends at "by"
    return False


def _proper_name(name: list[Token]) -> bool:
    """"ISIS", "the Islamic State": a name, not a plural label for people
    ("Nazis", "Communists": one capitalised word in -s)."""
    words = [t for t in name if t.is_word]
    if not words or not words[0].is_capitalised:
        return False
    head = words[0]
    plural_label = head.text[-1:] == "s" and not head.text.isupper() and (
        len(words) == 1 or not words[1].is_capitalised)
    return not plural_label


MAX_NAMED_WORDS = 4  # "the Islamic State in Iraq"
# "the officials", "two senior officials", "other officials": an article, a number or a part of
# a group opens a source noun phrase (claim_grammar.txt numbers, group_parts)
SOURCE_LEADS = frozenset({"the", "other"}) | grammar("numbers") | grammar("group_parts")


def _names_used_elsewhere(view: SentenceView, name: list[Token]) -> bool:
    """Whether `name` opens with a capitalised name the text also writes
    outside this sentence ("ISIS", "Islamic State")."""
    words: list[str] = []
    for token in name:
        if not (token.is_word and (token.is_capitalised or token.text.isupper())):
            break
        words.append(token.text)
    if not words:
        return False
    if len(words) < len(name) and name[len(words)].is_word and name[len(words)].lower not in ("in", "and", "or"):
        return False  # "as Chinese bases": an adjective before a noun, a description
    found = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)")
    return any(not (view.start <= m.start() < view.end) for m in found.finditer(view.text))


def page_element_source(view: SentenceView, frame: Frame) -> bool:
    """Rule `page_element_is_no_source`: 'That link reads "Sell."', "the
    button says Buy": a link, a button or a tab on a page is a label, not a
    speaker (junk_readings.txt page_elements). "The sign reads ..." and
    "the letter reads ..." are left alone."""
    if frame.source is None:
        return False
    words = [t for t in view.tokens_within(frame.source[0], frame.source[1]) if t.is_word]
    return (bool(words) and len(words) <= 3 and not words[-1].is_capitalised
            and words[-1].lower in _junk_words("page_elements"))


def accordance(view: SentenceView, frame: Frame) -> bool:
    """Rule `according_to_ones_view_of_is_accordance`: "Sellers can move
    their inventory according to their perceptions of where demand is
    greatest", "ranked according to their needs": "according to" a
    possessive and a noun of wish or judgment (junk_readings.txt
    accordance_nouns) means "in line with", no source. "according to his
    lawyer" and "according to their statement" stay."""
    if frame.entry.lemma.replace("_", " ") != "according to" or frame.source is None:
        return False
    words = [t for t in view.tokens_within(frame.source[0], frame.source[1]) if t.is_word]
    if not words:
        return False
    head = next((t for t in words if t.lower in ("of", "about")), None)
    words = words[: words.index(head)] if head is not None else words
    # "their perceptions", "their instinctive preference": a possessive, at most one modifier
    return (2 <= len(words) <= 3 and words[0].lower in POSSESSIVES
            and words[-1].lower in _junk_words("accordance_nouns"))


# every person's possessive determiner ("my", "your", "his", "their", ...)
POSSESSIVES = grammar("possessive_determiners")


def time_source(view: SentenceView, frame: Frame) -> bool:
    """Rule `time_phrase_is_no_source`: "Abu Ayyub al-Masri, his successor,
    several months later announced ...": a quantity of time before "later"
    or "ago" is when, never who; shown as the speaker "several months" it
    hides the one who spoke. "Two weeks later, Smith said ..." has its own
    source."""
    if frame.source is None or frame.source[0] > frame.cue[0]:
        return False
    words = [t for t in view.tokens_within(frame.source[0], frame.source[1]) if t.is_word]
    if not words or len(words) > 3 or words[-1].lower not in TIME_UNITS:
        return False
    # the time word right before the cue: "several months later announced"
    between = [t.lower for t in view.tokens if frame.source[1] <= t.start and t.end <= frame.cue[0]]
    return between in (["later"], ["earlier"])


def source_read_as_content(view: SentenceView, frame: Frame) -> bool:
    """Rule `inverted_source_is_no_content`: "The training ... covers the
    monitoring of stockpiles, said the officials, who spoke on condition of
    anonymity": after ", said" the source stands, not the content; read the
    other way round the officials' description is shown as a claim of "The
    training". Only the misread frame is dropped (the claim before is lost
    with it: a miss, not a wrong speaker)."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or frame.clause_final or len(frame.content) != 1 or tokens[k - 1].text != ",":
        return False
    if tokens[k].lower not in ("said", "say", "says"):
        return False
    start, end = frame.content[0]
    words = view.tokens_within(start, end)
    if not words or words[0].lower not in SOURCE_LEADS:
        return False
    # "the officials", "two senior officials": a lead, at most one modifier, a source noun
    head = next((m for m in range(1, min(3, len(words))) if words[m].lower in source_nouns()), None)
    if head is None or not all(t.is_word and not t.is_capitalised for t in words[1 : head + 1]):
        return False
    rest = words[head + 1 :]
    while rest and rest[-1].text in (".", "!"):
        rest = rest[:-1]
    # nothing after the noun, or a relative clause set off by a comma ("the officials, who spoke ...")
    return not rest or (len(rest) >= 2 and rest[0].text == "," and rest[1].lower == "who")


def noun_after_an_adjective(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_noun_after_an_adjective_is_no_cue`: "the temperature of
    truly global demand before committing", "Instead of sending individual
    orders all over the world": a cue's bare or plural form right after an
    adjective (an -al, -ive, -ous, -ic word that names no one) is a noun,
    and no one speaks. "Critics demand answers", "the official orders ..."
    (a source noun), "demands that ..." and "The judiciary demands an
    apology" (the -s form after "the" or a possessive and before an object:
    a subject and its verb; -ary words are nouns as often) stay."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or frame.clause_final or frame.cue[1] > tokens[k].end:
        return False
    lemma, word = frame.entry.lemma, tokens[k].lower
    if lemma not in _junk_words("noun_like_cues") or word not in (lemma, lemma + "s"):
        return False
    if not _adjective_before(tokens, k):
        return False  # also "the official orders", "a local demands", "those who live wonder why ..."
    if word != lemma and k >= 2 and k + 1 < len(tokens) and tokens[k + 1].lower in DETERMINERS and (
            tokens[k - 2].lower in DETERMINERS or tokens[k - 2].lower.endswith(POSSESSIVE_S)):
        # "The judiciary demands an apology", "The Pope's emissary demands the release": a subject
        # and its verb before an object ("the central claims of", "the situational demands give" stay nouns)
        return False
    if _quotes_words(view, frame.cue[1], view.end):
        return False  # 'his famous demand in Berlin in 1987: "Mr. Gorbachev, tear down this wall!"'
    return _nothing_said_after(tokens, k)



def _nothing_said_after(tokens: Sequence[Token], k: int) -> bool:
    """The noun-like cue at `k` opens nothing said: no "that", "to", quotation
    mark or colon right after it (the test the three noun-cue rules share)."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or (after.lower not in ("that", "to") and after.text not in QUOTE_MARKS and after.text != ":")


def _noun_like_cue_word(view: SentenceView, frame: Frame) -> bool:
    """The cue is one word, the bare or plural form of a noun-like cue
    (junk_readings.txt noun_like_cues: "demand", "vows"), after two words at
    least: what `noun_after_a_verb` and the rule before it test first."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 2 or frame.cue[1] > tokens[k].end:
        return False
    lemma, word = frame.entry.lemma, tokens[k].lower
    return lemma in _junk_words("noun_like_cues") and word in (lemma, lemma + "s")


def noun_after_an_infinitive(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_noun_as_an_infinitives_object_is_no_cue` (web test s14b:
    "... aggressive Keynesian spending programs to spark demand." gave the
    cue "demand", the clause before it as speaker and "After the Great
    Crash of 2008" as the claim): a noun-like cue's bare or plural form
    right after "to" and a plain verb is that verb's object ("to spark
    demand", "to fill orders"), and no one speaks. "to publicly demand
    answers" (an adverb, not a verb, before the cue), "to demand that ..."
    and "vowed to demand answers" (the cue is the infinitive) stay."""
    k = frame.cue_token
    tokens = view.tokens
    if not _noun_like_cue_word(view, frame):
        return False
    verb = tokens[k - 1]
    if tokens[k - 2].lower != "to" or not verb.is_word or verb.is_capitalised or not verb.lower.isalpha():
        return False
    if is_adverb(verb.lower) or verb.lower in ADVERB_AUXILIARIES or verb.lower in DETERMINERS:
        return False
    return _nothing_said_after(tokens, k)


def noun_after_a_verb(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_noun_as_a_verbs_object_is_no_cue` (qa64a-s23, QA round 64,
    550 s31: "As with going to a bar ..., people should use caution." gave
    "people caution: As with going to a bar ..."; 424 s3: "The pair
    exchanged vows on a cold but sunny morning at ..." gave "vows: on a cold
    ... morning"): a noun-like cue's bare or plural form (junk_readings.txt
    noun_like_cues) right after a plain verb that follows a modal ("should
    use caution"), or right after a past verb when the cue found no source
    ("exchanged vows"), is that verb's object; no one speaks. Kept: "they
    vow to fight on", "Officials caution that ..." and "The woman he married
    calls the ruling unfair" (the past verb inside the source)."""
    k = frame.cue_token
    tokens = view.tokens
    if not _noun_like_cue_word(view, frame):
        return False
    if not _nothing_said_after(tokens, k):
        return False
    verb = tokens[k - 1]
    if not verb.is_word or verb.is_capitalised or not verb.lower.isalpha() or is_adverb(verb.lower) \
            or verb.lower in ADVERB_AUXILIARIES or verb.lower in DETERMINERS:
        return False
    if tokens[k - 2].lower in MODALS:
        return True
    # the source found ends before the past verb ("The pair exchanged vows": source "The"): that
    # verb is the subject's own, the cue its object; "The woman he married calls ..." stays
    return (frame.source is None or frame.source[1] <= verb.start) and is_past_form(verb.lower)


def software_source(view: SentenceView, frame: Frame) -> bool:
    """Rule `software_is_no_speaker` (qa64a-s23, QA round 64, 550 s21: "the
    app recommends potential dates by using data ..." and s22: "seeing what
    the algorithm has to say about your chances"): a source whose last word
    is an app or an algorithm (junk_readings.txt software_sources) tells
    what a product does, not what anyone said. "The app's maker says ..."
    and "Apple said the app broke its rules" stay."""
    if frame.source is None:
        return False
    words = view.tokens_within(*frame.source)
    return bool(words) and words[-1].lower in _junk_words("software_sources")


def finds_after_a_modal(view: SentenceView, frame: Frame) -> bool:
    """Rule `finding_after_a_modal_is_no_claim` (qa64a-s23, QA round 64, 373
    s12: "Indeed, some people may find the new plans cost more." and 550
    s21: "Users can find people nearby ..."): "find" right after a modal
    (adverbs aside) is what someone will, may or can come upon, the
    writer's forecast or a product's promise; nobody reports a finding.
    PolNeAR counts none of its three cases. "Investigators found that the
    plane ..." and "a study finds ..." stay."""
    k = frame.cue_token
    if frame.entry.lemma != "find" or k < 1 or frame.clause_final:
        return False
    m = k - 1
    while m > 0 and is_adverb(view.tokens[m].lower):
        m -= 1
    return view.tokens[m].lower in MODALS


def cue_word_in_a_compound(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_word_in_a_compound_noun_is_no_cue` (web test s14b:
    "Centrist think tanks have argued ..." gave "Centrist" think: "tanks
    have argued ..."): a cue word right before a listed compound head
    (claim_grammar.txt compound_heads_after_a_cue: "think tanks") is the
    first half of a noun, and no one speaks with it; "I think tanks will
    roll" (a subject pronoun before it) stays."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 0 or k + 1 >= len(tokens) or frame.cue[1] > tokens[k].end:
        return False
    if tokens[k + 1].lower not in COMPOUND_HEADS_AFTER_A_CUE:
        return False
    return k == 0 or tokens[k - 1].lower not in SUBJECT_PRONOUNS


def connective_source(view: SentenceView, frame: Frame) -> bool:
    """Rule `connective_or_preposition_is_no_source` (web test s14b): a
    source that is a single connective adverb ("some neoliberals hold high
    the banner ... and thus claim to be progressive reformers": "thus"
    claim) or a single preposition ("For all the rage Democrats felt toward
    George W. Bush, ...": "For" felt) is where the subject finder stopped,
    not who spoke; no claim is better than that speaker. Only a preposition
    that opens the sentence, with the cue inside the phrase it opens (no
    comma nor dash before the cue, a comma after it): a lower-case one
    ("Sen. Bernie Sanders (I-Vt.) on Saturday criticized ...": "on") or one
    whose phrase closed before the cue ("For that she drew Trump's ire - he
    called her "weak" and said ...", "By Sunday she had canceled the rally,
    citing ...") is left from a subject the finder lost, and its claim
    stays, unresolved. "Thus, Smith said ..." keeps its source (Smith)."""
    if frame.source is None:
        return False
    tokens = view.tokens_within(frame.source[0], frame.source[1])
    if len(tokens) != 1:
        return False
    low = tokens[0].lower
    if low in _junk_words("connective_sources"):
        return True
    if low not in PREPOSITIONS or not tokens[0].is_capitalised or tokens[0].start != view.tokens[0].start:
        return False
    k = frame.cue_token
    breaks = [m for m, t in enumerate(view.tokens) if t.text == "," or t.text in DASHES]
    if k <= 0 or view.tokens[k].lower.endswith("ing"):
        return False  # "In addition to stating that ..., Clinton has vowed": the gerund is the main subject's
    return not any(m < k for m in breaks) and any(view.tokens[m].text == "," for m in breaks)


# --- session 8 (QA round 27): tests in tests/test_claims_trust_s8.py


def seeming_adjective(view: SentenceView, frame: Frame) -> bool:
    """Rule `seeming_before_a_noun_is_an_adjective`: "Given the many seeming
    limitations associated with them ..., it's not surprising", "The first
    known commercial passenger airplane crash occurred in 1953": "seeming"
    or "known" between a determiner, a quantity word or "first" and a
    lower-case word modifies a noun (junk_readings.txt adjective_participles,
    adjective_leads); no one seems or knows anything. "He was seeming to
    lose patience" and "those known to police" stay."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 1 >= len(tokens) or tokens[k].lower not in _junk_words("adjective_participles"):
        return False
    noun = tokens[k + 1]
    return tokens[k - 1].lower in _junk_words("adjective_leads") and noun.is_word and not noun.is_capitalised \
        and noun.lower not in ("to", "that", "like", "as")


def echoes_remarks(view: SentenceView, frame: Frame) -> bool:
    """Rule `echoing_remarks_is_an_act`: "Josh Earnest weighed into the
    debate Monday, echoing remarks previously made by U.S. President Barack
    Obama": echoing someone's remarks, comments or words (junk_readings.txt
    echoed_things) without giving them is an act, no claim. 'echoing
    Obama's words: "We want a strong UK"' (a quotation) and "echoed the
    view that ..." stay."""
    if frame.entry.lemma != "echo" or not frame.content or frame.cue_token < 0:
        return False
    start, end = frame.content[0]
    if _quotes_words(view, start, end) or view.text[start:end].lstrip()[:1] in QUOTE_MARKS:
        return False
    tokens = view.tokens
    m = frame.cue_token + 1
    if m < len(tokens) and (tokens[m].lower in DETERMINERS or tokens[m].lower.endswith(POSSESSIVE_ENDINGS)):
        m += 1  # "echoing the remarks", "echoing Obama's remarks"
    if m >= len(tokens) or tokens[m].lower not in _junk_words("echoed_things"):
        return False
    return not (m + 1 < len(tokens) and tokens[m + 1].lower == "that")


def writers_reading_of_an_event(view: SentenceView, frame: Frame) -> bool:
    """Rule `underscoring_an_event_is_the_writers`: "Gunmen shot dead a
    Swedish journalist in broad daylight in the Afghan capital Tuesday,
    underscoring a growing insecurity threatening the country's elections":
    "underscoring", "underlining", "highlighting" after a comma, with a noun
    phrase after it, where no cue stands before it in the sentence, is the
    writer's reading of what happened (junk_readings.txt writers_readings).
    "Obama said the talks failed, underscoring ..." (a cue before) and
    "..., underscoring that the plan would fail" (a clause) stay."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 1 >= len(tokens) or tokens[k].lower not in _junk_words("writers_readings"):
        return False
    if tokens[k - 1].text != "," or tokens[k + 1].lower in CLAUSE_OPENERS_AFTER_A_CUE:
        return False
    if view.quotes.covering(tokens[k].start) is not None:
        return False
    # a cue that is one only before "that" (cues.txt +clause: "some Republicans reaffirmed their
    # opposition to Trump, underscoring party divisions", recall-s27) is a verb here, no cue before
    return not any(_opens_a_verb_cue(tokens, m) or (_opens_a_cue(tokens, m) and tokens[m + 1].lower == "that")
                   for m in range(k - 1))


def speaks_about_a_topic(view: SentenceView, frame: Frame) -> bool:
    """Rule `speaking_about_a_topic_is_no_claim`: "Speaking about the
    production of the Z3, Chen said: "It's the first collaboration ..."":
    speaking about, of or on a noun phrase (junk_readings.txt topic_cues)
    opening the sentence names a topic, not a claim; the quotation is the
    claim of the main cue. "Speaking of the deal, he said it was fair" is
    the same; "Rihanna spoke about the importance of self-love" (no
    fronted participle) and "spoke about how the plan failed" stay. Some
    cues name a topic only when fronted (junk_readings.txt
    fronted_topic_cues): "Referring to the stolen documents, Fuentes
    added, '...'"; "Trump referred to immigrants as rapists" stays."""
    lemma = frame.entry.lemma.replace(" ", "_")
    fronted_topic = frame.rule == "fronted_participle" and lemma in _junk_words("fronted_topic_cues")
    if (lemma not in _junk_words("topic_cues") and not fronted_topic) or not frame.content:
        return False
    start, end = frame.content[0]
    if _quotes_words(view, start, end):
        return False
    words = view.tokens_within(start, end)
    if frame.rule != "fronted_participle":
        # session 9: "Hill also used her sentencing to talk about her music": a short bare noun
        # phrase is a topic; "Rihanna spoke about the importance of self-love" (PolNeAR counts it),
        # "talked about bringing communities together" and "spoke about how ..." stay
        # "Shinseki has not publicly spoken about the issue": a silence the writer reports stays (negated)
        # qa68c-s25 (QA round 68, 754 s36: "It inspired him to speak about the North Korean camps"):
        # in an infinitive whose subject is another's object, an article or a determiner adds no
        # word to the topic ("Obama spoke of his faith in the American people" stays)
        infinitive = frame.cue_token > 0 and view.tokens[frame.cue_token - 1].lower == "to"
        counted = [t for t in words if not (infinitive and t.lower in DETERMINERS)]
        return (0 < len(counted) <= MAX_TOPIC_WORDS and len(frame.content) == 1 and not frame.clause_final
                and not polarity(view, frame).negated
                and all(t.is_word for t in words) and not words[0].lower.endswith("ing")
                and words[0].lower not in CLAUSE_OPENERS_AFTER_A_CUE
                and not any(t.lower in PREPOSITIONS or t.lower in FREE_RELATIVE_WORDS for t in words)
                and not has_finite_verb(words))
    if fronted_topic and any(t.lower == "as" for t in words):
        return False  # "Referring to the documents as fakes, ...": what he called them is said
    return bool(words) and words[0].lower not in CLAUSE_OPENERS_AFTER_A_CUE \
        and not has_finite_verb([t for t in words if t.is_word])


MAX_TOPIC_WORDS = 3  # "her music", "the stock market"


def participle_inside_a_noun_phrase(view: SentenceView, frame: Frame) -> bool:
    """Rule `participle_inside_a_noun_phrase_is_no_cue` (session 18, web test
    s17 thenervousbreakdown: "the story of 'Alone' earns added pathos points"
    gave "earns" / added / ...; QA round 49 954 s15: "The list included
    addresses and alleged intimate details about them" gave The list /
    alleged / "intimate details about them"): a past participle cue that
    opens a noun phrase before its lower-case noun is an adjective of that
    noun, no one's act of speech. Two places show it: for the participles
    that modify a noun (junk_readings.txt noun_modifying_participles:
    "added"), right after a word in -s that is no auxiliary, no cue and no
    noun for people ("earns added points"; "The tenants alleged negligence"
    is left alone: a plural noun and a verb read the same), or, for the participles that mean
    "said to be" (junk_readings.txt attributive_participles: "alleged",
    "purported"), after "and", "or" or a comma that follow a lower-case
    plural noun ("protesters and alleged communist organizations"), or
    right after a determiner (junk_readings.txt
    attributive_participle_determiners: "from another alleged illegal
    cosmetic procedure", "the alleged victim"). Kept:
    "The workers added new shifts" (a noun for people before the cue), "He
    cut taxes and added new fees" (a participle not listed), "they
    alleged that ..." and a cue before a determiner ("added the fees")."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 1 >= len(tokens) or frame.cue[1] > tokens[k].end or not tokens[k].lower.endswith("ed"):
        return False
    noun = tokens[k + 1]
    if not noun.is_word or noun.is_capitalised or noun.lower in NOT_NOUN_PHRASE_OPENERS \
            or noun.lower in DETERMINERS or noun.lower in OBJECT_PRONOUNS or noun.lower in SUBJECT_PRONOUNS \
            or noun.lower in QUESTION_WORDS or has_finite_verb([noun]) or is_adverb(noun.lower):
        return False
    before = tokens[k - 1]
    if tokens[k].lower in _junk_words("noun_modifying_participles") and before.is_word \
            and not before.is_capitalised and _verb_in_s(before.lower):
        return True
    if tokens[k].lower in _junk_words("attributive_participles") \
            and before.lower in _junk_words("attributive_participle_determiners"):
        return True  # "from another alleged illegal procedure": the participle opens the noun phrase
    if before.lower not in ("and", "or", ",") or k < 2 or tokens[k].lower not in _junk_words("attributive_participles"):
        return False
    listed = tokens[k - 2]
    return listed.is_word and not listed.is_capitalised and ends_in_plural_s(listed.lower) \
        and listed.lower not in VERB_AUXILIARIES and (listed.lower,) not in cue_forms()


def _verb_in_s(word: str) -> bool:
    """For rule `participle_inside_a_noun_phrase_is_no_cue`: a lower-case
    word in -s that reads as a verb of the present ("earns", "faces"): no
    auxiliary, no cue form, no noun for people ("workers") and no pronoun
    ("his", "its")."""
    return ends_in_plural_s(word) and word not in VERB_AUXILIARIES and word not in BE \
        and (word,) not in cue_forms() and not is_people_noun(word) \
        and word not in POSSESSIVE_DETERMINERS and word not in SUBJECT_PRONOUNS and word not in OBJECT_PRONOUNS


MAX_DISPLAY_LOOK_BACK_CHARS = 300  # this sentence and about two short ones before it


def words_on_a_display(view: SentenceView, frame: Frame) -> bool:
    """Rule `words_on_a_display_are_no_speaker` (session 18, QA round 51 645
    s15 and web test s18: 'The protesters unfurled banners. "Mike Brown
    1996-2014," said one. "Racism lives here," said another.' filed
    "another" under "Unnamed sources"): a bare "one" or "another"
    (junk_readings.txt display_pronouns) as the source, when the last noun
    it can stand for, in this sentence or the two before, is a thing that
    carries words (display_nouns: "banners", "signs", "placards"), is that
    thing: the quotation is what it reads, no one's statement. Kept: "said
    one protester" (a noun of its own), and "one" after people ('Residents
    gathered outside. "We are scared," said one.': a noun for people, or a
    name written outside a quotation, comes after the display noun)."""
    if frame.source is None or view.text[frame.source[0] : frame.source[1]].lower() \
            not in _junk_words("display_pronouns"):
        return False
    window = view.text[max(0, frame.source[0] - MAX_DISPLAY_LOOK_BACK_CHARS) : frame.source[0]]
    words = [m.group(0).lower() for m in re.finditer(LOOSE_WORD, _without_asides(_without_quotations(window)))]
    last = max((k for k, w in enumerate(words) if w in _junk_words("display_nouns")), default=None)
    return last is not None and not any(is_people_noun(w) or w in source_nouns() for w in words[last + 1 :])


COMMA_ASIDE = re.compile(r",[^,.!?;\n]*,")


def _without_asides(text: str) -> str:
    """For rule `words_on_a_display_are_no_speaker`: the text with its
    comma asides cut out (review s18 B7: "Hundreds of protesters, many
    carrying signs, marched on City Hall. "We are tired of waiting," said
    one." lost its claim): a display noun inside a modifier between commas
    is no head that "one" stands for; the people it modifies may be."""
    return COMMA_ASIDE.sub(" ", text)


QUOTED_PASSAGE = re.compile("\u201c[^\u201d]*\u201d|\"[^\"]*\"")


def _without_quotations(text: str) -> str:
    """For rule `words_on_a_display_are_no_speaker`: the text with its
    quotations cut out (the words a sign reads name no one)."""
    return QUOTED_PASSAGE.sub(" ", text)


def document_participle_with_a_topic(view: SentenceView, frame: Frame) -> bool:
    """Rule `document_participle_naming_a_topic_is_no_claim` (session 18, QA
    round 51 528 s25: "it did offer a statement outlining its work on the
    issue" gave "a statement" / outlining / "its work on the issue"; 823
    s21: "to submit a memo indicating the reasons for the appeal"): a
    participle cue of setting out (junk_readings.txt document_topic_cues:
    "outlining", "indicating") right after a document that says things
    (claim_grammar.txt saying_documents: "statement", "memo", "letter")
    whose whole object is a bare noun phrase tells what the document is
    about, not what it says. Kept: a clause ("a statement saying the plan
    had failed", "a memo indicating that the appeal was late"), a
    quotation, other cues ("an open letter calling Trump unfit": a
    characterisation; "a statement saying Trump meant ...") and a document
    not listed ("a study showing higher rates")."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or frame.clause_final or not tokens[k].lower.endswith("ing") \
            or frame.entry.lemma not in _junk_words("document_topic_cues") \
            or tokens[k - 1].lower not in SAYING_DOCUMENTS or not frame.content:
        return False
    if _quotes_words(view, *frame.content[0]):
        return False
    phrase = object_noun_phrase(view, frame)
    return phrase is not None and not _clause_verb_after_the_object(view, frame, phrase[-1]) \
        and not _participle_goes_on(view, frame)


GENERIC_ONE = frozenset({"one"})
MAX_GENERIC_CLAUSE_TOKENS = 25  # "one watches the vh1 'Behind the Music' episode dedicated to Heart and"


def generic_one_joined_cue(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_of_a_generic_one_is_the_writers` (session 18, web test s17
    thenervousbreakdown: "the story of 'Alone' earns added pathos points
    after one watches the ... episode ... and learns this horrible truth:
    that ..." gave "earns" / learns / "this horrible truth: ..."): a cue
    joined by "and" to a verb whose subject is the generic "one" ("one
    watches ... and learns") is anybody's, the writer's way of telling what
    a reader finds; no one is reported. "Smith watches the episode and
    learns the truth: ..." and "One of the officials watched ... and
    learned" (a person) stay."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 3 or tokens[k - 1].lower != "and":
        return False
    for m in range(k - 2, max(k - MAX_GENERIC_CLAUSE_TOKENS, 0) - 1, -1):
        if tokens[m].text in PHRASE_BREAKS or tokens[m].text == ".":
            return False
        if tokens[m].lower in GENERIC_ONE and m + 1 < k - 1:
            verb = tokens[m + 1]
            return verb.is_word and not verb.is_capitalised and ends_in_plural_s(verb.lower)
    return False


def writes_about_a_topic(view: SentenceView, frame: Frame) -> bool:
    """Rule `writing_about_a_topic_is_no_claim` (session 18, QA round 49
    389 s23: "CNN first reported on the plan to arm Syrian rebels" gave CNN
    / reported / "on the plan to arm Syrian rebels"): a cue of writing or
    reporting (junk_readings.txt topic_preposition_cues) whose whole
    content is a preposition of topic (written_topic_prepositions: "about", "on", "of")
    and a bare noun phrase names what was written about and states nothing;
    shown, the topic reads as a quote. Kept: a clause after the cue ("wrote
    that the crisis began in 2011", "reported on his disclosure forms a fee
    was $50,000"), a question ("wrote about how the crisis began"), a
    quotation, a colon that goes on to state the topic, a negated cue ("has
    not written about the case": a silence the writer reports) and a
    participle clause after a comma."""
    if frame.entry.lemma.replace(" ", "_") not in _junk_words("topic_preposition_cues") or frame.clause_final \
            or len(frame.content) != 1 or frame.cue_token < 0:
        return False
    start, end = frame.content[0]
    words = view.tokens_within(start, end)
    if len(words) < 2 or words[0].lower not in _junk_words("written_topic_prepositions") \
            or _quotes_words(view, start, end):
        return False
    topic = [t for t in words[1:] if t.is_word]
    if not topic or topic[0].lower in CLAUSE_OPENERS_AFTER_A_CUE or topic[0].lower in QUESTION_WORDS \
            or has_finite_verb(topic) or any(t.lower in VERB_AUXILIARIES for t in topic):
        return False
    # a colon inside a quotation (a work's title: 'in his new book, "The Little Blue Book: The
    # Essential Guide ..."', reader round F, CNN-Corpus dev 371) states no topic
    if any(t.text == ":" and view.quotes.covering(t.start) is None for t in view.tokens if t.start >= start) \
            or _participle_goes_on(view, frame):
        return False
    return not polarity(view, frame).negated


def reason_fragment(view: SentenceView, frame: Frame) -> bool:
    """Rule `because_fragment_is_the_writers_reason`: "CNN's Elise Labott
    said the U.S. has stuck with ISIL because the group appears to ... And
    also because Washington doesn't want to recognize their plans for a
    caliphate.": a sentence that is only a "because" clause ("And also
    because ...", no comma, no main clause) gives a reason; a stance cue
    inside it (junk_readings.txt fragment_stances) is the writer's (or the
    last speaker's) explanation, no claim of its subject. "Because
    officials said the bridge was unsafe, the road was closed" (a main
    clause after the comma) and "said" in such a fragment stay."""
    if frame.entry.lemma not in _junk_words("fragment_stances") or frame.cue_token < 0:
        return False
    tokens = view.tokens
    m = 0
    while m < len(tokens) and tokens[m].lower in _junk_words("fragment_leads"):
        m += 1
    if m >= len(tokens) or tokens[m].lower != "because" or frame.cue_token < m:
        return False
    return not any(t.text in (",", ";", ":") for t in tokens) and view.quotes.covering(tokens[m].start) is None


def cites_a_name(view: SentenceView, frame: Frame) -> bool:
    """Rule `citing_a_name_is_no_claim`: "Citing the federal Pipeline and
    Hazardous Materials Safety Administration, the report said Con Edison
    experienced 83 leaks ...": a cited body or person named and nothing
    else (junk_readings.txt citing_cues) is where the claim comes from, not
    a claim; the claim is the main cue's. "citing participants in the
    meeting", "cited Alphabet as the most likely buyer", "cited a 2001
    memorandum" and "citing 'a threat to public health'" stay."""
    if frame.entry.lemma not in _junk_words("citing_cues") or frame.clause_final or len(frame.content) != 1:
        return False
    words = view.tokens_within(*frame.content[0])
    k = 0
    while k < len(words) and not words[k].is_capitalised and words[k].lower in CITED_NAME_LEADS:
        k += 1
    k += _role_before_a_name(words[k:])
    named = words[k:]
    if not named or not named[0].is_capitalised or not named[-1].is_capitalised:
        return False
    return all(t.is_capitalised or t.lower in CITED_NAME_JOINS for t in named)


def _role_before_a_name(words: Sequence[Token]) -> int:
    """For rule `citing_a_name_is_no_claim` (session 19, QA round 53 553:
    "SANA said, citing communications official Bakr Bakr"): the number of
    lower-case words that give a person's role right before the name, the
    last of them a noun for people ("official", "spokesman"); 0 when there
    is none ("citing participants in the meeting" has no name after)."""
    k = 0
    while k < min(len(words), MAX_CITED_ROLE_WORDS) and words[k].is_word and not words[k].is_capitalised:
        k += 1
    if 0 < k < len(words) and words[k].is_capitalised and is_people_noun(words[k - 1].lower):
        return k
    return 0


# "senior communications official" before a cited name. Not names.MAX_ROLE_WORDS (7, how far the
# name finders look for a role phrase beside a name they already have): this limit decides that a
# "citing" content is a bare name and drops its claim, so it stays narrow: a longer lower-case
# run before a name ("citing letters sent to the official Smith") is more than a role.
MAX_CITED_ROLE_WORDS = 3
CITED_NAME_LEADS = grammar("cited_name_leads")
CITED_NAME_JOINS = grammar("cited_name_joins")




def document_before_its_participle(view: SentenceView, frame: Frame) -> bool:
    """Rule `document_before_its_participle_is_no_claim`: "Maurkice Pouncey
    ... later posted a statement, apologizing and saying it "made light of a
    serious situation."": a cue whose object is a statement or a letter
    (claim_grammar.txt saying_documents) and a comma, then a participle, put
    out the document; what it says is the participle's claim ("saying it
    made light ..."), not "a statement, apologizing and saying ..." run on.
    "posted that the plan would fail", "posted a statement on Twitter" and
    "posted a message reading 'Thank you'" stay as they were."""
    phrase = object_noun_phrase(view, frame)
    if phrase is None or phrase[-1].lower not in SAYING_DOCUMENTS:
        return False
    tokens = view.tokens_within(*frame.content[0])
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma + 1 >= len(tokens) or tokens[comma - 1] is not phrase[-1]:
        return False
    after = tokens[comma + 1]
    return after.is_word and not after.is_capitalised and after.lower.endswith("ing")


def inference_of_a_possessed_thing(view: SentenceView, frame: Frame) -> bool:
    """Rule `inference_of_a_possessed_thing_is_the_writers` (session 12, web
    test: "El Niño's impacts ... are typically felt the year after its
    formation, indicating that 2024 may set new temperature records" gave
    "El Niño — indicating"): a participle of inference (claim_grammar.txt
    inference_participles: "indicating", "suggesting", "showing") whose
    subject was cut at a possessive ("El Niño's") before a lower-case noun
    that is no person, body, source or statement ("impacts", "language")
    is the writer's reading of a thing, not a claim of its possessor. "The
    agency's report, suggesting ..." and "Trump's aides, suggesting ..."
    stay."""
    if frame.rule != "participle_clause" or frame.source is None or frame.source[1] > frame.cue[0]:
        return False
    if frame.entry.lemma not in grammar("inference_participles"):
        return False
    tokens = view.tokens
    last = next((k for k, t in enumerate(tokens) if t.end == frame.source[1]), None)
    if last is None or last + 1 >= len(tokens) or not tokens[last].text.endswith(POSSESSIVE_S):
        return False
    thing = tokens[last + 1]
    low = thing.lower
    return thing.is_word and not thing.is_capitalised and not is_people_noun(low) \
        and low not in source_nouns() and low not in documents() and low not in body_nouns() \
        and (low,) not in cue_forms() and low not in noun_cues()


def shows_someone_a_thing(view: SentenceView, frame: Frame) -> bool:
    """Rule `showing_someone_a_thing_is_an_act` (session 12, QA round 36:
    "Innovations in spacecraft by NASA are showing us some of the best
    images of the sun" gave "Innovations — showing: us some of the best
    images"; PolNeAR: "showed me the route for a clandestine mission"):
    "show" with a hearer pronoun ("us", "me", "you", "them") right after it
    and then a noun phrase with no verb before its first preposition
    displays a thing; nothing is said. "showed us that the plan failed",
    "showed us the plan was flawed" and "show me where he slept" (a clause)
    stay as they were."""
    if frame.entry.lemma != "show" or frame.clause_final or frame.cue_token < 0:
        return False
    tokens = view.tokens
    k = frame.cue_token
    while k < len(tokens) and tokens[k].start < frame.cue[1]:
        k += 1  # past the cue's words
    if k + 1 >= len(tokens) or tokens[k].lower not in HEARER_PRONOUNS \
            or (tokens[k + 1].lower not in DETERMINERS and tokens[k + 1].lower not in GROUP_PARTS):
        return False
    for before, token in pairwise(tokens[k + 1 :]):
        if token.lower == "of" and before.lower in GROUP_PARTS:
            continue  # "some of the plans had failed": the share and its group are one phrase
        if not token.is_word or token.lower in PREPOSITIONS:
            return True
        if token.lower in FINITE_VERBS or has_finite_verb([token]):
            return False
    return True


HEARER_PRONOUNS = grammar("hearer_pronouns")


def seeming_state(view: SentenceView, frame: Frame) -> bool:
    """Rule `seeming_state_is_the_writers`: "Francesco Maresca appeared
    satisfied after reading the high court's reasoning", "Francis seems
    sincere and acknowledges ...", "Obama appeared cowed.": how someone
    looks, an adjective right after "seem" or "appear" (degree words
    aside) with nothing that reads as a clause after it, is the writer's
    reading, no claim of the subject's (PolNeAR gives such lines no source).
    "appeared set to veto the bill", "seemed confident that it would pass",
    "seemed to suggest that ..." and 'seemed irritated: "..."' stay."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.entry.lemma not in SEEMING_CUES or k < 0 or frame.source is None or frame.clause_final:
        return False
    m = k + 1
    while m < len(tokens) and tokens[m].lower in SEEMING_STATE_ADVERBS:
        m += 1
    if m >= len(tokens):
        return False
    state = tokens[m]
    if not state.is_word or state.is_capitalised or state.lower in NOT_A_STATE or state.lower in PREPOSITIONS:
        return False
    if view.quotes.covering(state.start) is not None:
        return False
    m += 1
    # "the weather forecast appears good so far -- important when ...": a time tail after the state
    # and a dash end it too (QA round 38, 894 s7)
    tail = next((len(t) for t in STATE_TIME_TAILS if tuple(w.lower for w in tokens[m : m + len(t)]) == t), 0)
    after = tokens[m + tail] if m + tail < len(tokens) else None
    if tail and after is not None and after.text in DASHES:
        return True
    if not tail and after is not None and after.lower == "to" and m + 1 < len(tokens):
        # session 13 (QA round 39, 504 s11): "City seemed happy to take a point", "Nothing about
        # them seems credible to me": how someone or something looks, with an infinitive or a
        # "to" phrase after the state; "seemed happy to say that ..." (a cue after "to") and a
        # quotation after it stay
        return tokens[m + 1].is_word and not _opens_a_cue(tokens, m + 1) \
            and view.quotes.covering(tokens[m + 1].start) is None
    return after is None or after.text in STATE_ENDS or (after.lower in PREPOSITIONS and after.lower != "to")


STATE_TIME_TAILS = tuple(tuple(tail.split("_")) for tail in grammar("state_time_tails"))


DEGREE_ADVERBS = grammar("degree_adverbs")
NOT_A_STATE = DETERMINERS | SUBJECT_PRONOUNS | OBJECT_PRONOUNS | frozenset({"to", "that", "like", "as", "if", "though",
                                                                          "not", "never", "set", "poised", "headed"})
STATE_ENDS = frozenset({".", ",", ";", "!", "and", "but", "or"})
SEEMING_STATE_ADVERBS = SEEMING_ADVERBS | DEGREE_ADVERBS  # built once, not per token


ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ic", "ful", "less", "able", "ible")


# --- session 13 (QA round 39): tests in tests/test_claims_trust_s13.py


def hints_at_a_thing(view: SentenceView, frame: Frame) -> bool:
    """Rule `hinting_at_a_thing_is_no_claim`: "Clermont Foot hinted at a new
    dawn for the sport after appointing ...": a hint at a bare noun phrase
    names a topic or the writer's reading of an act; shown as "hinted: at a
    new dawn" it reads as something said. "hinted that he would leave",
    'hinted at "a new beginning for all of us"' (quoted words) and "hinted
    at what his plans might include" (a clause) stay. PolNeAR train counts
    a few such topics ("hints at major campaign shakeup"): a recall cost
    taken for trust."""
    words = _topic_content(view, frame, "topic_hints", "hint_prepositions")
    if words is None:
        return False
    if len(words) < 2 or words[1].lower in SUBORDINATORS_OR_RELATIVES:
        return False  # "hinted at what his plans might include": a clause
    # the noun phrase ends at a clause mark or a subordinator ("after appointing ...")
    end_at = next((n for n, t in enumerate(words) if n > 1 and (
        t.text in PHRASE_BREAKS or t.lower in SUBORDINATORS_OR_RELATIVES)), len(words))
    phrase = [t for t in words[1:end_at] if t.is_word]
    return bool(phrase) and not has_finite_verb(phrase)


def compound_adjective_cue(view: SentenceView, frame: Frame) -> bool:
    """Rule `noun_and_participle_is_a_compound_adjective`: "Chelsea suffered a
    shock 1-0 loss at relegation threatened Crystal Palace": a participle
    cue (junk_readings.txt compound_adjective_cues) right after a bare
    lower-case noun that itself follows a preposition is half of a compound
    adjective ("relegation-threatened") or a reduced relative ("the
    xenophobia of natives threatened by ethnic diversity"), nothing anyone
    threatened. "The
    storm threatened the town" (a subject with its determiner), "officials
    at the ministry threatened to resign" and "threatened that ..." stay."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 2 or frame.clause_final or tokens[k].lower not in _junk_words("compound_adjective_cues"):
        return False
    noun, lead = tokens[k - 1], tokens[k - 2]
    if not noun.is_word or noun.is_capitalised or noun.lower in DETERMINERS or lead.lower not in PREPOSITIONS:
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is not None and after.is_word and after.lower not in ("to", "that") \
        and after.lower not in DETERMINERS and after.lower not in OBJECT_PRONOUNS


def cue_noun_before_by(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_noun_before_by_is_no_cue`: "Reports of the incident and
    subsequent tweets by Pistorius ... have grabbed headlines": a cue's
    plural form (junk_readings.txt noun_cues_before_by) right before "by"
    after a word that is no subject (an adjective, a determiner) is a noun,
    the author after "by"; no one tweets anything here. "The senator tweets
    by the dozen" (a source noun before it) and "Pistorius tweets that ..."
    stay."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 1 >= len(tokens) or frame.clause_final or tokens[k + 1].lower != "by":
        return False
    lemma = frame.entry.lemma
    if lemma not in _junk_words("noun_cues_before_by") or tokens[k].lower != lemma + "s":
        return False
    before = tokens[k - 1]
    return before.is_word and before.lower not in SUBJECT_PRONOUNS and before.lower not in source_nouns() \
        and (not before.is_capitalised or k - 1 == 0)


def agrees_with_a_noun_phrase(view: SentenceView, frame: Frame) -> bool:
    """Rule `agreeing_with_a_noun_phrase_is_no_claim` (web test s14, K9: "The
    Appellate Court didn't agree with Amazon's stance." read as "didn't
    agree: with Amazon's stance"): an agreement cue (junk_readings.txt
    agreement_cues) whose whole content is "with" and a noun phrase names
    whom or what the source sides with; nothing is stated. "agreed with the
    defense that the evidence was weak" (a clause), 'agreed with his "very
    sensible plan to cut taxes"' (a quotation) and "agreed that ..." stay."""
    if frame.entry.lemma not in _junk_words("agreement_cues") or frame.clause_final or len(frame.content) != 1:
        return False
    start, end = frame.content[0]
    words = view.tokens_within(start, end)
    if not words or words[0].lower not in _junk_words("agreement_prepositions") or _quotes_words(view, start, end):
        return False
    rest = [t for t in words[1:] if t.is_word]
    return bool(rest) and not has_finite_verb(rest) and not any(t.lower == "that" for t in rest)


def possessive_source(view: SentenceView, frame: Frame) -> bool:
    """Rule `possessive_alone_is_no_source` (QA round 42: 837 s0 "Mumbai's
    moviegoers are getting used to seeing a police-issued ... clip ...,
    encouraging them to come forward" gave "Mumbai's" encouraging; 751 s15
    "His comments follow Gigi Chao's poignant letter, explaining the
    situation to him" gave "His" explaining): a participle after a comma
    hangs on a noun phrase of the clause before it; when the source found
    for it is only a possessive ("his", "their", or a name with "'s")
    before a noun, that is the determiner of someone else's noun phrase, a
    fragment, and no one speaks. A finite cue stays with its possessive
    source, left to the resolver ("Her submission to the court noted ...",
    "Mr. Obama's eyes welled with tears as he spoke of ... and urged voters
    ..."), and so does a participle after a subject pronoun of its own ("...
    Mr. Obama's challenge as he shifts gears ... is to find a way ..., while
    arguing that ..."); in "Mumbai's police chief said ..." the whole
    phrase is the source."""
    k = frame.cue_token
    if frame.source is None or frame.source[1] > frame.cue[0] or k < 1 \
            or not view.tokens[k].lower.endswith("ing") or view.tokens[k - 1].text != ",":
        return False
    tokens = view.tokens_within(frame.source[0], frame.source[1])
    if not tokens:
        return False
    last = tokens[-1]
    possessive = (len(tokens) == 1 and last.lower in POSSESSIVE_DETERMINERS) or (
        last.lower.endswith(POSSESSIVE_S) and all(t.is_capitalised for t in tokens))
    if not possessive:
        return False
    noun = view.tokens.index(last) + 1  # the possessed noun
    if any(t.lower in SUBJECT_PRONOUNS for t in view.tokens[noun:k]):
        return False  # "Mr. Obama's challenge as he shifts gears ..., while arguing": the participle is his
    return noun < k and view.tokens[noun].is_word


def explains_a_noun_phrase(view: SentenceView, frame: Frame) -> bool:
    """Rule `explaining_a_noun_phrase_is_no_claim` (web test s14, K9: "One of
    the most important special reports is the one which explains the
    potential dramatic impacts of global warming if this exceeds 1.5 °C ..."
    was shown under Unnamed sources as "explains: the potential dramatic
    impacts ..."): an explaining cue (junk_readings.txt explaining_cues)
    whose content is a bare noun phrase (junk.py object_noun_phrase) names
    what was explained, a topic, whoever the source is. A clause after the
    noun phrase ("explained the cuts were needed"), a "that" or wh-clause,
    a colon and a quotation keep the claim."""
    if frame.entry.lemma not in _junk_words("explaining_cues"):
        return False
    before = [t for t in view.tokens if t.end <= frame.content[0][0]]
    if before and before[-1].lower == "that":
        return False  # "explaining that neither the back spasms nor pain had subsided": a clause
    phrase = object_noun_phrase(view, frame)
    if not phrase:
        return False
    start, end = frame.content[0]
    if _quotes_words(view, start, end):
        return False
    rest = view.tokens_within(phrase[-1].end, end)
    if any(t.text == ":" for t in rest):
        return False  # "explained the delay: the trains were late": the explanation itself
    if _focus_adverb_before_a_clause(phrase, rest):
        return False
    # up to a comma or a subordinate clause ("of global warming if this exceeds 1.5 °C"), the words
    # after the noun phrase are its modifiers; a verb there makes the phrase a subject ("explained
    # participation in the trial would not cure them", "her weight loss and gain had been cyclical")
    own = []
    for token in rest:
        if token.text in PHRASE_BREAKS or (token.lower in SUBORDINATORS_OR_RELATIVES
                                           and token.lower not in EXPLAINED_PHRASE_JOINERS):
            break
        own.append(token)
    return not has_finite_verb(own)


def _focus_adverb_before_a_clause(phrase: list[Token], rest: list[Token]) -> bool:
    """Part `focus_adverb_opens_a_clause` of `explaining_a_noun_phrase_is_no_claim`
    (QA round 44 rerun of qa43, 980 s12: "Some explained, even if they don't
    personally believe in the practice, their relatives take it seriously"
    lost its claim and left the aside's "they don't believe" as one): a
    focusing adverb (junk_readings.txt clause_focus_adverbs: "even",
    "only") right before a subordinator ("if", "though") opens an adverbial
    clause, and the reported clause follows it; those words are no noun
    phrase. "explained the delay even if ..." still names a topic."""
    return all(t.lower in _junk_words("clause_focus_adverbs") for t in phrase) \
        and bool(rest) and rest[0].lower in grammar("subordinators")


EXPLAINED_PHRASE_JOINERS = word_set("junk_readings", "explained_phrase_joiners")


def report_noun_after_an_opening_adjective(view: SentenceView, frame: Frame) -> bool:
    """Rule `report_noun_after_an_opening_adjective_is_no_cue` (QA round 42,
    751 s3: "Recent reports that he was willing to double the offer put his
    family back in the headlines" was shown as the speaker "Recent"
    reporting "he was willing to double the offer put his family back in
    the headlines"): the -s form of a cue that is also a noun
    (junk_readings.txt noun_like_cues) right after an adjective that opens
    the sentence (opening_report_adjectives: "Recent", "Earlier",
    "Conflicting") is a noun, the subject of the writer's sentence, as
    `cue_noun_after_an_adjective_is_no_cue` reads "global demand" (which
    leaves capitalised words alone, as names). "Recent reports say ..."
    keeps its cue "say"."""
    k = frame.cue_token
    tokens = view.tokens
    if k != 1 or frame.clause_final or not tokens[0].is_capitalised:
        return False
    lemma, word = frame.entry.lemma, tokens[k].lower
    return lemma in _junk_words("noun_like_cues") and word == lemma + "s" \
        and tokens[0].lower in _junk_words("opening_report_adjectives")


def demonstrative_that_before_as(view: SentenceView, frame: Frame) -> bool:
    """Rule `demonstrative_that_before_as_is_no_claim` (session 17, closing
    note s16): "Obama touted that as a promise kept": a "that" right after
    the cue with "as" after it is the cue's object, pointing back, not a
    "that" opening a clause; the content left ("as a promise kept") is how
    the thing was described, no statement. "He said that as the economy
    grew, jobs returned" (a comma, then a clause) and "touted the law as a
    promise kept" stay."""
    k = frame.cue_token
    if frame.clause_final or len(frame.content) != 1 or k < 0 or k + 2 >= len(view.tokens):
        return False
    that, as_word = view.tokens[k + 1], view.tokens[k + 2]
    if that.lower != "that" or as_word.lower != "as" or as_word.start != frame.content[0][0]:
        return False
    rest = view.tokens_within(as_word.end, frame.content[0][1])
    return not any(t.text in PHRASE_BREAKS for t in rest) and not has_finite_verb(rest)


FORECAST_LEADS = grammar("forecast_leads")
FORECAST_ADVERBS = grammar("forecast_adverbs")


def forecast_act(view: SentenceView, frame: Frame) -> bool:
    """Rule `forecast_act_is_no_claim` (session 17, web test s11 and s16b
    dailymail): "Opposition MPs are already expected to support moves to
    protect standards": what the writer expects a source to do, its
    object a noun phrase, is a forecast of an act, nothing the source said.
    A clause or a quotation after the cue ("is expected to announce that
    taxes will rise", "is expected to say the plan is dead") stays a
    (hedged) claim, and so does "Opposition MPs support moves to ..."."""
    tokens = view.tokens
    k = frame.cue_token
    if frame.clause_final or len(frame.content) != 1 or k < 3 or tokens[k - 1].lower != "to" \
            or tokens[k - 2].lower not in FORECAST_LEADS:
        return False
    j = k - 3
    while j >= 0 and (tokens[j].lower in FORECAST_ADVERBS or is_adverb(tokens[j].lower)):
        j -= 1
    if j < 0 or tokens[j].lower not in BE:
        return False
    start, end = frame.content[0]
    content = view.tokens_within(start, end)
    if not content or content[0].lower == "that" or content[0].text in QUOTE_MARKS \
            or view.quotes.covering(content[0].start) is not None or _quotes_words(view, start, end):
        return False
    return not has_finite_verb(content) and not any(t.lower in FINITE_VERBS for t in content)


CONDITION_BREAKS = frozenset({",", ";", ":", "(", ")", ".", "?", "!"}) | DASHES
CONDITIONAL_MAIN_CLAUSE_MODALS = grammar("conditional_main_clause_modals")  # not hypothetical_modals
MAX_MAIN_CLAUSE_LEAD = 4  # "they could", "then you can always", "the airline would"


def cue_in_a_hypothetical_condition(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_in_a_hypothetical_condition_is_no_claim` (session 17, QA
    round 48 608): "meaning if a member of Delta's SkyMiles program can't
    find the reward seat they want ..., they could always try ...": a cue in
    an "if" clause whose main clause, after its comma, opens with a modal
    supposes a case, and nobody said or found anything (claim_grammar.txt
    conditional_main_clause_modals: "will", "can", "should" too). "But if Carson
    implied that ..., he did not follow up" (the main clause states a fact:
    the condition is granted) and an "if" inside a quotation stay. QA round
    65 720 s21: "If she does not believe the athlete thought there was an
    intruder, she will find him guilty ..." showed the judge's disbelief; a
    forecast "will" (conditional_main_clause_modals) and an "unless" clause
    suppose a case too. "She said she does not believe ..." stays."""
    tokens = view.tokens
    k = frame.cue_token
    if k < 1 or view.quotes.covering(tokens[k].start) is not None:
        return False
    opener = next((i for i in range(k - 1, -1, -1)
                   if tokens[i].lower in CONDITION_OPENERS or tokens[i].text in CONDITION_BREAKS
                   or tokens[i].text in QUOTE_MARKS), None)
    if opener is None or tokens[opener].lower not in CONDITION_OPENERS:
        return False
    comma = next((j for j in range(k + 1, len(tokens))
                  if tokens[j].text in CONDITION_BREAKS or tokens[j].text in QUOTE_MARKS), None)
    if comma is None or tokens[comma].text != ",":
        return False
    main = tokens[comma + 1 : comma + 1 + MAX_MAIN_CLAUSE_LEAD]
    return any(t.lower in CONDITIONAL_MAIN_CLAUSE_MODALS for t in main)


def cue_in_a_document_subhead(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_in_a_document_subhead_is_no_claim` (session 17, QA round 47
    885 s45): "Polls: Israelis don't want cease-fire, Palestinians don't want
    two-state solution." on a line of its own in the body is a subhead that
    sums up what polls found further on; its cues are the polls' findings in
    headline words, and the polled are no speakers. A line whose colon
    content holds no cue stays the document's colon attribution ("Poll:
    Sanders leads in Iowa."), and so does a cue in running text after a
    document ("The poll found that Israelis don't want a cease-fire."), and
    the text's headline ("Report: Half Clinton's State meetings were with
    donors; campaign says schedule 'cherry-picked.'")."""
    tokens = view.tokens
    if frame.rule == "colon_attribution" or len(tokens) < 3 or frame.cue_token < 2:
        return False
    if not (tokens[0].is_capitalised and tokens[0].lower in documents() and tokens[1].text == ":"):
        return False
    text = view.text
    # a body line: the text's first line is the headline, whose colon attribution is the headline rules'
    own_line_start = view.start > 0 and text[: view.start].rstrip(" \t").endswith("\n")
    own_line_end = text[view.end :].lstrip(" \t")[:1] in ("", "\n")
    return own_line_start and own_line_end and frame.cue[0] > tokens[1].start


JunkRule = Callable[[SentenceView, Frame], bool]

# The junk rules in the order they are tried: (name, test). Each name has a
# test sentence in tests/test_claims_junk_s4.py, and one that stays a claim.
HYPOTHETICAL_SOURCES = grammar("hypothetical_sources")
HYPOTHETICAL_SOURCE_NOUNS = grammar("hypothetical_source_nouns")
HYPOTHETICAL_MODALS = grammar("hypothetical_modals")
HYPOTHETICAL_CUES = frozenset(w.replace("_", " ") for w in grammar("hypothetical_cues"))


def hypothetical_speaker(view: SentenceView, frame: Frame) -> bool:
    """Rule `hypothetical_speaker_is_the_writers` (session 11, QA round 36):
    "Some would say it's heartless to lecture people ...", "Some might say
    it's irresponsible ...": a bare "some", "one", "many" or "others"
    (claim_grammar.txt hypothetical_sources, "people" may follow) with a
    hypothetical modal (would, might, could, may) before the cue is a
    speaker the writer imagines in order to answer it; no one said it.
    "Some say ..." (no modal), "Many will argue ..." (a forecast), "Some
    officials would say only that ..." (a noun names who) and a wish or a
    preference ("many would also prefer not to ...": not a cue of
    claim_grammar.txt hypothetical_cues) stay."""
    if frame.source is None or frame.source[0] > frame.cue[0] or frame.cue_token < 1 \
            or frame.entry.lemma not in HYPOTHETICAL_CUES:
        return False
    words = [t.lower for t in view.tokens_within(frame.source[0], frame.source[1]) if t.is_word]
    if not words or words[0] not in HYPOTHETICAL_SOURCES or len(words) > 2 or (
            len(words) == 2 and words[1] not in HYPOTHETICAL_SOURCE_NOUNS):
        return False
    between = [t.lower for t in view.tokens[: frame.cue_token] if t.start >= frame.source[1]]
    return bool(between) and all(w in HYPOTHETICAL_MODALS or w in ADVERB_AUXILIARIES for w in between) \
        and any(w in HYPOTHETICAL_MODALS for w in between)


def cue_in_an_open_question(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_in_an_open_question_is_no_claim` (session 14, web test s13,
    fivethirtyeight): "One of the big questions is whether these figures
    will mobilize behind Warren or if they would echo the concerns of more
    centrist Democrats": a source right after "whether" or "if"
    (claim_grammar.txt yes_no_question_openers) with a modal (claim_grammar.txt
    modals) before its cue is what someone might do, asked about or
    supposed; no one said it. Kept: "said they would echo the concerns"
    (no lead), "if they echoed the concerns" (no modal: a condition on a
    fact) and "asked whether the plan would work" (the asking cue stands
    before the lead)."""
    k = frame.cue_token
    if k < 3 or frame.source is None or frame.source[0] > frame.cue[0]:
        return False
    tokens = view.tokens
    m = k - 1
    while m > 0 and tokens[m].lower in ADVERB_AUXILIARIES:
        m -= 1  # "would also echo", "might never say"
    if tokens[m].lower not in MODALS or tokens[m].start < frame.source[1]:
        return False
    first = _source_token(view, frame)
    if first is None or first < 1 or any(t.start < tokens[m].start and t.start >= frame.source[1]
                                         for t in tokens[first:m]):
        return False  # words between the source and the modal: not "if they would ..."
    return tokens[first - 1].lower in YES_NO_QUESTION_OPENERS


def conditional_wanting(view: SentenceView, frame: Frame) -> bool:
    """Rule `conditional_wanting_is_no_claim` (session 11, QA round 36): "...
    but that is what the West must do if it wants to prevent the unraveling
    of a European order": a wanting cue whose subject "if" or "unless" opens
    states a condition, no wish anyone voiced. "The West wants to prevent
    ..." and "If elected, she wants to cut taxes" (the subject stands after
    the condition's comma) stay."""
    if frame.entry.lemma not in WANTING_CUES or frame.source is None or frame.source[0] > frame.cue[0]:
        return False
    first = _source_token(view, frame)
    return first is not None and first > 0 and view.tokens[first - 1].lower in CONDITION_OPENERS


def conditional_someone(view: SentenceView, frame: Frame) -> bool:
    """Rule `conditional_someone_is_no_speaker` (session 14, QA round 42,
    565 s25: "She said if someone looked up at a starry sky and wondered how
    many of the stars have planets, the answer would be ..." gave "someone"
    / wondered / "how many ..."): an indefinite person (junk_readings.txt
    indefinite_people) that "if" or "unless" opens as the cue's subject is
    imagined by the condition; no one said or wondered anything. "Someone
    wondered how ..." and "If Smith wondered how ..." (a person named)
    stay."""
    if frame.source is None or frame.source[0] > frame.cue[0]:
        return False
    first = _source_token(view, frame)
    if first is None or first == 0 or view.tokens[first - 1].lower not in CONDITION_OPENERS:
        return False
    words = [t.lower for t in view.tokens_within(frame.source[0], frame.source[1]) if t.is_word]
    return len(words) == 1 and words[0] in _junk_words("indefinite_people")


OBJECT_GAP_CUES = grammar("object_gap_cues")


def object_gap_before_the_main_verb(view: SentenceView, frame: Frame) -> bool:
    """Rule `contact_relative_before_the_main_verb` (session 14, web test
    K3: "The democratic inclusion we want can be achieved only if ..." gave
    "The democratic inclusion we" / want / "can be achieved ..."; "The
    changes voters want will take years."): the content read after the
    cue opens with a finite verb ("can", "will", "was"), so the cue has no
    object of its own there: it stands in a relative clause without "that"
    ("the changes [that] voters want") or a free relative ("What he said
    was true"), and the verb after it is the writer's main clause. Only for
    cues whose object is a thing (claim_grammar.txt object_gap_cues): "what
    the senators said was gerrymandering" is theirs. "Voters want the
    changes to take years" and "He said it will take years" stay."""
    if frame.clause_final or frame.source is None or frame.source[0] > frame.cue[0] or not frame.content \
            or frame.entry.lemma not in OBJECT_GAP_CUES:
        return False
    start = frame.content[0][0]
    tokens = view.tokens
    after = [t for t in tokens if t.start >= frame.cue[1]]
    if not after or view.quotes.covering(start) is not None:
        return False
    if after[0].text == "," and len(after) > 1 and start in (after[0].start, after[1].start):
        return _apposition_then_a_past_verb(after)
    if after[0].start != start:
        return False
    opener = after[0]
    return opener.is_word and not opener.is_capitalised and opener.lower in FINITE_VERBS


MAX_APPOSITION_TOKENS = 8  # ", Texas Gov. Rick Perry,"


def _apposition_then_a_past_verb(after: Sequence[Token]) -> bool:
    """Part `apposition_before_the_main_verb` of `contact_relative_before_the_main_verb` (QA round
    43, 374 s8: "after the Republican he had previously supported, Texas Gov. Rick Perry, dropped
    out of the race" gave "he" / supported / "Texas Gov. Rick Perry, dropped out of the race"):
    right after the cue, a capitalised apposition between commas and then a finite or past verb:
    the apposition names the relative's antecedent, and the verb is the writer's clause. "He
    supported, in 2012, Rick Perry" (no verb after the second comma) stays."""
    close = next((m for m in range(1, min(len(after), MAX_APPOSITION_TOKENS + 2)) if after[m].text == ","), None)
    if close is None or close < 2 or close + 1 >= len(after) or not after[1].is_capitalised:
        return False
    verb = after[close + 1]
    return verb.is_word and not verb.is_capitalised and (verb.lower in FINITE_VERBS or is_past_verb(verb))


OFFER_MODALS = grammar("offer_modals")


def offered_expectation(view: SentenceView, frame: Frame) -> bool:
    """Rule `what_one_can_expect_is_the_writers` (session 11, web test:
    "Participants can expect a range of activities and business industry
    topics from the ... Conference"): "can expect" and a bare noun phrase
    tell what is on offer, in the writer's voice; the subject believes
    nothing. "Participants expect the conference to draw investors" and
    "Analysts expect a recession" (no "can") stay."""
    k = frame.cue_token
    if frame.entry.lemma != "expect" or k < 1 or view.tokens[k - 1].lower not in OFFER_MODALS:
        return False
    return object_noun_phrase(view, frame) is not None


def labelled_lead_in(view: SentenceView, frame: Frame) -> bool:
    """Rule `labelled_lead_in_to_a_question_is_no_claim` (session 11, QA
    round 36): "CNN: Your photos are known for 'not glorifying' the animals
    that you shoot. What does that mean to you?": under a label, a lead-in
    whose paragraph ends in the interviewer's question is the interviewer
    speaking; the answer under the next label is the claim. A labelled
    paragraph that ends in a statement ("Boyd: I thought ... Then I knew.")
    stays, and so does a person's label (a moderator's "WALLACE: Let's start
    with ... ?": the label must name a body, organisation_acronyms.txt)."""
    if frame.rule != "colon_attribution" or not frame.content or frame.source is None:
        return False
    label = view.text[frame.source[0] : frame.source[1]]
    if not (label.isupper() and label.lower() in organisation_acronyms()):
        return False  # "WALLACE: Let's start with breaking news ...": a moderator's statement stays
    line_end = view.text.find("\n", frame.content[-1][1])
    rest = view.text[frame.content[-1][1] : line_end if line_end >= 0 else len(view.text)]
    return rest.rstrip().rstrip("\u201d\"'\u2019").endswith("?")


# the participles that name (grammar.NAMING_PARTICIPLES: "called", "named") and those that give a
# thing a quoted label (junk_readings.txt label_participles: "dubbed", "titled")
QUOTED_NAME_PARTICIPLES = NAMING_PARTICIPLES | word_set("junk_readings", "label_participles")
INDEFINITE_LEADS = grammar("introducers")  # "a group", "another"


def quoted_name_given(view: SentenceView, frame: Frame) -> bool:
    """Rule `naming_a_thing_with_a_quoted_name_is_no_claim` (session 12 web
    test: "A Facebook group called 'We support Anders Tegnell & co', ..., has
    garnered some 85,000 members, while another called 'Anders Tegnell Fan
    Club' has more than 29,000"): a naming participle right after an
    indefinite noun phrase ("a group", "another"), with the quoted name right
    after it, gives the thing its name; no one said the name. "Critics called
    'Obamacare' a disaster" (no indefinite lead, an object after the name)
    stays."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 1 >= len(tokens) or frame.clause_final or frame.source is None or frame.source[1] > frame.cue[0]:
        return False
    if tokens[k].lower not in QUOTED_NAME_PARTICIPLES or tokens[k + 1].text not in QUOTE_MARKS:
        return False
    source = [t for t in tokens[:k] if t.start >= frame.source[0] and t.end <= frame.source[1] and t.is_word]
    if not source or source[0].lower not in INDEFINITE_LEADS:
        return False
    quotation = view.quotes.covering(tokens[k + 1].start)
    after = next((t for t in tokens[k + 2 :] if quotation is not None and t.start >= quotation[1]), None)
    return after is None or after.lower not in ARTICLES  # an object after the name: "called 'Obamacare' a disaster"


def name_glossed(view: SentenceView, frame: Frame) -> bool:
    """Rule `referring_gloss_of_a_quoted_name_is_no_claim`: "A Facebook group
    called 'We support Anders Tegnell & co', referring to the epidemiologist
    and the public health agency, has ...": "referring to" after a quoted name
    that a naming participle gave says whom the name means; no one speaks.
    "Trump attacked 'Crooked Hillary,' referring to Clinton" (no naming
    participle before the quotation) stays."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.entry.lemma != REFERRING_CUE or k < 4:
        return False
    m = k - 1
    while m > 0 and (tokens[m].text == "," or tokens[m].text in QUOTE_MARKS):
        m -= 1  # back over the comma and the closing mark, either order
    quotation = view.quotes.covering(tokens[m].start)
    if quotation is None or m == k - 1:
        return False
    before = [t for t in tokens[:m] if t.end <= quotation[0] and t.is_word]
    return bool(before) and before[-1].lower in QUOTED_NAME_PARTICIPLES


MAX_BARE_SUBJECT_WORDS = 2  # "The need", "she": a topic or a person, no statement


def bare_passive_subject(view: SentenceView, frame: Frame) -> bool:
    """Rule `bare_subject_of_a_passive_is_no_content` (session 12 web test:
    "The need has been acknowledged by outside authorities: The patients had
    ..." gave `outside authorities acknowledged: The need`; "she was called by
    the judge"): a passive with its agent after the cue whose whole content is
    a subject of one or two words names what the agent acted on, not anything
    said. A report cue keeps it ("The meeting was first reported by
    Politico": the agent put the event out), and so does a longer subject."""
    if frame.rule != "passive_attribution" or frame.source is None or frame.source[0] < frame.cue[1]:
        return False
    if frame.entry.cue_class == "report" or len(frame.content) != 1 or frame.content[0][1] > frame.cue[0]:
        return False
    return len(view.text[frame.content[0][0] : frame.content[0][1]].split()) <= MAX_BARE_SUBJECT_WORDS


# every word that opens an indirect question ("don't know what happened", "whether", "who")
FIRST_AND_SECOND_PERSONS = grammar("first_and_second_persons")
# the second person's determiner and pronoun that open an imperative's object ("ask your child",
# "tell you"); "yours truly" is the writer
SECOND_PERSON = grammar("second_person_words") & (grammar("possessive_determiners") | grammar("object_pronouns"))


def not_knowing(view: SentenceView, frame: Frame) -> bool:
    """Rule `not_knowing_a_question_is_the_writers` (session 12 web test:
    "Skaik and his staff don't know what happened to patients registered
    there"; "Doctors don't know what causes salivary gland cancer"): a
    negated "know" before a question word, outside any quotation, is the
    writer's narration of what people cannot tell, no claim anyone made. In
    someone's quoted words ("I don't know how we do that") and with a "that"
    clause ("did not know that he had left": a stance on a fact) it stays."""
    if frame.entry.lemma != "know" or frame.clause_final or frame.cue_token < 0 or not frame.content:
        return False
    if view.quotes.covering(frame.cue[0]) is not None:
        return False
    if frame.source is not None and view.text[frame.source[0] : frame.source[1]].lower() in FIRST_AND_SECOND_PERSONS:
        return False
    first = next((t for t in view.tokens if t.start >= frame.content[0][0] and t.is_word), None)
    return first is not None and first.lower in QUESTION_WORDS and polarity(view, frame).negated


def belief_in_no_proposition(view: SentenceView, frame: Frame) -> bool:
    """Rule `belief_in_no_proposition_is_no_claim`: "Journalists know very
    little about his private life", "They believe the best of their idol",
    "he may feel vindicated": a verb of belief or feeling (junk_readings.txt
    belief_cues) whose object is an amount or a degree (belief_amounts:
    "little", "the best"), or for "feel" a state, holds no proposition anyone
    stated; it is the writer's account of minds. Kept: a clause ("Officials
    believe the fire was set", "Police believe the man fled": no verb test,
    as a present or irregular verb is not told from a noun), an infinitive, a
    quotation."""
    if frame.entry.lemma not in _junk_words("belief_cues") or frame.clause_final or len(frame.content) != 1:
        return False
    start, end = frame.content[0]
    words = [t for t in view.tokens_within(start, end) if t.is_word]
    if not words or _quotes_words(view, start, end) or words[0].lower in ("to", "like", "as"):
        return False
    if frame.entry.lemma == "feel" and not words[0].is_capitalised \
            and (is_past_participle(words[0].lower) or words[0].lower in _junk_words("felt_states")):
        # "feel vindicated", "feel ready": a state, not a view; "feel confident she could
        # cater ...", "feel betrayed when he invited ..." or "comfortable to ask ..." go on
        # to a clause (kept: its cues would otherwise come out as claims of their own)
        return not has_finite_verb(words[1:]) and all(t.lower != "to" for t in words[1:])
    phrase = object_noun_phrase(view, frame)
    return phrase is not None and bool(phrase) and phrase[-1].lower in _junk_words("belief_amounts") \
        and not reads_as_clause(view, start)


def result_clause(view: SentenceView, frame: Frame) -> bool:
    """Rule `result_clause_is_the_writers` (session 13 web test, fivethirtyeight):
    "black Democrats blasted him so hard that it would have been difficult for
    ... to endorse him": after the cue's object, "so ... that" gives the
    consequence the writer draws, no words of the subject's; shown as
    "blasted: him so hard that ..." it reads as their claim. Kept: "so ...
    that" inside a clause ("said it was so cold that pipes burst"), a
    quotation. Kept too (review s13 finding 4): "Smith said prices rose so
    fast that families could not cope": after a reporting cue ("say",
    "tell", "explain": the neutral class) or past a verb of its own ("prices
    rose"), the "so ... that" is inside the reported clause, the speaker's."""
    if frame.clause_final or len(frame.content) != 1 or frame.cue_token < 0 or frame.entry.cue_class == "neutral":
        return False
    start, end = frame.content[0]
    if _quotes_words(view, start, end):
        return False
    tokens = view.tokens_within(start, end)
    for k, token in enumerate(tokens[: MAX_RESULT_OBJECT_TOKENS + 1]):
        if token.lower == "so":
            degree = tokens[k + 1 : k + 1 + MAX_RESULT_DEGREE_TOKENS + 1]
            # "Trump tells so many lies that ...": a clause of its own, whose verb may be a cue
            object_only = not has_finite_verb(tokens[:k]) \
                and not any(_opens_a_cue(view.tokens, view.tokens.index(t)) for t in tokens[:k]) \
                and not any(t.is_word and not t.is_capitalised and is_past_participle(t.lower) for t in tokens[1:k])
            return k > 0 and any(t.lower == "that" for t in degree[1:]) and tokens[0].lower != "that" and object_only
        if not token.is_word or token.lower in SUBORDINATORS_OR_RELATIVES:
            return False
    return False


def whose_thing(view: SentenceView, frame: Frame) -> bool:
    """Rule `thing_of_whose_is_no_speaker` (QA round 40, 510 [23]): "Schumacher,
    whose performances wrote 'a huge chapter' in the team's life": after
    "whose", a subject that is a thing (no noun of people, body, document or
    source, no name) is a metaphor's subject, no speaker. "a man whose lawyer
    said he was innocent" and "a firm whose report found ..." stay."""
    if frame.source is None or frame.clause_final or frame.source[0] > frame.cue[0]:
        return False
    tokens = view.tokens
    inside = view.token_indices(*frame.source)
    if not inside or inside[0] == 0 or tokens[inside[0] - 1].lower != "whose":
        return False
    head = tokens[inside[-1]]
    if not head.is_word or head.is_capitalised:
        return False
    low = head.lower
    singular = low[:-1] if low.endswith("s") else low
    return not any(word in source_nouns() or is_people_noun(word) or word in documents()
                   or word in organisation_words() for word in (low, singular))


MAX_RESULT_OBJECT_TOKENS = 4  # "him", "the new rules"
MAX_RESULT_DEGREE_TOKENS = 2  # "so hard that", "so very hard that", "so much so that" aside


ADJUNCT_SUBORDINATORS = grammar("subordinators")  # "After Mr. Trump took possession ..., he": a clause


def fronted_adjunct(view: SentenceView, frame: Frame) -> bool:
    """Rule `fronted_adjunct_is_no_content`: "In what is a free speech dispute
    that touched on abortion, the court ruled unanimously.", "In the end, she
    knew.": before a clause-final cue, a content that is one prepositional
    phrase (a preposition, then a free relative "what ..." or two words with
    no finite verb) is where or when it was said, not what; "In 2003 the law
    was void, the court ruled", "In Iraq the situation remains tense, he
    said" and "After he left, the firm collapsed, she said" keep their
    clause. Right after a question the phrase is its answer, and content
    (review s16: "Where was the money? In offshore accounts, the report
    said.")."""
    if not frame.clause_final or len(frame.content) != 1 or _after_a_question(view):
        return False
    start, end = frame.content[0]
    tokens = [t for t in view.tokens if start <= t.start and t.end <= end]
    if len(tokens) < 2 or any(t.text in PHRASE_BREAKS or t.text in QUOTE_MARKS for t in tokens):
        return False
    first = tokens[0].lower
    if first not in PREPOSITIONS or first in ADJUNCT_SUBORDINATORS:
        return False
    # a longer phrase may hide a clause whose present verb has_finite_verb does not see ("In Iraq
    # the situation remains tense, he said")
    return tokens[1].lower in FREE_RELATIVE_OPENERS or (
        len(tokens) <= MAX_ADJUNCT_CONTENT_WORDS and not has_finite_verb(tokens[1:]))


MAX_ADJUNCT_CONTENT_WORDS = 3  # "In the end", "By doing so"


def _after_a_question(view: SentenceView) -> bool:
    """Whether the text right before this sentence, spaces aside, ends a
    question ("Where was the money? In offshore accounts, ..."). Read a
    character at a time: a slice of all the text before would make the
    tagger's work grow with the square of the text."""
    k = view.start - 1
    while k >= 0 and view.text[k].isspace():
        k -= 1
    return k >= 0 and view.text[k] == "?"


def work_as_a_speaker(view: SentenceView, frame: Frame) -> bool:
    """Rule `work_or_thing_is_no_speaker_of_an_appeal` (web test s15 K1):
    seek, urge, tell and ask (junk_readings.txt appeal_cues) with a creative
    work as the source (work_nouns: "Games usually seek to loosen your grip
    ...", "One side of the game tells the final chapter ...", "The EP ...,
    asking fans to consider ...") are the writer's reading of the work: no
    one speaks. So is a participle hung on the work ("..., by saying little
    more than ..."). "The report urges ..." (a document), "the director of
    the film urged ..." (a person of the work) and "Republicans urged ..."
    stay. A capitalised work word inside a sentence is a name ("Paintbucket
    Games"), and stays too."""
    if frame.source is None or frame.clause_final or frame.source[0] > frame.cue[0]:
        return False
    if frame.entry.lemma not in _junk_words("appeal_cues") and frame.rule != "participle_clause":
        return False
    words = [t for t in view.tokens_within(frame.source[0], frame.source[1]) if t.is_word]
    if not words:
        return False
    preposition = next((k for k, t in enumerate(words) if k > 0 and t.lower in PREPOSITIONS), len(words))
    head = words[preposition - 1]
    if preposition < len(words) and words[preposition].lower == "of" and head.lower in _junk_words("work_parts"):
        head = words[-1]
    return head.lower in _junk_words("work_nouns") and (not head.is_capitalised or head.text.isupper()
                                                         or head is view.tokens[0])


UNKNOWN_STATES = _junk_words("unknown_states")
KNOWN_STATES = _junk_words("known_states")
QUESTION_AMOUNTS = word_set("junk_readings", "question_amounts")
UNKNOWN_STATE_ADVERBS = noun_sets("junk_readings")["unknown_state_adverbs"]


def cue_in_an_unknown_question(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_in_an_unknown_question_is_no_claim` (session 16, QA round 47
    885 s49: "It's unclear how many in Gaza want militants to stop rocket
    attacks" gave many in Gaza / want): a source that opens an indirect
    question ("how many", "whether", "who", claim_grammar.txt question_openers
    and relative_question_words) which a word of not knowing governs
    (junk_readings.txt unknown_states: "unclear", "unknown"; or a negated
    known_states: "not clear", "isn't known") is what the writer says no one
    can tell; no one said or wanted it. Stay as they were: "It's clear that
    many in Gaza want ..." (no question), "It is unclear how many died,
    officials said" (the source stands outside the question)."""
    if frame.source is None or frame.source[0] > frame.cue[0]:
        return False
    first = _source_token(view, frame)
    tokens = view.tokens
    if first is None or first < 2:
        return False
    m = first - 1
    if tokens[first].lower in QUESTION_AMOUNTS and tokens[m].lower == "how":
        pass  # the source "many in Gaza" after "how"
    elif tokens[m].lower in QUESTION_AMOUNTS and tokens[m - 1].lower == "how":
        m -= 1  # "how many Gazans want": the source after the amount
    elif tokens[m].lower not in QUESTION_WORDS:
        return False
    j = m - 1
    while j > 0 and tokens[j].lower in UNKNOWN_STATE_ADVERBS:
        j -= 1  # "still unclear", "not yet known"
    if tokens[j].lower in UNKNOWN_STATES:
        return True
    if tokens[j].lower not in KNOWN_STATES:
        return False
    j -= 1
    while j > 0 and tokens[j].lower in UNKNOWN_STATE_ADVERBS:
        j -= 1
    return j >= 0 and (tokens[j].lower in SOURCE_NEGATIONS or tokens[j].lower.endswith(("n't", "n\u2019t")))


def document_not_telling(view: SentenceView, frame: Frame) -> bool:
    """Rule `document_not_telling_is_no_claim` (QA round s29, CNN dev 457 s4: "The lawsuit does
    not indicate how much the couple is asking for in damages" gave the lawsuit the negated claim
    "how much the couple is asking for"): a document (source_nouns.txt documents: "the lawsuit",
    "the affidavit", "the statement") whose negated cue opens an indirect question ("how much",
    "whether") says what the page does not tell: the writer's note of a gap, no one's claim, and
    nobody was asked. Kept: a person or a body that did not say ("Police did not say how they
    linked him": a refusal to tell, which is news; so is a refusal whatever its subject: "The
    website refused to say whether ..."), a document that does tell ("The lawsuit indicates how
    much ...") and a "that" clause ("The report did not say that he lied"). A document with an
    owner ("The ministry's statement did not say whether the troops would withdraw", "its report")
    is that owner speaking: a negated claim, kept."""
    if frame.source is None or frame.clause_final or frame.cue_token < 0 or not frame.content:
        return False
    if frame.entry.lemma in refusal_leads() or any(
            t.lower in refusal_leads() for t in view.tokens_within(frame.source[1], frame.cue[1])):
        return False  # "The website refused to say whether ...": refusing, it was asked and is a body
    source = [t for t in view.tokens_within(frame.source[0], frame.source[1]) if t.is_word]
    if not source or source[-1].is_capitalised or source[-1].lower not in documents():
        return False
    if any(t.text.endswith((*POSSESSIVE_S, "s'", "s\u2019")) or t.lower in POSSESSIVE_DETERMINERS
           for t in source[:-1]):
        return False  # an owner's document: "The ministry's statement did not say whether ..."
    first = next((t for t in view.tokens if t.start >= frame.content[0][0] and t.is_word), None)
    return first is not None and first.lower in QUESTION_WORDS and polarity(view, frame).negated


def participle_past_another_clause(view: SentenceView, frame: Frame) -> bool:
    """Rule `participle_past_another_clause_has_no_source` (session 16, web
    page 0a3108e: "Finally, the Ukrainian companies filed suit, always in the
    ... Court, demanding that ..." gave the speaker "Ukrainian"): a cue in
    -ing right after a comma hangs on the clause before it, whose subject
    the participle rule finds; a source the reported-speech rule takes with
    a verb of that clause between it and the comma ("the Ukrainian" ...
    "filed suit,") is a piece of the subject at best, no speaker we can
    name: the source stops inside its noun phrase ("companies" follows it).
    Stay: "Here in Columbia, Sanders stepped up his emphasis ..., saying ..."
    (the source's verb follows it) and "The companies filed suit, demanding
    that ..." (the participle rule's subject)."""
    if frame.rule != "reported_speech" or frame.source is None or frame.cue_token < 1:
        return False
    tokens = view.tokens
    k = frame.cue_token
    if not tokens[k].lower.endswith("ing") or tokens[k - 1].text != "," or frame.source[1] > tokens[k - 1].start:
        return False
    after = next((t for t in tokens if t.start >= frame.source[1]), None)
    if after is None or not after.is_word or after.is_capitalised or has_finite_verb([after]) \
            or is_adverb(after.lower):
        return False  # the source stops before the clause's verb ("Sanders stepped up ..., saying": his)
    # the source stops inside its noun phrase: "the Ukrainian" before "companies filed"
    return has_finite_verb([t for t in tokens[:k - 1] if t.start >= frame.source[1] and t.is_word])


def participle_as_a_speaker(view: SentenceView, frame: Frame) -> bool:
    """Rule `participle_before_its_noun_is_no_speaker` (session 16, web page
    0a3108e: "Published estimates put this share as high as 40 percent" gave
    the person "Published" / estimates): a lone capitalised word opening the
    sentence right before the cue, that is a verb form in -ed the lexicon
    lists (cues.txt: "published", "reported", "announced"), modifies the
    cue word read as a plural noun ("estimates", "reports"); no one is
    named. Stays: "Reed estimates the share at 40 percent" (no listed verb
    form), "Published reports say ..." (the cue is "say")."""
    if frame.source is None or frame.cue_token != 1:
        return False
    word = view.tokens[0]
    return word.is_capitalised and word.start >= frame.source[0] and word.end >= frame.source[1] \
        and word.lower.endswith("ed") and (word.lower,) in cue_forms()


def passive_participle_with_its_agent(view: SentenceView, frame: Frame) -> bool:
    """Rule `passive_participle_with_its_agent_is_no_claim` (session 16, web
    page 0a3108e: "The scheme, as revealed in a series of court judgments
    monitored and reported by Nashi Groshi, worked like this: ..." gave the
    source "The" / reported / "by Nashi Groshi, worked like this: ..."): a
    cue in the past whose content opens with "by" and a noun phrase (not a
    gerund: "responded by saying that ...", nor a number: "declined by 2.3%",
    nor a time: "indicated by the time an apology was tendered, it was too
    late") is a passive participle with its agent; what follows is the
    writer's sentence, no content. Stay: "Nashi Groshi reported that the
    scheme worked like this: ..." and a quotation opening with "By" ('"By
    December, California stuck out," Weaver said'). The agent may be a bare
    noun of people or a body ("questioned by police said ...")."""
    k = frame.cue_token
    tokens = view.tokens
    if not frame.content or frame.clause_final or k < 0 or k + 3 >= len(tokens):
        return False
    cue = tokens[k]
    if not (cue.lower.endswith("ed") or cue.lower in past_forms()) or tokens[k + 1].lower != "by" \
            or tokens[k + 1].start != frame.content[0][0]:  # the content opens with "by": not "was reported by X"
        return False
    agent, after = tokens[k + 2], tokens[k + 3]
    if agent.lower in AGENT_TIME_NOUNS:
        return False  # "said by Monday the plan would fail", "by March": a time opens the content
    if agent.lower in DETERMINERS:
        # "by the U.S. Senate", "by the news media"; not "by the time ..." (a time opening the content)
        return after.is_word and after.lower not in AGENT_TIME_NOUNS and not after.lower.endswith("ing")
    if agent.is_word and not agent.is_capitalised and (is_people_noun(agent.lower) or agent.lower in body_nouns()):
        # rule `passive_participle_before_a_bare_agent` (review s23: "Most of the officials
        # questioned by police said they had seen nothing" read "questioned" as the officials'
        # cue): a bare noun of people or a body after "by" is the agent too ("by police", "by
        # investigators"); not a gerund or a time ("by saying", "by noon": no people). Before a
        # document's noun the noun is its owner (review s25: "The group said by police estimates more
        # than 10,000 people attended": "by police estimates" is by whose count, no agent)
        return not (after.lower in documents() or after.lower in _junk_words("reckoning_nouns"))
    return agent.is_word and agent.is_capitalised  # "by Nashi Groshi"; not "by 2.3%", "by saying"


AGENT_TIME_NOUNS = TIME_WORDS | TIME_UNITS | _junk_words("agent_time_words")


def named_law_source(view: SentenceView, frame: Frame) -> bool:
    """Rule `named_law_is_no_speaker` (reader test s19, web newrepublic: "The
    Volcker Rule, for example, sought to ban banks from proprietary trading"
    showed the speaker "Volcker Rule"): a source that is a capitalised name
    whose head is a law word (junk_readings.txt law_words: "the Volcker
    Rule", "The American Health Security Act of 2009") before a cue that is
    not neutral (it "sought", "proposed", "supports") is the writer's account
    of what the law does; no one said it. A neutral cue that quotes its text
    ("The Sanctity of Human Life Act states ...") and a person named Law
    ("Steven Law said", a listed first name before it) stay, and so do a title
    before it ("Mr. Law", "Judge Treaty") and one bare word before it with
    no "the" ("Jude Law argued", "Ja Rule")."""
    if frame.source is None or frame.entry.cue_class == "neutral":
        return False
    words = [t for t in view.tokens_within(frame.source[0], frame.source[1]) if t.is_word]
    head = next((k for k, t in enumerate(words) if t.lower in _junk_words("law_words") and t.is_capitalised), None)
    if head is None or head == 0 or not words[head - 1].is_capitalised:
        return False
    after = words[head + 1 :]
    if after and not (len(after) >= 2 and after[0].lower == "of" and after[1].text.isdigit()):
        return False  # the law word is no head: "the Southern Poverty Law Center", "a Marquette Law School poll"
    name = [t for t in words[:head] if t.lower not in ARTICLES]
    if not name or name[0].lower in first_names() or any(
            t.lower in title_words() or t.lower in title_word_kinds() for t in name):
        return False  # a title or a first name before the word means a person: "Mr. Law", "Mayor Rule"
    # A law's name opens with "the" ("the Volcker Rule") or holds two words before the law word
    # ("Affordable Care Act"); one capitalised word alone before it is a person's given name as
    # often ("Jude Law", "Ja Rule", "Bonar Law argued": review s19 finding 3)
    return (words[0].lower in ARTICLES or len(name) >= 2) and all(
        t.is_capitalised or t.lower in ("of", "for", "on") for t in name)



# junk2-s19 (QA round 54): tests in tests/test_junk2_s19.py
def cue_noun_before_a_phrase_and_its_verb(view: SentenceView, frame: Frame) -> bool:
    """Rule `plural_cue_noun_before_a_phrase_and_its_verb_is_no_cue`:
    "Conspiracy charges in Venezuela are punishable by up to 10 years" gave
    "Conspiracy charges: are punishable ...": a plural cue form followed by a
    prepositional phrase and a content that opens with "is"/"are"/"was"/
    "were" is a noun, the subject of that verb (as in rule
    `cue_noun_before_its_verb_is_no_cue`, one phrase further on). "Prosecutors
    charge in court papers that the men are guilty" stays."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 2 >= len(tokens) or frame.clause_final or not frame.content or frame.cue[1] > tokens[k].end:
        return False
    lemma, word = frame.entry.lemma, tokens[k].lower
    if word == lemma or word not in (lemma + "s", lemma[:-1] + "ies") or tokens[k + 1].lower not in PREPOSITIONS:
        return False
    opener = next((t for t in tokens if t.start >= frame.content[0][0] and t.is_word), None)
    return opener is not None and opener.start < frame.content[0][1] and opener.lower in BE


def plural_cue_noun_after_a_verb(view: SentenceView, frame: Frame) -> bool:
    """Rule `plural_cue_noun_after_its_subjects_verb_is_no_cue` (QA round 55,
    445 s17: "Kasem for decades hosted radio music countdown shows "American
    Top 40" ..." gave Kasem a claim "shows"): a cue in its plural-noun form
    ("shows", "reports", "posts") whose walked subject holds a past verb of
    its own after a name or pronoun ("Kasem ... hosted") is the last noun of
    that verb's object, no verb. "A new poll shows a clear lead" and "The
    man accused of fraud says ..." (no name before the past form) stay."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 2 or frame.clause_final or frame.source is None or frame.cue[1] > tokens[k].end:
        return False
    lemma, word = frame.entry.lemma, tokens[k].lower
    if word == lemma or word != lemma + "s":
        return False
    source = view.token_indices(frame.source[0], frame.source[1])
    if not source or source[-1] != k - 1:
        return False
    opener = tokens[source[0]]
    if opener.lower in DETERMINERS or not (opener.is_capitalised or opener.lower in pronouns()):
        return False  # "A teary-eyed Bush says", "The required label reads": a noun phrase, no clause
    return any(is_past_verb(tokens[m]) and "-" not in tokens[m].text and tokens[m - 1].lower not in RELATIVES
               for m in source[1:-1])


def raising_participle_before_to_be(view: SentenceView, frame: Frame) -> bool:
    """Rule `raising_participle_before_to_be_is_a_passive` (QA round 55, 838
    s4: "Authorities twice changed the number people reported to be on
    board" gave Authorities / reported / "to be on board"): a participle of
    junk_readings.txt raising_participles right before "to be" or "to have",
    with no auxiliary before it, is a reduced passive ("people [who were]
    reported to be on board"): nobody in the sentence said it. "He is
    reported to be on board" (rule `passive_attribution`) and "Police said
    to be careful" (not listed) stay."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 2 >= len(tokens) or frame.rule == "passive_attribution" or frame.cue[1] > tokens[k].end:
        return False
    if tokens[k].lower not in _junk_words("raising_participles") or tokens[k + 1].lower != "to" \
            or tokens[k + 2].lower not in ("be", "have"):
        return False
    before = tokens[k - 1].lower
    return before not in BE and before not in VERB_AUXILIARIES and not is_adverb(before)


def participle_after_a_bare_plural_subject(view: SentenceView, frame: Frame) -> bool:
    """Rule `participle_after_a_bare_plural_subject_is_a_modifier`: "Groups
    supporting same-sex marriage applauded the Arkansas ruling" gave "Groups
    supporting: same-sex marriage applauded ...": an -ing cue right after a
    one-word plural subject opening the sentence, whose content goes on to a
    past verb, modifies that subject ("groups [that support] same-sex
    marriage"), and the past verb is the sentence's own. "Groups applauded
    the ruling, saying it protected equal rights" and "..., with polls
    showing Clinton's once formidable lead having evaporated" stay."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or frame.clause_final or not frame.content or not tokens[k].lower.endswith("ing") \
            or frame.source is None:
        return False
    source = [t for t in view.tokens_within(frame.source[0], frame.source[1]) if t.is_word]
    if len(source) != 1 or tokens[k - 1] is not source[0] or not ends_in_plural_s(source[0].lower):
        return False
    if k != 1:
        return False  # the sentence's subject only: "with polls showing Clinton's lead having evaporated" stays
    content = [t for t in view.tokens_within(frame.content[0][0], frame.content[-1][1]) if t.is_word]
    return any(is_past_verb(t) for t in content[1:]) and not any(t.text == "," for t in view.tokens_within(
        frame.cue[1], frame.content[0][1]))


def rules_on_a_case(view: SentenceView, frame: Frame) -> bool:
    """Rule `ruling_on_a_case_is_no_claim`: "Jacobson ruled on a lawsuit that
    six same-sex couples ... filed against the state" gave "Jacobson ruled:
    six same-sex couples ... filed against the state": "ruled on" a noun
    phrase names the case decided, and a "that" after it opens a relative
    clause about the case, not the ruling. "Jacobson ruled on Friday that
    the ban was unconstitutional" stays."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.entry.lemma not in ("rule", "ruled") or frame.clause_final or k < 0 or k + 2 >= len(tokens):
        return False
    return tokens[k + 1].lower == "on" and (tokens[k + 2].lower in ARTICLES or tokens[k + 2].lower in
                                            POSSESSIVE_DETERMINERS)


def reference_participle(view: SentenceView, frame: Frame) -> bool:
    """Rule `reference_participle_is_no_claim`: "Same-sex marriage is banned
    in every state not mentioned above" gave a negated "not mentioned:
    above, except for New Mexico": a cue right before "above"/"below"
    (junk_readings.txt reference_adverbs) points to another part of the
    text. "The governor mentioned that the state had no such law" stays."""
    k = frame.cue_token
    tokens = view.tokens
    return 0 <= k < len(tokens) - 1 and not frame.clause_final and tokens[k].end >= frame.cue[1] \
        and tokens[k + 1].lower in _junk_words("reference_adverbs")


def cue_joined_to_a_plan(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_joined_to_a_plan_is_the_plan`: "Obama plans to use his
    address to build popular support, and also press for specific
    proposals" gave "Obama press for: specific proposals": a bare cue form
    after "and" (an adverb between) is joined to the infinitive after a
    plan verb (junk_readings.txt plan_leads), a second act planned, nothing
    said. "Obama plans to use his address, and aides press for specific
    proposals" (a subject of its own) stays."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 2 or frame.clause_final or tokens[k].lower != frame.entry.lemma.split()[0].split("_")[0]:
        return False
    m = k - 1
    while m > 0 and (tokens[m].lower in ADVERB_AUXILIARIES or is_adverb(tokens[m].lower)):
        m -= 1
    if tokens[m].lower != "and":
        return False
    leads = _junk_words("plan_leads")
    return any(tokens[j].lower in leads and tokens[j + 1].lower == "to" for j in range(m - 1))



def aims_to_win(view: SentenceView, frame: Frame) -> bool:
    """Rule `aiming_to_win_is_no_claim`: "UK Labour Party Leader Ed Miliband
    hopes to win office next year", "David Cunliffe hopes to seize power by
    exploiting economic inequality issues": a wish (wanting_cues) whose
    content is "to" and a verb of winning or holding power (junk_readings.txt
    winning_verbs) is a contender's aim told by the writer, no claim. "Ed
    Miliband hopes to cut energy bills" and "Miliband hopes voters will
    punish the government" stay."""
    if frame.entry.lemma not in WANTING_CUES or frame.clause_final or len(frame.content) != 1:
        return False
    words = [t for t in view.tokens_within(frame.content[0][0], frame.content[0][1]) if t.is_word]
    return len(words) > 2 and words[0].lower == "to" and words[1].lower in _junk_words("winning_verbs")



MAX_TIME_CLAUSE_SUBJECT_WORDS = 3  # "when she", "after Kashiya Nwanguma", "when the two men"


def learns_in_a_time_clause(view: SentenceView, frame: Frame) -> bool:
    """Rule `learning_in_a_time_clause_is_no_claim`: "Hendricks says her heart
    broke when she learned he was in custody" gave "she learned: he was in
    custody": learning (junk_readings.txt discovery_cues) in a clause opened
    by "when"/"after" (time_clause_openers) dates the main clause, no one
    states anything. "She learned he was in custody, her lawyer said" and
    "The Post has learned that ..." stay."""
    k = frame.cue_token
    if frame.entry.lemma not in _junk_words("discovery_cues") or frame.clause_final or k < 2:
        return False
    before = view.tokens[max(0, k - MAX_TIME_CLAUSE_SUBJECT_WORDS - 1) : k]
    openers = [m for m, t in enumerate(before) if t.lower in _junk_words("time_clause_openers")]
    return bool(openers) and all(t.is_word for t in before[openers[-1] + 1 :]) and openers[-1] < len(before) - 1


def habitual_belief_in_a_when_clause(view: SentenceView, frame: Frame) -> bool:
    """Rule `habitual_belief_in_a_when_clause_is_no_claim` (QA round 65 720
    s10: "Several witnesses have testified that Pistorius tends to arm
    himself ..., when he thinks he is under threat" gave "Oscar Pistorius
    thinks: he is under threat"): a belief cue in the present tense in a
    clause opened by "when" or "whenever" (junk_readings.txt
    habitual_clause_openers) right before its subject tells whenever the
    main clause happens, a habit or a case; no one holds that belief now.
    "When he thought he was under threat, he fired" (a past moment) and
    "He thinks he is under threat" stay."""
    k = frame.cue_token
    if frame.entry.cue_class != "belief" or frame.clause_final or k < 2:
        return False
    cue = view.tokens[k].lower
    if cue in PAST_VERBS or cue in past_forms() or cue.endswith("ed") or cue.endswith("ing"):
        return False
    before = view.tokens[max(0, k - MAX_TIME_CLAUSE_SUBJECT_WORDS - 1) : k]
    openers = [m for m, t in enumerate(before) if t.lower in _junk_words("habitual_clause_openers")]
    return bool(openers) and openers[-1] < len(before) - 1 \
        and all(t.is_word and t.lower not in VERB_AUXILIARIES for t in before[openers[-1] + 1 :])


MAX_HABIT_WORDS = 3  # "does not typically confirm", "doesn't usually comment"


def habit_of_doing(view: SentenceView, frame: Frame) -> bool:
    """Rule `habit_of_doing_is_no_claim` (reader round F, CNN-Corpus dev
    658: "The Vatican, which does not typically confirm papal trips until
    several months before their scheduled date, said ..." showed "Vatican
    does not typically confirm: papal trips until ..." as the brief's first
    line): a cue after an adverb of habit (junk_readings.txt
    habit_adverbs: "typically", "usually") and a negation (habit_negations:
    "not", "rarely"), before an object that reads as no clause, tells what
    the source does not do as a rule, not anything it says here. "The
    Vatican does not usually say the trips are private" (a clause), "The
    Vatican did not confirm the trip" (no adverb of habit) and "The experts
    generally praised her proposals" (no negation: a stance held) stay.
    Only a cue of telling or making known (habit_telling_cues: "confirm",
    "comment", "announce") is a habit of not saying; a stance cue keeps its
    claim with the habit too ("Republicans usually don't support tax
    increases": what they hold)."""
    k = frame.cue_token
    if frame.clause_final or k < 1 or not frame.content \
            or frame.entry.lemma.replace(" ", "_") not in _junk_words("habit_telling_cues"):
        return False  # "Most doctors do not generally recommend the drug": a stance they hold
    before = view.tokens[max(0, k - MAX_HABIT_WORDS) : k]
    habit = _junk_words("habit_adverbs")
    m = len(before)
    while m > 0 and (before[m - 1].lower in habit or before[m - 1].lower in _junk_words("habit_auxiliaries")):
        m -= 1
    if not any(t.lower in habit for t in before[m:]) \
            or not any(t.lower in _junk_words("habit_negations") for t in before[m:]):
        return False
    start, end = frame.content[0]
    if _quotes_words(view, start, end):
        return False
    opened = [t for t in view.tokens if t.end <= start][-1:]
    if any(t.lower == "that" or t.text == ":" for t in opened):
        return False
    words = view.tokens_within(start, end)
    # "before their scheduled date": a participle after a determiner is an adjective, no verb
    return not has_finite_verb([t for m, t in enumerate(words) if not (
        m > 0 and t.lower.endswith("ed") and words[m - 1].lower in DETERMINERS | POSSESSIVE_DETERMINERS)])


def cue_in_an_asked_question(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_in_an_asked_question_is_no_claim`: "When asked how he felt
    seeing images of children shot, al-Assad told the Times, ..." gave "he
    felt: seeing images of children shot": a cue after an asking verb
    (junk_readings.txt asking_verbs), a question word and its subject is the
    question put, its answer comes after. "When asked, he said he felt sorry
    for the children" stays."""
    k = frame.cue_token
    if frame.clause_final or k < 3:
        return False
    tokens = view.tokens
    for m in range(k - 1, max(0, k - MAX_TIME_CLAUSE_SUBJECT_WORDS - 1), -1):
        if tokens[m].lower in QUESTION_WORDS:
            return m >= 1 and m < k - 1 and tokens[m - 1].lower in _junk_words("asking_verbs")
        if not tokens[m].is_word:
            return False
    return False



def thing_before_a_contact_relative(view: SentenceView, frame: Frame) -> bool:
    """Rule `plural_thing_before_people_is_no_speaker`: "Eventually, the
    fruits and vegetables people expect to get in grocery stores won't be
    there" gave the speaker "vegetables people": a lower-case plural noun
    right before a people noun opens a relative clause without "that" ("the
    vegetables [that] people expect to get"), and the finite verb in the
    content ("won't") is the writer's main clause. "Grocers expect to get
    fewer vegetables this year" stays."""
    if frame.source is None or frame.clause_final or not frame.content or frame.source[0] > frame.cue[0]:
        return False
    source = [t for t in view.tokens_within(frame.source[0], frame.source[1]) if t.is_word]
    if len(source) != 2 or source[0].is_capitalised or not ends_in_plural_s(source[0].lower) \
            or is_people_noun(source[0].lower) or not is_people_noun(source[1].lower):
        return False
    if source[0].lower in DETERMINERS or source[0].lower in POSSESSIVE_DETERMINERS or len(source[0].lower) < 4:
        return False  # "his advisers have suggested ...", "these officials said ..."
    content = [t for t in view.tokens_within(frame.content[0][0], frame.content[-1][1]) if t.is_word]
    return has_finite_verb(content)


# junk-s21 (closing note s20, junk left): tests in tests/test_junk_s21.py
def narrated_past_belief(view: SentenceView, frame: Frame) -> bool:
    """Rule `narrated_past_belief_is_no_claim` (QA round 56, 871 s1: "Jane
    Jeong Trenka, adopted from Korea ..., never felt she belonged growing
    up"; 889 s17: "He was separated from his parents and brother, and
    thought they were dead for five years"): a past form of a belief cue
    (junk_readings.txt narrated_belief_forms: "thought", "felt") outside a
    quotation, right after "never" or after "and" that joins it to a past
    act of the same subject told before it ("was separated ... and
    thought"), is the writer telling a life, no view anyone put forward.
    Kept: "Smith thinks the plan will fail" (present), "Smith thought the
    plan would fail" (no "never", no act before) and "He said the talks
    failed and thought ..." (a cue before). Kept too (rfa-s21, review s21):
    a stance of a body or of officials ("Prosecutors never believed the
    defendant's story ...", "The Fed raised rates and thought inflation
    would fall"): a life is told of one person, so the subject must be "he"
    or "she" or a name that opens with a known first name. A feeling that
    never was (junk_readings.txt narrated_feelings: "never felt") is no
    view whoever had it ("Failure has never felt so good")."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 2 or frame.clause_final or frame.source is None or frame.source[1] > tokens[k].start:
        return False
    if tokens[k].lower not in _junk_words("narrated_belief_forms") or view.quotes.covering(tokens[k].start):
        return False
    feeling = tokens[k - 1].lower == "never" and tokens[k].lower in _junk_words("narrated_feelings")
    subject = next((t.lower for t in view.tokens_within(*frame.source) if t.is_word), "")
    if not feeling and subject not in first_names() and subject not in HE_OR_SHE:
        return False
    if tokens[k - 1].lower == "never":
        return True
    if tokens[k - 1].lower != "and":
        return False
    between = [m for m in range(k - 1) if tokens[m].start >= frame.source[1]]
    return bool(between) and not any(_opens_a_cue(tokens, m) for m in between) \
        and any(tokens[m].lower in _junk_words("narrated_past_auxiliaries") or is_past_verb(tokens[m])
                for m in between)


def identity_aim(view: SentenceView, frame: Frame) -> bool:
    """Rule `aiming_to_be_something_is_no_claim` (QA round 54, 543 s22:
    "WatrHub wants to be the Bloomberg Terminal of agriculture"): a wish
    (claim_grammar.txt wanting_cues) whose content is "to be" or "to
    become" and an article with its noun phrase is what a company or a
    contender aims to be, the writer's description (as
    `aiming_to_win_is_no_claim` reads "hopes to win office"), nothing said.
    Kept: "The company hopes to be profitable by 2015" (a state, no
    article), "She wants to be remembered as a reformer" (a participle) and
    "The ministry hopes talks resume" (a clause)."""
    if frame.entry.lemma not in WANTING_CUES or frame.clause_final or len(frame.content) != 1:
        return False
    words = [t.lower for t in view.tokens_within(frame.content[0][0], frame.content[0][1]) if t.is_word]
    return len(words) > 3 and words[0] == "to" and words[1] in _junk_words("identity_verbs") \
        and words[2] in _junk_words("identity_articles")


def hopes_for_a_thing(view: SentenceView, frame: Frame) -> bool:
    """Rule `hoping_for_a_thing_is_no_claim` (QA round 54, 543 s4:
    "Residents, the government and the agriculture industry are hoping for
    some high-tech solutions for a very old problem"): a hope (junk_readings.txt
    thing_hopes) for a noun phrase names what is longed for, no proposition
    anyone stated. Kept: "The ministry hopes talks resume soon" and "They
    are hoping for talks to resume" (someone or something to act: a wish
    with its own clause)."""
    if frame.entry.lemma not in _junk_words("thing_hopes") or frame.clause_final or len(frame.content) != 1:
        return False
    words = [t for t in view.tokens_within(frame.content[0][0], frame.content[0][1]) if t.is_word]
    if len(words) < 2 or words[0].lower != "for" or _quotes_words(view, *frame.content[0]):
        return False
    return not any(t.lower == "to" for t in words[1:]) and not has_finite_verb(words[1:])


# junk2-s21 (QA rounds 58 and 59): tests in tests/test_junk2_s21.py
TOPIC_PREPOSITIONS = word_set("junk_readings", "cue_noun_topic_prepositions")


def plural_cue_noun_before_a_topic_and_its_verb(view: SentenceView, frame: Frame) -> bool:
    """Rule `plural_cue_noun_before_a_topic_and_its_verb_is_no_cue` (QA59 881
    s3: "Local media reports about the case surfaced over the weekend" gave
    Local media / reports / "about the case surfaced ..."): a plural cue noun
    (junk_readings.txt topic_cue_nouns: "reports", "mentions") before "about"/"of"/"on" and a noun phrase
    followed by a finite verb with no "that" or comma between is a noun,
    the subject of that verb. Kept: "The agency reports on its website that
    sales rose" (a "that" clause), "Local media reports the case surfaced"
    (no topic preposition) and "He thinks over 30 dead bodies are on the
    ground" (a verb: "thinks" is no noun, and a pronoun stands before)."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 3 >= len(tokens) or frame.clause_final or frame.cue[1] > tokens[k].end:
        return False
    if tokens[k].lower not in _junk_words("topic_cue_nouns") or tokens[k + 1].lower not in TOPIC_PREPOSITIONS:
        return False
    if tokens[k - 1].lower in SUBJECT_PRONOUNS:
        return False  # "He reports on 30 bodies that were found": a verb
    for m in range(k + 2, len(tokens)):
        token = tokens[m]
        if token.lower == "that" or not token.is_word or token.lower in RELATIVES:
            return False
        if m > k + 2 and (token.lower in BE or is_past_verb(token)) and not token.is_capitalised:
            before = tokens[m - 1]
            if before.lower.endswith("ing") or before.lower in VERB_AUXILIARIES or before.lower == "to":
                return False  # "one reader asks about getting invited": a participle, "asks" a verb
            return not _participle_adjective(list(tokens[k + 2 : m + 1]), m - k - 2)
    return False


def ing_form_in_a_compound_noun(view: SentenceView, frame: Frame) -> bool:
    """Rule `ing_form_in_a_compound_noun_is_no_cue` (QA59 372 s15: "Three
    forfeiture lawsuits were filed and warning letters were sent to 71
    stores" gave Three forfeiture lawsuits / warning / "letters were sent
    ..."): an -ing cue form right before a noun it makes a compound with
    (junk_readings.txt ing_noun_compounds: "warning letters", "warning
    signs") is part of that noun. Kept: "He resigned, warning officials were
    corrupt" (officials can be warned; no compound)."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 0 or k + 1 >= len(tokens) or frame.clause_final or frame.cue[1] > tokens[k].end:
        return False
    return f"{tokens[k].lower}_{tokens[k + 1].lower}" in _junk_words("ing_noun_compounds")


MAX_FREE_RELATIVE_SUBJECT_WORDS = 2  # "what it said", "what the group called"


def shown_thing_named_by_another_cue(view: SentenceView, frame: Frame) -> bool:
    """Rule `shown_thing_named_by_another_cue_is_no_claim` (QA round 65 943
    s35: "the opposition LCC posted a video showing what it said was the
    pilot, whom it identified as Col. Mufeed Mohamad Suleiman" gave "a
    video" / showing / "what it said was the pilot ..."): a showing cue
    whose content opens with "what" and a cue of its own ("what it said",
    "what officials called") shows a thing that someone else named; the
    video states nothing, and what is said is that speaker's. Kept: "a
    video showing what happened" and "the data show that prices rose"."""
    if frame.entry.lemma != "show" or frame.clause_final or len(frame.content) != 1:
        return False
    content = [t for t in view.tokens_within(*frame.content[0]) if t.is_word]
    if len(content) < 3 or content[0].lower != "what":
        return False
    tokens = view.tokens
    first = tokens.index(content[0])
    return any(_opens_a_cue(tokens, m)
               for m in range(first + 2, min(len(tokens), first + 2 + MAX_FREE_RELATIVE_SUBJECT_WORDS)))


def reference_gloss_after_a_quote(view: SentenceView, frame: Frame) -> bool:
    """Rule `reference_gloss_after_a_quote_is_no_claim` (QA59 372 s23:
    '"... don't break out the Cheetos or Goldfish too quickly," he said,
    referring to two snack food products'): "referring to" and a bare noun
    phrase after a comma explains what the quoted words point at; the
    writer's gloss, nothing said. Kept: "referring to the plan, he said it
    would fail" (before the cue) and "..., referring to claims that the vote
    was rigged" (a clause follows the noun)."""
    if frame.entry.lemma != REFERRING_CUE or frame.clause_final or len(frame.content) != 1:
        return False
    k = frame.cue_token
    tokens = view.tokens
    if k < 2 or tokens[k - 1].text != "," or frame.source is None or frame.source[1] > tokens[k].start:
        return False
    content = view.tokens_within(*frame.content[0])
    # an -ed word before a capitalised one modifies a name, no verb: "ousted President Viktor
    # Yanukovych" (QA round 65 987 s7)
    verbs = [t for t, following in zip(content, [*content[1:], None], strict=True)
             if not (following is not None and following.is_capitalised and t.lower.endswith("ed"))]
    # qa68c-s25 (QA round 68, 497 s25: 'added Makonnen, referring to the Ohr Torah school where three
    # children and a teacher were murdered'): a "where" or "who" relative tells more of the referent
    relative = next((m for m, t in enumerate(content) if t.lower in _junk_words("referent_relatives")), None)
    if relative is not None and relative > 0 and content[relative - 1].is_word \
            and content[relative - 1].lower not in _junk_words("stance_statement_heads"):
        content = content[:relative]
        verbs = [t for t in verbs if t in content]
    if not content or _quotes_words(view, *frame.content[0]) or has_finite_verb(verbs):
        return False
    if any(t.lower in RELATIVES or t.lower == "that" for t in content):
        return False
    before = tokens[: k - 1]
    return any(_opens_a_cue(tokens, m) for m in range(len(before))) and view.quotes.inside(0, tokens[k].start) != []


def count_of_believers(view: SentenceView, frame: Frame) -> bool:
    """Rule `count_of_believers_is_no_claim` (QA58 681 s5: "The survey then
    calculated how many believed that at least six of the 11 stereotypes
    were probably true"): a cue whose subject is "how many" or "how much"
    asks for a count; the sentence states what was counted, no one's view
    ("how many hydrangeas you want to plant": a count of things). Kept:
    "Many believed that the vote was rigged" and "how much they expected
    the stock to rise" (their belief, graded)."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 2 or frame.clause_final or frame.source is None:
        return False
    source = view.token_indices(frame.source[0], frame.source[1])
    if not source or source[-1] != k - 1 or tokens[source[0]].lower not in ("many", "much", "few"):
        return False
    if source[0] == 0 or tokens[source[0] - 1].lower != "how":
        return False
    # "how many believed" (the count is the subject) or "how many hydrangeas you want to plant" (a
    # counted thing, then the subject); "how much they expected the stock to rise" is their belief
    return len(source) == 1 or (len(source) >= 3 and tokens[source[1]].is_word
                                and tokens[source[1]].lower not in SUBJECT_PRONOUNS)


def belief_defining_an_object(view: SentenceView, frame: Frame) -> bool:
    """Rule `belief_defining_a_counted_group_is_no_claim` (QA58 681 s21:
    "That figure includes most of the people who believe a majority of the
    stereotypes are probably true" gave the speaker "figure includes most
    of the people"): a belief cue (junk_readings.txt defining_beliefs)
    right after "who" whose antecedent is the object of a verb before it
    (junk_readings.txt group_verbs: "includes", "counts") defines the group
    counted; no one puts the view forward. Kept: "Most of the people who believe the
    stereotypes said they were true" ("who believe" then the cue "said":
    the group speaks) and "The survey found that people believe X"."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 3 or frame.clause_final or tokens[k - 1].lower not in ("who", "that"):
        return False
    if frame.entry.lemma not in _junk_words("defining_beliefs"):
        return False
    before = tokens[: k - 1]
    if not any(t.is_word for t in before):
        return False
    return any(not t.is_capitalised and t.lower in _junk_words("group_verbs") for t in before)


def vote_said_no(view: SentenceView, frame: Frame) -> bool:
    """Rule `voters_saying_no_is_a_vote` (QA59 372 s39: "And Arkansas voters
    narrowly said no to a medical marijuana referendum"): "said no (yes) to"
    with voters (junk_readings.txt voting_bodies) as the subject is a vote
    counted, no words anyone said. Kept: "He said no to the Iraq war" (a
    stance PolNeAR counts) and "Voters said the referendum was unfair"."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.entry.lemma != "say" or frame.clause_final or frame.source is None or k < 1 or k + 2 >= len(tokens):
        return False
    if tokens[k + 1].lower not in ("no", "yes") or tokens[k + 2].lower != "to":
        return False
    source = view.tokens_within(frame.source[0], frame.source[1])
    return bool(source) and source[-1].lower in _junk_words("voting_bodies")


MAX_INSTRUCTION_PHRASE_WORDS = 4  # "instructions from my mother not to tell"
INFINITIVE_NEGATORS = word_set("junk_readings", "infinitive_negators")


def infinitive_of_an_instruction(view: SentenceView, frame: Frame) -> bool:
    """Rule `infinitive_of_an_instruction_is_no_claim` (leftovers-s21, QA
    round 57, 988 s13: "I follow sharp instructions from my mother not to
    tell too many people I'm coming back" gave a negated "not to tell" with
    no source): a cue in an infinitive ("to tell", "not to tell") that
    complements a noun of instruction, order or advice (junk_readings.txt
    instruction_nouns), right after it or after its short prepositional
    phrase ("from my mother"), is what someone was told to do, no telling.
    Kept: "She told reporters not to expect a deal" (no such noun), "He
    was ordered not to tell anyone" (a verb, rule `not_to_infinitive_negates`)
    and "in order to tell" (a purpose)."""
    tokens = view.tokens
    k = frame.cue_token - 1
    if k < 1 or tokens[k].lower != "to":
        return False
    k -= 1
    if tokens[k].lower in INFINITIVE_NEGATORS:
        k -= 1
    for m in range(k, max(k - 1 - MAX_INSTRUCTION_PHRASE_WORDS, -1), -1):
        token = tokens[m]
        if not token.is_word:
            return False
        if token.lower in _junk_words("instruction_nouns"):
            purpose = token.lower == "order" and m > 0 and tokens[m - 1].lower == "in"
            return not purpose and (m == k or tokens[m + 1].lower in PREPOSITIONS)
    return False


# junk-s22 (closing note s21, junk left): tests in tests/test_junk_s22.py
COORDINATORS = word_set("junk_readings", "coordinators")
PEOPLE_OBJECT_PRONOUNS = word_set("junk_readings", "people_object_pronouns")


def fears_people(view: SentenceView, frame: Frame) -> bool:
    """Rule `fearing_people_is_no_claim` (CNN dev 117 s40: "Some patients
    feared doctors or mistrusted medical advice" gave Some patients /
    feared / "doctors or mistrusted medical advice"; PolNeAR: "she was
    elated but still feared the military"): a fear (junk_readings.txt
    people_fearing_cues) whose whole object is people (a people noun, a
    force such as "the military", "him") is a feeling toward them, nothing
    stated; the object may end the content or go on with a preposition or
    with "or"/"and" and a past verb of the same subject ("or mistrusted").
    Kept: "Some patients feared doctors would refuse them care" (a clause)
    and "France feared the re-emergence of a German colossus" (an event)."""
    if frame.entry.lemma not in _junk_words("people_fearing_cues") or frame.clause_final or len(frame.content) != 1:
        return False
    tokens = [t for t in view.tokens_within(frame.content[0][0], frame.content[0][1]) if t.is_word]
    if not tokens or _quotes_words(view, *frame.content[0]):
        return False
    m = 1 if tokens[0].lower in DETERMINERS and tokens[0].lower != "her" else 0
    if m >= len(tokens):
        return False
    head = tokens[m].lower
    if m == 0 and head in PEOPLE_OBJECT_PRONOUNS:
        pass
    elif not (is_people_noun(head) or head in _junk_words("feared_forces")) or tokens[m].is_capitalised:
        return False
    rest = tokens[m + 1 :]
    if not rest:
        return True
    if rest[0].lower in COORDINATORS:
        return len(rest) > 1 and is_past_verb(rest[1])
    return rest[0].lower in PREPOSITIONS and not has_finite_verb(rest)


def explains_a_thing_before_a_quotation(view: SentenceView, frame: Frame) -> bool:
    """Rule `participle_on_a_thing_before_a_quotation_is_no_claim` (PolNeAR
    train, nyt LinkedIn: "As the LinkedIn chief executive, Jeff Weiner, put
    it in his memo to employees explaining the deal, ''Imagine a world
    ...''" gave an unresolved "explaining: the deal, ''Imagine ...''"): an
    -ing cue right after the noun it modifies ("his memo explaining": no
    comma, auxiliary or verb between; the source found is no speaker) whose
    content is a noun phrase up to a comma, then a quotation, tells what the memo is about; the quotation belongs to the
    main clause's cue ("put it"). Kept: "Weiner sent a memo explaining that
    the deal would close, ''Imagine ...''" (a clause) and "Weiner spoke,
    explaining the deal, ''Imagine ...''" (the participle of the speaker),
    and words brought in by a phrase that is no noun phrase of its own ("a
    letter saying in part, '...'", "adding on climate change, '...'") or by
    a hearer ("telling the class of 2014, '...'") stay: the noun phrase
    opens with a determiner, and the cue takes no hearer."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.clause_final or k < 1 or not tokens[k].lower.endswith("ing") or "hearer" in frame.entry.flags:
        return False
    noun = tokens[k - 1]  # "memo explaining": no comma, no auxiliary ("is explaining"), no verb ("spoke")
    if not noun.is_word or noun.lower in auxiliary_verbs() or is_adverb(noun.lower) or is_past_verb(noun):
        return False
    start = frame.content[0][0]
    phrase: list[Token] = []
    for m in range(k + 1, len(tokens)):
        token = tokens[m]
        if token.end <= start:
            continue
        if token.text == ",":
            after = tokens[m + 1] if m + 1 < len(tokens) else None
            return len(phrase) >= 2 and after is not None and after.text in QUOTE_MARKS \
                and phrase[0].lower in DETERMINERS and not has_finite_verb(phrase)
        if not token.is_word or token.text in QUOTE_MARKS:
            return False
        phrase.append(token)
    return False


def advice_to_want(view: SentenceView, frame: Frame) -> bool:
    """Rule `advice_to_want_is_the_writers` (PolNeAR: "Donald Trump may want
    to check his stats", "Mrs. Clinton might want to try to deliver one";
    web recipes: "you may want to double up on this oil"): "may" or "might"
    (junk_readings.txt advice_modals; adverbs and "not" between) before a
    wish (advice_wishes) and its infinitive is the writer's advice or guess,
    no wish anyone stated. Kept: "Trump wants to check the stats" (a wish
    told) and "Trump would want to check the stats" (a conditional wish)."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.entry.lemma not in _junk_words("advice_wishes") or frame.clause_final or k < 1 \
            or k + 1 >= len(tokens) or tokens[k + 1].lower != "to":
        return False
    m = k - 1
    while m > 0 and tokens[m].lower in ADVERB_AUXILIARIES:
        m -= 1
    return tokens[m].lower in _junk_words("advice_modals")


# junk-s27 (reader round 70, junk left): tests in tests/test_junk_s27.py
PLURAL_COUNTS = grammar("plural_quantifiers") | grammar("plural_counts")


def plural_cue_after_a_count(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_s_form_after_a_plural_count_is_a_noun` (CNN dev 673 s2: "Two
    reports released this week ... indicate ..." gave the source "Two" and
    the cue "reports"; PolNeAR: "Other estimates put the number ...
    higher", "Two questions: Why would ..."): a cue's -s form right after a
    count above one ("two", "12", "several", "other", "both") is a plural
    noun: a verb after a plural subject has no -s. Kept: "One says ..."
    (one is singular), "Two say they ..." (no -s: a verb) and "Rio 2016
    says ..." (a year in a name)."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or frame.clause_final or frame.cue[1] > tokens[k].end:
        return False
    word, lemma = tokens[k].lower, frame.entry.lemma
    if word not in (lemma + "s", lemma + "es") or word == lemma:
        return False
    count = tokens[k - 1].lower
    if count in ("one", "1") or (count[:1].isdigit() and not (count.isdigit() and len(count) <= 3)):
        return False  # "Rio 2016 says ...": a year or a code in a name, no count
    if k >= 2 and tokens[k - 2].is_capitalised and count[:1].isdigit():
        return False  # "Apollo 11 says": a number in a name
    if count == "other" and k >= 2 and tokens[k - 2].lower == "the":
        return False  # "One suspect stayed silent. The other says ...": one person (review s27)
    return is_count_word(count) or count in PLURAL_COUNTS


def causative_object_source(view: SentenceView, frame: Frame) -> bool:
    """Rule `causative_object_is_no_source` (275 s30: "introduce your
    children to your colleagues and have them talk about what they do" gave
    the source "have them" and the cue "talk about"): a source that opens
    with a causative verb (junk_readings.txt causative_verbs) is the verb
    and its object, someone made or let to speak: an instruction or a
    cause, no speech reported. Kept: "Officials had said the road was
    closed" (the verb is no part of the source)."""
    if frame.source is None or frame.source[1] > frame.cue[0]:
        return False
    words = [t for t in view.tokens_within(*frame.source) if t.is_word]
    return len(words) >= 2 and words[0].lower in _junk_words("causative_verbs") \
        and (words[1].lower in OBJECT_PRONOUNS or words[1].lower in DETERMINERS or words[1].lower in POSSESSIVES)


def imperative_to_the_reader(view: SentenceView, frame: Frame) -> bool:
    """Rule `imperative_to_the_reader_is_no_claim` (275 s48: "As you enjoy a
    snack together, ask your child what they liked about the day" gave "your
    child" the claim "As you enjoy a snack together"): a cue before a source
    that opens with "your" or "you" is an imperative to the reader ("ask
    your child", "tell your doctor"), advice, not a source speaking after
    its words, whose verb would agree with it. Kept: '"We will win," said
    your reporter' (a past form) and '"We will win," said his mother'.
    Rule `quotation_said_by_your_plural_is_attributed` (claims_fix s28:
    '"We will not leave," say your neighbours.' was dropped): right after a
    quotation closed by its comma, the bare form with a plural source after
    it ("say your neighbours") agrees with that source, an inverted
    attribution; "tell your doctor" (no quotation before it) and '"...,"
    ask your child' (a singular) stay imperatives."""
    k = frame.cue_token
    if frame.source is None or frame.source[0] < frame.cue[1] or k < 0 or view.tokens[k].lower != frame.entry.lemma:
        return False
    words = [t for t in view.tokens_within(*frame.source) if t.is_word]
    if not words or words[0].lower not in SECOND_PERSON:
        return False
    tokens = view.tokens
    after_quotation = k >= 2 and tokens[k - 1].text in QUOTE_MARKS and tokens[k - 2].text in (",", "!", "?")
    return not (after_quotation and len(words) >= 2 and plural_noun_form(words[-1].lower))


def advice_to_say(view: SentenceView, frame: Frame) -> bool:
    """Rule `advice_to_say_is_the_writers` (275 s37: "Parents should explain
    to children that normal business is operating while they are there" was
    shown as a hedged claim of "Parents"): "should" or "ought to"
    (junk_readings.txt advice_duties; adverbs and "not" between) right
    before the cue tells what someone is to say, the writer's advice or
    demand; no one said it. Kept: "Parents explained that ..." (said),
    "should have said" (a speech missed, left as it was) and "he says
    parents should ..." (the outer cue is said)."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.clause_final or k < 1 or frame.source is None or frame.source[1] > frame.cue[0]:
        return False
    m = k - 1
    while m > 0 and (tokens[m].lower in ADVERB_AUXILIARIES or tokens[m].lower == "to"):
        m -= 1
    if tokens[m].lower == "ought" and tokens[m + 1].lower != "to":
        return False
    return tokens[m].lower in _junk_words("advice_duties") and tokens[m].start >= frame.source[1]


# qa62b-s22 (QA rounds 61 and 62, junk): tests in tests/test_qa62b_s22.py
def _adjective_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word before token `k` is a lower-case adjective (an -al,
    -ive, -ous, -less ... word) that names no one ("relentless", "natural";
    not "official", "local", "conservative"), as rule
    `cue_noun_after_an_adjective_is_no_cue` reads it."""
    before = tokens[k - 1]
    if not before.is_word or before.is_capitalised or not before.lower.endswith(ADJECTIVE_ENDINGS):
        return False
    if k >= 2 and tokens[k - 2].lower in RELATIVE_PRONOUNS:
        return False  # "those who live call for ...": a verb after "who"
    return before.lower not in source_nouns() and before.lower not in _junk_words("adjective_like_nouns")


def phrasal_cue_noun_after_an_adjective(view: SentenceView, frame: Frame) -> bool:
    """Rule `phrasal_cue_noun_after_an_adjective_is_no_cue` (QA62 377 s33:
    "... gaffes during his tour, relentless calls for Romney to release more
    of his tax returns and falling poll numbers" gave the source "relentless"
    and the cue "calls for"): the first word of a cue of several words
    ("calls for", "demands for") in the bare or plural form of a noun-like
    cue (junk_readings.txt noun_like_cues) right after an adjective is a
    noun, as rule `cue_noun_after_an_adjective_is_no_cue` reads a cue of one
    word. Kept: "Obama calls for Romney to release his returns" and "The
    official calls for calm" (a noun that names someone)."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or frame.cue[1] <= tokens[k].end:
        return False  # a parenthetical ("..., relentless calls for Romney to ...") reads so too
    head = frame.entry.lemma.split()[0]
    if head not in _junk_words("noun_like_cues") or tokens[k].lower not in (head, head + "s"):
        return False
    return _adjective_before(tokens, k)


def plural_cue_noun_before_of(view: SentenceView, frame: Frame) -> bool:
    """Rule `plural_cue_noun_before_of_is_no_cue` (QA62 395 s31: "public
    doubts about Obama administration claims of evidence showing that ..."
    gave the source "has contributed to public doubts about Obama
    administration" and the content "of evidence showing ..."): the plural
    of a noun-like cue (junk_readings.txt noun_like_cues: "claims",
    "demands", "orders") right before "of" after a lower-case noun is a noun
    ("claims of evidence"); none of these verbs takes "of". Kept: "The
    administration claims the evidence shows ..." (no "of") and "He demands
    of his staff that they work late" (a pronoun subject)."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 1 >= len(tokens) or frame.clause_final or frame.cue[1] > tokens[k].end:
        return False
    lemma = frame.entry.lemma
    if lemma not in _junk_words("noun_like_cues") or tokens[k].lower != lemma + "s" or tokens[k + 1].lower != "of":
        return False
    before = tokens[k - 1]
    return before.is_word and not before.is_capitalised and before.lower not in pronouns()


COUNT_FIGURE = re.compile(r"[\d.,]+%?")  # "43%", "40", "1,200"
COUNTED_WORDS = SHARE_WORDS | grammar("count_words") | _junk_words("amount_words")  # "percent", "billion"


def _is_count(token: Token) -> bool:
    """A number, a share or an amount word: "43%", "40", "percent", "billion"."""
    low = token.lower
    return (COUNT_FIGURE.fullmatch(low) is not None and any(c.isdigit() for c in low)) or low in COUNTED_WORDS


def count_with_a_participle(view: SentenceView, frame: Frame) -> bool:
    """Rule `count_with_a_participle_is_a_tally` (QA62 395 s29: "split the
    public down the middle, with 43% supporting involvement and 40% opposing
    it" gave 43% / supporting / "involvement and 40% opposing it"): a
    participle after "with" and a bare count ("43%", "60 percent") with a
    noun phrase for its object is a poll's tally, no one's words. Kept:
    "with 43% saying the strike was justified" (a clause: what they said)."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.rule != "participle_clause" or frame.source is None or frame.clause_final or not frame.content:
        return False
    if not tokens[k].lower.endswith("ing"):
        return False
    source = view.token_indices(frame.source[0], frame.source[1])
    if not source or source[-1] != k - 1 or source[0] < 1 or tokens[source[0] - 1].lower != "with":
        return False
    if not all(_is_count(tokens[m]) for m in source):
        return False
    # the participle's own object, up to the next count's "and" or a comma: "involvement"
    tally: list[Token] = []
    for token in view.tokens_within(frame.content[0][0], frame.content[0][1]):
        if token.lower in ("and", "but", "while") or not token.is_word:
            break
        tally.append(token)
    return bool(tally) and tally[0].lower not in CLAUSE_OPENERS_AFTER_A_CUE and not has_finite_verb(tally)


SAME_CONTENTS = frozenset({("the", "same")})  # not "so": "doesn't think so" is a stance PolNeAR counts


def the_same_alone(view: SentenceView, frame: Frame) -> bool:
    """Rule `the_same_alone_is_no_claim` (QA62 395 s40: "Fifty-six percent of
    Democrats think Congress should pass it, but only 36% of Republicans and
    29% of independents say the same" gave 29% of independents / say / "the
    same"): a content that is only "the same" points
    back to another claim and says nothing a reader can take alone; the
    claim it points to is given where it stands. Kept: "They say the same
    rules apply" (a clause) and "McKinley doesn't think so" (a stance
    PolNeAR counts)."""
    if len(frame.content) != 1 or frame.clause_final:
        return False
    words = tuple(t.lower for t in view.tokens_within(frame.content[0][0], frame.content[0][1]) if t.is_word)
    return words in SAME_CONTENTS


def pro_form_alone(view: SentenceView, frame: Frame) -> bool:
    """Rule `pro_form_alone_is_no_claim` (junk-s26, PolNeAR train: "... after
    half said so in the earlier poll" showed half: "so"; CNN dev 340 s5: "Just
    29% felt that way about the presidency"): a content that is only a
    pro-form (junk_readings.txt pro_form_contents: "so", "that way",
    "otherwise", "the opposite"), with at most a time or an aside after it,
    points back to a claim given where it stands; alone it says nothing a
    reader can take. "So" goes only after a count or a share ("half", "55
    percent": junk_readings.txt poll_share_words): "Der Spiegel said so"
    confirms what was just told and keeps its speaker. Kept too: "McKinley
    doesn't think so" (a negated stance PolNeAR counts), "he said so far the
    plan has worked" (more than a pro-form) and "40% support that plan" (a
    plan named before: the share's stance on it)."""
    if len(frame.content) != 1 or frame.clause_final or frame.cue_token < 0:
        return False
    words = [t.lower for t in view.tokens_within(frame.content[0][0], frame.content[0][1]) if t.is_word]
    forms = _junk_words("pro_form_contents")
    head = next((size for size in (2, 1) if "_".join(words[:size]) in forms), 0)
    if not head:
        return False
    rest = words[head:]
    if rest and rest[0] not in PREPOSITIONS:
        return False  # "so far the plan has worked", "that way of life is gone": more than a pro-form
    if words[:head] == ["so"]:
        # "Der Spiegel said so" confirms what was just told; "half said so" answers an unseen question
        shares = _junk_words("poll_share_words")
        source = view.tokens_within(*frame.source) if frame.source is not None else []
        if not any(t.lower in shares or t.lower in SHARE_WORDS or (
                COUNT_FIGURE.fullmatch(t.lower) is not None and any(c.isdigit() for c in t.lower)) for t in source):
            return False
    # the negated stance stays: "doesn't think so", "did not say otherwise"
    before = [t.lower for t in view.tokens[max(0, frame.cue_token - 3) : frame.cue_token]]
    return not any(w in SOURCE_NEGATIONS or w.endswith(("n't", "n\u2019t")) for w in before)


def he_or_she(view: SentenceView, frame: Frame) -> bool:
    """Rule `he_or_she_is_no_speaker` (junk-s26, CNN dev 122 s53: "I'll bet he
    or she thinks a lot of the same things", s65: "when he or she has spoken
    up to say "Yes, please""): a source pronoun coordinated with the other
    gender's ("he or she", "she or he", "he/she") is a generic person the
    writer imagines, no one who spoke. Kept: "He said she thinks ..." (no
    coordination) and "He or his lawyer said ..." (a person and another)."""
    if frame.source is None:
        return False
    pair = _junk_words("generic_pronoun_pairs")
    source = view.token_indices(frame.source[0], frame.source[1])
    if not source:
        return False
    tokens = view.tokens
    first, last = source[0], source[-1]
    words = [tokens[m].lower for m in source]
    if len(words) == 3 and words[0] in pair and words[1] in ("or", "/") and words[2] in pair and words[0] != words[2]:
        return True
    if len(words) != 1 or words[0] not in pair:
        return False
    before = [t.lower for t in tokens[max(0, first - 2) : first]]
    after = [t.lower for t in tokens[last + 1 : last + 3]]
    return (len(before) == 2 and before[1] in ("or", "/") and before[0] in pair and before[0] != words[0]) or (
        len(after) == 2 and after[0] in ("or", "/") and after[1] in pair and after[1] != words[0])


def calls_on_a_hearer_alone(view: SentenceView, frame: Frame) -> bool:
    """Rule `calling_on_a_hearer_alone_is_no_claim` (junk-s26: "The United
    States, Britain and France have called on Yemen." showed the claim
    "Yemen"): "call on" and "call upon" (junk_readings.txt
    hearer_only_directives) take the one called on as their object; a
    content that holds neither "to", "for" nor "that" nor a quotation after
    it is that hearer alone, and what was asked is not told. Kept: "called
    on Yemen to hold talks", "called on member states for "solidarity""."""
    if frame.entry.lemma.replace(" ", "_") not in _junk_words("hearer_only_directives") or len(frame.content) != 1:
        return False
    start, end = frame.content[0]
    if _quotes_words(view, start, end):
        return False
    request = _junk_words("hearer_request_words")
    return not any(t.lower in request for t in view.tokens_within(start, end))


def feature_asks_you(view: SentenceView, frame: Frame) -> bool:
    """Rule `what_a_feature_may_ask_you_is_no_claim` (junk-s26, CNN dev 539
    s6: "Ask Siri to remind you to buy flowers ..., and Siri may ask you to
    identify her in the phone's address book" showed Siri: "to identify her
    ..."): a cue that takes a hearer (cues.txt +hearer), after "may" or
    "might" (junk_readings.txt possibility_modals) and before the reader's
    "you", tells what a thing or a person may do, a feature or a chance, not
    what anyone said. Kept: "The officer asked you to leave" (no modal),
    "Police may ask residents to leave" (a named hearer: a plan of theirs)
    and "I can tell you it's going to be set in 1969" (an assertion)."""
    k = frame.cue_token
    tokens = view.tokens
    if "hearer" not in frame.entry.flags or k < 1 or frame.clause_final:
        return False
    last = cue_last_token(view, frame)
    if last + 1 >= len(tokens) or tokens[last + 1].lower != "you":
        return False
    m = k - 1
    while m >= 0 and tokens[m].is_word and (is_adverb(tokens[m].lower) or tokens[m].lower in ADVERB_AUXILIARIES):
        m -= 1  # "may also ask you"
    return m >= 0 and tokens[m].lower in _junk_words("possibility_modals")


REASON_QUESTION_WORDS = word_set("junk_readings", "reason_question_words")


def cue_in_a_why_clause_after_a_preposition(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_in_a_why_clause_after_a_preposition_is_no_claim` (QA62 395
    s47: "The poll gives some insight into why many Americans oppose action"
    gave many Americans / oppose / "action"): a source right after "why" or
    "how" that a preposition governs ("insight into why", "questions about
    how") with a bare noun phrase for content ("oppose action") opens the
    writer's topic, an indirect question; no one said it. Kept: "pressed on
    why he had said it was an honor" (a clause: his words), "That is why
    many Americans oppose the strike, the poll found" (no preposition) and
    "He explained why voters oppose the plan" (the explaining is its own
    claim)."""
    if frame.source is None or frame.source[0] > frame.cue[0] or frame.clause_final:
        return False
    first = _source_token(view, frame)
    tokens = view.tokens
    if first is None or first < 2:
        return False
    if tokens[first - 1].lower not in REASON_QUESTION_WORDS or tokens[first - 2].lower not in PREPOSITIONS:
        return False
    # a clause stays: "the latest example of how deeply Washington believes Beijing has penetrated ...",
    # "pressed on why he had said it was 'a great honor'" report a belief and words
    return len(frame.content) == 1 and not reads_as_clause(view, frame.content[0][0])


def passive_belief_in_a_contact_relative(view: SentenceView, frame: Frame) -> bool:
    """Rule `passive_belief_in_a_contact_relative_is_no_claim` (QA62 901 s54:
    "The total price tag of $45 billion outstrips the $40 billion China is
    thought to have spent on the Beijing Summer Games" gave no source,
    hedged, "40 billion China spent on ..."): a passive belief cue whose
    subject follows a count with no "that" ("the $40 billion [that] China
    is thought to have spent") stands in a relative clause of that count,
    a figure the writer gives. Kept: "China is thought to have spent $40
    billion on the Games" and "The $40 billion is thought to have been
    spent" (the count is the subject)."""
    if frame.rule != "passive_attribution" or frame.source is not None or not frame.content:
        return False
    k = frame.cue_token
    tokens = view.tokens
    if k < 3 or tokens[k - 1].lower not in BE:
        return False
    subject = [m for m in view.token_indices(frame.content[0][0], frame.content[0][1]) if m < k - 1]
    for m in subject[:-1]:
        nxt = tokens[m + 1]
        if _is_count(tokens[m]) and not _is_count(nxt) and nxt.is_word and nxt.lower not in PREPOSITIONS \
                and (nxt.is_capitalised or nxt.lower in DETERMINERS or nxt.lower in SUBJECT_PRONOUNS):
            return True
    return False


def object_it_before_an_infinitive(view: SentenceView, frame: Frame) -> bool:
    """Rule `object_it_before_an_infinitive_is_no_source` (QA62 901 s36: "The
    legislation makes it illegal to tell children about gay equality" gave
    the source "The legislation makes it", cue "tell"): "makes it illegal
    (possible, harder) to <cue>" (junk_readings.txt object_it_verbs and
    extraposed_adjectives): "it" stands for the infinitive, which says what
    the law allows or forbids; no one speaks. Kept: "The mayor made it a
    point to tell reporters the budget was balanced" (no listed adjective:
    the mayor told) and "It is illegal to tell ..." (rule
    `it_before_an_infinitive_is_no_source`)."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 4 or tokens[k - 1].lower != "to" or frame.clause_final:
        return False
    adjective, it, verb = tokens[k - 2], tokens[k - 3], tokens[k - 4]
    return adjective.lower in _junk_words("extraposed_adjectives") and it.lower == "it" \
        and verb.lower in _junk_words("object_it_verbs")


def contact_relative_on_a_thing(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_in_a_contact_relative_on_a_thing_is_no_claim` (QA62 377 s1:
    "Mitt Romney took a step many political experts did not think he would
    -- choosing ..." gave the speaker "a step many political experts",
    negated and hedged, and put "(hedged)" on the brief's bottom line): a
    source that opens with an article and a lower-case noun that names no
    one ("a step") and goes on with a quantity or a pronoun ("many political
    experts", "few", "he") is a noun and the subject of its relative clause
    without "that" ("a step [that] many experts did not think he would
    take"); the writer narrates. Kept: "Many political experts did not think
    he would run" and "The senator many voters trust said ..." (a person
    noun)."""
    if frame.source is None or frame.source[0] > frame.cue[0] or frame.clause_final:
        return False
    source = [t for t in view.tokens_within(frame.source[0], frame.source[1]) if t.is_word]
    if len(source) < 3 or source[0].lower not in ARTICLES:
        return False
    noun, opener = source[1], source[2]
    if noun.is_capitalised or not noun.lower.isalpha() or is_people_noun(noun.lower) or noun.lower in source_nouns() \
            or noun.lower in documents() or ends_in_plural_s(noun.lower) or not is_noun_word(noun.lower):
        return False
    return opener.lower in GROUP_PARTS or opener.lower in SUBJECT_PRONOUNS or opener.lower in ("few", "several")



def participle_before_its_nouns_cue(view: SentenceView, frame: Frame) -> bool:
    """Rule `participle_before_its_nouns_cue_is_a_modifier` (QA62 395 s32:
    "Fifty-nine percent of people questioned say they don't think Congress
    should approve ..." gave the cue "questioned" and the content "say they
    don't think ..."): a cue's past participle in -ed right after a
    lower-case plural noun and right before another cue in a present or
    past form ("people questioned say", "voters surveyed said") modifies
    that noun ("people [who were] questioned"); the cue after it is the
    sentence's verb. Kept: "Officials questioned whether the plan would
    work" (no cue after it) and "They questioned said ..." (no noun)."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or k + 1 >= len(tokens) or frame.clause_final or frame.cue[1] > tokens[k].end:
        return False
    word, before, after = tokens[k].lower, tokens[k - 1], tokens[k + 1]
    if not word.endswith("ed") or word == frame.entry.lemma or not before.is_word or before.is_capitalised:
        return False
    if not (ends_in_plural_s(before.lower) or is_people_noun(before.lower)) or before.lower in pronouns() \
            or before.lower in NO_NOUN_BEFORE_A_PARTICIPLE:
        return False  # "Saudi Arabia has expressed doubts about ...": a perfect, and "doubts" a noun
    if after.is_capitalised or not after.is_word or not _opens_a_cue(tokens, k + 1) \
            or (k + 2 < len(tokens) and tokens[k + 2].lower in PREPOSITIONS):
        return False
    if _plural_noun_before_its_clause(tokens, k + 1) and word not in _junk_words("person_object_participles"):
        return False  # "The spokesman dismissed claims that ...": "claims" the object, "dismissed" the verb
    return after.lower.endswith(("s", "ed")) or after.lower in past_forms() or after.lower in ("say", "think")


def _plural_noun_before_its_clause(tokens: Sequence[Token], m: int) -> bool:
    """For rule `participle_before_its_nouns_cue_is_a_modifier`, its near miss
    `stance_verb_before_a_plural_claim_noun` (review s23: "The Russian
    leader's spokesman dismissed claims that Moscow had sent troops" showed
    the spokesman claiming that Moscow had sent troops, the reverse of his
    words; "denied reports that ..." gave no claim): token `m`, in -s, is a
    plural noun that carries a "that" clause (clause_nouns.txt "claims",
    "allegations", or a document's plural, "reports") with "that" right
    after it: the object of the participle before it, which is the
    sentence's verb, not a verb of its own ("The man questioned says that
    ...": "says" is no noun). A participle whose object is a person
    (junk_readings.txt person_object_participles: "The officer accused
    claims that he acted in self-defense", review s25) takes no claim for
    object: "claims" is the verb there."""
    word = tokens[m].lower
    if m + 1 >= len(tokens) or tokens[m + 1].lower != "that" or not ends_in_plural_s(word):
        return False
    return word in clause_nouns() or word[:-1] in documents()


def plural_claim_noun_after_a_stance_verb(view: SentenceView, frame: Frame) -> bool:
    """Rule `stance_verb_before_a_plural_claim_noun`, the noun's side (review
    s25: "The soldier questioned claims that the army had won" gave a claim
    "the army had won" with the cue "claims" and no speaker): a plural claim
    noun with "that" right after a past form in -ed that follows a
    lower-case noun is the object of that verb, no verb of its own; the
    soldier doubted it, and no one is shown claiming it. Kept: "The officer
    accused claims that he acted in self-defense" (a person's participle,
    junk_readings.txt person_object_participles: "claims" is the verb)."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 2 or frame.clause_final or not _plural_noun_before_its_clause(tokens, k):
        return False
    verb, noun = tokens[k - 1], tokens[k - 2]
    if not verb.lower.endswith("ed") or verb.is_capitalised or verb.lower in _junk_words("person_object_participles"):
        return False
    return noun.is_word and not noun.is_capitalised and noun.lower not in NO_NOUN_BEFORE_A_PARTICIPLE \
        and noun.lower not in pronouns() and not noun.lower.endswith("ly") \
        and (ends_in_plural_s(noun.lower) or is_people_noun(noun.lower) or is_noun_word(noun.lower))


MAX_RELATIVE_SOURCE_GAP = 5  # tokens from the claim noun to its "that": "statement last year that"


def judged_in_a_relative_on_a_claim_noun(view: SentenceView, frame: Frame) -> bool:
    """Rule `relative_that_after_a_claim_noun`, the judging verb's side
    (review s25: "his statement last year that many voters found offensive"
    gave many voters / found / "offensive"): a judging verb (claim_grammar.txt
    judging_verbs) whose content is one word, in a "that" clause right after
    a claim noun (clause_nouns.txt "statement", perhaps past a time), judges
    the noun ("found [it] offensive"): a relative, no claim."""
    if frame.source is None or frame.clause_final or len(frame.content) != 1 \
            or view.tokens[frame.cue_token].lower not in JUDGING_VERBS:
        return False
    if len([t for t in view.tokens_within(*frame.content[0]) if t.is_word]) != 1:
        return False
    tokens = view.tokens
    that = next((m for m in range(len(tokens)) if tokens[m].start >= frame.source[0]), 0) - 1
    if that < 1 or tokens[that].lower != "that":
        return False
    return any(tokens[m].lower in clause_nouns() for m in range(max(that - MAX_RELATIVE_SOURCE_GAP, 0), that))


RESPONDING_CUES = word_set("junk_readings", "responding_cues")


RELATIVE_PRONOUNS_OF_PEOPLE = word_set("junk_readings", "relative_pronouns_of_people")


def _speaking_cue_form(word: str) -> bool:
    """A form of a cue that reports words or beliefs ("said", "think"), not
    a tentative one ("seem")."""
    entry = cue_forms().get((word,))
    return entry is not None and entry.cue_class != "tentative"


def responds_to_a_thing(view: SentenceView, frame: Frame) -> bool:
    """Rule `responding_to_a_thing_alone_is_no_claim` (QA61 512 s1 and s6:
    "Organizers of the 2022 World Cup in Qatar responded to criticism over
    the plight of migrant workers ..., saying ...", "Sepp Blatter responded
    to damning reports last year from Amnesty International"): "responded
    (reacted) to" and a noun phrase with no clause, quotation or colon
    after it names what was answered, not the answer; the answer, when
    given, is its own claim ("saying tangible progress had been made").
    Kept: "He responded to the report by saying it was false" (rule
    `responding_by_an_act_is_no_claim` decides), "She responded to critics
    that the plan was sound" and 'responded to the report: "It is false."'."""
    if frame.entry.lemma not in RESPONDING_CUES or frame.clause_final or len(frame.content) != 1:
        return False
    start, end = frame.content[0]
    words = view.tokens_within(start, end)
    if words and words[0].lower == "only":
        # qa64a-s23 (QA round 64, 550 s1: "sorting through messages and responding only to the ones
        # who don't seem creepy"): "only" before "to" limits what was answered
        words = words[1:]
    if not words or words[0].lower != "to" or _quotes_words(view, start, end):
        return False
    rest = words[1:]
    relative = next((m for m, t in enumerate(rest) if t.lower in RELATIVE_PRONOUNS_OF_PEOPLE
                     and m > 0 and rest[m - 1].is_word), None)
    if relative is not None and not any(t.lower == "that" or t.text == ":" for t in rest[:relative]) \
            and not any(_speaking_cue_form(t.lower) for t in rest[relative:]):
        # "the ones who don't seem creepy": the relative tells which ones (but "critics who said the
        # plan failed" holds a claim of its own, and the frame stays to keep its speaker apart)
        rest = rest[:relative]
    if any(t.lower in ("that", "by", "with") or t.text == ":" or t.text in QUOTE_MARKS for t in rest):
        return False
    after = [t for t in view.tokens if t.start >= end]
    if after and (after[0].text == ":" or after[0].text in QUOTE_MARKS):
        return False
    return not has_finite_verb([t for t in rest if t.lower not in RELATIVES])


OBJECT_PRONOUNS_OF_A_STANCE = word_set("junk_readings", "object_pronouns_of_a_stance")


def stance_on_a_pronoun(view: SentenceView, frame: Frame) -> bool:
    """Rule `stance_on_a_pronoun_is_no_claim` (QA62 901 s37: "But Putin
    defended it before journalists Friday, saying that the law was about
    protecting children" gave Putin / defended / "it before journalists
    Friday"): a stance cue (junk_readings.txt stance_cues) whose content is
    an object pronoun and then only a place, a time or an audience names
    what the stance was about, as rule `stance_on_a_bare_noun_phrase_is_no_claim`
    reads a noun phrase; the words, when given, are their own claim. Kept:
    "Western leaders criticized it as archaic" (a judgment after "as") and
    "slammed him for his vote" (a reason)."""
    if frame.entry.lemma not in _junk_words("stance_cues") or frame.clause_final or len(frame.content) != 1:
        return False
    start, end = frame.content[0]
    words = view.tokens_within(start, end)
    if not words or words[0].lower not in OBJECT_PRONOUNS_OF_A_STANCE or _quotes_words(view, start, end):
        return False
    rest = words[1:]
    if rest and rest[0].lower not in PREPOSITIONS and rest[0].lower not in TIME_WORDS:
        return False  # "defended it was legal", "condemned them all"
    complements = _junk_words("stance_complements") | _junk_words("reason_prepositions")
    return not any(t.lower in complements or t.text in QUOTE_MARKS for t in rest) and not has_finite_verb(rest)


MAX_TRAILING_CONDITION_SUBJECT_WORDS = 4  # "if they", "if the lawmakers", "unless the senator"


def cue_in_a_trailing_condition(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_in_a_trailing_condition_is_no_claim` (QA62 395 s50: "...
    said they would be more likely to vote against the lawmakers if they
    supported the resolution" gave they / supported / "the resolution"): a
    cue whose source opens right after "if" or "unless", after a main
    clause with a modal ("would", "could": claim_grammar.txt
    conditional_main_clause_modals) before it in the sentence, and
    whose content is a bare noun phrase supposes a case; no one stated
    anything. Kept: "They said the lawmakers supported the resolution" and
    "They would vote against him if he said the war was over" (a clause)."""
    if frame.source is None or frame.source[0] > frame.cue[0] or frame.clause_final or len(frame.content) != 1:
        return False
    first = _source_token(view, frame)
    tokens = view.tokens
    k = frame.cue_token
    if first is None or first < 2 or tokens[first - 1].lower not in CONDITION_OPENERS:
        return False
    if k - first > MAX_TRAILING_CONDITION_SUBJECT_WORDS:
        return False
    if not any(t.lower in CONDITIONAL_MAIN_CLAUSE_MODALS for t in tokens[: first - 1]):
        return False
    return object_noun_phrase(view, frame) is not None and not reads_as_clause(view, frame.content[0][0])


def gets_to_know_someone(view: SentenceView, frame: Frame) -> bool:
    """Rule `getting_to_know_someone_is_no_claim` (qa66a-s24, QA round 66,
    701 s9: "They include Oliver Baker, who got to know William and
    Catherine at St. Andrew's University, ..." gave Oliver Baker *know*:
    "William and Catherine ..."): "know" after "to" and a form of "get"
    (junk_readings.txt acquaintance_leads) is becoming acquainted with
    someone, no belief. "got to know that the plan had failed" (a clause
    after "that") and "knew William and Catherine were ..." stay."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 2 or tokens[k].lower not in ("know", "knowing") or tokens[k - 1].lower != "to":
        return False
    if tokens[k - 2].lower not in _junk_words("acquaintance_leads"):
        return False
    return k + 1 >= len(tokens) or tokens[k + 1].lower != "that"


def joiner_alone(view: SentenceView, frame: Frame) -> bool:
    """Rule `joiner_alone_is_no_content` (qa66a-s24, QA round 66, 428 s22:
    "... a full readout of what he planned to say publicly, and while he
    reinforced his pledge ..." gave *planned to say*: "and"): a content that
    is one joining word ("and", "or": COORDINATORS) says nothing; the cue's
    object was "what", before it. "Cook did not say when" (the withheld
    answer, no joiner) stays."""
    if frame.clause_final or len(frame.content) != 1:
        return False
    words = [t for t in view.tokens_within(*frame.content[0]) if t.is_word]
    return len(words) == 1 and words[0].lower in COORDINATORS


def cue_before_a_reference_gloss(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_before_a_reference_gloss_is_no_claim` (qa66a-s24, QA round 66,
    428 s24: '"This is the framework ...," the aide said, and admitted,
    referring to the two parties' differences on the details on the revenue
    side.' gave the aide *admitted*: "referring to the two parties'
    differences ..."): a cue right before a comma and "referring to" gives no
    content in its sentence; the participle is the writer's gloss of what
    the admission was about (its words follow in the next sentence). "...
    admitted that the deal, referring to taxes, was far off" (a "that"
    clause) stays."""
    if frame.clause_final or len(frame.content) != 1 or frame.cue_token < 0:
        return False
    tokens = view.tokens
    k = frame.cue_token
    if k + 3 >= len(tokens) or tokens[k + 1].text != "," or tokens[k + 2].lower != "referring" \
            or tokens[k + 3].lower != "to":
        return False
    return frame.content[0][0] == tokens[k + 2].start


def expected_to_before_the_main_verb(view: SentenceView, frame: Frame) -> bool:
    """Rule `expected_to_before_the_main_verb_is_a_modifier` (QA62 569 s3:
    "Other notable Americans expected to appear on forthcoming stamps
    include pop icon Michael Jackson, ..." gave the speaker "Other notable
    Americans" and the content "to appear on forthcoming stamps include
    ..."): a participle of expectation (junk_readings.txt
    expectation_participles) right after the sentence's opening plural
    noun phrase and before "to", whose infinitive phrase runs on, with no
    comma, "that", "and" or pronoun, into a finite verb ("include", "are",
    "will"), is a reduced relative ("Americans [who are] expected to
    appear"), and that verb is the sentence's own. Kept: "Officials
    expected to finish the work by Friday" (no verb after) and "Officials
    expected to finish, and they did" (a comma)."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 2 or k + 3 >= len(tokens) or frame.clause_final or frame.source is None or frame.cue[1] > tokens[k].end:
        return False
    if tokens[k].lower not in _junk_words("expectation_participles") or tokens[k + 1].lower != "to":
        return False
    source = view.token_indices(frame.source[0], frame.source[1])
    if not source or source[0] != 0 or source[-1] != k - 1 or not ends_in_plural_s(tokens[k - 1].lower):
        return False
    for token in tokens[k + 3 :]:
        low = token.lower
        if not token.is_word or low in ("that", "and", "or", "but") or low in SUBJECT_PRONOUNS or low in RELATIVES:
            return False
        if not token.is_capitalised and (low in FINITE_VERBS or low in _junk_words("listing_verbs")):
            return True
    return False



def citing_no_thing(view: SentenceView, frame: Frame) -> bool:
    """Rule `negated_citing_of_a_thing_is_no_claim` (junk3-s23, closing note
    s22; PolNeAR train wash-post: "a tweet sent by a Fox News contributor,
    which did not cite a source for the information" gave the contributor
    / did not cite / "a source for the information"): a negated cue of
    pointing to support (junk_readings.txt uncited_support_cues: "cite")
    whose content is a bare noun phrase says what was not given; nobody
    stated anything. Kept: "He cited a source close to the family" (not
    negated: PolNeAR counts it), the saying of "did not cite a source,
    saying only that the figures were sound", a characterisation ("did
    not cite the report as proof") and a content that goes on to what was
    claimed ("Trump never cited a source for his claim that Obama wants
    to take in 250,000 refugees": PolNeAR train counts it)."""
    if frame.entry.lemma not in _junk_words("uncited_support_cues") or frame.source is None:
        return False
    phrase = object_noun_phrase(view, frame)
    if frame.source[0] > frame.cue[0] or phrase is None:
        return False
    rest = view.tokens_within(phrase[-1].end, frame.content[0][1])
    if rest and rest[0].lower == "as":
        return False  # "did not cite the report as proof": a characterisation
    if any(t.lower == "that" for t in rest):
        return False  # "never cited a source for his claim that Obama wants ...": what was claimed
    return polarity(view, frame).negated


def bygone_expectation(view: SentenceView, frame: Frame) -> bool:
    """Rule `bygone_expectation_of_many_is_the_writers` (junk3-s23, QA63 693
    s17: "Many had expected al-Maliki to call for the formation of a new
    government ..." gave Many / expected): a bare "many", "some", "most"
    or "few" (junk_readings.txt bygone_expectation_sources, no noun after
    them) with a past perfect "had" right before a cue of expectation
    (junk_readings.txt bygone_expectation_cues) is the writer's summary of
    what was expected before the news; nobody is quoted. Kept: "Many
    Latinos had expected ..." (a noun names who: PolNeAR train counts
    it), "Most don't expect him to back Clinton" and "Many expect ..."
    (a stance held now, as a poll finds it: PolNeAR counts them)."""
    if frame.source is None or frame.source[0] > frame.cue[0] or frame.cue_token < 2 \
            or frame.entry.lemma not in _junk_words("bygone_expectation_cues"):
        return False
    words = [t.lower for t in view.tokens_within(frame.source[0], frame.source[1]) if t.is_word]
    if len(words) != 1 or words[0] not in _junk_words("bygone_expectation_sources"):
        return False
    between = [t.lower for t in view.tokens[: frame.cue_token] if t.start >= frame.source[1]]
    return bool(between) and between[0] in _junk_words("past_perfect_auxiliaries") \
        and all(w in ADVERB_AUXILIARIES or w in _junk_words("past_perfect_auxiliaries") for w in between)

# qa68c-s25 (QA round 68): tests in tests/test_qa68c_s25.py
def told_hearer_in_a_free_relative(view: SentenceView, frame: Frame) -> bool:
    """Rule `told_hearer_in_a_free_relative_is_no_content` (QA round 68, 449
    s4: "... in what he told police was an attempt to cure the singer's
    insomnia" gave "he told: police was an attempt ..."): in a free relative
    ("what he told police was ..."), the words after "told" are the hearer
    and the relative's own verb; what was told is "what", whose referent
    the clause names, so no content stands there. Kept: "He told police
    the gun was his" (no "what" before the source). junk-s27 (reader
    round 70, CNN dev 175 s1: "That at least is what their friend told CNN
    on Thursday" gave "told: CNN"): a hearer with only adjuncts after it
    and no verb at all is no content either."""
    if frame.entry.lemma != "tell" or frame.source is None or frame.clause_final or len(frame.content) != 1:
        return False
    source = view.token_indices(*frame.source)
    if not source or source[0] < 1 or view.tokens[source[0] - 1].lower != "what":
        return False
    words = view.tokens_within(*frame.content[0])
    if len(words) >= 1 and words[0].is_word and not _quotes_words(view, *frame.content[0]) \
            and not has_finite_verb([t for t in words if t.is_word]):
        return True
    return len(words) >= 2 and words[0].is_word and words[1].lower in BE


def time_before_an_event(view: SentenceView, frame: Frame) -> bool:
    """Rule `time_before_an_event_is_no_content` (QA round 68, 449 s37: "an
    e-mail AEG Live co-CEO Paul Gongaware wrote 11 days before Jackson's
    death" gave "Paul Gongaware wrote: 11 days before Jackson's death"): a
    content that is only a count of time units and "before", "after" or
    "ago" with the event it is counted from tells when the cue happened,
    nothing anyone said. Kept: "wrote 11 days before his death that he
    feared for his life" (a "that" clause follows) and a quotation."""
    if frame.clause_final or len(frame.content) != 1 or _quotes_words(view, *frame.content[0]):
        return False
    words = [t for t in view.tokens_within(*frame.content[0]) if t.is_word]
    if len(words) < 3 or not (words[0].lower in NUMBERS or words[0].lower[:1].isdigit()):
        return False
    if words[1].lower not in TIME_UNITS or words[2].lower not in _junk_words("time_count_anchors") \
            or any(t.lower == "that" for t in words) or has_finite_verb(words[3:]):
        return False
    # "admitted two years ago to sending explicit messages": what was admitted follows the time
    return words[2].lower in _junk_words("event_anchors") or len(words) == 3 or words[3].lower != "to"


def plural_cue_after_an_article_and_adjective(view: SentenceView, frame: Frame) -> bool:
    """Rule `plural_cue_after_an_article_and_adjective_is_a_noun` (QA round
    68, 358 s4: "rather than the empty promises of the Obama re-election
    campaign" gave the source "the empty" and the cue "promises"): a cue's
    plural -s form after an article and one lower-case word that names no
    one, and before "of", is a noun ("the empty promises of", "the bold
    claims of"). Kept: "the official promises of course ..." is no case
    (not "of course"), nor "The official says of the plan" (a source noun)."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 2 or k + 2 >= len(tokens) or frame.clause_final or frame.cue[1] > tokens[k].end:
        return False
    word = tokens[k].lower
    if not word.endswith("s") or word == frame.entry.lemma or tokens[k + 1].lower != "of" \
            or tokens[k + 2].lower == "course":
        return False
    adjective = tokens[k - 1]
    return tokens[k - 2].lower in ARTICLES and adjective.is_word and not adjective.is_capitalised \
        and adjective.lower not in source_nouns() and not is_people_noun(adjective.lower)


def tells_ones_story(view: SentenceView, frame: Frame) -> bool:
    """Rule `telling_ones_own_story_is_an_act` (qa68c-s25, QA round 68, 754
    s41: 'the concept of "reward marriages" was unknown until Shin told his
    story' gave "Shin told: his story"): "tell" with a possessive and
    "story" or "tale" (junk_readings.txt told_story_nouns) as its whole
    content is the act of telling, its words given elsewhere. Kept: "told
    the story of a 12-year-old boy who ..." (what the story is about: a
    claim PolNeAR counts) and "told reporters his story was true" (a
    clause)."""
    if frame.entry.lemma != "tell" or frame.clause_final or len(frame.content) != 1:
        return False
    words = view.tokens_within(*frame.content[0])
    words = [t for t in words if t.is_word or t.text in POSSESSIVE_S]
    return len(words) == 2 and (words[0].lower in POSSESSIVES or words[0].lower.endswith(POSSESSIVE_S)) \
        and words[1].lower in _junk_words("told_story_nouns")


def know_after_a_modal_with_an_object(view: SentenceView, frame: Frame) -> bool:
    """Rule `knowing_a_thing_after_a_modal_is_no_claim` (QA round 68, web
    s110: "problems of science and fact, in which we can know “right”
    answers and figure out what works" gave "we know: ..."): "know" right
    after a modal ("can", "could", "may") with a noun phrase object (no
    "that", no clause before the next "and" or comma) is a capacity to
    know a thing, no belief held. Kept: "we can know that the plan works"
    and "they know the answers are wrong" (a clause)."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.entry.lemma != "know" or k < 1 or tokens[k - 1].lower not in MODALS or frame.clause_final:
        return False
    before = [t for t in tokens if t.end <= frame.content[0][0]]
    if before and before[-1].lower in ("that", ":"):
        return False
    words = view.tokens_within(*frame.content[0])
    head: list[Token] = []
    for t in words:
        if t.lower in ("and", "or", "because") or t.text in (",", ";"):
            break
        head.append(t)
    return bool(head) and head[0].lower not in SUBJECT_PRONOUNS and head[0].lower not in QUESTION_WORDS \
        and not has_finite_verb([t for t in head if t.is_word])


def explanation_by_no_one(view: SentenceView, frame: Frame) -> bool:
    """Rule `explanation_by_no_one_is_no_claim` (qa69b-s26, CNN dev 969 s5,
    s11: "But the theory crucially fails to explain how particles actually
    get their mass" showed "the theory" fails to explain, and "a theory
    ... proposed ... to explain how particles obtain mass" an explanation
    with no source): a cue of junk_readings.txt account_cues whose content
    opens with a question word says what a theory, a model or a purpose
    accounts for; without a source, or with one whose words before any
    preposition hold no source noun, person, pronoun or name, no one
    speaks. "The minister failed to explain how ..." and "The study
    explains why ..." stay."""
    if frame.entry.lemma not in _junk_words("account_cues") or not frame.content or frame.clause_final:
        return False
    first = next((t for t in view.tokens if t.start >= frame.content[0][0]), None)
    if first is None or first.lower not in QUESTION_WORDS:
        return False
    if frame.source is None:
        # a base form with no source: "to explain how", "helps explain why", "let me explain why"; a
        # finite one may share a subject the frame did not read ("he ... and explained why")
        return view.tokens[frame.cue_token].lower == frame.entry.lemma
    source_first = _source_token(view, frame)
    if source_first is not None and source_first > 0 and view.tokens[source_first - 1].lower in ("and", "or"):
        return False  # "Experts and charities explain how ...": the frame read the last of joined subjects
    words = [t for t in view.tokens_within(frame.source[0], frame.source[1]) if t.is_word]
    if any(t.lower in ("its", "his", "her", "their") or t.lower.endswith(POSSESSIVE_S) for t in words):
        return False  # "Its plan also explains how ...": an owner's document
    # the noun phrase before its first preposition: "a theory first proposed" of "a theory first proposed
    # by Higgs and others in the" (a source cut short), "officials" of "officials in the region"
    cut = next((k for k, t in enumerate(words) if t.lower in PREPOSITIONS), len(words))
    words = words[:cut]
    if all(t.lower in DETERMINERS for t in words):
        return False  # "A" of "A month later, he ... and explained why": a cut source says nothing of a thing
    return not any(
        (t.is_capitalised and t.lower not in DETERMINERS) or t.lower in source_nouns() or is_people_noun(t.lower)
        or t.lower in pronouns() for t in words)


MAX_FOUND_HELPER_WORDS = 3  # "one", "a doctor", "a local surgeon"


def finds_someone_to_act(view: SentenceView, frame: Frame) -> bool:
    """Rule `finding_someone_to_act_is_an_act` (qa69b-s26, CNN dev 678 s17:
    "until she found one to admit and treat him" showed a claim "one to
    admit and treat him"): "find" whose content is a short noun phrase, then
    "to" and a verb, reports a search that met someone or something to do
    an act; nothing is claimed. "found the drug to be safe" and "found him
    to have lied" (junk_readings.txt finding_judgment_infinitives) are
    findings and stay, and so does a content with a clause ("found that
    ..."), and so do "found no proof to ..." (findings_weighed) and "found
    close to one-third of ..." (no infinitive after "to")."""
    if frame.entry.lemma != "find" or len(frame.content) != 1 or frame.clause_final:
        return False
    words = view.tokens_within(*frame.content[0])
    to = next((k for k, t in enumerate(words) if t.lower == "to"), None)
    if to is None or not 1 <= to <= MAX_FOUND_HELPER_WORDS or to + 1 >= len(words):
        return False
    if any(not t.is_word or t.is_capitalised or t.lower == "that" for t in words[: to + 2]):
        return False
    if words[0].lower in _junk_words("findings_weighed") or words[0].lower in OBJECT_PRONOUNS:
        # "found him to have lied", "is finding them reluctant to open their wallets": a judgment of them
        # too; "found no proof to substantiate her allegations", "found nothing to corroborate": a finding
        return False
    verb = words[to + 1]
    if verb.lower in DETERMINERS or verb.lower in pronouns() or is_count(verb) or verb.lower.endswith("s") \
            or not verb.text.isalpha():
        return False  # "found close to one-third of rookies ...", "solutions to their problems": no infinitive
    return verb.lower not in _junk_words("finding_judgment_infinitives") and not has_finite_verb(list(words[:to]))


def tells_about_a_pronoun(view: SentenceView, frame: Frame) -> bool:
    """Rule `telling_about_a_pronoun_is_no_claim` (qa69b-s26, CNN dev 678
    s17: "..., telling doctors about him, until she found one ..." showed a
    claim "about him"): a cue of junk_readings.txt about_cues whose whole
    content is "about" and an object pronoun names whom the telling
    concerned, not what was told. "told me about a family of eight in
    which ..." stays."""
    if frame.entry.lemma not in _junk_words("about_cues") or len(frame.content) != 1:
        return False
    words = [t for t in view.tokens_within(*frame.content[0]) if t.is_word]
    return len(words) == 2 and words[0].lower == "about" and words[1].lower in OBJECT_PRONOUNS


def belief_before_a_comma(view: SentenceView, frame: Frame) -> bool:
    """Rule `belief_cue_before_a_comma_has_no_object` (qa69b-s26, PolNeAR
    train: "Eagerly anticipated, sometimes politically fraught and often
    agonizingly awkward, photo-line banter with the president has become a
    staple ..." showed "Eagerly" anticipated the rest): a belief cue right
    before a comma, whose content starts right after that comma with no
    quotation, is a participle describing what follows; nothing is believed
    or expected. "She hoped, perhaps naively, that ..." (the content starts
    after "that"), 'He hoped, "..."', an aside after the comma ("France
    feared, above all, the prospect ...") and a source between commas ("His
    leverage, they believe, isn't going anywhere") stay."""
    if frame.entry.cue_class != "belief" or frame.clause_final or not frame.content:
        return False
    tokens = view.tokens
    k = cue_last_token(view, frame)
    if k + 2 >= len(tokens) or tokens[k + 1].text != ",":
        return False
    source = _source_token(view, frame) if frame.source is not None else None
    if source is not None and source > 0 and tokens[source - 1].text == ",":
        return False  # "His leverage, they believe, isn't going anywhere": the source's aside
    if any(t.text == "," for t in tokens[k + 2 : k + 2 + MAX_ASIDE_AFTER_A_BELIEF]):
        return False  # "worry, too, about ...", "feared, above all, the prospect ...": an aside
    return tokens[k + 2].start == frame.content[0][0] and tokens[k + 2].text not in QUOTE_MARKS


MAX_ASIDE_AFTER_A_BELIEF = 3  # ", above all,", ", too,", ", in fact,"


def assures_of_a_thing(view: SentenceView, frame: Frame) -> bool:
    """Rule `assuring_someone_of_a_thing_is_an_act` (qa69b-s26, PolNeAR
    train: "Clinton's win in six states and American Samoa so far assure her
    of at least 318 of the 865 delegates" showed American Samoa assuring
    "of at least 318 ..."): a cue of junk_readings.txt guarantee_cues whose
    content opens with "of" guarantees a thing to its object; no one speaks.
    "assured voters that taxes would not rise" stays."""
    if frame.entry.lemma not in _junk_words("guarantee_cues") or not frame.content or frame.clause_final:
        return False
    first = next((t for t in view.tokens if t.start >= frame.content[0][0]), None)
    return first is not None and first.lower == "of"


def gerund_after_to(view: SentenceView, frame: Frame) -> bool:
    """Rule `gerund_after_to_has_no_source_before_it` (qa69c-s26, CNN dev 128
    s39: "I've sort of moved from (saving) the high-risk, critical,
    intensive-care tiny babies to finally asking myself, "Where ...?"" gave
    the source "intensive-care tiny" and a content cut from the writer's
    clause): a gerund cue after "to" (an adverb between aside) is the object
    of that "to" ("moved from X to asking"); a noun phrase before the "to"
    with no verb of its own between is no one who speaks, and the words
    would be shown under a fragment. Kept: a subject with its verb before
    "to" ("Cruz pivoted to arguing that ..."), a compound preposition ("in
    addition to stating that ..., Clinton has vowed"), a source after the cue and a
    participle after a comma ("turned to the crowd, saying ...")."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.source is None or k < 1 or not tokens[k].lower.endswith("ing") or frame.source[0] > frame.cue[0]:
        return False
    m = k - 1
    while m > 0 and tokens[m].is_word and tokens[m].lower.endswith("ly") and len(tokens[m].lower) > 3:
        m -= 1  # "to finally asking"
    if tokens[m].lower != "to" or frame.source[1] > tokens[m].start:
        return False
    if m >= 2 and tokens[m - 2].lower in PREPOSITIONS:
        return False  # "In addition to stating that ..., Clinton has vowed": the main clause's subject speaks
    # the source's own verb before "to" makes it the subject that speaks: "Cruz pivoted to arguing",
    # "Kasich has taken to urging voters", "Trump was back to implying" stay claims
    between = [t for t in tokens[:m] if t.start >= frame.source[1]]
    return not has_finite_verb(between) and not any(t.lower in past_forms() for t in between)


# --- qa70fix-s26 (QA round 70): tests in tests/test_qa70fix_s26.py


def _source_last_token(view: SentenceView, frame: Frame) -> int | None:
    """The index of the source's last token."""
    if frame.source is None:
        return None
    return next((m for m in range(len(view.tokens) - 1, -1, -1) if view.tokens[m].end <= frame.source[1]), None)


def infinitive_cue_after_a_bare_phrase(view: SentenceView, frame: Frame) -> bool:
    """Rule `infinitive_cue_after_a_verbless_phrase_is_no_claim` (qa70fix-s26,
    QA round 70, 452 s18: "..., rising at 5 a.m. to write before heading off
    to work" gave the speaker "rising at 5", 685 s45: "It also uses ...
    leaflets and nonlethal munitions to warn occupants" the speaker
    "nonlethal"): a cue right after "to" (an infinitive of purpose) whose
    source ends before other words with no verb among them ("a.m.",
    "munitions") names no one who speaks: the source is a piece of a noun
    phrase or an adjunct. "The minister is expected to announce ..." and
    "Officials declined to say ..." (a verb between) and "Police to announce
    charges" (nothing between) stay."""
    k = frame.cue_token
    if frame.source is None or k < 3 or view.tokens[k - 1].lower != "to":
        return False
    last = _source_last_token(view, frame)
    if last is None or last >= k - 2:
        return False
    first = _source_token(view, frame)
    if first is None or first > last:
        return False
    opening = view.tokens[first]
    if opening.is_capitalised or opening.lower in pronouns():
        return False  # "Republicans like to cite", "He plans to support"
    # the source is no noun phrase of its own: a participle phrase ("rising at 5") or one bare
    # word of a list ("leaflets and nonlethal")
    fragment = opening.lower.endswith("ing") or (
        first == last and first > 0 and view.tokens[first - 1].lower in ("and", "or", ","))
    if not fragment:
        return False
    between = view.tokens[last + 1 : k - 1]
    if any(t.lower in clause_nouns() or t.lower.removesuffix("s") in clause_nouns() for t in between):
        return False  # "dated and discriminatory arguments to say ...": arguments speak for someone
    return all(t.is_word and t.lower not in VERB_AUXILIARIES and not t.lower.endswith(("ed", "ing"))
               and not is_past_form(t.lower) and not is_adverb(t.lower) and (t.lower,) not in cue_forms()
               for t in between) and not has_finite_verb(between)



MAX_ALLOWANCE_HEARER_WORDS = 3  # "gave the two companies 30 days to ...": whom the time is given


def time_allowed_to_speak(view: SentenceView, frame: Frame) -> bool:
    """Rule `time_allowed_to_speak_is_a_deadline` (qa71a-s27, CNN dev 694
    s51: "Presiding Judge Alessandro Nencini has 90 days to write his
    arguments behind the jury's ruling" gave the judge the claim "write:
    his arguments ..."): a cue right after "to" and a span of time counted
    out (a number or junk_readings.txt allowance_counts, then a time unit:
    "90 days", "a few weeks", "only 10 days") that a verb of
    junk_readings.txt allowance_verbs holds or gives ("has", "had", "gave
    him", "was given") is a deadline: nothing has been said. Kept: "She
    took two days to admit that she lied", "He waited 90 days to announce
    ..." (the act was done), and "has yet to say" (no span of time)."""
    tokens = view.tokens
    k = frame.cue_token - 1
    if k < 3 or tokens[k].lower != "to" or tokens[k - 1].lower not in TIME_UNITS:
        return False
    m = k - 2
    counted = False
    while m >= 0 and tokens[m].is_word and (is_count(tokens[m]) or tokens[m].lower in _junk_words("allowance_counts")):
        counted = counted or is_count(tokens[m]) or tokens[m].lower in ("a", "an", "few", "several")
        m -= 1
    if not counted or m < 0:
        return False
    verbs = _junk_words("allowance_verbs")
    if tokens[m].lower in verbs:
        return True
    # a hearer between a verb of giving and the span: "gave him 30 days", "gives the ministry a week"
    for j in range(m, max(m - MAX_ALLOWANCE_HEARER_WORDS, -1), -1):
        token = tokens[j]
        if not token.is_word:
            return False
        if token.lower in verbs:
            return j < m and (token.lower.startswith("giv") or token.lower == "gave")
    return False


def possessed_cue_noun_after_whose(view: SentenceView, frame: Frame) -> bool:
    """Rule `possessed_noun_after_whose_is_no_cue` (qa70fix-s26, QA round 70,
    488 s1: "David Kraddick, whose morning radio show aired in nearly 100
    cities, has died" gave "morning radio" a claim "show"): a cue word after
    "whose" and up to three lower-case words, with a verb in the past right
    after it, is the noun the relative owns, and that verb is the relative
    clause's; no one shows anything. "the man whose lawyer said the plan
    failed" (the cue is the verb) stays."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 2 or k + 1 >= len(tokens) or not is_past_form(tokens[k + 1].lower):
        return False
    whose = next((m for m in range(k - 1, max(k - 5, -1), -1) if tokens[m].lower == "whose"), None)
    return whose is not None and all(t.is_word and not t.is_capitalised for t in tokens[whose + 1 : k])


def gerund_in_an_including_list(view: SentenceView, frame: Frame) -> bool:
    """Rule `gerund_in_an_including_list_is_no_cue` (qa70fix-s26, QA round 70,
    221 s13: "all her efforts to halt the bullying -- including counseling,
    reporting the harassment to school officials ..., even removing her
    daughter from school -- failed" gave Norman a claim "reporting"): an
    -ing cue after a comma in a list that "including" opens with a gerund
    ("including counseling, reporting ...") is one more item of the list,
    an act, no claim. "The group released its report, including new figures,
    saying the plan failed" (no gerund item) stays."""
    return frame.rule == "participle_clause" and gerund_item_of_an_including_list(view.tokens, frame.cue_token)


def gerund_subject_before_its_verb(view: SentenceView, frame: Frame) -> bool:
    """Rule `gerund_before_its_verb_is_no_cue` (QA70 452 s44: "But to
    Leonard, writing was just what he did" gave Leonard a claim "writing":
    "was just what he did"): an -ing cue right before "is", "was", "has" is
    a gerund, the subject of that verb, not a participle with a content of
    its own. Kept: a progressive in a free relative ("What she is saying is
    that the plan failed": "is" before the cue) and a participle before
    another verb ("saying the plan failed")."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 0 or k + 1 >= len(tokens) or frame.clause_final or frame.cue[1] > tokens[k].end:
        return False
    if not tokens[k].lower.endswith("ing") or tokens[k + 1].lower not in NOUN_FOLLOWERS:
        return False
    before = tokens[k - 1].lower if k >= 1 else ""
    return not (before in VERB_AUXILIARIES or before in ADVERB_AUXILIARIES or before.endswith(("n't", "n\u2019t")))


# --- claims_fix s28: tests in tests/test_claims_fix_s28.py
def _noun_phrase_opener(token: Token) -> bool:
    """A word after which a noun phrase starts: a determiner, a possessive
    ("the judge's", "his"), a preposition other than "to" ("for law and
    order"; "to review and order" is an infinitive) or a quotation mark."""
    low = token.lower
    return low in DETERMINERS or low in POSSESSIVES or low.endswith(POSSESSIVE_S) or token.text in QUOTE_MARKS \
        or (low in PREPOSITIONS and low != "to")


def noun_cue_joined_to_a_noun(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_noun_joined_to_a_noun_is_no_cue` (claims_fix s28: "Attorneys
    for Jean Kasem said the judge's findings and order will be prepared"
    gave the cue "order", cutting the claim of "said" to "the judge's
    findings"; "Nixon's appeal for law and order spoke to voters"): the
    bare form of a noun-like cue (junk_readings.txt noun_like_cues) right
    after "and" or "or" and one lower-case word that a determiner, a
    possessive or a preposition opens is the second noun of a pair, and no
    one speaks. "They will meet and order pizza" (a modal before the
    first verb), "to review and order the release" and "demand and order
    that ..." (something said after it) stay."""
    k = frame.cue_token
    if frame.clause_final or k < 0 or frame.cue[1] > view.tokens[k].end:
        return False
    return noun_cue_word_joined_to_a_noun(view.tokens, k, frame.entry.lemma)


def noun_cue_word_joined_to_a_noun(tokens: Sequence[Token], k: int, lemma: str) -> bool:
    """The word test of rule `cue_noun_joined_to_a_noun_is_no_cue`, also
    where a cue's start would end another cue's content (extract.py)."""
    if k < 3 or lemma not in _junk_words("noun_like_cues") or tokens[k].lower != lemma:
        return False
    joiner, first, opener = tokens[k - 1], tokens[k - 2], tokens[k - 3]
    return joiner.lower in ("and", "or") and first.is_word and not first.is_capitalised \
        and first.lower not in SUBJECT_PRONOUNS and _noun_phrase_opener(opener) and _nothing_said_after(tokens, k) \
        and not _modal_verb_before(tokens, k - 3)


MAX_VERB_OBJECT_OPENER_TOKENS = 4  # "will read [the judge's] motion": modal, adverb, verb, a possessive's words


def _modal_verb_before(tokens: Sequence[Token], opener: int) -> bool:
    """A modal or "to" with a lower-case verb after it stands within a few
    words before the noun phrase `opener` starts, no punctuation between:
    "The judge will read the motion and order a new trial" (review s28)
    joins "order" to "read", a verb the modal rules, so it is a verb too."""
    for j in range(opener - 1, max(opener - 1 - MAX_VERB_OBJECT_OPENER_TOKENS, 0), -1):
        token = tokens[j]
        if not token.is_word:
            return False
        if (token.lower in MODALS or token.lower == "to") and j + 1 < opener and tokens[j + 1].is_word \
                and not tokens[j + 1].is_capitalised:
            return True
    return False


def noun_cue_after_a_superlative(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_noun_after_a_superlative_is_no_cue` (claims_fix s28: "then-
    President Dmitry Medvedev decorated him with the country's highest
    order, the Hero of Russia" gave Medvedev the claim "the Hero of
    Russia"): the bare or plural form of a noun-like cue right after a
    superlative (junk_readings.txt superlatives, a closed list: "highest",
    "latest"; "the contest", "its interest" are no superlatives)
    that a determiner or a possessive opens is a noun, and no one speaks.
    "the latest report that ..." and "the highest order to ..." (something
    said after it) stay."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.clause_final or not _noun_like_cue_word(view, frame):
        return False
    adjective, opener = tokens[k - 1], tokens[k - 2]
    superlative = adjective.is_word and not adjective.is_capitalised and adjective.lower in _junk_words("superlatives")
    return superlative and opener.text not in QUOTE_MARKS and _noun_phrase_opener(opener) \
        and _nothing_said_after(tokens, k)


JUNK_RULES: tuple[tuple[str, JunkRule], ...] = (
    ("habit_of_doing_is_no_claim", habit_of_doing),
    ("cue_noun_joined_to_a_noun_is_no_cue", noun_cue_joined_to_a_noun),
    ("cue_noun_after_a_superlative_is_no_cue", noun_cue_after_a_superlative),
    ("voters_saying_no_is_a_vote", vote_said_no),
    ("gerund_after_to_has_no_source_before_it", gerund_after_to),
    ("plural_cue_noun_before_a_topic_and_its_verb_is_no_cue", plural_cue_noun_before_a_topic_and_its_verb),
    ("ing_form_in_a_compound_noun_is_no_cue", ing_form_in_a_compound_noun),
    ("reference_gloss_after_a_quote_is_no_claim", reference_gloss_after_a_quote),
    ("count_of_believers_is_no_claim", count_of_believers),
    ("belief_defining_a_counted_group_is_no_claim", belief_defining_an_object),
    ("act_object_is_no_claim", act_object),
    ("act_noun_heading_a_contact_clause_is_no_claim", act_noun_before_its_contact_clause),
    ("as_follows_is_no_content", as_follows),
    ("gerund_list_is_no_cue", gerund_list),
    ("fragment_is_no_source", no_speaker_source),
    ("existential_there_is_no_source", existential_there_source),
    ("wh_infinitive_content_is_no_claim", wh_infinitive_content),
    ("participle_after_a_negated_noun_is_no_claim", participle_after_a_negated_noun),
    ("participle_is_a_modifier", participle_modifier),
    ("participle_after_a_prepositional_noun_is_a_modifier", participle_after_a_prepositional_noun),
    ("participle_on_a_fronted_medium_is_a_modifier", participle_on_a_fronted_medium),
    ("object_relative_cue_claims_no_main_clause", object_relative_cue),
    ("participle_joined_to_an_act_is_the_contents", participle_joined_to_an_act),
    ("naming_oneself_is_no_claim", names_oneself),
    ("elliptical_infinitive_is_no_claim", elliptical_infinitive),
    ("it_before_an_infinitive_is_no_source", extraposed_it),
    ("passive_naming_is_no_claim", passive_naming),
    ("graded_participle_is_an_adjective", graded_participle),
    ("particle_or_time_is_no_content", empty_content),
    ("calling_someone_is_an_act", calls_a_person),
    ("participle_after_be_before_a_comma_is_an_adjective", predicative_participle),
    ("reduced_relative_is_no_claim", reduced_relative),
    ("capitalised_cue_is_a_name", capitalised_cue),
    ("adding_to_something_is_an_act", adds_to_something),
    ("finding_someone_doing_is_an_act", discovers_someone_doing),
    ("cue_noun_before_its_verb_is_no_cue", noun_before_a_verb),
    ("as_something_has_shown_is_the_writers", as_evidence_shows),
    ("free_relative_with_a_stranded_preposition_is_no_claim", stranded_preposition),
    ("free_relative_infinitive_is_no_claim", free_relative_infinitive),
    ("confirming_someone_as_is_an_act", appoints_someone),
    ("abstract_subject_is_no_speaker", abstract_subject),
    ("refusing_an_act_is_no_claim", refuses_an_act),
    ("clause_after_but_is_no_content", next_clause_read_as_content),
    ("comment_clause_to_the_reader_is_no_claim", comment_clause_to_the_reader),
    ("writing_to_do_an_act_is_no_claim", purpose_after_write),
    ("not_responding_is_no_claim", no_response),
    ("stance_on_a_bare_noun_phrase_is_no_claim", bare_stance),
    ("asking_for_comment_is_an_act", asks_for_comment),
    ("charging_someone_with_is_an_act", charges_someone_with),
    ("quoted_words_are_no_source", quoted_label),
    ("testifying_before_or_about_is_no_claim", testifies_somewhere),
    ("conditional_passive_is_no_claim", conditional_passive),
    ("gerund_clause_is_no_speaker", gerund_source),
    ("responding_by_an_act_is_no_claim", responds_by_an_act),
    ("medium_is_no_content", medium_only),
    ("future_progressive_is_a_prediction", future_progressive),
    # session 7 (QA round 26): tests in tests/test_claims_junk_s7.py
    ("pledging_an_amount_is_an_act", pledges_an_amount),
    ("warning_of_a_thing_is_no_claim", warns_of_a_thing),
    ("trying_to_find_a_thing_is_an_act", searches_to_find),
    ("outlet_unable_to_confirm_is_the_writers", outlet_cannot_confirm),
    ("posting_a_thing_is_an_act", posts_a_thing),
    ("naming_usage_is_no_claim", naming_usage),
    ("page_element_is_no_source", page_element_source),
    ("according_to_ones_view_of_is_accordance", accordance),
    ("time_phrase_is_no_source", time_source),
    ("inverted_source_is_no_content", source_read_as_content),
    ("cue_noun_after_an_adjective_is_no_cue", noun_after_an_adjective),
    # session 8 (QA round 27): tests in tests/test_claims_trust_s8.py
    ("seeming_before_a_noun_is_an_adjective", seeming_adjective),
    ("echoing_remarks_is_an_act", echoes_remarks),
    ("underscoring_an_event_is_the_writers", writers_reading_of_an_event),
    ("speaking_about_a_topic_is_no_claim", speaks_about_a_topic),
    ("because_fragment_is_the_writers_reason", reason_fragment),
    # session 9 (QA rounds 29-30): tests in tests/test_claims_junk_s9.py
    ("citing_a_name_is_no_claim", cites_a_name),
    ("seeming_state_is_the_writers", seeming_state),
    # session 10 review: tests in tests/test_claims_review_s10.py
    ("document_before_its_participle_is_no_claim", document_before_its_participle),
    # session 11 (web test): tests in tests/test_claims_trust_s11.py
    ("what_one_can_expect_is_the_writers", offered_expectation),
    # session 12: tests in tests/test_claims_trust_s12.py
    ("inference_of_a_possessed_thing_is_the_writers", inference_of_a_possessed_thing),
    ("showing_someone_a_thing_is_an_act", shows_someone_a_thing),
    # session 12 (web test, second round): tests in tests/test_claims_trust_s12b.py
    ("naming_a_thing_with_a_quoted_name_is_no_claim", quoted_name_given),
    ("referring_gloss_of_a_quoted_name_is_no_claim", name_glossed),
    ("bare_subject_of_a_passive_is_no_content", bare_passive_subject),
    ("not_knowing_a_question_is_the_writers", not_knowing),
    ("document_not_telling_is_no_claim", document_not_telling),
    ("supporting_a_count_of_things_is_an_act", supports_a_count),
    # session 13 (QA round 39): tests in tests/test_claims_trust_s13.py
    ("hinting_at_a_thing_is_no_claim", hints_at_a_thing),
    ("noun_and_participle_is_a_compound_adjective", compound_adjective_cue),
    ("cue_noun_before_by_is_no_cue", cue_noun_before_by),
    # session 13 (QA round 40, web test): tests in tests/test_claims_fix_s13.py
    ("belief_in_no_proposition_is_no_claim", belief_in_no_proposition),
    ("result_clause_is_the_writers", result_clause),
    ("thing_of_whose_is_no_speaker", whose_thing),
    # session 14 (closing note s13): tests in tests/test_claims_junk_s14.py
    ("naming_a_topic_is_no_claim", topic_object),
    ("cue_in_an_open_question_is_no_claim", cue_in_an_open_question),
    ("agreeing_with_a_noun_phrase_is_no_claim", agrees_with_a_noun_phrase),
    ("possessive_alone_is_no_source", possessive_source),
    ("explaining_a_noun_phrase_is_no_claim", explains_a_noun_phrase),
    ("report_noun_after_an_opening_adjective_is_no_cue", report_noun_after_an_opening_adjective),
    # session 14 (QA round 42, web test s14): tests in tests/test_claims_grammar_s14.py
    ("conditional_someone_is_no_speaker", conditional_someone),
    ("contact_relative_before_the_main_verb", object_gap_before_the_main_verb),
    # session 14 (web test s14b): tests in tests/test_claims_web_s14b.py
    ("cue_word_in_a_compound_noun_is_no_cue", cue_word_in_a_compound),
    ("connective_or_preposition_is_no_source", connective_source),
    ("cue_noun_as_an_infinitives_object_is_no_cue", noun_after_an_infinitive),
    # qa64a-s23 (QA round 64): tests in tests/test_qa64a_s23.py
    ("cue_noun_as_a_verbs_object_is_no_cue", noun_after_a_verb),
    ("software_is_no_speaker", software_source),
    ("finding_after_a_modal_is_no_claim", finds_after_a_modal),
    # session 14 (QA round 43): tests in tests/test_claims_qa43.py
    ("participle_adjective_before_its_preposition_is_no_cue", adjective_participle),
    ("gerund_after_a_preposition_is_a_noun", gerund_after_a_preposition),
    ("thing_that_shows_itself_is_no_speaker", thing_shows_itself),
    ("thing_encourages_an_activity_is_no_claim", thing_encourages_an_activity),
    ("questioning_a_person_is_no_claim", questions_a_person),
    # session 15 (web test s15): tests in tests/test_claims_web_s15.py
    ("work_or_thing_is_no_speaker_of_an_appeal", work_as_a_speaker),
    # session 15 (closing note s14, junk): tests in tests/test_claims_junk_s15.py
    ("agreeing_to_an_act_is_no_claim", agrees_to_an_act),
    ("finding_for_a_party_is_a_verdict", finds_for_a_party),
    ("contact_number_is_no_claim", contact_number),
    ("preferring_an_act_is_no_claim", prefers_an_act),
    ("responding_with_force_is_an_act", responds_with_force),
    # session 16 (closing note s15, junk): tests in tests/test_claims_junk_s16.py
    ("fronted_adjunct_is_no_content", fronted_adjunct),
    # session 16 (junk2-s16): tests in tests/test_claims_junk2_s16.py
    ("cue_in_an_unknown_question_is_no_claim", cue_in_an_unknown_question),
    ("participle_past_another_clause_has_no_source", participle_past_another_clause),
    ("participle_before_its_noun_is_no_speaker", participle_as_a_speaker),
    ("passive_participle_with_its_agent_is_no_claim", passive_participle_with_its_agent),
    # session 17 (junk-s17): tests in tests/test_claims_junk_s17.py
    ("demonstrative_that_before_as_is_no_claim", demonstrative_that_before_as),
    ("forecast_act_is_no_claim", forecast_act),
    ("cue_in_a_hypothetical_condition_is_no_claim", cue_in_a_hypothetical_condition),
    ("cue_in_a_document_subhead_is_no_claim", cue_in_a_document_subhead),
    # session 18 (junk-s18): tests in tests/test_claims_junk_s18.py
    ("writing_about_a_topic_is_no_claim", writes_about_a_topic),
    ("participle_inside_a_noun_phrase_is_no_cue", participle_inside_a_noun_phrase),
    ("words_on_a_display_are_no_speaker", words_on_a_display),
    ("document_participle_naming_a_topic_is_no_claim", document_participle_with_a_topic),
    ("cue_of_a_generic_one_is_the_writers", generic_one_joined_cue),
    # session 19 (reader tests, grammar-s19): tests in tests/test_claims_grammar_s19.py
    ("named_law_is_no_speaker", named_law_source),
    # junk2-s19 (QA round 54): tests in tests/test_junk2_s19.py
    ("plural_cue_noun_before_a_phrase_and_its_verb_is_no_cue", cue_noun_before_a_phrase_and_its_verb),
    ("participle_after_a_bare_plural_subject_is_a_modifier", participle_after_a_bare_plural_subject),
    ("ruling_on_a_case_is_no_claim", rules_on_a_case),
    ("reference_participle_is_no_claim", reference_participle),
    ("cue_joined_to_a_plan_is_the_plan", cue_joined_to_a_plan),
    ("aiming_to_win_is_no_claim", aims_to_win),
    ("learning_in_a_time_clause_is_no_claim", learns_in_a_time_clause),
    ("habitual_belief_in_a_when_clause_is_no_claim", habitual_belief_in_a_when_clause),
    ("object_of_a_gerund_is_no_cue", object_of_a_gerund),
    ("shown_thing_named_by_another_cue_is_no_claim", shown_thing_named_by_another_cue),
    ("cue_in_an_asked_question_is_no_claim", cue_in_an_asked_question),
    ("plural_thing_before_people_is_no_speaker", thing_before_a_contact_relative),
    # claims-s20 (QA rounds 55 and 56): tests in tests/test_claims_s20.py
    ("plural_cue_noun_after_its_subjects_verb_is_no_cue", plural_cue_noun_after_a_verb),
    ("raising_participle_before_to_be_is_a_passive", raising_participle_before_to_be),
    # junk-s21 (closing note s20, junk left): tests in tests/test_junk_s21.py
    ("narrated_past_belief_is_no_claim", narrated_past_belief),
    ("aiming_to_be_something_is_no_claim", identity_aim),
    ("hoping_for_a_thing_is_no_claim", hopes_for_a_thing),
    # leftovers-s21: tests in tests/test_leftovers_s21.py
    ("infinitive_of_an_instruction_is_no_claim", infinitive_of_an_instruction),
    # junk-s22 (closing note s21, junk left): tests in tests/test_junk_s22.py
    ("fearing_people_is_no_claim", fears_people),
    ("participle_on_a_thing_before_a_quotation_is_no_claim", explains_a_thing_before_a_quotation),
    # qa62b-s22 (QA rounds 61 and 62): tests in tests/test_qa62b_s22.py
    ("phrasal_cue_noun_after_an_adjective_is_no_cue", phrasal_cue_noun_after_an_adjective),
    ("plural_cue_noun_before_of_is_no_cue", plural_cue_noun_before_of),
    ("count_with_a_participle_is_a_tally", count_with_a_participle),
    ("the_same_alone_is_no_claim", the_same_alone),
    ("cue_in_a_why_clause_after_a_preposition_is_no_claim", cue_in_a_why_clause_after_a_preposition),
    ("passive_belief_in_a_contact_relative_is_no_claim", passive_belief_in_a_contact_relative),
    ("object_it_before_an_infinitive_is_no_source", object_it_before_an_infinitive),
    ("cue_in_a_contact_relative_on_a_thing_is_no_claim", contact_relative_on_a_thing),
    ("participle_before_its_nouns_cue_is_a_modifier", participle_before_its_nouns_cue),
    ("stance_verb_before_a_plural_claim_noun", plural_claim_noun_after_a_stance_verb),
    ("relative_that_after_a_claim_noun", judged_in_a_relative_on_a_claim_noun),
    ("responding_to_a_thing_alone_is_no_claim", responds_to_a_thing),
    ("stance_on_a_pronoun_is_no_claim", stance_on_a_pronoun),
    ("cue_in_a_trailing_condition_is_no_claim", cue_in_a_trailing_condition),
    ("expected_to_before_the_main_verb_is_a_modifier", expected_to_before_the_main_verb),
    # qa66a-s24 (QA round 66): tests in tests/test_qa66a_s24.py
    ("getting_to_know_someone_is_no_claim", gets_to_know_someone),
    ("joiner_alone_is_no_content", joiner_alone),
    ("cue_before_a_reference_gloss_is_no_claim", cue_before_a_reference_gloss),
    # qa68c-s25 (QA round 68): tests in tests/test_qa68c_s25.py
    ("told_hearer_in_a_free_relative_is_no_content", told_hearer_in_a_free_relative),
    ("telling_ones_own_story_is_an_act", tells_ones_story),
    ("time_before_an_event_is_no_content", time_before_an_event),
    ("plural_cue_after_an_article_and_adjective_is_a_noun", plural_cue_after_an_article_and_adjective),
    ("knowing_a_thing_after_a_modal_is_no_claim", know_after_a_modal_with_an_object),
    # qa69b-s26 (QA round 69): tests in tests/test_qa69b_s26.py
    ("explanation_by_no_one_is_no_claim", explanation_by_no_one),
    ("finding_someone_to_act_is_an_act", finds_someone_to_act),
    ("telling_about_a_pronoun_is_no_claim", tells_about_a_pronoun),
    ("belief_cue_before_a_comma_has_no_object", belief_before_a_comma),
    ("assuring_someone_of_a_thing_is_an_act", assures_of_a_thing),
    # junk-s26: tests in tests/test_junk_s26.py
    ("pro_form_alone_is_no_claim", pro_form_alone),
    ("he_or_she_is_no_speaker", he_or_she),
    ("calling_on_a_hearer_alone_is_no_claim", calls_on_a_hearer_alone),
    ("what_a_feature_may_ask_you_is_no_claim", feature_asks_you),
    # qa70fix-s26 (QA round 70): tests in tests/test_qa70fix_s26.py
    ("infinitive_cue_after_a_verbless_phrase_is_no_claim", infinitive_cue_after_a_bare_phrase),
    ("possessed_noun_after_whose_is_no_cue", possessed_cue_noun_after_whose),
    ("gerund_in_an_including_list_is_no_cue", gerund_in_an_including_list),
    # junk-s27 (reader round 70, junk left): tests in tests/test_junk_s27.py
    ("gerund_before_its_verb_is_no_cue", gerund_subject_before_its_verb),
    ("causative_object_is_no_source", causative_object_source),
    ("imperative_to_the_reader_is_no_claim", imperative_to_the_reader),
    ("cue_s_form_after_a_plural_count_is_a_noun", plural_cue_after_a_count),
    # qa71a-s27 (CNN-Corpus dev reader test): tests in tests/test_qa71a_s27.py
    ("time_allowed_to_speak_is_a_deadline", time_allowed_to_speak),
    # reader round s29: tests in tests/test_reader_faults_s29.py
    *NO_CLAIM_RULES,
)

# The writer's own lines, tried after nesting (extract.py `_without_writers_voice`):
# the cues inside such a line go with it ("I think Shapiro's argument reveals
# something" leaves no "I think Shapiro's argument" reveals). Each name has a
# test sentence in tests/test_claims_junk_s5.py, and one that stays a claim.
WRITERS_LINE_RULES: tuple[tuple[str, JunkRule], ...] = (
    ("writers_first_person_is_no_claim", writers_first_person),
    ("anyone_could_is_no_source", generic_source),
    ("writers_question_is_no_claim", writers_question),
    # late s16 (web test s16): tests in tests/test_claims_late_s16.py
    ("question_to_the_reader_is_no_claim", question_to_the_reader),
    ("seeming_inclined_is_no_claim", seeming_inclination),
    ("supposed_group_stance_is_the_writers", supposed_group_stance),
    # session 11 (QA round 36): tests in tests/test_claims_trust_s11.py
    ("hypothetical_speaker_is_the_writers", hypothetical_speaker),
    ("conditional_wanting_is_no_claim", conditional_wanting),
    # junk-s22: tests in tests/test_junk_s22.py ("legislators may want to encourage insurers to ..." leaves
    # no "encourage" either)
    ("advice_to_want_is_the_writers", advice_to_want),
    # junk3-s23: tests in tests/test_junk_s23.py
    ("negated_citing_of_a_thing_is_no_claim", citing_no_thing),
    ("bygone_expectation_of_many_is_the_writers", bygone_expectation),
    # junk-s27: tests in tests/test_junk_s27.py
    ("advice_to_say_is_the_writers", advice_to_say),
)


def unspeaking_it(claim: Claim) -> bool:
    """Rule `unresolved_it_with_a_thing_cue_is_no_speaker` (QA round 54,
    840; CNN dev 158 s12, 167 s4: "But it underscores a fundamental
    question about Trump's candidacy", "It may point to the fact that
    couples are having babies later"): "it" that the resolver could tie to
    no document, body or person, as the subject of a cue a thing takes
    (junk_readings.txt thing_cue_lemmas: "underscore", "show", "point to",
    "remind"), is an event or a fact the writer reads; no one speaks.
    Kept: "The study was published Monday. It shows that ..." (resolved to
    the study) and "It said profits rose" (a cue of speech: a body not
    named, left unresolved), "It also indicated that the ruling would be
    appealed" (a body does that too) and an "it" the resolver tied to a
    description ("the governor's office", shown unresolved) stay."""
    source = claim.speaker_span
    return claim.speaker_kind == "unresolved" and source is not None and source.text.lower() == "it" \
        and (claim.speaker is None or claim.speaker.lower() == "it") \
        and claim.cue.replace(" ", "_") in _junk_words("thing_cue_lemmas")


def particle_verb_says_nothing(text: str, claim: Claim) -> bool:
    """Rule `particle_verb_says_nothing` (PolNeAR train huff-post 2016-07-18
    s41: "the GOP candidate took to Twitter to call out protestors" gave the
    claim "call: out protestors"): a one-word cue joined to its particle
    (claim_grammar.txt verb_particles, cues.py `particle_belongs_to_its_verb`:
    "called out", "blasted out", "find out") with its content after it is a
    claim only when a "that" clause, a colon, a comma or a quotation follows
    the particle ("found out that ...", 'cried out, "..."') or the content
    gives a charge with "for" ("called out Hart for his remarks", as rule
    `attack_needs_its_charge` reads "attacked"); "called out protestors"
    and "blasted out an email" are acts. Checked after the
    speakers are read, so that the act's subject still stands for a "he" after it."""
    words = claim.cue_span.text.lower().split()
    if len(words) < 2 or words[-1] not in grammar("verb_particles") or words[-1] in claim.cue.split() \
            or claim.content_span.start < claim.cue_span.end:
        return False
    after = text[claim.cue_span.end : claim.content_span.start + 1].lstrip()
    if CHARGE_AFTER_THE_OBJECT.search(claim.content) or (
            claim.cue in PHONE_CUES and CHARGE_AFTER_THE_CALLED.search(claim.content)):
        return False  # "called out Hart for his remarks": the charge is the claim, as "attacked X for" is
    if re.search(r"(?i)\bthat\s+\S$", after) or _clause_after_the_particle(claim.content):
        return False  # "found out on Tuesday that X", "found out her husband had been killed"
    return not (after[:1] in QUOTE_MARKS or after[:1] in (":", ","))


CHARGE_AFTER_THE_OBJECT = re.compile(r"\sfor\s+(?!\d)[a-z]")  # "for his remarks", not "for 20 years"
# after a call with its particle, also "as" and any case: "called out Garcinia cambogia as another weight
# loss product", "Calls Out Ted Cruz For Backing Down" ("blasted out a robocall touting a Grayson for U.S.
# House" or "an email ... Rebuking Trump as He Captures" are no charges)
CHARGE_AFTER_THE_CALLED = re.compile(r"(?i)\s(?:for|as)\s+(?!\d)[a-z]")
_PARTICLE_CLAUSE_AUXILIARIES = grammar("clause_verb_auxiliaries")
_PARTICLE_CLAUSE_SUBJECT_WORDS = 3  # "her husband had ...": a short subject, then its auxiliary


def _clause_after_the_particle(content: str) -> bool:
    """For rule `particle_verb_says_nothing`: the content is a clause of its
    own, a short subject and an auxiliary ("found out her husband had been
    killed"), not an object with a relative clause ("call out protestors
    who were ...") nor a bare object ("blasted out an email")."""
    words = [w.lower().strip(",") for w in content.split()[: _PARTICLE_CLAUSE_SUBJECT_WORDS + 1]]
    for k, word in enumerate(words):
        if word in grammar("relatives"):
            return False
        if k and word in _PARTICLE_CLAUSE_AUXILIARIES:
            return True
    return False


def is_junk(view: SentenceView, frame: Frame) -> bool:
    """Whether a candidate frame is no attribution at all (JUNK_RULES)."""
    return any(test(view, frame) for _, test in JUNK_RULES)


# The sentence rules' frames (rules.py scope "sentence": a label and a colon, a
# dash after a quotation), tried as they are found. Tests in tests/test_claims_junk_s5b.py.
def labelled_question(view: SentenceView, frame: Frame) -> bool:
    """Rule `labelled_question_is_no_claim`: "L.A. WEEKLY: What is your short
    answer to people who ask what your work is about?": under a speaker's
    label, a question alone is the interviewer asking, not anyone stating
    something; the answer under the next label is the claim."""
    if frame.rule != "colon_attribution" or not frame.content:
        return False
    end = frame.content[-1][1]
    return view.text[frame.content[0][0] : end].rstrip().rstrip("\u201d\"'\u2019").endswith("?")


SENTENCE_FRAME_JUNK_RULES: tuple[tuple[str, JunkRule], ...] = (
    ("heading_label_is_no_speaker", heading_label),
    ("labelled_question_is_no_claim", labelled_question),
    ("labelled_lead_in_to_a_question_is_no_claim", labelled_lead_in),
)


def is_junk_label(view: SentenceView, frame: Frame) -> bool:
    """Whether a sentence rule's frame is no attribution (SENTENCE_FRAME_JUNK_RULES)."""
    return any(test(view, frame) for _, test in SENTENCE_FRAME_JUNK_RULES)


def is_writers_line(view: SentenceView, frame: Frame) -> bool:
    """Whether an outermost frame is the writer's own line (WRITERS_LINE_RULES)."""
    return any(test(view, frame) for _, test in WRITERS_LINE_RULES)
