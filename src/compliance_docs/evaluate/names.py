"""Whether two spellings of an applicant's name are the same company (data/identity.yaml)."""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz

from ..data import load_yaml


@cache
def _settings() -> tuple[re.Pattern[str], frozenset[str], int, re.Pattern[str]]:
    raw = load_yaml("identity.yaml")
    forms = sorted(raw["form_words"], key=len, reverse=True)  # "perusahaan umum daerah" first
    pattern = re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms) + r")\b")
    government = re.compile(raw["government_name"], re.I)
    return pattern, frozenset(raw["filler_words"]), int(raw["near_miss_ratio"]), government


def name_key(name: str) -> tuple[str, ...]:
    """The words of a name without case, punctuation or legal-form words."""
    forms = _settings()[0]
    text = re.sub(r"[^\w\s]|_", " ", name.lower())
    return tuple(forms.sub(" ", text).split())


def same_name(a: str, b: str) -> bool:
    """Formatting apart, the same name; a filler word ("Republik Indonesia") may be left out."""
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    _, filler, _, government = _settings()
    if not (government.match(a) and government.match(b)):
        return False
    return bool(ka) and [w for w in ka if w not in filler] == [w for w in kb if w not in filler]


def person_key(name: str) -> list[str]:
    """A person's name words in any order, without punctuation or the markers some leave out."""
    markers = frozenset(load_yaml("identity.yaml").get("person_markers", ()))
    words = re.sub(r"[^\w\s]|_", " ", name.lower()).split()
    kept = [w for w in words if w not in markers]
    return sorted(kept or words)


def near_miss(a: str, b: str) -> bool:
    """Different spellings close enough to be a typo (or a company named to look alike)."""
    ratio = _settings()[2]
    return fuzz.ratio(" ".join(name_key(a)), " ".join(name_key(b))) >= ratio


def initialled(short: str, full: str) -> bool:
    """Whether `short` is `full` with some of its words written as initials, in order:
    "Arif R. Hakim" for "ARIF RAHMAN HAKIM". At least two words are written out."""
    words_s = re.sub(r"[^\w\s.]|_", " ", short.lower()).replace(".", ". ").split()
    words_f = re.sub(r"[^\w\s]|_", " ", full.lower()).split()
    if len(words_s) != len(words_f) or not any(w.endswith(".") for w in words_s):
        return False
    whole = 0
    for s, f in zip(words_s, words_f, strict=True):
        if s.endswith(".") and len(s) == 2:
            if f[0] != s[0]:
                return False
        elif s.rstrip(".") == f:
            whole += 1
        else:
            return False
    return whole >= 2
