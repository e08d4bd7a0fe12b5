"""Names and sources shown wrongly in briefs (QA round 31 Part C, session 9):
the publisher writing of itself is no source and no mention (rule
`publisher_is_no_source`); a site presenting its own video is no article
text (cleanup rule `publisher_promotion`)."""

from summarizer.brief import make_brief
from summarizer.cleanup import PARAGRAPH, Block, PageFacts, dateline_credit, rule_for
from summarizer.pagemeta import is_publisher, site_keys
from summarizer.reading import Article

OBSERVER = ("Woman attacks female inspector with stone at police station\n\n"
            "A female police inspector had to seek medical attention on Friday after she was reportedly "
            "assaulted and hit in the head with a stone by another woman.\n\n"
            "The dramatic incident took place in front of the Spanish Town Police Station.\n\n"
            "Police have since launched a search for the woman, who fled after the incident, OBSERVER ONLINE "
            "has learnt.\n\n"
            "Information reaching OBSERVER ONLINE is that about 3:00 pm, a little boy was seen walking across "
            "the entrance of the police station without the company of an adult.\n\n"
            "The inspector said the woman hit the boy before she turned on her.")
OBSERVER_URL = "https://www.jamaicaobserver.com/latest-news/woman-attacks-female-inspector/"


def _sources(note: object) -> list[str]:
    return [group.speaker for group in note.speakers]  # type: ignore[attr-defined]


def test_rule_publisher_is_no_source_nor_mention() -> None:
    note = make_brief([Article(OBSERVER, "observer.html", kind="html", site="jamaicaobserver.com",
                               url=OBSERVER_URL)])
    assert "OBSERVER ONLINE" not in _sources(note)
    assert "OBSERVER ONLINE" not in [m.name for m in note.mentions]


def test_the_same_house_name_on_another_site_is_a_source() -> None:
    # the claims view keeps the claim; without the site the brief lists the name
    from summarizer.claim_cache import document_claims
    from summarizer.document import parse_document
    assert "OBSERVER ONLINE" in [c.speaker for c in document_claims(parse_document(OBSERVER))]
    note = make_brief([Article(OBSERVER, "observer.txt")])
    assert "OBSERVER ONLINE" in [m.name for m in note.mentions]


def test_publisher_keys_take_the_site_the_house_name_and_the_wire_credit() -> None:
    keys = site_keys("jamaicaobserver.com", OBSERVER_URL)
    assert is_publisher("OBSERVER ONLINE", keys)
    assert is_publisher("Jamaica Observer", keys)
    assert not is_publisher("Jamaica", keys)  # a part of the name alone is a place
    assert not is_publisher("Observer", keys)  # nor a part without a house word
    assert is_publisher("City Limits", site_keys("City Limits", "https://citylimits.org/2023/11/08/video/"))
    assert dateline_credit("London (CNN) -- Britain's prime minister said ...") == "CNN"
    assert dateline_credit("London Britain's prime minister said ...") is None


def test_a_cnn_article_does_not_list_cnn_about_itself() -> None:
    text = ("Drone strike kills militants\n\n"
            "Islamabad, Pakistan (CNN) -- A suspected U.S. drone strike killed four militants in northwest "
            "Pakistan on Sunday, two intelligence officials said.\n\n"
            "CNN has learned that the strike hit a compound used by the group.\n\n"
            "The officials said the dead included a commander.")
    note = make_brief([Article(text, "drone.txt")])
    assert "CNN" not in _sources(note) and "CNN" not in [m.name for m in note.mentions]
    plain = text.replace(" (CNN) --", "")
    assert "CNN" in [m.name for m in make_brief([Article(plain, "drone.txt")]).mentions]


PROMO = ("This City Limits video delves into the complexities of a vote that will impact Nostrand Houses "
         "tenants in the near term, and explores the choices thousands of additional public housing tenants "
         "will have to make in the coming years.")


def test_rule_publisher_promotion() -> None:
    facts = PageFacts(site="City Limits")
    assert rule_for(Block(PARAGRAPH, PROMO), facts) == "publisher_promotion"
    # another body's video, or the site's report, stays
    assert rule_for(Block(PARAGRAPH, PROMO.replace("City Limits", "NASA")), facts) is None
    assert rule_for(Block(PARAGRAPH, PROMO.replace("video", "report")), facts) is None
    assert rule_for(Block(PARAGRAPH, PROMO), PageFacts()) is None


# --- one person or body under one heading -------------------------------------------------------------------------

def _names(sentence: str) -> list[tuple[str, str | None, str]]:
    from summarizer.claims.names import find_names
    from summarizer.claims.text import tokenize
    return [(n.text, n.title, n.kind) for n in find_names(tokenize(sentence, 0, len(sentence)))]


def test_rule_portfolio_after_a_title() -> None:
    sentence = ("United Nations High Commissioner for Human Rights Navi Pillay also denounced the law, saying it "
                "institutionalizes discrimination.")
    assert ("Navi Pillay", "High Commissioner for Human Rights", "person") in _names(sentence)
    assert "Human Rights Navi Pillay" not in [n for n, _, _ in _names(sentence)]
    # no name after the portfolio: no person is cut out of it, and the portfolio is the title's
    # (rule `portfolio_ends_a_title`, trust s10), no name of its own
    assert [n for n, _, _ in _names("The Commissioner for Human Rights said the law was unjust.")] == []


def test_rule_ampersand_joins_a_body() -> None:
    assert _names("According to Simon & Schuster, McGinniss lived in Massachusetts.")[0] \
        == ("Simon & Schuster", None, "organisation")
    assert [n for n, _, _ in _names("Simon and Garfunkel said they would tour.")] != ["Simon & Garfunkel"]
    from summarizer.mentions import find_mentions
    from summarizer.model import PERSON
    kinds = {m.name: m.kind for m in find_mentions(["Bake the Olive & Herb Focaccia for 20 minutes.",
                                                    "Serve the Olive & Herb Focaccia warm."])}
    assert kinds["Olive & Herb Focaccia"] != PERSON  # "Olive" is a first name, but "&" joins no person


def test_monsignor_is_a_title_so_one_person_is_listed_once() -> None:
    assert _names("Monsignor William Lynn is accused of covering it up.") == [
        ("William Lynn", "Monsignor", "person")]
    from summarizer.mentions import find_mentions
    names = [m.name for m in find_mentions(["Monsignor William Lynn is accused of covering it up.",
                                            "It does not shine any light on what Monsignor Lynn knew."])]
    assert "Monsignor Lynn" not in names and "William Lynn" in names


# --- Mentioned clutter ----------------------------------------------------------------------------------------------

def test_rule_street_address_is_no_mention() -> None:
    from summarizer.mentions import find_mentions
    address = "Tenants can vote in person at 2344 Bragg St., Apt. 1C, between Nov. 29 and Dec. 7."
    assert "Bragg St" not in [m.name for m in find_mentions([address])]
    street = "Protesters marched down Bragg Street on Sunday."
    assert "Bragg Street" in [m.name for m in find_mentions([street])]


def test_rule_dateline_names_a_place() -> None:
    from summarizer.cleanup import dateline_places
    from summarizer.mentions import find_mentions
    from summarizer.model import OTHER, PLACE
    opening = "ST CATHERINE, Jamaica \u2014 A female police inspector had to seek medical attention on Friday."
    assert dateline_places(opening) == ("ST CATHERINE", "Jamaica")
    body = "The dramatic incident took place in front of the police station in St Catherine."
    kinds = {m.name: m.kind for m in find_mentions([body], dateline_places=dateline_places(opening))}
    assert kinds["St Catherine"] == PLACE
    assert {m.name: m.kind for m in find_mentions([body])}["St Catherine"] == OTHER


def test_an_institution_publishing_its_own_news_stays_named() -> None:
    from summarizer.brief import _own_publisher
    rutgers = site_keys("Rutgers University", "https://www.rutgers.edu/news/blood-drawing-robot")
    assert is_publisher("Rutgers University", rutgers) and not _own_publisher("Rutgers University", rutgers)
    assert _own_publisher("Detroit Free Press", site_keys("Detroit Free Press", "https://www.freep.com/story"))
    assert _own_publisher("OBSERVER ONLINE", site_keys("jamaicaobserver.com", OBSERVER_URL))
