"""Rule `it_stops_at_a_named_group` (speakers._pronoun): "it" after a group
written as a name that the tagger could not type ("Reporters Without
Borders") is not handed to an older body or document (QA round 25, 808)."""

from __future__ import annotations

from summarizer import extract_claims

TWO_BODIES = ('"The message is a clear threat to the users of social networks," the Amnesty statement said. '
              "Macias, 39, was the fourth woman journalist to be killed this year, Reporters Without Borders "
              'said in a statement. "There seems to be no way out of this horror," it said.')


def test_it_after_a_named_group_is_not_an_older_document() -> None:
    claims = extract_claims(TWO_BODIES)
    assert claims[-1].cue_text == "said" and claims[-1].content.startswith('"There seems')
    assert claims[-1].speaker != "the Amnesty statement"


def test_it_after_the_document_itself_is_still_the_document() -> None:
    text = TWO_BODIES.replace(
        "Macias, 39, was the fourth woman journalist to be killed this year, Reporters Without Borders said in a "
        "statement. ", "")
    assert extract_claims(text)[-1].speaker == "the Amnesty statement"
