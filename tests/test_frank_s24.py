"""Session 24 (frank-s24): quotations in single marks, as British outlets set them (FRANK dev, Daily Mail).

Rule `quotation_in_single_marks` (summarizers/standalone.py `single_mark_quotations`): the summary
showed a sentence that is one quotation in single marks with no speaker, or the middle of a quotation
in single marks running over several sentences, as if they were the writer's words.
"""

from summarizer import summarize
from summarizer.summarizers.standalone import merged_runs, sentence_units, single_mark_quotations
from summarizer.summary import parse_document

# FRANK dev (Daily Mail, run together without paragraphs as CNN/DailyMail is distributed), shortened
COURT = ("Dundee have vowed to stand by Paul McGowan after the midfielder was spared jail. "
         "His solicitor, Liam O'Donnell, said the player was undergoing counselling each week. "
         "'He is fully supported by his club,' he added. "
         "'The managing director of Dundee Football Club is present in court to indicate his support.' "
         "McGowan will miss two games against Celtic because he is under house arrest.")
TRAINER = ("Jonjo O'Neill hosted a media stable visit on Thursday at his yard in Gloucestershire. "
           "O'Neill told Betfred: 'Shutthefrontdoor is in great form. "
           "I could not be happier with him. "
           "I think he is a better horse on a flat track.' "
           "McCoy has not decided yet whether he is riding Shutthefrontdoor at Aintree.")


def _units(text: str) -> tuple[tuple[int, ...], ...]:
    return sentence_units(parse_document(text), summary_picks=True)


def test_rule_quotation_in_single_marks_alone_needs_its_speaker() -> None:
    # FRANK dev 57: the summary's third pick was the managing director sentence alone
    document = parse_document(COURT)
    assert [s.text[:12] for s in document.sentences][3] == "'The managin"
    assert single_mark_quotations(document) == ([], frozenset({(3, 3)}))
    units = _units(COURT)
    assert 2 in units[3] and 1 in units[3]


def test_rule_quotation_in_single_marks_over_sentences_is_one_unit() -> None:
    # FRANK dev 11: the summary picked "I think he is a better horse ..." alone, the trainer's words
    runs, throughout = single_mark_quotations(parse_document(TRAINER))
    assert runs == [(1, 3)] and throughout == frozenset()
    units = _units(TRAINER)
    assert units[2] == units[3] == (1, 2, 3)


def test_rule_quotation_in_single_marks_near_variants_stay() -> None:
    # a possessive, a quoted phrase and a quotation attributed in its own sentence stand alone
    text = ("The players' union backed McGowan on Friday after the hearing in Airdrie. "
            "The club called him a 'bad boy' in a statement on Friday. "
            "Manager Paul Hartley said: 'We will stand by him.' "
            "The midfielder will miss two games against Celtic.")
    assert single_mark_quotations(parse_document(text)) == ([], frozenset())
    assert _units(text) == ((0,), (1,), (2,), (3,))


def test_rule_quotation_in_single_marks_in_doubt_stays() -> None:
    # FRANK dev 57: "'charged towards' two police officers": a mark after an "s" may close the phrase
    # or be a possessive; the quotation it would open runs on, so none is taken
    text = ("The court heard McGowan 'charged towards' two police officers in Airdrie. "
            "He later kicked another officer at the station. "
            "The club said: 'We will stand by him.'")
    assert single_mark_quotations(parse_document(text)) == ([], frozenset())
    assert _units(text)[0] == (0,)


def test_rule_quotation_in_single_marks_not_beside_double_marks() -> None:
    # American style: single marks inside a paragraph with double ones are apostrophes or nested
    text = ('The coach said the team was "ready for the final." '
            "'Tis the season, the programme's cover read. "
            "The final is on Sunday in Madrid.")
    assert single_mark_quotations(parse_document(text)) == ([], frozenset())


def test_merged_runs_join_runs_sharing_a_sentence() -> None:
    assert merged_runs([(4, 6), (1, 2), (2, 3)]) == [(1, 3), (4, 6)]
    assert merged_runs([]) == []


def test_rule_quotation_in_single_marks_summary_keeps_the_speaker() -> None:
    picked = [s.text for s in summarize(COURT, sentences=2).sentences]
    assert not any(text.startswith("'The managing") for text in picked) or any(
        text.startswith("'He is fully") for text in picked)
