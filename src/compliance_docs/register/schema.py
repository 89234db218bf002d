"""The register's tables (SQLAlchemy Core), at the newest revision: a new register is built
from them, and migrations/versions upgrade an older one to them (a test keeps the two equal)."""

from __future__ import annotations

import sqlalchemy as sa

# the newest migration: a register at this revision needs no upgrade (checked without Alembic)
SCHEMA_REVISION = "0001"

metadata = sa.MetaData()

screenings = sa.Table(
    "screenings", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(16), nullable=False),  # screen, batch or rescreen
    sa.Column("rescreen_of", sa.Integer, sa.ForeignKey("screenings.id"), nullable=True),
    sa.Column("recorded_at", sa.String(40), nullable=False),  # ISO 8601, UTC
    sa.Column("bundle_id", sa.String(500), nullable=False),
    sa.Column("bundle_path", sa.Text, nullable=False),
    sa.Column("bundle_sha256", sa.String(64), nullable=False),
    sa.Column("company_name", sa.Text, nullable=True),
    sa.Column("nib", sa.String(32), nullable=True),
    sa.Column("npwp", sa.String(32), nullable=True),
    sa.Column("ruleset_id", sa.String(200), nullable=False),
    sa.Column("ruleset_version", sa.String(100), nullable=False),
    sa.Column("ruleset_sha256", sa.String(64), nullable=False),
    sa.Column("tool_version", sa.String(50), nullable=False),
    sa.Column("language", sa.String(8), nullable=False),
    sa.Column("overall", sa.String(20), nullable=False),
    sa.Column("report_sha256", sa.String(64), nullable=False),
    sa.Column("report", sa.JSON, nullable=False),  # the report data as written, without the sheet
    sa.Column("sheet", sa.JSON, nullable=True),  # what evaluation needs, for `rescreen`
    sa.Index("ix_screenings_bundle_id", "bundle_id"),
    sa.Index("ix_screenings_nib", "nib"),
    sa.Index("ix_screenings_npwp", "npwp"),
    sa.Index("ix_screenings_report_sha256", "report_sha256"),
    sa.Index("ix_screenings_bundle_sha256", "bundle_sha256"),
)

documents = sa.Table(
    "screening_documents", metadata,
    sa.Column("screening_id", sa.Integer, sa.ForeignKey("screenings.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("type", sa.String(40), nullable=False),
)

results = sa.Table(
    "screening_results", metadata,
    sa.Column("screening_id", sa.Integer, sa.ForeignKey("screenings.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(10), nullable=False),  # criterion or check
    sa.Column("item_id", sa.String(60), nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("reason_codes", sa.JSON, nullable=False),
)

facts = sa.Table(
    "screening_facts", metadata,
    sa.Column("screening_id", sa.Integer, sa.ForeignKey("screenings.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(60), nullable=False),
    sa.Column("value", sa.JSON, nullable=True),
    sa.Column("confidence", sa.Float, nullable=True),
    sa.Column("evidence", sa.JSON, nullable=False),
)

decisions = sa.Table(
    "decisions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("screening_id", sa.Integer, sa.ForeignKey("screenings.id"), nullable=False),
    sa.Column("verifier", sa.Text, nullable=False),
    sa.Column("decided_at", sa.String(40), nullable=False),
    sa.Column("recorded_at", sa.String(40), nullable=False),
    sa.Column("overall", sa.String(30), nullable=False),  # admit, reject, ask_for_completion
    sa.Column("note", sa.Text, nullable=True),
    sa.Column("file_sha256", sa.String(64), nullable=False),
    sa.UniqueConstraint("screening_id", "file_sha256", name="uq_decisions_file"),
    sa.Index("ix_decisions_screening_id", "screening_id"),
)

decision_criteria = sa.Table(
    "decision_criteria", metadata,
    sa.Column("decision_id", sa.Integer, sa.ForeignKey("decisions.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("criterion_id", sa.String(60), primary_key=True),
    sa.Column("screened_status", sa.String(20), nullable=False),
    sa.Column("agree", sa.Boolean, nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("note", sa.Text, nullable=True),
)
