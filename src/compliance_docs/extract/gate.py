"""Gates for the patterns of the data files: where a match can start, and whether it can occur.

Python's `re` tries a case-insensitive pattern that opens with an alternation ("direktur|
komisaris|...") at every position of a document, although only a few letters can start a
match. The gate is a lookahead of the characters a match can start with, computed from the
parsed pattern; it never changes what matches, only where the engine bothers to try (three
times faster on deeds for the role patterns). The prefilter goes further for ASCII text: a
pattern whose every alternative starts with a literal word cannot match a text that holds
none of those words, which `in` tells far faster than the regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .. import regexcache

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
MAX_FIRST = 16  # distinct first characters; beyond that the lookahead costs more than it saves
SPARSE = 12  # a word start more often than every SPARSE characters: scan instead of matching


class _Anything(Exception):
    """The pattern can start with too many characters for a gate to pay: a range, a category
    such as \\d or \\w, a negated set, any character."""


@lru_cache(maxsize=1024)
def _parsed(pattern: str):
    """The parse of a pattern, shared by its gate and its prefilter (each pattern of the data
    files gets both; parsing it twice was a tenth of a worker's first bundle). Read only."""
    return P.parse(pattern)


@lru_cache(maxsize=1)
def _version() -> str:
    """This module's own text, hashed: the gates kept in the cache are those this very code
    derived, never an earlier version's."""
    import hashlib
    from pathlib import Path

    try:
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    except OSError:
        from .. import __version__

        return f"v{__version__}"


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
    return regexcache.derived(f"gate-{_version()}", pattern, lambda: _gated(pattern),
                              lambda kept: _is_gate_of(kept, pattern))


def _is_gate_of(kept: object, pattern: str) -> bool:
    """What `_gated` can give for `pattern`: the pattern, or it behind a class of first letters."""
    if not isinstance(kept, str) or not kept.endswith(pattern):
        return False
    gate = kept[: len(kept) - len(pattern)]
    return gate == "" or bool(re.fullmatch(r"\(\?=\[(?:\\.|[^\]\\])*\]\)", gate))


def _gated(pattern: str) -> str:
    if pattern.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", pattern):
        return pattern  # global flags must stay first
    try:
        parts, empty = _first(_parsed(pattern))
    except (_Anything, re.error, RecursionError):
        return pattern
    letters = {p.lower() for p in parts}
    if empty or not 1 < len(letters) <= MAX_FIRST:
        return pattern  # one first letter: the engine's own literal search is faster
    return f"(?=[{''.join(sorted(parts))}])" + pattern



def _prefixes(items) -> set[str] | None:
    """The literal words one of which a match of `items` must start with (lower case, ASCII),
    or None when a match can start otherwise (a class, an optional part, a repeat...)."""
    for index, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        if op == C.LITERAL:
            word = ""
            for op2, av2 in items[index:]:
                if op2 != C.LITERAL or not chr(av2).isascii():
                    break
                word += chr(av2).lower()
            return {word} if word else None
        if op == C.SUBPATTERN:
            return _prefixes(av[-1])  # what the group must start with, the match starts with
        if op == C.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                got = _prefixes(branch)
                if not got:
                    return None
                found |= got
            return found
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            inner = _prefixes(av[2])
            if av[0] >= 1 or not inner:  # the repeated part comes first, or no words in it
                return inner
            rest = _prefixes(items[index + 1:])  # "(?:surat\\s+)?izin": surat or izin
            return inner | rest if rest else None
        return None
    return None


def _prefilter_words(pattern: str) -> list[str] | None:
    try:
        words = _prefixes(_parsed(pattern))
    except (re.error, RecursionError):
        words = None
    # a one-letter word occurs in almost any text: not worth the look
    return sorted(words) if words and all(len(w) > 1 for w in words) else None


class Prefilter:
    """A test that rules a case-insensitive pattern out of an ASCII text cheaply: when none
    of the literal words a match must start with occurs in the text, the pattern cannot
    match, and the regular expression need not run. Exact for ASCII text, where re's case
    folding and str.lower() agree; any other text is always searched."""

    __slots__ = ("words",)

    def __init__(self, pattern: str) -> None:
        words = regexcache.derived(
            f"prefilter-{_version()}", pattern, lambda: _prefilter_words(pattern),
            lambda kept: kept is None or (isinstance(kept, list) and all(
                isinstance(w, str) and len(w) > 1 for w in kept)))
        self.words = tuple(words) if words is not None else None

    def starts(self, low: str) -> list[int]:
        """Every offset of `low` where one of the words begins, in order."""
        found: set[int] = set()
        for word in self.words or ():
            at = low.find(word)
            while at != -1:
                found.add(at)
                at = low.find(word, at + 1)
        return sorted(found)

    def finditer(self, regex: re.Pattern[str], text: str, low: str | None) -> Iterator[re.Match[str]]:
        """What regex.finditer(text) yields, trying the regular expression only where a match
        can begin: at the words, which `str.find` locates far faster than the engine scans.

        `match(text, pos)` sees the whole string, so look-behinds, \\b and ^ judge the
        characters before `pos` as a scan would; the next try starts after a match's end, as
        finditer's does."""
        if self.words is None or low is None:
            yield from regex.finditer(text)
            return
        starts = self.starts(low)
        if len(starts) * SPARSE > len(text):
            yield from regex.finditer(text)  # the words are everywhere: the scan is cheaper
            return
        resume = 0
        for at in starts:
            if at < resume:
                continue
            match = regex.match(text, at)
            if match:
                yield match
                resume = max(match.end(), at + 1)

    def search(self, regex: re.Pattern[str], text: str, low: str | None) -> re.Match[str] | None:
        return next(self.finditer(regex, text, low), None)

    def excludes(self, lowered: str | None) -> bool:
        """True when a text whose lower-case ASCII form is `lowered` cannot match; None (a
        text that is not ASCII) never excludes."""
        if self.words is None or lowered is None:
            return False
        return not any(word in lowered for word in self.words)


def lowered(text: str) -> str | None:
    """The form of `text` that Prefilter.excludes reads: lower case when ASCII, else None."""
    return text.lower() if text.isascii() else None
