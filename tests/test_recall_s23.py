"""Real attributed claims the tagger missed (session 23, recall-s23): words a
person spoke, told with a verb of how they were spoken ("scolded him:",
"shot back", "snapped"). Each such verb is a cue only beside a direct
quotation; without one it is an act a reader of a claims list does not want
("Police fired back at the gunmen")."""

from __future__ import annotations

import pytest

from tests.claim_helpers import described, only


# Rule `speech_manner_beside_a_quotation` (cues.txt, session 23: PolNeAR dev
# 'Democratic Sen. Claire McCaskill (D-Mo.) scolded him: "..."', train
# "Mr. Smith shot back: ''That would be good.''", "Rubio fired back
# forcefully: ...", "Sanders shot back, ...", "Hannity interjected: ...")
@pytest.mark.parametrize(("sentence", "speaker", "cue", "content"), [
    ('Sen. Claire McCaskill scolded him: "The scientific community is almost monolithic against you."',
     "Claire McCaskill", "scold", '"The scientific community is almost monolithic against you."'),
    ('Asked whether he should take responsibility, Mr. Smith shot back: "That would be good."',
     "Smith", "shoot back", '"That would be good."'),
    ('Rubio fired back forcefully: "If they sue us in a court in Miami, they\'re going to lose."',
     "Rubio", "fire back", '"If they sue us in a court in Miami, they\'re going to lose."'),
    ('Sanders shot back, "Secretary Clinton called them out."',
     "Sanders", "shoot back", '"Secretary Clinton called them out."'),
    ('"This is a lot of nonsense," he went on.', "he", "go on", '"This is a lot of nonsense,"'),
    ('Hannity interjected: "So you\'re saying there will be some flexibility?"',
     "Hannity", "interject", '"So you\'re saying there will be some flexibility?"'),
    ('"Sit down," she snapped.', "she", "snap", '"Sit down,"'),
    ('"You are late," the coach scolded.', "the coach", "scold", '"You are late,"'),
])
def test_a_verb_of_speaking_manner_beside_a_quotation_is_a_claim(
        sentence: str, speaker: str, cue: str, content: str) -> None:
    claim = only(sentence)
    assert (claim.speaker or (claim.speaker_span.text if claim.speaker_span else None), claim.cue,
            claim.content) == (speaker, cue, content)


@pytest.mark.parametrize("sentence", [
    "Rubio fired back at Christie over New Jersey's credit rating being downgraded nine times.",
    "Police fired back at the gunmen.",
    "The teacher scolded him for being late.",
    'She snapped a photo of the "Welcome" sign.',
    'The senator scolded the agency for its "reckless" handling of the case.',
    "He fired back at the critics.",
    'The "Hamilton" show went on despite the storm.',
    'The dog barked at the "Welcome" sign.',
    # the listed forms are no past verbs away from a quotation: "shot" stays a participle here
    "A married couple also claiming allegiance to Islamic State shot dead 14 people in December.",
])
def test_the_same_verb_with_no_quotation_is_an_act_and_no_claim(sentence: str) -> None:
    assert described(sentence) == []
