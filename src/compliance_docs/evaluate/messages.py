"""Reasons and 'looked for' lists in the report language, from data/messages.yaml."""

from __future__ import annotations

from typing import Any

from ..data import load_yaml


class Texts:
    def __init__(self, language: str = "id") -> None:
        self.language = language
        self._raw = load_yaml("messages.yaml")

    def reason(self, key: str, **params: Any) -> str:
        return self._raw["reasons"][key][self.language].format(**params)

    def looked_for(self, criterion_id: str) -> list[str]:
        return list(self._raw["looked_for"][criterion_id][self.language])

    def value(self, group: str, key: str) -> str:
        entry = self._raw["values"].get(group, {}).get(key)
        return entry[self.language] if entry else str(key)

    def pick(self, bilingual: dict[str, str] | str) -> str:
        return bilingual.get(self.language, bilingual.get("id", "")) if isinstance(bilingual, dict) else bilingual
