"""QA round 42 and web test s14, session 14 round 2: hedges, speech cues,
topic-only claims and stray punctuation readers saw. Each rule has a sentence
of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from tests.claim_helpers import described, only

# --- hedges (QA round 42: 431 s17, 751 s16) ------------------------------------------------


# Rule `volitional_would_is_no_hedge`: the speaker's own wish, said politely
def test_i_would_want_is_a_wish_not_a_hedge() -> None:
    for text in ('"As your daughter, I would want nothing more than to make you happy," she writes.',
                 '"We would really like to see the law changed," the mayor says.',
                 '"I would rather stay home," he says.'):
        assert not only(text).hedged, text


def test_someone_elses_wish_or_an_outcome_after_would_stays_hedged() -> None:
    for text in ("Analysts say investors would want higher returns.",
                 '"I would win the race," she says.'):
        assert only(text).hedged, text


# Rule `hedge_in_a_relative_aside`: a hedge inside ", which ...," describes the noun before it
def test_a_hedge_in_a_relative_aside_does_not_hedge_the_claim() -> None:
    for text in ("Johnson said the success of the show, which he never expected to last more than 13 episodes, "
                 "was the result of the cast.",
                 "He says the man, who police say may be armed, fled the scene."):
        assert not only(text).hedged, text


def test_a_hedge_after_the_aside_or_an_aside_that_ends_the_content_stays() -> None:
    for text in ("He said the plan, which was new, may fail.",
                 "He said the show, which had run for years, would probably return.",
                 '"People tend not to say those things to him, which is probably a wise choice," she said.'):
        assert only(text).hedged, text


# --- speech cues (web test s14, K12) -------------------------------------------------------


# rule `cataphoric_object_before_a_colon`
def test_the_following_before_a_colon_introduces_the_next_paragraph() -> None:
    for text in ('The mayor said the following:\n\n"We will rebuild the bridge."',
                 "In an article titled 'Our future', Greta Thunberg states the following:\n\n"
                 '"We will rebuild the bridge."',
                 'The mayor said this:\n\n"We will rebuild the bridge."'):
        claim = only(text)
        assert (claim.rule, claim.content) == ("colon_introduces_content", '"We will rebuild the bridge."'), text


def test_the_following_before_a_colon_in_the_sentence_is_no_content() -> None:
    for text in ('The mayor said the following: "We will rebuild the bridge."',
                 "The mayor said as follows: we will rebuild the bridge."):
        assert only(text).content.lstrip('"').lower().startswith("we will rebuild"), text


def test_the_following_day_and_this_without_a_colon_stay() -> None:
    assert only("The mayor said the following day that the bridge would be rebuilt.").content == \
        "the following day that the bridge would be rebuilt"
    assert only("The mayor said this.").content == "this"


# rule `quote_cut_mid_sentence_takes_its_paragraph`
def test_a_quotation_closed_mid_sentence_gives_its_whole_paragraph() -> None:
    claim = only("Greta Thunberg states the following:\n\n\u201cThe time for \u201dlittle steps\u201d is long "
                 "gone. They are stealing our future.\u201d\n\nThe EU disagrees.")
    assert claim.content.endswith("stealing our future.\u201d")


def test_a_quotation_that_ends_its_sentence_stays_as_it_is() -> None:
    claim = only('The mayor said the following:\n\n"We will rebuild the bridge." The work starts soon.\n\nEnd.')
    assert claim.content == '"We will rebuild the bridge."'


# cue `share` (+quote)
def test_shares_beside_a_quotation_is_a_speech_cue() -> None:
    claim = only('"My first thoughts were how ironic it was," she shares with InStyle.')
    assert (claim.cue, claim.content) == ("share", '"My first thoughts were how ironic it was,"')


def test_shares_the_stock_or_a_thing_is_no_cue() -> None:
    assert described("Shares of Apple fell 3%, and the company shares its data with partners.") == []
    assert described("She shared her story with the group.") == []


# rule `quote_cue_away_from_quotes_cuts_nothing`: "share" inside another claim is a plain verb
def test_a_quote_cue_away_from_quotes_does_not_cut_the_content() -> None:
    for text, content in (("Grayson said teachers didn't have supplies and students had to share old textbooks.",
                           "teachers didn't have supplies and students had to share old textbooks"),
                          ("Grayson said teachers didn't have supplies and students had to read old books.",
                           "teachers didn't have supplies and students had to read old books")):
        assert only(text).content == content, text


# cue `forecast`, rule `bare_participle_passive`
def test_an_agency_forecasts() -> None:
    claim = only("The Korea Meteorological Administration forecasts the winter-like weather to return.")
    assert (claim.speaker, claim.cue, claim.content) == (
        "Korea Meteorological Administration", "forecast", "the winter-like weather to return")


def test_is_forecast_with_no_forecaster_is_no_claim_and_its_subject_no_source() -> None:
    for text in ("Temperatures are forecast to fall.", "Wednesday is forecast to be even colder.",
                 "The weather forecast was wrong."):
        assert described(text) == [], text


def test_is_forecast_by_an_agency_is_its_claim() -> None:
    claim = only("Growth was forecast by the IMF to slow.")
    assert (claim.speaker, claim.rule) == ("IMF", "passive_attribution")


# --- stray punctuation and references in a claim (web test s14, K8) ------------------------


# rule `colon_after_that_is_no_content`
def test_a_colon_after_that_is_not_in_the_claim() -> None:
    assert only('The report adds that: "Emissions will rise."').content == '"Emissions will rise."'


# rule `in_text_reference_is_no_content`
def test_an_author_year_reference_is_not_in_the_claim() -> None:
    for text in ("Samantha Burgess confirms that the temperature has risen by 1.43°C (Copernicus Climate Change "
                 "Service, 2023).",
                 "Smith said the temperature rose by 1.4°C (Smith et al., 2021)."):
        assert only(text).content.endswith("°C"), text


def test_a_bracket_that_is_no_reference_stays() -> None:
    for text, end in (("Smith said the temperature rose on Friday (Jan. 5, 2023).", "(Jan. 5, 2023)"),
                      ("Smith said the plan was backed by the IMF (International Monetary Fund).",
                       "(International Monetary Fund)")):
        assert only(text).content.endswith(end), text


# --- topics named, nothing stated (web test s14, K9) ---------------------------------------


# Rule `agreeing_with_a_noun_phrase_is_no_claim`
def test_agreeing_with_a_noun_phrase_is_no_claim() -> None:
    for text in ("The Appellate Court didn\u2019t agree with Amazon\u2019s stance.", "Smith disagreed with him."):
        assert described(text) == [], text


def test_agreeing_with_a_clause_or_a_quotation_stays() -> None:
    assert only("The judge agreed with the defense that the evidence was weak.").content == "the evidence was weak"
    assert only("Smith agreed that the plan was fair.").content == "the plan was fair"
    assert only('Smith agreed with his "very sensible plan to cut taxes."').cue == "agree"


# --- fragment speakers (QA round 42 junk) --------------------------------------------------


# Rule `possessive_alone_is_no_source`
def test_a_possessive_before_its_noun_is_no_source() -> None:
    for text in ("Mumbai's moviegoers are getting used to seeing a police clip before films, encouraging them "
                 "to come forward.",
                 "His comments follow Gigi Chao's poignant letter, explaining the situation to him."):
        assert described(text) == [], text


def test_a_noun_phrase_with_a_possessive_stays_the_source() -> None:
    for text, speaker in (("Mumbai's police chief said the clip works.", "Mumbai's police chief"),
                          ("His lawyer said the plan failed.", "His lawyer")):
        assert only(text).speaker == speaker, text


def test_a_finite_cue_or_a_participle_after_its_own_pronoun_keeps_a_possessive_source() -> None:
    assert only("Her submission to the court noted reports that the plan had failed.").cue == "note"
    claim = only("Mr. Obama's challenge as he shifts gears is to find a way to heal the divides, while arguing "
                 "that the way to rise above them is to elect Mrs. Clinton.")
    assert claim.cue == "argue"


# Rule `explaining_a_noun_phrase_is_no_claim`
def test_explaining_a_noun_phrase_is_no_claim() -> None:
    for text in ("One of the most important special reports is the one which explains the potential dramatic "
                 "impacts of global warming if this exceeds 1.5 °C above pre-industrial levels.",
                 "Schwerin explained the campaign's decision."):
        assert described(text) == [], text


def test_explaining_a_clause_a_colon_or_a_quotation_stays() -> None:
    for text, content in (("Schwerin explained the cuts were needed.", "the cuts were needed"),
                          ("Schwerin explained how the cuts work.", "how the cuts work"),
                          ("Boulis explained participation in the trial would not cure them.",
                           "participation in the trial would not cure them"),
                          ("Alley explained her weight loss and gain had always been cyclical.",
                           "her weight loss and gain had always been cyclical"),
                          ("He withdrew, explaining that neither the back spasms nor pain had subsided.",
                           "neither the back spasms nor pain had subsided"),
                          ("Schwerin explained the delay: the trains were late.", "the delay: the trains were late"),
                          ('Schwerin explained the plan as "a necessary evil for the city."',
                           'the plan as "a necessary evil for the city."')):
        assert only(text).content == content, text


# Rule `report_noun_after_an_opening_adjective_is_no_cue`
def test_a_report_noun_after_an_opening_adjective_is_no_cue() -> None:
    for text in ("Recent reports that he was willing to double the offer put his family back in the headlines.",
                 "Earlier claims that the vote was rigged were dismissed."):
        assert described(text) == [], text


def test_the_verb_after_recent_reports_and_a_plural_subject_stay() -> None:
    claim = only("Recent reports say he was willing to double the offer.")
    assert (claim.speaker, claim.cue) == ("Recent reports", "say")
    assert only("Critics claim that the vote was rigged.").cue == "claim"
