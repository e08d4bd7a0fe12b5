"""Briefing notes: what happened, who said what, what is still uncertain.

`make_brief` runs the pipeline on one or several articles — document,
ranked sentences, claims, mentions — and gathers the result into a `Brief`:
plain data that the renderers (Markdown, JSON, rich) only lay out. Every
point cites the sentences it comes from: citation `[n]` is `references[n-1]`,
a source and a sentence with offsets into that source's text (and, for a
web source, a link that opens the page at that sentence).

Across articles, reprinted copy (agency text run by several outlets) is one
point, and a reprinted claim one claim, citing every source that carries
it; the same speaker is one speaker, and key points are chosen over the
whole set. Named rules keep the note trustworthy:

- `near_duplicate`: two sentences are reprints when each holds
  REPRINT_SHARE of the other's content words (both ways: a short sentence
  inside a long one is not a reprint of it);
- `citation_carries_point`: a citation stays only when the cited sentence
  holds CARRIES_SHARE of its point's content words;
- `repeats_a_claim`: a key point whose sentence a listed claim already
  gives (speaker, cue and claim cover REPEAT_SHARE of its words) is left to
  "Who said what";
- `lead_is_bottom_line`: a source's lead (its first body sentence) comes
  first in its order when it stands alone (a unit of one sentence, no
  question, no quotation without its speaker, no fragment in lower case)
  and ranks among its LEAD_RANK best: in news the lead carries the news and introduces what
  later sentences speak of, so a single article's bottom line is its lead;
  otherwise the first sentence comes first that stands alone and does not
  open with a definite description (standalone's rule
  `definite_description_opener`: "The dramatic incident took place ..."
  alone does not say which incident);
- `repeat_ranks_once`: a sentence that repeats a better-ranked one takes
  no place among the LEAD_RANK best (a quotation run three times had
  pushed the lead out);
- key points stand on their own (summarizer.summarizers.standalone): no
  "He said ..." without the sentence naming him; `point_needs_what_follows`:
  no question without its answer, no sentence ending on a colon ("You can
  use this code:"); `list_heading_is_no_point`: nor is an item of a
  numbered or lettered list that opens on its heading ("2. Too much
  ambition: ...");
- `surname_needs_its_introduction` (`_Introductions`): a key point that
  names a person by surname only ("he endorsed Mohamed"), whom no source
  title and no point before it introduces, brings the first sentence that
  does ("Nadia Mohamed, 27, won ..."), picked just before it and ranked
  with it; a point whose introduction is left out for words goes too;
  `introduction_leans_on_a_point`: an introduction that leans only on
  sentences already picked ("They are: Heather Grant, 33, ..." after the
  bottom line's "two people killed") can be that sentence;
- `central_source_leads`: in a note over three articles or more, the
  sources take their turns in the pooled order (and so give the bottom
  line) on the topic first (the share of their content words the others
  hold), then by the content words they share, then by length, not in the
  order given; two sources keep the order given;
- `points_follow_the_words`: in a note over three articles or more, after
  each source's first turn, a source's next sentences come in turns by the
  words it carries (its sentence of rank r at r / sqrt(its words)): a
  source four times as long gives about twice the key points;
- `each_source_opens_its_points`: in a note over several articles, each
  source's opening sentence (as `lead_is_bottom_line` orders it) can be a
  key point even when a hedged or unattributed claim gives it ("A female
  police inspector ... was reportedly assaulted ..."): its story's points
  do not start mid-story;
- `each_source_has_a_key_point`: in a note over several articles, a source
  with no key point (the bottom line aside) that has a sentence which can
  be one gets its best, in the place of the last key point picked of a
  source that keeps another, and keeps it within the note's words (a crash
  story whose other sentences are claims gave only the bottom line, while a
  police log took all six key points);
- `publisher_at_work_is_no_point`: nor is the publisher's own newsgathering
  ("7News cameras captured the mangled Audi ...") a key point;
- `point_says_its_source`: there, the bottom line and each key point name
  the sources they cite, as the claims do (`named_speaker_says_its_source`:
  a named speaker's too);
- `framing_is_no_point` (standalone's rule): nor is a sentence that
  announces what follows ("The following are arrest and accident reports
  ...") or opens on an aside's label ("A quick explainer: ..."), and none
  opens the note;
- `caption_is_no_point`: a photo caption (standalone's `picture_caption`
  and `restated_caption`, the summary's one test) is no key point, and a
  claim a restated caption carries is not listed;
- `note_has_key_points`: the MIN_KEY_POINTS best key points are kept before
  claims compete for the note's words;
- `claim_given_as_point`: a claim whose sentences (one telling's: a claim
  told twice is still the point's) the bottom line or key points already
  give is not listed again;
- `words_out_within_half_words_in`: the note (bottom line, key points,
  claims) has at most WORDS_OUT_SHARE of its sources' words, and at most
  MAX_WORDS_OUT_PER_SOURCE words a source (`short_note`); key points and
  claims are taken by the rank of their sentence, best first, while they
  fit (the bottom line always stays), and the note counts the claims left
  out for each source so that `summarizer claims` can show them;
  `short_note_lists_a_claim`: a note that would list no claim lists its
  best-ranked trustworthy one past that half, up to SHORT_NOTE_SHARE of
  the words in, and no point makes way for it;
- each claim is shown once: under its speaker, or, when hedged or without
  a source, under "Hedged or unconfirmed";
- `list_bullet_is_no_content`: a list bullet the content of a colon runs
  into is not shown;
- `quoted_fragment_said_again`: a quoted fragment that the quotation
  after it in the same claim says again is shown once, in the quotation;
- `unresolved_source_as_written`: a source the tagger could not resolve is
  listed in its own words under "Speaker not resolved", as in the claims
  view; "No source given" is only for a claim whose text names none;
  `fragment_speaker_is_unresolved`: so is one whose speaker is a fragment
  of a title ("Syrian U.N.");
- `unresolved_source_needs_its_antecedent`: an unresolved source that
  points back ("The pair said") is listed only when the note cites the
  sentence before it (`antecedent_is_no_unresolved_claim`: a sentence only
  an unresolved claim cites names nobody it could mean);
  `cut_source_is_left_out`: one written as a lone determiner ("The
  asserted") is never listed;
- `cited_range_is_the_text_shown`: a reference's characters and text are
  the sentence as the note shows it, from after its dateline;
- `long_claim_shortened`: a claim running on over several sentences shows
  its first sentences, up to BRIEF_CLAIM_WORDS words, and an ellipsis (and
  closes a quotation the cut falls in: `shown_quote_is_closed`); it
  cites only the sentences shown (`summarizer claims` lists it whole). A
  cut that would leave out fewer than MIN_WORDS_CUT words is not made;
  `spare_words_show_a_claim_whole`: a claim cut so is shown whole when the
  note has the words to spare once every point and claim is chosen;
  `cut_claim_whole_or_left_out`: a claim still cut then takes the words of
  claims ranked below it to be shown whole, or else leaves the note (a cut
  quote that loses its point is worse than fewer, whole claims);
  `whole_quote_before_a_cut_one`: the quotation `note_has_a_quote` makes
  room for is one that fits whole when there is one, cut only when none is.

Reprints are found through an index of content-word stems with prefix
filtering (only the rarest stems of each sentence are indexed and probed),
so the search does not compare every pair of sentences.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from summarizer.claim_cache import document_claims
from summarizer.claims.extract import QUOTE_JOINER, SHOWN_CUES
from summarizer.claims.grammar import (
    DETERMINERS,
    FINITE_VERBS,
    OBJECT_PRONOUNS,
    PARAGRAPH_LABEL,
    PAST_VERBS,
    PREPOSITIONS,
    RELATIVES,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TIME_WORDS,
    is_listed_past,
    is_past,
)
from summarizer.claims.junk import QUOTED_PASSAGE  # a quotation's words are someone's, not the writer's
from summarizer.claims.lexicon import grammar, noun_sets, pronouns
from summarizer.claims.names import INDEFINITE_ARTICLES, first_names, organisation_words, places, short_name_of_a_body
from summarizer.claims.rules import SUBJECT_LEADS
from summarizer.claims.text import Token, find_quotes, tokenize
from summarizer.cleanup import (
    dateline_credit,
    dateline_length,
    dateline_places,
    name_particles,
    without_dateline,
    without_possessive,
)
from summarizer.document import BULLET, parse_document
from summarizer.mentions import drops_middle_names, find_mentions, name_runs, without_nationality
from summarizer.model import (
    NO_SOURCE,
    ORGANISATION,
    OTHER,
    PERSON,
    PLACE,
    UNRESOLVED,
    Brief,
    BriefClaim,
    BriefSource,
    Document,
    Mention,
    MentionKind,
    Point,
    Reference,
    Sentence,
    Span,
    SpeakerGroup,
    source_is_cut,
)
from summarizer.nlp.words import content_words, count_words, stem, stop_words
from summarizer.pagemeta import (
    MONTHS,
    crew_nouns,
    interview_verbs,
    interviewers,
    is_publisher,
    is_site_name,
    outlet_words,
    site_keys,
)
from summarizer.pagemeta import key as name_key
from summarizer.reading import Article, read_article
from summarizer.rules import alternation, load_rules, load_section, load_word_set, word_set
from summarizer.summarizers import get_ranker
from summarizer.summarizers.base import best_first
from summarizer.summarizers.standalone import (
    BARE_AGREEMENT_TAIL,
    ends_on_a_colon,
    framing_sentences,
    holds_back_pointing_phrase,
    holds_bare_count,
    interviewee_first_person,
    interviewer_lead_ins,
    is_open_question,
    is_quotation_throughout,
    is_unattributed_quotation,
    leans_on_the_sentence_before,
    opens_by_pointing_back,
    opens_with_definite_description,
    picture_captions,
    points_at_picture,
    points_back_to_a_time,
    quotation_units,
    quotations_throughout,
    restated_captions,
    run_in_headings,
    sentence_units,
    speakerless_quotations,
    surname_subject,
    surnames_introduced_in_full,
    unintroduced_surnames,
    verbless_fragments,
    without_contrast_opener,
)

if TYPE_CHECKING:
    from summarizer.claims.model import Claim

# Rule `lead_is_bottom_line`: the lead comes first when it ranks among this
# many of its source's best sentences.
LEAD_RANK = 3
# A sentence that opens in lower case ("the equivalent for Emacs Lisp.") is
# a fragment the page cut, no bottom line.
LOWER_CASE_OPENING = re.compile(r"""[\s"'\u2018\u201c(\[]*[a-z]""")
SINGLE_ARTICLE_POINTS = 4
MULTI_ARTICLE_POINTS = 6
# Rule `run_on_is_no_key_point`: a key point has at most this many words (a claim shows at most 50).
MAX_POINT_WORDS = 55
# Rule `note_has_key_points`: this many key points (the best ones) are kept
# before claims compete for the note's words: a page whose best sentences
# are all claims gave a note of a bottom line and claims, no key point. The
# best one goes in first; a claim ranked above a later one goes in before it
# (rule `claim_above_a_key_point_first`).
MIN_KEY_POINTS = 2
# Rule `short_note_lists_a_claim`: a note that would list no claim may list one past
# WORDS_OUT_SHARE of its words in, up to this share: still shorter than what it covers.
SHORT_NOTE_SHARE = 0.75
# Rule `short_note_lists_every_claim`: a page of at most this many words is short enough that its
# note lists every claim it has room for (the pages of web tester s18 were 114 to 353 words; a
# 553-word page's note grew by a fifth of its words in, past what a note of it should be)
SHORT_PAGE_WORDS = 400
# Rule `point_needs_what_follows`: a sentence that asks ("a reporter asked
# her, “What do you see ...?”"), ends on a colon ("You can use this
# code:") or on a comma or semicolon (a sentence cut after a quoted question:
# "... and songs such as “What About Love?”,") leans on what comes after it;
# its end, past closing quotes and brackets.
LEANS_ON_WHAT_FOLLOWS = re.compile(r"""[?:,;][\s"'\u201d\u2019)\]]*$""")
# Rule `list_heading_is_no_point`: a list number or letter ("2.", "b)", "(iii)"; a capital
# only before ")" since "A. Smith" is an initial), then a heading of at most LIST_HEADING_WORDS
# words and its colon: "2. Too much ambition: Borger noted ...", "6. ... and the left: ...";
# or a dash set off by spaces, as a colon (`dash_ends_a_list_heading`, web tester s13,
# searchlight.vc: "5. Secure your accounts – Change password for your social media pages.")
LIST_HEADING_WORDS = 6
LIST_HEADING = re.compile(r"\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\(?[A-Z]\))\s+"
                          rf"[^\s:\u2013\u2014]+(?:\s+[^\s:\u2013\u2014]+){{0,{LIST_HEADING_WORDS - 1}}}"
                          r"(?::|\s[\u2013\u2014-])\s")
# Rule `near_duplicate`: each sentence holds this share of the other's
# content-word stems.
REPRINT_SHARE = 0.8
# Rule `citation_carries_point`: the cited sentence holds this share of the
# point's content-word stems.
CARRIES_SHARE = 0.8
# Rule `words_out_within_half_words_in`: the note's words over its sources'.
WORDS_OUT_SHARE = 0.5
# ... and at most this many words a source (rule `short_note`): a 5,000-word
# feature gave a 2,263-word note listing all 93 of its claims (QA round 5);
# a note is read in a minute, and `summarizer claims` lists the rest.
MAX_WORDS_OUT_PER_SOURCE = 500
# Rule `repeats_a_claim`: a listed claim's speaker, cue and content cover
# this share of a sentence's content-word stems.
REPEAT_SHARE = 0.8
# A text fragment link quotes this many words from each end of a sentence
# (the whole sentence when it is at most twice as long).
FRAGMENT_WORDS = 4
QUOTE_CHARACTERS = "\"'\u201c\u201d\u2018\u2019"
# Rule `most_named_of_each_kind` (web tester s18): each kind of name lists its own most named names,
# at most this many. One cap over all kinds, typed names first, had left out Al Horford and Tyrese
# Maxey (named twice, typed "Other names") for people named once, and a 3,700-word essay got no
# Organisations line; the kinds' lines are read apart, so each has its own room.
MENTIONS_SHOWN: dict[MentionKind, int] = {PERSON: 8, ORGANISATION: 5, PLACE: 5, OTHER: 4}
# The order of the kinds among names named as often (rule `typed_names_first`, QA round 20: among
# names named once, the people the article quotes come before an untyped one-off).
KIND_ORDER: dict[MentionKind, int] = {PERSON: 0, ORGANISATION: 1, PLACE: 2, OTHER: 3}
# Rule `long_claim_shortened`: a statement of ten paragraphs took 200 of a
# note's 500 words (QA, a trade federation's reaction on a live page).
BRIEF_CLAIM_WORDS = 50
# ... but a cut that would leave out fewer words than this keeps the claim whole (QA round 33: a
# 55-word quote lost its punchline "Until today.", two words, to the cut).
MIN_WORDS_CUT = 10
# Rule `cut_claim_whole_or_left_out`: claims ranked below give their words to a cut claim only up to
# this length whole; a longer one (a statement over many paragraphs) would crowd out the rest.
MAX_WHOLE_CLAIM_WORDS = 2 * BRIEF_CLAIM_WORDS
ELLIPSIS = " \u2026"
# Rule `cut_opening_shown_verbatim`: the mark before a sentence shown from a word in lower case
LEADING_ELLIPSIS = "\u2026 "
# Rule `shown_quote_is_closed`: an opening quotation mark and the one that closes it.
CLOSING_QUOTE = {"\u201c": "\u201d", '"': '"'}

UNNAMED = "Unnamed sources"
# Rule `anonymous_source_heading`: the heading of sources the article describes by role or group
# but does not name ("Prosecutors", "Massachusetts officials"); "Unnamed sources" is kept for
# those it keeps anonymous ("sources", "people familiar with the talks": anonymous_sources.txt)
DESCRIBED = "Sources described, not named"
# Rule `document_is_no_unnamed_source`: the heading of claims a document or data speak
# ("That analysis showed", "according to the release", "A CNN/ORC International poll showed")
DOCUMENTS = "Documents and data"
# Rule `named_source_is_not_unnamed`: the parts of a source joined by "and", "or", "with" or commas.
CONJUNCTS = re.compile(r",|\s+(?:and|or|with)\s+")
LEADING_THE = re.compile(r"^(?:the|The)\s+")
LEADING_BOTH = re.compile(r"^(?:both|Both)\s+")
# Claim.speaker_kind values that name a speaker.
NAMED_KINDS = frozenset({"person", "organisation"})
# Rule `named_voice_before_a_lesser_claim`: a claim of no named speaker ranked at most this many
# places above a named speaker's quotation counts as ranked about as well, and can give way to it
NAMED_VOICE_RANKS = 3
# ... and a quotation of fewer words is no voice worth another claim's place ('"positive news and
# entertainment,"', a website's motto)
NAMED_VOICE_WORDS = 8
# Rule `second_voice_before_a_third_claim`: a named speaker shown more than this many times gives his
# worst-ranked further claims to another named voice's quotation, whatever their ranks
ONE_VOICE_KEEPS = 2


def make_brief(
    inputs: Iterable[str | Path | Article],
    *,
    points: int | None = None,
    words: int | None = None,
    method: str = "default",
) -> Brief:
    """A briefing note for one or several articles.

    Each input is an `Article` as read (`summarizer.reading`; for a text in
    hand, `Article(text, source=name)`) or where to read one: a path, an
    http(s) URL or `-` for standard input. A source that cannot be read
    raises `InputError` with a one-line message ("typo.txt: no such file").
    Give at most one of `points` (key points besides the bottom line) and
    `words` (a budget for the bottom line and key points together).
    """
    articles = [item if isinstance(item, Article) else read_article(str(item)) for item in inputs]
    if not articles:
        raise ValueError("a brief needs at least one article")
    if points is not None and words is not None:
        raise ValueError("give only one length limit, not points and words")
    if points is not None and points < 0:
        raise ValueError("points must be 0 or more")
    documents = [parse_document(article.text) for article in articles]
    ranker = get_ranker(method)
    # Each document's claims, then its scores: the news ranker reads the
    # claims tagged for the document just before (document_claims); its
    # run-in headings right after its scores, from the same analysis
    per_source, headings = [], []
    for d in documents:
        per_source.append((document_claims(d), ranker.score(d)))
        headings.append(ranker.headings(d))
    tagged = [len(found) for found, _ in per_source]  # what `summarizer claims` lists for each source
    publishers = [_publisher(a, d) for a, d in zip(articles, documents, strict=True)]
    # rule `caption_is_no_point` (one caption test with the summary's: standalone.picture_captions):
    # a photo caption is no key point, and a claim a restated caption carries ("Fitness guru Joe
    # Wicks has also called on ...", a worse copy of a sentence the note may give) leaves the note
    stems = [[_stems(s.text) for s in d.sentences] for d in documents]
    restated = [restated_captions(d, source_stems) for d, source_stems in zip(documents, stems, strict=True)]
    captions = [picture_captions(d, r) for d, r in zip(documents, restated, strict=True)]
    # rule `quotation_without_speaker` (standalone.speakerless_quotations): nor are someone's words
    # with no speaker beside them; rule `quotation_alone_is_no_point` (standalone.quotations_throughout):
    # nor a sentence that is a quotation and nothing else ("\u201cI understand their concerns, ..."
    # of a quotation run over several paragraphs, its speaker two paragraphs up)
    # (rule `interviewer_lead_in`: nor is an interviewer's lead-in to a question; rule
    # `interviewee_voice_is_no_point`: nor an unlabelled answer's "I" or "we", whom the note cannot name)
    # (rule `framing_is_no_point`: nor a sentence that announces what follows or labels an aside;
    # rule `publisher_at_work_is_no_point`: nor the publisher's cameras or crew at work; rule
    # `interview_scene_is_no_point`: nor the scene around a talk, "As he spoke to CNN, a voice ...")
    # (rule `contributor_note_is_no_point`: nor the writer's biography at the page's end)
    # (rule `labelled_voice_goes_on`: nor the rest of a paragraph a speaker's label opens; rule
    # `verbless_heading_is_no_point`: nor a subhead, "From dreams to reality."; rule
    # `verbless_fragment_is_no_point`: nor a fragment with no verb inside a paragraph, "Same thing.")
    labelled = [labelled_lines(found) for found, _ in per_source]
    labels = [frozenset(c.speaker for c in found if c.sentence in lines and c.speaker)
              for (found, _), lines in zip(per_source, labelled, strict=True)]
    unspoken = [speakerless_quotations(d) | quotations_throughout(d) | interviewer_lead_ins(d)
                | interviewee_first_person(d) | framing_sentences(d) | publisher_at_work(d, p)
                | interview_scenes(d) | contributor_notes(d) | labelled_voice_goes_on(d, lines, names)
                | headings_over_text(d, h) | verbless_fragments(d) | lead_under_a_question(d)
                | reproduced_statement_voice(d) | organisation_notes(d)
                for d, p, lines, names, h in zip(documents, publishers, labelled, labels, headings, strict=True)]
    # rule `left_out_says_why`: how many claims each source loses so, counted apart
    site_notes = [sum(_own_publisher(c.speaker or "", publisher) for c in found)
                  for (found, _), publisher in zip(per_source, publishers, strict=True)]
    per_source = [(tuple(c for c in found if not _own_publisher(c.speaker or "", publisher)
                         and c.sentence not in restated_here), scores)
                  for (found, scores), publisher, restated_here in zip(per_source, publishers, restated, strict=True)]
    # rule `misspelt_speaker_is_unresolved` (brief s27)
    per_source = [(_misspelt_speakers_unresolved(d, found), scores)
                  for d, (found, scores) in zip(documents, per_source, strict=True)]
    captioned = [count - notes - len(found)
                 for count, notes, (found, _) in zip(tagged, site_notes, per_source, strict=True)]
    # rule `organisation_note_is_no_claim`: nor does a body's note on its mission give a claim (counted
    # with the claims left out for the note's words: it is neither a caption nor the site's own note)
    per_source = [(tuple(c for c in found if c.sentence not in notes), scores)
                  for (found, scores), notes in zip(per_source, (organisation_notes(d) for d in documents),
                                                    strict=True)]
    source_scores = [scores for _, scores in per_source]  # each source's ranker scores, by sentence
    rarity = _rarity(stems)
    all_claims = [_fragment_unresolved(c) for found, _ in per_source for c in found]
    people = list(dict.fromkeys(c.speaker for c in all_claims if c.speaker and c.speaker_kind == "person"))
    bodies = list(dict.fromkeys(c.speaker for c in all_claims if c.speaker and c.speaker_kind == "organisation"))
    # Names as the note reads them: no dateline ("United Nations The U.N. Security Council"); the
    # titles and the subheads give fuller names ("Bernie Sanders" of a subhead for "Sanders")
    mentions = find_mentions((without_dateline(s.text, s.index == 0) for d in documents for s in d.sentences),
                             people, bodies,
                             [*(t for t in (a.title or d.title for a, d in zip(articles, documents, strict=True)) if t),
                              *(h.text for d in documents for h in d.headings)],
                             [p for d in documents if d.sentences for p in dateline_places(d.sentences[0].text)],
                             [number for number, d in enumerate(documents) for _ in d.sentences])
    mentions = [m for m in mentions if not all(_own_publisher(m.name, p) for p in publishers)]
    mentioned_people = [m.name for m in mentions if m.kind == PERSON and " " in m.name]
    claims = _gather_claims(documents, [found for found, _ in per_source], rarity, mentioned_people,
                            source_scores)
    # the sentences the claims repeat, and of those the sentences a named speaker's plain claim
    # gives: "Who said what" shows them as well as a point would
    repeated, attributed = _sentences_claims_repeat(claims, stems, documents)
    units = [sentence_units(d) for d in documents]
    introductions = _Introductions(documents, mentioned_people,
                                   [a.title or d.title for a, d in zip(articles, documents, strict=True)])
    contrast_turns = [headline_turns(d, u, _stems(a.title or d.title or ""), source_stems)
             for a, d, u, source_stems in zip(articles, documents, units, stems, strict=True)]
    picked = _pick_points(documents, stems, units, repeated, rarity, points, words,
                          source_scores, introductions, attributed,
                          [c | u for c, u in zip(captions, unspoken, strict=True)], contrast_turns,
                          labelled, {member for c in claims for member in _told_in_one_sentence(c)} & attributed,
                          # (rule `delayed_lead_gives_way_to_the_headline`: the sentences a person's claim gives)
                          [frozenset(c.sentence for c in found if c.speaker_kind == "person")
                           for found, _ in per_source],
                          _PronounPoints(documents, mentioned_people))
    given = [_given_as_point(c, picked) for c in claims]
    in_points = [c for c, point in zip(claims, given, strict=True) if point]
    claims = [c for c, point in zip(claims, given, strict=True) if not point]
    ranks = [_rank_positions(scores) for scores in source_scores]
    words_in = sum(count_words(s.text) for d in documents for s in d.sentences)
    cap = max(MAX_WORDS_OUT_PER_SOURCE * len(documents), words or 0)
    # Rule `content_stands_alone`: a claim whose content is a fragment is left out with the
    # claims `summarizer claims` lists; the note cites what a reader can take as shown.
    standing = [c for c in claims if all(content_stands_alone(c.claim, documents[s].text) for s, _ in c.members[:1])]
    not_standing = [c for c in claims if c not in standing]
    budget = min(WORDS_OUT_SHARE * words_in, cap)
    starts = [[sentence.start for sentence in d.sentences] for d in documents]
    # what a short note may reach past its half (rules note_has_a_quote, short_note_lists_a_claim)
    short_note_limit = min(SHORT_NOTE_SHARE * words_in, cap)
    # (what each leaves out is counted at the end: rule `more_claims_counts_honestly`)
    kept_points, kept = _within_half_words_in(picked, standing, ranks, budget, starts=starts, voices=False)
    quotes = _quotes_by_rank(standing, ranks)
    if quotes and not any(_quotes_a_name(c) for c in kept):
        # rule `note_has_a_quote`: only a note that would show no quotation makes room for one
        kept_points, kept = _within_half_words_in(
            picked, standing, ranks, budget, quotes[0],
            lambda claim, room: _shortened_to(claim, room, documents, starts, source_scores),
            starts, quotes[1:], short_note_limit - budget)
    else:
        # (rule `named_voice_before_a_lesser_claim` runs once that choice is made, which it must not change)
        kept_points, kept = _within_half_words_in(picked, standing, ranks, budget, starts=starts)
    # (rule `one_quote_one_entry`: after the choice, so that no other claim moves)
    picked, claims = kept_points, _one_entry_per_quote(_without_leaning_sources(kept_points, kept))
    if not claims:
        # rule `short_note_lists_a_claim`: a note whose half of the words in the points took lists
        # one claim past that half
        claims = _claim_past_half_words_in(picked, standing, ranks, short_note_limit)
    if words_in <= SHORT_PAGE_WORDS and points is None and words is None:
        # (a length the reader asked for is kept: `--points 0` lists what fits in it)
        claims = _short_note_lists_every_claim(picked, claims, standing, short_note_limit)
    # rule `answer_beside_the_allegation`: a dispute's other side stays visible
    before_answers = claims
    claims, answered = _answers_beside_allegations(claims, standing, in_points, picked)
    claims = _room_for_answers(before_answers, claims, answered, picked, ranks, budget)
    # rule `bare_refusal_is_unconfirmed`: and so does a side's refusal to answer
    claims = [*claims, *_bare_refusals(not_standing, claims, ranks)]
    # rule `contrast_shown_whole`: a claim on one side of "X, while Y" goes with the other side
    claims = _contrasts_shown_whole(claims, documents, picked)
    picked = _main_story_first(picked, claims, len(documents))
    # rule `left_out_says_why`: the claims left out for not reading on their own (a fragment of
    # content, or a source that points back to a sentence the note does not cite), by source
    not_alone = _count_members([c for c in [*not_standing, *kept] if c not in claims])

    # rule `point_part_not_repeated`: a claim's first part that a point shows is not said again
    shown_as_points = frozenset(member for candidate in picked for member in candidate.members)
    claims = [_without_part_in_points(g, shown_as_points, documents) for g in claims]
    citations = _Citations(documents, stems, [a.url for a in articles],
                           frozenset(m.name for m in mentions if m.kind == PERSON))
    bottom, rest = (picked[0], picked[1:]) if picked else (None, [])
    hedged_sentences = _hedged_claims_sentences(in_points, documents)
    bottom_line = _with_its_hedge(citations.point(bottom, bottom_line=True), bottom, hedged_sentences) \
        if bottom else None
    apart = _told_apart(articles, documents, bottom)
    key_points = tuple(p for p in (_with_its_hedge(citations.point(c), c, hedged_sentences)
                                   for c in _other_leads_first(rest, bottom, apart)) if p)
    cited = [(g, citations.claim(g)) for g in claims]
    brief_claims = [c for _, c in cited if c]
    # Rule `more_claims_counts_honestly` (QA round 36: the claims shown plus "N more" fell short
    # of `summarizer claims` by the claims given as the bottom line or a key point): "N more" is
    # every claim of the source the claims sections do not list
    listed = Counter(source for g, c in cited if c for source, _ in g.members)
    left_out = {i: count - listed[i] for i, count in enumerate(tagged) if count > listed[i]}
    # Rule `claim_in_a_point_is_no_misfit` (QA round 37: a page of one sentence, its bottom line,
    # said its one claim "does not fit this note whole"): of those, the claims whose sentences the
    # note kept as the bottom line or a key point are counted apart, so the note can say so
    kept_sentences = {member for candidate in picked for member in candidate.members}
    in_points_count = Counter(source for g in in_points for source, sentences in g.members
                              if all((source, i) in kept_sentences for i in sentences))
    uncertain = tuple(c for c in brief_claims if is_uncertain(c))
    speakers = _group_by_speaker([c for c in brief_claims if not is_uncertain(c)],
                                 _names_of_sources(mentions, [*people, *bodies]),
                                 frozenset(m.name for m in mentions),
                                 _introduced_as_relatives(g for g, c in cited if c))
    speakers = _one_names_introduced(speakers, documents)
    speakers = _answers_beside(speakers, [(citations.claim(answer), citations.claim(allegation))
                                          for answer, allegation in answered])
    words_out = sum(count_words(p.text) for p in (bottom_line, *key_points) if p) + sum(
        count_words(c.content) for c in brief_claims
    )
    sources = tuple(
        BriefSource(i + 1, a.source, a.title or d.title, a.date, a.url, sum(count_words(s.text) for s in d.sentences),
                    left_out.get(i, 0), *_reasons(left_out.get(i, 0), in_points_count[i], not_alone[i],
                                                  captioned[i], site_notes[i]), warnings=(*a.warnings, *apart[i]))
        for i, (a, d) in enumerate(zip(articles, documents, strict=True))
    )
    references = citations.references()
    if len(articles) > 1:
        speakers, uncertain = _with_sources(speakers, uncertain, references)
        bottom_line, key_points = _points_with_sources(bottom_line, key_points, references)
    shown = shown_mentions(mentions, frozenset(group.speaker for group in speakers if group.named), frozenset(people))
    return Brief(
        sources=sources,
        bottom_line=bottom_line,
        key_points=key_points,
        speakers=speakers,
        uncertain=uncertain,
        mentions=shown,
        mentions_left_out=mentions_left_out(mentions, shown),
        references=references,
        words_in=sum(source.words for source in sources),
        words_out=words_out,
    )


# --- the rules ------------------------------------------------------------


def _publisher(article: Article, document: Document) -> frozenset[str]:
    """Rule `publisher_is_no_source` (QA round 31: "OBSERVER ONLINE / learnt:
    Police have since launched a search ..." under Who said what, "City
    Limits" under Mentioned): the keys of the article's own publisher, its
    site's name and domain (pagemeta) and the credit of its dateline ("(CNN)
    -- "). The publisher writing of itself is no source for the reader, and
    no name the article mentions: its claims leave the note (the claims view
    keeps them), and so does its name when it publishes every article."""
    keys = set(site_keys(article.site, article.url))
    credit = dateline_credit(document.sentences[0].text) if document.sentences else None
    if credit and len(name_key(credit)) >= 2:
        keys.add(name_key(credit))
    return frozenset(keys)


def _own_publisher(name: str, publisher: frozenset[str]) -> bool:
    """Rule `publisher_is_no_source`, for a name: the publisher as a news
    outlet ("OBSERVER ONLINE", "City Limits", "CNN"). An institution
    publishing its own news (a name with an organisation word that no news
    outlet's name has: "Rutgers University" on rutgers.edu) stays: it acts
    in the story and speaks for itself (page_metadata.txt `outlet_word`)."""
    if not is_publisher(name, publisher):
        return False
    words = {w.lower().strip(".,") for w in name.split()}
    return not (words & organisation_words()) - outlet_words()


def publisher_at_work(document: Document, publisher: frozenset[str]) -> frozenset[int]:
    """Rule `publisher_at_work_is_no_point` (web tester s15, wsvn: the key
    point "7News cameras captured the mangled Audi under the overpass.",
    the station telling of itself): the sentences whose subject is the
    publisher's own newsgathering, its name (`is_publisher`, or a part of
    the site's name: "7News" of "WSVN 7News") and a crew noun
    (page_metadata.txt `crew_noun`: "cameras", "crew", "reporters"), after
    the dateline and an optional article ("A CNN crew saw ..."). No key
    point: the note tells the news, not how the outlet got it. Not "Police
    cameras captured ...", "Security cameras showed ..." (no publisher)."""
    found = set()
    for number, sentence in enumerate(document.sentences):
        opening = PUBLISHER_AT_WORK.match(without_dateline(sentence.text, number == 0))
        if (opening and opening["noun"] in crew_nouns()
                and (is_publisher(opening["name"], publisher) or is_site_name(opening["name"], publisher))):
            found.add(number)
    return frozenset(found)


# Rule `publisher_at_work_is_no_point`: a sentence opening (an article aside) on a name of up to four
# capitalised words, a possessive, then a lower-case noun ("7News cameras", "The Herald's reporters")
PUBLISHER_AT_WORK = re.compile(r"\s*(?:(?:A|An|The)\s+)?(?P<name>[A-Z0-9][\w&.'\u2019-]*"
                               r"(?:\s+[A-Z0-9][\w&.'\u2019-]*){0,3}?)(?:['\u2019]s)?\s+(?P<noun>[a-z]+)\b")


def interview_scenes(document: Document) -> frozenset[int]:
    """Rule `interview_scene_is_no_point` (brief s19, CNN-Corpus dev 682: the
    key point "As he spoke to CNN, a voice boomed from a loudspeaker
    nearby.", colour of the interview, not news): the sentences that open on
    a clause setting the scene of someone talking, named only by a pronoun
    ("As he spoke to CNN,", "While she was talking with reporters,":
    page_metadata.txt `interview_verb`), whose main clause tells no speech
    (no verb of saying, rules/attribution_verbs.txt). Such a sentence says
    what went on around a talk with someone the reader cannot name. Not "As
    he spoke to CNN, he said the army ..." (his claim), nor "As Assad spoke
    to parliament, ..." (the sentence names him). Review s19 (finding 10:
    "As he spoke to the crowd, gunmen opened fire, killing 12 people." was
    rejected): the talk is with the press or the writer (`_interviewer`),
    and the main clause is colour: it opens on something brought into the
    scene ("a siren wailed", "a crowd gathered") and holds no number; "While
    she was talking with reporters, the army shelled the town" is news."""
    speech = load_word_set("attribution_verbs")
    found = set()
    for number, sentence in enumerate(document.sentences):
        scene = INTERVIEW_SCENE.match(without_dateline(sentence.text, number == 0))
        if scene and scene["verb"] in interview_verbs() and speech.isdisjoint(re.findall(r"[a-z]+", scene["rest"])) \
                and scene["whom"] is not None and _interviewer(scene["whom"]) \
                and scene["rest"].split(maxsplit=1)[0].lower() in INDEFINITE_ARTICLES \
                and not any(c.isdigit() for c in scene["rest"]):
            found.add(number)
    return frozenset(found)


def _interviewer(whom: str) -> bool:
    """For rule `interview_scene_is_no_point`: whom the talk is with is the
    press or the writer (page_metadata.txt `interviewer`: "reporters", "us"),
    or a news outlet, written in capitals ("CNN") or named with an outlet
    word ("The Associated Press"); not "the crowd", "the minister"."""
    words = whom.split()
    return (len(words) <= 2 and words[-1].lower() in interviewers()) or (len(words) == 1 and whom.isupper()) \
        or any(w.lower() in outlet_words() for w in words if w[:1].isupper())


# Rule `interview_scene_is_no_point`: "As/While/When", "he/she/they" (claim_grammar.txt
# interview_scene_openers, interview_scene_pronouns), an optional "was/were", a verb of talking,
# optionally "to/with" and whom (up to four words), a comma, the main clause
INTERVIEW_SCENE = re.compile(r"\s*" + alternation(frozenset(w.capitalize() for w in grammar("interview_scene_openers")))
                             + r"\s+" + alternation(grammar("interview_scene_pronouns"))
                             + r"\s+(?:(?:was|were)\s+)?(?P<verb>[a-z]+)"
                             r"(?:\s+(?:to|with)(?P<whom>(?:\s+[\w&.'\u2019-]+){1,4}))?,\s+(?P<rest>.+)", re.DOTALL)


# Rule `contributor_note_is_no_point`: a person's full name (a listed first name, one or two
# capitalised words) and "is a/an/the" opening a paragraph among the page's last ones. Its own
# pattern, not names.find_names (which reads titles and bodies into a name) nor cleanup's
# `author_bio` (which needs the page's author from its metadata): a writer the page does not credit
CONTRIBUTOR_NOTE = re.compile(r"(?P<first>[A-Z][a-z]+) (?P<rest>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?) "
                              r"is (?:a|an|the) ")
CONTRIBUTOR_NOTE_PARAGRAPHS = 3


def contributor_notes(document: Document) -> frozenset[int]:
    """Rule `contributor_note_is_no_point` (web tester s18, searchlight.vc: the
    key point "Candice Sealey is the Founder & Principal Consultant at
    Ignite! a Full-service Marketing & PR Consultancy ..." was the author's
    biography under a marketing column): the sentences of a paragraph among
    the page's last CONTRIBUTOR_NOTE_PARAGRAPHS that opens by introducing a
    person the text names nowhere before ("Jane Doe is a freelance writer
    ..."): the writer's note, not the story. A person the story spoke of
    before ("Mayor Jane Doe said ... [end] Jane Doe is the city's first
    ...") stays."""
    found: set[int] = set()
    for paragraph in document.paragraphs[-CONTRIBUTOR_NOTE_PARAGRAPHS:]:
        opening = document.sentences[paragraph.sentences[0]]
        match = CONTRIBUTOR_NOTE.match(opening.text)
        if match is None or match["first"].lower() not in first_names():
            continue
        if match["rest"] not in document.text[: opening.start]:
            found.update(paragraph.sentences)
    return frozenset(found)


# Rule `organisation_note_is_no_claim`: a body's name (capitalised words, "of", "and", "for" or "the"
# between them) and a verb in the present, opening a paragraph among the page's last ones
ORGANISATION_NOTE = re.compile(r"(?P<name>[A-Z][\w&.'\u2019-]*(?: (?:of |and |for |the )?[A-Z][\w&.'\u2019-]*){0,5})"
                               r" (?P<verb>[a-z]+s)\b")
ORGANISATION_NOTE_PARAGRAPHS = 2


@cache
def _self_description() -> re.Pattern[str]:
    """Rule `organisation_note_is_no_claim`: a body's words on itself
    (organisation_notes.txt: "its mission is", "conducts its mission", "is
    dedicated to"), never a bare "mission", which news speaks of as often."""
    return re.compile(r"(?<![\w-])" + alternation(load_word_set("organisation_notes"), spaced=True) + r"(?![\w-])",
                      re.IGNORECASE)


def organisation_notes(document: Document) -> frozenset[int]:
    """Rule `organisation_note_is_no_claim` (rules/organisation_notes.txt):
    the sentences of a paragraph among the page's last
    ORGANISATION_NOTE_PARAGRAPHS that opens on a body the text named before
    (in capitals, "AMO", or with an organisation word) and a verb in the
    present that is no cue ("AMO safeguards the U.S. by anticipating and
    confronting security threats ..."), and that holds the body's words on
    itself ("AMO says it conducts its mission ...", `_self_description`):
    what a press release says of its sender, no news. "Mars One says 1,058
    candidates have been shortlisted for the mission" (a cue), "NASA plans
    to launch the crewed mission in September" (a mission, but no body's
    words on itself) and "Timmy is a featured athlete of ..." (no body)
    stay."""
    found: set[int] = set()
    for paragraph in document.paragraphs[-ORGANISATION_NOTE_PARAGRAPHS:]:
        opening = document.sentences[paragraph.sentences[0]]
        match = ORGANISATION_NOTE.match(opening.text)
        if match is None or match["verb"] in load_word_set("attribution_verbs"):
            continue
        name = match["name"]
        body = (name.isupper() and len(name) > 1) or not organisation_words().isdisjoint(name.lower().split())
        mission = any(_self_description().search(document.sentences[i].text) for i in paragraph.sentences)
        if body and mission and name in document.text[: opening.start]:
            found.update(paragraph.sentences)
    return frozenset(found)


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(text))


# Rule `speech_occasion_is_no_more_than_the_claim`: an opening speech
# participle (rules/speech_occasions.txt) and the words up to its comma
SPEECH_OCCASION = re.compile(r"\s*(?P<participle>[A-Za-z]+)\b[^,.;:!?\"\u201c\u201d]{0,60},\s")


def without_speech_occasion(text: str) -> str:
    """Rule `speech_occasion_is_no_more_than_the_claim`: `text` without a
    fronted speech occasion ("Speaking in the Commons, the MP said: ..."
    gives "the MP said: ..."). The phrase only says where the claim was
    made, so a claim's own sentence is compared with the claim without it."""
    opening = SPEECH_OCCASION.match(text)
    if opening is None or opening["participle"].lower() not in _speech_occasions():
        return text
    return text[opening.end():]


@cache
def _speech_occasions() -> frozenset[str]:
    return frozenset(load_rules("speech_occasions"))


def is_near_duplicate(a: frozenset[str], b: frozenset[str]) -> bool:
    """Rule `near_duplicate`: reprinted copy, possibly lightly edited. Each
    side holds REPRINT_SHARE of the other's stems, so `"We still have more
    time.` is no reprint of a long sentence that happens to contain it."""
    if not a or not b:
        return a == b
    return len(a & b) >= REPRINT_SHARE * max(len(a), len(b))


def carries(point: frozenset[str], cited: frozenset[str]) -> bool:
    """Rule `citation_carries_point`: the cited sentence holds CARRIES_SHARE
    of the point's stems."""
    if not point:
        return True
    return len(point & cited) >= CARRIES_SHARE * len(point)


def repeats_a_claim(sentence: frozenset[str], claim: frozenset[str]) -> bool:
    """Rule `repeats_a_claim`: the claim's speaker, cue and content cover
    REPEAT_SHARE of the sentence's stems: as a key point the sentence would
    only say again what "Who said what" lists."""
    if not sentence:
        return False
    return len(sentence & claim) >= REPEAT_SHARE * len(sentence)


@cache
def _link_phrases() -> tuple[str, ...]:
    return tuple(sorted(load_rules("link_phrases"), key=len, reverse=True))


def link_phrase_length(text: str) -> int:
    """Rule `link_phrase_not_shown`: the characters of a phrase of
    rules/link_phrases.txt ("In related developments, ") that opens `text`
    with its comma and the spaces after it; 0 when none does ("In addition
    to the fine, ..." has no comma after the phrase)."""
    lowered = text.lower()
    for phrase in _link_phrases():
        if lowered.startswith(phrase + ","):
            rest = text[len(phrase) + 1:]
            shown = rest.lstrip()
            return len(text) - len(shown) if shown[:1].isalpha() else 0
    return 0


# A name's particles before its capitalised word: "de la Cruz", "van der Berg"
MAX_PARTICLES = 3


def without_link_phrase(text: str) -> str:
    """`text` from after its link phrase (rule `link_phrase_not_shown`),
    as written (rule `cut_opening_shown_verbatim`): "In related
    developments, Ukrainian Foreign Minister ..." -> "Ukrainian Foreign
    Minister ...", "In addition, frequent flyers ..." -> "… frequent
    flyers ..."."""
    return shown_from(text, link_phrase_length(text))


# Rule `bottom_line_reads_alone`: a word of rules/bare_openers.txt opening a sentence, with the comma
# and spaces after it, before a letter
BARE_OPENER = re.compile(r"(?P<word>[A-Za-z]+)(?:\s*,\s*|\s+)(?=[^\W\d_])")


def bare_opener_length(text: str, people: Collection[str] = ()) -> int:
    """Rule `bottom_line_reads_alone` (readers of the CNN-Corpus briefs,
    cnn165: the bottom line "But the recent death of a 13-year-old ..."):
    the characters of a lone opening "But", "And" or "However"
    (rules/bare_openers.txt) with the comma and spaces after it; 0 when
    none opens `text` ("Butler said ...", "However much it rains ..." has
    no comma but reads on: only "However," with its comma is cut).
    The opener stays before a word it pairs with (rules/bare_opener_pairs.txt:
    "And yet", "But then", "But for") and before a capitalised word, which
    may open a title with it ("And Then There Were None"), unless that word
    opens the name of one of `people` (rule `opener_before_a_person_is_cut`:
    the persons the article names, "But Obama said ..." of Barack Obama)."""
    opener = BARE_OPENER.match(text)
    if opener is None or opener["word"].lower() not in load_word_set("bare_openers"):
        return 0
    word = opener["word"].lower()
    if word == "however" and "," not in opener.group():
        return 0
    following = WORD.match(text, opener.end())
    if following is None:
        return opener.end()
    pairs = load_word_set("bare_opener_pairs")
    if following.group().lower() in pairs or f"{word} {following.group().lower()}" in pairs:
        return 0
    if following.group()[:1].isupper() and not opens_a_persons_name(text[opener.end():], people):
        return 0
    return opener.end()


def opens_a_persons_name(text: str, people: Collection[str]) -> bool:
    """Rule `opener_before_a_person_is_cut`: `text` opens on the name of
    one of `people` (the mention finder's persons, "Barack Obama"), in
    full or by its last word ("Obama said ..."), and no capitalised word
    follows the name (a title may hold a name: "And Obama Came Home" is
    one). One word of a name that is no full name ("Then" of no one) does
    not count."""
    run = PARTY_NAME.match(text)
    if run is None:
        return False
    written = without_possessive(run.group())
    return any(written == name or (" " in name and written == name.rsplit(maxsplit=1)[-1])
               for name in people)


def without_bare_opener(text: str, people: Collection[str] = ()) -> str:
    """`text` from after its bare opener (`bare_opener_length`), as
    written (rule `cut_opening_shown_verbatim`)."""
    return shown_from(text, bare_opener_length(text, people))


def shown_from(text: str, cut: int) -> str:
    """Rule `cut_opening_shown_verbatim` (brief s29: the bottom line "The
    recent death ..." cited "the recent death ...", a letter the article
    does not have): `text` from `cut`, as written, each letter the
    article's, since the citation quotes it. When what is left opens on a
    word in lower case ("the recent death ..." after "But"), an ellipsis
    before it says the sentence was cut: a sentence shown in lower case
    would read as a fragment the page cut, and one upper-cased is not what
    the article says. A word with a capital of its own ("eBay", "iPhone")
    or a name's particle before its capitalised word ("de Blasio") is a
    spelling, shown as it is with no ellipsis (review s16 item 14)."""
    if not cut:
        return text
    rest = text[cut:]
    words = rest.split(maxsplit=MAX_PARTICLES + 1)
    particles = next((n for n, word in enumerate(words) if word not in name_particles()), len(words))
    if words[0] != words[0].lower() or (0 < particles < len(words) and words[particles][:1].isupper()):
        return rest  # "eBay", "iPhone"; "de Blasio", "de la Cruz"
    return LEADING_ELLIPSIS + rest


def leans_on_what_follows(text: str) -> bool:
    """Rule `point_needs_what_follows`: a question (a quoted one too: its
    answer is elsewhere) or a sentence ending on a colon, whose block the
    page may have dropped ("You can use this code:"), is no point alone;
    fixed in session 8: nor is one ending on a comma or semicolon, a
    sentence cut short (on a music review the key point "... and songs such
    as “What About Love?”," was the first half of a claim listed whole). A
    question is a point only with its answer: a unit of the two
    (standalone's `question_needs_answer`), which key points pass over.
    A colon is read by standalone's `ends_on_a_colon` (rule
    `colon_end_announces_what_follows`: "late Monday:." too)."""
    return bool(LEANS_ON_WHAT_FOLLOWS.search(text)) or ends_on_a_colon(text)


def opens_with_list_heading(text: str) -> bool:
    """Rule `list_heading_is_no_point` (QA round 39, a "7 reasons ..." article: the bottom line
    was "2. Too much ambition: CNN chief political analyst Gloria Borger noted ...", one reason
    of a numbered list and not the news): a sentence that opens with a numbered or lettered
    list heading and its colon is an item of a list, no point on its own. A heading without a
    list number ("Too much ambition: ...") stays a point: titles and speech take that shape."""
    return bool(LIST_HEADING.match(text))


def text_fragment_link(url: str, text: str) -> str:
    """`url` opening at `text`: a URL text fragment (`#:~:text=start,end`)
    quoting the first and last FRAGMENT_WORDS words of the sentence (all of
    it when short), percent-encoded; `-`, `,` and `&` included, as the
    syntax requires. Any fragment the URL had gives way."""
    words = text.strip().strip(QUOTE_CHARACTERS).split()
    if len(words) <= 2 * FRAGMENT_WORDS:
        directive = _fragment_part(" ".join(words))
    else:
        start = " ".join(words[:FRAGMENT_WORDS])
        end = " ".join(words[-FRAGMENT_WORDS:]).strip(QUOTE_CHARACTERS)
        directive = f"{_fragment_part(start)},{_fragment_part(end)}"
    return f"{url.split('#', 1)[0]}#:~:text={directive}"


def _fragment_part(text: str) -> str:
    return quote(text, safe="").replace("-", "%2D")


# --- reprints, found through an index --------------------------------------


def _rarity(stems: Sequence[Sequence[frozenset[str]]]) -> dict[str, int]:
    """How many sentences of all the sources hold each stem."""
    counts: dict[str, int] = {}
    for document in stems:
        for sentence in document:
            for word in sentence:
                counts[word] = counts.get(word, 0) + 1
    return counts


class _ReprintIndex:
    """Finds the earlier items that an item is a near duplicate of, without
    comparing it with all of them (prefix filtering): two sets that share
    REPRINT_SHARE of each are sure to share one of their few rarest stems,
    so only those are indexed and looked up."""

    def __init__(self, rarity: Mapping[str, int]) -> None:
        self._rarity = rarity
        self._items: list[frozenset[str]] = []
        self._postings: dict[str, list[int]] = {}
        self._empty: list[int] = []

    def _prefix(self, stems: frozenset[str]) -> list[str]:
        ordered = sorted(stems, key=lambda word: (self._rarity.get(word, 0), word))
        shared = math.ceil(REPRINT_SHARE * len(ordered) - 1e-9)
        return ordered[: len(ordered) - shared + 1]

    def find(self, stems: frozenset[str]) -> list[int]:
        """Keys of the items `stems` is a near duplicate of, oldest first."""
        if not stems:
            return list(self._empty)
        candidates = {key for word in self._prefix(stems) for key in self._postings.get(word, ())}
        return sorted(key for key in candidates if is_near_duplicate(self._items[key], stems))

    def add(self, stems: frozenset[str]) -> int:
        key = len(self._items)
        self._items.append(stems)
        if not stems:
            self._empty.append(key)
        for word in self._prefix(stems) if stems else ():
            self._postings.setdefault(word, []).append(key)
        return key


# --- key points ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A key-point candidate: the same sentence in one or more sources."""

    members: tuple[tuple[int, int], ...]  # (source, sentence) pairs
    text: str
    stems: frozenset[str]
    size: int  # words
    # rule `surname_needs_its_introduction`: the (source, sentence) that introduces a person this
    # point names by surname only, when the point needs it shown
    introduced_by: tuple[int, int] | None = None
    # rule `bottom_line_from_the_main_story`: the sentence is its source's opening one (as
    # `lead_is_bottom_line` orders it), picked on its own: it can open the note
    opens_its_source: bool = False


def _pick_points(
    documents: Sequence[Document],
    stems: Sequence[Sequence[frozenset[str]]],
    units: Sequence[Sequence[tuple[int, ...]]],
    repeated: set[tuple[int, int]],
    rarity: Mapping[str, int],
    points: int | None,
    words: int | None,
    scores: Sequence[Sequence[float]],
    introductions: _Introductions | None = None,
    attributed: Collection[tuple[int, int]] = frozenset(),
    captions: Sequence[Collection[int]] = (),
    headline_turns: Sequence[Collection[int]] = (),
    labelled: Sequence[Collection[int]] = (),
    claimed_introductions: Collection[tuple[int, int]] = frozenset(),
    told_by_a_person: Sequence[Collection[int]] = (),
    pronoun_points: _PronounPoints | None = None,
) -> list[_Candidate]:
    """Bottom line first, then key points, chosen over all sources at once.

    Each source's ranker orders its sentences; the pooled order takes each
    source's best sentence in turn (the most central source first: rule
    `central_source_leads`), so that one long article cannot crowd out the
    others, then (of three sources or more) the rest by the words each
    source carries (rule `points_follow_the_words`, `turns_by_words`), so
    that a short one does not give as many points as a long one. Rule `bottom_line_is_never_swapped`
    (new-user report s6: `--words 30` swapped a 34-word lead for "The ruling
    has grouped Amazon with other retailers ..."): the bottom line is the
    sentence the note opens with under any budget; when it alone has more
    than `words` words nothing is picked (the command says it does not
    fit), and key points take what it leaves. A sentence close to one already taken adds
    its citation to that point instead of repeating it. A sentence that
    leans on another or points at a picture (rule `picture_caption`: a photo
    caption run into the text), or (after the bottom line) that a listed
    claim already gives, is passed over, except a source's opening sentence
    that no named speaker's unhedged claim gives (`attributed`; rule
    `each_source_opens_its_points`). Rule `surname_needs_its_introduction`
    (`_Introductions`): a key point that names a person by surname only,
    whom no sentence picked before it introduces, brings the sentence that
    does (picked just before it) or, when that one cannot be a key point,
    is passed over.
    """
    wanted = 1 + (points if points is not None else
                  SINGLE_ARTICLE_POINTS if len(documents) == 1 else MULTI_ARTICLE_POINTS)
    # (the sentences that can be no point cannot open the note either)
    # (rule `bottom_line_names_its_source`: `_lead_first` asks `introductions` of the sentences it weighs)
    def lead_first(source: int, reader_hooks: bool = True) -> list[int]:
        return _lead_first(documents[source], units[source], best_first(scores[source]), stems[source],
                           captions[source] if source < len(captions) else frozenset(),
                           labelled[source] if source < len(labelled) else frozenset(),
                           partial(introductions.attributes_to_a_bare_surname, source)
                           if introductions is not None else None,
                           told_by_a_person[source] if source < len(told_by_a_person) else frozenset(),
                           reader_hooks)

    per_source = [lead_first(source) for source in range(len(documents))]
    picked: list[_Candidate] = []
    index = _ReprintIndex(rarity)
    turns = central_first(stems, [sum(count_words(s.text) for s in d.sentences) for d in documents])

    # rule `each_source_opens_its_points` (web tester s12: a second story's lead, "A female police
    # inspector ... was reportedly assaulted ...", was listed only as a hedged claim, and that
    # story's points began "The dramatic incident took place ..."): each source's opening
    # sentence, as the bottom line is for the note, is a point even when a listed claim gives it,
    # unless that claim is a named speaker's and unhedged (`attributed`: listed under its speaker)
    openers = {(source, order[0]) for source, order in enumerate(per_source) if order} - set(attributed)
    # rule `turn_from_a_delayed_lead_is_the_news` (brief2 s27): the "But ..." `_lead_first` put first
    # turns from the delayed lead the note leaves out, and leans on nothing else
    news_turns = {(source, order[0]) for source, order in enumerate(per_source) if order and order[0] != 0
                  and without_contrast_opener(documents[source].sentences[order[0]].text) is not None}
    # rule `reader_addressed_lead_is_a_hook` (brief2 s27): a lead that would open the note but for that
    # rule is no key point either; rule `passed_over_hook_is_no_point` (readers of the CNN-Corpus
    # briefs, cnn165: "As adults we're told time and again to keep a close eye on young children
    # around water." came back as the first key point under the news that turned from it): nor is a
    # lead the note passed over that is a hook (`is_hook_lead`)
    hooks_passed_over = {(source, 0) for source, order in enumerate(per_source)
                         if order and order[0] != 0 and (
                             is_hook_lead(documents[source].sentences[0].text)
                             or (is_reader_hook_lead(documents[source].sentences[0].text)
                                 and ((source, order[0]) in news_turns
                                      or lead_first(source, reader_hooks=False)[:1] == [0])))}

    def can_be_a_point(source: int, number: int, with_picked: bool = False, introducing: bool = False) -> bool:
        text = documents[source].sentences[number].text
        # rule `introduction_leans_on_a_point`: an introduction whose unit's other sentences are
        # points already reads in their company (see below)
        shown = {member for candidate in picked for member in candidate.members} if with_picked else set()
        # rule `contrast_with_the_headline`: such a sentence leans on no other (after the bottom line)
        turn = (bool(picked) and source < len(headline_turns) and number in headline_turns[source]) or (
            not picked and (source, number) in news_turns)
        return not ((not turn and any(n != number and (source, n) not in shown for n in units[source][number]))
                    or (picked and (source, number) in repeated and (source, number) not in openers
                        and not (introducing and (source, number) in claimed_introductions))
                    or leans_on_what_follows(text) or opens_with_list_heading(text) or points_at_picture(text)
                    or (source < len(captions) and number in captions[source])
                    or (bool(picked) and (source, number) not in openers and is_run_on(text))
                    or (bool(picked) and is_residence(text)) or ends_on_a_contrast(text)
                    or EXAMPLE_OPENER.match(text) is not None or is_speech_without_its_words(text)
                    or (bool(picked) and (source, number) in hooks_passed_over))

    used_words = 0
    source_words = [sum(count_words(s.text) for s in d.sentences) for d in documents]
    for rank, source in turns_by_words(turns, [len(order) for order in per_source], source_words):
        order = per_source[source]
        number = order[rank]
        sentence_stems = stems[source][number]
        twins = index.find(sentence_stems)
        if twins:
            old = picked[twins[0]]
            if all(s != source for s, _ in old.members):
                picked[twins[0]] = replace(old, members=(*old.members, (source, number)))
            continue
        if len(picked) >= wanted and words is None:
            continue
        text = documents[source].sentences[number].text
        if not can_be_a_point(source, number):
            continue
        if pronoun_points is not None and not pronoun_points.keep_their_persons(picked, (source, number)):
            continue  # rule `pronoun_point_follows_its_person`
        size = count_words(text)
        if words is not None and used_words + size > words:
            if not picked:
                return []  # rule `bottom_line_is_never_swapped`: no note rather than another bottom line
            continue
        introduction = introductions.needed(source, number, picked) if picked and introductions else None
        if introduction is not None:
            # rule `surname_needs_its_introduction`: the introduction goes in first; when it
            # cannot be a point (a quotation "Who said what" lists, "They are: Heather Grant,
            # ..."), the point is taken as before: passing it over let in weaker points ("The
            # other three were admitted.")
            # rule `introduction_leans_on_a_point` (web tester s12, gleaner: "Grant's husband,
            # ..." was a point while Heather Grant is introduced only in "They are: Heather
            # Grant, 33, ...", whose "They" is the bottom line's "two people killed"): an
            # introduction that leans only on sentences already picked as points goes in too
            at, intro = introduction
            # rule `introduction_told_as_a_claim` (brief s20, CNN-Corpus dev 661: the first key point
            # named "Jacobson" alone, as her introducing sentence, "... , Mercer County Superior Court
            # Judge Mary Jacobson wrote", is her claim): the sentence in which a named speaker makes a
            # plain claim told in it alone (`claimed_introductions`) may introduce its speaker as a
            # point; the claim is then "given above as a point". Not a quotation run on into later
            # sentences (theintercept: the note would cite the point's sentence again for the rest)
            if not can_be_a_point(at, intro, with_picked=True, introducing=True) or index.find(stems[at][intro]) \
                    or (pronoun_points is not None and not pronoun_points.keep_their_persons(picked, (at, intro))):
                if introductions is not None and introductions.names_a_shared_name(source, number):
                    continue  # rule `shared_name_needs_its_introduction`: the name could be another's
                introduction = None
            else:
                intro_text = documents[at].sentences[intro].text
                intro_size = count_words(intro_text)
                if len(picked) + 2 > wanted or (words is not None and used_words + size + intro_size > words):
                    continue
                picked.append(_Candidate((introduction,), intro_text, stems[at][intro], intro_size))
                index.add(stems[at][intro])
                used_words += intro_size
        picked.append(_Candidate(((source, number),), text, sentence_stems, size, introduction,
                                 opens_its_source=rank == 0 and introduction is None))
        index.add(sentence_stems)
        used_words += size
    if len(documents) > 1 and words is None:
        _give_each_source_a_point(picked, documents, turns, per_source, stems, index, can_be_a_point,
                                  introductions)
    return picked


def _give_each_source_a_point(
    picked: list[_Candidate], documents: Sequence[Document], turns: Sequence[int],
    per_source: Sequence[Sequence[int]],
    stems: Sequence[Sequence[frozenset[str]]], index: _ReprintIndex,
    can_be_a_point: Callable[[int, int], bool], introductions: _Introductions | None,
) -> None:
    """Rule `each_source_has_a_key_point` (web tester s15: a note over a
    crash story and a police blotter took all six key points from the
    blotter, three of them deer collisions, and the crash story only its
    bottom line): in a note over several articles, a source with no key
    point (the bottom line aside) that has a sentence which can be one (not
    picked, no reprint of a point, no introduction needed) gets its best
    such sentence, in the place of the last key point picked whose sources
    all keep another key point (and that introduces no other point). Sources
    are served in the order they take turns; when no point can give way,
    the rest keep none. `picked` is changed in place."""
    for source in turns:
        counts = Counter(at for candidate in picked[1:] for at in {s for s, _ in candidate.members})
        if counts[source]:
            continue
        shown = {member for candidate in picked for member in candidate.members}
        number = next((n for n in per_source[source]
                       if (source, n) not in shown and not index.find(stems[source][n]) and can_be_a_point(source, n)
                       and (introductions is None or introductions.needed(source, n, picked) is None)), None)
        if number is None:
            continue
        introducing = {candidate.introduced_by for candidate in picked if candidate.introduced_by}
        giving = next((k for k in range(len(picked) - 1, 0, -1)
                       if all(counts[at] >= 2 for at, _ in picked[k].members)
                       and not introducing & set(picked[k].members)), None)
        if giving is None:
            return
        del picked[giving]
        text = documents[source].sentences[number].text
        picked.append(_Candidate(((source, number),), text, stems[source][number], count_words(text),
                                 opens_its_source=number == per_source[source][0]))
        index.add(stems[source][number])


def _main_story_first(picked: list[_Candidate], claims: Sequence[_GatheredClaim], sources: int) -> list[_Candidate]:
    """Rule `bottom_line_from_the_main_story` (web tester s14b, F1: a note
    over a 114-word story of a press secretary leaving Warner Bros. and a
    CNN story of Colbert succeeding Letterman took its bottom line from the
    first, given first, while the second gave four of five key points and
    most claims): in a note over two sources, which keep the order given
    (`central_first`), the bottom line comes from the source that gives the
    note most of its words (key points and claims, each counted for the
    source it first cites) when that one gives at least MAIN_STORY_TIMES the
    words of the bottom line's source, and its opening sentence is a point
    picked on its own (`opens_its_source`: a sentence that stands alone and
    needs no introduction). The old bottom line stays as a key point, shown in
    source order. Three sources or more are ordered by topic
    (`central_source_leads`); a note of one point is left as it is.

    Narrowed (review s15, E1: a 3-sentence story of a council vote given
    first lost the bottom line to a longer background feature on gas stoves,
    "Gas stoves have been part of American kitchens for more than a
    century."): a longer story gives more words just by being longer, and the
    order the user gave is a signal, so the other source's opening is taken
    only when it tells of a dated event (`_tells_when`: "CBS announced
    Thursday") and the bottom line given first does not (pagesix's "Dee Dee
    Myers ... is exiting her role ... after five years."). A dated news lead
    given first keeps the bottom line, and so does any pair whose longer
    source opens with no day."""
    if sources != 2 or len(picked) < 2:
        return picked
    words = [0] * sources
    for point in picked:
        words[point.members[0][0]] += point.size
    for claim in claims:
        words[claim.members[0][0]] += claim.words
    opening = picked[0].members[0][0]
    main = max(range(sources), key=lambda source: words[source])
    if main == opening or words[main] < MAIN_STORY_TIMES * words[opening]:
        return picked
    lead = next((k for k, point in enumerate(picked) if point.members[0][0] == main), None)
    if lead is None or not picked[lead].opens_its_source:
        return picked
    if not _tells_when(picked[lead].text) or _tells_when(picked[0].text):
        return picked
    return [picked[lead], *picked[:lead], *picked[lead + 1:]]


def _tells_when(text: str) -> bool:
    """Rule `bottom_line_from_the_main_story`'s news test: the sentence
    names the day of what it reports (a word of claim_grammar's time_words:
    "on Tuesday", "yesterday", "tonight"), as a news lead does and a
    background feature's opening ("Gas stoves have been part of American
    kitchens for more than a century.") does not. Rule `day_of_the_month_is_a_day` (brief s16: a
    lead "... announced on March 3 that ..." named its day without a weekday and did not count):
    "on" and a date of the month (`DAY_OF_THE_MONTH`: "on March 3", "on Mar. 3rd", "on 3 March"),
    not a month alone ("in March", "on March's budget")."""
    return is_dated_to_the_news_day(text) or DAY_OF_THE_MONTH.search(text) is not None


# Rule `day_of_the_month_is_a_day`: "on" and a month (pagemeta's reading of a date) with its day's
# number before or after it; the month written with a capital, as a date's is ("on may 3" is no date)
DAY_OF_THE_MONTH = re.compile(
    rf"\bon\s+(?:(?-i:(?=[A-Z])){MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent\b|per\b))"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?-i:(?=[A-Z])){MONTHS})", re.IGNORECASE)


# Rule `bottom_line_from_the_main_story`: the source that gives the note this many times the words of
# the bottom line's source gives the bottom line (a pair of stories of one topic give about as many).
MAIN_STORY_TIMES = 2


def headline_turns(document: Document, units: Sequence[tuple[int, ...]], title: frozenset[str],
                   stems: Sequence[frozenset[str]]) -> frozenset[int]:
    """Rule `contrast_with_the_headline` (web tester s14, kbs: the headline
    "Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues." and
    the summary's "However, Wednesday is forecast to be colder, ..." were
    in no key point: the note took only sentences of Tuesday's cold): the
    sentences after the lead that open with a contrast connective
    (`without_contrast_opener`) and lean on the sentence before for that
    word alone (not a quotation's sentence, nothing else that points back),
    and that share HEADLINE_TURN_STEMS content words (stems) or more with
    `title`. Such a sentence carries the headline's point; its contrast is
    with the lead, which the note's title and bottom line give, so it
    reads on its own as a key point."""
    turns = set()
    for number, sentence in enumerate(document.sentences):
        rest = without_contrast_opener(sentence.text)
        if (number == 0 or rest is None or units[number] != (*units[number - 1], number)
                or len(units[number - 1]) > 1 or leans_on_the_sentence_before(rest)):
            continue
        if len(stems[number] & title) >= HEADLINE_TURN_STEMS:
            turns.add(number)
    return frozenset(turns)


# Rule `contrast_with_the_headline`: the content words a sentence shares with its headline to carry
# its point (kbs: "colder", "forecast", "temperatures"; two is the topic alone: "But, when the
# beggar agreed to sit into that car, ..." of "Woman Sees a Car Stop for Pregnant Beggar ...")
HEADLINE_TURN_STEMS = 3


def turns_by_words(turns: Sequence[int], lengths: Sequence[int], words: Sequence[int]) -> list[tuple[int, int]]:
    """Rule `points_follow_the_words` (web tester s13, B1: in a note over a
    152-word story and two of some 1,000 words, the short one gave a key
    point every round, as many as each long one): the (rank, source) turns
    of `_pick_points`. Each source's best sentence first, in the order of
    `turns` (rule `each_source_opens_its_points`: no story starts
    mid-story). Then, of three sources or more, the rest by the words a
    source carries: its sentence of rank r comes at r / sqrt(its words), so
    a source of four times the words gives about twice the points; the
    square root because a long article spends many of its words on detail
    and background, and the user asked for every source (linear shares gave
    a short source its opening sentence only). Ties keep the order of
    `turns`. Two sources keep taking turns rank by rank, as `central_first`
    keeps their order: the user set two articles side by side.
    `lengths`: how many sentences each source ranks."""
    place = {source: k for k, source in enumerate(turns)}
    weight = [math.sqrt(max(count, 1)) if len(turns) >= CENTRAL_SOURCES else 1.0 for count in words]
    first = [(0, source) for source in turns if lengths[source]]
    rest = [(rank, source) for source in turns for rank in range(1, lengths[source])]
    rest.sort(key=lambda turn: (turn[0] / weight[turn[1]], place[turn[1]]))
    return first + rest


def central_first(stems: Sequence[Sequence[frozenset[str]]], words: Sequence[int]) -> list[int]:
    """Rule `central_source_leads` (web tester s13, B1: a note over a
    152-word story of masks stolen in Kobe and two long stories of Covid
    rules in the UK took its bottom line and 3 of 6 key points from the Kobe
    story, only because it was given first): the order in which sources take
    turns in the pooled order of `_pick_points`, so the one that goes first
    gives the bottom line. Of three sources or more, first the sources on
    the topic the others share: those whose shared content words, as a
    share of their own, reach ON_TOPIC_SHARE_OF_BEST of the best share (a
    raw count grows with length alone: review s13 finding 7, a long
    off-topic Davos piece led a library story); among them the one sharing
    the most content words with the others, then the longest, then the
    order given. Two sources keep the order given: a pair shares the same
    words both ways, so only length could choose, and length says nothing
    of the topic the user asked about. Points are still shown in source
    order."""
    if len(stems) < CENTRAL_SOURCES:
        return list(range(len(stems)))
    whole = [frozenset().union(*sentences) for sentences in stems]
    shared = [len(own & frozenset().union(*(other for j, other in enumerate(whole) if j != i)))
              for i, own in enumerate(whole)]
    # a short source shares a larger part of its words than a long one on the same topic, so the
    # share only sorts out the sources off the topic; the count then chooses among the rest
    share = [count / max(len(own), 1) for count, own in zip(shared, whole, strict=True)]
    on_topic = [part >= ON_TOPIC_SHARE_OF_BEST * max(share) for part in share]
    return sorted(range(len(stems)), key=lambda i: (not on_topic[i], -shared[i], -words[i], i))


# Rule `unrelated_story_is_told_apart`: the opening a source is known by, its title and these many
# first sentences, and the share of its content words that another source on the same story holds at
# least. A false "another story" is worse than none, so the bar is low: two outlets' wordings of one
# story ("The Supreme Court on Friday struck down Louisiana's law ..." and "the nation's highest
# bench on Friday threw out a measure ...") share 0.14-0.17 and no name. CNN-Corpus dev: of 100
# random pairs of articles 37 are told apart; of 30 halves of one article and the related pairs
# 698+755, 720+766, 83+162, 150+172 none (each holds at least 0.17 of the other's opening).
OPENING_SENTENCES = 2
SAME_STORY_OPENING_SHARE = 0.10


def unrelated_stories(documents: Sequence[Document], titles: Sequence[str | None], first: int, other: int) -> bool:
    """Rule `unrelated_story_is_told_apart` (brief s31: a note over CNN's
    "Sugary drinks linked to 180,000 deaths worldwide" and "Are these the
    world's best drummers?" gave one bottom line, the sugar study's, as if it
    were the news of both): the sources `first` and `other` tell unrelated
    stories when neither's opening (its title and first OPENING_SENTENCES
    sentences) names anyone or anything the other's text names
    (`mentions.name_runs`: "Bahia", "American Heart Association") and
    neither's other text holds SAME_STORY_OPENING_SHARE of the opening's
    content words. Two reports of one event share their names ("Meadows",
    "Trump"), and so do a story and its follow-up."""
    def opening(k: int) -> str:
        return " ".join([titles[k] or "", *(s.text for s in documents[k].sentences[:OPENING_SENTENCES])])

    for one, two in ((first, other), (other, first)):
        head, text = opening(one), documents[two].text
        whole = _stems(text)
        words = _stems(head)
        if words and len(words & whole) >= SAME_STORY_OPENING_SHARE * len(words):
            return False
        if any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name, _ in name_runs(head)):
            return False
    return True


def another_story_note(number: int, bottom_line: int) -> str:
    """Rule `unrelated_story_is_told_apart`: the note on source `number`,
    whole in itself, as every view and the JSON's "warnings" give it
    ("Source 2 is on another story; the bottom line comes from source 1
    only.")."""
    return f"Source {number} is on another story; the bottom line comes from source {bottom_line} only."


# Rule `bottom_line_draws_on_every_source` holds for notes of this many sources.
OTHER_LEAD_SOURCES = 2


def _other_leads_first(points: Sequence[_Candidate], bottom: _Candidate | None,
                       apart: Sequence[tuple[str, ...]]) -> list[_Candidate]:
    """Rule `bottom_line_draws_on_every_source` (brief s32: a note over two
    articles on one story showed the bottom line of one, and the other's
    lead, "The photos of Oscar Pistorius and girlfriend Reeva Steenkamp
    appear to show a young couple in love.", came after the first
    article's other points, so the note's top read as one article's): the
    key points (`points`) in source order, save that each other source's
    opening sentence picked as a point on its own (`opens_its_source`)
    comes first, right after the bottom line, so the top of the note gives
    every source's news. Each stays one cited sentence of its own source,
    as written: a bottom line stitched from two would cite neither. A
    source told apart as another story (`apart`: its note says the bottom
    line is not its) keeps its place, and so does every point of a note over
    three sources or more, whose key points keep source order while its
    sources are ordered by topic (`central_source_leads`)."""
    first = bottom.members[0][0] if bottom else None
    if len(apart) != OTHER_LEAD_SOURCES:
        return sorted(points, key=lambda c: c.members[0])

    def other_lead(point: _Candidate) -> bool:
        source = point.members[0][0]
        return point.opens_its_source and source != first and not apart[source]

    return sorted(points, key=lambda c: (not other_lead(c), c.members[0]))


def _told_apart(articles: Sequence[Article], documents: Sequence[Document],
                bottom: _Candidate | None) -> list[tuple[str, ...]]:
    """Rule `unrelated_story_is_told_apart`: for each source, the note that
    says its story is not the bottom line's (`another_story_note`),
    travelling with its warnings into every view (and the JSON's
    "warnings"), as a note on the source, not on standard error."""
    notes: list[tuple[str, ...]] = [() for _ in articles]
    if bottom is None or len(articles) < 2:
        return notes
    first = bottom.members[0][0]
    titles = [a.title or d.title for a, d in zip(articles, documents, strict=True)]
    for k in range(len(articles)):
        if k != first and unrelated_stories(documents, titles, first, k):
            notes[k] = (another_story_note(k + 1, first + 1),)
    return notes


# Rules `central_source_leads` and `points_follow_the_words` hold for notes of this many sources or more.
CENTRAL_SOURCES = 3
# of the best share of content words that a source shares with the others, the part a source must
# reach to count as on the topic (library stories 0.44 and 0.70 against an unrelated Davos piece 0.02)
ON_TOPIC_SHARE_OF_BEST = 0.5


@cache
def _speech_cues() -> str:
    """The verbs of rules/ranker_speech_cues.txt as one regex alternation
    (rule `bottom_line_names_its_source`), built once."""
    return alternation(load_word_set("ranker_speech_cues"))


class _Introductions:
    """Rule `surname_needs_its_introduction` (session 12, twincities.com: the
    key point "St. Louis Park Mayor Jake Spano did not seek reelection, and
    he endorsed Mohamed." was shown without "Nadia Mohamed, 27, won with 58%
    of the vote ...": the note never said who Mohamed is): a sentence that
    names a person by surname only ("Mohamed", not "Mayor Mohamed": a title
    says who), whom the note has not introduced (no title of a source and no
    point picked before it names them by a fuller name, "Nadia Mohamed"),
    needs the first sentence that does, in its own source first. The people
    are the Mentioned list's people of two words or more, each by a surname
    that no other of them holds: a shared surname ("Ivanka Mohamed" and
    "Nadia Mohamed") has no safe introduction, and the first sentence naming
    either could bring in the wrong person (session 12 review F3)."""

    def __init__(self, documents: Sequence[Document], people: Iterable[str], titles: Iterable[str | None]) -> None:
        self._documents = documents
        full = [name.split() for name in set(people) if " " in name]
        holders = Counter(words[-1] for words in full)
        # each surname only one person holds -> that person's first name
        self._first_names = {words[-1]: words[0] for words in full if holders[words[-1]] == 1}
        # rule `shared_name_needs_its_introduction`: a surname that is another person's first name
        # ("Robert Graham" and "Graham Cluley"; not "Joe McGinniss" and "Joe McGinniss Jr.")
        # ... another's, not the person's own (session 27, 233: "Sirhan Sirhan" shares no name with himself)
        self._shared = {words[-1] for words in full if any(other is not words and other[0] == words[-1]
                                                           for other in full)}
        self._runs: dict[tuple[int, int], list[tuple[str, bool]]] = {}
        # found once a brief, not again for each point considered: the surnames each sentence
        # names in full, and the sentence that introduces each set of surnames from each source
        self._named: dict[tuple[int, int], frozenset[str]] = {}
        self._introducers: dict[tuple[int, frozenset[str]], tuple[int, int] | None] = {}
        self._in_titles = {surname for title in titles if title for surname in self._fully_named(name_runs(title))}

    def _runs_of(self, source: int, number: int) -> list[tuple[str, bool]]:
        key = (source, number)
        if key not in self._runs:
            self._runs[key] = name_runs(self._documents[source].sentences[number].text)
        return self._runs[key]

    def _fully_named(self, runs: Iterable[tuple[str, bool]]) -> set[str]:
        """The surnames of `runs` written with the fuller name of the person
        who holds them ("Nadia Mohamed"; not "Ivanka Mohamed", whom the
        Mentioned list does not hold)."""
        return {words[-1] for words in (name.split() for name, _ in runs)
                if len(words) > 1 and self._first_names.get(words[-1]) == words[0]}

    def _named_in(self, source: int, number: int) -> frozenset[str]:
        key = (source, number)
        if key not in self._named:
            self._named[key] = frozenset(self._fully_named(self._runs_of(source, number)))
        return self._named[key]

    def names_a_shared_name(self, source: int, number: int) -> bool:
        """Rule `shared_name_needs_its_introduction` (QA round 66, CNN-Corpus
        dev 548: the key points showed Graham Cluley's quotation [31], then
        '"You use a different part of your finger ...," writes Graham on the
        Errata Security blog.' [40], whose Graham is Robert Graham, introduced
        in a hedged claim that can be no point: a reader gave Robert Graham's
        words to Cluley): the sentence names someone by a surname alone that
        another person of the note holds as a first name. Without
        its introduction it is no key point; a surname no other name holds
        ("writes Graham" with no Graham Cluley) is taken as before."""
        named = self._named_in(source, number)
        return any(not titled and name in self._shared and name not in named
                   for name, titled in self._runs_of(source, number))

    def attributes_to_a_bare_surname(self, source: int, number: int) -> bool:
        """Rule `bottom_line_names_its_source` (QA round 67, CNN-Corpus dev
        970: the bottom line was "..., the first order of business is to
        collect the victims' remains, according to Fuentes.", an expert's
        advice under a surname the note had not introduced, while the lead
        told the crash site): a sentence that gives its words to a person
        named by surname only ("according to Fuentes", "Fuentes said", ",
        said Fuentes"; verbs of rules/ranker_speech_cues.txt), whom no source
        title introduces and a sentence of the sources does, is no bottom
        line: it is someone's view, and the reader has not met him. A
        sentence that only names such a person ("... where Reed and Bowen were
        pronounced dead") can still be the bottom line."""
        if self._surnames_introduction(source, number, ()) is None:
            return False
        text = self._documents[source].sentences[number].text
        cues = _speech_cues()
        return any(re.search(rf"\b(?:{cues})(?:\s+to)?\s+{re.escape(name)}\b|\b{re.escape(name)}\s+(?:{cues})\b", text)
                   for name in self._alone(source, number, ()))

    def needed(self, source: int, number: int, picked: Sequence[_Candidate]) -> tuple[int, int] | None:
        """The (source, sentence) that introduces the people the sentence
        names by surname only, when no title and no point of `picked` does
        and a sentence does (rule `surname_needs_its_introduction`); else the
        sentence that tells the act the sentence speaks of by a possessive
        (rule `possessive_event_needs_its_telling`); else None."""
        return self._surnames_introduction(source, number, picked) or self._act_told(source, number, picked)

    def _act_told(self, source: int, number: int, picked: Sequence[_Candidate]) -> tuple[int, int] | None:
        """Rule `possessive_event_needs_its_telling`: for a sentence that
        opens on a name's possessive and a noun of an act, then its verb
        (rules/told_event_nouns.txt: "LVMH's donation will cover ..."), the
        nearest sentence before it in its source that names the name ("...
        15 million euros ($16 million) from LVMH"), unless a point of `picked`
        is that sentence or one after it and before the sentence; None when
        no sentence before it names the name (the act is told nowhere
        before: the sentence introduces it)."""
        opening = POSSESSIVE_EVENT.match(self._documents[source].sentences[number].text)
        if opening is None or opening["noun"].lower() not in load_word_set("told_event_nouns"):
            return None
        name = opening["name"]
        teller = next((n for n in range(number - 1, -1, -1)
                       if re.search(rf"\b{re.escape(name)}\b", self._documents[source].sentences[n].text)), None)
        if teller is None or any(at == source and teller <= n < number
                                 for candidate in picked for at, n in candidate.members):
            return None
        return source, teller

    def _alone(self, source: int, number: int, picked: Sequence[_Candidate]) -> set[str]:
        """The surnames the sentence names a person by alone, whom no title
        and no point of `picked` introduces."""
        runs = self._runs_of(source, number)
        alone = {name for name, titled in runs if not titled and name in self._first_names} \
            - self._named_in(source, number)
        alone -= self._in_titles
        for candidate in picked:
            for at, sentence in candidate.members:
                alone -= self._named_in(at, sentence)
        return alone

    def _surnames_introduction(self, source: int, number: int,
                               picked: Sequence[_Candidate]) -> tuple[int, int] | None:
        alone = self._alone(source, number, picked)
        if not alone:
            return None
        key = (source, frozenset(alone))
        if key not in self._introducers:
            self._introducers[key] = next(
                ((at, sentence) for at in (source, *(s for s in range(len(self._documents)) if s != source))
                 for sentence in range(len(self._documents[at].sentences))
                 if alone <= self._named_in(at, sentence)), None)
        return self._introducers[key]


# Rule `pronoun_point_follows_its_person`: "he" or "she" as the main clause's subject, opening
# the sentence or after an opening phrase and its comma ("While apprenticing at a shop in
# Warrenton, she met Michael Pease ...")
PRONOUN_SUBJECT = re.compile("\\s*(?P<before>[^,;:\"\u201c\u201d()]{1,80},\\s+)?(?:[Hh]e|[Ss]he)\\s+(?=[a-z])")


class _PronounPoints:
    """Rule `pronoun_point_follows_its_person` (reader round J, CNN-Corpus
    dev 268: the key points read "Cirami left Booth's shop with a
    pinstripe tattoo ..." then "While apprenticing at a shop in Warrenton,
    she met Michael Pease ...", whose "she" is Booth, named in the article
    fourteen sentences up; a reader took her for Cirami): a key point whose
    main clause's subject is "he" or "she" (`PRONOUN_SUBJECT`), with no
    person named before the pronoun in it, reads as the article does only
    after the point the note shows just before it (the bottom line for the
    first key point) when that point names people of the note and the last
    sentence before it in its source to name any names the same ones: then
    the reader meets the same people last before the pronoun as the
    article's reader. Else the point
    is passed over, and so is a point that would come between such a
    point and the one it follows. Showing the naming sentence with it
    would spend a point on a sentence picked for its name, not its news.
    "They" is left alone: its antecedent is often a group no name finder
    sees ("the officers"). The people are the Mentioned list's people of
    two words or more, by full name or by a surname only one of them
    holds."""

    def __init__(self, documents: Sequence[Document], people: Iterable[str]) -> None:
        self._documents = documents
        full = set(people)
        holders = Counter(name.split()[-1] for name in full)
        # a name as written -> the person: the full name, or a surname only one of them holds
        self._person = {**{name.split()[-1]: name for name in full if holders[name.split()[-1]] == 1},
                        **{name: name for name in full}}
        self._people: dict[tuple[int, int], frozenset[str]] = {}

    def _people_in(self, text: str) -> frozenset[str]:
        return frozenset(person for person in (self._person.get(name) or self._person.get(name.split()[-1])
                                               for name, _ in name_runs(text)) if person)

    def people_named(self, source: int, number: int) -> frozenset[str]:
        key = (source, number)
        if key not in self._people:
            self._people[key] = self._people_in(self._documents[source].sentences[number].text)
        return self._people[key]

    def leans_on_a_person(self, source: int, number: int) -> bool:
        """The sentence's main clause's subject is "he" or "she", and no
        person is named before it ("Long before Booth started dabbling
        ..., she managed ..." names her first)."""
        opening = PRONOUN_SUBJECT.match(self._documents[source].sentences[number].text)
        return opening is not None and not (opening["before"] and self._people_in(opening["before"]))

    def follows_its_person(self, before: tuple[int, int], point: tuple[int, int]) -> bool:
        """`before`, shown just before `point`, names people, and the last
        sentence before `point` in its source that names any names the
        same ones (`before` itself, or a later "Reed was ..." after the
        point "Ann Reed opened ...")."""
        (at, shown), (source, number) = before, point
        if at != source or shown >= number or not self.people_named(source, shown):
            return False
        last = next(k for k in range(number - 1, shown - 1, -1) if self.people_named(source, k))
        return self.people_named(source, last) == self.people_named(source, shown)

    def keep_their_persons(self, picked: Sequence[_Candidate], candidate: tuple[int, int]) -> bool:
        """Whether, with `candidate` among `picked`, the candidate and the
        point after it, each when it leans on a person, follow their
        person in the order the note shows them (the bottom line, then the
        key points in article order)."""
        firsts = [c.members[0] for c in picked]
        if not firsts:
            return True
        shown = [firsts[0], *sorted([*firsts[1:], candidate])]
        at = shown.index(candidate, 1)
        # (only the candidate and the point it would come before: a point taken in by another
        # rule, an introduction, is not this rule's to weigh again at each candidate)
        return all(self.follows_its_person(shown[k - 1], shown[k])
                   for k in (at, at + 1) if k < len(shown) and self.leans_on_a_person(*shown[k]))


# Rule `possessive_event_needs_its_telling`: a name (capitalised words, up to four) and its
# possessive, a noun, then a verb in lower case (no complement: "of", "to", a comma; claim_grammar.txt
# possessive_event_complements)
POSSESSIVE_EVENT = re.compile(r"\s*(?:The\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['\u2019]s\s+"
                              r"(?P<noun>[a-z]+)\s+(?!" + alternation(grammar("possessive_event_complements"))
                              + r"\b)[a-z]+\b")


def is_run_on(text: str) -> bool:
    """Rule `run_on_is_no_key_point` (brief s19, laweekly: the key point "The
    founder of the Center for Plants & Culture, a BIPOC educational platform
    ..., as Douziech highlights ..., she also interrogates ...", 62 words
    that a reader takes in only on a second read): a sentence of more than
    MAX_POINT_WORDS words is no key point; the note's other points give the
    news in the words a reader reads at a glance, as a claim over 50 words
    shows only its first sentences. The bottom line and a source's opening
    sentence are kept whatever their length (rule `bottom_line_is_never_swapped`)."""
    return count_words(text) > MAX_POINT_WORDS


def headings_over_text(document: Document, headings: frozenset[int] | None = None) -> frozenset[int]:
    """Rule `verbless_heading_is_no_point` (brief s20, CNN-Corpus dev 554: the
    key point "From dreams to reality.", a subhead set as a sentence; 750's
    "Illegal demonstration."): the summaries' subheads (standalone's
    `run_in_headings`, rule `subhead_set_as_a_sentence`: verbless or quoted)
    are no point and no bottom line, when a paragraph follows them (a
    subhead heads text): a text's last paragraph stays ("Hello", a text of
    one word, is its own bottom line). `headings`: the document's run-in
    headings when its ranker worked them out already (Ranker.headings)."""
    last = frozenset(document.paragraphs[-1].sentences) if document.paragraphs else frozenset()
    return (run_in_headings(document) if headings is None else headings) - last


# Rule `residence_is_no_news`: a subject (no relative in it), a residence verb, its preposition,
# then no clause of its own to the end
RESIDENCE = re.compile(r"\s*(?P<subject>[^;:]{1,80}?)\s+(?:(?:still|now)\s+)?"
                       + alternation(grammar("residence_verbs")) + r"\s+"
                       + alternation(grammar("residence_prepositions")) + r"\s+[^,;:]+\.[\s\"'\u201d\u2019]*$")
MAX_RESIDENCE_WORDS = 14


def reproduced_statement_voice(document: Document) -> frozenset[int]:
    """Rule `reproduced_statement_voice` (reader round s29,
    thestkittsnevisobserver.com: the key point "I would like to provide an
    update to the people of the British Virgin Islands on recent law
    enforcement action ...", whose "I" is the governor's, set under the
    page's heading "Statement from the Office of the Governor – John
    Rankin", while the note left out his news that the arrest "is not
    linked to the Commission of Inquiry report"): under a heading that
    names a statement, a letter or a speech (rules/statement_headings.txt),
    up to the next heading, the sentences that speak in the first person
    singular ("I", "me", "my": rules/reader_address.txt first person;
    outside quotation marks and outside a quotation over several
    sentences) are the speaker's words with no
    speaker beside them: no point and no bottom line, as a note would show
    them in its own voice. Only when the sentence right under the heading
    speaks so: the set-out text opens there (dailymail.co.uk: under "The
    letter sent by an alliance of chefs ..." the writer reports the letter,
    "The letter ... warns Mr Johnson: 'If we don't get this right ...'",
    whose "we" is in single marks, and the rest is news; nor does "we" or
    "our" count: a paper's campaign speaks so, "voters want our high food
    standards protected"). A sentence in
    the third person there ("The Governor will speak on Friday.") stays,
    and so does an essay's "I" under any other heading (the writer's own
    voice)."""
    nouns = load_word_set("statement_headings")
    headings = sorted(document.headings, key=lambda span: span.start)
    named = [k for k, heading in enumerate(headings) if {word.lower() for word in WORD.findall(heading.text)} & nouns]
    if not named:
        return frozenset()  # most pages: no statement set out, no quotations to find
    inside = {n for first, last in quotation_units(document) for n in range(first, last + 1)}
    quoted = find_quotes(document.text).spans  # in double marks or in single ones

    def speaks(sentence: Sentence) -> bool:
        # the first person outside every quotation
        outside = list(sentence.text)
        for start, end in quoted:
            for at in range(max(start, sentence.start), min(end, sentence.end)):
                outside[at - sentence.start] = " "
        return sentence.index not in inside and is_in_the_first_person("".join(outside))

    found: set[int] = set()
    for k in named:
        heading = headings[k]
        end = headings[k + 1].start if k + 1 < len(headings) else len(document.text)
        under = [sentence for sentence in document.sentences if heading.end <= sentence.start < end]
        if under and speaks(under[0]):
            found.update(sentence.index for sentence in under if speaks(sentence))
    return frozenset(found)


def is_residence(text: str) -> bool:
    """Rule `residence_is_no_news` (brief s20, CNN-Corpus dev 707: the key
    point "The couple's other son, Simeon, lives in Canada."): a short
    sentence (at most MAX_RESIDENCE_WORDS words) that says only where
    someone lives introduces a person; it tells no news. The subject is a
    person's: "he" or "she", a first name (first_names.txt) or a relation
    word (kin_words.txt: "son", "mother"); "About 40 percent of the
    population lives in poverty." stays. A relative in the subject
    ("Simeon, who lives in Canada, was arrested") and a clause after the
    place ("He lives in Canada, where he was arrested on Tuesday.") stay,
    and so do other verbs ("Simeon moved to Canada.")."""
    match = RESIDENCE.match(text)
    if match is None or count_words(text) > MAX_RESIDENCE_WORDS:
        return False
    words = re.findall(r"[A-Za-z'\u2019-]+", match.group("subject"))
    if any(word.lower() in RELATIVES for word in words):
        return False
    return any(word.lower() in ("he", "she") or word.lower() in first_names()
               or word.lower() in noun_sets("kin_words")["relation"]
               for word in words)


def labelled_lines(claims: Iterable[Claim]) -> frozenset[int]:
    """Rule `labelled_line_opens_no_note`: the sentences a speaker's label
    tells ("Marissa: Axios launched in 2017 ...", "KULEBA: We will ..."): the
    claims of a rule whose cue the claims view shows as a label (extract's
    SHOWN_CUES), an answer's too. Not the cue "answered" of prose ("police
    ... answered four crashes"), which the label's answer shares."""
    return frozenset(claim.sentence for claim in claims if claim.rule in SHOWN_CUES)


def labelled_voice_goes_on(document: Document, labelled: Collection[int], labels: Collection[str]) -> frozenset[int]:
    """Rule `labelled_voice_goes_on` (brief s20, blog.amp.dev's interview: after
    "Marissa: I was introduced to programming in high school ...", the key
    points "Since then, I have done full-stack development ..." and "Wanting
    to understand more about AMP I attended the Roadshow ..."): a paragraph
    that a speaker's label opens (`labelled`: "Marissa: ...") goes on in that
    speaker's voice, as a transcript does; its later sentences are their
    words, which the note would show in its own voice. The sentences of a
    paragraph no label opens stay (the writer's "We invited the duo for a
    chat ..."). A label the claims drop as a bare reply ("Rick: Exactly.")
    counts when it names a speaker whom another label gives a claim
    (`labels`: "Rick")."""
    sentences = document.sentences

    def opened_by_a_label(first: int) -> bool:
        label = PARAGRAPH_LABEL.match(sentences[first].text)
        return first in labelled or (label is not None and label.group().rstrip(" \t:") in labels)

    return frozenset(number for paragraph in document.paragraphs
                     if paragraph.sentences and opened_by_a_label(paragraph.sentences[0])
                     for number in paragraph.sentences[1:])


def _lead_first(document: Document, units: Sequence[tuple[int, ...]], order: list[int],
                stems: Sequence[frozenset[str]] = (), unfit: Collection[int] = frozenset(),
                labelled: Collection[int] = frozenset(),
                speaks_by_a_bare_surname: Callable[[int], bool] | None = None,
                told_by_a_person: Collection[int] = frozenset(), reader_hooks: bool = True) -> list[int]:
    """Rule `lead_is_bottom_line`: `order` (best first) with the sentence
    that should open the note first: the lead when it stands alone and
    ranks among the LEAD_RANK best, else the best sentence that stands alone
    and does not open with a definite description; `order` as it is when
    there is none. Rule `repeat_ranks_once` (session 9: a quotation the page
    ran three times took the three best places, and the bottom line from
    the lead): a sentence that repeats a better one (`near_duplicate` of
    its stems) takes no place of its own in that count. `unfit`: the
    sentences that can be no point (a caption, a quotation with no speaker;
    rule `framing_is_no_point`: "The following are arrest and accident
    reports ..." is no lead to open on). Rule `labelled_line_opens_no_note`
    (brief s20, blog.amp.dev's interview: the bottom line "Marissa: Rick's team
    wrote most of the beta code before I joined Axios."): `labelled` holds the
    sentences a speaker's label tells ("Name: ..."), one voice of a transcript
    or an interview, which "Who said what" gives with its speaker; none opens
    the note, and none takes a place among the LEAD_RANK best, so a lead that
    follows them may open.

    Rule `bottom_line_states_news` (brief s21, QA round 57): a sentence that
    tells no news opens no note, the lead included; the note opens on the
    best sentence that does, or (none doing) as before. Not news:
    `hook_is_no_bottom_line`, a sentence that opens on a word speaking to
    the reader or musing ("Imagine ships that fire missiles ...", "Maybe she
    was just being lured.": rules/hook_openers.txt);
    `anecdotal_lead_is_no_bottom_line`, a lead whose subject is "he", "she"
    or "they", whom nothing before it introduces ("She couldn't take her
    eyes off the woman.": a story's hook, told before its news);
    `dated_past_is_background`, a sentence that opens on a year long
    told in the past tense ("In 2008, Republican presidential candidate
    John McCain spoke less ..." of a debate preview). None of the three
    holds for a sentence dated to the news day (`news_day_states_news`).

    Rules `pronoun_quoted_is_no_bottom_line` and `earlier_is_no_rival_of_the_lead`
    (QA round 63, CNN-Corpus dev 693: the lead, al-Maliki's refusal to
    withdraw, ranked fifth, behind a pronoun's quotation, and the note
    opened on "Earlier in the day, a spokesman for al-Maliki denied a claim
    ..."): a quotation whose speaker is a pronoun opens no note after the
    lead, and neither it nor a sentence opening on "Earlier" (what came
    before the news) takes a place among the LEAD_RANK best. An "Earlier
    ..." sentence can still open a note whose lead cannot.

    Rule `quotation_is_no_rival_of_the_lead` (QA round 64, CNN-Corpus dev
    424: the lead "Gene Barfield and his partner, Tim LaCroix, celebrated
    their 30th anniversary by getting married." ranked fifth, behind a
    quotation of theirs that can be no point, and the note opened on
    "Earlier this month, the LTBB tribal council voted ...", background):
    a sentence of `unfit` that lies within a quotation throughout (someone's
    words, with no speaker of its own) takes no place among the LEAD_RANK
    best either, as a pronoun's quotation takes none. Another sentence of
    `unfit` keeps its place (shabka.org: a sentence the page restates is a
    rival that tells the page's point, and the lead is a tagline).

    Rule `bottom_line_names_its_source` (`speaks_by_a_bare_surname`, given
    by `_Introductions.attributes_to_a_bare_surname`; QA round 67, CNN-Corpus
    dev 970): after the lead, nor does a sentence that gives its words to a
    surname the note has not introduced ("..., according to Fuentes.") open
    the note: it is a view, of someone the reader has not met. When it is
    the best sentence that could open but for this rule, the lead opens
    instead if it can (970: "Bodies, backpacks, passports and other piles of
    debris lay splayed across ... where Malaysia Airlines Flight 17 came
    down.", the crash site the story is about; CNN-Corpus dev 159: not "For
    Gupta, then a high school freshman, those seven days were a blur." in
    place of '"I just couldn't see anything," said Gupta, now 17.', but the
    lead that introduces Yash Gupta). The lead is kept from the rule, as it
    is from `unintroduced_pronoun_is_no_bottom_line`: its writer
    names people as the story opens ("Obama said Tuesday ...", a name all
    know), and a claim two sources carry ('Meadows told reporters that "we
    still have more time to get a deal done ..."', one source's lead, the
    other's introducing "White House chief of staff Mark Meadows") is the
    bottom line, citing both (tests/test_brief.py)."""
    if not order:
        return order
    full_order, order = order, [number for number in order if number not in labelled] or order

    def alone(number: int) -> bool:
        text = document.sentences[number].text
        return (number not in unfit and len(units[number]) == 1 and not is_open_question(text)
                and not is_unattributed_quotation(text) and not LOWER_CASE_OPENING.match(text)
                and not leans_on_what_follows(text) and not opens_with_list_heading(text))

    def states_news(number: int) -> bool:
        # rules `hook_is_no_bottom_line`, `anecdotal_lead_is_no_bottom_line` and
        # `dated_past_is_background` (brief s21)
        # (rule `quoted_question_is_no_bottom_line`, brief s27: nor one that opens on a question asked)
        # (rules `reader_addressed_lead_is_a_hook` and `conditional_lead_is_a_hook`, brief2 s27: nor a
        # lead that speaks to the reader, nor a sentence telling what would be so)
        text = without_dateline(document.sentences[number].text, number == 0)
        return not is_quoted_question(text) and (is_dated_to_the_news_day(text) or not (
            is_reader_hook(text) or (number == 0 and (is_anecdotal_lead(text) or is_reaction_lead(text)
                                                      or (reader_hooks and addresses_the_reader(text))))
            or is_conditional_musing(text) or is_dated_past(text)))

    def speaks_unintroduced(number: int) -> bool:
        # rule `bottom_line_names_its_source`: after the lead, a sentence that gives its words to a
        # surname the note has not introduced
        return number != 0 and speaks_by_a_bare_surname is not None and speaks_by_a_bare_surname(number)

    def can_open(number: int, by_its_source: bool = False, on_headline: bool = False) -> bool:
        # rule `unintroduced_pronoun_is_no_bottom_line`: after the lead, neither a definite description
        # nor a pronoun subject that nothing in the sentence names says whom it is about; rule
        # `pronoun_quoted_is_no_bottom_line`: nor a quotation whose speaker is a pronoun
        # (rule `description_anchored_by_a_name`: a sentence on the headline may open on a description
        # a name anchors, "The attack on the Gaza City beach killed four boys ...")
        text = document.sentences[number].text
        return alone(number) and states_news(number) and (
            number == 0 or not ((opens_with_definite_description(text)
                                 and not (on_headline and is_anchored_by_a_name(text)))
                                or opens_on_an_unnamed_pronoun(text)
                                or is_quotation_of_a_pronoun(text) or adds_to_what_was_told(text)
                                or (not by_its_source and speaks_unintroduced(number))))

    def best_opening() -> int:
        best = next((n for n in order if can_open(n, by_its_source=True)), None)
        if best is not None and speaks_unintroduced(best) and can_open(0):
            return 0  # rule `bottom_line_names_its_source`: the lead, which opens the story, instead
        # (rule `quoted_question_is_no_bottom_line`: a question lead gives way only to a sentence that
        # can open; with none, it stays, naming its speaker, rather than a sentence that cannot)
        # and not to one whose subject is a surname it introduced ("Brann has worked ..." after '"How
        # much did you weigh ...?" Dr. Alfred Brann asks ...'), which would lean on it
        question_lead = alone(0) and is_quoted_question(without_dateline(document.sentences[0].text, True))
        return next((n for n in order if can_open(n)
                     and not (question_lead and _subject_introduced_before(document, n))),
                    0 if question_lead else order[0])

    # (rules `pronoun_quoted_is_no_bottom_line` and `earlier_is_no_rival_of_the_lead`: such a sentence
    # takes no place among the LEAD_RANK best, as a labelled line takes none)
    # (rule `quotation_is_no_rival_of_the_lead`: nor does a quotation throughout that can be no point)
    ranked = [n for n in order if n == 0 or not ((n in unfit and is_quotation_throughout(document.sentences[n].text))
                                                 or is_quotation_of_a_pronoun(document.sentences[n].text)
                                                 or opens_on_earlier_events(document.sentences[n].text))]
    def turns_to_the_news(number: int) -> bool:
        # rule `turn_from_a_delayed_lead_is_the_news` (brief2 s27): "But ..." after a delayed lead
        text = document.sentences[number].text
        rest = without_contrast_opener(text)
        return (rest is not None and number not in unfit and number not in labelled and states_news(number)
                and not PERSONAL_PRONOUNS & {word.lower() for word in WORD.findall(rest)}
                and not (is_open_question(text) or leans_on_what_follows(text) or leans_on_the_sentence_before(rest)
                         or not tells_news_alone(rest) or opens_on_an_unnamed_pronoun(rest)
                         or adds_to_what_was_told(rest) or is_quotation_of_a_pronoun(rest)))

    first = 0 if 0 in _distinct(ranked, stems)[:LEAD_RANK] and alone(0) and states_news(0) else best_opening()
    if first == 0 and not is_dated_to_the_news_day(without_dateline(document.sentences[0].text, True)):
        # (rule `news_day_states_news`: a dated lead stays)
        first = _headline_news(document, stems, partial(can_open, on_headline=True), told_by_a_person,
                               turns_to_the_news)
    elif first != 0 and alone(0) and not states_news(0) and not holds_the_headline(document, stems, first):
        # rule `hook_gives_way_to_the_headline` (brief2 s27): a lead that tells no news is a delayed
        # lead; when the ranker's best that can open is off the headline too, the sentence that tells
        # the headline's news opens instead
        first = _headline_news(document, stems, partial(can_open, on_headline=True), told_by_a_person,
                               turns_to_the_news, delayed=True) or first
    return [first, *(number for number in full_order if number != first)]


# Rule `delayed_lead_gives_way_to_the_headline`: a lead that holds at most this share of the headline's
# content words is off the headline ...
OFF_HEADLINE_SHARE = 0.2
# ... and gives way to a sentence of the first HEADLINE_NEWS_WINDOW that holds at least this share.
ON_HEADLINE_SHARE = 0.5
ON_HEADLINE_WORDS = 3  # and at least this many ("Why I want my kids to fail": one word is no match)
HEADLINE_NEWS_WINDOW = 10


def _headline_news(document: Document, stems: Sequence[frozenset[str]], can_open: Callable[[int], bool],
                   told_by_a_person: Collection[int] = frozenset(),
                   turns_to_the_news: Callable[[int], bool] | None = None, delayed: bool = False) -> int:
    """Rule `delayed_lead_gives_way_to_the_headline` (session 26, CNN-Corpus
    dev 938: the note on "UAE Islamic affairs authority warns Muslims
    against a mission to Mars" opened on 'The Oscar-nominated film "Gravity"
    traces the harrowing tale of astronaut Ryan Stone ...', a feature's
    scene-setting lead, while "The GAIAE has issued a fatwa ... to warn
    Muslims against a Mars mission." came five sentences later): a lead that
    holds at most OFF_HEADLINE_SHARE of the headline's content words
    (stemmed) is a delayed lead (a scene, an adage, a question to the
    reader), and the sentence of the first HEADLINE_NEWS_WINDOW that holds
    the most of them, at least ON_HEADLINE_SHARE, and can open the note
    opens it instead: there the story states what its headline says. 0
    (the lead) when the text has no headline, the lead is on it (or, rule
    `news_day_states_news`, dated to the news day: "The Thai government said
    Monday that it had found the basic ingredients for explosives ..." tells
    the news in other words than its headline), or no sentence is (an
    opinion whose headline is a call, "Let's tell the truth about extreme
    weather", keeps its lead). `stems`: each sentence's content stems, as
    the note compares sentences.

    Review s26 (5 of 17 CNN-Corpus dev bottom lines read worse): the
    sentence must stand alone (`tells_news_alone`), and it must not carry a
    claim of one person (`told_by_a_person`: the sentences a claim whose
    speaker is a person gives; 750: "Chen says the protest is bad for Hong
    Kong's reputation." is one man's say, and "Chen" the reader has not
    met): a bottom line is the writer's news. Nor does a sentence that
    answers the open question before it (`_answers_the_question_before`)."""
    headline = _headline_stems(document)
    if not headline or not stems:
        return 0
    off_headline = delayed or len(headline & stems[0]) <= OFF_HEADLINE_SHARE * len(headline)

    def opens(number: int) -> bool:
        # (rule `turn_from_a_delayed_lead_is_the_news`: after a delayed lead, a sentence may open on
        # the contrast that turns from it to the news)
        text = document.sentences[number].text
        if off_headline and turns_to_the_news is not None and turns_to_the_news(number):
            return True
        return can_open(number) and tells_news_alone(text)

    # rule `lead_misses_the_headline_event`: the headline's event the lead does not tell
    missed = frozenset() if off_headline else headline_events(document) - stems[0]
    if not off_headline and not missed:
        return 0
    # (not a quotation: someone's view, "'The U.S. extending its soft power ...,' analyst Ramon
    # Casiple told CNN.", is no news the headline tells, though it repeats its words)
    # (nor one whose subject is a surname the lead or a sentence after it introduced: "Brann has worked
    # his entire life ..." leans on "Dr. Alfred Brann" of the lead)
    on_headline = [number for number in range(1, min(HEADLINE_NEWS_WINDOW, len(stems)))
                   if _tells_the_headline(headline, stems[number])
                   and not QUOTATION_OPENING.match(document.sentences[number].text) and opens(number)
                   and not _subject_introduced_before(document, number)
                   and number not in told_by_a_person
                   and not _answers_the_question_before(document, number)
                   and (off_headline or (bool(stems[number] & missed)
                                         and len(headline & stems[number]) > len(headline & stems[0])))]
    return max(on_headline, key=lambda number: (len(headline & stems[number]), -number), default=0)


def _headline_stems(document: Document) -> frozenset[str]:
    """The content stems of the document's headlines, as the note compares sentences."""
    return frozenset().union(*(_stems(span.text) for span in document.headlines))


def _tells_the_headline(headline: frozenset[str], sentence: frozenset[str]) -> bool:
    """A sentence's stems hold as many of the headline's as a sentence
    telling its news does (ON_HEADLINE_SHARE, ON_HEADLINE_WORDS): the one
    test of `_headline_news` and `holds_the_headline`."""
    return len(headline & sentence) >= max(ON_HEADLINE_SHARE * len(headline), ON_HEADLINE_WORDS)


def holds_the_headline(document: Document, stems: Sequence[frozenset[str]], number: int) -> bool:
    """Rule `hook_gives_way_to_the_headline` (brief2 s27): the sentence holds
    as many of the headline's content words (stems) as a sentence telling
    its news does (`_tells_the_headline`, as `_headline_news` reads it)."""
    return number < len(stems) and _tells_the_headline(_headline_stems(document), stems[number])


# rule `turn_from_a_delayed_lead_is_the_news`: a turn holding one of these says "his crusade" of a man
# the note has not named (CNN-Corpus dev 98: "But in this South American country, it's his crusade ...")
PERSONAL_PRONOUNS = (SUBJECT_PRONOUNS | OBJECT_PRONOUNS | grammar("possessive_determiners")) - {"it", "its"}


def is_anchored_by_a_name(text: str) -> bool:
    """Rule `description_anchored_by_a_name` (brief s27, CNN-Corpus dev 685):
    a sentence opening on "The", one or two lower-case words and a
    preposition of place or object before a name ("The attack on the Gaza
    City beach killed four boys ...", "The fire in Oakland ...") says by the
    name which one it speaks of, as the headline does; "The attack came ..."
    or "The boys were ..." does not, and leans on what came before. Read only
    for a sentence that holds the headline's words (`_headline_news`)."""
    return ANCHORED_DESCRIPTION.match(text) is not None


# "The", one or two lower-case words, a preposition, maybe "the", then a capitalised name
ANCHORED_DESCRIPTION = re.compile(r"""[\s"'\u2018\u201c(\[]*The\s+(?:[a-z][\w-]*\s+){1,2}"""
                                  rf"{alternation(grammar('anchoring_prepositions'))}\s+(?:the\s+)?[A-Z]")


def headline_events(document: Document) -> frozenset[str]:
    """Rule `lead_misses_the_headline_event` (brief s27, CNN-Corpus dev 685:
    under "4 boys killed as they played on Gaza beach" the note opened on the
    scene "The boys were cousins -- playing, as they had many times before,
    at a beach ... when the shelling started.", which holds three of the
    headline's five words but not what happened to the boys; "The attack on
    the Gaza City beach killed four boys, ..." came four sentences later):
    the stems of the headline's past forms after its first word ("killed",
    "arrested", "won": the event a headline's verb tells; a past form opening
    it, "Tortured Afghan teen ...", "Syndicated radio host ...", describes
    its subject). A lead that holds none of one of these is delayed too, and
    `delayed_lead_gives_way_to_the_headline` gives its place to a sentence
    of its window that holds the event, more of the headline's words than the
    lead, and stands alone as that rule asks; a lead that tells the event in
    other words ("... has earned three scientists the 2011 Nobel Prize" under
    "... win Nobel Prize") keeps its place when no such sentence is there."""
    events: set[str] = set()
    for span in document.headlines:
        words = [t for t in tokenize(span.text, 0, len(span.text)) if t.is_word]
        events.update(stem(t.lower) for t in words[1:] if is_past(t))
    return frozenset(events)


def tells_news_alone(text: str) -> bool:
    """Rule `delayed_lead_gives_way_to_the_headline` (review s26): a
    sentence that can replace a delayed lead leans on no sentence before
    it: it opens on no back-pointing word (`back_pointing_opener`) nor on a
    word that leads its subject against what came before (claim_grammar.txt
    subject_leads; CNN-Corpus dev 414: "Even President Barack Obama has seen
    the footage ..."), holds no demonstrative pointing back (rules
    `back_pointing_phrase`, `that_time_points_back`, `bare_count_points_back`:
    "has taken up that question"; "answers to that question", CNN-Corpus dev
    90, which those rules leave to "to that" as in "up to that point", is
    `_answers_the_question_before`'s) and no word of rules/headline_news_blockers.txt ("already",
    "exceptions": 863, 566), and does not end on "too" or "as well"
    (`bare_agreement_points_back`'s tail: tonedeaf.thebrag.com, "... but
    it's more than that too.", adds to what was told), and gives no one's
    words after a colon (68: "There are still plenty of Americans ... that
    chilly February night: \"I was two inches from the screen, screaming.\"",
    a memory, with no speaker). "Football teams rehearse two-minute drills,
    ..." stands alone. Rule `example_opener_leans_back` (brief s27,
    flowfx.de: the note opened on "Like... copy selected text from a tmux
    pane to the clipboard.", an example of the "things that don't just work"
    of the sentence before): nor does it open on "Like" or "Such as" and an
    ellipsis, a colon or a dash ("Like many Linux users, I ..." compares,
    and stands alone)."""
    first = OPENING_WORD.match(text)
    blockers = load_word_set("headline_news_blockers")
    return not (opens_by_pointing_back(text) or (first is not None and first[1].lower() in SUBJECT_LEADS)
                or holds_back_pointing_phrase(text) or points_back_to_a_time(text) or holds_bare_count(text)
                or BARE_AGREEMENT_TAIL.search(CLOSING_STOP.sub("", text)) is not None
                or COLON_QUOTATION.search(text) is not None or EXAMPLE_OPENER.match(text) is not None
                or any(word.lower() in blockers for word in WORD.findall(text)))


def addresses_the_reader(text: str) -> bool:
    """Rule `reader_addressed_lead_is_a_hook` (brief2 s27, QA round 71,
    CNN-Corpus dev 165: the note opened on "As adults we're told time and
    again to keep a close eye on young children around water.", a truism;
    447: "Chris Brown is reaching into Lindsay Lohan's playbook for avoiding
    jail: Go to rehab before your court date.", a feature's comparison,
    while '"Chris Brown has elected to enter a rehab facility," said a
    statement ...' tells the news): the writer's own words, outside
    quotation marks, speak to the reader or for the reader and the writer at
    once (rules/reader_address.txt): a subject "we're", "you've", "let's";
    "we" or "you" opening a clause (at the start, after a comma, a dash or a
    subordinator); after a colon, "you" or "your" (claim_grammar.txt
    second_person_words). Not "inviting you to" nor
    "sharing your location" before any colon (the news's own words: dev
    577, 578), and not a lead in the writer's "I", "me" or "my", which opens
    a personal essay (dev 289, 253). Read for the lead only (`_lead_first`)."""
    outside = QUOTED_PASSAGE.sub(" ", text)
    words = [word.lower().replace("\u2019", "'") for word in READER_WORD.findall(outside)]
    if is_in_the_first_person(text):
        return False
    colon = outside.find(":")
    after_colon = {word.lower() for word in READER_WORD.findall(outside[colon + 1:])} if colon >= 0 else set()
    return bool(set(words) & load_section("reader_address", "subjects")
                or after_colon & grammar("second_person_words")
                or _opens_a_clause(outside, load_section("reader_address", "pronouns")))


def is_in_the_first_person(text: str) -> bool:
    """Rules `reader_addressed_lead_is_a_hook` and `conditional_lead_is_a_hook`
    (brief2 s27): the writer's own words, outside quotation marks, say "I",
    "me" or "my" (rules/reader_address.txt first person): a personal
    essay, whose lead is the writer's story ("If you had asked me 12 months
    ago ..., I would have been cautiously optimistic.", CNN-Corpus dev 289);
    neither rule takes it from the note's opening. A contraction counts as
    written with either apostrophe ("I'm", "I\u2019ve"), as in
    `addresses_the_reader`."""
    outside = QUOTED_PASSAGE.sub(" ", text)
    return bool({word.lower().replace("\u2019", "'") for word in READER_WORD.findall(outside)}
                & load_section("reader_address", "first person"))


def is_reader_hook_lead(text: str) -> bool:
    """Rule `reader_addressed_lead_is_a_hook` (brief2 s27): the lead
    (`text`, its dateline still on) speaks to the reader and is not dated
    to the news day. A lead that would open the note but for the rule is no
    key point after the bottom line either (CNN-Corpus dev 575: "..., you
    might expect their parents to be worried ..." over a survey that found
    them not worried; 90 "You have a brain with billions of neurons."); one
    that another rule kept from the bottom line stays a point as before (540
    "We leave genetic traces of ourselves wherever we go -- ...")."""
    lead = without_dateline(text, True)
    return addresses_the_reader(lead) and not is_dated_to_the_news_day(lead)


def _opens_a_clause(text: str, words: frozenset[str]) -> bool:
    """One of `words` (lower-cased) is a clause's subject in `text`: at its
    start, after a comma, a semicolon or a dash, or after a subordinator
    ("If you ...", "... and we ..."), with a lower-case word after it."""
    tokens = CLAUSE_TOKEN.findall(text)
    return any(token.lower() in words and (at == 0 or not tokens[at - 1][0].isalpha()
                                           or tokens[at - 1].lower() in SUBORDINATORS)
               and at + 1 < len(tokens) and tokens[at + 1][0].islower()
               for at, token in enumerate(tokens))


# a word with its contraction ("we're", "let\u2019s")
READER_WORD = re.compile("[A-Za-z]+(?:['\u2019][a-z]+)?")
# a word (with its contraction) or a mark that ends a clause's opening: a comma, a semicolon, a dash
CLAUSE_TOKEN = re.compile("[A-Za-z]+(?:['\u2019][a-z]+)?|[,;\u2014\u2013]|--")


def is_conditional_musing(text: str) -> bool:
    """Rule `conditional_lead_is_a_hook` (brief2 s27, QA round 71, CNN-Corpus
    dev 492: the note on Doc Watson's death opened on "If the one great book
    of American popular music is ever written, Doc Watson might not even
    need his own chapter.", while "Watson, who died on Tuesday at age 89,
    ..." told the news): the sentence opens on a word of
    rules/conditional_openers.txt ("If") and holds a modal of what would be
    ("might", "would") after its condition's comma: what would be so. "If
    the 21st century belongs to China, ..., then it is worth asking ..."
    states, and a sentence in the writer's "I" (`is_in_the_first_person`)
    tells the writer's story."""
    first = OPENING_WORD.match(text)
    comma = text.find(",")
    return (first is not None and first[1].lower() in load_section("conditional_openers", "openers") and comma > 0
            and not is_in_the_first_person(text)
            and any(word.lower() in load_section("conditional_openers", "hypothetical modals")
                    for word in WORD.findall(text[comma:])))


def is_speech_without_its_words(text: str) -> bool:
    """Rule `speech_without_its_words_is_no_point` (brief2 s27, QA round 71,
    CNN-Corpus dev 637: the key point "Indianapolis Colts owner Jim Irsay
    also weighed in." said nothing alone; his words are the quotation of
    the next sentence): a sentence of one clause whose predicate is a verb
    of rules/speech_without_words.txt ("weighed in", "reacted", "took to
    Twitter"), after "also" or not, with nothing after it but "too" or "as
    well" and phrases of place, medium or topic ("to the sad news on social
    media"), tells that someone spoke and not what: no key point and no
    bottom line. "Jim Irsay also weighed in, calling the move a mistake."
    (a comma), "... weighed in with a plan to ...", "Israel responded to
    the attack by bombing ..." and "The world No.1 reacted to news of
    Mandela's death after completing his first round ..." (a verb in the
    tail: CNN-Corpus dev 524) say what."""
    return _speech_without_words().match(text) is not None


@cache
def _speech_without_words() -> re.Pattern[str]:
    phrases = alternation(frozenset("_".join(phrase.split()) for phrase in load_word_set("speech_without_words")),
                          spaced=True)
    return re.compile(r"""[\s"'\u2018\u201c(\[]*[A-Z][^,;:"\u201c\u201d()?!]{0,80}?\s+(?:(?:also|too)\s+)?"""
                      + phrases
                      + r"(?:\s+(?:too|also|as\s+well))?"
                      + r"(?:\s+(?:on|in|to|via|at|through|after|about|over|from)"
                      + r"(?:\s+(?!(?:by|with|and|but|that|as)\b|\w+ing\b)[\w'\u2019.-]+){1,8})*"
                      + r"(?:\s+(?:too|also|as\s+well))?\s*\.\s*$", re.IGNORECASE)


def lead_under_a_question(document: Document) -> frozenset[int]:
    """Rule `lead_after_a_question_deck_leans_on_it` (brief2 s27, QA round
    71, CNN-Corpus dev 113: under the deck 'Remember "The Big Book of
    British Smiles" from "The Simpsons"?' the note opened on "The dentist
    used it to scare children into proper dental hygiene.", whose "it" is
    the deck's book): when the line the text gives between its headline and
    its first body sentence (a deck, `Document.headlines` after the first)
    is an open question, the lead goes on from it as a later sentence goes
    on from the one before: one that points back (564 "This is the dream of
    ...", `back_pointing_opener`, `back_pointing_phrase`), whose subject is
    a pronoun, or that holds "it" or "them" in its first words
    (`deck_pronoun_opens_the_lead`: the deck's thing) is no bottom line and no key point, for the note does not
    show the deck. {0} then, else nothing. A lead that names what it tells
    stays: "West Virginia's governor is asking ..." under "Is it really
    safe?"; 266 "The news of a 3-month-old among the injured at a late-night
    showing ... has already led to online criticism ..."; 558 'Answer:
    "Z-Machines," the robot band with a surprisingly human sound.', whose
    label is the one word that leans. A headline that asks ("Can bitcoin
    succeed in China?") is the note's title, no deck."""
    decks = document.headlines[1:]
    if not decks or not document.sentences or not is_open_question(decks[-1].text):
        return frozenset()
    text = without_dateline(document.sentences[0].text, True)
    # rule `deck_pronoun_opens_the_lead` (readers of the CNN-Corpus briefs: a lead was dropped for an
    # "it" anywhere, "The council approved a plan Tuesday that would make it ..." too): the deck's
    # thing is an "it" or "them" among the lead's first DECK_PRONOUN_REACH words after its first, in
    # its first clause, before the lead names anything else it could stand for
    opening = QUOTED_PASSAGE.sub(" ", text).split(",")[0]
    words = [word.lower() for word in WORD.findall(opening)]
    leans = (opens_by_pointing_back(text) or holds_back_pointing_phrase(text) or opens_on_an_unnamed_pronoun(text)
             or bool(set(words[1:DECK_PRONOUN_REACH + 1]) & DECK_OBJECTS))
    return frozenset({0}) if leans else frozenset()


# rule `lead_after_a_question_deck_leans_on_it`: the pronouns of rules/back_pointing_objects.txt that
# stand for a thing ("used it to scare children"; "this" and "that" also join clauses)
DECK_OBJECTS = load_word_set("back_pointing_objects") & OBJECT_PRONOUNS
# ... among this many words after the lead's first: "The dentist used it" (its third)
DECK_PRONOUN_REACH = 4


# rule `example_opener_leans_back`: "Like..." / "Such as:" opening an example of what came before
EXAMPLE_OPENER = re.compile(r"\s*" + alternation(grammar("example_openers"), spaced=True, capitalised=True)
                            + "\\s*(?:\\.\\.\\.|\u2026|:|--|\u2014|\u2013)")


def ends_on_a_contrast(text: str) -> bool:
    """Rule `closing_contrast_leans_back` (brief s27, CNN-Corpus dev 488:
    the key point 'The name "Kidd" wouldn't come for several years
    though.'): the sentence's last word, before its closing stop, is one of
    rules/closing_contrasts.txt, a turn against the sentence before it, so it
    is no key point and no bottom line. "Though the rain fell, ..." and
    "... even though it rained." do not end on it."""
    words = WORD.findall(CLOSING_STOP.sub("", text)[-20:])
    return bool(words) and words[-1].lower() in load_word_set("closing_contrasts")


# the sentence's first word, after any opening marks; any word of a sentence
OPENING_WORD = re.compile(r"""[\s"'\u2018\u201c(\[]*([A-Za-z]+)\b""")
WORD = re.compile(r"[A-Za-z]+")
# a quotation opened right after a colon: someone's words with no speaker ('...: "I was two inches
# from the screen, screaming."')
COLON_QUOTATION = re.compile(":\\s*[\"\u201c]")
# the stop and closing marks that end a sentence
CLOSING_STOP = re.compile(r"""[\s.!?"'\u201d\u2019)\]]+$""")


def _answers_the_question_before(document: Document, number: int) -> bool:
    """Rule `delayed_lead_gives_way_to_the_headline` (review s26): the
    sentence follows an open question, and answers it, leaning on it
    (CNN-Corpus dev 90: "The Brain Activity Map initiative is seeking
    answers to that question." after "But how do tiny cells translate into
    thoughts and actions?"; tonedeaf.thebrag.com: "I asked three writers to
    sum up their thoughts on ..." after "Still need convincing on why it's
    our top record this week?"). Read so even when the sentence names what
    it speaks of (77: "Been there? Done that? Eating healthy on the road has
    long been a struggle for holiday travelers." keeps its lead too): a
    demonstrative ("that question") is no safe sign, tonedeaf has none."""
    return number > 0 and is_open_question(document.sentences[number - 1].text)


def _subject_introduced_before(document: Document, number: int) -> bool:
    """The sentence's subject is a surname alone (`surname_subject`, or the
    opening word before an aside: "Rabbani, revered by many as a father of
    the Mujahideen movement ..., was also ...", CNN-Corpus dev 286) that a
    sentence before it names in full."""
    text = document.sentences[number].text
    aside = SURNAME_BEFORE_ASIDE.match(text)
    surname = surname_subject(text) or (aside[1] if aside else None)
    return surname is not None and any(
        at < number for at, _ in surnames_introduced_in_full(document, {surname}).get(surname, []))


# a capitalised word opening the sentence, then a comma (an aside on it)
SURNAME_BEFORE_ASIDE = re.compile(r"\s*([A-Z][a-z][\w\u2019'-]*),\s")
# a sentence that opens on a quotation mark
QUOTATION_OPENING = re.compile("\\s*[\"\u201c\u2018']")


def is_dated_to_the_news_day(text: str) -> bool:
    """Rule `news_day_states_news` (review s21): a sentence that dates what
    it tells to a weekday, "today", "yesterday" or "tonight" (claim_grammar.txt
    time_words) tells the news, whatever its opening: "She was shot dead
    outside her home in Veracruz on Monday, police said, ...", "In 2014,
    Russia annexed Crimea; on Monday, its troops crossed into eastern
    Ukraine ...", "Imagine paying $7 for a gallon of gas: drivers in
    California did on Monday, ...", "Maybe not: the Senate voted 52-48 on
    Friday to reject the bill." open a note though a hook, a pronoun lead
    or a year opens them. A feature's hook seldom names the day. The one
    test of a weekday named; `_tells_when` reads it too."""
    return any(token.lower in TIME_WORDS for token in tokenize(text, 0, len(text)))


def is_quoted_question(text: str) -> bool:
    """Rule `quoted_question_is_no_bottom_line` (brief s27, CNN-Corpus dev
    128: the note opened on '"How much did you weigh when you were born?"
    Dr. Alfred Brann asks the first time we talk.', a profile's hook): a
    sentence that opens on a quotation ending on a question mark tells what
    someone asked, not what happened, so it opens no note, the lead included
    (it can still be a key point). A quotation that states ('"We will not
    back down," Obama said ...') can open one, and so can a sentence that
    reports a question in its own words ("The senator asked whether ...")."""
    return QUOTED_QUESTION.match(text) is not None


# a quotation opening the sentence whose last mark before its closing quotation mark is "?"
QUOTED_QUESTION = re.compile("\\s*[\"\u201c][^\"\u201c\u201d]*\\?[\"\u201d]")


def is_hook_lead(text: str) -> bool:
    """Rule `passed_over_hook_is_no_point`: the lead (`text`, its dateline
    still on), not dated to the news day, is a story's hook: it opens on a
    hook word ("Imagine ships that fire missiles ...", `is_reader_hook`) or
    on a bare "He", "She" or "His" (`is_anecdotal_lead`). Passed over for
    the bottom line, such a lead is no key point either; so is a lead that
    speaks to the reader (`is_reader_hook_lead`: "As adults we're told ...")
    when the bottom line is the news that turns from it ("But the recent
    death ..."). A lead dated to the news day ("She was sworn in Tuesday
    ...") is news, no hook. Rule `possessed_agent_lead_is_news` (brief
    s29: "His lawyers filed an appeal ..." was a hook, as the bottom line's
    `possessive_lead_is_anecdotal` reads "His" and a word in lower case):
    a lead that tells what someone's lawyers, spokesman or aides did
    (`opens_on_a_possessed_agent`) names no one, so it opens no note, but it
    tells news, no hook; "His name means ..." still is one."""
    lead = without_dateline(text, True)
    return not is_dated_to_the_news_day(lead) and (
        is_reader_hook(lead) or (is_anecdotal_lead(lead) and not opens_on_a_possessed_agent(lead)))


# rule `possessed_agent_lead_is_news`: "His", "Her" or "Their" and the noun after it
POSSESSIVE_OPENING = re.compile(r"\s*(?:His|Her|Their)\s+(?P<noun>[a-z][\w-]*)\b")


def opens_on_a_possessed_agent(text: str) -> bool:
    """Rule `possessed_agent_lead_is_news`: `text` opens on "His", "Her" or
    "Their" and a noun of a person who acts or speaks for another
    (source_nouns.txt acting_for: "His lawyers", "Her spokesman", "Their
    attorney"), not on a thing of his own ("His name", "Her eyes") nor on
    his family, friends or doctors ("His family had waited six years ...",
    a feature's hook)."""
    opening = POSSESSIVE_OPENING.match(text)
    return opening is not None and opening["noun"].lower() in noun_sets("source_nouns")["acting_for"]


def is_reader_hook(text: str) -> bool:
    """Rule `hook_is_no_bottom_line`: `text` (without its dateline) opens
    on a word of rules/hook_openers.txt ("Imagine ships ...", "Maybe she
    was ..."), not followed by a capitalised word ("Meet the Press", "Picture
    Motion Ltd": a name) nor by a quotation mark."""
    opening = HOOK_OPENING.match(text)
    return opening is not None and opening["word"] in load_rules("hook_openers")


# the first word of a sentence and the word after it (not capitalised, no quotation mark)
HOOK_OPENING = re.compile(r"\s*(?P<word>[A-Z][a-z]+)\b[,:]?\s+(?=[a-z])")
# rule `anecdotal_lead_is_no_bottom_line`: the pronouns a story's hook opens on
# (rule `possessive_lead_is_anecdotal`, brief s27: or their possessive, "His name means ...")
ANECDOTAL_PRONOUN = re.compile(r"\s*(?:He|She|They|His|Her|Their)\s+(?=[a-z])")
# ... unless the sentence goes on to a run of capitalised words, a full name ("He may have written his
# name into national folklore ... but Germany's World Cup winning captain Philipp Lahm has decided ...")
FULL_NAME_RUN = re.compile(r"\b[A-Z][\w.'\u2019-]*\s+[A-Z][\w'\u2019-]+")
# rule `dated_past_is_background`: "In 2008, ...", "In the second debate of 1980, ...", "Back in
# 1999, ..." (a year in an opening adjunct of "in" up to its comma)
FUTURE_AUXILIARIES = frozenset({"will", "shall", "won't", "won\u2019t"})
DATED_OPENER = re.compile(r"\s*(?:Back\s+in|In)\s+(?:[^,.;:]{0,40}\s)?(?:1[89]\d\d|20\d\d)\s*,\s")


def is_anecdotal_lead(text: str) -> bool:
    """Rule `anecdotal_lead_is_no_bottom_line`: a lead whose subject is a
    bare "He", "She" or "They" ("She couldn't take her eyes off the
    woman."): nothing before the lead says who, so it is a story's hook
    (a feature's delayed identification), not its news. Not one that names
    him later in the sentence, by a run of capitalised words ("He may have
    written his name into national folklore ... but Germany's World Cup
    winning captain Philipp Lahm has decided ...": CNN-Corpus dev 508).
    Rule `possessive_lead_is_anecdotal` (brief s27, CNN-Corpus dev 495: the
    note opened on 'His name means "bright light" in Japanese, and at the
    tender age of 18 he's already shining on the global rugby stage.', and
    the reader met Akira Ioane only in the key points): a lead opening on
    "His", "Her" or "Their" and a word in lower case names no one either.
    "Her Majesty ..." (a capitalised word after it) is a title."""
    opening = ANECDOTAL_PRONOUN.match(text)
    return (opening is not None and not FULL_NAME_RUN.search(text, opening.end())) or is_unnamed_person_scene(text)


@cache
def _reaction_lead() -> re.Pattern[str]:
    """Rule `named_reaction_lead_is_no_bottom_line`: "It", a negated verb of
    feeling or "came as no surprise to", a person's full name, "that"
    (reaction_leads.txt)."""
    def words(name: str) -> str:
        return alternation(word_set("reaction_leads", name), spaced=True)

    name = r"(?P<first>[A-Z][\w.'\u2019-]*)(?:\s+[A-Z][\w.'\u2019-]*){1,3}"
    return re.compile(rf"\s*It\s+(?:{words('negations')}\s+{words('verbs')}|{words('linking_verbs')}\s+(?:as\s+)?no\s+"
                      rf"{words('nouns')}\s+to)\s+{name}\s+that\b")


def is_reaction_lead(text: str) -> bool:
    """Rule `named_reaction_lead_is_no_bottom_line` (brief s32, CNN-Corpus dev
    238: the note opened on "It didn't surprise Reggie Landsberry that his
    brother was reportedly trying to stop a student ... when he was
    killed."): a lead that tells how the news struck a person it names
    opens on "It", a negated verb of feeling ("didn't surprise") or "came
    as no surprise to", the person's full name and "that": a feature's way
    in, no news (rules/reaction_leads.txt). "It didn't surprise analysts
    that ..." (no name) and "It came as no surprise that ..." stay news.
    The name must open on a known first name (first_names.txt): "It came as
    no surprise to Wall Street that Apple beat profit forecasts", "... to
    Manchester United that ..." and "... to President Joe Biden that the
    Senate rejected his nominee" tell the news in their "that" clause, to a
    market, a club or an office, and stay bottom lines."""
    lead = _reaction_lead().match(text)
    return lead is not None and lead["first"].lower() in first_names()


# rule `unnamed_person_lead_is_anecdotal`: "The", a noun of a person (maybe with "'s"), and at most this
# many words in all
UNNAMED_PERSON_OPENING = re.compile(r"\s*The\s+(?P<noun>[a-z]+)(?:['\u2019]s)?\b")
UNNAMED_PERSON_SCENE_WORDS = 12


def is_unnamed_person_scene(text: str) -> bool:
    """Rule `unnamed_person_lead_is_anecdotal` (CNN-Corpus dev 217: the note
    opened on "The woman's voice wavered, just for a moment.", a scene that
    names no one; who she is and what happened come sentences later): a lead
    of at most UNNAMED_PERSON_SCENE_WORDS words that opens on "The" and a
    noun of a person (rules/unnamed_person_nouns.txt: "The woman", "The
    man's hands") and holds no capitalised word after its first and no digit
    is a bare "She" in other words, a feature's hook. A lead that names
    someone or something ("The man who shot 12 people in Aurora ...") or
    counts ("The woman, 34, ...") tells news and keeps its place, and so
    does a longer one."""
    opening = UNNAMED_PERSON_OPENING.match(text)
    words = text.split()
    return (opening is not None and opening["noun"] in load_word_set("unnamed_person_nouns")
            and len(words) <= UNNAMED_PERSON_SCENE_WORDS
            and not any(word.lstrip("\"'\u2018\u201c(")[:1].isupper() for word in words[1:])
            and not any(character.isdigit() for character in text))


# rule `unintroduced_pronoun_is_no_bottom_line`: one to three opening words, then "he", "she" or
# "they" in lower case as a clause's subject ("What she didn't count on ...", "When he arrived, ...")
PRONOUN_AFTER_OPENING_WORDS = re.compile(r"\s*(?P<before>(?:[A-Za-z]+,?\s+){1,3}?)(?:he|she|they)\s+(?=[a-z])")


def opens_on_an_unnamed_pronoun(text: str) -> bool:
    """Rule `unintroduced_pronoun_is_no_bottom_line` (QA round 62, CNN-Corpus
    dev 487: the bottom line "What she didn't count on was finding him
    stranded by the side of the road with his bicycle." named no one; the
    sentences before it say who she and he are): a sentence whose opening
    clause's subject is "he", "she" or "they" after one to three function
    words (stop words: "What", "When", "As soon as") leans on the sentences
    before it for whom it speaks of. A sentence opening on the pronoun
    itself is `back_pointing_opener`'s. Not one that names him later by a
    run of capitalised words, as `anecdotal_lead_is_no_bottom_line` reads it
    ("When he took office, President Barack Obama pledged ..."), nor one
    whose opening words are no function words ("Police say they ...": the
    antecedent is in the sentence)."""
    opening = PRONOUN_AFTER_OPENING_WORDS.match(text)
    if opening is None:
        return False
    before = opening["before"].replace(",", " ").split()
    return (all(word.lower() in stop_words() for word in before)
            and not FULL_NAME_RUN.search(text, opening.end()))


# rule `sourceless_object_is_no_claim`: "him", "them", "us", "me" (not "her", also a possessive)
OBJECT_ONLY_PRONOUNS = OBJECT_PRONOUNS - SUBJECT_PRONOUNS - grammar("possessive_determiners")
# rule `earlier_is_no_rival_of_the_lead`: an opening adverb that dates what follows before the news
# (as an adverb: before a comma, a time word or a time phrase's "this", "that", "in", "on", "at",
# "last"; not "Earlier reports had put ...", "Previously unreleased documents ...")
EARLIER_OPENING = re.compile(r"\s*(?:Earlier|Previously)(?:\s*,|\s+(?:" + alternation(
    TIME_WORDS | {"this", "that", "in", "on", "at", "last"}) + r")\b)", re.IGNORECASE)
# rule `pronoun_quoted_is_no_bottom_line`: a quotation opening the sentence, then, after its closing
# mark, "he", "she" or "they" and a verb: '"My cheeks still hurt ...," she wrote on ...'
QUOTATION_OF_A_PRONOUN = re.compile("\\s*[\"\u201c][^\"\u201c\u201d]*[\"\u201d]\\s*,?\\s+(?:he|she|they)\\s+[a-z]")


def is_quotation_of_a_pronoun(text: str) -> bool:
    """Rule `pronoun_quoted_is_no_bottom_line` (QA round 62, CNN-Corpus dev
    487; round 63, 693): a sentence that opens on a quotation whose speaker
    after it is only "he", "she" or "they" ('"I will never back down ...,"
    he said, according to the statement ...') does not say whose words
    they are, so it opens no note after the lead; `pronoun_speaker_quotation`
    reads only such a sentence ending on the verb. '"...," President Obama
    said.' names its speaker and can open."""
    return QUOTATION_OF_A_PRONOUN.match(text) is not None


# rule `addition_is_no_bottom_line`: "also" after the opening clause's subject and its auxiliary,
# no comma, colon, quotation mark or relative word before it ("The W hotel will also help ...")
ADDITION_CLAUSE = re.compile("\\s*(?P<before>[^,;:\"\u201c\u201d()]{1,60}?)\\s+also\\s+[a-z]")
# (words before "also" that put it in another clause than the main one: a relative, a subordinator,
# "not only")
ADDITION_BLOCKERS = RELATIVES | SUBORDINATORS | {"only"}


def adds_to_what_was_told(text: str) -> bool:
    """Rule `addition_is_no_bottom_line` (QA round 64, CNN-Corpus dev 555:
    the note opened on "The W hotel will also help couples hoping to unplug
    on their wedding day, ...", a side offer, while the news is the $3,000
    wedding concierge): a sentence whose main clause says "also" ("X will
    also help", "Police also found") adds to what the text told before and
    opens no note after the lead. Not an "also" inside a relative clause
    ("... Raquel Montoya-Lewis, who also happens to be Jewish"), after a
    comma ("Yes, if ..., you may also take ...") or in "not only ... but
    also"."""
    opening = ADDITION_CLAUSE.match(text)
    return opening is not None and not (set(opening["before"].lower().split()) & ADDITION_BLOCKERS)



def opens_on_earlier_events(text: str) -> bool:
    """Rule `earlier_is_no_rival_of_the_lead` (QA round 63, CNN-Corpus dev
    693: the bottom line was "Earlier in the day, a spokesman for al-Maliki
    denied a claim ...", while the lead told the news, al-Maliki's refusal
    to withdraw): a sentence that opens on "Earlier" or "Previously" tells
    what came before the news and does not outrank the lead. "Early voting
    begins ..." stays a rival, and so do "Earlier reports had put the toll
    at ..." and "Previously unreleased documents show ...", whose opening
    word is no adverb of time (review s23): the adverb comes before a comma
    or a time ("Earlier this month", "Earlier in the day", "Earlier
    Tuesday")."""
    return EARLIER_OPENING.match(text) is not None


def is_dated_past(text: str) -> bool:
    """Rule `dated_past_is_background`: a sentence that opens on a year
    ("In 2008, ...") and goes on in the past tense ("... John McCain spoke
    less ...") tells background; not one in the future ("In 2016, the
    railgun will be tested at sea": "will" comes before a past form)."""
    opening = DATED_OPENER.match(text)
    if opening is None:
        return False
    for token in tokenize(text, opening.end(), len(text)):
        if token.lower in FUTURE_AUXILIARIES:
            return False
        if is_past(token) or is_listed_past(token):
            return True
    return False


def _distinct(order: Sequence[int], stems: Sequence[frozenset[str]]) -> list[int]:
    """`order` without the sentences that repeat one before them in it
    (rule `repeat_ranks_once`), as far as the lead or LEAD_RANK distinct
    sentences; `order` itself without `stems`."""
    if not stems:
        return list(order)
    kept: list[int] = []
    for number in order:
        if not any(is_near_duplicate(stems[k], stems[number]) for k in kept):
            kept.append(number)
        if number == 0 or len(kept) >= LEAD_RANK:
            break
    return kept


# --- claims ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _GatheredClaim:
    """A claim as the note lists it: the first telling, the speaker's
    fullest name, and every (source, sentence) that carries it."""

    claim: Claim
    speaker: str | None
    members: tuple[tuple[int, tuple[int, ...]], ...]  # (source, the sentences the claim spans there)
    stems: frozenset[str]
    said: frozenset[str]  # stems of speaker, cue and content: what the claim gives
    whole: Claim | None = None  # the claim as tagged, when `claim` is it shortened (long_claim_shortened)

    @property
    def words(self) -> int:
        return count_words(self.claim.content)


def _gather_claims(
    documents: Sequence[Document], per_source: Sequence[Sequence[Claim]], rarity: Mapping[str, int],
    mentioned_people: Sequence[str] = (),
    scores: Sequence[Sequence[float]] = (),
) -> list[_GatheredClaim]:
    """Every source's claims, a claim told again (in another source, or
    later in the same one) by the same speaker, with the same polarity,
    listed once with all its citations. A quotation over several sentences
    cites each of them. A one-word speaker is the one full name it fits,
    among the speakers and then the people the note mentions
    (`mentioned_people`: "Sandra" is "Sandra Haro")."""
    full_names = _full_names(per_source, mentioned_people, [d.title for d in documents if d.title])
    gathered: list[_GatheredClaim] = []
    members: list[dict[tuple[int, tuple[int, ...]], None]] = []  # of each gathered claim, in order, once each
    index = _ReprintIndex(rarity)
    for source, claims in enumerate(per_source):
        starts = [sentence.start for sentence in documents[source].sentences]
        for tagged in claims:
            tagged = without_list_bullet(without_sentence_said_again(without_repeated_fragment(tagged),
                                                                        documents[source]))
            # rule `cut_keeps_the_central_sentences`: a long claim keeps its best-scored sentences
            claim = _fragment_unresolved(shortened(tagged, documents[source],
                                                   scores=scores[source] if scores else None))
            whole = _fragment_unresolved(tagged) if claim.content != tagged.content else None
            # Rule `unresolved_source_as_written`: a source the tagger could not resolve is shown
            # in its words ("The Albert Quay spot said") under "Speaker not resolved", as in the
            # claims view; "No source given" is only for a claim whose text names none
            speaker = _fullest_name(claim, full_names) or claim.source_as_written
            content = _stems(claim.content)
            # rule `cut_keeps_the_central_sentences`: a cut claim cites the sentences it shows
            spanned = _sentences_shown(starts, claim) if whole is not None else _sentences_spanned(starts, claim)
            member = (source, spanned)
            twin = next((k for k in index.find(content)
                         if gathered[k].speaker == speaker and gathered[k].claim.negated == claim.negated), None)
            if twin is not None:
                members[twin][member] = None  # a transcript may repeat one claim thousands of times
                continue
            speaker_text = claim.speaker_span.text if claim.speaker_span else claim.speaker or ""
            said = content | _stems(f"{speaker_text} {claim.role or ''} {claim.cue_text}")
            gathered.append(_GatheredClaim(claim, speaker, (member,), content, said, whole))
            members.append({member: None})
            index.add(content)
    return [replace(claim, members=tuple(told)) for claim, told in zip(gathered, members, strict=True)]


# Rule `content_stands_alone`: a content cannot end, outside a quotation, on an article or a
# conjunction cut from what it joins (claim_grammar.txt `unfinished_ends`).
UNFINISHED_ENDS = grammar("unfinished_ends")
# A relative that opens its own noun phrase ("a man whose lawyer said he was innocent"): the
# claim's subject is in the content, no gap of the relative (claim_grammar.txt).
RELATIVE_DETERMINERS = grammar("relative_determiners")
# A preposition opening a content is its cue's adjunct, not the clause's, when a finite verb
# follows its phrase of one word, or of a determiner and one word ("in the past had a vendetta
# against him"): the verb is this many tokens on (one more after a determiner). A longer phrase
# may end in the clause's subject ("in January prices rose").
ADJUNCT_PHRASE_WORDS = 2
# ... and a phrase of up to this many words that a comma ends: "in the committee hearing, were".
MAX_ADJUNCT_WORDS = 6
# Characters read before a source for the relative that may stand right before it, and after a
# content for the word that follows it.
RELATIVE_WINDOW = 40


def content_stands_alone(claim: Claim, text: str) -> bool:
    """Rule `content_stands_alone` (QA round 33: "claimed: in the past had
    an unjustified vendetta against him", "said: supplied steroids to at
    least a dozen players", "said: it "strongly disagrees" with" were cited
    while the speaker's full quotes were left out): a content a reader can
    take as it is shown, a whole quotation or a clause with its subject, or
    the cue's object and what it says of it ("urged them to stay indoors",
    "accused him of lying", "called them traitors": session 10's review).
    Not the inside of a relative clause, whose gap the relative before the
    source fills ("which the union said it "strongly disagrees" with",
    "whom he has claimed in the past had ...", and after "that" when the
    content opens on a verb, "a clinic that MLB said supplied ...", or ends
    on a preposition; a relative after a preposition, "in which he said he
    was skeptical", is an adjunct, and the claim whole); nor one that opens
    on a finite verb with no subject ("can be a secret weapon") or a
    preposition's short phrase then a verb ("in the past had ..."); nor one
    that ends, outside a quotation, on an article or a conjunction, or on a
    preposition where the sentence goes on with a word of its phrase:
    cut mid-phrase ("it was worth fighting for." stands). The verb forms and
    word sets are the claim grammar's (summarizer.claims.grammar). `text` is
    the claim's document text, where its source is."""
    content = claim.content.strip()
    tokens = tokenize(content, 0, len(content))
    words = [t for t in tokens if t.is_word]
    if not words:
        return False
    # Rule `relative_before_its_source` (session 11, dailymail.co.uk: "the commission, ... which,
    # critics say, does not include specialists" gave "critics say: which does not include
    # specialists"): a content that opens on a relative pronoun written before its source speaks of
    # the noun before it, which the note does not show. "asked which schools would close" stands
    if words[0].lower in RELATIVES and claim.speaker_span is not None \
            and claim.content_span.start < claim.speaker_span.start:
        return False
    # Rule `addressee_left_out` (session 11, dailymail.co.uk: "the Government is telling Tory MPs not
    # to back the amendments" gave "telling: not to back the amendments"): an infinitive content
    # whose cue's object, a named one told or urged, stands between cue and content is no whole
    # claim. "vowed not to back the amendments" (nothing between), "urged MPs to back it" (the
    # object in the content) and "warned them not to return" (a pronoun: session 10) stand
    infinitive = words[1:2] if words[0].lower == "not" else words[:1]
    if infinitive and infinitive[0].lower == "to" and claim.cue_span.end <= claim.content_span.start \
            and any(t.is_word and t.is_capitalised
                    for t in tokenize(text, claim.cue_span.end, claim.content_span.start)):
        return False
    if is_whole_quote(claim):
        return True
    # Rule `sourceless_object_is_no_claim` (QA round 62, CNN-Corpus dev 487: "What she didn't count on
    # was finding him stranded ..." gave "No source given *finding*: him stranded by the side of the
    # road ..."): with no source, a content that opens on an object pronoun is what someone saw or
    # met, told by the writer. "urged them to stay indoors" has its source; "her car" is a possessive
    if claim.speaker_span is None and words[0].lower in OBJECT_ONLY_PRONOUNS:
        return False
    # Rule `content_points_back` (session 11, CNN: "Pope Francis ... echoed that call." gave
    # "echoed: call"): a content that is, with the words before it since the cue, what an earlier
    # sentence said ("that call", "this view": the summary's rule back_pointing_phrase) does not
    # stand alone. Not rule `demonstrative_plural_points_back`: a speaker's "these hallways, and those
    # steps" speaks of what is before them (The Times of Israel, a justice of the court's building)
    if holds_back_pointing_phrase(text[min(claim.cue_span.end, claim.content_span.start) : claim.content_span.end],
                                  plurals=False):
        return False
    first, last = words[0], words[-1]
    # the relative's gap is filled when the content opens with the noun it stands for, before the
    # source (claims rule relative_antecedent_is_the_contents_subject: "The deal, which officials
    # said was signed in May" gives "The deal … was signed in May")
    relative = _relative_before(text, claim.speaker_span.start) \
        if claim.speaker_span and claim.content_span.start > claim.speaker_span.start else None
    ends_in_quote = _ends_in_quote(content)
    stranded = not ends_in_quote and last.lower in PREPOSITIONS
    if relative is not None and (relative != "that" or _opens_on_a_verb(first, after_relative=True) or stranded):
        return False
    if not ends_in_quote and last.lower in UNFINISHED_ENDS:
        return False
    if stranded and _phrase_goes_on(claim, text):
        return False
    if first.is_capitalised:
        return True
    if _opens_on_a_verb(first, after_relative=False):
        return False
    return not _adjunct_then_verb(tokens[tokens.index(first) :])


def _relative_before(text: str, source_start: int) -> str | None:
    """The relative pronoun right before a claim's source ("which the union
    said", "whom he has claimed"), unless a preposition leads it ("in which
    he said": an adjunct of the relative clause, not a gap in the content);
    None when there is none."""
    before = tokenize(text, max(0, source_start - RELATIVE_WINDOW), source_start)
    if not before or before[-1].lower not in RELATIVES or before[-1].lower in RELATIVE_DETERMINERS:
        return None
    if len(before) > 1 and before[-2].lower in PREPOSITIONS:
        return None
    return before[-1].lower


def _opens_on_a_verb(word: Token, after_relative: bool) -> bool:
    """A content's first word is a finite verb, with no subject before it:
    an auxiliary or a past form of the grammar's lists ("can be ...",
    "came from ..."), and after a relative any past form ("supplied
    steroids"): alone a word in -ed may be a modifier ("armed men stormed
    ...")."""
    low = word.lower
    if word.is_capitalised:
        return False
    return low in FINITE_VERBS or low in PAST_VERBS or (after_relative and is_past(word))


def _adjunct_then_verb(tokens: Sequence[Token]) -> bool:
    """A content opening on a preposition's phrase that a finite verb
    follows: the cue's adjunct, then a verb whose subject is left out. The
    phrase is short ("in the past had", "for president have":
    ADJUNCT_PHRASE_WORDS), or ends on a comma ("in the committee hearing,
    were well-paid"; MAX_ADJUNCT_WORDS); not "to" (an infinitive: "to bring
    back lost jobs") nor a preposition that may open a clause ("after the
    convention he would ..."); no subject pronoun or clause word in it. A
    short phrase has a determiner only right after the preposition: "for
    decades some critics had" holds the subject, and so does "in France,
    candidates did" after its comma."""
    if not tokens or tokens[0].lower not in PREPOSITIONS or tokens[0].lower in SUBORDINATORS \
            or tokens[0].lower == "to":
        return False
    comma = next((k for k, t in enumerate(tokens[: MAX_ADJUNCT_WORDS + 2]) if not t.is_word), None)
    if comma is not None and tokens[comma].text == ",":
        phrase, verb = tokens[1:comma], comma + 1
    else:
        verb = 1 + ADJUNCT_PHRASE_WORDS if len(tokens) > 2 and tokens[1].lower in DETERMINERS \
            else ADJUNCT_PHRASE_WORDS
        phrase = tokens[1:verb]
    if any(not t.is_word or t.lower in SUBJECT_PRONOUNS or t.lower in SUBORDINATORS or t.lower in RELATIVES
           for t in phrase):
        return False
    # a past form in -ed there may be a participle: "with the votes counted, he had won"
    return verb < len(tokens) and _opens_on_a_verb(tokens[verb], after_relative=False)


def _phrase_goes_on(claim: Claim, text: str) -> bool:
    """The sentence goes on, right after a content ending on a preposition,
    with a word of the phrase the content was cut from. Not a conjunction
    ("what she is calling about and then asks": the clause ended), nor a
    comma or the sentence's end ("it was worth fighting for, Smith said.")."""
    end = claim.content_span.end
    after = _next_token(text, end)
    return after is not None and after.is_word and after.lower not in SUBORDINATORS \
        and "\n" not in text[end : after.start]  # a paragraph's end is the sentence's


def _next_token(text: str, at: int) -> Token | None:
    """The token after character `at`, within a few words."""
    following = tokenize(text, at, min(len(text), at + RELATIVE_WINDOW))
    return following[0] if following else None


QUOTED_WORD = re.compile(r"[^\W_]+")


def without_repeated_fragment(claim: Claim) -> Claim:
    """Rule `quoted_fragment_said_again` (session 11: the BVI governor
    "called for: “calm at this time” … “I realise this will be shocking
    news ... And I would call for calm at this time. ...”"): a quoted
    fragment that opens a content of several parts and whose words the
    quotation after it says again, in the same order, is left out; the
    reader sees the quotation once. A fragment the later quotation does not
    say word for word ("“calm” … “We need patience”") stays.

    Only a fragment in quotation marks told with a plain cue of saying
    (class "neutral": "said", "asked"). Rule `cue_keeps_its_object`
    (reader round s29 on the same page: the note read "called for: “I
    realise this will be shocking news ...”", its citation [8] giving none
    of its words): the words of a cue that asks, urges or asserts ("called
    for “calm at this time”") are what it governs, and stay, said again or
    not. Rule `unquoted_part_is_no_fragment` (CNN-Corpus dev 153: "parents,
    she says, are often shocked to learn ..." was shown as "are often
    shocked to learn ..."): a first part outside quotation marks is the
    head of the claim split by its cue, and stays."""
    parts = claim.content_parts
    if claim.cue_class != "neutral":
        return claim
    while len(parts) > 1 and parts[0].text.lstrip()[:1] in QUOTE_MARKS_OPENING:
        first = QUOTED_WORD.findall(parts[0].text.lower())
        later = " ".join(" ".join(QUOTED_WORD.findall(part.text.lower())) for part in parts[1:])
        at = claim.content.find(parts[1].text)
        if not first or f" {' '.join(first)} " not in f" {later} " or at < 0:
            break
        parts = parts[1:]
        claim = replace(claim, content=claim.content[at:], content_parts=parts if len(parts) > 1 else (),
                        content_span=Span(parts[0].start, parts[-1].end, claim.content_span.text[
                            parts[0].start - claim.content_span.start : parts[-1].end - claim.content_span.start]))
    return claim


# Rule `called_for_words_said_once`: a sentence of the quotation with at most this many words
# besides the called-for words it says again ("And I would call for" calm at this time)
REPEATING_SENTENCE_OTHER_WORDS = 6
# ... and none of them a negation ("But I cannot call for" calm at this time says more): the
# negators of negations.txt ("not", "never", "cannot"), a word in "n't", and the negative
# subjects and openers of claim_grammar.txt ("nobody", "no", "none")
REPEAT_NEGATIONS = word_set("negations", "negators") | grammar("negative_sources") | grammar("negative_openers")
WORD_WITH_ITS_CONTRACTION = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def _says_the_words_again(sentence: str, first: str) -> bool:
    """Rule `called_for_words_said_once`: the sentence ends on the
    called-for words `first` (its last words, as QUOTED_WORD reads them),
    with at most REPEATING_SENTENCE_OTHER_WORDS words before them and no
    negation among those ("And I would call for calm at this time.";
    not "But I cannot call for calm at this time.", "Calm at this time is
    not enough.", "There will be no calm at this time, he warned.")."""
    words, said = QUOTED_WORD.findall(sentence.lower()), first.split()
    if words[-len(said) :] != said or len(words) - len(said) > REPEATING_SENTENCE_OTHER_WORDS:
        return False
    before = WORD_WITH_ITS_CONTRACTION.findall(sentence.lower())[: -len(said)]
    return not any(word in REPEAT_NEGATIONS or word.endswith(("n't", "n\u2019t")) for word in before)


def without_sentence_said_again(claim: Claim, document: Document) -> Claim:
    """Rule `called_for_words_said_once` (thestkittsnevisobserver.com: the
    BVI governor "called for: “calm at this time” … “I realise this will be
    shocking news for people in the Territory. And I would call for calm at
    this time. The Honourable Deputy Premier ...”", the called-for words
    twice in one bullet): a cue that asks, urges or asserts keeps the quoted
    words it governs (`cue_keeps_its_object`); a sentence of the quotation
    after them that ends on those words again, in the same order, with at
    most REPEATING_SENTENCE_OTHER_WORDS words before them and no negation
    among those (`_says_the_words_again`), is left out of the quotation,
    the cut shown by " … " as between any two parts. A sentence that says
    more than the words again ("I know this is hard for every family here,
    and I call for calm at this time", "But I cannot call for calm at this
    time.", "Calm at this time is not enough.") stays, and so does a
    quotation that says the words in other order or not at all."""
    parts = claim.content_parts
    if claim.cue_class == "neutral" or len(parts) < 2 or parts[0].text.lstrip()[:1] not in QUOTE_MARKS_OPENING:
        return claim
    first = " ".join(QUOTED_WORD.findall(parts[0].text.lower()))
    if not first:
        return claim
    kept: list[Span] = [parts[0]]
    for part in parts[1:]:
        pieces: list[tuple[int, int]] = [(part.start, part.end)]
        for sentence in document.sentences:
            start, end = pieces[-1]
            # only a sentence inside the quotation, its marks opening before and closing after it
            if not start < sentence.start < sentence.end < end \
                    or not QUOTED_WORD.search(document.text[start:sentence.start]) \
                    or not QUOTED_WORD.search(document.text[sentence.end:end]) \
                    or not _says_the_words_again(sentence.text, first):
                continue
            pieces[-1:] = [(start, sentence.start), (sentence.end, end)]
        if len(pieces) == 1:
            kept.append(part)
            continue
        for start, end in pieces:
            while start < end and document.text[start].isspace():
                start += 1
            while end > start and document.text[end - 1].isspace():
                end -= 1
            kept.append(Span(start, end, document.text[start:end]))
    if len(kept) == len(parts):
        return claim
    return replace(claim, content=" \u2026 ".join(part.text for part in kept), content_parts=tuple(kept))


def _without_part_in_points(gathered: _GatheredClaim, shown: frozenset[tuple[int, int]],
                            documents: Sequence[Document]) -> _GatheredClaim:
    """Rule `point_part_not_repeated` (QA round 53, CNN 756: the key point
    "Each case is different, with this latest being the most extreme one
    that Reed said she had ever heard about." came again inside Ann Reed's
    bullet, "said: she had ever heard about … “I assume it will take many
    years ...”"): a claim of one telling whose content has several parts,
    the first within one sentence the note shows as a point, is listed
    from its second part: the reader has the first above. A claim whose
    only part is in a point is the point's (`claim_in_a_point_is_no_misfit`);
    one whose first part lies in no point stays whole."""
    claim = gathered.claim
    parts = claim.content_parts
    if len(gathered.members) != 1 or len(parts) < 2:
        return gathered
    source = gathered.members[0][0]
    starts = [sentence.start for sentence in documents[source].sentences]
    first = bisect_right(starts, parts[0].start) - 1
    at = claim.content.find(parts[1].text)
    if (source, first) not in shown or bisect_right(starts, parts[0].end - 1) - 1 != first or at < 0:
        return gathered
    rest = parts[1:]
    text = documents[source].text
    shorter = replace(claim, content=claim.content[at:], content_parts=rest if len(rest) > 1 else (),
                      content_span=Span(rest[0].start, rest[-1].end, text[rest[0].start : rest[-1].end]))
    return replace(gathered, claim=shorter, members=((source, _sentences_shown(starts, shorter)),))


def without_list_bullet(claim: Claim) -> Claim:
    """Rule `list_bullet_is_no_content` (session 11, corkbeo.ie: "The letter
    warned: - If the current trend continues ..."): the bullet of a list
    item that a colon's content runs into is layout, as the document's rule
    `bullet_is_no_text` has it for sentences; the content starts after it.
    A dash inside the content ("prices - and wages - rose") stays."""
    bullet = BULLET.match(claim.content)
    if bullet is None or claim.content_parts:
        return claim
    start = claim.content_span.start + bullet.end()
    return replace(claim, content=claim.content[bullet.end():],
                   content_span=Span(start, claim.content_span.end, claim.content_span.text[bullet.end():]))


def _misspelt_speakers_unresolved(document: Document, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """Rule `misspelt_speaker_is_unresolved` (brief s27, QA round 70 on
    CNN-Corpus dev 893: "Who said what" listed "Reiss" as a speaker of his
    own beside "Adam G. Riess", whom the article names in full before it
    misspells him): a speaker the summary's rule
    `unintroduced_surname_is_no_pick` finds (a surname written first as
    the person speaking, one slip from the surname of a person named in full
    before it) is no one the note can name, and whether the slip means that
    person the tool cannot tell; each claim of that speaker ("Reiss called
    ...", and '"...," he said.' resolved to him) is listed under "Speaker not
    resolved" in the words of its source. A surname written in full first
    ("Mr. Reiss, the lab's director, said ...") or far from any other name
    keeps its group."""
    misspelt = {c.speaker for c in claims if c.sentence in unintroduced_surnames(document, claims)
                and c.speaker is not None and " " not in c.speaker} if claims else set()
    if not misspelt:
        return claims
    return tuple(replace(c, speaker=None, speaker_kind="unresolved", role=None) if c.speaker in misspelt else c
                 for c in claims)


def _fragment_unresolved(claim: Claim) -> Claim:
    """Rule `fragment_speaker_is_unresolved`: a speaker the Mentioned list
    reads as no name of its own ("Syrian U.N.", cut from "Syrian U.N.
    Ambassador Bashar Ja'afari": mentions' rule `nationality_qualifies_a_body`)
    heads no group: the claim is listed under "Speaker not resolved" in
    the words of its source ("U.N."). A speaker its source writes out in
    full keeps its group (QA round 39: "..., Syrian TV reported." had an
    organisation group in the claims view but sat under "Speaker not
    resolved" in the brief; the two views group a speaker the same way):
    the article names the body so, and no title was cut to give it."""
    if claim.speaker is None or claim.speaker_kind not in NAMED_KINDS \
            or without_nationality(claim.speaker) == claim.speaker \
            or (claim.speaker_span is not None and " ".join(claim.speaker_span.text.split()) == claim.speaker):
        return claim
    return replace(claim, speaker=None, speaker_kind="unresolved", role=None)


# Rule `expletive_lead_as_written` (web test s12, jamaicaobserver: "No source
# given believed (hedged): the woman is of unsound mind" for "It is believed
# that the woman is of unsound mind"): an empty "it is / was / has been" right
# before the cue of a claim with no source.
EXPLETIVE_BEFORE_CUE = re.compile(r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+$")


def sourceless_claim_as_written(claim: Claim, document: Document) -> str | None:
    """The words of a claim with no source as the text wrote them, its cue
    in place, or None where the claim shows as cue and content.

    Rule `sourceless_claim_as_written` (QA round 35, 780: "No source given
    thought (hedged): The latest boat to sink to have been carrying up to
    500 people"): a cue that stands inside its content ("is thought to",
    "reportedly") is shown in place, under no cue of its own: "No source
    given (hedged): The latest boat to sink is thought to have been carrying
    up to 500 people". Not a shortened claim, whose shown words end in an
    ellipsis.

    Rule `expletive_lead_as_written`: a cue after an empty "It is" is shown
    from that "It" ("No source given (hedged): It is believed that the woman
    is of unsound mind"); not for a claim with a source as written, nor one
    whose content is in parts."""
    content, cue = claim.content_span, claim.cue_span
    if content.start <= cue.start and cue.end <= content.end:
        return None if claim.content.endswith(ELLIPSIS) else content.text
    if claim.speaker_span is not None or claim.content_parts or claim.content != content.text \
            or content.start < cue.end:
        return None
    sentence = document.sentences[claim.sentence]
    lead = EXPLETIVE_BEFORE_CUE.search(document.text[sentence.start : cue.start])
    return document.text[sentence.start + lead.start() : content.end] if lead else None


def shortened(claim: Claim, document: Document, limit: int = BRIEF_CLAIM_WORDS,
              scores: Sequence[float] | None = None) -> Claim:
    """Rule `long_claim_shortened`: the claim cut to whole sentences within
    `limit` words (its first sentence at least), with an ellipsis where
    sentences are left out, and the quotation mark that closes a quotation
    the cut falls in (rule `shown_quote_is_closed`); unchanged when it fits,
    is one sentence, or the cut would leave out fewer than MIN_WORDS_CUT
    words. The content stays verbatim in each run of sentences kept,
    joiners and all.

    Which sentences: the first (it opens the quotation, next to its
    speaker), then, with `scores` (the ranker's, one a sentence of
    `document`), rule `cut_keeps_the_central_sentences` (web tester s14,
    californiaglobe.com: a lawyer's quote over three paragraphs was cut
    before his forecast, "Amazon is going to have to take a step back now
    ...", the reason the article quotes him; QA round 42, nowgrenada.com:
    the Prime Minister's quote was cut before his request to Congresswoman
    Waters): the best-scored of the others that still fit, shown in their
    order with "…" between runs. Without `scores`, the sentences in order up
    to the first that does not fit."""
    parts = claim.content_parts or (claim.content_span,)
    if count_words(claim.content) <= limit:
        return claim
    starts = [s.start for s in document.sentences]
    # each part cut at the sentence ends inside it: (sentence, piece, where the piece is in the content)
    pieces: list[tuple[int, Span, int]] = []
    position = 0
    for part in parts:
        at = claim.content.find(part.text, position)
        if at < 0:
            return claim
        ends = [s.end for s in document.sentences if part.start < s.end < part.end]
        for begin, stop in zip([part.start, *ends], [*ends, part.end], strict=True):
            text = document.text[begin:stop]
            if text.strip():
                first = begin + len(text) - len(text.lstrip())
                pieces.append((bisect_right(starts, first) - 1, Span(begin, stop, text), at + begin - part.start))
        position = at + len(part.text)
    order = list(dict.fromkeys(number for number, _, _ in pieces))
    words = {n: sum(count_words(piece.text) for m, piece, _ in pieces if m == n) for n in order}
    kept, used = [order[0]], words[order[0]]
    if scores is None:
        for number in order[1:]:
            if used + words[number] > limit:
                break
            kept.append(number)
            used += words[number]
    else:
        # rule `cut_keeps_what_a_kept_sentence_leans_on` (web tester s16, twincities.com: '“This is the
        # second time I’m making history. … It is not the destination,” …' left out the milestone
        # "It" is): a sentence that opens by pointing back (rule `back_pointing_opener`) is kept only
        # with the sentences of the claim before it up to one that does not, or none is
        leans = {n: k > 0 and opens_by_pointing_back(next(p.text for m, p, _ in pieces if m == n).lstrip())
                 for k, n in enumerate(order)}
        for number in sorted(order[1:], key=lambda n: (-scores[n], n)):
            if number in kept:
                continue
            needed = [number]
            while leans[needed[-1]] and order[order.index(needed[-1]) - 1] not in kept:
                needed.append(order[order.index(needed[-1]) - 1])
            if used + sum(words[n] for n in needed) <= limit:
                kept.extend(needed)
                used += sum(words[n] for n in needed)
    if len(kept) == len(order) or sum(words.values()) - used < MIN_WORDS_CUT:
        return claim
    kept.sort(key=order.index)
    shown, previous_stop = "", 0
    for k, number in enumerate(kept):
        mine = [(piece, at) for m, piece, at in pieces if m == number]
        begin, stop = mine[0][1], mine[-1][1] + len(mine[-1][0].text)
        if k == 0:
            shown = claim.content[begin:stop]
        elif order.index(number) == order.index(kept[k - 1]) + 1:  # the next sentence: as written
            shown += claim.content[previous_stop:stop]
        else:
            shown = shown.rstrip().rstrip(QUOTE_JOINER) + QUOTE_JOINER + claim.content[begin:stop].lstrip()
        previous_stop = stop
    shown = shown.rstrip()
    if kept[-1] != order[-1]:
        # rule `shown_quote_is_closed` (QA round 33: "“... and business was booming. …" left its
        # quotation open), read as `open_quote_closed_where_shown` reads it, from the last mark, so a
        # quotation set over paragraphs is closed once (code review s19, wevolver.com: a cut after
        # '... printer itself,”' counted the mark the first paragraph leaves open and showed '…”')
        shown += ELLIPSIS + _left_open(shown)
    spans: list[Span] = []
    for number, piece, _ in pieces:
        if number not in kept:
            continue
        if spans and not document.text[spans[-1].end : piece.start].strip() and any(
                p.start <= spans[-1].start and piece.end <= p.end for p in parts):
            joined = Span(spans[-1].start, piece.end, document.text[spans[-1].start : piece.end])
            spans[-1] = joined
        else:
            spans.append(piece)
    # a piece's own leading and trailing spaces are no part of what is shown
    spans = [Span(p.start + len(p.text) - len(p.text.lstrip()), p.end - len(p.text) + len(p.text.rstrip()),
                  p.text.strip()) for p in spans]
    return replace(claim, content=shown,
                   content_span=Span(spans[0].start, spans[-1].end, document.text[spans[0].start : spans[-1].end]),
                   content_parts=tuple(spans) if len(spans) > 1 else ())


def _left_open(content: str) -> str:
    """Rule `open_quote_closed_where_shown`: the mark that closes the
    quotation a claim's content ends in, else ''. Read from the content's
    last double mark, not by counting: a quotation over paragraphs reopens
    each one ("\u201cA. \u201cB.\u201d" is closed), and pages mix straight
    and curly marks ('"We asked ... for us.\u201d'). A last mark that opens
    (curly, or straight before more words while the straight marks are
    odd) leaves the quotation open."""
    marks = [(at, c) for at, c in enumerate(content.rstrip()) if c in '"\u201c\u201d']
    if not marks:
        return ""
    at, mark = marks[-1]
    if mark == "\u201c":
        return CLOSING_QUOTE["\u201c"]
    if mark == '"' and at < len(content.rstrip()) - 1 and content.count('"') % 2:
        return CLOSING_QUOTE['"']
    return ""


def _sentences_spanned(starts: Sequence[int], claim: Claim) -> tuple[int, ...]:
    """The sentences from the cue's to the last one the claim's content
    reaches (found by offset: linear in the claims, logarithmic in the text)."""
    last = max(claim.sentence, bisect_right(starts, claim.content_span.end - 1) - 1)
    first = min(claim.sentence, max(0, bisect_right(starts, claim.content_span.start) - 1))
    return tuple(range(first, last + 1))


def _sentences_shown(starts: Sequence[int], claim: Claim) -> tuple[int, ...]:
    """Rule `cut_quote_cites_what_it_shows` (session 12, twincities.com: a
    quotation over three sentences, cut to its first, cited all three:
    '“This is the second time I’m making history. …” [4][5][6]'): the
    sentences the claim's content as shown reaches, each part's, and the
    cue's sentence when it adjoins them (it names the speaker); not the
    sentences the cut left out, nor a cue's sentence past them."""
    sentences: set[int] = set()
    for part in claim.content_parts or (claim.content_span,):
        first = max(0, bisect_right(starts, part.start) - 1)
        sentences.update(range(first, max(first, bisect_right(starts, part.end - 1) - 1) + 1))
    if not sentences or min(sentences) - 1 <= claim.sentence <= max(sentences) + 1:
        sentences.add(claim.sentence)
    return tuple(sorted(sentences))


def _full_names(per_source: Sequence[Sequence[Claim]], mentioned_people: Sequence[str] = (),
                titles: Sequence[str] = ()) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Surname -> the full names of people that end with it, and first
    word -> the full names that open with it: the speakers' names, and the
    people mentioned when no speaker's name fits.

    Rule `titled_namesake_is_the_surname_alone` (CNN-Corpus dev 217: the
    heading "Knight" beside "Deborah Knight" and "Barbara Knight", under
    the title "Michelle Knight: ..."): when a surname fits several people,
    and all but one of them speak under their full names while that one,
    who never does, is named in an article's title, the surname alone is
    that person: the speaker index kept it apart from the relatives who
    speak, and news titles name the person the text then calls by the
    surname. With two such people, or none in a title, it stays."""
    # each speaker's name once, in the order of the claims (a name repeats once per claim), and
    # indexed once by surname and by first word: no scan of every claim per name (session 12
    # review: quadratic on a long multi-source note)
    speakers = list(dict.fromkeys(claim.speaker for claims in per_source for claim in claims
                                  if claim.speaker_kind == "person" and claim.speaker
                                  and len(claim.speaker.split()) > 1))
    speakers_by_surname: dict[str, list[str]] = {}
    speakers_by_first_word: dict[str, list[str]] = {}
    for speaker in speakers:
        speakers_by_surname.setdefault(speaker.split()[-1], []).append(speaker)
        speakers_by_first_word.setdefault(speaker.split()[0], []).append(speaker)
    by_surname: dict[str, list[str]] = {}
    by_first_word: dict[str, list[str]] = {}
    for names, mentioned in ((speakers, False), (mentioned_people, True)):
        for name in names:
            words = name.split()
            for key, index, speakers_by in ((words[-1], by_surname, speakers_by_surname),
                                            (words[0], by_first_word, speakers_by_first_word)):
                fitting = speakers_by.get(key, [])
                # Rule `shared_surname_folds_into_no_one` (session 12: "Trump" said ... was listed
                # under "Ivanka Trump", the one speaker of that surname, while Donald Trump was
                # mentioned too): a mentioned person whose other name differs from every speaker's
                # that fits is someone else of that name, and the one-word speaker stays as written
                if mentioned and fitting and all(_same_person(name, fit) for fit in fitting):
                    continue  # a speaker's name fits already, and it is this person's
                fits = index.setdefault(key, [])
                if name not in fits:
                    fits.append(name)
    for surname, fits in by_surname.items():
        silent = [fit for fit in fits if fit not in speakers]
        if len(fits) > 1 and len(silent) == 1 and any(_names_in(silent[0], title) for title in titles):
            by_surname[surname] = silent
    return by_surname, by_first_word


def _names_in(name: str, title: str) -> bool:
    """Whether `title` writes `name` as a whole name."""
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", title) is not None


def _same_person(mentioned: str, speaker: str) -> bool:
    """Two full names of one person as far as the note can tell: the same
    first and last words ("Paul D. Ryan" and "Paul Ryan"), or one name's
    words running inside the other's."""
    a, b = mentioned.split(), speaker.split()
    return (a[0] == b[0] and a[-1] == b[-1]) or set(a) <= set(b) or set(b) <= set(a)


def _fullest_name(claim: Claim, full_names: tuple[Mapping[str, list[str]], Mapping[str, list[str]]]) -> str | None:
    """"Stoltenberg" in one source is "Jens Stoltenberg" of another when
    the surname fits only him. Rule `first_name_folds_into_full_name` (as in
    the Mentioned list; session 6: "Ban" had a heading apart from "Ban
    Ki-moon", whose family name comes first): failing any surname, a
    one-word speaker that opens exactly one full name is that person."""
    speaker = claim.speaker
    by_surname, by_first_word = full_names
    if claim.speaker_kind == "person" and speaker and len(speaker.split()) == 1:
        fits = by_surname.get(speaker) or by_first_word.get(speaker, [])
        if len(fits) == 1:
            return fits[0]
    return speaker


def _told_in_one_sentence(claim: _GatheredClaim) -> list[tuple[int, int]]:
    """(source, sentence) of each telling of `claim` that lies in one sentence
    (rule `introduction_told_as_a_claim`)."""
    return [(source, sentences[0]) for source, sentences in claim.members if len(sentences) == 1]


def _sentences_claims_repeat(
    claims: Sequence[_GatheredClaim], stems: Sequence[Sequence[frozenset[str]]], documents: Sequence[Document]
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """(source, sentence) of every sentence that a listed claim repeats, and
    of those that a named speaker's plain (unhedged) claim repeats. A claim's
    sentence is read without a fronted speech occasion (rule
    `speech_occasion_is_no_more_than_the_claim`)."""
    repeated: set[tuple[int, int]] = set()
    attributed: set[tuple[int, int]] = set()
    for claim in claims:
        named = bool(claim.speaker) and claim.claim.speaker_kind in NAMED_KINDS and not claim.claim.hedged
        for source, sentences in claim.members:
            for sentence in sentences:
                text = documents[source].sentences[sentence].text
                told = without_speech_occasion(text)
                sentence_stems = stems[source][sentence] if told == text else _stems(told)
                if repeats_a_claim(sentence_stems, claim.said):
                    repeated.add((source, sentence))
                    if named:
                        attributed.add((source, sentence))
    return repeated, attributed


def _hedged_claims_sentences(in_points: Sequence[_GatheredClaim],
                             documents: Sequence[Document]) -> frozenset[tuple[int, int]]:
    """The (source, sentence) pairs that tell a hedged claim given as a
    point, one the note could list (`content_stands_alone`: a junk claim's
    hedge, "we could observe: but our dev team had to ...", marks nothing)."""
    return frozenset((source, i) for g in in_points if g.claim.hedged
                     and content_stands_alone(g.claim, documents[g.members[0][0]].text)
                     for source, sentences in g.members for i in sentences)


def _with_its_hedge(point: Point | None, candidate: _Candidate,
                    hedged_sentences: frozenset[tuple[int, int]]) -> Point | None:
    """Rule `point_shows_its_claims_hedge` (session 19, the demo note: Kuleba's
    hedged claim "signaled that aid ... could arrive promptly" was given only
    as key point [9], so nothing told the reader it was hedged, while a hedged
    claim listed goes under "Hedged or unconfirmed"): a point whose sentence
    tells a hedged claim given as a point (`claim_given_as_point`) is marked
    hedged, as the claim would be. A point whose claims are firm is not."""
    if point is None or not any(member in hedged_sentences for member in candidate.members):
        return point
    return replace(point, hedged=True)


def _given_as_point(claim: _GatheredClaim, picked: Sequence[_Candidate]) -> bool:
    """Rule `claim_given_as_point`: every sentence of one telling of the
    claim is the sentence of the bottom line or of a key point. Fixed in
    session 8 (it asked this of every telling): on a Daily Mail page the
    claim "call on: the Prime Minister not to 'trade away our children's
    futures' [3][6]" was listed under its speaker while sentence 3, which
    tells it, was a key point; the note gave that sentence twice."""
    given = {member for candidate in picked for member in candidate.members}
    return any(all((source, i) in given for i in sentences) for source, sentences in claim.members)


# Rule `answer_beside_the_allegation`: at most this many answers join a note past its words.
MAX_ANSWERS = 2
# ... a claim and the answer its cue gives share at least this many content stems, and at least
# this share of the fewer (the matter answered: "Kerri Kasem is a Scientologist" and "Kerri Kasem
# has ever been a Scientologist")
ANSWER_SHARED_STEMS = 2
ANSWER_SHARE = 0.5
# a run of capitalised words, "of" inside it: the names a source as written or a role holds
PARTY_NAME = re.compile(r"[A-Z][\w.&\u2019'-]*(?:\s+(?:of\s+)?[A-Z][\w.&\u2019'-]*)*")


@cache
def _answer_cues() -> frozenset[str]:
    return frozenset(stem(word) for word in load_word_set("answer_cues"))


def answers(claim: Claim) -> bool:
    """Rule `answer_beside_the_allegation`: the claim's cue answers what
    someone said (answer_cues.txt): "denied", "responded", "disputes"."""
    return any(stem(word) in _answer_cues() for word in WORD.findall(claim.cue_text.lower()))


def party_names(claim: Claim, speaker: str | None = None) -> frozenset[str]:
    """The names a speaker's side goes by: the speaker's name, the source
    as written when it is a name ("The MTA said" of the Metropolitan
    Transportation Authority) and the names the role holds ("MTA
    spokeswoman", "an attorney for Jean Kasem")."""
    names = {name for name in (speaker, claim.speaker) if name}
    written = claim.speaker_span.text if claim.speaker_span else ""
    for text in (written, claim.role or ""):
        names.update(without_possessive(LEADING_THE.sub("", run.group())) for run in PARTY_NAME.finditer(text))
    # a place is where a side is, not the side: "Wellington" of a district commander's role, "U.S."
    # of "successive U.S. administrations"
    return frozenset(name for name in names if len(name) > 1 and name.lower() not in stop_words()
                     and name.lower() not in places())


def _names_one_of(text: str, names: Collection[str]) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) for name in names)


def place_stems(text: str) -> frozenset[str]:
    """Rule `place_is_no_matter_in_common` (a denial by Netanyahu that
    rockets were fired "across the border from Gaza" was listed as the
    answer to Obama's claim that Netanyahu had sent troops "to the Gaza
    border": the two shared only where): the stems of the places `text`
    names (places.txt: "Gaza", "Gaza Strip", "U.S."), and, when it names
    one, of the words that say where at it (place_words.txt place_parts:
    "border", "frontier"). Two claims that share these share a place, not
    a matter; an answer needs a word of the matter in common."""
    named: list[str] = []
    for run in PARTY_NAME.finditer(text):
        name = without_possessive(LEADING_THE.sub("", run.group()))
        named += [name] if name.lower() in places() else [w for w in name.split() if w.lower() in places()]
    if not named:
        return frozenset()
    parts = {w for w in WORD.findall(text) if w.lower() in word_set("place_words", "place_parts")}
    return _stems(" ".join([*named, *parts]))


def _matter_in_common(one: _GatheredClaim, other: _GatheredClaim) -> frozenset[str]:
    """The content stems two claims share, less the places they share
    (rule `place_is_no_matter_in_common`)."""
    return (one.stems & other.stems) - place_stems(one.claim.content) - place_stems(other.claim.content)


def _same_matter(one: _GatheredClaim, other: _GatheredClaim) -> bool:
    shared = len(_matter_in_common(one, other))
    return shared >= ANSWER_SHARED_STEMS and shared >= ANSWER_SHARE * min(len(one.stems), len(other.stems))


def _answer_to(allegation: _GatheredClaim, candidates: Sequence[_GatheredClaim],
               shown: Sequence[_GatheredClaim]) -> _GatheredClaim | None:
    """What answers a shown claim in its article: a claim with an answering
    cue on the same matter said after it (or, when the shown claim is the
    answer, the claim it answers, said before it), else the first claim of
    a named side the shown claim speaks of ("... safety enhancement of MTA
    operations," Szabo wrote) when the shown claim's speaker is named and no
    claim of that side is shown."""
    source, at = allegation.members[0][0], allegation.claim.sentence
    others = [g for g in candidates if g.members[0][0] == source and g.speaker and g.speaker != allegation.speaker]
    by_cue = [g for g in others if _same_matter(g, allegation) and (
        (answers(g.claim) and g.claim.sentence > at) or (answers(allegation.claim) and g.claim.sentence < at))]
    if by_cue:
        # the one on most of the matter: "Kerri Kasem is a Scientologist" for the denial that she
        # ever was one, not the claim before it that she owes money
        return max(by_cue, key=lambda g: len(_matter_in_common(g, allegation)))
    if allegation.claim.speaker_kind not in NAMED_KINDS:
        return None  # (a side is answered to a named accuser: "officials in both countries" say what is known)
    own = party_names(allegation.claim, allegation.speaker)
    heard = [party_names(g.claim, g.speaker) for g in shown if g.speaker]
    for g in others:
        side = party_names(g.claim, g.speaker) - own
        if g.claim.speaker_kind in NAMED_KINDS and _names_one_of(allegation.claim.content, side) \
                and not any(side & names for names in heard) and _on_the_matter(g, allegation, own | side):
            return g
    return None


def _on_the_matter(answer: _GatheredClaim, allegation: _GatheredClaim, names: Collection[str]) -> bool:
    """Whether a named side's claim answers a claim that names the side: it
    speaks of what the claim says, a content word shared beyond the sides'
    names, and (rule `answer_shares_the_matter`, brief s29) its cue answers
    ("denied", "responded") or it shares a second content word (the
    MTA's "safety culture of the authority" beside "oversight authority to
    provide additional safety enhancement of MTA operations"). A claim that
    only names a side is no allegation ("Obama said he had discussed trade
    ... with Netanyahu" is not answered by "Netanyahu said his wife would
    visit a hospital"), and one word in common is no matter in common
    ("Netanyahu said security at the hospital would be tight" answers
    nothing of "trade and security"; a cue alone neither: "Houthis rejected
    the power transfer" beside a claim on what they believe)."""
    shared = _matter_in_common(answer, allegation)
    beyond_names = shared - _stems(" ".join(names))
    return bool(beyond_names) and (answers(answer.claim) or len(shared) >= ANSWER_SHARED_STEMS)


def _answers_beside_allegations(claims: Sequence[_GatheredClaim], standing: Sequence[_GatheredClaim],
                                in_points: Sequence[_GatheredClaim], picked: Sequence[_Candidate]
                                ) -> tuple[list[_GatheredClaim], list[tuple[_GatheredClaim, _GatheredClaim]]]:
    """Rule `answer_beside_the_allegation` (readers of the CNN-Corpus
    briefs, cnn444, cnn644: in a dispute the note showed one side's claims
    and left the other's answer to "more claims"): for each claim the note
    shows, listed or given as a point, the claim of the article that answers
    it (`_answer_to`) is listed too, past the note's words, at most
    MAX_ANSWERS of them; with it, each answer and the claim it answers."""
    shown = [*claims, *(g for g in in_points if _given_as_point(g, picked))]
    pairs: list[tuple[_GatheredClaim, _GatheredClaim]] = []
    for allegation in shown:
        if len(pairs) == MAX_ANSWERS:
            break
        added = [answer for answer, _ in pairs]
        answer = _answer_to(allegation, [g for g in standing if g not in claims and g not in added],
                            [*shown, *added])
        if answer is not None:
            pairs.append((answer, allegation))
    return [*claims, *(answer for answer, _ in pairs)], pairs


def _room_for_answers(before: Sequence[_GatheredClaim], claims: list[_GatheredClaim],
                      pairs: Sequence[tuple[_GatheredClaim, _GatheredClaim]], picked: Sequence[_Candidate],
                      ranks: Sequence[Sequence[int]], budget: float) -> list[_GatheredClaim]:
    """Rule `answer_beside_the_allegation`: the answers take the words of the
    claims ranked lowest (neither an answer nor a claim answered), so the
    note keeps within the words it had: half the words in, or what a short
    note listed past that before them."""
    points = sum(candidate.size for candidate in picked)
    limit = max(budget, points + sum(g.words for g in before))
    used = points + sum(g.words for g in claims)
    kept = {id(g) for pair in pairs for g in pair}
    for lowest in sorted((g for g in claims if id(g) not in kept),
                         key=lambda g: -ranks[g.members[0][0]][g.claim.sentence]):
        if used <= limit:
            break
        claims = [g for g in claims if g is not lowest]
        used -= lowest.words
    return claims


def _answers_beside(groups: tuple[SpeakerGroup, ...],
                    pairs: Sequence[tuple[BriefClaim | None, BriefClaim | None]]) -> tuple[SpeakerGroup, ...]:
    """Rule `answer_beside_the_allegation`: the named speaker's group that
    holds an answer the rule listed comes right after the named group that
    holds the claim it answers ("Jean Kasem alleges" under "Danny Deraney
    denies"), not down the list by its count of claims."""
    order = list(groups)
    for answer, allegation in pairs:
        at = next((n for n, g in enumerate(order) if g.named and allegation in g.claims), None)
        moved = next((n for n, g in enumerate(order) if g.named and answer in g.claims), None)
        if at is None or moved is None or moved == at:
            continue
        group = order.pop(moved)
        order.insert(at + 1 if moved > at else at, group)
    return tuple(order)


def _rank_positions(scores: Sequence[float]) -> list[int]:
    """Each sentence's place in its ranker's order (0 for the best)."""
    positions = [0] * len(scores)
    for place, index in enumerate(best_first(scores)):
        positions[index] = place
    return positions


def _carries_news(claim: _GatheredClaim) -> bool:
    """Rule `claim_above_a_key_point_first` (stluciatimes.com: a 185-word
    page's note kept "As a result of Fahie's arrest, Wheatley will function
    as Acting Premier" and "urged: calm and patience", and left out what
    the DEA complaint charged, Reuters' report and the page's sentence
    ranked third): after the best key point, a claim ranked above a later
    key point of `note_has_key_points` goes in before it, by the ranking
    that orders everything after them, when it can carry the news in the
    key point's place: said by a named person or body, firm (not hedged),
    no question ("a reporter asked: “What do you see ...?”" asks, and tells
    nothing), and shown whole. The claims ranked above the key point go in
    by rank up to the first that cannot (CNN-Corpus dev 801: Superintendent
    Hoyle's plan to arrest the envoy, ranked seventh, went in before "Ismail,
    38, faces charges of burglary and assault ...", ranked fourth, told
    "according to officials" and so no named claim, and took its words).
    The best key point still goes in first."""
    return claim.claim.speaker_kind in NAMED_KINDS and bool(claim.speaker) and not claim.claim.hedged \
        and claim.whole is None and not QUESTION_END.search(claim.claim.content)


def _within_half_words_in(
    picked: list[_Candidate], claims: list[_GatheredClaim], ranks: Sequence[Sequence[int]], budget: float,
    quote: int | None = None, shorter: Callable[[_GatheredClaim, int], _GatheredClaim | None] | None = None,
    starts: Sequence[Sequence[int]] = (), other_quotes: Sequence[int] = (), stretch: float = 0.0,
    voices: bool = True,
) -> tuple[list[_Candidate], list[_GatheredClaim]]:
    """Rule `words_out_within_half_words_in`: the bottom line, then key
    points and claims by the rank of their best sentence (key points first
    among equals), each taken while the note stays within `budget` words
    (WORDS_OUT_SHARE of the words in, at most MAX_WORDS_OUT_PER_SOURCE a
    source: rule `short_note`). Rule `note_has_a_quote`: claim `quote` (the
    best whole quotation) goes in right after the MIN_KEY_POINTS best key
    points; when it does not fit whole, the best of `other_quotes` (the
    other quotations, best ranked first) that fits whole and was not cut
    for length takes its place (rule `whole_quote_before_a_cut_one`,
    session 11), and failing any, it is cut by `shorter` to the words left
    (rule `short_note_shows_its_quote_whole`: unless it is shown whole within
    `stretch` words past `budget`, what a short note may take past half its
    words in). With `voices`, rule `named_voice_before_a_lesser_claim` (`_named_voices_heard`) ends the choice.
    Rule `spare_words_show_a_claim_whole`: then, with the sentence starts of
    each source (`starts`), a claim cut for length is shown whole while the
    note stays within `budget`. Returns the points and claims kept, in their
    order (what each source leaves out is counted by the caller: rule
    `more_claims_counts_honestly`)."""
    if not picked:
        return picked, []
    claims = list(claims)
    used = picked[0].size
    # rule `surname_needs_its_introduction`: an introduction ranks with the points that need it
    # (it is picked just before them, so it goes in first), and a point whose introduction is
    # left out goes too
    needing: dict[tuple[int, int], list[int]] = {}
    for c in picked:
        if c.introduced_by is not None:
            needing.setdefault(c.introduced_by, []).extend(ranks[s][i] for s, i in c.members)
    ranked: list[tuple[int, int, int]] = [
        (min([*(ranks[s][i] for s, i in c.members), *(r for m in c.members for r in needing.get(m, ()))]), 0, k)
        for k, c in enumerate(picked[1:], start=1)]
    ranked += [(min(ranks[s][i] for s, sentences in c.members for i in sentences), 1, k)
               for k, c in enumerate(claims)]
    kept_points: set[int] = {0}
    kept_claims: set[int] = set()
    # Rule `note_has_key_points`: the best MIN_KEY_POINTS key points go in before the claims.
    for n, (rank, _, k) in enumerate(sorted(item for item in ranked if not item[1])[:MIN_KEY_POINTS]):
        if n:
            # rule `claim_above_a_key_point_first`, in rank order: the first claim that cannot
            # carry the news ends it, so that no claim ranked below it goes in before it
            for above, is_claim, j in sorted(ranked):
                if not is_claim or above >= rank or j in kept_claims:
                    continue
                if not _carries_news(claims[j]):
                    break
                if used + claims[j].words <= budget:
                    used += claims[j].words
                    kept_claims.add(j)
        if used + picked[k].size <= budget:
            used += picked[k].size
            kept_points.add(k)
    if len(ranks) > 1:
        # rule `each_source_has_a_key_point`: then, in a note over several sources, the best key
        # point of each source that has none yet (the one `_give_each_source_a_point` may have
        # given it ranks low in its source, and would else make way for the others' claims)
        for _, _, k in sorted(item for item in ranked if not item[1]):
            served = {source for j in kept_points if j for source, _ in picked[j].members}
            if {source for source, _ in picked[k].members} - served and used + picked[k].size <= budget:
                used += picked[k].size
                kept_points.add(k)
    if quote is not None:
        # Rule `quote_before_a_lower_key_point` (session 11, bahamaslocal.com: a 183-word page's
        # note showed its second-best key point and no quotation, though the volunteer
        # coordinator's whole quote ranked above that point and two of her quotes were on the page):
        # when the quotation does not fit after the MIN_KEY_POINTS key points, a key point ranked
        # below its sentence makes way for it, the worst first, as far as that makes room
        quote_rank = min(ranks[s][i] for s, sentences in claims[quote].members for i in sentences)
        lower = sorted(((rank, k) for rank, is_claim, k in ranked
                        if not is_claim and k in kept_points and rank > quote_rank), reverse=True)
        freed = [k for at, (_, k) in enumerate(lower)
                 if claims[quote].words > budget - used + sum(picked[j].size for _, j in lower[:at])]
        if claims[quote].whole is None and claims[quote].words <= budget - used + sum(picked[k].size for k in freed):
            kept_points.difference_update(freed)
            used -= sum(picked[k].size for k in freed)
        room = int(budget - used)
        if claims[quote].words > room or claims[quote].whole is not None:
            # Rule `whole_quote_before_a_cut_one`: a quotation shown whole, though ranked lower,
            # reads better than the best one without its end
            quote = next((k for k in other_quotes if claims[k].whole is None and claims[k].words <= room), quote)
        if room < claims[quote].words <= room + stretch and claims[quote].whole is None:
            # Rule `short_note_shows_its_quote_whole` (web tester s16, twincities.com: a 174-word
            # page's note cut Nadia Mohamed's quote to '“This is the second time I’m making
            # history. …”', leaving out "this is just a milestone. It is not the destination"):
            # a short note shows its quotation whole past half its words in, as
            # `short_note_lists_a_claim` lists a claim, rather than without its point
            room = claims[quote].words
        whole_quote = claims[quote].whole
        if whole_quote is not None and starts and len(claims[quote].members) == 1 \
                and room < count_words(whole_quote.content) <= min(room + stretch, MAX_WHOLE_CLAIM_WORDS):
            # ... and so does it a quotation cut for length before it came to the note (QA s17,
            # nowgrenada.com: a 335-word page's note showed Keith Mitchell's quote cut in the middle,
            # 46 of its 66 words, with two key points: the quotation of the page's main speaker)
            claims[quote] = _showing(replace(claims[quote], whole=None), whole_quote,
                                     starts[claims[quote].members[0][0]])
            room = claims[quote].words
        fitted = claims[quote] if claims[quote].words <= room else shorter(claims[quote], room) if shorter else None
        if fitted is not None and fitted.words <= room:
            claims[quote] = fitted
            used += fitted.words
            kept_claims.add(quote)
    for _, is_claim, k in sorted(ranked):
        if (not is_claim and k in kept_points) or (is_claim and k in kept_claims):
            continue
        size = claims[k].words if is_claim else picked[k].size
        if used + size > budget:
            continue
        used += size
        (kept_claims if is_claim else kept_points).add(k)
    for _, is_claim, k in sorted(ranked):
        whole = claims[k].whole if is_claim and k in kept_claims and starts else None
        if whole is not None and len(claims[k].members) == 1 and used + count_words(whole.content) - claims[k].words \
                <= budget:
            # Rule `spare_words_show_a_claim_whole` (QA round 34: Tim Lee's '"Long term ... depend on
            # that," Lee said. "Because this is a one-time increase, we know that inflation will
            # continue to affect retirees ..."' showed the first quotation only; the second, the
            # point, was cut while the note had words to spare): once every point and claim is
            # chosen, a claim cut for length is shown whole, best ranked first, while the note stays
            # within its words; no point or claim makes way for it
            used += count_words(whole.content) - claims[k].words
            claims[k] = _showing(replace(claims[k], whole=None), whole, starts[claims[k].members[0][0]])
    if starts:
        used = _cut_claims_whole_or_left_out(picked, claims, ranked, kept_points, kept_claims, used, budget, quote,
                                             starts)
        if voices:
            used = _named_voices_heard(claims, ranked, kept_claims, used, budget, quote, starts)
    shown = {m for k in kept_points for m in picked[k].members}
    kept_points = {k for k in kept_points if picked[k].introduced_by in (None, *shown)}
    return ([c for k, c in enumerate(picked) if k in kept_points],
            [c for k, c in enumerate(claims) if k in kept_claims])


# a content that ends on a question ("“Did you get it from a tick?”"): a question asked, no claim made
QUESTION_END = re.compile(r"\?[\s\"'\u201d\u2019)\]]*$")


def _named_voices_heard(claims: list[_GatheredClaim], ranked: Sequence[tuple[int, int, int]],
                        kept_claims: set[int], used: int, budget: float, quote: int | None,
                        starts: Sequence[Sequence[int]] = ()) -> int:
    """Rule `named_voice_before_a_lesser_claim` (brief s21, QA round 57:
    CNN-Corpus dev 643 left the ban's defender Brian Brown's only quotation
    in "more claims" while it listed the National Organization for Marriage
    twice and Marty Rouse four times; 625 left out the acting inspector
    general's and the TSA spokesman's quotations while it listed "TSA
    workers at one airport reported ..."): a named speaker whom the note
    does not quote gets his best whole quotation (`_quotes_a_name`, not
    hedged, not a question: `QUESTION_END`, of NAMED_VOICE_WORDS words or
    more), best ranked first, shown whole (one cut for length only when
    its source is one and it has at most MAX_WHOLE_CLAIM_WORDS words), in
    the place of lesser claims, worst ranked first: a claim of no named
    speaker ranked below it or at most NAMED_VOICE_RANKS places above
    (about as well: the ranker's order among them is no reader's), or a
    named speaker's further claim ranked below it while he keeps another (a
    quotation only while he keeps another quotation). Rule
    `second_voice_before_a_third_claim` (QA round 60, 722: Netanyahu shown
    five times and the Palestinian reply, Hanan Ashrawi's quotation, in
    "more claims"): a speaker shown more than ONE_VOICE_KEEPS times gives
    his worst-ranked further claims whatever their ranks, so that a second
    named voice is heard; he keeps ONE_VOICE_KEEPS.
    After `cut_claim_whole_or_left_out`, so that a quotation it left out
    for words can come back whole. It goes in only when
    it then fits whole in the note's words, and only lesser claims give
    way: no quotation is cut, and no named speaker loses his voice or his
    quotation (the first try, `left_out_claim_frees_its_words`, showed a
    quote cut short). `claims` and `kept_claims` change in place; returns
    the words used."""
    rank_of = {k: rank for rank, is_claim, k in ranked if is_claim}

    def named(k: int) -> bool:
        return claims[k].claim.speaker_kind in NAMED_KINDS and bool(claims[k].speaker)

    for k in sorted((k for k in range(len(claims)) if k not in kept_claims), key=lambda k: rank_of[k]):
        candidate = claims[k]
        if not _quotes_a_name(candidate) or candidate.claim.hedged \
                or candidate.words < NAMED_VOICE_WORDS or QUESTION_END.search(candidate.claim.content):
            continue
        voices = Counter(claims[j].speaker for j in kept_claims if named(j))
        if voices[candidate.speaker]:
            continue
        whole = candidate.whole
        if whole is not None and (len(candidate.members) > 1 or not starts
                                  or count_words(whole.content) > MAX_WHOLE_CLAIM_WORDS):
            continue
        size = count_words(whole.content) if whole is not None else candidate.words
        quoted = Counter(claims[j].speaker for j in kept_claims if named(j) and _quotes_a_name(claims[j]))
        room, giving = budget - used, []
        topic_or_fragment = {j: tells_only_a_topic_or_a_fragment(claims[j].claim) for j in kept_claims - {quote}}
        # a topic or a fragment gives way first (`topic_or_fragment_gives_way`), then worst ranked first
        for j in sorted(kept_claims - {quote}, key=lambda j: (not topic_or_fragment[j], -rank_of[j])):
            if room >= size:
                break
            speaker = claims[j].speaker
            if topic_or_fragment[j]:
                pass  # rule `topic_or_fragment_gives_way`: whatever its rank and speaker
            elif rank_of[j] < rank_of[k] - (0 if named(j) else NAMED_VOICE_RANKS) \
                    and not (named(j) and voices[speaker] > ONE_VOICE_KEEPS):
                continue  # (ranked below; a claim of no named speaker also when ranked about as well;
                # rule `second_voice_before_a_third_claim`: whatever its rank, a claim of a speaker shown
                # more than ONE_VOICE_KEEPS times)
            elif named(j):
                quotes = _quotes_a_name(claims[j])
                if voices[speaker] < 2 or (quotes and quoted[speaker] < 2):
                    continue
            if named(j):
                voices[speaker] -= 1
                quoted[speaker] -= _quotes_a_name(claims[j])
            giving.append(j)
            room += claims[j].words
        if room < size:
            continue
        if whole is not None:
            claims[k] = _showing(replace(candidate, whole=None), whole, starts[candidate.members[0][0]])
        kept_claims.difference_update(giving)
        kept_claims.add(k)
        used += size - sum(claims[j].words for j in giving)
    return used


# Rule `topic_or_fragment_gives_way`: a content of fewer words than this tells nothing ("that's")
MIN_TELLING_WORDS = 2
# ... and a quotation, which opens on one of these marks, tells what it quotes
QUOTE_MARKS_OPENING = "\"'\u201c\u2018"


def tells_only_a_topic_or_a_fragment(claim: Claim) -> bool:
    """Rule `topic_or_fragment_gives_way` (QA round 60, 425: the lead voice
    Dellinger's quotation was left in "more claims" while the note showed
    "CNN *reporting*: on delays in care ...", "Shinseki *has not publicly
    spoken about*: the issue" and Draper's "*said*: that's"): a claim
    whose cue ends on a preposition of topic or whose content opens on one
    (claim_grammar.txt `topic_prepositions`: "on", "about") gives the topic
    of the speech, not what was said; one whose content has fewer than
    MIN_TELLING_WORDS words is a fragment. Such a claim gives way to a
    named voice whatever its rank (`named_voice_before_a_lesser_claim`).
    "She said: on Monday the plant will close" opens on a time, not a
    topic, and a quotation ('"On we go," he said') stays."""
    content = claim.content.strip()
    if content[:1] in QUOTE_MARKS_OPENING:
        return False
    topics = grammar("topic_prepositions")
    cue_words, content_words = claim.cue.lower().split(), content.split()
    opens_on_a_topic = bool(content_words) and content_words[0].lower() in topics and not (
        len(content_words) > 1 and content_words[1].lower().strip(",") in TIME_WORDS)
    return (bool(cue_words) and cue_words[-1] in topics) or opens_on_a_topic \
        or count_words(content) < MIN_TELLING_WORDS


def _claim_past_half_words_in(
    picked: Sequence[_Candidate], claims: Sequence[_GatheredClaim], ranks: Sequence[Sequence[int]], limit: float,
) -> list[_GatheredClaim]:
    """Rule `short_note_lists_a_claim` (web tester s16, viconsortium.com: a
    300-word page's note of 141 words listed none of the six claims found,
    its bottom line and four key points having taken half the words in;
    the gleaner's 118-word crash story lost the police's account, its only
    claim, the same way): a note that lists no claim lists the best-ranked
    one a reader can trust as shown, past WORDS_OUT_SHARE of its words in
    while the note stays within `limit` words. No point makes way for it
    (session 16: a rule that gave claims the words of the lowest key
    points moved points the note keeps in place). The claim names whom the
    tagger resolved and is not hedged; failing one, a hedged claim, listed
    under "Hedged or unconfirmed" as any hedged claim is (jamaicaobserver.com:
    "It is believed that the woman is of unsound mind" beside "2 are left
    out to keep this note short" under a 90-word note); never one whose
    speaker is kept as written for want of whom it means. It is shown
    whole (a cut quote without its end is worse than none: rule
    `cut_claim_whole_or_left_out`) and needs no sentence the note does not
    cite (rule `unresolved_source_needs_its_antecedent`). Returns the claim
    listed, or none."""
    used = sum(candidate.size for candidate in picked)
    by_rank = sorted(claims, key=lambda c: (c.claim.hedged, min(ranks[s][i] for s, told in c.members for i in told)))
    for claim in by_rank:
        no_source = claim.claim.source_as_written is None
        kept_as_written = _unresolved(claim.claim) and not no_source
        if kept_as_written or (no_source and not claim.claim.hedged) or claim.whole is not None \
                or used + claim.words > limit:
            continue
        if _without_leaning_sources(picked, [claim]):
            return [claim]
    return []


def _short_note_lists_every_claim(
    picked: Sequence[_Candidate], claims: Sequence[_GatheredClaim], standing: Sequence[_GatheredClaim],
    limit: float,
) -> list[_GatheredClaim]:
    """Rule `short_note_lists_every_claim` (web tester s18, haitiantimes.com:
    a 148-word page's note of 65 words listed one of its three claims, and
    the hedged "Maybe there's a doctor out there who can help ..." was in
    neither "Who said what" nor "Hedged or unconfirmed", only in a "2 more
    claims" line; bahamaslocal.com hid Bonnie Young's second quotation so):
    when every claim the note left out that reads on its own (`standing`)
    fits, whole, with the points and the claims listed, within `limit`
    words (what a short note may take past half its words in, as in
    `short_note_lists_a_claim`), the note lists them all rather than send
    the reader to `summarizer claims` for a few lines it had room for. All
    or none: a longer page, whose claims do not all fit, keeps its half of
    the words in and its choice by rank. A claim whose source points back
    to a sentence the note does not cite still stays out
    (`unresolved_source_needs_its_antecedent`). Returns the claims listed,
    in the order of the text. Only for a short page (SHORT_PAGE_WORDS) and
    a note of the default length (the caller's tests)."""
    listed = {claim.members for claim in claims}
    missing = [claim for claim in standing if claim.members not in listed]
    if not missing or any(claim.whole is not None for claim in missing):
        return list(claims)
    used = sum(candidate.size for candidate in picked) + sum(claim.words for claim in claims)
    if used + sum(claim.words for claim in missing) > limit:
        return list(claims)
    return sorted(_without_leaning_sources(picked, [*claims, *missing]), key=lambda claim: claim.members)


def _cut_claims_whole_or_left_out(
    picked: Sequence[_Candidate], claims: list[_GatheredClaim], ranked: Sequence[tuple[int, int, int]],
    kept_points: set[int], kept_claims: set[int], used: int, budget: float, quote: int | None,
    starts: Sequence[Sequence[int]],
) -> int:
    """Rule `cut_claim_whole_or_left_out` (session 11: on a kxan.com page Tim
    Lee's '"Long term ... depend on that," …' kept the first half of his
    quote and lost its point, "inflation will continue to affect retirees",
    while the note listed three shorter claims ranked below it): a claim
    still shown cut once the spare words are spent (rule
    `spare_words_show_a_claim_whole`) is given the words of the claims
    ranked below it, the worst dropped first and only as many as it needs,
    and shown whole (when it has at most MAX_WHOLE_CLAIM_WORDS words whole);
    when even that does not make room, it leaves the note
    and the words it held go to the best-ranked points and claims that fit
    as they are (never a cut one). A shorter note with whole claims reads
    better than a quote without its point. The quotation rule
    `note_has_a_quote` cut to fit stays: a note without any quotation was
    the worse fault (QA round 33). Updates `kept_claims`, `kept_points`
    and `claims` in place; returns the words then used."""
    order = sorted(ranked)
    for at, (_, is_claim, k) in enumerate(order):
        if not is_claim or k not in kept_claims or k == quote or len(claims[k].members) != 1:
            continue
        whole = claims[k].whole
        if whole is None:
            continue
        extra = count_words(whole.content) - claims[k].words
        below = [j for _, other, j in reversed(order[at + 1:]) if other and j in kept_claims and j != quote] \
            if count_words(whole.content) <= MAX_WHOLE_CLAIM_WORDS else []
        dropped: list[int] = []
        for j in below:
            if used + extra <= budget:
                break
            dropped.append(j)
            used -= claims[j].words
        if used + extra <= budget:
            kept_claims.difference_update(dropped)
            used += extra
            claims[k] = _showing(replace(claims[k], whole=None), whole, starts[claims[k].members[0][0]])
            continue
        used += sum(claims[j].words for j in dropped)  # no room even so: the others stay, the cut claim goes
        kept_claims.discard(k)
        used -= claims[k].words
        for _, other, j in order:  # its words go to what fits as it is
            if (other and (j in kept_claims or j == k or claims[j].whole is not None)) \
                    or (not other and j in kept_points):
                continue
            size = claims[j].words if other else picked[j].size
            if used + size <= budget:
                used += size
                (kept_claims if other else kept_points).add(j)
    return used


def is_whole_quote(claim: Claim) -> bool:
    """A direct claim whose content is quotation from its first mark to its
    last ("“It is not the destination,” … “It’s amazing ...”")."""
    content = claim.content.strip()
    return claim.kind == "direct" and content[:1] in QUOTE_CHARACTERS and _ends_in_quote(content)


def _ends_in_quote(content: str) -> bool:
    """A content whose last mark, past its closing punctuation and an
    ellipsis, is a quotation mark (`"... he said."`, `"... fighting for."`)."""
    return content.rstrip(".,;:!?\u2026 ")[-1:] in QUOTE_CHARACTERS


def _quotes_a_name(claim: _GatheredClaim) -> bool:
    """A whole quotation of a named speaker (rule `note_has_a_quote`)."""
    return claim.claim.speaker_kind in NAMED_KINDS and bool(claim.speaker) and is_whole_quote(claim.claim)


def _quotes_by_rank(claims: Sequence[_GatheredClaim], ranks: Sequence[Sequence[int]]) -> list[int]:
    """Rule `note_has_a_quote` (QA round 33: a short page's note headed "Who
    said what" over no claim at all, its one quotation, the new mayor's,
    left out for words): the claims, by index, that are whole quotations of
    a named speaker, the best ranked first; the note makes room for the
    first only when it would show no such quotation otherwise (and for a
    later one that fits whole when the first does not: rule
    `whole_quote_before_a_cut_one`)."""
    return [k for _, k in sorted((min(ranks[s][i] for s, sentences in c.members for i in sentences), k)
                                 for k, c in enumerate(claims) if _quotes_a_name(c))]


def _shortened_to(
    claim: _GatheredClaim, room: int, documents: Sequence[Document], starts: Sequence[Sequence[int]],
    scores: Sequence[Sequence[float]] = (),
) -> _GatheredClaim | None:
    """`claim` cut after whole sentences (rule `long_claim_shortened`) to at
    most `room` words, citing only the sentences it then shows; None when
    not even its first sentence fits, or when it is told in several places
    (each telling would need its own cut). `starts[k]`: where document k's
    sentences start."""
    if len(claim.members) != 1 or room <= 0:
        return None
    source = claim.members[0][0]
    short = shortened(claim.claim, documents[source], room, scores[source] if scores else None)
    if short is claim.claim or count_words(short.content) > room:
        return None
    # The claim remembers its whole telling, as one cut when gathered does (session 11's brief:
    # `whole` stayed None). Rule `spare_words_show_a_claim_whole` still cannot show it whole, and
    # is not meant to: it was cut to the words left right after the MIN_KEY_POINTS key points,
    # and the words left only shrink after that, so its whole never fits within the budget.
    return replace(_showing(claim, short, starts[source]), whole=claim.whole or claim.claim)


def _showing(gathered: _GatheredClaim, shown: Claim, starts: Sequence[int]) -> _GatheredClaim:
    """`gathered`, told in one place (its source's sentences start at
    `starts`), showing `shown`: the claim cut to fewer words, or whole again
    (rules `long_claim_shortened`, `spare_words_show_a_claim_whole`). It
    cites the sentences `shown` shows and its cue's (rule
    `cut_quote_cites_what_it_shows`), and its content's stems are those of
    the words shown; what its speaker and cue give stays."""
    content = _stems(shown.content)
    return replace(gathered, claim=shown, members=((gathered.members[0][0], _sentences_shown(starts, shown)),),
                   stems=content, said=content | (gathered.said - gathered.stems))


def _source_points_back(source: str | None) -> bool:
    """A source in words that point back to an earlier sentence: a pronoun
    or back-pointing word ("they", "these officials"), or a definite
    description ("The pair", "the organization")."""
    if not source:
        return False
    return opens_by_pointing_back(source) or opens_with_definite_description(source[:1].upper() + source[1:])


def _unresolved(claim: Claim) -> bool:
    """Whether the tagger could not say who spoke: no speaker, or one kept as
    written ("He", "The letter") for want of whom it means."""
    return claim.speaker is None or claim.speaker_kind == "unresolved"


def _lone_pronoun(claim: Claim) -> bool:
    """Whether an unresolved claim's source is a lone pronoun that points back
    to someone else (rules/pronouns.txt: "He", "they"; not "I", "we")."""
    source = claim.source_as_written or ""
    return _unresolved(claim) and pronouns().get(source.lower()) in ("person", "group")


def _content_opens_on_a_pronoun(claim: Claim) -> bool:
    """Rule `content_pronoun_needs_its_antecedent` (QA round 40, 817:
    "David Ojong said: She went missing on July 26" was listed while
    "Footballer Drusille Ngako ... was the first of the seven to disappear",
    the sentence before, was not cited): a content written before its
    source, not a quotation, that opens on a pronoun standing for someone
    or something named before ("She went missing on July 26, Ojong said.";
    rules/pronouns.txt, as `_lone_pronoun`) leans on the sentence before.
    A quotation is the speaker's words, kept whole; "I" and "we" are the
    speaker; "Ojong said she went missing" names whom "she" may mean."""
    if claim.content_span.start > claim.cue_span.start or is_whole_quote(claim):
        return False
    first = next((t for t in tokenize(claim.content, 0, len(claim.content)) if t.is_word), None)
    return first is not None and pronouns().get(first.lower) in ("person", "group")


def _without_leaning_sources(picked: Sequence[_Candidate], claims: Sequence[_GatheredClaim]) -> list[_GatheredClaim]:
    """Rule `unresolved_source_needs_its_antecedent` (session 6: "The pair
    said ... [21]" was listed while the claim of "John McCain and Lindsey
    Graham" was among those left out): a claim whose source the tagger
    could not resolve and that points back ("The pair", "the organization",
    "they") is listed only when the note cites the sentence before it,
    where the reader finds whom it means; else it is left out with the
    claims `summarizer claims` shows. Rule `antecedent_is_no_unresolved_claim`
    (session 12, corkbeo.ie: "He warned: 43 people would be admitted daily
    by that date" was listed after "The letter warned: If the current trend
    continues ...", itself unresolved): the sentence before counts only when
    a point or a resolved claim cites it: an unresolved claim names nobody
    the pronoun could mean; and a lone pronoun the tagger kept as the
    speaker ("He", `_lone_pronoun`) needs its antecedent as much as a
    source it left unnamed, and so does a content that opens on one
    (`content_pronoun_needs_its_antecedent`)."""
    kept = list(claims)
    while True:
        cited = {member for candidate in picked for member in candidate.members} | {
            (source, i) for claim in kept if not _unresolved(claim.claim)
            for source, sentences in claim.members for i in sentences}
        leaning = [claim for claim in kept
                   if (claim.claim.speaker is None and source_is_cut(claim.claim.source_as_written))
                   or (((claim.claim.speaker is None and _source_points_back(claim.claim.source_as_written))
                        or _lone_pronoun(claim.claim) or _content_opens_on_a_pronoun(claim.claim))
                       and not all((source, sentences[0] - 1) in cited for source, sentences in claim.members))]
        if not leaning:
            return kept
        for claim in leaning:
            kept.remove(claim)


def _one_entry_per_quote(claims: Sequence[_GatheredClaim]) -> list[_GatheredClaim]:
    """Rule `one_quote_one_entry` (QA round 57, 398: "Finally saying: the
    committee should investigate whether ... were \"asked to sign
    non-disclosure agreements ... why were those requests made?\" [25][26]"
    and "he wrote: \"asked to sign non-disclosure agreements ... why were
    those requests made?\" [25][26]", one quotation listed twice): of two
    claims that cite the same sentences, the one whose content lies whole
    inside the other's is one telling of the same words and is left out (it
    counts among the "N more claims"); the fuller content is listed, unless
    only the shorter names its speaker (a resolved speaker is worth more than
    the words around). Claims of other sentences, and a content that only
    shares words with another ("Love won today" beside a longer quote of
    its own sentence), stay."""
    def words_of(claim: _GatheredClaim) -> str:
        return claim.claim.content.strip(" .,;:!?\u2026" + QUOTE_CHARACTERS)

    def inside(shorter: _GatheredClaim, longer: _GatheredClaim) -> bool:
        return (shorter is not longer and shorter.members == longer.members
                and len(words_of(shorter)) < len(words_of(longer)) and words_of(shorter) in words_of(longer))

    def told_again(claim: _GatheredClaim) -> bool:
        return any((inside(claim, other) and not (_unresolved(other.claim) and not _unresolved(claim.claim)))
                   or (inside(other, claim) and _unresolved(claim.claim) and not _unresolved(other.claim))
                   for other in claims)

    return [claim for claim in claims if not told_again(claim)]


def _count_members(claims: Iterable[_GatheredClaim]) -> Counter[int]:
    """How many tellings of `claims` each source has (as "N more" counts them)."""
    return Counter(source for claim in claims for source, _ in claim.members)


def _reasons(left_out: int, *counts: int) -> tuple[int, ...]:
    """Rule `left_out_says_why`: each reason's count (in points, not alone,
    captions, the site's notes, in that order), none beyond what is left
    out once the reasons before it are counted."""
    shown: list[int] = []
    for count in counts:
        shown.append(max(0, min(count, left_out - sum(shown))))
    return tuple(shown)


# --- citations -------------------------------------------------------------


class _Citations:
    """Numbers citations in the order the note first uses them, each one
    checked to carry its point."""

    def __init__(self, documents: Sequence[Document], stems: Sequence[Sequence[frozenset[str]]],
                 urls: Sequence[str | None], people: Collection[str] = ()) -> None:
        self._documents = documents
        self._people = people  # the persons the sources name (rule `opener_before_a_person_is_cut`)
        self._stems = stems
        self._urls = urls
        self._numbers: dict[tuple[int, int], int] = {}
        self._bottom_line: set[tuple[int, int]] = set()  # the sentences shown without their bare opener

    def _cite(self, point: frozenset[str], members: Iterable[tuple[int, tuple[int, ...]]]) -> tuple[int, ...]:
        """A number for each sentence of each member that carries the point
        (a quotation over several sentences carries it together)."""
        numbers: list[int] = []
        for source, sentences in members:
            if carries(point, frozenset().union(*(self._stems[source][i] for i in sentences))):
                numbers += [self._numbers.setdefault((source, i), len(self._numbers) + 1) for i in sentences]
        return tuple(numbers)

    def point(self, candidate: _Candidate, bottom_line: bool = False) -> Point | None:
        citations = self._cite(candidate.stems, ((source, (i,)) for source, i in candidate.members))
        opens_body = candidate.members[0][1] == 0  # a glued dateline is only ever the first sentence's
        # rule `link_phrase_not_shown`: nor the phrase that only links it to the news before
        text = without_link_phrase(without_dateline(candidate.text, opens_body))
        if bottom_line and bare_opener_length(text, self._people):
            # rule `bottom_line_reads_alone`: nor a lone "But" turning against what the note does not show
            text = without_bare_opener(text, self._people)
            self._bottom_line.update(candidate.members)
        return Point(text, citations) if citations else None

    def claim(self, gathered: _GatheredClaim) -> BriefClaim | None:
        citations = self._cite(gathered.stems, gathered.members)
        if not citations:
            return None
        claim = gathered.claim
        as_written = None if gathered.speaker is not None \
            else sourceless_claim_as_written(claim, self._documents[gathered.members[0][0]])
        content = claim.content if as_written is None else as_written
        if claim.kind == "direct":
            # Rule `open_quote_closed_where_shown` (QA s17, Lesya Ivanovna's '“The whole lawsuit story
            # ... will never be delivered.' on a page whose text never closes it; a quotation set over
            # paragraphs, of which the claim takes the first ones): a direct claim whose content leaves
            # a quotation open is shown with its closing mark, as a cut one is (`shown_quote_is_closed`):
            # the reader sees where the words quoted end
            content += _left_open(content)
        return BriefClaim(
            speaker=gathered.speaker,
            role=claim.role,
            cue=claim.cue_text,  # "answered" for a labelled answer (claims rule labelled_answer_is_an_answer)
            cue_class=claim.cue_class,
            content=content,
            kind=claim.kind,
            hedged=claim.hedged,
            citations=citations,
            speaker_kind=claim.speaker_kind,
            negated=claim.negated,
            cue_in_content=as_written is not None,
        )

    def references(self) -> tuple[Reference, ...]:
        references = []
        for (source, index), number in sorted(self._numbers.items(), key=lambda item: item[1]):
            sentence = self._documents[source].sentences[index]
            # Rule `cited_range_is_the_text_shown` (session 9: the bottom line "In a dramatic shift ..."
            # cited characters 49-256, from the dateline "Washington" it drops): the range starts
            # where the shown sentence does, after its dateline (a glued one only in the lead).
            cut = dateline_length(sentence.text, index == 0)
            # rule `link_phrase_not_shown`: nor from its link phrase ("In related developments, ")
            cut += link_phrase_length(sentence.text[cut:])
            if (source, index) in self._bottom_line:
                cut += bare_opener_length(sentence.text[cut:], self._people)  # rule `bottom_line_reads_alone`
            text = sentence.text[cut:]
            url = self._urls[source]
            link = text_fragment_link(url, text) if url else None
            references.append(Reference(number, source + 1, index, sentence.start + cut, sentence.end, text, link))
        return tuple(references)


# --- who said what ---------------------------------------------------------


def is_named(claim: BriefClaim) -> bool:
    """A named speaker: a person or an organisation the tagger resolved."""
    return claim.speaker is not None and claim.speaker_kind in NAMED_KINDS


def is_uncertain(claim: BriefClaim) -> bool:
    """Shown under "Hedged or unconfirmed" (and not under its speaker): a
    hedged claim, or one with no source, or a bare refusal
    (`bare_refusal_is_unconfirmed`: "Mayor Tom Reilly declined to comment",
    which confirms nothing)."""
    return claim.hedged or claim.speaker is None or is_bare_refusal(claim)


def is_bare_refusal(claim: Claim | BriefClaim) -> bool:
    """Rule `bare_refusal_is_unconfirmed` (readers of the CNN-Corpus
    briefs: "X declined to comment" never reached the note, its content
    being empty, so a reader could not tell that the side asked had not
    answered): a negated claim with no content ("declined to comment", "did
    not respond") whose speaker the tagger resolved, by name or not ("A
    spokeswoman for the firm"), is listed under "Hedged or unconfirmed",
    speaker and cue, past the note's words (it has none). Not one whose
    speaker is unresolved ("He declined to comment" may be anyone), and a
    refusal with content ("declined to comment on the audit") is a claim as
    any other."""
    return claim.negated and not claim.content.strip() and claim.speaker_kind in (*NAMED_KINDS, "unnamed")


# Rule `bare_refusals_capped` (brief s29): at most this many bare refusals join a note past its words
MAX_BARE_REFUSALS = 2


# Rule `contrast_shown_whole`: ", while" or ", whereas" joining the two sides of a contrast
CONTRAST_JOINT = re.compile(r",\s+(?:while|whereas)\s", re.IGNORECASE)


def _contrast_side(claim: Claim, sentence: Sentence) -> str | None:
    """The side of its sentence's contrast ("X, while Y": CONTRAST_JOINT)
    a claim lies on wholly, "before" or "after"; None when the sentence has
    no such contrast or the claim spans both sides."""
    joint = CONTRAST_JOINT.search(sentence.text)
    if joint is None:
        return None
    at = sentence.start + joint.start()
    spans = [span for span in (claim.speaker_span, claim.cue_span, claim.content_span) if span is not None]
    if max(span.end for span in spans) <= at:
        return "before"
    return "after" if min(span.start for span in spans) >= at else None


def _contrasts_shown_whole(claims: Sequence[_GatheredClaim], documents: Sequence[Document],
                           points: Sequence[_Candidate]) -> list[_GatheredClaim]:
    """Rule `contrast_shown_whole` (reader round H, CNN-Corpus dev 154 s34:
    "The statement says some research has found a link between sugar
    consumption and cardiovascular disease, while other research has not
    found a direct link." The two-article note kept only "other research
    has not found: a direct link", the opposite of the statement's point
    taken alone): a claim that lies wholly on one side of its sentence's
    "X, while Y" is listed only when the other side is shown too, by a
    listed claim of that sentence or by the sentence as a point. A claim
    that spans both sides, or a sentence with no such contrast, is kept."""
    in_points = {member for point in points for member in point.members}
    sides: dict[tuple[int, int], set[str]] = {}
    placed: list[tuple[_GatheredClaim, tuple[int, int], str | None]] = []
    for gathered in claims:
        claim = gathered.whole or gathered.claim
        source = gathered.members[0][0]
        sentences = documents[source].sentences
        side = _contrast_side(claim, sentences[claim.sentence]) if 0 <= claim.sentence < len(sentences) else None
        key = (source, claim.sentence)
        sides.setdefault(key, set()).add(side or "both")
        placed.append((gathered, key, side))
    other = {"before": "after", "after": "before"}
    return [gathered for gathered, key, side in placed
            if side is None or key in in_points or sides[key] & {other[side], "both"}]


def _bare_refusals(candidates: Sequence[_GatheredClaim], listed: Sequence[_GatheredClaim],
                   ranks: Sequence[Sequence[int]]) -> list[_GatheredClaim]:
    """Rule `bare_refusal_is_unconfirmed`: the bare refusals (`is_bare_refusal`)
    the note adds to what it lists, past its words. Rule `bare_refusals_capped`
    (brief s29: they came with no limit, however many refusals an article
    told: a lawyer's, a police spokesman's, a city's, a prosecutor's): one a
    speaker, at most MAX_BARE_REFUSALS, those of the best-ranked sentences,
    shown in the order of the article."""
    refusals: dict[str, _GatheredClaim] = {}
    for g in sorted((g for g in candidates if is_bare_refusal(g.claim) and g not in listed),
                    key=lambda g: ranks[g.members[0][0]][g.claim.sentence]):
        refusals.setdefault((g.speaker or "").lower(), g)
    best = list(refusals.values())[:MAX_BARE_REFUSALS]
    return sorted(best, key=lambda g: (g.members[0][0], g.claim.sentence))


def _with_sources(
    speakers: tuple[SpeakerGroup, ...], uncertain: tuple[BriefClaim, ...], references: Sequence[Reference]
) -> tuple[tuple[SpeakerGroup, ...], tuple[BriefClaim, ...]]:
    """Rule `source_of_an_unnamed_claim`: in a brief of several articles, a
    claim listed under "Unnamed sources", "Speaker not resolved" or
    "Hedged or unconfirmed" says which article it is from (two stories'
    "officials said" do not); rule `named_speaker_says_its_source` (web
    tester s13: in notes over three and two articles a reader could not
    tell which article Gavin Yamey or Gloria Borger came from without the
    reference list): so does each claim of a named speaker."""
    source_of = {ref.number: ref.source for ref in references}

    def labelled(claim: BriefClaim) -> BriefClaim:
        return replace(claim, sources=tuple(sorted({source_of[n] for n in claim.citations if n in source_of})))

    groups = tuple(replace(group, claims=tuple(labelled(c) for c in group.claims)) for group in speakers)
    return groups, tuple(labelled(c) for c in uncertain)


def _points_with_sources(
    bottom_line: Point | None, key_points: tuple[Point, ...], references: Sequence[Reference]
) -> tuple[Point | None, tuple[Point, ...]]:
    """Rule `point_says_its_source` (web tester s12: in a note over two
    police stories the key point "The crash happened about 1.p.m." did not
    say which article it is from; the claims said "(source 2)"): in a brief
    of several articles, the bottom line and each key point name the
    sources their citations point into."""
    source_of = {ref.number: ref.source for ref in references}

    def labelled(point: Point) -> Point:
        return replace(point, sources=tuple(sorted({source_of[n] for n in point.citations if n in source_of})))

    return (labelled(bottom_line) if bottom_line else None), tuple(labelled(p) for p in key_points)


def shown_mentions(mentions: Sequence[Mention], speakers: Collection[str] = (), quoted: Collection[str] = ()
                   ) -> tuple[Mention, ...]:
    """The names the note lists, most named first: rule
    `most_named_of_each_kind`, at most MENTIONS_SHOWN[kind] of each kind.
    Rule `speaker_first_among_equals`: among names of one kind named as
    often, a name among `speakers` (the note's named speakers) comes first,
    then one `quoted` (the speaker of any claim), so the cut leaves out the
    merely named first. A speaker named less often than the names that fill
    its kind's room makes way for them (web tester s18: six speakers named
    once each had pushed out George H.W. Bush, named three times, and Barack
    Obama, twice; they are listed under "Who said what"); the note counts
    the names left out (`mentions_left_out`)."""
    ordered = sorted(mentions, key=lambda m: (-m.count, KIND_ORDER[m.kind], m.name not in speakers,
                                              m.name not in quoted, m.name))
    room = dict(MENTIONS_SHOWN)
    shown = []
    for mention in ordered:
        if room[mention.kind]:
            shown.append(mention)
            room[mention.kind] -= 1
    return tuple(shown)


def mentions_left_out(mentions: Sequence[Mention], shown: Collection[Mention]) -> tuple[tuple[MentionKind, int], ...]:
    """Rule `left_out_names_are_counted` (web tester s18: the list was cut
    with no word of it): for each kind, how many names `shown` leaves out."""
    left_out = Counter(m.kind for m in mentions) - Counter(m.kind for m in shown)
    return tuple((kind, left_out[kind]) for kind in MENTIONS_SHOWN if left_out[kind])


def _names_of_sources(mentions: Iterable[Mention], speakers: Iterable[str]) -> frozenset[str]:
    """The names a source can be given by: every person and organisation
    the note mentions or lists as a speaker, and a person's surname
    ("Levy" of "Joshua Levy")."""
    mentioned = [m for m in mentions if m.kind in (PERSON, ORGANISATION)]
    surnames = {m.name.split()[-1] for m in mentioned if m.kind == PERSON and " " in m.name}
    return frozenset({m.name for m in mentioned} | set(speakers) | surnames)


def _conjuncts(source: str) -> list[str]:
    """The parts of a source split at "and", "or", "with" and commas, a
    leading "both" and "the" left out."""
    return [LEADING_THE.sub("", LEADING_BOTH.sub("", part.strip())) for part in CONJUNCTS.split(source)]


def names_someone(source: str, names: Collection[str]) -> bool:
    """Rule `named_source_is_not_unnamed`: one of the source's conjuncts
    (split at "and", "or", "with" and commas, a leading "the" left out) is a
    name in `names`: "Levy and authorities from Homeland Security
    Investigations", "Skaik and his staff". A name that only qualifies the
    source ("NATO officials", "a source close to Smith") leaves it unnamed."""
    return any(part in names for part in _conjuncts(source))


def names_everyone(source: str, names: Collection[str]) -> bool:
    """Rule `source_of_names_is_named` (session 6: "Both the United States
    and Russia warned" was under "Speaker not resolved" in the brief and had
    a heading of its own in the claims view): a source of two or more
    conjuncts, each a name in `names` ("John McCain and Lindsey Graham",
    "Russia and China"), names who spoke."""
    parts = _conjuncts(source)
    return len(parts) > 1 and all(part in names for part in parts)


def _introduced_as_relatives(claims: Iterable[_GatheredClaim]) -> frozenset[str]:
    """For rule `relative_keeps_a_namesake_apart`: the person speakers whose
    source as written gives a relation word (kin_words.txt) beside the name:
    "His father, John Robert Smith, said"."""
    relations = noun_sets("kin_words")["relation"]
    return frozenset(g.speaker for g in claims if g.speaker and g.claim.speaker_kind == "person"
                     and g.claim.speaker_span is not None
                     and any(w.lower() in relations for w in re.findall(r"[A-Za-z-]+", g.claim.speaker_span.text)))


def _full_names_of_short_ones(speakers: Collection[str],
                              people_later: Collection[tuple[str, str]] = frozenset(),
                              relatives: Collection[str] = frozenset()) -> dict[str, str]:
    """Rule `body_tail_drops_in_a_short_name` (mentions; QA round 36:
    "Amnesty" and "Amnesty International" were two sources in "Who said
    what"): a speaker's short name -> the one speaker's full name it
    stands for. Rule `short_speaker_is_the_full_speaker_named_before` (QA
    round 56, 871: "Jane Jeong Trenka" and "Jane Trenka" were two
    speakers): so does a person's name without the middle name of one other
    person speaking (mentions' `drops_middle_names`; "John Paul Smith" and
    "John Peter Smith" leave "John Smith"), but only when the pair (short,
    full) is in `people_later` (both person speakers): the short name speaks
    only after the full one and gives no other role. Review 2, s20: '"I was wrong," said John
    Smith. His father, John Robert Smith, said ...' gave the son's words to
    the father; a short name that speaks first is its own person. Rule
    `relative_keeps_a_namesake_apart` (wrongs-s21): nor does one when either
    name was brought in as someone's relative (`relatives`: "His father,
    John Robert Smith, said ..." before '"...," said John Smith'): a family
    shares its names, so the two stay two."""
    found: dict[str, str] = {}
    for short in speakers:
        fits = [full for full in speakers if short_name_of_a_body(short, full)
                or ((short, full) in people_later and drops_middle_names(short, full)
                    and short not in relatives and full not in relatives)]
        if len(fits) == 1:
            found[short] = fits[0]
    return found


def _short_names_said_later(claims: Sequence[BriefClaim]) -> frozenset[tuple[str, str]]:
    """The pairs (short, full) of person speakers where every claim of
    `short` comes after the first claim of `full` and `short` gives no role
    other than `full`'s: rule `short_speaker_is_the_full_speaker_named_before`'s
    test (when in doubt, two speakers)."""
    first: dict[str, int] = {}
    roles: dict[str, set[str]] = {}
    for index, claim in enumerate(claims):
        if claim.speaker and claim.speaker_kind == "person":
            first.setdefault(claim.speaker, index)
            if claim.role:
                roles.setdefault(claim.speaker, set()).add(claim.role)
    return frozenset((short, full) for short in first for full in first
                     if short != full and first[full] < first[short]
                     and roles.get(short, set()) <= roles.get(full, set()))


def _one_names_introduced(groups: Sequence[SpeakerGroup], documents: Sequence[Document]) -> tuple[SpeakerGroup, ...]:
    """Rule `one_name_carries_its_appositive` (brief s21, QA round 53: CNN-Corpus
    dev 707 headed "### Simeon" while the article says who he is only in
    "The couple's other son, Simeon, lives in Canada."): a named speaker of
    one word and no role, whom a sentence introduces by an appositive
    description of a person (`introducing_appositive`), heads his claims
    with it as his role ("Simeon (the couple's other son)"). A surname that
    two people introduced in full hold ("Will Smith, the actor" and
    "Jordan Smith won the Masters") takes no role: the actor's is not the
    golfer's (review s22)."""
    return tuple(replace(group, role=description) if group.named and group.role is None
                 and " " not in group.speaker and group.speaker[:1].isupper()
                 and (description := next((found for d in documents for sentence in d.sentences
                                           if (found := introducing_appositive(sentence.text, group.speaker))),
                                          None))
                 and not _held_by_two_people(group.speaker, documents)
                 else group
                 for group in groups)


def _held_by_two_people(surname: str, documents: Sequence[Document]) -> bool:
    """Rule `one_name_carries_its_appositive`: two different full names end
    on `surname` in the `documents` ("Bill Clinton", "Hillary Clinton")."""
    return len({full for d in documents
                for _, full in surnames_introduced_in_full(d, (surname,)).get(surname, [])}) > 1


# rule `one_name_carries_its_appositive`: a description of up to six words that opens on a
# determiner or a possessive ("The couple's other son", "her younger brother", "Obama's daughter")
APPOSITIVE_WORD = r"(?:[a-z][\w-]*(?:['\u2019]s?)?|[A-Z][\w.-]*['\u2019]s)"
APPOSITIVE_DESCRIPTION = (r"(?P<description>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?|[A-Z][\w.-]*['\u2019]s)"
                          rf"(?:\s+{APPOSITIVE_WORD}){{0,5}}?\s+(?P<head>[a-z][\w-]*))")


def introducing_appositive(text: str, name: str) -> str | None:
    """Rule `one_name_carries_its_appositive`: the description `text` sets
    beside `name` by apposition, before it ("The couple's other son, Simeon,
    lives in Canada.") or after it ("Simeon, the couple's other son, lives
    ..."), as written but for a capital the sentence gave it ("the couple's
    other son"); None when there is none or its last word is no noun of a
    person in the singular (source_nouns.txt people, kin_words.txt
    relations: "The next day, Simeon, ..." says when, not who)."""
    escaped = re.escape(name)
    found = (re.search(rf"(?:^|[,;:]\s+|\u2014\s*|--\s*)\s*{APPOSITIVE_DESCRIPTION},\s+{escaped},", text)
             or re.search(rf"(?<![\w'\u2019]){escaped},\s+{APPOSITIVE_DESCRIPTION}[,;.]", text))
    head = found["head"] if found else ""
    if found is None or head not in _person_nouns() or (head.endswith("s") and not head.endswith("ss")):
        return None  # (a plural describes several: "The parents' lawyers, Simeon, Mark and Jo, said")
    description = found["description"]
    return description[0].lower() + description[1:] if re.match(r"(?:The|His|Her|Their|Its|An?)\s", description) \
        else description


@cache
def _person_nouns() -> frozenset[str]:
    """The nouns of a person a description can end on (rule `one_name_carries_its_appositive`)."""
    return noun_sets("source_nouns")["people"] | noun_sets("source_nouns")["described"] \
        | noun_sets("kin_words")["relation"]


def is_a_document(source: str) -> bool:
    """Rule `document_is_no_unnamed_source` (CNN-Corpus dev 371: "That
    analysis showed: the word has been used nearly 3,000 times ..." was
    listed under "Unnamed sources", as if a person had spoken unnamed): the
    head of `source`, its last word before a preposition ("a poll by the
    Levada Center" -> "poll"), or the word before a participle and "by"
    ("documents obtained by the newspaper" -> "documents"), is evidence
    gathered or counted (evidence_documents.txt: "analysis", "poll",
    "court documents"). A party's own words stay unnamed, not weighed as
    evidence ("A statement from the mayor's office", "The lawsuit"), and so
    does a person or body ("officials", "A federal appeals court", "a
    spokesman for the release team" -> "spokesman")."""
    words = [word.strip(",.;:()\"'\u201c\u201d").lower() for word in source.split()]
    heads: list[str] = []
    for word in words:
        if heads and word in grammar("prepositions"):
            if word == "by" and len(heads) > 1 and heads[-1].endswith("ed"):
                heads.pop()  # "Data compiled by the city's auditor": the data, not the compiling
            break
        heads.append(word)
    return bool(heads) and heads[-1] in load_word_set("evidence_documents")


@cache
def _anonymous_source() -> re.Pattern[str]:
    """The words of an anonymous source (anonymous_sources.txt), whole words."""
    return re.compile(r"\b" + alternation(load_word_set("anonymous_sources")) + r"\b", re.IGNORECASE)


def is_anonymous(source: str) -> bool:
    """Rule `anonymous_source_heading` (reader round H, CNN-Corpus dev 184,
    212, 216: "Prosecutors", "Defense lawyers", "Massachusetts officials",
    "Zimmerman's lawyers" were listed under "Unnamed sources", which to a
    journalist means anonymous sourcing): `source` is kept anonymous by the
    article ("sources", "a source close to the family", "people familiar
    with the talks", "officials who spoke on condition of anonymity"). A
    source only described by role or group is not ("Prosecutors", "the
    minister for natural resources": "resources" is no "sources"). Rule
    `unnamed_official_is_anonymous` (anonymous_officials.txt): an official
    counted or left indefinite, or called senior ("a senior U.S. official",
    "two law enforcement officials"), not "Massachusetts officials"."""
    return _anonymous_source().search(source) is not None or _anonymous_official().match(source) is not None


# Rule `unnamed_official_is_anonymous`: words between the opening word and the head ("a senior U.S.")
OFFICIAL_MODIFIERS = 3


@cache
def _anonymous_official() -> re.Pattern[str]:
    """Rule `unnamed_official_is_anonymous`: a determiner, or a rank, then up
    to OFFICIAL_MODIFIERS words and an official's head noun, from the
    source's start (anonymous_officials.txt)."""
    ranks = word_set("anonymous_officials", "ranks")
    opening, ranked = alternation(word_set("anonymous_officials", "determiners") | ranks), alternation(ranks)
    modifiers = rf"(?:\S+\s+){{0,{OFFICIAL_MODIFIERS}}}"
    # the head ends the source's noun phrase: "an official bulletin placed" is a bulletin, no official
    return re.compile(rf"(?:{opening}\s+{modifiers}|{modifiers}{ranked}\s+{modifiers})"
                      rf"{alternation(word_set('anonymous_officials', 'heads'))}\b"
                      rf"(?=\s*$|\s*[,;:(\u2014-]|\s+{alternation(word_set('anonymous_officials', 'after_head'))}\b)",
                      re.IGNORECASE)


def _group_by_speaker(claims: Sequence[BriefClaim], names: Collection[str] = frozenset(),
                      mentioned: Collection[str] = frozenset(),
                      relatives: Collection[str] = frozenset()) -> tuple[SpeakerGroup, ...]:
    """Named speakers by number of claims, then documents, then sources
    described but not named, then anonymous ones (`anonymous_source_heading`), then
    speakers the tagger could not resolve, then claims with no source. A
    source the tagger calls unnamed that is only names (`names` and the
    names `mentioned`, places and "Other names" too: rule
    `source_of_names_is_named`) heads its own group, as in
    the claims view; so does, rule `named_source_is_not_unnamed`, one that
    names someone besides others ("Levy and authorities from Homeland
    Security Investigations"): not "Unnamed sources", as it names Levy, and
    since QA round 37 no longer "Speaker not resolved", which said the
    tagger had not resolved a speaker its JSON gives as resolved (kind
    unnamed) and the claims view heads as written. `relatives`: the
    speakers brought in as someone's relative (`relative_keeps_a_namesake_apart`)."""
    groups: dict[str, list[BriefClaim]] = {}
    everyone = {*names, *mentioned}
    full_names = _full_names_of_short_ones({c.speaker for c in claims if c.speaker and is_named(c)},
                                           _short_names_said_later(claims), relatives)
    for claim in claims:
        key = (claim.speaker or NO_SOURCE if is_named(claim) else
               NO_SOURCE if claim.speaker is None else
               claim.speaker if claim.speaker_kind == "unnamed" and (
                   names_everyone(claim.speaker, everyone) or names_someone(claim.speaker, names)) else
               DOCUMENTS if claim.speaker_kind == "unnamed" and is_a_document(claim.speaker) else
               UNNAMED if claim.speaker_kind == "unnamed" and is_anonymous(claim.speaker) else
               DESCRIBED if claim.speaker_kind == "unnamed" else
               UNRESOLVED)
        groups.setdefault(full_names.get(key, key), []).append(claim)
    last = (DOCUMENTS, DESCRIBED, UNNAMED, UNRESOLVED, NO_SOURCE)
    ordered = sorted(groups.items(), key=lambda item: (last.index(item[0]) if item[0] in last else -1,
                                                       -len(item[1]), item[1][0].citations))
    return tuple(
        SpeakerGroup(name, next((c.role for c in group if c.role), None) if name not in last else None,
                     name not in last, tuple(group))
        for name, group in ordered
    )
