"""What a new report says of the applicant's earlier screening: what changed since, and the
last decision a verifier recorded.

Looked up by the process that writes the reports (the batch parent, or `screen`), after the
bundle is screened: the applicant is found by its bundle id, NIB or NPWP as extracted, so a
bundle re-submitted under another folder name is still found.
"""

from __future__ import annotations

from typing import Any

from .compare import compare
from .store import Register, fact_text


def previous_screening(register: Register, data: dict[str, Any]) -> dict[str, Any] | None:
    """The `previous_screening` block of a new report's data, or None for a first screening.

    The earlier screening is the newest one of the applicant that read its documents (a
    re-evaluation from stored facts is not a submission); the decision is the newest one
    recorded on any screening of the applicant."""
    brief = register.same_applicant(bundle_id=data["bundle"]["id"], nib=fact_text(data, "nib"),
                                    npwp=fact_text(data, "npwp"))
    if not brief:
        return None
    decisions = register.decisions_of([s["id"] for s in brief])
    submitted = [s for s in brief if s["kind"] != "rescreen"] or brief
    old = register.screening(submitted[-1]["id"])
    if old is None:
        return None
    changes = compare(old["report"], data)
    out: dict[str, Any] = {
        "screening": old["id"],
        "recorded_at": old["recorded_at"],
        "bundle_id": old["bundle_id"],
        "ruleset": old["ruleset_id"],
        "overall": old["overall"],
        "changes": changes,
        "decision": None,
    }
    if decisions:
        last = decisions[-1]
        out["decision"] = {
            "id": last["id"], "screening": last["screening_id"], "overall": last["overall"],
            "verifier": last["verifier"], "decided_at": last["decided_at"],
            "note": last.get("note") or "",
            "overrides": [{"id": c["criterion_id"], "screened_status": c["screened_status"],
                           "status": c["status"], "note": c.get("note") or ""}
                          for c in last["criteria"] if not c["agree"]],
        }
    return out
