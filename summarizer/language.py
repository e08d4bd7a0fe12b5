"""Is this English? An offline check, cheap enough for every run.

The summariser, the claim tagger and their word lists are English. A text in
another language still gets its summary, but with a one-line warning on
stderr, so that no one takes a French page's "key sentences" at face value.

The check: the share of letters that are Latin (a Russian, Greek, Arabic or
Chinese text fails here), then stop-word profiles (`rules/language_profiles.txt`):
the share of the text's words that are each language's commonest words. A
text is English when the English share is high enough, or when no other
language fits clearly better.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

from summarizer.rules import load_rules

ENGLISH = "English"
WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
# Words looked at: the start of the text is enough, and keeps the check fast.
SAMPLE_WORDS = 3000
# Too few words to tell (a headline, a one-line note): no verdict.
MIN_WORDS = 25
# English running text has 35-50 % of its words in the English profile; a
# text at or above this share is English whatever else fits.
ENGLISH_SHARE = 0.25
# Another language wins when its share is this many times the English one
# and at least MIN_OTHER_SHARE.
OTHER_FACTOR = 1.5
MIN_OTHER_SHARE = 0.15
# Below this share of Latin letters the text is in another script.
MIN_LATIN_SHARE = 0.5


@cache
def profiles() -> dict[str, frozenset[str]]:
    """Language -> its most frequent words (rules/language_profiles.txt)."""
    found: dict[str, frozenset[str]] = {}
    for entry in load_rules("language_profiles"):
        language, _, words = entry.partition(":")
        found[language.strip()] = frozenset(words.lower().split())
    return found


def guess_language(text: str) -> str | None:
    """`"English"`, another language's name, `"<Script> script"` for text
    in another alphabet, or None when it cannot tell (too few words, or
    a list of names that fits no profile)."""
    words = [w.lower() for w in WORD.findall(text[: SAMPLE_WORDS * 12])][:SAMPLE_WORDS]
    if len(words) < MIN_WORDS:
        return None
    script = _main_script(words)
    if script != "LATIN":
        return f"{script.title()} script"
    counts = Counter(words)
    shares = {language: sum(counts[w] for w in stops) / len(words) for language, stops in profiles().items()}
    english = shares.pop(ENGLISH, 0.0)
    if english >= ENGLISH_SHARE:
        return ENGLISH
    other, share = max(shares.items(), key=lambda item: item[1])
    if share >= MIN_OTHER_SHARE and share >= OTHER_FACTOR * english:
        return other
    return ENGLISH if english >= MIN_OTHER_SHARE else None


def language_warning(text: str) -> str | None:
    """A one-line warning when `text` is not English, else None."""
    language = guess_language(text)
    if language is None or language == ENGLISH:
        return None
    return (f"the text looks like {language}, not English; summaries and claims are made with English rules "
            "and may be poor")


def _main_script(words: list[str]) -> str:
    scripts: Counter[str] = Counter()
    for word in words:
        if word.isascii():
            scripts["LATIN"] += len(word)
            continue
        for c in word:
            script = "LATIN" if c < "\u0250" else unicodedata.name(c, "UNKNOWN ?").split(" ", 1)[0]
            scripts[script] += 1
    total = sum(scripts.values()) or 1
    if scripts["LATIN"] / total >= MIN_LATIN_SHARE:
        return "LATIN"
    script, _ = scripts.most_common(1)[0]
    return {"CJK": "Chinese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean"}.get(script, script)
