"""The brief's "Mentioned" list types names right, or lists them under
"Other names" (QA round 10, Part B). Sentences written for these tests,
after the kinds of sentence QA read (CNN, corkbeo.ie)."""

from summarizer.mentions import find_mentions, name_runs
from summarizer.model import ORGANISATION, OTHER, PERSON, PLACE


def kinds(sentences: list[str], speakers: tuple[str, ...] = (), bodies: tuple[str, ...] = ()
          ) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, speakers, bodies)}


def test_rule_place_word_ends_a_place_even_after_a_first_name() -> None:
    found = kinds(["Obama spoke in the Rose Garden the day after the attack.",
                   "Later he returned to the Rose Garden with the secretary of state.",
                   "The office is on Albert Quay, near South Main Street."])
    assert found["Rose Garden"][0] == PLACE  # "Rose" is a first name
    assert found["Albert Quay"][0] == PLACE
    assert found["South Main Street"][0] == PLACE


def test_a_place_word_that_is_also_a_surname_is_no_place_for_a_person() -> None:
    found = kinds(["Crowds gathered in Central Park on Sunday.",
                   "Grace Park said the rally would go ahead."], speakers=("Grace Park",))
    assert found["Central Park"][0] == PLACE
    assert found["Grace Park"][0] == OTHER  # a person, or a park: not guessed


def test_rule_compass_before_a_place() -> None:
    found = kinds(["Thailand is a popular destination for tourists from Southeast Asia."])
    assert found["Southeast Asia"][0] == PLACE


def test_a_region_that_speaks_is_a_place_not_a_person() -> None:
    found = kinds(["Catalonia says it's been the junior partner for too long.",
                   "The vote in Catalonia is set for next year."], speakers=("Catalonia",))
    assert found["Catalonia"][0] == PLACE


def test_the_short_form_of_a_country_is_a_place() -> None:
    found = kinds(["Officials in the U.S. welcomed the deal.", "Aid from the UK arrived on Monday."])
    assert found["U.S."][0] == PLACE  # an organisation by its capitals before
    assert found["UK"][0] == PLACE


def test_a_police_rank_leads_a_person() -> None:
    # titles.txt: without the rank, "Police" made the whole run a body, for claim speakers too
    sentence = "National police chief Police General Priewpan Damapong said two suspects were held."
    assert ("Priewpan Damapong", True) in name_runs(sentence)
    assert kinds([sentence]) == {"Priewpan Damapong": (PERSON, 1)}


def test_a_title_after_a_body_word_leads_a_person() -> None:
    # "General" alone is no title (General Motors), but after a body's word it leads a name
    found = kinds(["Senior Army General Min Aung Hlaing took power on Monday."])
    assert found == {"Min Aung Hlaing": (PERSON, 1)}


def test_an_embassy_is_an_organisation() -> None:
    found = kinds(["A U.S. Embassy statement on Friday spoke of foreign terrorists."])
    assert found["U.S. Embassy"][0] == ORGANISATION


def test_a_title_of_ireland_leads_a_person() -> None:
    found = kinds(["Taoiseach Micheal Martin confirmed the move this evening."])
    assert found == {"Micheal Martin": (PERSON, 1)}


def test_a_title_in_capitals_is_no_organisation() -> None:
    found = kinds(["The CMO told Stephen Donnelly that Level 3 would not be enough.",
                   "The letter from the CMO reached the minister on Sunday."])
    assert "CMO" not in found
    assert found["Stephen Donnelly"][0] == PERSON


def test_rule_abbreviation_is_no_name() -> None:
    found = kinds(["The human chain formed at 5:14 p.m. ET on Wednesday.",
                   "Darren B. Taichman, MD, PhD, Executive Editor, reports no conflicts.",
                   "Growth in GDP slowed as more ATMs closed."])
    assert not {"ET", "MD", "PhD", "GDP", "ATMs", "ATM"} & set(found)
    assert found["Darren B. Taichman"][0] == PERSON


def test_an_acronym_of_a_body_stays_an_organisation() -> None:
    found = kinds(["The GAA has suspended all activity.", "NATO allies met in Brussels."], bodies=("GAA",))
    assert found["GAA"][0] == ORGANISATION  # a claim's body
    assert found["NATO"][0] == ORGANISATION  # a known acronym


def test_rule_acronym_needs_evidence() -> None:
    found = kinds(["If you have GERD, a vitamin without food can give you heartburn.",
                   "Be sure to highlight this in the PR description.",
                   "The CDC said regular exercise lowers the risk."])
    assert "GERD" not in found and "PR" not in found  # no organisations
    assert found["CDC"][0] == ORGANISATION


def test_rule_shouted_word_is_no_name() -> None:
    found = kinds(["READ the manual before you start.", "Users who read it twice had fewer errors.",
                   "The NICE guidance came out in May.", "It was nice to see."])
    assert "READ" not in found
    assert found["NICE"][0] == ORGANISATION  # spells a word, still names a body


def test_rule_speaker_is_no_proof_of_a_person() -> None:
    found = kinds(["Amazon said the change would not affect buyers.",
                   "Amazon has appealed the ruling."], speakers=("Amazon",))
    assert found["Amazon"][0] == OTHER


def test_rule_first_name_folds_into_full_name() -> None:
    found = kinds(["Thitima Chaisaeng, a spokeswoman for the government, spoke on Friday.",
                   "Thitima said the materials could produce bombs."], speakers=("Thitima",))
    assert found["Thitima Chaisaeng"] == (PERSON, 2)
    assert "Thitima" not in found


def test_rule_body_word_is_its_body() -> None:
    # (corkbeo.ie) inside a quotation, before the body is named: the names layer keeps it apart
    found = kinds(["\"Since the Government\u2019s new framework there has been no engagement,\" he said.",
                   "It wasn't good for NPHET, Irish government and the Irish people."])
    assert found["Irish government"] == (ORGANISATION, 2)
    assert "Government" not in found


def test_a_body_word_stays_apart_when_two_bodies_end_in_it() -> None:
    found = kinds(["Talks between Irish government and British government officials went on.",
                   "Unions called on the Government to act now."])
    assert found["Government"][0] == ORGANISATION


def test_a_speaker_reads_as_a_person_only_with_a_personal_name() -> None:
    found = kinds(["Yellow Vests said the protests would go on.", "Many wore yellow vests on Saturday.",
                   "ABN Amro said football mattered.", "Zashay Tastas said she was refused entry."],
                  speakers=("Yellow Vests", "ABN Amro", "Zashay Tastas"))
    assert found["Yellow Vests"][0] == OTHER  # the article writes "yellow vests"
    assert found["ABN Amro"][0] == OTHER  # a word in capitals
    assert found["Zashay Tastas"][0] == PERSON


def test_rule_short_form_is_the_place() -> None:
    found = kinds(["Officials in the U.S. welcomed the deal.", "The United States will send aid.",
                   "The U.S. envoy arrived on Monday."])
    assert found == {"United States": (PLACE, 3)}


def test_a_speaker_folds_into_no_headline_run() -> None:
    found = {m.name: m.kind for m in find_mentions(
        ["Amazon said it would appeal the ruling.", "Amazon sells goods from third-party sellers."],
        ["Amazon"], [], ["Amazon Liable for Defective Third-Party Products Rules CA Appellate Court"])}
    assert "Amazon Liable" not in found
    assert found["Amazon"] == OTHER
