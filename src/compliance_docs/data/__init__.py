"""Data files shipped with the package: patterns, rulesets, strings, schema."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from ..errors import InvalidDataFile


def data_path(name: str):
    return files(__package__).joinpath(name)


YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster


@cache
def load_yaml(name: str) -> Any:
    """A YAML data file; a syntax error names the file and line."""
    try:
        return yaml.load(data_path(name).read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise InvalidDataFile(f"{name}{where}: {exc}") from exc


def load_jsonl(name: str) -> list[dict[str, Any]]:
    rows = []
    text = data_path(name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InvalidDataFile(f"{name} line {number}: {exc.msg}") from exc
    return rows
