"""The one data model every report format is rendered from."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from typing import Any

from .. import __version__
from ..evaluate.messages import translate_warning
from ..evaluate.rulesets import Ruleset
from ..evaluate.sheet import FactSheet
from ..types import NIK, CriterionResult, DocumentInfo, Fact

SCHEMA_VERSION = "1"
_NOT_TEXT = ("sha256", "fingerprint")  # digests: hex that can hold sixteen digits in a row


def mask_nik(text: str) -> str:
    """'3174051203850002' -> '3174********0002': personal data stays out of reports."""
    return NIK.sub(lambda m: f"{m[1]}{'*' * 8}{m[4]}", text)


def fingerprint(bundle_sha256: str, ruleset_sha256: str, language: str, mask: bool) -> str:
    """What a report depends on: bundle content, tool version, ruleset, language, masking."""
    from hashlib import sha256

    parts = [bundle_sha256, __version__, ruleset_sha256, language, str(mask)]
    return sha256("|".join(parts).encode()).hexdigest()


def generated_at() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        dt.datetime.fromtimestamp(int(epoch), dt.UTC)
        if epoch and epoch.isdigit()
        else dt.datetime.now(dt.UTC)
    )
    return moment.replace(microsecond=0).isoformat()


@dataclass
class Report:
    bundle_id: str
    bundle_path: str
    ruleset: Ruleset
    documents: list[DocumentInfo]
    facts: list[Fact]
    criteria: list[CriterionResult]
    checks: list[CriterionResult]
    overall: str
    language: str = "id"
    warnings: list[str] = field(default_factory=list)
    bundle_sha256: str = ""
    generated_at: str = field(default_factory=generated_at)
    candidates: list[Fact] = field(default_factory=list)  # every candidate, for the fact sheet

    def sheet(self) -> FactSheet:
        return FactSheet(self.bundle_id, self.bundle_path, self.bundle_sha256, list(self.warnings),
                         list(self.documents), list(self.candidates), list(self.facts))

    def sheet_dict(self, *, mask: bool = True) -> dict[str, Any]:
        """The fact sheet as JSON data, NIKs masked as in the report."""
        out = self.sheet().to_dict()
        return _mask(out) if mask else out

    def to_dict(self, *, mask: bool = True) -> dict[str, Any]:
        summary: dict[str, int] = {}
        for c in self.criteria:
            summary[c.status] = summary.get(c.status, 0) + 1
        out = {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "compliance-docs", "version": __version__},
            "ruleset": {
                "id": self.ruleset.id,
                "title": self.ruleset.title.get(self.language, self.ruleset.title["id"]),
                "citation": self.ruleset.citation,
                "version": self.ruleset.version,
                "effective": self.ruleset.effective,
                "sha256": self.ruleset.sha256,
            },
            "bundle": {"path": self.bundle_path, "id": self.bundle_id, "sha256": self.bundle_sha256},
            "generated_at": self.generated_at,
            "language": self.language,
            "warnings": [translate_warning(w, self.language) for w in self.warnings],
            "documents": [
                {
                    "path": d.path,
                    "sha256": d.sha256,
                    "type": d.type,
                    "pages": d.page_count,
                    "text_source": d.text_source,
                    "warnings": [translate_warning(w, self.language) for w in d.warnings],
                    "size": d.size,
                    "type_reason": d.type_reason,
                    # addition: what the document_integrity check rests on, as found at ingest
                    "signals": [{"kind": g.kind, "level": g.level, "page": g.page,
                                 "detail": g.detail, "why": g.why} for g in d.signals],
                }
                for d in self.documents
            ],
            "facts": [f.to_dict() for f in self.facts],
            "criteria": [c.to_dict() for c in self.criteria],
            "checks": [c.to_dict() for c in self.checks],
            "overall": self.overall,
            "summary": summary,
            "fingerprint": fingerprint(self.bundle_sha256, self.ruleset.sha256, self.language, mask)
            if self.bundle_sha256
            else "",
        }
        return _mask(out) if mask else out


def mask_all(value: Any) -> Any:
    """Every text in nested report data with its NIKs masked (digests left alone)."""
    return _mask(value)


def _mask(value: Any) -> Any:
    if isinstance(value, str):
        return mask_nik(value)
    if isinstance(value, list):
        return [_mask(v) for v in value]
    if isinstance(value, dict):
        return {k: (v if k in _NOT_TEXT else _mask(v)) for k, v in value.items()}
    return value
