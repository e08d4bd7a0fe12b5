"""Helpers the brief tests share: an article's claims gathered as the brief
gathers them, and the answers rule `answer_beside_the_allegation` adds
beside one speaker's claims."""

from __future__ import annotations

from summarizer.brief import _answers_beside_allegations, _gather_claims, _GatheredClaim, _rarity, _stems
from summarizer.claim_cache import document_claims
from summarizer.document import parse_document

# Obama's claim, Netanyahu's answer (or not) and a last sentence, for the answer rules
MEETING = ("Leaders meet at the White House\n\n"
           "President Barack Obama met Israeli Prime Minister Benjamin Netanyahu at the White House on Monday.\n\n"
           "{shown}\n\n"
           "{answer}\n\n"
           "The two leaders last met in March.")


def gathered_claims(text: str) -> list[_GatheredClaim]:
    """The claims of one article `text`, gathered as the brief gathers them."""
    document = parse_document(text)
    stems = [[_stems(s.text) for s in document.sentences]]
    return _gather_claims([document], [document_claims(document)], _rarity(stems))


def answers_added(text: str, shown_speaker: str) -> list[str | None]:
    """The speakers of the answers added beside the claims of `shown_speaker`."""
    gathered = gathered_claims(text)
    shown = [g for g in gathered if g.speaker == shown_speaker]
    assert shown
    return [g.speaker for g in _answers_beside_allegations(shown, gathered, [], [])[0][len(shown):]]
