"""Views of an article as read: the text that every JSON offset indexes,
and that text with what is known about it as JSON. Nothing here computes:
every value comes from the `Article` passed in (`summarizer.reading`)."""

from __future__ import annotations

import json
from typing import Any, Protocol

from summarizer.render import warnings_field


class Article(Protocol):
    """What these views read of a `summarizer.reading.Article`: described
    here rather than imported, as the views import no stage (reading
    decodes and extracts)."""

    @property
    def text(self) -> str: ...

    @property
    def warnings(self) -> tuple[str, ...]: ...

    @property
    def removed(self) -> tuple[tuple[str, str], ...]: ...

    def metadata(self) -> dict[str, str | None]: ...


def article_text(article: Article) -> str:
    """The article's text character for character, so that a `start`/`end`
    of the other commands' JSON picks the same characters out of it; a final
    line ending is added only when the text has none (after the last offset,
    so none moves), for a shell prompt to start on a line of its own."""
    return article.text if article.text.endswith(("\n", "\r")) else article.text + "\n"


def article_record(article: Article) -> dict[str, Any]:
    """What `read_article` gives, as JSON-ready data: the metadata
    (source, kind, title, author, date, site, url, encoding), the text, what
    a web page's clean-up removed (each block with the rule that removed
    it), and "warnings" when there are any, as in every command's JSON."""
    return {**article.metadata(), "text": article.text,
            "removed": [{"rule": rule, "text": text} for rule, text in article.removed],
            **warnings_field(article.warnings)}


def article_json(article: Article) -> str:
    """`article_record` as indented JSON."""
    return json.dumps(article_record(article), ensure_ascii=False, indent=2) + "\n"
