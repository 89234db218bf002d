"""Text from documents made safe to print: no terminal escape sequence, no control character.
(Apart from the report renderers, so that printing a line needs no template engine.)"""

from __future__ import annotations

import re
from typing import Any

# escape sequences of a terminal (CSI, OSC and the rest) and every control character, with the
# Unicode controls that reorder or hide text (bidi overrides, zero-width marks)
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def plain_text(text: str) -> str:
    """`text` without terminal escape sequences and control characters (tabs and line breaks
    become spaces)."""
    text = _ANSI.sub("", text)
    return _CONTROL.sub(lambda m: " " if m[0] in "\t\n\r\x0b\x0c" else "", text)


def terminal_text(value: Any) -> str:
    """A value as one line that is safe to print on a terminal."""
    return " ".join(plain_text(str(value)).split())
