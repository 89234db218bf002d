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


@cache
def load_json(name: str) -> Any:
    return json.loads(data_path(name).read_text(encoding="utf-8"))


def load_validated(text: str, source: str, schema: str) -> Any:
    """YAML text checked against one of our JSON Schemas; every problem names the file, the
    line and the field (`criteria[2].params.threshold`), as a verifier editing it needs."""
    from jsonschema import Draft202012Validator

    loader = yaml.SafeLoader(text)  # one parse: the nodes give the lines, the data is built from them
    try:
        tree = loader.get_single_node()
        raw = loader.construct_document(tree) if tree is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise InvalidDataFile(f"{source}{where}: {getattr(exc, 'problem', None) or exc}") from exc
    validator = Draft202012Validator(load_json(schema))
    found = sorted(((_path(e), e) for e in validator.iter_errors(raw)),
                   key=lambda pe: (_line(tree, pe[0]), list(map(str, pe[0]))))
    if found:
        lines = [f"{source} line {_line(tree, path)}: {_field(path)}: {_message(e)}" for path, e in found[:8]]
        more = f"\n({len(found) - 8} more)" if len(found) > 8 else ""
        raise InvalidDataFile("\n".join(lines) + more)
    return raw


def _path(error) -> list:
    """Where the error is; an unknown field is where that field is written."""
    path = list(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        extra = sorted(k for k in error.instance if k not in known)
        if extra:
            path.append(extra[0])
    return path


def _line(node: Any, path) -> int:
    """The line of the YAML node at `path` (the deepest one that exists)."""
    line = node.start_mark.line + 1 if node is not None else 1
    for key in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def _field(path) -> str:
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else str(key))
    return out or "top level"


def _message(error) -> str:
    if error.validator == "additionalProperties":
        return error.message.replace("Additional properties are not allowed", "unknown field")
    if error.validator in ("oneOf", "anyOf") and error.schema.get("description"):
        return f"{error.instance!r} is not {error.schema['description']}"
    if error.validator in ("oneOf", "anyOf") and error.context:
        return "; ".join(sorted({c.message for c in error.context}))
    return error.message
