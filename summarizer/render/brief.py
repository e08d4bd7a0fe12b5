"""Views of a `Brief`: Markdown (to send on), plain text, JSON, and a rich
terminal view."""

from __future__ import annotations

import json
import shlex
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from summarizer.model import (
    NO_SOURCE,
    ORGANISATION,
    OTHER,
    PERSON,
    PLACE,
    SPEAKER_LABEL,
    Brief,
    BriefClaim,
    BriefSource,
    Mention,
    Point,
    Reference,
    SpeakerGroup,
    source_with_cue,
)
from summarizer.render import NOTE, Views, claim_tail, count_of, note_lines, notes_view, one_line
from summarizer.render.layout import KeptCitations, command_lines, path_pieces
from summarizer.render.plainwrap import GLUE, TEXT_WIDTH, wrapped

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.text import Text

# The rows of a bullet ("- "), a note or a label's line hang under its text by this many spaces.
BULLET_HANG = 2
MENTION_GROUPS = ((PERSON, "People"), (ORGANISATION, "Organisations"), (PLACE, "Places"), (OTHER, "Other names"))


def mention_lines(brief: Brief, glued: bool = False) -> list[tuple[str, str]]:
    """(label, "Name (count), ...") for each kind of name the brief mentions
    (`names_line` of the mentions stage's records), ending "and N more" when
    the list leaves names of the kind out (rule `left_out_names_are_counted`)."""
    lines = []
    left_out = dict(brief.mentions_left_out)
    for kind, label in MENTION_GROUPS:
        mentions = [m for m in brief.mentions if m.kind == kind]
        if mentions:
            lines.append((label, names_line(mentions, left_out.get(kind, 0), glued)))
    return lines


def names_line(mentions: Sequence[Mention], more: int = 0, glued: bool = False) -> str:
    """ "Name (count), ..." of `mentions`, and " and N more" for `more` names
    left out. `glued`, for the views that wrap: rule `count_stays_with_its_name`
    (cnn128 at 80 columns: "(1)" wrapped alone onto its own row) glues the
    space before each count (`GLUE`), so that a wrapped row never opens on a
    count; the wrappers lay the glue out as a plain space. Rule
    `name_wraps_whole` (session 27, QA round 70: "Johnny" ending a row and
    "MacNary (1)" opening the next, at 80 columns): the spaces inside a name
    are glued too, so a name goes whole onto the next row; one longer than
    the row breaks between its words, as the wrappers do with any glue that
    does not fit (`plainwrap.unglued_if_too_long`). The words of the tail
    ("and 4 more") stay on one row."""
    space = GLUE if glued else " "
    entries = ", ".join(f"{m.name} ({m.count})".replace(" ", space) for m in mentions)
    return entries + (" " + f"and {more} more".replace(" ", space) if more else "")


# The command that lists every claim of a source ("summarizer claims page.html"; for standard
# input, whose text is gone once read, STDIN_HINT).
LEFT_OUT_COMMAND = "summarizer claims"


def left_out_lines(brief: Brief) -> list[str]:
    """For each source whose claims the note did not all list: how many
    more, and the command that lists them ("3 more claims: `summarizer
    claims page.html`"; for standard input, `STDIN_HINT`)."""
    return [f"{label} {STDIN_HINT if source.name == STDIN else f'`{left_out_command(source)}`'}"
            for label, source in left_out_sources(brief)]


# Rule `stdin_is_read_once` (web tester s11: a note read from standard input said "2 claims not
# listed here: `summarizer claims -`", whose input is gone by then): the reader gives the same
# input again
STDIN = "-"
STDIN_HINT = f"run `{LEFT_OUT_COMMAND}` on the same input"


def left_out_command(source: BriefSource) -> str:
    """What lists every claim of `source`, in plain text: the command
    (`summarizer claims page.html`), or for standard input `STDIN_HINT`
    without its code marks."""
    return STDIN_HINT.replace("`", "") if source.name == STDIN else f"{LEFT_OUT_COMMAND} {shlex.quote(source.name)}"


def left_out_sources(brief: Brief) -> list[tuple[str, BriefSource]]:
    """("3 more claims:", source) for each source whose claims the note did
    not all list: the one label of every view. Rule `no_more_without_a_first`
    (QA round 33: "Who said what" over "1 more claim" and nothing else): a
    note that lists no claim does not say "more". Rule
    `no_heading_over_nothing` (session 11: a page's note showed a "Who said
    what" heading over only "2 claims not listed here", which read as a
    fault): such a note has no heading for its claims, and one plain line
    says that none is listed and why: those found were left out to keep
    the note short (for its words, or not readable on their own), or, rule
    `claim_in_a_point_is_no_misfit` (QA round 37: a one-sentence page's
    one claim, its bottom line, "does not fit this note whole"), the note
    gives them above as points. Rule `no_claim_said_once` (session 11:
    over several sources that each listed none, "No claim listed here; ..."
    was said again for every source): in a note over several sources the
    first line says that no claim is listed, and each source's line says
    only why ("Source 2: the 1 found is left out to keep this note short:";
    rule `left_out_says_why`)."""
    lists_a_claim = bool(brief.speakers or brief.uncertain)

    def why(source: BriefSource) -> str:
        # rule `left_out_says_why` (web tester s12: "the 1 found does not fit this note whole" read
        # as a fault to a new user; session 13: "left out to keep this note short" was said of
        # claims left out for another reason): each reason in plain words, the command follows
        count = source.claims_left_out
        reasons = [(source.claims_in_points, "given above as a point", "given above as points"),
                   (source.claims_not_alone, NOT_ALONE[0], NOT_ALONE[1]),
                   (source.claims_captions, "told by a photo caption", "told by photo captions"),
                   (source.claims_site_notes, "the site's own note", "the site's own notes")]
        short = count - sum(number for number, _, _ in reasons)
        parts = [(number, one, many) for number, one, many in reasons if number]
        if short > 0:
            parts.append((short, KEPT_SHORT, KEPT_SHORT))
        if len(parts) == 1:
            found = "the 1 found" if count == 1 else f"the {count} found"
            return f"{found} {_is(count, parts[0][1], parts[0][2])}:"
        said = [f"{number} {_is(number, one, many)}" for number, one, many in parts]
        return f"of the {count} found, {', '.join(said[:-1])} and {said[-1]}:"

    left_out = [source for source in brief.sources if source.claims_left_out]
    if lists_a_claim:
        return [(f"{more_claims(source)}:", source) for source in left_out]
    where = "separately" if any(source.claims_in_points for source in left_out) else "here"
    if len(left_out) == 1:
        source = left_out[0]
        return [(f"No claim listed {where}; {why(source)}", source)]
    return [(f"{f'No claim listed {where}. ' if number == 0 else ''}Source {source.number}: "
             f"{why(source)}", source)
            for number, source in enumerate(left_out)]


def more_claims(source: BriefSource) -> str:
    """"3 more claims" of a note that lists claims. Rule
    `more_claims_says_which_are_points` (web test s15 K10: the demo's note
    said "1 more claim" of Kuleba's claim, its key point [2]): the claims
    the note gives as points are said to be there, so the count never
    reads as something left out. Rule `points_are_not_more_claims` (brief
    s16: "1 more claim, given above as a point: `summarizer claims ...`"
    read as a claim still to come): when every claim not listed is a key
    point, the line says they are there and the command is for all of
    them: "1 other claim is given above; all claims"; when only some are,
    the count keeps them apart (rule `more_claims_counts_apart`): "2 more
    claims, and 1 given above as a point; all claims". A
    note with no claim in its points keeps "3 more claims". Review s16
    item 15: the points that give a claim may be the bottom line, and a
    note may have no Key points section, so the line says "given above",
    never "a key point above"."""
    count, in_points = source.claims_left_out, source.claims_in_points
    if not in_points:
        return count_of(count, "more claim")
    if in_points >= count:
        return f"{count_of(count, 'other claim')} {_is(count, 'given', 'given')} above; all claims"
    # rule `more_claims_counts_apart` (web tester s19: "2 more claims (1 of them given above)" was
    # hard to parse): the claims not in the note and those given as points, each counted plainly
    points = "a point" if in_points == 1 else "points"
    return f"{count_of(count - in_points, 'more claim')}, and {in_points} given above as {points}; all claims"


# Rule `left_out_says_why`: why a note lists none of the claims found (a brief is never longer than
# half its articles: rule `words_out_within_half_words_in` of summarizer.brief).
KEPT_SHORT = "left out to keep this note short"
# what a claim that does not read on its own is said to be (one, several)
NOT_ALONE = ("not readable on its own", "not readable on their own")


def _is(count: int, one: str, many: str) -> str:
    """"is given above as a point" for one, "are given above as points" for
    several; a reason that opens on a verb ("left out ...") keeps it."""
    return f"is {one}" if count == 1 else f"are {many}"


def heads_who_said_what(brief: Brief) -> bool:
    """Whether the note opens a "Who said what" section: only when it lists
    a speaker (rule `no_heading_over_nothing`); a note that lists no claim
    says so in one line of its own."""
    return bool(brief.speakers)


def left_out_commands(brief: Brief) -> list[tuple[str, str]]:
    """("3 more claims:", "summarizer claims page.html") for each source
    whose claims the note did not all list."""
    return [(label, left_out_command(source)) for label, source in left_out_sources(brief)]


# Labels of a note's citations by their number (`citation_labels`).
Labels = Mapping[int, str]


def citation_label(ref: Reference, with_source: bool) -> str:
    """Rule `citation_is_the_sentence_number` (brief s19: "[7]" in the
    summary and the claims views is sentence 7, while "[7]" in the note was
    its seventh reference, sentence 4): a citation as the views write it is
    the cited sentence's number from 1, as `summarize` and `claims` number
    sentences, `[7]`; in a note over several sources its source's number
    first, `[2:7]` (sentence 7 of source 2). The JSON keeps `citations`
    as numbers of `references`, whose `sentence` counts from 0."""
    return f"[{ref.source}:{ref.sentence + 1}]" if with_source else f"[{ref.sentence + 1}]"


def citation_labels(brief: Brief) -> dict[int, str]:
    """Each reference's number -> its label (`citation_label`)."""
    with_source = len(brief.sources) > 1
    return {ref.number: citation_label(ref, with_source) for ref in brief.references}


def in_reading_order(references: Sequence[Reference]) -> list[Reference]:
    """The references as a reader looks them up by `citation_label`: by
    source, then by sentence."""
    return sorted(references, key=lambda ref: (ref.source, ref.sentence))


def cite(citations: tuple[int, ...], labels: Labels | None = None) -> str:
    """Citations as the note writes them: `[3][9]`, each label once (a
    sentence cited twice is one); the reference numbers `[1][2]` without
    `labels`."""
    if labels is None:
        return "".join(f"[{n}]" for n in citations)
    return "".join(dict.fromkeys(labels.get(n, f"[{n}]") for n in citations))


def shows_speaker(group: SpeakerGroup, claim: BriefClaim) -> bool:
    """Under a group that names nobody (unnamed sources, speakers not
    resolved) each claim says who spoke; under "No source given" there is
    nobody to say."""
    return not group.named and claim.speaker is not None


# Rule `citation_names_its_source` (brief s20: "The crash happened ... (source 1) [1:3]" said the
# source twice): over several articles a point's or a claim's citations `[1:3]` name its source, so
# the views add no "(source 1)"; the JSON keeps each item's `sources`.


def point_line(point: Point, labels: Labels | None = None) -> str:
    """A point as the note writes it and its citations after it, which
    over several sources name the source: `The crash happened ... [1:3]`."""
    return f"{one_line(point.text)}{point_hedge(point)} {cite(point.citations, labels)}"


def point_hedge(point: Point) -> str:
    """" (hedged)" after a point whose sentence tells a hedged claim (brief
    rule `point_shows_its_claims_hedge`), as after a hedged claim's cue."""
    return " (hedged)" if point.hedged else ""


# Rule `speaker_label_said_plainly` (QA round 40, 469: "Bieber • (speaker label): 'Just gotta know your
# truth'" confused a new user): a note says in words what the claims view marks as a speaker label
# ("KULEBA: ...", a headline's "Bieber: '...'"); the claims view and JSON keep the mark.
LABEL_SHOWN_AS = "quoted as saying"


def _label_shown(cue: str) -> str:
    return LABEL_SHOWN_AS if cue == SPEAKER_LABEL else cue


def cue_shown(claim: BriefClaim, with_speaker: bool) -> str:
    """The cue as the article wrote it (a speaker label as words:
    `speaker_label_said_plainly`); after a speaker in lower case, as
    mid-line ("officials said", of "Officials said ..."), unless its first
    word is in capitals or a single letter ("AP", "I")."""
    cue = _label_shown(claim.cue)
    first = cue.split(" ", 1)[0]
    if with_speaker and first[:1].isupper() and first[1:].islower():
        return cue[:1].lower() + cue[1:]
    return cue


def who_and_cue(claim: BriefClaim, with_speaker: bool) -> tuple[str, str, str]:
    """(before, cue, after): the speaker's words on either side of the cue,
    as a reader says them (rule `according_to_leads_its_source`: "according
    to officials", "officials said"); no speaker when `with_speaker` is
    false, and "No source given" for a claim whose text names none, with
    no cue after it when the claim shows its cue in place (rule
    `sourceless_claim_as_written`: "No source given (hedged): The boat is
    thought to have ...", never "No source given thought")."""
    cue = cue_shown(claim, with_speaker)
    if not with_speaker:
        return "", cue, ""
    if claim.speaker is None and claim.cue_in_content:
        return NO_SOURCE, "", ""
    speaker = claim.speaker or NO_SOURCE
    if source_with_cue(speaker, cue, claim.kind).startswith(cue):
        return "", cue, f" {speaker}"
    return f"{speaker} ", cue, ""


# Rule `unresolved_speaker_said_so_when_hedged`: what follows the source as written in the list
# of hedged and unconfirmed claims, which has no "Speaker not resolved" heading
NOT_RESOLVED = "(speaker not resolved)"


def unresolved_said_so(claim: BriefClaim) -> BriefClaim:
    """Rule `unresolved_speaker_said_so_when_hedged` (reader round J,
    CNN-Corpus dev 268: "Hedged or unconfirmed" listed "It hoping (hedged):
    it would feel welcoming to everybody", a pronoun shown as a speaker,
    while "Who said what" lists such a claim under "Speaker not resolved"
    and the claims view as “It”): a claim listed under "Hedged or
    unconfirmed" whose source the tagger could not resolve (none named, not
    a source described: the claims "Who said what" would head "Speaker not
    resolved") shows its source as written in quotation marks and says so:
    "“It” (speaker not resolved) hoping (hedged): ...". A named or
    described source ("officials said") is shown as before."""
    if claim.speaker is None or claim.speaker_kind != "unresolved":
        return claim
    return replace(claim, speaker=f"\u201c{claim.speaker}\u201d {NOT_RESOLVED}")


def claim_line(claim: BriefClaim, with_speaker: bool = False, labels: Labels | None = None) -> str:
    """`emphasized: that ... [3]`, the cue verb as the article wrote it."""
    before, cue, after = who_and_cue(claim, with_speaker)
    hedge = " *(hedged)*" if claim.hedged else ""
    shown_cue = f"*{cue}*" if cue else ""
    return f"{before}{shown_cue}{after}{hedge}{claim_tail(claim.content)} {cite(claim.citations, labels)}"


def several_sources(brief: Brief) -> bool:
    """Whether the note is over more than one article (the same file or
    URL given twice is one)."""
    return len({s.address for s in brief.sources}) > 1


def header_line(brief: Brief) -> str:
    """The source (URL or name), its date and the word counts on one line;
    over several articles only the counts (each source is listed with its
    own date and address: `source_lines`)."""
    if several_sources(brief):
        return dates_and_counts(brief)
    names = ", ".join(dict.fromkeys(s.address for s in brief.sources))
    return f"{names}{dates_and_counts(brief, ' · ')}"


def dates_and_counts(brief: Brief, lead: str = "") -> str:
    """`2022-04-29 · 418 words in → 233 words out`: the source's date and
    the word counts; over several articles the counts alone (one date for
    all would be wrong for some: each source shows its own)."""
    dates = [] if several_sources(brief) else list(dict.fromkeys(s.date for s in brief.sources if s.date))
    date = f"{', '.join(dates)} · " if dates else ""
    return f"{lead}{date}{count_of(brief.words_in, 'word')} in → {count_of(brief.words_out, 'word')} out"


def source_lines(source: BriefSource, with_title: bool = True, indent: str = "   ") -> list[str]:
    """A source at the head of a note over several articles: `1. Title ·
    date`, and its URL (or file name) on the next line, under its title;
    `1. address · date` when the heading gives the one title of them all."""
    date = f" · {source.date}" if source.date else ""
    address = source.address
    if not source.title or not with_title:
        return [f"{source.number}. {address}{date}"]
    return [f"{source.number}. {source.title}{date}", f"{indent}{address}"]


def brief_notes(brief: Brief, escape: bool = False) -> list[str]:
    """The sources' warnings as note lines (rule `warnings_travel_with_the_output`);
    over several articles each names its source by number, as the list above
    it does ("Note on source 2: ...": the warning itself names the file or
    URL as given, where the list may show the page's own URL); a note that
    names its source itself ("Source 2 is on another story; ...") is not
    named twice."""
    several = several_sources(brief)
    return [line for source in brief.sources for warning in source.warnings
            for line in note_lines((warning,), escape, f"Note on source {source.number}: "
                                   if several and not warning.startswith(f"Source {source.number} ") else NOTE)]


def titles(brief: Brief) -> list[str]:
    """The sources' titles, each once: the same article given twice (a copy
    of a file, say) is one title."""
    return list(dict.fromkeys(s.title for s in brief.sources if s.title))


def brief_markdown(brief: Brief) -> str:
    """The note in Markdown: headings, bullets, citations `[n]` and the
    numbered references (links into web sources)."""
    lines: list[str] = []

    def bullets(title: str, items: list[str]) -> None:
        if items:
            lines.extend([f"## {title}", "", *(f"- {item}" for item in items), ""])

    heading = titles(brief)
    lines.append(f"# Briefing note: {heading[0]}" if len(heading) == 1 else "# Briefing note")
    if several_sources(brief):
        lines += [""] + [line for source in brief.sources for line in source_lines(source, len(heading) > 1)]
    elif len(heading) > 1:
        lines += [""] + [f"- {title}" for title in heading]
    lines += ["", f"*{header_line(brief)}*", ""]
    lines += [line for note in brief_notes(brief, escape=True) for line in (note, "")]
    labels = citation_labels(brief)
    if brief.bottom_line:
        lines += ["## Bottom line", "", point_line(brief.bottom_line, labels), ""]
    bullets("Key points", [point_line(p, labels) for p in brief.key_points])
    if heads_who_said_what(brief):
        lines += ["## Who said what", ""]
        for group in brief.speakers:
            role = f" ({group.role})" if group.role else ""
            lines += [f"### {group.speaker}{role}", ""]
            lines += [f"- {claim_line(c, shows_speaker(group, c), labels)}" for c in group.claims]
            lines.append("")
    bullets("Hedged or unconfirmed", [claim_line(unresolved_said_so(c), True, labels) for c in brief.uncertain])
    left_out = left_out_lines(brief)
    if left_out:
        lines += [*(f"*{line}*" for line in left_out), ""]
    bullets("Mentioned", [f"**{label}:** {names}" for label, names in mention_lines(brief)])
    lines += ["## Sources", ""]
    for source in brief.sources:
        title = f"**{source.title}** — " if source.title else ""
        date = f", {source.date}" if source.date else ""
        lines.append(f"{source.number}. {title}{source.address}{date}")
    lines += ["", "## References"]
    # a blank line before each reference (web tester s18: one after another, a Markdown renderer ran
    # them into one paragraph)
    for ref in in_reading_order(brief.references):
        lines += ["", reference_markdown(ref, brief.sources[ref.source - 1], labels[ref.number])]
    return "\n".join(lines).rstrip() + "\n"


def source_label(source: BriefSource) -> str:
    """The source as a reader knows it: its title, else its URL or file name."""
    return source.title or source.address


def reference_place(ref: Reference) -> str:
    """Where a citation points in its source: `sentence 3 (characters 120–245)`."""
    return f"sentence {ref.sentence + 1} (characters {ref.start}–{ref.end})"


def reference_line(ref: Reference, source: BriefSource, label: str | None = None) -> str:
    """`[5] <file>, sentence 5 (characters 120–260)`, or for a web source
    `[5] source 1, sentence 5: <link that opens the page at the sentence>`,
    led by the citation's `label` (`citation_label`; its number without)."""
    label = label or f"[{ref.number}]"
    if ref.link:
        return f"{label} source {ref.source}, sentence {ref.sentence + 1}: {ref.link}"
    return f"{label} {source.address}, {reference_place(ref)}"


def reference_markdown(ref: Reference, source: BriefSource, label: str | None = None) -> str:
    """As `reference_line`, a web source's sentence as a Markdown link."""
    label = label or f"[{ref.number}]"
    if ref.link:
        return f"{label} [source {ref.source}, sentence {ref.sentence + 1}]({ref.link})"
    return reference_line(ref, source, label)


def brief_text(brief: Brief, width: int | None = None) -> str:
    """The note as plain text: the Markdown sections without markup, for
    e-mail and pipes, in rows of at most `width` cells (rule
    `text_wraps_to_the_width`: a bullet's rows hang under its text, a URL
    and the command that lists the claims stay whole on a row of their
    own); one line a point when `width` is None (a program's, which
    lays the text out itself; the command gives the terminal's width)."""
    lines: list[str] = []

    def add(line: str, hang: int = 0) -> None:
        lines.extend(wrapped(line, width, hang))

    def bullet(line: str) -> None:
        add(f"- {line}", BULLET_HANG)

    heading = titles(brief)
    add(f"Briefing note: {heading[0]}" if len(heading) == 1 else "Briefing note", BULLET_HANG)
    if several_sources(brief):
        for source in brief.sources:
            title, *address = source_lines(source, len(heading) > 1)
            add(title, len(f"{source.number}. "))
            lines.extend(address)  # a URL or file name whole, to be copied
    elif len(heading) > 1:
        for title in heading:
            bullet(title)
    add(header_line(brief))
    for note in brief_notes(brief):
        add(note, BULLET_HANG)

    def section(name: str) -> None:
        lines.extend(["", name.upper()])

    labels = citation_labels(brief)
    if brief.bottom_line:
        section("Bottom line")
        add(point_line(brief.bottom_line, labels))
    if brief.key_points:
        section("Key points")
        for point in brief.key_points:
            bullet(point_line(point, labels))
    if heads_who_said_what(brief):
        section("Who said what")
        for group in brief.speakers:
            role = f" ({group.role})" if group.role else ""
            add(f"{group.speaker}{role}", BULLET_HANG)
            for claim in group.claims:
                bullet(plain_claim_line(claim, shows_speaker(group, claim), labels))
    if brief.uncertain:
        section("Hedged or unconfirmed")
        for claim in brief.uncertain:
            bullet(plain_claim_line(unresolved_said_so(claim), True, labels))
    commands = left_out_commands(brief)
    if commands:  # the command on a line of its own, whole, so that it can be pasted
        lines.append("")
        for label, command in commands:
            add(label, BULLET_HANG)
            lines.append(f"  {command}")
    mentioned = mention_lines(brief, glued=True)
    if mentioned:
        section("Mentioned")
        for label, names in mentioned:
            add(f"{label}: {names}", BULLET_HANG)
    section("Sources")
    for source in brief.sources:
        title = f"{source.title} — " if source.title else ""
        date = f", {source.date}" if source.date else ""
        add(f"{source.number}. {title}{source.address}{date}", len(f"{source.number}. "))
    if brief.references:
        section("References")
    for ref in in_reading_order(brief.references):
        add(reference_line(ref, brief.sources[ref.source - 1], labels[ref.number]), len(labels[ref.number]) + 1)
    return "\n".join(lines) + "\n"


def plain_claim_line(claim: BriefClaim, with_speaker: bool = False, labels: Labels | None = None) -> str:
    """`emphasized: that ... [3]`, as `claim_line` without Markdown."""
    before, cue, after = who_and_cue(claim, with_speaker)
    hedge = " (hedged)" if claim.hedged else ""
    return f"{before}{cue}{after}{hedge}{claim_tail(claim.content)} {cite(claim.citations, labels)}"


def brief_json(brief: Brief) -> str:
    """The note as JSON (`Brief.to_dict`), indented."""
    return json.dumps(brief.to_dict(), ensure_ascii=False, indent=2) + "\n"


class BriefView:
    """The note in the terminal: sections under rules, speakers in bold,
    cue verbs in italics, hedged claims marked; wrapped lines hang under
    their bullet or label, and references name their source by title."""

    def __init__(self, brief: Brief) -> None:
        self.brief = brief

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.console import Group
        from rich.padding import Padding
        from rich.text import Text

        brief = self.brief
        labels = citation_labels(brief)
        heading = titles(brief)
        yield Text(heading[0] if len(heading) == 1 else "Briefing note", style="bold")
        if several_sources(brief):
            for source in brief.sources:  # each address under its own title, with its own date
                yield from _source_entry(source, options.max_width, with_title=len(heading) > 1)
        else:
            for title in heading[1:] if len(heading) == 1 else heading:
                yield _bullet(Text(title))
            for source in brief.sources:
                yield _address(source, options.max_width)
        yield Text(dates_and_counts(brief), style="dim")
        if brief.warnings:
            yield notes_view(brief_notes(brief))
        if brief.bottom_line:
            yield from _section("Bottom line")
            yield Padding(_sentence(brief.bottom_line, labels, "bold"), (0, 2))
        if brief.key_points:
            yield from _section("Key points")
            yield Group(*(_bullet(_sentence(p, labels)) for p in brief.key_points))
        if heads_who_said_what(brief):
            yield from _section("Who said what")
            for group in brief.speakers:
                name = Text(group.speaker, style="bold cyan" if group.named else "bold")
                if group.role:
                    name.append(f" — {group.role}", style="cyan")
                yield Padding(name, (0, 1))
                yield Group(*(_bullet(_claim(c, shows_speaker(group, c), labels)) for c in group.claims))
        if brief.uncertain:
            yield from _section("Hedged or unconfirmed", "yellow")
            yield Group(*(_bullet(_claim(unresolved_said_so(c), True, labels)) for c in brief.uncertain))
        for number, (label, source) in enumerate(left_out_sources(brief)):
            # The command on lines of its own, within the width and still one command to paste.
            yield Padding(Text(label, style="dim"), (0 if number else 1, 2, 0, 2))
            lines = [f"    {left_out_command(source)}"] if source.name == STDIN else \
                command_lines(LEFT_OUT_COMMAND, source.name, options.max_width, indent=4)
            for line in lines:
                yield Text(line, no_wrap=True, overflow="ignore", style="dim")
        if brief.mentions:
            yield from _section("Mentioned")
            for label, names in mention_lines(brief, glued=True):
                yield _hanging(Text(f"{label}:", style="bold"), KeptCitations(Text(names)))
        yield from _section("Sources")
        for source in brief.sources:
            yield from _source_entry(source, options.max_width)
        yield from _section("References", "dim")
        yield from self.references()

    def references(self) -> RenderResult:
        """Under each source's title, the citations that point into it."""
        from rich.padding import Padding
        from rich.style import Style
        from rich.table import Table
        from rich.text import Text

        brief = self.brief
        labels = citation_labels(brief)
        for source in brief.sources:
            cited = [ref for ref in in_reading_order(brief.references) if ref.source == source.number]
            if not cited:
                continue
            yield Padding(Text(source_label(source), style="dim bold"), (0, 2))
            grid = Table.grid(padding=(0, 1))
            grid.add_column(justify="right", no_wrap=True)
            grid.add_column(overflow="fold")  # never "…" (wide characters)
            for ref in cited:
                # A terminal that shows links opens the page at the sentence.
                grid.add_row(Text(labels[ref.number]), Text(reference_place(ref),
                                                     style=Style(link=ref.link) if ref.link else ""))
            yield Padding(grid, (0, 4), style="dim")


# A source's address under its numbered title lines up with the title.
ADDRESS_INDENT = 5


def _address(source: BriefSource, width: int, indent: int = 0, lead: str = "", tail: str = "") -> Text:
    """A source's URL (or file name) on a line of its own. A URL is never
    folded: broken over two lines it can be neither copied nor clicked; a
    line longer than the terminal is left to the terminal to wrap (the
    views are printed uncropped), and it is also a terminal hyperlink. A
    file name longer than the line folds after a `/` (rule
    `long_path_folds_at_slashes`), its lines hanging under its start."""
    from rich.cells import cell_len
    from rich.style import Style
    from rich.text import Text

    line = Text(" " * indent + lead, no_wrap=True, overflow="ignore", style="dim")
    if source.url:
        line.append(source.url, style=Style(link=source.url))
        line.append(tail)
        return line
    margin = indent + cell_len(lead)
    line.append(f"\n{' ' * margin}".join(path_pieces(source.address + tail, width - margin)))
    return line


def _source_entry(source: BriefSource, width: int, with_title: bool = True) -> RenderResult:
    """`1. Title · date`, the title's wrapped lines hanging, and the address
    whole on the next line, under the title (`1. address · date` without)."""
    from rich.text import Text

    date = f" · {source.date}" if source.date else ""
    if source.title and with_title:
        yield _hanging(Text(f"{source.number}."), Text(f"{source.title}{date}"))
        yield _address(source, width, indent=ADDRESS_INDENT)
    else:
        yield _address(source, width, indent=2, lead=f"{source.number}. ", tail=date)


def _section(title: str, style: str = "blue") -> RenderResult:
    from rich.rule import Rule
    from rich.text import Text

    yield Text()
    yield Rule(title, align="left", style=style)


def _sentence(point: Point, labels: Labels, style: str = "") -> KeptCitations:
    from rich.text import Text

    return KeptCitations(Text.assemble((one_line(point.text), style), (point_hedge(point), "yellow"),
                                       (f" {cite(point.citations, labels)}", "dim")))


def _claim(claim: BriefClaim, with_speaker: bool, labels: Labels) -> KeptCitations:
    from rich.text import Text

    text = Text()
    before, cue, after = who_and_cue(claim, with_speaker)
    text.append(before, style="bold")
    text.append(cue, style="italic magenta")
    text.append(after, style="bold")
    if claim.hedged:
        text.append(" (hedged)", style="yellow")
    text.append(claim_tail(claim.content))
    text.append(f" {cite(claim.citations, labels)}", style="dim")
    return KeptCitations(text)


def _bullet(text: RenderableType) -> RenderableType:
    """A bullet whose wrapped lines hang under the text, not the bullet."""
    from rich.text import Text

    return _hanging(Text("•"), text)


def _hanging(label: Text, text: RenderableType, indent: int = 2) -> RenderableType:
    """`label` then `text`, the wrapped lines of `text` hanging under its start."""
    from rich.padding import Padding
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")  # a word longer than the line folds, never cut
    grid.add_row(label, text)
    return Padding(grid, (0, indent))


def brief_views(brief: Brief, width: int | None = TEXT_WIDTH) -> Views:
    """The note in every format, its plain text in rows of at most `width`
    cells (`text_wraps_to_the_width`)."""
    return Views(partial(brief_text, brief, width), partial(brief_markdown, brief), partial(brief_json, brief),
                 partial(BriefView, brief))
