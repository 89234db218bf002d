"""A first-character gate for the patterns of the data files.

Python's `re` tries a case-insensitive pattern that opens with an alternation ("direktur|
komisaris|...") at every position of a document, although only a few letters can start a
match. The gate is a lookahead of the characters a match can start with, computed from the
parsed pattern; it never changes what matches, only where the engine bothers to try (three
times faster on deeds for the role patterns).
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
MAX_FIRST = 16  # distinct first characters; beyond that the lookahead costs more than it saves


class _Anything(Exception):
    """The pattern can start with too many characters for a gate to pay: a range, a category
    such as \\d or \\w, a negated set, any character."""


def _char(code: int) -> str:
    return re.escape(chr(code))


def _first(items) -> tuple[set[str], bool]:
    """(parts of a character class a match of `items` can start with, whether it can be empty)"""
    parts: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op == C.LITERAL:
            parts.add(_char(av))
            return parts, False
        if op == C.IN:
            for kind, value in av:
                if kind != C.LITERAL:
                    raise _Anything
                parts.add(_char(value))
            return parts, False
        if op == C.SUBPATTERN:
            first, empty = _first(av[-1])
        elif op == C.BRANCH:
            first, empty = set(), False
            for branch in av[1]:
                got, can_be_empty = _first(branch)
                first |= got
                empty = empty or can_be_empty
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            first, empty = _first(av[2])
            empty = empty or av[0] == 0
        elif op == getattr(C, "ATOMIC_GROUP", None):
            first, empty = _first(av)
        else:  # ANY, NOT_LITERAL, a back reference...
            raise _Anything
        parts |= first
        if not empty:
            return parts, False
    return parts, True


def gated(pattern: str) -> str:
    """`pattern` behind a lookahead of its possible first characters, when that is narrower
    than "anything"; the pattern itself unchanged otherwise."""
    if pattern.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", pattern):
        return pattern  # global flags must stay first
    try:
        parts, empty = _first(P.parse(pattern))
    except (_Anything, re.error, RecursionError):
        return pattern
    letters = {p.lower() for p in parts}
    if empty or not 1 < len(letters) <= MAX_FIRST:
        return pattern  # one first letter: the engine's own literal search is faster
    return f"(?=[{''.join(sorted(parts))}])" + pattern

