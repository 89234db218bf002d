"""What a batch leaves in its output folder so that a run over an unchanged intake answers at
once: every bundle, report, decision file and the register as they were when it ended.

A bundle is known by the size, modification time and inode of each of its files (as git's
index knows a work tree), a report file by its size and time. When all of them, the run's
settings (tool version, ruleset file, language, masking, formats, pictures, letters, limits)
and the register file are as the state says, nothing can have changed since: the run prints the
same summary without reading a bundle, a report or the register, and writes nothing. Any
difference, and the batch runs as usual (where each bundle is checked by its content hash).

Only the standard library is imported here: the point is to start fast.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from . import __version__

STATE = ".compliance-docs-batch.state"  # JSON, named so that no "*.json" glob takes it for a report
RULESETS = Path(__file__).parent / "data" / "rulesets"


def _stat(path: Path) -> list[int] | None:
    try:
        st = os.stat(path, follow_symlinks=False)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def bundle_signature(path: Path) -> str | None:
    """Size, time and inode of the bundle's files (a folder walked, links not followed)."""
    entries: list[str] = []
    try:
        if not path.is_dir():
            st = os.stat(path, follow_symlinks=False)
            entries.append(f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}")
        else:
            _walk(str(path), "", entries)
    except OSError:
        return None
    return hashlib.sha256("\n".join(entries).encode("utf-8", "surrogateescape")).hexdigest()


def _walk(folder: str, prefix: str, entries: list[str]) -> None:
    with os.scandir(folder) as found:
        items = sorted(found, key=lambda e: e.name)
    for entry in items:
        st = entry.stat(follow_symlinks=False)
        entries.append(f"{prefix}{entry.name}\0{st.st_size}:{st.st_mtime_ns}:{st.st_ino}:{st.st_mode}")
        if entry.is_dir(follow_symlinks=False):
            _walk(entry.path, f"{prefix}{entry.name}/", entries)


def run_key(*, ruleset: str, formats: tuple[str, ...], language: str, mask: bool,
            pictures: bool, register: str | None, requests: bool = False) -> str | None:
    """Everything besides the bundles that a batch's reports depend on; None when the
    ruleset is not a file found here (the usual run then says why)."""
    candidate = Path(ruleset)
    path = candidate if candidate.suffix in (".yaml", ".yml") else RULESETS / f"{ruleset}.yaml"
    try:
        ruleset_sha = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
    limits = sorted((k, v) for k, v in os.environ.items() if k.startswith("COMPLIANCE_DOCS_LIMIT_"))
    parts = [__version__, ruleset_sha, language, mask, sorted(formats), pictures, register, limits]
    if requests:  # the letters (<stem>.requests.md) are outputs too
        parts.append("requests")
    return hashlib.sha256(json.dumps(parts).encode("utf-8", "surrogateescape")).hexdigest()


def register_stamp(location: str | None) -> list | None:
    """The register file as it is; None for none. A database URL has no stamp that can be
    read without connecting, so a run with one is never answered from the state."""
    if location is None:
        return []
    if "://" in location:
        return None
    path = Path(location).expanduser()
    stamp = [_stat(path), _stat(Path(f"{path}-wal"))]
    return None if stamp[0] is None else stamp


def _decision_files(output_dir: Path) -> dict[str, list[int] | None]:
    try:
        names = [e.name for e in os.scandir(output_dir) if e.name.endswith(".decision.json")]
    except OSError:
        return {}
    return {name: _stat(output_dir / name) for name in sorted(names)}


def _outputs(output_dir: Path, names: list[str]) -> dict[str, list[int] | None]:
    return {name: _stat(output_dir / name) for name in names}


def save(output_dir: Path, key: str | None, register: str | None,
         bundles: list[tuple[Path, str | None, dict[str, Any]]]) -> None:
    """Keep the state of a batch that just ended: (bundle, signature taken before it was
    screened, index row) for each bundle. A bundle whose report cannot be reused (it failed,
    or timed out) leaves no state: the next run screens it again anyway."""
    path = output_dir / STATE
    stamp = register_stamp(register)
    if key is None or stamp is None or any(sig is None or not row.get("reusable")
                                           for _, sig, row in bundles):
        path.unlink(missing_ok=True)
        return
    entries = []
    for bundle, sig, row in bundles:
        hidden = f".{row['report'][:-5]}.json"  # the JSON kept when it was not asked for
        names = [Path(f).name for f in row["files"]] + [hidden] * (output_dir / hidden).exists()
        entries.append({"bundle": str(bundle), "signature": sig, "outputs": _outputs(output_dir, names),
                        "row": {k: v for k, v in row.items() if k not in ("skipped", "screening")}})
    state = {"key": key, "register": stamp, "bundles": entries,
             "decisions": _decision_files(output_dir),
             "index": _outputs(output_dir, ["index.html", "summary.csv"])}
    import tempfile

    fd, tmp = tempfile.mkstemp(dir=output_dir, prefix=f"{STATE}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(state, handle, ensure_ascii=False)
    os.replace(tmp, path)


def unchanged(bundles: list[Path], output_dir: Path, key: str | None,
              register: str | None) -> list[dict[str, Any]] | None:
    """The rows of a run that would find every bundle unchanged (each marked skipped), or None
    when anything at all differs from the state the last batch left."""
    try:
        state = json.loads((output_dir / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if key is None or state.get("key") != key or state.get("register") != register_stamp(register):
        return None
    entries = {e.get("bundle"): e for e in state.get("bundles", [])}  # in the order they finished
    if sorted(entries) != sorted(str(b) for b in bundles):
        return None
    if state.get("decisions") != _decision_files(output_dir):
        return None
    if state.get("index") != _outputs(output_dir, list(state.get("index") or {})) or not state.get("index"):
        return None
    rows = []
    for bundle in bundles:
        entry = entries[str(bundle)]
        outputs = entry.get("outputs") or {}
        if entry.get("signature") != bundle_signature(bundle):
            return None
        if outputs != _outputs(output_dir, list(outputs)) or None in outputs.values():
            return None
        rows.append({**entry["row"], "skipped": True})
    return rows
