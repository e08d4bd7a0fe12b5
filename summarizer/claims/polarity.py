"""Stage 6, polarity and hedging: is the cue negated ("did not say",
"declined to confirm", "was unable to confirm"), and is the claim hedged?

Negators, negative lead verbs and hedges are rules files
(summarizer/rules/negations.txt, hedges.txt).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from summarizer.claims.grammar import (
    AUXILIARIES,
    CONCESSIVE_PREPOSITIONS,
    CONDITION_OPENERS,
    MODALS,
    PAST_VERBS,
    PREPOSITIONS,
    fronted_negation,
    is_adverb,
    is_past,
    is_past_form,
    is_past_verb,
    joined_clause_negation,
    negative_phrase_ending_at,
    skip_auxiliaries_left,
)
from summarizer.claims.lexicon import (
    clause_nouns,
    cue_forms,
    grammar,
    hedge_patterns,
    is_people_noun,
    negative_leads,
    noun_sets,
    past_forms,
    refusal_leads,
)
from summarizer.claims.rules import Frame, conceded_cue_rebuttal, statement_saying_verb
from summarizer.claims.text import LOOSE_WORD, SentenceView
from summarizer.rules import alternation, load_section, word_set

# The hedge scope rules (issue 9, session 7, and its review): where a hedge
# word sits in a phrase that is not the claim's own assertion. Their words are
# data (summarizer/rules/hedge_scope.txt, with sets of claim_grammar.txt); the
GENERIC_RELATIVE = re.compile(r"\b([a-z]+)\s+that\s+(?:one|you)\s+$", re.IGNORECASE)
COPULAS_BEFORE_THAT = frozenset({"is", "was", "are", "were", "be", "been", "'s", "\u2019s"})


def generic_relative_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `generic_relative_is_no_hedge` (session 17, QA round 48 608 s20):
    "some carriers have hidden value that one might not realize from simply
    skimming their policy page": a modal in a relative clause whose subject
    is generic "one" or "you" tells what anybody could miss, not how sure the
    speaker is. "The risk is that one might fail" (a clause after a copula)
    stays a hedge."""
    if hit.place != "content":
        return False
    match = GENERIC_RELATIVE.search(hit.before)
    return match is not None and match.group(1).lower() not in COPULAS_BEFORE_THAT


PAST_BELIEF_BEFORE = re.compile(
    r"\b(?:thought|believed|hoped|felt|assumed|figured|doubted)\s+(?:that\s+)?(?:i|we|you|he|she|they)\s+$",
    re.IGNORECASE,
)


def past_belief_could_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `past_belief_could_is_no_hedge` (session 17, QA round 47 786
    s21): '"We really thought we could trust the Egyptian judicial system to
    be fair," Turton said': "could" after a past verb of belief and its
    subject is that belief's "can" moved into the past, told as a past
    fact; the speaker hedges nothing. So too after "doubted" (QA round 60,
    434 s11: "to prove those who had doubted he could do it wrong": others'
    past doubt about his ability, which the speaker does not share). "We
    could trust the system" and "we think we could win" stay hedges."""
    return hit.place == "content" and hit.word.lower() == "could" and PAST_BELIEF_BEFORE.search(hit.before) is not None


PAST_EXPECTATION_BEFORE = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?$")
FAILED_AFTER = re.compile(  # used with .match(text, pos)
    r"[^.;:!?]*?\bbut\s+(?:[a-z]+\s+){0,2}?"
    r"(?:did\s+not|didn't|didn\u2019t|never|failed|was\s+not|wasn't|wasn\u2019t)\b"
)


def failed_expectation_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `failed_expectation_is_no_hedge` (QA round 60, 450 s11: "He was
    expected to pick up his children that day but didn't show up, the
    official said." was hedged): a past "was/were expected to" whose clause
    goes on with "but" and a negation or "failed" tells of a plan that did
    not happen, a fact; the source hedges nothing. "He was expected to
    arrive Tuesday, officials said" (a forecast told in the past) and "is
    expected to" stay hedges (hedges.txt)."""
    return hit.place == "content" and hit.word.lower().startswith("expected") \
        and PAST_EXPECTATION_BEFORE.search(hit.before) is not None \
        and FAILED_AFTER.match(hit.text, hit.end) is not None


# rules are the named records of HEDGE_SCOPE_RULES below, each a test of one
# hedge word found (a HedgeWord). Patterns are searched in lower-cased text.
EMBEDDED_CLAUSE = re.compile(r"\b(?:whether|if)\b")
# A rule looks back at most this many characters before a hedge word, so that
# a long content with thousands of hedges costs time linear in its length.
LOOK_BACK_CHARS = 200
# "could not", "could no longer", "could never": what was not possible, not a doubt
PAST_INABILITY = re.compile(r"\s+(?:not|no\s+longer|never)\b|n't|n\u2019t")
BACKSHIFTED = re.compile(r"\b(?:would|'d)\b")
THAN_AFTER = re.compile(r"(?![^,;:.!?]*\bthan\s+not\b)[^,;:.!?]*\bthan\b")  # used with .match(text, pos)
# a measured share in brackets in the same clause: "more likely to turn to toys or activities (88%)"
SHARE_AFTER = re.compile(r"[^;:.!?()]{0,60}\(\d+(?:\.\d+)?\s*(?:%|percent)\)")  # used with .match(text, pos)
MAY_AFTER_A_WORD = re.compile(r"[\w,]\s+$")
MAY_NOT_IN_TITLE_CASE = re.compile(r"May\b(?!\s+[A-Z])")  # used with .match(text, pos)
MAY_THEN_FINITE_VERB = re.compile(
    r"May\s+(?:it|he|she|they|we|I|you|the\s+[\w-]+|[A-Z][\w-]+)\s+(?:had|has|was|were|is|are|did|\w+ed)\b"
)
MAIN_CLAUSE_AFTER = re.compile(r"[^,;:]*,")  # used with .match(text, pos)
COUNTERFACTUAL_AFTER = re.compile(
    r"\s+have\s+been\s+(?:(?:much|far|even|a\s+lot|so\s+much)\s+)?(?:worse|better|avoided|prevented)\b"
)
RULED_OUT_BEFORE = re.compile(r"\brul(?:e|ed|es|ing)\s+out\s+$")
QUESTION_AFTER = re.compile(r"[^.!;:]*\?")  # a question mark ends the clause
NESTED_CUE_MAX_WORDS = 4  # words between the reporting verb (and "that") and "would"


def scope_words(name: str) -> frozenset[str]:
    """A word set of hedge_scope.txt ("wh_words", "asking_cues", ...)."""
    return word_set("hedge_scope", name)


@cache
def _determiners_and_prepositions() -> frozenset[str]:
    return grammar("determiners") | grammar("prepositions")


@cache
def _question_words_before_a_source() -> frozenset[str]:
    return grammar("question_openers") | scope_words("question_before_source")


def _wh_word_and_short_subject(wh_words: frozenset[str]) -> re.Pattern[str]:
    """A wh-word of `wh_words` (group 1) and up to three words (group 2)
    right before a hedge, the shape both hedge_in_an_embedded_question (a
    modal) and evidential_in_an_embedded_question_is_no_hedge read; used
    with .search."""
    return re.compile(rf"\b({alternation(wh_words)})\s+((?:{LOOSE_WORD}\s+){{0,3}})$")


@cache
def _scope_patterns() -> dict[str, re.Pattern[str]]:
    """The rules' patterns, built from the word sets as hedge_patterns() builds
    the hedges; each is searched in the look-back before a hedge word."""
    complement = alternation(scope_words("complement_nouns"))
    rising = alternation(scope_words("rising_nouns")) + r"\s+" + alternation(scope_words("rising_verbs"))
    relatives = alternation(grammar("relatives") - {"whom", "whose"})
    return {
        # "a man who may be armed", "materials that could produce bombs"
        "relative": re.compile(rf"\b{relatives}\s+$"),
        # "there was nothing more medically that they could do"
        "relative_with_subject": re.compile(
            rf"\b(?:nothing|anything|everything|something)\s+(?:{LOOSE_WORD}\s+){{0,2}}?that\s+"
            r"(?:i|you|he|she|it|we|they|one)\s+$"
        ),
        # "defend myself as I could and got", "as best we can": rule manner_clause_is_no_hedge
        "manner": re.compile(rf"\bas\s+(?:best\s+)?{alternation(scope_words('manner_subjects'))}\s+$"),
        # "died trying to get her shoes so she could escape": rule purpose_clause_is_no_hedge
        "purpose": re.compile(
            rf"\b(?:so(?:\s+that)?|in\s+order\s+that)\s+{alternation(scope_words('manner_subjects'))}\s+$"
        ),
        # "a place that people could donate", "an e-mail that Doe #2 allegedly sent":
        # rule object_relative_is_no_hedge (groups: the word before, the noun, the subject)
        "object_relative": re.compile(
            rf"(?:({LOOSE_WORD})\s+)?\b{alternation(grammar('articles'))}\s+({LOOSE_WORD})\s+(?:that|which)\s+"
            r"([a-z][\w'\u2019-]*(?:\s+#?\d+)?)\s+$"
        ),
        # "Any speculation or reports you may read": rule contact_relative_is_no_hedge
        "contact_relative": re.compile(
            rf"\b{alternation(scope_words('contact_relative_determiners'))}\s+((?:{LOOSE_WORD}\s+){{1,4}}?)"
            rf"{alternation(scope_words('contact_relative_subjects'))}\s+$"
        ),
        # "the possibility that", "fears rose that"; rule hedge_in_a_noun_complement_after_a_preposition:
        # "alluding to suspicions that"
        "noun_complement": re.compile(
            rf"(?:\bthe\s+(?:[a-z-]+\s+)?{complement}|\b{rising}"
            rf"|\b{alternation(grammar('prepositions'))}\s+{complement})\s+that\s+(?:{LOOSE_WORD}\s+){{0,7}}$"
        ),
        "wh": _wh_word_and_short_subject(scope_words("wh_words")),
        "comparative": re.compile(rf"\b{alternation(scope_words('comparatives'))}\s+$"),
        "charge": re.compile(rf"\b{alternation(scope_words('charge_prepositions'))}\s+$"),
        "concessive": re.compile(
            rf"^\W*{alternation(scope_words('concessive_openers'))}\s+(?:[\w'\u2019.-]+\s+){{0,6}}$"
        ),
        # rule hedge_before_cue: a modal between the source and its cue, as a whole word
        "hedging_modals": re.compile(rf"(?<!\S){alternation(scope_words('hedging_modals'))}(?!\S)"),
        # rule volitional_would_is_no_hedge: "I would want", "we would really like"
        "volition_subject": re.compile(rf"(?<![\w'\u2019-]){alternation(scope_words('volition_subjects'))}\s+$"),
        "volition_verb": re.compile(
            rf"\s+(?:[a-z]+ly\s+)?{alternation(scope_words('volition_verbs'))}\b"
        ),  # used with .match(text, pos)
        # rule option_modal_in_a_relative_is_no_hedge: "which he may | wish to take"
        "option_relative": re.compile(
            rf"\b{alternation(scope_words('option_relatives'))}\s+{alternation(scope_words('option_subjects'))}\s+$"
        ),
        "option_verb": re.compile(
            rf"\s+(?:also\s+)?{alternation(scope_words('option_verbs'))}\s+to\b"
        ),  # used with .match(text, pos)
        # rule permission_in_a_ruling_is_no_hedge: "may | also now drink", not "may | have been"
        "permission_perfect": re.compile(r"\s+(?:(?:also|now|still|not|no\s+longer)\s+)*have\b"),
        # rule hedge_in_a_relative_aside: ", which he never expected to", open (no comma, no stop since)
        "relative_aside": re.compile(rf",\s+{alternation(scope_words('aside_relatives'))}\s+[^,;:.!?()\u2014\u2013]*$"),
    }


class Polarity(NamedTuple):
    negated: bool
    shown_cue: str  # the cue as a reader should see it: "did not confirm"


@cache
def _negations() -> tuple[frozenset[str], frozenset[str]]:
    """(negators, negative leads) from negations.txt; its fronted negations
    are grammar.fronted_negation_end's, not in the chain before a cue."""
    return word_set("negations", "negators"), negative_leads() | _implicative_leads()


@cache
def _implicative_leads() -> frozenset[str]:
    """The negative leads whose own negation is the act done (negations.txt
    implicative): "did not hesitate to repeat", "never failed to mention"."""
    return word_set("negations", "implicative")




def _is_negator(word: str, negators: frozenset[str]) -> bool:
    return word in negators or word.endswith(("n't", "n\u2019t"))


def polarity(view: SentenceView, frame: Frame) -> Polarity:
    """Rule `negated_cue`: a negator or a negative lead verb in the chain of
    auxiliaries right before the cue negates it: "did not say", "never
    said", "don't want", "declined to confirm", "refused to say", "was
    unable to confirm", "would not comment". The content stays as written;
    `shown_cue` is the chain and the cue, verbatim.

    Rule `not_to_infinitive_negates` (QA round 57, 988 s13: "I follow sharp
    instructions from my mother not to tell too many people I'm coming
    back" showed a telling): "not" right before the "to" of an infinitive
    cue negates it ("was told not to say", "decided not to tell"); the walk
    used to step over the word before "to" ("able", "on") and so over "not"."""
    cue_text = " ".join(view.text[frame.cue[0] : frame.cue[1]].split())
    k = frame.cue_token - 1
    if frame.cue_token < 0 or (frame.source is not None and frame.source[0] >= frame.cue[1]
                               and frame.rule != "passive_attribution"):
        # a source after the cue has no verb group before it ('"...," said Smith'); a passive's
        # agent does: "those are not published by the company" denies it (session 10 review F1)
        return Polarity(False, cue_text)
    if _neither_subject(view, frame):
        return Polarity(True, " ".join(view.text[view.tokens[0].start : frame.cue[1]].split()))
    fronted = fronted_negation(view.tokens)
    if frame.source is not None and (fronted is None or fronted[1] + 1 >= len(view.tokens)
                                     or view.tokens[fronted[1] + 1].start != frame.source[0]):
        # rule `nor_clause_inverts`: ", nor could it confirm" negates the joined clause's cue
        k_subject = max((m for m, t in enumerate(view.tokens) if t.end <= frame.source[1]), default=-1)
        fronted = joined_clause_negation(view.tokens, k_subject) if k_subject >= 0 else fronted
    if fronted is not None and frame.source is not None and fronted[1] + 1 < len(view.tokens) \
            and frame.source[0] == view.tokens[fronted[1] + 1].start and frame.source[1] <= frame.cue[0]:
        # the cue's own subject follows the fronted negation's auxiliary: "Nor has he said"
        return Polarity(True, " ".join(view.text[view.tokens[fronted[0]].start : frame.cue[1]].split()))
    negators, leads = _negations()
    tokens = view.tokens
    cue_word = tokens[frame.cue_token].lower
    if cue_word in leads and frame.cue_token + 2 < len(tokens) and tokens[frame.cue_token + 1].lower == "to":
        # the cue is itself the negative lead: "declined to say", "refused to confirm"
        end = tokens[frame.cue_token + 2].end
        return Polarity(True, " ".join(view.text[frame.cue[0] : end].split()))
    negated_at = None
    implicative = False  # the nearest negation found is an implicative lead ("hesitated to")
    while k >= 0:
        low = tokens[k].lower
        if _is_negator(low, negators):
            # Rule `negated_lead_is_the_act`: "did not hesitate to repeat", "never failed to
            # mention": a negator before an implicative lead cancels its negation
            negated_at = None if implicative and negated_at is not None else k
            implicative = False
        elif negative_phrase_ending_at(tokens, k):
            negated_at = k - 2  # rule `negative_phrase_inside_the_verb_group`: "in no way shows"
            implicative = False
            k -= 2
        elif low == "to" and k >= 1 and tokens[k - 1].lower in leads:
            negated_at = k - 1
            implicative = tokens[k - 1].lower in _implicative_leads()
            k -= 1
        elif low == "to" and k >= 2 and tokens[k - 2].lower == "no" and tokens[k - 1].is_word:
            # Rule `no_noun_to_negates`: "has no reason to believe", "had no plans to announce"
            negated_at = k - 2
            k -= 2
        elif low == "to" and k >= 1 and _is_negator(tokens[k - 1].lower, negators):
            pass  # rule `not_to_infinitive_negates`: "instructions not to tell", "decided not to say"
        elif low == "to" and k >= 1 and tokens[k - 1].is_word and not tokens[k - 1].is_capitalised:
            k -= 1  # "was not able to confirm", "went on to say"
        elif not (low in AUXILIARIES or low in leads or (low.endswith("ly") and low.isalpha())):
            break
        k -= 1
    if negated_at is None:
        return Polarity(False, cue_text)
    first = negated_at
    while first - 1 > k and tokens[first - 1].lower in AUXILIARIES:
        first -= 1  # the auxiliary carrying the negation: "did not", "was unable"
    shown = " ".join(view.text[tokens[first].start : frame.cue[1]].split())
    return Polarity(True, shown)


def _neither_subject(view: SentenceView, frame: Frame) -> bool:
    """Rule `neither_subject_negates`: "Neither Warren nor Clinton said the
    deal was done" denies the cue for each of them; the view shows the
    subject with the cue, as written ("Neither Warren nor Clinton said")."""
    if frame.source is None or frame.cue_token <= 0:
        return False
    words = [t for t in view.tokens[: frame.cue_token] if t.is_word]
    if not words or words[0].lower != "neither" or frame.source[1] > frame.cue[0]:
        return False
    nor = next((k for k, t in enumerate(words) if t.lower == "nor"), None)
    if nor is None or words[0].start > frame.source[0]:
        return False
    # the subject runs from "Neither" to the cue: no verb of its own between ("Neither Kasich nor
    # Rubio has won a state and Cruz suggested" is Cruz's claim, not denied)
    between = [t for t in words[nor + 1 :] if t.start < frame.source[0]]
    after = [t for t in words if t.start >= frame.source[1]]
    return (
        len(between) <= 2
        and not any(t.lower in AUXILIARIES for t in between)
        and all(t.lower in AUXILIARIES or t.lower in _negations()[0] or t.lower.endswith("ly") for t in after)
    )


def content_after_lead(view: SentenceView, frame: Frame) -> int | None:
    """Rule `lead_verb_not_repeated`: when the cue is itself a negative lead
    ("declined to disclose", "refusing to allow") the view shows "declined
    to disclose" as the cue, so the content starts after it ("further
    details of the project", not "to disclose further details"). The offset
    where it starts, or None when nothing is to move."""
    tokens = view.tokens
    k = frame.cue_token
    if k < 0 or k + 3 >= len(tokens) or tokens[k].lower not in _negations()[1] or tokens[k + 1].lower != "to":
        return None
    first = min(s for s, _ in frame.content)
    if first != tokens[k + 1].start or not tokens[k + 3].is_word:
        return None
    return tokens[k + 3].start


REFUSAL_NOTES = frozenset(note.replace("_", " ") for note in grammar("refusal_notes"))


def bare_refusal_end(view: SentenceView, frame: Frame) -> int | None:
    """Rule `bare_refusal_shows_no_content` (junk-s27, reader round 70: "A
    University of Tennessee spokeswoman declined to comment." was shown as
    "declined to comment: to comment"): a refusal lead and its infinitive
    (negations.txt refusals: "declined to comment", "refused to
    endorse") with nothing after it, or only a note of the writer's own
    reporting (refusal_notes: "for this story", "further"), is a refusal
    with no content: the claim keeps its cue, shown whole, and its content
    is empty, at the end of the infinitive. The offset of that end, or None.
    Kept: "declined to comment on the arrest" (the content "on the arrest",
    rule `lead_verb_not_repeated`) and a clause-final refusal."""
    tokens = view.tokens
    k = frame.cue_token
    if k < 0 or frame.clause_final or len(frame.content) != 1 or k + 2 >= len(tokens) \
            or tokens[k].lower not in refusal_leads() or tokens[k + 1].lower != "to" or not tokens[k + 2].is_word:
        return None
    start, end = frame.content[0]
    if start != tokens[k + 1].start:
        return None
    rest = " ".join(view.text[tokens[k + 2].end : end].strip(" ,.;:()").lower().split())
    return tokens[k + 2].end if rest == "" or rest in REFUSAL_NOTES else None


class HedgeWord(NamedTuple):
    """A hedge word found, as the scope rules see it. `text` is the lower-cased
    text searched (the claim's own clause, or the words between source and
    cue); `before` its last LOOK_BACK_CHARS characters before the word, and
    `from_start` whether `before` reaches the start of `text`."""

    place: str  # "content" or "before_cue"
    text: str
    original: str  # `text` before lower-casing (content only; "" before the cue)
    start: int
    end: int
    before: str
    from_start: bool
    backshifted: bool = False  # the cue is past tense
    asking: bool = False  # the cue asks a question ("asked", "wondered", "explained")
    after_question_word: bool = False  # the source follows "whether", "which", ... (before the cue)
    permitting: bool = False  # the cue rules or orders ("ruled", "ordered")
    cut_at_if: bool = False  # `text` ends where an "if" clause opens (EMBEDDED_CLAUSE)

    @property
    def word(self) -> str:
        return self.text[self.start : self.end]


def _hedge_word(
    place: str,
    text: str,
    original: str,
    match: re.Match[str],
    backshifted: bool = False,
    asking: bool = False,
    after_question_word: bool = False,
    permitting: bool = False,
    cut_at_if: bool = False,
) -> HedgeWord:
    lo = max(0, match.start() - LOOK_BACK_CHARS)
    before = text[lo : match.start()]
    return HedgeWord(
        place, text, original, match.start(), match.end(), before, lo == 0, backshifted, asking, after_question_word,
        permitting, cut_at_if,
    )


def backshift_is_no_hedge(hit: HedgeWord) -> bool:
    """After a past-tense cue "would" is reported future ("told reporters that
    Berlin would sign"), not a hedge; could, may, might stay hedges."""
    return hit.place == "content" and hit.backshifted and BACKSHIFTED.fullmatch(hit.word) is not None


def could_not_is_no_hedge(hit: HedgeWord) -> bool:
    """"many patients could not reach the hospital", "could no longer afford"."""
    return hit.word == "could" and PAST_INABILITY.match(hit.text, hit.end) is not None


def hedge_in_a_relative_clause(hit: HedgeWord) -> bool:
    """A modal right after a relative pronoun tells what a thing or person can
    do ("materials that could produce bombs", "a man who may be armed"), not
    how sure the speaker is; so does a relative "that" with its own subject
    after an indefinite pronoun ("there was nothing more medically that they
    could do"; but "said that they could strike" is a reported clause)."""
    patterns = _scope_patterns()
    if hit.from_start and hit.before.strip() == "that":
        return False  # "fears that could leave out ...": the demonstrative subject (that_before_a_modal_is_the_subject)
    return hit.place == "content" and (
        patterns["relative"].search(hit.before) is not None
        or patterns["relative_with_subject"].search(hit.before) is not None
    )


def purpose_clause_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `purpose_clause_is_no_hedge` (session 11, QA round 37: "Marie
    Colvin died trying to get her shoes so she could escape a shelling
    attack, her paper reported" was hedged): a modal after "so", "so that"
    or "in order that" and a pronoun tells what the act was for, not how
    sure the source is. "so it could be years before ..." (a modal with no
    pronoun after "so" as a result: "so the plan may fail") stays a hedge."""
    return hit.place == "content" and hit.word in scope_words("purpose_modals") \
        and _scope_patterns()["purpose"].search(hit.before) is not None


WISH_CLAUSE = re.compile(r"\bthat\s+[^,.;:!?]*$")


def wished_modal_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `wished_modal_is_no_hedge` (QA round 43, 861 s20: "I call for an
    immediate halt to the violence ..., and that a political solution to the
    crisis may be reached" was hedged): "may" or "might" in a "that" clause
    of a wish or a call (hedge_scope.txt wish_leads: "call for", "hope",
    "pray") says what is wished for, not how sure the source is. A
    contrast or another speaker's verb between the wish and the "that"
    (hedge_scope.txt wish_breakers: "We hope for talks, but experts warn
    that the deal may fail") ends the wish, and "may" stays a hedge."""
    if hit.place != "content" or hit.word not in scope_words("wished_modals"):
        return False
    if WISH_CLAUSE.search(hit.before) is None:
        return False
    words = re.findall(r"[a-z']+", hit.before)
    leads = scope_words("wish_leads")
    lead = max((m for m, w in enumerate(words) if w in leads), default=None)
    if lead is None:
        return False
    breakers = scope_words("wish_breakers")
    return not any(w in breakers for w in words[lead + 1 :])


def object_relative_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `object_relative_is_no_hedge` (session 11, QA round 37: '"We felt we
    had to do something so there was a place that people could donate,"
    Colvin said' and a lawyer's denial about 'an e-mail that Doe #2 allegedly
    sent to his bosses' were hedged): a modal or "allegedly" inside a relative
    clause that describes a noun ("a|an|the NOUN that|which SUBJECT ...") tells
    what someone can do with the thing or characterises a third party's act;
    the claim itself is not in doubt. The subject is a pronoun, "people" or a
    name of one or two words (as written: capitalised). A noun that takes a
    "that" clause of its own ("the chance that they could win", "a sign that
    prices could fall", clause_nouns.txt and the object_relative_clause_heads
    of hedge_scope.txt) keeps the hedge, and so does a reported clause
    ("said that they could strike", no determiner and noun before "that"), and
    so does a hearer of a telling verb or a people noun before "that" ("he
    told the officer that he could have used ...")."""
    if hit.place != "content" or hit.word not in scope_words("object_relative_hedges"):
        return False
    match = _scope_patterns()["object_relative"].search(hit.before)
    if match is None:
        return False
    before, noun, subject = match.group(1), match.group(2), match.group(3)
    if noun in clause_nouns() or noun in scope_words("object_relative_clause_heads") \
            or noun in scope_words("complement_nouns") or is_people_noun(noun):
        return False  # "the chance that they could", "told the officer that he could have"
    if before is not None and (before,) in cue_forms():
        return False  # "told the court that it could pay": the hearer, then the reported clause
    if subject in scope_words("object_relative_subjects"):
        return True
    at = hit.start - len(hit.before) + match.start(3)  # the subject's offset in `text` and `original`
    return hit.original[at : at + 1].isupper()


def manner_clause_is_no_hedge(hit: HedgeWord) -> bool:
    """"In pain and despair, I started to defend myself as I could and got a
    strong blow ...", "as best we can.": a modal after "as" and a pronoun
    that ends its clause (the stop, a comma, "and", "to") tells how it was
    done, not how sure the speaker is. "as it could trigger a war" (a
    reason, the modal with its verb) stays a hedge."""
    if hit.place != "content" or _scope_patterns()["manner"].search(hit.before) is None:
        return False
    following = re.match(r"\s*([\w'\u2019]+|[^\w\s]|$)", hit.text[hit.end :])
    word = following.group(1) if following is not None else ""
    return word == "" or not word[0].isalnum() or word in scope_words("manner_clause_ends")


@cache
def _clause_words() -> frozenset[str]:
    """Verbs and clause openers: one of them between the determiner and the
    pronoun makes a clause of its own (rule contact_relative_is_no_hedge)."""
    return grammar("finite_verbs") | grammar("past_verbs") | grammar("relatives") | past_forms() \
        | (grammar("subordinators") - {"and", "or"})


def contact_relative_is_no_hedge(hit: HedgeWord) -> bool:
    """"Any speculation or reports you may read in the media ... are
    conjecture": a modal (could, may, might, would) after a noun phrase
    opened by a determiner and a subject pronoun with no "that" is a
    relative clause without its pronoun, inside the claim's subject; what
    the hearer may do, not how sure the speaker is. A verb among the words
    between ("the minister said they may ...") makes it a clause of its
    own, which stays hedged."""
    if hit.place != "content" or hit.word not in scope_words("embedded_question_modals"):
        return False
    found = _scope_patterns()["contact_relative"].search(hit.before)
    if found is None:
        return False
    words = found.group(1).split()
    if words[-1] in scope_words("contact_relative_time_heads"):
        return False  # "Every day we could lose more jobs": a time adverbial, then the subject
    before = [w.strip("\"'\u201c\u201d\u2018\u2019(").lower() for w in hit.before[: found.start()].split()]
    if before and before[-1] in grammar("prepositions") and (len(before) == 1 or not before[-2][-1:].isalnum()):
        return False  # '"In the end we might lose the vote"': a fronted prepositional phrase, no relative
    verbs = _clause_words()
    return not any(
        w in verbs or w.endswith("ed")
        # a cue form is a noun only right after the determiner or "or"/"and" ("any speculation or reports")
        or ((w,) in cue_forms() and k > 0 and words[k - 1] not in ("or", "and"))
        for k, w in enumerate(words)
    )


def hedge_in_a_noun_complement(hit: HedgeWord) -> bool:
    """"a campaign of allegations on the possibility that Syria could use
    chemical weapons", "stunned by the report that the driver may have been
    speaking", "as fears rose that youths could launch reprisals": the modal
    belongs to a possibility someone else raised, named by a noun; the
    speaker's statement is firm; one adjective may stand after "the" (issue
    9, CNN-Corpus dev 184 s7: "the indelible fear that friends and family
    could have been killed" hedged the defense motion's claim). An indefinite "there is a possibility that
    ..." and "could not rule out the possibility that ..." stay hedges, and so
    does a modal after "the prospect of <noun>", whose subject it is."""
    if hit.place != "content":
        return False
    found = _scope_patterns()["noun_complement"].search(hit.before)
    return found is not None and not RULED_OUT_BEFORE.search(hit.before, 0, found.start())


def hedge_in_an_embedded_question(hit: HedgeWord) -> bool:
    """"asked where he could buy two camels", "explaining why officials in
    Iowa might feel free", "what one might see", "beyond what could have been
    accomplished": a modal in a wh-clause asks or names a possibility. Only a
    short subject may stand between the wh-word and the modal (at most two
    words after "when", which also opens time clauses: "said that when it
    fails it could ..."), and no verb ("said what happened could affect the
    talks" is hedged). A wh-clause that opens the content, or follows "that"
    or a comma, is the claim's subject unless the cue asks: "Analysts say what
    voters want could shape the race" is hedged."""
    if hit.place != "content" or hit.word not in scope_words("embedded_question_modals"):
        return False
    wh = _scope_patterns()["wh"].search(hit.before)
    if wh is None:
        return False
    between = wh.group(2).split()
    if (wh.group(1) == "when" and len(between) > 2) or _has_a_verb(between):
        return False
    return not _wh_clause_is_the_claims_subject(hit, wh.start())


def comparative_likelihood_is_no_hedge(hit: HedgeWord) -> bool:
    """"women who took a multivitamin were less likely to die from heart
    disease than women who didn't" states a measured difference, and so does
    a measured share in brackets after it: "parents say they are more likely
    to turn to toys or activities (88%), books (79%) ...". "A strike is now
    less likely" (no "than"), "more likely than not" and "most likely" stay
    hedges."""
    return (
        hit.place == "content"
        and hit.word in ("likely", "unlikely")
        and _scope_patterns()["comparative"].search(hit.before) is not None
        and (THAN_AFTER.match(hit.text, hit.end) is not None or SHARE_AFTER.match(hit.text, hit.end) is not None)
    )


def unlikely_description_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `unlikely_description_is_no_hedge` (QA round 47, 541 s27: 'Lee
    said she encouraged the "unlikely" ambassador' was hedged): "unlikely"
    between a determiner and its noun ("an unlikely hero", "the unlikely
    ambassador") calls someone or something a surprise, and that they are
    what they are is stated, not doubted. "The plan is unlikely to pass",
    "it is unlikely that ..." and "the likely winner" (a probable one, not a
    surprising one) stay hedges, and so does "the unlikely event of a
    default" (review s16: a possibility noun, hedge_scope.txt
    possibility_nouns: the claim hangs on what it doubts)."""
    return (
        hit.place == "content"
        and hit.word == "unlikely"
        and DETERMINER_BEFORE.search(hit.before) is not None
        and (noun := NOUN_AFTER.match(hit.text, hit.end)) is not None
        and noun.group(1) not in scope_words("possibility_nouns")
    )


DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|this|that|his|her|its|their|our|my|your)\s+[\"\u201c']?$")
NOUN_AFTER = re.compile(r"[\"\u201d']?\s+(?!to\b|that\b)([a-z]\w*)")  # not "unlikely to pass"


def alleged_charge_is_no_hedge(hit: HedgeWord) -> bool:
    """"arrested for allegedly running a brothel network": "allegedly" names
    the charge; the arrest is a fact. "The defendants allegedly operated the
    network" stays hedged."""
    return hit.word == "allegedly" and _scope_patterns()["charge"].search(hit.before) is not None


def capitalised_may_is_no_modal(hit: HedgeWord) -> bool:
    """"May" written with a capital after a word and before a lower-case word
    or a number is the month or a name ("announced last May", "on May 18",
    "Theresa May could"); a title-case headline ("Voters May Have Won Cruz
    the Caucus") keeps its hedge. A clause that opens with "May" and a finite
    verb ("announced [last] May it had started working") is the month too: the
    modal opens a sentence only with a bare verb ("May God help us")."""
    if hit.word != "may" or hit.original[hit.start : hit.start + 1] != "M":
        return False
    lo = hit.start - len(hit.before)
    after_a_word = MAY_AFTER_A_WORD.search(hit.original, lo, hit.start) is not None
    return (after_a_word and MAY_NOT_IN_TITLE_CASE.match(hit.original, hit.start) is not None) or (
        MAY_THEN_FINITE_VERB.match(hit.original, hit.start) is not None
    )


def concessive_hedge_is_no_hedge(hit: HedgeWord) -> bool:
    """"while heart disease may be the No. 1 killer around the world, cancer
    clocks in just behind it": the modal concedes a point in a clause that
    opens the content; the claim is the main clause after the comma ("the
    strike may come, while talks go on" is hedged)."""
    return (
        hit.place == "content"
        and hit.from_start
        and _scope_patterns()["concessive"].search(hit.before) is not None
        and MAIN_CLAUSE_AFTER.match(hit.text, hit.end) is not None
    )


def counterfactual_is_no_hedge(hit: HedgeWord) -> bool:
    """"without the quick response, this tragedy could have been much worse":
    what might have happened but did not; the speaker is sure of what did."""
    return hit.word == "could" and COUNTERFACTUAL_AFTER.match(hit.text, hit.end) is not None


# "could have" and a participle (not "been": "could have been more widespread" doubts; not a
# determiner: "could have a bigger impact" is a guess), then a comparison in the same clause, not
# one with what was thought ("more people than reported"): used with .match(text, pos)
COULD_HAVE_DONE_MORE = (
    r"\s+have\s+(?!(?:been|a|an|the|no|some|any)\b)[a-z]+\b(?:\s+{word}){{0,5}}?\s+{comparatives}\b"
    r"(?![^,;:.!?]*\bthan\s+(?:thought|reported|known|believed|expected)\b)"
)


@cache
def _could_have_done_more() -> re.Pattern[str]:
    return re.compile(COULD_HAVE_DONE_MORE.format(
        word=LOOSE_WORD, comparatives=alternation(scope_words("counterfactual_comparatives"))))


def could_have_done_more_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `could_have_done_more_is_no_hedge` (session 19, QA round 53, 696
    s15: "According to its version of events, the crew members could have
    carried out a far more effective rescue operation" was shown hedged):
    "could have" and a participle with a comparison after it ("could have
    done more", "could have answered the question better") measures what was
    done against what was possible: a reproach about a known past, not a
    doubt. "The crew could have carried out the attack" (a guess at the
    past), "could have been more widespread" and "may have done more" stay
    hedges."""
    return hit.place == "content" and hit.word == "could" \
        and _could_have_done_more().match(hit.text, hit.end) is not None


# the verbs of establishing or telling before "only": "could prove only that", "could confirm only"
COULD_ESTABLISH_ONLY = r"\s+(?:{verbs})\s+(?:{limits})\b"  # used with .match(text, pos)


@cache
def _could_establish_only() -> re.Pattern[str]:
    return re.compile(COULD_ESTABLISH_ONLY.format(
        verbs=alternation(scope_words("establishing_verbs")), limits=alternation(grammar("limiting_words"))))


def could_establish_only_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `could_establish_only_is_no_hedge` (session 19, QA round 53, 934
    s17: "The electoral tribunal said the coalition could prove only that PRI
    officials gave the cards to supporters" was shown hedged): "could" and a
    verb of proving, finding or telling, then "only", tells how little
    someone was able to establish (past ability, as `would_say_only_is_no_hedge`
    tells how little was said); the limit is the claim, and it is firm. "The
    coalition could prove that ..." (no limit) and "prices could rise only
    slightly" (no verb of establishing) stay hedges."""
    return hit.place == "content" and hit.word == "could" \
        and _could_establish_only().match(hit.text, hit.end) is not None


def nested_backshift_is_no_hedge(hit: HedgeWord) -> bool:
    """"according to RIA Novosti, the foreign ministry warned that it would not
    tolerate blackmail": "would" a few words after a past-tense reporting verb
    inside the content is reported future, as after a past-tense cue. After a
    belief verb ("he thought the plan would fail") it keeps its doubt, and so
    after a participle that modifies a noun or follows a determiner,
    possessive or preposition ("the proposed law would ban", "the announced
    cuts would", "everyone who is exposed to head trauma would"): the verb
    must have "that" or a subject after it ("warned (that) it would")."""
    if hit.place != "content" or hit.word not in ("would", "'d"):
        return False
    words = hit.before.split()[-(NESTED_CUE_MAX_WORDS + 3) :]
    closers = _determiners_and_prepositions()
    for k, candidate in enumerate(words):
        if k == 0 and len(words) == NESTED_CUE_MAX_WORDS + 3:
            continue  # only there to show what comes before the first candidate
        after = [w for w in words[k + 1 :] if w != "that"]
        if len(after) > NESTED_CUE_MAX_WORDS or not _past_reporting_verb(candidate):
            continue
        previous = words[k - 1] if k > 0 else ""
        if previous in closers or previous.endswith(("'s", "\u2019s")) or words[k + 1 : k + 2] == ["to"]:
            continue
        return True
    return False


def free_choice_ability_is_no_hedge(hit: HedgeWord) -> bool:
    """Session 14 (web test s13b): "a senior prison official said 'anyone with
    sufficient determination to escape' from Cayman's prison could do so",
    "the kind of place anyone could just walk into": "could" whose subject is
    a free-choice "anyone" (hedge_scope.txt free_choice_subjects) before a
    verb of doing tells what anyone is able to do, not how sure the speaker
    is. Kept hedged: a state or a harm after the modal ("anyone could be
    infected", "anyone could have seen it": hedge_scope.txt
    modal_states), and "anyone" that is not the modal's subject ("told
    anyone who asked that the plan could fail")."""
    if hit.place != "content" or hit.word != "could":
        return False
    clause = re.split(r"[,;:]", hit.before)[-1]
    words = [w.strip("'\u2019") for w in re.findall(LOOSE_WORD, clause)]  # "'anyone ...'": quoted words
    subjects = [k for k, w in enumerate(words) if w in scope_words("free_choice_subjects")]
    if not subjects or len(words) - subjects[-1] > FREE_CHOICE_SUBJECT_MAX_WORDS:
        return False
    between = words[subjects[-1] + 1 :]
    if any(w in scope_words("free_choice_breaks") for w in between):
        return False
    after = re.findall(LOOSE_WORD, hit.text[hit.end :])
    while after and after[0] in scope_words("free_choice_adverbs"):
        after = after[1:]
    return bool(after) and after[0] not in scope_words("modal_states")


FREE_CHOICE_SUBJECT_MAX_WORDS = 10  # "anyone with sufficient determination to escape from Cayman's prison"


def frame_in_a_question_is_no_hedge(hit: HedgeWord) -> bool:
    """A source and cue inside an embedded question or a relative clause ("the
    case examined whether the federal government can deny benefits", "pressed
    on whether the administration would agree to demands", "problems in which
    we can know right answers") ask or describe; the modal before the cue is
    the question's. "Some might say it's irresponsible" stays hedged."""
    return hit.place == "before_cue" and hit.after_question_word


def negated_modal_is_no_hedge(hit: HedgeWord) -> bool:
    """"the British Embassy would not confirm his identity", "could not say",
    "wouldn't comment" refuse or deny (the negation shows in the cue); "may
    not have known" stays a hedge. ("can't" and "cannot" are one token, no
    modal of their own.)"""
    if hit.place != "before_cue":
        return False
    following = hit.text[hit.end :].split()[:1]
    return hit.word in scope_words("negatable_modals") and bool(following) and _is_negator(
        following[0], _negations()[0]
    )


def volitional_would_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `volitional_would_is_no_hedge` (QA round 42, 751 s16: '"As your
    daughter, I would want nothing more than to make you happy," she writes'
    went under "Hedged or unconfirmed"): "would" right after the speaker's
    own "I" or "we" and before a verb of wishing ("want", "like", "love",
    "rather"; one adverb may stand between) states the wish politely, with
    no doubt in it. "Investors would want higher returns" guesses someone
    else's wish and "I would win" guesses an outcome: both stay hedges."""
    patterns = _scope_patterns()
    return hit.place == "content" and hit.word == "would" \
        and patterns["volition_subject"].search(hit.before) is not None \
        and patterns["volition_verb"].match(hit.text, hit.end) is not None


# the aside's closing comma, then more words of the clause it interrupts (used with .match(text, pos))
ASIDE_CLOSED = re.compile(r"[^,;:.!?()\u2014\u2013]*,\s*\w")


def hedge_in_a_relative_aside(hit: HedgeWord) -> bool:
    """Rule `hedge_in_a_relative_aside` (QA round 42, 431 s17: 'Johnson ...
    said the success of "Gilligan's Island, which he never expected to last
    more than the initial order of 13 episodes, was the result of the "great
    chemistry" of the cast' was hedged by "expected to"): a hedge word inside
    a relative clause set off by commas (", which ...,", ", who ...,")
    describes the noun before it; the claim is the clause the aside
    interrupts, which goes on after the closing comma. An aside that runs to
    the end of the content ("the cuts hit the city, which could lose 500
    jobs", a quotation's last comma: '"..., which is probably a wise choice,"')
    is the last thing said and keeps the hedge, and so does a hedge after the
    aside ("the plan, which was new, may fail")."""
    return hit.place == "content" and _scope_patterns()["relative_aside"].search(hit.before) is not None \
        and ASIDE_CLOSED.match(hit.text, hit.end) is not None


def perfect_expected_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `perfect_expected_is_no_hedge` (CNN-Corpus dev 222 s23: "The
    prosecution alleged Watson had expected to gain about $210,000 in
    insurance" was hedged): "expected to" right after "had", "has" or "have"
    is the subject's own expectation, told as a fact of the claim (the
    motive alleged), not the speaker's forecast. "is expected to open", "are
    expected to" and a bare "he expected to sell" stay hedges."""
    return hit.place == "content" and hit.word.startswith("expected") \
        and PERFECT_BEFORE.search(hit.before) is not None


PERFECT_BEFORE = re.compile(r"\b(?:had|has|have)\s+$")


def option_modal_in_a_relative_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `option_modal_in_a_relative_is_no_hedge` (QA round 45, 458 s1:
    '"... regarding the next steps, which he may wish to take," Allred said'
    was hedged): "may" or "might" right after a relative ("which", "who",
    "whom") and its own pronoun subject, before a verb of choosing and "to"
    ("wish to", "want to", "choose to"), names the options a thing is; it is
    no doubt of the speaker's. "He may wish to take the next steps" (a guess
    at a wish) and "which could lose 500 jobs" stay hedges."""
    patterns = _scope_patterns()
    return hit.place == "content" and hit.word in scope_words("option_modals") \
        and patterns["option_relative"].search(hit.before) is not None \
        and patterns["option_verb"].match(hit.text, hit.end) is not None


def permission_in_a_ruling_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `permission_in_a_ruling_is_no_hedge` (QA round 45, 904 s4: "The
    athlete may also now drink alcohol and return home to the scene of the
    crime, he ruled." was hedged): after a cue that rules or orders, "may",
    "can" or "could" right after a person (a pronoun, a person's noun, a
    name) grants them leave; the ruling is firm. Before "have" ("ruled that
    the evidence may have been tainted"), after a thing ("ruled that Ohio's
    practices could remove eligible voters") and after "said" ("the judge
    said he may travel") the modal still doubts."""
    if not (hit.place == "content" and hit.permitting and hit.word in scope_words("permission_modals")) \
            or _scope_patterns()["permission_perfect"].match(hit.text, hit.end) is not None:
        return False
    # leave is granted to someone: a pronoun, a person's noun or a name right before the modal
    # ("he may travel", "The athlete may also now drink", "Pistorius may"); "Ohio's practices
    # could remove eligible voters" is what a thing may do, a doubt
    subject = PERMITTED_SUBJECT.search(hit.before)
    if subject is None:
        return False
    word = subject.group(1)
    at = hit.start - len(hit.before) + subject.start(1)
    # a person described by what they do counts as much as one by a role: "The athlete may also
    # now drink alcohol" (source_nouns.txt described; QA round 45/46, 904 s4)
    return word in scope_words("option_subjects") or is_people_noun(word) or word in DESCRIBED_PEOPLE \
        or hit.original[at : at + 1].isupper()


DESCRIBED_PEOPLE = noun_sets("source_nouns")["described"]
PERMITTED_SUBJECT = re.compile(r"([a-z][\w'\u2019-]*)\s+(?:[a-z]+ly\s+)?$")


def permitting_cue(frame: Frame) -> bool:
    """The cue rules or orders (hedge_scope.txt permission_cues): its "may"
    grants leave (rule `permission_in_a_ruling_is_no_hedge`)."""
    return frame.entry.lemma in scope_words("permission_cues")


MAX_WORDS_FROM_ENDING_TO_RULE = 3  # "ended that rule", "lifted its long-standing ban"


def permission_announced_after_a_rule_ended(view: SentenceView, frame: Frame) -> bool:
    """Rule `permission_announced_after_a_rule_ended` (wrongs2-s22, QA round
    62, 569 s13: "the USPS ended that rule in 2011 and announced that even
    living people could be featured" was hedged): an announcing cue
    (hedge_scope.txt announcing_cues) after a verb of ending a rule and a
    rule noun in the same sentence ("ended that rule", "lifted the ban")
    grants leave, as a ruling does: the cue counts as permitting, so a
    "could" or "may" right after a person is permission (rule
    `permission_in_a_ruling_is_no_hedge`). Kept hedged: no rule ended ("ended
    the program and announced that people could be hurt"), a thing's
    "could" ("lifted the ban and announced that prices could rise")."""
    if frame.entry.lemma not in scope_words("announcing_cues"):
        return False
    words = [t.lower for t in view.tokens if t.is_word and t.end <= frame.cue[0]]
    endings, nouns = scope_words("rule_ending_verbs"), scope_words("rule_nouns")
    return any(word in endings and any(w in nouns for w in words[k + 1 : k + 2 + MAX_WORDS_FROM_ENDING_TO_RULE])
               for k, word in enumerate(words))


HedgeScopeRule = Callable[[HedgeWord], bool]
# The named rules that put a hedge word outside the claim's own assertion, in
# the order they are tried; tests/test_claims_hedge_s7b.py checks that each
# name has a test sentence.
REASON_CLAUSE_BEFORE = re.compile(r"\b(?:because|since)\b[^,;:.!?\u2014\u2013]*$")


def stated_uncertainty_in_a_reason_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `stated_uncertainty_in_a_reason_is_no_hedge` (session 18,
    fivethirtyeight: 'There's "less drive to pick a winner since it's so
    unclear this year who the winner actually will be," said Pat Rynard'
    was hedged): an uncertainty stated outright (hedge_scope.txt
    reason_uncertainties: "unclear") inside a "because" or "since" clause is
    the reason the source gives, stated as a fact about the world; the
    claim of the main clause is not in doubt. So does an evidential
    (hedges2-s20: "hid the documents because they appeared to contradict
    her official pledge": how things looked, told as the reason). "It is
    unclear whether the bill will pass" (the claim itself) and a modal in
    the reason ("since the vote could slip") stay hedges."""
    return hit.place == "content" and "_".join(hit.word.split()) in _reason_uncertainties() \
        and REASON_CLAUSE_BEFORE.search(hit.before) is not None


@cache
def _reason_uncertainties() -> frozenset[str]:
    """The hedge words that rule `stated_uncertainty_in_a_reason_is_no_hedge`
    reads as a reason's fact: hedge_scope.txt reason_uncertainties and the
    evidentials (one list of "appears to" ..., read by two rules)."""
    return scope_words("reason_uncertainties") | scope_words("evidentials")


NARRATIVE_OPENING = re.compile(r"^[\s\"'\u201c\u2018]*(?:it|he|she|they|we|i|this)\s+([a-z]+)\b[^.!?;]*$")


def past_narrative_would_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `past_narrative_would_is_no_hedge` (session 18, CNN dev 618 s28:
    '"It revealed the community inside -- that no matter the challenges,
    they would find some intelligent way to solve it," says Tan' was
    hedged): a content that opens with a pronoun and a past reporting verb
    (cues.txt, not a belief) tells the past, and a "would" later in that
    sentence is its future in the past or its habit ("they would find a
    way"), as after a past-tense cue, however far from the verb. "It shows
    that they would find a way" (present) and "They thought they would
    win" (a belief) stay hedges."""
    if hit.place != "content" or hit.word not in ("would", "'d") or not hit.from_start:
        return False
    match = NARRATIVE_OPENING.match(hit.before)
    return match is not None and _past_reporting_verb(match.group(1))


# session 20 (hedges-s20): rules whose sets live in hedge_scope.txt; tests in tests/test_hedges_s20.py
LICENCE_WINDOW_WORDS = 12  # "a move that ensured same-sex spouses legally married in a state may receive"


@cache
def _entitlement_after() -> re.Pattern[str]:
    """After "may": adverbs (a licence adverb captured in group 1), then an
    entitlement verb; used with .match(text, pos)."""
    licence = alternation(scope_words("entitlement_licence_adverbs"), spaced=True)
    adverbs = alternation(scope_words("entitlement_adverbs"), spaced=True)
    return re.compile(rf"\s+(?:(?:({licence})|{adverbs})\s+)*{alternation(scope_words('entitlement_verbs'))}\b")


def entitlement_may_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `entitlement_may_is_no_hedge` (session 20, QA round 54, 633 s19
    and 661 s3: "a move that ensured same-sex spouses legally married in a
    state may receive federal benefits" was hedged): "may" before a verb of
    getting, using or doing what one is entitled to (hedge_scope.txt
    entitlement_verbs: "receive", "apply", "marry") grants leave when the
    clause names the licence: "now" or "no longer" after the modal ("couples
    may now marry") or a licence word (a law, a ruling, "allowed",
    "ensured", "legally") in the 12 words before it. That is permission, not
    the speaker's doubt. A licence word after a time relation (claim_grammar.txt
    time_relations: "after the court ruled against him, his client may
    appeal", "following Monday's ruling") is an earlier event, no licence,
    and keeps the hedge (review s20 B). "Patients may receive the wrong dose" (no licence),
    "under the law prices may rise" (no entitlement verb) and "might" stay
    hedges."""
    if hit.place != "content" or hit.word != "may":
        return False
    after = _entitlement_after().match(hit.text, hit.end)
    if after is None:
        return False
    if after.group(1) is not None:
        return True
    words = re.findall(LOOSE_WORD, hit.before)[-LICENCE_WINDOW_WORDS:]
    for word in words:
        if word in grammar("time_relations"):
            return False  # "after the court ruled", "following Monday's ruling": an event, no licence
        if word in scope_words("licence_words"):
            return True
    return False


# where a subject word starts: not inside another word nor after a contraction's apostrophe; a
# quotation mark before it is fine ("''I could see his love"); the start of the two subject patterns
WORD_START = r"(?<![\w-])(?<!\w['\u2019])"
# a personal subject word before "could"
PERSONAL_SUBJECT_BEFORE = WORD_START + r"{subjects}\s+(?:{adverbs}\s+){{0,2}}$"


@cache
def _perception_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the subject before "could", the verb and what it perceives after it)."""
    subject = re.compile(PERSONAL_SUBJECT_BEFORE.format(
        subjects=alternation(scope_words("perception_subjects")),
        adverbs=alternation(scope_words("perception_adverbs"))))
    after = re.compile(
        rf"\s+(?:{alternation(scope_words('perception_adverbs'))}\s+){{0,2}}"
        rf"{alternation(scope_words('perception_verbs'))}\s+"
        rf"(?:({alternation(scope_words('perception_clause_openers'))})|{alternation(scope_words('perception_possessives'))})"
        rf"\s+({LOOSE_WORD})((?:\s+{LOOSE_WORD}){{0,3}})"
    )
    return subject, after


@cache
def _perceiving_only() -> re.Pattern[str]:
    """After "could": a verb that only perceives, and up to four words after
    it; used with .match(text, pos)."""
    return re.compile(
        rf"\s+(?:{alternation(scope_words('perception_adverbs'))}\s+){{0,2}}"
        rf"{alternation(scope_words('perception_only_verbs'))}\b((?:\W+{LOOSE_WORD}){{0,4}})"
    )


def _names_a_scene(words: list[str]) -> bool:
    """An -ing form among the words after the verb: "I could see his campaign
    collapsing" imagines a scene (a guess), it perceives nothing; "something"
    and "during" are no -ing forms."""
    return any(w.endswith("ing") and not w.endswith("thing") and w != "during" for w in words)


@cache
def _perceived_clause_subjects() -> frozenset[str]:
    """Words that open the subject of a clause after "could see that":
    claim_grammar.txt determiners and subject_pronouns, and hedge_scope.txt
    perception_clause_subjects ("you", "there", "some", "many")."""
    return grammar("determiners") | grammar("subject_pronouns") | scope_words("perception_clause_subjects")


def _possessed_thing_ends(words: list[str]) -> bool:
    """After "could see his love": the possessed thing ends the clause or
    goes on with a preposition or a conjunction ("his love and compassion
    as he spoke"). Any other word may be a bare verb: "they could see their
    bills rise" is "see" = undergo, a prediction (review s20 B)."""
    return not words or words[0] in PREPOSITIONS or words[0] in scope_words("perception_thing_ends")


CLAUSE_END = re.compile(r"[,;:.!?]")


def _words_to_punctuation(text: str) -> list[str]:
    """The words of `text` up to its first punctuation mark."""
    end = CLAUSE_END.search(text)
    return re.findall(LOOSE_WORD, text[: end.start() if end else len(text)])


def _clause_holds_a_modal(clause: str) -> bool:
    """A modal in the perceived clause ("she could see how the economy might
    recover") makes it a guess, not a perception (review s20 B)."""
    return any(w in MODALS for w in _words_to_punctuation(clause))


def perception_could_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `perception_could_is_no_hedge` (session 20, QA round 54: '"I
    could see his love and compassion as he spoke," Abedini wrote', "he
    could see that Butts was black"): "could" between a personal pronoun and
    a verb of perceiving (hedge_scope.txt perception_verbs), before a clause
    ("that he was", "how it works") or a possessed thing ("his love"), or a
    verb that only perceives (perception_only_verbs: "We could observe the
    changes"), tells
    what someone was able to perceive: an ability, not a doubt. Kept
    hedged: "the UK could see similar rates" (no pronoun), "we could see
    higher taxes" (no clause or possessed thing), "I could see his campaign
    collapsing" (an -ing form: a scene imagined) and "we could see that
    happen" ("that" before a verb)."""
    if hit.place != "content" or hit.word != "could":
        return False
    subject, after = _perception_patterns()
    if subject.search(hit.before) is None:
        return False
    only = _perceiving_only().match(hit.text, hit.end)
    if only is not None:
        return not _names_a_scene(re.findall(LOOSE_WORD, only.group(1)))
    found = after.match(hit.text, hit.end)
    if found is None or _names_a_scene([found.group(2), *found.group(3).split()]):
        return False
    if found.group(1) is None:
        return _possessed_thing_ends(found.group(3).split())
    if _clause_holds_a_modal(hit.text[found.end(1) :]):
        return False
    if found.group(1) != "that":
        return True
    if found.group(2) in _perceived_clause_subjects():
        return True
    at = found.start(2)  # a name as written: "could see that Butts was black"
    return hit.original[at : at + 1].isupper()


def could_barely_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `could_barely_is_no_hedge` (session 20, QA round 54: 'her right
    foot was "so swollen I could barely get my shoe on,"' was hedged):
    "could barely", "could hardly", "could scarcely" state a near-inability,
    as "could not" states one (could_not_is_no_hedge). "The plan could
    easily fail" stays a hedge."""
    return hit.place == "content" and hit.word == "could" \
        and _near_inability().match(hit.text, hit.end) is not None


@cache
def _near_inability() -> re.Pattern[str]:
    return re.compile(rf"\s+{alternation(scope_words('near_inability_adverbs'))}\b")


NEGATIVE_SUBJECT_BEFORE = re.compile(WORD_START + rf"(?:no\s+({LOOSE_WORD})|(no\s+one|nor|[a-z]+))\s+$")


def _clause_sets_a_condition(hit: HedgeWord) -> bool:
    """An "if" or "unless" (claim_grammar.txt condition_leads) after the
    hedge word, before the next punctuation: "nothing could stop the index
    from rising if rates fall" is a conditional forecast, still the
    speaker's guess (review s20 B). An "if" ends hit.text (is_hedged cuts
    the clause there)."""
    rest = hit.text[hit.end :]
    if hit.cut_at_if and CLAUSE_END.search(rest) is None:
        return True
    return any(w in CONDITION_OPENERS for w in _words_to_punctuation(rest))


def negative_subject_could_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `negative_subject_could_is_no_hedge` (session 20: "a barrier no
    candidate could scale", "nothing could change his mind", "nor could any
    money change hands" were hedged): "could" right after a negative subject
    (hedge_scope.txt negative_subjects, "no one", or "no" and a people noun)
    or in "nor could" says what nobody was or is able to do, an
    impossibility, as "could not" says it. "There is no question Obama could
    name someone" ("no" and a noun that is no person), "the plan could
    fail" and a condition after it ("nothing could stop the index from
    rising if rates fall": a conditional forecast) stay hedges."""
    if hit.place != "content" or hit.word != "could":
        return False
    found = NEGATIVE_SUBJECT_BEFORE.search(hit.before)
    if found is None or _clause_sets_a_condition(hit):
        return False
    if found.group(1) is not None:
        return is_people_noun(found.group(1))
    word = " ".join(found.group(2).split())
    return word in ("no one", "nor") or word in scope_words("negative_subjects")


# session 20, round 2 (hedges2-s20): sets in hedge_scope.txt; tests in tests/test_hedges2_s20.py
@cache
def _ruling_permission_after() -> re.Pattern[str]:
    """After "could": adverbs, then a verb of doing what one is let do
    ("could also proceed", "could hire"); used with .match(text, pos)."""
    return re.compile(
        rf"\s+(?:{alternation(scope_words('ruling_permission_adverbs'))}\s+){{0,2}}"
        rf"{alternation(scope_words('ruling_permission_verbs'), spaced=True)}\b"
    )


@cache
def _ruling_before() -> re.Pattern[str]:
    """Before "could": a ruling authority, a past verb of ruling, "that" and
    the subject of one to three words ("the judge said Kerri Kasem "); used
    with .search."""
    return re.compile(
        rf"\b{alternation(scope_words('ruling_authorities'))}\s+(?:{alternation(scope_words('ruling_verb_adverbs'))}\s+)?"
        rf"{alternation(scope_words('ruling_verbs'))}\s+(?:that\s+)?(?:{LOOSE_WORD}\s+){{1,3}}$"
    )


def permission_could_after_a_ruling_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `permission_could_after_a_ruling_is_no_hedge` (QA round 55, 445
    s4: "the judge said Kerri Kasem could hire an unarmed private
    investigator"; QA round 56, 427 s14: "The Supreme Court also ruled that
    it could proceed with considering the constitutionality of the tax" were
    hedged): a past "could" that reports what a ruling allowed, before a
    verb of doing what one is let do (hedge_scope.txt
    ruling_permission_verbs), is permission; the ruling is firm. The ruling
    is the cue ("ruled", "ordered") or, inside the content, a ruling
    authority and a past verb of ruling ("the judge said"). Kept hedged:
    "Officials said the storm could hit Friday" (no ruling), "the judge said
    Smith could face life in prison" (no verb of leave) and "could have"."""
    if hit.place != "content" or hit.word != "could" \
            or _scope_patterns()["permission_perfect"].match(hit.text, hit.end) is not None \
            or _ruling_permission_after().match(hit.text, hit.end) is None:
        return False
    return hit.permitting or _ruling_before().search(hit.before) is not None


@cache
def _noun_phrase_subject_in_a_wh_clause() -> re.Pattern[str]:
    """Before a modal: a wh-word (group 1) and a noun phrase (group 2): a
    determiner, one to three words, and at most one preposition with its own
    determiner and one to three words; used with .search."""
    determiner = alternation(grammar("determiners"))
    return re.compile(
        rf"\b({alternation(scope_words('long_subject_wh_words'))})\s+"
        rf"({determiner}\s+(?:{LOOSE_WORD}\s+){{1,3}}?"
        rf"(?:{alternation(grammar('prepositions'))}\s+(?:{determiner}\s+)?(?:{LOOSE_WORD}\s+){{1,3}}?)?)$"
    )


def _wh_clause_is_the_claims_subject(hit: HedgeWord, wh_start: int) -> bool:
    """A wh-clause that opens the content, or follows "that" or a comma, is
    the claim's subject ("Analysts say what voters want could shape the
    race"), unless the cue asks or a question mark follows the hedge: the
    reading of hedge_in_an_embedded_question."""
    lead = hit.before[:wh_start]
    opens_a_clause = (hit.from_start and not lead.strip(" \t\n\"'\u201c\u2018")) or re.search(
        r"(?:\bthat|,)\s*$", lead
    ) is not None
    question = QUESTION_AFTER.match(hit.text[hit.end : hit.end + LOOK_BACK_CHARS]) is not None
    return opens_a_clause and not (hit.asking or question)


def _has_a_verb(words: list[str]) -> bool:
    """A verb of a wh-clause among `words` (hedge_scope.txt wh_clause_verbs,
    or a word in -ed): the wh-clause has its own predicate before the hedge."""
    return any(w in scope_words("wh_clause_verbs") or w.endswith("ed") for w in words)


def embedded_question_with_a_noun_phrase_subject_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `embedded_question_with_a_noun_phrase_subject_is_no_hedge` (QA
    round 56, 947 s22: '"We don't have any idea standing here today what the
    outcome of such discussions could be," ... Clinton said' was hedged): a
    modal in a wh-clause whose subject is a noun phrase longer than the
    three words hedge_in_an_embedded_question reads ("what the outcome of
    such discussions could be") asks, as that rule's do. The noun phrase
    opens with a determiner and holds no verb; a wh-clause that opens the
    claim is its subject ("What the outcome of the talks could be is
    anyone's guess" stays as hedge_in_an_embedded_question reads it)."""
    if hit.place != "content" or hit.word not in scope_words("embedded_question_modals"):
        return False
    found = _noun_phrase_subject_in_a_wh_clause().search(hit.before)
    if found is None or _has_a_verb(found.group(2).split()):
        return False
    return not _wh_clause_is_the_claims_subject(hit, found.start())


@cache
def _evidential_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a wh-word of evidential_wh_words and up to three words, "what" after a
    concessive preposition), each searched before an evidential."""
    wh = _wh_word_and_short_subject(scope_words("evidential_wh_words"))
    concessive = CONCESSIVE_PREPOSITIONS | scope_words("concessive_prepositions")
    conceded = re.compile(rf"\b{alternation(concessive, spaced=True)}\s+what\s+$")
    return wh, conceded


def evidential_in_an_embedded_question_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `evidential_in_an_embedded_question_is_no_hedge` (CNN dev 101
    s10: "... information the congressmen believe is critical to
    understanding why the VA appears to be run so poorly"; polnear-train
    huff-post 2016-07-31 s8: "to praise Putin despite what appears to be a
    deliberate effort to try to affect the election I think raises national
    security issues" were hedged): "appears to", "seemed to" and the like in
    an embedded question ("why", "how", "where" and up to three words, no
    verb) or right after a conceded "what" ("despite what appears to be")
    belong to the question or the concession, not to the claim. "The VA
    appears to be run poorly" and "he died in what appears to be a suicide"
    (no concession) stay hedged."""
    if hit.place != "content" or "_".join(hit.word.split()) not in scope_words("evidentials"):
        return False
    wh, conceded = _evidential_patterns()
    if conceded.search(hit.before) is not None:
        return True
    found = wh.search(hit.before)
    if found is None or _has_a_verb(found.group(2).split()):
        return False
    return not _wh_clause_is_the_claims_subject(hit, found.start())


@cache
def _contact_relative_allegation() -> re.Pattern[str]:
    """Before "allegedly": a word (group 1, the noun) and a pronoun subject
    (hedge_scope.txt contact_relative_subjects); used with .search."""
    return re.compile(
        rf"(?<![\w'\u2019-])({LOOSE_WORD})\s+{alternation(scope_words('contact_relative_subjects'))}\s+$")


# after "allegedly": the past verb (group 1), then the clause's end: a stop, a comma, the end, or a
# word (group 2) that must be a preposition or a conjunction; used with .match(text, pos)
GAPPED_PAST_VERB = re.compile(r"\s+([a-z]+)(?:\s*(?:[^\w\s]|$)|\s+([a-z]+)\b)")


def allegation_in_a_contact_relative_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `allegation_in_a_contact_relative_is_no_hedge` (CNN dev 203 s22:
    "Sterling fired her after she protested against the alleged sexual
    harassment and racist remarks he allegedly made, the suit says" was
    hedged): "allegedly" after a noun and a pronoun subject, before a past
    verb whose object is missing (the clause ends, or a preposition or
    "and" follows), is a relative clause without its "that" that
    characterises a third party's act, as object_relative_is_no_hedge reads
    "an e-mail that Doe #2 allegedly sent". The noun must be no verb, no
    preposition or determiner, no person ("told reporters he allegedly")
    and no time ("Last week he allegedly"). "In court papers he allegedly
    took bribes" (the verb has its object) stays hedged."""
    if hit.place != "content" or hit.word != "allegedly":
        return False
    found = _contact_relative_allegation().search(hit.before)
    after = GAPPED_PAST_VERB.match(hit.text, hit.end)
    if found is None or after is None or not is_past_form(after.group(1)):
        return False
    following = after.group(2)
    if following is not None and following not in grammar("prepositions") \
            and following not in scope_words("allegation_clause_ends"):
        return False
    noun = found.group(1)
    return not (
        noun in _clause_words() or noun in _determiners_and_prepositions() or is_adverb(noun)
        or is_people_noun(noun) or noun in scope_words("contact_relative_time_heads") or noun.endswith("ed")
        or ((noun,) in cue_forms() and noun not in grammar("cue_noun_forms"))
    )


# session 21 (junk-s21): sets in hedge_scope.txt; tests in tests/test_junk_s21.py
@cache
def _ability_in_a_reason_before() -> re.Pattern[str]:
    """Before "could": "because" or "since", at most one quantifier or
    determiner, and a personal subject word (group 1)."""
    return re.compile(
        rf"\b(?:because|since)\s+(?:{alternation(scope_words('reason_ability_quantifiers'))}\s+)?"
        + WORD_START + rf"({LOOSE_WORD})\s+$"
    )


@cache
def _ability_verb_after() -> re.Pattern[str]:
    return re.compile(rf"\s+{alternation(scope_words('reason_ability_verbs'))}\b")


PAST_MAIN_CLAUSE_WORD = re.compile(r"\b(?:was|were|had|did|[a-z]+ed)\b")
CLAUSE_START = re.compile(r"[.;:!?]")


def ability_could_in_a_past_reason_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `ability_could_in_a_past_reason_is_no_hedge` (QA round 57, 400
    s41: '"These moderators were chosen because both sides could agree on
    them, ..." he said' was hedged): "could" in a "because" or "since"
    clause after a past main clause ("were chosen"), with a personal subject
    (a pronoun or a people noun, hedge_scope.txt reason_ability_subjects)
    and a verb of what people are able to do together (reason_ability_verbs:
    agree, afford, trust), is the past of "can": the reason given is what
    they were able to do, no doubt of the speaker's. Kept hedged: "are
    chosen because both sides could agree" (a present main clause: a
    guess), "were delayed because the vote could slip" (a thing as the
    subject) and "because they could have agreed" (no ability verb after)."""
    if hit.place != "content" or hit.word != "could" or _clause_sets_a_condition(hit):
        return False
    found = _ability_in_a_reason_before().search(hit.before)
    if found is None or _ability_verb_after().match(hit.text, hit.end) is None:
        return False
    subject = found.group(1)
    if subject not in scope_words("reason_ability_subjects") and not is_people_noun(subject):
        return False
    main = CLAUSE_START.split(hit.before[: found.start()])[-1]
    return PAST_MAIN_CLAUSE_WORD.search(main) is not None


@cache
def _worry_before() -> re.Pattern[str]:
    """Rule possibility_in_a_worry_is_no_hedge: "worried about", "afraid of" before the word."""
    return re.compile(rf"\b{alternation(scope_words('worry_words'))}\s+"
                      rf"{alternation(scope_words('worry_prepositions'))}\s+$")


def possibility_in_a_worry_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `possibility_in_a_worry_is_no_hedge` (junk2-s21, QA59 964 s10:
    "Ramirez ... said Venezuela was not worried about possibly facing
    international sanctions" was hedged): an adverb of possibility
    (hedge_scope.txt worry_adverbs) right after "worried about", "afraid of"
    (worry_words, worry_prepositions) belongs to the thing feared; whether
    the worry is stated or denied, the speaker's claim is firm. Kept:
    "Venezuela will possibly face sanctions" and "Venezuela was worried it
    could face sanctions" (a modal in a clause)."""
    return hit.place == "content" and hit.word in scope_words("worry_adverbs") \
        and _worry_before().search(hit.before) is not None



# the clause before "would" opens with a gerund and the word it takes ("taking a strong step", "cutting
# taxes"); not a noun in "-ing" before a preposition ("Funding for the program would ...")
GERUND_SUBJECT = re.compile(r"[\s\"'\u201c\u2018]*([a-z]+ing)\s+([a-z]+)\b[^,;:]*$")


def consequence_of_a_gerund_act_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `consequence_of_a_gerund_act_is_no_hedge` (junk-s22, rerun s20,
    qa56/401 s3: '"In fact, taking a strong step toward granting relief
    would move us in the direction of ...," the letter states' was hedged):
    "would" whose subject is a gerund with its object (an act proposed:
    "taking a strong step", "cutting taxes") states what the act would
    bring; the speaker asserts that firmly, nothing is left open. The
    session-7 reading stays for an actor subject: "The minister tells
    reporters that Berlin would sign new orders" (present cue, no reported
    future: whether Berlin signs is open) stays hedged, and so do "could"
    and "may" after a gerund ("Cutting taxes could help": a possibility)."""
    if hit.place != "content" or hit.word != "would":
        return False
    clause = hit.text[: hit.start].rsplit(",", 1)[-1]
    found = GERUND_SUBJECT.match(clause)
    return found is not None and found.group(1) not in scope_words("ing_nouns") and found.group(2) not in PREPOSITIONS \
        and found.group(2) != "would" and not CLAUSE_INSIDE.search(clause[found.end(2) :])


MAX_WORDS_FROM_A_PLAN_TO_ITS_COLON = 8  # "proposals to reform the nation's entitlement programs:"
MAX_PLAN_MODIFIERS = 3  # "the Republican budget plan would"


@cache
def _plan_patterns() -> dict[str, re.Pattern[str]]:
    """For rule `plan_would_is_no_hedge`: the three places of a plan noun
    (hedge_scope.txt plan_nouns) before "would", each matched against the
    text up to the "would"."""
    plan = alternation(scope_words("plan_nouns"))
    owner = r"(?:the|this|that|his|her|its|their|our|a|an|[a-z.-]+'s|[a-z.-]+\u2019s)"
    opening = r"(?:^|[:;]\s*)[\s\"'\u201c\u2018]*"
    return {
        "subject": re.compile(rf"{opening}{owner}\s+(?:[a-z.-]+\s+){{0,{MAX_PLAN_MODIFIERS}}}(?:{plan})\s+$"),
        # fronted, closed by its comma: "under the plan, workers would"; not "ambitions as submitted
        # under the Paris Agreement would lead to" (a modifier inside the subject)
        "under": re.compile(rf"{opening}under\s+{owner}\s+(?:[a-z.-]+\s+){{0,{MAX_PLAN_MODIFIERS}}}(?:{plan}),"
                            r"[^.;:]*$"),
        "colon": re.compile(
            rf"\b(?:{plan})\b(?:\s+[^\s:;.]+){{0,{MAX_WORDS_FROM_A_PLAN_TO_ITS_COLON}}}:[^.;:]*$"),
    }


def plan_would_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `plan_would_is_no_hedge` (wrongs2-s22, QA round 62, 377 s2:
    "Rep. Paul Ryan admits that he is the poster child for controversial
    proposals to reform the nation's entitlement programs: ..., seniors
    would be given the option ..." was hedged): "would" telling what a plan,
    a bill or a proposal does once adopted states its content; the speaker
    leaves nothing open. Its subject is such a noun opening the claim or a
    clause after a colon ("the bill would raise taxes"), or it follows a
    fronted "under" and such a noun closed by a comma ("under the plan,
    workers would keep ..."; not "ambitions as submitted under the Paris
    Agreement would lead to": a modifier inside the subject), or it stands
    in a clause a colon opens right after a phrase with such a noun
    ("proposals to reform ...: seniors would ..."). Kept
    hedged: the plan's fate ("the bill would pass", "would be signed":
    hedge_scope.txt plan_fate_verbs), a plan after a belief ("he thought the plan would fail"), a
    person's "would" ("Smith would sign it"), "could" and "may" of a plan
    ("the bill could raise taxes": a possibility)."""
    if hit.place != "content" or hit.word != "would":
        return False
    fate = PLAN_FATE.match(hit.text, hit.end)
    if fate is not None and fate.group(1) in scope_words("plan_fate_verbs"):
        return False  # "the bill would pass", "would be signed": a forecast of its fate
    head = hit.text[: hit.start]
    return any(pattern.search(head) is not None for pattern in _plan_patterns().values())


PLAN_FATE = re.compile(r"\s+(?:not\s+|never\s+)?(?:be\s+)?([a-z]+)")  # used with .match after "would"


@cache
def _stance_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """For rule `stated_stance_would_is_no_hedge`: what stands before
    "would" (a verb of saying and a personal pronoun) and after it (an
    optional "not" and a stance verb: hedge_scope.txt stance_verbs)."""
    stance = alternation(scope_words("stance_verbs"))
    return (re.compile(r"\b(?:say|says|said)\s+(?:that\s+)?(?:they|he|she|we|i|you)\s+$"),
            re.compile(rf"\s+(?:not\s+)?(?:{stance})\b"))


def stated_stance_would_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `stated_stance_would_is_no_hedge` (wrongs2-s22, QA round 62, 395
    s36: "More than seven in 10 say they would oppose U.S. airstrikes ...
    if Congress does not authorize it" was hedged): "would" of a stance
    verb ("oppose", "support", "vote") right after "say they" or "said he"
    gives the stance those people state plainly, as a poll's answer does;
    nothing is left open. Kept hedged: "say they would win" (no stance, a
    forecast), "they would oppose it" with no verb of saying before it."""
    if hit.place != "content" or hit.word != "would":
        return False
    before, after = _stance_pattern()
    return before.search(hit.text[: hit.start]) is not None and after.match(hit.text, hit.end) is not None


# a clause opened between the gerund and "would" ("comparing his claim that more spending would ..."):
# the "would" is that clause's, not the gerund's
CLAUSE_INSIDE = re.compile(r"\b(?:that|which|who|whom|whose|if|when|because)\b")


UNVERIFIED_WORDS = frozenset({"unverified", "unconfirmed"})
ATTRIBUTIVE_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:a|an|the|of|on|by|with|about|some|many|several|these|those|such|his|her|its|their"
    r"|our|my|your)\s+[\"\u201c']?(?:[a-z]+ly\s+|often\s+|still\s+)?$"
)
ATTRIBUTIVE_AFTER = re.compile(  # used with .match(text, pos): a noun or a list of adjectives follows
    r"[\"\u201d']?(?:,\s*[a-z]|\s+(?!to\b|that\b|whether\b|by\b|as\b|and\b|or\b|if\b)[a-z])"
)


def unverified_description_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `unverified_description_is_no_hedge` (QA round 61, 962 s29:
    'Bertone said it was "deplorable" that ... a rash of "often unverified,
    unverifiable or completely false news stories" has appeared' was
    hedged): "unverified" or "unconfirmed" between a determiner or a
    preposition and its noun ("a rash of unverified stories", "circulate
    unconfirmed reports" after "of", "his unconfirmed claims") describes
    what others put about; the speaker states it firmly. Kept hedged: "the
    report is unconfirmed", "it remains unverified whether ..." (the claim's
    own uncertainty) and a bare "unconfirmed reports say ..." (no
    determiner: the claim may rest on them)."""
    return hit.place == "content" and hit.word in UNVERIFIED_WORDS \
        and ATTRIBUTIVE_BEFORE.search(hit.before) is not None \
        and ATTRIBUTIVE_AFTER.match(hit.text, hit.end) is not None


@cache
def _apposition_with_a_contact_relative() -> re.Pattern[str]:
    """Rule modal_in_an_apposition_is_no_hedge: a clause, a comma, an
    indefinite article, one to three words (a quoted noun too) and a subject
    pronoun before the modal."""
    quote = "[\"'\u201c\u201d\u2018\u2019]?"
    return re.compile(
        rf"{LOOSE_WORD}\s+{LOOSE_WORD}\s*,\s+(?:a|an)\s+(?:{quote}{LOOSE_WORD}{quote}\s+){{1,3}}?"
        rf"{alternation(scope_words('contact_relative_subjects'))}\s+$"
    )


def modal_in_an_apposition_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `modal_in_an_apposition_is_no_hedge` (qa63b-s22, QA round 63,
    420 s21: 'Twenty-six states ... say individuals cannot be forced to buy
    insurance, a "product" they may neither want nor need' was hedged): a
    modal in a contact relative inside an apposition after the claim's
    object ("a product they may not want") tells of the thing, not how sure
    the source is. Kept hedged: "..., and they may sue" (no apposition) and
    "they may be forced to buy insurance, a product they want" (the modal
    is the claim's own)."""
    return hit.place == "content" and hit.word in scope_words("embedded_question_modals") \
        and _apposition_with_a_contact_relative().search(hit.before) is not None


@cache
def _known_fact_clause() -> re.Pattern[str]:
    """For rule `modal_in_a_known_fact_clause_is_no_hedge`: a word of knowing
    (hedge_scope.txt knowing_heads) or "of" and a gerund of showing
    (showing_gerunds), "that", and up to seven words right before the modal;
    used with .search on the look-back."""
    heads = alternation(scope_words("knowing_heads"))
    gerunds = alternation(scope_words("showing_gerunds"))
    return re.compile(rf"\b(?:{heads}|of\s+{gerunds})\s+that\s+(?:{LOOSE_WORD}\s+){{0,7}}$")


def modal_in_a_known_fact_clause_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `modal_in_a_known_fact_clause_is_no_hedge` (qa64a-s23, QA round
    64, 424 s39: "Barfield and LaCroix said they are thrilled ..., and they
    are mindful that their simple ceremony could hold meaning for other gays
    and lesbians" and 660 s9: "... come to the realization that his destiny
    might lie in fighting for justice" were hedged; 376 s23: "They argue they
    should not continue to have the burden of showing that any voting changes
    would not burden ..."): a modal in a "that" clause two levels down, the
    complement of a word of knowing ("mindful", "aware", "the realization")
    or of "of showing/proving", belongs to what is known or must be shown;
    the speaker's claim is firm. Kept hedged: "they said their ceremony could
    hold meaning" and "they said that it could" (the claim's own clause)."""
    return hit.place == "content" and hit.word in scope_words("embedded_question_modals") \
        and _known_fact_clause().search(hit.before) is not None


@cache
def _place_relative() -> re.Pattern[str]:
    """For rule `hedge_in_a_place_relative_is_no_hedge`: a comma, a relative
    of place (hedge_scope.txt place_relatives) and its clause, open up to
    the hedge; used with .search on the look-back."""
    return re.compile(rf",\s+{alternation(scope_words('place_relatives'))}\s+[^,;:.!?()\u2014\u2013]*$")


def hedge_in_a_place_relative_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `hedge_in_a_place_relative_is_no_hedge` (qa67c-s24, QA round 67,
    788 s3: "They are consolidating the areas they have gained before moving
    into the south, where the Islamic militant group is believed to be, he
    said." was hedged): a hedge inside a relative clause of place set off by
    a comma (", where ...") tells where something is thought to be; the
    claim the clause hangs on is firm. Kept hedged: "the group is believed
    to be in the south" (no relative) and "the city, which could lose 500
    jobs" (rule `hedge_in_a_relative_aside` keeps a "which" clause that runs
    to the end)."""
    return hit.place == "content" and _place_relative().search(hit.before) is not None


@cache
def _subjects_that_clause() -> re.Pattern[str]:
    """For rule `hedge_in_the_subjects_that_clause_is_no_hedge`: the content's
    opening determiner (hedge_scope.txt subject_clause_determiners), up to
    three words, a noun of subject_clause_nouns and "that", with the words
    of the clause up to the hedge (group 1); used with .match on the
    look-back from the content's start."""
    determiners = alternation(scope_words("subject_clause_determiners"))
    nouns = alternation(scope_words("subject_clause_nouns"))
    return re.compile(
        rf"^[\s\"'\u201c\u2018]*{determiners}\s+(?:{LOOSE_WORD}\s+){{0,3}}?{nouns}\s+that\s+([^,;:.!?()]*)$"
    )


def hedge_in_the_subjects_that_clause_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `hedge_in_the_subjects_that_clause_is_no_hedge` (qa67c-s24, QA
    round 67, 893 s1: "The astounding discovery that our universe
    apparently is expanding at an accelerating rate ... has earned three
    scientists the 2011 Nobel Prize in Physics, the Royal Swedish Academy of
    Sciences announced" was hedged, and the brief's bottom line ended
    "(hedged)"): a hedge inside the "that" clause of the noun that opens the
    content (hedge_scope.txt subject_clause_nouns: "the discovery that",
    "the theory that") belongs to that clause when a finite verb
    (claim_grammar.txt finite_verbs) of the main clause follows: the clause
    holds at most its own verb before the hedge (none before a modal, which
    is that verb) and two finite verbs in all, counting a modal hedge ("is
    expanding ... has earned"). Kept hedged: "the universe apparently is
    expanding" (no noun and "that"), "the discovery that the universe
    apparently is expanding" (one finite verb: nothing is said of the
    discovery) and "The fact that she can ... might pave the way" (the
    modal is the main verb's)."""
    opening = _subjects_that_clause().match(hit.before) if hit.place == "content" and hit.from_start else None
    if opening is None:
        return False
    finite = grammar("finite_verbs")
    before = sum(1 for word in re.findall(r"[a-z']+", opening.group(1)) if word in finite)
    after = sum(1 for word in re.findall(r"[a-z']+", hit.text[hit.start :]) if word in finite)
    modal = hit.word in finite
    return before <= (0 if modal else 1) and before + after >= 2


# words right before the noun "thought" (hedge_scope.txt noun_thought_leads)
NOUN_THOUGHT_LEADS = scope_words("noun_thought_leads")


def noun_thought_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `noun_thought_is_no_hedge` (qa68c-s25, QA round 68, 358 s31:
    'According to Gallup, "more Republicans than Democrats ... say they have
    given quite a lot of thought to the election."' was hedged): the hedge
    "thought to" is the passive "is/was thought to" (or a reduced one, "a
    particle long thought to be"); right after a determiner, a quantifier,
    "of" or "given" (NOUN_THOUGHT_LEADS), "thought" is the noun ("a lot of
    thought to", "some thought to", "given thought to"). Kept hedged: "The
    ship is widely thought to have sunk", "were thought to be dead" and "a
    particle long thought to be a building block"."""
    if hit.word != "thought to":
        return False
    words = hit.before.split()[-1:]
    return bool(words) and words[0] in NOUN_THOUGHT_LEADS


@cache
def _qa70_patterns() -> dict[str, re.Pattern[str]]:
    """The look-back patterns of the qa70fix-s26 rules below (hedge_scope.txt)."""
    denied = alternation(scope_words("denied_abilities"))
    negators = alternation(frozenset(_negations()[0]))
    return {
        "reported_volition_subject": re.compile(
            rf"^\W*{alternation(scope_words('reported_volition_subjects'))}\s+$"),
        "denied_ability": re.compile(rf"(?:(?<![\w'\u2019-]){denied}|\b(?:could|can)\s+not)\s+$"),
        "denied_showing": re.compile(
            rf"(?:(?<![\w'\u2019-]){denied}|\b{negators})\s+(?:[a-z]+ly\s+)?"
            rf"{alternation(scope_words('showing_verbs'))}\s+that\s+(?:{LOOSE_WORD}\s+){{0,7}}$"),
        "than_clause": re.compile(
            rf"\b{alternation(scope_words('than_comparatives'))}\s+(?:[a-z][\w'\u2019-]*\s+){{1,3}}than\s+"
            r"(?:[a-z(][a-z()'\u2019-]*\s+){1,3}$"),
    }


def volitional_would_of_the_reported_speaker_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `volitional_would_of_the_reported_speaker_is_no_hedge` (qa70fix-s26,
    QA round 70, 685 s33: "a mother says she would like to take her children
    away from the line of fire" went under "Hedged or unconfirmed"): "would"
    and a verb of wishing after "he", "she" or "they" opening the content is
    the speaker's own "I would like", reported: a wish stated. "Investors
    would want higher returns" and "she says he would win" stay hedges."""
    return hit.place == "content" and hit.word == "would" and hit.from_start \
        and _qa70_patterns()["reported_volition_subject"].search(hit.before) is not None \
        and _scope_patterns()["volition_verb"].match(hit.text, hit.end) is not None


def possibly_after_a_denied_ability_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `possibly_after_a_denied_ability_is_no_hedge` (qa70fix-s26, QA
    round 70, 233 s3: "(Sirhan) cannot possibly show that ..." was hedged):
    "possibly" right after "cannot", "can't" or "could not" stresses that a
    thing cannot be, firmly. "He could possibly win" stays a hedge."""
    return hit.word == "possibly" and _qa70_patterns()["denied_ability"].search(hit.before) is not None


def modal_in_a_denied_showing_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `modal_in_a_denied_showing_is_no_hedge` (qa70fix-s26, QA round 70,
    233 s3: "(Sirhan) cannot possibly show that no reasonable juror would have
    convicted him" was hedged): a modal in the "that" clause of a negated verb
    of showing is what cannot be shown; the claim denies it firmly. "the jury
    would have convicted him" and "he can show that the jury would have
    acquitted him" stay hedges."""
    return hit.place == "content" and hit.word in scope_words("embedded_question_modals") \
        and _qa70_patterns()["denied_showing"].search(hit.before) is not None


def modal_in_a_than_clause_is_no_hedge(hit: HedgeWord) -> bool:
    """Rule `modal_in_a_than_clause_is_no_hedge` (qa70fix-s26, QA round 70, 233
    s15: "five more gunshots than Sirhan could have fired from his eight-shot
    revolver" was hedged): a modal after "than" and its subject, with a
    comparative and the thing compared before "than", is the comparison's
    measure, not a doubt. "more than 100 people could die" (a number, and no
    word between "more" and "than") and "Sirhan could have fired more shots
    than that" stay hedges."""
    return hit.place == "content" and hit.word in scope_words("embedded_question_modals") \
        and _qa70_patterns()["than_clause"].search(hit.before) is not None


HEDGE_SCOPE_RULES: tuple[tuple[str, HedgeScopeRule], ...] = (
    ("backshift_is_no_hedge", backshift_is_no_hedge),
    ("could_not_is_no_hedge", could_not_is_no_hedge),
    ("hedge_in_a_relative_clause", hedge_in_a_relative_clause),
    ("hedge_in_a_relative_aside", hedge_in_a_relative_aside),
    ("perfect_expected_is_no_hedge", perfect_expected_is_no_hedge),
    ("volitional_would_is_no_hedge", volitional_would_is_no_hedge),
    ("manner_clause_is_no_hedge", manner_clause_is_no_hedge),
    ("object_relative_is_no_hedge", object_relative_is_no_hedge),
    ("purpose_clause_is_no_hedge", purpose_clause_is_no_hedge),
    ("wished_modal_is_no_hedge", wished_modal_is_no_hedge),
    ("contact_relative_is_no_hedge", contact_relative_is_no_hedge),
    ("hedge_in_a_noun_complement", hedge_in_a_noun_complement),
    ("hedge_in_an_embedded_question", hedge_in_an_embedded_question),
    ("comparative_likelihood_is_no_hedge", comparative_likelihood_is_no_hedge),
    ("alleged_charge_is_no_hedge", alleged_charge_is_no_hedge),
    ("capitalised_may_is_no_modal", capitalised_may_is_no_modal),
    ("concessive_hedge_is_no_hedge", concessive_hedge_is_no_hedge),
    ("counterfactual_is_no_hedge", counterfactual_is_no_hedge),
    ("nested_backshift_is_no_hedge", nested_backshift_is_no_hedge),
    ("frame_in_a_question_is_no_hedge", frame_in_a_question_is_no_hedge),
    ("free_choice_ability_is_no_hedge", free_choice_ability_is_no_hedge),
    ("negated_modal_is_no_hedge", negated_modal_is_no_hedge),
    ("option_modal_in_a_relative_is_no_hedge", option_modal_in_a_relative_is_no_hedge),
    ("permission_in_a_ruling_is_no_hedge", permission_in_a_ruling_is_no_hedge),
    ("unlikely_description_is_no_hedge", unlikely_description_is_no_hedge),
    # session 17 (junk-s17): tests in tests/test_claims_junk_s17.py
    ("generic_relative_is_no_hedge", generic_relative_is_no_hedge),
    ("past_belief_could_is_no_hedge", past_belief_could_is_no_hedge),
    ("failed_expectation_is_no_hedge", failed_expectation_is_no_hedge),
    # session 18 (junk-s18): tests in tests/test_claims_junk_s18.py
    ("stated_uncertainty_in_a_reason_is_no_hedge", stated_uncertainty_in_a_reason_is_no_hedge),
    ("past_narrative_would_is_no_hedge", past_narrative_would_is_no_hedge),
    # session 19 (hedges-s19): tests in tests/test_hedges_s19.py
    ("could_have_done_more_is_no_hedge", could_have_done_more_is_no_hedge),
    ("could_establish_only_is_no_hedge", could_establish_only_is_no_hedge),
    # session 20 (hedges-s20): tests in tests/test_hedges_s20.py
    ("entitlement_may_is_no_hedge", entitlement_may_is_no_hedge),
    ("perception_could_is_no_hedge", perception_could_is_no_hedge),
    ("could_barely_is_no_hedge", could_barely_is_no_hedge),
    ("negative_subject_could_is_no_hedge", negative_subject_could_is_no_hedge),
    # session 20, round 2 (hedges2-s20): tests in tests/test_hedges2_s20.py
    ("permission_could_after_a_ruling_is_no_hedge", permission_could_after_a_ruling_is_no_hedge),
    ("embedded_question_with_a_noun_phrase_subject_is_no_hedge",
     embedded_question_with_a_noun_phrase_subject_is_no_hedge),
    ("evidential_in_an_embedded_question_is_no_hedge", evidential_in_an_embedded_question_is_no_hedge),
    ("allegation_in_a_contact_relative_is_no_hedge", allegation_in_a_contact_relative_is_no_hedge),
    # session 21 (junk-s21): tests in tests/test_junk_s21.py
    ("ability_could_in_a_past_reason_is_no_hedge", ability_could_in_a_past_reason_is_no_hedge),
    # session 21 (junk2-s21): tests in tests/test_junk2_s21.py
    ("possibility_in_a_worry_is_no_hedge", possibility_in_a_worry_is_no_hedge),
    # junk-s22: tests in tests/test_junk_s22.py
    ("consequence_of_a_gerund_act_is_no_hedge", consequence_of_a_gerund_act_is_no_hedge),
    # qa61a-s22 (QA round 61): tests in tests/test_qa61a_s22.py
    ("unverified_description_is_no_hedge", unverified_description_is_no_hedge),
    # wrongs2-s22: tests in tests/test_wrongs2_s22.py
    ("plan_would_is_no_hedge", plan_would_is_no_hedge),
    ("stated_stance_would_is_no_hedge", stated_stance_would_is_no_hedge),
    # qa63b-s22 (QA round 63): tests in tests/test_qa63b_s22.py
    ("modal_in_an_apposition_is_no_hedge", modal_in_an_apposition_is_no_hedge),
    # qa64a-s23 (QA round 64): tests in tests/test_qa64a_s23.py
    ("modal_in_a_known_fact_clause_is_no_hedge", modal_in_a_known_fact_clause_is_no_hedge),
    # qa67c-s24 (QA round 67): tests in tests/test_qa67c_s24.py
    ("hedge_in_a_place_relative_is_no_hedge", hedge_in_a_place_relative_is_no_hedge),
    ("hedge_in_the_subjects_that_clause_is_no_hedge", hedge_in_the_subjects_that_clause_is_no_hedge),
    # qa68c-s25 (QA round 68): tests in tests/test_qa68c_s25.py
    ("noun_thought_is_no_hedge", noun_thought_is_no_hedge),
    # qa70fix-s26 (QA round 70): tests in tests/test_qa70fix_s26.py
    ("volitional_would_of_the_reported_speaker_is_no_hedge", volitional_would_of_the_reported_speaker_is_no_hedge),
    ("possibly_after_a_denied_ability_is_no_hedge", possibly_after_a_denied_ability_is_no_hedge),
    ("modal_in_a_denied_showing_is_no_hedge", modal_in_a_denied_showing_is_no_hedge),
    ("modal_in_a_than_clause_is_no_hedge", modal_in_a_than_clause_is_no_hedge),
)


def out_of_scope(hit: HedgeWord) -> str | None:
    """The name of the first scope rule that puts this hedge word outside the
    claim's own assertion, or None when it hedges the claim."""
    return next((name for name, test in HEDGE_SCOPE_RULES if test(hit)), None)


def is_hedged(content: str, backshifted: bool = False, asking: bool = False, permitting: bool = False) -> bool:
    """Rule `hedged_content`: a hedge word (hedges.txt) in the claim's own
    clause, not in an embedded whether/if clause, and not put out of scope by
    a rule of HEDGE_SCOPE_RULES. `backshifted`: the cue is past tense;
    `asking`: the cue asks a question (asking_cue); `permitting`: the cue
    rules or orders (permitting_cue)."""
    lowered = content.lower()
    opening = 0 if asking else _main_clause_after_a_fronted_condition(lowered)
    hedged, reason_stated, end = _own_clause_hedged(content, lowered, opening, backshifted, asking, permitting)
    if hedged:
        return True
    if reason_stated:
        return _hedged_after_the_reason(content, lowered, end, backshifted, asking, permitting)
    return False


def _own_clause_hedged(content: str, lowered: str, start: int, backshifted: bool, asking: bool,
                       permitting: bool) -> tuple[bool, bool, int]:
    """The clause of `lowered` from `start` to its first embedded whether/if
    clause: whether a hedge word in it hedges the claim, whether one was put
    out of scope as an uncertainty stated in a reason (rule
    `stated_uncertainty_in_a_reason_is_no_hedge`) before that, and where the
    clause ends. The one reading of a clause's hedges for `is_hedged` and
    `_hedged_after_the_reason`."""
    cut = EMBEDDED_CLAUSE.search(lowered, start)
    own = lowered[start : cut.start() if cut else len(lowered)]
    # lower() keeps the length of news text; when it does not, the capital-May rule cannot read offsets
    original = content[start : start + len(own)] if len(content) == len(lowered) else ""
    reason_stated = False
    for match in hedge_patterns().finditer(own):
        hit = _hedge_word("content", own, original, match, backshifted=backshifted, asking=asking,
                          permitting=permitting, cut_at_if=cut is not None and cut.group() == "if")
        ruled_out = out_of_scope(hit)
        if ruled_out is None:
            return True, reason_stated, start + len(own)
        reason_stated = reason_stated or ruled_out == "stated_uncertainty_in_a_reason_is_no_hedge"
    return False, reason_stated, start + len(own)


JOINED_MAIN_CLAUSE = re.compile(r",\s+(?:and|but)\s+")


def _hedged_after_the_reason(content: str, lowered: str, cut: int, backshifted: bool, asking: bool,
                             permitting: bool) -> bool:
    """Rule `reason_ends_at_a_joined_clause` (review s18 C9: "Officials
    delayed the launch because it was unclear whether the rocket was safe,
    and the test may be cancelled, Nasa said." lost its hedge): a reason
    whose stated uncertainty was no hedge (`stated_uncertainty_in_a_reason_is_no_hedge`)
    and whose whether/if clause cut the search ends at the first ", and" or
    ", but" after that cut; the clause joined there is the claim's own
    again, and its hedges count ("may be cancelled")."""
    joined = JOINED_MAIN_CLAUSE.search(lowered, cut)
    if cut >= len(lowered) or joined is None:
        return False
    return _own_clause_hedged(content, lowered, joined.end(), backshifted, asking, permitting)[0]


# junk2-s21 (QA58 635 s18: 'If current trends continue, "We easily could reach 600 parts per
# million ..."' lost its hedge): a straight quote after the comma and a space opens the main
# clause's quotation; only a quote right at the comma, or a curly closing one, closes the condition
CLOSING_QUOTE_AFTER = re.compile(r"[\"'\u201d\u2019]|\s+[\u201d\u2019]")  # used with .match(text, pos)
# Rule `fronted_when_clause_leaves_the_main_clause_its_hedges` (closing note s23, QA round 65 720
# s8: '"When Mr. Pistorius's appraisal of the situation is that he might be physically threatened,
# a fear response follows ...," the doctors found' was hedged by the "might" of its when-clause):
# a fronted "when" or "whenever" clause sets the case as "if" does; the main clause makes the claim
# (the stop of a title's abbreviation, "Mr.", is no end of the clause)
FRONTED_CONDITION = re.compile(
    r"^[\s\"'\u201c\u2018]*(?:if|unless|when|whenever)\b(?:[^,;:?!.\u2014\u2013]|\b(?:mr|mrs|ms|dr)\.)*,")


def _main_clause_after_a_fronted_condition(lowered: str) -> int:
    """Rule `fronted_condition_leaves_the_main_clause_its_hedges` (session 18,
    QA round 50 961 #16: 'Hollande has said that if his country had not
    intervened, Mali "probably would have fallen ..."' was not hedged): a
    content that opens with a condition ("if" or "unless" and a comma) makes
    its claim in the main clause after the comma, so that clause is the
    claim's own and its hedges count; the embedded whether/if cut (which
    stops the search at the first "if") applies from there. Where the offset
    of the main clause starts; 0 when the content opens otherwise ("said the
    match will go ahead if it stops raining"). After a cue that asks ("asked
    if it could rain, and ...") the "if" opens a question: is_hedged does
    not call this then."""
    match = FRONTED_CONDITION.match(lowered)
    if match is None or CLOSING_QUOTE_AFTER.match(lowered, match.end()):
        return 0  # '"If you look back," … "I could have ..."': the quoted condition ends with no main clause
    return match.end()


def asking_cue(view: SentenceView, frame: Frame) -> bool:
    """The cue asks rather than states: "asked", "wondered", "explained",
    "questioned" (hedge_scope.txt asking_cues) or a whether-lead of
    claim_grammar.txt ("determined", "checking"). A negated cue leaves the
    question open too ("did not say when", "wouldn't say how"): the caller,
    which has the claim's polarity, adds that."""
    if frame.entry.lemma.replace(" ", "_") in scope_words("asking_cues"):
        return True
    return 0 <= frame.cue_token < len(view.tokens) and view.tokens[frame.cue_token].lower in grammar("whether_leads")


def _past_reporting_verb(word: str) -> bool:
    """A past form of a cue verb of cues.txt ("said", "warned", "told"), not
    of a belief ("he thought the plan would fail" keeps its doubt)."""
    entry = cue_forms().get((word,))
    return entry is not None and entry.cue_class != "belief" and (word.endswith("ed") or word in past_forms())


def past_tense_cue(view: SentenceView, frame: Frame) -> bool:
    """The cue is a past form ("said", "told", "warned") or follows "had"."""
    if frame.cue_token < 0:
        return False
    word = view.tokens[frame.cue_token].lower
    before = view.tokens[frame.cue_token - 1].lower if frame.cue_token > 0 else ""
    # Rule `did_say_is_past` (session 11): "The hospital did say however that limited visiting
    # would be allowed": an emphatic past "did" before the bare cue makes its "would" reported future
    return word.endswith("ed") or word in past_forms() or before in PAST_AUXILIARIES \
        or _participle_after_a_past_verb(view, frame.cue_token) \
        or _participle_after_a_past_clause(view, frame.cue_token) \
        or _participle_after_its_subjects_past_verb(view, frame) \
        or _saying_after_a_past_statement(view, frame)


def _saying_after_a_past_statement(view: SentenceView, frame: Frame) -> bool:
    """Rule `participle_after_a_past_statement_is_past` (qa66a-s24, QA round
    66, 801 s2: "Malaysia's government released a statement Wednesday saying
    it would return ... Ismail to New Zealand" was hedged): "saying" right
    after a statement its subject put out (rules.py `statement_saying`, no
    comma) takes the tense of the verb that put it out; after "released" its
    "would" is reported future. "releases a statement saying it would ..."
    keeps the hedge, and so does "could" after any tense."""
    cue = frame.cue_token
    if cue < 1 or view.tokens[cue - 1].text == ",":
        return False
    verb = statement_saying_verb(view, cue, skip_auxiliaries_left(view, cue - 1)[0])
    return verb is not None and is_past(view.tokens[verb])


TIME_PREPOSITIONS = grammar("time_subordinators")
PAST_AUXILIARIES = grammar("past_auxiliaries")


def _participle_after_a_past_clause(view: SentenceView, cue: int) -> bool:
    """Rule `participle_after_a_past_clause_is_past` (session 11): "Health
    Minister Stephen Donnelly came in for heavy criticism last night after
    saying 'the virus' would be responsible ...": a participle cue after
    "after", "before", "since", "while" or "when" takes the tense of the
    clause it hangs on; a past main verb before it ("came") makes its
    "would" reported future. "... is under fire after saying the virus
    would ..." (a present clause) keeps the hedge."""
    tokens = view.tokens
    word = tokens[cue].lower
    if not word.endswith("ing") or cue < 2 or tokens[cue - 1].lower not in TIME_PREPOSITIONS:
        return False
    return any((is_past(t) or t.lower in PAST_VERBS) and not t.is_capitalised for t in tokens[: cue - 1])


def _participle_after_its_subjects_past_verb(view: SentenceView, frame: Frame) -> bool:
    """Rule `participle_after_its_subjects_past_verb_is_past` (QA round 56,
    871 s7: "And the agency had lied to Trenka's Korean mother, saying she
    would be sent to a pair of wealthy Dutch lawyers" was hedged: "lied" is
    no cue and stands further back than `participle_after_a_past_cue_is_past`
    looks): a participle cue right after a comma shares the subject of the
    clause before it, its source; when the first word after that source
    (adverbs skipped) is a past auxiliary ("had", "was") or a past verb, the
    clause is past and the cue's "would" is reported future. "The agency
    lies to mothers, saying she would ..." keeps the hedge."""
    tokens = view.tokens
    cue = frame.cue_token
    if frame.source is None or cue < 2 or not tokens[cue].lower.endswith("ing") \
            or tokens[cue - 1].text != "," or frame.source[1] > tokens[cue - 1].start:
        return False
    after_source = [t for t in tokens[:cue - 1] if t.start >= frame.source[1]]
    while after_source and is_adverb(after_source[0].lower):
        after_source = after_source[1:]
    if not after_source:
        return False
    verb = after_source[0]
    return verb.lower in scope_words("past_finite_auxiliaries") or is_past_verb(verb)


MAX_PARTICIPLE_LOOKBACK = 3  # ", Psaki said, adding": the verb right before the comma


def _participle_after_a_past_verb(view: SentenceView, cue: int) -> bool:
    """Rule `participle_after_a_past_cue_is_past`: "..., Psaki said, adding
    that the United States would put a premium on ...": a participle cue
    right after a comma takes the tense of the verb just before that comma;
    after "said" its "would" is backshifted, reported future, no hedge.
    "..., Psaki says, adding that it would ..." keeps the hedge, and so
    does "Smith says the plan failed, adding that ...": when the nearest
    finite cue before the comma is in the present ("says"), a past verb
    inside its claim ("failed") tells nothing of the participle's tense."""
    tokens = view.tokens
    word = tokens[cue].lower
    if not word.endswith("ing") or word == "according" or cue < 2 or tokens[cue - 1].text != ",":
        return False
    for m in range(cue - 2, -1, -1):
        token = tokens[m]
        if token.is_capitalised or (token.lower,) not in cue_forms():
            continue
        if is_past(token):
            # Rule `participle_after_a_past_cues_clause_is_past` (QA round 46, 392 s16): "Obama
            # touted that as a promise kept, saying Americans would be leaving ...": the participle
            # hangs on the past cue's own clause when no comma stands between them
            if all(t.text != "," for t in tokens[m + 1 : cue - 1]):
                return True
            break
        if token.lower.endswith("s") and not token.lower.endswith("ss"):
            return False  # "Smith says the plan failed, adding": present
    for m in range(cue - 2, max(cue - 2 - MAX_PARTICIPLE_LOOKBACK, -1), -1):
        token = tokens[m]
        if not token.is_word:
            return False
        if is_past(token):
            return True
    return False


MAX_HEDGE_GAP_TOKENS = 6


def hedged_before_cue(view: SentenceView, frame: Frame) -> bool:
    """Rule `hedge_before_cue`: a modal or hedge adverb between the source
    and its cue hedges the claim: "GOP voters might want", "most Republicans
    would have surely preferred", "Liberals can acknowledge", "officials
    probably both expected and hoped". Only a short gap with no comma or
    dash counts ("Smith, who may run, said" is not hedged); the scope rules
    (frame_in_a_question_is_no_hedge, negated_modal_is_no_hedge) apply."""
    if frame.source is None or frame.source[1] > frame.cue[0] or frame.cue_token < 0:
        return False
    if conceded_cue_rebuttal(view, frame.cue_token) is not None:
        return False  # rule `conceded_cue_before_a_rebuttal`: "X may have promised A, but ..." grants A was said
    gap = [t for t in view.tokens[: frame.cue_token] if t.start >= frame.source[1]]
    if len(gap) > MAX_HEDGE_GAP_TOKENS or any(not t.is_word for t in gap):
        return False
    before_source = [t for t in view.tokens if t.end <= frame.source[0]]
    question_words = _question_words_before_a_source()
    in_a_question = bool(before_source) and before_source[-1].lower in question_words
    words = " ".join(t.lower for t in gap)
    limited = _limited_answer(view, frame)
    modals = _scope_patterns()["hedging_modals"]
    for match in (*modals.finditer(words), *hedge_patterns().finditer(words)):
        if limited and BACKSHIFTED.fullmatch(match.group(0)) is not None:
            continue  # rule `would_say_only_is_no_hedge`
        if out_of_scope(_hedge_word("before_cue", words, "", match, after_question_word=in_a_question)) is None:
            return True
    return False


LIMITING_WORDS = grammar("limiting_words")


def _limited_answer(view: SentenceView, frame: Frame) -> bool:
    """Rule `would_say_only_is_no_hedge` (session 11, QA round 36): "UAE
    officials would say only that Cassim had been released", "would only
    confirm that ...": "would" with "only" next to the cue tells how little
    the source was willing to say, not how sure it is; the claim is what
    it did say. "UAE officials would say that ..." keeps the hedge."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 0:
        return False
    around = [tokens[m].lower for m in (k - 1, cue_last_token(view, frame) + 1) if 0 <= m < len(tokens)]
    return any(word in LIMITING_WORDS for word in around)


def cue_last_token(view: SentenceView, frame: Frame) -> int:
    """The index of the cue's last token."""
    return max((m for m, t in enumerate(view.tokens) if t.end <= frame.cue[1]), default=frame.cue_token)


def hedged_participle(view: SentenceView, frame: Frame) -> bool:
    """Rule `hedge_adverb_before_a_participle_cue` (session 11, QA round
    36): '"...," the President told Roker, seemingly imploring him to use
    the power of mass media': a hedge adverb right before a participle cue
    is the writer's reading of what the source meant, so the claim is
    hedged. ", imploring him to ..." stays unhedged."""
    k = frame.cue_token
    tokens = view.tokens
    if k < 1 or not tokens[k].lower.endswith("ing") or frame.source is None or frame.source[0] > frame.cue[0]:
        return False
    return hedge_patterns().fullmatch(tokens[k - 1].lower) is not None and is_adverb(tokens[k - 1].lower)


def hedged_frame_verb(view: SentenceView, frame: Frame) -> bool:
    """Rule `hedge_on_the_framing_verb_hedges` (qa72fix-s27, QA round 72,
    CNN dev 795 s26: "a leaked audio recording of a phone call allegedly
    caught a U.S. diplomat to Europe using profanity to express strong
    frustrations ..." showed the diplomat's frustrations as fact): when the
    speaker is the object of a verb that frames the scene ("caught",
    "shows", "heard") and an evidential hedge adverb (hedges.txt part
    "evidential adverbs") stands right before that verb, it is unsure the
    speaker said anything at all, so the claim is hedged. "a leaked
    recording caught a U.S. diplomat to Europe using profanity to express
    ..." stays unhedged."""
    if frame.source is None or frame.source[1] > frame.cue[0]:
        return False
    before = [t for t in view.tokens if t.end <= frame.source[0]]
    if len(before) < 2 or not before[-1].is_word or before[-1].is_capitalised:
        return False
    verb = before[-1].lower
    if verb in _determiners_and_prepositions() or verb in AUXILIARIES or verb in ("and", "or", "but", "that"):
        return False
    return before[-2].lower in load_section("hedges", "evidential adverbs")


def hedged_after_cue(view: SentenceView, frame: Frame) -> bool:
    """Rule `unsupported_claim_is_hedged`: a hedge between the cue and its
    content ("claimed without evidence that the army had arrived") leaves
    the claim unconfirmed."""
    if frame.cue_token < 0 or not frame.content or frame.content[0][0] < frame.cue[1]:
        return False
    original = view.text[frame.cue[1] : frame.content[0][0]]
    gap = original.lower()
    # the month of "announced last May it had started" (rule `month_after_last_is_a_time` leaves
    # it between cue and content) is no modal: rule `capitalised_may_is_no_modal`
    return len(gap.split()) <= MAX_HEDGE_GAP_TOKENS and any(
        not capitalised_may_is_no_modal(_hedge_word("after_cue", gap, original if len(original) == len(gap) else "",
                                                    match))
        for match in hedge_patterns().finditer(gap))


def evidential_right_before_the_cue(view: SentenceView, frame: Frame) -> bool:
    """Rule `evidential_right_before_the_cue_hedges` (junk2-s21, QA58 767 s23:
    "Zarif didn't mention any names but appeared to confirm on his Facebook
    page that the deal was blocked" showed a plain "confirm"): "appeared
    to", "seemed to" (hedge_scope.txt evidentials) right before the cue hedge
    it however far its subject stands ("hedge_before_cue" reads only a
    short gap). "Zarif didn't mention any names but confirmed that ..." stays
    unhedged."""
    k = frame.cue_token
    if k < 2:
        return False
    pair = f"{view.tokens[k - 2].lower}_{view.tokens[k - 1].lower}"
    return pair in scope_words("evidentials")


def hedging_cue(frame: Frame) -> bool:
    """Rule `hedging_cue`: "reportedly" or a passive with no agent ("it is
    expected that ...") leaves the claim unconfirmed."""
    return frame.rule in ("adverbial_evidential", "passive_attribution") and frame.source is None
