"""Views of attributed claims: rich (highlighted article + table), Markdown,
plain text and JSON. Nothing here computes: every value comes from the
`Claim`s and the `Document` passed in."""

from __future__ import annotations

import json
from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from summarizer.claims import Claim
from summarizer.model import Document

SPEAKER_STYLE = "bold cyan"
CUE_STYLE = "bold magenta"
CONTENT_STYLE = "green"
HEDGED_STYLE = "yellow"
NO_SPEAKER = "(no speaker)"


def speaker_label(claim: Claim) -> str:
    return claim.speaker or NO_SPEAKER


def by_speaker(claims: Sequence[Claim]) -> list[tuple[str, list[Claim]]]:
    """Claims grouped by speaker, speakers in order of first claim."""
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(speaker_label(claim), []).append(claim)
    return list(groups.items())


def role_of(claims: Sequence[Claim]) -> str:
    return next((c.role for c in claims if c.role), "")


class ClaimsView:
    """The article body with speaker, cue and content highlighted, then a
    table of the claims grouped by speaker."""

    def __init__(self, document: Document, claims: Sequence[Claim]) -> None:
        self.document = document
        self.claims = list(claims)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Panel(
            self.article(),
            title=Text(self.document.title, style="bold") if self.document.title else None,
            title_align="left",
            border_style="blue",
            subtitle=self.legend(),
            subtitle_align="right",
        )
        yield self.table()

    def article(self) -> Text:
        document = self.document
        if not document.sentences:
            return Text("(no body text)", style="italic dim")
        start, end = document.sentences[0].start, document.sentences[-1].end
        text = Text(document.text[start:end])
        for claim in self.claims:
            content_style = HEDGED_STYLE if claim.hedged else CONTENT_STYLE
            for part in claim.content_parts or (claim.content_span,):
                _stylize(text, part.start - start, part.end - start, end - start, content_style)
            if claim.speaker_span:
                _stylize(
                    text, claim.speaker_span.start - start, claim.speaker_span.end - start, end - start, SPEAKER_STYLE
                )
            _stylize(text, claim.cue_span.start - start, claim.cue_span.end - start, end - start, CUE_STYLE)
        return text

    def legend(self) -> Text:
        legend = Text()
        legend.append("speaker", SPEAKER_STYLE).append(" · ").append("cue", CUE_STYLE).append(" · ")
        legend.append("claim", CONTENT_STYLE).append(" · ").append("hedged claim", HEDGED_STYLE)
        legend.append(f" · {len(self.claims)} claim{'s' if len(self.claims) != 1 else ''}")
        return legend

    def table(self) -> Table:
        table = Table(title="Claims by speaker", title_justify="left", show_lines=False, expand=True)
        table.add_column("Speaker", style=SPEAKER_STYLE, no_wrap=True)
        table.add_column("Role", style="dim")
        table.add_column("Cue", style=CUE_STYLE, no_wrap=True)
        table.add_column("Claim", ratio=1)
        table.add_column("Hedged", justify="center")
        table.add_column("#", justify="right", style="dim")
        if not self.claims:
            table.add_row("", "", "", Text("(no claims to show)", style="italic dim"), "", "")
        for number, (speaker, claims) in enumerate(by_speaker(self.claims)):
            if number:
                table.add_section()
            role = role_of(claims)
            for row, claim in enumerate(claims):
                table.add_row(
                    speaker if row == 0 else "",
                    role if row == 0 else "",
                    f"{claim.cue_text} ({claim.cue_class})",
                    Text(claim.content, style=HEDGED_STYLE if claim.hedged else ""),
                    "yes" if claim.hedged else "",
                    sentence_number(claim),
                )
        return table


def _stylize(text: Text, start: int, end: int, limit: int, style: str) -> None:
    start, end = max(start, 0), min(end, limit)
    if start < end:
        text.stylize(style, start, end)


def sentence_number(claim: Claim) -> str:
    """1-based body sentence number, as the summary view shows it; "h" for a headline."""
    return str(claim.sentence + 1) if claim.sentence >= 0 else f"h{-claim.sentence}"


def claims_group(document: Document, claims: Sequence[Claim]) -> Group:
    return Group(ClaimsView(document, claims))


def claims_text(claims: Sequence[Claim]) -> str:
    """One claim a line, tab-separated: sentence, speaker, role, cue, class,
    kind, hedged, content. For pipes and scripts."""
    lines = []
    for claim in claims:
        fields = [
            sentence_number(claim),
            speaker_label(claim),
            claim.role or "",
            claim.cue_text,
            claim.cue_class,
            claim.kind,
            "hedged" if claim.hedged else "",
            " ".join(claim.content.split()),
        ]
        lines.append("\t".join(fields) + "\n")
    return "".join(lines)


def claims_markdown(claims: Sequence[Claim], title: str | None = None) -> str:
    """A Markdown section per speaker, one bullet a claim."""
    out = [f"# Claims: {title}\n" if title else "# Claims\n"]
    if not claims:
        out.append("\n_No attributed claims found._\n")
    for speaker, group in by_speaker(claims):
        role = role_of(group)
        out.append(f"\n## {_md(speaker)}{f' ({_md(role)})' if role else ''}\n\n")
        for claim in group:
            hedge = " · _hedged_" if claim.hedged else ""
            content = _md(" ".join(claim.content.split()))
            out.append(
                f"- **{_md(claim.cue_text)}** ({claim.cue_class}, {claim.kind}{hedge}, "
                f"sentence {sentence_number(claim)}): {content}\n"
            )
    return "".join(out)


def _md(text: str) -> str:
    for char in "\\`*_[]<>|#":
        text = text.replace(char, "\\" + char)
    return text


def claims_json(claims: Sequence[Claim]) -> str:
    return json.dumps({"claims": [c.to_dict() for c in claims]}, ensure_ascii=False, indent=2) + "\n"
