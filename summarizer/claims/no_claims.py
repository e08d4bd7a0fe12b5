"""Junk rules of the reader round s29: a cue that frames no claim.

Each rule is a JunkRule (a sentence view and a candidate frame -> whether
the frame is no attribution at all), listed in NO_CLAIM_RULES, which
junk.py adds to its JUNK_RULES. Word lists: summarizer/rules/no_claims.txt.
Tests in tests/test_reader_faults_s29.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from summarizer.claims.grammar import (
    AUXILIARIES,
    BE,
    DETERMINERS,
    GROUP_PARTS,
    NEGATED_BE,
    PREPOSITIONS,
    RELATIVES,
    ends_an_attempt_chain,
    head_token,
    looks_like_source,
)
from summarizer.claims.lexicon import cue_forms, grammar, is_people_noun, past_forms, pronouns
from summarizer.claims.names import organisation_words
from summarizer.claims.rules import Frame
from summarizer.claims.text import QUOTE_MARKS, SentenceView, Token
from summarizer.rules import load_rules, word_set

MAX_BARE_NOUN_PHRASE_WORDS = 4  # "a harrowing experience", "the harrowing scenes"
SENTENCE_END_MARKS = frozenset({".", "!", "?"})


def _words(name: str) -> frozenset[str]:
    return word_set("no_claims", name)


def _token_range(view: SentenceView, span: tuple[int, int]) -> tuple[int, int] | None:
    """The first and last token inside a character span, or None."""
    inside = [k for k, t in enumerate(view.tokens) if t.start >= span[0] and t.end <= span[1]]
    return (inside[0], inside[-1]) if inside else None


def cue_after_a_power_noun(view: SentenceView, frame: Frame) -> bool:
    """Rule `cue_after_a_power_noun_is_no_speech` (reader round s29,
    CNN-Corpus dev 620 s26: "..., even though it's a considered a
    regulatory program, it only has the authority to ask the cruise line to
    correct its actions" gave an "ask" claim glued from the sentence's two
    clauses): a cue in the infinitive after a noun of power or right
    (no_claims.txt power_nouns: "the authority to ask", "the right to
    demand") names what someone may do, nothing anyone said. "The agency
    asked the cruise line to correct its actions" stays a claim. Only after
    a determiner and with no that-clause: "The president used his power to
    warn that sanctions would follow" (a possessive, a that-clause) is a
    warning given, a claim."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 3 or tokens[k - 1].lower != "to" or tokens[k - 2].lower not in _words("power_nouns"):
        return False
    if k + 1 < len(tokens) and tokens[k + 1].lower == "that":
        return False  # a that-clause says something: "used the power to warn that ..."
    # a noun after a determiner ("the authority", "no right"); not the adjective: "The panel is
    # right to note that ..." stays a claim, and not a possessive: "used his power to warn ..."
    return tokens[k - 3].lower in DETERMINERS


def threat_by_a_thing(view: SentenceView, frame: Frame) -> bool:
    """Rule `threat_by_a_thing_is_no_speech` (reader round s29, CNN-Corpus
    dev 828 s23: "the infighting has threatened to tip the balance among
    rebel forces ..." was a claim): "threaten" is a threat spoken only when
    its subject looks like a source (a name, a pronoun, a title, a body, a
    people noun); with a thing as its subject ("the infighting", "a pending
    ballot initiative": a lower-case singular noun) it means to risk. "The
    Taliban threatened to attack anyone who takes part", "partners
    threatened to walk away" (a plural may be people), "several threatened
    to disrupt the convention" and "a movement ... who have threatened to
    occupy" (a body word) stay claims."""
    if frame.entry.lemma not in _words("threat_cues") or frame.source is None:
        return False
    found = _token_range(view, frame.source)
    if found is None or looks_like_source(view, *found):
        return False
    head = head_token(view, *found)
    low = head.lower
    # a thing is named by a lower-case singular noun: a plural ("partners", "insurgents"), a
    # group's part ("several"), a pronoun ("who") or a body word ("a movement") may be people
    return head.is_word and not head.is_capitalised and not low.endswith("s") and low not in GROUP_PARTS \
        and low not in pronouns() and low not in RELATIVES and low not in organisation_words() \
        and low not in grammar("loose_body_nouns") and not _time_phrase(view, *found)


def _time_phrase(view: SentenceView, first: int, last: int) -> bool:
    """A source span that is a time phrase ("who last year threatened"): the walk
    left took an adjunct for the subject, whose speaker it cannot tell."""
    return any(t.lower in grammar("time_units") or t.lower in grammar("time_words")
               for t in view.tokens[first : last + 1])


def bare_noun_phrase_content(view: SentenceView, frame: Frame) -> bool:
    """Rule `bare_noun_phrase_is_no_content` (reader round s29, CNN-Corpus
    dev 629: "Other passengers on the plane described a harrowing
    experience", "People who watched it happen feared the worst", the
    subhead "Witnesses describe unusual landing", "And he tweeted the
    experience"): after a cue that needs a proposition or a description to
    say anything (no_claims.txt bare_noun_phrase_cues: "describe", "fear",
    "tweet"), a short noun phrase alone that ends the sentence, with no
    verb, no "as" and no quotation, states nothing: no claim. Kept: "described the patient as a
    U.S. citizen" ("as"), "fear for their safety" (a preposition), "tweeted
    congratulations to Sanders" (more than the thing named), "described the
    tremor, which he put at magnitude 7.9" (more follows), and any cue
    not listed, which takes a noun phrase as its claim: "She denied the
    allegations", "He confirmed the deaths", "urged calm"."""
    if frame.entry.lemma not in _words("bare_noun_phrase_cues") or len(frame.content) != 1:
        return False
    found = _token_range(view, frame.content[0])
    if found is None:
        return False
    words = view.tokens[found[0] : found[1] + 1]
    if not words or len(words) > MAX_BARE_NOUN_PHRASE_WORDS or words[0].lower in PREPOSITIONS:
        return False
    if found[0] > 0 and view.tokens[found[0] - 1].text == ":":
        return False  # the words themselves after a colon: "Achatz tweeted: Tbl brings 8mo."
    if found[1] + 1 < len(view.tokens) and view.tokens[found[1] + 1].text not in SENTENCE_END_MARKS:
        return False  # more follows: "Ahmed described the tremor, which he put at magnitude 7.9."
    stops = _words("bare_noun_phrase_breaks") | grammar("subject_pronouns")
    return all(
        t.is_word and t.text not in QUOTE_MARKS and t.lower not in stops and t.lower not in AUXILIARIES
        and t.lower not in past_forms() and (t.lower,) not in cue_forms() and t.lower not in PREPOSITIONS
        and not t.lower.endswith("ed")  # a verb: "tweeted he welcomed Twitter's action"
        for t in words
    )


MAX_CORRECTION_SUBJECT_WORDS = 3  # "it", "the grade", "the final grade"


def writers_correction_cut(view: SentenceView, frame: Frame) -> Frame:
    """Rule `writers_correction_is_no_content` (reader round s29, CNN-Corpus
    dev 620 s13: "In fact, Gina Finocchiaro said the final grade was an 84,
    although it actually turned out to be 82." gave her the content "the
    final grade was an 84, although it actually turned out to be 82"): in a
    reported clause (outside quotation marks), a comma, "although", "though"
    or "but" (no_claims.txt writers_correction_openers), a short subject,
    adverbs such as "actually" and "turned out" is the writer telling how
    it really was; the content ends before the comma. Kept whole: "said the
    grade was 84, although the review was not over" (no "turned out") and a
    quotation ('"It was 84, though it turned out to
    be 82," she said': her words). The tail must end the sentence, its cue
    before it: "The mayor said crime had fallen, but it turned out that it
    had risen, the audit found" is the audit's finding, kept whole."""
    if not frame.content:
        return frame
    start, end = frame.content[-1]
    tokens = view.tokens
    if frame.cue_token >= len(tokens) or tokens[frame.cue_token].start >= start \
            or any(t.is_word for t in tokens if t.start >= end):
        return frame  # a source or cue after the tail: "..., the report said" reports it
    for m, token in enumerate(tokens[:-3]):
        if start < token.start and token.end <= end and token.text == "," \
                and tokens[m + 1].lower in _words("writers_correction_openers") \
                and view.quotes.covering(token.start) is None and _correction_after(tokens, m + 2):
            return frame.with_content((*frame.content[:-1], (start, tokens[m - 1].end)))
    return frame


def _correction_after(tokens: Sequence[Token], k: int) -> bool:
    """From token `k`: a subject of one to three words, adverbs of
    writers_correction_adverbs, then "turned out" (writers_correction_verbs)."""
    adverbs, verbs = _words("writers_correction_adverbs"), _words("writers_correction_verbs")
    subject = 0
    while k < len(tokens) and tokens[k].is_word and tokens[k].lower not in verbs:
        if tokens[k].lower not in adverbs:
            subject += 1
        if subject > MAX_CORRECTION_SUBJECT_WORDS or tokens[k].lower in AUXILIARIES:
            return False
        k += 1
    if subject == 0 or k >= len(tokens) or tokens[k].lower not in verbs:
        return False
    return tokens[k].lower != "turned" or (k + 1 < len(tokens) and tokens[k + 1].lower == "out")


BE_FORMS = BE | NEGATED_BE | frozenset({"'s", "\u2019s"})


def _be_before(tokens: Sequence[Token], k: int) -> int | None:
    """The token of a form of "be" before token `k`, past "not", "never"
    and the adverbs of no_claims.txt degree_adverbs ("is not", "was very"),
    or None."""
    m = k - 1
    while m >= 0 and (tokens[m].lower in _words("degree_adverbs") or tokens[m].lower in ("not", "never")):
        m -= 1
    return m if m >= 0 and tokens[m].lower in BE_FORMS else None


def its_judgement_is_the_writers(view: SentenceView, frame: Frame) -> bool:
    """Rule `it_is_encouraging_is_the_writers_judgement` (issue 9,
    CNN-Corpus dev 324 s48: "It was encouraging to see members of a local
    men's high school basketball team acting as cheerleaders ..." gave the
    speaker "Alaska", named in the sentence before, and the cue
    "encouraging"): "it" and a form of "be" before an -ing adjective
    (claim_grammar.txt ing_adjectives: "encouraging", "telling",
    "surprising") and then "to" or "that" is the writer's judgement of
    what follows; "it" stands for that, and no one speaks. Kept: "The
    coach was encouraging the girls to run faster" (an object after the
    cue) and "Officials were encouraging residents to leave"."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.clause_final or k < 2 or k + 1 >= len(tokens) or tokens[k].lower not in grammar("ing_adjectives"):
        return False
    if tokens[k + 1].lower not in ("to", "that"):
        return False
    m = _be_before(tokens, k)
    return m is not None and m >= 1 and tokens[m - 1].lower in ("it", "that")


def to_blame_is_no_speech(view: SentenceView, frame: Frame) -> bool:
    """Rule `being_to_blame_is_no_speech` (issue 9, CNN-Corpus dev 324 s24:
    "But the largely unspoken reality also remains: Victims aren't to blame
    for rape and domestic violence; offenders are." gave the speaker
    "Victims" and the negated cue "aren't to blame"): "be to blame" (with
    "not" or "aren't") says who is at fault, and its subject says nothing.
    Kept: "Police blamed the driver for the crash" and "He refused to blame
    the victims" (no "be" before "to")."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.entry.lemma != "blame" or k < 2 or tokens[k - 1].lower != "to":
        return False
    return _be_before(tokens, k - 1) is not None


def bare_reply_word(view: SentenceView, frame: Frame) -> bool:
    """Rule `bare_reply_word_is_no_claim` (CNN-Corpus dev 324 s30: "Other
    pundits argued that women should carry weapons to protect themselves.
    No, Maxwell said." gave Zerlina Maxwell the claim "No"): a content
    before its cue that is one reply word alone (rules/reply_words.txt:
    "no", "yes", "absolutely"), unquoted, opening the sentence, answers
    what the sentence before said, often in someone else's words; shown
    alone it reads as nothing she said, and the next sentence, which may be
    anyone's, is not taken in its place. No claim. Kept: 'Asked whether
    she would run, Smith said no.' (the question in the sentence: the
    content comes after the cue) and '"No," Maxwell said.' (a quotation,
    shown as the word she said)."""
    if not frame.clause_final or len(frame.content) != 1:
        return False
    start, end = frame.content[0]
    words = [t for t in view.tokens if start <= t.start and t.end <= end]
    if not words or words[0] is not view.tokens[0] or any(t.text in QUOTE_MARKS for t in words):
        return False
    said = " ".join(t.lower for t in words if t.is_word)
    return said in _reply_words()


@cache
def _reply_words() -> frozenset[str]:
    return frozenset(load_rules("reply_words"))


def infinitive_of_an_attempt(view: SentenceView, frame: Frame) -> bool:
    """Rule `infinitive_cue_of_an_attempt_is_no_claim` (issue 9, CNN-Corpus
    dev 184 s15: "A defense motion accused prosecutors of trying to use the
    suspect's foreign birth and immigration to imply that he was "more
    blameworthy ..."" gave the defense motion the claim "imply: he was more
    blameworthy", the opposite of its stand): a cue in the infinitive
    ("to imply") that ends a chain of infinitives opened by an attempt in
    -ing after a preposition (grammar.py `ends_an_attempt_chain`: "of
    trying to use X to imply", "for seeking to use X to suggest") is what
    another cue's object is said to have tried: nothing the subject said.
    Kept: "Prosecutors used his record to argue that he was dangerous" (no
    attempt), "The zoo industry has sought to reinvent itself to suggest
    that ..." (the subject's own attempt, rule
    `purpose_cue_after_an_effort_speaks`) and "Officials tried to calm the
    crowd and went on to say ..." (a clause of its own)."""
    return not frame.clause_final and ends_an_attempt_chain(view, frame.cue_token)


MAX_PHRASE_MODIFIERS = 3  # "of second-degree murder charges", "on federal weapons charges"


def plural_cue_noun_in_a_phrase(view: SentenceView, frame: Frame) -> bool:
    """Rule `plural_cue_noun_after_a_preposition_is_no_cue` (issue 9,
    CNN-Corpus dev 216 s4: "Zimmerman, a neighborhood watch volunteer in
    Sanford, Florida, was acquitted Saturday of second-degree murder
    charges in Martin's death." gave the cue "charges" and the content
    "Zimmerman, a neighborhood watch volunteer"): a cue's -s form
    (no_claims.txt phrase_nouns: "charges", "claims") after a preposition
    and at most MAX_PHRASE_MODIFIERS plain lower-case words with no
    determiner ("of second-degree murder charges", "on weapons charges") is
    the noun ending that phrase, no verb; no subject stands between the
    preposition and it. Kept: "The head of the union charges that the
    talks failed" (a determiner: "the union" may be the subject) and
    "Prosecutor Smith charges that ..." (no preposition)."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 2 or frame.cue[1] > tokens[k].end or tokens[k].is_capitalised:
        return False
    lemma = frame.entry.lemma
    if lemma not in _words("phrase_nouns") or tokens[k].lower != lemma + "s":
        return False
    if k + 1 < len(tokens) and tokens[k + 1].lower == "that":
        return False  # a that-clause: "... of the union charges that ..." is a verb
    for m in range(k - 1, max(k - 2 - MAX_PHRASE_MODIFIERS, -1), -1):
        token = tokens[m]
        if token.lower in PREPOSITIONS:
            return m < k - 1
        if not token.is_word or token.is_capitalised or token.lower in DETERMINERS or token.lower in pronouns() \
                or token.lower in AUXILIARIES or token.lower in past_forms():
            return False
    return False


def wants_to_find_out(view: SentenceView, frame: Frame) -> bool:
    """Rule `wanting_to_find_out_is_no_claim` (issue 9, CNN-Corpus dev 154
    s7: "Researchers at Harvard wanted to find out how often people around
    the globe drank sugar-sweetened beverages ..." was a claim): a wish
    (no_claims.txt wish_cues: "want", "hope") to find out is the aim of a
    search, no position anyone holds: no claim. Kept: "Nunes wants to know
    whether there was chatter on the channel" (a question put), "state
    lawmakers want to figure out just what to do with the state" (a
    question of policy) and "She wants to see the law repealed"."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.clause_final:
        return False
    if k >= 2 and tokens[k].lower == "find" and k + 1 < len(tokens) and tokens[k + 1].lower == "out" \
            and tokens[k - 1].lower == "to":
        wish = cue_forms().get((tokens[k - 2].lower,))
        return wish is not None and wish.lemma in _words("wish_cues")  # the search's own "find out"
    if frame.entry.lemma not in _words("wish_cues") or k + 3 >= len(tokens):
        return False
    return tokens[k + 1].lower == "to" and tokens[k + 2].lower == "find" and tokens[k + 3].lower == "out"


def participle_after_a_prepositions_noun(view: SentenceView, frame: Frame) -> bool:
    """Rule `participle_after_a_prepositions_noun_is_a_modifier` (issue 9,
    CNN-Corpus dev 154 s9: "They also used evidence from studies published
    in medical journals that discussed sugary drinks ..." gave "They" the
    claim "published: discussed sugary drinks ..."): a cue's -ed form right
    after a plain lower-case noun that a preposition governs (no_claims.txt
    participle_noun_leads: "from studies published", "in reports
    released"; not "of", which a subject holds: "a group of rabbis called
    for"), with "in" or "by" right after it (a passive's place or agent),
    is a participle that modifies that noun; a noun inside a
    prepositional phrase is no subject. Kept: "Studies
    published that week showed ..." (no preposition: the rules of the
    subject decide) and "From Monday, officials published ..." (a name or
    a people noun before the cue: "from officials released", who may have)."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.clause_final or k < 2 or not tokens[k].lower.endswith("ed") or tokens[k].is_capitalised:
        return False
    noun, lead = tokens[k - 1], tokens[k - 2]
    if not noun.is_word or noun.is_capitalised or noun.lower in pronouns() or noun.lower in AUXILIARIES \
            or noun.lower in PREPOSITIONS or noun.lower in DETERMINERS or is_people_noun(noun.lower):
        return False
    if lead.lower not in _words("participle_noun_leads") or k + 1 >= len(tokens):
        return False
    # and the participle's own phrase of place or agent, as a passive has it: "published in
    # medical journals", "released by the agency"; a verb of speech takes an object or a clause
    return tokens[k + 1].lower in _words("passive_participle_followers")


def belief_wished_on_others(view: SentenceView, frame: Frame) -> bool:
    """Rule `belief_wished_on_others_is_no_claim` (reader round K, CNN-Corpus
    dev 276 s35: "people in this world that would have us believe that
    natural hair is "ugly"" and dev 299 s21: "If they have probable cause to
    believe an actual crime occurred" reached a brief as "No source given
    believe"): a belief cue right after a causative verb and its object
    ("have us believe", "make you believe": no_claims.txt belief_causatives,
    belief_objects) is a belief wished on others, and one right after "to"
    and a noun of grounds ("cause to believe": belief_grounds) is a
    standard someone may meet; neither is anyone's belief. "Police believe
    the suspect fled" and "He has said he believes it" stay claims."""
    k = frame.cue_token
    tokens = view.tokens
    if frame.entry.lemma not in _words("belief_cues") or k < 2:
        return False
    if tokens[k - 1].lower in _words("belief_objects") and tokens[k - 2].lower in _words("belief_causatives"):
        return True
    return tokens[k - 1].lower == "to" and tokens[k - 2].lower in _words("belief_grounds")


NO_CLAIM_RULES: tuple[tuple[str, Callable[[SentenceView, Frame], bool]], ...] = (
    ("cue_after_a_power_noun_is_no_speech", cue_after_a_power_noun),
    ("threat_by_a_thing_is_no_speech", threat_by_a_thing),
    ("bare_noun_phrase_is_no_content", bare_noun_phrase_content),
    # issue 9 (a reader's test of unseen articles): tests in tests/test_claims_issue9_s29.py
    ("it_is_encouraging_is_the_writers_judgement", its_judgement_is_the_writers),
    ("being_to_blame_is_no_speech", to_blame_is_no_speech),
    ("bare_reply_word_is_no_claim", bare_reply_word),
    # issue 9, reader round H: tests in tests/test_readerfix_s31.py
    ("infinitive_cue_of_an_attempt_is_no_claim", infinitive_of_an_attempt),
    ("plural_cue_noun_after_a_preposition_is_no_cue", plural_cue_noun_in_a_phrase),
    ("wanting_to_find_out_is_no_claim", wants_to_find_out),
    ("participle_after_a_prepositions_noun_is_a_modifier", participle_after_a_prepositions_noun),
    # reader round K: tests in tests/test_reader_k_claims_s32.py
    ("belief_wished_on_others_is_no_claim", belief_wished_on_others),
)
