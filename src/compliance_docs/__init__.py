"""compliance-docs: screen Kartu Prakerja digital-platform applicant bundles."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Any

try:
    __version__ = version("compliance-docs")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

__all__ = ["__version__", "screen_bundle", "screen_documents", "screen_path"]


def __getattr__(name: str) -> Any:
    # Imported on first use so that `compliance-docs --help` does not pay for spaCy.
    if name in ("screen_bundle", "screen_documents", "screen_path"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
