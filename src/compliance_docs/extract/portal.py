"""The platform's portal: URLs, domains and app-store listings."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import load_yaml
from ..types import Fact
from .source import Source

SKIP_TYPES = ("partner_list", "ministry_approval", "deed_of_establishment", "deed_amendment")


@lru_cache(maxsize=1)
def _excluded() -> tuple[str, ...]:
    return tuple(load_yaml("portals.yaml")["not_the_platform"])


def normalize_url(raw: str) -> str:
    url = raw.rstrip(".,;:)/").strip()
    if "play.google.com" in url or "apps.apple.com" in url:
        return url if url.startswith("http") else "https://" + url
    url = re.sub(r"^https?://", "", url, flags=re.I).lower()
    return url.split("/")[0] if url.count("/") == 0 else url


def portal_facts(sources: list[Source]) -> list[Fact]:
    facts: list[Fact] = []
    for src in sources:
        if src.type in SKIP_TYPES:
            continue
        seen: set[str] = set()
        taken: list[tuple[int, int]] = []
        for pid, m in src.find("portal"):
            s, e = m.span("value")
            if any(a <= s < b for a, b in taken):
                continue
            value = normalize_url(m["value"])
            host = re.sub(r"^(https?://)?(www\.)?", "", value).split("/")[0]
            listing = pid == "app-store-listing"
            if not listing and any(host == x or host.endswith("." + x) for x in _excluded()):
                continue
            if not re.search(r"[a-z]", host.split(".")[0]):
                continue
            taken.append((s, e))
            if value in seen:
                continue
            seen.add(value)
            facts.append(src.fact("portal_url", value, s, e, rule=pid, confidence=0.85))
    return facts
