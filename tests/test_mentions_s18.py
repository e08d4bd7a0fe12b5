"""Session 18 (mentions-s18): the names a brief lists under "Mentioned"."""

from __future__ import annotations

from summarizer.brief import MENTIONS_SHOWN, make_brief, mentions_left_out, shown_mentions
from summarizer.mentions import find_mentions
from summarizer.model import Mention
from summarizer.reading import Article
from summarizer.render.brief import mention_lines

# --- rule `most_named_of_each_kind` (brief.shown_mentions) ---------------------------------------------------


def _many_people_and(other: Mention) -> list[Mention]:
    # more people named once than the people's room holds, and one name of another kind
    return [*(Mention(f"Person{n} Smith", "person", 1) for n in range(MENTIONS_SHOWN["person"] + 3)), other]


def test_rule_most_named_of_each_kind() -> None:
    # web tester s18, phillyvoice: "Al Horford" (2), typed "Other names", was left out for people named once
    shown = shown_mentions(_many_people_and(Mention("Al Horford", "other", 2)))
    assert Mention("Al Horford", "other", 2) in shown
    assert sum(m.kind == "person" for m in shown) == MENTIONS_SHOWN["person"]
    # newrepublic: the organisations named get a line of their own beside many places and people
    mentions = [*_many_people_and(Mention("Congress", "organisation", 2)),
                *(Mention(f"Place{n}", "place", 4) for n in range(12))]
    assert Mention("Congress", "organisation", 2) in shown_mentions(mentions)


def test_rule_most_named_of_each_kind_near_variant_stays() -> None:
    # a kind's own names still compete by count: the least named of a kind past its room stay out
    mentions = [*(Mention(f"Place{n}", "place", 3) for n in range(MENTIONS_SHOWN["place"])),
                Mention("Thailand", "place", 2)]
    assert Mention("Thailand", "place", 2) not in shown_mentions(mentions)


# --- rule `speaker_first_among_equals` (brief.shown_mentions) ------------------------------------------------


def _people(count_of_bush: int) -> list[Mention]:
    # newrepublic: speakers named once each beside George H.W. Bush and the merely named
    once = [Mention(f"Speaker{n} Jones", "person", 1) for n in range(MENTIONS_SHOWN["person"])]
    return [*once, Mention("George H.W. Bush", "person", count_of_bush), Mention("Anna Merely", "person", 1)]


def test_rule_speaker_first_among_equals() -> None:
    speakers = frozenset(f"Speaker{n} Jones" for n in range(MENTIONS_SHOWN["person"]))
    shown = shown_mentions(_people(3), speakers)
    assert Mention("George H.W. Bush", "person", 3) in shown  # named more often than any speaker
    assert Mention("Anna Merely", "person", 1) not in shown  # the speakers named as often come first
    # a person quoted in any claim comes before the merely named too
    shown = shown_mentions(_people(3), quoted=frozenset({"Anna Merely"}))
    assert Mention("Anna Merely", "person", 1) in shown


def test_rule_speaker_first_among_equals_near_variant_stays() -> None:
    # no speakers: names named as often keep the order of their names
    shown = shown_mentions(_people(1))
    assert [m.name for m in shown][:2] == ["Anna Merely", "George H.W. Bush"]


# --- rule `left_out_names_are_counted` (brief.mentions_left_out, render mention_lines) ---------------------


def test_rule_left_out_names_are_counted() -> None:
    mentions = _many_people_and(Mention("Congress", "organisation", 2))
    shown = shown_mentions(mentions)
    assert mentions_left_out(mentions, shown) == (("person", 3),)
    text = " ".join(f"{n} Smith said the vote was close." for n in
                    ("Anna", "Bert", "Carl", "Dora", "Emil", "Fred", "Gina", "Hugo", "Ivan", "Jana"))
    brief = make_brief([Article(source="t.txt", text=text)])
    left_out = dict(brief.mentions_left_out)
    assert left_out["person"] == 10 - MENTIONS_SHOWN["person"]
    assert dict(mention_lines(brief))["People"].endswith(f" and {left_out['person']} more")
    assert brief.to_dict()["mentions_left_out"] == {"person": left_out["person"]}


def test_rule_left_out_names_are_counted_near_variant_stays() -> None:
    # a list with room for every name says nothing more
    brief = make_brief([Article(source="t.txt", text="Anna Smith said the vote was close. Bert Jones agreed.")])
    assert brief.mentions_left_out == ()
    assert not any(names.endswith("more") for _, names in mention_lines(brief))
    assert brief.to_dict()["mentions_left_out"] == {}


# --- rules in mentions.find_mentions -------------------------------------------------------------------------

def _listed(sentences: list[str], speakers: list[str] | None = None) -> list[tuple[str, str, int]]:
    return [(m.name, m.kind, m.count) for m in find_mentions(sentences, speakers or [])]


def test_rule_first_name_of_one_person_folds() -> None:
    # haitiantimes: a first name the list does not know counts for the one person it opens
    found = _listed(["Mekhi Gbedey, 20, was diagnosed with muscular dystrophy.",
                     "Doctors say Mekhi is functioning at the level of an old man.",
                     "The family hopes Mekhi can travel to Boston."])
    assert ("Mekhi Gbedey", "person", 3) in found


def test_rule_first_name_of_one_person_folds_near_variants_stay() -> None:
    # two names open with the word: which one, the list cannot tell; a people's word is no first name
    found = _listed(["Mekhi Gbedey, 20, was diagnosed with muscular dystrophy.",
                     "Mekhi Jones, 19, is his cousin.", "Doctors say Mekhi is doing well."])
    assert ("Mekhi Gbedey", "person", 1) in found
    found = _listed(["Rep. Joaquin Castro chairs the Hispanic Caucus, which met on Monday.",
                     "The group's chair said Hispanic voters would decide the race."])
    assert not any(name == "Hispanic Caucus" and count > 1 for name, _, count in found)


def test_rule_relative_named_alone_is_listed() -> None:
    found = _listed(["Mekhi Gbedey, 20, was diagnosed with muscular dystrophy.",
                     "His older brother Khaleel, 22, started the fundraiser this month."])
    assert ("Khaleel", "person", 1) in found


def test_rule_relative_named_alone_is_listed_near_variants_stay() -> None:
    # a one-word name with no relation word before it stays out; a listed place after one is not listed so
    found = _listed(["Mekhi Gbedey, 20, was diagnosed with muscular dystrophy.",
                     "A friend, Khaleel, started the fundraiser this month."])
    assert "Khaleel" not in [name for name, _, _ in found]
    found = _listed(["Anna Smith, 40, moved with her daughter Paris to Atlanta.", "She loves Paris."])
    assert ("Paris", "place", 2) in found


def test_rule_surname_alone_marks_a_person() -> None:
    # phillyvoice, observer: a full name news goes on to write by its surname alone is a person's
    found = _listed(["The Sixers signed Nic Batum in the summer.", "In the third quarter, Batum gave them minutes.",
                     "Coach Nurse said the team trusted Batum on defence."])
    assert ("Nic Batum", "person", 3) in found
    found = _listed(["The Louvre bought a painting by Jean Siméon Chardin.", "It set records for Chardin in 1985."])
    assert ("Jean Siméon Chardin", "person", 2) in found


def test_rule_surname_alone_marks_a_person_near_variants_stay() -> None:
    # a thing's last word after a determiner, before a model number, or a plural stays under Other names
    found = _listed(["Many liked the Parallels Workbench.", "Sales of the Workbench rose in May."])
    assert ("Parallels Workbench", "other", 2) in found
    found = _listed(["It needs a Ryzen Zen processor.", "Older chips such as Zen 2 will not do."])
    assert not any(kind == "person" for _, kind, _ in found)
    found = _listed(["Players found Dinosaur Eggs in the mines.", "Most players keep Eggs for gifting."])
    assert not any(kind == "person" for _, kind, _ in found)


def test_rule_club_is_an_organisation() -> None:
    found = _listed(["The Sixers beat the Boston Celtics on Wednesday night.",
                     "The Boston Celtics had won five games in a row."])
    assert ("Boston Celtics", "organisation", 2) in found


def test_rule_club_is_an_organisation_near_variant_stays() -> None:
    # a place after "in" is the city: no club, and the team's name is no body by this rule
    found = _listed(["She lives in Boston with her family.", "The Boston Celtics won.", "The Boston Celtics lost."])
    assert ("Boston Celtics", "organisation", 2) not in found


def test_rule_hyphened_opener_is_a_description() -> None:
    # searchlight: a description in capitals after "a" is no name
    found = _listed(["Candice Sealey is the founder of Ignite! a Full-service Marketing & PR Consultancy "
                     "that helps brands grow."])
    assert not any(name.startswith("Full-service") for name, _, _ in found)


def test_rule_hyphened_opener_is_a_description_near_variants_stay() -> None:
    # a place's participle qualifies the name after it; a capital after the hyphen is a name's own
    found = _listed(["The Charleston-based Post and Courier endorsed him on Sunday."])
    assert any(name.endswith("Post and Courier") for name, _, _ in found)
    found = _listed(["Coca-Cola Company said sales rose.", "Coca-Cola Company also said prices rose."])
    assert "Coca-Cola Company" in [name for name, _, _ in found]


def test_rule_initial_is_no_surname() -> None:
    # a reference list: "T" (of "T cells") is no surname of "Alexander T"
    found = _listed(["Alexander T et al. described the syndrome.", "The drug activates T cells.",
                     "T cells then attack the skin."])
    assert not any(name == "Alexander T" and count > 1 for name, _, count in found)


def test_rule_initial_is_no_surname_near_variant_stays() -> None:
    found = _listed(["Anna Kowalczyk described the syndrome.", "Kowalczyk said the drug was to blame."])
    assert ("Anna Kowalczyk", "person", 2) in found
