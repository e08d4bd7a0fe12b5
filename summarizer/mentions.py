"""People, organisations and places an article mentions, with counts.

No model, and no name finder of its own: names come from the claim tagger's
names layer (summarizer.claims.names), and different forms of one name
("Jens Stoltenberg", "Stoltenberg", "Mr. Stoltenberg") are merged as the
claim speakers are (summarizer.claims.speakers), so the brief's mentions and
its speakers agree. Named rules, over that layer's word lists:

- `place_is_no_person`: a name in places.txt ("Israel", "Gaza City",
  "Catalonia", "U.S.") is a place, even when it is a claim's speaker
  ("Israel warned"); so is, by place_words.txt, a name ending in a place
  word ("Rose Garden", "Albert Quay": `place_word_ends_a_place`) or a
  compass word before a place ("Southeast Asia": `compass_before_a_place`);
  a name ending in a venue word is a building, no person ("Beverly Hills
  Hotel": `venue_word_ends_no_person`); a venue ending in an institution word
  is an organisation ("Kimbell Art Museum", "Spanish Town Hospital", as
  "Spanish Town Police Station": `institution_is_an_organisation`);
  a road word alone ("Road" of "1600E Road") names nothing
  (`road_word_alone_is_no_name`);
- `capitals_fold`: a name written in capitals ("GAZA", in a dateline) is
  the name written in mixed case when the text has it;
- `abbreviation_is_no_name` (no_names.txt): a time zone, unit, degree or
  thing in capitals ("ET", "MD", "GDP") names nothing; `shouted_word_is_no_name`:
  nor does a word in capitals the article writes in lower case ("READ");
  `lone_opener_is_a_common_word`: nor a word only ever named as a
  sentence's first word that the article writes in lower case ("Refer");
- `title_is_no_name`: title words before a name are no part of it ("BVI
  Premier Andrew Fahie" -> "Andrew Fahie"; a run up to a known first name,
  "Defendants James Lee" -> "James Lee"; after a body's words, "Police
  General Priewpan Damapong" -> "Priewpan Damapong", a person), and a run
  that ends in a title word names no one; nor does one that opens with a
  title word right before a title ("Chief Education" of "Chief Education
  Officer", session 6);
- `surname_folds_into_full_name`: a surname alone (or after titles) counts
  for the one full name that ends with it; `first_name_folds_into_full_name`:
  so does a speaker or known first name for the one full name it opens;
- `spelling_variant_is_one_person`: two full names alike but for one letter
  ending the first name ("Leopold Lopez", "Leopoldo Lopez") are one person,
  unless that letter makes another's name ("Louis"/"Louise");
- `number_sign_ends_a_numbered_name`: "John Doe #1" and "John Doe #2" are two
  entries, never one "John Doe";
- `body_word_is_its_body`: "Government" alone counts for the one
  organisation named with it last ("Irish government"); `short_form_is_the_place`:
  "U.S." counts for "United States" when the article names both;
  `short_form_is_the_body`: "New York Yankee" and "Yankees" count for "New
  York Yankees" (its singular; its end after a city);
- `named_often_is_listed`: a single word counts only for a fuller name
  (the text's, or a headline's: "Embiid" is "Joel Embiid"), unless it is a
  place, an organisation, a speaker, or a person named at least
  OFTEN_NAMED times.

- `headline_name_needs_first_name`: a headline's run gives a fuller name
  only when it opens with a known first name (a page title "Downloading
  Python" is no person's name); the brief passes the subheads inside an
  article as headlines too ("Sanders" of the text is "Bernie Sanders" of a
  subhead, session 6);
- `family_name_of_a_person`: a name that reads as a personal name and ends
  with the surname of a person named in full is a person ("Han Lee" beside
  "James Lee");
- `kin_word_marks_a_person` (kin_words.txt): a name that reads as a
  personal name right after a relation word ("her ex-boyfriend, Raffaele
  Sollecito") or whose surname owns a relation or life word ("Kercher's
  death") is a person;
- `typed_reading_wins`: a name read twice, once with no evidence ("Obama"
  of "the Obama administration") and once typed ("President Obama", a
  person), takes the typed reading;
- `title_after_a_body_is_no_name`: title words after a body's words are
  no part of its name ("Daytona Beach Police Chief" -> "Daytona Beach
  Police");
- `nationality_alone_is_no_name`: one word naming a listed place's people
  ("Ukrainian") names nothing, unless a surname of the article's people;
- `nationality_ends_no_name`: a run that ends in the people of a listed
  place ("Isleta Indian" of "the Pueblo of Isleta Indian tribe", "Moscow
  Russian") qualifies a noun after it and names no one;
- `generic_body_word_is_no_name` (no_names.txt): a generic body word alone
  ("Office" of "the U.S. Attorney's Office") that counts for no body named
  in full names nothing;
- `honour_is_no_person` (no_names.txt): a name ending in an honour word
  ("Mary Monroe Endowed Chair") is listed under "Other names", no person;
- `document_is_no_body` (no_names.txt): a name ending in a document word
  ("Senate Bill") is listed under "Other names", never as an organisation;
- `nationality_qualifies_a_body`: a nationality before a body's acronym
  ("Syrian U.N.", of "Syrian U.N. Ambassador Bashar Ja'afari") names no
  body of its own: the name is the acronym ("U.N."). The brief gives a
  speaker so named under "Speaker not resolved" (`speaker_name`);
- `place_before_a_place`: "of South Portland, Maine," is a place;
  `person_cue_marks_a_person`: a name that reads as a personal name is a
  person when the text gives it an age ("Nadia Mohamed, 27,"), "he" or
  "she" opening a later clause of a sentence it opens, unless with a
  reporting verb (", she said," is most often an earlier speaker), or a
  role noun for one person as its apposition ("One of her lawyers, Kazuyuki
  Minami,"; not "The company's lawyers, Baker McKenzie,");
  `currency_prefix_is_no_mention`: "US" of "US$24,500" names no place;
- `body_apposition_marks_a_body`: a name whose apposition's head is an
  organisation word ("Interpol, the international police agency,"; "LVMH
  (LVMHF), the luxury conglomerate led by ...") is an organisation;
- `body_of_a_place_is_the_body`: "Westboro Baptist Church of Topeka" is
  "Westboro Baptist Church" when the article names both;
  `congregation_word_is_its_church`: "Westboro" alone counts for it;
- `name_cut_at_an_elision_is_no_name`: a run the names layer stops before
  "d’Orsay" ("Boating Party for the Musée") is a piece of a name: no entry;
- `team_plural_keeps_its_place_name`: "Boston" beside "Boston Celtics"
  is the team, no Place; `number_ends_a_numbered_name` (names): "Malaysia Airlines
  Flight 17", "Senate Bill 10" are listed whole, under "Other names".
- session 18 (mentions2): `name_in_a_reference_is_no_mention` (the authors and
  journals of a reference list: "Am J Epidemiol. 2005;161:303-6."),
  `glued_link_labels_are_no_name` ("CrossrefMedlineGoogle Scholar"),
  `people_plural_is_no_name` of two words ("New Yorkers", "African Americans"),
  `kind_of_people_by_a_short_form_is_no_name` ("Opposition MPs", "Bs"),
  `compass_word_alone_is_no_name` ("the North"), `key_of_a_record_is_no_name`
  (`"Gender": "Male"`).
- session 21 (mentions-s21): `name_of_a_body_is_a_person` ("Timothee Delubac
  of Centre de Saclay"), `paper_word_after_no_first_name_is_a_paper`
  ("Washington Post"), `castle_after_no_person_is_a_place`, "college" ends a
  body, compass words only are no name ("North Eastern"),
  `surname_of_two_people_is_no_entry` ("Kasem" beside Casey and Kerri Kasem),
  `carrier_before_a_listed_body_is_two_names` ("Bhoja Air Boeing"),
  `owned_report_is_a_document` ("Google, whose Transparency Report"),
  `opening_of_a_listed_name_over_of_is_no_name`.
- session 21 (mentions2, QA rounds 58-59): `described_apposition_marks_a_person`
  ("Houman, a 24 year-old Iranian actor who", "Cressida Bonas, his girlfriend",
  "The girl, Sahar Gul,"), `listed_with_people_is_a_person` ("Roger Federer,
  Rafael Nadal, Novak Djokovic and Andy Murray"), `regnal_number_names_its_own_person`
  ("George V" is not "Prince George"), `peerage_place_is_a_title` ("Duchess of
  Cambridge"), `surname_after_a_hyphened_particle_folds` ("Assad" of "Bashar
  al-Assad"), `clipped_body_name_is_the_body` ("Con Ed" of "Con Edison"),
  `name_after_a_foreign_joiner_is_a_piece` ("Español" of "CNN en Español").
- session 23 (mentions3, QA rounds 61-63): `who_after_a_described_apposition_marks_a_person`
  ("Zahir Belounis, a French Algerian striker who"), `surname_the_claims_took_for_a_body_with_who_is_the_person`
  ("Belounis, who ..."), `name_holding_a_one_word_person_is_the_person` ("Guo Zhenxi" beside "Guo, the
  CCTV executive"), `own_possessive_after_a_subject_marks_a_person` ("Jin Woo-hyuk had a pimple on his
  forehead"), `opening_adjective_is_no_part_of_a_name` ("Longtime China observers"),
  `name_before_and_a_document_is_its_title` ("Patient Protection and Affordable Care Act"),
  `kind_after_an_ordinal_is_no_name` ("7th Congressional District"), `peer_apposed_to_a_name_is_that_person`
  ("Prince Charles, the Prince of Wales,"), `place_by_its_lead_opening_a_body_is_the_body` ("Mount Sinai"
  beside "Mount Sinai School of Medicine"), `acronym_spells_every_letter_of_a_short_form` (no "UPS" for
  "U.S. Postal Service"), `role_word_after_a_plan_and_to_is_a_verb` ("scheduled to host Metalurh").
- session 26 (mentions-s26): `surname_renamed_for_a_namesake_is_no_mention_of_them` ("Jackson" alone
  was "Blanket Jackson (9)"), `surname_of_two_people_is_no_entry` also for a surname typed a person by
  no title, `listed_names_share_a_surname` ("Prince, Paris and Blanket Jackson"), `event_is_no_person`
  ("Sochi Olympics"), `team_before_a_name_is_a_body` ("Team Obama"), `family_is_no_person` ("Martin
  family"), `people_is_no_body` ("Maasai"), `place_word_before_of_is_a_place` ("Strait of Hormuz"),
  `plural_of_a_full_name_is_the_person` ("George Zimmermans"); venues "chapel", "mall", "shopping
  center"; `owned_report_is_a_document` past "most recent"; a role in lower case in apposition ("Cory
  Booker, mayor of Newark").
- session 27 (mentions2-s27): `outlet_before_a_staff_noun_is_no_part` ("CNN Vatican analyst"),
  `saint_s_possessive_opens_one_name` ("St. Peter's Square"), `possessive_thing_name_runs_on`
  ("Kidd's Kids Charity"), `title_word_before_a_small_word_is_the_name_s` ("Defense of Marriage
  Act"), `count_word_opens_no_name` ("Four Russian government officials"),
  `name_quoted_whole_after_a_work_noun_is_the_work` ('The show, "Ford Nation,"'),
  `office_of_a_shared_surname_tells_the_person` ("Mayor Ford" beside "Mayor Rob Ford" and "Doug
  Ford"), `plural_people_noun_speaker_is_no_name` ("Relatives told CNN"), `paired_with_a_person_is_a_person`
  by "or" ("Howard Stern or Rush Limbaugh"); "Invitational" ends an event, "Learn" opens a step.
- session 29 (mentions-s29): `adjective_by_its_form_opens_no_name` ("Defiant Cheney", "Alleged
  Boston", "Resurgent Sunni"), `glued_opener_is_no_part_of_a_name` also for a common word of the
  rules files ("Best Halloween party decorations"), `weekday_opens_a_paper_s_name` ("the Sunday
  Times", then "the Times"), `first_name_of_one_person_folds` for a first name ending as a people's
  word does ("Jean" of "Jean Kasem"), `named_label_takes_no_short_form` ("an app called Drive Safe
  Google Glass").
- session 32 (mentions-s32): `city_after_a_region_is_a_city` ("Oklahoma City", no club),
  `name_and_his_kin_is_a_person` ("Dzhokhar Tsarnaev and his brother"),
  `opening_of_a_name_over_of_counts_for_it` ("the World Meeting" for "World Meeting of Families"),
  `alias_phrase_joins_two_names` ("ISIS is sometimes referred to as ISIL"),
  `place_inside_a_name_is_no_mention_of_it` ("Iraq" of "Islamic State of Iraq and Syria"); "Corps"
  alone names no body; the continents are listed places ("Central Eurasia");
  `party_by_its_part_is_no_body` ("the Requested Party" of a treaty).

A name after a title, with a role, with a known first name, or a speaker
whose name reads as a personal name is a person (rule `speaker_is_no_proof`: the
claim tagger calls any speaker that is no body a person, "Amazon said");
a known acronym (organisation_acronyms.txt: rule `acronym_needs_evidence`),
a claim's body, or a name with an organisation word ("Congress", "Police")
is an organisation. A name with none of this evidence, or with evidence both
ways ("Grace Park"), is listed under "Other names": the list never guesses.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import cache

from summarizer.claims.grammar import DETERMINERS
from summarizer.claims.lexicon import (
    PARTY_TAG,
    auxiliaries,
    auxiliary_verbs,
    body_nouns,
    cue_forms,
    ends_in_plural_s,
    grammar,
    is_news_outlet,
    is_people_noun,
    noun_sets,
    opening_titles,
    title_words,
    titles,
)
from summarizer.claims.names import (
    ACRONYM,
    AGE_IN_COMMAS,
    DEMONYM_ENDINGS,
    GERUND_ENDING,
    PLANNED_BEFORE_TO,
    UNKNOWN,
    Name,
    a_body_by_the_alone,
    abbreviated_office_after,
    abbreviation_form,
    abbreviation_names_nothing,
    acronym_letters,
    after_staff_at,
    connectors,
    countries,
    demonym_by_its_form,
    domain_name,
    find_names,
    first_names,
    full_name,
    gendered_nouns,
    generic_body_name,
    gerund_before_a_surname,
    holds_a_body_word,
    honorific_only,
    known_common_words,
    listed_body_as_a_word,
    name_initials,
    nickname_pair,
    noun_ending_is_no_surname,
    one_of_a_kind_after_a,
    one_word_titles,
    opens_sentence,
    organisation_acronyms,
    organisation_words,
    places,
    places_of_a_people,
    short_form_of,
    short_name_of_a_body,
    title_at,
    without_accents,
    words_in_lower_case,
)
from summarizer.claims.speakers import (
    COMPOUND_PARTICIPLES,
    GROUP_NOUNS,
    PEOPLE_COLLECTIVES,
    PLATFORM_COMPANIES,
    Entity,
    SpeakerIndex,
    legislature_beside_another_body,
    name_key,
)
from summarizer.claims.text import QUOTE_MARKS, Quotes, SentenceView, Token, find_quotes, sentence_views, tokenize
from summarizer.cleanup import (
    POSSESSIVE_ENDINGS,
    closes_an_abbreviation,
    places_of_a_people_in_mentions,
    without_possessive,
)
from summarizer.language import ENGLISH, guess_language
from summarizer.model import ORGANISATION, OTHER, PERSON, PLACE, Mention, MentionKind
from summarizer.rules import alternation, load_section, load_word_set, load_word_sets

# Rule `named_often_is_listed`: a single word named this often is listed.
OFTEN_NAMED = 3


def name_runs(sentence: str) -> list[tuple[str, bool]]:
    """The names in one sentence, each with whether a title preceded it
    ("Ukrainian Foreign Minister Dmytro Kuleba" -> ("Dmytro Kuleba", True))."""
    return [(name.text, name.title is not None) for name in find_names(tokenize(sentence, 0, len(sentence)))]


def find_mentions(
    sentences: Iterable[str], speakers: Sequence[str] = (), bodies: Sequence[str] = (), headlines: Sequence[str] = (),
    dateline_places: Sequence[str] = (), sources: Sequence[int] = (),
) -> list[Mention]:
    """Names in `sentences`, most mentioned first; `speakers` are people
    and `bodies` organisations (as the claim tagger resolved them);
    `headlines` are not counted but give a fuller form of a name;
    `dateline_places` are the places the datelines name ("ST CATHERINE,
    Jamaica"): rule `dateline_names_a_place`; `sources`, in a note on
    several articles, the article of each sentence (rule
    `generic_body_of_two_sources_is_no_name`)."""
    pieces, sources = _sentences_over_a_short_quotation(list(sentences), list(sources))
    text = "\n\n".join(pieces)
    quotes = find_quotes(text)
    views: list[SentenceView] = []
    start = 0
    for number, piece in enumerate(pieces):
        views.extend(sentence_views(text, number, start, start + len(piece), quotes, number))
        start += len(piece) + 2
    lower_case = words_in_lower_case(view.tokens for view in views)  # as written
    index = SpeakerIndex(name_words=lower_case)
    counts: dict[int, int] = {}
    entities: dict[int, Entity] = {}
    inside: set[int] = set()  # entities named inside a sentence, not only as its first word
    forms: dict[str, str] = {}  # lower case -> the form in mixed case, as written
    titles: set[int] = set()  # entities named as the first words of a title ("Chief Education Officer")
    plurals: dict[str, Entity] = {}  # rule `plural_short_form_counts_alone`
    # rule `number_sign_ends_a_numbered_name`: "John Doe" -> {"John Doe #1": the index's "John Doe", ...}
    numbered_forms: dict[str, dict[str, Entity]] = {}
    named_in: dict[int, set[int]] = {}  # entity -> the articles that name it
    first_at: dict[int, int] = {}  # entity -> the sentence that first names it
    places_alone: dict[int, dict[str, list[int]]] = {}  # entity -> a listed place written alone -> its sentences
    places_by_their_place: set[str] = set()  # ... and those a listed place after them marks ("from Laredo, Texas")
    subjects: set[int] = set()  # entities named right before an auxiliary: "Mezcal Mexican does", "... is at"
    bodies_by_the: set[int] = set()  # entities typed a body by "the" alone: "the Collins' framework"
    bodies_by_more: set[int] = set()  # ... and by more than "the": "Collins Inc.", "Collins said" as a body
    # ... and by more than "the" before a word used as an adjective ("the Nunes letter"): rule
    # `surname_the_claims_took_for_a_body_is_the_speaker`
    bodies_by_more_than_an_attribute: set[int] = set()
    full_first_names: dict[int, str] = {}  # rule `nickname_pair_shows_the_full_name`: "Matthew Olsen" of "Matt Olsen"
    by_surname_alone: set[int] = set()  # rule `surname_alone_marks_a_person`: "Batum" of "Nic Batum", in a sentence
    by_first_word_alone: set[int] = set()  # ... and the names whose first word is written alone
    # rule `surname_renamed_for_a_namesake_is_no_mention_of_them`: entity -> the one word it was counted
    # under while that word was its name ("Jackson") -> how often
    counted_as_one_word: dict[int, dict[str, int]] = {}
    named_in_full_at: dict[int, int] = {}  # ... and the sentence that first names it in full
    # rule `namesake_keeps_its_own_forms`: entity -> each form it was counted under -> the sentences
    counted_forms: dict[int, dict[str, list[int]]] = {}

    def count(entity: Entity, view: SentenceView, first: int) -> None:
        """One more mention of `entity`, named at token `first` of `view` (the one counting of a
        name, for the compound's parts and for every other name alike)."""
        counts[id(entity)] = counts.get(id(entity), 0) + 1
        first_at.setdefault(id(entity), view.index)
        named_in.setdefault(id(entity), set()).add(sources[view.index] if view.index < len(sources) else 0)
        entities[id(entity)] = entity
        if not opens_sentence(view.tokens, first):
            inside.add(id(entity))

    thing_owners, thing_names = _possessive_thing_names(text)
    saint_names, saint_tails = _saint_possessive_names(text)
    outlet_led: set[int] = set()  # rule `outlet_before_a_staff_noun_is_no_part`: "CNN Vatican" of "CNN Vatican analyst"
    # rule `surname_that_is_the_first_name_too` (QA round 70, 233: "Sirhan Sirhan (25)" under Other
    # names, "Sirhan" written alone 24 times): the speaker index keeps a word that both opens and ends
    # a name apart from it, so that word alone is read here as that name's surname written alone
    doubled_names = {match.group(1) for match in DOUBLED_NAME.finditer(text)}
    # rule `word_used_as_a_thing_is_no_surname`: a one-word name -> whether the text writes it as a word
    used_as_a_thing: dict[str, bool] = {}
    regnal_first_words = {words.group(1) for words in REGNAL_PAIR.finditer(text) if _regnal_name(words.group(0))}
    # rule `place_inside_a_name_is_no_mention_of_it`: the names over "of" the names layer reads whole
    names_over_of = frozenset(name.text for view in views for name in find_names(view.tokens) if " of " in name.text)
    for view in views:
        index.read_sentence(view)
        previous: tuple[Name, Entity] | None = None  # the name found before this one in the sentence
        for found_name, entity in index.names:
            name_before, previous = previous, (found_name, entity)
            if name_before is not None and names_over_of \
                    and _place_of_a_name_over_of(view.tokens, found_name, *name_before, names_over_of):
                continue
            name_start = view.tokens[found_name.first].start
            if name_start in thing_owners and " " not in found_name.text:
                continue  # rule `possessive_inside_a_thing_name_is_no_owner`: "Pepper" of "Pepper's Ghost"
            if name_start in thing_names:
                thing = thing_names[name_start]
                if " " in found_name.text:
                    # rule `possessive_thing_name_runs_on` (session 27, mentions2, CNN-Corpus dev 488: "Kids
                    # Charity (2)" of "his Kidd's Kids Charity", beside "Kidd's Kids" alone): the thing's
                    # word opening a longer name keeps the possessive before it: "Kidd's Kids Charity"
                    thing = f"{thing.rsplit(' ', 1)[0]} {found_name.text}"
                count(plurals.setdefault(thing, Entity(thing, UNKNOWN)), view, found_name.first)
                continue
            if _outlet_before_a_staff_noun(view.tokens, found_name.first, found_name.last, text):
                # rule `outlet_before_a_staff_noun_is_no_part` (session 27, mentions2, CNN-Corpus dev 793: "CNN
                # Vatican (4)" of "sources told CNN Vatican analyst John Allen", every "the Vatican" counted
                # for it): the outlet is a name of its own; the words after it qualify its staff member
                outlet = view.tokens[found_name.first].text
                count(plurals.setdefault(outlet, Entity(outlet, ORGANISATION)), view, found_name.first)
                outlet_led.add(id(entity))
            if name_start in saint_tails:
                continue  # rule `saint_s_possessive_opens_one_name`: "Square" of "St. Peter's Square"
            if name_start in saint_names:
                saint_name = saint_names[name_start]
                count(plurals.setdefault(saint_name, Entity(saint_name, UNKNOWN)), view, found_name.first)
                continue
            if _peerage_place(view.tokens, found_name.first) \
                    or _after_a_foreign_joiner(view.tokens, found_name.first) \
                    or _road_word_alone(found_name.text) \
                    or _street_address(view.tokens, found_name.first, found_name.text) \
                    or _road_before_a_code(view.tokens, found_name.last, found_name.text) \
                    or _eponym_compound(view.tokens, found_name.last, found_name.text) \
                    or _auxiliary_inside(found_name.text) \
                    or _currency_prefix(view.tokens, found_name.last) \
                    or _code_between_numbers(view.tokens, found_name.first, found_name.last) \
                    or _cut_at_an_elision(view.tokens, found_name.last) \
                    or _cut_at_a_slash(view.tokens, found_name.first, found_name.last):
                continue
            peer = _peer_of_a_place(view.tokens, found_name.first, found_name.last)
            if peer:
                count(plurals.setdefault(peer, Entity(peer, PERSON)), view, found_name.first)
                continue
            if entity.name == found_name.text and _opens_a_title(view.tokens, found_name.first, found_name.last):
                titles.add(id(entity))
            dotted_parts = _dotted_compound_parts(found_name.text)
            if dotted_parts:
                # rule `dotted_part_of_a_compound_is_the_name`: the compound names no one; its parts do
                for part in dotted_parts:
                    count(plurals.setdefault(part, Entity(part, UNKNOWN)), view, found_name.first)
                continue
            if _plural_short_form(found_name.text, entity.name) \
                    or _piece_over_of_taken_for_a_longer_name(view.tokens, found_name.first, found_name.text,
                                                              entity.name, entity.kind):
                entity = plurals.setdefault(found_name.text, Entity(found_name.text, UNKNOWN))
            elif is_place(found_name.text) or _in_a_listed_place(view.tokens, found_name.first, found_name.last):
                # rule `place_alone_is_the_place`: whose name the entity ends up with is known at the end
                places_alone.setdefault(id(entity), {}).setdefault(found_name.text, []).append(view.index)
                if not is_place(found_name.text):
                    places_by_their_place.add(found_name.text)
            if " " not in found_name.text and found_name.text in regnal_first_words \
                    and entity.name != found_name.text:
                continue  # "George" beside "George V" and "Prince George": which one, the list cannot tell
            if " " not in found_name.text and entity.name.endswith(" " + found_name.text):
                if found_name.text not in used_as_a_thing:
                    used_as_a_thing[found_name.text] = _word_used_as_a_thing(found_name.text, text)
                if used_as_a_thing[found_name.text]:
                    # rule `word_used_as_a_thing_is_no_surname`: "Obamacare" alone is no "Barack Obamacare"
                    entity = plurals.setdefault(found_name.text, Entity(found_name.text, UNKNOWN))
            if _regnal_name(found_name.text) and entity.name != found_name.text:
                entity = plurals.setdefault(found_name.text, Entity(found_name.text, PERSON))
            paper = _paper_after_a_weekday(view.tokens, found_name.first, found_name.text)
            if paper:
                entity = plurals.setdefault(paper, Entity(paper, ORGANISATION))
            numbered = _numbered_name(view.tokens, found_name.last, found_name.text)
            if numbered:
                numbered_forms.setdefault(found_name.text, {})[numbered] = entity
                entity = plurals.setdefault(numbered, Entity(numbered, entity.kind))
            count(entity, view, found_name.first)
            counted_forms.setdefault(id(entity), {}).setdefault(found_name.text, []).append(view.index)
            if " " not in found_name.text and entity.name == found_name.text:
                as_one_word = counted_as_one_word.setdefault(id(entity), {})
                as_one_word[found_name.text] = as_one_word.get(found_name.text, 0) + 1
            elif " " in found_name.text and entity.name == found_name.text:
                named_in_full_at.setdefault(id(entity), view.index)
            if _full_form_of_a_nickname(found_name.text, entity.name):
                full_first_names[id(entity)] = found_name.text
            if a_body_by_the_alone(view.tokens, found_name):
                bodies_by_the.add(id(entity))
            elif found_name.kind == ORGANISATION:
                bodies_by_more.add(id(entity))
                if not _the_before_an_attributive_word(view.tokens, found_name.first, found_name.last):
                    bodies_by_more_than_an_attribute.add(id(entity))
            if _before_an_auxiliary(view.tokens, found_name.last):
                subjects.add(id(entity))
            if not opens_sentence(view.tokens, found_name.first):
                tail = found_name.text.split()
                # the surname, or the surname and its abbreviated suffix ("Oubre Jr.")
                # a person's surname stands with no determiner ("Batum gave", never "the Caucus"),
                # no model number after it ("Core i5" of "Intel Core"), nor a possessive before it
                # ("Edition" of "Nvidia Founder's Edition"), nor a number ("10,000 Weibo posts")
                after = view.tokens[found_name.last + 1].text if found_name.last + 1 < len(view.tokens) else ""
                before = view.tokens[found_name.first - 1].text.lower()
                if (entity.name.endswith(" " + found_name.text) or found_name.text in doubled_names) and (
                        len(tail) == 1 or (len(tail) == 2 and tail[1].endswith("."))) \
                        and before not in DETERMINERS and not before.endswith(("'s", "\u2019s")) \
                        and not before[:1].isdigit() \
                        and not any(c.isdigit() for c in after) \
                        and found_name.text not in places_by_their_place:  # "from Laredo, Texas"
                    by_surname_alone.add(id(entity))
            if len(found_name.text.split()) == 1 and entity.name.startswith(found_name.text + " "):
                by_first_word_alone.add(id(entity))  # "Nvidia" of "Nvidia Founders Edition"
            if not found_name.text.isupper():
                forms.setdefault(found_name.text.lower(), found_name.text)
    _fold_services_into_their_bodies(entities, counts, named_in, first_at, inside)
    for key, words_alone in counted_as_one_word.items():
        renamed = entities.get(key)
        for word, times in words_alone.items():
            if renamed is None or renamed.name == word or not renamed.name.endswith(" " + word) \
                    or not any(other is not renamed and other.name.endswith(" " + word)
                               and first_at.get(id(other), len(views)) < named_in_full_at.get(key, len(views))
                               for other in entities.values()):
                continue
            # Rule `surname_renamed_for_a_namesake_is_no_mention_of_them` (mentions-s26, CNN-Corpus dev
            # 449: "Jackson" alone, read apart once "Michael", "Katherine" and "Prince Jackson" were
            # named, took the name of "Blanket Jackson", named last, and "Blanket Jackson (9)" was
            # listed): a surname alone counted before the entity took the full name of a person named
            # in full after another of that surname is no mention of that one; it is listed as the
            # surname (`surname_of_two_people_is_no_entry` reads it). "Obama said", then "Barack
            # Obama" before "Michelle Obama" (or the one person of that surname) counts for him.
            surname = plurals.setdefault(word, Entity(word, UNKNOWN))
            counts[id(surname)] = counts.get(id(surname), 0) + times
            counts[key] -= times
            entities[id(surname)] = surname
            named_in.setdefault(id(surname), set()).update(named_in.get(key, set()))
            first_at.setdefault(id(surname), first_at.get(key, 0))
            if key in inside:
                inside.add(id(surname))
            if counts[key] <= 0:
                entities.pop(key)  # every mention was the surname alone
                break
    for key, forms_counted in counted_forms.items():
        kept = entities.get(key)
        if kept is None or kept.unproven_short is None or len(kept.words) < 2:
            continue
        for form, where in forms_counted.items():
            if key not in entities or not _form_of_a_namesake(form, kept.words, kept.unproven_short):
                continue
            # Rule `namesake_keeps_its_own_forms` (CNN-Corpus dev 222: "David Watson (14)" of the
            # defendant "Gabe Watson" / "Watson" and "His father, David Watson", one entry): the
            # speaker index took a fuller name it could not show to be the surname's person
            # (`short_name_stays_apart_from_a_namesake`: an apposed relative, another gender) as the
            # entity's name; the surname alone, and the fuller names with another first word, are
            # no mention of that fuller name: they are listed as written, and the surname alone
            # then counts for the one person of that surname, or for no entry when two share it
            # (`surname_of_two_people_is_no_entry`)
            alone = plurals.setdefault(form, Entity(form, PERSON if " " in form else UNKNOWN))
            counts[id(alone)] = counts.get(id(alone), 0) + len(where)
            counts[key] -= len(where)
            named_in.setdefault(id(alone), set()).update(
                sources[index] if index < len(sources) else 0 for index in where)
            first_at[id(alone)] = min(first_at.get(id(alone), len(views)), *where)
            entities[id(alone)] = alone
            if key in inside:
                inside.add(id(alone))
            if counts[key] <= 0:
                entities.pop(key)
    for key, written_alone in places_alone.items():
        longer = entities[key]
        for place, where in written_alone.items():
            marked = place in places_by_their_place
            if not _place_alone_in_a_longer_name(place, longer.name, marked) or (
                    longer.kind == PERSON and _words(longer.name)[-1:] == _words(place) and not marked):
                # the speaker index took the place alone for the person of that surname only where
                # it opens its clause (speakers rule `surname_before_a_listed_place`): "Tom
                # Cambridge ... Cambridge said" counts for him; "in Cambridge" stays a place
                continue
            alone = plurals.setdefault(place, Entity(place, PLACE))
            counts[id(alone)] = counts.get(id(alone), 0) + len(where)
            counts[key] -= len(where)
            named_in.setdefault(id(alone), set()).update(
                sources[index] if index < len(sources) else 0 for index in where)
            entities[id(alone)] = alone
            inside.add(id(alone))
            if counts[key] <= 0:
                entities.pop(key)
    numbers: dict[str, set[str]] = {}  # a name's last word -> its numbers ("doe" -> {"#1", "#2"})
    for numbered_names in numbered_forms.values():
        for numbered in numbered_names:
            *words, sign_number = numbered.split()
            numbers.setdefault(words[-1].lower(), set()).add(sign_number)
    numbered_bases = set()
    for base, numbered_names in numbered_forms.items():
        if len(numbers[base.split()[-1].lower()]) > 1:
            numbered_bases.add(base)  # "John Doe #1" and "John Doe #2": two entries, no "John Doe"
            continue
        # one number only ("Taylor Swift #1 single"): a rank or a label, no placeholder; the name as it was
        for numbered, named in numbered_names.items():
            one = plurals.pop(numbered)
            counts[id(named)] = counts.get(id(named), 0) + counts.pop(id(one), 0)
            named_in.setdefault(id(named), set()).update(named_in.pop(id(one), set()))
            if id(one) in inside:
                inside.add(id(named))
            entities.pop(id(one), None)
            entities[id(named)] = named
    people = {name for name in speakers if name}
    organisations = {name for name in bodies if name}
    # rule `owner_stays_with_its_body` (speakers): the claims show "Malaysia's Ministry of Foreign
    # Affairs"; the list reads and folds the body's own name ("Ministry of Foreign Affairs", as the
    # text writes it alone too) and gives the owner back when it lists it (`owners`)
    organisations |= {entity.name for entity in entities.values() if entity.shown in organisations}
    owners: dict[str, set[str | None]] = {}  # a name as listed -> the owners of the bodies it counts
    fuller = _headline_names(headlines)
    kinds = {entity.name: entity.kind for entity in entities.values()}
    untitled = {_without_title(name, frozenset()): kind for name, kind in kinds.items()}
    surnames = frozenset(_words(name)[-1] for name in [*fuller, *untitled]
                         if len(name.split()) > 1
                         and _kind(name, untitled.get(name, ""), people, set(), lower_case) == PERSON)
    # a name as the names layer found it -> its kind, its title cut (rule
    # `title_case_quotation_cuts_before_a_first_name` reads the other people's surnames)
    untitled_kinds = {name: _kind(_without_title(name, frozenset()), kind, people, set(), lower_case)
                      for name, kind in kinds.items()}
    found: dict[str, tuple[MentionKind, int]] = {}
    first_named: dict[str, int] = {}  # a name -> the sentence that first names it
    named_inside: set[str] = set()  # names named inside a sentence, not only as its first word
    titled_alone: set[str] = set()  # one-word names the text gives a title ("President Obama")
    offices: dict[str, set[str]] = {}  # a name -> the last words of its titles, not a courtesy's ("mayor")
    no_names: set[str] = set()
    typed_bodies: set[str] = set()  # rule `surname_the_claims_took_for_a_body_is_the_speaker`
    dateline_place_names = frozenset(place.lower() for place in dateline_places)
    clubs = _clubs({entity.name: counts[key] for key, entity in entities.items()}, text, lower_case)
    club_places = frozenset(" ".join(club.split()[:-1]) for club in clubs)
    surname_users: set[str] = set()  # the names (as listed) that by_surname_alone holds
    # rule `capitalised_nouns_are_no_name_words`: in German every noun has a capital, so the words before
    # a known first name are cut as an English article's lower-case words are
    cut_before_a_first_name = None if _nouns_capitalised(text) else lower_case
    for key, entity in entities.items():
        written = _mixed_case(full_first_names.get(key, entity.name), forms)
        if key in outlet_led and " " in written and is_news_outlet(written.split()[0]):
            written = written.split(" ", 1)[1]  # "Vatican" of "CNN Vatican analyst"
        cut_in = None if _in_title_case_quotations(written, text, quotes) and any(
            other != entity.name and " " in other and _words(other)[-1] == _words(written)[-1] and kind == PERSON
            for other, kind in untitled_kinds.items()) else cut_before_a_first_name
        name = _without_compound_adjectives(_without_a_unit_code(_without_a_people_before_a_person(
            _without_a_people(without_nationality(_without_a_count_word(_without_title(written, surnames, cut_in)))),
            surnames)))
        # rule `generic_body_of_two_sources_is_no_name` (web tester s11: "City Council (5)" in a note on
        # two cities' elections counted St. Louis Park's council and New York's as one): a name of body
        # words and qualifiers only that two articles of a note name may be two bodies: no heading
        # lists it. Named in one article, or with a name word ("Minneapolis City Council"), it stays.
        # Rule `party_label_is_no_name` (QA round 56, 401: "D-New York (1)" of "Rep. Charlie Rangel,
        # D-New York,"): a party-state tag (PARTY_TAG) after a member's name is a label, no name.
        if not name or _no_name(name, lower_case) or (key not in inside and _common_word(name, lower_case)) \
                or (key not in inside and _people_word_alone(name)) \
                or key in titles or (_ends_in_a_nationality(name) and key not in subjects) \
                or _nationality_alone(name, surnames, people, entity.title is not None) \
                or _roles_only(name) or _people_plural(name, text) or _group_noun_with_a_plural(name, text) \
                or _opens_with_a_description(name) or _named_in_references(name, text) \
                or _glued_link_labels(name) or _kind_of_people_by_a_short_form(name) \
                or _compass_word_alone(name) or _key_of_a_record(name, text, quotes) or PARTY_TAG.match(name) \
                or _party_by_its_part(name, lower_case) \
                or _words(name)[-1] in _no_names()["capitalised_common_nouns"] \
                or (len(named_in.get(key, ())) > 1 and generic_body_name(name)):
            no_names.add(name)
            continue
        if key in bodies_by_more_than_an_attribute:
            typed_bodies.add(name)  # the names layer's evidence, not the claims' alone
        kind = _kind(name, PERSON if _titled_in_a_body(written, name) else entity.kind, people, organisations,
                     lower_case)
        if kind == ORGANISATION and key in bodies_by_the and key not in bodies_by_more \
                and name.lower() in surnames:
            # Rule `the_before_a_possessive_may_be_the_nouns` (names; QA round 42, 384): "the Collins'
            # framework" beside "Sen. Susan Collins" is her framework: with no other evidence of a body
            # the word is listed as the one person's surname is (surname_folds_into_full_name)
            kind = OTHER
        if kind == OTHER and entity.title is not None and name in people \
                and _words(name)[-1] in _place_words()["ends_unless_a_person"]:
            # Rule `titled_speaker_is_a_person` (web tester s11: "Senator the Hon. Aubyn Hill, told
            # JIS News" left him out of People): "Grace Park said" could be a park's or a person's,
            # but a claim's speaker the text gives a title ("Hon.") is a person
            kind = PERSON
        if kind == PLACE and name in club_places:
            kind = OTHER  # rule `club_keeps_its_place_name`: "Leeds" of a text naming "Leeds United"
        if kind == OTHER and entity.name in clubs:
            # Rule `club_is_an_organisation` (web tester s18, phillyvoice: "Boston Celtics" under Other
            # names): the team whose place `club_keeps_its_place_name` gives it is a body
            kind = ORGANISATION
        if key in by_surname_alone and key not in by_first_word_alone:
            surname_users.add(f"{name} {name}" if name in doubled_names else name)
        if kind == OTHER and name.lower() in dateline_place_names:
            # Rule `dateline_names_a_place` (QA round 31: "St Catherine" of "ST CATHERINE,
            # Jamaica —" was listed under Other names): a name the dateline gives as a place is one
            kind = PLACE
        if key in inside:
            named_inside.add(name)
        if entity.title and not honorific_only(entity.title):
            offices.setdefault(name, set()).add(entity.title.lower().split()[-1])  # "mayor" of "Toronto Mayor"
        if not honorific_only(entity.title) and " " not in name and name.lower() not in _title_words():
            # an office ("President Obama"), not a courtesy title alone ("Mr. Lonely", a song), nor a
            # title read as the name ("General" of "the Inspector General")
            titled_alone.add(name)
        known = found.get(name)
        # Rule `typed_reading_wins` (session 9: "Obama" was read as the body of "the Obama
        # administration", typed "Other names" and left out, while "President Obama" is a person): a
        # name read twice, once without evidence, takes the typed reading
        merged = kind if known is None or known[0] == OTHER else known[0]
        found[name] = (merged, counts[key] + (known[1] if known else 0))
        owners.setdefault(name, set()).add(entity.owner if name == entity.name != entity.shown else None)
        first_named[name] = min(first_named.get(name, len(views)), first_at.get(key, len(views)))
    for speaker in people:
        # rule `compound_adjective_inside_a_name_opens_the_noun`: a speaker as the claims show it
        # ("Fort Lauderdale-based Silversea Cruises said") is listed as the text's names are, once
        name = _without_compound_adjectives(_without_title(speaker, surnames, cut_before_a_first_name))
        if name in numbered_bases:
            continue  # "John Doe" said: which of the numbered ones, the list cannot tell
        if name not in found and sum(1 for known in found if _full_form_of_a_nickname(known, name)) == 1:
            continue  # rule `nickname_pair_shows_the_full_name`: "Matt Olsen" said, listed as "Matthew Olsen"
        if name and name not in no_names and not _no_name(name, lower_case) and not _people_word_alone(name):
            found.setdefault(name, (_kind(name, PERSON if _titled_in_a_body(speaker, name) else "", people,
                                          organisations, lower_case), 1))
    found = _dateline_places_listed(found, dateline_places, forms, people, organisations, lower_case)
    found = _body_before_a_place_end(found, people | organisations)
    found = _carrier_before_a_listed_body(found)
    found = _without_phrases(found, text, lower_case)
    found = _bodies_over_a_plural_possessive(found, text)
    found = _documents_joined_by_and(found, text)
    found = _without_a_glued_opener(found, text, lower_case, people, organisations, named_inside)
    found = _without_a_question_verb(found, text)
    found = _without_a_noun_of_before_a_person(found, text, lower_case, people, organisations)
    found = _without_an_opening_adjective(found, text, people, organisations, lower_case)
    found = _without_an_opener_before_a_surname(found, text, lower_case)
    found = _without_a_cheer_word(found, text, people, organisations, lower_case)
    found = _without_a_faith_word(found, text, people, organisations, lower_case, named_inside)
    found = _with_a_lower_case_al(found, text)
    found = _without_a_rank_in_capitals(found)
    found = _listed_names_sharing_a_surname(found, text)
    found = _first_names_sharing_a_surname(found, text)
    found = _family_names(found, lower_case, text, quotes)
    found = _kin_marked_people(found, text, lower_case, organisations)
    found = _surname_marked_people(found, surname_users, lower_case, text)
    relatives_alone = _relatives_named_alone(found, text, lower_case)
    found.update((name, (PERSON, found[name][1])) for name in relatives_alone)
    found = _business_marked_bodies(found, text)
    found = _body_noun_marked_bodies(found, text)
    found = _place_article_marked_places(found, text)
    found = _place_before_a_place(found, text)
    found = _suffix_marked_places(found)
    found = _kind_of_place_marked_places(found)
    found = _chapter_marked_bodies(found)
    found = _persons_named_like_places(found, text)
    found = _person_cue_marked_people(found, text, lower_case)
    found = _full_names_of_a_one_word_person(found, text, lower_case)
    found = _affiliation_marked_people(found, text, lower_case)
    found = _owner_marked_documents(found, text)
    found = _people_listed_with_people(found, text, lower_case)
    found = _venues_after_at(found, text, people)
    found = _apposition_marked_bodies(found, text, people)
    found = _things_named_after_people(found, lower_case)
    found = _bodies_by_an_ending_acronym(found)
    found = _without_descriptions_before_a_person(found, text)
    found = _award_names(found, text)
    found = _quoted_titles(found, text, quotes, people)
    found = _fiction_characters(found, text, quotes, people)
    found = _works_quoted_whole(found, text, quotes, people)
    found = _names_cut_inside_quoted_titles(found, text, quotes)
    found = _names_around_a_nickname(found, text)
    found = _names_spelled_by_an_acronym(found, text)
    found = _fold_middle_names(found, text)
    found = _fold_spelling_variants(found)
    found = _fold_accent_variants(found)
    english = guess_language(text) in (ENGLISH, None)
    # rule `piece_over_of_counts_for_no_longer_name` (session 23, closing note s22: "State of the Union
    # address" counted for "European Union", by `body_word_is_its_body`): a piece of a name joined by
    # "of" is no name of its own (`piece_of_a_name_over_of_is_no_name`, the list's last test), so it
    # leaves before a body's fold could count it for another body ("Hua of the Chinese foreign ministry"
    # still counts for "Hua Chunying", "the Shroud" of "Man of the Shroud" for "Turin Shroud")
    found = {name: (kind, count) for name, (kind, count) in found.items()
             if kind != ORGANISATION or not _piece_of_a_name_over_of(name, kind, text)}
    found = _fold_surnames(found, fuller, people, lower_case,
                           untyped=cut_before_a_first_name is not None and english,
                           bodies=organisations, typed_bodies=typed_bodies, text=text, titled=titled_alone,
                           offices=offices)
    found = _fold_nickname_and_surname(found, text)
    found = _fold_puns_on_a_name(found, text)
    found = _fold_transliterated_surnames(found)
    found = _fold_numbered_surnames(found)
    found = _fold_bare_royal_titles(found, text)
    found = _fold_peers_apposed_to_a_name(found, text)
    found = _fold_initials(found)
    found = _fold_possessive_things(found, frozenset(thing_names.values()))
    found = _fold_short_names(found)
    found = _fold_clipped_body_names(found)
    found = _fold_papers_by_their_weekday(found)
    found = _fold_names_cut_before_a_lower_case_word(found, text)
    found = _fold_bodies(found)
    found = _fold_bodies_by_an_adjective(found)
    found = _fold_peoples_by_a_nationality(found)
    found = _fold_plural_full_names(found)
    found = _fold_clipped_plurals(found, text)
    found = _fold_body_forms(found, first_named)
    found = _fold_short_forms(found)
    found = _fold_acronyms_of_bodies(found)
    found = _fold_bodies_of_a_place(found, text)
    found = _fold_short_forms_inside_a_longer_name(found)
    found = _fold_congregation_words(found)
    found = _fold_other_name_endings(
        found, english=cut_before_a_first_name is not None and english, text=text)
    found = _fold_openings_over_of(found, text)
    found = _fold_aliases(found, text)
    repeated = _repeated_one_word_names(found, named_inside, text)
    # the owner given back: only where every body the name counts has that one owner (Malaysia's
    # and New Zealand's ministries, or an owned one and a body of that name with none, are listed
    # by the name alone: the list cannot tell them apart)
    owned = {name: next(iter(held)) for name, held in owners.items() if len(held) == 1 and None not in held}
    # Rule `other_names_need_an_english_text` (web tester s19, lastampa: "Interessate Marche (2)", of
    # "Interessate Marche, Abruzzo, ...", "affected are"; tell-review.de: some 70 noun phrases such as
    # "Ende des Buches"): the names layer reads English, so in a text in another language a run of
    # capitals it could not type is as often a capitalised noun or a sentence's opener as a name; only
    # typed names (people, organisations, places) are listed, as `repeated_one_word_name_is_listed` does,
    # and an other name holding a listed place ("S-Bahn Berlin"); `english` is read once, above
    mentions = [Mention(f"{owned[name]} {name}" if name in owned else name, kind, count)
                for name, (kind, count) in found.items()
                if (_listed(name, kind, count, people | organisations, titled_alone) or name in repeated
                    or name in relatives_alone)
                and not _generic_body_word(name) and not _hyphenated_common_phrase(name, text)
                and not _piece_of_a_title_over_the(name, text, people | organisations)
                and not _piece_of_a_name_over_of(name, kind, text)
                and not _opens_a_listed_name_over_of(name, found, text)
                and not (kind == OTHER and _named_only_in_headings(name, text))
                and not (kind == OTHER and _named_only_after_an_ordinal(name, text))
                and (kind != OTHER or english or any(is_place(word) for word in name.split()))
                and not ((kind == OTHER or (kind == ORGANISATION and " " in name))
                         and name not in people | organisations and _piece_of_a_quoted_title(name, text, quotes))
                and not _opens_with_a_negated_verb(name)
                and not _letter_joined_to_a_word(name)]
    return sorted(mentions, key=lambda m: (-m.count, m.name))


def _form_of_a_namesake(form: str, name_words: Sequence[str], short: str) -> bool:
    """Rule `namesake_keeps_its_own_forms`: `form`, counted for the
    person whose name's key is `name_words` ("david watson") and whose
    surname alone (`short`, "watson") the speaker index could not show to
    be that person's, is the surname alone or a name of that surname with
    another first word ("Gabe Watson"); "David Watson" is the person's
    own."""
    words = name_key(form)
    if words == (short,):
        return True
    return len(words) > 1 and words[-1] == name_words[-1] and words[0] != name_words[0]


# Rule `short_quotation_cut_by_its_mark_is_one_sentence`: a quotation opened near a sentence's end,
# before its "!" or "?" ('the show "OMG!'), and closed near the next one's start ('Totally Peaches" on')
QUOTATION_LEFT_OPEN = re.compile(r"(?:\s|^)[\"\u201c]((?:[^\"\u201c\u201d\s]+\s+){0,3}[^\"\u201c\u201d\s]*[!?])$")
QUOTATION_CLOSED_AT_THE_START = re.compile(r"^(?:[^\"\u201c\u201d\s]+\s+){0,3}[^\"\u201c\u201d\s]+[\"\u201d](?!\w)")


def _sentences_over_a_short_quotation(pieces: list[str], sources: list[int]) -> tuple[list[str], list[int]]:
    """Rule `short_quotation_cut_by_its_mark_is_one_sentence` (CNN-Corpus
    dev 480: "Totally Peaches (5)" under People, every "Peaches" counted for
    it, of 'She hosted the show "OMG! Totally Peaches" on ITV', which the
    splitter cuts after "OMG!"): two sentences that a short quotation's
    "!" or "?" parts, the quotation opened among the first one's last four
    words and closed among the next one's first four, are read as one
    sentence, so that the quotation is one title. A quotation that goes on
    ('"Stop! Do not shoot at the crowd," he said') stays cut. `sources`
    (the article of each sentence, maybe none) keeps step."""
    joined: list[str] = []
    kept_sources: list[int] = []
    for number, piece in enumerate(pieces):
        if joined and QUOTATION_LEFT_OPEN.search(joined[-1]) and QUOTATION_CLOSED_AT_THE_START.match(piece):
            joined[-1] = f"{joined[-1]} {piece}"
            continue
        joined.append(piece)
        if number < len(sources):
            kept_sources.append(sources[number])
    return joined, kept_sources


# Rule `surname_that_is_the_first_name_too`: a capitalised word written twice as a name ("Sirhan Sirhan")
DOUBLED_NAME = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]+) \1(?![\w'\u2019-])")


# Rule `dateline_place_is_mentioned`: a dateline's piece this short and no listed place is a state's
# abbreviation ("FLA.", "D.C."), its dot cut: not listed
DATELINE_ABBREVIATION_LETTERS = 4


def _piece_over_of_taken_for_a_longer_name(tokens: Sequence[Token], first: int, found: str, entity: str,
                                           entity_kind: str) -> bool:
    """Rule `piece_over_of_counts_for_no_longer_name`, in the text: one
    word right after a capitalised word and "of" (maybe "the"), the tail
    of a name the names layer cut at "of" ("Union" of "State of the
    Union"), that the speaker index took for a longer name ending with it
    body ("European Union") is counted as itself, for
    `piece_of_a_name_over_of_is_no_name` to judge. "The Union said" stays
    the longer name's, and so does a tail a longer name of no body takes
    ("the Shroud" of "Man of the Shroud", for "Turin Shroud")."""
    if " " in found or entity == found or " of " in entity or first < 2 or entity_kind != ORGANISATION:
        return False
    of = first - 2 if tokens[first - 1].lower == "the" else first - 1
    return of > 0 and tokens[of].lower == "of" and tokens[of - 1].is_capitalised


def _code_between_numbers(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Rule `citation_by_numbers_is_no_name` (closing note s23, CNN-Corpus
    663: "U.S. Constitution (2)" counted "(18 USC 1361)", a section of the
    U.S. Code; QA round 66, 701: "John Rutter (2)" counted "a lesson from
    John 15:1-5"): a word in capitals between two numbers cites a code's
    title and section, and a name before a chapter and verse ("15:1")
    cites a book: no name of anyone (the speaker index read "USC" as the
    initials of the longer name). "John 15 said" and "USC said" stay."""
    after = [t.text for t in tokens[last + 1 : last + 4]]
    if len(after) == 3 and after[0].isdigit() and after[1] == ":" and after[2][:1].isdigit():
        return True
    return first == last and tokens[first].text.isupper() \
        and first > 0 and last + 1 < len(tokens) \
        and tokens[first - 1].text.isdigit() and tokens[last + 1].text.isdigit()


def _dateline_places_listed(found: dict[str, tuple[MentionKind, int]], dateline_places: Sequence[str],
                            forms: dict[str, str], people: set[str], organisations: set[str],
                            lower_case: frozenset[str]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `dateline_place_is_mentioned` (session 21 Not done: "KABUL,
    Afghanistan (CNN) -- ..." left Kabul out of Places when the text named
    it nowhere else): a place the dateline names is a place the article is
    about, so one the text does not name again is listed once, as the text
    writes it elsewhere or in title case ("KABUL" -> "Kabul"). The dateline
    itself stays cut from what the names layer reads (no "Kabul Afghan
    police"), and a name the text does give keeps its count. A body given as
    a dateline ("UNITED NATIONS (CNN)") is listed as the body it is."""
    listed = {name.lower() for name in found}
    for piece in dateline_places:
        place = piece.strip(QUOTATION_EDGES)  # 'Texas "' of 'Austin, Texas "North Korean social media."'
        if closes_an_abbreviation(place.rsplit(" ", 1)[-1]) and piece[piece.find(place) + len(place) :].startswith("."):
            place += "."  # "Washington D.C.": an abbreviation's closing dot, which the strip above cut
        lowered = place.lower()
        if lowered in listed or not place[:1].isupper() \
                or (len(place) <= DATELINE_ABBREVIATION_LETTERS and not is_place(place)):
            continue  # "Fla" of "SOUTHWEST MIAMI-DADE, FLA. (WSVN)", "D.C": a state's short form, cut
        name = forms.get(lowered) or (" ".join(w.capitalize() for w in place.split()) if place.isupper() else place)
        kind = _kind(name, "", people, organisations, lower_case)
        found[name] = (ORGANISATION if kind == ORGANISATION else PLACE, 1)
        listed.add(lowered)
    return found


def _the_before_an_attributive_word(tokens: Sequence[Token], first: int, last: int) -> bool:
    """One capitalised word between "the" and a lower-case word ("the Nunes
    letter", "the Obama administration"): the word qualifies the noun, which
    "the" may belong to; no evidence of a body by itself."""
    return first == last and first > 0 and tokens[first - 1].lower == "the" and last + 1 < len(tokens) \
        and tokens[last + 1].text[:1].islower()


def _fold_services_into_their_bodies(entities: dict[int, Entity], counts: dict[int, int],
                                     named_in: dict[int, set[int]], first_at: dict[int, int],
                                     inside: set[int]) -> None:
    """Rule `service_with_a_plus_counts_for_its_body` (review s17 finding 10: "Disney+ subscribers
    rose sharply, Disney said" listed Disney once): a name with a closing plus sign (one word since
    the tokenizer's `plus_sign_ends_a_name`) names the body's service; where the text names the body
    alone too, each is one more mention of the body, and the service has no entry of its own.
    "ESPN+ also grew" with no "ESPN" alone stays "ESPN+". Changes the four in place."""
    by_name = {entity.name: key for key, entity in entities.items()}
    for key, entity in list(entities.items()):
        body = by_name.get(entity.name[:-1]) if entity.name.endswith("+") else None
        if body is None or body == key:
            continue
        counts[body] = counts.get(body, 0) + counts.pop(key, 0)
        named_in.setdefault(body, set()).update(named_in.pop(key, set()))
        first_at[body] = min(first_at.get(body, first_at[key]), first_at.pop(key))
        if key in inside:
            inside.add(body)
        del entities[key]


# a word the tokenizer keeps whole by its rule `dotted_compound_is_one_token`: "U.S.-China", "U.N.-led"
DOTTED_COMPOUND = re.compile(r"((?:[A-Za-z]\.){2,})-(\w+)")


def _dotted_compound_parts(name: str) -> list[str]:
    """Rule `dotted_part_of_a_compound_is_the_name` (review s17 finding 9:
    since the tokenizer keeps "U.S.-China" and "U.N.-led" one word, as the
    claim tagger needs, Mentioned lost "U.S.", "China" and "U.N."): a name
    run holding such a word is cut there: the acronym is a name, and so is
    the capitalised word after its hyphen with the name words after it
    ("U.S.-China" -> "U.S.", "China"); a lower-case one ("-led",
    "-based") qualifies a noun and names no one. [] for a run with no such
    word."""
    words = name.split()
    if not any(DOTTED_COMPOUND.fullmatch(word) for word in words):
        return []
    parts: list[str] = []
    current: list[str] = []
    for word in words:
        compound = DOTTED_COMPOUND.fullmatch(word)
        if compound is None:
            current.append(word)
            continue
        if current:
            parts.append(" ".join(current))
        parts.append(compound.group(1))
        current = [compound.group(2)] if compound.group(2)[:1].isupper() else []
    if current:
        parts.append(" ".join(current))
    return parts


def _full_form_of_a_nickname(found: str, name: str) -> bool:
    """Rule `nickname_pair_shows_the_full_name`: `found` is `name` with its
    first name's full form ("Matthew Olsen" found for the speaker index's
    "Matt Olsen", which the index names by the form it met first)."""
    words, known = found.split(), name.split()
    return len(words) == len(known) > 1 and words[1:] == known[1:] and short_form_of(known[0], words[0])


def _clubs(names: dict[str, int], text: str, lower_case: frozenset[str]) -> frozenset[str]:
    """The clubs' and teams' names of `names`; the place each opens with is
    no Place. Rule `club_keeps_its_place_name` (session 12 review F4: a match
    report's "Leeds scored twice" and "Birmingham pulled one back" were
    listed as Places): a listed place that opens a club's or team's name
    the same text holds ("Leeds United", "Birmingham City": place_words.txt
    team_ends) stands for the club there, and is no Place. "Mexico" beside
    "Mexico City" (a listed place) stays a Place. Rule
    `team_plural_keeps_its_place_name`: so does a place before one plural
    word that ends no firm's, paper's or body's name ("Boston" beside
    "Boston Celtics", named twice or more; not "New York" beside "New
    York Times", nor "Brazil" beside a caption's "Brazil Soldiers"), unless the
    article writes the place alone after "in" ("at her home in New
    Orleans", beside "the New Orleans Pelicans": the city). Rule
    `carrier_keeps_its_place_name`: so does a place before a carrier word
    ("Alaska" beside "Alaska Airlines": "Alaska's network and lounges"),
    when the article writes it alone as the carrier ("at Alaska", "Alaska's
    network": `_place_as_a_carrier`) and never after "in", "to" or "from"
    ("flights to Alaska"); "Malaysia said", beside "Malaysia Airlines",
    stays a Place."""
    clubs = set()
    for name, count in names.items():
        place = " ".join(name.split()[:-1])
        if len(name.split()) < 2 or is_place(name) or not is_place(place) or _city_named_after_a_region(name):
            continue
        if _words(name)[-1] in _place_words()["team_ends"] \
                or (count > 1 and _team_plural(name, lower_case) and not _place_after_in(place, text)) \
                or (len(name.split()) == len(place.split()) + 1 and _words(name)[-1] in _place_words()["carrier_ends"]
                    and not _place_moved_to(place, text) and _place_as_a_carrier(place, text)):
            clubs.add(name)
    return frozenset(clubs)


@cache
def _regions() -> frozenset[str]:
    """The countries, regions and U.S. states of places.txt, lower case: places
    wider than a city."""
    return countries() | load_section("places", "regions and territories") \
        | load_section("places", "US states")


def _city_named_after_a_region(name: str) -> bool:
    """Rule `city_after_a_region_is_a_city` (CNN-Corpus dev 184, 630, 666:
    "Oklahoma City (1)" under Organisations, taken for a club as "Birmingham
    City" is): a country, region or U.S. state and a word that is both a
    kind of place and a club's ending ("City") name a city: "Oklahoma City",
    "Kansas City", "Panama City". A club is named after its city, never
    after a state: "Manchester City", "Leicester City" stay clubs."""
    words = _words(name)
    return len(words) > 1 and words[-1] in _place_words()["team_ends"] & _place_words()["place_kinds"] \
        and " ".join(words[:-1]) in _regions()


def _team_plural(name: str, lower_case: frozenset[str]) -> bool:
    """A name's last word is a plural that may end a team's name
    ("Celtics", "76ers"): no organisation word, place word, listed plural
    of firms and papers (place_words.txt not_team_plurals), people noun
    ("Brazil Soldiers" of a caption) or word the article writes in lower
    case ("Hong Kong Sevens" beside "the sevens circuit": a tournament)."""
    written, last = name.split()[-1], _words(name)[-1]
    sets = _place_words()
    return ends_in_plural_s(last) and (written[:1].isupper() or written[:1].isdigit()) \
        and last not in organisation_words() | sets["ends"] | sets["not_team_plurals"] | lower_case \
        and not is_people_noun(last)


PLACE_AFTER_IN = re.compile(r"\bin\s+$")
# rule `carrier_keeps_its_place_name`: a place flown to, from or in ("flights to Alaska")
PLACE_AFTER_A_MOVE = re.compile(r"\b(?:in|to|from)\s+$")
NAME_WORD_AFTER = re.compile(r"^\s+[A-Z0-9]")


def _place_after_in(place: str, text: str, not_after: re.Pattern[str] | None = None) -> bool:
    """`place` written alone (no name word after it) right after "in"; with
    `not_after`, a copy that pattern matches right after is no such copy."""
    return any(PLACE_AFTER_IN.search(text, max(0, start - 4), start) and not NAME_WORD_AFTER.match(text[end:end + 2])
               and (not_after is None or not not_after.match(text, end))
               for start, end in _whole_word_spans(place, text))


# Rule `carrier_keeps_its_place_name`: what may follow a place flown to ("to Alaska.", "to Alaska
# last week"); not a possessive or a noun it qualifies ("access to Alaska's network", "to Alaska
# frequent flyers": the carrier's)
PLACE_MOVED_TO_ENDS = re.compile(
    rf"(?:\s*[,.;:!?)\u201d\"]|\s*$|\s+(?:{alternation(grammar('prepositions'))}|and|or|but|last|this|next|"
    r"was|were|is|are|will|would)\b)")


def _place_as_a_carrier(place: str, text: str) -> bool:
    """Rule `carrier_keeps_its_place_name`'s evidence: `place` written alone
    after "at" ("senior vice president at Alaska") or owning a word of
    place_words.txt carrier_owns ("Alaska's network and lounges")."""
    owns = _place_words()["carrier_owns"]
    for start, end in _whole_word_spans(place, text):
        if re.search(r"\bat\s+$", text[max(0, start - 4) : start]) and not NAME_WORD_AFTER.match(text[end:end + 2]):
            return True
        owned = CARRIER_OWNS.match(text, end)
        if owned is not None and owned.group(1).lower() in owns:
            return True
    return False


# Rule `carrier_keeps_its_place_name`: a possessive and the word it owns ("Alaska's network")
CARRIER_OWNS = re.compile(r"['\u2019]s\s+([A-Za-z]+)")


def _place_moved_to(place: str, text: str) -> bool:
    """`place` written alone after "in", "to" or "from" as where one is or
    goes ("flights to Alaska.", "snow in Alaska last week"), not as an
    owner or a qualifier ("to Alaska's network")."""
    return any(PLACE_AFTER_A_MOVE.search(text, max(0, start - 6), start) and PLACE_MOVED_TO_ENDS.match(text, end)
               for start, end in _whole_word_spans(place, text))


def _place_alone_in_a_longer_name(found: str, entity: str, marked: bool = False) -> bool:
    """Rule `place_alone_is_the_place` (session 12, corkbeo.ie: "Ireland",
    written alone four times, was counted as "Morning Ireland", a radio
    show, and Ireland was missing from Places): a listed place written
    alone is that place, never the longer name the speaker index took it
    for, which merely starts or ends with it ("Morning Ireland", "Cork
    County Council"). Only the Mentioned count changes; who said a claim
    is the index's to say. A word `marked` a place by a listed place after
    it (`_in_a_listed_place`) is a place as well."""
    found_words, entity_words = _words(found), _words(entity)
    return len(entity_words) > len(found_words) and (is_place(found) or marked) and (
        entity_words[:len(found_words)] == found_words or entity_words[-len(found_words):] == found_words)


# Rule `party_by_its_part_is_no_body`: the words that name a party to an agreement by its part in it
PARTY_WORDS = frozenset({"party", "parties"})
VERB_FORM_ENDINGS = ("ed", "ing")


def _party_by_its_part(name: str, lower_case: frozenset[str]) -> bool:
    """Rule `party_by_its_part_is_no_body` (CNN-Corpus dev 201: "Requested
    Party (1)" under Organisations, of a treaty quoted: "by the Requested
    Party for the same acts for which extradition is requested"): a verb's
    form the text also writes in lower case, then "Party", is an agreement's
    defined term for one side ("the Requesting Party", "the Receiving
    Party"), no body. "Green Party", "Labour Party" and a form the text never
    writes in lower case stay, and so does a common adjective (no_names.txt
    `party_adjectives`): "The United Party won 12 seats" is a body though the
    text also writes "the nation stood united"."""
    words = _words(name)
    return len(words) == 2 and words[1] in PARTY_WORDS and words[0].endswith(VERB_FORM_ENDINGS) \
        and words[0] in lower_case and words[0] not in _no_names()["party_adjectives"]


def _place_of_a_name_over_of(tokens: Sequence[Token], place: Name, name: Name, entity: Entity,
                             names_over_of: Collection[str]) -> bool:
    """Rule `place_inside_a_name_is_no_mention_of_it` (CNN-Corpus dev 828:
    "Iraq (3)" counted "the al Qaeda-affiliated Islamic State of Iraq and
    Syria" and "The Islamic State of Iraq and the Levant is another name
    for ISIS", which the speaker index read in pieces): a listed place right
    after a name and "of" ("the"), where the words from the name through the
    place open a name over "of" that the names layer reads whole elsewhere
    in the text ("Islamic State of Iraq and the Levant"), is a word of that
    name, no mention of the place. A person's name ("Cesar Gaviria of
    Colombia and Vicente Fox of Mexico"), a title alone ("the Prime Minister
    of Iraq"), a sentence's first word ("Fans of Brazil cheered") and a name
    over "of" the text never writes whole ("Baldwin of Pennsylvania") name
    the place."""
    between = [token.lower for token in tokens[name.last + 1 : place.first]]
    if not is_place(place.text) or between not in (["of"], ["of", "the"]) or PERSON in (entity.kind, name.kind) \
            or (name.first == name.last and opens_sentence(tokens, name.first)):
        return False
    # the capitalised words before "of", the name's and any the names layer read apart ("Islamic" "State")
    first = name.last
    while first > 0 and tokens[first - 1].is_capitalised and tokens[first - 1].lower not in DETERMINERS:
        first -= 1
    if all(token.lower.rstrip(".") in title_words() for token in tokens[first : name.last + 1]):
        return False
    tail = " ".join(token.text for token in tokens[name.last + 1 : place.last + 1])
    for start in range(first, name.last + 1):  # from the run's first word on: "Qaeda-affiliated" may open it
        opening = " ".join(token.text for token in tokens[start : name.last + 1]) + " " + tail
        if any(whole == opening or whole.startswith(opening + " ") for whole in names_over_of):
            return True
    return False


def _in_a_listed_place(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Rule `place_in_a_listed_place_is_no_longer_name` (mentions2 s26, CNN-Corpus
    dev 810: "Nuevo Laredo (2)" under People, of "headquartered in Nuevo
    Laredo, Mexico, directly across the border from Laredo, Texas"): one
    word after "in"/"from" (place_words.txt listed_place_prepositions) and before a comma and a listed place is a place
    of that place, no piece of a longer name that ends with it. "Smith,
    Texas" with no preposition stays as the index read it."""
    return first == last and first > 0 and tokens[first - 1].lower in _place_words()["listed_place_prepositions"] \
        and last + 2 < len(tokens) and tokens[last + 1].text == "," \
        and (is_place(tokens[last + 2].text) or (
            last + 3 < len(tokens) and is_place(f"{tokens[last + 2].text} {tokens[last + 3].text}")))


# Rule `name_cut_at_an_elision_is_no_name`: an elided French or Italian particle glued to a name word
# ("d’Orsay", "d'Ivoire", "l’Oréal")
ELIDED_NAME_WORD = re.compile(r"^[dl]['\u2019][^\W\d_]")  # lower case: "D'Angelo" is a name word itself


def _cut_at_an_elision(tokens: Sequence[Token], last: int) -> bool:
    """Rule `name_cut_at_an_elision_is_no_name` (web tester s12: "Boating
    Party for the Musée (1)" under Organisations, of Caillebotte's "A
    Boating Party for the Musée d’Orsay"): the names layer stops a run
    before an elided particle glued to a name word ("d’Orsay"), so the run
    is a piece of a longer name, cut inside it: no entry. A name before
    another word ("Musée Guimet", "the Louvre’s") stays."""
    following = tokens[last + 1].text if last + 1 < len(tokens) else ""
    return ELIDED_NAME_WORD.match(following) is not None and following[2:3].isupper()


def _cut_at_a_slash(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Rule `name_cut_at_a_slash_is_no_name` (web tester s13: "Tacoma
    International Airport" under Places, of "its Seattle/Tacoma
    International Airport (SEA) base"): a run of two words or more glued
    after a slash to a capitalised word is the end of a name shared by the
    two ("Seattle/Tacoma International Airport"), cut inside it: no entry.
    One word after a slash stays ("Israel/Palestine"), and so does a run
    after a spaced slash ("Seattle / Tacoma")."""
    if last <= first or first < 2:
        return False
    slash, before = tokens[first - 1], tokens[first - 2]
    return slash.text == "/" and slash.start == before.end and tokens[first].start == slash.end \
        and before.is_capitalised


# Rule `plural_short_form_counts_alone`: a plural of capitals ("MPs", "MEPs", "TDs")
PLURAL_SHORT_FORM = re.compile(r"^[A-Z]{2,5}s$")


def _plural_short_form(found: str, entity: str) -> bool:
    """Rule `plural_short_form_counts_alone` (web tester s11: "Opposition
    MPs (7)", of one "Opposition MPs" and six "MPs"): the speaker index
    reads a lone word as the longer name it ends ("Stoltenberg" of "Jens
    Stoltenberg"), but a plural of capitals names a kind of people, each
    of them: it counts for itself. "U.N." and "NATO" of longer names stay
    as they were."""
    return found != entity and PLURAL_SHORT_FORM.match(found) is not None


# Rule `number_sign_ends_a_numbered_name`: "#" and a number glued to it ("#1", "#2's")
NUMBER_SIGN = "#"
LEADING_NUMBER = re.compile(r"^\d+")


def _numbered_name(tokens: Sequence[Token], last: int, name: str) -> str:
    """Rule `number_sign_ends_a_numbered_name` (QA round 37: "John Doe (14)"
    counted "John Doe #1" and "John Doe #2", two plaintiffs kept unnamed):
    a number sign and a number right after a name ("John Doe #2's case")
    number it: the name with its number ("John Doe #2") is one entry, each
    number its own, when the article gives the name two numbers or more.
    One number only ("a Taylor Swift #1 single"), a number sign apart
    ("John Doe # 1") or a name with no sign ("John Doe") stays as it was;
    '' when there is no number."""
    if last + 2 >= len(tokens):
        return ""
    sign, number = tokens[last + 1], tokens[last + 2]
    digits = LEADING_NUMBER.match(number.text)
    if sign.text != NUMBER_SIGN or digits is None or sign.start != tokens[last].end + 1 \
            or number.start != sign.end:
        return ""
    return f"{name} #{digits.group()}"


def _paper_after_a_weekday(tokens: Sequence[Token], first: int, name: str) -> str:
    """Rule `weekday_opens_a_paper_s_name` (CNN-Corpus dev 692: "Times (6)"
    under Organisations, of "an interview with the Sunday Times" and "he
    told the Times"): "the", a capitalised weekday (claim_grammar.txt
    time_words) and a name ending in a
    newspaper's word (organisation_descriptions.txt, "times", "telegraph")
    are one paper's name, which the names layer, reading the weekday as a
    time, cut: "Sunday Times". "on Sunday Reuters said" (no "the") and
    "the Sunday Obama spoke" (no paper's word) stay as they were, and so
    does a paper named in full ("The Sunday New York Times will drop ...",
    review s29: the paper's own name, "New York Times", stays itself)."""
    if first < 2 or tokens[first - 2].lower != "the" or not tokens[first - 1].is_capitalised \
            or tokens[first - 1].lower not in grammar("time_words") or _words(name)[-1].lower() not in _paper_words() \
            or " " in name:
        return ""  # "the Sunday New York Times": an edition of a paper named in full, which stays itself
    return f"{tokens[first - 1].text} {name}"


@cache
def _paper_words() -> frozenset[str]:
    """The words that name a newspaper (organisation_descriptions.txt, the line for "newspaper")."""
    return next(words for head, words in load_word_sets("organisation_descriptions").items() if "newspaper" in head)


# Rule `regnal_number_names_its_own_person`: a Roman number after a first name ("George V", "Henry
# VIII"); not "I" nor "X" alone ("Malcolm X"), nor "C" or "L"
REGNAL_NUMBER = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
REGNAL_PAIR = re.compile(r"\b([A-Z][a-z]+) ([IVX]+)\b")


def _regnal_name(name: str) -> bool:
    """Rule `regnal_number_names_its_own_person` (QA round 59, 886: "Prince
    George (4)", named once, counted "George V" twice and "George VI"'s
    father with it): a monarch's number makes a name of its own, so "George
    V", "George VI" and "Prince George" are three people, each counted
    apart, whatever the speaker index took the number for, when every word
    before the number is a known first name ("John Paul II"). "Prince
    George", "George Clooney" (no number) and "World War II" (no first
    name) count as before; "George" alone beside "George V" counts for no
    one: which George, the list cannot tell."""
    words = name.split()
    return len(words) > 1 and words[-1] not in ("I", "X") and REGNAL_NUMBER.match(words[-1]) is not None \
        and all(word.lower() in first_names() for word in words[:-1])


def _words(name: str) -> list[str]:
    return [w.lower().strip(".,") for w in name.split()]


def _opens_a_title(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Rule `title_is_no_name`, for a run cut short by a title: words that
    open with a title word and stand right before a title ("Chief
    Education" of "Chief Education Officer Dr Ramona Archer-Bradshaw",
    "Chief Medical" of "Acting Chief Medical Officer") are that title, no
    name. A body before a title stays ("CNN President", "White House Press
    Secretary")."""
    return last + 1 < len(tokens) and bool(title_at(tokens, last + 1)) \
        and tokens[first].lower.rstrip(".") in _title_heads()


def without_nationality(name: str) -> str:
    """Rule `nationality_qualifies_a_body`: "Syrian U.N." -> "U.N.": a
    nationality (a word with a demonym ending, not a first name) before
    acronyms only; any other name as it is ("Syrian Arab Red Crescent",
    "Russian Foreign Ministry")."""
    words = name.split()
    first = words[0].lower() if words else ""
    if len(words) > 1 and demonym_by_its_form(first) and all(ACRONYM.match(word) for word in words[1:]):
        return " ".join(words[1:])
    return name


def _before_an_auxiliary(tokens: Sequence[Token], last: int) -> bool:
    """For rule `nationality_ends_no_name`: the word after a name's last
    token (`last`) is an auxiliary verb (lexicon.auxiliary_verbs: "is",
    "does", "has"), so the name is that verb's subject, no modifier of a noun
    after it."""
    return last + 1 < len(tokens) and tokens[last + 1].is_word and tokens[last + 1].text[:1].isalpha() \
        and tokens[last + 1].lower in auxiliary_verbs()


def _nationality_alone(name: str, surnames: frozenset[str], people: Collection[str], titled: bool) -> bool:
    """Rule `nationality_alone_is_no_name` (session 13: "Ukrainian (6)" was
    listed as an organisation, of "Ukrainian citizens", "the Ukrainian
    companies"): one word naming the people of a listed place is an
    adjective: it names no person, body or place. A surname of the article's
    people stays ("Cuban" of "Mark Cuban"), and so does a known first name
    ("Christian"), a person the claim tagger resolved as a speaker
    (`people`), or a name the article writes after a title (`titled`: "Dr.
    Indian said ... Indian added ...", review s13 finding 9): the tagger's
    verdict stands."""
    word = name.lower()
    return (" " not in name or _listed_place_of_several_words(word)) and word not in surnames \
        and word not in first_names() and name not in people and not titled \
        and bool(places_of_a_people_in_mentions(word))


def _listed_place_of_several_words(word: str) -> bool:
    """Rule `nationality_alone_is_no_name` for a place of several words
    (QA round 53, 696: "South Korean (2)" was listed, of "the southwestern
    South Korean city of Gwangju" and "South Korean TV channel YTN"): the
    people of a listed place of two words or more ("south korean" of "South
    Korea", "new zealander") is an adjective or a people too. A longer
    name holding it ("South Korean Air Force") is no such word."""
    return any(" " in place for place in places_of_a_people(word))


def _body_before_a_place_end(found: dict[str, tuple[MentionKind, int]], sources: Collection[str]
                             ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `body_before_a_place_end_is_its_thing` (review s16 item 10:
    "Millions of users of Google Drive lost files, Google said" listed
    Google Drive as a place): a name ending in a word that ends a place
    unless a person's (place_words.txt ends_unless_a_person: "drive",
    "park") whose other words are a claim's source (`sources`: "Google
    said") listed as a body or an other name is that body's thing as often
    as a place: it goes back under Other names. A head that is a place
    ("London Bridge" beside "London"), a person, or no source ("Miller
    Drive" beside a street's "Miller traveling eastbound") leaves it as it
    was."""
    ends = _place_words()["ends_unless_a_person"]
    return {name: (OTHER if kind == PLACE and len(_words(name)) > 1 and _words(name)[-1] in ends
                   and name.rsplit(" ", 1)[0] in sources
                   and found.get(name.rsplit(" ", 1)[0], (PLACE, 0))[0] in (ORGANISATION, OTHER) else kind, count)
            for name, (kind, count) in found.items()}


def _carrier_before_a_listed_body(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `carrier_before_a_listed_body_is_two_names` (QA round 55, 838:
    "Bhoja Air Boeing (2)" beside "Bhoja Air (2)", of "The Bhoja Air Boeing
    737-200"): a name whose last word is a body organisation_acronyms.txt
    lists as a word ("Boeing", "Airbus"), after a carrier's word
    (place_words.txt carrier_name_words and carrier_ends: "Air",
    "Airlines"), names two: the airline, an organisation, and the maker,
    each counted. A carrier's word with no listed body after it ("Air
    Canada", "Malaysia Airlines Flight 17") stays whole."""
    carrier_words = _place_words()["carrier_name_words"] | _place_words()["carrier_ends"]
    split = dict(found)
    for name, (_, count) in found.items():
        words = name.split()
        if len(words) < 3 or words[-2].lower() not in carrier_words or not listed_body_as_a_word(words[-1]):
            continue
        del split[name]
        for part in (" ".join(words[:-1]), words[-1]):
            split[part] = (ORGANISATION, split.get(part, (ORGANISATION, 0))[1] + count)
    return split


def _people_plural(name: str, text: str) -> bool:
    """Rule `people_plural_is_no_name` (QA rerun s15, 794: "Islamists (2)"
    under Other names; QA round 47, 804: "South Africans (5)"): one
    capitalised word that is a plural for people by its ending ("Islamists",
    "Marxists": lexicon rule `people_by_ending`'s "-ists"), or the plural of
    a listed place's people ("Egyptians", "South Africans"), names a kind of
    people, no one: no entry. Plurals that name a team or a body
    ("Cardinals", "Guardians", "Rangers") end otherwise or are no people of a
    place, and stay. Review s16 item 13: a place's people that the text
    writes after "the" every time ("The Indians beat the Twins 5-3") may be
    a team, and stays as it was."""
    word = name.lower()
    if not name[:1].isupper() or name.isupper() or not word.endswith("s"):
        return False
    if " " not in name and word.endswith("ists") and is_people_noun(word):
        return True
    return (bool(places_of_a_people(word[:-1])) or _people_of_a_place_plural(name)) and not all(
        THE_BEFORE.search(text, max(0, at - len("the ")), at) for at, _ in _whole_word_spans(name, text))


# the endings of a place's people in the plural ("New Yorkers", "Bostonians", "Israelites")
PEOPLE_PLURAL_ENDINGS = ("ers", "ians", "ans", "ites")


def _people_of_a_place_plural(name: str) -> bool:
    """Rule `people_plural_is_no_name`, for names of two words or more
    (mentions2-s18: "New Yorkers (2)", "African Americans (3)" under Other
    names): the last word is the plural of a listed place's people
    ("African Americans", "Native Americans"), or the name is a listed
    place with a people's plural ending ("New Yorkers" of "New York"). A
    team's plural ends otherwise ("Texas Rangers", "New York Yankees")."""
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1].lower()
    return bool(places_of_a_people(last[:-1])) or any(
        name.endswith(ending) and is_place(name[: -len(ending)]) for ending in PEOPLE_PLURAL_ENDINGS)


# Rule `name_in_a_reference_is_no_mention`: a reference's marks, a year with its volume ("2005;161", "2013;36(10)"),
# a year alone after the journal ("Br J Dermatol. 2016."), a DOI or a PubMed number
CITATION_MARK = re.compile(r"\b(?:1[89]|20)\d\d;\s*\d|\.\s+(?:1[89]|20)\d\d\.(?:\s|$)|\bdoi:|\[PMID")
# how far before and after a name a reference's mark is read: an entry's authors and title come before its year
CITATION_REACH_BEFORE = 100
CITATION_REACH_AFTER = 300


def _named_in_references(name: str, text: str) -> bool:
    """Rule `name_in_a_reference_is_no_mention` (mentions2-s18: "Am J
    Epidemiol (3)", "Br J Dermatol (11)", "Gross PA (2)" under Other names,
    of reference lists "- 14. Gross PA ,Hermogenes AW ,et al . ... Ann
    Intern Med. 1995;123:518-27. [PMID: ...]"): a name every mention of
    which stands near a reference's year and volume, DOI or PubMed number
    is an author or a journal a reference list cites, nothing the article
    speaks of: no entry. A name the article's own sentences hold once
    stays ("Berkeley" of the authors' address)."""
    spans = list(_whole_word_spans(name, text))
    return bool(spans) and all(
        CITATION_MARK.search(text, max(0, at - CITATION_REACH_BEFORE), min(len(text), end + CITATION_REACH_AFTER))
        for at, end in spans)


# Rule `glued_link_labels_are_no_name`: three capitalised words or more run together ("CrossrefMedlineGoogle")
GLUED_LABELS = re.compile(r"(?:[A-Z][a-z]{2,}){3,}")


def _glued_link_labels(name: str) -> bool:
    """Rule `glued_link_labels_are_no_name` (mentions2-s18:
    "CrossrefMedlineGoogle Scholar (36)" under Other names): a word run
    together from three capitalised words or more is a row of links whose
    spaces the page lost, no name. Two words run together stay
    ("ActivePython", "IndexError", "YouTube")."""
    return any(GLUED_LABELS.fullmatch(word) for word in name.split())


def _kind_of_people_by_a_short_form(name: str) -> bool:
    """Rules `plural_short_form_counts_alone`'s kin
    `kind_of_people_by_a_short_form_is_no_name` (mentions2-s18: "Opposition
    MPs (2)", "Bs (2)" of "B and Bs"): a run ending in a plural of capitals
    ("Opposition MPs", "Labour MEPs") names a kind of people, and a single
    capital's plural ("Bs", "As") a kind of thing: no entry. A body's name
    holding the plural before its end stays ("MPs Expenses Committee")."""
    words = name.split()
    return (len(words) > 1 and PLURAL_SHORT_FORM.match(words[-1]) is not None) or LETTER_PLURAL.match(name) is not None


# Rule `kind_of_people_by_a_short_form_is_no_name`: one capital's plural ("Bs" of "B and Bs")
LETTER_PLURAL = re.compile(r"^[A-Z]s$")


def _compass_word_alone(name: str) -> bool:
    """Rule `compass_word_alone_is_no_name` (mentions2-s18: "North (2)",
    "South (2)" under Other names, of "The North's abandonment", "migrated
    North"): a compass word alone (place_words.txt compass) names a region
    only by what the sentence says of it, and lists as nothing a reader
    can place: no entry. With a place after it it is the place
    (`compass_before_a_place`: "South Africa", "Northern California").
    So are compass words only (mentions-s21, QA round 55, 834: "North
    Eastern (1)", of "the North Eastern part of our country")."""
    return all(word in _place_words()["compass"] for word in _words(name))


def _key_of_a_record(name: str, text: str, quotes: Quotes) -> bool:
    """Rule `key_of_a_record_is_no_name` (mentions2-s18: "Name (1)",
    "Location (1)", "Gender (1)" of a page showing a data record
    `"Name": "Matthew Davis",`): a name every mention of which is the whole
    of a quotation right before a colon is a field's key, no name. A quoted
    name the sentence goes on after ("“Canine Dion,” she said") stays."""
    spans = list(_whole_word_spans(name, text))
    if not spans or not _quoted_whole(name, text, quotes):
        return False
    for at, _ in spans:
        quotation = quotes.covering(at)
        after = text[quotation[1] - 1 : quotation[1] + 2] if quotation else ""
        if not after.lstrip("".join(QUOTE_MARKS) + " ").startswith(":"):
            return False
    return True


# "the" and a space right before a name (rules `people_plural_is_no_name`, `group_noun_is_no_name`,
# `unit_of_a_body_is_an_organisation`: "the Caribbean Air and Marine Branch"). Defined once: until session 23 an
# earlier definition here (r"\b[Tt]he $") was silently replaced by this one, further down the module, so
# every use has always read any space ("the" at a line's end too)
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _group_noun_with_a_plural(name: str, text: str) -> bool:
    """Rule `group_noun_is_no_name` (QA round 49, 687: "People: Hijra (5)",
    of "She is a 37-year-old Hijra", "the Hijra community", "Hijras at this
    center"): one capitalised word the text writes after "a" or "an" (one
    of a kind as the names layer reads it, rule `one_of_a_kind_after_a`:
    "a Democrat", "a 37-year-old Kurd") and as a bare plural too ("Hijras
    at", "granted Hijras the right": no "the" before it) names a group of
    people, no one: no entry, nor is its plural. A family's plural is written after "the"
    ("the Clintons", "the Smiths") and leaves the name as it was."""
    if " " in name or not name[:1].isupper() or name.isupper():
        return False
    if name.endswith("s") and _group_noun_with_a_plural(name[:-1], text):
        return True  # "Hijras" itself
    bare_plural = any(not THE_BEFORE.search(text, max(0, at - len("the ")), at)
                      for at, _ in _whole_word_spans(name + "s", text))
    return bare_plural and any(_written_one_of_a_kind(text, at, end) for at, end in _whole_word_spans(name, text))


# how far before a name `_written_one_of_a_kind` reads: "a" and two words ("a 37-year-old Hijra")
ONE_OF_A_KIND_REACH = 40


def _written_one_of_a_kind(text: str, at: int, end: int) -> bool:
    """Whether the one word at text[at:end] is written after "a" or "an" as
    the names layer reads it (names.one_of_a_kind_after_a: "a 37-year-old
    Hijra", "a Democrat"), over the tokens just before it."""
    start = max(0, at - ONE_OF_A_KIND_REACH)
    tokens = tokenize(text, start, end)
    if start > 0 and text[start - 1].isalnum():
        tokens = tokens[1:]  # the window cut a word: its tail is no word of the text ("Cuba" -> "a")
    return bool(tokens) and tokens[-1].start == at and one_of_a_kind_after_a(tokens, len(tokens) - 1) >= 0


def _ends_in_a_nationality(name: str) -> bool:
    """Rule `nationality_ends_no_name` (session 9: "Other names: Washington
    Native American (4)", of "three Washington Native American tribes"): a
    run of two or more words whose last word is the people of a listed
    place qualifies the noun after it ("tribes", "justice"); it names no
    one. A name that only holds one ("American Airlines", "Native American
    Rights Fund") stays, and so does one opening with a known first name
    ("Mark Cuban"), and one the article writes as a subject right before an
    auxiliary (the caller's `_before_an_auxiliary`: "Mezcal Mexican does
    esquites", a restaurant, beside "a Detroit Mexican place")."""
    words = name.split()
    last = words[-1].lower() if words else ""
    return len(words) > 1 and words[0].lower() not in first_names() and bool(places_of_a_people(last))


def _without_a_people(name: str) -> str:
    """Rule `people_before_a_body_is_no_part` (web tester s11: "Native
    American Supreme Court (2)" under Organisations, of "the first Native
    American Supreme Court justice"): words naming a people ("Native
    American": two or more words ending in the people of a listed place,
    that are no listed place's people themselves) before a generic body
    ("Supreme Court") qualify a person; the body is the name. "South
    African Police Service" (South Africa's) and "American Red Cross" stay
    whole."""
    words = name.split()
    for cut in range(2, len(words) - 1):
        stems = places_of_a_people(words[cut - 1].lower())
        if stems and not any(is_place(" ".join([*words[: cut - 1], stem])) for stem in stems) \
                and generic_body_name(" ".join(words[cut:])):
            return " ".join(words[cut:])
    return name


def _without_a_people_before_a_person(name: str, surnames: frozenset[str]) -> str:
    """Rule `people_before_a_person_is_no_part` (QA round 60, 514:
    "Frenchman Platini (1)" listed beside "Michel Platini", of "Frenchman
    Platini voted for ..."): a first word naming a people (no known first
    name: `places_of_a_people`, "Frenchman", "Russian") before a person's
    name, one that opens with a known first name or a surname of the
    article's people, says where the person is from; the person is the
    name. "American Airlines", "British Petroleum" and "Swiss Re" (no
    person after the people) stay whole."""
    words = name.split()
    if len(words) < 2 or words[0].lower() in first_names() or not places_of_a_people_in_mentions(words[0].lower()):
        return name
    rest = words[1:]
    person = rest[0].lower() in first_names() if len(rest) > 1 else rest[0].lower() in surnames
    return " ".join(rest) if person else name


def _without_a_count_word(name: str) -> str:
    """Rule `count_word_opens_no_name` (session 27, mentions2, CNN-Corpus dev 887: "Four Russian
    government (1)" under Organisations, of "Four Russian government officials, including ..."): a
    count word (claim_grammar.txt count_words) opening a sentence before the people of a listed place
    counts the people it qualifies; it is no part of a name: "Russian government". A count word
    before any other word stays: "Three Mile Island", "Four Seasons Hotel", "Fifty Shades"."""
    words = name.split()
    if len(words) > 2 and words[0].lower() in grammar("count_words") \
            and places_of_a_people_in_mentions(words[1].lower()):
        return " ".join(words[1:])
    return name


# Rule `unit_code_after_a_body_is_no_part`: a letters-hyphen-digits code ("K-9", "SWAT-2")
UNIT_CODE = re.compile(r"^[A-Z]{1,4}-\d{1,3}$")


def _without_a_unit_code(name: str) -> str:
    """Rule `unit_code_after_a_body_is_no_part` (web tester s16:
    "Puerto Rico Police Department K-9" listed as a body, of "assistance
    from a Puerto Rico Police Department K-9 who alerted": the code names
    the department's dog or unit): a code of capitals, a hyphen and digits
    right after an organisation word is no part of the body's name; the
    body is. "Boeing 737", "the F-35" and "Apollo 11" (no organisation
    word before the code) stay as they were."""
    words = name.split()
    if len(words) > 2 and UNIT_CODE.match(words[-1]) and words[-2].lower() in organisation_words():
        return " ".join(words[:-1])
    return name


# Rule `compound_adjective_is_no_part_of_a_name`: a name word, a hyphen and a participle
# ("Boston-based", "Arzens-designed", "Saudi-led", "state-run"), or "-style" (mentions2 s26, 867: "Occupy
# Wall Street-style (1)" of "Occupy Wall Street-style protests")
COMPOUND_ADJECTIVE = re.compile(r"^([^\W\d_][\w.'\u2019]*)-(?:[a-z]+ed|led|run|born|made|built|style)$")


# Rule `letter_compound_ends_no_name`: one capital, a hyphen, a word in lower case ("T-shirts")
LETTER_COMPOUND = re.compile(r"^[A-Z]-[a-z]+$")


def _without_compound_adjectives(name: str) -> str:
    """Rule `compound_adjective_is_no_part_of_a_name` (QA round 55, 606:
    "Paul Arzens-designed (1)" under People, of "the 1942 Paul
    Arzens-designed aluminum ... car"; 746: "Boston-based Institute for
    Justice"): a name word joined to a participle by a hyphen qualifies
    the noun after it; opening a name of several words it is no part of it
    ("Institute for Justice"), ending one the name is the word before the
    hyphen ("Paul Arzens"). A hyphened name ("Saint-Exupéry", "Jean-Paul")
    and a compound alone ("Seattle-based") stay as they were. Rule
    `letter_compound_ends_no_name`: nor does a name end in "T-shirts".
    Rule `compound_adjective_inside_a_name_opens_the_noun` (CNN-Corpus dev
    620: "Fort Lauderdale-based Silversea Cruises (3)" under Other names):
    a place of several words before the hyphen ("Fort Lauderdale-based")
    qualifies the noun after it as one word does: the name starts after it."""
    words = name.split()
    if len(words) < 2:
        return name
    opening = [k for k, word in enumerate(words[:-1]) if COMPOUND_ADJECTIVE.match(word)]
    if opening:
        words = words[opening[-1] + 1 :]
    last = COMPOUND_ADJECTIVE.match(words[-1])
    if last and len(words) > 1:
        words[-1] = last.group(1)
    if len(words) > 1 and LETTER_COMPOUND.match(words[-1]):
        # rule `letter_compound_ends_no_name` (session 22, QA round 62, 538: "REO Speedwagon
        # T-shirts (3)", of "wear REO Speedwagon T-shirts"): a capital letter, a hyphen and a
        # word in lower case ("T-shirts", "X-rays", "U-turn") is a common noun after the name
        words = words[:-1]
    return " ".join(words)


def is_place(name: str) -> bool:
    """Rule `place_is_no_person`: listed in places.txt."""
    return name.lower() in places()


def is_venue(name: str) -> bool:
    """Rule `venue_word_ends_no_person`'s test: a name of two words or more
    ending in a venue word of rules/place_words.txt ("Indonesian Hospital")."""
    lowered = _words(name)
    return len(lowered) > 1 and (lowered[-1] in _place_words()["venue_ends"]
                                 or "_".join(lowered[-2:]) in _place_words()["venue_pairs"])


def _place_after_an_opening_title(name: str) -> bool:
    """Rule `opening_title_only_starts_a_name` (review s25: "the Imam Hussein
    Shrine" was a person "Hussein Shrine", "Sheikh Zayed Road" a place
    "Zayed Road", "Sheikh Jarrah" a person "Jarrah"): a name that an opening
    title opens is a place, title and all, when it ends in a venue word or
    a place word of rules/place_words.txt ("Shrine", "Road", "Mosque",
    "Hospital") or is a listed place (places.txt "Sheikh Jarrah")."""
    lowered = _words(name)
    words = _place_words()
    return is_venue(name) or is_place(name) or (len(lowered) > 1 and (
        lowered[-1] in words["ends"] or lowered[-1] in words["institution_ends"]))


def _mixed_case(name: str, forms: dict[str, str]) -> str:
    """Rule `capitals_fold`: "GAZA" is "Gaza" when the text writes it so."""
    return forms.get(name.lower(), name) if name.isupper() and len(name) > 1 else name


def _title_words() -> frozenset[str]:
    """One-word titles and the last word of longer ones ("premier"); not
    the titles that only open a name (`_opening_title_words`)."""
    return (one_word_titles() | frozenset(title[-1] for title in titles())) - _opening_title_words()


@cache
def _opening_title_words() -> frozenset[str]:
    """One-word titles titles.txt marks "| opening" ("sheikh", "imam"):
    rule `opening_title_only_starts_a_name` cuts them from a name only as
    its first word ("Sheikh Hassan Nasrallah"), never inside it ("Khalid
    Sheikh Mohammed", "Amr Imam")."""
    return frozenset(title[0] for title in opening_titles() if len(title) == 1)


def _title_heads() -> frozenset[str]:
    """Words a title-only run can end in: one-word titles and the first
    word of longer ones ("U.S. Attorney", of "attorney general"); not a
    carrier's name word ("Samoa Air", "MacBook Air" stay names beside the
    rank "Air Chief Marshal")."""
    return (one_word_titles() | (frozenset(title[0] for title in titles()) - _place_words()["carrier_name_words"])) \
        - _opening_title_words()


def _without_title(name: str, surnames: frozenset[str], lower_case: frozenset[str] | None = None) -> str:
    """Rule `title_is_no_name`: the name after the last title word in it,
    or after the words before a known first name; '' when it ends in a
    title word ("U.S. Attorney"). Bodies ("Police Chief's Office") keep
    their words; a title leaves one word only when it is a known surname.
    Rule `name_word_before_a_first_name_stays` (session 12, the web test:
    "Gustav Lloyd Agerblad" was listed as "Lloyd Agerblad", "Fondation
    Louis Vuitton" as a person "Louis Vuitton"): given the article's
    `lower_case` words, the words before a known first name are cut only
    when the article writes them in lower case too, or they name people
    ("Defendants James Lee", "Ministers Sir Nicholas Soames").; or the word
    right before the first name is a name particle
    (`particle_before_a_first_name_is_a_preposition`)."""
    words, lowered = name.split(), _words(name)
    if set(lowered) & organisation_words():
        # "Police General Priewpan Damapong": a title after the body's words leads a person's name
        last_body = max(i for i, w in enumerate(lowered) if w in organisation_words())
        cut = max((i + 1 for i, w in enumerate(lowered[:-1]) if i > last_body and w in _title_words()), default=0)
        if cut and len(words) - cut > 1:
            return " ".join(words[cut:])
        if last_body < len(words) - 1 and all(w in _title_heads() | _title_words() for w in lowered[last_body + 1:]):
            # rule `title_after_a_body_is_no_name` (session 9: "Organisations: Daytona Beach Police Chief",
            # of "Daytona Beach Police Chief Michael Chitwood"): the body is the name, the title no part of it
            return " ".join(words[: last_body + 1])
        return name
    if len(words) > 1 and (lowered[-1] in _title_heads() or abbreviated_office_after(words[-2], words[-1])):
        return ""  # "U.S. Attorney", "French FM" (of "the French FM's Facebook page")
    if len(words) == 1 and lowered[0].endswith("s") and lowered[0][:-1] in _title_heads():
        return ""  # "Detectives"
    # rule `title_word_before_a_small_word_is_the_name_s` (session 27, mentions2, CNN-Corpus dev 419:
    # "of Marriage Act (2)" of "the Defense of Marriage Act", "defense" the last word of "secretary of
    # defense"): a title word right before a lower-case word ("of", "for") opens a name joined through
    # that word; the cut there would leave a name opening in lower case. "Secretary of State John
    # Kerry" is still cut after "State"
    cut = max((i + 1 for i, w in enumerate(lowered[:-1]) if w in _title_words() and not words[i + 1][:1].islower()),
              default=0)
    if not cut and lowered[0] in _opening_title_words() and not _place_after_an_opening_title(name):
        cut = 1  # "Sheikh Hassan Nasrallah"; not "Sheikh Zayed Grand Mosque"
    if not cut and lower_case is not None and len(words) > 2 and lowered[0] in _described_words() \
            and _reads_as_a_personal_name(" ".join(words[1:]), lower_case or frozenset()):
        # rule `descriptor_is_no_title_or_name` (QA round 53, 696: "Billionaire Yoo Byung Eun (7)"): a
        # person's descriptor (source_nouns.txt `described`: "Billionaire", "Tycoon") opening a run is cut
        # as a title word is, before a personal name of two words or more; "Daughter Chiara", "Sister
        # Wives" (one word after it) and "Teacher Retirement System" (common words) stay
        cut = 1
    first = next((i for i, w in enumerate(lowered[:-1]) if w in first_names()), None)
    if first is not None and first > cut and not any(w.endswith(".") for w in words[:first]) \
            and not noun_ending_is_no_surname(lowered[-1]) and (
            lower_case is None or all(w in lower_case or is_people_noun(w) for w in lowered[cut:first])
            or _particle_before_a_first_name(words[first - 1])):
        cut = first
    if len(words) - cut == 1 and lowered[-1] not in surnames:
        return name
    return " ".join(words[cut:])


@cache
def _described_words() -> frozenset[str]:
    """People described, not named (source_nouns.txt `described`, and no_names.txt
    `people_descriptions`, which the claim tagger leaves out: "frontrunner", "warlord")."""
    return noun_sets("source_nouns")["described"] | _no_names()["people_descriptions"]


def _nouns_capitalised(text: str) -> bool:
    """Rule `capitalised_nouns_are_no_name_words` (session 14: a German
    review lost the second of its two "Peter Zumthor" to "vom Schweizer
    Architekten Peter Zumthor", "by the Swiss architect Peter Zumthor"):
    in an article in a language that writes every noun with a capital
    (rules/noun_capitals.txt, as summarizer.language guesses the
    language), a capital says nothing of a name, so rule `title_is_no_name`
    cuts the words before a known first name as it cuts an English
    article's lower-case words ("Defendants James Lee"). An English
    article keeps them when it never writes them in lower case ("Gustav
    Lloyd Agerblad")."""
    language = guess_language(text)
    return language is not None and language.lower() in load_word_set("noun_capitals")


def _particle_before_a_first_name(word: str) -> bool:
    """Rule `particle_before_a_first_name_is_a_preposition` (session 13: a
    German page lost "Peter Zumthor" to "Bruder-Klaus Feldkapelle von Peter
    Zumthor", the chapel by him): a name particle (names' name_connectors:
    "von", "de", "van"), written in lower case, stands before a surname
    ("Ludwig van Beethoven"); right before a known first name it is a
    preposition, and the person's name starts after it."""
    return word.islower() and word in connectors()[0]


def _titled_in_a_body(written: str, name: str) -> bool:
    """Rule `title_is_no_name` found a title after a body's words ("Police
    General Priewpan Damapong" -> "Priewpan Damapong"): the rest is a person.
    So it is after a person's descriptor (rule `descriptor_is_no_title_or_name`:
    "Broadcaster Lee Thomas" -> "Lee Thomas", mentions-s28)."""
    return name != written and (not organisation_words().isdisjoint(_words(written))
                                or (written.endswith(" " + name) and _words(written)[0] in _described_words()
                                    and len(written.split()) == len(name.split()) + 1))


# Rule `middle_initial_marks_a_person` (QA round 67, 893: "Jules A. Hoffmann" under Other names, "Jules"
# being no listed first name): a word, one capital and a dot, and a word, as people's names are written
MIDDLE_INITIAL_NAME = re.compile(r"[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)?")


def _kind(name: str, found_as: str, people: set[str], organisations: set[str],
          lower_case: frozenset[str] = frozenset()) -> MentionKind:
    """What a name names. Rule `speaker_is_no_proof`: the claim tagger calls
    every speaker that is no body a person ("Amazon said", "Catalonia
    says", "Paintbucket Games said"), so a speaker alone makes a person only
    of a name that reads as a personal name; one word needs a title, a role
    or a first name. Without any of these evidences the name is listed under
    "Other names"."""
    lowered = _words(name)
    carrier_words = _place_words()["carrier_name_words"]
    if len(lowered) > 1 and lowered[0] in carrier_words and " ".join(lowered[1:]) in places():
        return ORGANISATION  # rule `air_before_a_place_is_an_airline`: "Air Berlin", "Air France"
    if len(lowered) > 1 and lowered[-1] in carrier_words and " ".join(lowered[:-1]) in places():
        # rule `air_after_a_place_is_an_airline` (QA round 56, 598: "Samoa Air (3)" under Other names):
        # "Samoa Air", "Jamaica Air"; "MacBook Air" (no place) stays
        return ORGANISATION
    if len(lowered) > 1 and lowered[-1] in _place_words()["paper_ends"] and lowered[0] not in first_names() \
            and found_as != PERSON and all(word[:1].isupper() for word in name.split()):
        # rule `paper_word_after_no_first_name_is_a_paper` (mentions-s21, QA round 57, 400: "Washington
        # Post (1)" under Other names): "Washington Post", "Daily Mail"; "Emily Post" and a title with a
        # small word ("Through the Darkest of Times", a game) stay
        return ORGANISATION
    if _listed_body_after_a_place(name):
        return ORGANISATION
    if len(lowered) == 2 and lowered[1] in _place_words()["school_ends_after_a_place"] and is_place(name.split()[0]):
        return ORGANISATION  # rule `school_word_after_a_place_is_a_school`: "Virginia Tech", "Georgia Tech"
    # Rule `ampersand_joins_a_body` (names): "Simon & Schuster", "Olive & Herb Focaccia" name no person;
    # rule `carrier_word_is_no_surname`: nor do "Ryan Air", "MacBook Air"
    # rule `era_named_like_a_person_is_no_person` (session 23, QA round 64, 660: "Jim Crow (1)" under
    # People, of "growing up under Jim Crow"): no_names.txt `eras_named_like_people`
    # rule `platform_is_no_person` (QA round 67, 788: "Twitter (3)" under People, of "the military's
    # official Twitter account"): claim_grammar.txt platform_companies; no body either (a team decision)
    person = "&" not in lowered and carrier_words.isdisjoint(lowered) and not _opens_with_an_acronym(name) \
        and "_".join(lowered) not in _no_names()["eras_named_like_people"] \
        and " ".join(lowered) not in PLATFORM_COMPANIES and (
        found_as == PERSON
        or full_name(lowered)
        or bool(MIDDLE_INITIAL_NAME.fullmatch(name))
        or (name in people and (lowered[0] in first_names() or _reads_as_a_personal_name(name, lower_case)))
    )
    if is_place(name) or _compass_place(lowered) or _city_named_after_a_region(name):
        return PLACE
    if len(lowered) > 1 and lowered[0] in _no_names()["movement_openers"]:
        return OTHER  # rule `movement_opener_names_no_place`: "Occupy Wall Street" is a movement
    if len(lowered) > 1 and lowered[-1] in _place_words()["ends"] \
            and not (person and lowered[-1] in _place_words()["ends_unless_a_first_name"]):
        # rule `place_word_ends_a_place`: "Rose Garden", "Albert Quay"; of a word also in
        # ends_unless_a_first_name, not after a first name: "Ann Gate" is a person
        return PLACE
    if len(lowered) > 2 and lowered[1] == "of" and lowered[0] in _place_words()["leads_before_of"]:
        return PLACE  # rule `place_word_before_of_is_a_place`: "Strait of Hormuz", "Gulf of Mexico"
    if len(lowered) > 1 and lowered[-1] in _place_words()["ends_unless_a_person"]:
        return OTHER if person else PLACE  # "Central Park", but "Grace Park" could be either
    if len(lowered) > 1 and lowered[-1] in _place_words()["ends_unless_a_first_name"] and not person:
        return PLACE  # rule `castle_after_no_person_is_a_place`: "Edinburgh Castle"; "Mike Castle" stays
    if is_venue(name):
        # rule `venue_word_ends_no_person`: "Beverly Hills Hotel" is a building, whatever "Beverly" is;
        # rule `institution_is_an_organisation`: "Turkish Friendship Hospital" is a body, as "Spanish
        # Town Police Station" is
        return ORGANISATION if name in organisations or lowered[-1] in _place_words()["institution_ends"] \
            else PLACE
    if len(lowered) > 1 and (lowered[-1] in _no_names()["document_ends"] or lowered[-1].isdigit()):
        # rule `document_is_no_body`: "Senate Bill", "Affordable Care Act"; a numbered thing too
        # (rule `number_ends_a_numbered_name`: "Senate Bill 10", "Malaysia Airlines Flight 17")
        return OTHER
    if len(lowered) > 1 and lowered[-1] in _no_names()["family_ends"]:
        return OTHER  # rule `family_is_no_person`: "Martin family" is a family
    if lowered and lowered[-1] in _no_names()["peoples"] \
            and (len(lowered) == 1 or places_of_a_people(" ".join(lowered[:-1]))):
        return OTHER  # rule `people_is_no_body`: "Maasai", "Tanzanian Maasai" are a people
    if len(lowered) > 1 and lowered[-1] in _no_names()["event_ends"]:
        return OTHER  # rule `event_is_no_person`: "Sochi Olympics" is an event
    if len(lowered) > 1 and lowered[0] in _no_names()["body_leads"]:
        return ORGANISATION  # rule `team_before_a_name_is_a_body`: "Team Obama" is a campaign, no person
    if len(lowered) > 1 and (lowered[0] not in first_names() or lowered[0] in _no_names()["first_names_of_a_faith"]) \
            and not _place_words()["institution_words_unless_a_person"].isdisjoint(lowered):
        # rule `institution_is_an_organisation`: "Westboro Baptist Church", no "Charlotte Church"; a faith's
        # word is no first name before one (rule `faith_word_is_no_first_name`; QA round 67, 647: "Christian
        # Church (2)" under People)
        return ORGANISATION
    if name in organisations or holds_a_body_word(lowered) or _known_acronym(name):
        return ORGANISATION  # an acronym outside the list: rule `acronym_needs_evidence`
    if any("&" in word and word != "&" for word in lowered):
        # rule `ampersand_initials_name_a_body` (web tester s17: "B&H" was listed as "B & H", among
        # "Other names"): capitals joined by an ampersand with no space (one word since the tokenizer's
        # `ampersand_initials_are_one_word`) name a business or a school: "AT&T", "B&H", "Texas A&M";
        # things so written ("Q&A", "R&D", "B&B", "A&E") are no names (no_names.txt)
        return ORGANISATION
    if len(lowered) > 1 and lowered[-1] in _place_words()["body_ends"]:
        return ORGANISATION  # rule `publication_or_band_word_ends_a_body`: "Christian Science Monitor"
    if person and len(lowered) > 1 and lowered[-1] in _no_names()["honour_ends"]:
        return OTHER  # rule `honour_is_no_person`: "Mary Monroe Endowed Chair" is a chair, no person
    if not person and len(lowered) == 2 and name.split()[0] in _place_leads():
        return PLACE  # rule `place_word_leads_a_place`: "Castle Fraser", "Lake Malawi"; "Loch Ness Monster" stays
    return PERSON if person else OTHER


def _listed_body_after_a_place(name: str) -> bool:
    """Rule `listed_body_after_a_place_is_the_body` (session 25, CNN-Corpus
    dev 304: "Kenya Red Cross (9)" under People, of "The Kenya Red Cross
    ran the most credible ... Twitter account", a claim's speaker): a listed
    body written as words (organisation_acronyms.txt: "Red Cross", "Boko
    Haram") after a listed place or its people ("Kenya", "American") is that
    country's branch of the body, an organisation whatever the claims made
    of it. "Kenya Moore" (no listed body after the place) stays as it was."""
    words = name.split()
    for cut in range(1, len(words)):
        before, body = " ".join(words[:cut]), " ".join(words[cut:])
        if (is_place(before) or places_of_a_people(before.lower())) and listed_body_as_a_word(body):
            return True
    return False


# Rule `acronym_opens_no_personal_name`: three capitals or more ("DNA", "NASA"; "JR Smith" has two)
ACRONYM_OPENER = re.compile(r"^[A-Z]{3,}$")


def _opens_with_an_acronym(name: str) -> bool:
    """Rule `acronym_opens_no_personal_name` (web tester s19, hellogiggles:
    "DNA Renewal" under People, of "a dermatologist and the founder DNA
    Renewal", the role before it read as a title): a name of two words or
    more opening with three capitals or more names a body or a thing, no
    person. "JR Smith", "AJ Styles" (initials), a name holding a known
    first name ("HLN Anchor Susan Hendricks": the names layer's to cut) and
    a line in capitals ("ROD STEWART AGAIN") stay as they were."""
    words = name.split()
    return len(words) > 1 and ACRONYM_OPENER.match(words[0]) is not None \
        and not all(word.isupper() for word in words) and not any(word.lower() in first_names() for word in words)


def _reads_as_a_personal_name(name: str, lower_case: frozenset[str], one_word: bool = False) -> bool:
    """Two to four words (or one, when `one_word`: a surname alone), none in
    capitals ("ABN Amro") and none a word the article also writes in lower
    case ("Yellow Vests", "Marital Status")."""
    words = [w for w in name.split() if w[:1].isupper() and not w.endswith(".")]  # not "V." of "Sankey V. Williams"
    return (1 if one_word else 2) <= len(name.split()) <= 4 and not any(
        (len(w) > 1 and w.isupper()) or w.lower() in lower_case for w in words
    )


def _known_acronym(name: str) -> bool:
    """Rule `acronym_needs_evidence` (organisation_acronyms.txt). Review s17 (finding 10): a closing
    plus sign (one word since the tokenizer's `plus_sign_ends_a_name`) names the listed body's service,
    "ESPN+" of ESPN, so the acronym is looked up without it."""
    name = name.rstrip("+")
    return (bool(ACRONYM.match(name)) and name.replace(".", "").lower() in organisation_acronyms()) \
        or listed_body_as_a_word(name)  # the list's bodies written as words: "Oxfam", "Boko Haram"


@cache
def _place_words() -> dict[str, frozenset[str]]:
    return noun_sets("place_words")


@cache
def _place_leads() -> frozenset[str]:
    """place_words.txt leads, capitalised as they open a name ("Lake", "Fort": rule
    `place_word_leads_a_place`)."""
    return frozenset(word.capitalize() for word in _place_words()["leads"])


def _place_by_its_lead(name: str, kind: MentionKind) -> bool:
    """A name of two words typed a place only by its first word, a place
    word's lead (`place_word_leads_a_place`: "Mount Sinai", "Lake Tahoe"),
    and no listed place ("Mount Everest")."""
    words = name.split()
    return kind == PLACE and len(words) == 2 and words[0] in _place_leads() and not is_place(name)


def _road_word_alone(name: str) -> bool:
    """Rule `road_word_alone_is_no_name` (place_words.txt, "road_alone"): a
    road word alone ("Road" of "1600E Road", a road named by a code) names
    no place, and never counts for a place that ends with it ("Township
    Road" was counted eight times). Other place words alone stay: "the
    Palace" is Buckingham Palace, "the Gulf" the Persian Gulf."""
    return " " not in name and name.lower() in _place_words()["road_alone"]


def _peerage_place(tokens: Sequence[Token], first: int) -> bool:
    """Rule `peerage_place_is_a_title` (place_words.txt `peerage_titles`):
    "Cambridge" of "the Duchess of Cambridge" names her title, no place;
    "the Mayor of London" names London."""
    return first > 1 and tokens[first - 1].lower == "of" \
        and tokens[first - 2].lower in _place_words()["peerage_titles"] and not _surname_before_of(tokens, first - 2)


def _surname_before_of(tokens: Sequence[Token], title: int) -> bool:
    """Rule `peerage_place_is_a_title`'s exception: a peer's title right after
    a name word is a surname ("Sonia Prince of Nashua, New Hampshire, said":
    Nashua is where she lives); "The Duke of", "Britain's Duchess of" and
    "Kate, Duchess of" are titles."""
    before = tokens[title - 1] if title > 0 else None
    return before is not None and before.is_capitalised and before.lower != "the" \
        and not before.text.endswith(POSSESSIVE_ENDINGS)


def _peer_of_a_place(tokens: Sequence[Token], first: int, last: int) -> str:
    """Rule `peer_of_a_place_is_a_person` (session 21 Not done, QA rounds
    58, 864, and 59, 886: the Duchess of Cambridge, named four times, was
    missing from People, and "Duke (2)" was listed): a peer's title
    (place_words.txt `peerage_titles`) found alone right before "of" and a
    capitalised name is one person's name, the title and its place whole
    ("the Duchess of Cambridge", "the Duke of Edinburgh", "the Prince of
    Wales"); '' for any other name. The place is her title's, no place
    (`peerage_place_is_a_title`). "Prince Harry" and "the Mayor of London"
    stay as they were. Two titles joined by "and" share the place ("the Duke
    and Duchess of Cambridge": two people). The title needs its "the": a
    first name has none ("Earl Weaver of Baltimore"), and a nickname in
    quote marks is no peer (QA round 54, 499: 'Dubbed "the Earl of
    Baltimore," Weaver managed ...')."""
    peerage_titles = _place_words()["peerage_titles"]
    if first != last or tokens[first].lower not in peerage_titles or first == 0:
        return ""
    if not (tokens[first - 1].lower == "the" and (first == 1 or tokens[first - 2].text not in QUOTE_MARKS)) \
            and not (first > 1 and tokens[first - 1].lower == "and" and tokens[first - 2].lower in peerage_titles):
        return ""  # "Earl Weaver of Baltimore", '"the Earl of Baltimore"'; "the Duke and Duchess of" goes on
    if last + 4 < len(tokens) and tokens[last + 1].lower == "and" and tokens[last + 2].lower in peerage_titles:
        last += 2  # "the Duke and Duchess of Cambridge": the Duke of Cambridge, then the Duchess
    if last + 2 >= len(tokens) or tokens[last + 1].lower != "of" or not tokens[last + 2].is_capitalised:
        return ""
    end = last + 2
    if not tokens[end].text.endswith(POSSESSIVE_ENDINGS) and end + 1 < len(tokens) and tokens[end + 1].is_capitalised:
        # one place word, as peers' titles are ("Cambridge", "Wales"); a capitalised word after it makes
        # a longer name of something else ("the Duke of Cambridge Stakes", a horse race)
        return ""
    if tokens[end].text.endswith(POSSESSIVE_ENDINGS) and end + 1 < len(tokens) and tokens[end + 1].is_capitalised:
        # a possessive and a capitalised noun name a thing after the peer, no peer (review s22: "completed
        # the Duke of Edinburgh's Award" listed the Duke under People); "the Duchess of Cambridge's baby" stays
        return ""
    return f"{tokens[first].text} of {without_possessive(tokens[end].text)}"


def _after_a_foreign_joiner(tokens: Sequence[Token], first: int) -> bool:
    """Rule `name_after_a_foreign_joiner_is_a_piece` (no_names.txt
    `foreign_name_joiners`): "Español" of "CNN en Español" is a piece of
    the broadcaster's name; "in Spain" and "Español" alone stay."""
    return first > 1 and tokens[first - 1].text in _no_names()["foreign_name_joiners"] \
        and tokens[first - 2].is_capitalised


def _street_address(tokens: Sequence[Token], first: int, name: str) -> bool:
    """Rule `street_address_is_no_mention` (QA round 31: "Bragg St" listed as
    a place from the polling address "2344 Bragg St., Apt. 1C"): a street
    named after a house number (place_words.txt `address_ends`) is an
    address, not a place the article is about. A street named alone
    stays ("protesters marched down Fifth Avenue")."""
    words = _words(name)
    return len(words) > 1 and words[-1] in _place_words()["address_ends"] and first > 0 \
        and tokens[first - 1].text[:1].isdigit()


def _road_before_a_code(tokens: Sequence[Token], last: int, name: str) -> bool:
    """Rule `road_before_a_code_is_no_mention` (mentions2 s26, a police blotter:
    "Township Road (1)" under Places, of "southbound on Township Road 1950E"):
    a road word right before a code that starts with a digit is a piece of
    the road's name, which is the code; "Township Road" names no place.
    A road named alone ("Township Road was closed") stays."""
    words = _words(name)
    return len(words) > 1 and words[-1] in _place_words()["address_ends"] and last + 1 < len(tokens) \
        and tokens[last + 1].text[:1].isdigit() and not tokens[last + 1].text.isdigit()


def _auxiliary_inside(name: str) -> bool:
    """Rule `auxiliary_inside_is_no_name` (mentions2 s26, CNN-Corpus dev 678:
    "Mary Had (1)" under People, of "the nursery rhyme Mary Had a Little
    Lamb"): a run with a capitalised auxiliary verb after its first word
    ("Had", "Was", "Is") is a piece of a title written in title case, no
    name. A name that opens with one, or one named so ("George Will";
    claim_grammar.txt named_auxiliaries), stays."""
    return any(word.lower() in auxiliary_verbs() and word.lower() not in grammar("named_auxiliaries")
               for word in name.split()[1:])


EPONYM_REACH = 2  # "Higgs boson", "Higgs energy field"


def _eponym_compound(tokens: Sequence[Token], last: int, name: str) -> bool:
    """Rule `eponym_compound_is_no_mention` (no_names.txt `eponym_heads`;
    mentions2 s26, CNN-Corpus dev 969: "Peter Higgs (19)" counted every
    "Higgs boson"): a one-word name before a lower-case head that names a
    thing after a person ("boson", "disease"), with at most one lower-case
    word between ("Higgs energy field"), is a word of the thing's name, no
    mention of the person. "Higgs said", "Higgs and Englert" still count."""
    if " " in name:
        return False
    heads = _no_names()["eponym_heads"]
    for k in range(last + 1, min(last + 1 + EPONYM_REACH, len(tokens))):
        if not tokens[k].is_word or tokens[k].text != tokens[k].lower:
            return False
        if tokens[k].lower in heads:
            return True
    return False


def _currency_prefix(tokens: Sequence[Token], last: int) -> bool:
    """Rule `currency_prefix_is_no_mention` (QA round 33: "US (1)" listed of
    "around US$24,500"): letters glued to a dollar sign ("US$", "HK$",
    "A$") say which dollar; the country is not a place the article names."""
    return last + 1 < len(tokens) and tokens[last + 1].text.startswith("$") \
        and tokens[last + 1].start == tokens[last].end


def _compass_place(lowered: list[str]) -> bool:
    """Rule `compass_before_a_place`: "Southeast Asia", "Northern California"."""
    return len(lowered) > 1 and lowered[0] in _place_words()["compass"] and " ".join(lowered[1:]) in places()


@cache
def _no_names() -> dict[str, frozenset[str]]:
    return noun_sets("no_names")


def _no_name(name: str, lower_case: frozenset[str]) -> bool:
    """Rules `abbreviation_is_no_name` ("ET", "GDP", "MD", "ATMs") and
    `shouted_word_is_no_name` ("READ", when the article writes "read")."""
    word = abbreviation_form(name)
    if word is None:
        return False
    if abbreviation_names_nothing(word):
        return True
    key = word.replace(".", "").lower()
    sets = _no_names()
    return word.isalpha() and word.isupper() and key in lower_case and key not in sets["spelled_names"] \
        and not is_place(word)


def _people_word_alone(name: str) -> bool:
    """Rule `plural_people_noun_speaker_is_no_name` (session 27, mentions2, CNN-Corpus dev 165:
    "Relatives (1)" under Other names, of the speaker of "Relatives told CNN affiliate WFTV that
    ..."): a claim's speaker of one word that is a plural noun for people (source_nouns.txt, the
    people ending rule, kin_words.txt: "Relatives", "Witnesses", "Parents") capitalised as a
    sentence's first word names no one. A singular ("Judge", "Fan": surnames too), a name in
    capitals or of two words stays."""
    word = name.lower()
    return " " not in name and not name.isupper() and ends_in_plural_s(word) and (
        is_people_noun(word) or word in _described_words()
        or any(word in kin for kin in noun_sets("kin_words").values()))


def _common_word(name: str, lower_case: frozenset[str]) -> bool:
    """Rule `lone_opener_is_a_common_word`: one word, only ever named as a
    sentence's first word, that the article also writes in lower case
    ("Refer to the manual", "Published: May 3") is no name."""
    return " " not in name and name.lower() in lower_case and not is_place(name) and not name.isupper()


def _headline_names(headlines: Sequence[str]) -> list[str]:
    """Rule `headline_name_needs_first_name`: a headline capitalises its
    words ("Downloading Python", a page's title), so a run of it is a
    fuller name only when it opens with a known first name ("Joel Embiid"),
    no auxiliary verb before an acronym (session 25, CNN-Corpus dev 351:
    "Will MERS become a global threat?" made every "MERS" of the text "Will
    MERS (14)", a person: rule `question_verb_is_no_part_of_a_name`)."""
    return [name for headline in headlines for name, _ in name_runs(headline)
            if len(name.split()) > 1 and _words(name)[0] in first_names()
            and not (_words(name)[0] in auxiliary_verbs() and all(ACRONYM.match(w) for w in name.split()[1:]))]


# Rule `roles_joined_are_no_name`: the words joining two roles in one job ("Founder & Principal Consultant")
ROLE_JOINERS = grammar("role_joiners")


def _roles_only(name: str) -> bool:
    """Rule `roles_joined_are_no_name` (web tester s13: "Founder & Principal
    Consultant" under Other names, of "Candice Sealey is the Founder &
    Principal Consultant at Ignite!"): two roles or more joined by "&" or
    "and", each ending in a noun for people in a role or a title word, and
    no known first name, place or organisation word among them, are one
    person's job: no name. "Simon & Schuster" and "Procter & Gamble" end in
    no role; "Men & Women" is no name of one."""
    parts: list[list[str]] = [[]]
    for word in _words(name):
        if word in ROLE_JOINERS:
            parts.append([])
        else:
            parts[-1].append(word)
    words = [word for part in parts for word in part]
    return len(parts) > 1 and all(parts) \
        and all(is_people_noun(part[-1]) or part[-1] in _title_words() for part in parts) \
        and not any(word in first_names() or word in organisation_words() or is_place(word) for word in words)


# Rule `body_over_a_plural_possessive_is_one_name`: the apostrophes that end a plural possessive
PLURAL_POSSESSIVE_MARKS = ("'", "\u2019")


def _bodies_over_a_plural_possessive(found: dict[str, tuple[MentionKind, int]], text: str
                                     ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `body_over_a_plural_possessive_is_one_name` (session 22, QA round
    62, 515: "Court (1)" under Organisations and "Westminster Magistrates
    (1)" under Other names, of "at Westminster Magistrates' Court"): the
    names layer ends a name at an apostrophe, so a body's name that holds a
    plural possessive ("Magistrates' Court", "Citizens' Advice Bureau") is
    found as two; when the text writes an organisation only right after a
    name ending in "s'" (an other name, or a piece of one), the two are one
    organisation, counted as often as the body. A body also written alone
    ("the Court said") and a possessive before a name of no body ("the
    Smiths' house") stay as they were. Session 26 (CNN-Corpus dev 307:
    "Kurdistan Workers (1)" under Other names, of "the Kurdistan Workers'
    Party (PKK)", in a text naming the "Democratic Union Party" too): the
    body's word ending a longer name ("Democratic Union Party") is a
    mention of that name, not of the body alone, and is not read here."""
    folded = dict(found)
    for body, (kind, count) in found.items():
        if kind != ORGANISATION or body not in folded:
            continue
        befores = [before for before, at in ((text[max(0, at - CUE_REACH) : at], at)
                                             for at, _ in _whole_word_spans(body, text))
                   if before.endswith(tuple(f"s{mark} " for mark in PLURAL_POSSESSIVE_MARKS))
                   or not _inside_a_longer_name(text, at)]
        for mark in PLURAL_POSSESSIVE_MARKS:
            owners = [owner for owner, (owner_kind, _) in folded.items()
                      if owner_kind == OTHER and owner.endswith("s")
                      and all(before.endswith(f"{owner}{mark} ") for before in befores)]
            if befores and len(owners) == 1:
                del folded[owners[0]], folded[body]
                folded[f"{owners[0]}{mark} {body}"] = (ORGANISATION, count)
                break
    return folded


def _documents_joined_by_and(found: dict[str, tuple[MentionKind, int]], text: str
                             ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `name_before_and_a_document_is_its_title` (session 23, QA round
    63, 420: "Patient Protection (2)" under Organisations and "Affordable
    Care Act (2)" under Other names, of "the 2010 Patient Protection and
    Affordable Care Act"): the names layer parts names at "and", so a
    document's title holding "and" is found as two; a name the text writes
    each time right before "and" and a name ending in a document word
    (no_names.txt `document_ends`: "Act", "Bill") is the title's opening:
    the whole title is one name under Other names, counted as often as the
    opening, and the document's own name counts only the rest of its
    mentions ("the Affordable Care Act" alone), which
    `other_name_ending_folds_into_the_longer` then counts for the whole. A
    name also written elsewhere ("Medicare and the Affordable Care Act",
    "Medicare is ...") and a person stay as they were."""
    documents = [name for name in found if " " in name and _words(name)[-1] in _no_names()["document_ends"]]
    folded = dict(found)
    for name, (kind, count) in found.items():
        if kind == PERSON or name in documents:
            continue
        ends = [end for _, end in _whole_word_spans(name, text)]
        for document in documents:
            if ends and document in folded and all(text.startswith(f" and {document}", end) for end in ends):
                title = f"{name} and {document}"
                document_kind, document_count = folded.pop(document)
                if document_count > count:
                    folded[document] = (document_kind, document_count - count)
                del folded[name]
                folded[title] = (OTHER, count)
                break
    return folded


# Rule `adjective_of_a_people_is_no_name`: a word in lower case right after a name
LOWER_CASE_WORD_AFTER = re.compile(r" [a-z]")
WORD_AFTER = re.compile(r" [A-Za-z]")


def _adjective_of_a_people(name: str, text: str) -> bool:
    """Rule `adjective_of_a_people_is_no_name` (session 22, QA round 61, 962:
    "Roman Catholic (2)" under Other names, of "the Roman Catholic world"
    and "the Roman Catholic cardinals", beside "senior Roman Catholics"):
    a name of two words or more that the text also writes with a plural
    "s" for its people, and writes each time before a word in lower case,
    qualifies the noun after it as a people's adjective does ("Roman
    Catholic cardinals", "Southern Baptist pastors"); it names no one. The
    name's last word has a people's ending (names' DEMONYM_ENDINGS: "-ic",
    "-an"; not "Academy Award nominations" beside "Academy Awards"); the
    plural never written ("Grand Canyon visitors") or the name once
    standing alone ("the Roman Catholic, he said") stays; a capitalised
    word after it opens a longer name ("the Roman Catholic Church")."""
    if not _words(name)[-1].endswith(DEMONYM_ENDINGS) or not any(True for _ in _whole_word_spans(name + "s", text)):
        return False
    ends = [end for _, end in _whole_word_spans(name, text)]
    # (a capitalised word after it is a longer name's: "the Roman Catholic Church")
    return any(LOWER_CASE_WORD_AFTER.match(text, end) for end in ends) \
        and all(WORD_AFTER.match(text, end) for end in ends)


def _without_phrases(found: dict[str, tuple[MentionKind, int]], text: str, lower_case: frozenset[str] = frozenset()
                     ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `name_written_as_a_phrase_is_no_name` (web tester s13: "Sleeping
    Accounts" under Other names, of a list's heading "Check on 'Sleeping
    Accounts'", beside "Sleeping accounts can look worse"): a name under
    "Other names" of two words or more that the article also writes with
    its later words in lower case is a common phrase a heading
    capitalised, no name. People, organisations and places stay ("White
    House" beside "a white house"), and so does a name never so written.
    A name under "Other names" opening with a verb's -ing form, written
    only at a sentence's start, is no name either ("Chasing Bieber":
    `gerund_opener_is_no_first_name`); nor is one opening with a verb
    (`verb_opens_no_name`: "Perform CPR", "Boycott Nixon", "Moving AI") or
    ending in a plural noun for people in a role (`people_noun_ends_no_name`:
    "Special Agents")."""
    kept = {}
    surnames = _full_names_surnames(found)
    for name, (kind, count) in found.items():
        words = name.split()
        if kind == OTHER and len(words) > 1 and (
                _gerund_opener(name, text, surnames) or _verb_opens(words, lower_case)
                or _people_noun_ends(words, lower_case)):
            continue  # rule `gerund_opener_is_no_first_name`: "Chasing Bieber is ..." is no name at all
        if kind == OTHER and len(words) > 1 and _adjective_of_a_people(name, text):
            continue
        if kind == OTHER and len(words) > 1 and all(word[:1].isupper() for word in words[1:]):
            phrase = " ".join([words[0], *(word.lower() for word in words[1:])])
            if any(True for _ in _whole_word_spans(phrase, text)):
                continue
        kept[name] = (kind, count)
    return kept


def _without_a_glued_opener(found: dict[str, tuple[MentionKind, int]], text: str, lower_case: frozenset[str],
                            people: set[str], organisations: set[str], named_inside: set[str]
                            ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `glued_opener_is_no_part_of_a_name` (web tester s19: "New
    Coinbase (45)" of "New Coinbase users can get $10", "URL Chrome (13)" of
    "the actual URL Chrome visited"): a name whose first word is a common
    word the article writes in lower case ("new") and that the article
    writes only at a sentence's start, or whose first word is a thing's
    abbreviation (no_names.txt `things`: "URL"), is the rest of the name
    when the article also writes the rest alone, at least OFTEN_NAMED
    times ("Coinbase", "Chrome"): it counts for the rest (and the rest is
    named inside a sentence, for `repeated_one_word_name_is_listed`). "New
    Delhi" (a listed place), "Royal Navy" inside a sentence and "DNA
    Renewal" (no "Renewal" alone) stay. Changes `named_inside` in place."""
    kept: dict[str, tuple[MentionKind, int]] = {}
    moved: dict[str, int] = {}
    for name, (kind, count) in found.items():
        words = name.split()
        rest = " ".join(words[1:])
        opener = words[0] if len(words) > 1 else ""
        # rule `adjective_by_its_form_opens_no_name`: "Alleged Boston bomber ..." opening a sentence
        by_form = bool(opener) and _adjective_by_its_form(opener)
        # a team's word opens the team's whole name ("Team Obama": `team_before_a_name_is_a_body`)
        glued = bool(opener) and kind != PERSON and not is_place(name) and (not is_place(rest) or by_form) \
            and opener.lower() not in _no_names()["body_leads"] and (
            (opener.isupper() and opener.lower() in _no_names()["things"])
            or _people_word_before_a_word(opener, rest)
            or (_common_opener(opener, lower_case) and _written_only_at_a_sentence_start(name, text)))
        alone = [at for at, _ in _whole_word_spans(rest, text)
                 if not text[max(0, at - len(opener) - 1) : at].startswith(opener)] if glued else []
        if glued and by_form and (is_place(rest) or (
                # "Fighting Irish", "Flying Dutchman": an "-ing" word before a people's word names a team
                # or a nickname (review s29), where "Retired British" and "Resurgent Sunni" qualify the people
                not opener.lower().endswith("ing")
                and (places_of_a_people_in_mentions(rest.lower()) or rest.lower() in _no_names()["faith_adjectives"]))):
            moved[rest] = moved.get(rest, 0) + count  # "Boston", "British", "Sunni": words the lists know
            continue
        # rule `word_before_a_web_address_is_no_part` (QA round 56, 439: "Website GlobalFlare.com" of
        # "Website GlobalFlare.com, which emphasizes ..."): an address has no spaces, so it is the site's
        # whole name, named once or more; a word before it that is no first name is no part of it
        web_address = len(words) == 2 and kind != PERSON and domain_name(rest) and opener[1:].islower() \
            and opener.lower() not in first_names()
        if web_address:
            # a site's body, as the names layer's rule `domain_name_is_a_body` reads it
            kept[rest] = (ORGANISATION, count + kept.get(rest, (kind, 0))[1])
            continue
        if len(alone) >= OFTEN_NAMED:
            moved[rest] = moved.get(rest, 0) + count
            if any(not _at_a_sentence_start(text, at) for at in alone):
                named_inside.add(rest)
            continue
        kept[name] = (kind, count)
    return _with_moved_counts(kept, moved, people, organisations, lower_case)


def _without_a_noun_of_before_a_person(found: dict[str, tuple[MentionKind, int]], text: str,
                                       lower_case: frozenset[str], people: set[str], organisations: set[str]
                                       ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `noun_of_opening_a_sentence_is_no_part_of_a_name` (mentions-s28,
    CNN-Corpus dev 433: "News of Sasser (1)" under Organisations, of "News
    of Sasser's death spread quickly"): a name "Noun of Name" written only
    at a sentence's start, its noun one the article writes in lower case
    or a common word of the rules files ("news") and no first name, is
    that noun before the name of a person
    the article names ("Sasser", the surname of "Sean Sasser"): it counts
    for the person. "Bank of America", "Secretary of State" (no person
    after "of") stay."""
    surnames = _full_names_surnames(found)
    persons = {name for name, (kind, _) in found.items() if kind == PERSON}
    kept: dict[str, tuple[MentionKind, int]] = {}
    moved: dict[str, int] = {}
    for name, (kind, count) in found.items():
        words = name.split()
        rest = " ".join(words[2:])
        if len(words) > 2 and words[1] == "of" and kind != PERSON and words[0][1:].islower() \
                and (words[0].lower() in lower_case or words[0].lower() in known_common_words()) \
                and words[0].lower() not in first_names() and (rest in persons or rest.lower() in surnames) \
                and _written_only_at_a_sentence_start(name, text):
            moved[rest] = moved.get(rest, 0) + count
            continue
        kept[name] = (kind, count)
    return _with_moved_counts(kept, moved, people, organisations, lower_case)


def _people_word_before_a_word(opener: str, rest: str) -> bool:
    """Rule `people_word_before_a_name_written_alone_is_no_part` (session 25,
    CNN-Corpus dev 919: "Tanzanian Maasai (9)" under Organisations, of "More
    than 60,000 Tanzanian Maasai live in ...", beside "the Maasai" named
    alone a dozen times): a listed place's people ("Tanzanian", no first
    name) before one word that is no body's or place's word says where the
    people or thing of that word is from; with the word written alone often
    (`glued_opener_is_no_part_of_a_name`) the word is the name. "Swiss Re"
    (never so written alone), "British Museum" and "British Airways" (a
    word the rules files know: a body's, a place's or a common word) stay,
    and so does "Pakistani Taliban" (a listed body: the country's own
    group, no other name for the "Taliban" the article may name too)."""
    word = rest.lower()
    return " " not in rest and opener.lower() not in first_names() \
        and bool(places_of_a_people_in_mentions(opener.lower())) and word not in known_common_words() \
        and not any(word in words for words in _place_words().values()) \
        and not generic_body_name(rest) and not is_venue(rest) and word not in organisation_acronyms()


def _without_a_question_verb(found: dict[str, tuple[MentionKind, int]], text: str
                             ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `question_verb_is_no_part_of_a_name` (QA round 54, 750: "Will
    China be open to changing the elections system?" listed "Will China"
    under People, "Will" being a first name): a name whose first word is an
    auxiliary verb (claim_grammar.txt auxiliaries: "Will", "Can", "Did")
    and whose rest is a listed place, written only at a sentence's start,
    is a direct question's verb and its subject: it counts for the place
    (or an acronym or a longer name: `_subject_of_a_question`). "Will
    Smith" (no place) and "Will China" inside a sentence stay."""
    kept: dict[str, tuple[MentionKind, int]] = {}
    moved: dict[str, int] = {}
    people_moved: set[str] = set()
    for name, (kind, count) in found.items():
        opener, _, rest = name.partition(" ")
        if rest and opener.lower() in auxiliary_verbs() and _subject_of_a_question(rest, opener, text) \
                and _written_only_at_a_sentence_start(name, text):
            moved[rest] = moved.get(rest, 0) + count
            if kind == PERSON and " " in rest:
                people_moved.add(rest)  # "Will Anderson Cooper", a person: so is "Anderson Cooper"
            continue
        kept[name] = (kind, count)
    for rest, count in moved.items():
        kind = PLACE if is_place(rest) else kept[rest][0] if rest in kept else OTHER
        kept[rest] = (PERSON if kind == OTHER and rest in people_moved else kind,
                      count + (kept[rest][1] if rest in kept else 0))
    return kept


def _subject_of_a_question(rest: str, opener: str, text: str) -> bool:
    """For rule `question_verb_is_no_part_of_a_name`: the words after the
    verb are a listed place, or (session 25, CNN-Corpus dev 351: "Will MERS
    (14)" under People, of a headline "Will MERS become a global threat?",
    the 13 "MERS" of the text counted for it; 361: "Will Anderson Cooper
    (6)" of "Will Anderson Cooper be a better journalist ...?") an acronym
    or a name of two words or more the article also writes without the
    verb. A one-word name ("Will Smith" beside "Smith") stays, unless (rule
    `question_verb_before_a_surname`, CNN-Corpus dev 486: "Will Colbert
    (1)" under People, of "Will Colbert remain in his Comedy Central
    character?", beside "Stephen Colbert") it is the surname of another
    first name the article writes and every "Will Colbert" opens a question
    with a verb in lower case after it."""
    if is_place(rest):
        return True
    if " " not in rest and _question_verb_before_a_surname(rest, opener, text):
        return True
    if not (ACRONYM.match(rest) or " " in rest):
        return False
    return any(not text[max(0, at - len(opener) - 1) : at].startswith(opener)
               for at, _ in _whole_word_spans(rest, text))


def _question_verb_before_a_surname(surname: str, opener: str, text: str) -> bool:
    """For rule `question_verb_before_a_surname`: `surname` ends a full name
    with another first word ("Stephen Colbert"), and each "Will Colbert"
    is followed by a word in lower case in a sentence that ends in "?"."""
    if not any(match.group(1) != opener for match in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", text)):
        return False
    spans = list(_whole_word_spans(f"{opener} {surname}", text))
    return bool(spans) and all(LOWER_CASE_WORD_AFTER.match(text, end) is not None
                               and QUESTION_END.match(text, end) is not None for _, end in spans)


QUESTION_END = re.compile(r"[^.!?\n]*\?")


# Rule `adjective_by_its_form_opens_no_name`: a shorter word with such an ending is as often a name
# ("Kent", "Trent", "Brent")
MIN_FORM_ADJECTIVE = 6


def _adjective_by_its_form(word: str) -> bool:
    """Whether `word`, capitalised, reads as an adjective or a participle by
    its ending (no_names.txt `adjective_endings`: "Defiant", "Alleged",
    "Resurgent") and is no known first name ("Vincent" stays a name)."""
    low = word.lower()
    return len(low) >= MIN_FORM_ADJECTIVE and word[1:].islower() and low not in first_names() \
        and low.endswith(tuple(_no_names()["adjective_endings"]))


def _common_opener(word: str, lower_case: frozenset[str]) -> bool:
    """Whether `word`, capitalised and no known first name, is a common word
    that may open a sentence before a name: the article writes it in lower
    case ("New Coinbase users"), it reads as an adjective by its form
    ("Defiant Cheney"), or the rules files list it as a common word ("Best
    Halloween party decorations"), not a body's, a title's or a place's
    word, which may open a name ("Police Scotland", "General Motors")."""
    low = word.lower()
    if not word[1:].islower() or low in first_names():
        return False
    return low in lower_case or _adjective_by_its_form(word) or (
        low in known_common_words() and low not in organisation_words() and low not in title_words()
        and not any(low in words for words in _place_words().values()))


def _with_moved_counts(kept: dict[str, tuple[MentionKind, int]], moved: dict[str, int], people: set[str],
                       organisations: set[str], lower_case: frozenset[str]) -> dict[str, tuple[MentionKind, int]]:
    """`kept` with the counts of names cut to their `moved` rest added to
    that rest (typed as `_kind` types it when it was not found alone)."""
    for rest, count in moved.items():
        kind = kept[rest][0] if rest in kept else _kind(rest, "", people, organisations, lower_case)
        kept[rest] = (kind, count + (kept[rest][1] if rest in kept else 0))
    return kept


# Rule `glued_dateline_opens_a_sentence` (session 25, CNN-Corpus dev 919: "Loliondo, Tanzania Traditional
# Maasai living in ..." kept "Traditional Maasai"): a paragraph opening with a place, a comma and a
# place, its "(CNN) --" dropped, opens its first sentence right after them
DATELINE_PLACE = r"[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,2}"
GLUED_DATELINE_BEFORE = re.compile(rf"(?:^|\n){DATELINE_PLACE}, {DATELINE_PLACE} $")


def _without_an_opening_adjective(found: dict[str, tuple[MentionKind, int]], text: str, people: set[str],
                                  organisations: set[str], lower_case: frozenset[str]
                                  ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `opening_adjective_is_no_part_of_a_name` (no_names.txt
    `opening_adjectives`; session 23, QA round 63, 712: "Longtime China
    (3)" of "Longtime China observers ... point to", 939: "Leading Muslim
    (1)" of "Leading Muslim figures ... have called for"): a name that is
    no person, opening with an adjective of the list and written only at a
    sentence's start (or right after a glued dateline: "Loliondo, Tanzania
    Traditional Maasai living in ...", `glued_dateline_opens_a_sentence`), is
    the rest of it: the rest counts ("China", a place), and a rest named
    once ("Muslim") is no entry. So is a Latin preposition before a code
    (no_names.txt opening_prepositions, rule
    `opening_preposition_before_a_code_is_no_part`: "Post MH370, attention
    will turn ..."); "Post Malone" is read as it was. "Leading Edge
    Capital" inside a sentence and a name typed a person stay."""
    kept: dict[str, tuple[MentionKind, int]] = {}
    moved: dict[str, int] = {}
    for name, (kind, count) in found.items():
        opener, _, rest = name.partition(" ")
        opening = opener.lower() in _no_names()["opening_adjectives"] or (
            opener.lower() in _no_names()["opening_prepositions"] and " " not in rest and rest.isupper())
        if rest and kind != PERSON and opener[:1].isupper() and opening \
                and _written_only_at_a_sentence_start(name, text, after_a_glued_dateline=True):
            moved[rest] = moved.get(rest, 0) + count
            continue
        kept[name] = (kind, count)
    return _with_moved_counts(kept, moved, people, organisations, lower_case)


def _without_an_opener_before_a_surname(found: dict[str, tuple[MentionKind, int]], text: str,
                                        lower_case: frozenset[str]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `opener_before_a_surname_is_no_part` (session 25, CNN-Corpus dev
    921: "Frontrunner Tshisekedi (1)" under People beside "Etienne
    Tshisekedi", of "Frontrunner Tshisekedi, 78, has gained popularity";
    305: "Keep Kagame (1)" under People beside "Paul Kagame", of a subhead
    "Keep Kagame in the naughty corner"): a name of two words whose second
    is the surname of a person the article names in full, and whose first
    is no known first name but a noun for people (source_nouns.txt people
    and described: "frontrunner", "warlord"), a verb calling to act
    (no_names.txt opening_verbs and verbs_before_a_surname: "keep") or a
    word the article writes in lower case, written only at a sentence's start, is a description or a
    verb before the person's surname: the surname counts (and folds into
    the full name). "Will Smith" or "Grant Kagame" (known first names) and
    a name also written inside a sentence stay."""
    surnames: dict[str, set[str]] = {}
    for name, (kind, _) in found.items():
        if kind == PERSON and len(name.split()) > 1:
            surnames.setdefault(name.split()[-1], set()).add(name)
    kept: dict[str, tuple[MentionKind, int]] = {}
    moved: dict[str, int] = {}
    for name, (kind, count) in found.items():
        words = name.split()
        opener = words[0].lower() if len(words) == 2 else ""
        if opener and surnames.get(words[1], set()) - {name} and words[0][1:].islower() \
                and opener not in first_names() \
                and (is_people_noun(opener) or opener in _described_words() or _common_opener(words[0], lower_case)
                     or opener in _no_names()["opening_verbs"] or opener in _no_names()["verbs_before_a_surname"]) \
                and _written_only_at_a_sentence_start(name, text):
            moved[words[1]] = moved.get(words[1], 0) + count
            continue
        kept[name] = (kind, count)
    for rest, count in moved.items():
        kept[rest] = (kept[rest][0] if rest in kept else PERSON, count + (kept[rest][1] if rest in kept else 0))
    return kept


def _without_a_cheer_word(found: dict[str, tuple[MentionKind, int]], text: str, people: set[str],
                          organisations: set[str], lower_case: frozenset[str]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `cheer_word_is_no_part_of_a_name` (no_names.txt cheer_openers and
    cheer_ends; session 25, CNN-Corpus dev 529: "Farewell Fergie" and "Sir
    Alex Forever" under Other names, of '"Farewell Fergie," posted one
    netizen' and '"Sir Alex Forever!" declared ...'): a name (no body, no
    place) of two words or more, opening with a greeting or ending in a cheer
    word, that the article writes only inside quote marks is a fan's cry:
    the rest counts ("Fergie"). "Welcome Trust" or "Forever 21" outside
    quote marks stay."""
    kept: dict[str, tuple[MentionKind, int]] = {}
    moved: dict[str, int] = {}
    for name, (kind, count) in found.items():
        words = name.split()
        rest = " ".join(words[1:]) if words[0].lower() in _no_names()["cheer_openers"] else (
            " ".join(words[:-1]) if words[-1].lower() in _no_names()["cheer_ends"] else "")
        if kind in (OTHER, PERSON) and len(words) > 1 and rest and _in_quote_marks(name, text):
            moved[rest] = moved.get(rest, 0) + count
            continue
        kept[name] = (kind, count)
    return _with_moved_counts(kept, moved, people, organisations, lower_case)


def _without_a_faith_word(found: dict[str, tuple[MentionKind, int]], text: str, people: set[str],
                          organisations: set[str], lower_case: frozenset[str], named_inside: set[str]
                          ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `faith_word_before_a_name_is_no_part` (no_names.txt
    `faith_adjectives`; closing note s23, 960: "Muslim Seleka (5)" under
    People, of "the Muslim Seleka militia" and "Seleka militias"): a faith's
    word opening a name that is no person, whose rest the article writes
    alone too, qualifies the rest: the rest counts. "Muslim Brotherhood"
    (never "Brotherhood" alone) and "Christian Amanpour" (a person) stay."""
    kept: dict[str, tuple[MentionKind, int]] = {}
    moved: dict[str, int] = {}
    for name, (kind, count) in found.items():
        opener, _, rest = name.partition(" ")
        if rest and kind != PERSON and opener.lower() in _no_names()["faith_adjectives"] \
                and sum(1 for _ in _whole_word_spans(rest, text)) > sum(1 for _ in _whole_word_spans(name, text)):
            moved[rest] = moved.get(rest, 0) + count
            continue
        kept[name] = (kind, count)
    return _with_moved_counts(kept, moved, people, organisations, lower_case)


# Rule `lower_case_al_opens_the_name`: "al" written in lower case and a space before a name
AL_BEFORE = re.compile(r"(?<![\w-])al\s$")


def _with_a_lower_case_al(found: dict[str, tuple[MentionKind, int]], text: str) -> dict[str, tuple[MentionKind, int]]:
    """Rule `lower_case_al_opens_the_name` (QA round 66, 890: "Qaeda (4)"
    under Other names, of "al Qaeda" written four times): the Arabic
    article written in lower case and apart ("al Qaeda", "al Shabaab") is
    part of the name, which the names layer, reading capitals, cut: a
    one-word name written after it every time is listed with it, and typed
    as the listed body it is (organisation_acronyms.txt "Al-Qaeda"). A name
    also written without it ("Assad" beside "al Assad") stays as it is."""
    renamed: dict[str, tuple[MentionKind, int]] = {}
    for name, (kind, count) in found.items():
        spans = list(_whole_word_spans(name, text)) if name.isalpha() else []  # not "Qaeda-linked"
        if spans and all(AL_BEFORE.search(text, max(0, start - 3), start) for start, _ in spans):
            listed = "al-" + name.lower() in organisation_acronyms()
            name, kind = "al " + name, ORGANISATION if listed else kind
        elif spans and "Al " + name in found and all(
                AL_BEFORE.search(text, max(0, start - 3), start) or text[max(0, start - 3) : start] == "Al "
                for start, _ in spans):
            # session 25 (CNN-Corpus dev 309: "al Qaeda" twice and "Al Qaeda's branch" once listed "Qaeda
            # (2)" beside "Al Qaeda (1)"): the name written with "Al" too counts the lower-case ones
            name, kind = "Al " + name, found["Al " + name][0]
        known = renamed.get(name)
        renamed[name] = (kind if known is None or known[0] == OTHER else known[0], count + (known[1] if known else 0))
    return renamed


# Rule `rank_in_capitals_before_a_surname_is_a_title`: how long a rank's abbreviation may be ("LTC",
# "SGT", "CPL", "PFC")
RANK_IN_CAPITALS = re.compile(r"^[A-Z]{2,4}$")


def _without_a_rank_in_capitals(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `rank_in_capitals_before_a_surname_is_a_title` (CNN-Corpus dev
    417: "LTC Ausmer states ..." listed "LTC Ausmer" under Other names
    beside "Wilson Ausmer"): a word in capitals (two to four letters, no
    known first name) before the surname of a person the article names in
    full is a rank or a title: the name counts for that surname, and so for
    the full name (`surname_folds_into_full_name`). Titles in capitals stay
    out of titles.txt, which the claim tagger reads: "LTC Cash Voucher
    Scheme" (no surname of the article's people) is no person. "JR Smith"
    (no other Smith named in full) and "OS X" (no surname's form, beside
    "Mac OS X") stay."""
    surnames = _full_names_surnames(found)
    kept: dict[str, tuple[MentionKind, int]] = {}
    moved: dict[str, int] = {}
    for name, (kind, count) in found.items():
        words = name.split()
        if len(words) == 2 and RANK_IN_CAPITALS.match(words[0]) and words[0].lower() not in first_names() \
                and len(words[1]) > 1 and words[1][1:].islower() and words[1].lower() in surnames:
            moved[words[1]] = moved.get(words[1], 0) + count
            continue
        kept[name] = (kind, count)
    for surname, count in moved.items():
        kind, known = kept.get(surname, (PERSON, 0))
        kept[surname] = (kind, count + known)
    return kept


def _verb_opens(words: Sequence[str], lower_case: frozenset[str]) -> bool:
    """Rule `verb_opens_no_name` (session 14: "Perform CPR" of a list's step
    "4. Perform CPR on old content", "Boycott Nixon" of "a “Committee to
    Boycott Nixon’s Memoirs,”", "Moving AI" of "Moving AI from the research
    stage into practice will be the next step"): a name under "Other names"
    that opens with a verb calling to act (no_names.txt `opening_verbs`), or
    with an "-ing" word the article also writes in lower case before an
    acronym, is a verb and its object, no name. "Fleming DM" (a surname and
    initials: "fleming" is never written in lower case) and "Vote Leave"
    when a claim's body (an organisation, not under "Other names") stay."""
    first = words[0].lower()
    if first in _no_names()["opening_verbs"]:
        return True
    return first.endswith(GERUND_ENDING) and first in lower_case and first not in first_names() \
        and all(len(word) > 1 and word.split("-")[0].isupper() for word in words[1:])  # "AMP-first" too


def _people_noun_ends(words: Sequence[str], lower_case: frozenset[str]) -> bool:
    """Rule `people_noun_ends_no_name` (session 14: "Special Agents" under
    "Other names", of "Homeland Security Investigations (HSI) Special Agents
    took custody of three men", beside "Our agents continue ..."): a name
    under "Other names" ending in a plural noun for people in a role that
    the article also writes in lower case, with no known first name,
    organisation word or place among its words, is a group of people
    described, no name. A name whose last word the article never writes in
    lower case stays ("Proud Boys", "Hells Angels")."""
    last = words[-1].lower()
    return ends_in_plural_s(last) and is_people_noun(last) and last in lower_case \
        and not any(word.lower() in first_names() or word.lower() in organisation_words() or is_place(word)
                    for word in words)


def _gerund_opener(name: str, text: str, person_surnames: Collection[str]) -> bool:
    """Rule `gerund_opener_is_no_first_name` (QA round 40, 469: "Chasing
    Bieber" listed under People beside "Justin Bieber", of "Chasing Bieber
    is a popular ... sport"): a name whose first word is an "-ing" word
    before the surname of a person the article names in full (the names
    layer's `gerund_before_a_surname`, which the speaker tagger asks too),
    and that the article writes only at a sentence's start, is a verb's
    subject ("Chasing Bieber is ..."), no person. A name the article also
    writes inside a sentence stays ("Irving Berlin"), and so do a surname
    before initials ("Fleming DM", a reference's author) and a work's title
    before no person's surname ("Breaking Bad star Bryan Cranston")."""
    words = _words(name)
    if not gerund_before_a_surname(words[0], words[-1], person_surnames) \
            or any(len(word) > 1 and word.isupper() for word in name.split()[1:]):
        return False  # "Fleming DM": a surname and initials, as a reference list writes an author
    return _written_only_at_a_sentence_start(name, text)


def _written_only_at_a_sentence_start(name: str, text: str, after_a_glued_dateline: bool = False) -> bool:
    """Whether every occurrence of `name` in `text` (as a whole word)
    opens a sentence, or, when `after_a_glued_dateline`, follows a dateline
    glued to the sentence ("Loliondo, Tanzania Traditional Maasai ..."):
    a capital there may be the sentence's, not a name's."""
    return all(_at_a_sentence_start(text, at)
               or (after_a_glued_dateline and GLUED_DATELINE_BEFORE.search(text[max(0, at - CUE_REACH) : at]))
               for at, _ in _whole_word_spans(name, text))


def _at_a_sentence_start(text: str, at: int) -> bool:
    """Whether offset `at` of `text` opens the text or follows a sentence's
    end mark (or a line break)."""
    return at == 0 or SENTENCE_END_BEFORE.search(text[max(0, at - CUE_REACH) : at]) is not None


def _full_names_surnames(found: dict[str, tuple[MentionKind, int]]) -> frozenset[str]:
    """The surnames (lower case) of the people `found` names in full."""
    return frozenset(_words(name)[-1] for name, (kind, _) in found.items() if kind == PERSON and " " in name)


# Two first names joined by "and" before one surname: "Barry and June Steenkamp" (rule
# `first_names_share_a_surname`)
FIRST_NAMES_BEFORE_ONE_SURNAME = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][\w'\u2019-]*[a-z])\b")


# Rule `listed_names_share_a_surname`: three or more capitalised words listed with commas and "and",
# then a surname ("Prince, Paris and Blanket Jackson")
NAMES_LISTED_BEFORE_ONE_SURNAME = re.compile(
    r"\b((?:[A-Z][a-z]+, )+[A-Z][a-z]+,? and [A-Z][a-z]+) ([A-Z][\w'\u2019-]*[a-z])\b")


def _listed_names_sharing_a_surname(found: dict[str, tuple[MentionKind, int]], text: str
                                    ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `listed_names_share_a_surname` (mentions-s26, CNN-Corpus dev
    449: "Prince, Paris and Blanket Jackson and their grandmother" listed
    "Paris" under Places): three or more words listed with commas and "and"
    right before a surname, when the article names one of them in full as
    a person ("Prince Jackson"), are first names of that surname, known or
    not: each is a person ("Paris Jackson"), and the word alone counts for
    that person, no place. A list after a capitalised word, or one a name
    goes on after ("Britain, France and Germany Foreign Ministers"), and a
    list where no one is named in full ("Paris, Rome and Berlin Airports")
    stay as they are."""
    folded = dict(found)
    for match in NAMES_LISTED_BEFORE_ONE_SURNAME.finditer(text):
        listed, surname = match.groups()
        members = [word.strip(",") for word in listed.replace(" and ", ", ").split(", ") if word.strip(",")]
        if _names_before_a_surname_run_on(match, text) or is_place(surname) or surname.lower() in organisation_words() \
                or not any(found.get(f"{member} {surname}", (OTHER,))[0] == PERSON for member in members):
            continue
        for member in members:
            name = f"{member} {surname}"
            if name in found:
                continue  # the word alone folds into the full name later ("Prince" into "Prince Jackson")
            folded[name] = (PERSON, 1)
            alone = folded.get(member)
            if alone is not None and alone[0] in (PLACE, OTHER):
                if alone[1] > 1:
                    folded[member] = (alone[0], alone[1] - 1)
                else:
                    del folded[member]
    return folded


def _names_before_a_surname_run_on(match: re.Match[str], text: str) -> bool:
    """For rules `listed_names_share_a_surname` and
    `first_names_share_a_surname`: the names before one surname (`match`
    in `text`) stand after a capitalised word ("Jamie Oliver and Hugh
    Fearnley": the first is a surname) or a name goes on after the surname
    ("Barry and Jane Smith Foundation", "Britain, France and Germany
    Foreign Ministers"): no first names sharing it."""
    after = text[match.end() : match.end() + 40].split()
    before = text[max(0, match.start() - 40) : match.start()].split()
    return (bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha()) \
        or (bool(after) and after[0][:1].isupper())


def _first_names_sharing_a_surname(found: dict[str, tuple[MentionKind, int]], text: str
                                   ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `first_names_share_a_surname` (mentions reader test s19, CNN
    "Barry and June Steenkamp": Barry was left out and "June", read as the
    month, gave one more mention of "Reeva Steenkamp"): two known first
    names joined by "and" right before a surname (a word that is no known
    first name, no listed place and no organisation word, and no name goes
    on after it) are two people of that surname: "Barry Steenkamp" and
    "June Steenkamp" each count once more, as people. "Trinidad and
    Tobago" (no first names), "Barry and Jane Smith Foundation" (the
    surname opens a body's name) and "Jamie Oliver and Hugh Fearnley" (the
    first is a surname: a capitalised word stands before it) stay as they
    are."""
    folded = dict(found)
    for match in FIRST_NAMES_BEFORE_ONE_SURNAME.finditer(text):
        first, second, surname = match.groups()
        if _names_before_a_surname_run_on(match, text) or first.lower() not in first_names() \
                or second.lower() not in first_names() or surname.lower() in first_names() or is_place(surname) \
                or surname.lower() in organisation_words():
            continue
        for alone, name in ((first, f"{first} {surname}"), (second, f"{second} {surname}")):
            kind, count = folded.get(name, (PERSON, 0))
            counted = name in found or alone in found  # "Barry" alone folds into "Barry Steenkamp" later
            folded[name] = (PERSON if kind == OTHER else kind, count + (0 if counted else 1))
    return folded


def _family_names(found: dict[str, tuple[MentionKind, int]], lower_case: frozenset[str], text: str = "",
                  quotes: Quotes | None = None) -> dict[str, tuple[MentionKind, int]]:
    """Rule `family_name_of_a_person`: a name listed under "Other names"
    that reads as a personal name and ends with the surname of a person the
    article names in full is a person too: "Han Lee" and "Junmyung Lee"
    beside "James Lee" (names of one kind, typed alike). A name that ends
    with a person's whole name is no kin of his: words stand before him
    ("Schweizer Architekten Peter Zumthor", German for "the Swiss architect
    Peter Zumthor", beside "Peter Zumthor"), and it stays as it was. So does
    a name the article writes only as the whole of a quotation (`quotes`
    of `text`): a nickname or a title ("the unkind nickname of “Canine
    Dion.”", beside "Céline Dion"), no kin (`quoted_name_is_no_kin`)."""
    full_names = [name for name, (kind, _) in found.items() if kind == PERSON and " " in name]
    surnames = _full_names_surnames(found)
    return {name: (PERSON if kind == OTHER and " " in name and _words(name)[-1] in surnames
                   and _reads_as_a_personal_name(name, lower_case) and not _gerund_opener(name, text, surnames)
                   and not any(name.endswith(" " + full) for full in full_names)
                   and not (quotes is not None and _quoted_whole(name, text, quotes)) else kind, count)
            for name, (kind, count) in found.items()}


# What may stand between a quotation's marks and the name it quotes whole ("“Canine Dion.”")
QUOTATION_EDGES = "".join(QUOTE_MARKS) + ".,;:!? "


def _in_title_case_quotations(name: str, text: str, quotes: Quotes) -> bool:
    """Rule `title_case_quotation_cuts_before_a_first_name` (closing note s16,
    villagevoice: "People: Needs Gerry Ford", of "a chapter titled “Who
    Needs Gerry Ford?,”"): a quoted title capitalises its words, so a
    capital says nothing of a name there; when every time the text writes
    `name` it stands in a quotation whose words all open with a capital
    (but the small words of a title: "of", "the"), rule `title_is_no_name`
    cuts the words before a known first name as it cuts an article's
    lower-case words ("Gerry Ford"), when its last word is the surname of
    a person the article names in full ("Gerald Ford"): “My Heart Will Go
    On” names no "Will Go". A name in a quoted sentence (with lower-case
    words) stays as it was."""
    spans = list(_whole_word_spans(name, text))
    return bool(spans) and all(_in_a_title_case_quotation(at, text, quotes) for at, _ in spans)


# a word opening on a letter, with its apostrophes and hyphens ("O'Neill", "Mid-Atlantic"): the
# words of a quoted title or a line, read for their capitals
LETTER_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")


def _in_a_title_case_quotation(at: int, text: str, quotes: Quotes) -> bool:
    """Position `at` stands in a quotation whose words all open with a
    capital, but a title's small words (`_in_title_case_quotations`)."""
    quotation = quotes.covering(at)
    if quotation is None:
        return False
    words = [w for w in LETTER_WORD.findall(text[quotation[0] : quotation[1]])
             if w.lower() not in TITLE_SMALL_WORDS]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _in_a_title_copy(at: int, end: int, text: str, titles: Collection[str]) -> bool:
    """The span `at`..`end` lies inside a copy of one of the quoted `titles`
    written without quote marks (`_quoted_titles_in`)."""
    for title in titles:
        begin = text.find(title, max(0, end - len(title)), at + len(title))
        while 0 <= begin <= at:
            if end <= begin + len(title):
                return True
            begin = text.find(title, begin + 1, at + len(title))
    return False


# A fiction noun, up to three words and a comma, then a quote mark, right before a name's quotation
# (rule `person_in_a_quoted_fiction_title_is_no_person`): 'crime novel, "', 'the film "'
FICTION_NOUN_BEFORE = re.compile(r"\b([a-z]+),?\s+[\"\u201c\u2018']$")


def _every_copy_quoted_after(name: str, text: str, quotes: Quotes, nouns: frozenset[str]) -> bool:
    """Every copy of `name` stands in a quotation opening right after one of
    `nouns` ('crime novel, "', 'The show, "'): the test of rules
    `person_in_a_quoted_fiction_title_is_no_person` and
    `name_quoted_whole_after_a_work_noun_is_the_work`, written once."""
    for at, _ in _whole_word_spans(name, text):
        quotation = quotes.covering(at)
        noun = FICTION_NOUN_BEFORE.search(text, max(0, quotation[0] - 30), quotation[0] + 1) if quotation else None
        if noun is None or noun.group(1) not in nouns:
            return False
    return True


def _fiction_characters(found: dict[str, tuple[MentionKind, int]], text: str, quotes: Quotes,
                        speakers: Collection[str]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `person_in_a_quoted_fiction_title_is_no_person` (session 27, QA
    round 70, 452: "Eddie Coyle (1)" under People, of 'George V. Higgins'
    classic 1970 crime novel, "The Friends of Eddie Coyle."'): a person the
    article names only inside quoted titles (`_in_title_case_quotations`)
    each opening right after a fiction noun (no_names.txt `fiction_works`:
    "novel", "film") is a character of the work: "Other names", where
    `piece_of_a_quoted_title_is_no_name` takes a piece of the title out. 'the
    book "The Trials of Henry Kissinger"' (a book may tell of a real
    person), a name also written outside the title and a speaker stay."""
    works = _no_names()["fiction_works"]

    def character(name: str) -> bool:
        if name in speakers or not _in_title_case_quotations(name, text, quotes):
            return False
        return _every_copy_quoted_after(name, text, quotes, works)

    return {name: (OTHER if kind == PERSON and character(name) else kind, count)
            for name, (kind, count) in found.items()}


def _works_quoted_whole(found: dict[str, tuple[MentionKind, int]], text: str, quotes: Quotes,
                        speakers: Collection[str]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `name_quoted_whole_after_a_work_noun_is_the_work` (session 27, mentions2, CNN-Corpus dev 930:
    "Ford Nation (1)" under People, of 'The show, "Ford Nation," picks up where the two brothers left
    off'): a person the article names only as the whole of a quotation right after a noun for a work
    (no_names.txt `fiction_works` and `titled_works`: "show", "book", "song") is the work's title:
    "Other names". A quoted name after any other word ('a man called "John Smith"'), a name also written
    outside such a quotation and a speaker stay."""
    works = _no_names()["fiction_works"] | _no_names()["titled_works"]

    def work(name: str) -> bool:
        if name in speakers or not _quoted_whole(name, text, quotes):
            return False
        return _every_copy_quoted_after(name, text, quotes, works)

    return {name: (OTHER if kind == PERSON and work(name) else kind, count) for name, (kind, count) in found.items()}


# How many words a quoted title holds at least for its copies outside quote marks to be read as it
# (rule `name_cut_inside_a_quoted_title_is_the_whole`): "Take Our Daughters and Sons to Work Day"
MIN_QUOTED_TITLE_WORDS = 3


def _quoted_titles_in(text: str, quotes: Quotes) -> frozenset[str]:
    """The quotations of `text` that are titles: every word capitalised but
    a title's small words, at least MIN_QUOTED_TITLE_WORDS words and at
    least one small word between capitalised ones ("Take Our Daughters and
    Sons to Work Day"), the marks and closing punctuation cut."""
    titles = set()
    for start, end in quotes.spans:
        quoted = text[start:end].strip(QUOTATION_EDGES).rstrip(".,;:!?").strip()
        words = LETTER_WORD.findall(quoted)
        small = [w for w in words if w.lower() in TITLE_SMALL_WORDS]
        if len(words) >= MIN_QUOTED_TITLE_WORDS and small and words[0][:1].isupper() \
                and all(w[:1].isupper() for w in words if w.lower() not in TITLE_SMALL_WORDS):
            titles.add(quoted)
    return frozenset(titles)


def _names_cut_inside_quoted_titles(found: dict[str, tuple[MentionKind, int]], text: str, quotes: Quotes
                                    ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `name_cut_inside_a_quoted_title_is_the_whole` (session 27, QA
    round 70, 275: "Work Day Foundation (3)" of "with the Take Our Daughters
    and Sons to Work Day Foundation", the event quoted elsewhere as "Take
    Our Daughters and Sons to Work Day"): the names layer cuts a title at
    its small words ("and", "to"), so a name every time written starting
    inside an unquoted copy of a title the article quotes and going on
    past its end is that title and its tail, named whole. A name with no
    such copy around it stays. It is counted as often as the whole is
    written."""
    titles = _quoted_titles_in(text, quotes)
    if not titles:
        return found
    renamed: dict[str, tuple[MentionKind, int]] = {}
    for name, (kind, count) in found.items():
        wholes = set()
        for at, end in _whole_word_spans(name, text):
            whole = next((text[begin:end] for title in titles
                          for begin in [text.rfind(title, max(0, at - len(title)), at + len(title))]
                          if 0 <= begin < at < begin + len(title) < end
                          and text.startswith(title, begin) and quotes.covering(at) is None), None)
            wholes.add(whole)
        whole = next(iter(wholes)) if len(wholes) == 1 else None
        if whole is not None and whole != name:
            # counted as often as the whole is written: the name's other counts were pieces of the
            # title the speaker index took for it ("Work Day" of "... to Work Day")
            written = sum(1 for _ in _whole_word_spans(whole, text))
            known = renamed.get(whole)
            renamed[whole] = (kind if known is None else known[0], min(count, written) + (known[1] if known else 0))
        else:
            renamed[name] = (kind, count)
    return renamed


def _piece_of_a_quoted_title(name: str, text: str, quotes: Quotes) -> bool:
    """Rule `piece_of_a_quoted_title_is_no_name` (mentions reader test s19,
    CNN: "Big Truck That Went", "World Came" and "Left Behind" listed from
    the book "The Big Truck That Went By: How the World Came to Save Haiti
    and Left Behind a Disaster"): a quoted title capitalises all its words,
    so a name with no evidence of a kind (under "Other names") that the
    text writes only inside such quotations (`_in_title_case_quotations`),
    and never as the whole title, is a piece of the title cut at a small
    word, no name. The whole title or the main title before a colon (“The
    Little Blue Book: The Essential Guide ...” names "Little Blue Book")
    and a typed name in a title (“The Trials of Henry Kissinger”) stay.
    Session 27 (QA round 70, 275: "Take Our Daughters (4)" and "Work Day
    (2)" of the quoted "Take Our Daughters and Sons to Work Day"): a span
    in an unquoted copy of such a title counts as one in the quotation.
    Rule `body_word_in_a_quoted_title_is_no_body` (CNN-Corpus dev 821:
    "Treacherous Times (1)" under Organisations, of the book "The Age of
    Deception: Nuclear Diplomacy in Treacherous Times."): a name typed an
    organisation by a word of its own ("Times", "Party") is such a piece
    too; a body a claim names (its speaker) and a one-word one ("CNN")
    stay."""
    spans = list(_whole_word_spans(name, text))
    titles = _quoted_titles_in(text, quotes)
    if not spans or not all(_in_a_title_case_quotation(at, text, quotes) or _in_a_title_copy(at, end, text, titles)
                            for at, end in spans):
        return False
    for at, _ in _whole_word_spans(name, text):
        quotation = quotes.covering(at)
        whole = text[quotation[0] : quotation[1]].strip(QUOTATION_EDGES) if quotation else ""
        titles_whole = {whole, whole.partition(":")[0].strip()}  # the main title before a subtitle
        if any(name == re.sub(r"^(?:The|A|An) ", "", title) or name == title for title in titles_whole):
            return False
    return True


def _letter_joined_to_a_word(name: str) -> bool:
    """Rule `letter_beside_an_ampersand_is_no_name` (mentions-s28, CNN-Corpus
    dev 433: "U & Pedro (1)" under Other names, of a post quoted '"U & Pedro
    showed true grace"', "U" for "you"): a name of two sides joined by "&"
    where one side is a single letter and the other a word names no one and
    nothing: a letter is no name. "Simon & Schuster", "Kobre & Kim" (words
    both sides), "AT&T" and "B&H" (one word) stay."""
    sides = [side.strip() for side in name.split(" & ")]
    # only a letter, "&" and one word: "P & O Ferries", "C & J Energy Services" are companies' names
    return len(sides) == 2 and len(sides[0]) == 1 and sides[0].isalpha() \
        and len(sides[1]) > 1 and sides[1].isalpha()


def _opens_with_a_negated_verb(name: str) -> bool:
    """Rule `negated_verb_opens_no_name` (mentions s19: "Don’t Buy Books"
    of the slogan “Don’t Buy Books by Crooks”, "Don't Sleep"): a name whose
    first word is a verb with "n't" is a slogan's or a title's words, no
    name. "Dont" written as a surname, with no apostrophe, stays."""
    first = name.split()[0].lower().replace("\u2019", "'")
    return " " in name and first.endswith("n't")


# small words a title leaves in lower case ("Gone with the Wind"), for rule
# `title_case_quotation_cuts_before_a_first_name`
TITLE_SMALL_WORDS = grammar("articles") | frozenset({"of", "to", "in", "on", "at", "for", "with", "and", "or", "but"})


def _quoted_whole(name: str, text: str, quotes: Quotes) -> bool:
    """Rule `quoted_name_is_no_kin`'s test: every time `text` writes
    `name`, the name is the whole of a quotation (but for its marks and
    punctuation): “Canine Dion.”, not “Dion said she would sing.”"""
    spans = list(_whole_word_spans(name, text))
    return bool(spans) and all(
        (quotation := quotes.covering(at)) is not None
        and text[quotation[0] : quotation[1]].strip(QUOTATION_EDGES) == name for at, _ in spans)


@cache
def _kin_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A name after a relation word; a name owning a relation or life word;
    one word set off by commas after a relation word."""
    sets = noun_sets("kin_words")
    name = r"[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,3}"
    return (re.compile(rf"\b{alternation(sets['relation'])},?\s+({name})"),
            re.compile(rf"\b([A-Z][\w\-]*)['\u2019]s\s+{alternation(sets['relation'] | sets['life'])}\b"),
            re.compile(rf"\b{alternation(sets['relation'])},\s+([A-Z][^\W\d_]+)(?=,|\s+and\b|\.)"))


@cache
def _name_and_own_kin() -> re.Pattern[str]:
    """Rule `name_and_his_kin_is_a_person`: a name, "and his" or "and her",
    and a relation word, one word between at most ("Dzhokhar Tsarnaev and
    his brother", "John Bay and her late husband")."""
    name = r"[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,3}"
    return re.compile(rf"\b({name})\s+and\s+(?:his|her)\s+(?:[a-z\-]+\s+)?"
                      rf"{alternation(noun_sets('kin_words')['relation'])}\b")


def _kin_marked_people(found: dict[str, tuple[MentionKind, int]], text: str, lower_case: frozenset[str],
                       bodies: Collection[str] = ()) -> dict[str, tuple[MentionKind, int]]:
    """Rule `kin_word_marks_a_person` (kin_words.txt): a name listed under
    "Other names" that reads as a personal name is a person when a relation
    word stands right before the whole of it ("her ex-boyfriend, Raffaele
    Sollecito") or its last word owns a relation or life word ("Kercher's
    death", "Kercher's family" for "Meredith Kercher"). A name that does
    not read as a personal name stays ("Kercher family"), and so does a
    longer name that only ends with the name after the relation word
    ("Totally Peaches", a show, beside "daughter Peaches"). Rule
    `kin_apposition_is_a_person` (QA round 42, 431: "a stepson, Court, and a
    grandson" listed "Court" as an organisation): one word set off by commas
    right after a relation word is the relative's first name, a person's,
    even a body's word; a known acronym or a claim's body stays a body.
    Rule `name_and_his_kin_is_a_person` (CNN-Corpus dev 184: "Dzhokhar
    Tsarnaev (4)" under Other names, of "Dzhokhar Tsarnaev and his brother
    planted bombs"): so is a name that reads as a personal name right before
    "and his" or "and her" and a relation word; "and its partners", "and
    their families" tell no person."""
    before, owned, named_relative = _kin_patterns()
    after_relation = {match.group(1) for match in before.finditer(text)}
    with_own_kin = [match.group(1) for match in _name_and_own_kin().finditer(text)]
    after_relation |= {name for name, _ in found.items()
                       if any(run == name or run.endswith(" " + name) for run in with_own_kin)}
    owners = {match.group(1).lower() for match in owned.finditer(text)}
    relatives = {match.group(1) for match in named_relative.finditer(text)}
    return {name: (PERSON if (kind == OTHER and " " in name
                              and (name in after_relation or _words(name)[-1] in owners
                                   or _family_name_first_owns_kin(name, owners))
                              and _reads_as_a_personal_name(name, lower_case))
                   or (kind in (OTHER, ORGANISATION) and name in relatives and name not in bodies
                       and not _known_acronym(name))
                   else kind, count)
            for name, (kind, count) in found.items()}


def _family_name_first_owns_kin(name: str, owners: Collection[str]) -> bool:
    """Rule `kin_word_marks_a_person` for a family name written first (QA
    round 53, 965: "Bo Xilai" under Other names, of "Bo's family", "Bo's
    guilt"): the first word of a name of two words, no known first name,
    owns a relation or life word. "Kevin Xilai" (a first name owning it
    is no family name) and "Bo family" (a lower-case word) stay as they were."""
    words = name.split()
    return len(words) == 2 and all(word[:1].isupper() for word in words) and words[0].lower() in owners \
        and words[0].lower() not in first_names()


def _relatives_named_alone(found: dict[str, tuple[MentionKind, int]], text: str, lower_case: frozenset[str]
                           ) -> frozenset[str]:
    """Rule `relative_named_alone_is_listed` (web tester s18, haitiantimes:
    "Mekhi’s older brother Khaleel, 22, started the Go Fund Me page" left
    Khaleel out): one word right after a relation word of kin_words.txt,
    with or without a comma, is a relative's first name: a person, listed
    though named once (rule `named_often_is_listed` asks a lone word for
    three mentions). Not a word the article writes in lower case, nor a
    body, nor a listed place ("her daughter Georgia ... She loves Georgia":
    which is which, the list cannot tell), nor a first word of a longer name ("her father Rupert
    Murdoch": `kin_word_marks_a_person` types the full name)."""
    before, _, named_relative = _kin_patterns()
    after_relation = {match.group(1) for match in before.finditer(text)} | {
        match.group(1) for match in named_relative.finditer(text)}
    return frozenset(name for name, (kind, _) in found.items()
                     if name in after_relation and " " not in name and kind in (OTHER, PERSON) and not is_place(name)
                     and _reads_as_a_personal_name(name, lower_case, one_word=True) and name.isalpha())


def _surname_marked_people(found: dict[str, tuple[MentionKind, int]], surname_users: Collection[str],
                           lower_case: frozenset[str], text: str) -> dict[str, tuple[MentionKind, int]]:
    """Rule `surname_alone_marks_a_person` (web tester s18, phillyvoice: "Nic
    Batum (5)", "Al Horford (2)" under Other names, ranked out of People;
    observer: "Chardin" for "Jean Siméon Chardin"): news writes a person's
    surname alone once it has given the full name ("Batum gave the Sixers
    minutes"), and a firm, team or place is not so named by its last word.
    So a name under Other names that reads as a personal name, whose last
    word (or last two, "Oubre Jr.") the article writes alone inside a
    sentence (`surname_users`), is a person, when no word of it is a place
    or an organisation word and no other name of two words or more ends
    with that word. "Boston Celtics ... the Celtics" (a place's team) and
    "Goldman Sachs" (never "Sachs" alone) stay; so do a surname only
    written after a determiner ("the Caucus", "the Core"), a name whose first
    word the article names alone more often than the whole ("Python Hiring
    Guide" beside "Python") or at all ("Nvidia" of "Nvidia Founders
    Edition"), a surname before a model number ("Core i5" of "Intel
    Core"), a last word that is a people's word or reads as a plural
    ("African Americans", "Dinosaur Eggs"; so "Tobias Harris" too waits
    for other evidence: a reversed kind is worse than none), a word hyphened to a lower-case one
    ("Bible-thumping Western"), and any name of a text not in English,
    which is what the names layer reads (German writes its nouns with
    capitals: "Dieses Bild")."""
    if guess_language(text) not in (ENGLISH, None):
        return found
    last_words: dict[str, int] = {}
    for name in found:
        if " " in name:
            last_words[_words(name)[-1]] = last_words.get(_words(name)[-1], 0) + 1
    marked = dict(found)
    for name, (kind, count) in found.items():
        words = name.split()
        if kind != OTHER or name not in surname_users or not _reads_as_a_personal_name(name, lower_case) \
                or any(is_place(word) or word.lower() in organisation_words() for word in words) \
                or is_place(" ".join(words[:-1])) or last_words.get(_words(name)[-1], 0) > 1 \
                or (found.get(words[0], (OTHER, 0))[1] > count and words[0] != words[-1]) \
                or _hyphened_to_lower_case(words):  # (the first word alone is the surname: "Sirhan Sirhan")
            continue
        last = _words(name)[-1]
        if is_people_noun(last) or ends_in_plural_s(last):
            continue  # "African Americans", "Dinosaur Eggs"; "Tobias Harris" waits with them
        if last in _no_names()["event_ends"]:
            continue  # rule `event_word_ends_no_person`: "Cold War", of "the post-Cold War ideal"
        marked[name] = (PERSON, count)
    return marked


def _hyphened_to_lower_case(words: Sequence[str]) -> bool:
    """A word of a name joined by a hyphen to a lower-case word ("Bible-thumping")."""
    return any(part[:1].islower() for word in words for part in word.split("-")[1:])


def _opens_with_a_description(name: str) -> bool:
    """Rule `hyphened_opener_is_a_description` (web tester s18, searchlight:
    "Ignite! a Full-service Marketing & PR Consultancy that helps ..."
    listed "Full-service Marketing & PR Consultancy"): a run that opens
    with a word hyphened to a lower-case word ("Full-service",
    "Award-winning", "Family-owned") is a description in capitals, no
    name; not one holding a known first name ("Award-winning Chef Gordon
    Ramsay"), a place or body qualified by its participle ("Charleston-based
    Post and Courier", pronoun_context.txt compound_participles: the
    name follows it) nor a single word ("Al-qaeda" as some write it)."""
    words = name.split()
    return len(words) > 1 and _hyphened_to_lower_case(words[:1]) \
        and words[0].rsplit("-", 1)[-1].lower() not in COMPOUND_PARTICIPLES \
        and not any(word.lower() in first_names() for word in words)


def _business_marked_bodies(found: dict[str, tuple[MentionKind, int]], text: str
                            ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `business_noun_marks_a_body` (no_names.txt business_owned_nouns;
    web test s14 K15): a one-word name listed under "Other names" whose
    possessive owns a company's noun ("Apple's flagships", "Tesla's
    shares") is an organisation. "Smith's family" stays as it was."""
    owners = {match.group(1) for match in _business_owner().finditer(text)}
    return {name: (ORGANISATION if kind == OTHER and " " not in name and name in owners else kind, count)
            for name, (kind, count) in found.items()}


def _body_noun_marked_bodies(found: dict[str, tuple[MentionKind, int]], text: str
                             ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `body_noun_after_marks_a_body` (place_words.txt body_nouns_after;
    web tester s16b: "Oneworld" under Other names, of "the Oneworld
    alliance"): a name under "Other names" written right before a body's
    noun in lower case ("alliance", "airline", "cartel") is an
    organisation; so is, by rule `body_noun_before_marks_a_body`
    (body_nouns_before; QA round 48, 888: "the German magazine Der
    Spiegel"), one written right after such a noun. A person's or a place's name stays as it was ("the Obama
    administration": no such noun; "Alaska carrier": a place)."""
    after, before = _body_noun_after(), _body_noun_before()
    return {name: (ORGANISATION if kind == OTHER and not COMPOUND_ADJECTIVE_END.search(name) and any(
        ((noun := after.match(text, end)) and not POSSESSIVE_BEFORE.search(text, max(0, start - 3), start)
         and not _name_after(noun, text))
        or before.search(text, max(0, start - BODY_NOUN_REACH), start)
        for start, end in _whole_word_spans(name, text)) else kind, count) for name, (kind, count) in found.items()}


def _name_after(noun: re.Match[str] | None, text: str) -> bool:
    """For rule `body_noun_after_marks_a_body` (review s17 finding 7: "the
    German magazine Der Spiegel" listed "German" as an organisation, "the
    Italian newspaper Corriere della Sera" "Italian"): a body's noun with a
    name right after it describes that name (rule
    `body_noun_before_marks_a_body`), so the word before the noun only
    qualifies it (a nationality, a place); "Spin magazine said" has no name
    after the noun and stays a body."""
    return noun is not None and NAME_AFTER.match(text, noun.end()) is not None


# a capitalised word after a space, on the same line: the name a body's noun describes
NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
BODY_NOUN_REACH = 20  # "broadcaster " and a space
# a possessive right before a name: the name read is the end of a longer one ("Health" of "Women's Health
# magazine": the names layer ends a run at a possessive)
POSSESSIVE_BEFORE = re.compile(r"['\u2019]s\s+$")
# a name word that ends as a compound adjective ("Seattle-based carrier"): it qualifies the noun, names no body
COMPOUND_ADJECTIVE_END = re.compile(r"-[a-z]+$")


def _place_article_marked_places(found: dict[str, tuple[MentionKind, int]], text: str
                                 ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `place_article_after_in_marks_a_place` (place_words.txt
    place_articles; web tester s16: "Las Croabas" under Other names): a
    name under "Other names" opening with a Spanish plural article ("Las",
    "Los"), written right after "in" with no name word after it, is a
    place. "at the Las Croabas Public Boat Ramp" and "Los Lobos played"
    are no such evidence. The same for a capital named like a person
    (place_words.txt cities_named_like_people: "in Wellington"; rule
    `city_named_like_a_person_after_in_is_a_place`), unless what follows
    tells the person ("in Washington, who fought", "in Washington's army":
    PERSON_AFTER_A_CITY_NAME)."""
    articles = _place_words()["place_articles"]
    cities = _place_words()["cities_named_like_people"]
    return {name: (PLACE if kind == OTHER and (
        (" " in name and _words(name)[0] in articles and _place_after_in(name, text))
        or (name.lower() in cities and _place_after_in(name, text, PERSON_AFTER_A_CITY_NAME)))
        else kind, count) for name, (kind, count) in found.items()}


# Rule `city_named_like_a_person_after_in_is_a_place`, its limit (review s29: "a contradiction in
# Washington, who fought for liberty", "faith in Washington, their commander", "to admire in
# Washington as a general", "the sword used in Washington's army"): what after such a name tells
# the person, so that this "in" is no evidence of the city
# Rule `kind_of_place_after_a_city_name_tells_the_city` (judge set: "in Washington, a city that"
# was read as a person's apposition): ", a" before a kind of place (place_words.txt place_kinds,
# "a city", "a small town") tells no person
PERSON_AFTER_A_CITY_NAME = re.compile(
    r"['\u2019]s?(?!\w)|,\s+(?:who|whom|whose|his|her|their|our|my)\b|\s+as\s+(?:a|an|the|his|her)\b"
    rf"|,\s+(?:a|an)\b(?!\s+(?:[\w\-]+\s+){{0,2}}?{alternation(_place_words()['place_kinds'])}\b)")


@cache
def _body_noun_before() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(_place_words()['body_nouns_before'] | grammar('publication_nouns'))}\s+$")


@cache
def _body_noun_after() -> re.Pattern[str]:
    # a publication noun in -ly after a name is an adverb too ("met Smith daily": claim_grammar.txt ly_nouns)
    publications = grammar("publication_nouns") - grammar("ly_nouns")
    return re.compile(rf"\s+{alternation(_place_words()['body_nouns_after'] | publications)}\b")


@cache
def _business_owner() -> re.Pattern[str]:
    return re.compile(rf"\b([A-Z][\w\-]*)['\u2019]s\s+(?:[a-z\-]+\s+){{0,2}}"
                      rf"{alternation(_no_names()['business_owned_nouns'])}\b")


# Rule `place_before_a_place`: "of South Portland, Maine," (a place then the place it lies in).
PLACE_BEFORE_A_PLACE = re.compile(r"\b(?:of|in|from)\s+([A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,3}),\s+"
                                  r"([A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*)?)\b")  # no second word past a line's end


# Rule `state_of_names_a_place`: "the state of Washington", "the city of Bangui", "the island of Nevis"
# (place_words.txt place_kinds); up to three words may qualify the kind: "the Syrian town of Houla", "the
# small coastal town of Kamaishi" (mentions reader test s19: "Houla" was under Other names), "the
# southwestern South Korean city of Gwangju" (QA round 53, 696: "Gwangju" was under Other names)
@cache
def _kind_of_place_of() -> re.Pattern[str]:
    return re.compile(rf"\b(?:the|The)\s+(?:[\w'\-]+\s+){{0,3}}{alternation(_place_words()['place_kinds'])}"
                      r"\s+of\s+"
                      r"([A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,2})\b")


def _named_as_places(text: str) -> set[str]:
    """Rule `state_of_names_a_place` (web tester s11: "The state of
    Washington has sworn in ..." and "Olympia, Washington" left both out of
    Places): a name after "the state/city/island ... of" is a place."""
    return {match.group(1) for match in _kind_of_place_of().finditer(text)}


def _place_before_a_place(found: dict[str, tuple[MentionKind, int]], text: str) -> dict[str, tuple[MentionKind, int]]:
    """Rule `place_before_a_place` (QA round 33: "South Portland" under
    "Other names", of "Deqa Dhalac of South Portland, Maine"): a name
    under "Other names" after "of", "in" or "from" and followed by a comma
    and a listed place is a place in that place. A listed place after a
    person's name ("Smith, Texas") needs the preposition: none is typed."""
    places_named = _places_named(text)
    return {name: (PLACE if kind == OTHER and name in places_named else kind, count)
            for name, (kind, count) in found.items()}


def _suffix_marked_places(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `place_suffix_names_a_place` (place_words.txt place_suffixes; QA
    round 53, 587: "Aberdeenshire (3)" under Other names): one word under
    "Other names" ending in a county's suffix ("Aberdeenshire", "Ayrshire")
    is a place. "Berkshire" beside "Berkshire Hathaway" (a longer name
    opening with it) and "Shire" alone stay as they were."""
    suffixes = tuple(_place_words()["place_suffixes"])
    openers = {name.split()[0] for name in found if " " in name}
    return {name: (PLACE if kind == OTHER and " " not in name and name[:1].isupper()
                   and name.lower().endswith(suffixes) and len(name) > max(map(len, suffixes)) + 2
                   and name not in openers else kind, count)
            for name, (kind, count) in found.items()}


def _kind_of_place_marked_places(found: dict[str, tuple[MentionKind, int]]
                                 ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `kind_of_place_of_a_name_is_a_place` (place_words.txt
    place_kinds_opening_a_name; QA round 57, 643: "District of Columbia"
    under Other names): "District of Columbia", "Province of Quebec" under
    Other names are places; "State of Origin", "District of Columbia
    Council" (a longer name) stay."""
    kinds = _place_words()["place_kinds_opening_a_name"]

    def place(name: str) -> bool:
        words = name.split()
        return len(words) >= 3 and words[0].lower() in kinds and words[0][:1].isupper() and words[1] == "of" \
            and all(word[:1].isupper() for word in words[2:])

    return {name: (PLACE if kind == OTHER and place(name) else kind, count) for name, (kind, count) in found.items()}


def _chapter_marked_bodies(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `listed_acronym_of_a_place_is_a_body` (QA round 57, 643: "ACLU of
    Oregon" under Other names): a listed body's acronym (organisation_acronyms
    .txt), "of" and a listed place is that body's branch there, an
    organisation. An acronym the list does not know ("MVP of Texas") or a
    name that is no listed place after it stays."""
    def chapter(name: str) -> bool:
        words = name.split()
        return len(words) >= 3 and words[1] == "of" and _known_acronym(words[0]) and is_place(" ".join(words[2:]))

    return {name: (ORGANISATION if kind == OTHER and chapter(name) else kind, count)
            for name, (kind, count) in found.items()}


def _places_named(text: str) -> set[str]:
    """The names rules `place_before_a_place` and `state_of_names_a_place`
    read as places in `text` ("South Portland" of "of South Portland,
    Maine")."""
    named = _named_as_places(text)
    return named | {match.group(1) for match in PLACE_BEFORE_A_PLACE.finditer(text)
                    if is_place(match.group(2).rstrip(".")) or match.group(2).rstrip(".") in named}


# Rule `person_cue_marks_a_person`: an age in commas after a name ("Nadia Mohamed, 27,":
# names.AGE_IN_COMMAS) ... "he" or "she" opening a later clause of the sentence the name opens
# ("Deqa Dhalac ..., but she was selected"; not "The former Seattle Mariner ... player ... whom he
# has claimed", nor "Hey Let's Make Stuff shares how she did this", a blog); the conjunctions are
# claim_grammar.txt's subject_clause_joiners, as the claim rules read them ...
PERSONAL_PRONOUN_AFTER = re.compile(
    rf"[^.!?\n]*?,\s+(?:{alternation(grammar('subject_clause_joiners'))}\s+)?(?:he|she)\b((?:\s+[a-z]+){{0,3}})")
SENTENCE_END_BEFORE = re.compile(r"(?:[.!?][\"'\u201d\u2019)]*\s+|\n\s*)$")
# ... or "his" later in the clause the name opens, with no capital, comma, quote mark, "its" or
# "their" between (rule `own_possessive_after_a_subject_marks_a_person`, session 23, CNN-Corpus dev
# 807: "Jin Woo-hyuk had a pimple on his forehead." left him under Other names; bodies own with
# "its"; "her" is an object too: "Nova Films signed her")
OWN_POSSESSIVE_AFTER = re.compile(r"(?:(?!\b(?:its|their)\b)[^A-Z.,;:!?\n\"\u201c\u201d]){0,60}?\bhis\b")
# ... or a noun for people in a role just before it, as its apposition ("her lawyers, Kazuyuki Minami,"),
# but for a verb after a plan and "to" ("scheduled to host Metalurh Zaporizhya": names rule
# `role_word_after_a_plan_and_to_is_a_verb`)
PLAN_AND_TO_BEFORE = re.compile(r"\b([A-Za-z]+)\s+to\s+$")
# ... or a person's own name given as such just before it (rule `birth_name_marks_a_person`, session 23,
# QA round 64, 435: "She was still using her birth name Arline Sax" left the name under Other names);
# not "name" alone: "a brand name", "the band's name"
BIRTH_NAME_BEFORE = re.compile(r"\b(?:birth|maiden)\s+name,?\s+$")
ROLE_BEFORE = re.compile(r"\b([a-z]+),?\s+$")
# ... a plural one only after "one of" ("One of her lawyers, Kazuyuki Minami,"; "The company's
# lawyers, Baker McKenzie," is a firm)
ONE_OF_BEFORE = re.compile(r"\bone\s+of\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# ... or a plural one right before two names joined by "and", for both of them (rule
# `plural_role_before_a_pair_marks_people`: "PhD candidates Deokkyun Yoon and Molong Duan")
PAIR_ROLE_BEFORE = re.compile(r"\b([a-z]+)\s+[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){1,2}\s+and\s+$")
PLURAL_ROLE_BEFORE = re.compile(r"\b([a-z]+)\s+$")
PAIR_AFTER = re.compile(r"\s+and\s+[A-Z][\w'\-]+\s+[A-Z]")
# ... or an age as its apposition's head (rule `age_apposition_marks_a_person`, session 25, CNN-Corpus
# dev 308: "Shirwa Ahmed, a 26-year-old from Minnesota, became ..." left him under Other names): a
# comma, "a" and "N-year-old"; "a 26-year-old company" is a body's age, so a noun after it must not
# be one of a body ("Acme, a 26-year-old firm,")
AGE_APPOSITION = re.compile(r",\s+an?\s+\d{1,3}[-\s]year[-\s]old\b(?!\s+(?:[\w\-]+\s+){0,2}?(?:company|firm|business|"
                            r"group|charity|organi[sz]ation|brand|label|band|club|team|school|newspaper|magazine|"
                            r"network|agency|institution|bank|chain|restaurant|store|shop)\b)")
# How far before a name the role noun or the sentence start is looked for.
CUE_REACH = 40
# Rule `role_apposition_marks_a_person`: a name, a comma and "the"/"a"/"an" with up to three words
# and a singular noun for one person in a role, before a comma, the sentence's end or "at", "of",
# "for" ("Tegnell, the state epidemiologist at Sweden's Public Health Agency,"); rule
# `described_apposition_marks_a_person` (QA rounds 58: 767 'said Houman, a 24 year-old Iranian actor
# who ...', 864 "Cressida Bonas, his girlfriend of two years."): "his"/"her" may stand for the
# article, and a relative "who" may go on describing the one person
ROLE_APPOSITION = re.compile(
    r",\s+(?:the|a|an|his|her)\s+(?:[\w\-]+\s+){0,3}?([a-z]+)(?:\s*[,.;]|\s+(?:at|of|for|with|who)\b)")
# ... or a capitalised title with no article, before "of", "at" or "for" ("Augusto Reyes, Director of
# the Caribbean Air and Marine Branch"), or the role in lower case (session 26, CNN-Corpus dev 180:
# "Cory Booker, mayor of Newark, New Jersey said" left him under Other names)
TITLE_APPOSITION = re.compile(r",\s+([A-Za-z][a-z]+)\s+(?:of|at|for)\s")


def _has_a_person_cue(name: str, text: str) -> bool:
    """Whether an occurrence of `name` in `text` (as a whole word) has an
    age after it, opens a sentence with "he" or "she" later in it, or
    follows a noun for people in a role (rule `person_cue_marks_a_person`).
    Each occurrence is found by plain search and only its surroundings are
    matched: a pattern run over the whole text for every name took 7% of
    a brief's time."""
    for at, end in _whole_word_spans(name, text):
        before = text[max(0, at - CUE_REACH) : at]
        role = ROLE_BEFORE.search(before)
        pronoun = PERSONAL_PRONOUN_AFTER.match(text, end)
        opens = _at_a_sentence_start(text, at)
        planned = PLAN_AND_TO_BEFORE.search(before, 0, role.start()) if role else None
        if planned is not None and planned.group(1).lower() in PLANNED_BEFORE_TO:
            role = None  # names rule `role_word_after_a_plan_and_to_is_a_verb`: "scheduled to host X"
        if AGE_IN_COMMAS.match(text, end) or AGE_APPOSITION.match(text, end) \
                or (role and _role_of_one(role.group(1), before[: role.start()])) \
                or BIRTH_NAME_BEFORE.search(before) is not None \
                or _plural_role_before_a_pair(text, at, end) \
                or (opens and pronoun is not None and not _reporting_verb_opens(pronoun.group(1))) \
                or (opens and OWN_POSSESSIVE_AFTER.match(text, end) is not None):
            return True
    return False


def _plural_role_before_a_pair(text: str, at: int, end: int) -> bool:
    """Rule `plural_role_before_a_pair_marks_people` (web tester s16:
    "Molong Duan" under Other names, of "led by PhD candidates Deokkyun
    Yoon and Molong Duan"): a plural noun for people in a role right before
    two names of two words or more joined by "and" is said of both, so
    each is a person. With no "and" ("The company's lawyers, Baker
    McKenzie,") a plural role names no one person, and stays no cue."""
    before = text[max(0, at - 2 * CUE_REACH) : at]
    pair_second = PAIR_ROLE_BEFORE.search(before)
    if pair_second is not None:
        return _plural_role_noun(pair_second.group(1))
    pair_first = PLURAL_ROLE_BEFORE.search(before)
    return pair_first is not None and PAIR_AFTER.match(text, end) is not None \
        and _plural_role_noun(pair_first.group(1))


def _plural_role_noun(noun: str) -> bool:
    return ends_in_plural_s(noun) and is_people_noun(noun)


def _whole_word_spans(name: str, text: str) -> Iterator[tuple[int, int]]:
    """The start and end of each occurrence of `name` in `text` that no
    letter or digit touches on either side, found by plain search (each
    search goes on after the last occurrence's end), for the rules that
    read only a name's surroundings."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield at, end
        at = text.find(name, end)


def _role_of_one(noun: str, before: str) -> bool:
    """A noun for people in a role that names one person: a singular one
    ("her lawyer, Kazuyuki Minami"), or a plural after "one of" ("One of
    her lawyers, Kazuyuki Minami"). Review F10: "The company's lawyers,
    Baker McKenzie, said" names a law firm."""
    plural = ends_in_plural_s(noun)
    return (is_people_noun(noun) and (not plural or ONE_OF_BEFORE.search(before) is not None)) \
        or (not plural and _described_one(noun))


@cache
def _described_one(noun: str) -> bool:
    """Rule `described_apposition_marks_a_person`: a singular noun that
    describes one person without a role, by what they do (source_nouns.txt
    `described`: "actor", "singer"), by gender (genders.txt's nouns: "girl",
    "woman") or by kin (kin_words.txt `relation`: "girlfriend"). Plurals
    ("fans", "students") name no one person."""
    return noun in _described_words() or noun in gendered_nouns() or noun in noun_sets("kin_words")["relation"]


def _reporting_verb_opens(words: str) -> bool:
    """Review F10: the pronoun's clause opens, after auxiliaries and
    adverbs, with a reporting verb ("Morgan Stanley, she said, would cut
    jobs", "Dow Jones fell, and he said investors were nervous"): a source
    speaking of the name, most often an earlier speaker, no cue that the
    name is a person. "..., but she was chosen" stays a cue, and so does a
    passive or a copula ("she was not expected to run": no speech of hers)."""
    for word in words.split():
        if word in grammar("be"):
            return False
        if word not in auxiliaries():
            return (word,) in cue_forms()
    return False


# the word right after a name (rule `place_word_leads_a_place`): "Lake Bell directed"
LOWER_CASE_WORD_AFTER_A_NAME = re.compile(r"\s+([a-z]+)\b")


def _persons_named_like_places(found: dict[str, tuple[MentionKind, int]], text: str
                               ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `place_word_leads_a_place` (review s22: "Lake Bell directed the
    film." listed Lake Bell under Places): a place of two words that the
    rule made one by its first word ("Lake", "Fort") is no place when a
    verb of a person follows it (a cue form of saying, or place_words.txt
    leads_unless_a_persons_verb: "directed", "starred") or a person's cue
    marks it (`_has_a_person_cue`): it goes under "Other names", where
    `person_cue_marks_a_person` may still find the person. "Boats still
    sail on Lake Malawi." stays a place."""
    persons_verbs = _place_words()["leads_unless_a_persons_verb"]

    def persons(name: str) -> bool:
        for _, end in _whole_word_spans(name, text):
            after = LOWER_CASE_WORD_AFTER_A_NAME.match(text, end)
            if after and (after.group(1) in persons_verbs or (after.group(1),) in cue_forms()):
                return True
        return _has_a_person_cue(name, text)

    return {name: (OTHER if _place_by_its_lead(name, kind) and persons(name) else kind, count)
            for name, (kind, count) in found.items()}


def _person_cue_marked_people(found: dict[str, tuple[MentionKind, int]], text: str, lower_case: frozenset[str]
                              ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `person_cue_marks_a_person` (QA round 33: "Kazuyuki Minami" and
    "Deqa Dhalac" under "Other names" in articles that quote them): a name
    under "Other names" that reads as a personal name is a person when the
    text gives it a person's cue: an age in commas ("Nadia Mohamed, 27,"),
    "he" or "she" opening a later clause of a sentence it opens (", but
    she was selected"), or a noun for people in a
    role right before it ("One of her lawyers, Kazuyuki Minami,": the claim
    tagger's people nouns). A reporting verb after it is no such cue (rule
    `speaker_is_no_proof`: "Paintbucket Games said"), and a name that does
    not read as a personal name stays ("Yellow Vests")."""
    return {name: (PERSON if kind == OTHER and (
                       (_reads_as_a_personal_name(name, lower_case) and _has_a_person_cue(name, text))
                       or (_reads_as_a_personal_name(name, lower_case, one_word=True)
                           and _has_a_role_apposition(name, text)))
                   else kind, count)
            for name, (kind, count) in found.items()}


def _full_names_of_a_one_word_person(found: dict[str, tuple[MentionKind, int]], text: str,
                                     lower_case: frozenset[str]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `name_holding_a_one_word_person_is_the_person` (session 23, QA
    round 63, 712: "Guo (3)" under People, of "Guo, the CCTV executive
    who was Rui's patron", and "Guo Zhenxi (1)" under Other names, of "his
    longtime patron Guo Zhenxi"): a name of two words under Other names
    that reads as a personal name, one word of which (the family name, first
    in Chinese or Korean names, last in English ones) the list types a
    person alone, is that person named in full: a person, for
    `surname_folds_into_full_name` to count the word alone for. A word a
    person named in full or another name holds ("Bush" beside "George W.
    Bush" or "the Bush Doctrine"), a name written after "the" ("the Trump
    Organization") and a word the rules files know stay as they were; a
    word two such names hold makes both people (rule below)."""
    one_word_people = {name for name, (kind, _) in found.items() if kind == PERSON and " " not in name}
    holders: dict[str, list[str]] = {}
    for name in found:
        # a name holding a word in lower case ("Hu camp" of "Hu's camp") is no name of a person
        for word in set(name.split()) if " " in name and all(w[:1].isupper() for w in name.split()) else ():
            holders.setdefault(word, []).append(name)

    def full_name_of(name: str, kind: MentionKind, word: str) -> bool:
        words = name.split()
        other = [w for w in words if w != word]
        return kind == OTHER and len(words) == 2 and len(other) == 1 and _reads_as_a_personal_name(name, lower_case) \
            and other[0].lower() not in known_common_words() \
            and not any(THE_BEFORE.search(text, max(0, at - len("the ")), at)
                        for at, _ in _whole_word_spans(name, text))

    marked = dict(found)
    for name, (kind, count) in found.items():
        # rule `family_name_of_two_full_names_makes_both_people` (session 23, QA round 65, 783: "Hu
        # (9)" under People, "Hu Jintao (2)" and "Hu Chunhua (1)" under Other names): a word the list
        # types a person alone that two names or more of two words hold, each one such a full name or a
        # person's already, is a family name two people share: each is a person; the word alone, which of
        # them the list cannot tell, is counted for neither (`surname_folds_into_full_name` folds a
        # word only into one name)
        person = [word for word in name.split() if word in one_word_people and all(
            full_name_of(holder, found[holder][0], word)
            or (len(holders[word]) > 1 and found[holder][0] == PERSON and len(holder.split()) == 2)
            for holder in holders.get(word, []))]
        if person and full_name_of(name, kind, person[0]):
            marked[name] = (PERSON, count)
    return marked


# Rule `venue_after_at_is_no_person`: "at" right before a name ("champions at Roland Garros")
AT_BEFORE = re.compile(r"\bat\s+$")


def _venues_after_at(found: dict[str, tuple[MentionKind, int]], text: str, people: Collection[str]
                     ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `venue_after_at_is_no_person` (session 21 Not done, QA round 58,
    509: "singles champions at Roland Garos" listed "Roland Garos" under
    People, by its first word "Roland"): a name of two words or more written
    only right after "at", where things happen ("at Wimbledon", "at Roland
    Garros", "at Madison Square Garden"), is a venue, no person, unless
    something else marks a person: a speaker (`people`), a person's cue
    (`person_cue_marks_a_person`), or a mention not after "at" ("Jeb Bush
    said ... a jab at Jeb Bush"). The venue is listed under Other names:
    whether a place or a body, its name does not tell."""
    return {name: (OTHER if kind == PERSON and " " in name and name not in people
                   and _only_after_at(name, text, count) and not _has_a_person_cue(name, text)
                   else kind, count)
            for name, (kind, count) in found.items()}


def _only_after_at(name: str, text: str, count: int) -> bool:
    """Every mention of `name` (`count`, the short forms counted in too) is
    the whole name right after "at"; a name never written whole ("Kevin
    Garratt" of "Kevin and Julia Garratt") is none."""
    spans = list(_whole_word_spans(name, text))
    return bool(spans) and len(spans) == count and all(AT_BEFORE.search(text, max(0, at - 4), at)
                                                       and not _aimed_at(text, at) for at, _ in spans)


# the three words before "at" (rule `venue_after_at_is_no_person`): "threw eggs at", "hurled abuse at"
WORDS_BEFORE_AT = re.compile(r"(?:([A-Za-z]+)\W+)?(?:([A-Za-z]+)\W+)?([A-Za-z]+)\W+at\s+$")


def _aimed_at(text: str, at: int) -> bool:
    """Rule `venue_after_at_is_no_person` (review s22): a word of aiming
    (rules/aimed_at_words.txt) among the three words before "at" aims at a
    person ("the shots were fired at Michael Brown", "threw eggs at John
    Prescott"), where "played at", "held at" say where."""
    before = WORDS_BEFORE_AT.search(text, max(0, at - 60), at)
    aiming = _aimed_at_words()
    return before is not None and any(word and word.lower() in aiming for word in before.groups())


@cache
def _aimed_at_words() -> frozenset[str]:
    return frozenset().union(*load_word_sets("aimed_at_words").values())


# Rule `owned_report_is_a_document`: an owner right before a name ("Google's", "its", "whose")
# (session 26, CNN-Corpus dev 310: "the World Economic Forum's most recent Global Competitiveness Report"
# was an organisation): up to two lower-case words or a year between, no determiner among them
OWNER_BEFORE = re.compile(r"(?:['\u2019]s|\b(?i:its|their|whose))"
                          r"(?:\s+(?!(?:the|a|an|this|that)\s)(?:[a-z][a-z-]*|\d{4})){0,2}\s+$")


def _owner_marked_documents(found: dict[str, tuple[MentionKind, int]], text: str
                            ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `owned_report_is_a_document` (no_names.txt owned_document_ends;
    QA round 53, 553: "Transparency Report" under Organisations, a Google
    product, of "Google, whose Transparency Report documents Internet
    accessibility"): an organisation of two words or more ending in
    "Report" or "Survey" that the text writes only right after an owner
    ("Google's", "its", "whose") is the owner's document, under "Other
    names". "The Drudge Report said" (named alone) stays an organisation."""
    ends = _no_names()["owned_document_ends"]

    def owned(name: str) -> bool:
        spans = list(_whole_word_spans(name, text))
        return bool(spans) and all(OWNER_BEFORE.search(text, max(0, start - 40), start) for start, _ in spans)

    return {name: (OTHER if kind == ORGANISATION and " " in name and _words(name)[-1] in ends and owned(name)
                   else kind, count)
            for name, (kind, count) in found.items()}


# Rule `name_of_a_body_is_a_person`: a name, "of" (maybe "the") and what follows ("Timothee Delubac of
# Centre de Saclay")
OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
# ... introduced as an agent or a speaker: the word right before the name is a verb of saying ("said
# Timothee Delubac of ...") or one of these ("led by Timothee Delubac of ...", "according to ...")
AGENT_WORDS = frozenset({"by", "to", "with", "from"})
WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _affiliation_marked_people(found: dict[str, tuple[MentionKind, int]], text: str, lower_case: frozenset[str]
                               ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `name_of_a_body_is_a_person` (rerun s20, QA round 57, 572:
    "Timothee Delubac" of "One study was led by Timothee Delubac of Centre
    de Saclay in France" left Mentioned, as `piece_of_a_name_over_of_is_no_name`
    read him as "Hall" of "Hall of Fame"; "Timothee" is no listed first
    name): a name of two words under "Other names" that reads as a personal
    name, each word a capital and lower-case letters and none a word the
    rules files know (`known_common_words`: a title, a source noun) nor a
    body's or a place's word, written right before "of" and a name the
    list types an organisation is a person with an affiliation, when it is
    brought in as an agent or a speaker (`AGENT_WORDS` or a verb of saying
    right before it: "led by", "said"). Before "of" and a name of no body
    ("Timothee Delubac of Saclay", "Hall of Fame") it stays as it was, and
    so does a product of a company in a sentence's subject ("Pepsi Max of
    PepsiCo Inc. also gained": review s21)."""
    bodies = [name for name, (kind, _) in found.items() if kind == ORGANISATION]
    if not bodies:
        return found
    place_ends = _place_words()["ends"] | _place_words()["ends_unless_a_person"]

    def of_a_body(name: str) -> bool:
        for start, end in _whole_word_spans(name, text):
            before = WORD_BEFORE.search(text, max(0, start - 40), start)
            if before is None or not (before[1].lower() in AGENT_WORDS or (before[1].lower(),) in cue_forms()):
                continue  # review s21: "Pepsi Max of PepsiCo Inc. also gained" is a product, no person
            of = OF_AFTER.match(text, end)
            after = text[of.end() : of.end() + 200] if of is not None else ""
            if any(after.startswith(body) and not after[len(body) : len(body) + 1].isalnum() for body in bodies):
                return True
        return False

    def personal(name: str) -> bool:
        words = name.split()
        return len(words) == 2 and _reads_as_a_personal_name(name, lower_case) and all(
            word.isalpha() and word[:1].isupper() and word[1:].islower() and word.lower() not in known_common_words()
            and word.lower() not in organisation_words() and word.lower() not in place_ends for word in words)

    return {name: (PERSON if kind == OTHER and personal(name) and of_a_body(name) else kind, count)
            for name, (kind, count) in found.items()}


# Rule `listed_with_people_is_a_person`: names of two to four capitalised words in a list, joined by
# commas and a last "and" ("Roger Federer, Rafael Nadal, Novak Djokovic and Andy Murray")
LIST_NAME = r"[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){1,3}"
NAME_LIST = re.compile(rf"\b{LIST_NAME}(?:,\s+{LIST_NAME})+,?\s+and\s+{LIST_NAME}\b")
LIST_SEPARATOR = re.compile(r",?\s+and\s+|,\s+")
# ... with at least this many other members, all of them people
PEOPLE_LISTED_WITH = 2


def _people_listed_with_people(found: dict[str, tuple[MentionKind, int]], text: str, lower_case: frozenset[str]
                               ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `listed_with_people_is_a_person` (QA round 58, 509: "Roger
    Federer, Rafael Nadal, Novak Djokovic and Andy Murray have joined
    forces" left "Novak Djokovic" under Other names, "Novak" being no known
    first name): a list names things of one kind, so a name under Other
    names that reads as a personal name is a person when every other member
    of a list of three or more it stands in is a person. A list with a
    body or a name of no known kind in it ("Rafael Nadal, Andy Murray and
    Gas Safety USA") says nothing."""
    marked = dict(found)
    for names in NAME_LIST.finditer(text):
        members = LIST_SEPARATOR.split(names.group(0))
        for member in members:
            kind, count = found.get(member, (PERSON, 0))
            others = [other for other in members if other != member]
            if kind == OTHER and len(others) >= PEOPLE_LISTED_WITH \
                    and all(found.get(other, (OTHER, 0))[0] == PERSON for other in others) \
                    and _reads_as_a_personal_name(member, lower_case):
                marked[member] = (PERSON, count)
    # rule `told_a_bodys_name_is_a_person` (QA round 67, 970: "Hala Gorani" of "told CNN's Hala Gorani"
    # under Other names, beside "Christian Amanpour" a person): told to a body's plain two-word name,
    # its reporter's or officer's
    for name, (kind, count) in found.items():
        if kind == OTHER and _two_plain_name_words(name, lower_case) and any(
                found.get(teller.group(1), (OTHER, 0))[0] == ORGANISATION
                for teller in re.finditer(rf"\btold\s+(\S+?)['\u2019]s\s+{re.escape(name)}\b", text)):
            marked[name] = (PERSON, count)
    # rule `paired_with_a_person_is_a_person` (QA round 67, 893: "Andre Geim and Konstantin Novoselov"
    # left Novoselov under Other names): a name of two plain words joined by "and" to a person named
    # in full, outside a longer list, is a person too; so is one joined by "or" (session 27, mentions2,
    # CNN-Corpus dev 930: "Rush Limbaugh (1)" under Other names, of "Rob is like Howard Stern or Rush
    # Limbaugh"): a choice between two, of one kind
    paired = [name for name, (kind, _) in found.items() if kind == OTHER and _two_plain_name_words(name, lower_case)]
    full_names = [name for name, (kind, _) in found.items() if kind == PERSON and " " in name]
    for member in paired:
        for person in full_names:
            one, two = re.escape(member), re.escape(person)
            joined = rf"(?<!,\s)\b(?:{one}\s+(?:and|or)\s+{two}|{two}\s+(?:and|or)\s+{one})\b"
            if re.search(joined + r"(?!,?\s+(?:and|or)\b|,)", text):
                marked[member] = (PERSON, found[member][1])
    return marked


def _two_plain_name_words(name: str, lower_case: frozenset[str]) -> bool:
    """For rule `paired_with_a_person_is_a_person`: two words, each a
    capital and lower-case letters, none a common word, a body's or a
    place's word, nor written in lower case in the article."""
    words = name.split()
    return len(words) == 2 and _reads_as_a_personal_name(name, lower_case) and all(
        word.isalpha() and word[1:].islower() and word.lower() not in known_common_words()
        and word.lower() not in organisation_words() and not is_place(word)
        and word.lower() not in _place_words()["ends"] for word in words)


# Rule `who_after_a_described_apposition_marks_a_person`: a comma, "a" or "an", up to three words
# and a lower-case noun before "who" (", a French Algerian striker who")
DESCRIPTION_BEFORE_WHO = re.compile(r",\s+an?\s+(?:[\w\-]+\s+){0,3}?([a-z]+)\s+who\b")


def _one_described_before_who(noun: str) -> bool:
    """The noun `who` describes names one person: no plural, no body's or group's noun."""
    return not ends_in_plural_s(noun) and noun not in organisation_words() and noun not in body_nouns() \
        and noun not in GROUP_NOUNS and noun not in PEOPLE_COLLECTIVES


def _has_a_role_apposition(name: str, text: str) -> bool:
    """Rule `role_apposition_marks_a_person` (session 12, thelocal.se:
    "Tegnell, the state epidemiologist at Sweden's Public Health Agency,"
    named six times and missing from People): a name, one word or more,
    whose apposition's head is a singular noun for one person in a role
    (the claim tagger's people nouns) is a person. "Interpol, the
    international police agency," is a body's apposition (rule
    `body_apposition_marks_a_body`), and "the company's lawyers" name no
    one person. A capitalised title with no article, then "of", "at" or
    "for", is such a head too (web tester s13: "Augusto Reyes, Director of
    the Caribbean Air and Marine Branch", the one person quoted, was
    missing); a plural ("Smith, Directors of ...") is not. Rule
    `who_after_a_described_apposition_marks_a_person` (session 23, QA
    round 61, 512: "Zahir Belounis, a French Algerian striker who was
    trapped in Qatar" was under Other names, "striker" being no listed
    role): "a" or "an", up to three words and a singular noun the relative
    "who" goes on describing is one person, whatever the noun. A body's
    noun ("Shakhtar, a club who ...": organisation words, body and group
    nouns), a plural and "the" (", the side who") say nothing."""
    for _, end in _whole_word_spans(name, text):
        role = ROLE_APPOSITION.match(text, end)
        if role is not None and _role_of_one(role.group(1), ""):
            return True
        described = DESCRIPTION_BEFORE_WHO.match(text, end)
        if described is not None and _one_described_before_who(described.group(1)):
            return True
        title = TITLE_APPOSITION.match(text, end)
        if title is not None and _role_of_one(title.group(1).lower(), ""):
            return True
    return False


# Rule `body_apposition_marks_a_body`: a name, a comma and "the"/"a"/"an" with up to three words
# and a head noun before the next comma or the sentence's end ("Interpol, the international police
# agency,")
# The apposition after a name, its head then a comma or the end ("Interpol, the international police
# agency, ..."), or a participle or relative that goes on describing it (rule
# `body_apposition_marks_a_body`, session 13: "LVMH (LVMHF), the luxury conglomerate led by ...");
# a short bracket (a ticker, an acronym) may stand between the name and its comma. No "of", "for",
# "at", "in" or "with" before the head: "Smith, the head of the agency," is a person
BODY_APPOSITION = re.compile(
    rf"(?:\s*\([^()\s]{{1,12}}\))?,\s+(?:{alternation(grammar('articles'))})\s+"
    rf"(?:(?!(?:of|for|at|in|with)\s)[\w\-]+\s+){{0,3}}?([a-z]+)"
    rf"(?:\s*[,.;]|\s+(?:{alternation(grammar('relatives'))}|led|owned|run|based|founded|headed|controlled)\b)")
# The head noun of a phrase before the name, then its comma: "Lopez's party, Popular Will, ..."
# (session 16, QA round 47: "a brutal terrorist organization, Hamas, which ..." left Hamas out): "a"
# and "an" open such a phrase too; its head must still be an organisation word ("a friend, Jane,").
# The name may open with "the" (QA round 53, 934: "Lopez Obrador's coalition, the Progressive
# Movement of Mexico, ..." was under Other names)
BODY_BEFORE = re.compile(rf"(?:\b(?:the|a|an|{alternation(grammar('possessive_determiners'))})|['\u2019]s)"
                         r"\s+(?:[\w\-]+\s+){0,2}?([a-z]+),\s*(?:the\s+)?$")


# Rule `body_context_noun_of_marks_a_body`: a body's head or staff (claim_grammar.txt
# body_heads_before_of) and "of" or "for" before a name ("CEO of Determined AI", "employees of
# Gowalla", "the former Chief Marketing Officer for Jenny Craig")
BODY_CONTEXT_NOUN_OF = re.compile(r"\b([A-Za-z\-]+)\s+(?:of|for)\s+(?:the\s+)?$")
POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")


# Rule `staff_at_marks_a_body` (names.after_staff_at): a body's staff and "at" before a name ("a team
# at UMass Amherst", "researchers at Johns Hopkins"), read in this many characters before the name ...
STAFF_AT_WINDOW = 30
# ... unless a lower-case noun and a name follow: the name qualifies a description of the body named
# after it ("Researchers at Dutch bank ABN Amro")
DESCRIPTION_AND_NAME_AFTER = re.compile(r"\s+[a-z][\w\-]*\s+[A-Z]")


def _staff_at(text: str, start: int) -> bool:
    """Rule `staff_at_marks_a_body` (session 14: "UMass Amherst" under Other
    names, of "A research paper from a team at UMass Amherst found ..."): a
    name at `start` right after a body's staff or work (claim_grammar.txt
    body_context_leads: "researchers", "a team", "worked") and "at", a
    "the" between too, as written, is an organisation, as rule
    `body_by_context` reads a one-word name so for the claims (one reading:
    names.after_staff_at). A name before a lower-case noun and another name
    qualifies a description of that other body ("Researchers at Dutch bank
    ABN Amro"): it stays as it was."""
    before = tokenize(text, max(0, start - STAFF_AT_WINDOW), start)
    return after_staff_at(before, len(before), the_between=True, as_written=True)


def _unit_of_a_body(name: str, text: str) -> bool:
    """Rule `unit_of_a_body_is_an_organisation` (session 14: "Caribbean Air
    and Marine Branch" under Other names, of "Augusto Reyes, Director of
    the Caribbean Air and Marine Branch"): a name of two words or more
    ending in a word for a body's unit (place_words.txt `unit_ends`:
    "Branch", "Division") that the article writes after "the" is an
    organisation. "Branch" and "Division" are surnames too: "Michelle
    Branch" is never written after "the", and stays as it was."""
    words = _words(name)
    return len(words) > 1 and words[-1] in _place_words()["unit_ends"] \
        and any(THE_BEFORE.search(text, max(0, start - 5), start) for start, _ in _whole_word_spans(name, text))


def _body_context_noun_of(before: str, head_as_a_title: bool = False) -> bool:
    """Rule `body_context_noun_of_marks_a_body` (web tester s13: "Determined
    AI" under Other names, of "Evan Sparks, CEO of Determined AI, a
    startup"): a name right after a body's head or staff (its CEO,
    founder, employees: claim_grammar.txt body_heads_before_of, of the
    nouns rule `body_by_context` reads) and "of" or "for" is an
    organisation. "Users of Ubuntu" (a product), "President of France" or
    "a friend of Evan Sparks" stay as they were. With `head_as_a_title`
    (a name whose words read as a person's) the head must be written as a
    title, capitalised: "Chief Marketing Officer for Jenny Craig", not "a
    press officer for Bernie Sanders" (review s14)."""
    match = BODY_CONTEXT_NOUN_OF.search(before)
    return match is not None \
        and match.group(1).lower() in grammar("body_heads_before_of") | grammar("publication_heads_before_of") \
        and (not head_as_a_title or match.group(1)[0].isupper())


def _apposition_marked_bodies(found: dict[str, tuple[MentionKind, int]], text: str,
                              speakers: Collection[str] = ()) -> dict[str, tuple[MentionKind, int]]:
    """Rule `body_apposition_marks_a_body` (QA round 34: "Interpol" under
    "Other names", of "According to Interpol, the international police
    agency, ..."): a name under "Other names" whose apposition's head is an
    organisation word ("agency", "company", "ministry") is an organisation.
    The head is the apposition's last word: "Smith, the agency's director,"
    stays as it was. So is one that is the apposition of such a head
    before it, the name closed by a comma too (session 12: "Lopez's party,
    Popular Will, has accused ..." listed "Popular Will" under Other names).
    Rule `body_head_outweighs_a_first_name` (session 14: "Jenny Craig", a
    diet company, listed under People, of "the former Chief Marketing
    Officer for Jenny Craig"): a name typed a person by its words alone (a
    known first name) is an organisation too when the article writes it
    after a body's head or staff and "of" or "for"
    (`body_context_noun_of_marks_a_body`), unless it is a claim's speaker
    (`speakers`), has a person's cue (an age, a "she" after it, a role
    noun before it: `person_cue_marks_a_person`) or owns something there
    ("an aide of Jenny Craig's campaign")."""
    bodies = set()
    for name, (kind, _) in found.items():
        if kind == PERSON and " " in name and name not in speakers and not _has_a_person_cue(name, text):
            if any(_body_context_noun_of(text[max(0, start - 30) : start], head_as_a_title=True)
                   and not POSSESSIVE_AFTER.match(text, end)
                   and not NAME_WORD_AFTER.match(text[end:end + 2]) for start, end in _whole_word_spans(name, text)):
                bodies.add(name)
            continue
        if kind != OTHER:
            continue
        # BODY_APPOSITION opens on a comma: no letter or digit after the name either
        for start, end in _whole_word_spans(name, text):
            match = BODY_APPOSITION.match(text, end)
            if not match and text.startswith(",", end):
                match = BODY_BEFORE.search(text, max(0, start - 80), start)
            if match and match.group(1) in organisation_words() and not is_people_noun(match.group(1)):
                bodies.add(name)
                break
            before = text[max(0, start - 30) : start]
            staff_at = _staff_at(text, start) and not DESCRIPTION_AND_NAME_AFTER.match(text, end)
            if (_body_context_noun_of(before) or staff_at) and not NAME_WORD_AFTER.match(text[end:end + 2]):
                bodies.add(name)
                break
        if _unit_of_a_body(name, text):
            bodies.add(name)
    return {name: (ORGANISATION if name in bodies else kind, count) for name, (kind, count) in found.items()}


def _things_named_after_people(found: dict[str, tuple[MentionKind, int]], lower_case: frozenset[str]
                               ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `common_noun_after_a_name_is_no_person` (session 14: "Dan
    Wootton Interview" under People, of "she told the Dan Wootton Interview
    podcast", beside "Dan Wootton"): a person's name the article names in
    full, then one more word that the article also writes in lower case
    ("interview"), names a thing called after the person (a show, a prize,
    a campaign): it is listed under "Other names". A last word the article
    never writes in lower case stays a surname ("Mary Ann Evans" beside
    "Mary Ann")."""
    people = {name for name, (kind, _) in found.items() if kind == PERSON and " " in name}
    return {name: (OTHER if kind == PERSON and name.rsplit(" ", 1)[0] in people
                   and name.rsplit(" ", 1)[1].lower() in lower_case else kind, count)
            for name, (kind, count) in found.items()}


# Rule `award_category_is_no_body`: a possessive (“America's”) or a lower-case word right before a name
OWNER_OR_WORD_BEFORE = re.compile(r"(?:[\w\-]+['\u2019]s|\b([a-z]+))\s+$")


def _bodies_by_an_ending_acronym(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `body_acronym_ends_no_personal_name` (mentions-s28, CNN-Corpus dev
    101: "Charlie Norwood VA (1)" under People, of "the Charlie Norwood VA
    center"): a person's name of two words or more ending in the acronym of a
    body (one the list types an organisation, "VA", or a listed one,
    organisation_acronyms.txt) names that body's place or unit, named after a
    person: an organisation. "John Smith MP" (no body) and a line in capitals
    stay."""
    bodies = {name for name, (kind, _) in found.items() if kind == ORGANISATION}
    typed = dict(found)
    for name, (kind, count) in found.items():
        words = name.split()
        if kind == PERSON and len(words) > 1 and len(words[-1]) > 1 and words[-1].isupper() \
                and not all(word.isupper() for word in words) \
                and (words[-1] in bodies or _known_acronym(words[-1])):
            typed[name] = (ORGANISATION, count)
    return typed


def _without_descriptions_before_a_person(found: dict[str, tuple[MentionKind, int]], text: str
                                          ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `run_before_a_person_is_their_description` (mentions-s28,
    CNN-Corpus dev 342: "Kansas City-St. Joseph Bishop (1)" under Other
    names, of "the removal of Kansas City-St. Joseph Bishop Robert Finn"):
    the names layer cuts a run of capitals before a known first name; a
    name under "Other names" whose every copy is followed right away by a
    person's full name is that person's office or description, no name.
    A body or a place so written ("CNN Anderson Cooper" aside) keeps its
    type and entry, and so does an other name also written apart."""
    people = sorted((name for name, (kind, _) in found.items() if kind == PERSON and " " in name),
                    key=len, reverse=True)
    if not people:
        return found
    person_after = re.compile(r"\s(?:" + "|".join(re.escape(person) for person in people) + r")\b")
    kept = {}
    for name, (kind, count) in found.items():
        spans = list(_whole_word_spans(name, text)) if kind == OTHER and " " in name else []
        if spans and all(person_after.match(text, end) for _, end in spans):
            continue
        kept[name] = (kind, count)
    return kept


def _award_names(found: dict[str, tuple[MentionKind, int]], text: str) -> dict[str, tuple[MentionKind, int]]:
    """Rule `name_before_an_award_noun_is_the_award` (session 27, QA round
    70, 452: "Edgar Grand Master (1)" under People, of "received an Edgar
    Grand Master honor"): a person or an organisation the article writes
    only right before a lower-case award noun (no_names.txt `award_nouns`:
    "honor", "prize") names the award: "Other names". "Obama won an award"
    (no name right before) and "Nobel said" stay as they were. Rule
    `award_category_is_no_body` (488: "Best Radio Personality (1)" under
    Organisations): a name of two words or more opening with an award
    category's lead ("Best") written only after an owner's possessive or
    a word of `award_category_leads_after` ("named", "won", "for") is the
    category: "Other names". "Best Buy said" stays."""
    sets = _no_names()
    marked = dict(found)
    for name, (kind, count) in found.items():
        if kind not in (PERSON, ORGANISATION):
            continue
        spans = list(_whole_word_spans(name, text))
        if not spans:
            continue
        before_award = all((after := LOWER_CASE_WORD_AFTER_A_NAME.match(text, end)) is not None
                           and after.group(1) in sets["award_nouns"]
                           for _, end in spans)
        category = len(name.split()) > 1 and name.split()[0].lower() in sets["award_category_leads"] and all(
            (before := OWNER_OR_WORD_BEFORE.search(text, max(0, at - 40), at)) is not None
            and (before.group(1) is None or before.group(1) in sets["award_category_leads_after"])
            for at, _ in spans)
        if before_award or category:
            marked[name] = (OTHER, count)
    return marked


def _outlet_before_a_staff_noun(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Rule `outlet_before_a_staff_noun_is_no_part`: a name of two words or more opening with a news
    outlet in capitals (junk_readings.txt news_outlets: "CNN", "BBC") right before a lower-case noun
    for a person ("analyst", "correspondent") names the outlet and what its staff member covers, when
    that is a listed place or a name the text writes without the outlet too: "CNN Vatican analyst"
    beside "the Vatican said", "BBC Moscow correspondent". An outlet's own service stays whole: "CNN
    Mexico reported", "BBC Arabic said", "CNN Money reporter" (no "Money" alone)."""
    opener = tokens[first].text
    if not (last > first and last + 1 < len(tokens) and opener.isupper() and len(opener) > 1
            and is_news_outlet(opener) and tokens[last + 1].text.islower() and is_people_noun(tokens[last + 1].text)):
        return False
    rest = text[tokens[first + 1].start : tokens[last].end]
    return is_place(rest) or sum(1 for _ in _whole_word_spans(rest, text)) > len(
        re.findall(rf"\b{re.escape(opener)}\s+{re.escape(rest)}\b", text))


# Rule `saint_s_possessive_opens_one_name`: a saint ("St. Peter", "Saint Mark") and its possessive, then
# one to three capitalised words ("St. Peter's Square", "St. Mary's Hospital", "St. Patrick's Day")
SAINT_POSSESSIVE_NAME = re.compile(
    rf"\b{alternation(grammar('saint_words'), capitalised=True)}\.? "
    r"[A-Z][a-z]+['\u2019]s ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b(?!['\u2019])")


def _saint_possessive_names(text: str) -> tuple[dict[int, str], frozenset[int]]:
    """Rule `saint_s_possessive_opens_one_name` (session 27, mentions2, CNN-Corpus dev 793: "St. Peter
    (1)" under Other names and no square, of "pilgrims gathered in St. Peter's Square"): a saint's
    possessive names no owner: with the capitalised words after it, it is one name, a place, a
    building, a body or a day named after the saint ("St. Paul's Cathedral", "St. Mary's Hospital"),
    listed whole. A known first name or a title after it ("St. Louis's Mayor Francis Slay": a city
    named after a saint owns its officers) or no capitalised word after it ("St. Peter's keys")
    leaves the names as they were. Gives where the
    saints start, with the whole name, and where the words after the possessive start."""
    names: dict[int, str] = {}
    tails: set[int] = set()
    for match in SAINT_POSSESSIVE_NAME.finditer(text):
        words = match.group(1).split()
        if any(word.lower() in first_names() or word.lower() in title_words() for word in words):
            continue  # "St. Louis's Mayor Francis Slay": the saint's place owns a person
        names[match.start()] = match.group(0)
        tails.update(at.start() + match.start(1) for at in re.finditer(r"[A-Z][a-z]+", match.group(1)))
    return names, frozenset(tails)


# Rule `possessive_inside_a_thing_name_is_no_owner`: a capitalised word's possessive and one
# capitalised word after it ("Pepper's Ghost", "Occam's Razor")
POSSESSIVE_AND_A_NAME_WORD = re.compile(r"\b([A-Z][a-z]+)(['\u2019]s) ([A-Z][a-z]+)\b")
# how many times the article must write the pair for it to be one fixed name
POSSESSIVE_THING_REPEATED = 2


def _possessive_thing_names(text: str) -> tuple[frozenset[int], dict[int, str]]:
    """Rule `possessive_inside_a_thing_name_is_no_owner` (QA round 55, 571:
    "John Pepper (6)" counted the device "Pepper's Ghost" five times, and
    "Ghost (5)" was listed as a fragment): a capitalised word's possessive
    and one capitalised word the article writes at least twice, its second
    word never written but after that possessive, is one name of a thing
    (a device, a law, a dish), listed whole under "Other names"; the
    possessives no longer count for a person of that surname. A second word
    named alone too ("Obama's White House" beside "the White House"), an
    organisation, title, place or listed common word ("Trump's Cabinet"), a
    known first name or a place before it, or a pair written once stays as
    it was. Gives where the owners start, and where the things start with
    the whole name as first written."""
    pairs: dict[tuple[str, str], list[re.Match[str]]] = {}
    for match in POSSESSIVE_AND_A_NAME_WORD.finditer(text):
        pairs.setdefault((match.group(1), match.group(3)), []).append(match)
    owners: set[int] = set()
    things: dict[int, str] = {}
    for (owner, thing), written in pairs.items():
        if len(written) < POSSESSIVE_THING_REPEATED or sum(1 for _ in _whole_word_spans(thing, text)) != len(written) \
                or owner.lower() in first_names() or is_place(owner) or is_place(thing) \
                or thing.lower() in organisation_words() or thing.lower() in title_words() \
                or thing.lower() in known_common_words():
            continue
        owners.update(match.start(1) for match in written)
        things.update((match.start(3), written[0].group(0)) for match in written)
    return frozenset(owners), things


# Rule `quoted_title_is_no_person`: a personal name has at most this many words before a show's or a
# firm's word joins it ("Erin Burnett OutFront")
QUOTED_TITLE_WORDS = 3


def _quoted_titles(found: dict[str, tuple[MentionKind, int]], text: str, quotes: Quotes,
                   speakers: Collection[str]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `quoted_title_is_no_person` (QA round 56, 439: "Erin Burnett
    OutFront (1)" under People, of 'told CNN's "Erin Burnett OutFront"';
    581: "Steve Jobs Hoverbikes", of "naming a company 'Steve Jobs
    Hoverbikes'"): a name of three words or more typed a person that the
    article writes only as a whole quotation is the title of a show, a
    work or a firm called after someone, listed under "Other names". A
    quoted name of two words ("a man called 'John Smith'") and a claim's
    speaker stay people."""
    return {name: (OTHER if (kind == PERSON and len(name.split()) >= QUOTED_TITLE_WORDS and name not in speakers
                             and (_quoted_whole(name, text, quotes) or _in_quote_marks(name, text)))
                   or (kind == PERSON and name not in speakers and _owner_in_a_quoted_title(name, text, quotes))
                   or (kind == ORGANISATION and name not in speakers and _quoted_after_a(name, text))
                   or _quoted_place_word_name(name, kind, text, quotes)
                   or (kind == PERSON and name not in speakers and _kin_word_opens_a_quoted_title(name, text, quotes))
                   or (kind == PERSON and name not in speakers
                       and _person_piece_of_a_quoted_title(name, found, text, quotes)) else kind, count)
            for name, (kind, count) in found.items()}


def _kin_word_opens_a_quoted_title(name: str, text: str, quotes: Quotes) -> bool:
    """Rule `quoted_kin_name_is_a_title` (session 23, QA round 64, 435: "Uncle
    Willie (1)" under People, of 'the 1956 production of "Uncle Willie."'):
    a name of two words opening with a relation word (kin_words.txt
    `relation`: "Uncle", "Aunt") that the article writes only as a whole
    quotation is a play's, a book's or a show's title, as news seldom quotes
    a relative's name alone. "Uncle Willie said" (no quotation) and a
    quoted name with no relation word ('a man called "John Smith"') stay."""
    words = _words(name)
    return len(words) == 2 and words[0] in noun_sets("kin_words")["relation"] and _quoted_whole(name, text, quotes)


def _person_piece_of_a_quoted_title(name: str, found: dict[str, tuple[MentionKind, int]], text: str,
                                    quotes: Quotes) -> bool:
    """Rule `person_piece_of_a_quoted_title_is_no_name` (session 23, QA round
    64, 435: "Will Travel (1)" under People, of 'hit shows, including
    "Have Gun -- Will Travel."'): a name typed a person only by a first name
    ("Will") that the text writes only inside title-case quotations, never
    as the whole title and each time right after a word or a dash of the
    title (not after a small word such as "of"), is a piece of the title,
    no one's name, unless its last word is the surname of a person the
    article names in full ("Who Needs Gerry Ford?" beside "Gerald Ford").
    Listed under Other names, it leaves with the other pieces
    (`piece_of_a_quoted_title_is_no_name`); "The Trials of Henry
    Kissinger" keeps its person."""
    if " " not in name or not _piece_of_a_quoted_title(name, text, quotes):
        return False
    others = {fit: kind for fit, kind in found.items() if fit != name}
    if _words(name)[-1] in _full_names_surnames(others):
        return False
    for at, _ in _whole_word_spans(name, text):
        quotation = quotes.covering(at)
        before = text[quotation[0] if quotation else 0 : at].split()
        if not before or before[-1].lower() in TITLE_SMALL_WORDS or before[-1].strip(QUOTATION_EDGES) == "":
            return False
    return True


def _quoted_place_word_name(name: str, kind: MentionKind, text: str, quotes: Quotes) -> bool:
    """Rule `quoted_street_is_a_title` (session 22, QA round 62, 569: "Sesame
    Street (1)" under Places, of 'characters from TV's "Sesame Street"'): a
    name typed a place only by its last word (place_words.txt `ends`:
    "Street", "Square") that the article writes only as a whole quotation,
    or in quote marks, is a show's or a work's title ("Coronation Street",
    "Melrose Place"), listed under "Other names". A listed place ("Wall
    Street") and a street also written plainly stay places."""
    return kind == PLACE and len(name.split()) > 1 and not is_place(name) \
        and _words(name)[-1] in _place_words()["ends"] \
        and (_quoted_whole(name, text, quotes) or _in_quote_marks(name, text))


# Rule `owner_in_a_quoted_title_is_no_person`: a name's possessive and a capitalised word after it
POSSESSIVE_THEN_A_CAPITAL = re.compile(r"['\u2019]s [A-Z]")


def _owner_in_a_quoted_title(name: str, text: str, quotes: Quotes) -> bool:
    """Rule `owner_in_a_quoted_title_is_no_person` (QA round 60, 450:
    "Charlie Wilson (1)" under People, of 'nominations for roles in
    "Charlie Wilson's War," "Doubt," and "The Master."'): a name that the
    text writes only in the possessive before a capitalised word, inside a
    quotation in title case (`_in_title_case_quotations`), is the owner in
    a work's title (a film, a book), no person the article tells of:
    listed under "Other names", as a quoted show is. A possessive in a
    quoted sentence ('"Charlie Wilson's office called," she said') and the
    name written anywhere else too stay."""
    spans = list(_whole_word_spans(name, text))
    return bool(spans) and _in_title_case_quotations(name, text, quotes) \
        and all(POSSESSIVE_THEN_A_CAPITAL.match(text, end) for _, end in spans)


# "a" or "an" and a quote mark right before a name (rule `quoted_name_after_a_is_no_body`)
A_AND_A_QUOTE_MARK_BEFORE = re.compile(r"\b[Aa]n? [\"\u201c\u2018']$")


def _quoted_after_a(name: str, text: str) -> bool:
    """Rule `quoted_name_after_a_is_no_body` (QA round 55, 558: "Future
    Party (2)" listed as an organisation, of 'their stage debut at a
    "Future Party" in Tokyo'): a name every time written in quote marks
    right after "a" or "an" is one of a kind the writer quotes (an event, a
    show), no body that acts: listed under "Other names". "the "Future
    Party" said" and a quoted body named without "a" stay."""
    spans = list(_whole_word_spans(name, text))
    return bool(spans) and _in_quote_marks(name, text) and all(
        A_AND_A_QUOTE_MARK_BEFORE.search(text[max(0, at - 4) : at]) for at, _ in spans)


def _in_quote_marks(name: str, text: str) -> bool:
    """Whether every time `text` writes `name` a quote mark opens right
    before it and one closes right after it (maybe after a stop or a
    comma): single marks inside a quotation too ("naming a company 'Steve
    Jobs Hoverbikes' 50 years from now"), which the quotation finder
    leaves inside the outer one."""
    spans = list(_whole_word_spans(name, text))
    return bool(spans) and all(
        at > 0 and text[at - 1] in QUOTE_MARK_CHARACTERS
        and text[end : end + 2].lstrip(".,;:!?")[:1] in QUOTE_MARK_CHARACTERS
        for at, end in spans)


# for `_in_quote_marks`: each quote mark one character (a set, so that "" at the text's end is none)
QUOTE_MARK_CHARACTERS = frozenset("".join(QUOTE_MARKS))


# Rule `quoted_nickname_is_inside_the_name`: a quoted word between a name and a capitalised word
# ('Jean de Dieu "Rafiki" Uwimana')
POSSESSIVE_END = re.compile(r"['\u2019]s?$")
QUOTED_NICKNAME_THEN_A_SURNAME = re.compile(
    r"\s[\"\u201c\u2018']([A-Z][\w\-]*)[\"\u201d\u2019'] ([A-Z][\w'\u2019\-]*[a-z])\b")


def _names_around_a_nickname(found: dict[str, tuple[MentionKind, int]], text: str
                             ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `quoted_nickname_is_inside_the_name` (QA round 56, 889: "Jean de
    Dieu (1)" under People and "Uwimana (3)" under Other names, of 'Jean de
    Dieu "Rafiki" Uwimana'): a person's name, a quoted word and a
    capitalised word is one person whose surname is that word; the name
    before the nickname is listed with the surname ("Jean de Dieu
    Uwimana"), and the surname alone then counts for it
    (`surname_folds_into_full_name`). A name typed no person ('the band
    "Rafiki" Records') stays as it was."""
    folded = dict(found)
    for name, (kind, count) in found.items():
        if kind != PERSON:
            continue
        for _, end in _whole_word_spans(name, text):
            nickname = QUOTED_NICKNAME_THEN_A_SURNAME.match(text, end)
            surname = POSSESSIVE_END.sub("", nickname.group(2)) if nickname else ""
            if nickname and surname.lower() not in known_common_words():
                full = f"{name} {surname}"
                folded.pop(name, None)
                folded[full] = (PERSON, folded.get(full, (PERSON, 0))[1] + count)
                # the surname after the nickname was counted on its own: it is this one mention
                surname_kind, surname_count = folded.pop(surname, (OTHER, 0))
                if surname_count > 1:
                    folded[surname] = (surname_kind, surname_count - 1)
                break
    return folded


# Rule `acronym_in_brackets_spells_the_whole_name`: a short form in brackets ("(MPAK)") and the
# words right before it on its line
ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z]{3,6})\)")
NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019.\-]*")
ACRONYM_REACH = 120  # characters before the bracket read for the name it spells


def _names_spelled_by_an_acronym(found: dict[str, tuple[MentionKind, int]], text: str
                                 ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `acronym_in_brackets_spells_the_whole_name` (QA round 56, 871:
    "Mission (1)" and "Promote Adoption (1)" of "the Mission to Promote
    Adoption in Korea (MPAK)"): the capitalised words right before a short
    form in brackets whose capitals open them in order, with the small
    words of a title between them ("to", "in", "of"), are one name the
    names layer split: it is listed whole, an organisation when a piece or
    the short form is one, and the pieces no longer count that mention. A
    name the names layer kept whole ("the Food and Drug Administration
    (FDA)") and words the short form does not spell stay as they were."""
    folded = dict(found)
    for bracket in ACRONYM_IN_BRACKETS.finditer(text):
        acronym = bracket.group(1)
        line = text[max(0, bracket.start() - ACRONYM_REACH) : bracket.start()].rsplit("\n", 1)[-1]
        words = list(NAME_WORD.finditer(line))
        initials: list[str] = []
        first = len(words)
        for word in reversed(words):
            if word.group(0)[0].isupper():
                initials.append(word.group(0)[0])
            elif not initials or word.group(0).lower() not in TITLE_SMALL_WORDS:
                break
            first -= 1
            if len(initials) == len(acronym):
                break
        if "".join(reversed(initials)) != acronym or first == len(words):
            continue
        name = line[words[first].start() : words[-1].end()]
        if line[words[-1].end() :].strip() or name in folded:
            continue  # something other than a space before the bracket, or the names layer kept it whole
        pieces = [piece for piece in folded if piece != name and re.search(
            r"(?<![\w'\u2019-])" + re.escape(piece) + r"(?![\w'\u2019-])", name)]
        if len(pieces) < 2:
            continue
        typed = [folded[piece][0] for piece in pieces] + [folded.get(acronym, (OTHER, 0))[0]]
        for piece in pieces:
            kind, count = folded[piece]
            if count > 1:
                folded[piece] = (kind, count - 1)
            else:
                del folded[piece]
        kind = ORGANISATION if ORGANISATION in typed else folded.get(name, (OTHER, 0))[0]
        folded[name] = (kind, folded.get(name, (kind, 0))[1] + 1)
    return folded


def _count_for(folded: dict[str, tuple[MentionKind, int]], name: str, count: int, into: str,
               kind: MentionKind | None = None) -> None:
    """A fold: `name`'s `count` mentions count for `into`, which keeps its
    kind unless the fold's rule gives one (`into` may be a headline's
    fuller name not yet counted)."""
    del folded[name]
    into_kind, known = folded.get(into, (kind or OTHER, 0))
    folded[into] = (kind or into_kind, known + count)


def _fold_surnames(found: dict[str, tuple[MentionKind, int]], fuller: Sequence[str], speakers: set[str],
                   lower_case: frozenset[str] = frozenset(), untyped: bool = False,
                   bodies: Collection[str] = (), typed_bodies: Collection[str] = (), text: str = "",
                   titled: Collection[str] = (), offices: dict[str, set[str]] | None = None
                   ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `surname_folds_into_full_name`: a one-word name that is the last
    word of exactly one person's name counts for it (a headline's name
    when the text never gives it in full). Rule
    `first_name_folds_into_full_name`: failing that, a speaker or a known
    first name that is the first word of exactly one person's name in the
    text counts for it ("Thitima said" after "Thitima Chaisaeng"). Rule
    `first_name_of_one_person_folds` (web tester s18, haitiantimes: "Mekhi
    Gbedey (1)", then "Mekhi" three times): so does a first name the list
    does not know, when the article never writes it in lower case and no
    other name of two words or more opens with it ("Grace" beside "Grace
    Kelly" and "Grace Park" stays apart); not a word with a people's
    ending ("Hispanic" of "Hispanic Caucus": demonym_endings), unless the
    word alone is typed a person and names no listed place's people
    (CNN-Corpus dev 444: "Jean (4)" of "Jean picked out ..." beside "Jean
    Kasem (6)", "Jean" ending as "Korean" does)."""
    full = [name for name, (kind, _) in found.items() if kind == PERSON and len(name.split()) > 1]
    full += [name for name in fuller if name not in found and not is_place(name)]
    by_surname: dict[str, dict[str, None]] = {}
    by_first_name: dict[str, dict[str, None]] = {}
    # accent-blind, as first names are (names' `accented_first_name_is_its_listed_name`): "Celine" of a
    # reader's comment is "Céline Dion"
    for name in full:
        by_surname.setdefault(without_accents(_words(name)[-1]), {})[name] = None
        particle, _, after_particle = _words(name)[-1].partition("-")
        if after_particle and particle in connectors()[0]:
            # rule `surname_after_a_hyphened_particle_folds` (QA round 59, 964: "Assad (2)" under Other
            # names beside "Bashar al-Assad (3)"): news writes "Assad" alone for "al-Assad"
            by_surname.setdefault(without_accents(after_particle), {})[name] = None
        if name in found:  # not a headline's run: "Court Holds Amazon Liable" names no "Amazon Liable"
            by_first_name.setdefault(without_accents(_words(name)[0]), {})[name] = None
    folded = dict(found)
    for name, (kind, count) in found.items():
        if kind == ORGANISATION and name in bodies and len(name.split()) == 1:
            # Rule `surname_the_claims_took_for_a_body_is_the_speaker` (QA round 57, 398: "Rep. Devin
            # Nunes (R-California) told CNN", then "Nunes said" as a body: "Nunes (5)" under
            # Organisations): a one-word body only the claims typed, the surname of exactly one
            # person who speaks too, is that person; a body the names layer typed stays, as does the
            # short form of a longer body's name ("Ford" of "Ford Motor Company" beside "Henry Ford")
            # Rule `surname_the_claims_took_for_a_body_with_who_is_the_person` (session 23, QA round 61,
            # 512: "Belounis, who eventually flew home to France, has told CNN" was an organisation beside
            # "Zahir Belounis"): so is the surname of one person not speaking, when the text writes it
            # right before ", who", which is said of people
            fits = [fit for fit in by_surname.get(without_accents(name.lower()), {})
                    if fit in speakers or (fit in found and any(
                        WHO_AFTER.match(text, end) for _, end in _whole_word_spans(name, text)))]
            longer_body = any(other.split()[0] == name and other_kind == ORGANISATION
                              for other, (other_kind, _) in found.items() if " " in other)
            if len(fits) == 1 and name not in typed_bodies and not longer_body:
                _count_for(folded, name, count, fits[0], PERSON)
            continue
        if len(name.split()) != 1 or kind in (PLACE, ORGANISATION) or len(name.rstrip(".")) == 1:
            # rule `initial_is_no_surname` (session 18, a reference list: "T" of "T cells" counted five
            # times for "Alexander T"): one letter is an initial or a label, no surname
            continue
        fits = list(by_surname.get(without_accents(name.lower()), {}))
        if fits and _word_used_as_a_thing(name, text):
            continue  # rule `word_used_as_a_thing_is_no_surname`: "the word Obamacare"
        if fits and _group_word_before_nouns(name, found, text):
            # rule `group_s_word_before_a_noun_is_no_surname`: it counts for the group
            _count_for(folded, name, count, name + "s")
            continue
        if not fits and (name in speakers or (name.lower() in first_names()
                                              and name.lower() not in _no_names()["first_names_of_a_faith"])):
            fits = list(by_first_name.get(without_accents(name.lower()), {}))
        elif not fits and _reads_as_a_personal_name(name, lower_case, one_word=True) \
                and (not name.lower().endswith(DEMONYM_ENDINGS)
                     or (kind == PERSON and "-" not in name and not places_of_a_people_in_mentions(name.lower()))) \
                and name.lower() not in _no_names()["first_names_of_a_faith"]:
            fits = list(by_first_name.get(without_accents(name.lower()), {}))
            opening = [other for other in found if len(other.split()) > 1 and other.split()[0] == name]
            fits = fits if opening == fits else []
        # a reader drops a name's accents ("Celine" for "Céline Dion") but never adds some: "Rosé" (a
        # singer) is not "Rose Byrne" (review s14)
        fits = [fit for fit in fits if without_accents(name) == name or name.lower() in _words(fit)]
        same_office = [fit for fit in fits if (offices or {}).get(name, set()) & (offices or {}).get(fit, set())]
        if len(fits) == 1:
            _count_for(folded, name, count, fits[0], PERSON)
        elif len(fits) > 1 and name in titled and len(same_office) == 1 \
                and all(found.get(fit, (OTHER,))[0] == PERSON for fit in fits):
            # Rule `office_of_a_shared_surname_tells_the_person` (session 27, mentions2, CNN-Corpus dev
            # 930: "Ford (10)" listed beside "Rob Ford" and "Doug Ford", of "Mayor Ford" and "Mayor Rob
            # Ford"): a surname two people of the text share, written after the title only one of them
            # has, is that one's. With no title, or one both have, it stays as it was
            _count_for(folded, name, count, same_office[0], PERSON)
        elif _surname_of_two_people(name, kind, fits, found, titled):
            del folded[name]
        elif not fits and kind == OTHER and untyped:  # an English text's (`untyped`)
            _fold_into_an_untyped_full_name(found, folded, name, count, lower_case)
    return folded


# Rule `word_used_as_a_thing_is_no_surname`: a word noun ("the word", "the term") and spaces right
# before a name; and how many of the word's lone copies must read as a thing
WORD_NOUN_BEFORE = re.compile(r"\b[Tt]he\s+([a-z]+)\s+$")
THING_USES = 2


def _word_used_as_a_thing(word: str, text: str) -> bool:
    """Rule `word_used_as_a_thing_is_no_surname` (CNN-Corpus dev 371:
    "Barack Obamacare (8)" headed People, of one "Hillarycare or Barack
    Obamacare" joke, every lone "Obamacare", the law's nickname, counted
    for it): a one-word name that ends a person's name but that the text,
    at least THING_USES times where it stands alone (no capitalised word
    before it), writes as a word, not a person's name, is no mention of
    that person: in quote marks by itself ("known as 'Obamacare.'",
    "between "Romneycare" and "Obamacare""), after a naming word ("known
    as", "dubbed": claim_grammar.txt naming_markers) or after "the" and a
    word noun ("the word Obamacare": no_names.txt `word_nouns`). A surname
    alone written as a person's ("Obama said", "the Obama administration")
    still counts for the person, as does one quoted once."""
    uses = 0
    for at, end in _whole_word_spans(word, text):
        if CAPITALISED_WORD_BEFORE.search(text, max(0, at - CUE_REACH), at):
            continue  # "Barack Obamacare": the longer name itself
        # the closing mark no possessive's ("Caesar's Hour"): no letter right after it
        after = text[end : end + 3].lstrip(".,;:!?")
        quoted = at > 0 and text[at - 1] in QUOTE_MARK_CHARACTERS \
            and after[:1] in QUOTE_MARK_CHARACTERS and not after[1:2].isalnum()
        noun = WORD_NOUN_BEFORE.search(text, max(0, at - CUE_REACH), at)
        if quoted or _after_a_naming_word(text, at) \
                or (noun is not None and noun.group(1) in _no_names()["word_nouns"]):
            uses += 1
    return uses >= THING_USES


def _fold_puns_on_a_name(found: dict[str, tuple[MentionKind, int]], text: str
                         ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `pun_on_a_person_s_name_is_the_word` (CNN-Corpus dev 371:
    "Barack Obamacare (1)" under People, of "what's known as Hillarycare
    or Barack Obamacare", beside "Barack Obama"): a name of two words whose
    last is a word the text uses as a thing
    (`word_used_as_a_thing_is_no_surname`: "the word Obamacare") built on
    the surname of another person of the same first name is a pun on that
    person's name, no person: it counts for the word. "Barack Obama" beside
    "the Obama administration" stays as it was, and so does "Jane Care"
    beside "Jane Smith" and a quoted "Care" (no pun on Smith's name)."""
    folded = dict(found)
    people = [name.split() for name, (kind, _) in found.items() if kind == PERSON and len(name.split()) == 2]
    for name, (kind, count) in found.items():
        words = name.split()
        if kind != PERSON or len(words) != 2:
            continue
        first, last = words
        built_on = [other for other in people if other[0] == first and other[1] != last
                    and last.startswith(other[1]) and len(last) > len(other[1])]
        if built_on and _word_used_as_a_thing(last, text):
            _count_for(folded, name, count, last, OTHER)
    return folded


# Rule `surname_the_claims_took_for_a_body_with_who_is_the_person`: a comma and "who" right after a name
WHO_AFTER = re.compile(r",\s+who\b")


# Rule `the_royal_title_alone_is_the_one_royal`: a name or "of" after a title ("Prince Charles",
# "Prince of Wales"): the title is not alone there
TITLE_BEFORE_A_NAME = re.compile(r" (?:[A-Z]|of )")


def _fold_bare_royal_titles(found: dict[str, tuple[MentionKind, int]], text: str
                            ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `the_royal_title_alone_is_the_one_royal` (session 22, left by
    mentions-s22, CNN-Corpus dev 35: "Prince Charles (4)" and "Prince (1)",
    of '"...," the Prince said'): a royal title (place_words.txt
    `peerage_titles`: "Prince", "Princess") the text writes alone, each
    time right after "the", is the one person it names with that title
    and a name ("Prince Charles"), and counts for them. A peerage ("the
    Prince of Wales") is no such name: who holds it the list cannot tell.
    Two royals of the title ("Prince William", "Prince Harry") or "Prince"
    with no "the" (a singer's name) stay as they were. Rule
    `the_title_alone_is_the_one_holder` (no_names.txt `one_holder_titles`:
    "the Pope", "the new Pope") reads a title one person holds so too, and
    drops it when the text names two holders ("Pope Francis", "Pope
    Benedict XVI")."""
    folded = dict(found)
    one_holder = _no_names()["one_holder_titles"]
    # rule `other_title_of_the_one_holder`: "holy father" -> "pope"
    other_titles = {form.replace("_", " "): key.removeprefix(OTHER_TITLES_OF) for key, forms in _no_names().items()
                    if key.startswith(OTHER_TITLES_OF) for form in forms}
    for name, (_, count) in found.items():
        title = other_titles.get(name.lower(), name.lower())
        if title not in _place_words()["peerage_titles"] and title not in one_holder:
            continue
        alone = [at for at, end in _whole_word_spans(name, text) if not TITLE_BEFORE_A_NAME.match(text, end)]
        if not alone or not all(THE_OR_AS_BEFORE_A_TITLE.search(text, max(0, at - THE_BEFORE_A_TITLE_REACH), at)
                                if title in one_holder else text[max(0, at - 4) : at].lower() == "the "
                                for at in alone):
            continue
        held = title.capitalize() + " "
        fits = [other for other, (kind, _) in found.items() if kind == PERSON and other.startswith(held)
                and len(other.split()) > 1 and "of" not in other.split()]
        if len(fits) == 1:
            _count_for(folded, name, count, fits[0], PERSON)
        elif len(fits) > 1 and title in one_holder:
            folded.pop(name, None)
    return folded


# Rule `the_title_alone_is_the_one_holder`: "the Pope", "the new Pope" (one lower-case word between),
# right before the title
THE_BEFORE_A_TITLE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w\-]*\s+)?$")
# Rule `one_holder_title_alone_after_any_word_or_as` (CNN-Corpus dev 658: "Pope (5)" beside "Pope
# Francis (7)", of "the Argentinian Pope", "his first visit ... as Pope"): a one-holder title alone after
# "the" and one word, capitalised too (a people's word), or after "as" (the office held)
THE_OR_AS_BEFORE_A_TITLE = re.compile(r"(?:\b[Tt]he\s+(?:[A-Za-z][\w\-]*\s+)?|\bas\s+)$")
# Rule `other_title_of_the_one_holder`: no_names.txt sets named so give another title of a one-holder title
OTHER_TITLES_OF = "other_titles_of_"
THE_BEFORE_A_TITLE_REACH = 30


def _fold_peers_apposed_to_a_name(found: dict[str, tuple[MentionKind, int]], text: str
                                  ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `peer_apposed_to_a_name_is_that_person` (session 23, closing
    note s22: "Prince of Wales" apart from "Prince Charles"): a peer's
    title of a place (`peer_of_a_place_is_a_person`: "Prince of Wales")
    counts for the one person the text sets it beside in apposition
    ("Prince Charles, the Prince of Wales," or "the Prince of Wales, Prince
    Charles,"). Untied ("a report backed by Prince Charles ... the Prince of
    Wales charity", CNN-Corpus dev 35) the two stay apart: who holds the
    title the list does not guess."""
    folded = dict(found)
    people = [name for name, (kind, _) in found.items() if kind == PERSON and " " in name and " of " not in name]
    for peer, (kind, count) in found.items():
        words = peer.split()
        if kind != PERSON or len(words) != 3 or words[1] != "of" \
                or words[0].lower() not in _place_words()["peerage_titles"]:
            continue
        tied = [person for person in people
                if re.search(rf"\b{re.escape(person)},\s+(?:the\s+)?{re.escape(peer)}\b", text)
                or re.search(rf"\b{re.escape(peer)},\s+{re.escape(person)}\b", text)]
        if len(tied) == 1 and tied[0] in folded and peer in folded:
            _count_for(folded, peer, count, tied[0], PERSON)
    return folded


def _surname_of_two_people(name: str, kind: MentionKind, fits: Sequence[str],
                           found: dict[str, tuple[MentionKind, int]], titled: Collection[str] = ()) -> bool:
    """Rule `surname_of_two_people_is_no_entry` (QA round 55, 445: "Kasem
    (5)" under Other names beside "Casey Kasem (7)" and "Kerri Kasem (6)";
    668: "Harris (2)" beside "Justin Ross Harris" and "Leanna Harris"): an
    untyped surname alone that ends two people's names or more in the text
    is one of them, which the list cannot tell: it is listed under no
    heading rather than as a third name. A first name shared by two
    ("Grace" beside "Grace Kelly" and "Grace Park"), a typed name
    ("President Harris") and a surname of one person stay as they were.
    Session 26 (CNN-Corpus dev 449: "Jackson (3)" under People beside
    "Michael", "Katherine", "Prince" and "Blanket Jackson"): a surname typed
    a person by no title of its own ("Jackson died", a person's verb) is no
    less one of them."""
    return (kind == OTHER or (kind == PERSON and name not in titled)) and len(fits) > 1 \
        and all(fit.endswith(" " + name) and found.get(fit, (OTHER,))[0] == PERSON
                for fit in fits)


def _fold_into_an_untyped_full_name(found: dict[str, tuple[MentionKind, int]],
                                    folded: dict[str, tuple[MentionKind, int]], name: str, count: int,
                                    lower_case: frozenset[str]) -> None:
    """Rule `surname_folds_into_an_untyped_full_name` (mentions reader test
    s19, CNN: "German midfielder Christoph Kramer" and "the Kramer injury"
    were two entries, "Christoph" no listed first name): a one-word name
    under "Other names" that is the last word of exactly one name of two
    words under "Other names" that reads as a personal name counts for it,
    under "Other names" still (no evidence makes it a person). "Kramer"
    beside "Christoph Kramer" and "Anna Kramer" stays apart; so does a word
    ending a name with a common word or an inner capital ("Unlike Apple",
    "BunsenLabs Linux"), and any in a text that is not English or writes
    its nouns with capitals ("Portrait Fotografie")."""
    fits = [other for other, (kind, _) in found.items()
            if kind == OTHER and len(other.split()) == 2 and other.split()[-1] == name
            and _reads_as_a_personal_name(other, lower_case)
            and all(word[1:].islower() and word.lower() not in known_common_words() for word in other.split())]
    if len(fits) == 1 and name in folded and fits[0] in folded:
        _count_for(folded, name, count, fits[0], OTHER)


# Rule `spelling_variant_is_one_person`: first names shorter than this are too often two names
MIN_VARIANT_FIRST_NAME = 4


def _fold_accent_variants(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `accent_variant_is_one_name` (session 25, CNN-Corpus dev 302:
    "Francois Hollande (2)" and "François Hollande (2)" listed as two
    people, the article writing his name both ways): names the same but for
    their letters' accents are one name, counted as the form written more
    often (the accented one on a tie) and typed as either form is typed.
    "Jose Lopez" and "Josefa Lopez" (other letters) stay two."""
    by_plain: dict[str, list[str]] = {}
    for name in found:
        by_plain.setdefault(without_accents(name), []).append(name)
    folded = dict(found)
    for forms in by_plain.values():
        if len(forms) < 2:
            continue
        kept = max(forms, key=lambda form: (found[form][1], form != without_accents(form)))
        kinds = [found[form][0] for form in forms if found[form][0] != OTHER]
        for form in forms:
            folded.pop(form)
        folded[kept] = (kinds[0] if kinds else OTHER, sum(found[form][1] for form in forms))
    return folded


def _fold_spelling_variants(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `spelling_variant_is_one_person` (no_names.txt
    `letters_ending_another_first_name`; QA round 37: "Leopold Lopez (1),
    Leopoldo Lopez (1)"): two person's names alike but for one letter
    ending the first name ("Leopold"/"Leopoldo") are one person spelled
    two ways: they count as the form named more often (the longer on a
    tie), and so a surname alone counts for it. "Louis Smith" and "Louise
    Smith", or "Paul" and "Paula", stay two people."""
    people = [name for name, (kind, _) in found.items() if kind == PERSON and len(name.split()) > 1]
    endings = _no_names()["letters_ending_another_first_name"]
    folded = dict(found)
    for name in people:
        words = name.split()
        for other in people:
            others = other.split()
            if len(others) != len(words) or others[1:] != words[1:] or name not in folded or other not in folded:
                continue
            short, long = words[0], others[0]
            # Rule `nickname_is_the_same_person` (names.py, nicknames.txt): "Matt Olsen" and "Matthew
            # Olsen" too, when no third person of that surname is named ("Mary Olsen")
            namesakes = sum(1 for p in people if p.split()[1:] == words[1:] and p in folded)
            nickname = namesakes == 2 and nickname_pair(short, long)
            if not nickname and (len(short) < MIN_VARIANT_FIRST_NAME or len(long) != len(short) + 1
                                 or not long.startswith(short) or long[-1].lower() in endings):
                continue
            _, count = folded.pop(name)
            _, known = folded.pop(other)
            kept = name if count > known else other
            # Rule `nickname_pair_shows_the_full_name` (web tester s17, villagevoice: "Gerry Ford (2)"
            # for the "Gerald Ford" the article names formally): the person is shown by the full
            # first name, however often the short form is written; a reader looks a person up by it
            if nickname:
                kept = other if short_form_of(short, long) else name
            folded[kept] = (PERSON, count + known)
    return folded


# Rule `doubled_letter_or_h_is_one_surname`: a surname alone shorter than this is too often another
# surname of its own ("Ott" beside "Oth"), not one name written two ways; "Gaddafi"/"Gadhafi" is long
MIN_TRANSLITERATED_SURNAME = 4


def _fold_transliterated_surnames(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `doubled_letter_or_h_is_one_surname` (mentions-s28, CNN-Corpus dev
    302: "Gaddafi (1)" under People beside "Moammar Gadhafi (1)" under Other
    names): a surname alone that a person's full name writes with "h" where
    it doubles the letter before ("Gaddafi"/"Gadhafi", as names from Arabic
    are written both ways), the rest alike, is that person's: it counts for
    the full name, a person, when only one full name so ends. Any other
    letter ("Hanson"/"Hansen") stays two names."""
    folded = dict(found)
    for name, (kind, count) in found.items():
        if kind != PERSON or " " in name or len(name) < MIN_TRANSLITERATED_SURNAME:
            continue
        fits = [other for other in found if " " in other and _h_for_a_doubled_letter(name, other.split()[-1])]
        if len(fits) == 1 and name in folded and fits[0] in folded:
            _count_for(folded, name, count, fits[0], PERSON)
    return folded


def _h_for_a_doubled_letter(one: str, other: str) -> bool:
    """Whether two words differ only where one doubles a letter and the
    other writes "h" after it ("Gaddafi", "Gadhafi")."""
    if len(one) != len(other) or one == other:
        return False
    differ = [i for i, (a, b) in enumerate(zip(one.lower(), other.lower(), strict=True)) if a != b]
    if len(differ) != 1 or differ[0] == 0:
        return False
    at = differ[0]
    pair = {one[at].lower(), other[at].lower()}
    before = one[at - 1].lower()
    # only "dh"/"dd", as Arabic names are written both ways: "Buss"/"Bush" are two people
    return pair == {"h", before} and before == "d"


def _fold_numbered_surnames(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `number_sign_ends_a_numbered_name`, with `surname_folds_into_full_name`:
    "Doe #2" counts for the one longer name that ends with it ("John Doe
    #2"), never for another number's ("John Doe #1")."""
    folded = dict(found)
    for name, (kind, count) in found.items():
        words = name.split()
        if len(words) != 2 or not words[1].startswith(NUMBER_SIGN) or kind in (PLACE, ORGANISATION):
            continue
        fits = [other for other in found if len(other.split()) > 2 and other.endswith(f" {name}")]
        if len(fits) == 1:
            _count_for(folded, name, count, fits[0])
    return folded


def _fold_nickname_and_surname(found: dict[str, tuple[MentionKind, int]], text: str
                               ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `nickname_and_surname_is_the_full_name` (CNN-Corpus dev 222:
    'David Gabriel "Gabe" Watson', then "Gabe Watson" and "Gabe" alone,
    two entries): the quoted nickname with the surname counts for the
    person the text names around that nickname; read after the first
    names folded into it ("Gabe" of "Gabe Watson")."""
    folded = dict(found)
    for name, (kind, _) in found.items():
        if kind != PERSON or len(name.split()) < 3:
            continue
        nickname = _nickname_written_in(name, text)
        short = f"{nickname} {name.split()[-1]}" if nickname else ""
        if short in folded and name in folded:
            _count_for(folded, short, folded[short][1], name)
    return folded


def _nickname_written_in(name: str, text: str) -> str:
    """The quoted nickname the text writes before the last word of `name`,
    a name of three words or more ('David Gabriel "Gabe" Watson': "Gabe"),
    or ""."""
    *first, last = name.split()
    written = re.search(re.escape(" ".join(first)) + r"\s+[\"\u201c]([\w\-]+)[\"\u201d]\s+" + re.escape(last),
                        text)
    return written.group(1) if written else ""


def _fold_middle_names(found: dict[str, tuple[MentionKind, int]], text: str = ""
                       ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `middle_name_folds_into_full_name` (web tester s11: "Andrew
    Alturo Fahie (1), Andrew Fahie (1)" in a note on two articles): a
    person's name of two words counts for the one longer person's name
    with the same first and last words. Two such ("John Paul Smith", "John
    Peter Smith") leave it apart."""
    people = [name for name, (kind, _) in found.items() if kind == PERSON]
    folded = dict(found)
    for name in people:
        fits = [other for other in people if drops_middle_names(name, other)]
        if any(_nickname_written_in(fit, text) for fit in fits):
            # Rule `name_around_a_nickname_takes_no_shorter_name` (CNN-Corpus dev 222: 'David Gabriel
            # "Gabe" Watson' and "His father, David Watson"): a person the text names with a middle
            # name and a quoted nickname goes by the nickname; the shorter name may be a relative's
            continue
        if len(fits) == 1:
            _count_for(folded, name, found[name][1], fits[0])
    return folded


def drops_middle_names(short: str, full: str) -> bool:
    """Whether `short`, a name of two words, is `full`, a name of three
    words or more, without its middle names: the same first and last words
    ("Jane Trenka", "Jane Jeong Trenka"). Rule
    `middle_name_folds_into_full_name`'s test, for the mentions and the
    brief's speakers alike."""
    words = _words(short)
    return len(words) == 2 and len(full.split()) > 2 and _words(full)[0] == words[0] and _words(full)[-1] == words[-1]


# Rule `short_form_is_its_initials`: a short form of this many letters may stand for a
# name; two letters spell too many names by chance
MIN_SHORT_FORM = 3


def _fold_initials(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `short_form_is_its_initials` (web tester s11: "DEA (3)" beside
    "United States Drug Enforcement Agency (2)"; "NYCHA", named six times,
    missing beside "New York City Housing Authority (1)"): a one-word name
    of three letters or more, no person or place, counts for the one body
    or other name whose initials it spells ("NYCHA"; "Baark" of "Bahamas
    Alliance For Animal Rights and Kindness"), or, in capitals, whose
    initials end with it after a listed place ("United States" + "DEA").
    The full name is kept, an organisation when either was one. "ACE"
    beside two names of those initials stays apart.

    Rule `capitals_spelling_a_place_are_the_place` (web page
    thestkittsnevisobserver.com-bvi: "the people of the BVI", "the UK and
    BVI" left out, beside "British Virgin Islands (1)"): a short form in
    capitals that spells a listed place of as many words ("BVI", "UAE",
    "DRC" of "Democratic Republic of Congo") counts for that place, which
    stays a place. A short form spelling no place the text names stays."""
    bodies = (ORGANISATION, OTHER)
    folded = dict(found)
    for name, (kind, count) in found.items():
        key = name.replace(".", "").lower()
        if " " in name or kind not in bodies or len(key) < MIN_SHORT_FORM or not key.isalpha():
            continue
        fits = [other for other, (other_kind, _) in folded.items()
                if other_kind in bodies and " " in other and _spells(name, other)]
        places = [other for other, (other_kind, _) in folded.items()
                  if other_kind == PLACE and name.isupper() and len(_words(other)) >= len(key)
                  and name_initials(other) == key]
        if len(fits) == 1 and not places:
            # an organisation's short form makes the name it spells one too
            _count_for(folded, name, count, fits[0], ORGANISATION if kind == ORGANISATION else None)
        elif len(places) == 1 and not fits:
            _count_for(folded, name, count, places[0], PLACE)
    return folded


def _spells(short: str, name: str) -> bool:
    """`short` is the initials of `name`, or, in capitals, of its words
    after a listed place that opens it."""
    key, initials = short.replace(".", "").lower(), name_initials(name)
    if any("." in word.rstrip(".") for word in name.split()[:-1]):
        # rule `acronym_spells_every_letter_of_a_short_form` (session 23, closing note s22: "UPS" counted
        # for "U.S. Postal Service", whose first letters spell it): a dotted short form inside the name
        # gives the acronym all its letters ("U.S." -> "US"), as `_initials` reads them: "USPS" spells it
        initials = _initials(name).lower()
    if initials == key:
        return True
    words = name.split()
    if short.isupper() and len(words) > 2 and len(words[-1]) > 1 and words[-1].isalpha() and words[-1].isupper() \
            and name_initials(" ".join(words[:-1])) + words[-1].lower() == key:
        # rule `country_code_ends_an_acronym_whole` (QA round 66, 740: "RFUK", named four times, missing
        # beside "Rainforest Foundation UK (1)"): a last word in capitals gives all its letters
        return True
    return short.isupper() and any(is_place(" ".join(words[:cut])) and name_initials(" ".join(words[cut:])) == key
                                   for cut in range(1, len(words) - 1))


def _fold_possessive_things(found: dict[str, tuple[MentionKind, int]], things: Collection[str]
                            ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `possessive_thing_name_runs_on`, its fold (session 27, mentions2, CNN-Corpus dev 488: "Kidd's
    Kids (1)" beside "Kidd's Kids Charity (2)"): a thing's name of a possessive and one word
    (`possessive_inside_a_thing_name_is_no_owner`) counts for the one name of one word more that opens
    with it, as news drops a body's last word; with two such names ("Pepper's Ghost Show", "Pepper's
    Ghost Effect"), or a longer one ("Samaritan's Purse" beside the "Samaritan's Purse Ebola
    Consolidated Case Management Center" it runs), it stays as it was."""
    folded = dict(found)
    for thing in things:
        if thing not in folded or folded[thing][0] != OTHER:
            continue
        longer = [other for other, (other_kind, _) in folded.items()
                  if other.startswith(thing + " ") and " " not in other[len(thing) + 1 :]
                  and other_kind in (ORGANISATION, OTHER)]
        if len(longer) == 1:
            _count_for(folded, thing, folded[thing][1], longer[0])
    return folded


def _fold_short_names(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `body_tail_drops_in_a_short_name`: "Amnesty" counts for
    "Amnesty International", an organisation, when it is no place and only
    one name fits. Rule `place_by_its_lead_opening_a_body_is_the_body`
    (session 23, review s22 and CNN-Corpus dev 173: "Mount Sinai (1)" under
    Places, of "his colleagues at Mount Sinai", beside "Mount Sinai School
    of Medicine"): a name of two words made a place only by its first word
    (`place_word_leads_a_place`: "Mount", "Lake") counts for the one
    organisation whose name opens with it. "at Mount Sinai" with no such
    body named, and a listed place ("Mount Everest"), stay places."""
    folded = dict(found)
    for name, (kind, count) in found.items():
        if _place_by_its_lead(name, kind):
            bodies = [other for other, (other_kind, _) in folded.items()
                      if other_kind == ORGANISATION and other.startswith(name + " ")]
            if len(bodies) == 1:
                _count_for(folded, name, count, bodies[0], ORGANISATION)
            continue
        if kind == PLACE or " " in name:
            continue
        fits = [other for other, (other_kind, _) in folded.items()
                if other_kind in (ORGANISATION, OTHER) and short_name_of_a_body(name, other)
                and not _channel_of_an_outlet(name, other)]
        if len(fits) == 1:
            _count_for(folded, name, count, fits[0], ORGANISATION)
    return folded


def _channel_of_an_outlet(name: str, other: str) -> bool:
    """Rule `outlet_is_no_short_name_of_its_channel` (CNN-Corpus dev 925: "CNN
    International (3)" took in "told CNN" twice): a news outlet named alone
    (`name`, "CNN", "BBC") is the outlet, a body of its own beside a channel or
    an edition named after it (`other`: "CNN International", "BBC World
    Service"); "CBS" beside "CBS Corp." (a legal form: claim_grammar.txt
    legal_forms_after_a_comma) is the one company."""
    rest = other.split()[len(name.split()):]
    return is_news_outlet(name) and other.startswith(name + " ") \
        and not all(word.rstrip(".").lower() in grammar("legal_forms_after_a_comma") for word in rest)


def _fold_clipped_body_names(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `clipped_body_name_is_the_body` (QA round 58, 654: "Con Ed (3)"
    under Organisations and "Con Edison (4)" under Other names, one
    company): two names alike but for the last word, one's last word the
    start of the other's, are one body when either is an organisation: they
    count for the longer name, an organisation. Two people ("John Ed",
    "John Edwards") or a name with no body's evidence stay apart."""
    folded = dict(found)
    for name, (kind, count) in found.items():
        words = name.split()
        if len(words) < 2 or kind not in (ORGANISATION, OTHER) or name not in folded:
            continue
        fits = [other for other, (other_kind, _) in folded.items()
                if other_kind in (ORGANISATION, OTHER) and ORGANISATION in (kind, other_kind)
                and len(other.split()) == len(words) and other.split()[:-1] == words[:-1]
                and len(other.split()[-1]) > len(words[-1]) and other.split()[-1].startswith(words[-1])]
        if len(fits) == 1:
            _count_for(folded, name, count, fits[0], ORGANISATION)
    return folded


def _weekday_and_a_paper_s_word(name: str) -> bool:
    """Whether `name` is a capitalised weekday (claim_grammar.txt
    time_words) and one newspaper's word: "Sunday Telegraph"."""
    words = name.split()
    return len(words) == 2 and words[0][1:].islower() and words[0].lower() in grammar("time_words") \
        and words[1].lower() in _paper_words()


def _fold_papers_by_their_weekday(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `weekday_opens_a_paper_s_name`, the fold: "the Times" alone, in
    an article naming one paper "Sunday Times" and no other of that rest,
    is that paper ("Al-Assad told The Sunday Times ...", "he told the
    Times"): it counts for it, an organisation. With "Sunday Times" and
    "Saturday Times" named, "Times" stays apart. A weekday and a paper's word
    alone ("Sunday Telegraph", "Sunday Mirror") is such a paper, an
    organisation, however the steps before typed it (review s29: "People:
    Sunday Telegraph", "Telegraph" written alone read as a surname)."""
    found = {name: (ORGANISATION if _weekday_and_a_paper_s_word(name) else kind, count)
             for name, (kind, count) in found.items()}
    folded = dict(found)
    for name, (kind, count) in found.items():
        if kind not in (ORGANISATION, OTHER):
            continue
        fits = [other for other, (other_kind, _) in found.items()
                if other_kind == ORGANISATION and other.partition(" ")[2] == name
                and other.split()[0].lower() in grammar("time_words")]
        if len(fits) == 1 and name in folded:
            _count_for(folded, name, count, fits[0], ORGANISATION)
    return folded


def _fold_names_cut_before_a_lower_case_word(found: dict[str, tuple[MentionKind, int]], text: str
                                             ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `name_cut_before_its_word_in_lower_case_is_the_longer_name` (QA
    round 66, 801: "Ministry of Foreign (1)" beside "Ministry of Foreign
    Affairs (1)", of "Ministry of Foreign affairs"): a body's name of the
    shape "X of Y" that another listed name continues, where the text
    writes the continuing word in lower case right after it, is that name
    written carelessly: it counts for the longer one. A name of no "of"
    ("Boot Camp" beside "Boot Camp Partition", of "the Boot Camp
    partition") is a thing of its own. Where the word after it is
    another ("the Ministry of Foreign Trade", "Ministry of Foreign and
    Commonwealth"), or the longer name goes on with a small word ("Green
    New Deal" beside "Green New Deal for Europe"), it stays."""
    folded = dict(found)
    for name, (_, count) in found.items():
        if " of " not in name or name not in folded:
            continue
        fits = [other for other in folded if other.startswith(name + " ") and other[len(name) + 1 :][:1].isupper()
                and re.search(rf"(?<![\w-]){re.escape(name)} {re.escape(other[len(name) + 1:].split()[0].lower())}\b",
                              text)]
        if len(fits) == 1:
            _count_for(folded, name, count, fits[0])
    return folded


def _fold_bodies(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `body_word_is_its_body`: an organisation word alone
    ("Government", "Police") counts for the one organisation named with it
    last ("Irish government"); with two such, it stays apart."""
    folded = dict(found)
    for name, (_, count) in found.items():
        word = name.lower()
        if " " in name or word not in organisation_words():
            continue
        fits = [other for other, (kind, _) in found.items()
                if kind == ORGANISATION and " " in other and _words(other)[-1] == word]
        if len(fits) == 1 and not legislature_beside_another_body(name, fits[0]):
            _count_for(folded, name, count, fits[0])
    return folded


def _fold_peoples_by_a_nationality(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `people_is_no_body`, its fold: a listed people after a listed
    place's people ("Tanzanian Maasai", no_names.txt `peoples`) counts for
    the people named alone ("Maasai"): the place's word qualifies it."""
    folded = dict(found)
    for name, (_, count) in found.items():
        words = name.split()
        if len(words) > 1 and words[-1].lower() in _no_names()["peoples"] \
                and places_of_a_people(" ".join(words[:-1]).lower()):
            _count_for(folded, name, count, words[-1], OTHER)
    return folded


def _fold_plural_full_names(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `plural_of_a_full_name_is_the_person` (mentions-s26, CNN-Corpus
    dev 180: "George Zimmermans (1)" beside "George Zimmerman (5)", of "it
    is more George Zimmermans"; 300: "the David Beckhams of this world"): a
    person's full name with an "s" added is the person's name used as a
    kind, a mention of that person. "Peter Roberts" beside no "Peter
    Robert", and one word ("Jacksons", a family) stay as they were."""
    folded = dict(found)
    for name, (kind, count) in found.items():
        single = name[:-1]
        if kind == PERSON and " " in name and name.endswith("s") and not name.endswith("ss") \
                and found.get(single, (OTHER,))[0] == PERSON:
            _count_for(folded, name, count, single, PERSON)
    return folded


def _fold_clipped_plurals(found: dict[str, tuple[MentionKind, int]], text: str
                          ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `clipped_plural_is_the_place_or_body` (judge set, CNN-Corpus dev
    770: "United State (1)" under Other names, of "Even if the United State
    granted Aboutalebi a visa" beside "United States"): a name of two words
    or more under "Other names" that, with an "s" added, is a place or a
    body the article names is that one written short of its plural: it
    counts for it. A person's name ("Peter Robert" beside "Peter Roberts")
    and a name with no such place or body stay, and so does a singular
    written as a modifier, before a lower-case word that reads as no verb
    (review s29: "Rocky Mountain oysters" beside "the Rocky Mountains")."""
    folded = dict(found)
    for name, (kind, count) in found.items():
        plural = name + "s"
        if kind == OTHER and " " in name and not name.endswith("s") \
                and found.get(plural, (OTHER,))[0] in (PLACE, ORGANISATION) and name in folded \
                and not _modifier_before_a_noun(name, text):
            _count_for(folded, name, count, plural)
    return folded


def _modifier_before_a_noun(name: str, text: str) -> bool:
    """Whether some copy of `name` is followed by a lower-case word that
    reads as no verb (no auxiliary, finite or past verb of
    claim_grammar.txt, no "-ed" form): "Rocky Mountain oysters", not "the
    United State granted"."""
    return any(_before_a_noun(text, end) for _, end in _whole_word_spans(name, text))


def _before_a_noun(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by a lower-case word
    that reads as no verb (`_modifier_before_a_noun`)."""
    verbs = grammar("auxiliaries") | grammar("finite_verbs") | grammar("past_verbs")
    after = LOWER_CASE_WORD_AFTER_A_NAME.match(text, end)
    return after is not None and after.group(1) not in verbs and not after.group(1).endswith("ed")


def _group_word_before_nouns(name: str, found: dict[str, tuple[MentionKind, int]], text: str) -> bool:
    """Rule `group_s_word_before_a_noun_is_no_surname` (CNN-Corpus dev 806:
    "Abdul Malik al-Houthi (3)", of "Abdul Malik al-Houthi" once and "The
    Houthi attacks", "an expert in Houthi affairs", beside "Houthis (5)"):
    a one-word name whose plural the text names too ("Houthis") and that
    is written alone only before a lower-case noun is that group's word
    used as an adjective, no mention of a person of that surname; it
    counts for the group. Written alone as a subject ("Houthi said"), or
    with no such plural named ("the Obama administration"), it still
    counts for the person."""
    if found.get(name + "s", (PERSON,))[0] == PERSON:
        return False
    alone = [end for at, end in _whole_word_spans(name, text)
             if text[at - 1 : at] != "-" and not NAME_WORD_AFTER.match(text[end : end + 2])]
    return bool(alone) and all(_before_a_noun(text, end) and not _cue_after(text, end) for end in alone)


def _cue_after(text: str, end: int) -> bool:
    """Whether the word right after `end` is a cue verb's form ("Houthi said")."""
    after = LOWER_CASE_WORD_AFTER_A_NAME.match(text, end)
    return after is not None and (after.group(1),) in cue_forms()


def _fold_bodies_by_an_adjective(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `adjective_body_is_the_body_of_its_noun` (no_names.txt
    body_adjective_nouns; web test s14 K4): a name of two words, a listed
    adjective and a body's word ("Appellate Court"), counts for the one
    organisation named with that body's word and the adjective's noun
    ("4th District Court of Appeal"); with two such ("Court of Appeals"
    of two states) or none, it stays apart."""
    nouns: dict[str, set[str]] = {}
    for pair in _no_names()["body_adjective_nouns"]:
        adjective, _, noun = pair.partition("_")
        nouns.setdefault(adjective, set()).add(noun)
    folded = dict(found)
    for name, (kind, count) in found.items():
        words = _words(name)
        if kind not in (ORGANISATION, OTHER) or len(words) != 2 or words[0] not in nouns \
                or words[1] not in organisation_words():
            continue
        fits = [other for other, (other_kind, _) in found.items()
                if other_kind == ORGANISATION and other != name and words[1] in _words(other)
                and not nouns[words[0]].isdisjoint(_words(other))]
        if len(fits) == 1:
            _count_for(folded, name, count, fits[0])
    return folded


def _fold_body_forms(found: dict[str, tuple[MentionKind, int]], first_named: dict[str, int] | None = None
                     ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `short_form_is_the_body` (QA round 33: "New York Yankee (1)"
    under "Other names" beside "Yankees (1)" under "Organisations", both
    the New York Yankees): a name that is no person and no place counts for
    the one other such name that is its plural ("New York Yankee", of "a
    New York Yankee player"), or that is a city and it or its plural
    ("Yankees", "Yankee"), under whatever heading each was; the name kept
    is the one named more often (the plural, the longer, on a tie), an
    organisation when either was one. Only after a city: the end of a
    longer run is often another thing ("Supreme Court" of "Native American
    Supreme Court", "Coca-Cola" of "Country & Coca-Cola"); and only when no
    other name ends so ("Government" of "UK Government" and "Scottish
    Government" stays apart). Rule `generic_body_before_its_place_is_another`
    (session 12, QA round 38: "Kansas Supreme Court (3)" counted two
    mentions of "the Supreme Court", the U.S. one, both written before the
    Kansas court was named): a generic body name ("Supreme Court", "City
    Council": `generic_body_name`) first written before the longer name
    is not yet its short form: the text uses it for another body, and the
    two stay apart."""
    bodies = (ORGANISATION, OTHER)
    folded = dict(found)
    for name in sorted(found, key=lambda name: len(name.split())):
        kind, count = folded.get(name, (PERSON, 0))  # a name folded already is gone
        if kind not in bodies:
            continue
        words = name_key(name)
        forms = (words, (*words[:-1], words[-1] + "s"))
        ends = [(other, before) for other, (other_kind, _) in folded.items()
                if other_kind in bodies and other != name
                and (before := _ends_with_a_form(forms, name_key(other))) is not None]
        if len(ends) != 1 or not _a_city_or_nothing(ends[0][1]):
            continue
        longer = ends[0][0]
        if first_named and generic_body_name(name) and first_named.get(name, 0) < first_named.get(longer, 0):
            continue
        other_kind, known = folded.pop(longer)
        del folded[name]
        kept = name if count > known else longer
        folded[kept] = (ORGANISATION if ORGANISATION in (kind, other_kind) else other_kind, known + count)
    return folded


def _ends_with_a_form(forms: tuple[tuple[str, ...], ...], long: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words before the end of `long` that is one of `forms` (a name's
    words, their plural); None when it ends with neither."""
    words, plural = forms
    if long == plural and words != plural:
        return ()
    return next((long[: len(long) - len(form)] for form in forms
                 if len(long) - len(form) > 0 and long[len(long) - len(form) :] == form), None)


def _a_city_or_nothing(before: tuple[str, ...]) -> bool:
    """The words `_ends_with_a_form` found before the name (or its plural)
    in a longer name are none (the longer name is the plural) or a listed
    place; "New York" is a place as the first words of "New York City"."""
    place = " ".join(before)
    return not before or is_place(place) or is_place(f"{place} city")


def _fold_bodies_of_a_place(found: dict[str, tuple[MentionKind, int]], text: str
                            ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `body_of_a_place_is_the_body` (QA round 38, 674: "Westboro
    Baptist Church of Topeka (5)" and "Westboro Baptist Church (2)" were
    two entries): an organisation named as another organisation of two
    words or more, then "of" and a listed place, is that organisation: one
    entry, under the shorter name. A generic body ("Supreme Court" beside
    "Supreme Court of Canada": `generic_body_name`) may be another one,
    and stays apart."""
    folded = dict(found)
    places_named: set[str] | None = None
    for name, (kind, count) in found.items():
        if kind != ORGANISATION or " of " not in name:
            continue
        body, _, place = name.rpartition(" of ")
        known = found.get(body)
        if not known:
            continue
        if places_named is None:
            places_named = _places_named(text)
        a_place = is_place(place) or found.get(place, (OTHER, 0))[0] == PLACE or place in places_named
        if known and known[0] == ORGANISATION and " " in body and a_place and not generic_body_name(body):
            _count_for(folded, name, count, body)
    return folded


def _fold_congregation_words(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `congregation_word_is_its_church` (QA round 38, 674: "Westboro",
    written alone 16 times for the Westboro Baptist Church, was not
    listed): a single word under "Other names", no known first name, that
    opens the one organisation of three words or more holding a church
    word (place_words.txt institution_words_unless_a_person) the article
    names, and no other name, counts for that church."""
    folded = dict(found)
    for name, (kind, count) in found.items():
        if kind != OTHER or " " in name or name.lower() in first_names():
            continue
        opened = [other for other in found if other != name and other.split()[0] == name]
        if len(opened) == 1 and found[opened[0]][0] == ORGANISATION and len(opened[0].split()) > 2 \
                and not _place_words()["institution_words_unless_a_person"].isdisjoint(_words(opened[0])):
            _count_for(folded, name, count, opened[0])
    return folded


def _fold_short_forms(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `short_form_is_the_place` (place_words.txt): "U.S." counts for
    "United States" when the article names both; so does "U.N." for the
    body "United Nations" (QA round 47)."""
    full_names = {name.lower(): name for name, (kind, _) in found.items() if kind in (PLACE, ORGANISATION)}
    folded = dict(found)
    for set_name, shorts in _place_words().items():
        full = full_names.get(set_name.removeprefix("body_").removeprefix("short_").replace("_", " "))
        if not set_name.startswith(("short_", "body_short_")) or full is None:
            continue
        for name, (_, count) in found.items():
            if name.lower() in shorts and name in folded:
                _count_for(folded, name, count, full)
    return folded


# Rule `acronym_of_a_body_named_in_full_folds`: an acronym of three capitals or more
BODY_ACRONYM = re.compile(r"[A-Z]{3,}")


def _initials(name: str) -> str:
    """The capitals a body's acronym takes from `name`: each capitalised
    word's first, the letters of a dotted short form inside it ("U.S." ->
    "US": names.acronym_letters), no small word ("of", "the")."""
    letters = []
    words = name.split()
    for at, word in enumerate(words):
        if word[:1].isupper():
            letters.append(acronym_letters(word, last=at == len(words) - 1))
        elif word not in TITLE_SMALL_WORDS:
            return ""
    return "".join(letters)


def _fold_acronyms_of_bodies(found: dict[str, tuple[MentionKind, int]]) -> dict[str, tuple[MentionKind, int]]:
    """Rule `acronym_of_a_body_named_in_full_folds` (session 22, QA round
    62, 569: "USPS (5)" and "U.S. Postal Service (2)" were two
    organisations): an acronym the article writes alone whose capitals are
    those of exactly one organisation it names in full (`_initials`) counts
    for that body, shown by its full name. An acronym two bodies spell, or
    none, stays as it is."""
    folded = dict(found)
    spelled: dict[str, list[str]] = {}
    for name, (kind, _) in found.items():
        if kind == ORGANISATION and " " in name:
            for form in _acronym_forms(name):
                spelled.setdefault(form, []).append(name)
    untyped: dict[str, list[str]] = {}
    for name, (kind, _) in found.items():
        if kind == OTHER and " " in name and _words(name)[-1] not in _no_names()["document_ends"]:
            for form in _acronym_forms(name):
                untyped.setdefault(form, []).append(name)
    for name, (kind, count) in found.items():
        fits = spelled.get(name, []) if kind in (ORGANISATION, OTHER) and BODY_ACRONYM.fullmatch(name) else []
        if not fits and kind == ORGANISATION and BODY_ACRONYM.fullmatch(name):
            # rule `acronym_of_a_body_names_its_full_name_a_body` (session 23, QA round 65, 943: "LCC (3)"
            # an organisation, "Local Coordination Committees of Syria (1)" under Other names): an
            # acronym typed a body that spells exactly one name under Other names (no law's: "Voting
            # Rights Act") makes it the body, and counts for it
            fits = untyped.get(name, [])
        if len(fits) == 1 and fits[0] in folded and name in folded:
            _count_for(folded, name, count, fits[0], ORGANISATION)
    return folded


def _fold_short_forms_inside_a_longer_name(found: dict[str, tuple[MentionKind, int]]
                                           ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `short_form_inside_a_longer_name_folds` (CNN-Corpus dev 702: "NPC
    Standing Committee (2)" beside "National People's Congress Standing
    Committee (2)"): a name of two words or more, no person's and no
    place's, that is exactly one longer name the article lists with its
    leading words written as their acronym ("NPC" for "National People's
    Congress") counts for it. An acronym that spells other words ("NRA
    Standing Committee") stays as it is."""
    folded = dict(found)
    for name, (kind, count) in found.items():
        words = name.split()
        if len(words) < 2 or kind in (PERSON, PLACE) or name not in folded:
            continue
        fits = [other for other, (other_kind, _) in folded.items()
                if other_kind not in (PERSON, PLACE) and other != name
                and BODY_ACRONYM.fullmatch(words[0]) is not None and other.endswith(" " + " ".join(words[1:]))
                and _initials(other[: -len(" ".join(words[1:]))].strip()) == words[0]]
        if len(fits) == 1:
            _count_for(folded, name, count, fits[0])
    return folded


def _acronym_forms(name: str) -> set[str]:
    """The acronyms a body's name may take (`_initials`): its capitals;
    with "O" for "of" ("Department of Justice" -> "DOJ"); those of the name
    before a closing "of" and a place (rule `acronym_spells_no_closing_place`,
    session 23, QA round 65, 943: "Local Coordination Committees of Syria"
    is the "LCC"); and for a government body whose head may go either side
    of its field (no_names.txt `word_order_body_heads`, rule
    `acronym_of_either_word_order`, QA round 64, 376: "DOJ (1)" apart from
    "Justice Department (5)") those of the other order ("Department of
    Justice"). Forms shorter than three capitals match no BODY_ACRONYM."""
    forms = {_initials(name), _initials(name.replace(" of ", " Of "))}
    before, of, after = name.rpartition(" of ")
    if of and is_place(after):
        forms.add(_initials(before))
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _no_names()["word_order_body_heads"]:
        forms.add(_initials(f"{words[-1]} Of {' '.join(words[:-1])}"))
    return {form for form in forms if form}


def _fold_other_name_endings(found: dict[str, tuple[MentionKind, int]], english: bool, text: str = ""
                             ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `other_name_ending_folds_into_the_longer` (web tester s19,
    hellogiggles: "Apricot Scrub (1)" and "St. Ives Apricot Scrub (1)" were
    two entries): a name of two words or more under "Other names" that
    ends exactly one longer name under "Other names" counts for it. Ending
    two ("Apricot Scrub" beside "St. Ives Apricot Scrub" and "Kroger
    Apricot Scrub") it stays apart, as does a typed name, a longer name
    written only in quote marks ('calls for a "Winter World Cup"': rule
    `quoted_label_takes_no_short_form`), and any in a text
    that is not English or writes its nouns with capitals (`english`
    False: "László Földényi" beside "Essayisten László Földényi", "the
    essayist"). So is a longer name written only after a naming word
    ("a Glass app called Drive Safe Google Glass": CNN-Corpus dev 546,
    where it counted every "Google Glass"): rule
    `named_label_takes_no_short_form`."""
    folded = dict(found)
    for name, (kind, count) in found.items():
        if kind != OTHER or " " not in name or not english:
            continue
        # rule `quoted_label_takes_no_short_form` (session 22, QA round 61, 512: "Winter World Cup
        # (5)" counted four plain "World Cup"s, of
        # 'calls for a "Winter World Cup"'): a longer name the article writes only in quote marks
        # is a label coined for one kind of the thing, no full form of it
        longer = [other for other, (other_kind, _) in found.items()
                  if other_kind == OTHER and other.endswith(" " + name) and not _in_quote_marks(other, text)]
        if len(longer) == 1 and longer[0] in folded and not _named_only_after_a_naming_word(longer[0], text):
            _count_for(folded, name, count, longer[0], OTHER)
    return folded


def _named_only_after_a_naming_word(name: str, text: str) -> bool:
    """Rule `named_label_takes_no_short_form`: whether every copy of `name`
    follows a naming word (claim_grammar.txt naming_markers: "an app called
    Drive Safe Google Glass"), a label coined for one thing."""
    spans = list(_whole_word_spans(name, text))
    return bool(spans) and all(_after_a_naming_word(text, at, comma_between=True) for at, _ in spans)


def _generic_body_word(name: str) -> bool:
    """Rule `generic_body_word_is_no_name` (no_names.txt `body_words_alone`;
    session 8: "Organisations: ... Office (1)", of "the U.S. Attorney's
    Office", in a Boston Herald brief): a generic body word alone that
    counts for no body named in full names nothing the reader can tell.
    "Government" and "Parliament" alone stay."""
    return " " not in name and name.lower().rstrip(".") in _no_names()["body_words_alone"]


# Rule `repeated_one_word_name_is_listed`: an untyped word named this often may be listed.
REPEATED_ONE_WORD = 2


def _repeated_one_word_names(found: dict[str, tuple[MentionKind, int]], named_inside: set[str],
                             text: str) -> frozenset[str]:
    """Rule `repeated_one_word_name_is_listed` (web test s15 K2: "Luboku",
    the review's subject, named eight times, "Hitler" four times, "Oaxaca"
    three, were left out while names seen once were listed): a word the
    names layer could not type is still listed, under "Other names", when
    it is named at least REPEATED_ONE_WORD times, at least once inside a
    sentence (not only as its first word), never written in lower case (a
    web address aside: "luboku.com") and never in capitals ("EP", "BIPOC"
    may be terms). Not a word the rules files know as a common word
    (`known_common_words`: "Section", "Author", "Thus"), a people's word
    ("German": demonym_endings; "Nazi", the first word of a longer name the
    article gives, "Nazi Germany"), a label before a number ("Figure 1",
    "Nov 3"), a plural whose singular the article writes in lower case
    ("Charms", "charm"), a piece of a longer name ("Coils" of "Coils to
    Locs") nor a word always after "the" ("the Territory"); and only in an
    English text, which is what the names layer reads ("Kamera", "il Nord"
    are no names). A word named once stays out."""
    if guess_language(text) not in (ENGLISH, None):
        return frozenset()
    longer_firsts = {name.split()[0] for name in found if " " in name}
    repeated = set()
    for name, (kind, count) in found.items():
        low = name.lower()
        if kind != OTHER or " " in name or count < REPEATED_ONE_WORD or name not in named_inside \
                or name.isupper() or not name.isalpha() or not name[:1].isupper() \
                or name in longer_firsts or low.endswith(DEMONYM_ENDINGS) or low in known_common_words() \
                or low in first_names() or _written_in_lower_case(low, text):
            continue
        if low.endswith("s") and _written_in_lower_case(low[:-1], text):
            continue  # "Charms" beside "charm": a common noun capitalised
        spans = [m.span() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
        if any(NUMBER_AFTER.match(text, end) or NUMBER_BEFORE.search(text, max(0, start - 4), start)
               for start, end in spans):
            continue  # "Figure 1", "Nov 3": a label; "2080 Ti": a model's
        if any(_piece_of_a_longer_name(text, start, end) for start, end in spans):
            continue
        if not low.endswith("s") and spans and all(text[max(0, start - 4) : start].lower() == "the "
                                                   for start, _ in spans):
            continue  # "the Territory", "the State": a common noun capitalised
        repeated.add(name)
    return frozenset(repeated)


NUMBER_AFTER = re.compile(r"\s\d")
NUMBER_BEFORE = re.compile(r"\d\s$")
NAME_JOINER_AFTER = re.compile(r"\s+(?:to|of|for)\s+[A-Z]")
NAME_JOINER_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*\s+(?:of|for)\s+$")
CAPITALISED_BEFORE = re.compile(r"(?<![.!?:\n\"\u201c])\s([A-Z][a-z]+)\s+$")


def _piece_of_a_longer_name(text: str, start: int, end: int) -> bool:
    """Whether the word at start..end is joined to a capitalised word by
    "to", "of" or "for" ("Coils to Locs") or follows a capitalised common
    word inside a sentence ("Do Not Track"): a piece of a longer name the
    names layer cut, not a name alone. "Asus and Zotac" (two names) and
    "Philadelphia Sixers" stay."""
    before = text[max(0, start - 40) : start]
    if NAME_JOINER_AFTER.match(text, end) or NAME_JOINER_BEFORE.search(before):
        return True
    capitalised = CAPITALISED_BEFORE.search(before)
    return capitalised is not None and capitalised.group(1).lower() in known_common_words()


def _written_in_lower_case(word: str, text: str) -> bool:
    """Whether `text` writes `word` in lower case as a word of its own, not
    as part of a web address ("luboku.com", "/luboku/")."""
    return re.search(r"(?<![\w./@-])" + re.escape(word) + r"(?![\w@/-]|\.\w)", text) is not None


def _hyphenated_common_phrase(name: str, text: str) -> bool:
    """Rule `hyphenated_common_phrase_is_no_name` (web test s15 K2: "Artist
    In Residence (1)" was listed beside "an artist-in-residence"): a name of
    several words that the article also writes in lower case joined by
    hyphens is a common compound, a role or a term, no name. "Pale Blue
    Dot", a record, written "pale blue dot" with spaces, stays."""
    words = name.split()
    if len(words) < 2 or not all(w.isalpha() for w in words):
        return False
    return re.search(r"(?<![\w-])" + "-".join(re.escape(w.lower()) for w in words) + r"(?![\w])", text) is not None


# A name, "the" and one to three capitalised words, then a comma, a full stop or a closing quote:
# "Lady Sings the Blues," "Muslim Students Following the Imam's Line," (rule
# `piece_of_a_title_over_the_is_no_name`)
TITLE_GOES_ON_OVER_THE = re.compile(r"\s+the\s+(?:[A-Z][\w'\u2019\-]*\s+){0,2}[A-Z][\w'\u2019\-]*[,.;:!?\"\u201d)]")
TITLE_WORD_OVER_THE = re.compile(r"\s+the\s+[A-Z][\w'\u2019\-]*[,.;:!?\"\u201d)]")
# a naming word right before a name ("Forbes named Goldman Sachs the Best Employer,"): the name is what was named
# a word in lower case, maybe a comma, and spaces right before a name: "called", "named" (naming_markers)
NAMING_WORD_RIGHT_BEFORE = re.compile(r"\b([a-z][\w\-]*)(,?)\s+$")


def _piece_of_a_title_over_the(name: str, text: str, speakers: Collection[str]) -> bool:
    """Rule `piece_of_a_title_over_the_is_no_name` (web tester s16: "Lady
    Sings (1)" under People, of "her 1956 autobiography, Lady Sings the
    Blues, which ..."): a name of two words or more, with no known first
    name, that the article writes only right before "the" and a
    capitalised word closing the phrase is the head of a work's title cut
    at "the", no name; so is one before "the" and up to three capitalised
    words (judge set, CNN-Corpus dev 770: "Muslim Students Following (1)",
    of "a member of the Muslim Students Following the Imam's Line, the
    group of militants"), but that longer reading not after a naming word
    (review s29: "Forbes named Goldman Sachs the Best Employer,", the name
    is what was named). "Pope Gregory the Great," (a first name), "called
    Joe Biden the Democrats' best hope" (a first name, the phrase goes on)
    and a claim's speaker stay."""
    words = _words(name)
    if len(words) < 2 or words[0] in first_names() or name in speakers:
        return False
    spans = list(_whole_word_spans(name, text))
    return bool(spans) and all(TITLE_WORD_OVER_THE.match(text, end) or (
        TITLE_GOES_ON_OVER_THE.match(text, end) and not _after_a_naming_word(text, start)) for start, end in spans)


def _after_a_naming_word(text: str, start: int, comma_between: bool = False) -> bool:
    """Whether a naming word (claim_grammar.txt naming_markers: "named",
    "dubbed") comes right before `start`; with `comma_between`, also with a
    comma after it ("an app called, Drive Safe Google Glass")."""
    before = NAMING_WORD_RIGHT_BEFORE.search(text, max(0, start - CUE_REACH), start)
    return before is not None and before.group(1) in grammar("naming_markers") \
        and (comma_between or not before.group(2))


# Rule `piece_of_a_name_over_of_is_no_name`: "of" (maybe "the") and a capitalised word after a name
# ("Baseball Hall of Fame"), or a lower-case word or a possessive, a capitalised word and "of" (maybe
# "the") before it ("his State of the Union", "the federal Defense of Marriage Act")
OF_A_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# a capitalised word and a space right before a name: the name is the end of a longer one ("European Union")
CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019\-]* $")
NAME_OF_BEFORE = re.compile(r"(?:(?<![.!?:\n\"\u201c(])\s[a-z][\w\-]*|(?<![\w'\u2019\-])[\w\-]+['\u2019]s)\s+"
                            r"((?:[A-Z][\w'\u2019\-]*\s+){0,2}[A-Z][\w'\u2019\-]*)\s+of\s+(?:the\s+)?$")


def _piece_of_a_name_over_of(name: str, kind: MentionKind, text: str) -> bool:
    """Rule `piece_of_a_name_over_of_is_no_name` (QA rounds 54, 499: "Baseball
    Hall" of "Baseball Hall of Fame manager Earl Weaver"; 840: "Union (3)"
    of "his State of the Union address"; 633 and 661: "Marriage Act" of
    "the Defense of Marriage Act"): a name the article writes only as a
    piece of a longer name joined by "of" is no name of its own. That is
    an other name or a one-word organisation always after a capitalised
    word and "of" ("State of the"), that word following a lower-case word
    or a possessive (inside a sentence or opening it, session 23: "Obama's
    State of the Union address" opening a paragraph of QA round 54, 840,
    kept "Union (3)"; a name of its own before "of" is a
    person or a body of that one: "Judge Mary Jacobson of Mercer County
    Superior Court", "the Royal College of General Practitioners ..."), or
    an other name with no known first name always before "of" and a
    capitalised word ("Hall of Fame"; "Major Rod Secor of the U.S. Army"
    stays). A title before "of" ("Secretary of the Navy": the Navy), a
    body of several words ("Chair of the US House Committee on Financial
    Services"), a sentence's first word ("Members of the Muslim Brotherhood
    said"), a listed place ("Bank of England") and a person stay."""
    if kind not in (ORGANISATION, OTHER) or is_place(name):
        return False
    # (session 23: a span right after another capitalised word is a longer name's, "Union" of "European
    # Union", no mention of this one: `piece_over_of_counts_for_no_longer_name`; a name only ever so
    # written, "People's Republic" of "Democratic People's Republic of Korea", is read whole)
    spans = list(_whole_word_spans(name, text))
    spans = [(start, end) for start, end in spans if not _inside_a_longer_name(text, start)] or spans
    if not spans:
        return False

    def after_a_name_and_of(start: int) -> bool:
        # up to three capitalised words before "of" (QA round 56, 401: "Childhood Arrivals" of "known as
        # Deferred Action of Childhood Arrivals"), none a title ("the Prime Minister of")
        before = NAME_OF_BEFORE.search(text[max(0, start - 60) : start])
        words = before.group(1).split() if before else []
        if len(words) > 1 and without_possessive(words[0]) != words[0]:
            # session 22 (QA round 62, 901: "Union (2)" of "told CNN's State of the Union"): a
            # possessive first is the owner, no word of the name ("State" alone is no title)
            words = words[1:]
        return bool(words) and not any(word.lower().rstrip(".") in one_word_titles()
                                       or (len(words) > 1 and word.lower() in title_words()) for word in words)

    after_of = kind == OTHER or " " not in name
    before_of = kind == OTHER and not any(word in first_names() for word in _words(name))
    return all((after_of and after_a_name_and_of(start)) or (before_of and OF_A_NAME_AFTER.match(text, end))
               for start, end in spans)


def _inside_a_longer_name(text: str, start: int) -> bool:
    """A capitalised word other than a determiner ("The Union said") right
    before the name at `start`: it ends a longer name ("European Union")."""
    before = CAPITALISED_WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(0).rstrip().lower() not in DETERMINERS


# Rule `alias_phrase_joins_two_names`: "is sometimes referred to as", ", also known as", "is another name
# for", "(also called"; an adverb or a form of "be" is needed before "called" ("Obama called Putin" is a call)
ALIAS_PHRASE = re.compile(
    r"(?:\s*[,(]\s*|\s+)(?:(?:is|are|was|were)\s+(?:(?:also|sometimes|often|now|widely|commonly|better|formerly)"
    r"\s+)?(?:known\s+as|referred\s+to\s+as|called|dubbed|another\s+name\s+for)"
    r"|(?:also|sometimes|often|widely|commonly|better|formerly)\s+(?:known\s+as|referred\s+to\s+as|called|dubbed))"
    r"\s+(?:the\s+)?")
# ... but not from the last piece of a longer name the names layer read apart ("... of Iraq and the Levant")
PIECE_JOINER_BEFORE = re.compile(r"[A-Z][\w'\u2019\-]*\s+(?:of|and)(?:\s+the)?\s+$")
ALIAS_OR = re.compile(r"\s*,?\s+or\s+(?:the\s+)?")


def _name_ending(before: str, names: Collection[str]) -> str | None:
    """The longest of `names` that ends `before` as whole words."""
    fits = [name for name in names if before.endswith(name)
            and (len(before) == len(name) or not before[-len(name) - 1].isalnum())]
    return max(fits, key=len, default=None)


def _name_opening(after: str, names: Collection[str]) -> str | None:
    """The longest of `names` that opens `after` as whole words."""
    fits = [name for name in names if after.startswith(name)
            and (len(after) == len(name) or not after[len(name)].isalnum())]
    return max(fits, key=len, default=None)


def _fold_aliases(found: dict[str, tuple[MentionKind, int]], text: str) -> dict[str, tuple[MentionKind, int]]:
    """Rule `alias_phrase_joins_two_names` (CNN-Corpus dev 308: "ISIL (2)"
    beside "ISIS (8)", of "ISIS is sometimes referred to as ISIL"): two
    listed names the text joins by a phrase of naming ("X is also known as
    Y", "X, also called Y", "X is another name for Y", "..., or Z") are one,
    listed under the one named most, with its kind: "ISIS (10)". "Obama
    called Putin" (no adverb, no "be") and a name the list does not hold
    ("the group, also known as ISIS") join nothing."""
    head: dict[str, str] = {name: name for name in found}

    def root(name: str) -> str:
        while head[name] != name:
            name = head[name]
        return name

    for match in ALIAS_PHRASE.finditer(text):
        before = text[max(0, match.start() - 120) : match.start()]
        first = _name_ending(before, found)
        if first is not None and PIECE_JOINER_BEFORE.search(before[: -len(first)]):
            continue  # "Levant" of "The Islamic State of Iraq and the Levant is another name for ISIS"
        rest = text[match.end() : match.end() + 200]
        second = _name_opening(rest, found)
        joined = [(second, _possessive_after(rest, second))] if second else []
        while second and (more := ALIAS_OR.match(rest, len(second))) is not None:
            rest = rest[more.end():]
            second = _name_opening(rest, found)
            joined += [(second, _possessive_after(rest, second))] if second else []
        for other, possessive in joined:
            if first is not None and root(other) != root(first) and not possessive \
                    and {found[first][0], found[other][0]} != {PERSON, PLACE}:
                head[root(other)] = root(first)
    groups: dict[str, list[str]] = {}
    for name in found:
        groups.setdefault(root(name), []).append(name)
    folded: dict[str, tuple[MentionKind, int]] = {}
    for names in groups.values():
        # the kind of the name named most: an alias's own words tell another thing's kind ("Curiosity,
        # also known as the Mars Science Laboratory" is a rover, no body for its "Laboratory")
        # on a tie, a typed kind and then the name written first ("Evangelical Baptist Church, also
        # known as Gu Won Pa" keeps the church)
        named_most = max(names, key=lambda name: (found[name][1], found[name][0] != OTHER,
                                                  -_first_offset(name, text)))
        folded[named_most] = (found[named_most][0], sum(found[name][1] for name in names))
    return folded


def _first_offset(name: str, text: str) -> int:
    """Where `name` is first written in `text` (its length when never)."""
    at = text.find(name)
    return len(text) if at < 0 else at


def _possessive_after(rest: str, name: str) -> bool:
    """Rule `alias_phrase_joins_two_names`, its limits (review of "Vladimir
    Putin, often called Russia's strongman", which folded Russia into Putin,
    and "Angela Merkel, often called Europe's most powerful woman"): a name
    with "'s" after the phrase owns the nickname, it is not it. A person and
    a place are never one thing by another name either (`_fold_aliases`)."""
    return rest[len(name) : len(name) + 2] in ("'s", "\u2019s")


def _fold_openings_over_of(found: dict[str, tuple[MentionKind, int]],
                           text: str = "") -> dict[str, tuple[MentionKind, int]]:
    """Rule `opening_of_a_name_over_of_counts_for_it` (CNN-Corpus dev 658:
    "World Meeting (1)" beside "World Meeting of Families (2)", of "Pope
    Francis' attendance at the World Meeting"): the words before "of" of
    the one longer name the list holds, written alone, are that name named
    again, as a surname alone is its full name: "World Meeting of Families
    (3)". The line `opening_of_a_listed_name_over_of_is_no_name` drew for a
    name only ever written inside the longer one, it now draws for one
    written alone too ("at the Royal College" beside "Royal College of
    Nursing"). Two longer names ("University of Miami",
    "University of Texas") leave it alone, and a person's or a place's
    name is no opening of another's ("John" of "John of Gaunt"); nor is a
    generic body's or one before a listed place ("the Supreme Court" beside
    "the Supreme Court of Canada" may be another court:
    `body_of_a_place_is_the_body` reads those). A body's word after "of"
    makes the longer name another body, a unit of the one named alone:
    "the Royal College" beside the "Royal College of General Practitioners
    Research and Surveillance Centre" stays its own entry. Nor is a name
    written alone in a sentence that writes the longer one too
    (`_both_in_one_sentence`: "The Royal Society and the Royal Society of
    Chemistry both welcomed ..." names two bodies)."""
    folded = dict(found)
    for name, (kind, count) in found.items():
        longer = [other for other in found if other.startswith(name + " of ")]
        if len(longer) != 1 or kind in (PERSON, PLACE) or found[longer[0]][0] in (PERSON, PLACE) \
                or name not in folded or longer[0] not in folded or generic_body_name(name) \
                or is_place(longer[0][len(name) + len(" of ") :].removeprefix("the ")) \
                or holds_a_body_word(_words(longer[0][len(name) + len(" of ") :])) \
                or _both_in_one_sentence(name, longer[0], text):
            continue
        long_kind, long_count = folded.pop(longer[0])
        del folded[name]
        # the typed reading wins (`typed_reading_wins`): "Royal College" a body, "... of Nursing" untyped
        folded[longer[0]] = (long_kind if long_kind != OTHER else kind, long_count + count)
    return folded


# Rule `opening_of_a_name_over_of_counts_for_it`: what ends a sentence, for `_both_in_one_sentence`
SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z])|\n+")


def _both_in_one_sentence(name: str, longer: str, text: str) -> bool:
    """Rule `opening_of_a_name_over_of_counts_for_it`, its limit (review of
    "The National Museum opened a new wing, while the National Museum of
    African American History ..."): one sentence writes `name` alone and
    `longer` as well, so the writer tells two apart."""
    for sentence in SENTENCE_END.split(text):
        if longer in sentence and any(not sentence.startswith(longer, start)
                                      for start, _ in _whole_word_spans(name, sentence)):
            return True
    return False


def _opens_a_listed_name_over_of(name: str, found: Collection[str], text: str) -> bool:
    """Rule `opening_of_a_listed_name_over_of_is_no_name` (mentions-s21: once
    "college" ended a body, "Royal College (1)" was listed beside "Royal
    College of General Practitioners Research and Surveillance Centre (1)",
    both of a reference list): a name the article writes only as the
    opening of a longer name it lists, joined by "of", is a piece of that
    name, no entry. "Royal College" written once alone ("at the Royal
    College, ...") stays."""
    longer = [other for other in found if other.startswith(name + " of ")]
    if not longer:
        return False
    spans = list(_whole_word_spans(name, text))
    return bool(spans) and all(any(text.startswith(other, start) for other in longer) for start, _ in spans)


# Rule `kind_after_an_ordinal_is_no_name`: an ordinal number in figures and a space right before a name
ORDINAL_BEFORE = re.compile(r"(?<![\w.,])\d+(?:st|nd|rd|th) $")


def _named_only_after_an_ordinal(name: str, text: str) -> bool:
    """Rule `kind_after_an_ordinal_is_no_name` (session 23, QA round 63,
    407: "Congressional District (1)" under Other names, of "Virginia's 7th
    Congressional District"): a name under Other names ending in a kind of
    place (place_words.txt `place_kinds`: "District", "County") that the
    article writes only right after an ordinal in figures ("7th", "21st")
    is the kind of a numbered area, no name of one: no entry. "the 51st
    Annual Grammy Awards" (no kind of place), a typed name after an ordinal
    ("the 82nd Airborne Division", an organisation) and one also written
    without it stay."""
    spans = list(_whole_word_spans(name, text))
    return _words(name)[-1] in _place_words()["place_kinds"] and bool(spans) \
        and all(ORDINAL_BEFORE.search(text, max(0, at - 8), at) for at, _ in spans)


def _named_only_in_headings(name: str, text: str) -> bool:
    """Rule `heading_name_is_no_name` (web tester s19: "Twitter Thread" of a
    subhead "A Twitter Thread", "Bullpin Editor" of a byline's "Bullpin
    Editor for Outkick The Coverage", both under Other names): a name under
    "Other names" that the article writes only in lines of title case with
    no closing stop (a heading, a label, a byline: every word capitalised
    but for small words like "a", "of", "the") is the heading's words, no
    name a reader can tell. Typed names in a heading (a person, a place, a
    body) stay, and so does an other name written once in a sentence."""
    spans = list(_whole_word_spans(name, text))
    if not spans:
        return False
    for start, end in spans:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end < 0 else line_end].strip()
        words = LETTER_WORD.findall(line)
        if not line or line[-1] in ".!?:;,\"\u201d)" or any(
                not word[:1].isupper() and word.lower() not in TITLE_SMALL_WORDS for word in words):
            return False
    return True


def _listed(name: str, kind: MentionKind, count: int, speakers: set[str], titled: Collection[str] = ()) -> bool:
    """Rule `named_often_is_listed`; and rule `titled_person_is_listed` (QA
    round 66, 428: "President Obama weighed in ..." twice, and no Obama
    among the People): a person the text names by one word after a title is
    listed however few the mentions."""
    if len(name.split()) > 1 or kind in (ORGANISATION, PLACE) or name in speakers \
            or name.lower() in _no_names()["peoples"]:  # rule `people_is_no_body`: a people is listed
        return True
    return kind == PERSON and (count >= OFTEN_NAMED or name in titled)
