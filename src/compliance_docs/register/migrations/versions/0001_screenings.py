"""Screenings with their documents, results and facts; verifiers' decisions.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "screenings",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("rescreen_of", sa.Integer, sa.ForeignKey("screenings.id"), nullable=True),
        sa.Column("recorded_at", sa.String(40), nullable=False),
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
        sa.Column("report", sa.JSON, nullable=False),
        sa.Column("sheet", sa.JSON, nullable=True),
    )
    for column in ("bundle_id", "nib", "npwp", "report_sha256", "bundle_sha256"):
        op.create_index(f"ix_screenings_{column}", "screenings", [column])
    op.create_table(
        "screening_documents",
        sa.Column("screening_id", sa.Integer,
                  sa.ForeignKey("screenings.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
    )
    op.create_table(
        "screening_results",
        sa.Column("screening_id", sa.Integer,
                  sa.ForeignKey("screenings.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("item_id", sa.String(60), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reason_codes", sa.JSON, nullable=False),
    )
    op.create_table(
        "screening_facts",
        sa.Column("screening_id", sa.Integer,
                  sa.ForeignKey("screenings.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("value", sa.JSON, nullable=True),
        sa.Column("confidence", sa.Float, nullable=True),
        sa.Column("evidence", sa.JSON, nullable=False),
    )
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("screening_id", sa.Integer, sa.ForeignKey("screenings.id"), nullable=False),
        sa.Column("verifier", sa.Text, nullable=False),
        sa.Column("decided_at", sa.String(40), nullable=False),
        sa.Column("recorded_at", sa.String(40), nullable=False),
        sa.Column("overall", sa.String(30), nullable=False),
        sa.Column("note", sa.Text, nullable=True),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.UniqueConstraint("screening_id", "file_sha256", name="uq_decisions_file"),
    )
    op.create_index("ix_decisions_screening_id", "decisions", ["screening_id"])
    op.create_table(
        "decision_criteria",
        sa.Column("decision_id", sa.Integer,
                  sa.ForeignKey("decisions.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("criterion_id", sa.String(60), primary_key=True),
        sa.Column("screened_status", sa.String(20), nullable=False),
        sa.Column("agree", sa.Boolean, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("note", sa.Text, nullable=True),
    )


def downgrade() -> None:
    for table in ("decision_criteria", "decisions", "screening_facts", "screening_results",
                  "screening_documents", "screenings"):
        op.drop_table(table)
