"""From text to claims: cues, rules, nesting, speakers, hedges, kinds."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.claims.frames import colon_attribution, frames_for_cue
from summarizer.claims.lexicon import CueEntry, hedge_patterns
from summarizer.claims.model import Claim
from summarizer.claims.patterns import Frame, SentenceView, cue_inside_quote, find_cues
from summarizer.claims.speakers import SpeakerIndex
from summarizer.claims.text import QUOTE_MARKS, Quotes, find_quotes, tokenize
from summarizer.model import Document, Sentence, Span

TITLE_CASE_SHARE = 0.7
# Hedges inside an embedded question or condition do not hedge the claim:
# "urged allies to review agreements to determine whether Ukraine could ...".
EMBEDDED_CLAUSE = re.compile(r"\b(?:whether|if)\b", re.IGNORECASE)


def extract_claims(text: str, *, headlines: bool = False) -> list[Claim]:
    """The attributed claims of an article, in text order.

    Claims come from the body sentences of `parse_document(text)`: never from
    boilerplate lines, and from headlines only when `headlines` is true (a
    headline's "X Seeks Y" is rarely a claim an analyst wants).
    `Claim.sentence` indexes `Document.sentences` (the body); headline
    claims count before it, from -1 backwards.
    """
    from summarizer.document import parse_document

    return claims_in_document(parse_document(text), headlines=headlines)


def claims_in_document(document: Document, *, headlines: bool = False) -> list[Claim]:
    """`extract_claims` for a document already parsed (summary and claims
    of one article then share one parse)."""
    numbered: list[tuple[int, Sentence]] = [(s.index, s) for s in document.sentences]
    if headlines:
        heads = [(-(k + 1), Sentence(-(k + 1), h.start, h.end, h.text)) for k, h in enumerate(document.headlines)]
        numbered = heads + numbered
    return tag_sentences(document.text, numbered)


def tag_sentences(text: str, sentences: Sequence[tuple[int, Sentence]]) -> list[Claim]:
    """Claims found in `sentences` (each with the number to report) of `text`."""
    quotes = find_quotes(text)
    views = [_view(text, number, sentence, quotes) for number, sentence in sentences]
    frames: list[tuple[SentenceView, Frame]] = []
    for view in views:
        frames.extend((view, frame) for frame in _sentence_frames(view))
    kept = _outermost(frames)
    _continue_quotes(text, views, kept, quotes)
    return _resolve(text, views, kept, quotes)


def _continue_quotes(
    text: str, views: list[SentenceView], kept: list[tuple[SentenceView, Frame]], quotes: Quotes
) -> None:
    """Rule `quote_continues_after_attribution`: `"A," X said. "B. C."` – the
    quotations that follow a quoted claim, up to the next claim or unquoted
    sentence, in its paragraph or in wholly quoted paragraphs after it, are
    the same speaker's words."""
    position = {id(view): k for k, view in enumerate(views)}
    claimed = {id(view) for view, _ in kept}
    for view, frame in kept:
        last_end = max(end for _, end in frame.content)
        if not quotes.inside(last_end - 2, last_end):
            continue
        k = position[id(view)] + 1
        while k < len(views):
            following = views[k]
            if id(following) in claimed or not following.tokens or following.start < last_end:
                if following.start < last_end and id(following) not in claimed:
                    k += 1
                    continue
                break
            quote = quotes.covering(following.tokens[0].start)
            if quote is None or text[following.start : following.end][:1] not in QUOTE_MARKS:
                break
            gap = text[last_end : quote[0]]
            if gap.count("\n\n") > 1 or (gap.count("\n\n") == 1 and quote[1] < following.end - 2):
                break  # a new paragraph continues the quote only when wholly quoted
            frame.content.append(quote)
            last_end = quote[1]
            k += 1


def _view(text: str, number: int, sentence: Sentence, quotes: Quotes) -> SentenceView:
    tokens = tokenize(text, sentence.start, sentence.end)
    words = [t for t in tokens if t.text[0].isalpha() and len(t.text) > 3]
    title_case = len(words) >= 3 and sum(t.is_capitalised for t in words) >= TITLE_CASE_SHARE * len(words)
    return SentenceView(number, sentence.start, sentence.end, tokens, quotes, text, title_case)


def _sentence_frames(view: SentenceView) -> list[Frame]:
    if not view.tokens:
        return []
    cues = [c for c in find_cues(view) if not cue_inside_quote(view, c[0]) and _complement_allowed(view, c[1], c[2])]
    cue_starts = {first for first, _, _ in cues}
    frames = []
    for first, last, entry in cues:
        frame = frames_for_cue(view, first, last, entry, cue_starts)
        if frame is None:
            continue
        if "quote" in entry.flags and not _quoted(view.text, frame):
            continue
        frames.append(_extend_over_quotes(frame, view.quotes))
    if not frames:
        colon = colon_attribution(view)
        if colon is not None:
            frames.append(colon)
    return frames


def _complement_allowed(view: SentenceView, last: int, entry: CueEntry) -> bool:
    """Rules `clause_cue` and `not_before_to` (flags +clause, +notto in cues.txt)."""
    tokens = view.tokens
    following = tokens[last + 1].text.lower() if last + 1 < len(tokens) else ""
    if "notto" in entry.flags and following == "to":
        return False
    if "clause" in entry.flags:
        return following in ("that", ":", ",") or following[:1] in QUOTE_MARKS or not following
    return True


def _quoted(text: str, frame: Frame) -> bool:
    return any(text[s:e].lstrip()[:1] in QUOTE_MARKS for s, e in frame.content)


def _extend_over_quotes(frame: Frame, quotes: Quotes) -> Frame:
    """Rule `quote_spans_sentences`: content that opens (or closes) a
    quotation running past its sentence takes the whole quotation."""
    parts = []
    for start, end in frame.content:
        for q_start, q_end in quotes.inside(start, end):
            if (q_start < start <= q_start + 1 and q_end > end) or (q_start >= start and q_end > end and q_start < end):
                end = q_end
            if q_end >= end - 1 and q_start < start:
                start = q_start
        parts.append((start, end))
    frame.content = parts
    return frame


def _outermost(frames: list[tuple[SentenceView, Frame]]) -> list[tuple[SentenceView, Frame]]:
    """Rule `outermost_only`: a cue inside another claim's content is nested
    and dropped (PolNeAR annotates the outermost attribution). Clause-final
    attributions ("..., officials said.") are outermost in ties."""
    order = sorted(range(len(frames)), key=lambda i: (not frames[i][1].clause_final, frames[i][1].cue[0]))
    kept: list[int] = []
    for i in order:
        frame = frames[i][1]
        if any(_within(frame.cue, frames[j][1].content) for j in kept):
            continue
        if any(_within(frames[j][1].cue, frame.content) for j in kept):
            continue
        kept.append(i)
    return [frames[i] for i in sorted(kept, key=lambda i: frames[i][1].cue[0])]


def _within(span: tuple[int, int], parts: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in parts)


def _resolve(
    text: str, views: list[SentenceView], kept: list[tuple[SentenceView, Frame]], quotes: Quotes
) -> list[Claim]:
    index = SpeakerIndex()
    claims = []
    pending = sorted(kept, key=lambda vf: vf[1].cue[0])
    position = 0
    for view in views:
        index.read_sentence(view.tokens)
        while position < len(pending) and pending[position][0] is view:
            _, frame = pending[position]
            claims.append(_claim(text, view, frame, index, quotes))
            position += 1
    return claims


def _claim(text: str, view: SentenceView, frame: Frame, index: SpeakerIndex, quotes: Quotes) -> Claim:
    speaker = role = None
    speaker_span = None
    if frame.source is not None:
        start, end = frame.source
        speaker_span = Span(start, end, text[start:end])
        source_tokens = [t for t in view.tokens if start <= t.start and t.end <= end] or tokenize(text, start, end)
        resolved = index.resolve(source_tokens, speaker_span.text)
        speaker, role = resolved.name, resolved.role
    parts = tuple(Span(s, e, text[s:e]) for s, e in sorted(frame.content))
    first, last = parts[0].start, parts[-1].end
    content = " ".join(p.text for p in parts)
    return Claim(
        speaker=speaker,
        speaker_span=speaker_span,
        cue=frame.entry.lemma,
        cue_class=frame.entry.cue_class,
        cue_span=Span(frame.cue[0], frame.cue[1], text[frame.cue[0] : frame.cue[1]]),
        content=content,
        content_span=Span(first, last, text[first:last]),
        kind=_kind(frame, parts, quotes),
        hedged=is_hedged(content) or _hedging_cue(frame),
        sentence=view.index,
        role=role,
        content_parts=parts if len(parts) > 1 else (),
        rule=frame.rule,
    )


def is_hedged(content: str) -> bool:
    """Rule `hedged_content`: a hedge word (hedges.txt) in the claim's own
    clause, not in an embedded whether/if clause."""
    own = EMBEDDED_CLAUSE.split(content, maxsplit=1)[0]
    return bool(hedge_patterns().search(own))


def _hedging_cue(frame: Frame) -> bool:
    """Rule `hedging_cue`: "reportedly" or a passive with no agent ("it is
    expected that ...") leaves the claim unconfirmed."""
    return frame.rule in ("adverbial_evidential", "passive_attribution") and frame.source is None


def _kind(frame: Frame, parts: tuple[Span, ...], quotes: Quotes) -> str:
    """direct: the content is quotation only; mixed: paraphrase with a quoted
    fragment; according_to; otherwise indirect."""
    if frame.entry.lemma == "according to":
        return "according_to"
    quoted = 0
    total = 0
    for part in parts:
        body = part.text.strip(" ,.;:")
        total += len(body.replace(" ", ""))
        for q_start, q_end in quotes.inside(part.start, part.end):
            quoted += len(part.text[max(q_start, part.start) - part.start : q_end - part.start].replace(" ", ""))
    if total and quoted >= 0.9 * total:
        return "direct"
    return "mixed" if quoted else "indirect"
