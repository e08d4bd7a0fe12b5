"""Stage 6, polarity and hedging: is the cue negated ("did not say",
"declined to confirm", "was unable to confirm"), and is the claim hedged?

Negators, negative lead verbs and hedges are rules files
(summarizer/rules/negations.txt, hedges.txt).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from summarizer.claims.grammar import AUXILIARIES, fronted_negation_end
from summarizer.claims.lexicon import hedge_patterns, past_forms
from summarizer.claims.rules import Frame
from summarizer.claims.text import SentenceView
from summarizer.rules import load_rules

# Hedges inside an embedded question or condition do not hedge the claim:
# "urged allies to review agreements to determine whether Ukraine could ...".
# Both are searched in lower-cased text.
EMBEDDED_CLAUSE = re.compile(r"\b(?:whether|if)\b")
BACKSHIFTED = re.compile(r"\b(?:would|'d)\b")
PAST_INABILITY = re.compile(r"\s+not\b|n't|n\u2019t")
# A modal right after a relative pronoun tells what a thing or person can do
# ("materials that could produce bombs", "a man who may be armed"), not how
# sure the speaker is.
RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+$")


class Polarity(NamedTuple):
    negated: bool
    shown_cue: str  # the cue as a reader should see it: "did not confirm"


@cache
def _negations() -> tuple[frozenset[str], frozenset[str]]:
    """(negators, negative leads) from negations.txt."""
    negators: set[str] = set()
    leads: set[str] = set()
    for entry in load_rules("negations"):
        kind, _, words = entry.partition(":")
        if kind.strip() == "fronted":
            continue
        target = negators if kind.strip() == "negators" else leads
        target.update(words.lower().split())
    return frozenset(negators), frozenset(leads)




def _is_negator(word: str, negators: frozenset[str]) -> bool:
    return word in negators or word.endswith(("n't", "n\u2019t"))


def polarity(view: SentenceView, frame: Frame) -> Polarity:
    """Rule `negated_cue`: a negator or a negative lead verb in the chain of
    auxiliaries right before the cue negates it: "did not say", "never
    said", "don't want", "declined to confirm", "refused to say", "was
    unable to confirm", "would not comment". The content stays as written;
    `shown_cue` is the chain and the cue, verbatim."""
    cue_text = " ".join(view.text[frame.cue[0] : frame.cue[1]].split())
    k = frame.cue_token - 1
    if frame.cue_token < 0 or (frame.source is not None and frame.source[0] >= frame.cue[1]):
        return Polarity(False, cue_text)
    if _neither_subject(view, frame):
        return Polarity(True, " ".join(view.text[view.tokens[0].start : frame.cue[1]].split()))
    auxiliary = fronted_negation_end(view.tokens)
    if auxiliary is not None and frame.source is not None and auxiliary + 1 < len(view.tokens) \
            and frame.source[0] == view.tokens[auxiliary + 1].start and frame.source[1] <= frame.cue[0]:
        # the cue's own subject follows the fronted negation's auxiliary: "Nor has he said"
        return Polarity(True, " ".join(view.text[view.tokens[0].start : frame.cue[1]].split()))
    negators, leads = _negations()
    tokens = view.tokens
    cue_word = tokens[frame.cue_token].lower
    if cue_word in leads and frame.cue_token + 2 < len(tokens) and tokens[frame.cue_token + 1].lower == "to":
        # the cue is itself the negative lead: "declined to say", "refused to confirm"
        end = tokens[frame.cue_token + 2].end
        return Polarity(True, " ".join(view.text[frame.cue[0] : end].split()))
    negated_at = None
    while k >= 0:
        low = tokens[k].lower
        if _is_negator(low, negators):
            negated_at = k
        elif low == "to" and k >= 1 and tokens[k - 1].lower in leads:
            negated_at = k - 1
            k -= 1
        elif low == "to" and k >= 2 and tokens[k - 2].lower == "no" and tokens[k - 1].is_word:
            # Rule `no_noun_to_negates`: "has no reason to believe", "had no plans to announce"
            negated_at = k - 2
            k -= 2
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


def is_hedged(content: str, backshifted: bool = False) -> bool:
    """Rule `hedged_content`: a hedge word (hedges.txt) in the claim's own
    clause, not in an embedded whether/if clause. Rule `backshift_is_no_hedge`:
    after a past-tense cue "would" is reported future ("told reporters that
    Berlin would sign"), not a hedge; could, may, might stay hedges."""
    own = EMBEDDED_CLAUSE.split(content.lower(), maxsplit=1)[0]
    for match in hedge_patterns().finditer(own):
        if backshifted and BACKSHIFTED.fullmatch(match.group()):
            continue
        if match.group() == "could" and PAST_INABILITY.match(own, match.end()):
            continue  # Rule `could_not_is_no_hedge`: "many patients could not reach the hospital"
        if RELATIVE_BEFORE.search(own, 0, match.start()):
            continue  # Rule `hedge_in_a_relative_clause`: "found materials that could produce bombs"
        return True
    return False


def past_tense_cue(view: SentenceView, frame: Frame) -> bool:
    """The cue is a past form ("said", "told", "warned") or follows "had"."""
    if frame.cue_token < 0:
        return False
    word = view.tokens[frame.cue_token].lower
    before = view.tokens[frame.cue_token - 1].lower if frame.cue_token > 0 else ""
    return word.endswith("ed") or word in past_forms() or before in ("had", "'d")


MAX_HEDGE_GAP_TOKENS = 6
# a modal before the cue hedges it as well as the hedges of hedges.txt: "Liberals can acknowledge"
HEDGING_MODALS = frozenset({"can", "cannot", "should", "must"})


def hedged_before_cue(view: SentenceView, frame: Frame) -> bool:
    """Rule `hedge_before_cue`: a modal or hedge adverb between the source
    and its cue hedges the claim: "GOP voters might want", "most Republicans
    would have surely preferred", "Liberals can acknowledge", "officials
    probably both expected and hoped". Only a short gap with no comma or
    dash counts ("Smith, who may run, said" is not hedged)."""
    if frame.source is None or frame.source[1] > frame.cue[0] or frame.cue_token < 0:
        return False
    gap = [t for t in view.tokens[: frame.cue_token] if t.start >= frame.source[1]]
    if len(gap) > MAX_HEDGE_GAP_TOKENS or any(not t.is_word for t in gap):
        return False
    words = " ".join(t.lower for t in gap)
    return any(t.lower in HEDGING_MODALS for t in gap) or bool(hedge_patterns().search(words))


def hedged_after_cue(view: SentenceView, frame: Frame) -> bool:
    """Rule `unsupported_claim_is_hedged`: a hedge between the cue and its
    content ("claimed without evidence that the army had arrived") leaves
    the claim unconfirmed."""
    if frame.cue_token < 0 or not frame.content or frame.content[0][0] < frame.cue[1]:
        return False
    gap = view.text[frame.cue[1] : frame.content[0][0]].lower()
    return len(gap.split()) <= MAX_HEDGE_GAP_TOKENS and bool(hedge_patterns().search(gap))


def hedging_cue(frame: Frame) -> bool:
    """Rule `hedging_cue`: "reportedly" or a passive with no agent ("it is
    expected that ...") leaves the claim unconfirmed."""
    return frame.rule in ("adverbial_evidential", "passive_attribution") and frame.source is None
