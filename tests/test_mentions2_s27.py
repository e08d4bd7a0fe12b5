"""Session 27 (mentions2-s27): the brief's Mentioned list, faults found on CNN-Corpus dev rows 113,
165, 419, 488, 524, 793, 887, 918 and 930: a news outlet before what its analyst covers, a saint's
possessive, an event named after a person, a name cut at "and" after an adjective or at a title word
before "of", a possessive thing's longer name, a count word opening a name, a show's quoted title, a
surname two people share after one's title, a plural people noun as a speaker, a step's verb, a
name paired by "or". Each rule with a sentence of the kind fixed and a near variant that must stay
as it is."""

from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize


def names(sentence: str) -> list[str]:
    return [name.text for name in find_names(tokenize(sentence, 0, len(sentence)))]


# --- rule `adjective_before_and_shares_the_noun_after` (113: "Center for Craniofacial" and
# "Dental Genetics") ---


def test_adjective_before_and_shares_the_noun_after() -> None:
    sentence = "Marazita, director of the Center for Craniofacial and Dental Genetics at the university, said so."
    assert "Center for Craniofacial and Dental Genetics" in names(sentence)
    assert "Center for Strategic and International Studies" in names(
        "He spoke at the Center for Strategic and International Studies in Washington.")


def test_adjective_before_and_near_variant_a_noun_before_and_stays_two_names() -> None:
    assert names("The Center for Science and Barack Obama met.") == ["Center for Science", "Barack Obama"]
    assert names("The Society for Animal and Plant Care met.") == ["Society for Animal", "Plant Care"]
