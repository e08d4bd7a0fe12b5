"""Reader round s29 on unseen articles: what the brief and the summary show.
Each rule has a case of its kind and a near variant that stays as it was;
the sentences are invented after the kinds read on real pages."""

from __future__ import annotations

from summarizer.brief import without_repeated_fragment
from summarizer.claim_cache import document_claims
from summarizer.document import parse_document

GOVERNOR = (
    "Governor calls for calm after premier's arrest\n\n"
    "Governor Jane Roe said the premier of the islands was arrested in Miami on Thursday on drug charges.\n\n"
    "Amidst this shocking news, the governor {cue} \u201ccalm at this time\u201d.\n\n"
    "\u201cI realise this will be shocking news for people in the Territory. And I would call for calm at this "
    "time. The deputy premier will remain acting premier of the Territory.\u201d\n\n"
    "The premier's lawyer did not respond to a request for comment."
)


def _joined(text: str) -> list[str]:
    contents = [without_repeated_fragment(claim).content for claim in document_claims(parse_document(text))]
    return [content for content in contents if "shocking news" in content]


def test_rule_cue_keeps_its_object() -> None:
    # "called for" governs "calm at this time": the words of its citation stay
    joined = _joined(GOVERNOR.format(cue="called for"))
    assert joined
    assert all(content.startswith("\u201ccalm at this time\u201d") for content in joined)


def test_rule_cue_keeps_its_object_near_variant_plain_saying_drops_the_fragment() -> None:
    joined = _joined(GOVERNOR.format(cue="said:"))
    assert joined
    assert all(not content.startswith("\u201ccalm at this time\u201d") for content in joined)


SPLIT = ("Study finds shows shape teens' choices\n\n"
         "Parents, she says, are often shocked to learn that teens say their parents shape their choices.\n\n"
         "\u201cParents are often shocked,\u201d she says. \u201cParents are often shocked to learn it.\u201d")


def test_rule_unquoted_part_is_no_fragment() -> None:
    contents = [without_repeated_fragment(claim).content for claim in document_claims(parse_document(SPLIT))]
    heads = [content for content in contents if "teens say" in content]
    assert heads
    assert all(content.lower().startswith("parents") for content in heads)


def test_rule_unquoted_part_is_no_fragment_near_variant_quoted_fragment_said_again() -> None:
    contents = [without_repeated_fragment(claim).content for claim in document_claims(parse_document(SPLIT))]
    quoted = [content for content in contents if "to learn it" in content]
    assert quoted
    assert all(content.startswith("\u201cParents are often shocked to learn it") for content in quoted)
