"""Views of attributed claims: rich (highlighted article, then the claims
by speaker), Markdown, plain text and JSON. Nothing here computes: every
value comes from the `Claim`s and the `Document` passed in."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from summarizer.model import UNRESOLVED, Document, source_is_cut, source_with_cue
from summarizer.render import Views, claim_tail, markdown_escape, note_lines, notes_view, one_line, warnings_field

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.table import Table
    from rich.text import Text

    from summarizer.claims.model import Claim

SPEAKER_STYLE = "bold cyan"
CUE_STYLE = "bold magenta"
CONTENT_STYLE = "green"
HEDGED_STYLE = "yellow"
# Below the width where the claims table fits with its Claim column at
# least this wide, each claim is drawn stacked: speaker line, then cue and
# the whole claim wrapped beneath.
CLAIM_COLUMN_MIN = 36
# The claims table's column headers, and its padding (a space either side
# of each column) and borders (between columns and at both edges).
SPEAKER, ROLE, CUE, CLAIM, HEDGED, NUMBER = TABLE_HEADERS = ("Speaker", "Role", "Cue", "Claim", "Hedged", "#")
TABLE_CHROME = 2 * len(TABLE_HEADERS) + len(TABLE_HEADERS) + 1
# Rule `text_row_carries_the_json` appends speaker_kind at the end, so that a script's field numbers
# (`cut -f2,4,10`: speaker, cue, content) stay what they were.
TEXT_COLUMNS = ("sentence", "speaker", "role", "cue", "class", "kind", "hedged", "negated", "source", "content",
                "speaker_kind")


def speaker_label(claim: Claim) -> str:
    """The speaker as the views show it: `UNRESOLVED` for a source the
    tagger could not resolve ("she", "the ministry"), so that two women
    each written "she" are never shown as one speaker, and for a claim
    whose text gives no source ("reportedly"). Rule
    `one_heading_for_no_speaker` (QA round 36: "(no speaker)" and "Speaker
    not resolved" were two headings of one kind of claim): one heading."""
    if claim.speaker is None or claim.speaker_kind == "unresolved":
        return UNRESOLVED
    return claim.speaker


def cue_words(claim: Claim) -> str:
    """The cue as every view shows it: the words of the article, with a
    negation that reverses it ("did not confirm"), with the source as
    written when it is not resolved ("she said", "according to the
    affidavit": rule `according_to_leads_its_source`), unless that source
    is a lone determiner cut from its noun ("The saying": rule
    `cut_source_is_left_out`)."""
    source = unresolved_source(claim)
    if source is not None:
        # Rule `source_as_written_is_quoted` (QA round 36: "They worry added (neutral): traffic
        # ...", "Sultan Qaboos bin Said (neutral)" read as a speaker's words glued to a verb):
        # the article's words before the cue stand in quotation marks, apart from the cue; after
        # "according to" they read as written ("according to the affidavit")
        shown = source if claim.kind == "according_to" else f"\u201c{source}\u201d"
        return source_with_cue(shown, claim.cue_text, claim.kind)
    return claim.cue_text


def unresolved_source(claim: Claim) -> str | None:
    """The source as the article wrote it, for a speaker the tagger could
    not resolve ("she", "the ministry"); None for a resolved one, or when
    that source is a lone determiner cut from its noun (rule
    `cut_source_is_left_out`)."""
    source = claim.source_as_written
    if source is None or claim.speaker_kind != "unresolved" or source_is_cut(source):
        return None
    return source


def shown_class(claim: Claim) -> str | None:
    """The cue's class as the views show it after the cue, or None when the
    cue already says it. Rule `class_the_cue_says_is_not_repeated` (brief2
    s18, standard.co.uk: "Poland / reported (report): 25.9 new cases" read
    as a stutter; the class is the kind of cue, and "reported" tells the
    reader it is a report): a cue word that opens on its class's name
    ("reported", "reports" of class report) leaves the class out; "revealed
    (report)", "said (neutral)" keep it. The TSV and JSON keep every class
    (a column a program reads)."""
    # the cue's own words: not a source shown before it ("“The reporter” said (neutral)")
    said = any(word.lower().startswith(claim.cue_class) for word in claim.cue_text.split())
    return None if said else claim.cue_class


def cue_label(claim: Claim) -> str:
    """The cue with its class: `urged (directive)`; the cue alone when it
    says its class (rule `class_the_cue_says_is_not_repeated`)."""
    shown = shown_class(claim)
    return f"{cue_words(claim)} ({shown})" if shown else cue_words(claim)


def by_speaker(claims: Sequence[Claim]) -> list[tuple[str, list[Claim]]]:
    """Claims grouped by speaker, speakers in order of first claim. Rule
    `one_description_one_group` (QA round 36: "his family" and "His
    family", "A homeland security official" and "the official" were two
    groups each): an unnamed source written again in other capitals, or
    again as "the" and the head noun of the one earlier unnamed source
    that ends with it, joins that source's group. "the official" after two
    officials ("a police official", "a State Department official") stays
    apart."""
    groups: dict[str, list[Claim]] = {}
    first_written: dict[str, str] = {}  # lower case -> the label as first written
    unnamed = frozenset(c.speaker for c in claims if c.speaker_kind == "unnamed")
    for claim in claims:
        label = speaker_label(claim)
        if claim.speaker_kind == "unnamed":
            label = first_written.setdefault(label.lower(), label)
            label = _earlier_description(label, [k for k in groups if k.lower() != label.lower()], unnamed) or label
        groups.setdefault(label, []).append(claim)
    return list(groups.items())


DEFINITE = re.compile(r"^the\s+(\w+)$", re.IGNORECASE)
INDEFINITE = re.compile(r"^(?:a|an)\s+(?:[\w\-]+\s+){0,4}?(\w+)$", re.IGNORECASE)


def _earlier_description(label: str, earlier: Sequence[str], unnamed: frozenset[str | None]) -> str | None:
    """The one earlier unnamed source written "a/an ... NOUN" for a label
    "the NOUN" (rule `one_description_one_group`), else None."""
    definite = DEFINITE.match(label)
    if definite is None:
        return None
    fits = [name for name in earlier if name in unnamed and (m := INDEFINITE.match(name)) is not None
            and m.group(1).lower() == definite.group(1).lower()]
    return fits[0] if len(fits) == 1 else None


def role_of(claims: Sequence[Claim]) -> str:
    """The first role any of the claims gives its speaker, or ''."""
    return next((c.role for c in claims if c.role), "")


# What every view of claims says when there are none.
NO_CLAIMS_LINE = "No attributed claims found."


class ClaimsView:
    """The article body with speaker, cue and content highlighted, then the
    claims grouped by speaker: a table where it fits, stacked otherwise."""

    def __init__(self, document: Document, claims: Sequence[Claim]) -> None:
        self.document = document
        self.claims = list(claims)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.text import Text

        from summarizer.render.layout import colour_shown, framed, table_fits

        colour = colour_shown(console)
        title = Text(self.document.title, style="bold") if self.document.title else None
        if self.document.warnings:
            yield notes_view(note_lines(self.document.warnings))
        yield from framed(self.article(), title, self.legend(colour), options.max_width)
        if not self.claims:
            # One plain line, the words the markdown view uses: an empty
            # table (or an empty "by speaker" list) reads as a broken layout.
            yield Text(NO_CLAIMS_LINE)
            return
        table = self.table() if self.table_may_fit(options.max_width) else None
        yield table if table is not None and table_fits(console, options, table) else self.stacked()

    def table_may_fit(self, width: int) -> bool:
        """A quick bound before the table is built: the widest speaker, the
        widest cue, the other headers and the Claim column's minimum must fit
        (a transcript may give tens of thousands of rows; `table_fits` then
        decides exactly)."""
        from rich.cells import cell_len

        speakers = max((cell_len(speaker_label(c)) for c in self.claims), default=0)
        cues = max((cell_len(cue_label(c)) for c in self.claims), default=0)
        # Each column is at least as wide as its header, with a space
        # either side and a border between columns and at both edges.
        widths = (max(speakers, len(SPEAKER)), len(ROLE), max(cues, len(CUE)), CLAIM_COLUMN_MIN,
                  len(HEDGED), len(NUMBER))
        return sum(widths) + TABLE_CHROME <= width

    def article(self) -> Text:
        """The paragraphs that hold a claim, each claim's speaker, cue and
        content marked; a dim line stands for each run of paragraphs without
        one, so that a long page shows its claims in context without
        scrolling through all of it (`summarize` shows the whole text)."""
        from rich.text import Text

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
        shown = Text()
        for i, block in enumerate(paragraphs_with_claims(document, self.claims)):
            if i:
                shown.append("\n\n")
            if block.skipped:
                shown.append(gap_line(block.skipped), style="italic dim")
            else:
                shown.append_text(text[max(block.start, start) - start : min(block.end, end) - start])
        return shown

    def legend(self, colour: bool = True) -> Text:
        """The key to the highlights and the count. Without colour only bold
        survives (speaker and cue), so the key says that instead of showing
        colours the reader cannot see."""
        from rich.text import Text

        count = f"{len(self.claims)} claim{'s' if len(self.claims) != 1 else ''}"
        if not colour:
            return Text(f"speakers and cues in bold · {count}")
        legend = Text()
        legend.append("speaker", SPEAKER_STYLE).append(" · ").append("cue", CUE_STYLE).append(" · ")
        legend.append("claim", CONTENT_STYLE).append(" · ").append("hedged claim", HEDGED_STYLE)
        return legend.append(f" · {count}")

    def table(self) -> Table:
        """Every column but Claim keeps its cells on one line: whether the
        table fits is then plain arithmetic (`table_fits`), and a table that
        does not fit is never drawn squeezed."""
        from rich.table import Table
        from rich.text import Text

        table = Table(title="Claims by speaker", title_justify="left", show_lines=False, expand=True)
        table.add_column(SPEAKER, style=SPEAKER_STYLE, no_wrap=True)
        table.add_column(ROLE, style="dim", no_wrap=True)
        table.add_column(CUE, style=CUE_STYLE, no_wrap=True)
        table.add_column(CLAIM, ratio=1, min_width=CLAIM_COLUMN_MIN, overflow="fold")
        table.add_column(HEDGED, justify="center", no_wrap=True)
        table.add_column(NUMBER, justify="right", style="dim", no_wrap=True)
        for number, (speaker, claims) in enumerate(by_speaker(self.claims)):
            if number:
                table.add_section()
            role = role_of(claims)
            for row, claim in enumerate(claims):
                table.add_row(  # Text, not str: a name is never read as rich markup
                    Text(speaker if row == 0 else ""),
                    Text(role if row == 0 else ""),
                    Text(cue_label(claim)),
                    Text(one_line(claim.content), style=HEDGED_STYLE if claim.hedged else ""),
                    Text("yes" if claim.hedged else ""),
                    Text(sentence_number(claim)),
                )
        return table

    def stacked(self) -> RenderableType:
        """Each speaker on a line (with the role), then one entry a claim:
        the sentence number in brackets as the summary view shows it, and
        the cue and the whole claim wrapped beside it, never cut."""
        from rich.console import Group
        from rich.text import Text

        parts: list[RenderableType] = [Text("Claims by speaker", style="italic")]
        for speaker, claims in by_speaker(self.claims):
            role = role_of(claims)
            line = Text(speaker, style=SPEAKER_STYLE)
            if role:
                line.append(f" — {role}", style="cyan")
            parts += [Text(), line]
            labels = [f"[{sentence_number(claim)}]" for claim in claims]
            label_width = max(len(label) for label in labels)
            for label, claim in zip(labels, claims, strict=True):
                shown = shown_class(claim)
                entry = Text.assemble((cue_words(claim), CUE_STYLE), (f" ({shown})" if shown else "", "dim"))
                if claim.hedged:
                    entry.append(" · hedged", style=HEDGED_STYLE)
                if claim.content:  # a bare refusal ("declined to comment") has none
                    entry.append(": ")
                    entry.append(one_line(claim.content), style=HEDGED_STYLE if claim.hedged else "")
                parts.append(Hanging(label.rjust(label_width), entry))
        return Group(*parts)


class Hanging:
    """`label` (dim), a space, and `entry` wrapped beside it with every
    further line indented under the entry's start: a two-column grid for
    one row, drawn without rich's table layout (a transcript may give tens
    of thousands of claims, and a table per claim is several times slower)."""

    def __init__(self, label: str, entry: Text) -> None:
        self.label = label
        self.entry = entry

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.text import Text

        indent = len(self.label) + 1
        room = max(options.max_width - indent, 1)
        one_line_fits = self.entry.cell_len <= room and "\n" not in self.entry.plain
        lines = [self.entry.copy()] if one_line_fits else self.entry.wrap(console, room, overflow="fold")
        for number, line in enumerate(lines):
            prefix = Text(self.label, style="dim") if number == 0 else Text(" " * len(self.label))
            line.rstrip()
            yield Text.assemble(prefix, " ", line, no_wrap=True, overflow="ignore")


class Block(NamedTuple):
    """A paragraph shown in the claims view (`skipped` 0), or a run of
    `skipped` paragraphs without a claim, from `start` to `end`."""

    start: int
    end: int
    skipped: int


def paragraphs_with_claims(document: Document, claims: Sequence[Claim]) -> list[Block]:
    """The body's paragraphs that a claim's speaker, cue or content touch,
    in order, with each run of the others between them as one Block."""
    paragraphs = [p for p in document.paragraphs if p.sentences]
    if not paragraphs:
        first, last = document.sentences[0].start, document.sentences[-1].end
        return [Block(first, last, 0 if claims else 1)]
    touched: set[int] = set()
    for claim in claims:
        spans = [claim.cue_span, *(claim.content_parts or (claim.content_span,))]
        if claim.speaker_span:
            spans.append(claim.speaker_span)
        for span in spans:
            touched.update(i for i, p in enumerate(paragraphs) if p.start < span.end and span.start < p.end)
    blocks: list[Block] = []
    for i, paragraph in enumerate(paragraphs):
        if i in touched:
            blocks.append(Block(paragraph.start, paragraph.end, 0))
        elif blocks and blocks[-1].skipped:
            blocks[-1] = Block(blocks[-1].start, paragraph.end, blocks[-1].skipped + 1)
        else:
            blocks.append(Block(paragraph.start, paragraph.end, 1))
    return blocks


def gap_line(count: int) -> str:
    """The line that stands for `count` paragraphs without a claim."""
    return f"({count} paragraph{'s' if count != 1 else ''} without claims)"


def _stylize(text: Text, start: int, end: int, limit: int, style: str) -> None:
    start, end = max(start, 0), min(end, limit)
    if start < end:
        text.stylize(style, start, end)


def sentence_number(claim: Claim) -> str:
    """1-based body sentence number, as the summary view shows it; "h" for a headline."""
    return str(claim.sentence + 1) if claim.sentence >= 0 else f"h{-claim.sentence}"


def claims_text(claims: Sequence[Claim]) -> str:
    """A header row, then one claim a line, tab-separated: sentence,
    speaker, role, cue, class, kind, hedged, negated, source, content,
    speaker_kind. For pipes and scripts. Rule `one_field_one_thing` (web
    tester s11: the cue column held "The Prime Minister said" for a speaker
    not resolved, and no column told a negated claim): the cue column holds
    the cue alone, and the source as written, for a speaker not resolved,
    has a column of its own. Rule `text_row_carries_the_json` (web tester
    s16: the speaker column held the heading "Speaker not resolved" where
    the JSON's speaker is "The company", speaker_kind "unresolved"): the
    speaker column holds the JSON's speaker (empty for none) and the
    speaker_kind column tells a resolved one from the rest; the heading is
    the reading views' (rich, Markdown)."""
    lines = ["\t".join(TEXT_COLUMNS) + "\n"]
    for claim in claims:
        fields = [
            sentence_number(claim),
            one_line(claim.speaker or ""),
            claim.role or "",
            claim.cue_text,
            claim.cue_class,
            claim.kind,
            "hedged" if claim.hedged else "",
            "negated" if claim.negated else "",
            one_line(unresolved_source(claim) or ""),
            one_line(claim.content),
            claim.speaker_kind,
        ]
        lines.append("\t".join(fields) + "\n")
    return "".join(lines)


def claims_markdown(claims: Sequence[Claim], title: str | None = None, warnings: tuple[str, ...] = ()) -> str:
    """A Markdown section per speaker, one bullet a claim; the article's
    `warnings` under the heading."""
    out = [f"# Claims: {markdown_escape(title)}\n" if title else "# Claims\n"]
    out += [f"\n{note}\n" for note in note_lines(warnings, escape=True)]
    if not claims:
        out.append(f"\n_{NO_CLAIMS_LINE}_\n")
    for speaker, group in by_speaker(claims):
        role = role_of(group)
        out.append(f"\n## {markdown_escape(speaker)}{f' ({markdown_escape(role)})' if role else ''}\n\n")
        for claim in group:
            hedge = " · _hedged_" if claim.hedged else ""
            content = markdown_escape(claim_tail(claim.content))
            shown = shown_class(claim)
            out.append(
                f"- **{markdown_escape(cue_words(claim))}** ({f'{shown}, ' if shown else ''}{claim.kind}{hedge}, "
                f"sentence {sentence_number(claim)}){content}\n"
            )
    return "".join(out)


def claims_json(claims: Sequence[Claim], title: str | None = None, source: str | None = None,
                warnings: tuple[str, ...] = ()) -> str:
    """The claims as JSON, indented: `{"source", "title", "claims": [...]}`,
    `source` being what was read (a path, a URL or "-" for standard input)
    and `title` the article's, as the summary's JSON has it; "warnings"
    when the article has any."""
    data = {"source": source, "title": title, "claims": [c.to_dict() for c in claims], **warnings_field(warnings)}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def claims_views(document: Document, claims: Sequence[Claim], source: str | None = None) -> Views:
    """The claims of `document`, read from `source`, in every format (the
    rich view shows the article with the claims marked)."""
    return Views(partial(claims_text, claims), partial(claims_markdown, claims, document.title, document.warnings),
                 partial(claims_json, claims, document.title, source, document.warnings),
                 partial(ClaimsView, document, claims))
