"""The tagger's word lists, read once from summarizer/rules/*.txt.

Cue verbs are listed by lemma; their inflections are generated here
(`inflections`) with irregular or doubled forms named in the data file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarizer.claims.model import CUE_CLASSES, CueClass
from summarizer.rules import load_rules, load_word_set, load_word_sets, word_set

FLAGS = frozenset(
    {"hearer", "source", "quote", "fixed", "nosource", "invert", "passive", "clause", "notto", "notas", "notin"}
    | {"clausal", "needto", "notabout", "noit", "notself", "notof", "that", "quoted", "reason", "as", "straight"}
)


@dataclass(frozen=True, slots=True)
class CueEntry:
    lemma: str  # canonical, words joined by spaces: "point out"
    cue_class: CueClass
    flags: frozenset[str]

    @property
    def needs_source_check(self) -> bool:
        return "source" in self.flags


def inflections(verb: str) -> set[str]:
    """The regular forms of `verb`: itself, -s, -ed, -ing.

    Rule `regular_inflection`: e-drop (state -> stated, stating), y after a
    consonant (deny -> denies, denied), sibilant -es (stress -> stresses).
    Doubled consonants (admitted) and irregular forms (said) come from data.
    """
    forms = {verb}
    if verb.endswith("e") and not verb.endswith(("ee", "ye")):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("ee"):
        forms |= {verb + "s", verb + "d", verb + "ing"}
    elif re.search(r"[^aeiou]y$", verb):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
    return forms


@cache
def cue_forms() -> dict[tuple[str, ...], CueEntry]:
    """Every cue form as a tuple of lower-case words -> its entry, but the
    +quoted ones (characterising verbs: "liken", "brand", "pound"): they are
    cues only where the cue finder (cues.py) meets them before a quotation,
    and elsewhere words like any other ("the Trump brand", "10 pounds"), so
    the stages that read a cue form as a verb (names, junk) leave them be.
    Nor the +as ones ("see", "view"): cues only before "as" after their
    object ("sees the plan as a mistake"), elsewhere plain verbs ("saw a crowd")."""
    return {form: entry for form, entry in all_cue_forms().items() if not {"quoted", "as"} & entry.flags}


@cache
def all_cue_forms() -> dict[tuple[str, ...], CueEntry]:
    """Every cue form as a tuple of lower-case words -> its entry."""
    forms: dict[tuple[str, ...], CueEntry] = {}
    for line in load_rules("cues"):
        fields = line.split()
        cue_class, spellings, rest = fields[0], fields[1], fields[2:]
        flags = frozenset(f[1:] for f in rest if f.startswith("+"))
        unknown = flags - FLAGS
        if unknown:
            raise ValueError(f"cues.txt: unknown flag(s) {sorted(unknown)} in {line!r}")
        if cue_class not in CUE_CLASSES:
            raise ValueError(f"cues.txt: unknown class {cue_class!r} in {line!r}")
        irregular = [f for f in rest if not f.startswith("+")]
        variants = spellings.split("/")
        entry = CueEntry(variants[0].replace("_", " "), cue_class, flags)
        for variant in variants:
            head, *particle = variant.split("_")
            heads = {head} if "fixed" in flags else inflections(head)
            for form in heads:
                forms.setdefault((form, *particle), entry)
        for form in irregular:
            forms.setdefault(tuple(form.split("_")), entry)
    return forms


@cache
def past_forms() -> frozenset[str]:
    """Irregular past forms named in cues.txt ("said", "told", "thought"):
    the listed forms that are neither -s nor -ing forms. Not those of the
    +quoted cues ("went after") nor of the +quote ones ("shot back", "went
    on": rule `speech_manner_beside_a_quotation`): like their other forms
    (`cue_forms`), they count only where the cue finder meets them, so "shot
    dead" and "The Rachel Maddow Show hit 50%" read as before."""
    forms: set[str] = set()
    for line in load_rules("cues"):
        if {"+quoted", "+quote", "+as"} & set(line.split()):
            continue
        for form in line.split()[2:]:
            word = form.split("_")[0].lower()
            if form.lower().endswith("_saying"):
                # the passive's participle before "saying" ("heard_saying", "seen_saying"): no
                # past form, so "a memo seen by Reuters said" still reads "seen" as a participle
                continue
            if not form.startswith("+") and not word.endswith(("s", "ing")):
                forms.add(word)
    return frozenset(forms)


@cache
def titles() -> tuple[tuple[str, ...], ...]:
    """Titles as lower-case word tuples without dots, longest first. A
    courtesy title that title_abbreviations.txt lists ("Mr.", "Hon.") is a
    title through that file (`one_word_titles`); titles.txt lists it only to
    mark it, so it is no title word that heads a source ("the Mr")."""
    abbreviations = load_word_set("title_abbreviations")
    entries = {tuple(w.rstrip(".").lower() for w in title.split()) for title, _, mark in
               (entry.partition("|") for entry in load_rules("titles"))
               if not (mark.strip() == "courtesy" and title.strip().rstrip(".").lower() in abbreviations)}
    return tuple(sorted((t for t in entries if t), key=len, reverse=True))


@cache
def title_word_kinds() -> dict[str, str]:
    """Words of the titles titles.txt marks "| courtesy" or "| credential"
    (lower case, no dots) -> that mark."""
    found: dict[str, str] = {}
    for entry in load_rules("titles"):
        title, _, kind = entry.partition("|")
        if kind.strip() in ("courtesy", "credential"):
            found.update((w.rstrip(".").lower(), kind.strip()) for w in title.split())
    return found


@cache
def opening_titles() -> frozenset[tuple[str, ...]]:
    """Titles titles.txt marks "| opening" (lower-case word tuples): titles
    only where a name opens on them ("Sheikh Hassan Nasrallah"), name words
    anywhere else ("Khalid Sheikh Mohammed")."""
    return frozenset(tuple(w.rstrip(".").lower() for w in title.split()) for title, _, mark in
                     (entry.partition("|") for entry in load_rules("titles")) if mark.strip() == "opening")


@cache
def title_words() -> frozenset[str]:
    """Last words of titles ("minister", "secretary"), which can head a source."""
    return frozenset(title[-1] for title in titles())


@cache
def noun_cues() -> frozenset[str]:
    """Nouns that name a stance: "His concern is that ..." (noun_cues.txt)."""
    return load_word_set("noun_cues")


@cache
def clause_nouns() -> dict[str, CueEntry]:
    """Nouns that carry a claim in a "that" clause, by spelling, with their
    cue: "Trump's claim that ..." (clause_nouns.txt)."""
    found = {}
    for entry in load_rules("clause_nouns"):
        cue_class, noun, *spellings = entry.split()
        if cue_class not in CUE_CLASSES:
            raise ValueError(f"clause_nouns.txt: unknown class {cue_class!r} in {entry!r}")
        for spelling in (noun, *spellings):
            found[spelling.lower()] = CueEntry(noun.lower(), cue_class, frozenset())
    return found


@cache
def hedge_patterns() -> re.Pattern[str]:
    """The hedges of hedges.txt, to search in lower-cased text (a pattern
    without IGNORECASE runs several times faster)."""
    phrases = sorted((p.lower() for p in load_rules("hedges")), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b")


# A rules file of `SET: word word ...` lines, as set name -> words: the claims
# modules' name for the one reader (summarizer.rules.load_word_sets).
noun_sets = load_word_sets


def is_news_outlet(name: str) -> bool:
    """Whether `name` is a news outlet, "the" aside: "CNN", "The Associated
    Press", "the New York Times" (junk_readings.txt news_outlets; the claims'
    rule `outlet_unable_to_confirm_is_the_writers` and the summaries' rule
    `verification_note_is_no_point` read it)."""
    words = name.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    return bool(words) and "_".join(words) in noun_sets("junk_readings")["news_outlets"]


@cache
def source_nouns() -> frozenset[str]:
    """Every noun that can head a source (source_nouns.txt, all sets)."""
    return frozenset().union(*noun_sets("source_nouns").values())


@cache
def reporting_only_nouns() -> frozenset[str]:
    """Rule `reporting_only_source_noun`: the source nouns that head the
    subject of an ambiguous cue only as its finite verb's subject, and are
    never a hearer (source_nouns.txt reporting_only)."""
    return noun_sets("source_nouns")["reporting_only"]


@cache
def documents() -> frozenset[str]:
    """Nouns for documents and evidence: "the report", "polls", "the average"."""
    return noun_sets("source_nouns")["documents"]


@cache
def documents_and_studies() -> frozenset[str]:
    """Documents and studies ("report", "trial": source_nouns.txt documents,
    claim_grammar.txt characterising_non_speakers), a person's work: the
    rules `document_with_its_topic_is_a_document` (extract.py) and
    `possessor_of_the_work_is_he` (speakers.py) read them."""
    return documents() | grammar("characterising_non_speakers")


@cache
def people_nouns() -> frozenset[str]:
    """Nouns for people in a role: "spokesman", "officials", "nominee"."""
    return noun_sets("source_nouns")["people"] | title_words()


def ends_in_plural_s(word: str) -> bool:
    """A word with a plural noun's -s ("researchers", "Demonstrators"), not
    -ss ("witness"). Here, below the names layer and the cues, so that
    both read it (cues imports grammar, which imports names)."""
    return word.endswith("s") and not word.endswith("ss")


def is_people_noun(word: str) -> bool:
    """A noun for people in a role (`people_nouns`), or, by rule
    `people_by_ending`, a lower-case plural whose ending names people who do
    something ("environmentalists", "physicians": claim_grammar.txt
    `people_plural_endings`), other than the verbs and things listed there
    ("insists", "lists")."""
    if word in people_nouns():
        return True
    return (
        len(word) >= MIN_PEOPLE_ENDING_WORD
        and word.endswith(tuple(grammar("people_plural_endings")))
        and word not in grammar("people_ending_exceptions")
    )


MIN_PEOPLE_ENDING_WORD = 7  # "artists", not "lists"


@cache
def body_nouns() -> frozenset[str]:
    """Nouns for institutions: "the newspaper", "the campaign"."""
    return noun_sets("source_nouns")["bodies"]


@cache
def pronouns() -> dict[str, str]:
    return {entry.split()[0].lower(): entry.split()[1] for entry in load_rules("pronouns")}


@cache
def reporting_adjuncts() -> frozenset[str]:
    return load_word_set("reporting_adjuncts")


@cache
def grammar(name: str) -> frozenset[str]:
    """A closed word set from claim_grammar.txt ("auxiliaries", "determiners", ...)."""
    return word_set("claim_grammar", name)


# A party-state tag after a lawmaker's name ("Ted Cruz, R-Texas", "Nancy Pelosi (D-Calif.)", "Charlie
# Rangel, D-New York", "D-NY"): a party's letter (claim_grammar.txt party_tag_letters), a hyphen and a
# capitalised state. Whole as a token (the tokenizer keeps an abbreviation's period apart: "D-Calif",
# "."), at the start of a name string ("D-New York"). Rules party_tag_marks_a_lawmaker (names.py),
# party_tag_is_no_subject (claims/rules.py) and party_label_is_no_name (mentions.py) all read it
PARTY_TAG = re.compile(rf"[{''.join(sorted(grammar('party_tag_letters'))).upper()}]-[A-Z][A-Za-z]*")


@cache
def refusal_leads() -> frozenset[str]:
    """The leads of a refusal before "to" (negations.txt refusals: "declined",
    "refuses"; their lemmas "decline" and "refuse" among them)."""
    return word_set("negations", "refusals")


@cache
def negative_leads() -> frozenset[str]:
    """Every lead that negates the cue after its "to" (negations.txt refusals
    and leads): "declined to say", "was unable to confirm", "failed to mention"."""
    return refusal_leads() | word_set("negations", "leads")


@cache
def auxiliary_verbs() -> frozenset[str]:
    """The auxiliary verbs alone ("is", "has", "did", "'s"), without the
    adverbs `auxiliaries` adds: a word that makes the name before it a
    subject, or opens a direct question."""
    return grammar("auxiliaries")


@cache
def auxiliaries() -> frozenset[str]:
    """Words that may stand between a subject and its cue ("has also said",
    "did not say"): the auxiliary verbs and the adverbs among them."""
    return auxiliary_verbs() | grammar("adverb_auxiliaries")


@cache
def source_modifiers() -> frozenset[str]:
    """Participles that modify a source noun ("unnamed officials")."""
    return grammar("source_modifiers")
