from summarizer.document import boilerplate_kind, is_headline_like, parse_document


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
    for span in (*document.sentences, *document.headlines, *document.boilerplate):
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
