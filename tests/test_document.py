from summarizer.document import boilerplate_kind, is_headline_like, parse_document
from summarizer.model import Sentence, Span


def test_demo_headlines_are_the_title(demo_text: str) -> None:
    document = parse_document(demo_text)
    assert document.title == "NATO Seeks Expanded Third-Country Agreements to Back Ukraine"
    assert [h.text for h in document.headlines][1].startswith("NATO Considers Expanding")
    assert document.sentences[0].text.startswith("NATO members are examining")


def test_demo_boilerplate_and_teasers_are_not_body(demo_text: str) -> None:
    document = parse_document(demo_text)
    body = " ".join(s.text for s in document.sentences)
    for line in ("Previous Article", "Next Article", "Write a Comment", "Leave a Comment",
                 "Air Raid Alerts", "Taxation rules for Christmas Lottery"):
        assert line not in body
    assert len(document.boilerplate) == 6
    assert document.sentences[-1].text.endswith("security environment in the region.")


def test_offsets_index_the_original_text(demo_text: str) -> None:
    document = parse_document(demo_text)
    spans: tuple[Sentence | Span, ...] = (*document.sentences, *document.headlines, *document.boilerplate)
    for span in spans:
        assert demo_text[span.start : span.end] == span.text
    assert [s.index for s in document.sentences] == list(range(len(document.sentences)))


def test_paragraphs_hold_their_sentences(demo_text: str) -> None:
    document = parse_document(demo_text)
    assert len(document.paragraphs) == 7
    for paragraph in document.paragraphs:
        for i in paragraph.sentences:
            assert document.sentences[i].paragraph == paragraph.index


def test_rule_headline_like() -> None:
    assert is_headline_like("Ad sales boost Time Warner profit")
    assert not is_headline_like("Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.")


def test_rule_boilerplate_kind() -> None:
    assert boilerplate_kind("Previous Article") == "link"
    assert boilerplate_kind("  Leave a Comment ") == "line"
    assert boilerplate_kind("Officials said a comment would follow.") is None


def test_rule_call_to_action() -> None:
    assert boilerplate_kind("To urge your MP to vote for the amendments, click this blue box and paste in their "
                            "email address from the list below.") == "line"
    assert boilerplate_kind("Email vote@example.org or call 212-306-6794 for more information.") == "line"
    # near variants: news about clicking or writing, not a call to the reader
    assert boilerplate_kind("Users who click the link are taken to a fake banking site.") is None
    assert boilerplate_kind("Officials will email voters at vote@example.org before the polls open.") is None
    assert boilerplate_kind("Calls to 212-306-6794 went unanswered on Monday.") is None


def test_a_sentence_that_mentions_comments_is_kept() -> None:
    text = "Leaders met on Monday.\n\nThey declined to comment on the talks.\n\nLeave a Comment"
    document = parse_document(text)
    assert [s.text for s in document.sentences] == [
        "Leaders met on Monday.", "They declined to comment on the talks."]


def test_single_headline_only_text_is_still_body() -> None:
    document = parse_document("Ad sales boost Time Warner profit")
    assert [s.text for s in document.sentences] == ["Ad sales boost Time Warner profit"]
    assert document.title is None


def test_a_headline_with_a_question_mark_is_one_headline() -> None:
    # CNN-Corpus title, as a headline line above the body.
    text = (
        "Is the banking 'boys' club' dead? Five female CEOs on breaking through\n\n"
        "Women now run some of the largest banks in the world. They say the change is overdue."
    )
    document = parse_document(text)
    assert document.title == "Is the banking 'boys' club' dead? Five female CEOs on breaking through"
    assert document.sentences[0].text == "Women now run some of the largest banks in the world."


WRAPPED = ("Grenada prime minister attends a financial access roundtable in\n"
           "Barbados\n\n"
           "The prime minister attended a roundtable on financial access on Thursday. Banks took part.\n")


def test_a_wrapped_headline_is_one_title_with_plain_spaces() -> None:
    document = parse_document(WRAPPED)
    assert document.title == "Grenada prime minister attends a financial access roundtable in Barbados"
    headline = document.headlines[0]
    assert WRAPPED[headline.start : headline.end] == headline.text  # the span keeps the text as written
    assert "\n" in headline.text


def test_the_title_an_article_came_with_is_its_title() -> None:
    from summarizer.document import parse_article
    from summarizer.reading import Article

    text = "Editor's pick: a concert teaser\n\nMax Lee reports that cold weather arrives on Wednesday.\n"
    assert parse_document(text).title == "Editor's pick: a concert teaser"
    article = Article(text=text, source="page.html", kind="html", title="Colder  temperatures\nforecast for Wed.")
    assert parse_article(article).title == "Colder temperatures forecast for Wed."


def test_one_title_for_every_command(tmp_path) -> None:
    """summarize (JSON and Markdown), claims (Markdown) and brief show the same title."""
    import json

    from summarizer.cli import run

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Colder temperatures forecast for Wed. after cold wave alert Tues. | KBS</title>"
        "<meta property='og:title' content='Colder temperatures forecast for Wed. after cold wave alert Tues.'>"
        "</head><body><h1>Colder temperatures forecast for Wed. after cold wave alert Tues.</h1><article>"
        "<p>Tuesday morning was met with strong, cold winds that brought early winter temperatures to Seoul.</p>"
        "<p>Wednesday is forecast to be even colder, the weather agency said on Tuesday afternoon.</p>"
        "<p>People who are vulnerable to the cold are advised to stay at home as much as possible.</p>"
        "</article><h2>Editor's Pick</h2><article><h2><a href='/other'>A music show teaser about a band</a></h2>"
        "</article></body></html>", encoding="utf-8")
    title = "Colder temperatures forecast for Wed. after cold wave alert Tues."
    outputs = {}
    for args in (["summarize", "-f", "json"], ["summarize", "-f", "markdown"], ["claims", "-f", "markdown"],
                 ["brief", "-f", "json"]):
        out = tmp_path / f"{args[0]}.{args[-1]}"
        assert run([*args, str(page), "-o", str(out)]) == 0
        outputs[tuple(args)] = out.read_text(encoding="utf-8")
    assert json.loads(outputs[("summarize", "-f", "json")])["title"] == title
    assert outputs[("summarize", "-f", "markdown")].startswith(f"# Summary: {title}\n")
    assert outputs[("claims", "-f", "markdown")].startswith(f"# Claims: {title}")
    assert json.loads(outputs[("brief", "-f", "json")])["sources"][0]["title"] == title
    lines = tmp_path / "batch.jsonl"
    assert run(["batch", str(tmp_path / "*.html"), "-o", str(lines), "-j", "1", "-q"]) == 0
    assert json.loads(lines.read_text(encoding="utf-8"))["summary"]["title"] == title


PULL_QUOTE = (
    "Hospitals run out of fuel\n\n"
    "Doctors in the south said on Monday that their generators would stop within days.\n\n"
    "\u201cIt is not enough for one day in a hospital. They just want to help us with burial.\u201d\n\n"
    "Asked about the aid that entered through the crossing, the director sighed. \u201cIt is not enough for one day "
    "in a hospital,\u201d he said. \u201cThey just want to help us with burial,\u201d he added, \u201cand not "
    "medicine.\u201d\n\n"
    "Half of the aid that reached the hospital was burial bags, he said.\n"
)


def test_a_pull_quote_that_repeats_the_body_is_not_ranked() -> None:
    document = parse_document(PULL_QUOTE)
    body = [s.text for s in document.sentences]
    assert not any(text.startswith("\u201cIt is not enough for one day in a hospital.") for text in body)
    assert any("he said" in text and "It is not enough" in text for text in body)  # the copy with its speaker
    pulled = [span.text for span in document.boilerplate]
    assert pulled[0].startswith("\u201cIt is not enough for one day in a hospital.")
    for span in document.boilerplate:
        assert PULL_QUOTE[span.start : span.end] == span.text


def test_of_two_equal_paragraphs_the_later_stays() -> None:
    paragraph = "The council approved the budget on Tuesday after a debate that lasted three months."
    text = f"Budget passes\n\n{paragraph}\n\nOpponents promised to raise the matter again.\n\n{paragraph}\n"
    document = parse_document(text)
    assert [s.text for s in document.sentences].count(paragraph) == 1
    assert document.sentences[-1].text == paragraph


def test_a_quotation_said_again_in_other_words_is_no_pull_quote() -> None:
    text = ("Budget passes\n\n"
            "\u201cThis budget keeps every promise we made to parents,\u201d the mayor said.\n\n"
            "The mayor later said the budget kept the promises made to parents and teachers alike.\n")
    assert len(parse_document(text).sentences) == 2


def test_a_statement_printed_after_the_article_that_quoted_it_is_the_repeat() -> None:
    text = ("Premier detained\n\n"
            "He said: \u201cThis morning the premier was detained in Miami on charges related to conspiracy.\u201d\n\n"
            "\u201cI realise this will be shocking news for people in the territory, and I call for calm.\u201d\n\n"
            "Statement from the Office of the Governor\n\n"
            "It is my duty to inform you that this morning the premier was detained in Miami on charges related "
            "to conspiracy.\n\n"
            "I realise this will be shocking news for people in the territory, and I call for calm.\n")
    body = [s.text for s in parse_document(text).sentences]
    assert body[0].startswith("He said: \u201cThis morning")  # it quotes and says who: kept
    assert body[1].startswith("\u201cI realise")  # the quotation stays, its plain copy goes
    assert "I realise this will be shocking news for people in the territory, and I call for calm." not in body
    assert body[-1].startswith("It is my duty")  # more than a repeat: kept


def test_a_compound_broken_at_its_hyphen_is_one_word_in_the_title() -> None:
    text = "NATO Seeks Expanded Third-\nCountry Agreements\n\nNATO members are examining ways to broaden pacts.\n"
    assert parse_document(text).title == "NATO Seeks Expanded Third-Country Agreements"
    assert parse_document("Rates - \nwhat next\n\nThe bank held rates on Monday.\n").title == "Rates - what next"


def test_rule_run_in_page_prompt_is_boilerplate_not_body() -> None:
    # CNN/DailyMail as distributed runs the page's video prompt into the text.
    text = ("The images were released on Friday. Scroll down for video According to Michael Redwood, "
            "the actor loved a joke.")
    document = parse_document(text)
    assert [s.text for s in document.sentences] == [
        "The images were released on Friday.", "According to Michael Redwood, the actor loved a joke."]
    assert [text[b.start:b.end] for b in document.boilerplate] == ["Scroll down for video"]
    assert boilerplate_kind("SCROLL DOWN FOR VIDEO") == "line"


def test_a_sentence_that_says_scroll_down_for_video_stays_whole() -> None:
    text = "Readers can scroll down for video of the crash. Scroll down for video of the landing, filmed by a pilot."
    document = parse_document(text)
    assert [s.text for s in document.sentences] == [
        "Readers can scroll down for video of the crash.", "Scroll down for video of the landing, filmed by a pilot."]
    assert document.boilerplate == ()
