"""Session 31: the names layer read by claims, briefs and Mentioned: names holding "and", and an
outlet beside its channel. Each rule with a sentence of the kind fixed and a near variant that must
stay as it is."""

from summarizer.claims import extract_claims
from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from summarizer.mentions import find_mentions
from summarizer.model import ORGANISATION


def names(sentence: str, lower_case: frozenset[str] = frozenset()) -> list[str]:
    return [name.text for name in find_names(tokenize(sentence, 0, len(sentence)), lower_case)]


def mentioned(*sentences: str) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences)}


# --- rule `common_nouns_after_of_hold_and` (925: the speaker "National Council for Peace", a name "Order") ---

JUNTA = "The former prime minister was ordered to report to the National Council for Peace and Order on Friday."
PEACE_AND_ORDER = frozenset({"peace", "order"})  # the article writes "help us maintain peace and order"


def test_common_nouns_after_for_and_after_and_are_one_name() -> None:
    assert names(JUNTA, PEACE_AND_ORDER) == ["National Council for Peace and Order"]


def test_word_after_and_the_article_writes_only_as_a_name_stays_apart() -> None:
    # no lower-case "order" in the article: nothing shows it is a common noun capitalised in a name
    assert names(JUNTA, frozenset({"peace"})) == ["National Council for Peace", "Order"]


def test_body_and_a_name_after_and_stay_two() -> None:
    lower_case = frozenset({"defence", "justice", "nato", "apple"})
    assert names("The Ministry of Defence and NATO said so.", lower_case) == ["Ministry of Defence", "NATO"]
    assert names("Britain and France said so.", frozenset({"britain"})) == ["Britain", "France"]
    # a run that goes on after the word ("and Apple Music") is no name's last word
    assert names("The Council for Justice and Apple Music agreed.", lower_case) == [
        "Council for Justice", "Apple Music"]


def test_claims_and_mentioned_read_the_whole_name() -> None:
    text = ("The troops kept peace and order in the capital on Thursday.\n\n"
            "The National Council for Peace and Order said it would hold the talks on Friday.")
    assert [c.speaker for c in extract_claims(text) if "talks" in c.content] == ["National Council for Peace and Order"]
    found = mentioned("The junta wants to help us keep peace and order in the country.",
                      "Around 150 people must appear before the National Council for Peace and Order, "
                      "a spokesman said.")
    assert "National Council for Peace and Order" in found
    assert "Order" not in found and "National Council for Peace" not in found


# --- rule `body_of_two_places_holds_and` through "the" (828: "Iraq (3)", "Islamic State of Iraq") ---


def test_body_of_two_listed_places_holds_and_through_the() -> None:
    assert names("The Islamic State of Iraq and the Levant is another name for ISIS.") == [
        "Islamic State of Iraq and the Levant", "ISIS"]
    assert names("The Islamic State of Iraq and Syria said so.") == ["Islamic State of Iraq and Syria"]


def test_two_places_with_no_body_stay_two() -> None:
    assert names("The fighters moved between Iraq and the Levant.") == ["Iraq", "Levant"]
    assert names("The people of Iraq and Syria said so.") == ["Iraq", "Syria"]


# --- rule `outlet_is_no_short_name_of_its_channel` (925: "CNN International (3)" took in "told CNN") ---


def test_outlet_alone_is_no_short_name_of_its_channel() -> None:
    found = mentioned("The junta source told CNN on Friday.", "A source confirmed to CNN that she was freed.",
                      "CNN International's broadcasting has been blacked out in Thailand.")
    assert found["CNN"] == (ORGANISATION, 2)
    assert found["CNN International"] == (ORGANISATION, 1)


def test_outlet_alone_beside_its_legal_form_is_the_company() -> None:
    found = mentioned("The network's owner, CBS Corp., said it was pleased.", "CBS announced the show on Thursday.")
    assert found["CBS Corp."] == (ORGANISATION, 2)
    assert "CBS" not in found


# --- rule `short_form_inside_a_longer_name_folds` (702: "NPC Standing Committee" beside "National People's
# Congress Standing Committee") ---


def test_acronym_of_the_leading_words_folds_into_the_full_name() -> None:
    found = mentioned("The National People's Congress Standing Committee voted Sunday on the change.",
                      "The decision of the NPC Standing Committee deprived people of the right to run.")
    assert found["National People's Congress Standing Committee"] == (ORGANISATION, 2)
    assert "NPC Standing Committee" not in found


def test_acronym_that_spells_other_words_stays() -> None:
    found = mentioned("The National People's Congress Standing Committee voted Sunday on the change.",
                      "The decision of the NRA Standing Committee deprived people of the right to run.")
    assert "NRA Standing Committee" in found


# --- rule `question_verb_before_a_surname` (486: "Will Colbert (1)" beside "Stephen Colbert") ---

COLBERT = ("CBS named Stephen Colbert to host the show.", "Will Colbert remain in his Comedy Central character?",
           "Colbert said he was thrilled.", "Colbert will start next year.")


def test_question_verb_before_a_surname_is_no_first_name() -> None:
    found = mentioned(*COLBERT)
    assert "Will Colbert" not in found
    assert found["Stephen Colbert"][1] == 4


def test_first_name_will_inside_a_sentence_stays_a_person() -> None:
    found = mentioned("CBS named Stephen Colbert to host the show.", "His brother Will Colbert said he was thrilled.")
    assert "Will Colbert" in found
