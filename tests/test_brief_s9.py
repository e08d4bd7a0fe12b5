"""Briefs and summaries (session 9): a cited range is the range of the text
shown; a reported question is picked with its answer or not at all; a name
named as a person is listed though a body's name holds it too; a claim told
many times counts once; warnings fold to the terminal."""

from pathlib import Path

import pytest

from summarizer.brief import make_brief
from summarizer.reading import Article

from .conftest import read_terminal

EGYPT = ("U.S. suspends military aid to Egypt\n\n"
         "Washington In a dramatic shift toward a major Arab ally, the Obama administration announced a "
         "suspension of significant military aid to Egypt on Wednesday over the crackdown.\n\n"
         "The move is the culmination of months of debate within the administration about how to respond "
         "to the July 3 ouster of former President Mohamed Morsy.\n\n"
         "Some military aid was suspended and military shipments were slowed while the review was underway.\n\n"
         "The aid cut is meant to be temporary with the hope that the military will restore democracy.")


def test_rule_cited_range_is_the_text_shown_after_a_glued_dateline() -> None:
    # qa29 952: the bottom line "In a dramatic shift ..." cited characters 49-256, from "Washington"
    note = make_brief([Article(EGYPT, source="egypt.txt")])
    assert note.bottom_line is not None and note.bottom_line.text.startswith("In a dramatic shift")
    reference = note.references[note.bottom_line.citations[0] - 1]
    assert reference.text == note.bottom_line.text
    assert EGYPT[reference.start : reference.end] == reference.text


def test_cited_range_after_a_wire_dateline_and_without_one() -> None:
    # near variants: a wire dateline ("LONDON (CNN) -- ") is dropped from the range too; a lead with
    # none keeps its whole range
    for opening, shown in (("LONDON (CNN) -- Britain's", "Britain's"), ("Britain's", "Britain's")):
        text = (f"Title of the story\n\n{opening} finance minister resigned on Tuesday after weeks of pressure "
                "over the budget.\n\nHe had led the ministry for three years and was widely expected to stay.\n\n"
                "The opposition welcomed the move and called for a new election before the summer.")
        note = make_brief([Article(text, source="uk.txt")])
        assert note.bottom_line is not None and note.bottom_line.text.startswith(shown)
        reference = note.references[note.bottom_line.citations[0] - 1]
        assert text[reference.start : reference.end] == reference.text == note.bottom_line.text


# --- rule reported_question_needs_answer (standalone.py) --------------------

DAD = ("Dad's 911 call\n\n"
       "A father in Daytona Beach beat a man he found molesting his daughter, police said on Friday.\n\n"
       "The man, Raymond Frolander, was taken to hospital and then to the county jail.\n\n"
       "CNN affiliate CFN 13 asked Daytona Beach Police Chief Michael Chitwood whether he had any issue "
       "with the father's reaction Friday.\n\n"
       "Not as a police chief and not as a father, Chitwood answered on Friday afternoon.\n\n"
       "The father will not be charged, the state attorney's office said in a statement.")


def test_rule_reported_question_needs_answer() -> None:
    from summarizer.summarizers.standalone import is_reported_question

    # qa29 196: the question was a key point and a summary sentence without its answer
    assert is_reported_question("CNN affiliate CFN 13 asked Daytona Beach Police Chief Michael Chitwood whether "
                                "he had any issue with the father's reaction Friday.")
    assert is_reported_question("Reporters asked him why the plan had failed.")
    assert is_reported_question("She asked if the money would be returned.")
    # near variants: the sentence answers itself, asks nothing, or reports a request
    assert not is_reported_question("When asked whether he would run again, Smith said no.")
    assert not is_reported_question("Asked if the money would be returned, she shrugged.")
    assert not is_reported_question('She asked whether it was over, and he said: "Not yet."')
    assert not is_reported_question("The court was asked to decide whether the law applies.")
    assert not is_reported_question("He asked for a lawyer and declined to comment.")
    assert not is_reported_question("Police are investigating whether the fire was set.")


def test_a_reported_question_is_picked_with_its_answer_or_not_at_all() -> None:
    from summarizer.document import parse_document
    from summarizer.summarizers.standalone import sentence_units

    document = parse_document(DAD)
    question = next(s.index for s in document.sentences if "asked" in s.text)
    assert sentence_units(document)[question] == (question, question + 1)
    note = make_brief([Article(DAD, source="dad.txt")])
    assert all("asked" not in p.text for p in (note.bottom_line, *note.key_points) if p)
    # near variant: a sentence that only names a question is one unit alone
    plain = DAD.replace("asked Daytona Beach Police Chief Michael Chitwood whether he had any issue with",
                        "spoke to Daytona Beach Police Chief Michael Chitwood about")
    document = parse_document(plain)
    spoke = next(s.index for s in document.sentences if "spoke to" in s.text)
    assert sentence_units(document)[spoke] == (spoke,)


def test_a_quoted_term_does_not_hide_a_reported_question_and_a_lead_needs_no_answer() -> None:
    from summarizer.document import parse_document
    from summarizer.summarizers.standalone import is_reported_question, sentence_units

    # CNN-Corpus dev: 'Deen was asked whether she had ever used the "N-word."' (answer in the next sentence)
    assert is_reported_question('In a deposition for the lawsuit, Deen was asked whether she had ever used the '
                                '"N-word."')
    # a lead that reports a question is answered by the whole article (CNN-Corpus dev, Mandela's birthday)
    text = ("Mandela at 95\n\nTo mark Nelson Mandela's birthday, we asked what the former South African president "
            "means to you.\n\nThe response on social media has been overwhelming.\n\nLeader, courage and hope "
            "were among the words most often used.")
    document = parse_document(text)
    assert sentence_units(document)[0] == (0,)


def test_a_question_answered_in_its_own_sentence_is_no_reported_question() -> None:
    from summarizer.summarizers.standalone import is_reported_question

    # CNN-Corpus dev: the answer comes before "when asked"
    assert not is_reported_question('Appearing in a green jumpsuit in juvenile court, he said, "Yes" when asked if '
                                    'he understood the charges.')
    assert is_reported_question("Appearing in a green jumpsuit in juvenile court, the boy was asked if he "
                                "understood the charges.")


def test_advice_to_ask_is_no_reported_question() -> None:
    from summarizer.summarizers.standalone import is_reported_question

    assert not is_reported_question("Ask your doctor what you can do to alleviate these common reactions.")
    assert not is_reported_question("Asking the handlers if you can approach is best.")
    assert is_reported_question("The judge also asked Manning why he didn't complain about his treatment.")


# --- Mentioned (mentions.py) --------------------------------------------------


def _mentioned(*sentences: str) -> dict[str, tuple[str, int]]:
    from summarizer.mentions import find_mentions

    return {m.name: (m.kind, m.count) for m in find_mentions(sentences)}


def test_rule_typed_reading_wins_a_name_read_as_a_body_and_as_a_person() -> None:
    # qa29 952: "the Obama administration" (a body's reading, untyped) and "President Obama" (a person)
    found = _mentioned("The Obama administration announced a suspension of military aid to Egypt.",
                       "The review was directed by President Obama, officials said.",
                       "Obama canceled a joint military exercise.")
    assert found.get("Obama", ("", 0))[0] == "person"
    # near variant: without a title or any evidence the single word is no person (session 15, rule
    # `repeated_one_word_name_is_listed`: named twice, it is listed under "Other names")
    found = _mentioned("The Obama administration announced a suspension of military aid to Egypt.",
                       "Obama canceled a joint military exercise.")
    assert found.get("Obama", ("other", 0))[0] == "other"


def test_rule_title_after_a_body_is_no_name() -> None:
    # qa29 196: "Organisations: Daytona Beach Police Chief (1)"
    found = _mentioned("CNN affiliate CFN 13 asked Daytona Beach Police Chief Michael Chitwood whether he had any "
                       "issue with the father's reaction.")
    assert "Daytona Beach Police Chief" not in found
    assert found.get("Michael Chitwood", ("", 0))[0] == "person"
    # near variant: a body's name that ends in a body word keeps all its words
    found = _mentioned("The Daytona Beach Police Department said the father would not be charged.")
    assert found.get("Daytona Beach Police Department", ("", 0))[0] == "organisation"


def test_rule_nationality_ends_no_name() -> None:
    # qa29 timesofisrael page: "an enrolled member of the Pueblo of Isleta Indian tribe" gave "Isleta Indian";
    # CNN: "Moscow Russian officials" gave "Moscow Russian"
    found = _mentioned("Montoya-Lewis is an enrolled member of the Pueblo of Isleta Indian tribe.",
                       "Several Moscow Russian officials declined to comment on the report.")
    assert "Isleta Indian" not in found and "Moscow Russian" not in found
    # near variants: a person whose surname looks like one, and a name that holds a nationality
    found = _mentioned("Mark Cuban, the team's owner, spoke to reporters on Monday.",
                       "The Russian Foreign Ministry summoned the ambassador.")
    assert found.get("Mark Cuban", ("", 0))[0] == "person"
    assert "Russian Foreign Ministry" in found


# --- rule repeat_ranks_once (brief.py) ----------------------------------------

BRIDGE_LEAD = ("The city council voted on Tuesday to close the Riverside Bridge for repairs after floodwater "
               "damaged two of its supports.")
BRIDGE_REST = ["Engineers said repairs would take three weeks and cost about two million dollars.",
               "Buses will run a detour through Milton until the bridge reopens in the spring.",
               "Local shops near the bridge said they feared losing customers during the closure."]
MAYOR = '"We will rebuild the bridge stronger than before," Mayor Anne Hill said on Tuesday.'


def test_rule_repeat_ranks_once_a_claim_told_many_times_does_not_outrank_the_lead() -> None:
    for told in (3, 20):
        text = "\n\n".join(["Council Closes Bridge", BRIDGE_LEAD, *BRIDGE_REST, *[MAYOR] * told])
        note = make_brief([Article(text, source="bridge.txt")])
        assert note.bottom_line is not None and note.bottom_line.text == BRIDGE_LEAD, told


def test_three_different_claims_can_still_outrank_the_lead() -> None:
    from summarizer.brief import _distinct

    # near variant: three distinct sentences ranked above the lead keep it out of the LEAD_RANK best
    stems = [frozenset({"council", "bridge"}), frozenset({"mayor", "rebuild"}), frozenset({"bus", "detour"}),
             frozenset({"shop", "fear"})]
    assert 0 not in _distinct([1, 2, 3, 0], stems)
    assert 0 in _distinct([1, 2, 3, 0], [stems[0], stems[1], stems[1], stems[1]])


# --- rule warning_folds_to_the_terminal (cli/common.py) ---------------------


def test_rule_warning_folds_to_the_terminal_without_losing_a_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import pty
    import subprocess
    import sys

    from summarizer.cli import common

    message = ("/home/analyst/briefings/2026/november/egypt-aid-suspension.txt: not UTF-8; read as "
               "Windows-1252 (guessed); if characters look wrong, convert it to UTF-8 first; "
               "the text was read from a page of 2.3 MB, far more than an article")
    lines = common.folded_warning(message, 80).splitlines()
    assert len(lines) > 1 and all(len(line) <= 80 for line in lines)
    assert " ".join(lines).split() == f"summarizer: warning: {message}".split()
    # near variants: a short warning stays one line; a path longer than the line stays whole on its own
    # line; to a file or pipe (no width) a warning is one line
    short = "no claim matches speaker 'Smith' (4 claims in all)"
    assert common.folded_warning(short, 80) == f"summarizer: warning: {short}"
    long_path = "/" + "/".join(["a-very-long-directory-name"] * 4) + "/file.txt"
    assert "  " + long_path + ":" in common.folded_warning(f"{long_path}: not UTF-8", 80).splitlines()
    assert common.folded_warning(message, None) == f"summarizer: warning: {message}"
    common.warn(message)
    assert capsys.readouterr().err == f"summarizer: warning: {message}\n"  # captured: not a terminal
    # from the command line on a terminal of 80 columns, as an analyst sees it
    article = tmp_path / "egypt-aid-suspension-report.txt"
    article.write_bytes("Caf\xe9 owners said the aid cut would hurt them, and the minister agreed on Monday. "
                        .encode("cp1252") * 3)
    leader, follower = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "summarizer", "summarize", article.name, "--format", "text"],
                              stdout=subprocess.PIPE, stderr=follower, text=True, check=False, cwd=tmp_path,
                              env={**os.environ, "COLUMNS": "80"})
        os.close(follower)
        written = read_terminal(leader)
    finally:
        os.close(leader)
    warnings = [line for line in written.decode().splitlines() if line.strip()]
    assert done.returncode == 0 and len(warnings) > 1 and all(len(line) <= 80 for line in warnings), warnings
    assert "not UTF-8; read as" in " ".join(warnings)


def test_america_is_a_place_so_a_nationality_after_it_names_no_one() -> None:
    # timesofisrael page: "the first Washington Native American ..." gave "Washington Native American" under
    # Other names; "America" was missing from places.txt, so the nationality rule could not read it
    found = _mentioned("She is the first Washington Native American tribes have seen on the court.",
                       "Native Americans in America have waited a long time, she said.")
    assert "Washington Native American" not in found
    assert found.get("America", ("", 0))[0] == "place"
    # near variant: a body named for America stays whole
    assert "Bank of America" in _mentioned("Bank of America said profits rose.")
