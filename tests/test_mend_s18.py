"""Session 18 mends, behaviour-preserving: one fact in one place. These pin
what each shared reading answers, a word of its kind and a near one that
answers otherwise, so a later change to one reader shows here."""

from pathlib import Path

from summarizer.claims.grammar import opens_a_noun_apposition
from summarizer.claims.lexicon import documents
from summarizer.claims.names import country_short_forms, demonym_by_its_form, places
from summarizer.claims.speakers import listed_people_or_country_word
from summarizer.cleanup import CODE_KIND, CODE_RULES, PATTERN_RULES, _patterns

RULES = Path(__file__).resolve().parent.parent / "summarizer" / "rules"


def test_the_two_nationality_tests_differ_as_their_names_say() -> None:
    # both: a listed place's people
    assert demonym_by_its_form("iranian") and listed_people_or_country_word("iranian")
    # the form alone: a people of no listed place, a party's adjective
    assert demonym_by_its_form("republican") and not listed_people_or_country_word("republican")
    # a country's short form has no demonym ending
    assert listed_people_or_country_word("u.s") and not demonym_by_its_form("u.s")
    # a first name is neither
    assert not demonym_by_its_form("brian") and not listed_people_or_country_word("brian")


def test_country_short_forms_are_places() -> None:
    assert {"u.s.", "uk"} <= country_short_forms()
    assert country_short_forms() <= places()
    assert "ohio" in places() and "ohio" not in country_short_forms()


def test_a_noun_apposition_opens_with_an_article_or_a_noun_of_people() -> None:
    assert opens_a_noun_apposition("the") and opens_a_noun_apposition("consultant")
    assert not opens_a_noun_apposition("who") and not opens_a_noun_apposition("and")


def test_newsletter_is_a_document_listed_once() -> None:
    assert {"newsletter", "newsletters"} <= documents()
    listed = [line for line in (RULES / "source_nouns.txt").read_text().splitlines() if "newsletter" in line
              and not line.startswith("#")]
    assert listed == ["documents: newsletter newsletters"]


def test_site_greeting_pattern_is_data_applied_by_its_function_alone() -> None:
    assert PATTERN_RULES["site_greeting"] == CODE_KIND and "site_greeting" in CODE_RULES
    assert [p.pattern for name, _, p in _patterns() if name == "site_greeting"] == [
        r"(?:welcome to|thanks? (?:you )?for visiting)\s+(?P<name>.+?)[\s.!]*"]
