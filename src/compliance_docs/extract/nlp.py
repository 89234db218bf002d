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


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Built once per process: the tokenizer's exception table makes this the slow step."""
    import spacy

    nlp = spacy.blank("id")
    nlp.max_length = 50_000_000
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(ruler_patterns())  # type: ignore[attr-defined]
    return nlp
