"""Session 27, wrong and junk claims (second wave): a line that a speaker label opens belongs to the
label, a description the article gave another owner names no body, a cue inside a quotation frames
nothing after it, a view aside before an act, a call that something brought and knowing a person are
no claims. Each rule has a sentence of its kind and a near variant that must stay as it was; the
sentences are written after one read of the articles, none is copied whole from the data sets."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.model import Claim


def _claims(text: str) -> list[Claim]:
    return list(extract_claims(text))


def _of(text: str, sentence: int) -> list[Claim]:
    return [c for c in _claims(text) if c.sentence == sentence]


# --- rule label_line_cue_is_the_labels (PolNeAR train headlines, rewritten) ------------------------------


def test_label_speaks_for_a_cue_reaching_back_over_it() -> None:
    text = ("Sanders: Brexit's message could draw Trump support in the US.\n\n"
            "Bernie Sanders warned on Wednesday that angry voters could turn to Donald Trump.")
    (claim,) = _of(text, 0)
    assert claim.speaker == "Bernie Sanders"
    assert claim.content.startswith("Brexit's message")
    assert all(c.content != "Sanders" for c in _claims(text))


def test_label_speaks_for_its_first_person() -> None:
    text = ("Obama: I am optimistic Americans will say no to Trump.\n\n"
            "President Barack Obama spoke to reporters in China on Sunday.")
    (claim,) = _of(text, 0)
    assert claim.speaker == "Obama"
    assert claim.content.startswith("I am optimistic")


def test_label_that_names_no_one_takes_no_line() -> None:
    text = ("Wow: Glenn Beck Just Responded To Palin's Trump Endorsement With One Brutal Line.\n\n"
            "The radio host spoke on Tuesday.")
    assert _of(text, 0) == []


def test_cue_with_a_subject_of_its_own_after_a_label_stays() -> None:
    text = ("The Latest: Mourners say the boxer's death is hard to bear.\n\n"
            "Thousands gathered in the city on Friday.")
    (claim,) = _of(text, 0)
    assert claim.speaker == "Mourners"
    assert claim.cue_text == "say"


# --- rule description_the_article_gave_another_owner (CNN-Corpus dev 513, rewritten) ---------------------

BOARD = (
    "Qatar given deadline over workers\n\n"
    "FIFA secretary-general Jerome Valcke wrote to Qatar's Supreme Committee for Delivery and Legacy on "
    "Thursday to request the report.\n\n"
    "FIFA executive committee member Theo Zwanziger will monitor the progress.\n\n"
    "{subject} will also receive an update at its March meeting.\n\n"
    "\"FIFA firmly believes in the power of the World Cup to change things,\" it added."
)


def test_description_the_article_gave_another_owner_names_no_body() -> None:
    (claim,) = [c for c in _claims(BOARD.format(subject="The executive committee")) if "firmly" in c.content]
    assert "Supreme Committee" not in (claim.speaker or "")
    assert claim.speaker_kind == "unresolved"


def test_description_with_no_other_owner_still_points_back() -> None:
    text = BOARD.replace("FIFA executive committee member", "Former judge").format(
        subject="The supreme committee")
    (claim,) = [c for c in _claims(text) if "firmly" in c.content]
    assert claim.speaker is not None and "Supreme Committee" in claim.speaker


# --- rule quoted_cue_frames_nothing_outside_its_quotation (PolNeAR train, rewritten) ---------------------


def test_cue_inside_a_quotation_frames_nothing_after_it() -> None:
    text = ("Bernie Sanders lost the primary.\n\n"
            "The Vermont senator emailed supporters saying: \u201cThe fight continues\u201d and vowing to "
            "compete in the last primary.")
    claims = _of(text, 1)
    assert all(c.cue_text != "continues" for c in claims)
    assert all(not c.content.startswith("\u201d") for c in claims)


def test_cue_beside_a_quotation_still_frames_it() -> None:
    text = ("Bernie Sanders lost the primary.\n\n"
            "\u201cWe will fight on,\u201d he continued, \u201cuntil the convention.\u201d")
    (claim,) = _of(text, 1)
    assert claim.cue_text == "continued"
    assert claim.speaker == "Bernie Sanders"


# --- rule view_aside_before_an_act_is_no_claim (CNN-Corpus dev 419, rewritten) -------------------------


def test_view_aside_before_an_act_is_no_claim() -> None:
    text = ("The court struck down the law on Wednesday.\n\n"
            "Kennedy, in his opinion, used broad language to affirm the rights of married couples.")
    assert _of(text, 1) == []


def test_view_aside_before_a_stance_stays() -> None:
    text = "Smith, in his view, has done nothing wrong."
    (claim,) = _of(text, 0)
    assert claim.content == "has done nothing wrong"


# --- rule cue_noun_after_a_past_verb, verbs_taking_a_call (CNN-Corpus dev 492, rewritten) ---------------


def test_calls_something_brought_are_no_cue() -> None:
    text = "For some singers, the influx of new fans also brought calls for a change in their songs."
    assert _claims(text) == []


def test_calls_renewed_by_their_subject_stay() -> None:
    (claim,) = _claims("The senator renewed calls for a change in the law.")
    assert claim.cue_text == "calls for"


# --- know +clausal, with rule act_subject_still_acts (PolNeAR train, rewritten) -------------------------


def test_knowing_a_person_is_no_claim_but_its_subject_still_acts() -> None:
    text = ("Mourners filled the streets on Friday.\n\n"
            "Charles Elliott Jr. knew the boxer for decades.\n\n"
            "He recalled the champion's support for a food bank in the city.")
    claims = _claims(text)
    assert [c.cue_text for c in claims] == ["recalled"]
    assert claims[0].speaker == "Charles Elliott Jr."


def test_knowing_a_clause_stays_a_claim() -> None:
    (claim,) = _claims("Smith knew the plan would fail.")
    assert claim.cue_text == "knew"
    assert claim.content == "the plan would fail"


# --- rule clausal_content_in_its_first_clause (PolNeAR train, rewritten) --------------------------------


def test_knowing_a_person_before_a_comma_is_no_claim() -> None:
    assert _claims("Nega knew the prime minister well, and after the party took power, Nega left.") == []
    assert _claims("Trump knew their voters better than they did.") == []


def test_knowing_a_clause_before_a_comma_stays() -> None:
    (claim,) = _claims("The campaign knew it was possible, though not likely, that she could lose.")
    assert claim.content.startswith("it was possible")
    (claim,) = _claims("But Smith does know one thing: the plan will fail.")
    assert claim.cue_text in ("know", "does know")
