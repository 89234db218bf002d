"""Where the register is, worked out without opening it (and without importing SQLAlchemy)."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "COMPLIANCE_DOCS_REGISTER"


def default_location() -> Path:
    from platformdirs import user_data_path

    return user_data_path("compliance-docs", appauthor=False) / "register.sqlite3"


def resolve(option: str | None) -> str:
    """Where the register is: the option, else the environment variable, else the default."""
    return option or os.environ.get(ENV_VAR) or str(default_location())
