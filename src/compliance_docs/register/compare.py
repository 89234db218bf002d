"""What changed between two screenings: statuses with their reasons, facts, documents."""

from __future__ import annotations

from typing import Any


def _items(data: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    out = {}
    for kind in ("criteria", "checks"):
        for item in data.get(kind, []):
            out[item["id"]] = (kind, item)
    return out


def compare(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Differences from `old` report data to `new` report data."""
    before, after = _items(old), _items(new)
    statuses = []
    for item_id in list(after) + [i for i in before if i not in after]:
        kind, item = after.get(item_id) or before[item_id]
        was = before.get(item_id, (None, {}))[1]
        now = after.get(item_id, (None, {}))[1]
        if was.get("status") == now.get("status"):
            continue
        statuses.append({
            "id": item_id, "kind": "criterion" if kind == "criteria" else "check",
            "title": item.get("title", item_id),
            "from": was.get("status"), "to": now.get("status"),
            "reason_codes_from": was.get("reason_codes", []),
            "reason_codes_to": now.get("reason_codes", []),
            "reasons": now.get("reasons", []) if now else was.get("reasons", []),
        })
    old_facts = {f["name"]: f.get("value") for f in old.get("facts", [])}
    new_facts = {f["name"]: f.get("value") for f in new.get("facts", [])}
    facts = [{"name": name, "from": old_facts.get(name), "to": new_facts.get(name)}
             for name in sorted(old_facts.keys() | new_facts.keys())
             if old_facts.get(name) != new_facts.get(name)]
    old_docs = {d["path"]: d.get("sha256", "") for d in old.get("documents", [])}
    new_docs = {d["path"]: d.get("sha256", "") for d in new.get("documents", [])}
    documents = {
        "added": sorted(p for p in new_docs if p not in old_docs),
        "removed": sorted(p for p in old_docs if p not in new_docs),
        "changed": sorted(p for p in new_docs if p in old_docs and new_docs[p] != old_docs[p]),
    }
    overall = None
    if old.get("overall") != new.get("overall"):
        overall = {"from": old.get("overall"), "to": new.get("overall")}
    return {"overall": overall, "statuses": statuses, "facts": facts, "documents": documents}


def is_empty(changes: dict[str, Any]) -> bool:
    return (changes["overall"] is None and not changes["statuses"] and not changes["facts"]
            and not any(changes["documents"].values()))
