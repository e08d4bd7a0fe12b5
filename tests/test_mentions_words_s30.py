"""The brief's Mentioned list: a name used as a word ("the word Obamacare") is no person's surname,
a pun on a person's name is the word, and a one-holder title alone ("the Argentinian Pope", "the Holy
Father") counts for the one holder. Each rule with a sentence of the kind fixed and a near variant
that must stay as it is."""

from summarizer.mentions import find_mentions
from summarizer.model import OTHER, PERSON


def mentioned(*sentences: str) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences)}


# --- rules `word_used_as_a_thing_is_no_surname`, `pun_on_a_person_s_name_is_the_word` (371) ---

OBAMACARE = ("President Barack Obama signed the health reform law.",
             "It'll be what's known as Hillarycare or Barack Obamacare, or whatever you want to call it.",
             "Both of them referred to the law as 'Obamacare.'",
             "The word Obamacare was uttered 272 times in Congress.",
             "Republicans want to repeal Obamacare.")


def test_word_used_as_a_thing_counts_for_no_person() -> None:
    found = mentioned(*OBAMACARE)
    assert "Barack Obamacare" not in found
    assert found["Obamacare"] == (OTHER, 4)
    assert found["Barack Obama"] == (PERSON, 1)


def test_surname_alone_written_as_a_person_s_still_counts_for_the_person() -> None:
    # "Obama" is quoted once only and otherwise a person's: every copy counts for him
    found = mentioned("President Barack Obama signed the health reform law.",
                      "The Obama administration defended it.",
                      'Asked whom she backed, she said: "Obama."',
                      "Obama said the law would stand.")
    assert found["Barack Obama"] == (PERSON, 4)
    assert "Obama" not in found


def test_surname_opening_quoted_show_titles_still_counts_for_the_person() -> None:
    # CNN-Corpus dev 456: '"Caesar's Hour"' is his show; the possessive's mark closes no quotation
    found = mentioned("Sid Caesar, the comedian, died on Wednesday.",
                      "He followed \"Your Show of Shows\" with \"Caesar's Hour,\" a sketch show.",
                      "\"Caesar's Hour\" left the air in 1957.",
                      "Caesar appeared in films after that.")
    assert found["Sid Caesar"] == (PERSON, 4)


def test_word_quoted_twice_without_a_pun_keeps_the_full_name_a_person() -> None:
    # the full name is built on no other person's surname: it stays a person; the word alone is not his
    found = mentioned("Jane Care runs the clinic in town.",
                      "Jane Smith founded it.",
                      "Patients call the service 'Care' for short.",
                      "The term Care appears on every sign.")
    assert found["Jane Care"] == (PERSON, 1)
    assert found["Jane Smith"] == (PERSON, 1)


# --- rules `one_holder_title_alone_after_any_word_or_as`, `other_title_of_the_one_holder` (658) ---

POPE = ("Pope Francis has accepted the invitation to visit Philadelphia.",
        "It would be the popular pontiff's first visit to the United States as Pope.",
        "A U.S. visit by the Argentinian Pope would be symbolically powerful.",
        "His personal conversations with the Holy Father are the foundation for that confidence.")


def test_title_alone_and_another_title_count_for_the_one_holder() -> None:
    found = mentioned(*POPE)
    assert "Pope" not in found
    assert "Holy Father" not in found
    assert found["Pope Francis"] == (PERSON, 4)


def test_title_alone_with_two_holders_named_counts_for_neither() -> None:
    found = mentioned(*POPE, "His predecessor, Pope Benedict XVI, met victims too.")
    assert "Pope" not in found
    assert "Holy Father" not in found
    assert found["Pope Francis"] == (PERSON, 1)


def test_other_title_with_no_holder_named_stays_as_it_was() -> None:
    # no "Pope ..." named: whom "the Holy Father" is, the list does not guess from outside the text
    found = mentioned("Cardinal Donald Wuerl met the Holy Father in Rome.",
                      "Wuerl said the Holy Father listened.")
    assert found["Holy Father"] == (PERSON, 2)
    assert found["Donald Wuerl"] == (PERSON, 2)
