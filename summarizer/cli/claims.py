"""`summarizer claims`: who said what in an article, how, and whether hedged."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

import summarizer.cli.common as common
from summarizer.cli.common import Debug, OutputFormat, Source, command

if TYPE_CHECKING:
    from summarizer.claims import Claim


class KindOption(StrEnum):
    """The values of --kind: the kinds a claim comes in (summarizer.model.ClaimKind)."""

    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"
    according_to = "according_to"


@command(
    "summarizer claims article.txt                 # rich view on a terminal",
    "summarizer claims article.txt --speaker stoltenberg --kind indirect",
    "summarizer claims article.txt | cut -f2,4,10  # speaker, cue, claim",
    "summarizer claims page.html -o claims.json    # JSON, with character spans",
)
def claims(
    source: Source,
    output_format: Annotated[
        OutputFormat | None,
        common.format_option(OutputFormat.text, f"{common.SUFFIX_HELP}; text is tab-separated with a header row"),
    ] = None,
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker",
            "-s",
            help="Only claims whose speaker contains NAME (case-insensitive); 'none' for claims with no speaker.",
            metavar="NAME",
            show_default=False,
        ),
    ] = None,
    kind: Annotated[
        list[KindOption] | None,
        typer.Option("--kind", "-k", metavar="KIND", show_default=False,
                     help="Only claims of this kind: direct, indirect, mixed or according_to; repeat for several."),
    ] = None,
    headlines: Annotated[
        bool, typer.Option("--headlines", help="Tag the headlines too (they are skipped by default).")
    ] = False,
    output: Annotated[Path | None, common.output_option("the claims")] = None,
    debug: Debug = False,
) -> None:
    """List the attributed claims of an article: speaker (resolved to the
    fullest name), role, cue, the claim itself, and whether it is hedged.

    Direct quotes, reported speech, "according to" and unnamed sources are
    found by rule; boilerplate lines never give a claim.
    """

    def work() -> None:
        from summarizer.claims import claims_in_document
        from summarizer.render.claims import claims_views

        common.check_output(output, [source])
        document = common.read_document(source, in_view=common.view_shows_warnings(output_format, output))
        every = claims_in_document(document, headlines=headlines)
        found = filter_claims(every, speaker, kind)
        if every and not found:
            # the filter matched none: say so, rather than an empty table that reads as "no claims"
            common.warn(f"no claim matches {filter_words(speaker, kind)} ({len(every)} claims in all)")
        common.deliver(claims_views(document, found, source), output=output, requested=output_format,
                       piped=OutputFormat.text)

    common.guarded(debug, work)


def filter_words(speaker: str | None, kinds: list[KindOption] | None) -> str:
    """The filters as given: "--speaker 'zzz' and --kind indirect"."""
    parts = [f"--speaker {speaker!r}"] if speaker is not None else []
    parts += [f"--kind {' '.join(k.value for k in kinds)}"] if kinds else []
    return " and ".join(parts)


def filter_claims(found: list[Claim], speaker: str | None, kinds: list[KindOption] | None) -> list[Claim]:
    """The claims whose speaker contains `speaker` (case-insensitive; 'none' for no speaker) and whose kind is one of
    `kinds`."""
    if speaker is not None:
        wanted = speaker.strip().lower()
        if wanted == "none":
            found = [c for c in found if c.speaker is None]
        else:
            found = [c for c in found if c.speaker and wanted in c.speaker.lower()]
    if kinds:
        allowed = {k.value for k in kinds}
        found = [c for c in found if c.kind in allowed]
    return found

