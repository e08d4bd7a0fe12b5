"""The language check: a one-line warning for text that is not English; the run goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.language import guess_language, language_warning
from summarizer.reading import article_from_bytes, article_from_text

from .conftest import DEMO, run_command

FRENCH = ("Le gouvernement a annoncé mardi une série de mesures pour soutenir les entreprises touchées par la "
          "crise. Selon le ministre, ces aides seront versées dans les prochaines semaines et concernent surtout "
          "les petites entreprises du secteur de la restauration, qui ont perdu une grande partie de leur "
          "chiffre d'affaires depuis le mois de mars.")
GERMAN = ("Die Regierung hat am Dienstag eine Reihe von Maßnahmen angekündigt, mit denen die von der Krise "
          "betroffenen Unternehmen unterstützt werden sollen. Nach Angaben des Ministers werden die Hilfen in "
          "den kommenden Wochen ausgezahlt und betreffen vor allem kleine Betriebe in der Gastronomie, die seit "
          "März einen großen Teil ihres Umsatzes verloren haben.")
SPANISH = ("El gobierno anunció el martes una serie de medidas para apoyar a las empresas afectadas por la "
           "crisis. Según el ministro, las ayudas se pagarán en las próximas semanas y se destinarán sobre todo a "
           "los pequeños negocios de la restauración, que han perdido una gran parte de sus ingresos desde marzo.")
RUSSIAN = ("Правительство во вторник объявило о ряде мер по поддержке компаний, пострадавших от кризиса. По "
           "словам министра, помощь будет выплачена в ближайшие недели и прежде всего коснётся малого бизнеса в "
           "сфере общественного питания, который с марта потерял большую часть выручки.")
ENGLISH_WITH_NAMES = ("Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday to discuss the "
                      "Union's budget. Le Monde reported that the two leaders agreed on a plan for the Banque de "
                      "France and the Deutsche Bundesbank, which officials said would be published in June after "
                      "talks with the other member states.")


@pytest.mark.parametrize(("text", "language"), [
    (FRENCH, "French"), (GERMAN, "German"), (SPANISH, "Spanish"), (RUSSIAN, "Cyrillic script"),
    (ENGLISH_WITH_NAMES, "English"), (DEMO.read_text(encoding="utf-8"), "English"),
    ("Le gouvernement a annoncé des mesures.", None),  # too short to tell
])
def test_the_language_is_guessed_from_stop_words_and_script(text: str, language: str | None) -> None:
    assert guess_language(text) == language


def test_english_has_no_warning_and_other_languages_one_line() -> None:
    assert language_warning(ENGLISH_WITH_NAMES) is None
    warning = language_warning(FRENCH)
    assert warning is not None and "\n" not in warning and "French" in warning


def test_articles_carry_the_warning_for_text_and_pages() -> None:
    assert any("French" in w for w in article_from_text(FRENCH, "fr.txt").warnings)
    page = f"<html><head><title>Aides</title></head><body><article><p>{GERMAN}</p></article></body></html>"
    assert any("German" in w for w in article_from_bytes(page.encode(), "de.html").warnings)
    assert article_from_text(ENGLISH_WITH_NAMES, "en.txt").warnings == ()


def test_the_summary_is_still_made_with_a_warning_on_stderr(tmp_path: Path) -> None:
    french = tmp_path / "fr.txt"
    french.write_text(FRENCH + "\n", encoding="utf-8")
    result = run_command("summarize", str(french), "-f", "text")
    assert result.returncode == 0
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"summarizer: warning: {french}: the text looks like French, not English")
    assert "Le gouvernement" in result.stdout
