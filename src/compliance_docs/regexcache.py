"""Regular expressions compiled once for all runs rather than once a process.

Every `screen` and every batch worker compiled the data files' 200-odd patterns and spaCy's
three tokenizer expressions before its first bundle: about a tenth of a second, as long as
the screening of a small bundle. `re` keeps what it compiles (the regex engine's code) only
for the process. This keeps that code in the cache folder, one file per Python build, and
gives it back to the engine, which validates code it is handed (`_sre.compile` refuses
invalid code). A pattern not in the file is compiled by `re` as always, and its code is kept
only when the pattern built from it equals re's own (Pattern equality compares the flags and
the code itself).

The engine's code is CPython's private format, so the file is named by the interpreter's
build and the engine's version; on any other interpreter, or if anything about it fails,
patterns are simply compiled by `re`.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from array import array
from base64 import b64decode, b64encode
from collections.abc import Callable
from typing import Any

try:  # CPython's engine and the compiler steps re.compile runs
    import _sre
    from re import _compiler, _parser

    _ENGINE = f"{sys.implementation.name}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
except (ImportError, AttributeError):  # another interpreter: re.compile alone
    _sre = None
    _ENGINE = ""

_CODE_TYPE = "I" if getattr(_sre, "CODESIZE", 4) == 4 else "H"

_entries: dict[str, list[Any]] | None = None  # "flags|pattern" -> what _sre.compile takes
_added = False


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - as re.compile
    """re.compile(pattern, flags), from the cache when it has the pattern."""
    if _sre is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = f"{int(flags)}|{pattern}"
    entry = _loaded().get(key)
    if entry is not None:
        try:
            return _built(pattern, entry)
        except Exception:  # noqa: BLE001 - a damaged entry: compiled anew below
            _loaded().pop(key, None)
    compiled = re.compile(pattern, flags)
    _remember(key, pattern, flags, compiled)
    return compiled


def derived(kind: str, pattern: str, compute: Callable[[], Any],
            valid: Callable[[Any], bool] = lambda value: True) -> Any:
    """What `compute()` derives from `pattern` alone (JSON data, the same for every run of
    this Python build), kept in the same file as the compiled patterns: the gates of the data
    files' patterns come from parsing each of them, 30-40 ms of every start. A kept value that
    is not `valid` (a damaged file) is derived again."""
    key = f"{kind}|{pattern}"  # never a compiled pattern's key, which starts with its flags
    if _sre is not None and key in _loaded():
        kept = _loaded()[key]
        if valid(kept):
            return kept
    value = compute()
    if _sre is not None:
        global _added
        _loaded()[key] = value
        _added = True
    return value


def save() -> None:
    """Keep the patterns compiled since the file was read (merged with what other
    processes kept meanwhile); written atomically, and silently skipped when the cache
    folder cannot be written."""
    global _added
    if not _added or _entries is None:
        return
    target = _path()
    if target is None:
        return
    from .cache import store

    merged = {**_read(target), **_entries}
    if store(target, json.dumps(merged, ensure_ascii=False, separators=(",", ":")).encode("utf-8")):
        _added = False


def _built(pattern: str, entry: list[Any]) -> re.Pattern[str]:
    final_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, final_flags, array(_CODE_TYPE, b64decode(code)).tolist(),
                        groups, groupindex, tuple(indexgroup))


def _remember(key: str, pattern: str, flags: int, compiled: re.Pattern[str]) -> None:
    """Keep the code of `pattern`, built as re's compiler builds it, if it gives back
    exactly the pattern re compiled."""
    global _added
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        indexgroup = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            indexgroup[index] = name
        entry = [flags | parsed.state.flags, b64encode(array(_CODE_TYPE, code).tobytes()).decode("ascii"),
                 parsed.state.groups - 1, dict(parsed.state.groupdict), indexgroup]
        if _built(pattern, entry) != compiled:
            return
    except Exception:  # noqa: BLE001 - whatever the private steps do, re's pattern stands
        return
    _loaded()[key] = entry
    _added = True


def _loaded() -> dict[str, list[Any]]:
    global _entries
    if _entries is None:
        target = _path()
        _entries = _read(target) if target is not None else {}
    return _entries


def _read(target) -> dict[str, list[Any]]:
    try:
        found = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _path():
    from .cache import writable_cache

    folder = writable_cache("regex")
    if folder is None or not _ENGINE:
        return None
    return folder / f"compiled-{hashlib.sha256(_ENGINE.encode('utf-8')).hexdigest()[:20]}.json"
