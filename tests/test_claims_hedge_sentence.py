"""Rule `hedge_in_the_cue_sentence`: a quotation running on for several
sentences is hedged only by what it says in the cue's own sentence."""

from __future__ import annotations

from tests.claim_helpers import only

LONG_QUOTE = (
    'The federation\'s chief executive, Padraig Cribben, said: "It is impossible to overstate the impact '
    'this news will have on publicans across the country.\n\n'
    '"We have learnt from bitter experience that reopening dates {hedge} move at the last minute."'
)


def test_a_hedge_later_in_a_long_quotation_does_not_hedge_it() -> None:
    claim = only(LONG_QUOTE.format(hedge="could"))
    assert "reopening dates could move" in claim.content  # the quotation is still whole
    assert not claim.hedged


def test_a_hedge_in_the_cue_sentence_still_hedges() -> None:
    claim = only(
        'Cribben said: "The impact on publicans could be severe across the country.\n\n'
        '"Our members face another prolonged bout of uncertainty."'
    )
    assert claim.hedged


def test_reported_speech_keeps_its_hedge() -> None:
    assert only("Cribben said the closures might cost 50,000 jobs this winter.").hedged
