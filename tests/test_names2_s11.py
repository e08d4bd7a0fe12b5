"""QA round 37's Mentioned and brief findings (session 11, names2): each rule
has a case of its kind and a near variant that stays as it was. Sentences
are invented, after the kinds read in CNN articles and saved pages."""

from __future__ import annotations

import dataclasses

from summarizer.brief import DESCRIBED, _group_by_speaker, make_brief
from summarizer.mentions import find_mentions
from summarizer.model import ORGANISATION, PERSON, PLACE, UNRESOLVED, BriefClaim
from summarizer.reading import Article
from summarizer.render.brief import brief_markdown, brief_text


def kinds(sentences: list[str], speakers: tuple[str, ...] = (), bodies: tuple[str, ...] = ()
          ) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, speakers, bodies)}


# --- rule venue_word_ends_no_person (place_words.txt venue_ends) ---------------------------------


def test_rule_venue_word_ends_no_person() -> None:
    # 471: "Beverly Hills Hotel (1)" was listed under People ("Beverly" is a first name)
    found = kinds(["He misstated the date of the incident at the Beverly Hills Hotel in 2012."])
    assert found["Beverly Hills Hotel"] == (PLACE, 1)
    found = kinds(["The boy was taken to Grace Memorial Hospital on Friday."])
    # no person either; a hospital is an organisation since session 13 (institution_is_an_organisation)
    assert found["Grace Memorial Hospital"][0] == ORGANISATION


def test_rule_venue_word_ends_no_person_near_variants_stay() -> None:
    # a person of that first name stays a person; a hospital that speaks is a body
    found = kinds(["Beverly Smith, 54, runs a bakery in town.", "Smith said the rent had doubled."],
                  speakers=("Beverly Smith",))
    assert found["Beverly Smith"][0] == PERSON
    found = kinds(["Mount Sinai Hospital said the patient was stable."], bodies=("Mount Sinai Hospital",))
    assert found["Mount Sinai Hospital"][0] == ORGANISATION
    found = kinds(["Crowds gathered in Central Park on Sunday."])
    assert found["Central Park"][0] == PLACE  # place_word_ends_a_place as it was


# --- rule number_sign_ends_a_numbered_name --------------------------------------------------------

DOES = [
    "The lawyer dropped the client identified as John Doe #1 from the suit.",
    "John Doe #2 has witnesses to back up what he is saying, the lawyer said.",
    "He had conflicts with John Doe #1, he said.",
    "It would have hampered the chances of Doe #2's case.",
]


def test_rule_number_sign_ends_a_numbered_name() -> None:
    # 471: "John Doe (14)" counted two plaintiffs kept unnamed, John Doe #1 and John Doe #2
    found = kinds(DOES, speakers=("John Doe",))
    assert found["John Doe #1"] == (PERSON, 2)
    assert found["John Doe #2"] == (PERSON, 2)  # "Doe #2's" counts for it
    assert "John Doe" not in found and "Doe #2" not in found


def test_rule_number_sign_ends_a_numbered_name_near_variant_an_unnumbered_name_stays() -> None:
    found = kinds(["John Doe filed the suit on Monday.", "John Doe asked for damages."])
    assert found["John Doe"] == (PERSON, 2)
    found = kinds(["The team's No. 1 pick, John Doe, signed on Monday."])
    assert "John Doe" in found
    # one number only is a rank, no placeholder: the name counts as it was
    found = kinds(["Taylor Swift #1 singles topped the chart again.", "Taylor Swift thanked her fans."])
    assert found["Taylor Swift"][1] == 2 and "Taylor Swift #1" not in found


# --- rule spelling_variant_is_one_person (no_names.txt letters_ending_another_first_name) ---------

LOPEZ = [
    "Authorities issued an arrest warrant for opposition leader Leopold Lopez on Monday.",
    "The groups that caused violence are headed by Mr. Leopoldo Lopez, the ministry said.",
    "Lopez called for new protests on Tuesday.",
    "Lopez encouraged protesters to be peaceful.",
    "Supporters of Lopez marched to the ministry.",
]


def test_rule_spelling_variant_is_one_person() -> None:
    # 963: "Leopold Lopez (1), Leopoldo Lopez (1)", and its "Lopez" alone counted for neither
    found = kinds(LOPEZ)
    assert found["Leopoldo Lopez"] == (PERSON, 5)
    assert "Leopold Lopez" not in found and "Lopez" not in found


def test_rule_spelling_variant_is_one_person_near_variant_two_people_stay() -> None:
    found = kinds(["Louis Martin, 41, and his sister Louise Martin, 38, run the farm.",
                   "Paul Diaz and Paula Diaz were married in 1990."])
    assert {"Louis Martin", "Louise Martin", "Paul Diaz", "Paula Diaz"} <= set(found)
    found = kinds(["Leopold Lopez and Leopold Garcia met on Monday."])
    assert {"Leopold Lopez", "Leopold Garcia"} <= set(found)  # another surname, another person


# --- rule claim_in_a_point_is_no_misfit ------------------------------------------------------------

ONE_CLAIM = ("Prison official warns of escapes\n\n"
             "A senior prison official has said in a sworn affidavit that anyone with enough determination "
             "could escape from the island's prison.")


def test_rule_claim_in_a_point_is_no_misfit() -> None:
    # caymancompass.com: a one-sentence page said its one claim "does not fit this note whole",
    # though that claim's sentence is the bottom line
    note = make_brief([Article(ONE_CLAIM, "prison.txt")])
    assert note.bottom_line is not None and not note.speakers
    assert note.sources[0].claims_left_out == 1 and note.sources[0].claims_in_points == 1
    for shown in (brief_text(note), brief_markdown(note)):
        assert "No claim listed separately; the 1 found is given above as a point:" in shown
        assert "does not fit" not in shown


def test_rule_claim_in_a_point_is_no_misfit_near_variants() -> None:
    note = make_brief([Article(ONE_CLAIM, "prison.txt")])
    misfit = dataclasses.replace(note, sources=tuple(dataclasses.replace(s, claims_left_out=2, claims_in_points=0)
                                                     for s in note.sources))
    assert "No claim listed here; the 2 found are left out to keep this note short:" in brief_text(misfit)
    mixed = dataclasses.replace(note, sources=tuple(dataclasses.replace(s, claims_left_out=3, claims_in_points=1)
                                                    for s in note.sources))
    assert ("No claim listed separately; of the 3 found, 1 is given above as a point and 2 are left out to "
            "keep this note short:") in brief_text(mixed)
    # a note that lists a claim still says "N more", and since session 15 (rule
    # `more_claims_says_which_are_points`, web test s15 K10) which of them the points give; since
    # session 16 (rule `points_are_not_more_claims`) claims all given as points are not "more"
    listed = dataclasses.replace(note, speakers=_group_by_speaker([_claim("Ana Ruiz", "person")]),
                                 sources=tuple(dataclasses.replace(s, claims_in_points=1) for s in note.sources))
    assert "1 other claim is given above; all claims:" in brief_text(listed)
    unpointed = dataclasses.replace(listed, sources=tuple(dataclasses.replace(s, claims_in_points=0)
                                                          for s in listed.sources))
    assert "1 more claim:" in brief_text(unpointed)


# --- rule named_source_is_not_unnamed (QA round 37: its own heading, as in the claims view) -------


def _claim(speaker: str | None, kind: str) -> BriefClaim:
    return BriefClaim(speaker=speaker, role=None, cue="said", cue_class="neutral", content="the case is still open",
                      kind="indirect", hedged=False, citations=(1,), speaker_kind=kind)  # type: ignore[arg-type]


def test_rule_named_source_heads_its_own_group() -> None:
    # bostonherald.com: "according to Levy and authorities from Homeland Security Investigations and
    # the Cambridge Police" was under "Speaker not resolved" while its JSON kind is unnamed
    source = "Levy and authorities from Homeland Security Investigations and the Cambridge Police"
    groups = _group_by_speaker([_claim(source, "unnamed")], {"Joshua Levy", "Levy", "Cambridge Police"})
    assert [(g.speaker, len(g.claims)) for g in groups] == [(source, 1)]


def test_rule_named_source_heads_its_own_group_near_variants_stay() -> None:
    names = {"Joshua Levy", "Levy", "NATO"}
    groups = _group_by_speaker([_claim("NATO officials", "unnamed"), _claim("they", "unresolved")], names)
    assert [g.speaker for g in groups] == [DESCRIBED, UNRESOLVED]
