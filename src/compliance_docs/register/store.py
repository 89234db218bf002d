"""The register: one database (SQLite file or a server URL) of screenings and decisions.

Only the process that writes reports writes here (the batch parent, never a worker), one
transaction per screening. SQLite runs in WAL mode with a busy timeout and takes the write lock
when a transaction begins, so two batches sharing one register wait for each other instead of
failing; the schema is versioned and migrated with Alembic when the register is opened
(a new register is built at the newest revision directly).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from ..errors import RegisterError
from . import schema
from .schema import SCHEMA_REVISION

BUSY_TIMEOUT_S = 60
_LOCK_KEY = 0x636F6D70  # PostgreSQL advisory lock held while migrating ("comp")


def database_url(location: str) -> sa.engine.URL:
    """A database URL as given, or a file path for an SQLite register."""
    if "://" in location:
        try:
            url = sa.engine.make_url(location)
        except sa.exc.ArgumentError as exc:
            raise RegisterError(f"register {location!r}: not a database URL ({exc})") from None
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    path = Path(location).expanduser()
    if path.is_dir():
        raise RegisterError(f"register {path}: is a folder; give a file path or a database URL")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RegisterError(f"register {path}: cannot create its folder ({exc.strerror})") from None
    return sa.engine.URL.create("sqlite", database=str(path.resolve()))


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _sqlite_engine(url: sa.engine.URL) -> sa.Engine:
    engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        # the write lock at the start: a transaction that read first and then wants to write
        # could otherwise fail at once (SQLITE_BUSY) instead of waiting its turn
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def create_newest_schema(conn: sa.Connection) -> None:
    """The tables of the newest revision in an empty database, and that revision stamped in
    Alembic's version table (as `alembic stamp head` writes it)."""
    schema.metadata.create_all(conn)
    version = sa.Table("alembic_version", sa.MetaData(),
                       sa.Column("version_num", sa.String(32), nullable=False),
                       sa.PrimaryKeyConstraint("version_num", name="alembic_version_pkc"))
    version.create(conn)
    conn.execute(version.insert().values(version_num=SCHEMA_REVISION))


def upgrade_schema(conn: sa.Connection) -> None:
    """Alembic's migrations from the database's revision to the newest one."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


class Register:
    """Screenings and decisions in one database."""

    def __init__(self, engine: sa.Engine, location: str):
        self.engine = engine
        self.location = location

    @classmethod
    def open(cls, location: str) -> Register:
        url = database_url(location)
        try:
            engine = _sqlite_engine(url) if url.get_backend_name() == "sqlite" else sa.create_engine(url)
        except (sa.exc.ArgumentError, ImportError) as exc:
            raise RegisterError(f"register {location}: {exc}") from None
        register = cls(engine, location)
        try:
            register.migrate()
        except sa.exc.SQLAlchemyError as exc:
            engine.dispose()
            raise RegisterError(f"register {location}: cannot open it ({_short(exc)})") from None
        return register

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not sa.inspect(conn).has_table("alembic_version"):
                return None
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()

    def migrate(self) -> None:
        """Bring the schema to the newest revision (nothing to do, usually).

        A database without any table gets the newest schema at once, stamped with its
        revision, as Alembic's cookbook builds an up-to-date database from scratch: running
        every migration would cost a new register the import of Alembic, about 0.15 s of a
        `screen`. tests/test_register.py holds the two ways to the same schema."""
        if self.revision() == SCHEMA_REVISION:
            return
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
            # asked again under the write lock: another process may have just built it
            if not sa.inspect(conn).get_table_names():
                create_newest_schema(conn)
            else:
                upgrade_schema(conn)

    def transaction(self):
        return self.engine.begin()

    def run(self, fn, *args, **kwargs):
        """Call fn(connection, ...) in one transaction; database trouble becomes RegisterError."""
        try:
            with self.engine.begin() as conn:
                return fn(conn, *args, **kwargs)
        except sa.exc.SQLAlchemyError as exc:
            raise RegisterError(f"register {self.location}: {_short(exc)}") from None

    # -- writing ---------------------------------------------------------------------------

    def record(self, data: dict[str, Any], *, report_sha256: str, ruleset_sha256: str,
               ruleset_version: str, kind: str, sheet: dict[str, Any] | None = None,
               rescreen_of: int | None = None) -> int:
        """Record one screening, its documents, results and facts in one transaction."""
        return self.run(_insert_screening, data, report_sha256=report_sha256,
                        ruleset_sha256=ruleset_sha256, ruleset_version=ruleset_version,
                        kind=kind, sheet=sheet, rescreen_of=rescreen_of)

    # -- reading ---------------------------------------------------------------------------

    def has_report(self, report_sha256: str) -> bool:
        t = schema.screenings
        return self.run(lambda c: c.execute(
            sa.select(t.c.id).where(t.c.report_sha256 == report_sha256).limit(1)).first()
            is not None)

    def screening(self, screening_id: int) -> dict[str, Any] | None:
        t = schema.screenings
        return self.run(lambda c: _one(c, sa.select(t).where(t.c.id == screening_id)))

    def screening_by_report(self, report_sha256: str) -> dict[str, Any] | None:
        t = schema.screenings
        return self.run(lambda c: _one(c, sa.select(t).where(t.c.report_sha256 == report_sha256)
                                       .order_by(t.c.id.desc()).limit(1)))

    def screening_by_bundle_hash(self, bundle_sha256: str) -> dict[str, Any] | None:
        t = schema.screenings
        return self.run(lambda c: _one(c, sa.select(t).where(t.c.bundle_sha256 == bundle_sha256)
                                       .order_by(t.c.id.desc()).limit(1)))

    def same_applicant(self, *, bundle_id: str, nib: str | None, npwp: str | None,
                       brief: bool = True) -> list[dict[str, Any]]:
        """Screenings of the applicant with this bundle id, NIB or NPWP, oldest first."""
        t = schema.screenings
        match = [t.c.bundle_id == bundle_id]
        if nib:
            match.append(t.c.nib == nib)
        if npwp:
            match.append(t.c.npwp == npwp)
        columns = _brief_columns() if brief else [t]
        return self.run(lambda c: [dict(r._mapping) for r in c.execute(
            sa.select(*columns).where(sa.or_(*match)).order_by(t.c.id))])

    def decisions_of(self, screening_ids: list[int]) -> list[dict[str, Any]]:
        """Decisions on these screenings, oldest first, each with its per-criterion entries."""
        if not screening_ids:
            return []
        d, dc = schema.decisions, schema.decision_criteria

        def read(conn) -> list[dict[str, Any]]:
            rows = [dict(r._mapping) for r in conn.execute(
                sa.select(d).where(d.c.screening_id.in_(screening_ids)).order_by(d.c.id))]
            entries: dict[int, list[dict[str, Any]]] = {}
            if rows:
                for e in conn.execute(sa.select(dc).where(dc.c.decision_id.in_([r["id"] for r in rows]))
                                      .order_by(dc.c.decision_id, dc.c.criterion_id)):
                    entries.setdefault(e.decision_id, []).append(
                        {k: v for k, v in e._mapping.items() if k != "decision_id"})
            for row in rows:
                row["criteria"] = entries.get(row["id"], [])
            return rows

        return self.run(read)

    def latest_decisions(self) -> dict[str, dict[str, Any]]:
        """The newest decision on each bundle id: {overall, verifier, decided_at,
        report_sha256 (of the screening decided on)}."""
        d, t = schema.decisions, schema.screenings
        rows = self.run(lambda c: c.execute(
            sa.select(t.c.bundle_id, d.c.overall, d.c.verifier, d.c.decided_at, t.c.report_sha256)
            .join(t, t.c.id == d.c.screening_id).order_by(d.c.id)).all())
        return {r.bundle_id: {"overall": r.overall, "verifier": r.verifier,
                              "decided_at": r.decided_at, "report_sha256": r.report_sha256}
                for r in rows}

    def all_brief(self) -> list[dict[str, Any]]:
        t = schema.screenings
        return self.run(lambda c: [dict(r._mapping) for r in c.execute(
            sa.select(*_brief_columns()).order_by(t.c.id))])

    def all_full(self) -> list[dict[str, Any]]:
        t = schema.screenings
        return self.run(lambda c: [dict(r._mapping) for r in c.execute(sa.select(t).order_by(t.c.id))])

    def latest_per_bundle(self) -> list[dict[str, Any]]:
        """The newest screening of each bundle id (full rows), in bundle id order."""
        t = schema.screenings
        newest = sa.select(sa.func.max(t.c.id)).group_by(t.c.bundle_id).scalar_subquery()
        return self.run(lambda c: [dict(r._mapping) for r in c.execute(
            sa.select(t).where(t.c.id.in_(newest)).order_by(t.c.bundle_id, t.c.id))])

    def results_of(self, screening_ids: list[int]) -> dict[int, dict[str, str]]:
        """Status of every criterion and check, per screening."""
        r = schema.results
        if not screening_ids:
            return {}

        def read(conn) -> dict[int, dict[str, str]]:
            out: dict[int, dict[str, str]] = {}
            for row in conn.execute(sa.select(r.c.screening_id, r.c.item_id, r.c.status)
                                    .where(r.c.screening_id.in_(screening_ids))
                                    .order_by(r.c.screening_id, r.c.position)):
                out.setdefault(row.screening_id, {})[row.item_id] = row.status
            return out

        return self.run(read)


BRIEF = ("id", "kind", "rescreen_of", "recorded_at", "bundle_id", "bundle_path", "bundle_sha256",
         "company_name", "nib", "npwp", "ruleset_id", "ruleset_version", "tool_version",
         "language", "overall", "report_sha256")


def _brief_columns():
    return [schema.screenings.c[name] for name in BRIEF]


def _one(conn, query) -> dict[str, Any] | None:
    row = conn.execute(query).first()
    return dict(row._mapping) if row is not None else None


def _short(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def fact_value(data: dict[str, Any], name: str) -> Any:
    for fact in data.get("facts", []):
        if fact.get("name") == name:
            return fact.get("value")
    return None


def fact_text(data: dict[str, Any], name: str) -> str | None:
    """A fact of the report as the register keeps it: text, or None when it was not found."""
    value = fact_value(data, name)
    return str(value) if value not in (None, "") else None


def _insert_screening(conn, data: dict[str, Any], *, report_sha256: str, ruleset_sha256: str,
                      ruleset_version: str, kind: str, sheet: dict[str, Any] | None,
                      rescreen_of: int | None) -> int:
    screening_id = conn.execute(schema.screenings.insert().values(
        kind=kind, rescreen_of=rescreen_of, recorded_at=now(),
        bundle_id=data["bundle"]["id"], bundle_path=str(data["bundle"].get("path", "")),
        bundle_sha256=data["bundle"].get("sha256", ""),
        company_name=fact_text(data, "company_name"), nib=fact_text(data, "nib"),
        npwp=fact_text(data, "npwp"),
        ruleset_id=data["ruleset"]["id"], ruleset_version=ruleset_version,
        ruleset_sha256=ruleset_sha256, tool_version=data["tool"]["version"],
        language=data.get("language", "id"), overall=data["overall"],
        report_sha256=report_sha256, report=data, sheet=sheet,
    )).inserted_primary_key[0]
    documents = [{"screening_id": screening_id, "position": i, "path": d["path"],
                  "sha256": d.get("sha256", ""), "type": d.get("type", "other")}
                 for i, d in enumerate(data.get("documents", []))]
    results = [{"screening_id": screening_id, "position": i, "kind": kind_, "item_id": item["id"],
                "status": item["status"], "reason_codes": item.get("reason_codes", [])}
               for i, (kind_, item) in enumerate(
                   [("criterion", c) for c in data.get("criteria", [])]
                   + [("check", c) for c in data.get("checks", [])])]
    facts = [{"screening_id": screening_id, "position": i, "name": f["name"], "value": f.get("value"),
              "confidence": f.get("confidence"), "evidence": f.get("evidence", [])}
             for i, f in enumerate(data.get("facts", []))]
    for table, rows in ((schema.documents, documents), (schema.results, results),
                        (schema.facts, facts)):
        if rows:
            conn.execute(table.insert(), rows)
    return int(screening_id)
