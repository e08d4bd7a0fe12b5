"""Which sentences a summary can show on their own, and which need others.

An extractive summary shows sentences out of their context. Some do not
survive that: "He identified the man as ..." leans on the sentence before
it, and the middle of a quotation that runs over several sentences reads as
the reporter's own words, or leaves a quotation mark open. Named rules
work out, for every body sentence, the set of sentences it must be shown
with (itself included): its *unit*.

- `back_pointing_opener`: a sentence that opens with a word of
  rules/back_pointing_openers.txt ("He", "That", "But", ...) needs the
  sentence before it, and whatever that one needs. Phrases of
  rules/back_pointing_exceptions.txt ("This year, ...") do not point back.
  Rule `time_of_the_sentence_before`: nor does "At the time, ...", "By
  then, ..." (phrases of that file) stand alone: the time is the one the
  sentence before told; "At the time of the attack, ..." names its own.
- `open_quotation`: a quotation opened in one sentence and closed in a later
  one (within the paragraph) makes those sentences one unit.
- `quotation_in_single_marks`: so does one in single marks, as British
  outlets quote (`single_mark_quotations`); and a sentence that is such a
  quotation from end to end needs the sentence before it, as
  `unattributed_quotation` below.
- `unattributed_quotation`: a sentence that is one quotation from end to
  end (`"I hope that my baby recovers quickly."`) says nothing of who
  speaks: it needs the sentence before it, where the speaker is.
- `pronoun_speaker_quotation`: nor does a quotation whose speaker is only a
  pronoun after it (`"...," he says.`): it needs the sentence before it.
- `pronoun_speaker_after_the_words`: nor does any sentence whose speaker,
  after a comma at its end, is a pronoun (", he said.", ", said their
  statement."), quoted or not.
- `surname_speaker_quotation`: nor does one whose speaker is a surname
  alone (`"...," Ashrawi said.`): it needs the sentence that first
  introduces that speaker in full ("Hanan Ashrawi, a member of ..."), the
  one before it or one farther up.
- `back_pointing_phrase`: a sentence that speaks of "that sentiment",
  "this view" (nouns of rules/back_pointing_nouns.txt) needs the sentence
  before it, which says what that is.
- `bare_agreement_points_back`: so does a short sentence that ends on a
  verb of agreeing with no object (rules/back_pointing_verbs.txt: "Borger
  agreed.", "Not everyone concurred."): what is agreed with is before it.
- `bare_pronoun_object_points_back`: so does a short sentence of one
  clause that ends on a pronoun object (rules/back_pointing_objects.txt:
  "Some AI researchers are thinking about it."): what "it" is, is before it.
- `question_needs_answer`: a question the text itself asks ("Did you go to
  art school?", "Which invites the question: ...?") needs the sentence
  after it, which answers it.
- `rebutted_view_needs_its_rebuttal` (rules/rebutted_views.txt): a view
  the writer reports of a vague group ("Some people might think that ...",
  "Lots of media see ...") when the next sentence answers it (opens with
  "But", "However", or "I see", "I do not believe"): it needs that answer;
  alone it gives the reader the stance the writer argues against.
- `reported_question_needs_answer` (rules/reported_questions.txt): so does
  a question the writer reports ("CNN affiliate CFN 13 asked Chitwood
  whether he had any issue with the father's reaction."): a summary or a
  brief shows it with its answer or not at all; the lead excepted ("we
  asked what Mandela means to you": the article answers it).

Other rules say which sentences a summary takes only when nothing else
is left:

- `picture_caption` (rules/picture_references.txt): a sentence that points
  at a picture ("Raheem Sterling (right) was pictured ...", "Gordon Brown,
  pictured campaigning this week, has warned ...", "(file photo)") is, or
  holds, a photo caption run into the text, as CNN/DailyMail is
  distributed: it speaks of a picture the reader does not have. Not "was
  pictured with the Duchess", where the photo is the news.
- `restated_caption`: nor a sentence with no stop of its own (cut off what
  follows by the splitter's `unstopped_before_pronoun`) that restates a
  nearby sentence of the article nearly word for word: a caption, a worse
  copy of a sentence the reader would get anyway.
- `framing_is_no_point` (rules/framing_sentences.txt): nor a sentence that
  frames the article instead of telling it: one that announces what follows
  ("The following are arrest and accident reports as recorded by ...",
  "Here are the winners.") or opens on an aside's label ("A quick explainer:
  To be called tequila, ..."). A brief never opens on one either.
- `subhead_set_as_a_sentence`: nor a paragraph of one short sentence that
  is a section heading with a stop put after it ("From dreams to reality.",
  "'The Lord is holding me up'."): no verb, or in quotation marks with the
  stop outside them. A brief takes none as a point either.
- `colon_end_announces_what_follows`: nor a sentence that ends on a colon
  ("There are four main areas where ... this objective:"): the list or
  quotation it opens is a block the summary does not carry.

One more rule holds only for a sentence shown first and alone, as a
brief's bottom line (summarizer.brief), not for summaries:

- `definite_description_opener`: a sentence (other than the lead) that
  opens with "The" and a lower-case noun phrase ("The dramatic incident
  took place ...", "The masks, worth ...", "The annual forum, proposed
  ...") speaks of something the article introduced before it; alone, the
  reader does not know which incident, masks or forum.

Units longer than MAX_UNIT sentences are not worth their room in a summary:
selection leaves them out while anything else remains.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from summarizer.claims.grammar import PARAGRAPH_LABEL, PAST_VERBS, TIME_WORDS, has_finite_verb
from summarizer.claims.junk import MIN_PHONE_DIGITS
from summarizer.claims.lexicon import grammar, is_news_outlet, past_forms
from summarizer.claims.names import FINITE_VERBS, find_names, first_names
from summarizer.claims.quotes import SINGLE_MARKS
from summarizer.claims.text import LOWER_CASE_WORD, NYT_QUOTE, find_quotes, tokenize
from summarizer.cleanup import without_dateline
from summarizer.model import Document
from summarizer.nlp.words import content_words, count_words, quotation_balance, stem, stop_words
from summarizer.pagemeta import DATE_PIECE
from summarizer.rules import alternation, load_rules, load_word_set, load_word_sets, word_set

if TYPE_CHECKING:
    from summarizer.claims.model import Claim

# A sentence together with what it needs may be at most this many sentences.
MAX_UNIT = 3
OPENING = re.compile(r"""[\s"'\u2018\u201c(\[\u2014\u2013-]*([^\W\d_]+)""")
# A closing quotation mark, then only a pronoun and a verb: `," he says.`
PRONOUN_SPEAKER = re.compile(r"""[,.!?]?['"\u201d\u2019]\s*,?\s+(?:he|she|they)\s+\w+(?:\s+\w+)?\.$""")
# Rule `pronoun_speaker_after_the_words` (QA rounds 61 and 62): a sentence that ends on a speaker
# who is only a pronoun, after a comma: ", he said.", ", they added Monday.", ", said their statement."
TRAILING_PRONOUN_SPEAKER = re.compile(
    r""",['"\u201d\u2019]?\s+(?:(?:he|she|they)\s+[a-z]+(?:\s+\w+)?|(?P<cue>[a-z]+)\s+(?:his|her|their)\s+[a-z]+)\.$""")
# Rule `surname_speaker_quotation`: a closing quotation mark, then only a
# capitalised word (a surname) and a verb: `," Ashrawi said.`
SURNAME_SPEAKER_HEAD = r"""[,.!?]?['"\u201d\u2019]\s*,?\s+([A-Z][\w'\u2019-]+)\s+[a-z]+(?:\s+\w+)?"""
SURNAME_SPEAKER = re.compile(SURNAME_SPEAKER_HEAD + r"\.$")
# For a summary's picks, also with where it was said after the verb (QA round 67, 893: `,"
# Perlmutter said in a written statement.`; a brief has its own rule for a surname, below)
WHERE_SAID = r"""(?:\s+(?:on|in|at|to|from)\s+[^"\u201c\u201d.]*)?"""
SURNAME_SPEAKER_SOMEWHERE = re.compile(SURNAME_SPEAKER_HEAD + WHERE_SAID + r"\.$")
# ... and rule `inverted_surname_speaker` (QA round 66, CNN-Corpus dev 548: the summary showed
# '"You use a different part of your finger ...," writes Graham on the Errata Security blog.' beside
# Graham Cluley's quotation, without "... says digital-security expert Robert Graham."): the verb
# of saying first (rules/ranker_speech_cues.txt), then the surname, then at most where it was said
# ("on the Errata Security blog", "in an e-mail"): `," writes Graham on his blog.`
INVERTED_SURNAME_SPEAKER = re.compile(r"""[,.!?]?['"\u201d\u2019]\s*,?\s+(?P<cue>[a-z]+)\s+"""
                                      r"""(?P<surname>[A-Z][\w'\u2019-]+)""" + WHERE_SAID + r"\.$")
# "The" and a lower-case word: "The dramatic incident", "The masks"; not
# "The European Union", "The U.S. military" (a name says which).
DEFINITE_DESCRIPTION = re.compile(r"""^[\s"'\u2018\u201c(\[]*The\s+[a-z]""")
LEADING_MARKS = re.compile(r"""^[\s"'\u2018\u201c(\[\u2014\u2013-]+""")
# Rule `new_topic_connective_stands_alone`: "Meanwhile, ..." (see opens_by_pointing_back)
NEW_TOPIC_CONNECTIVES = grammar("new_topic_connectives")
BACK_REFERRING_MODIFIERS = grammar("back_referring_modifiers")  # "Meanwhile, the same court ..."
# Rule `restated_caption`: a sentence that ends on a word or number (closing
# marks aside), not on a stop; and one that ends on a stop.
ENDS_ON_A_WORD = re.compile(r"""[^\W_][)\]"'\u2019\u201d]*\s*$""")
ENDS_WITH_A_STOP = re.compile(r"""[.!?\u2026][)\]"'\u2019\u201d]*\s*$""")
# A caption restates a sentence when this share of its content words (stems)
# are that sentence's ...
RESTATED_SHARE = 0.8
# ... and it has this many content words at least (fewer: a heading, a
# label, which share words with anything) ...
RESTATED_MIN_WORDS = 4
# ... and the sentence is at most this many sentences away: a caption stands
# by the passage it illustrates; a bound keeps the rule linear in the text.
RESTATED_WINDOW = 30


@dataclass(frozen=True, slots=True)
class StandaloneRule:
    """A named rule about sentences that cannot stand alone, with an example
    (tests/test_news_ranker.py checks each example)."""

    name: str
    description: str
    example: str


RULES: tuple[StandaloneRule, ...] = (
    StandaloneRule(
        "back_pointing_opener",
        "a sentence opening with a back-pointing word needs the sentence before it",
        "Police arrested a 34-year-old man on Sunday. He was charged with arson.",
    ),
    StandaloneRule(
        "open_quotation",
        "a quotation running over several sentences is one unit",
        '"We will not give up. We will rebuild," the mayor said.',
    ),
    StandaloneRule(
        "back_pointing_phrase",
        "a sentence holding \"that sentiment\", \"this view\" and the like needs the sentence before it",
        "Residents said the new flats would bring crime. Resident Michael Lopiano shared that sentiment on Monday.",
    ),
    StandaloneRule(
        "pronoun_speaker_quotation",
        "a quotation whose speaker is only a pronoun needs the sentence naming the speaker",
        "Student Tom Hill is organising a rent strike. \u201cUniversities put rents above lives,\u201d he says.",
    ),
    StandaloneRule(
        "question_needs_answer",
        "a question the text asks (not one inside a quotation) needs the sentence after it, its answer",
        "Did you go to art school? No, I taught myself by copying old masters.",
    ),
    StandaloneRule(
        "reported_question_needs_answer",
        "a sentence reporting a question (\"asked ... whether\") needs the sentence after it, its answer",
        "The father faces no charges. CNN affiliate CFN 13 asked Chitwood whether he had any issue with "
        "the father's reaction. Not as a police chief and not as a father, Chitwood answered.",
    ),
    StandaloneRule(
        "rebutted_view_needs_its_rebuttal",
        "a view of a vague group (\"Some people might think ...\") answered by the next sentence (\"But\","
        " \"I see\") needs it: alone it gives the stance backwards",
        "Some people might think that the protesters oppose clean air. But the richest tenth emit half the carbon.",
    ),
    StandaloneRule(
        "unattributed_quotation",
        "a sentence that is one quotation from end to end needs the sentence naming its speaker",
        "Nesma Hajjaj fled the north seven months pregnant. \u201cI hope that my baby recovers quickly.\u201d",
    ),
)


# Not a unit rule: it says which sentences selection takes only as a last resort.
PICTURE_CAPTION = StandaloneRule(
    "picture_caption",
    "a sentence pointing at a picture (\"(left)\", \", pictured,\") is a caption: taken only as a last resort",
    "Liverpool boss Brendan Rodgers (left) hasn't disciplined Raheem Sterling for the incident.",
)


RESTATED_CAPTION = StandaloneRule(
    "restated_caption",
    "a sentence with no stop that restates a nearby sentence of the article is a caption: taken only as a last resort",
    "He suffered from minor bumps and bruises and was listed in stable condition at the hospital "
    "He is listed in stable condition after being taken to MetroHealth Medical Center and suffered from "
    "minor bruises and bumps.",
)


# Not a unit rule either: a sentence whose speaker is a surname the text never wrote before (no
# introduction to join it to) is taken only as a last resort.
UNINTRODUCED_SURNAME = StandaloneRule(
    "unintroduced_surname_is_no_pick",
    "a sentence whose subject or speaker is a surname alone that the text has not written before "
    "(\"Reiss called ...\" where only Adam G. Riess was named) says nothing of who spoke: taken only "
    "as a last resort",
    "Half of the award went to Saul Perlmutter and Adam Riess. The prize is worth $1.44 million. "
    "Reiss called the project \"an incredibly exciting adventure\" in a statement.",
)


# Not a unit rule either: a sentence that frames the article is taken only as a last resort.
FRAMING_SENTENCE = StandaloneRule(
    "framing_is_no_point",
    "a sentence announcing what follows (\"The following are ...\") or opening on an aside's label "
    "(\"A quick explainer:\") frames the article: taken only as a last resort",
    "TAYLORVILLE \u2014 The following are arrest and accident reports as recorded by the Taylorville "
    "Police Department.",
)


@cache
def _openers() -> frozenset[str]:
    return load_word_set("back_pointing_openers")


@cache
def _opening_phrases() -> tuple[str, ...]:
    """The entries of back_pointing_openers.txt of several words ("in
    other words"), matched on the sentence's first words."""
    return tuple(entry for entry in _openers() if " " in entry)


@cache
def _pair_closers() -> tuple[str, ...]:
    return tuple(entry.lower() for entry in load_rules("pair_closers"))


def closes_a_pair(text: str) -> bool:
    """Rule `pair_is_one_unit` (rules/pair_closers.txt): the sentence opens
    on what closes a pair the sentence before began ("The other half was
    awarded to ..." after "Half of the award will go to ..."): each needs
    the other. "The other halves of the teams ..." is no such opening."""
    opening = LEADING_MARKS.sub("", text).lower()
    return any(_starts_with(opening, phrase) for phrase in _pair_closers())


@cache
def _exceptions() -> tuple[str, ...]:
    return tuple(entry.lower() for entry in load_rules("back_pointing_exceptions"))


def opens_by_pointing_back(text: str) -> bool:
    """Rule `back_pointing_opener`: the first word (after any opening
    quotation mark) is a back-pointing word and the opening is not one of
    the listed exceptions. Rule `new_topic_connective_stands_alone` (QA
    round 61, CNN-Corpus dev 984): after a connective that turns to another
    strand of the news (claim_grammar.txt new_topic_connectives:
    "Meanwhile, at least 10 people were killed ..."), the sentence points
    back only when its rest does ("Meanwhile, he said ...") or opens with
    "the same" or "the other" ("Meanwhile, the same court ...": review s23;
    claim_grammar.txt back_referring_modifiers)."""
    first = OPENING.match(text)
    if first is None:
        return False
    if first.group(1).lower() in NEW_TOPIC_CONNECTIVES:
        # rule `new_topic_connective_stands_alone`: "Meanwhile, at least 10 people were killed ..."
        # turns to another strand of the news; only what follows the connective can point back
        # Review s23: "Meanwhile, the same court threw out ...", "Meanwhile, the other victim
        # ...": "the" and a back-referring modifier after it refer back
        rest = CONNECTIVE_GAP.sub("", text[first.end():])
        words = rest.lower().split()
        return bool(rest) and (opens_by_pointing_back(rest)
                               or (len(words) > 1 and words[0] == "the" and words[1] in BACK_REFERRING_MODIFIERS))
    opening = LEADING_MARKS.sub("", text).lower()
    if closes_a_pair(text):
        return True  # rule `pair_is_one_unit`: "The other half was awarded to ..."
    if first.group(1).lower() not in _openers() and not any(
            _starts_with(opening, phrase) for phrase in _opening_phrases()):
        return False
    # The exceptions hold for a phrase opener too (rule `time_of_the_sentence_before`: "At the
    # time, ..." points back, "At the time of the attack, ..." names its time).
    return not any(_starts_with(opening, phrase) for phrase in _exceptions())


def _starts_with(opening: str, phrase: str) -> bool:
    return opening.startswith(phrase) and not opening[len(phrase):len(phrase) + 1].isalnum()


def opens_with_definite_description(text: str) -> bool:
    """Rule `definite_description_opener`: the sentence opens with "The"
    and a lower-case word (an adjective or a common noun). Applied only to
    sentences after the lead, where such a phrase points back to what the
    article said before; the lead introduces what it speaks of. Rule
    `anchored_definite_description`: an opening listed in
    rules/back_pointing_exceptions.txt ("The nation's newest federal court
    ...", "The world's largest ...") introduces what it names."""
    if not DEFINITE_DESCRIPTION.match(text):
        return False
    opening = LEADING_MARKS.sub("", text).lower()
    return not any(_starts_with(opening, phrase) for phrase in _exceptions())


def is_unattributed_quotation(text: str) -> bool:
    """Rule `unattributed_quotation`: the sentence opens with a quotation
    mark, ends with one, and holds no other: one quotation, no speaker (a
    quotation throughout that closes where the sentence ends)."""
    return is_quotation_throughout(text) and text.strip()[-1] in '"\u201d'


def is_quotation_throughout(text: str) -> bool:
    """Rule `quotation_alone_is_no_point`: the sentence lies within one
    quotation from its first character to its last: it opens on a double
    quotation mark and holds no other but, at most, one closing it at its
    end. Such a sentence names no speaker: `is_unattributed_quotation`'s
    kind, and a quotation that runs on into the next paragraph ("“I
    understand their concerns, ... perfect." with its speaker two paragraphs
    up, as British papers set a quotation over several paragraphs)."""
    stripped = text.strip()
    if len(stripped) < 3 or stripped[0] not in '"\u201c':
        return False
    inner = stripped[1:-1] if stripped[-1] in '"\u201d' else stripped[1:]
    return not any(c in '"\u201c\u201d' for c in inner)


def quotations_throughout(document: Document) -> frozenset[int]:
    """Rule `quotation_alone_is_no_point`: the sentences that are a
    quotation and nothing else (`is_quotation_throughout`), which a note
    would show as the writer's own words."""
    return frozenset(s.index for s in document.sentences if is_quotation_throughout(s.text))


def is_pronoun_attributed_quotation(text: str) -> bool:
    """Rule `pronoun_speaker_quotation`: the sentence is a quotation whose
    speaker, after it, is only a pronoun and a verb (`"Universities are
    putting rents above student lives," he says.`): who "he" is, the
    sentence before says."""
    stripped = text.strip()
    return stripped[:1] in '"\u201c' and bool(PRONOUN_SPEAKER.search(stripped))


def ends_on_a_pronoun_speaker(text: str) -> bool:
    """Rule `pronoun_speaker_after_the_words` (CNN-Corpus dev 827 at k = 3:
    the summary picked "If the pings had come from the recorders, searchers
    would have found them, he said." without the sentence naming him; QA
    round 62, 515: '"...," said their statement.' without the sentence
    saying whose): a sentence whose speaker, named after a comma at its
    end, is only a pronoun and a verb (", he said.", ", she added
    Monday.") or a verb and a possessive's noun (", said their
    statement."), quoted or not, takes who speaks from the sentence before
    it. "..., he said, and left." goes on, "..., Dean said." names him and
    "..., in her disappearance." has no speech cue."""
    found = TRAILING_PRONOUN_SPEAKER.search(text.strip())
    # the verb before a possessive's noun is a speech cue (ranker_speech_cues.txt): not ", at his side."
    return found is not None and (found["cue"] is None or found["cue"] in load_word_set("ranker_speech_cues"))


def surname_speaker(text: str, summary_picks: bool = False) -> str | None:
    """Rule `surname_speaker_quotation`: the surname that alone names the
    speaker of a quotation, after it (`"Blaming the victim ... is no
    exception," Ashrawi said.` gives "Ashrawi"), else None. With
    `summary_picks` (a summary's units; a brief has its own rule,
    `surname_needs_its_introduction`, and lists such a quotation under its
    speaker), also one said somewhere ('," Perlmutter said in a written
    statement.') and, rule `inverted_surname_speaker`, one after its verb
    ('," writes Graham on the Errata Security blog.')."""
    stripped = text.strip()
    if stripped[:1] not in '"\u201c':
        return None
    found = (SURNAME_SPEAKER_SOMEWHERE if summary_picks else SURNAME_SPEAKER).search(stripped)
    if found or not summary_picks:
        return found.group(1) if found else None
    inverted = INVERTED_SURNAME_SPEAKER.search(stripped)
    return inverted["surname"] if inverted and inverted["cue"] in load_word_set("ranker_speech_cues") else None


def surnames_introduced_in_full(document: Document, wanted: Collection[str]) -> dict[str, list[tuple[int, str]]]:
    """Rule `surname_speaker_quotation`: for each of the `wanted` surnames,
    each sentence that names someone in full whose last word it is
    ("Hanan Ashrawi, a member of ..." for "Ashrawi"), with that full name,
    in text order, as the one name finder reads names. One pass over the
    text."""
    introduced: dict[str, list[tuple[int, str]]] = {}
    for number, sentence in enumerate(document.sentences):
        tokens = tokenize(sentence.text, 0, len(sentence.text))
        for name in find_names(tokens):
            surname = tokens[name.last].text
            if name.last > name.first and surname in wanted:
                full = " ".join(token.text for token in tokens[name.first:name.last + 1])
                introduced.setdefault(surname, []).append((number, full))
    return introduced


def speakers_introductions(document: Document, groups: Sequence[tuple[int, ...]],
                           surname_subjects: bool = False) -> dict[int, int]:
    """Rule `surname_speaker_quotation` (QA round 60, CNN-Corpus dev 722:
    the summary showed '"Blaming the victim ...," Ashrawi said.' without
    the sentence before it, the only one that says who Ashrawi is): for
    each sentence of a quotation (`groups`: each sentence's quotation)
    whose speaker is a surname alone, the sentence that first introduces
    that speaker in full, when it comes before the quotation: the
    quotation needs it, as a pronoun speaker needs the sentence naming
    him. A surname introduced only in the quotation itself or after it, or
    never in full, leaves it alone; so does a quotation that names its
    speaker in full ('"...," Hanan Ashrawi said.'), and the lead. Two
    people of that surname introduced before ("Will Smith, the actor" and
    "Jordan Smith won the Masters"; Bill and Hillary Clinton) leave it
    alone too: which one spoke, the surname does not say (review s22).
    With `surname_subjects` (a summary's picks), the same for a sentence
    whose subject is a surname alone (`surname_subject`), and for the
    speakers `surname_speaker` finds with `summary_picks`."""
    # (the speaker after the quotation's last sentence, or, for a summary's picks, after its first:
    # '"...," writes Graham on his blog. "That means ...')
    speakers = {number: surname for number, group in enumerate(groups) if group[0] > 0
                and (surname := surname_speaker(" ".join(document.sentences[k].text for k in group), surname_subjects)
                     or (surname_subjects and surname_speaker(document.sentences[group[0]].text, True)))}
    # rule `surname_subject_needs_its_introduction`: a sentence whose subject is a surname alone
    subjects = {number: surname for number, group in enumerate(groups) if surname_subjects and group[0] > 0
                and number not in speakers
                and len(group) == 1 and (surname := surname_subject(document.sentences[number].text))}
    if not speakers and not subjects:
        return {}
    introduced = surnames_introduced_in_full(document, frozenset(speakers.values()) | frozenset(subjects.values()))
    joined: dict[int, int] = {}
    first_said = {surname: _first_mention(document.text, surname) for surname in frozenset(subjects.values())}
    for number, surname in [*speakers.items(), *subjects.items()]:
        before = [(k, full) for k, full in introduced.get(surname, []) if k < groups[number][0]]
        if before and len({full for _, full in before}) == 1 and (number in speakers or (
                full_name_of_a_person(before[0][1])
                and first_said[surname] >= document.sentences[before[0][0]].start)):
            joined[number] = before[0][0]
    return joined


def _first_mention(text: str, word: str) -> int:
    """Where `word` is first written in `text` as a whole word (the title
    included: "Chris Brown's defense"), or the text's length."""
    found = re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text)
    return found.start() if found else len(text)


# Rule `surname_subject_needs_its_introduction`: a capitalised word opening the sentence (with or
# without "'s"), then a lower-case word: "Parker also told ...", "Parker's lawyer said ..."; or a comma
# and an apposition that describes him, his age or a relative clause (QA round 67, CNN-Corpus dev 647:
# "Chambers, who has a wife and children, ..."; round 66, 638: "Martin, 42, grew up ...")
SURNAME_SUBJECT = re.compile(r"""\s*(?P<surname>[A-Z][a-z][\w\u2019'-]*?)(?:['\u2019]s)?"""
                             r"""(?:\s+[a-z]|,\s+(?:\d|who\b|a\b|an\b|the\b))""")


def surname_subject(text: str) -> str | None:
    """Rule `surname_subject_needs_its_introduction` (QA round 61, CNN-Corpus
    dev 483: the summary picked "Parker also told the Secret Service officer
    that ..." without S14, the only sentence that says who Isaac Adams Parker
    is): the word that opens the sentence as its subject (or its
    possessor), a candidate surname; `speakers_introductions` keeps it only
    when one person was named in full by it before, with a listed first
    name, and the text (its title included) first writes the word there,
    so "Police said ..." after "Metropolitan Police", "Brown said" after
    both Chris and Bobby Brown, and "Brown's arrest ..." after a lead about
    "Chris Brown's alleged assault" stay alone."""
    found = SURNAME_SUBJECT.match(text)
    return found["surname"] if found else None


def unintroduced_surnames(document: Document, claims: Sequence[Claim]) -> frozenset[int]:
    """Rule `unintroduced_surname_is_no_pick` (session 26, CNN-Corpus dev
    893: the summary picked 'Reiss called the project "an incredibly
    exciting adventure" ...', whose Reiss the article never introduced, a
    misspelt Adam G. Riess, over the prize's winners): the sentences, the
    lead aside, whose subject (`surname_subject`) or speaker after a
    quotation (`surname_speaker`) is one capitalised word that the claim
    tagger takes as the person speaking in that sentence, that the text,
    its title included, writes there for the first time, and that is one
    slip (`one_slip_apart`) from the surname of a person named in full
    before it. Such a sentence has no introduction that
    `speakers_introductions` could join it to, and whether the slip means
    that person the tool cannot tell: the reader would meet a speaker who
    is nobody he knows. In CNN-Corpus dev the rule finds five, all
    misspellings (Conners for John Connors, Guiliano for Mark Giuliano,
    Battaille for Julie Bataille, Abdulla for Abdalla). A capitalised word
    written first with no such name before ("Edelman found ...", "Labour
    said ...", "Relatives told ...") can be a firm, a party or a group as
    well as a person introduced nowhere, and stays."""
    candidates: dict[int, str] = {}
    for claim in claims:
        number = claim.sentence
        if (number == 0 or claim.speaker_kind != "person" or claim.speaker is None
                or len(claim.speaker) < MIN_SLIP_LETTERS):
            continue
        text = document.sentences[number].text
        surname = surname_subject(text) or surname_speaker(text, summary_picks=True)
        if surname == claim.speaker and _first_mention(document.text, surname) >= document.sentences[number].start:
            candidates[number] = surname
    if not candidates:
        return frozenset()
    found: set[int] = set()
    named: set[str] = set()  # the surnames of the people named in full so far
    for number, sentence in enumerate(document.sentences):
        surname = candidates.get(number)
        if surname is not None and any(one_slip_apart(surname, other) for other in named):
            found.add(number)
        tokens = tokenize(sentence.text, 0, len(sentence.text))
        named.update(tokens[name.last].text for name in find_names(tokens) if name.last > name.first)
    return frozenset(found)


# A word this short is no surname to take for a slip of another ("Lee" for "Lei").
MIN_SLIP_LETTERS = 5


def one_slip_apart(word: str, other: str) -> bool:
    """Two different words one typing slip apart: a letter changed, added
    or dropped, or two neighbouring letters swapped ("Reiss" and "Riess",
    "Battaille" and "Bataille"), the first letter kept."""
    if word == other or word[:1] != other[:1] or abs(len(word) - len(other)) > 1:
        return False
    if len(word) == len(other):
        differ = [k for k in range(len(word)) if word[k] != other[k]]
        return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                    and word[differ[0]] == other[differ[1]] and word[differ[1]] == other[differ[0]])
    shorter, longer = sorted((word, other), key=len)
    return any(longer[:k] + longer[k + 1:] == shorter for k in range(len(longer)))


def full_name_of_a_person(name: str) -> bool:
    """A name of several words whose first is a listed first name ("Isaac
    Adams Parker"; not "Metropolitan Police", "Secret Service")."""
    words = name.split()
    return len(words) > 1 and words[0].lower() in first_names()


@cache
def _back_pointing_phrase() -> re.Pattern[str]:
    words = load_word_set("back_pointing_nouns")
    plural = {w for w in words if w.endswith("s") and w[:-1] in words}

    def alternatives(nouns: set[str] | frozenset[str]) -> str:
        return "|".join(sorted(map(re.escape, nouns)))

    # "that claims ..." is mostly "said that claims ...": "that" and "this"
    # only before a singular noun, "these" and "those" before a plural one;
    # "at this point", "up to that point" are times.
    requests = load_word_sets("back_pointing_request_nouns")
    asked, ends = requests["nouns"], requests["ends"]
    asked_plural = {w for w in asked if w.endswith("s") and w[:-1] in asked}
    # a noun of back_pointing_request_nouns.txt only where it ends its phrase ("echoed that call.",
    # "those pleas on Monday"), not "this call for calm", "that call volumes"
    phrase_end = rf"(?=\s*(?:[^\w\s]|$)|\s+(?:{alternatives(ends)})\b)"
    return re.compile(rf"(?<!\bat )(?<!\bto )\b(?:(?:that|this) (?:{alternatives(words - plural)})|(?:these|those) "
                      rf"(?:{alternatives(plural)})|(?:such|the same) (?:{alternatives(words)})"
                      rf"|(?:(?:that|this) (?:{alternatives(asked - asked_plural)})|(?:these|those) "
                      rf"(?:{alternatives(asked_plural)})|(?:such|the same) (?:{alternatives(asked)})){phrase_end})\b",
                      re.IGNORECASE)


def holds_back_pointing_phrase(text: str, plurals: bool = True) -> bool:
    """Rule `back_pointing_phrase`: the sentence speaks of what an earlier
    one said through a demonstrative and a noun of rules/
    back_pointing_nouns.txt ("shared that sentiment", "rejected this
    view"), or (rule `demonstrative_plural_points_back`) through "these" or
    "those" and any plural noun that does not say itself what it holds
    (left out with `plurals` false)."""
    return bool(_back_pointing_phrase().search(text)) or (plurals and holds_demonstrative_plural(text))


@cache
def _demonstrative_plural() -> re.Pattern[str]:
    """Rule `demonstrative_plural_points_back`: "these"/"those", a plural
    noun in lower case (an "s" after a letter other than "s", "u" or "i":
    not "this", "bonus", "analysis"), then no word of
    back_pointing_plurals.txt `definers`, no -ing or -ed word, no colon or
    dash ("these differences -- whether we turn toward ..."), no second
    plural (the first is its modifier: "these appeals courts")."""
    sets = load_word_sets("back_pointing_plurals")
    nouns = "|".join(sorted(map(re.escape, sets["nouns"])))
    definers = "|".join(sorted(map(re.escape, sets["definers"])))
    return re.compile(rf"\b(?:[Tt]hese|[Tt]hose) (?!(?:{nouns})\b)(?P<noun>[a-z][a-z-]*[a-rt-z]s)\b"
                      rf"(?![\w'\u2019-])(?!\s*(?::|--|\u2014|\u2013))(?!\s+(?:{definers})\b)(?!\s+[a-z]+(?:ing|ed)\b)"
                      r"(?!\s+[a-z]+[a-rt-z]s\b)")


def holds_demonstrative_plural(text: str) -> bool:
    """Rule `demonstrative_plural_points_back` (reader round H, CNN-Corpus
    dev 154 s15: "When the researchers controlled for these factors, they
    were able to determine ..." was a key point while the sentence naming
    the factors was left out): "these" or "those" before a plural noun
    points back at what an earlier sentence listed. "those people who
    ...", "these countries in Europe", "these factors: age, ..." and
    "these days" say in place what they mean; so does a noun whose stem
    the sentence gave before it (CNN-Corpus dev 875: "Malawi already has
    30,000 farmers ..., plus another 20,000 working on these farms")."""
    def named_before(found: re.Match[str]) -> bool:
        before = re.findall(r"[a-z]+", text[:found.start()].lower())
        naming = load_word_sets("back_pointing_plurals").get(f"named_{found['noun']}", frozenset())
        # rule `plural_named_before_in_its_sentence`: "convicted ..., but those charges were overturned"
        return stem(found["noun"]) in {stem(w) for w in before} or not naming.isdisjoint(before)

    return any(found["noun"][-2:-1] not in "ui" and not named_before(found)
               for found in _demonstrative_plural().finditer(text))


def points_back_to_a_time(text: str) -> bool:
    """Rule `that_time_points_back` (QA round 65, 987: the summary picked
    "After Yanukovych won that election, ..." and "In October of that year,
    ..." without the sentences naming the 2010 election and 2011): the
    sentence speaks of a time or an event an earlier one named, through
    "that" and a noun of rules/back_pointing_that_nouns.txt. A summary shows
    it with the sentence before it (`sentence_units` with `summary_picks`)."""
    cues = load_word_set("ranker_speech_cues")
    return any(not (before := text[:found.start()].split()) or before[-1].lower() not in cues
               for found in _that_time().finditer(text))


@cache
def _that_time() -> re.Pattern[str]:
    """Rule `that_time_points_back`: "that" and a listed noun alone (no
    plural, no hyphen: "that year-end sales"); a clause's "that" after a
    verb of saying (ranker_speech_cues.txt: "said that year was ...") is
    told apart by the reader."""
    nouns = "|".join(sorted(map(re.escape, load_word_set("back_pointing_that_nouns"))))
    return re.compile(rf"\b[Tt]hat (?:{nouns})\b(?![\w'\u2019-])")


# Rule `bare_agreement_points_back`: at most this many words before the verb ("Sen. John Smith
# agreed."); a longer sentence says more than the agreement.
BARE_AGREEMENT_WORDS = 4
BARE_AGREEMENT_TAIL = re.compile(r""",?\s+(?:too|as\s+well)$""", re.IGNORECASE)


def is_bare_agreement(text: str) -> bool:
    """Rule `bare_agreement_points_back` (QA round 39: the key point "Borger agreed." said
    nothing without the sentence before): a sentence of at most BARE_AGREEMENT_WORDS words and a
    verb of rules/back_pointing_verbs.txt that ends it ("too", "as well" aside). "Borger agreed
    to step down." goes on past the verb and stands alone."""
    stripped = LEADING_MARKS.sub("", text.strip())
    if not stripped.endswith("."):
        return False
    words = BARE_AGREEMENT_TAIL.sub("", stripped[:-1]).split()
    return 1 < len(words) <= BARE_AGREEMENT_WORDS + 1 and words[-1].lower() in load_word_set("back_pointing_verbs")


# Rule `bare_pronoun_object_points_back`: at most this many words in all ("Some AI researchers are
# thinking about it." has seven); a longer sentence says more than what it takes from before.
BARE_OBJECT_WORDS = 8
# ... and one clause: a conjunction or a comma may give the pronoun its antecedent in the sentence
# ("The company sold the factory and closed it.").
CLAUSE_JOINERS = re.compile(r",|;|\b(?:and|or|but|because|so|if|when|while)\b", re.IGNORECASE)


def is_bare_pronoun_object(text: str) -> bool:
    """Rule `bare_pronoun_object_points_back` (web tester s13, wired.com: the key point "Some AI
    researchers are thinking about it." said nothing of what "it" is; the sentence before did): a
    sentence of one clause and at most BARE_OBJECT_WORDS words that ends on a pronoun of
    rules/back_pointing_objects.txt ("it", "them", "this", "that") takes what the pronoun stands
    for from the sentence before, as `bare_agreement_points_back` takes what is agreed with.
    "Some researchers are thinking about it as a tool." goes on past the pronoun, and "The company
    sold the factory and closed it." holds its antecedent."""
    stripped = LEADING_MARKS.sub("", text.strip())
    if not stripped.endswith("."):
        return False
    body = stripped[:-1]
    words = body.split()
    return (1 < len(words) <= BARE_OBJECT_WORDS and words[-1].lower() in load_word_set("back_pointing_objects")
            and not CLAUSE_JOINERS.search(body))


def holds_bare_count(text: str) -> bool:
    """Rule `bare_count_points_back` (QA round 47, 804: the key point
    "Clinton reflected on the conversations the two have had." named only
    Clinton; who the two are, the sentences before said): "the" and a number
    of claim_grammar.txt `numbers` standing for people or things with no
    noun after it: a verb's auxiliary ("the two have", "The three were"),
    "of them" or "of us", or a stop. Not with a noun ("the two sides have
    agreed", "the two-state solution"), nor after an "and" in the sentence,
    which may name the two itself ("Obama met Clinton, and the two spoke.")."""
    found = _bare_count().search(text)
    return found is not None and not AND_WORD.search(text, 0, found.start())


@cache
def _bare_count() -> re.Pattern[str]:
    numbers = alternation(grammar("numbers"))
    auxiliaries = alternation(grammar("finite_verbs"))
    return re.compile(rf"\bthe\s+(?:{numbers})(?=\s+(?:{auxiliaries}|of\s+(?:them|us|you))\b|\s*[,.;:!?]|\s*$)",
                      re.IGNORECASE)


AND_WORD = re.compile(r"\band\b", re.IGNORECASE)


def is_open_question(text: str) -> bool:
    """Rule `question_needs_answer`: the sentence ends with a question mark
    of its own (not one inside a closing quotation: `He asked: "Why now?"`
    is a report), so it asks what the next sentence answers: an interview's
    question, an essay's "Which invites the question: ...?"."""
    return text.rstrip().endswith("?")


# Rule `answer_needs_its_question`: the label of an answer that opens a sentence ("Answer: ...")
ANSWER_LABEL = re.compile(r"\s*answer\s*:\s", re.IGNORECASE)


def is_labelled_answer(text: str) -> bool:
    """Rule `answer_needs_its_question` (QA round 55, CNN-Corpus dev 558: the
    summary opened on 'Answer: "Z-Machines," the robot band with a
    surprisingly human sound.', whose question stood above the body): a
    sentence that opens on the label "Answer:" answers the sentence before
    it and needs it; as the first sentence of the body (`unasked_answers`)
    its question is in the headline's deck, which a summary does not show,
    so it is taken only as a last resort. "Answers came slowly." stays."""
    return bool(ANSWER_LABEL.match(text))


def unasked_answers(document: Document) -> frozenset[int]:
    """Rule `answer_needs_its_question`: the first body sentence when it is
    a labelled answer, whose question is not in the body."""
    sentences = document.sentences
    return frozenset({0}) if sentences and is_labelled_answer(sentences[0].text) else frozenset()


# Rule `quoted_question_answered_by_its_speaker`: a quotation that opens the sentence and ends on
# its question mark, then the words naming who asks ('"Am I angry with Ross?" Leanna Harris said')
QUOTED_QUESTION = re.compile("\\s*[\"\u201c][^\"\u201c\u201d]*\\?[\"\u201d]\\s+[^\\s\"\u201c]")


def is_quoted_question_answered(text: str, answer: str) -> bool:
    """Rule `quoted_question_answered_by_its_speaker` (QA round 55, CNN-Corpus
    dev 668: the summary gave '"Am I angry with Ross?" Leanna Harris said at
    the funeral ...' without '"Absolutely not.'): `text` opens on a quoted
    question and names who asks it, and `answer`, the next sentence of its
    paragraph, opens a quotation: the speaker answering the question. The
    question needs that answer (`sentence_units`). A quoted question the
    paragraph does not go on to answer in a quotation ('"Why now?" she asked.
    Police declined to comment.') stands as a report."""
    return bool(QUOTED_QUESTION.match(text)) and bool(QUOTATION_OPENS.match(answer))


@cache
def _rebutted_view() -> tuple[re.Pattern[str], re.Pattern[str]]:
    sets = load_word_sets("rebutted_views")
    gap = int(next(iter(sets["gap"])))
    word = r"[\w'\u2019-]+"
    view = re.compile(rf"^[\s\u2014\u2013-]*(?:{alternation(sets['group_prefix'])}\s+)?{alternation(sets['group'])}"
                      rf"(?:\s+{word}){{0,{gap}}}?(?:\s+{alternation(sets['modal'])})?\s+{alternation(sets['holds'])}\b",
                      re.IGNORECASE)
    own = re.compile(rf"^[\s\u2014\u2013-]*I(?:\s+{alternation(sets['first_person_negation'])}){{0,2}}"
                     rf"\s+{alternation(sets['holds'])}\b")
    return view, own


def is_rebutted_view(text: str, answer: str) -> bool:
    """Rule `rebutted_view_needs_its_rebuttal` (rules/rebutted_views.txt; web
    tester s19, pamelaandersonfoundation.org: the bottom line "Lots of media
    see Yellow Vests protesters as criminals causing destruction.", a view
    the next sentence, "I see forces of destruction on the other side.",
    argues against): `text` reports the view of a vague group ("Some people
    might think that ...") and `answer`, the next sentence, sets one
    against it (opens with a contrast connective of contrast_openers.txt,
    or with "I" and a verb of holding a view). Not a view nothing answers,
    nor a quotation (the speaker's words, which the claims give)."""
    view, own = _rebutted_view()
    if not view.match(text):
        return False
    return without_contrast_opener(answer) is not None or bool(own.match(answer))


@cache
def _reported_question() -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str]]:
    sets = load_word_sets("reported_questions")
    gap = int(next(iter(sets["gap"])))
    word = r"[\w'\u2019.-]+"
    pattern = re.compile(rf"\b(?:{'|'.join(sorted(sets['asks']))})((?:\s+{word}){{0,{gap}}}?)\s+"
                         rf"({'|'.join(sorted(sets['wh']))})\b", re.IGNORECASE)
    return pattern, sets["opener"], sets["reply"], sets["relatives_of_a_request"]


def is_reported_question(text: str) -> bool:
    """Rule `reported_question_needs_answer` (rules/reported_questions.txt):
    the writer reports a question ("CNN affiliate CFN 13 asked Chitwood
    whether he had any issue with the father's reaction."), whose answer is
    the next sentence. Not when "asked" follows "when" or "if", or the
    sentence opens with "Asked" (its main clause answers), holds a reply
    word ("..., and he said: ...": the answer is in it) or the words between
    "asked" and the question word include "to" ("asked to" is a request), or
    the one asked is followed by "who" and later "to" + a verb ("asked
    anyone who saw the crash to call them": a request)."""
    pattern, openers, replies, relatives = _reported_question()
    match = pattern.search(text)
    if match is None or re.search(r"\bto\b", match.group(1), re.IGNORECASE):
        return False
    if match.group(1).strip() and match.group(2).lower() in relatives and \
            re.search(r"\bto\s+[a-z]", text[match.end():]):
        # "Police asked anyone who saw the crash to call them": after the one asked, "who"
        # opens a relative clause and "to call" says what they are asked to do (review s9)
        return False
    before = re.findall(r"[A-Za-z]+", text[: match.start()])
    if before and before[-1].lower() in openers:  # "..., he said, "Yes" when asked if ..."
        return False
    first = OPENING.match(text)
    if first is not None and first.group(1).lower() in openers:
        return False
    return not any(word.lower() in replies for word in re.findall(r"[A-Za-z]+", text))


@cache
def _picture_reference() -> re.Pattern[str]:
    sets = load_word_sets("picture_references")

    def one_of(*names: str) -> str:
        return "(?:" + "|".join(sorted(re.escape(w) for name in names for w in sets[name])) + ")"

    joiners, directions, anywhere = one_of("joiner"), one_of("direction"), one_of("direction", "joiner")
    photo, photo_noun = one_of("photo"), one_of("photo_noun")
    # "pictured left the stadium": "left" is a verb when a determiner or a name follows it
    object_follows = rf"\s+(?:{alternation(word_set('claim_grammar', 'determiners'))}\b|(?-i:[A-Z]))"
    return re.compile(
        r"\((?-i:pictured)\b[^()]{0,200}\)"
        rf"|\((?-i:(?:{joiners}\s+)*{directions}(?:[\s,]+{anywhere})*)\)"
        rf"|\((?:{photo}\s+)*{photo_noun}(?:\s+{photo})*\)"
        rf"|,\s*pictured(?:\s+(?:{one_of('aside_lead', 'after_pictured')}|\w+ing)\b[^,.;:!?()]{{0,60}})?,"
        rf"|\bpictured\s+{one_of('after_pictured')}\b(?!{object_follows})"
        r"|^\W*pictured\s*:",
        re.IGNORECASE,
    )


def points_at_picture(text: str) -> bool:
    """Rule `picture_caption` (rules/picture_references.txt): the sentence
    holds a picture's direction in parentheses ("(left)", "(pictured with
    Rojo last month)", "(far right)"), a photo note ("(file photo)"),
    "pictured" as an aside (", pictured in 2014,") or followed by where
    ("pictured left"), or opens with "Pictured:". It is, or holds, a photo
    caption: a summary takes it only when nothing else is left. "Pictured"
    or "left" as a verb with its object is no caption (", pictured the
    finish line,", "pictured left the stadium"), nor is a lone "(stock)"."""
    return bool(_picture_reference().search(text))


def picture_captions(document: Document, restated: Collection[int] | None = None) -> frozenset[int]:
    """The sentences that `points_at_picture` (rule `picture_caption`) or
    restate another with no stop of their own (rule `restated_caption`;
    `restated`: those sentences, when the caller has them already)."""
    pointing = {i for i, s in enumerate(document.sentences) if points_at_picture(s.text)}
    return frozenset(pointing.union(restated_captions(document) if restated is None else restated))


def restated_captions(document: Document, stems: Sequence[frozenset[str]] | None = None) -> set[int]:
    """Rule `restated_caption`: a sentence with no stop of its own (it ends
    on a word, the splitter cut it off what follows: rule
    `unstopped_before_pronoun`) at least RESTATED_MIN_WORDS content words
    long, RESTATED_SHARE of them (stems) found in one sentence that ends
    with a stop within RESTATED_WINDOW sentences of it. It is a photo
    caption that restates the article's own sentence ("... can expect a
    retirement income 13% higher than a colleague", then "... 13 per cent
    higher than a colleague who has been through a divorce."): a worse
    copy, which a reader never needs besides the sentence itself. A stopped
    sentence restated, and two captions alike, are no such pair. `stems`:
    each sentence's content-word stems, when the caller has them already."""
    sentences = document.sentences
    stopless = [i for i, s in enumerate(sentences) if ENDS_ON_A_WORD.search(s.text)]
    if not stopless:
        return set()
    found: dict[int, frozenset[str]] = {}

    def stems_of(number: int) -> frozenset[str]:
        if stems is not None:
            return stems[number]
        if number not in found:
            found[number] = frozenset(stem(word) for word in content_words(sentences[number].text))
        return found[number]

    stopped = [bool(ENDS_WITH_A_STOP.search(s.text)) for s in sentences]
    restated = set()
    for number in stopless:
        own = stems_of(number)
        if len(own) < RESTATED_MIN_WORDS:
            continue
        for other in range(max(0, number - RESTATED_WINDOW), min(len(sentences), number + RESTATED_WINDOW + 1)):
            if other != number and stopped[other] and len(own & stems_of(other)) >= RESTATED_SHARE * len(own):
                restated.add(number)
                break
    return restated


@cache
def _framing_openings() -> tuple[re.Pattern[str], ...]:
    replies = alternation(frozenset(load_rules("reply_words")))  # "{reply_words}" in the file
    return tuple(re.compile(entry.replace("{reply_words}", replies), re.IGNORECASE)
                 for entry in load_rules("framing_sentences"))


def is_framing(text: str, opens_body: bool = False) -> bool:
    """Rule `framing_is_no_point` (web tester s15: a police blotter's bottom
    line was "The following are arrest and accident reports as recorded by
    ...", a restaurant review's "A quick explainer: To be called tequila, the
    spirit must ..."): the sentence announces what follows ("The following
    are ...", "Here are ...", "... as follows.") or opens on the label of an
    aside ("A quick explainer:", "For context:"), an entry of
    rules/framing_sentences.txt matched from its first word to a word's end,
    after its dateline (`opens_body`: the text's first sentence, whose
    dateline may be glued). It frames the news and does not tell it. Not
    "The following year, she was elected mayor.", nor a quotation ("“Here
    is what we know,” she said.": the speaker's words, which the claims
    give)."""
    opening = without_dateline(text, opens_body).lstrip()
    for pattern in _framing_openings():
        found = pattern.match(opening)
        if found and not opening[found.end():found.end() + 1].isalnum():
            return True
    return is_verification_note(opening)


# rule `verification_note_is_no_point`: the subject, then "cannot / could not / was unable to ...
# independently confirm / verify / corroborate"
VERIFICATION_NOTE = re.compile(
    r"(?P<subject>[A-Z][\w.'\u2019&-]*(?:\s+[\w.'\u2019&-]+){0,3}?)\s+"
    r"(?:cannot|can['\u2019]t|could\s+not|couldn['\u2019]t|(?:is|are|was|were)\s+(?:not\s+able|unable)\s+to"
    r"|(?:has|have|had)\s+not\s+been\s+able\s+to)\s+independently\s+(?:confirm|verify|corroborate)\b")
# ... and with no news after it in a clause of its own: "CNN cannot independently verify daily death
# tolls, but the United Nations has said ..."
NEWS_AFTER_THE_NOTE = re.compile(r",\s*(?:but|although|though|while)\b")


def is_verification_note(text: str) -> bool:
    """Rule `verification_note_is_no_point` (QA round 59, CNN-Corpus dev 964,
    the summary's "CNN cannot independently confirm reports of violence in
    Syria, as ..."): a news outlet (junk_readings.txt news_outlets, as the
    claims' `outlet_unable_to_confirm_is_the_writers` reads it) or "we"
    that opens the sentence and cannot independently confirm or verify
    something notes how the news was sourced, not what happened. Not "The
    Pentagon cannot independently confirm the death of ..." (review s21: an
    official's hedge on news), nor a note with news after ", but", nor one
    inside a sentence ("Al-Nouman offered no evidence, and CNN cannot
    ...")."""
    found = VERIFICATION_NOTE.match(text)
    if found is None or NEWS_AFTER_THE_NOTE.search(text, found.end()):
        return False
    subject = found["subject"]
    return subject.lower() == "we" or is_news_outlet(subject)


def ends_on_a_colon(text: str) -> bool:
    """Rule `colon_end_announces_what_follows` (web tester s16, jobsnhire.com:
    the summary's "There are four main areas where CVS Health accomplishes
    this objective:" with the list it opens left out): a sentence whose last
    mark, past closing quotation marks and brackets, is a colon announces the
    block after it (a list, a quotation set apart, code), which a summary
    of chosen sentences does not carry. Not a colon inside the sentence
    ("The reason is simple: money.").

    QA round 60 (425: the summary and a key point "Responding to the
    legion's call ..., the VA issued a statement late Monday:." with the
    statement left out): a stop typed after the colon, as some archives
    print a lead-in, ends it all the same."""
    return bool(COLON_END.search(text))


# a colon that ends a sentence (a stray stop after it: "late Monday:."), closing marks after it
COLON_END = re.compile(r""":\.?[\s"'\u201d\u2019)\]]*$""")


def is_post_stamp(text: str, opens_body: bool = False) -> bool:
    """Rule `post_stamp_is_no_point` (views s16, a blog page quoting a
    Harper's post: the key point "August 13, 2015, 11:32 am Undelivered
    Goods How $1.8 billion in aid to Ukraine was funneled to ..."): after its
    dateline (`opens_body` as in `is_framing`), the sentence opens on a date
    and a clock time, then a capitalised word, and ends with no stop: a
    post's time stamp run into its heading, no sentence of the news. Not a
    sentence that ends on a stop ("August 13, 2015, 11:32 am Police said the
    road was shut.": a live blog's entry), nor a date without a clock time
    ("August 13, 2015 was the day ...") or after a preposition ("On August
    13, 2015, at 11:32 am, ...")."""
    opening = without_dateline(text, opens_body).strip()
    stamp = DATE_PIECE.match(opening)
    if stamp is None or opening[-1:] in SENTENCE_STOPS:
        return False
    return bool(CLOCK_THEN_HEADING.match(opening, stamp.end()))


# what ends a sentence as written (closing quotation marks and brackets first)
SENTENCE_STOPS = ".!?\"'\u201d\u2019)"
# after a stamp's date: a comma, a clock time ("11:32 am", "9:05 p.m."), then a capitalised word
CLOCK_THEN_HEADING = re.compile(r",?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\b\.?)?,?\s+[A-Z]")


def framing_sentences(document: Document) -> frozenset[int]:
    """The sentences that `is_framing` (rule `framing_is_no_point`), that
    end on a colon (rule `colon_end_announces_what_follows`) or that are a
    post's stamp and heading (rule `post_stamp_is_no_point`). They are
    taken only as a last resort, as photo captions are."""
    return frozenset(n for n, s in enumerate(document.sentences) if is_framing(s.text, n == 0)
                     or ends_on_a_colon(s.text) or is_post_stamp(s.text, n == 0))


# Rule `subhead_set_as_a_sentence`: a subhead set as a sentence is this short when it has no verb
# ("From dreams to reality.") ...
MAX_VERBLESS_HEADING_WORDS = 5
# ... and when it is (or ends on) a quotation with the stop after its closing mark
MAX_QUOTED_HEADING_WORDS = 10
QUOTED_HEADING_END = re.compile(r"""['"\u2019\u201d]\.\s*$""")


def run_in_headings(document: Document) -> frozenset[int]:
    """Rule `subhead_set_as_a_sentence` (QA rounds 54 and 55, CNN-Corpus dev
    554 "From dreams to reality.", 668 "'The Lord is holding me up'."; the
    brief's `verbless_heading_is_no_point` reads it too, brief.headings_over_text): a paragraph of one
    sentence that `is_run_in_heading` is a section heading whose stop the
    text added, no sentence of the news. A summary takes it only as a last
    resort, as a photo caption; a brief takes it as no point. A short
    sentence inside a paragraph stays."""
    sentences = document.sentences
    return frozenset(paragraph.sentences[0] for paragraph in document.paragraphs
                     if len(paragraph.sentences) == 1 and is_run_in_heading(sentences[paragraph.sentences[0]].text))


def is_run_in_heading(text: str) -> bool:
    """Rule `subhead_set_as_a_sentence`: `is_verbless_heading`,
    `is_quoted_heading`, `is_outlet_series_tag` or (rule
    `listing_line_is_no_point`) `is_listing_line`."""
    return is_verbless_heading(text) or is_quoted_heading(text) or is_outlet_series_tag(text) \
        or is_listing_line(text)


# Rule `listing_line_is_no_point`: a part of a listing that is a phone number ("+968 2673 5555",
# "(555) 867-5309"; at least junk.MIN_PHONE_DIGITS digits), the parts semicolons divide, and the
# longest word in lower case a listing holds ("of", "the", "St.": names, numbers and joiners only)
PHONE_PART = re.compile(r"\s*\+?\(?\d[\d\s().-]*\d\s*\.?\s*")
MIN_LISTING_PARTS = 3
MAX_LISTING_LOWER_WORD_LETTERS = 3


def is_listing_line(text: str) -> bool:
    """Rule `listing_line_is_no_point` (QA round 64, 602: the summary and a
    key point took "Six Senses Zighy Bay; Musandam Peninsula; Dibba Bayeh,
    Oman; +968 2673 5555.", a travel piece's address line): a line of at
    least MIN_LISTING_PARTS parts divided by semicolons, one of them a phone
    number alone, and no word in lower case longer than
    MAX_LISTING_LOWER_WORD_LETTERS letters (so no verb and no prose: names,
    streets, numbers) is a listing (name; street; town; phone), no sentence
    of the news. As a heading, only a paragraph of its own counts
    (`run_in_headings`). "Bookings open Monday; call +968 2673 5555; rooms
    start at $300." (prose) and "Sales rose; profits fell; 2,673,555 shares
    changed hands." (no phone) stay."""
    parts = [part for part in text.split(";") if part.strip()]
    if len(parts) < MIN_LISTING_PARTS or any(
            len(word) > MAX_LISTING_LOWER_WORD_LETTERS for word in LOWER_CASE_WORD.findall(text)):
        return False
    return any(PHONE_PART.fullmatch(part) and sum(ch.isdigit() for ch in part) >= MIN_PHONE_DIGITS
               for part in parts)


# Rule `outlet_series_tag_is_no_point`: a news outlet's possessive ("CNN's", "The New York Times'")
# opening the sentence, then a lower-case word (not a reporter's name: "CNN's Jake Tapper ...")
OUTLET_POSSESSIVE = re.compile(
    r"""^[\s"'\u2018\u201c]*((?:The\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?:['\u2019]s|['\u2019])\s+[a-z]""")

# ... and the tag's own shape: up to three lower-case words, the last a noun of
# rules/outlet_series_nouns.txt, then a preposition of its topic ("ongoing look at")
OUTLET_SERIES_NOUN = re.compile(
    r"(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z][\w-]*)\s+(?:at|on|of|into|about|from|inside)\b")


def is_outlet_series_tag(text: str) -> bool:
    """Rule `outlet_series_tag_is_no_point` (QA round 60, CNN-Corpus dev
    425: the summary and the brief took "CNN's ongoing look at health care
    for veterans.", a series tag set as a paragraph): a sentence of at most
    MAX_QUOTED_HEADING_WORDS words that opens on a news outlet's possessive
    and a lower-case word (`is_news_outlet`: junk_readings.txt
    news_outlets) and holds no finite verb that `has_finite_verb` reads is
    the outlet labelling its own coverage, no news. Like the other
    headings, only a paragraph of its own counts (`run_in_headings`): in
    CNN-Corpus dev only 425's tag is one. "CNN's Jake Tapper contributed
    to this report." (a name after it) and "CNN's reporting prompted an
    inquiry." (a verb) stay. The tag's own shape is needed too (review s22:
    the verb test reads "ratings drop" as no verb): a noun of rules/
    outlet_series_nouns.txt and a preposition (`OUTLET_SERIES_NOUN`), so
    "CNN's ratings drop to a 20-year low." and "The Times's apology to the
    Jones family." stay news."""
    opening = OUTLET_POSSESSIVE.match(text)
    if opening is None or count_words(text) > MAX_QUOTED_HEADING_WORDS or not is_news_outlet(opening.group(1)):
        return False
    series = OUTLET_SERIES_NOUN.match(text, opening.end() - 1)
    if series is None or series["noun"].lower() not in load_word_set("outlet_series_nouns"):
        return False  # news about the outlet: "CNN's ratings drop to a 20-year low." (review s22)
    stripped = text.strip()
    return not stripped.endswith(("?", "!")) and not has_finite_verb(tokenize(stripped, 0, len(stripped)))


def is_verbless_heading(text: str) -> bool:
    """A sentence of at most MAX_VERBLESS_HEADING_WORDS words that ends on a
    stop or no mark (not a question or an exclamation) and holds no finite
    verb that `has_finite_verb` reads (a subject pronoun, an auxiliary, a
    past form, a negation): "From dreams to reality.". The test of verbs is
    loose ("Prices rose sharply." has none it reads), so only a paragraph of
    its own counts (`run_in_headings`). "Nobody was hurt." stays."""
    stripped = text.strip().rstrip("\"'\u201d\u2019")
    if count_words(stripped) > MAX_VERBLESS_HEADING_WORDS or stripped.endswith(("?", "!")):
        return False
    return not has_finite_verb(tokenize(stripped, 0, len(stripped)))


# Rule `verbless_fragment_is_no_point`: a sentence of at most this many words inside a paragraph
# that holds no verb ("Same thing.") is a fragment that leans on its neighbours
MAX_FRAGMENT_WORDS = 3
QUOTE_OR_APOSTROPHE = re.compile("[\"'\u2018\u2019\u201c\u201d]")


def verbless_fragments(document: Document) -> frozenset[int]:
    """Rule `verbless_fragment_is_no_point` (QA round 62, CNN-Corpus dev
    538: the summary picked "Same thing.", the reply of a columnist's
    aside): in a paragraph of several sentences (one of its own is
    `subhead_set_as_a_sentence`'s), a sentence that `is_verbless_fragment`
    says nothing alone. A summary takes it only as a last resort, as a
    caption; a brief takes it as no point."""
    sentences = document.sentences
    return frozenset(number for paragraph in document.paragraphs if len(paragraph.sentences) > 1
                     for place, number in enumerate(paragraph.sentences)
                     if is_verbless_fragment(sentences[number].text)
                     # rule `glossed_example_is_no_fragment`
                     and not (place + 1 < len(paragraph.sentences)
                              and is_parenthesised_aside(sentences[paragraph.sentences[place + 1]].text)))


# rule `parenthesised_aside_leans_on_its_sentence`: a sentence wholly inside one pair of parentheses
PARENTHESISED_ASIDE = re.compile(r"\s*\([^()]+\)[.!?]?\s*$")


def is_parenthesised_aside(text: str) -> bool:
    """Rule `parenthesised_aside_leans_on_its_sentence` (german.stackexchange
    page: the key points "(I am being robbed)" and "(I blush [turn red]
    when I feel ashamed)", each the gloss of the German example before it;
    CNN-Corpus dev 555: "(And if your aging grandmother is on Twitter, more
    power to her.)"): a sentence wholly inside one pair of parentheses is
    an aside on the sentence before it, and is shown with it. Rule
    `glossed_example_is_no_fragment`: the sentence such a gloss follows
    in its paragraph is no verbless fragment ("Ich werde ausgeraubt.", the
    page's example, has a verb the English verb test cannot read). "(CNN)
    -- Police said ..." goes on after its parentheses and stands alone."""
    return PARENTHESISED_ASIDE.match(text) is not None


def is_verbless_fragment(text: str) -> bool:
    """A sentence of at most MAX_FRAGMENT_WORDS words, with no quotation
    mark or apostrophe (someone's words, "It's over."), not a question or
    an exclamation, in which no word can be a verb: none that
    `has_finite_verb` reads, none of claim_grammar.txt's finite_verbs or
    past_verbs (irregular pasts, "Prices fell." stays) or a past form
    (the first word too, lower-cased: "Happened again." stays), and no
    lower-case word after the first ending in "s", which may be a verb in
    the present ("Nobody cares." stays), nor a plural first word and a
    lower-case word after it, which may be its verb in the present
    ("Markets slump." stays: review s23). "Same thing.", "No problem.",
    "Or rather, simplicity." are fragments."""
    stripped = text.strip()
    if (count_words(stripped) > MAX_FRAGMENT_WORDS or stripped.endswith(("?", "!"))
            or QUOTE_OR_APOSTROPHE.search(stripped)):
        return False
    tokens = tokenize(stripped, 0, len(stripped))
    if not tokens or has_finite_verb(tokens):
        return False
    for position, token in enumerate(tokens):
        low = token.lower
        if low in FINITE_VERBS or low in PAST_VERBS or low in past_forms() or (low.endswith("ed") and len(low) > 3):
            return False
        if position > 0 and not token.is_capitalised and low.endswith("s") and not low.endswith("ss"):
            return False
    # (review s23: "Markets slump.", a plural subject and a lower-case word that may be its verb in
    # the present, is a headline-like sentence that tells the news)
    first, second = tokens[0].lower, tokens[1].text if len(tokens) > 1 else ""
    return not (first.endswith("s") and not first.endswith(("ss", "us", "is")) and first not in stop_words()
                and second.isalpha() and second.islower() and second not in stop_words()
                and not second.endswith("ly"))


def is_quoted_heading(text: str) -> bool:
    """A sentence of at most MAX_QUOTED_HEADING_WORDS words that ends on a
    closing quotation mark and then a stop: "'The Lord is holding me up'.",
    "Child 'was perfect'.". News set in American style puts a sentence's
    stop inside the quotation; a stop after the mark is one added to a
    heading (CNN-Corpus dev: 95 one-sentence paragraphs, all subheads but
    a few list items; none in BBC dev or the 119 dev web pages). "'The Lord
    is holding me up,' she said." and a longer sentence stay; so does one
    with a finite verb before the quotation (review 2 s20: 'The president
    called the ruling "a disgrace".', British style, is prose)."""
    if not QUOTED_HEADING_END.search(text) or count_words(text) > MAX_QUOTED_HEADING_WORDS:
        return False
    before = text[:_quotation_start(text.rstrip()[:-1])]
    return not has_finite_verb(tokenize(before, 0, len(before)))


# the opening mark of each closing one; a single mark opens only at the start or after a space
OPENING_MARKS = {'"': '"', "\u201d": "\u201c", "'": "'\u2018", "\u2019": "'\u2018"}


def _quotation_start(text: str) -> int:
    """Where the quotation that `text` ends with opens (0 when no opening
    mark is found, so the whole text counts as the quotation)."""
    closing = text[-1]
    for at in range(len(text) - 2, -1, -1):
        if text[at] in OPENING_MARKS[closing] and (closing in "\"\u201d" or at == 0 or text[at - 1].isspace()):
            return at
    return 0


def speakerless_quotations(document: Document) -> frozenset[int]:
    """Rule `quotation_without_speaker` (web tester s14, K5): the sentences
    that are someone's words with no speaker a reader could find beside
    them, which a summary or a note would show as the writer's own: a first
    sentence that is one quotation and nothing else (instyle.com's deck:
    "A hairstyle is more than just external beauty ..."; no sentence before
    it can name who said it), and a sentence that closes a quotation opened
    in an earlier paragraph (from its paragraph's start, more closing curly
    marks than opening ones, the last at its end), with the sentences
    before it in its paragraph
    (diem25.org: the last paragraph of a quotation over three, "... the
    Paris Agreement.”", whose speaker is three paragraphs up). They are
    taken only as a last resort, as photo captions are."""
    sentences = document.sentences
    found = {0} if sentences and is_unattributed_quotation(sentences[0].text) else set()
    first, balance = 0, 0  # the paragraph's first sentence; its curly marks opened minus closed so far
    for number, sentence in enumerate(sentences):
        if number == 0 or sentence.paragraph != sentences[number - 1].paragraph:
            first, balance = number, 0
        text = sentence.text.rstrip()
        balance += quotation_balance(text)[1]
        if balance < 0 and text.endswith("\u201d"):
            found.update(range(first, number + 1))
            balance = 0
    return frozenset(found)


def interviewer_lead_ins(document: Document) -> frozenset[int]:
    """Rule `interviewer_lead_in` (web tester s14, K6: in an interview set as
    questions and answers, instyle.com's "When you were diagnosed in 2015,
    it was nearly impossible for you to find an afro-textured wig." and "You
    currently only sell medical wigs at cancer center hospitals." were
    summary sentences, the interviewer's words shown as the article's
    facts): in an interview (INTERVIEW_QUESTIONS paragraphs or more end on
    a question), the sentences of a paragraph that asks a question and
    addresses "you" (a sentence ending with "?", a second-person word),
    other than its questions, when the paragraph holds no quotation mark (a
    speaker's "Do you know how it feels? We lost everything," is no
    interviewer's turn). They are taken only as a last resort, as photo
    captions are."""
    if not _is_an_interview(document):
        return frozenset()
    sentences = document.sentences
    # (number, text) of each paragraph with no quotation mark
    # (the first paragraph introduces the interview: the writer's, even when it asks the reader;
    # the Document holds each paragraph's sentence numbers)
    unquoted = [[(n, sentences[n].text.rstrip()) for n in paragraph.sentences]
                for paragraph in document.paragraphs[1:]]
    unquoted = [pairs for pairs in unquoted if not any(QUOTE_MARK.search(text) for _, text in pairs)]
    return frozenset(n for pairs in unquoted
                     if any(text.endswith("?") for _, text in pairs)
                     and any(SECOND_PERSON.search(text) for _, text in pairs)
                     for n, text in pairs if not text.endswith("?"))


def interviewee_first_person(document: Document) -> frozenset[int]:
    """Rule `interviewee_voice_is_no_point` (web tester s14, K6: instyle.com's
    key point "We know that some women have a preference for wigs made of
    human hair, but we currently have no immediate plans ..." did not say who
    "we" is): in an interview set as questions and answers (as
    `interviewer_lead_in` finds one), the sentences of an answer (a
    paragraph with no quotation mark after the first question, up to the
    next question) that speak in the first person ("I", "my", "we", "our")
    are the interviewee's words with no speaker beside them; a note would
    show them in its own voice. Only answers to a question put to "you" (an
    essay's or a guide's own questions, "Why did foo2 bomb?", answer
    themselves in the writer's "we"). Rule `labelled_answer_names_only_its_sentence`
    (brief s16, laweekly: the first answer opened on a label, "ALEXANDRIA
    DOUZIECH: I try ...", so no answer counted, and three key points were
    "I went to the Pennsylvania Academy ...", "I love L.A!…" and "Right now,
    I'm an artist-in-residence ..."): a label names the speaker of its own
    sentence only (a claim, listed under its speaker); the answer's other
    sentences and the answers to later questions with no label are the
    interviewee's words as the others, quotation marks and all. The answers carry no label and the page may
    name several people before the first question (instyle: Austin and her
    co-founder), so no one is named for them; they are taken only as a last
    resort. An answer in the third person ("One of the main differences
    between a medical wig and a traditional wig is ...") stays.

    Only when the text names a person before its first question
    (`_names_someone_first`: instyle's "Dianne Austin", "Lena Ortiz opened
    her first bakery"): an interview is with someone. An explainer that asks
    the reader's questions ("Is the vaccine safe for your child?") after a
    news lead that names no one answers in the writer's own "we" ("Our
    survey of insurers found ...", "We have listed every clinic ..."; review
    s15, E2), which stays."""
    if not _is_an_interview(document):
        return frozenset()
    sentences = document.sentences
    paragraphs = [paragraph.sentences for paragraph in document.paragraphs[1:]]
    if not _names_someone_first(document):
        return frozenset()
    found: set[int] = set()
    asked = False  # a question put to "you" came before, and no quoted paragraph since
    # (in questions and answers set with speakers' labels, a quotation mark in an answer is the
    # interviewee's own: laweekly's "the “presentness” of history")
    labelled = any(PARAGRAPH_LABEL.match(sentences[members[0]].text) for members in paragraphs)
    for members in paragraphs:
        texts = [sentences[n].text.rstrip() for n in members]
        if not labelled and any(QUOTE_MARK.search(text) for text in texts):
            asked = False
        elif any(text.endswith("?") for text in texts):  # a question paragraph, as `interviewer_lead_in` reads one
            # an essay's or a guide's own questions ("Why did foo2 bomb while foo1 ran fine?")
            # put to no one: its "we" is the writer's
            asked = any(SECOND_PERSON.search(text) for text in texts)
        elif asked:
            # (a labelled sentence, "ALEXANDRIA DOUZIECH: I try ...", names its speaker)
            found.update(n for n, text in zip(members, texts, strict=True)
                         if speaks_in_the_first_person(text) and not PARAGRAPH_LABEL.match(text))
    return frozenset(found)


def _names_someone_first(document: Document) -> bool:
    """Rule `interviewee_voice_is_no_point`'s test of an interview: a
    sentence before the first one that ends on a question names a person (a
    name of two words or more whose first is a known first name:
    first_names.txt), or, rule `labelled_answer_names_only_its_sentence`,
    one that a paragraph's speaker label of two words or more gives again
    ("Alexandria Douziech", whose first name is no listed one, and
    "ALEXANDRIA DOUZIECH: I try ...")."""
    before: list[str] = []
    for sentence in document.sentences:
        text = sentence.text.rstrip()
        if text.endswith("?"):
            break
        tokens = tokenize(text, 0, len(text))
        if any(name.last > name.first and tokens[name.first].lower in first_names() for name in find_names(tokens)):
            return True
        before.append(text.lower())
    else:
        return False
    labels = (PARAGRAPH_LABEL.match(document.sentences[paragraph.sentences[0]].text)
              for paragraph in document.paragraphs)
    named = (label.group().rstrip(" \t:").lower() for label in labels if label)
    return any(" " in name and any(name in text for text in before) for name in named)


def _is_an_interview(document: Document) -> bool:
    """Rule `interviewer_lead_in`'s test: INTERVIEW_QUESTIONS paragraphs or
    more after the first, with no quotation mark, end on a question."""
    sentences = document.sentences
    return sum(not any(QUOTE_MARK.search(sentences[n].text) for n in members)
               and sentences[members[-1]].text.rstrip().endswith("?")
               for members in (paragraph.sentences for paragraph in document.paragraphs[1:])) >= INTERVIEW_QUESTIONS


# Rule `interviewer_lead_in`: an interview is a text with this many paragraphs ending on a question
# (and no quotation mark) at least: one or two are a writer asking the reader (an essay's "Can you
# ...?" and its own answer)
INTERVIEW_QUESTIONS = 3
# a word that addresses the reader or the one interviewed (any case, as before), and a quotation mark
SECOND_PERSON = re.compile(r"\b" + alternation(grammar("second_person_words")) + r"\b", re.IGNORECASE)
QUOTE_MARK = re.compile("[\"\u201c\u201d]")
# Rule `interviewee_voice_is_no_point`: the words of the first person (claim_grammar's one list)
FIRST_PERSON_WORDS = grammar("first_person_words")


def speaks_in_the_first_person(text: str) -> bool:
    """Rule `interviewee_voice_is_no_point`: `text` holds a word of the first
    person ("I", "I’m", "we", "our"; claim_grammar first_person_words), as
    written in lower case or capitalised. "I" counts only as a capital and
    not as a Roman numeral: after a capitalised word that is no stop word
    nor a frequent sentence starter nor a day ("The Phase I trial", "World War I",
    "Type I diabetes"; review s15, E2: an explainer's safety finding was
    dropped), while "Then I left", "Yes, I did", "Today I opened" keep it. "us" counts only
    in lower case ("US" is the country)."""
    tokens = tokenize(text, 0, len(text))
    for k, token in enumerate(tokens):
        written = token.text.rstrip(".")
        low = written.lower()
        if not token.is_word or low not in FIRST_PERSON_WORDS:
            continue
        if low == "i":
            before = tokens[k - 1] if k else None
            if written == "I" and not (before is not None and before.is_word and before.is_capitalised
                                       and before.lower not in stop_words() and before.lower not in TIME_WORDS
                                       and before.lower not in load_word_set("sentence_starters")):
                return True
        elif written == low or (written == low.capitalize() and low != "us"):
            return True
    return False


def quotation_units(document: Document) -> list[tuple[int, int]]:
    """Rule `open_quotation`: (first, last) sentence of each quotation that
    opens in one sentence and closes in a later one of the same paragraph.
    A quotation still open at the paragraph's end runs to that end. Rule
    `quotation_over_paragraphs` (QA round 56, CNN-Corpus dev 439: the
    summary picked '"When they -- a year and a half ago -- saw some of the
    footage ..., they spoke with us.' and the next paragraph, the opening of
    a quotation whose "said Jason Benham" comes two paragraphs down): when
    the next paragraph opens with a quotation mark, the quotation goes on in
    it, as news sets a quotation over several paragraphs (each reopens, none
    but the last closes), to the sentence that closes it there; the whole
    is one unit. A paragraph after it that opens with no quotation mark
    ends the quotation at the paragraph's end, as before."""
    units = []
    sentences = document.sentences
    i = 0
    while i < len(sentences):
        straight, curly = quotation_balance(sentences[i].text)
        if straight % 2 == 0 and curly <= 0:
            i += 1
            continue
        j = i
        while j + 1 < len(sentences):
            if sentences[j + 1].paragraph != sentences[j].paragraph:
                if not QUOTATION_OPENS.match(sentences[j + 1].text):
                    break
                straight, curly = 0, 0  # the next paragraph reopens the quotation
            j += 1
            more_straight, more_curly = quotation_balance(sentences[j].text)
            straight, curly = straight + more_straight, curly + more_curly
            if straight % 2 == 0 and curly <= 0:
                break
        if j > i:
            units.append((i, j))
        i = j + 1
    return units


# Rule `quotation_over_paragraphs`: a paragraph that opens with a double quotation mark
QUOTATION_OPENS = re.compile("\\s*[\"\u201c]")

# Rule `quotation_in_single_marks`: the stops a quoted sentence closes on before its mark
# (`... the matter.'`, `... just tourists,' he told ...`), and those that end the sentence too
QUOTED_SENTENCE_CLOSES = frozenset(".,!?")
QUOTED_SENTENCE_ENDS = frozenset(".!?")
# ... and a mark after a plural's "s", a possessive or a closing mark ("the players' union",
# "'charged towards' two officers"), which leaves where the quotation closes in doubt
MARK_AFTER_AN_S = re.compile("s['\u2019](?=[\\s,.;:!?])")


def single_mark_quotations(document: Document) -> tuple[list[tuple[int, int]], frozenset[tuple[int, int]]]:
    """Rule `quotation_in_single_marks` (frank-s24, FRANK dev: British
    outlets quote in single marks, and the rules above count only double
    ones, so the summary showed `'The managing director of Dundee Football
    Club is present in court ... matters.'` with no speaker, and `I think he
    is a better horse on a flat track ...`, the middle of the trainer's
    quotation, as the writer's words): the quotations in single marks that
    the claim tagger finds (`find_quotes`, rule
    `single_quotes_as_uk_outlets_use_them`: only in a paragraph with no
    double marks; not one opened by two apostrophes, a double mark as some
    wires type it) and that close on a stop or a comma before their mark,
    with no mark after an "s" inside them (a possessive or a closing mark:
    where the quotation closes is in doubt). Returns (first, last) sentence
    of each that runs over several sentences (one unit, as `open_quotation`
    makes of a quotation in double marks), and of each that the sentences
    hold from their first character to their last, closing where a
    sentence ends (`unattributed_quotation`'s kind: it needs the sentence
    before it)."""
    text = document.text
    sentences = document.sentences
    starts = [sentence.start for sentence in sentences]
    runs: list[tuple[int, int]] = []
    throughout: set[tuple[int, int]] = set()
    for start, end in find_quotes(text).spans:
        if (text[start] not in SINGLE_MARKS or text.startswith(NYT_QUOTE, start)
                or text[end - 2] not in QUOTED_SENTENCE_CLOSES
                or not sentences or start < starts[0] or MARK_AFTER_AN_S.search(text, start, end - 1)):
            continue
        first, last = bisect_right(starts, start) - 1, bisect_right(starts, end - 1) - 1
        if first < last:
            runs.append((first, last))
        if (sentences[first].start == start and sentences[last].end == end
                and text[end - 2] in QUOTED_SENTENCE_ENDS):
            throughout.add((first, last))
    return runs, frozenset(throughout)


def merged_runs(runs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of sentences (first, last) joined where they share a sentence:
    `'A. B,' he said, 'C. D.'` is one unit."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted(runs):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return merged


def leans_on_the_sentence_before(text: str) -> bool:
    """Whether a sentence (or a quotation's opening sentence) needs the one
    before it: the rules `back_pointing_opener`, `unattributed_quotation`,
    `back_pointing_phrase`, `pronoun_speaker_quotation`, `pronoun_speaker_after_the_words`, `bare_agreement`,
    `bare_pronoun_object_points_back`, `answer_needs_its_question`,
    `pronoun_after_a_depictive_points_back` and
    `parenthesised_aside_leans_on_its_sentence`."""
    return (opens_by_pointing_back(text) or is_unattributed_quotation(text) or is_labelled_answer(text)
            or opens_on_a_pronoun_after_a_depictive(text) or is_parenthesised_aside(text)
            or holds_back_pointing_phrase(text) or is_pronoun_attributed_quotation(text)
            or ends_on_a_pronoun_speaker(text)
            or is_bare_agreement(text) or is_bare_pronoun_object(text) or holds_bare_count(text))


# rule `pronoun_after_a_depictive_points_back`: a capitalised word, lower-case words up to a comma
# (no name, no quotation), then "he", "she" or "they" and a lower-case word
DEPICTIVE_THEN_PRONOUN = re.compile(r"""\s*(?P<word>[A-Z][a-z]+)(?:\s+[a-z][\w'\u2019-]*){0,10},"""
                                    r"""\s+(?:he|she|they)\s+[a-z]""")


def opens_on_a_pronoun_after_a_depictive(text: str) -> bool:
    """Rule `pronoun_after_a_depictive_points_back` (QA round 65, CNN-Corpus
    dev 960: the summary's last pick "Desperate for help from the outside
    world, they hoped the sonic boom was a sign ..." said nothing of who
    hoped): a sentence that opens on a phrase describing its subject or its
    time, in lower-case words after the first ("Desperate for help ...,",
    "Unable to reach the border,", "Yesterday,"), whose subject is then
    "he", "she" or "they" leans on the sentences before it for whom it
    speaks of. Not an opening clause of a function word ("When the police
    arrived, they found ...": the pronoun's antecedent may be in it), nor
    an opening phrase that holds a name ("Speaking to Obama, he ...")."""
    opening = DEPICTIVE_THEN_PRONOUN.match(text)
    return opening is not None and opening["word"].lower() not in stop_words()


def without_contrast_opener(text: str) -> str | None:
    """Rule `contrast_with_the_headline`: the sentence after its opening
    contrast connective (rules/contrast_openers.txt: "However, Wednesday is
    forecast ..." -> "Wednesday is forecast ..."), or None when it opens
    with none."""
    first = OPENING.match(text)
    if first is None or first.group(1).lower() not in load_word_set("contrast_openers"):
        return None
    return CONNECTIVE_GAP.sub("", text[first.end():])


# what follows a contrast connective before the clause it opens: a comma, spaces
CONNECTIVE_GAP = re.compile(r"^[\s,]+")


def sentence_units(document: Document, summary_picks: bool = False) -> tuple[tuple[int, ...], ...]:
    """For each body sentence, the sentences it must be shown with (itself
    included), in article order. A unit longer than MAX_UNIT keeps only its
    last MAX_UNIT + 1 members, enough to tell that it is too long: memory
    and time stay linear in the text, whatever it repeats.

    `summary_picks` (the summary's ranker): rules `that_time_points_back`
    and `surname_subject_needs_its_introduction` join a sentence to the one
    it needs too. A brief takes a sentence that needs another as no key
    point, and has its own rule for a surname (`surname_needs_its_introduction`,
    which brings the introduction as a point before it): with them, a brief
    lost "Ladipo added that ..." and a court's verdict "In October of that
    year, a Ukrainian court found her guilty ..." (session 23)."""
    n = len(document.sentences)
    group_of: list[tuple[int, ...]] = [(i,) for i in range(n)]
    single_marked, quoted_throughout = single_mark_quotations(document)  # rule `quotation_in_single_marks`
    for first, last in merged_runs([*quotation_units(document), *single_marked]):
        members = tuple(range(first, last + 1))
        for i in members:
            group_of[i] = members
    units: list[tuple[int, ...]] = []
    for i in range(n):
        group = group_of[i]
        head = group[0]
        opening = document.sentences[head].text
        if len(group) > MAX_UNIT or head == 0 or not (
                leans_on_the_sentence_before(opening) or (head, group[-1]) in quoted_throughout
                or (summary_picks and points_back_to_a_time(opening))):
            units.append(group)
            continue
        needed = sorted(set(group).union(units[head - 1]))
        units.append(tuple(needed[-(MAX_UNIT + 1):]))
    # rule `pair_is_one_unit`: the sentence that begins a pair comes with the one that closes it
    # (which leans on it), before any later sentence that needs it is joined to it
    for i in range(n - 1):
        if len(units[i + 1]) <= MAX_UNIT and i in units[i + 1] and closes_a_pair(document.sentences[i + 1].text):
            units[i] = units[i + 1]
    # rule `surname_speaker_quotation`: with the sentence introducing the speaker, and what it needs
    for i, introduction in speakers_introductions(document, group_of, surname_subjects=summary_picks).items():
        if len(units[i]) <= MAX_UNIT and introduction not in units[i]:
            units[i] = tuple(sorted(set(units[i]).union(units[introduction])))[:MAX_UNIT + 1]
    for i in range(n - 2, -1, -1):  # from the end: an answer that is itself a question brings its own answer
        answer = units[i][-1] + 1
        asking = document.sentences[units[i][-1]].text
        if answer < n and len(units[i]) <= MAX_UNIT and (
                is_open_question(asking) or (units[i][-1] > 0 and is_reported_question(asking))
                or is_rebutted_view(asking, document.sentences[answer].text)
                or (document.sentences[answer].paragraph == document.sentences[answer - 1].paragraph
                    and is_quoted_question_answered(asking, document.sentences[answer].text))):
            needed = sorted(set(units[i]).union(units[answer], (answer,)))
            units[i] = tuple(needed[:MAX_UNIT + 1])
    return tuple(units)
