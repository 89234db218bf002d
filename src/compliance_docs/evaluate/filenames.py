"""What a file is by its name alone (doctypes.yaml's name hints): for a file that could not be
read, the criteria it was meant to be evidence for."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import PurePosixPath

from ..data import load_yaml


@lru_cache(maxsize=1)
def _types() -> tuple[tuple[str, tuple[re.Pattern[str], ...], tuple[str, ...]], ...]:
    return tuple((name, tuple(re.compile(h, re.I) for h in spec.get("name_hints", [])),
                  tuple(spec.get("speaks_to", [])))
                 for name, spec in load_yaml("doctypes.yaml")["types"].items())


def types_from_name(path: str) -> tuple[str, ...]:
    """The document types whose name hints the file's name matches most (several when they
    tie: "SK_Kemenkumham" is a ministry approval's name and a decree's)."""
    name = re.sub(r"[_\-.]+", " ", PurePosixPath(path).stem)
    scores = {kind: sum(1 for h in hints if h.search(name)) for kind, hints, _ in _types()}
    best = max(scores.values(), default=0)
    return tuple(kind for kind, score in scores.items() if best and score == best)


@lru_cache(maxsize=1)
def speaks_to() -> dict[str, tuple[str, ...]]:
    """Document type -> the criteria it is evidence for (read-only: shared by every call)."""
    return {kind: criteria for kind, _, criteria in _types()}
