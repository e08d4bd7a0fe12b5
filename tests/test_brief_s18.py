"""Briefs, session 18: the rules this session adds to the note (brief.py) and the tests of their kind,
each with a near variant that must stay as it was. The sentences are invented after one read of a news
page; none is copied from the shared data sets."""

from __future__ import annotations

from summarizer.brief import make_brief
from summarizer.document import parse_document
from summarizer.reading import Article
from summarizer.summarizers.standalone import is_quotation_throughout, quotations_throughout

# --- rule `quotation_alone_is_no_point` ----------------------------------------------------------------------------

LIBRARIES = (
    "Council closes three libraries to save money\n\n"
    "The city council voted on Tuesday to close three branch libraries from next spring to save money.\n\n"
    "The libraries in Hillside, Marsh End and Kingsway lend about 90,000 books a year between them.\n\n"
    "Council leader Anne Brook said the budget left the council no other choice.\n\n"
    "The council must cut its spending by four million pounds next year after its grant fell.\n\n"
    "Library staff will move to other council jobs and none will lose their job, the council said.\n\n"
    "The opposition leader Tom Reid spoke against the plan at the meeting.\n\n"
    # a quotation set over several paragraphs, as British papers do: each opens on a mark, only the
    # last closes, and none names its speaker
    "\u201cClosing three libraries will save the council money but the city libraries will lose their readers.\n\n"
    "\u201cMany of them walk there every morning to read the papers and to talk to their neighbours.\n\n"
    "\u201cLet us at least keep one of the three branches open on two days a week.\u201d\n\n"
    "Volunteers have offered to run the Kingsway branch without pay.\n\n"
    "The council will decide on the offer in January, and the libraries will stay open until April."
)


def _points(article: str) -> list[str]:
    note = make_brief([Article(article, "libraries.txt")])
    return [p.text for p in (note.bottom_line, *note.key_points) if p]


def test_rule_quotation_alone_is_no_point() -> None:
    # the quotation's second paragraph ranks high, but shown alone it reads as the writer's own words
    assert not any(text.startswith("\u201cClosing three libraries") for text in _points(LIBRARIES))
    document = parse_document(LIBRARIES)
    found = {document.sentences[n].text[:12] for n in quotations_throughout(document)}
    assert found == {"\u201cClosing thr", "\u201cMany of the", "\u201cLet us at l"}


def test_rule_quotation_alone_is_no_point_near_variant_speaker_in_it_stays() -> None:
    # a speaker inside the sentence, a quotation inside the writer's sentence, a quoted title that
    # opens the writer's sentence: none is a quotation and nothing else
    assert not is_quotation_throughout(
        "\u201cClosing three libraries will save money,\u201d Tom Reid said, \u201cbut they will lose readers.")
    assert not is_quotation_throughout("The council called the plan \u201cthe only way\u201d to balance its budget.")
    assert not is_quotation_throughout("\u201cAlone,\u201d which topped the charts for three weeks, was her best song.")
    assert not is_quotation_throughout('"Closing the libraries is wrong," Reid said.')
    # the same quotation, stripped of its marks, is the writer's own sentence and stays a key point
    plain = LIBRARIES.replace("\u201cClosing three", "Closing three")
    assert any(text.startswith("Closing three libraries") for text in _points(plain))


def test_rule_quotation_alone_is_no_point_kinds() -> None:
    assert is_quotation_throughout("\u201cI understand their concerns, but nothing we do is going to be perfect.")
    assert is_quotation_throughout("\u201cLet us at least try.\u201d")
    assert is_quotation_throughout('"Let us at least try.')


# --- rule `infinitive_cue_shows_its_verbs` (claims.extract) ---------------------------------------------------------


def _cues(text: str) -> list[tuple[str, str]]:
    from summarizer.claims import extract_claims

    return [(c.cue, c.cue_text) for c in extract_claims(text)]


def test_rule_infinitive_cue_shows_its_verbs() -> None:
    # "Chris Grayling warn: against ..." read like an order: the cue is shown with the words leading to it
    assert _cues("Mr Grayling earlier used his speech to warn against a one-size-fits-all approach to lockdown.") \
        == [("warn", "earlier used his speech to warn")]
    assert _cues("The minister went on to say that the airport would reopen in June.") == [("say", "went on to say")]


def test_rule_infinitive_cue_near_variants_stay() -> None:
    # a finite cue, a negated one (rule negated_cue shows its own chain), a lead with "and" (two
    # predicates) and a lead after a comma stay as they were
    assert _cues("Mr Grayling warned against a one-size-fits-all approach to lockdown.") == [("warn", "warned")]
    assert _cues("The minister declined to say whether the airport would reopen.") == [("decline", "declined to say")]
    assert _cues("The minister has money and seems to think that the airport would reopen.") == [("think", "think")]
