"""Session 23 (summary3-s23): datelines, listing lines and dangling picks from QA rounds 64 and 65."""

from summarizer.cleanup import dateline_length, without_dateline

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
