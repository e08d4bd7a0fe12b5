"""Session 11, second round: what the brief shows. Each rule has a case of
its kind and a near variant that stays as it was; sentences are invented
after the kinds read on real pages (thestkittsnevisobserver.com)."""

from __future__ import annotations

from summarizer.brief import content_stands_alone, without_list_bullet, without_repeated_fragment
from summarizer.claim_cache import document_claims
from summarizer.document import parse_document
from summarizer.summarizers.standalone import holds_back_pointing_phrase

GOVERNOR = (
    "Governor calls for calm after premier's arrest\n\n"
    "Governor Jane Roe said the premier of the islands was arrested in Miami on Thursday on drug charges.\n\n"
    "Amidst this shocking news, the governor called for {fragment}.\n\n"
    "\u201cI realise this will be shocking news for people in the Territory. And I would call for calm at this "
    "time. The deputy premier will remain acting premier of the Territory.\u201d\n\n"
    "The premier's lawyer did not respond to a request for comment."
)


def _contents(text: str) -> list[str]:
    document = parse_document(text)
    return [without_repeated_fragment(claim).content for claim in document_claims(document)]


def test_rule_quoted_fragment_said_again() -> None:
    # (a plain cue of saying: rule `cue_keeps_its_object` keeps the words a "called for" governs)
    contents = _contents(GOVERNOR.replace("called for {fragment}", "said: {fragment}")
                         .format(fragment="\u201ccalm at this time\u201d"))
    joined = [c for c in contents if "shocking news" in c]
    assert joined, contents
    assert all(not c.startswith("\u201ccalm at this time\u201d") for c in joined)
    assert all(c.count("calm at this time") == 1 for c in joined)


def test_rule_quoted_fragment_said_again_near_variant_other_words_stay() -> None:
    contents = _contents(GOVERNOR.replace("called for {fragment}", "said: {fragment}")
                         .format(fragment="\u201cpatience and prayer\u201d"))
    joined = [c for c in contents if "shocking news" in c]
    assert joined, contents
    assert all(c.startswith("\u201cpatience and prayer\u201d") for c in joined)


def _claims(text: str) -> list[tuple[str, str, bool]]:
    document = parse_document(text)
    return [(claim.cue_span.text, without_list_bullet(claim).content, content_stands_alone(claim, document.text))
            for claim in document_claims(document)]


def test_rule_list_bullet_is_no_content() -> None:
    claims = _claims("The letter warned:\n\n- If the current trend continues there will be 2,300 cases a day.")
    assert [c for _, c, _ in claims] == ["If the current trend continues there will be 2,300 cases a day."]


def test_rule_list_bullet_is_no_content_near_variant_a_dash_inside_stays() -> None:
    claims = _claims("The letter warned that prices - and wages - would rise.")
    assert [c for _, c, _ in claims] == ["prices - and wages - would rise"]


def test_rule_relative_before_its_source() -> None:
    text = ("Gove met farmers to discuss the commission, which is due to last six months and which, critics say, "
            "does not include specialists in child health.")
    assert ("say", "which does not include specialists in child health", False) in _claims(text)


def test_rule_relative_before_its_source_near_variant_a_question_stands() -> None:
    assert _claims("The mayor asked which schools would close on Monday.") == \
        [("asked", "which schools would close on Monday", True)]


def test_rule_addressee_left_out() -> None:
    text = "As things stand the Government is telling Tory MPs not to back the amendments to the Agriculture Bill."
    assert _claims(text) == [("telling", "not to back the amendments to the Agriculture Bill", False)]


def test_rule_addressee_left_out_near_variants_stand() -> None:
    assert _claims("The Government vowed not to back the amendments to the Agriculture Bill.") == \
        [("vowed", "not to back the amendments to the Agriculture Bill", True)]
    assert _claims("The minister urged Tory MPs to back the amendments to the Agriculture Bill.") == \
        [("urged", "Tory MPs to back the amendments to the Agriculture Bill", True)]
    assert _claims("Smith told reporters not to worry about the vote.") == \
        [("told", "not to worry about the vote", True)]


def test_this_question_points_back() -> None:
    assert holds_back_pointing_phrase("Since Monday a few people asked this question")
    assert not holds_back_pointing_phrase("Voters questioned the plan on Monday")


# --- rule quote_before_a_lower_key_point -----------------------

def _within(quote_rank: int, budget: float) -> tuple[list[int], list[str]]:
    """Points of 37 (bottom line), 29 and 38 words ranked 0, 2 and 3; a
    whole quote of 29 words whose sentence ranks `quote_rank`."""
    from types import SimpleNamespace

    from summarizer.brief import _within_half_words_in

    points = [SimpleNamespace(members=((0, n),), size=size, introduced_by=None)
              for n, size in ((0, 37), (4, 29), (1, 38))]
    quote = SimpleNamespace(words=29, whole=None, members=((0, (2,)),), speaker="Ann Reed",
                            claim=SimpleNamespace(content="q", speaker_kind="person", hedged=False))
    ranks = [[0, 3, quote_rank, 4, 2]]
    kept, claims = _within_half_words_in(points, [quote], ranks, budget, 0)  # type: ignore[arg-type,list-item]
    return [p.members[0][1] for p in kept], [c.claim.content for c in claims]


def test_rule_quote_before_a_lower_key_point() -> None:
    assert _within(quote_rank=1, budget=91.5) == ([0], ["q"])


def test_rule_quote_before_a_lower_key_point_near_variant_a_better_point_stays() -> None:
    assert _within(quote_rank=5, budget=91.5) == ([0, 4], [])
