"""The spaCy pipeline: a blank Indonesian tokenizer, a sentencizer and an EntityRuler whose
patterns come from data files (provinces and concepts)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..data import load_yaml
from ..errors import InvalidDataFile

if TYPE_CHECKING:
    from spacy.language import Language


def ruler_patterns() -> list[dict[str, Any]]:
    """EntityRuler phrase patterns: PROVINCE (id = canonical name) and the concept labels."""
    patterns: list[dict[str, Any]] = []
    for canonical, aliases in load_yaml("provinces.yaml").items():
        for name in [canonical, *(aliases or [])]:
            patterns.append({"label": "PROVINCE", "pattern": name, "id": canonical})
    concepts = load_yaml("patterns/concepts.yaml")
    for label, ids in concepts.items():
        if not isinstance(ids, dict):
            raise InvalidDataFile(f"patterns/concepts.yaml: {label}: expected concept ids")
        for concept, phrases in ids.items():
            if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
                raise InvalidDataFile(
                    f"patterns/concepts.yaml: {label}.{concept}: expected a list of phrases"
                )
            patterns.extend({"label": label, "pattern": p, "id": concept} for p in phrases)
    return patterns


def compact_indonesian() -> Language:
    """spaCy's blank Indonesian pipeline without its ~15,600 hyphenated-word exceptions.

    Those exceptions exist only to keep reduplications like "anak-anak" whole against the
    infix rule that splits a hyphen between letters; dropping that rule keeps every
    hyphenated word whole and makes start-up about ten times faster. Abbreviations such as
    "S.H.", "No." and "Tbk." keep their exceptions.
    """
    from spacy.lang.id import Indonesian, IndonesianDefaults

    infixes = [p for p in IndonesianDefaults.infixes or [] if not _splits_hyphen(p)]

    class CompactDefaults(IndonesianDefaults):
        tokenizer_exceptions = {
            k: v for k, v in IndonesianDefaults.tokenizer_exceptions.items() if "-" not in k
        }

    CompactDefaults.infixes = tuple(infixes) + (r"(?<=[^\W\d_])/(?=[^\W\d_])",)

    class CompactIndonesian(Indonesian):
        Defaults = CompactDefaults

    return CompactIndonesian()


def _splits_hyphen(pattern: str) -> bool:
    """The infix rules that split "anak-anak": a hyphen between two letters."""
    import re

    return bool(re.search(pattern, "anak-anak")) and not re.search(pattern, "anak anak")


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Built once per process."""
    nlp = compact_indonesian()
    nlp.max_length = 50_000_000
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(ruler_patterns())  # type: ignore[attr-defined]
    return nlp
