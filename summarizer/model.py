"""The plain data that flows through the pipeline.

Every stage takes and returns these small immutable records. Offsets
(`start`, `end`) always index the original text exactly as it was read, so
anything can be highlighted or cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# A line broken after the hyphen of a compound ("Third-\nCountry"): one word.
HYPHEN_AT_LINE_END = re.compile(r"(?<=\w)-[ \t]*(?:\r\n|\r|\n)\s*(?=\w)")


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the original text: `text == original[start:end]`."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, int | str]:
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

    @property
    def title(self) -> str | None:
        """The article's one title, on one line: the page's own title when
        it came with one, else the first headline of the text. A headline
        hard-wrapped over two lines is one title with plain spaces, and a
        compound broken after its hyphen one word (the headline's span keeps
        the text as written)."""
        raw = self.page_title or (self.headlines[0].text if self.headlines else "")
        return " ".join(HYPHEN_AT_LINE_END.sub("-", raw).split()) or None


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

    def to_dict(self) -> dict[str, Any]:
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
