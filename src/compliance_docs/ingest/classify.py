"""Document type from content, scored by the weighted signals in data/doctypes.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import regexcache
from ..data import load_yaml
from ..errors import InvalidDataFile
from ..extract.gate import Prefilter, gated, lowered
from ..types import Document


@dataclass(frozen=True)
class _Type:
    name: str
    signals: tuple[tuple[re.Pattern[str], int, str, Prefilter], ...]  # regex, weight, as written
    name_hints: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def _rules() -> tuple[dict, tuple[_Type, ...]]:
    raw = load_yaml("doctypes.yaml")
    types = []
    for name, spec in raw["types"].items():
        try:
            signals = tuple(
                (regexcache.compile(gated(s["pattern"]), re.I), int(s["weight"]), s["pattern"], Prefilter(s["pattern"])) for s in spec["signals"]
            )
            hints = tuple(regexcache.compile(h, re.I) for h in spec.get("name_hints", []))
        except (KeyError, re.error, TypeError) as exc:
            raise InvalidDataFile(f"doctypes.yaml: type {name}: {exc}") from exc
        types.append(_Type(name, signals, hints))
    regexcache.save()
    return raw, tuple(types)


def classify(doc: Document) -> tuple[str, str]:
    """The document's type and a short reason a verifier can check."""
    settings, types = _rules()
    # a document shows what it is in its first pages; long deeds need not be read to the end
    text = doc.text[: settings["body_chars"]]
    head = text[: settings["title_chars"]]
    low = lowered(text)
    best, best_score, best_why = "other", 0, ""
    for kind in types:
        score, hits = 0, []
        for pattern, weight, written, prefilter in kind.signals:
            if prefilter.search(pattern, text, low):
                factor = settings["title_factor"] if pattern.search(head) else 1
                score += weight * factor
                hits.append(written)
        if any(h.search(doc.path) for h in kind.name_hints):
            score += 1
        if score > best_score:
            best, best_score, best_why = kind.name, score, ", ".join(hits[:3])
    if best_score < settings["min_score"]:
        return "other", "no document type recognised from its content"
    return best, f"score {best_score}: {best_why}"
