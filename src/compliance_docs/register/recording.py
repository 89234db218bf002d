"""The batch parent's side of the register: each screening recorded after its reports are
written, one transaction per bundle (workers never write here)."""

from __future__ import annotations

import hashlib
from typing import Any

from .store import Register


def json_report_path(options, stem: str):
    name = f"{stem}.json" if "json" in options.formats else f".{stem}.json"
    return options.output_dir / name


class Recorder:
    """Called by `batch.run_batch` with each bundle's data once its reports are on disk."""

    def __init__(self, register: Register, *, kind: str = "batch", rescreen_of: int | None = None):
        self.register = register
        self.kind = kind
        self.rescreen_of = rescreen_of

    def __call__(self, data: dict[str, Any], options, stem: str, *,
                 report_sha256: str | None = None) -> int:
        """Record one screening whose JSON report (<stem>.json) was just written, or whose
        JSON report has this hash (a re-evaluation kept in the register only); its id."""
        digest = report_sha256 or hashlib.sha256(json_report_path(options, stem).read_bytes()).hexdigest()
        stored = {k: v for k, v in data.items() if k not in ("sheet", "pictures")}  # pictures: the HTML's, not the record
        ruleset = data.get("ruleset", {})
        return self.register.record(
            stored, report_sha256=digest, ruleset_sha256=str(ruleset.get("sha256", "")),
            ruleset_version=str(ruleset.get("version", "") or ""), kind=self.kind,
            sheet=data.get("sheet"), rescreen_of=self.rescreen_of)

    def previous(self, data: dict[str, Any], options) -> dict[str, Any] | None:
        """The applicant's earlier screening and last decision, for the new report (NIKs in
        it masked as the new report's are, whatever the earlier report showed)."""
        from ..report.model import mask_all
        from .previous import previous_screening

        found = previous_screening(self.register, data)
        return mask_all(found) if found is not None and options.mask else found

    def recorded(self, options, stem: str) -> bool:
        """Whether the JSON report <stem>.json on disk is the report of a recorded screening."""
        try:
            digest = hashlib.sha256(json_report_path(options, stem).read_bytes()).hexdigest()
        except OSError:
            return False
        return self.register.has_report(digest)
