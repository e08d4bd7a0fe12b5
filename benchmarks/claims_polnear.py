"""Attributed-claim tagger vs PolNeAR gold attributions, with a naive floor.

Scoring (issue 3), the same for both taggers and in the same run:

- Pairing: each predicted claim pairs with at most one gold attribution whose
  cue span overlaps its cue span, largest overlap first; failing a cue
  overlap, a pair whose content spans overlap by at least half of the shorter
  (non-space characters) may pair.
- Detection P/R/F1 counts the pairs.
- Among pairs: the source is correct when the spans overlap or both are
  absent; content F1 is a character F1 over non-space characters (gold
  fragments, predicted parts).
- Strict P/R/F1 counts a pair only when the cues overlap, the source is
  correct and content F1 >= 0.5.

The naive tagger: in each sentence the first said/says/told/according to;
the capitalised words right before it are the source; the rest of the
sentence is the content.

Every sentence of the article but boilerplate is tagged, headlines too:
PolNeAR annotates headlines like any sentence.

Usage (tune on train, measure on dev):
  .venv/bin/python benchmarks/claims_polnear.py [--split dev|train] [--limit N]
      [--errors N] [--examples CUE] [--show N]
Skips with a message (exit 0) when ../shared/data/polnear is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarizer.claims import Claim, tag_sentences
from summarizer.document import parse_document
from summarizer.model import Sentence
from summarizer.nlp.splitter import paragraph_spans

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
STRICT_CONTENT_F1 = 0.5
CONTENT_PAIR_SHARE = 0.5
NAIVE_CUE = re.compile(r"\b(?:said|says|told|according to)\b", re.IGNORECASE)
CAPITALISED_WORD = re.compile(r"[A-Z][\w.'\u2019\-]*")

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution, gold or predicted, reduced to what scoring needs."""

    cue: Spans
    source: Spans
    content: Spans
    label: str  # the cue text (gold) or cue lemma (predicted)
    kind: str = ""
    rule: str = ""
    sentence_text: str = ""
    speaker: str | None = None  # predicted: the speaker shown; gold: the entity (None: unnamed or absent)
    speaker_kind: str = ""  # gold: person, organisation, group, unnamed, span (named by its own span), none


@dataclass(slots=True)
class Score:
    predicted: int = 0
    gold: int = 0
    pairs: int = 0
    cue_pairs: int = 0
    source_correct: int = 0
    content_f1_sum: float = 0.0
    strict: int = 0
    seconds: float = 0.0
    missed: Counter[str] = field(default_factory=Counter)
    missed_kind: Counter[str] = field(default_factory=Counter)
    false_positives: Counter[str] = field(default_factory=Counter)
    false_positive_rules: Counter[str] = field(default_factory=Counter)
    not_strict: Counter[str] = field(default_factory=Counter)
    speaker_verdicts: Counter[str] = field(default_factory=Counter)  # right / unresolved / wrong
    named_shown: int = 0
    named_right: int = 0
    attributed_strict: int = 0
    speaker_errors: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    speaker_examples: list[str] = field(default_factory=list)

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.predicted if self.predicted else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# --- data -----------------------------------------------------------------


def articles(split: str, limit: int | None) -> Iterator[dict]:
    with (POLNEAR / f"{split}.jsonl").open(encoding="utf-8") as handle:
        for count, line in enumerate(handle):
            if limit is not None and count >= limit:
                return
            yield json.loads(line)


def _spans(span: dict | None) -> Spans:
    if not span:
        return ()
    fragments = span.get("fragments") or [span]
    return tuple((f["start"], f["end"]) for f in fragments)


def resolved_speakers(split: str) -> dict[tuple[str, int], tuple[str, str]]:
    """(article id, attribution index) -> (resolved entity, kind) from
    `{split}_speakers.jsonl`, empty when the split has none."""
    path = POLNEAR / f"{split}_speakers.jsonl"
    if not path.is_file():
        return {}
    found = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            found[(row["id"], row["i"])] = (row["resolved"], row["kind"])
    return found


def gold_attributions(
    article: dict, speakers: dict[tuple[str, int], tuple[str, str]] | None = None
) -> list[Attribution]:
    text = article["text"]
    gold = []
    for i, attribution in enumerate(article["attributions"]):
        cue = _spans(attribution["cue"] or attribution.get("trigger"))
        content = _spans(attribution["content"])
        label = " ".join(text[s:e] for s, e in cue).lower()
        entity, entity_kind = _gold_speaker(attribution, (speakers or {}).get((article["id"], i)))
        gold.append(
            Attribution(
                cue,
                _spans(attribution["source"]),
                content,
                label,
                _gold_kind(text, attribution),
                speaker=entity,
                speaker_kind=entity_kind,
            )
        )
    return gold


def _gold_speaker(attribution: dict, resolved: tuple[str, str] | None) -> tuple[str | None, str]:
    """The entity a gold source names (None: unnamed), and its kind.

    README "Resolved speakers": listed attributions resolve to their entity
    (`UNNAMED` for unnamed sources); the others to their own source span,
    which names someone when it holds a capitalised word."""
    if attribution["source"] is None:
        return None, "none"
    if resolved is not None:
        entity, kind = resolved
        return (None, "unnamed") if entity == "UNNAMED" else (entity, kind)
    span = attribution["source"]["text"]
    return (span, "span") if any(w[:1].isupper() for w in span.split()) else (None, "unnamed")


def _gold_kind(text: str, attribution: dict) -> str:
    cue = (attribution["cue"] or {}).get("text", "").lower()
    content = (attribution["content"] or {}).get("text", "")
    if "according to" in cue:
        return "according_to"
    if attribution["source"] is None:
        return "no source"
    if content[:1] in "\"\u201c'\u2018":
        return "direct"
    if any(q in content for q in '"\u201c'):
        return "mixed"
    return "indirect"


def sentences_of(text: str) -> list[tuple[int, Sentence]]:
    """Every sentence but boilerplate, headlines included, numbered in order."""
    document = parse_document(text)
    spans = [(h.start, h.end, h.text) for h in document.headlines]
    spans += [(s.start, s.end, s.text) for s in document.sentences]
    spans.sort()
    paragraph_starts = [start for start, _ in paragraph_spans(text)]
    return [
        (i, Sentence(i, start, end, body, bisect_right(paragraph_starts, start) - 1))
        for i, (start, end, body) in enumerate(spans)
    ]


# --- taggers -----------------------------------------------------------------


def ours(text: str, sentences: list[tuple[int, Sentence]]) -> list[Attribution]:
    return [_from_claim(c, text) for c in tag_sentences(text, sentences)]


def _from_claim(claim: Claim, text: str) -> Attribution:
    parts = claim.content_parts or (claim.content_span,)
    source = ((claim.speaker_span.start, claim.speaker_span.end),) if claim.speaker_span else ()
    return Attribution(
        ((claim.cue_span.start, claim.cue_span.end),),
        source,
        tuple((p.start, p.end) for p in parts),
        claim.cue,
        claim.kind,
        claim.rule,
        speaker=claim.speaker,
    )


def naive(text: str, sentences: list[tuple[int, Sentence]]) -> list[Attribution]:
    """The floor: first said/says/told/according to in each sentence,
    capitalised words right before it as source, the rest as content."""
    found = []
    for _, sentence in sentences:
        match = NAIVE_CUE.search(sentence.text)
        if match is None:
            continue
        cue = (sentence.start + match.start(), sentence.start + match.end())
        words = list(re.finditer(r"\S+", sentence.text[: match.start()]))
        run = []
        for word in reversed(words):
            if CAPITALISED_WORD.match(word.group()):
                run.append(word)
            else:
                break
        source = ((sentence.start + run[-1].start(), sentence.start + run[0].end()),) if run else ()
        content = (cue[1], sentence.end)
        speaker = text[source[0][0] : source[0][1]] if source else None
        found.append(
            Attribution(
                (cue,), source, (content,) if content[1] > content[0] else (), match.group().lower(), speaker=speaker
            )
        )
    return found


# --- resolved speakers -----------------------------------------------------------------

SPEAKER_WORD = re.compile(r"[^\W\d_][\w.\u2019'\-]*")
NOT_A_NAME = frozenset(
    [
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "me",
        "him",
        "her",
        "us",
        "them",
        "who",
        "which",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "its",
        "our",
        "their",
        "my",
        "your",
        "some",
        "many",
        "several",
        "few",
        "most",
        "other",
        "others",
        "another",
        "one",
        "two",
        "three",
        "four",
        "five",
        "both",
        "all",
        "each",
        "various",
        "numerous",
        "multiple",
        "certain",
        "more",
    ]
)
FUNCTION_WORDS = frozenset(["the", "a", "an", "of", "and", "for", "in", "on", "at", "to", "by", "from", "with", "de"])


def _words(name: str) -> list[str]:
    return [re.sub(r"['\u2019]s?$", "", w).strip(".").lower() for w in SPEAKER_WORD.findall(name)]


PHRASE_END = re.compile(r"\s(?:of|for|from|in|at|with|on|to|by|who|which|that)\s|,|\(")
# Heads after which a name still names a body: "the Clinton campaign".
BODY_HEADS = frozenset(
    [
        "campaign",
        "camp",
        "administration",
        "committee",
        "government",
        "team",
        "party",
        "agency",
        "department",
        "ministry",
        "office",
        "council",
        "court",
        "board",
        "commission",
        "company",
        "group",
        "organization",
        "organisation",
        "network",
        "newspaper",
        "paper",
        "magazine",
    ]
)


def shows_name(speaker: str | None) -> bool:
    """A speaker shown names someone when its phrase holds a capitalised word
    that is not a pronoun, determiner or quantifier and its head is a name or
    a body ("the Clinton campaign"). "He", "the newspaper", "Many Americans"
    and "The Republican nominee" (a description) name nobody."""
    if not speaker:
        return False
    phrase = PHRASE_END.split(" " + speaker + " ", maxsplit=1)[0]
    words = SPEAKER_WORD.findall(phrase)
    if not words or words[0].lower() in NOT_A_NAME - {"the", "a", "an", "this", "that", "his", "its", "their"}:
        return False
    if not any(w[:1].isupper() and w.lower() not in NOT_A_NAME for w in words):
        return False
    head = words[-1]
    return head[:1].isupper() or re.sub(r"['\u2019]s?$", "", head.lower()) in BODY_HEADS


NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _last_name(name: str) -> str:
    """The surname: the last content word, not a suffix ("Joseph R. Biden Jr." -> "biden")."""
    words = [w for w in _words(name) if w and w not in FUNCTION_WORDS and w not in NAME_SUFFIXES]
    return words[-1] if words else ""


def names_entity(shown: str, entity: str, kind: str) -> bool:
    """README: the same last word for a person, most content words shared for
    an organisation, any member of a " & " group. An entity given by its own
    source span (kind "span") matches on any of its capitalised words."""
    if kind == "group":
        return any(names_entity(shown, member, "person") for member in entity.split(" & "))
    last = _last_name(shown)
    if kind == "span":
        capitalised = {_words(w)[0] for w in SPEAKER_WORD.findall(entity) if w[:1].isupper() and _words(w)}
        if last in capitalised - NOT_A_NAME:
            return True
    elif last and last == _last_name(entity):
        return True
    shown_words = {w for w in _words(shown) if w not in FUNCTION_WORDS}
    entity_words = {w for w in _words(entity) if w not in FUNCTION_WORDS}
    shared = len(shown_words & entity_words)
    return bool(shared) and 2 * shared > max(len(shown_words), len(entity_words))


def judge_speaker(shown: str | None, gold: Attribution) -> str:
    """right, unresolved or wrong (README "Resolved speakers")."""
    named = shows_name(shown)
    if gold.speaker is None:
        return "wrong" if named else "right"
    if not named:
        return "unresolved"
    return "right" if names_entity(shown or "", gold.speaker, gold.speaker_kind) else "wrong"


def _speaker_category(text: str, gold: Attribution, shown: str | None, verdict: str) -> str:
    """Why a judged speaker is not right, by what the gold source span is."""
    span = " ".join(text[s:e] for s, e in gold.source).strip()
    if gold.speaker_kind == "span":
        source = "named source"
    elif span.lower() in NOT_A_NAME or span.lower() in ("i", "we", "you"):
        source = "pronoun source"
    elif gold.speaker is None:
        source = "unnamed source"
    else:
        source = "description source"
    if verdict == "unresolved":
        return f"unresolved: {source}, " + ("no speaker shown" if not shown else "shown as description/pronoun")
    return f"wrong: {source}, " + ("a name shown for an unnamed source" if gold.speaker is None else "another entity")


# --- scoring -----------------------------------------------------------------


def _chars(text: str, spans: Spans) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if not text[i].isspace()}


def _overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def content_f1(text: str, predicted: Spans, gold: Spans) -> float:
    p, g = _chars(text, predicted), _chars(text, gold)
    if not p and not g:
        return 1.0
    common = len(p & g)
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def pair(text: str, predicted: Sequence[Attribution], gold: Sequence[Attribution]) -> list[tuple[int, int, bool]]:
    """(predicted index, gold index, paired by cue) for each pair."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            shared = _overlap(p.cue, g.cue)
            if shared:
                candidates.append((shared, i, j))
    pairs = []
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_p and j not in used_g:
            pairs.append((i, j, True))
            used_p.add(i)
            used_g.add(j)
    content_candidates = []
    chars_p = {i: _chars(text, p.content) for i, p in enumerate(predicted) if i not in used_p}
    chars_g = {j: _chars(text, g.content) for j, g in enumerate(gold) if j not in used_g}
    for i, cp in chars_p.items():
        for j, cg in chars_g.items():
            if cp and cg:
                shared = len(cp & cg)
                if shared >= CONTENT_PAIR_SHARE * min(len(cp), len(cg)):
                    content_candidates.append((shared, i, j))
    for _, i, j in sorted(content_candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_p and j not in used_g:
            pairs.append((i, j, False))
            used_p.add(i)
            used_g.add(j)
    return pairs


def score_article(score: Score, text: str, predicted: list[Attribution], gold: list[Attribution]) -> None:
    score.predicted += len(predicted)
    score.gold += len(gold)
    pairs = pair(text, predicted, gold)
    score.pairs += len(pairs)
    paired_p = {i for i, _, _ in pairs}
    paired_g = {j for _, j, _ in pairs}
    for i, j, by_cue in pairs:
        p, g = predicted[i], gold[j]
        source_ok = (not p.source and not g.source) or (bool(p.source) and _overlap(p.source, g.source) > 0)
        f1 = content_f1(text, p.content, g.content)
        score.cue_pairs += by_cue
        score.source_correct += source_ok
        score.content_f1_sum += f1
        verdict = judge_speaker(p.speaker, g)
        if by_cue and f1 >= STRICT_CONTENT_F1 and verdict == "right":
            score.attributed_strict += 1
        if g.source:  # attributions with no source span are not judged
            score.speaker_verdicts[verdict] += 1
            if shows_name(p.speaker):
                score.named_shown += 1
                score.named_right += verdict == "right"
            if verdict != "right":
                category = _speaker_category(text, g, p.speaker, verdict)
                score.speaker_errors[category] += 1
                if len(score.speaker_examples) < 2000:
                    gold_span = " ".join(text[s:e] for s, e in g.source)
                    score.speaker_examples.append(
                        f"{category} | gold {gold_span!r} -> {g.speaker!r} | shown {p.speaker!r} [{p.rule}]"
                    )
        if by_cue and source_ok and f1 >= STRICT_CONTENT_F1:
            score.strict += 1
        else:
            reason = (
                "paired by content only" if not by_cue else ("source wrong" if not source_ok else "content F1 < 0.5")
            )
            if by_cue and not source_ok and f1 < STRICT_CONTENT_F1:
                reason = "source wrong and content F1 < 0.5"
            score.not_strict[reason] += 1
    for j, g in enumerate(gold):
        if j not in paired_g:
            score.missed[g.label] += 1
            score.missed_kind[g.kind] += 1
    for i, p in enumerate(predicted):
        if i not in paired_p:
            score.false_positives[p.label] += 1
            score.false_positive_rules[p.rule or "naive"] += 1


def run(split: str, limit: int | None, examples: str | None, show: int) -> dict[str, Score]:
    taggers: dict[str, Callable[[str, list[tuple[int, Sentence]]], list[Attribution]]] = {"ours": ours, "naive": naive}
    scores = {name: Score() for name in taggers}
    speakers = resolved_speakers(split)
    for article in articles(split, limit):
        text = article["text"]
        gold = gold_attributions(article, speakers)
        sentences = sentences_of(text)
        for name, tagger in taggers.items():
            started = time.perf_counter()
            predicted = tagger(text, sentences)
            scores[name].seconds += time.perf_counter() - started
            score_article(scores[name], text, predicted, gold)
            if examples and name == "ours" and len(scores[name].examples) < show:
                _collect_examples(scores[name], text, predicted, gold, examples, sentences)
    return scores


def _collect_examples(
    score: Score,
    text: str,
    predicted: list[Attribution],
    gold: list[Attribution],
    cue: str,
    sentences: list[tuple[int, Sentence]],
) -> None:
    """Sentences where gold and ours disagree about `cue` (a gold cue text, a
    predicted lemma, "fp:RULE" for false positives of a rule, or "kind:KIND"
    for missed gold of a kind: direct, mixed, indirect, no source)."""
    pairs = pair(text, predicted, gold)
    paired_g = {j for _, j, _ in pairs}
    paired_p = {i for i, _, _ in pairs}

    def sentence_at(offset: int) -> str:
        for _, s in sentences:
            if s.start <= offset < s.end:
                return " ".join(s.text.split())
        return "?"

    if cue.startswith("fp:"):
        for i, p in enumerate(predicted):
            if i not in paired_p and (p.rule == cue[3:] or p.label == cue[3:]):
                score.examples.append(f"FP {p.label} [{p.rule}] :: {sentence_at(p.cue[0][0])}")
        return
    if cue.startswith("pair:"):
        for i, j, _ in pairs:
            p, g = predicted[i], gold[j]
            if g.label == cue[5:] or p.label == cue[5:]:
                f1 = content_f1(text, p.content, g.content)
                score.examples.append(
                    f"PAIR f1={f1:.2f} src_ok={bool(_overlap(p.source, g.source)) or (not p.source and not g.source)}\n"
                    f"   gold S={[text[s:e] for s, e in g.source]} C={[text[s:e][:120] for s, e in g.content]}\n"
                    f"   ours S={[text[s:e] for s, e in p.source]} C={[text[s:e][:120] for s, e in p.content]}"
                )
        return
    wanted_kind = cue[5:] if cue.startswith("kind:") else None
    for j, g in enumerate(gold):
        if j not in paired_g and (g.label == cue or cue == "*" or g.kind == wanted_kind):
            score.examples.append(
                f"MISS {g.label!r} S={[text[s:e] for s, e in g.source]} :: {sentence_at(g.cue[0][0] if g.cue else 0)}"
            )


# --- report -----------------------------------------------------------------


def report(split: str, scores: dict[str, Score], errors: int) -> None:
    print(f"PolNeAR {split}: {scores['ours'].gold} gold attributions\n")
    header = (
        f"{'tagger':<7} {'pred':>5} {'pairs':>5} {'det P':>6} {'det R':>6} {'det F1':>6} {'source':>6} "
        f"{'cont F1':>7} {'str P':>6} {'str R':>6} {'str F1':>6} {'sec':>5}"
    )
    print(header)
    print("-" * len(header))
    for name, s in scores.items():
        dp, dr, df = s.prf(s.pairs)
        sp, sr, sf = s.prf(s.strict)
        source = s.source_correct / s.pairs if s.pairs else 0.0
        content = s.content_f1_sum / s.pairs if s.pairs else 0.0
        print(
            f"{name:<7} {s.predicted:>5} {s.pairs:>5} {100 * dp:>6.1f} {100 * dr:>6.1f} {100 * df:>6.1f} "
            f"{100 * source:>6.1f} {100 * content:>7.1f} {100 * sp:>6.1f} {100 * sr:>6.1f} {100 * sf:>6.1f} "
            f"{s.seconds:>5.1f}"
        )
    ours_score = scores["ours"]
    print("\nsource: share of pairs with the source right; cont F1: mean content character F1 over pairs.")
    if resolved_speakers(split):
        _speaker_report(scores, errors)
    else:
        print(f"\nResolved speakers: not scored ({split}_speakers.jsonl is absent; only dev has one).")
    _table("Missed gold attributions by gold kind", ours_score.missed_kind, errors, ours_score.gold)
    _table("Missed gold attributions by cue text", ours_score.missed, errors, ours_score.gold)
    _table("False positives (ours) by cue lemma", ours_score.false_positives, errors, ours_score.predicted)
    _table("False positives (ours) by rule", ours_score.false_positive_rules, errors, ours_score.predicted)
    _table("Pairs that are not strict (ours), by reason", ours_score.not_strict, errors, ours_score.pairs)


def _speaker_report(scores: dict[str, Score], errors: int) -> None:
    """README "Resolved speakers": the speaker a reader sees, judged."""
    print("\nResolved speakers (pairs whose gold has a source; README 'Resolved speakers')\n")
    header = (
        f"{'tagger':<7} {'judged':>6} {'right':>6} {'unres':>6} {'wrong':>6} {'named':>6} {'nm right':>8} "
        f"{'att P':>6} {'att R':>6} {'att F1':>6}"
    )
    print(header)
    print("-" * len(header))
    for name, s in scores.items():
        judged = sum(s.speaker_verdicts.values())
        share = {v: 100 * s.speaker_verdicts[v] / judged if judged else 0.0 for v in ("right", "unresolved", "wrong")}
        named_right = 100 * s.named_right / s.named_shown if s.named_shown else 0.0
        ap, ar, af = s.prf(s.attributed_strict)
        print(
            f"{name:<7} {judged:>6} {share['right']:>6.1f} {share['unresolved']:>6.1f} {share['wrong']:>6.1f} "
            f"{s.named_shown:>6} {named_right:>8.1f} {100 * ap:>6.1f} {100 * ar:>6.1f} {100 * af:>6.1f}"
        )
    print(
        "\nright/unres/wrong: % of judged pairs; named: speakers shown that name someone, nm right: % of them right;"
        "\natt P/R/F1: strict pairs (cue overlap, content F1 >= 0.5) whose speaker is right."
    )
    _table(
        "Speakers not right (ours), by category",
        scores["ours"].speaker_errors,
        errors,
        sum(scores["ours"].speaker_verdicts.values()),
    )


def _table(title: str, counts: Counter[str], rows: int, total: int) -> None:
    print(f"\n{title} (total {sum(counts.values())} of {total})")
    for label, count in counts.most_common(rows):
        print(f"  {count:>5}  {label!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--split", choices=("dev", "train"), default="dev", help="PolNeAR split (tune on train).")
    parser.add_argument("--limit", type=int, default=None, help="Score only the first N articles.")
    parser.add_argument("--errors", type=int, default=15, help="Rows in each error table.")
    parser.add_argument(
        "--examples",
        default=None,
        help="Print sentences for a missed gold cue text, '*', kind:KIND (direct, mixed, indirect,\n"
        "no source), fp:RULE|LEMMA, pair:CUE, or speaker[:TEXT]\n"
        "(judged speakers not right, optionally only lines holding TEXT).",
    )
    parser.add_argument("--show", type=int, default=30, help="How many examples to print.")
    args = parser.parse_args(argv)
    if not (POLNEAR / f"{args.split}.jsonl").is_file():
        print(f"skipped: {POLNEAR / (args.split + '.jsonl')} not found (PolNeAR lives in ../shared/data/polnear)")
        return 0
    started = time.perf_counter()
    scores = run(args.split, args.limit, args.examples, args.show)
    report(args.split, scores, args.errors)
    if args.examples and args.examples.startswith("speaker"):
        wanted = args.examples.partition(":")[2]
        print(f"\nSpeakers not right{f' ({wanted})' if wanted else ''}:")
        lines = [line for line in scores["ours"].speaker_examples if wanted in line]
        for line in lines[: args.show]:
            print(" ", line)
    elif args.examples:
        print(f"\nExamples for {args.examples!r}:")
        for line in scores["ours"].examples[: args.show]:
            print(" ", line)
    print(f"\n{time.perf_counter() - started:.1f} s in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
