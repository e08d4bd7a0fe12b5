"""The plain data that flows through the pipeline.

Every stage takes and returns these small immutable records. Offsets
(`start`, `end`) always index the original text exactly as it was read, so
anything can be highlighted or cited.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from summarizer.nlp.words import one_line
from summarizer.rules import word_set

# The kinds a claim, its speaker and its cue verb come in (summarizer.claims
# tags them; a brief lists them).
ClaimKind = Literal["direct", "indirect", "mixed", "according_to"]
SpeakerKind = Literal["person", "organisation", "unnamed", "unresolved"]
CueClass = Literal["neutral", "assertive", "tentative", "directive", "belief", "report"]

# The label every view and the brief give claims whose source the tagger
# could not resolve ("she", "the ministry"): never grouped as one speaker.
UNRESOLVED = "Speaker not resolved"
# ... and of the claims whose text names no source at all
NO_SOURCE = "No source given"
# The claims view's cue of a speaker label ("KULEBA: ...", a headline's "Bieber: '...'"; claims.extract's
# rule `colon_label_shown_as_such`); the brief says it in words (render.brief).
SPEAKER_LABEL = "(speaker label)"


def source_is_cut(source: str | None) -> bool:
    """Rule `cut_source_is_left_out` (session 6: "The *asserted*: dismissal
    laws are so costly ..." of "The plaintiffs alleged ... and asserted
    ..."; QA round 33: "The saying" in the claims view): a source in words
    that are only a determiner is a span cut short by the tagger. It says
    nobody, and "The asserted" reads as a broken line: the brief leaves the
    claim out, the claims view shows the cue without it. A source with a
    noun stays ("The union said"). The words that open a noun phrase and
    name nothing alone are the claim grammar's determiners
    (rules/claim_grammar.txt `determiners`).

    Rule `label_is_never_a_fragment` (QA round 47, 698: "“some of the”
    noting: ..."): a source of several words that ends in a determiner or
    a preposition ("some of the", "Organizers of the") was cut inside its
    noun phrase as well: no label either. "The union said", a lone
    pronoun and "a friend of his" ("his" standing alone) stay."""
    if source is None:
        return False
    words = source.lower().split()
    determiners = word_set("claim_grammar", "determiners")
    if len(words) == 1:
        return words[0] in determiners
    if not words or words[-2:] == ["of", "his"]:
        return False
    return words[-1] in determiners or words[-1] in word_set("claim_grammar", "prepositions")


def source_with_cue(source: str, cue: str, kind: str) -> str:
    """Rule `according_to_leads_its_source` (QA round 33: "officials
    according to: the incident unfolded ..." read backwards): a source and
    its cue as a reader says them: "according to officials" for an
    "according to" claim, whose cue comes before its source, else "officials
    said"."""
    return f"{cue} {source}" if kind == "according_to" else f"{source} {cue}"

# A line broken after the hyphen of a compound ("Third-\nCountry"): one word.
HYPHEN_AT_LINE_END = re.compile(r"(?<=\w)-[ \t]*(?:\r\n|\r|\n)\s*(?=\w)")


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the original text: `text == original[start:end]`."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, int | str]:
        """The span as JSON-ready data."""
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the article body.

    `index` is the sentence's position among the body sentences (0-based);
    `paragraph` the index of the paragraph that holds it.
    """

    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0

    @property
    def span(self) -> Span:
        """The sentence as a `Span` of the original text."""
        return Span(self.start, self.end, self.text)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of text between blank lines, as sentence indices."""

    index: int
    start: int
    end: int
    sentences: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Document:
    """An article ready for ranking.

    `sentences` holds only the body: headlines, subheads inside the article
    and boilerplate lines (navigation, teasers, comment prompts) are kept
    apart in `headlines`, `headings` and `boilerplate`, so that no ranker or
    tagger can pick them.
    """

    text: str
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[Paragraph, ...]
    headlines: tuple[Span, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    headings: tuple[Span, ...] = ()
    # The title the article came with (a web page's headline), if any.
    page_title: str | None = None
    # What the reader should know about the article as read (`Article.warnings`: "almost no
    # article text", a guessed encoding), each named by its source: every view shows them.
    warnings: tuple[str, ...] = ()

    @property
    def title(self) -> str | None:
        """The article's one title, on one line: the page's own title when
        it came with one, else the first headline of the text. A headline
        hard-wrapped over two lines is one title with plain spaces, and a
        compound broken after its hyphen one word (the headline's span keeps
        the text as written)."""
        raw = self.page_title or (self.headlines[0].text if self.headlines else "")
        return one_line(HYPHEN_AT_LINE_END.sub("-", raw)) or None


@dataclass(frozen=True, slots=True)
class ScoredSentence:
    """A sentence with the score its ranker gave it."""

    index: int
    start: int
    end: int
    text: str
    score: float


@dataclass(frozen=True, slots=True)
class Summary:
    """Picked sentences in article order, with what it took to pick them."""

    title: str | None
    method: str
    sentences: tuple[ScoredSentence, ...]
    total_sentences: int
    total_words: int
    kept_words: int
    headlines: tuple[Span, ...] = field(default=())
    # The article's warnings (`Document.warnings`). Not in `to_dict`: `summarizer batch` gives
    # them once a record, beside the summary; the views add them (`warnings_field`).
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready data (`--format json` adds the "source" read)."""
        return {
            "title": self.title,
            "method": self.method,
            "sentences": [
                {"index": s.index, "text": s.text, "start": s.start, "end": s.end, "score": s.score}
                for s in self.sentences
            ],
            "stats": {
                "sentences_kept": len(self.sentences),
                "sentences_total": self.total_sentences,
                "words_kept": self.kept_words,
                "words_total": self.total_words,
            },
        }


# --- --explain ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExplainedSentence:
    """One body sentence: its score, the parts of the score (in the order of
    `Explanation.component_names`) and whether the summary kept it."""

    index: int
    start: int
    end: int
    text: str
    score: float
    picked: bool
    components: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class Explanation:
    """Every sentence of a document as its ranker saw it, and the summary."""

    summary: Summary
    component_names: tuple[str, ...]
    component_weights: tuple[float, ...]
    sentences: tuple[ExplainedSentence, ...]

    def to_dict(self) -> dict[str, Any]:
        """The summary's JSON with an `explain` section added."""
        data = self.summary.to_dict()
        data["explain"] = {
            "weights": dict(zip(self.component_names, self.component_weights, strict=True)),
            "sentences": [
                {
                    "index": s.index, "text": s.text, "start": s.start, "end": s.end, "score": s.score,
                    "picked": s.picked, "components": dict(zip(self.component_names, s.components, strict=True)),
                }
                for s in self.sentences
            ],
        }
        return data


# --- briefing notes -------------------------------------------------------------

MentionKind = Literal["person", "organisation", "place", "other"]
PERSON: MentionKind = "person"
ORGANISATION: MentionKind = "organisation"
PLACE: MentionKind = "place"
OTHER: MentionKind = "other"


@dataclass(frozen=True, slots=True)
class Mention:
    """A name the articles mention, what it names, and how often."""

    name: str
    kind: MentionKind
    count: int


# How messages and views name standard input, given as `-`.
STANDARD_INPUT = "standard input"


def display_name(source: str) -> str:
    """How messages and views name a source: `standard input` for `-`, else
    as given. JSON keeps what was given (`-`), as every command's `source`
    does: a program reading it can tell it from a file of that name."""
    return STANDARD_INPUT if source == "-" else source


@dataclass(frozen=True, slots=True)
class BriefSource:
    """Source `number` of a note (from 1): its name as given (a path, a URL,
    `-` for standard input), its title, date and URL when known, its body's
    words, and how many of its claims the note left out to stay short
    (`summarizer claims` lists them all); `claims_in_points`: how many of
    those it gives as the bottom line or a key point instead, by their
    sentence (rule `claim_in_a_point_is_no_misfit`). Rule `left_out_says_why`:
    of the rest, `claims_not_alone` do not read on their own (a fragment of
    content, a source pointing back to a sentence not shown),
    `claims_captions` are told by a photo caption and `claims_site_notes` by
    the site itself; the others are left out for the note's words."""

    number: int
    name: str
    title: str | None
    date: str | None
    url: str | None
    words: int
    claims_left_out: int = 0
    claims_in_points: int = 0
    claims_not_alone: int = 0
    claims_captions: int = 0
    claims_site_notes: int = 0
    # The article's warnings (`Article.warnings`), each named by this source. Keyword-only: the
    # counts before it are given by position.
    warnings: tuple[str, ...] = field(default=(), kw_only=True)

    @property
    def address(self) -> str:
        """Where the source is, as the views show it: its URL, else its name
        (`standard input` for `-`)."""
        return self.url or display_name(self.name)


@dataclass(frozen=True, slots=True)
class Reference:
    """What citation `[number]` points at: a sentence of a source. `link`
    opens a web source at the sentence (a URL text fragment); None for
    files and standard input."""

    number: int
    source: int
    sentence: int
    start: int
    end: int
    text: str
    link: str | None = None


@dataclass(frozen=True, slots=True)
class Point:
    """The bottom line or a key point: a sentence, verbatim, and the
    citations (numbers of `Brief.references`) that carry it."""

    text: str
    citations: tuple[int, ...]
    # in a brief of several sources, the sources (by number) the point is from (brief rule
    # `point_says_its_source`); empty in a brief of one
    sources: tuple[int, ...] = ()
    # a hedged claim is given by the point's sentence (brief rule `point_shows_its_claims_hedge`)
    hedged: bool = False


@dataclass(frozen=True, slots=True)
class BriefClaim:
    """A claim as the note lists it: the speaker's fullest name (None when
    the text gives no source), the cue as written, the claim, and its
    citations (a claim reprinted by several sources cites each)."""

    speaker: str | None
    role: str | None
    cue: str
    cue_class: CueClass
    content: str
    kind: ClaimKind
    hedged: bool
    citations: tuple[int, ...]
    speaker_kind: SpeakerKind = "unresolved"
    negated: bool = False
    # in a brief of several sources, the sources (by number) of a claim whose
    # speaker does not say which article it is from (unnamed, unresolved, none)
    sources: tuple[int, ...] = ()
    # a claim with no source whose content is shown as written, its cue in it
    # ("is thought to", "reportedly"): brief rule `sourceless_claim_as_written`
    cue_in_content: bool = False


@dataclass(frozen=True, slots=True)
class SpeakerGroup:
    """The claims of one speaker under "Who said what". `named` is false for
    the groups of unnamed sources, unresolved speakers and claims with no
    source, whose `speaker` is the group's heading."""

    speaker: str
    role: str | None
    named: bool
    claims: tuple[BriefClaim, ...]


@dataclass(frozen=True, slots=True)
class Brief:
    """A briefing note: plain data that `summarizer.render.brief` lays out.

    Citation `[n]` anywhere in the note is `references[n-1]`. `words_out`
    (bottom line, key points and claims) is at most half of `words_in`
    (the sources' body words), or the bottom line alone when that is more.
    """

    sources: tuple[BriefSource, ...]
    bottom_line: Point | None
    key_points: tuple[Point, ...]
    speakers: tuple[SpeakerGroup, ...]
    uncertain: tuple[BriefClaim, ...]
    mentions: tuple[Mention, ...]
    references: tuple[Reference, ...]
    words_in: int
    words_out: int
    # for each kind of name, how many the note's Mentioned list leaves out
    # (brief rule `left_out_names_are_counted`)
    mentions_left_out: tuple[tuple[MentionKind, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The note as JSON-ready data (`--format json`): "warnings", every
        source's in source order, only when there are any (a clean note's JSON
        stays as it was)."""
        data = asdict(self)
        data["mentions_left_out"] = dict(self.mentions_left_out)  # {"person": 3, ...}: a kind, its count
        for source in data["sources"]:
            del source["warnings"]
        if self.warnings:
            data["warnings"] = list(self.warnings)
        return data

    @property
    def warnings(self) -> tuple[str, ...]:
        """Every source's warnings, in source order (each names its source)."""
        return tuple(warning for source in self.sources for warning in source.warnings)
