"""The fact sheet: everything evaluation reads of one screened bundle, and nothing more.

It is what the register stores, so that a screening can be evaluated again under another or an
amended ruleset without its documents: the documents' metadata, every fact candidate and the
facts chosen from them. JSON-able both ways."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..types import DocumentInfo, Fact

SHEET_VERSION = 1


@dataclass
class FactSheet:
    bundle_id: str
    bundle_path: str
    bundle_sha256: str = ""
    warnings: list[str] = field(default_factory=list)
    documents: list[DocumentInfo] = field(default_factory=list)
    candidates: list[Fact] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def extraction(self):
        from ..extract import Extraction

        return Extraction(list(self.candidates), list(self.facts))

    def to_dict(self) -> dict[str, Any]:
        return {
            "sheet_version": SHEET_VERSION,
            "bundle": {"id": self.bundle_id, "path": self.bundle_path, "sha256": self.bundle_sha256,
                       "warnings": list(self.warnings)},
            "documents": [d.to_dict() for d in self.documents],
            "candidates": [f.to_sheet() for f in self.candidates],
            "facts": [f.to_sheet() for f in self.facts],
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> FactSheet:
        if raw.get("sheet_version") != SHEET_VERSION:
            raise ValueError(f"fact sheet version {raw.get('sheet_version')!r}; expected {SHEET_VERSION}")
        bundle = raw["bundle"]
        return cls(bundle["id"], bundle["path"], bundle["sha256"], list(bundle["warnings"]),
                   [DocumentInfo.from_dict(d) for d in raw["documents"]],
                   [Fact.from_sheet(f) for f in raw["candidates"]],
                   [Fact.from_sheet(f) for f in raw["facts"]])
