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
    # (session 22, rule evidential_lead_shown_with_its_cue: the evidential right before the cue is
    # shown with it, "seems to think"; the lead before "and" is still not)
    assert _cues("The minister has money and seems to think that the airport would reopen.") \
        == [("think", "seems to think")]


# --- rule `open_quote_closed_where_shown` ---------------------------------------------------------------------------

BANK = (
    "Bank moved money abroad with fake contracts, watchdog says\n\n"
    "A private bank moved $1.8 billion abroad through fake import contracts, an anticorruption watchdog said "
    "on Monday.\n\n"
    "The money went first to accounts in Cyprus and then to companies in Belize and the British Virgin Islands.\n\n"
    "The bank's owners deny any wrongdoing and say the contracts were real.\n\n"
    "The central bank took over the private bank three years ago and has spent billions to keep it open.\n\n"
    "Depositors kept their savings, but the state lost most of the money it put into the bank.\n\n"
    "Prosecutors opened a case last year, and a court in the capital will hear it in the spring.\n\n"
    "The watchdog found the contracts in public court records and in the bank's own filings.\n\n"
    "Several of the companies that signed them were set up only weeks before the money moved.\n\n"
    "\u201cThis transfer abroad with the help of fake contracts was simply a way to empty the bank,\u201d "
    "explained Anna Petrenko, an investigator with the watchdog. "
    "\u201cThe whole lawsuit was only needed to make it look like the bank itself was not involved, though the "
    "goods will never be delivered."
)


def _claims_shown(article: str, name: str) -> list[str]:
    note = make_brief([Article(article, name)])
    return [c.content for group in note.speakers for c in group.claims]


def test_rule_open_quote_closed_where_shown() -> None:
    # the page never closes the second quotation: the note closes it where its words end
    shown = _claims_shown(BANK, "bank.txt")
    assert len(shown) == 1 and shown[0].endswith("will never be delivered.\u201d")


def test_rule_open_quote_closed_near_variant_closed_quote_stays() -> None:
    # a quotation the page closes is shown as written, with one closing mark
    closed = BANK.replace("will never be delivered.", "will never be delivered.\u201d")
    shown = _claims_shown(closed, "bank.txt")
    assert len(shown) == 1 and shown[0].endswith("will never be delivered.\u201d") \
        and not shown[0].endswith("\u201d\u201d")



def test_rule_open_quote_closed_near_variant_reopened_or_mixed_marks_stay() -> None:
    from summarizer.brief import _left_open

    # a quotation over paragraphs reopens each one and closes once; a page mixes its marks
    assert _left_open("\u201cThe data shows a rise. \u201cThis means you must isolate.\u201d") == ""
    assert _left_open('"We asked them what to say. They thought that was for us.\u201d') == ""
    assert _left_open("the sector faces \u201cmass job cuts\u201d this year") == ""
    assert _left_open("\u201cIt was fake,\u201d \u2026 \u201cThe goods will never be delivered.") == "\u201d"
    assert _left_open('"It was fake," \u2026 "The goods will never be delivered.') == '"'


# --- rule `short_note_shows_its_quote_whole`, a quotation cut when gathered -----------------------------------------

FORUM = (
    "Mayor backs a yearly river forum for the valley towns\n\n"
    "Riverton's Mayor and chair of the Valley Towns Council, Dr Helen Ward, has voiced her support for a "
    "yearly river forum to discuss flood defences and insurance for the towns of the valley.\n\n"
    "The yearly forum, proposed by state senator Paul Grant, was one of the items on the agenda of Wednesday's "
    "valley roundtable, held at the old mill hall in Riverton.\n\n"
    "Dr Ward was among several local leaders who attended the roundtable hosted by Senator Grant, who chairs "
    "the state committee on rivers and who led a delegation of six.\n\n"
    "Dr Ward suggested an even broader yearly meeting with the state's engineers, with flood defences and "
    "insurance among the main issues on its agenda.\n\n"
    "Dr Ward said, \u201cWe claim to have strong defences and good relations with the state but I do not see "
    "the proof of that in the budgets that come from the capital. "
    "The valley is simply taken for granted. "
    "I do not understand why the towns of the valley are not seen as an important voice when the state decides "
    "on flood money. "
    "Senator Grant, we look to you to speak for us in the capital after this meeting.\u201d\n\n"
    "Dr Ward, who ran the council's finances for several years, stressed the cost of floods to the shops and "
    "farms of the valley, and to the people who live there.\n\n"
    "The roundtable was held as insurers raise their prices for homes and shops near the river after two "
    "floods in three years.\n\n"
    "The valley leaders thanked the senator for starting the talks and for knowing how the state's decisions "
    "reach the towns and people of the valley."
)


def test_rule_short_note_shows_a_quote_cut_when_gathered_whole() -> None:
    # a 271-word page: the main speaker's 76-word quotation was cut in its middle ("… Senator Grant,
    # we look to you ..."); the short note shows it whole, past half its words in
    shown = _claims_shown(FORUM, "forum.txt")
    quote = next(c for c in shown if c.startswith("\u201cWe claim"))
    assert "\u2026" not in quote and "I do not understand why" in quote and "simply taken for granted" in quote


def test_rule_short_note_quote_near_variant_too_long_stays_cut() -> None:
    # whole, the quotation would run past MAX_WHOLE_CLAIM_WORDS: it stays cut
    longer = FORUM.replace("The valley is simply taken for granted. ",
                           "The valley is simply taken for granted. The farms lost their harvest twice, the shops "
                           "lost their stock twice, and the families who live by the river lost their homes and "
                           "their savings twice in three years. Nobody in the capital has come to see the damage "
                           "or to ask what the towns need. ")
    quote = next(c for c in _claims_shown(longer, "forum.txt") if c.startswith("\u201cWe claim"))
    assert len(quote.split()) <= 50


# --- Markdown references, one paragraph each ------------------------------------------------------------------------


def test_markdown_references_are_paragraphs_of_their_own() -> None:
    from summarizer.render.brief import brief_markdown

    markdown = brief_markdown(make_brief([Article(BANK, "bank.txt")]))
    lines = markdown[markdown.index("## References"):].rstrip().splitlines()[1:]
    assert len(lines) >= 4 and all(not line for line in lines[0::2])
    assert all(line.startswith("[") for line in lines[1::2])


# --- rule `contributor_note_is_no_point` ----------------------------------------------------------------------------

COLUMN = (
    "Give your garden a spring clean\n\n"
    "Spring is the best time of year to clear the beds, cut back dead stems and feed the soil of your garden.\n\n"
    "Start with the beds: pull the weeds before they seed, and dig compost into the soil around your plants.\n\n"
    "Cut back the dead stems of last year's flowers, but leave the new shoots at their base alone.\n\n"
    "Clean your tools and sharpen the blades of your shears before the busy weeks of the season begin.\n\n"
    "Finally, plan what you will sow this year, and order your seeds before the shops run out of them.\n\n"
    "Maria Hollis is the founder of Green Corner, a garden design studio that helps families plan and plant "
    "gardens they can look after themselves. She also writes a weekly column on gardens for the paper."
)


def test_rule_contributor_note_is_no_point() -> None:
    from summarizer.brief import contributor_notes

    document = parse_document(COLUMN)
    assert {document.sentences[n].text[:12] for n in contributor_notes(document)} == {"Maria Hollis", "She also wri"}
    assert not any("Maria Hollis" in text for text in _points(COLUMN))


def test_rule_contributor_note_near_variant_a_person_of_the_story_stays() -> None:
    from summarizer.brief import contributor_notes

    # the person is one the story spoke of before: her last paragraph is the story's
    spoken = COLUMN.replace("Start with the beds:", "Maria Hollis of Green Corner says to start with the beds:")
    assert not contributor_notes(parse_document(spoken))
    # no listed first name: a place or a product is described so ("Dezuka Suisan is a great place ...")
    assert not contributor_notes(parse_document(COLUMN.replace("Maria Hollis is", "Corner Studio is")))
