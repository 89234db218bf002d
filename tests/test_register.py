"""The register of screenings: a batch over the samples recorded once per bundle, an
applicant's history, re-evaluation under Permenko 3/2020 from the stored facts, a verifier's
decision imported (and a tampered one refused), diffs and exports."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from compliance_docs.register import Register
from compliance_docs.register.operations import export_csv

from helpers import cli as run

ROOT = Path(__file__).resolve().parents[1]
BUMD = "pt-borneo-cakap-digital-perseroda"


def screenings(register: Path) -> list[dict]:
    with Register.open(str(register)) as reg:
        return reg.all_full()


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """A register filled by `batch samples` under the default ruleset, and its reports."""
    base = tmp_path_factory.mktemp("filled")
    run("batch", str(ROOT / "samples"), "--output-dir", str(base / "reports"), "--quiet",
        "--jobs", "2", "--register", str(base / "register.sqlite3"))
    return base


@pytest.fixture
def register(filled, tmp_path) -> Path:
    """A copy of the filled register for one test to change."""
    shutil.copy(filled / "register.sqlite3", tmp_path / "register.sqlite3")
    return tmp_path / "register.sqlite3"


def test_a_batch_records_each_bundle_once_and_an_unchanged_rerun_adds_nothing(filled, register):
    rows = screenings(register)
    bundles = sorted(p.name.removesuffix(".zip") for p in (ROOT / "samples").iterdir()
                     if p.is_dir() or p.suffix == ".zip")
    assert sorted(r["bundle_id"] for r in rows) == bundles
    bumd = next(r for r in rows if r["bundle_id"] == BUMD)
    assert bumd["company_name"] == "PT Borneo Cakap Digital (Perseroda)"
    assert bumd["nib"] == "1210210034871" and bumd["ruleset_id"] == "permenko-11-2020"
    on_disk = (filled / "reports" / f"{BUMD}.json").read_bytes()
    assert bumd["report_sha256"] == hashlib.sha256(on_disk).hexdigest()
    assert bumd["sheet"]["facts"] and bumd["kind"] == "batch"
    with Register.open(str(register)) as reg:
        documents = reg.run(lambda c: c.exec_driver_sql(
            "SELECT count(*) FROM screening_documents WHERE screening_id = ?", (bumd["id"],)).scalar())
    assert documents == len(bumd["report"]["documents"]) > 0

    out = run("batch", str(ROOT / "samples"), "--output-dir", str(filled / "reports"), "--quiet",
              "--register", str(register))
    assert "0 screened" in out
    assert len(screenings(register)) == len(rows)


def test_no_register_records_nothing(tmp_path):
    run("screen", str(ROOT / "samples" / BUMD), "--output-dir", str(tmp_path / "r"),
        "--register", str(tmp_path / "reg.sqlite3"), "--no-register")
    assert not (tmp_path / "reg.sqlite3").exists()
    run("screen", str(ROOT / "samples" / BUMD), "--output-dir", str(tmp_path / "r"),
        "--register", str(tmp_path / "reg.sqlite3"))
    assert [r["kind"] for r in screenings(tmp_path / "reg.sqlite3")] == ["screen"]


def test_history_finds_an_applicant_by_nib_npwp_bundle_or_name_and_lists_near_matches(register):
    for who in ("1210210034871", "415593028722000", BUMD, "pt borneo cakap digital (perseroda)"):
        found = json.loads(run("history", who, "--json", "--register", str(register)))
        assert [s["bundle_id"] for s in found["screenings"]] == [BUMD], who
    table = run("history", BUMD, "--register", str(register))
    assert "permenko-11-2020" in table and "not_met" in table
    out = run("history", "Borneo Cakap", "--register", str(register), code=2)
    assert "no screening of 'Borneo Cakap'" in out
    assert "near matches: 'PT Borneo Cakap Digital (Perseroda)'" in out


def test_rescreen_under_permenko_3_2020_lists_the_bumd_and_records_re_evaluations(register, tmp_path):
    out = run("rescreen", "--ruleset", "permenko-3-2020", "--output-dir", str(tmp_path / "p3"),
              "--register", str(register))
    assert f"{BUMD}: not_met -> met" in out
    assert "legal_entity: not_met -> met" in out
    new = json.loads((tmp_path / "p3" / f"{BUMD}.json").read_text(encoding="utf-8"))
    assert new["ruleset"]["id"] == "permenko-3-2020" and new["overall"] == "met"
    changes = list(csv.DictReader(io.StringIO((tmp_path / "p3" / "changes.csv").read_text())))
    assert {"bundle_id": BUMD, "from": "not_met", "to": "met"}.items() <= changes[0].items() \
        or any(c["bundle_id"] == BUMD and c["to"] == "met" for c in changes)
    again = [r for r in screenings(register) if r["kind"] == "rescreen"]
    assert len(again) == len([r for r in screenings(register) if r["kind"] == "batch"]) > len(changes)
    bumd = next(r for r in again if r["bundle_id"] == BUMD)
    old = next(r for r in screenings(register) if r["id"] == bumd["rescreen_of"])
    assert old["bundle_id"] == BUMD and old["ruleset_id"] == "permenko-11-2020"
    assert bumd["report_sha256"] == hashlib.sha256(
        (tmp_path / "p3" / f"{BUMD}.json").read_bytes()).hexdigest()
    # the re-evaluation is now the newest: under the same ruleset nothing changes again
    out = run("rescreen", "--ruleset", "permenko-3-2020", "--output-dir", str(tmp_path / "p3b"),
              "--register", str(register))
    assert out.strip().endswith("0 applicant(s) change overall status; changes: "
                                + str(tmp_path / "p3b" / "changes.csv"))
    diff = run("diff", str(old["id"]), str(bumd["id"]), "--register", str(register))
    assert "overall: not_met -> met" in diff and "legal_entity: not_met -> met" in diff


def _exported_decision(filled: Path, overall: str = "admit") -> dict:
    """What the HTML report's decision panel exports for the BUMD sample's report."""
    html = (filled / "reports" / f"{BUMD}.html").read_text(encoding="utf-8")
    block = json.loads(re.search(r'<script type="application/json" id="decision-data">(.*?)</script>',
                                 html, re.S)[1])
    return {"schema": "compliance-docs/decision/1", "report": {
                "bundle_id": block["report"]["bundle_id"],
                "report_sha256": block["report"]["report_sha256"],
                "ruleset": {"id": block["report"]["ruleset"]["id"],
                            "version": str(block["report"]["ruleset"].get("version", ""))},
                "tool_version": block["report"]["tool_version"]},
            "verifier": {"name": "Siti Aminah"}, "decided_at": "2026-12-07T03:15:00.000Z",
            "overall": overall, "note": "BUMD berbentuk perseroda; diterima.",
            "criteria": [{"id": "legal_entity", "screened_status": "not_met", "agree": False,
                          "status": "met", "note": "Perseroda adalah perseroan terbatas."}]}


def test_decide_records_a_decision_exported_from_the_report_and_refuses_a_tampered_one(
        filled, register, tmp_path):
    decision = _exported_decision(filled)
    path = tmp_path / f"{BUMD}.decision.json"
    path.write_text(json.dumps(decision), encoding="utf-8")
    out = run("decide", str(path), "--register", str(register))
    assert f"recorded for {BUMD}" in out and "admit by Siti Aminah" in out
    assert "override legal_entity: not_met -> met" in out
    found = json.loads(run("history", BUMD, "--json", "--register", str(register)))
    [recorded] = found["decisions"]
    assert recorded["verifier"] == "Siti Aminah" and recorded["overall"] == "admit"
    assert recorded["criteria"][0]["criterion_id"] == "legal_entity"
    assert "already" in run("decide", str(path), "--register", str(register), code=2)

    tampered = json.loads(json.dumps(decision))
    digest = tampered["report"]["report_sha256"]
    tampered["report"]["report_sha256"] = ("0" if digest[0] != "0" else "1") + digest[1:]
    path.write_text(json.dumps(tampered), encoding="utf-8")
    assert "matches no screening in the register" in run("decide", str(path), "--register",
                                                         str(register), code=2)
    broken = json.loads(json.dumps(decision))
    broken["overall"] = "maybe"
    broken["criteria"][0]["agree"] = "no"
    path.write_text(json.dumps(broken), encoding="utf-8")
    out = run("decide", str(path), "--register", str(register), code=2)
    assert "overall: 'maybe' is not one of" in out and "criteria[0].agree:" in out
    # rescreen --decision admit takes the admitted applicant only
    out = run("rescreen", "--ruleset", "permenko-3-2020", "--decision", "admit", "--output-dir",
              str(tmp_path / "admitted"), "--register", str(register))
    assert f"{BUMD}: not_met -> met" in out and "1 applicant(s)" in out


def test_export_gives_the_newest_screening_per_applicant_or_all(register, tmp_path):
    run("rescreen", "--ruleset", "permenko-3-2020", "--output-dir", str(tmp_path / "p3"),
        "--register", str(register))
    latest = list(csv.DictReader(io.StringIO(run("export", "--register", str(register)))))
    everything = json.loads(run("export", "--all", "--format", "json", "--register", str(register)))
    assert len(latest) == len({r["bundle_id"] for r in everything}) < len(everything)
    bumd = next(r for r in latest if r["bundle_id"] == BUMD)
    assert bumd["kind"] == "rescreen" and bumd["overall"] == "met"
    assert bumd["criterion:legal_entity"] == "met"


def test_export_csv_cells_cannot_run_as_formulas():
    text = export_csv([{"screening": 1, "company_name": "=HYPERLINK(\"http://x\",\"klik\")",
                        "bundle_id": "@SUM(A1)", "overall": "met"}])
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["company_name"].startswith("'=") and row["bundle_id"] == "'@SUM(A1)"


def test_a_bad_register_location_is_one_clear_line(tmp_path):
    out = run("history", "x", "--register", str(tmp_path), code=2)
    assert "is a folder" in out
    out = run("export", "--register", "nosuchdb://nowhere", code=2)
    assert out.startswith("Error: register nosuchdb://nowhere")


def test_the_schema_is_built_by_the_shipped_migrations(tmp_path):
    with Register.open(str(tmp_path / "new.sqlite3")) as reg:
        assert reg.revision() == "0001"
        with reg.engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names())
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    assert {"screenings", "screening_documents", "screening_results", "screening_facts",
            "decisions", "decision_criteria", "alembic_version"} <= tables
    assert mode == "wal"


def _schema_of(location: Path) -> dict:
    """Every table's columns, keys, indexes and constraints, as SQLite reports them."""
    engine = sa.create_engine(f"sqlite:///{location}")
    with engine.connect() as conn:
        found = {"sql": sorted(conn.exec_driver_sql(
                     "SELECT type, name, tbl_name FROM sqlite_master").all()),
                 "version": conn.exec_driver_sql("SELECT * FROM alembic_version").all()}
        inspector = sa.inspect(conn)
        for table in inspector.get_table_names():
            found[table] = {
                "columns": [(c["name"], str(c["type"]), c["nullable"], c.get("default"))
                            for c in inspector.get_columns(table)],
                "pk": inspector.get_pk_constraint(table),
                "fks": sorted(inspector.get_foreign_keys(table), key=repr),
                "indexes": sorted(inspector.get_indexes(table), key=repr),
                "unique": sorted(inspector.get_unique_constraints(table), key=repr),
            }
    engine.dispose()
    return found


def test_a_new_register_has_the_schema_the_migrations_build(tmp_path):
    """A new register gets the newest schema at once; it must be the one the shipped
    migrations build from nothing, table by table, and stamped with the same revision."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from compliance_docs.register import schema
    from compliance_docs.register.store import upgrade_schema

    with Register.open(str(tmp_path / "new.sqlite3")):
        pass
    migrated = sa.create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite3'}")
    with migrated.begin() as conn:
        upgrade_schema(conn)
    with migrated.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), schema.metadata) == []
    migrated.dispose()
    built = _schema_of(tmp_path / "new.sqlite3")
    assert built["version"] == [("0001",)]
    assert {"screenings", "screening_facts", "decisions"} <= set(built)
    assert built == _schema_of(tmp_path / "migrated.sqlite3")


def test_a_register_with_other_tables_is_migrated_beside_them(tmp_path):
    location = tmp_path / "shared.sqlite3"
    engine = sa.create_engine(f"sqlite:///{location}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE intake_notes (note TEXT)")
        conn.exec_driver_sql("INSERT INTO intake_notes VALUES ('kept')")
    engine.dispose()
    with Register.open(str(location)) as reg:
        assert reg.revision() == "0001"
        with reg.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT note FROM intake_notes").scalar() == "kept"
            assert "screenings" in sa.inspect(conn).get_table_names()
