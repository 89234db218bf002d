"""Reasons and 'looked for' lists in the report language, from data/messages.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..data import load_yaml


@lru_cache(maxsize=1)
def _warning_rules() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(r["en"], re.S), r["id"]) for r in load_yaml("i18n/warnings.yaml")]


@lru_cache(maxsize=1)
def _note_rules() -> list[re.Pattern[str]]:
    return [re.compile(r["en"], re.S) for r in load_yaml("i18n/warnings.yaml") if r.get("note")]


def is_note(text: str) -> bool:
    """Whether a document warning only notes how the file was read (its text is readable)."""
    text = re.sub(r"^page \d+: ", "", text)  # a page's warning, named after its page
    return any(p.fullmatch(text) for p in _note_rules())


def translate_warning(text: str, language: str) -> str:
    """A reading problem (written in English where it arose) in the report's language."""
    if language == "en":
        return text
    for pattern, template in _warning_rules():
        m = pattern.fullmatch(text)
        if m:
            parts = {k: translate_warning(v, language) if k == "rest" else v
                     for k, v in m.groupdict().items()}
            return template.format(**parts)
    return text


class Texts:
    def __init__(self, language: str = "id") -> None:
        self.language = language
        self._raw = load_yaml("messages.yaml")

    def reason(self, key: str, **params: Any) -> str:
        return self._raw["reasons"][key][self.language].format(**params)

    def summaries(self) -> dict[str, dict[str, Any]]:
        """The opening sentences by reason key (or criterion.key), in order of precedence."""
        return self._raw["summaries"]

    def request(self, criterion_id: str, key: str) -> str | None:
        """What to ask the applicant for when `key` was said; None for a finding that asks
        for nothing, and for a key the data lacks (the messages test names those)."""
        requests = self._raw["requests"]
        entry = requests.get(f"{criterion_id}.{key}", requests.get(key))
        return entry[self.language] if entry else None

    def looked_for(self, criterion_id: str) -> list[str]:
        return list(self._raw["looked_for"][criterion_id][self.language])

    def value(self, group: str, key: str) -> str:
        entry = self._raw["values"].get(group, {}).get(key)
        return entry[self.language] if entry else str(key)

    def warning(self, text: str) -> str:
        return translate_warning(text, self.language)

    def pick(self, bilingual: dict[str, str] | str) -> str:
        return bilingual.get(self.language, bilingual.get("id", "")) if isinstance(bilingual, dict) else bilingual
