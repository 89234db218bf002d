"""The platform's portal: URLs, domains and app-store listings."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import load_yaml
from ..types import Fact
from .source import Source, phrases

SKIP_TYPES = ("partner_list", "ministry_approval", "deed_of_establishment", "deed_amendment")


@lru_cache(maxsize=1)
def _excluded() -> tuple[str, ...]:
    return tuple(load_yaml("portals.yaml")["not_the_platform"])


@lru_cache(maxsize=1)
def _placeholder() -> re.Pattern[str]:
    return re.compile(load_yaml("portals.yaml")["placeholder_host"], re.I)


def _reference_cue() -> re.Pattern[str]:
    return phrases("portals.yaml", "reference_cues")


def _cited(src: Source, start: int) -> bool:
    """An address the document cites as a source: a reference cue before it on its line."""
    line_start = src.line_bounds(start)[0]
    return bool(_reference_cue().search(src.text, max(line_start, start - 80), start))


def normalize_url(raw: str, pattern_id: str) -> str:
    """URLs with a scheme (https:// added where a document leaves it out) and a lower-case
    host; app-store listings as written; bare application ids as written."""
    url = raw.strip().rstrip(".,;:)")
    if pattern_id.startswith("app-id"):
        return url
    if not re.match(r"https?://", url, re.I):
        url = "https://" + url
    scheme, rest = url.split("://", 1)
    host, _, path = rest.partition("/")
    path = path.rstrip("/")
    return f"{scheme.lower()}://{host.lower()}" + (f"/{path}" if path else "")


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
            value = normalize_url(m["value"], pid)
            host = re.sub(r"^(https?://)?(www\.)?", "", value).split("/")[0].split(":")[0]
            listing = pid.startswith("app-")
            if not listing and any(host == x or host.endswith("." + x) for x in _excluded()):
                continue
            if not listing and (_placeholder().match(host) or _cited(src, s)):
                continue
            if src.planned(s, e, ("plan",)):
                continue  # "Portal https://... sedang dalam pengembangan dan akan diluncurkan"
            if not re.search(r"[a-z]", host.split(".")[0]):
                continue
            taken.append((s, e))
            if value in seen:
                continue
            seen.add(value)
            facts.append(src.fact("portal_url", value, s, e, rule=pid, confidence=0.85))
    return facts
