"""The claims of a document, tagged once per document.

The news ranker reads a document's claims (its `attributed_statement` and
`direct_quote` components), and `brief` and `batch` list them for the same
document: `document_claims` tags each document once and keeps the claims
of the last few, so that the second asker gets the first one's.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.claims.model import Claim
    from summarizer.model import Document

# The claims of the last few documents, by identity (each kept beside its
# document, so that its id is not reused while it is here).
_CLAIMS: dict[int, tuple[Document, tuple[Claim, ...]]] = {}
_CLAIMS_LOCK = threading.Lock()
CLAIMS_KEPT = 4


def document_claims(document: Document) -> tuple[Claim, ...]:
    """The claims of the document's body sentences (as
    `summarizer.claims.claims_in_document` gives them), tagged once."""
    from summarizer.claims import claims_in_document  # the tagger: only when asked for

    with _CLAIMS_LOCK:  # batch may run articles on threads
        kept = _CLAIMS.get(id(document))
    if kept is not None and kept[0] is document:
        return kept[1]
    claims = tuple(claims_in_document(document))
    with _CLAIMS_LOCK:
        while len(_CLAIMS) >= CLAIMS_KEPT:
            del _CLAIMS[next(iter(_CLAIMS))]
        _CLAIMS[id(document)] = (document, claims)
    return claims
