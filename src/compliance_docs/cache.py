"""Where the tool keeps what it can recompute: OCR results and compiled report templates."""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    """$COMPLIANCE_DOCS_CACHE, else $XDG_CACHE_HOME/compliance-docs, else ~/.cache/compliance-docs."""
    root = os.environ.get("COMPLIANCE_DOCS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "compliance-docs"
    )
    return Path(root)


def writable_cache(name: str) -> Path | None:
    """A sub-folder of the cache, made if need be; None where it cannot be written (a
    read-only home): the tool then simply works without it."""
    folder = cache_root() / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK) else None


def store(path: Path, content: bytes) -> bool:
    """Write one cache file atomically: workers writing it at once never leave half a file
    to another. A cache that cannot be written is simply not used; False then."""
    import tempfile

    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False
    return True
