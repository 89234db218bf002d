"""The spaCy pipeline: a blank Indonesian tokenizer, a sentencizer and an EntityRuler whose
patterns come from data files (provinces and concepts)."""

from __future__ import annotations

import os
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


def import_spacy() -> None:
    """Import spaCy without its command-line package.

    `import spacy` imports spacy.cli only to offer `spacy.info`, and that package (weasel,
    downloads, training commands) is about a third of spaCy's import time, paid by every
    `screen` and before a batch's first worker starts. It is kept out for the import and
    forgotten afterwards, so anything that imports spacy.cli later gets the real one."""
    import sys
    import types

    if "spacy" in sys.modules:
        return
    placeholders = {"spacy.cli": types.ModuleType("spacy.cli"),
                    "spacy.cli.info": types.ModuleType("spacy.cli.info")}
    placeholders["spacy.cli"].__path__ = []
    placeholders["spacy.cli.info"].info = _spacy_info
    already = {name: sys.modules[name] for name in placeholders if name in sys.modules}
    sys.modules.update(placeholders)
    try:
        import spacy  # noqa: F401
    finally:
        for name in placeholders:
            sys.modules.pop(name, None)
        sys.modules.update(already)
        if getattr(sys.modules.get("spacy"), "cli", None) is placeholders["spacy.cli"]:
            del sys.modules["spacy"].cli


def _spacy_info(*args, **kwargs):
    from spacy.cli.info import info

    return info(*args, **kwargs)


def compact_indonesian() -> Language:
    """spaCy's blank Indonesian pipeline without its ~15,600 hyphenated-word exceptions.

    Those exceptions exist only to keep reduplications like "anak-anak" whole against the
    infix rule that splits a hyphen between letters; dropping that rule keeps every
    hyphenated word whole and makes start-up about ten times faster. Abbreviations such as
    "S.H.", "No." and "Tbk." keep their exceptions.
    """
    import_spacy()
    from spacy.language import BaseDefaults, Language

    parts = indonesian_parts()
    kept_infixes = _without_hyphen_rules(list(parts["punctuation"].TOKENIZER_INFIXES))

    class CompactDefaults(BaseDefaults):
        tokenizer_exceptions = {
            k: v for k, v in parts["tokenizer_exceptions"].TOKENIZER_EXCEPTIONS.items()
            if "-" not in k
        }
        prefixes = parts["punctuation"].TOKENIZER_PREFIXES
        suffixes = parts["punctuation"].TOKENIZER_SUFFIXES
        infixes = (*kept_infixes, r"(?<=[^\W\d_])/(?=[^\W\d_])")
        syntax_iterators = parts["syntax_iterators"].SYNTAX_ITERATORS
        lex_attr_getters = parts["lex_attrs"].LEX_ATTRS
        stop_words = parts["stop_words"].STOP_WORDS

    class CompactIndonesian(Language):
        lang = "id"
        Defaults = CompactDefaults

    return CompactIndonesian(create_tokenizer=_tokenizer)


INDONESIAN_PARTS = ("punctuation", "lex_attrs", "stop_words", "syntax_iterators",
                    "tokenizer_exceptions")
_PRIVATE_PACKAGE = "spacy.lang._id_compact"


def indonesian_parts() -> dict[str, Any]:
    """The modules of spaCy's Indonesian data (spacy/lang/id), loaded again under a private
    package name with the word list of the exceptions cut to words without a hyphen.

    spacy.lang.id builds its exceptions from a list of ~15,600 words when it is imported, and
    the compact pipeline drops all the hyphenated ones it makes: 40-60 ms of a `screen` that
    takes about a second. Loaded this way the same files make only the exceptions kept, and
    spaCy's own Indonesian (spacy.blank("id")) stays whole. Where that layout is not found,
    spacy.lang.id is imported as it is."""
    import importlib
    import importlib.util
    import sys
    import types

    if _PRIVATE_PACKAGE not in sys.modules:
        spec = importlib.util.find_spec("spacy.lang.id")
        folders = list(spec.submodule_search_locations or []) if spec else []
        if not all(any(os.path.isfile(os.path.join(f, f"{name}.py")) for f in folders)
                   for name in (*INDONESIAN_PARTS, "_tokenizer_exceptions_list")):
            import spacy.lang.id as full

            return {name: importlib.import_module(f"{full.__name__}.{name}")
                    for name in INDONESIAN_PARTS}
        package = types.ModuleType(_PRIVATE_PACKAGE)
        package.__path__ = folders  # the relative imports of those files resolve as in spaCy
        sys.modules[_PRIVATE_PACKAGE] = package
        words = importlib.import_module(f"{_PRIVATE_PACKAGE}._tokenizer_exceptions_list")
        words.ID_BASE_EXCEPTIONS = {w for w in words.ID_BASE_EXCEPTIONS if "-" not in w}
    return {name: importlib.import_module(f"{_PRIVATE_PACKAGE}.{name}") for name in INDONESIAN_PARTS}


def tokenizer_expressions(defaults) -> dict[str, str]:
    """The prefix, suffix and infix expressions of a language's defaults, joined as
    spacy.util.compile_prefix_regex and its siblings join them (a test holds them equal)."""
    return {
        "prefix": "|".join("^" + piece for piece in defaults.prefixes or () if piece.strip()),
        "suffix": "|".join(piece + "$" for piece in defaults.suffixes or () if piece.strip()),
        "infix": "|".join(piece for piece in defaults.infixes or () if piece.strip()),
    }


def _tokenizer(nlp):
    """spaCy's default tokenizer (spacy.Tokenizer.v1) with its three expressions compiled
    through the regex cache: compiling them was a third of building the pipeline."""
    from spacy.tokenizer import Tokenizer

    from .. import regexcache

    defaults = nlp.Defaults
    compiled = {kind: regexcache.compile(expression) if expression else None
                for kind, expression in tokenizer_expressions(defaults).items()}
    regexcache.save()
    return Tokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=compiled["prefix"].search if compiled["prefix"] else None,
        suffix_search=compiled["suffix"].search if compiled["suffix"] else None,
        infix_finditer=compiled["infix"].finditer if compiled["infix"] else None,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


def _without_hyphen_rules(infixes: list[str]) -> list[str]:
    """The infixes minus those that split "anak-anak". Which ones they are is kept in the
    cache by the patterns' hash: finding out compiles each of them (about 60 ms a start)."""
    import hashlib
    import json

    from ..cache import store, writable_cache

    digest = hashlib.sha256("\x00".join(infixes).encode("utf-8")).hexdigest()[:24]
    folder = writable_cache("spacy")
    known = folder / f"hyphen-infixes-{digest}.json" if folder else None
    try:
        drop = set(json.loads(known.read_text(encoding="utf-8"))) if known else None
    except (OSError, ValueError):
        drop = None
    if drop is None:
        drop = {i for i, p in enumerate(infixes) if _splits_hyphen(p)}
        if known is not None:
            store(known, json.dumps(sorted(drop)).encode("utf-8"))
    return [p for i, p in enumerate(infixes) if i not in drop]


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
