"""compliance-docs: screen Kartu Prakerja digital-platform applicant bundles."""

from __future__ import annotations

from typing import Any

# the one place the version is written (pyproject.toml reads it): importlib.metadata would
# cost every start-up ~50 ms
__version__ = "0.1.0"

__all__ = ["__version__", "screen_bundle", "screen_documents", "screen_path"]


def __getattr__(name: str) -> Any:
    # Imported on first use so that `compliance-docs --help` does not pay for spaCy.
    if name in ("screen_bundle", "screen_documents", "screen_path"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
