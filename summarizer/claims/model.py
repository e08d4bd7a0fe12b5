"""The record the tagger produces: one attributed claim."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, get_args

from summarizer.model import ClaimKind, CueClass, Span, SpeakerKind

KINDS: tuple[ClaimKind, ...] = get_args(ClaimKind)
SPEAKER_KINDS: tuple[SpeakerKind, ...] = get_args(SpeakerKind)
CUE_CLASSES: tuple[CueClass, ...] = get_args(CueClass)


@dataclass(frozen=True, slots=True)
class Claim:
    """Who said what, and how.

    `speaker` is the canonical name ("Jens Stoltenberg" for a later
    "Stoltenberg", "the Secretary General" or "he") or None when the text
    gives no source ("it is expected that ..."). `content_span` covers the
    claim itself without speaker and cue; a direct quote keeps its quotation
    marks. When an attribution interrupts the content (`"We will win," he
    said, "and soon."`) `content_parts` holds the pieces and `content_span`
    their extent. `sentence` is the index of the sentence holding the cue.
    """

    speaker: str | None
    speaker_span: Span | None
    cue: str
    cue_class: CueClass
    cue_span: Span
    content: str
    content_span: Span
    kind: ClaimKind
    hedged: bool
    sentence: int
    role: str | None = None
    content_parts: tuple[Span, ...] = ()
    rule: str = ""  # the pattern rule that found it, for --debug and error analysis
    negated: bool = False
    speaker_kind: SpeakerKind = "unresolved"
    shown_cue: str = ""

    @property
    def source_as_written(self) -> str | None:
        """The speaker, or else the source in the article's words ("she",
        "The Albert Quay spot") on one line; None when the text gives none."""
        source = self.speaker or (self.speaker_span.text if self.speaker_span else None)
        return " ".join(source.split()) if source is not None else None

    @property
    def cue_text(self) -> str:
        """The cue as a reader should see it: "said", "did not confirm"."""
        return self.shown_cue or self.cue_span.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "role": self.role,
            "speaker_span": self.speaker_span.to_dict() if self.speaker_span else None,
            "cue": self.cue,
            "cue_class": self.cue_class,
            "cue_span": self.cue_span.to_dict(),
            "content": self.content,
            "content_span": self.content_span.to_dict(),
            "content_parts": [part.to_dict() for part in self.content_parts],
            "kind": self.kind,
            "hedged": self.hedged,
            "negated": self.negated,
            "shown_cue": self.cue_text,
            "speaker_kind": self.speaker_kind,
            "sentence": self.sentence,
            "rule": self.rule,
        }
