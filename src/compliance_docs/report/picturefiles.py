"""The pictures a Markdown report links, written as files beside it by the process that
writes the reports. Kept apart from pictures.py, which renders them where the bundle is
screened: writing them needs neither numpy nor Pillow."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

# facts the report shows as a table of their items (province -> users -> page), each pictured
LISTED_FACTS = ("provinces", "training_partners")


def _evidence(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every quote the report shows: the criteria's and checks' evidence, and each item of a
    listed fact (a criterion cites some of them; its table shows them all)."""
    listed = [e for f in data.get("facts", []) if f["name"] in LISTED_FACTS for e in f["evidence"]]
    return [e for item in data.get("criteria", []) + data.get("checks", []) for e in item["evidence"]] + listed


_PICTURE_ID = re.compile(r"[0-9a-f]{20}")


def picture_files(folder: Path, stem: str, data: dict[str, Any]) -> tuple[str, dict[str, bytes]]:
    """The folder (<stem>.pictures) and the files of the pictures the Markdown report links
    that are not in that folder inside `folder` yet (ids are content hashes: one there is kept)."""
    from .render import pictures_dir

    pictures = data.get("pictures") or {}
    wanted = sorted({e["picture"] for e in _evidence(data) if e.get("picture") in pictures})
    name = pictures_dir(stem)
    target = folder / name
    there = target.is_dir()  # a new report's folder is not: no picture to look for in it
    return name, {f"{key}.png": base64.b64decode(pictures[key]) for key in wanted
                  if _PICTURE_ID.fullmatch(key)  # an id names a file: never a path
                  and not (there and (target / f"{key}.png").is_file())}
