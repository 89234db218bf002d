"""Decisions exported from HTML reports (<stem>.decision.json), as the batch index shows them.

A decision names the JSON report it was made on by the SHA-256 of its bytes. The index shows
the newest decision recorded in the register for the bundle, else a decision file that lies
beside a report in the output folder: as current when it names the report on disk, as made on
an earlier report when the bundle was screened again since. Full validation against
decision.schema.json, and recording, belong to `compliance-docs decide`.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

OVERALL = ("admit", "reject", "ask_for_completion")
SCHEMA_ID = "compliance-docs/decision/1"
MAX_BYTES = 1_000_000  # a decision is a few kilobytes; anything larger is not one of ours


def recorded_decision(folder: Path, stem: str) -> dict[str, Any] | None:
    """{overall, verifier, decided_at, current} for <stem>.decision.json in `folder`, or None
    when there is none or it is not a decision (unreadable, another schema, no verdict)."""
    path = folder / f"{stem}.decision.json"
    try:
        if not path.is_file() or path.is_symlink() or path.stat().st_size > MAX_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA_ID or data.get("overall") not in OVERALL:
        return None
    report = data.get("report") if isinstance(data.get("report"), dict) else {}
    verifier = data.get("verifier") if isinstance(data.get("verifier"), dict) else {}
    return {
        "overall": data["overall"],
        "verifier": str(verifier.get("name", ""))[:200],
        "decided_at": str(data.get("decided_at", ""))[:40],
        "current": report.get("report_sha256") == _report_sha256(folder, stem),
    }


def registered_decision(entry: dict[str, Any], folder: Path, stem: str) -> dict[str, Any]:
    """A decision from the register (Register.latest_decisions) as the index shows it."""
    return {"overall": entry["overall"], "verifier": str(entry["verifier"])[:200],
            "decided_at": str(entry["decided_at"])[:40],
            "current": entry["report_sha256"] == _report_sha256(folder, stem)}


def _report_sha256(folder: Path, stem: str) -> str | None:
    for name in (f"{stem}.json", f".{stem}.json"):  # the hidden one when JSON was not asked for
        try:
            return hashlib.sha256((folder / name).read_bytes()).hexdigest()
        except OSError:
            continue
    return None
