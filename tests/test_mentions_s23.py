"""Session 23 (mentions3-s23): the brief's Mentioned lists, errors left by session 22 (closing note s22,
"Mentioned"), from QA rounds 61-63 and CNN-Corpus dev rows."""

import ast
from pathlib import Path

import summarizer.claims.names as names_module
import summarizer.mentions as mentions_module
from summarizer import extract_claims
from summarizer.claims.names import acronym_letters
from summarizer.mentions import find_mentions


def mentioned(*sentences: str, speakers: tuple[str, ...] = (), bodies: tuple[str, ...] = ()
              ) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, speakers, bodies)}


# --- one definition of each module constant (closing note s22: mentions.py bound THE_BEFORE twice) ---


def module_constants_bound_twice(path: str) -> list[str]:
    seen: set[str] = set()
    twice = []
    for node in ast.parse(Path(path).read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name) and target.id.isupper():
                if target.id in seen:
                    twice.append(target.id)
                seen.add(target.id)
    return twice


def test_mentions_and_names_bind_each_module_constant_once() -> None:
    # a second binding silently replaced the first for every use ("\b[Tt]he $", then "\b[Tt]he\s+$")
    for module in (mentions_module, names_module):
        assert module.__file__ is not None
        assert module_constants_bound_twice(module.__file__) == [], module.__file__


def test_the_before_reads_any_space_as_every_use_always_did() -> None:
    # the one definition kept is the one every use read: "the" at a line's end too
    assert mentions_module.THE_BEFORE.search("the\n") is not None
    assert mentions_module.THE_BEFORE.search("the ") is not None
    assert mentions_module.THE_BEFORE.search("then ") is None


def test_the_before_near_variant_a_people_plural_after_the_stays() -> None:
    # rule `people_plural_is_no_name`'s exception (a team written after "the") still reads it
    found = mentioned("The Indians beat the Twins 5-3 on Sunday.", "The Indians will play again on Monday.")
    assert "Indians" in found


# --- rule `acronym_spells_every_letter_of_a_short_form` (speakers index, mentions' `_spells`) -------


def test_acronym_spells_every_letter_of_a_short_form() -> None:
    # closing note s22: "UPS" counted for "U.S. Postal Service", whose first letters spell it
    found = mentioned("The U.S. Postal Service said it would raise prices.", "UPS said it would too.",
                      "UPS is big.", "UPS grew.")
    assert found["U.S. Postal Service"] == ("organisation", 1)
    assert acronym_letters("U.S.", last=False) == "US"


def test_acronym_spells_every_letter_near_variants_fold() -> None:
    # "USPS" is its acronym; a legal form ending the name gives its first letter only ("SDK")
    assert mentioned("The U.S. Postal Service said it would raise prices.",
                     "The USPS said it would too.")["U.S. Postal Service"] == ("organisation", 2)
    assert acronym_letters("K.K.", last=True) == "K"
    assert mentions_module._spells("SDK", "Showa Denko K.K.")


def test_acronym_with_a_dotted_short_form_resolves_the_speaker() -> None:
    # CNN-Corpus dev 134: "according to the USDA" is the U.S. Department of Agriculture named before
    text = ("The U.S. Department of Agriculture released new rules on Thursday. Schools must meet these "
            "standards by July 1, according to the USDA.")
    speakers = [c.speaker for c in extract_claims(text)]
    assert "U.S. Department of Agriculture" in speakers


# --- rule `piece_of_a_name_over_of_is_no_name`, a possessive opening a sentence -----------------------


def test_piece_over_of_after_a_possessive_opening_a_sentence_is_no_name() -> None:
    # QA round 54, 840: "Obama's State of the Union address" opening a paragraph kept "Union (3)"
    found = mentioned("He spoke on Tuesday.", "Obama's State of the Union address, and his meeting with "
                      "the Pope, will bring attention to this agenda.")
    assert "Union" not in found


def test_piece_over_of_near_variant_a_union_written_alone_stays() -> None:
    found = mentioned("Obama's State of the Union address was long.", "The Union said it would strike.",
                      bodies=("Union",))
    assert "Union" in found


# --- rule `who_after_a_described_apposition_marks_a_person` ----------------------------------------


def test_who_after_a_described_apposition_marks_a_person() -> None:
    # QA round 61, 512: "Zahir Belounis, a French Algerian striker who was trapped in Qatar" was under
    # Other names ("striker" was no listed role; here a noun no list holds)
    found = mentioned("Zahir Belounis, a French Algerian exile who was trapped in Qatar, will speak.")
    assert found["Zahir Belounis"][0] == "person"


def test_who_after_a_described_apposition_near_variants_stay() -> None:
    # no "who"; a body's noun before "who"
    assert mentioned("Zahir Belounis, a French Algerian exile, will speak.")["Zahir Belounis"][0] == "other"
    assert mentioned("Metalis Dorsk, a club who beat Dynamo last year, will play.").get(
        "Metalis Dorsk", ("other", 0))[0] != "person"


def test_surname_the_claims_took_for_a_body_with_who_is_the_person() -> None:
    # QA round 61, 512: "Belounis (2)" under Organisations beside "Zahir Belounis"
    found = mentioned("Zahir Belounis, a French Algerian striker who was trapped in Qatar, will speak.",
                      "It was the Belounis affair.", "Belounis, who eventually flew home, has told CNN it was fine.",
                      speakers=("Belounis",), bodies=("Belounis",))
    assert found["Zahir Belounis"] == ("person", 3) and "Belounis" not in found


def test_surname_the_claims_took_for_a_body_near_variant_without_who_stays() -> None:
    found = mentioned("Zahir Belounis, a French Algerian striker who was trapped in Qatar, will speak.",
                      "It was the Belounis affair.", "Belounis eventually flew home and has told CNN it was fine.",
                      speakers=("Belounis",), bodies=("Belounis",))
    assert found["Belounis"][0] == "organisation"


# --- rule `name_holding_a_one_word_person_is_the_person` ------------------------------------------------


def test_name_holding_a_one_word_person_is_the_person() -> None:
    # QA round 63, 712: "Guo (3)" under People and "Guo Zhenxi (1)" under Other names
    found = mentioned("Speculation began when his longtime patron Guo Zhenxi was detained.",
                      "Guo, the CCTV executive who was his patron, has long been linked to Zhou.")
    assert found.get("Guo Zhenxi", ("", 0))[0] == "person" and "Guo" not in found


def test_name_holding_a_one_word_person_near_variant_after_the_stays() -> None:
    found = mentioned("President Bush spoke on Monday.", "The Bush Doctrine was set out in 2002.",
                      "Bush said it would last.")
    assert found.get("Bush Doctrine", ("other", 0))[0] != "person"


# --- source_nouns.txt `described`: trades and places in a team before a name ----------------------------


def test_trade_before_a_name_marks_a_person() -> None:
    # QA rounds 62, 515 and 63, 712: "Yunel Escobar", "Bo Xilai" under Other names
    assert mentioned("Toronto shortstop Yunel Escobar has been suspended.")["Yunel Escobar"][0] == "person"
    assert mentioned("They cited the trial of former politician Bo Xilai as an example.")["Bo Xilai"][0] == "person"


def test_trade_before_a_name_near_variant_a_body_noun_stays() -> None:
    assert mentioned("They cited the work of the rival firm Dorsk Vantel as an example.").get(
        "Dorsk Vantel", ("other", 0))[0] != "person"


# --- rule `opening_adjective_is_no_part_of_a_name` ---------------------------------------------------


def test_opening_adjective_is_no_part_of_a_name() -> None:
    # QA round 63, 712 "Longtime China (3)" and 939 "Leading Muslim (1)" under Other names
    found = mentioned("China is big.", "Longtime China observers, however, point to the limits of the campaign.",
                      "Leading Muslim figures in the United Kingdom have also called for his release.")
    assert "Longtime China" not in found and "Leading Muslim" not in found
    assert found["China"] == ("place", 2)


def test_opening_adjective_near_variant_inside_a_sentence_stays() -> None:
    found = mentioned("He invested in Leading Edge Capital last year.", "Leading Edge Capital grew.")
    assert "Leading Edge Capital" in found


# --- rule `name_before_and_a_document_is_its_title` ---------------------------------------------------


def test_name_before_and_a_document_is_its_title() -> None:
    # QA round 63, 420: "Patient Protection (2)" and "Affordable Care Act (2)"
    found = mentioned("The court heard hearings on the 2010 Patient Protection and Affordable Care Act.",
                      "The 2010 passage of the Patient Protection and Affordable Care Act came after months.")
    assert found == {"Patient Protection and Affordable Care Act": ("other", 2)}


def test_name_before_and_a_document_near_variant_written_alone_stays() -> None:
    found = mentioned("Medicare Advantage and Affordable Care Act plans differ.",
                      "Medicare Advantage is popular.", "The Affordable Care Act is law.")
    assert "Medicare Advantage" in found and "Affordable Care Act" in found


# --- rule `kind_after_an_ordinal_is_no_name` -------------------------------------------------------------


def test_kind_after_an_ordinal_is_no_name() -> None:
    # QA round 63, 407: "Congressional District (1)" of "Virginia's 7th Congressional District"
    assert "Congressional District" not in mentioned("Cantor lost in Virginia's 7th Congressional District.")


def test_kind_after_an_ordinal_near_variants_stay() -> None:
    # QA round 55, 571: "the 51st Annual Grammy Awards" names the awards; a district also written alone
    assert "Annual Grammy Awards" in mentioned("She sang at the 51st Annual Grammy Awards in Los Angeles.")
    assert "Congressional District" in mentioned("He lost in the 7th Congressional District.",
                                                 "The Congressional District is big.")


# --- rule `own_possessive_after_a_subject_marks_a_person` -------------------------------------------


def test_own_possessive_after_a_subject_marks_a_person() -> None:
    # CNN-Corpus dev 807: "Jin Woo-hyuk had a pimple on his forehead." left him under Other names
    assert mentioned("Jin Woo-hyuk had a pimple on his forehead.")["Jin Woo-hyuk"][0] == "person"


def test_own_possessive_near_variants_stay() -> None:
    # "its" before "his"; "her" may be an object; no possessive at all
    assert mentioned("Apex Studios fired its director over his remarks.")["Apex Studios"][0] == "other"
    assert mentioned("Nova Films signed her to a deal.")["Nova Films"][0] == "other"
    assert mentioned("Jin Woo-hyuk had a pimple on the forehead.")["Jin Woo-hyuk"][0] == "other"


# --- kin_words.txt `life`: a birthplace; first_names.txt: "Saddam" -------------------------------------


def test_birthplace_owned_by_a_family_name_marks_a_person() -> None:
    # QA round 63, 693: "ISF claims control of Saddam's birthplace" (here another name, no first name)
    found = mentioned("Troops claim control of Zhou's birthplace.", "It was the home of Zhou Kelan.")
    assert found["Zhou Kelan"][0] == "person"


def test_birthplace_near_variant_a_thing_owning_it_stays() -> None:
    assert mentioned("Troops claim control of the Zhou birthplace.", "It was the home of Zhou Kelan.").get(
        "Zhou Kelan", ("other", 0))[0] == "other"


def test_saddam_is_a_first_name() -> None:
    # QA round 62, 395: "intelligence indicating Saddam Hussein was building weapons"
    found = mentioned("Intelligence indicating Saddam Hussein was building weapons was later discredited.")
    assert found["Saddam Hussein"][0] == "person"


# --- rule `peer_apposed_to_a_name_is_that_person` --------------------------------------------------------


def test_peer_apposed_to_a_name_is_that_person() -> None:
    assert mentioned("Prince Charles, the Prince of Wales, hosted a meeting.",
                     "The Prince of Wales spoke.") == {"Prince Charles": ("person", 3)}
    assert mentioned("The Prince of Wales, Prince Charles, hosted a meeting.") == {"Prince Charles": ("person", 2)}


def test_peer_not_apposed_stays_apart() -> None:
    # CNN-Corpus dev 35: "a report backed by Prince Charles ... the Prince of Wales charity"
    found = mentioned("A report backed by Prince Charles shows it.", "It is the Prince of Wales charity.")
    assert found == {"Prince Charles": ("person", 1), "Prince of Wales": ("person", 1)}


# --- rule `place_by_its_lead_opening_a_body_is_the_body` ---------------------------------------------


def test_place_by_its_lead_opening_a_body_is_the_body() -> None:
    # CNN-Corpus dev 173: "his colleagues at Mount Sinai" beside "Mount Sinai School of Medicine"
    found = mentioned("Mark Lebwohl is a professor at Mount Sinai School of Medicine.",
                      "One of his colleagues at Mount Sinai has done great work.")
    assert found.get("Mount Sinai School of Medicine") == ("organisation", 2) and "Mount Sinai" not in found


def test_place_by_its_lead_near_variant_no_body_stays_a_place() -> None:
    assert mentioned("Moses climbed Mount Sinai.", "Pilgrims still walk up Mount Sinai.")["Mount Sinai"][0] == "place"


# --- rule `role_word_after_a_plan_and_to_is_a_verb` (names layer and mentions' role cue) ---------------


def test_role_word_after_a_plan_and_to_is_a_verb() -> None:
    # QA round 61, 520: "Metalurh Zaporizhya (1)" under People, a football club
    found = mentioned("The season is due to start, with Shakhtar scheduled to host Metalurh Zaporizhya.")
    assert found.get("Metalurh Zaporizhya", ("other", 0))[0] != "person"


def test_role_word_after_to_near_variant_keeps_the_role() -> None:
    assert mentioned("He was talking to host Wolf Vantorr about it.")["Wolf Vantorr"][0] == "person"


# --- rule `piece_over_of_counts_for_no_longer_name` ------------------------------------------------------


def test_piece_over_of_counts_for_no_longer_name() -> None:
    # closing note s22: "State of the Union address" counted for "European Union"
    found = mentioned("The European Union imposed sanctions on Monday.",
                      "Obama spoke about it in his State of the Union address.",
                      "He told CNN's State of the Union on Sunday.")
    assert found["European Union"] == ("organisation", 1) and "Union" not in found


def test_piece_over_of_near_variant_the_union_alone_still_counts() -> None:
    found = mentioned("The European Union imposed sanctions on Monday.", "The Union said it would act.",
                      bodies=("European Union",))
    assert found["European Union"] == ("organisation", 2)


def test_piece_over_of_near_variants_only_inside_a_longer_name_and_a_surname() -> None:
    # CNN-Corpus dev 839: a piece only ever written inside a longer name is read whole, as before; 842:
    # a surname before "of" still counts for the person
    assert "People's Republic" not in mentioned(
        "It named crimes in the Democratic People's Republic of Korea.", "The report was long.")
    found = mentioned('"It is internal," Spokeswoman Hua Chunying said.',
                      '"No interference," Hua of the Chinese foreign ministry said.')
    assert found["Hua Chunying"] == ("person", 2)
