"""An intake folder: the applicants' bundles in it (kept apart from batch.py, which brings the
readers and the report templates, so that listing them costs nothing)."""

from __future__ import annotations

from pathlib import Path

from .errors import BundleNotFound


def bundles_in(intake: Path) -> list[Path]:
    """Each folder or .zip directly inside the intake folder is one applicant's bundle."""
    if not intake.is_dir():
        raise BundleNotFound(f"{intake}: no such intake folder")
    return sorted(
        p for p in intake.iterdir()
        if not p.name.startswith(".") and not p.is_symlink() and (p.is_dir() or p.suffix.lower() == ".zip")
    )
