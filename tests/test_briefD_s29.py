"""Reader round s29 on unseen articles: what the brief and the summary show.
Each rule has a case of its kind and a near variant that stays as it was;
the sentences are invented after the kinds read on real pages."""

from __future__ import annotations

from summarizer.brief import reproduced_statement_voice, without_repeated_fragment
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


STATEMENT = (
    "Premier arrested in Miami on drug charges\n\n"
    "The premier of the islands has been detained in the United States on drug charges.\n\n"
    "Governor Jane Roe made the announcement in a press statement this afternoon.\n\n"
    "She said the arrest was not linked to the inquiry report.\n\n"
    "{heading}\n\n"
    "I would like to provide an update to the people of the islands on recent law enforcement action.\n\n"
    "The Governor will meet the acting premier on Friday.\n\n"
    "I will provide a further update in due course."
)


def _statement_voice(heading: str) -> list[str]:
    document = parse_document(STATEMENT.format(heading=heading))
    return [document.sentences[n].text for n in sorted(reproduced_statement_voice(document))]


def test_rule_reproduced_statement_voice() -> None:
    found = _statement_voice("Statement from the Office of the Governor \u2013 Jane Roe")
    assert found == ["I would like to provide an update to the people of the islands on recent law "
                     "enforcement action.", "I will provide a further update in due course."]


def test_rule_reproduced_statement_voice_near_variant_other_heading_stays() -> None:
    # an essay's "I" under a heading of its own is the writer's voice
    assert _statement_voice("What happens next for the islands") == []


def test_rule_reproduced_statement_voice_near_variant_reported_letter_stays() -> None:
    # the writer reports the letter under its heading: the text set out does not open there
    text = (STATEMENT.format(heading="The letter sent by the governor to the premier")
            .replace("I would like", "The letter says the governor would like"))
    document = parse_document(text)
    assert reproduced_statement_voice(document) == frozenset()
