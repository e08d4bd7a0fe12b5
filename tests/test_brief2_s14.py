"""Session 14, round 2: what readers of the web test saw in briefs and summaries. Each rule has a
case of its kind and a near variant that stays as it was; the articles are invented after the
kinds the web tester read (a weather story whose headline's point opens with "However")."""

from __future__ import annotations

from summarizer.brief import _stems, headline_turns, make_brief
from summarizer.document import parse_document
from summarizer.reading import Article
from summarizer.summarizers.standalone import sentence_units, speakerless_quotations, without_contrast_opener

# --- rule `contrast_with_the_headline` -----------------------------------------------------------------------------

FROST_TITLE = "Colder Nights Forecast for Friday after Frost Warning Thursday"
FROST = (
    f"{FROST_TITLE}\n\n"
    "Strong northern winds brought the first frost of the autumn to the valley on Thursday morning.\n\n"
    "Farmers covered their young vines with cloth as the frost settled over the fields before dawn.\n\n"
    "The town of Lindow recorded the lowest reading in the region, at minus four degrees.\n\n"
    "However, Friday night is forecast to be colder still, with the nights expected to fall two degrees "
    "below Thursday's.\n\n"
    "Drivers are advised to take care on the hill roads, where ice may form before dawn.\n\n"
    "The weather service said the cold air came from the north and would stay over the valley for days.\n\n"
    "Schools in the valley will open an hour later on Friday so that buses can avoid the icy roads.\n\n"
    "Older people are asked to stay indoors at night and to keep their homes warm.\n\n"
    "Milder weather is expected to return to the valley early next week."
)


def _turns(text: str, title: str) -> frozenset[int]:
    document = parse_document(text)
    stems = [_stems(s.text) for s in document.sentences]
    return headline_turns(document, sentence_units(document), _stems(title), stems)


def test_rule_contrast_with_the_headline() -> None:
    assert without_contrast_opener("However, Friday is forecast to be colder.") == "Friday is forecast to be colder."
    assert without_contrast_opener("But the nights will be colder.") == "the nights will be colder."
    document = parse_document(FROST)
    turn = next(s.index for s in document.sentences if s.text.startswith("However"))
    assert sentence_units(document)[turn] == (turn - 1, turn)  # the summary shows it with the one before
    assert _turns(FROST, FROST_TITLE) == {turn}
    note = make_brief([Article(FROST, "frost.txt")], points=4)
    assert any(p.text.startswith("However, Friday night is forecast") for p in note.key_points)


def test_rule_contrast_with_the_headline_near_variant_stays() -> None:
    # the same sentence under a headline it does not carry; a contrast that also points back with
    # "this"; an opener that is no contrast ("Also, ..."); a quotation's sentence
    assert not _turns(FROST, "Vine Growers Count the Cost of an Early Autumn")
    assert not _turns(FROST.replace("However, Friday night", "However, this Friday night"), FROST_TITLE)
    assert not _turns(FROST.replace("However, Friday night", "Also, Friday night"), FROST_TITLE)
    quoted = FROST.replace("before dawn.\n\nThe town", "before dawn.\n\n\u201cWe lost a row. The town").replace(
        "below Thursday's.", "below Thursday's,\u201d said one farmer.")
    assert not _turns(quoted, FROST_TITLE)
    assert without_contrast_opener("Butter prices rose in May.") is None
    note = make_brief([Article(FROST.replace(FROST_TITLE, "Vine Growers Count the Cost of an Early Autumn"),
                               "frost.txt")], points=4)
    assert not any(p.text.startswith("However") for p in note.key_points)


# --- rule `quotation_without_speaker` ------------------------------------------------------------------------------

CLINIC = (
    "New clinic opens for cancer patients\n\n"
    "\u201cEvery patient should leave here feeling more like herself.\u201d\n\n"
    "A new clinic for women in cancer treatment opened on Monday in the centre of Leeds.\n\n"
    "The clinic offers wigs, skin care and advice to patients who lose their hair during treatment.\n\n"
    "Its founder, nurse Joan Pike, said she wrote to every hospital in the city last year.\n\n"
    "\u201cMost of them answered within a week. They wanted the clinic as much as we did.\n\n"
    "Patients told us they felt invisible once their hair was gone.\u201d\n\n"
    "The clinic is paid for by a local charity and will treat about 400 women a year.\n\n"
    "It opens six days a week and patients need no referral from a doctor."
)


def _texts(article: str) -> tuple[list[str], list[str]]:
    """(the sentences of the default summary, the brief's bottom line and key points)."""
    from summarizer.summarizers.base import Length
    from summarizer.summary import summarize_document

    summary = summarize_document(parse_document(article), Length(sentences=3), "default")
    note = make_brief([Article(article, "clinic.txt")], points=3)
    return [s.text for s in summary.sentences], [p.text for p in (note.bottom_line, *note.key_points) if p]


def test_rule_quotation_without_speaker() -> None:
    document = parse_document(CLINIC)
    found = speakerless_quotations(document)
    deck = next(s.index for s in document.sentences if s.text.startswith("\u201cEvery patient"))
    tail = next(s.index for s in document.sentences if s.text.startswith("Patients told us"))
    assert deck == 0 and found == {deck, tail}
    for texts in _texts(CLINIC):
        assert not any(t.startswith(("\u201cEvery patient", "Patients told us")) for t in texts)


def test_rule_quotation_without_speaker_near_variant_stays() -> None:
    # the deck with its speaker; the quotation closed in its own paragraph; a closing mark that is
    # not at the sentence's end; a straight-quoted tail (no telling opens from closes)
    named = CLINIC.replace("herself.\u201d\n\n", "herself,\u201d said Joan Pike.\n\n").replace(
        "\u201cMost of them", "\u201cMost of them answered.\u201d\n\n\u201cMost of them")
    closed = named.replace("Patients told us they felt invisible once their hair was gone.\u201d",
                           "\u201cPatients told us they felt invisible once their hair was gone.\u201d")
    assert not speakerless_quotations(parse_document(closed))
    tail_said = CLINIC.replace("hair was gone.\u201d", "hair was gone,\u201d she said.")
    assert max(s.index for s in parse_document(tail_said).sentences
               if s.index in speakerless_quotations(parse_document(tail_said))) == 0
    straight = CLINIC.replace("\u201c", '"').replace("\u201d", '"')
    assert speakerless_quotations(parse_document(straight)) == {0}  # the deck alone


# --- rule `cut_keeps_the_central_sentences` ------------------------------------------------------------------------

MINISTER = (
    "Minister asks for help after storm\n\n"
    "The prime minister met members of the visiting delegation in the capital on Monday.\n\n"
    "\u201cWe have strong ties with our neighbours but we see little help from them when a storm comes. "
    "Our island is taken for granted. We cannot understand why the region is never asked about these plans. "
    "Senator Lee, we ask you to carry our request for storm relief back to your government after this meeting.\u201d "
    "said the prime minister.\n\n"
    "The delegation leaves for home on Wednesday."
)


def _minister() -> tuple:
    from summarizer.claim_cache import document_claims

    document = parse_document(MINISTER)
    claim = next(c for c in document_claims(document) if c.content.startswith("\u201cWe have"))
    return document, claim


def test_rule_cut_keeps_the_central_sentences() -> None:
    from summarizer.brief import shortened

    document, claim = _minister()
    scores = [1.0] * len(document.sentences)
    request = next(s.index for s in document.sentences if s.text.startswith("Senator Lee"))
    scores[request] = 3.0
    short = shortened(claim, document, 45, scores)
    assert short.content.startswith("\u201cWe have strong ties")  # the first sentence, next to its speaker
    assert "\u2026 Senator Lee, we ask you" in short.content and short.content.endswith("this meeting.\u201d")
    assert "taken for granted" in short.content and "never asked" not in short.content
    assert len(short.content_parts) == 2
    assert all(document.text[p.start:p.end] == p.text for p in short.content_parts)


def test_rule_cut_keeps_the_central_sentences_near_variant_stays() -> None:
    # without scores, and with the first sentences best, the cut keeps the opening sentences in order
    from summarizer.brief import shortened

    document, claim = _minister()
    plain = shortened(claim, document, 45)
    assert plain.content.endswith("about these plans. \u2026\u201d") and "Senator" not in plain.content
    first_best = [3.0 - 0.1 * s.index for s in document.sentences]
    assert shortened(claim, document, 45, first_best).content == plain.content


# --- rule `interviewer_lead_in` ------------------------------------------------------------------------------------

INTERVIEW = (
    "A baker on her first shop\n\n"
    "Ann Kerr opened her first bakery in Leeds this spring, after ten years of baking for friends.\n\n"
    "Your friends asked you for bread for years. What made you start a shop?\n\n"
    "I had baked for friends for years, and they kept asking me to sell my bread.\n\n"
    "You opened during a hard winter for small shops. How did you get through it?\n\n"
    "We kept prices low and opened early, so people could buy bread on their way to work.\n\n"
    "Most bakeries buy their flour from big mills. Where does yours come from?\n\n"
    "All our flour comes from two small mills in Yorkshire, and we buy it every week."
)


def test_rule_interviewer_lead_in() -> None:
    from summarizer.summarizers.standalone import interviewer_lead_ins

    document = parse_document(INTERVIEW)
    found = {document.sentences[n].text for n in interviewer_lead_ins(document)}
    assert found == {"Your friends asked you for bread for years.",
                     "You opened during a hard winter for small shops.",
                     "Most bakeries buy their flour from big mills."}


def test_rule_interviewer_lead_in_near_variant_stays() -> None:
    # fewer than INTERVIEW_QUESTIONS question paragraphs (an essay asking the reader); a speaker's
    # quoted question; the first paragraph, the writer's introduction
    from summarizer.summarizers.standalone import interviewer_lead_ins

    essay = INTERVIEW.replace("What made you start a shop?", "She started in 2014.").replace(
        "Where does yours come from?", "Hers come from Yorkshire.")
    assert not interviewer_lead_ins(parse_document(essay))
    quoted = INTERVIEW.replace("You opened during a hard winter for small shops. How did you get through it?",
                               "\u201cYou open in a hard winter. How do you get through it?\u201d she asked.")
    assert not interviewer_lead_ins(parse_document(quoted))  # two question paragraphs left: no interview
    four = quoted.replace("I had baked", "Your mother baked too. Did she teach you?\n\nI had baked")
    shown = {parse_document(four).sentences[n].text for n in interviewer_lead_ins(parse_document(four))}
    assert "Your mother baked too." in shown and not any("hard winter" in text for text in shown)
    opening = INTERVIEW.replace("after ten years of baking for friends.", "after ten years. Have you been?")
    assert "Ann Kerr opened her first bakery in Leeds this spring, after ten years." not in {
        parse_document(opening).sentences[n].text for n in interviewer_lead_ins(parse_document(opening))}
