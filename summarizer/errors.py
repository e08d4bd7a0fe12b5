"""The errors summarizer raises for what the user gave it, and their wording.

Every module that reads input raises `InputError` with a message of one
line that names the input; the command line prints it as
`summarizer: error: MESSAGE` and exits with code 2. This module imports
nothing of the project but `nlp.words.one_line`, so that any module can
use it.
"""

from __future__ import annotations

from summarizer.nlp.words import one_line

PDF_MESSAGE = "PDF files are not supported; save the article as text or as a web page first"


class InputError(Exception):
    """A problem with what the user gave us, fit for a one-line message."""


def too_large(name: str, max_bytes: int, raise_cap: str, size: int | None = None) -> InputError:
    """The size-cap error for input `name`: "NAME: larger than the 10 MB
    size cap (12 MB); raise it with SUMMARIZER_MAX_MB". `size` is said when
    it is known before reading (an HTTP Content-Length); `raise_cap` is how
    to raise the cap (the variable, or a command's option and the
    variable)."""
    known = f" ({megabytes(size)})" if size is not None else ""
    return InputError(f"{name}: larger than the {megabytes(max_bytes)} size cap{known}; raise it with {raise_cap}")


def error_text(error: object) -> str:
    """An error (or its reason) on one line: its message with white space
    folded, or its type's name when it has no message. A system error says
    what happened without its number ("Connection refused", not "[Errno
    111] Connection refused"); a host name that cannot be looked up, the
    usual failure on a machine without network, says so."""
    import socket

    if isinstance(error, socket.gaierror):
        return "host not found: no network, or a wrong address"
    if isinstance(error, OSError) and error.errno is not None and error.strerror and error.filename is None:
        return one_line(error.strerror)
    return one_line(str(error)) or type(error).__name__


def megabytes(count: int) -> str:
    """`count` bytes as decimal megabytes: "0.001 MB", "10 MB"."""
    return f"{count / 1_000_000:g} MB"
