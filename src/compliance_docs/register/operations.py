"""What the register commands do (history, rescreen, decide, diff, export), as a library the
CLI calls: each takes an open Register and returns data; only `rescreen` writes files, into
its output folder."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from ..errors import ApplicantNotFound, DecisionRefused
from . import schema
from .store import Register, now

DECISION_MAX_BYTES = 1_000_000


# -- history ---------------------------------------------------------------------------------

def find_applicant(register: Register, query: str) -> list[dict[str, Any]]:
    """Screenings of the applicant named by NIB, NPWP, bundle id or company name (exact, case
    and spacing aside), oldest first. Nothing matching: ApplicantNotFound naming near matches."""
    t = schema.screenings
    wanted = " ".join(query.split())
    digits = "".join(ch for ch in wanted if ch.isdigit())
    match = [t.c.bundle_id == wanted, sa.func.lower(t.c.company_name) == wanted.lower()]
    if digits:
        match += [t.c.nib == digits, t.c.npwp == digits, t.c.nib == wanted, t.c.npwp == wanted]
    rows = register.run(lambda c: [dict(r._mapping) for r in c.execute(
        sa.select(*[t.c[n] for n in BRIEF]).where(sa.or_(*match)).order_by(t.c.id))])
    if rows:
        return rows
    raise ApplicantNotFound(_not_found(register, wanted))


BRIEF = ("id", "kind", "rescreen_of", "recorded_at", "bundle_id", "company_name", "nib", "npwp",
         "ruleset_id", "ruleset_version", "language", "overall", "report_sha256")


def _not_found(register: Register, query: str) -> str:
    from rapidfuzz import fuzz, process

    t = schema.screenings
    names: set[str] = set()
    for row in register.run(lambda c: c.execute(
            sa.select(t.c.bundle_id, t.c.company_name, t.c.nib, t.c.npwp).distinct()).all()):
        names.update(v for v in row if v)
    near = [name for name, score, _ in process.extract(
        query, sorted(names), scorer=fuzz.WRatio, limit=5, processor=str.lower) if score >= 60]
    text = f"no screening of {query!r} in the register"
    if near:
        text += "; near matches: " + ", ".join(repr(n) for n in near)
    return text


def history(register: Register, query: str) -> dict[str, Any]:
    screenings = find_applicant(register, query)
    decisions = register.decisions_of([s["id"] for s in screenings])
    return {"query": query, "screenings": screenings, "decisions": decisions}


# -- decide ----------------------------------------------------------------------------------

def load_decision(path: Path) -> tuple[dict[str, Any], str]:
    """A decision file validated against the shipped schema, and the SHA-256 of its bytes."""
    from jsonschema import Draft202012Validator

    from ..data import load_json

    try:
        if path.stat().st_size > DECISION_MAX_BYTES:
            raise DecisionRefused(f"{path}: larger than {DECISION_MAX_BYTES} bytes; not a decision file")
        raw = path.read_bytes()
    except OSError as exc:
        raise DecisionRefused(f"{path}: cannot read it ({exc.strerror})") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise DecisionRefused(f"{path}: not JSON ({exc})") from None
    validator = Draft202012Validator(load_json("decision.schema.json"),
                                     format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        lines = [f"{path}: {_field(e.absolute_path)}: {e.message}" for e in errors[:10]]
        raise DecisionRefused("\n".join(lines))
    return data, hashlib.sha256(raw).hexdigest()


def _field(parts) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(the whole file)"


def decide(register: Register, path: Path) -> dict[str, Any]:
    """Record a verifier's decision file against the screening whose report it names."""
    data, file_sha256 = load_decision(path)
    report_sha256 = data["report"]["report_sha256"]
    screening = register.screening_by_report(report_sha256)
    if screening is None:
        raise DecisionRefused(
            f"{path}: its report hash {report_sha256[:12]}... matches no screening in the register "
            "(the report was changed, or screened with --no-register or into another register)")
    if screening["bundle_id"] != data["report"]["bundle_id"]:
        raise DecisionRefused(f"{path}: names bundle {data['report']['bundle_id']!r} but its "
                              f"report is of {screening['bundle_id']!r}")
    known = {item["id"] for item in screening["report"].get("criteria", [])}
    unknown = [c["id"] for c in data["criteria"] if c["id"] not in known]
    if unknown:
        raise DecisionRefused(f"{path}: criteria not in its report: {', '.join(unknown)}")

    def write(conn) -> int:
        d = schema.decisions
        exists = conn.execute(sa.select(d.c.id).where(d.c.screening_id == screening["id"],
                                                      d.c.file_sha256 == file_sha256)).first()
        if exists is not None:
            raise DecisionRefused(f"{path}: this decision is recorded already (decision {exists.id})")
        decision_id = conn.execute(d.insert().values(
            screening_id=screening["id"], verifier=data["verifier"]["name"],
            decided_at=data["decided_at"], recorded_at=now(), overall=data["overall"],
            note=data.get("note") or None, file_sha256=file_sha256)).inserted_primary_key[0]
        rows = [{"decision_id": decision_id, "criterion_id": c["id"],
                 "screened_status": c["screened_status"], "agree": c["agree"],
                 "status": c["status"], "note": c.get("note") or None} for c in data["criteria"]]
        if rows:
            conn.execute(schema.decision_criteria.insert(), rows)
        return int(decision_id)

    decision_id = register.run(write)
    overrides = [c for c in data["criteria"] if not c["agree"]]
    return {"decision": decision_id, "screening": screening["id"], "bundle_id": screening["bundle_id"],
            "verifier": data["verifier"]["name"], "overall": data["overall"], "overrides": overrides}


# -- rescreen --------------------------------------------------------------------------------

def last_decisions(register: Register) -> dict[str, str]:
    """The overall of the newest decision of each bundle id."""
    d, t = schema.decisions, schema.screenings
    rows = register.run(lambda c: c.execute(
        sa.select(t.c.bundle_id, d.c.overall).join(t, t.c.id == d.c.screening_id)
        .order_by(d.c.id)).all())
    return {bundle: overall for bundle, overall in rows}


def rescreen(register: Register, *, ruleset: str, output_dir: Path, overall: str | None = None,
             decision: str | None = None, since: dt.date | None = None,
             formats: tuple[str, ...] = ("html", "md", "json")) -> list[dict[str, Any]]:
    """The newest screening of each applicant (filtered) evaluated again under `ruleset` from
    its stored fact sheet, and recorded as a re-evaluation of it; those whose overall status
    changes get new reports in `output_dir`. Returns one row per change, and the number of
    screenings evaluated again."""
    from ..batch import Options, write_data
    from ..pipeline import rescreen_data
    from ..report import safe_stem
    from ..report.render import render, report_sha256
    from .recording import Recorder

    decided = last_decisions(register)
    changes = []
    evaluated = 0
    for old in register.latest_per_bundle():
        if overall and old["overall"] != overall:
            continue
        if decision and decided.get(old["bundle_id"]) != decision:
            continue
        if since and old["recorded_at"][:10] < since.isoformat():
            continue
        if not old.get("sheet"):
            continue  # a bundle that could not be screened has no facts to evaluate again
        mask = True  # re-evaluated reports always mask NIKs
        new = rescreen_data(old["sheet"], old["report"], ruleset=ruleset, language=old["language"],
                            mask=mask)
        options = Options(ruleset, formats, output_dir, old["language"], mask)
        new["sheet"] = old["sheet"]
        recorder = Recorder(register, kind="rescreen", rescreen_of=old["id"])
        evaluated += 1
        if new["overall"] == old["overall"]:  # recorded, so the register holds it, no files
            recorder(new, options, "", report_sha256=report_sha256(render(
                {k: v for k, v in new.items() if k != "sheet"}, "json")))
            continue
        write_data(new, options)
        screening = recorder(new, options, safe_stem(new["bundle"]["id"]))
        was = {c["id"]: c["status"] for c in old["report"].get("criteria", [])}
        changes.append({
            "bundle_id": old["bundle_id"], "company_name": old["company_name"] or "",
            "from_screening": old["id"], "screening": screening,
            "from_ruleset": old["ruleset_id"], "ruleset": new["ruleset"]["id"],
            "from": old["overall"], "to": new["overall"], "decision": decided.get(old["bundle_id"], ""),
            "criteria": [f"{c['id']}: {was.get(c['id'])} -> {c['status']}"
                         for c in new["criteria"] if was.get(c["id"]) != c["status"]],
        })
    return changes, evaluated


CHANGE_COLUMNS = ("bundle_id", "company_name", "from_screening", "screening", "from_ruleset",
                  "ruleset", "from", "to", "decision", "criteria")


def changes_csv(changes: list[dict[str, Any]]) -> str:
    from ..report.csvsafe import safe_row

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CHANGE_COLUMNS)
    for change in changes:
        writer.writerow(safe_row([("; ".join(change[c]) if c == "criteria" else change[c])
                                  for c in CHANGE_COLUMNS]))
    return out.getvalue()


# -- diff ------------------------------------------------------------------------------------

def screening_data(register: Register, screening_id: int) -> dict[str, Any]:
    row = register.screening(screening_id)
    if row is None:
        raise ApplicantNotFound(f"no screening {screening_id} in the register")
    return row["report"]


# -- export ----------------------------------------------------------------------------------

EXPORT_COLUMNS = ("screening", "kind", "rescreen_of", "recorded_at", "bundle_id", "company_name",
                  "nib", "npwp", "ruleset_id", "ruleset_version", "tool_version", "language",
                  "overall", "decision", "verifier", "report_sha256")


def export_rows(register: Register, *, everything: bool = False) -> list[dict[str, Any]]:
    """One row per screening (the newest per applicant unless `everything`), with criteria
    statuses and the newest decision on it."""
    rows = register.all_full() if everything else register.latest_per_bundle()
    decisions = {d["screening_id"]: d for d in register.decisions_of([r["id"] for r in rows])}
    out = []
    for r in rows:
        d = decisions.get(r["id"])
        item = {"screening": r["id"], **{k: r[k] for k in EXPORT_COLUMNS[1:13]},
                "decision": d["overall"] if d else "", "verifier": d["verifier"] if d else "",
                "report_sha256": r["report_sha256"]}
        for c in r["report"].get("criteria", []):
            item[f"criterion:{c['id']}"] = c["status"]
        out.append(item)
    return out


def export_csv(rows: list[dict[str, Any]]) -> str:
    from ..report.csvsafe import safe_row

    columns = list(EXPORT_COLUMNS)
    for row in rows:
        columns += [k for k in row if k not in columns]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(safe_row(["" if row.get(c) is None else row.get(c) for c in columns]))
    return out.getvalue()
