"""Briefing notes: what happened, who said what, what is still uncertain.

`make_brief` runs the pipeline on one or several articles — document,
ranked sentences, claims, mentions — and gathers the result into a `Brief`:
plain data that the renderers (Markdown, JSON, rich) only lay out. Every
point cites the sentences it comes from: citation `[n]` is `references[n-1]`,
a source and a sentence with offsets into that source's text.

Across articles, near-duplicate sentences (agency copy reprinted by several
outlets) become one point that cites every source carrying them, the same
speaker is one speaker, and key points are chosen over the whole set.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from summarizer.document import parse_document
from summarizer.mentions import Mention, find_mentions
from summarizer.model import Document
from summarizer.nlp.words import content_words, count_words, stem
from summarizer.reading import Article, read_article
from summarizer.summarizers import get_ranker

SINGLE_ARTICLE_POINTS = 4
MULTI_ARTICLE_POINTS = 6
# Two sentences are the same point when their content-word stems overlap
# this much (Jaccard), or one's stems are nearly all in the other's.
NEAR_DUPLICATE_JACCARD = 0.7
NEAR_DUPLICATE_CONTAINMENT = 0.9
MENTIONS_SHOWN = 12
UNNAMED = "Unnamed sources"
NO_SOURCE = "No source given"


@dataclass(frozen=True, slots=True)
class BriefSource:
    number: int
    name: str
    title: str | None
    date: str | None
    url: str | None
    words: int


@dataclass(frozen=True, slots=True)
class Reference:
    """What citation `[number]` points at: a sentence of a source."""

    number: int
    source: int
    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Point:
    text: str
    citations: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class BriefClaim:
    speaker: str | None
    role: str | None
    cue: str
    cue_class: str
    content: str
    kind: str
    hedged: bool
    citations: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SpeakerGroup:
    speaker: str
    role: str | None
    named: bool
    claims: tuple[BriefClaim, ...]


@dataclass(frozen=True, slots=True)
class Brief:
    sources: tuple[BriefSource, ...]
    bottom_line: Point | None
    key_points: tuple[Point, ...]
    speakers: tuple[SpeakerGroup, ...]
    uncertain: tuple[BriefClaim, ...]
    mentions: tuple[Mention, ...]
    references: tuple[Reference, ...]
    words_in: int
    words_out: int

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    def to_markdown(self) -> str:
        from summarizer.render.brief import brief_markdown

        return brief_markdown(self)


def make_brief(
    inputs: Iterable[str | Path | Article],
    *,
    points: int | None = None,
    words: int | None = None,
    method: str = "default",
) -> Brief:
    """A briefing note for one or several articles.

    Each input is an `Article` (see `summarizer.reading`), a `Path`, or a
    string: a URL, `-`, or the path of a file when one exists by that name,
    the article text otherwise. Give at most
    one of `points` (key points besides the bottom line) and `words` (a
    budget for the bottom line and key points together).
    """
    articles = [_as_article(item) for item in inputs]
    if not articles:
        raise ValueError("a brief needs at least one article")
    if points is not None and words is not None:
        raise ValueError("give only one length limit, not points and words")
    if points is not None and points < 0:
        raise ValueError("points must be 0 or more")
    documents = [parse_document(article.text) for article in articles]
    citations = _Citations(documents)
    picked = _pick_points(documents, points, words, method)
    bottom, rest = (picked[0], picked[1:]) if picked else (None, [])
    ordered = sorted(rest, key=lambda p: p.members[0])
    bottom_line = citations.point(bottom) if bottom else None
    key_points = tuple(citations.point(p) for p in ordered)
    claims = _gather_claims(documents, citations)
    speakers = _group_by_speaker(claims)
    uncertain = tuple(c for c in claims if c.hedged or c.speaker is None)
    speaker_names = [g.speaker for g in speakers if g.named]
    mentions = find_mentions((s.text for d in documents for s in d.sentences), speaker_names)
    words_out = sum(count_words(p.text) for p in (bottom_line, *key_points) if p) + sum(
        count_words(c.content) for c in claims
    )
    sources = tuple(
        BriefSource(i + 1, a.name, a.title or d.title, a.date, a.url, sum(count_words(s.text) for s in d.sentences))
        for i, (a, d) in enumerate(zip(articles, documents, strict=True))
    )
    return Brief(
        sources=sources,
        bottom_line=bottom_line,
        key_points=key_points,
        speakers=speakers,
        uncertain=uncertain,
        mentions=tuple(mentions[:MENTIONS_SHOWN]),
        references=citations.references(),
        words_in=sum(source.words for source in sources),
        words_out=words_out,
    )


def _as_article(item: str | Path | Article) -> Article:
    from summarizer.sources import is_url

    if isinstance(item, Article):
        return item
    if isinstance(item, Path):
        return read_article(str(item))
    looks_like_a_name = "\n" not in item and len(item) < 4096
    if looks_like_a_name and (item == "-" or is_url(item) or Path(item).is_file()):
        return read_article(item)
    return Article(text=item, source="text")


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A key-point candidate: the same sentence in one or more sources."""

    members: tuple[tuple[int, int], ...]  # (source, sentence) pairs
    text: str
    stems: frozenset[str]


class _Citations:
    """Numbers citations in the order the note first uses them."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self._documents = documents
        self._numbers: dict[tuple[int, int], int] = {}

    def cite(self, source: int, sentence: int) -> int:
        return self._numbers.setdefault((source, sentence), len(self._numbers) + 1)

    def point(self, candidate: _Candidate) -> Point:
        return Point(candidate.text, tuple(self.cite(s, i) for s, i in candidate.members))

    def references(self) -> tuple[Reference, ...]:
        references = []
        for (source, index), number in sorted(self._numbers.items(), key=lambda item: item[1]):
            sentence = self._documents[source].sentences[index]
            references.append(Reference(number, source + 1, index, sentence.start, sentence.end, sentence.text))
        return tuple(references)


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(text))


def is_near_duplicate(a: frozenset[str], b: frozenset[str]) -> bool:
    """Rule `near_duplicate`: reprinted copy, possibly lightly edited."""
    if not a or not b:
        return a == b
    shared = len(a & b)
    return shared / len(a | b) >= NEAR_DUPLICATE_JACCARD or shared / min(len(a), len(b)) >= NEAR_DUPLICATE_CONTAINMENT


def _pick_points(
    documents: Sequence[Document], points: int | None, words: int | None, method: str
) -> list[_Candidate]:
    """Bottom line first, then key points, chosen over all sources at once.

    Each source's ranker orders its sentences; the pooled order takes the
    best remaining sentence of each source in turn, so that one long article
    cannot crowd out the others. A sentence close to one already taken adds
    its citation to that point instead of repeating it.
    """
    wanted = 1 + (points if points is not None else
                  SINGLE_ARTICLE_POINTS if len(documents) == 1 else MULTI_ARTICLE_POINTS)
    ranker = get_ranker(method)
    per_source: list[list[int]] = []
    for document in documents:
        scores = ranker.score(document)
        per_source.append(sorted(range(len(scores)), key=lambda i: (-scores[i], i)))
    picked: list[_Candidate] = []
    used_words = 0
    depth = max((len(order) for order in per_source), default=0)
    for rank in range(depth):
        for source, order in enumerate(per_source):
            if rank >= len(order):
                continue
            index = order[rank]
            sentence = documents[source].sentences[index]
            stems = _stems(sentence.text)
            twin = next((k for k, c in enumerate(picked) if is_near_duplicate(c.stems, stems)), None)
            if twin is not None:
                if all(s != source for s, _ in picked[twin].members):
                    old = picked[twin]
                    picked[twin] = _Candidate((*old.members, (source, index)), old.text, old.stems)
                continue
            if len(picked) >= wanted and words is None:
                continue
            size = count_words(sentence.text)
            if words is not None and used_words + size > words:
                continue
            picked.append(_Candidate(((source, index),), sentence.text, stems))
            used_words += size
    return picked


def _gather_claims(documents: Sequence[Document], citations: _Citations) -> list[BriefClaim]:
    from summarizer.claims import claims_in_document

    gathered: list[BriefClaim] = []
    seen: list[tuple[frozenset[str], int]] = []
    for source, document in enumerate(documents):
        for claim in claims_in_document(document):
            stems = _stems(claim.content)
            twin = next((k for k, (s, _) in enumerate(seen) if is_near_duplicate(s, stems)), None)
            number = citations.cite(source, claim.sentence)
            if twin is not None and gathered[seen[twin][1]].speaker == claim.speaker:
                old = gathered[seen[twin][1]]
                if number not in old.citations:
                    gathered[seen[twin][1]] = _replace_citations(old, (*old.citations, number))
                continue
            seen.append((stems, len(gathered)))
            gathered.append(BriefClaim(
                speaker=claim.speaker,
                role=getattr(claim, "role", None),
                cue=claim.cue_text,
                cue_class=claim.cue_class,
                content=claim.content,
                kind=claim.kind,
                hedged=claim.hedged,
                citations=(number,),
            ))
    return _merge_speaker_names(gathered)


def _replace_citations(claim: BriefClaim, citations: tuple[int, ...]) -> BriefClaim:
    return BriefClaim(claim.speaker, claim.role, claim.cue, claim.cue_class, claim.content, claim.kind,
                      claim.hedged, citations)


def is_named(speaker: str | None) -> bool:
    """A named speaker has a capitalised word: "the Pentagon", not "officials"."""
    return bool(speaker) and any(word[:1].isupper() for word in speaker.split())


def _merge_speaker_names(claims: list[BriefClaim]) -> list[BriefClaim]:
    """The same speaker across articles is one speaker: "Stoltenberg" in one
    source is "Jens Stoltenberg" of another when the surname fits only him."""
    full_names = {c.speaker for c in claims if c.speaker and len(c.speaker.split()) > 1}
    merged = []
    for claim in claims:
        speaker = claim.speaker
        if speaker and len(speaker.split()) == 1:
            fits = [name for name in full_names if name.split()[-1] == speaker]
            if len(fits) == 1:
                speaker = fits[0]
        roles = [c.role for c in claims if c.speaker == speaker and c.role]
        merged.append(BriefClaim(speaker, claim.role or (roles[0] if roles else None), claim.cue,
                                 claim.cue_class, claim.content, claim.kind, claim.hedged, claim.citations))
    return merged


def _group_by_speaker(claims: Sequence[BriefClaim]) -> tuple[SpeakerGroup, ...]:
    """Named speakers by number of claims, then unnamed, then no source."""
    groups: dict[str, list[BriefClaim]] = {}
    for claim in claims:
        key = claim.speaker if is_named(claim.speaker) else UNNAMED if claim.speaker else NO_SOURCE
        groups.setdefault(key, []).append(claim)
    ordered = sorted(groups.items(), key=lambda item: (item[0] in (UNNAMED, NO_SOURCE), item[0] == NO_SOURCE,
                                                       -len(item[1]), item[1][0].citations))
    return tuple(
        SpeakerGroup(name, next((c.role for c in group if c.role), None), name not in (UNNAMED, NO_SOURCE),
                     tuple(group))
        for name, group in ordered
    )
