"""Stage 4, quote runs: a frame's content takes its whole quotation, and the
quotations that follow it are the same speaker's words until another
attribution or an unquoted sentence.

Both rules work on frozen frames and return new ones; the look-ahead is
bounded (MAX_RUN_SENTENCES) so that a long article stays linear.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from summarizer.claims.cues import find_cues
from summarizer.claims.grammar import grammar
from summarizer.claims.lexicon import cue_forms
from summarizer.claims.rules import Frame
from summarizer.claims.text import QUOTE_MARKS, Quotes, SentenceView

MAX_RUN_SENTENCES = 40
TAIL_RULES = frozenset({"attribution_after_its_quotation", "dash_attribution"})  # a sentence that claims the one before
SINGLE_MARKS = frozenset("'\u2018\u2019")


def _mark_kind(mark: str) -> str:
    """Rule `quote_run_keeps_its_marks`: "single" or "double". A run quoted
    in double marks does not go on into a paragraph wholly in single marks:
    that is a subhead quoting a phrase ("'Truly mysterious image'."), not
    more of the speaker's words; a UK-style run in single marks goes on in
    single marks."""
    return "single" if mark in SINGLE_MARKS else "double"


def extend_over_quotes(frame: Frame, quotes: Quotes) -> Frame:
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
    return frame.with_content(tuple(parts))


def continue_quotes(
    views: Sequence[SentenceView], kept: Sequence[tuple[int, Frame]], quotes: Quotes
) -> list[tuple[int, Frame]]:
    """Rule `quote_continues_after_attribution`: `"A," X said. "B. C."` – the
    quotations that follow a quoted claim, up to the next attributed sentence
    or unquoted sentence, in its paragraph or in wholly quoted paragraphs
    right after it, are the same speaker's words.

    Rule `quote_run_stops_at_attribution`: a quotation that reaches into a
    sentence with an attribution of its own (`"A. B," Chisholm said.`) is
    that speaker's, not the run's; so is one that the next sentence
    attributes (`"A." Appel told CNN.`, rules.py `attribution_after_its_quotation`) or signs
    (`"A." ¶ ― Francisco Herrero`, rules.py `dash_attribution`).
    `kept` pairs each frame with the position of its sentence in `views`.
    """
    claimed = {position for position, _ in kept}
    tails = {position for position, frame in kept if frame.rule in TAIL_RULES}
    per_sentence = Counter(position for position, _ in kept)
    alone = {position for position, count in per_sentence.items() if count == 1}
    result = []
    attributed = {position for position, frame in kept if frame.cue[1] > frame.cue[0]
                  and quotes.covering(frame.cue[0]) is None}
    for position, frame in kept:
        frame = _within_paragraphs_of_its_own(views, position, frame, quotes, attributed)
        if position in alone:
            frame = _quotation_after_paraphrase(views, position, frame, quotes, claimed | {t - 1 for t in tails})
        last_end = max(end for _, end in frame.content)
        if not quotes.inside(last_end - 2, last_end):
            result.append((position, frame))
            continue
        content = list(frame.content)
        paragraph = views[position].paragraph
        k = position + 1
        while k < len(views) and k - position <= MAX_RUN_SENTENCES:
            following = views[k]
            if following.start < last_end:
                if k in claimed:
                    break
                k += 1  # a sentence inside the quotation already taken
                continue
            if k in claimed or not following.tokens:
                break
            quote = quotes.covering(following.tokens[0].start)
            if quote is None or following.text[following.start : following.start + 1] not in QUOTE_MARKS:
                break
            if following.paragraph - paragraph > 1:
                break
            if _mark_kind(following.text[quote[0]]) != _mark_kind(following.text[last_end - 1]):
                break  # rule `quote_run_keeps_its_marks`
            if following.paragraph != paragraph and quote[1] < following.end - 2:
                break  # a new paragraph continues the quote only when wholly quoted
            reaches = k + 1
            while reaches < len(views) and views[reaches].start < quote[1] and reaches - position <= MAX_RUN_SENTENCES:
                reaches += 1
            if any(m in claimed for m in range(k + 1, reaches)) or reaches in tails:
                break
            if reaches < len(views) and views[reaches].paragraph == views[reaches - 1].paragraph \
                    and _attribution_tail(views[reaches]):
                break  # rule `quote_run_stops_at_its_own_tail`
            content.append(quote)
            last_end = quote[1]
            paragraph = views[reaches - 1].paragraph
            k = reaches
        result.append((position, frame.with_content(tuple(content))))
    return result


def _paragraph_start(views: Sequence[SentenceView], position: int) -> int:
    """The offset where the paragraph of the sentence at `position` starts
    (its first sentence's start)."""
    while position > 0 and views[position - 1].paragraph == views[position].paragraph:
        position -= 1
    return views[position].start


def _within_paragraphs_of_its_own(
    views: Sequence[SentenceView], position: int, frame: Frame, quotes: Quotes, attributed: set[int]
) -> Frame:
    """Rule `quotation_stops_at_a_paragraph_with_its_own_attribution`
    (qa64a-s23, QA round 64, 505 s22-s23: 'Turner ... said "no one had more
    character ... than Junior. ¶ "He brought passion to the game ...,"
    Turner said.': the first quotation has no closing mark at its
    paragraph's end, so it pairs with the next paragraph's, and both claims
    held both paragraphs, the same words listed twice): when a quotation
    carries a content over a paragraph break into a paragraph with an
    attribution of its own (`attributed`: a sentence with a cue outside any
    quotation, which the quotation covers), the content ends at that
    paragraph; and a content carried back over a paragraph break past such
    an attribution starts at its own paragraph. Each paragraph's quoted
    words are told once, under its own attribution. Kept: '"A. B," Smith
    said.' in one paragraph, a quotation inside one paragraph ('... seemed
    irritated: "It's a statement! Just email it," she wrote.'), a content
    run on with no quotation, and one whose later paragraphs hold only cues
    quoted inside it."""
    own = views[position]
    if all(own.start <= start and end <= own.end for start, end in frame.content):
        return frame
    parts = []
    for start, end in frame.content:
        later = [m for m in attributed if views[m].paragraph > own.paragraph and own.end <= views[m].start < end
                 and quotes.covering(views[m].start) is not None]
        if later:
            end = _paragraph_start(views, min(later))
            while end > own.start and own.text[end - 1].isspace():
                end -= 1
        if start < own.start and any(views[m].paragraph < own.paragraph and start < views[m].end <= own.start
                                     and quotes.covering(views[m].end - 1) is not None for m in attributed):
            start = max(start, _paragraph_start(views, position))
        parts.append((start, end))
    return frame if parts == list(frame.content) else frame.with_content(tuple(parts))


MAX_TAIL_TOKENS = 6  # "I asked.", "the official replied."
TAIL_CLAUSE_JOINERS = grammar("tail_clause_joiners")  # "I want to say, but never do."
RUN_TAIL_CUES = grammar("tail_cues") | grammar("run_tail_cues")


def _attribution_tail(view: SentenceView) -> bool:
    """Rule `quote_run_stops_at_its_own_tail`: '"Who matters what the price
    is?" Palacios said. "Is this going to solve Spain's economic crisis,
    this wine?" I asked. "Well, ..."': a quotation that a short sentence of
    its own attributes right after it ("I asked.", "she replied.") is that
    source's, never the run's, even when that source is no claim's (the
    writer's question is junk). A few words that end in a saying or asking
    cue (claim_grammar.txt tail_cues, run_tail_cues) and a full stop: "Rubio
    disagreed." or "Devine didn't concede defeat, either." answer the
    quotation and leave the run as it is.

    Rule `quote_run_stops_at_a_tail_clause` (qa69c-s26, CNN dev 273 s3-s4:
    'they are clearly thinking, "Wow, ..." ¶ "Hey, 47 isn't ancient!" I want
    to say, but never do.' gave the writer's retort to "they"): the tail may
    be the first clause of its sentence, a few words ending in such a cue
    right before a comma and "but"/"and" ("I want to say, but never do.");
    "He said, twice, that he would ..." brings in words of its own and
    leaves the run as it is."""
    tokens = view.tokens
    if not tokens or tokens[-1].text != ".":
        return False
    comma = next((m for m, t in enumerate(tokens) if t.text == ","), None)
    last = len(tokens) - 2 if comma is None else comma - 1
    if not 1 <= last + 1 <= MAX_TAIL_TOKENS - 1 or not all(t.is_word for t in tokens[: last + 1]):
        return False
    if comma is not None and (comma + 1 >= len(tokens) or tokens[comma + 1].lower not in TAIL_CLAUSE_JOINERS
                              or any(t.lower == "that" or t.text in QUOTE_MARKS for t in tokens[comma:])):
        return False  # "He said, twice, that he was going ...": a claim of its own, no tail
    return any(hit.last == last and hit.entry.lemma in RUN_TAIL_CUES for hit in find_cues(view))


RUN_AFTER_PARAPHRASE_CUES = frozenset({"say", "add", "tell", "explain", "note", "write", "recall", "insist", "argue"})
# rule `quotation_after_paraphrase` after "The plan, she says, is dead." too (qa71b s27, cnn152 s47:
# once "In terms of ..., she says, there isn't much difference." kept its fronted phrase, the
# quotation after it stayed hers only through a parenthetical frame)
RUN_AFTER_PARAPHRASE_RULES = frozenset({"reported_speech", "clause_final_attribution", "parenthetical_attribution"})
RUN_INTO_NEXT_PARAGRAPH_CUES = frozenset({"say", "tell", "add", "insist", "explain"})
LINE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")  # a line break inside a paragraph, not between two
LABEL = re.compile(r"[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}:")
MIN_RUN_QUOTE_WORDS = 4  # "'Truly mysterious image'." is a subhead, not the speaker's words


def _quotation_after_paraphrase(
    views: Sequence[SentenceView], position: int, frame: Frame, quotes: Quotes, claimed: set[int]
) -> Frame:
    """Rule `quotation_after_paraphrase`: "The current record is 4,514, he
    said. "I'm shooting for at least 5,000 at my family reunion."": a
    sentence wholly in quotation marks right after a paraphrased claim (the
    only claim of its sentence), in the same paragraph and with no
    attribution of its own, goes on in the same speaker's words; the
    quotation joins the claim (and the quote run goes on from it). Only
    after a plain saying cue (RUN_AFTER_PARAPHRASE_CUES): after "accused X
    of ..." the next quotation may be X's reply."""
    if frame.rule not in RUN_AFTER_PARAPHRASE_RULES or frame.entry.lemma not in RUN_AFTER_PARAPHRASE_CUES:
        return frame
    last_end = max(end for _, end in frame.content)
    if quotes.inside(last_end - 2, last_end):
        return frame  # a quotation already: rule `quote_continues_after_attribution` runs on
    k = position + 1
    while k < len(views) and views[k].index == views[position].index:
        k += 1  # the pieces of a long sentence
    if k >= len(views) or k in claimed:
        return frame
    following = views[k]
    next_paragraph = following.paragraph == views[position].paragraph + 1 and views[position].paragraph >= 0 \
        and frame.rule == "reported_speech"  # "The record is 4,514, he said. ¶ "...": left apart (recall_s4)
    if following.paragraph != views[position].paragraph and not next_paragraph:
        return frame
    if not following.tokens or following.text[following.start : following.start + 1] not in QUOTE_MARKS:
        return frame
    quote = quotes.covering(following.start)
    if quote is None or quote[0] != following.start or quote[1] < following.end - 2:
        return frame  # '"A," she said.' is not wholly quoted, and has its own attribution
    glossed = _quotation_after_a_gloss(following.text, quote, quotes) if next_paragraph else None
    if next_paragraph and (frame.entry.lemma not in RUN_INTO_NEXT_PARAGRAPH_CUES
                           or not (_ends_its_paragraph(following.text, quote[1]) or glossed is not None)
                           or LINE_BREAK.search(following.text, quote[0], quote[1]) is not None
                           or LABEL.match(following.text, quote[0] + 1) is not None):
        # Rule `quoted_paragraph_after_paraphrase`: 'Winfrey ... says education ... ¶ "In the
        # beginning, I think we had teachers who ... So we've eliminated that word."': a paragraph
        # wholly in quotation marks right after a paraphrase that ends its paragraph goes on in the
        # same speaker's words; one whose quotation stops before the paragraph's end may be
        # attributed after it ('"...," Jones said.'). Only after a plain saying cue (not "argued":
        # a writer's quip may follow), and not a quotation that is a transcript ('"Chris
        # Matthews: ..."') or holds a line break (a signature: '"...\nDean Baker, CEPR."')
        return frame
    if len(following.text[quote[0] : quote[1]].split()) < MIN_RUN_QUOTE_WORDS:
        return frame
    if _reaches_a_claimed_sentence(views, k, quote, claimed):
        return frame
    if glossed is not None and not _ends_its_paragraph(following.text, quote[1]):
        if LINE_BREAK.search(following.text, glossed[0], glossed[1]) is not None \
                or _reaches_a_claimed_sentence(views, k, glossed, claimed):
            return frame
        return frame.with_content((*frame.content, quote, glossed))
    return frame.with_content((*frame.content, quote))


MAX_GLOSS_WORDS = 8  # '," a retired Canadian judge, "'


def _quotation_after_a_gloss(text: str, quote: tuple[int, int], quotes: Quotes) -> tuple[int, int] | None:
    """Rule `quoted_paragraph_with_a_gloss` (recall-s26, CNN-Corpus dev 876:
    'Finucane says he has "absolutely no doubt" the state was involved ... ¶
    "That's not just my opinion, ... It's also the opinion of Peter Cory," a
    retired Canadian judge, "who was tasked with ... So it's not just my
    family that believe there was collusion.': the quoted paragraph after a
    paraphrase stops for a few words of the writer's on a name it holds, then
    the quotation goes on to the paragraph's end (or, unclosed, into the next
    paragraph); it is one quotation of the paraphrase's speaker. The quotation
    after the gloss, or None when the words between hold a cue ('," he said,
    "': an attribution of its own), a quotation mark, a line break, more than
    MAX_GLOSS_WORDS words, or when the second quotation stops before its
    paragraph's end."""
    after = quotes.inside(quote[1], quote[1] + 400)
    following = next((q for q in after if q[0] >= quote[1]), None)
    if following is None or not (_ends_its_paragraph(text, following[1])
                                 or "\n" in text[following[0] : following[1]]):
        return None
    gloss = text[quote[1] : following[0]]
    words = re.findall(r"[\w'\u2019.-]+", gloss)
    if "\n" in gloss or not 1 <= len(words) <= MAX_GLOSS_WORDS or any(mark in gloss for mark in QUOTE_MARKS):
        return None
    if any((word.lower(),) in cue_forms() for word in words):
        return None
    return following


def _reaches_a_claimed_sentence(
    views: Sequence[SentenceView], k: int, quote: tuple[int, int], claimed: set[int]
) -> bool:
    """Rule `quote_run_stops_at_attribution`, after a paraphrase: 'He says it
    is unfair ... "Fun won't kill you ... time. Universities should be
    getting creative," he says.': a quotation that runs on into a later
    sentence with a claim of its own is that claim's; joined to the
    paraphrase as well, the reader would see the same words listed twice
    under one speaker."""
    reaches = k + 1
    while reaches < len(views) and views[reaches].start < quote[1] and reaches - k <= MAX_RUN_SENTENCES:
        if reaches in claimed:
            return True
        reaches += 1
    return False


def _ends_its_paragraph(text: str, end: int) -> bool:
    """Nothing but blanks between `end` and the end of its paragraph."""
    rest = text[end : end + 200]
    line_end = rest.find("\n")
    return not (rest if line_end < 0 else rest[:line_end]).strip()
