"""Session 22 (mentions-s22): the brief's "Mentioned" lists, the leftovers
of session 21's closing note. Each rule has a sentence of its kind and a
near variant that must stay as it was."""

from __future__ import annotations

from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from summarizer.cleanup import dateline_length, dateline_places, without_dateline
from summarizer.mentions import find_mentions


def mentioned(*sentences: str, speakers: tuple[str, ...] = ()) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, speakers)}


def names_in(sentence: str) -> list[tuple[str, str | None]]:
    return [(name.text, name.title) for name in find_names(tokenize(sentence, 0, len(sentence)))]


# --- rule `abbreviated_office_after_a_people_is_a_title` (QA 58, 767: "French FM" under Other names) -------


def test_abbreviated_office_after_a_people_is_no_name() -> None:
    found = mentioned('"History won\'t forget your hostility," Omid Mousavi wrote on the French FM\'s '
                      "Facebook page.")
    assert not any("FM" in name for name in found)
    assert found.get("Facebook", ("organisation", 0))[0] != "person"


def test_abbreviated_office_after_a_people_titles_the_name() -> None:
    assert names_in("Israeli PM Benjamin Netanyahu said the deal was bad.") == [("Benjamin Netanyahu", "Israeli PM")]
    found = mentioned("UK PM Theresa May met the British PM's staff.")
    assert found["Theresa May"][0] == "person"
    assert not any("PM" in name for name in found)


def test_abbreviated_office_after_another_word_is_a_name() -> None:
    found = mentioned("Kiss FM said on Monday that Capital FM would close.")
    assert "Kiss FM" in found and "Capital FM" in found


# --- rule `venue_after_at_is_no_person` (QA 58, 509: "Roland Garos" under People) -------------------------


def test_name_only_after_at_is_no_person() -> None:
    found = mentioned("In comparison, singles champions at Roland Garos scored an increase of 4.17%.",
                      "The men's and women's champions at Wimbledon will each receive $2.8 million.")
    assert found["Roland Garos"][0] == "other"


def test_person_after_at_named_elsewhere_stays_a_person() -> None:
    found = mentioned("Jeb Bush took a jab at Donald Trump on Monday.", "Donald Trump did not reply.")
    assert found["Donald Trump"][0] == "person"
    found = mentioned("Voters laughed at Donald Trump, 69, on Monday.")
    assert found["Donald Trump"][0] == "person"


# --- rule `peer_of_a_place_is_a_person` (QA 58, 864, and 59, 886: the Duchess of Cambridge left out) --------


def test_peer_of_a_place_is_a_person() -> None:
    found = mentioned("The Duchess of Cambridge's announcement today puts an end to months of speculation.",
                      "If the Duchess of Cambridge's baby is a girl, she will be next in line.")
    assert found["Duchess of Cambridge"] == ("person", 2)
    assert "Cambridge" not in found
    found = mentioned("The Prince of Wales visited Cardiff with the Duke of Edinburgh.")
    assert found["Prince of Wales"][0] == "person" and found["Duke of Edinburgh"][0] == "person"


def test_two_peers_share_their_place() -> None:
    found = mentioned("The Duke and Duchess of Cambridge also split up at one point in their twenties.",
                      "The Duke of York stayed home.")
    assert found["Duke of Cambridge"] == ("person", 1) and found["Duke of York"] == ("person", 1)
    assert found["Duchess of Cambridge"] == ("person", 1)


def test_peer_with_a_name_and_a_mayor_of_a_place_stay() -> None:
    found = mentioned("Prince Harry met Duke Ellington's band and the Mayor of London.")
    assert found["Prince Harry"][0] == "person" and found["Duke Ellington"][0] == "person"
    assert found["London"][0] == "place"


# --- rule `place_word_leads_a_place` (QA 53, 587: "Castle Fraser", "Castle Rock" under Other names) ----------


def test_place_word_leading_a_name_of_two_words_is_a_place() -> None:
    found = mentioned('Fans might recognize Castle Fraser from "The Queen."',
                      "Perched on Castle Rock, this fortress has a strong presence in the skyline.",
                      "Boats still sail on Lake Malawi.")
    assert found["Castle Fraser"][0] == "place" and found["Castle Rock"][0] == "place"
    assert found["Lake Malawi"][0] == "place"


def test_place_word_before_a_longer_name_or_after_a_first_name_stays() -> None:
    found = mentioned("Tourists hunt the Loch Ness Monster every summer.", "Mike Castle voted no.",
                      "She was taken to Mount Sinai Hospital.")
    assert found["Loch Ness Monster"][0] == "other"
    assert found["Mike Castle"][0] == "person"
    assert found["Mount Sinai Hospital"][0] == "organisation"


# --- rule `dateline_place_is_mentioned` (closing note s21: "KABUL, Afghanistan (CNN) --" left Kabul out) ---


def mentioned_after_a_dateline(first: str, *more: str) -> dict[str, tuple[str, int]]:
    """As the brief reads an article: its dateline cut, the dateline's places given apart."""
    return {m.name: (m.kind, m.count) for m in find_mentions(
        [without_dateline(first), *more], dateline_places=dateline_places(first))}


def test_place_named_only_in_a_dateline_is_listed() -> None:
    found = mentioned_after_a_dateline("KABUL, Afghanistan (CNN) -- Three police officers were shot dead on "
                                       "Monday, police said.")
    assert found["Kabul"] == ("place", 1) and found["Afghanistan"] == ("place", 1)


def test_place_the_text_names_again_keeps_its_count_and_no_dateline_adds_none() -> None:
    found = mentioned_after_a_dateline("KABUL, Afghanistan (CNN) -- Police in Kabul said three officers "
                                       "were shot.", "Kabul was calm on Tuesday.")
    assert found["Kabul"] == ("place", 2)
    opener = "Police in Kandahar said three officers were shot on Monday."
    assert mentioned_after_a_dateline(opener) == mentioned(opener)


# --- rule `unlisted_place_and_region_before_a_person` (CNN-Corpus dev 807: "Jindo, South Korea Jin ...") ---


def test_unlisted_place_and_country_before_a_name_is_a_dateline() -> None:
    first = "Jindo, South Korea Jin Woo-hyuk had a pimple on his forehead."
    assert dateline_length(first) == len("Jindo, South Korea ")
    found = mentioned_after_a_dateline(first, "Last week, Kim looked out to sea from Jindo.")
    assert "Jin Woo-hyuk" in found and not any(name.startswith("South Korea ") for name in found)
    assert found["Jindo"][0] == "place"


def test_unlisted_place_and_region_before_a_body_a_title_or_an_opener_stays() -> None:
    for first in ("Toronto, Canada Goose said sales rose.", "Springfield, Illinois State Police said two died.",
                  "Meanwhile, South Korea Jin Woo-hyuk had won.", "Smalltown, Texas Mayor Ann Smith said so.",
                  "Jindo, South Korea President Park Geun-hye said so."):
        assert dateline_length(first) == 0, first


def test_abbreviated_state_of_a_dateline_is_not_listed() -> None:
    found = mentioned_after_a_dateline("SOUTHWEST MIAMI-DADE, FLA. (WSVN) - Two people were hurt in a crash.")
    assert "Fla" not in found and "FLA" not in found


def test_nickname_or_first_name_before_of_is_no_peer() -> None:
    found = mentioned('Dubbed "the Earl of Baltimore," Weaver managed the team for 17 seasons.',
                      "Earl Weaver of Baltimore won four pennants.")
    assert "Earl of Baltimore" not in found


def test_name_never_written_whole_is_no_venue() -> None:
    found = mentioned("Kevin and Julia Garratt, who run a cafe at Dandong, are suspected of stealing secrets.")
    assert found["Kevin Garratt"] == ("person", 1)


def test_peer_before_a_longer_name_or_a_surname_before_of_stays() -> None:
    found = mentioned("The Windsor Forest Stakes was renamed the Duke of Cambridge Stakes in his honor.")
    assert "Duke of Cambridge" not in found and "Duke of Cambridge Stakes" not in found
    found = mentioned('Sonia Prince of Nashua, New Hampshire, said her kids were too old for the show.')
    assert found["Nashua"][0] == "place"


def test_quote_mark_of_a_glued_dateline_is_no_part_of_its_place() -> None:
    found = mentioned_after_a_dateline('Austin, Texas "North Korean social media." It sounds like an oxymoron.')
    assert 'Texas "' not in found
