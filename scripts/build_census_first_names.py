"""Rebuild the 'Census 1990' block of summarizer/rules/first_names.txt.

Source: the US Census Bureau's 1990 name lists (public domain), as the PyPI
package `names` 0.3.0 ships them: dist.female.first, dist.male.first and
dist.all.last, lines of NAME, percent of people, cumulative percent, rank.
English words: Debian's wamerican (/usr/share/dict/american-english).
Neither is shipped with this repository; fetch them once, for example:

    pip download names==0.3.0 --no-deps --no-binary :all: -d /tmp/names
    tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    apt-get download wamerican && dpkg-deb -x wamerican_*.deb /tmp/wamerican

then run from the repository root, with the project's .venv:

    .venv/bin/python scripts/build_census_first_names.py /tmp/names/names-0.3.0/names \
        /tmp/wamerican/usr/share/dict/american-english

It prints `female: ...` and `male: ...` lines, sorted, to paste below the
block's header comment in first_names.txt (which says what is kept and why).
The file is read as rules; this script only rebuilds it. Checked in session
11: its output is the block's 895 female and 233 male names, exactly. The
exclusions read the project's current rules files (places, titles, stop
words), so a later change there shows up as a difference on a rebuild.
"""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

from summarizer.claims.lexicon import title_words
from summarizer.claims.names import _trimmed_words, one_word_titles, organisation_words, places

MIN_PERCENT = 0.005  # borne by at least 0.005% of the people of its sex
MIN_SHARE = 0.9  # 90% or more of its bearers of one sex
MAX_SURNAME_PERCENT = 0.001  # a surname of 0.001% of people or more stays out ("Clinton")
# men's names in another language of the news, and cities' or regions' names: not a woman's
# name in an article, whatever the US lists say
HAND_EXCLUDED = frozenset({
    "nikita", "sasha", "michele", "patrice", "germaine", "toni",
    "adelaide", "alberta", "alexandria", "augusta", "aurora", "helena", "lourdes", "marietta", "odessa",
    "roma", "denver", "trenton", "santa",
})
MIN_LETTERS = 3  # "Bo", "Ty" and "Wm" (William's short form) stay out
LINE_WIDTH = 100
RULES_FILE = Path(__file__).resolve().parent.parent / "summarizer" / "rules" / "first_names.txt"
BLOCK_HEADER = "# Added in session 9"  # the Census block's header comment in RULES_FILE


def census_list(path: Path) -> dict[str, float]:
    """Lower-case name -> percent of people, from one Census dist.* file."""
    percents: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) >= 2:
            percents[fields[0].lower()] = float(fields[1])
    return percents


def lower_case_words(path: Path) -> frozenset[str]:
    """The words an English word list writes in lower case ("hope", "grant")."""
    return frozenset(w for w in path.read_text(encoding="utf-8").split() if w.islower())


def hand_listed() -> frozenset[str]:
    """The names first_names.txt lists by hand above the Census block: the
    block does not list them again."""
    lines = RULES_FILE.read_text(encoding="utf-8").split("\n")
    end = next(k for k, line in enumerate(lines) if line.startswith(BLOCK_HEADER))
    return frozenset(word for line in lines[:end] if not line.startswith("#")
                     for word in line.partition(":")[2].split())


def first_names(names_dir: Path, words_file: Path) -> dict[str, list[str]]:
    """'female' and 'male' -> the names kept, sorted."""
    female = census_list(names_dir / "dist.female.first")
    male = census_list(names_dir / "dist.male.first")
    surnames = census_list(names_dir / "dist.all.last")
    excluded = (lower_case_words(words_file) | places() | one_word_titles() | title_words()
                | organisation_words() | _trimmed_words() | HAND_EXCLUDED | hand_listed())
    kept: dict[str, list[str]] = {"female": [], "male": []}
    for sex, own, other in (("female", female, male), ("male", male, female)):
        for name, percent in own.items():
            share = percent / (percent + other.get(name, 0.0))
            if percent < MIN_PERCENT or share < MIN_SHARE or len(name) < MIN_LETTERS:
                continue
            if surnames.get(name, 0.0) >= MAX_SURNAME_PERCENT or name in excluded:
                continue
            kept[sex].append(name)
    return {sex: sorted(names) for sex, names in kept.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names_dir", type=Path, help="directory with dist.female.first, dist.male.first, dist.all.last")
    parser.add_argument("words_file", type=Path, help="an English word list, one word a line (wamerican)")
    args = parser.parse_args()
    for sex, names in first_names(args.names_dir, args.words_file).items():
        for line in textwrap.wrap(" ".join(names), LINE_WIDTH - len(sex) - 2):
            print(f"{sex}: {line}")


if __name__ == "__main__":
    main()
