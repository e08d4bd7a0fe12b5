"""Session 23 (summary3-s23): datelines, listing lines and dangling picks from QA rounds 64 and 65."""

from summarizer import summarize
from summarizer.cleanup import dateline_length, without_dateline
from summarizer.summarizers.standalone import (
    is_listing_line,
    points_back_to_a_time,
    sentence_units,
    surname_subject,
)
from summarizer.summary import parse_document

# --- datelines glued to the first body sentence (cleanup.py) ----------------------------------------


def test_rule_former_role_after_a_glued_place() -> None:
    # QA round 64, 505: the summary, the bottom line and a claim kept "Los Angeles"
    text = "Los Angeles Former NFL linebacker Junior Seau died from an apparent gunshot wound Wednesday."
    assert without_dateline(text).startswith("Former NFL linebacker")


def test_rule_former_role_after_a_glued_place_near_variants_stay() -> None:
    # a name that begins with the place, and an office of the place
    for text in ("Los Angeles Lakers fans cheered the win on Wednesday.",
                 "New York Acting Governor Kathy Hochul said the plan would pass."):
        assert dateline_length(text) == 0, text


def test_rule_gerund_after_a_glued_place() -> None:
    # QA round 65, 783: the first pick began "Beijing Divining what ..."
    text = "Beijing Divining what is going in China's opaque political world is like reading tea leaves."
    assert dateline_length(text) == len("Beijing ")


def test_rule_gerund_after_a_glued_place_near_variants_stay() -> None:
    # a name's word after the place, a name and its verb, and a sentence later in the body
    for text in ("Beijing Review editors wrote that the plan would pass.", "London Browning said the plan was off."):
        assert dateline_length(text) == 0, text
    assert dateline_length("Beijing Divining what is going on is hard.", opens_body=False) == 0


def test_rule_quotation_after_a_glued_place() -> None:
    # QA round 65, 679: the first pick and the bottom line began 'London "Thanks ...'
    text = 'London "Thanks for the nomination Luke," jokes a young man in a YouTube clip.'
    assert without_dateline(text).startswith('"Thanks for')


def test_rule_quotation_after_a_glued_place_near_variants_stay() -> None:
    # a quoted name or title after the place is no quoted sentence
    for text in ('Los Angeles "Lakers" fans cheered the win on Wednesday.',
                 'New York "Times" reporters said the story was true.'):
        assert dateline_length(text) == 0, text


# --- rule `listing_line_is_no_point` (summarizers/standalone.py) -----------------------------------


def test_rule_listing_line_is_no_point() -> None:
    # QA round 64, 602: the summary and a key point took two address lines
    for text in ("Six Senses Zighy Bay; Musandam Peninsula; Dibba Bayeh, Oman; +968 2673 5555.",
                 "Oman Sail; 18th November St., The Wave Muscat, Muscat; +968 2418 1400."):
        assert is_listing_line(text), text


def test_rule_listing_line_is_no_point_near_variants_stay() -> None:
    # prose around a phone number, and a sentence of clauses with no phone number
    for text in ("Bookings open Monday; call +968 2673 5555; rooms start at $300.",
                 "Sales rose; profits fell; 2,673,555 shares changed hands.",
                 "Six Senses Zighy Bay, Musandam Peninsula, +968 2673 5555."):
        assert not is_listing_line(text), text


def test_rule_listing_line_is_not_picked() -> None:
    text = ("Oman's best hotels\n\nOman has taken a subtle approach to developing its tourism industry.\n\n"
            "The resort offers the region's most unique way to get to a hotel room: parasailing from a rocky "
            "overlook above the bay.\n\nSix Senses Zighy Bay; Musandam Peninsula; Dibba Bayeh, Oman; +968 2673 5555."
            "\n\nThe capital, Muscat, has a new opera house that draws visitors from across the region.")
    picked = [s.text for s in summarize(text, sentences=3).sentences]
    assert picked and not any("+968" in s for s in picked)


# --- dangling picks (summarizers/standalone.py) ---------------------------------------------------

LAM = ("China moves aide\n\nChina's leaders met in Beijing on Monday to plan the party congress.\n\n"
       "Ling Jihua was moved to a minor post.\n\n"
       "Willy Lam, a China expert at the Chinese University of Hong Kong, watched the move closely.\n\n"
       "Lam said Hu is now in a good position to anoint one of his protégés.")


def test_rule_surname_subject_needs_its_introduction_for_a_speaker() -> None:
    # QA round 65, 783: "Lam said ..." was picked without the sentence saying who Willy Lam is; the
    # rule of briefs3-s23 (a surname alone as the subject) covers a speaker's surname too
    assert surname_subject("Lam said Hu is now in a good position.") == "Lam"
    units = sentence_units(parse_document(LAM), summary_picks=True)
    assert units[3] == (2, 3)


def test_rule_surname_subject_needs_its_introduction_for_a_speaker_near_variants_stay() -> None:
    # a surname never introduced in full stays alone, and so does a sentence opening with "The"
    units = sentence_units(parse_document(LAM.replace("Willy Lam, a China expert", "A China expert")),
                           summary_picks=True)
    assert units[3] == (3,)
    # the brief's units: it brings the introduction as a point of its own (surname_needs_its_introduction)
    assert sentence_units(parse_document(LAM))[3] == (3,)


def test_rule_that_time_points_back() -> None:
    # QA round 65, 987: "won that election" and "In October of that year" were picked without 2010
    for text in ("After Yanukovych won that election, Tymoshenko was forced out of office.",
                 "In October of that year, a court found her guilty of abuse of authority."):
        assert points_back_to_a_time(text), text
    document = parse_document("Tymoshenko on trial\n\nShe lost to Yanukovych in the 2010 elections.\n\n"
                              "After Yanukovych won that election, Tymoshenko was forced out of office.")
    assert sentence_units(document, summary_picks=True)[1] == (0, 1)
    assert sentence_units(document)[1] == (1,)  # a brief takes it alone or not at all


def test_rule_that_time_points_back_near_variants_stay() -> None:
    # the current year, a clause's "that" after a verb of saying, a plural and a compound
    for text in ("This year the vote was held in October.", "He said that year was his best.",
                 "Officials said that elections were rigged.", "He reported that year-end sales rose."):
        assert not points_back_to_a_time(text), text
