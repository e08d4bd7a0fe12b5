"""Reading an article: a file path or `-` for standard input.

Input is decoded as UTF-8 (a byte-order mark is dropped). Text that is not
UTF-8 is rejected with the offset of the first bad byte rather than guessed
at, so that offsets in the output always index the text as the user has it.
All problems raise `InputError` with a one-line message.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Bytes that never occur in text: their presence means a binary file.
BINARY_MARKERS = (b"\x00",)
MAX_INPUT_BYTES = 50_000_000


class InputError(Exception):
    """A problem with what the user gave us, fit for a one-line message."""


def read_text(source: str) -> str:
    """The text of a file, or of standard input when `source` is `-`."""
    data = _read_bytes(source)
    return decode_text(data, source)


def _read_bytes(source: str) -> bytes:
    if source == "-":
        if sys.stdin is None:
            raise InputError("no standard input to read")
        return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    path = Path(source)
    if not path.exists():
        raise InputError(f"{source}: no such file")
    if path.is_dir():
        raise InputError(f"{source}: is a directory, not a file")
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise InputError(f"{source}: cannot read ({error.strerror or error})") from None


def decode_text(data: bytes, source: str = "input") -> str:
    """UTF-8 text from bytes, or an `InputError` saying what is wrong."""
    name = "standard input" if source == "-" else source
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: larger than {MAX_INPUT_BYTES // 1_000_000} MB")
    if any(marker in data for marker in BINARY_MARKERS):
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "convert it, e.g. with iconv -f cp1252 -t utf-8"
        ) from None
    if not text.strip():
        raise InputError(f"{name}: is empty")
    return text
