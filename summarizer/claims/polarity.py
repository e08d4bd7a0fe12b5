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
from summarizer.claims.lexicon import cue_forms, hedge_patterns, past_forms
from summarizer.claims.rules import Frame
from summarizer.claims.text import SentenceView
from summarizer.rules import load_rules

# Hedges inside an embedded question or condition do not hedge the claim:
# "urged allies to review agreements to determine whether Ukraine could ...".
# Both are searched in lower-cased text.
EMBEDDED_CLAUSE = re.compile(r"\b(?:whether|if)\b")
BACKSHIFTED = re.compile(r"\b(?:would|'d)\b")
# "could not", "could no longer", "could never": what was not possible, not a doubt
PAST_INABILITY = re.compile(r"\s+(?:not|no\s+longer|never)\b|n't|n\u2019t")
# A modal right after a relative pronoun tells what a thing or person can do
# ("materials that could produce bombs", "a man who may be armed"), not how
# sure the speaker is.
RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+$")
# The hedge scope rules of issue 9 (session 7): where a hedge word sits in a
# phrase that is not the claim's own assertion. Each pattern is searched in the
# lower-cased content right before (or after) the hedge word; `_out_of_scope`
# applies them.
#
# Rule `hedge_in_a_noun_complement`: "a campaign of allegations on the
# possibility that Syria could use chemical weapons", "stunned by the report
# that the driver may have been speaking", "as fears rose that youths could
# launch reprisals": the modal belongs to a possibility someone else raised or
# reported, named by a noun; the speaker's statement is firm. An indefinite
# "there is a possibility that ..." and "could not rule out the possibility
# that ..." stay hedges (the speaker's own doubt), and so does a modal after
# "the prospect of <noun>", whose subject the noun phrase is ("the prospect of
# another candidate could hold his feet to the fire").
NOUN_COMPLEMENT_BEFORE = re.compile(
    r"(?:\bthe\s+(?:possibility|prospect|reports?|claims?|allegations?|suggestions?|rumou?rs?|speculation"
    r"|idea|notion)|\b(?:fears|concerns|worries|speculation|reports|rumou?rs)\s+(?:rose|grew|mounted|increased"
    r"|spread|swirled))\s+that\s+(?:[\w'\u2019-]+\s+){0,5}$"
)
RULED_OUT_BEFORE = re.compile(r"\brul(?:e|ed|es|ing)\s+out\s+$")
# Rule `hedge_in_an_embedded_question`: "asked where he could buy two
# camels", "explaining why officials in Iowa might feel free", "anticipates
# when the printer may vibrate", "what one might see", "beyond what could have
# been accomplished": a modal in a wh-clause asks or names a possibility, it
# does not hedge the claim. Only a short subject may stand between the wh-word
# and the modal (at most two words after "when", which also opens time
# clauses: "said that when it fails it could ..." keeps its hedge), and no
# verb: "said what happened could affect the talks" is hedged.
WH_BEFORE = re.compile(r"\b(where|why|how|what|when)\s+((?:[\w'\u2019-]+\s+){0,3})$")
WH_CLAUSE_VERBS = frozenset(
    {"is", "was", "are", "were", "be", "been", "has", "had", "have", "did", "does", "do", "said", "says"}
    | {"happened", "happens"}
)
EMBEDDED_QUESTION_MODALS = frozenset({"could", "may", "might", "would"})
# Rule `comparative_likelihood_is_no_hedge`: "women who took a multivitamin
# were less likely to die from heart disease than women who didn't" states a
# measured difference, not a doubt. "A strike is now less likely" (no "than"),
# "more likely than not" and "most likely" stay hedges.
COMPARATIVE_BEFORE = re.compile(r"\b(?:more|less)\s+$")
THAN_AFTER = re.compile(r"(?![^,;:.!?]*\bthan\s+not\b)[^,;:.!?]*\bthan\b")  # used with .match(text, pos)
# Rule `alleged_charge_is_no_hedge`: "arrested for allegedly running a
# brothel network", "faces one count of visa fraud ... for allegedly lying":
# "allegedly" names the charge; the arrest or the indictment is a fact. "The
# defendants allegedly operated the network" stays hedged.
CHARGE_BEFORE = re.compile(r"\bfor\s+$")
# Rule `capitalised_may_is_no_modal`: "May" written with a capital after a
# word and before a lower-case word or a number is the month or a name
# ("announced last May", "on May 18", "Theresa May could"); a title-case
# headline ("Voters May Have Won Cruz the Caucus") keeps its hedge. A reported
# clause that opens with "May" and a finite verb ("announced [last] May it had
# started working") is the month too: the modal opens a sentence only with a
# bare verb ("May God help us").
MAY_AFTER_A_WORD = re.compile(r"[\w,]\s+$")
MAY_NOT_IN_TITLE_CASE = re.compile(r"May\b(?!\s+[A-Z])")  # used with .match(text, pos)
MAY_THEN_FINITE_VERB = re.compile(
    r"May\s+(?:it|he|she|they|we|I|you|the\s+[\w-]+|[A-Z][\w-]+)\s+(?:had|has|was|were|is|are|did|\w+ed)\b"
)
# Rule `concessive_hedge_is_no_hedge`: "while heart disease may be the No. 1
# killer around the world, cancer clocks in just behind it", "while Michigan
# universities could use race as a factor ..., they could not make race the
# determining factor": the modal concedes a point in a clause that opens the
# content; the claim is the main clause after the comma. A hedge in the main
# clause still counts ("the strike may come, while talks go on" is hedged).
CONCESSIVE_BEFORE = re.compile(r"^\W*(?:while|although|though|whereas)\s+(?:[\w'\u2019.-]+\s+){0,6}$")
MAIN_CLAUSE_AFTER = re.compile(r"[^,;:]*,")  # used with .match(text, pos)
# Rule `counterfactual_is_no_hedge`: "without the quick response, this tragedy
# could have been much worse", "the deaths could have been prevented": what
# might have happened but did not; the speaker is sure of what did.
COUNTERFACTUAL_AFTER = re.compile(
    r"\s+have\s+been\s+(?:(?:much|far|even|a\s+lot|so\s+much)\s+)?(?:worse|better|avoided|prevented)\b"
)
# Rule `hedge_in_a_relative_clause` also covers a relative "that" with its own
# subject after an indefinite pronoun: "there was nothing more medically that
# they could do" (but "said that they could strike" is a reported clause).
RELATIVE_WITH_SUBJECT_BEFORE = re.compile(
    r"\b(?:nothing|anything|everything|something)\s+(?:[\w'\u2019-]+\s+){0,2}?that\s+"
    r"(?:i|you|he|she|it|we|they|one)\s+$"
)
# Rule `nested_backshift_is_no_hedge`: "according to RIA Novosti, the foreign
# ministry warned that it would not tolerate blackmail": "would" a few words
# after a past-tense reporting verb inside the content is reported future, as
# after a past-tense cue (rule `backshift_is_no_hedge`); after a belief verb
# ("he thought the plan would fail") it keeps its doubt.
NESTED_CUE_MAX_WORDS = 4  # words between the reporting verb (and "that") and "would"


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
    lowered = content.lower()
    own = EMBEDDED_CLAUSE.split(lowered, maxsplit=1)[0]
    for match in hedge_patterns().finditer(own):
        word, before = match.group(), own[: match.start()]
        if backshifted and BACKSHIFTED.fullmatch(word):
            continue
        if word == "could" and PAST_INABILITY.match(own, match.end()):
            continue  # Rule `could_not_is_no_hedge`: "many patients could not reach the hospital"
        if RELATIVE_BEFORE.search(before) or RELATIVE_WITH_SUBJECT_BEFORE.search(before):
            continue  # Rule `hedge_in_a_relative_clause`: "found materials that could produce bombs"
        if _out_of_scope(content, own, match, before) is not None:
            continue
        return True
    return False


def _out_of_scope(content: str, own: str, match: re.Match[str], before: str) -> str | None:
    """The name of the hedge scope rule that puts this hedge word outside the
    claim's own assertion, or None when it hedges the claim (rules named
    above: noun complement, embedded question, comparative likelihood,
    alleged charge, capitalised May, concessive clause, counterfactual,
    nested backshift)."""
    word = match.group()
    noun_complement = NOUN_COMPLEMENT_BEFORE.search(before)
    if noun_complement is not None and not RULED_OUT_BEFORE.search(before, 0, noun_complement.start()):
        return "hedge_in_a_noun_complement"
    wh = WH_BEFORE.search(before) if word in EMBEDDED_QUESTION_MODALS else None
    if wh is not None:
        between = wh.group(2).split()
        if not (wh.group(1) == "when" and len(between) > 2) and not any(
            w in WH_CLAUSE_VERBS or w.endswith("ed") for w in between
        ):
            return "hedge_in_an_embedded_question"
    if word in ("likely", "unlikely") and COMPARATIVE_BEFORE.search(before) and THAN_AFTER.match(own, match.end()):
        return "comparative_likelihood_is_no_hedge"
    if word == "allegedly" and CHARGE_BEFORE.search(before):
        return "alleged_charge_is_no_hedge"
    if word == "may" and len(content) == len(content.lower()) and content[match.start()] == "M":
        after_a_word = MAY_AFTER_A_WORD.search(content, 0, match.start()) is not None
        if (after_a_word and MAY_NOT_IN_TITLE_CASE.match(content, match.start())) or MAY_THEN_FINITE_VERB.match(
            content, match.start()
        ):
            return "capitalised_may_is_no_modal"
    if CONCESSIVE_BEFORE.search(before) and MAIN_CLAUSE_AFTER.match(own, match.end()):
        return "concessive_hedge_is_no_hedge"
    if word == "could" and COUNTERFACTUAL_AFTER.match(own, match.end()):
        return "counterfactual_is_no_hedge"
    if word in ("would", "'d"):
        words = before.split()[-(NESTED_CUE_MAX_WORDS + 2) :]
        for k, candidate in enumerate(words):
            after = [w for w in words[k + 1 :] if w != "that"]
            if len(after) <= NESTED_CUE_MAX_WORDS and _past_reporting_verb(candidate):
                return "nested_backshift_is_no_hedge"
    return None


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
    return word.endswith("ed") or word in past_forms() or before in ("had", "'d")


MAX_HEDGE_GAP_TOKENS = 6
# a modal before the cue hedges it as well as the hedges of hedges.txt: "Liberals can acknowledge"
HEDGING_MODALS = frozenset({"can", "should", "must"})
# Rule `frame_in_a_question_is_no_hedge`: a source and cue inside an embedded
# question or a relative clause ("the case examined whether the federal
# government can deny benefits", "pressed on whether the administration would
# agree to demands", "problems in which we can know right answers") ask or
# describe; the modal before the cue is the question's, not a doubt about a
# claim. "Some might say it's irresponsible" stays hedged.
QUESTION_BEFORE_SOURCE = frozenset({"whether", "if", "how", "why", "where", "what", "when", "which", "whom"})
NEGATABLE_MODALS = frozenset({"would", "could", "can", "ca", "will", "wo", "should", "must"})


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
    before_source = [t for t in view.tokens if t.end <= frame.source[0]]
    if before_source and before_source[-1].lower in QUESTION_BEFORE_SOURCE:
        return False
    # Rule `negated_modal_is_no_hedge`: "the British Embassy would not confirm
    # his identity", "could not say", "can't believe", "cannot confirm" refuse
    # or deny (the negation shows in the cue); "may not have known" stays a hedge.
    negators = _negations()[0]
    kept = [
        t for k, t in enumerate(gap)
        if not (t.lower in NEGATABLE_MODALS and k + 1 < len(gap) and _is_negator(gap[k + 1].lower, negators))
        and t.lower not in ("cannot", "can't", "can\u2019t")
    ]
    words = " ".join(t.lower for t in kept)
    return any(t.lower in HEDGING_MODALS for t in kept) or bool(hedge_patterns().search(words))


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
