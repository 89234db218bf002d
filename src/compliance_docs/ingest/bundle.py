"""Read a bundle (folder or .zip) into named byte blobs without trusting any path in it."""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import BundleNotFound
from ..limits import MB, LimitExceeded, Limits, limits
from .archive import (
    ZIP_ERRORS,
    check_count,
    check_declared_count,
    check_ratio,
    is_symlink,
    read_member,
)

IGNORED_NAMES = {".ds_store", "thumbs.db", "desktop.ini"}


@dataclass
class BundleFile:
    """One file of a bundle: a safe relative name and its bytes (or why it could not be read)."""

    name: str
    data: bytes | None
    problem: str = ""


def content_hash(files: list[BundleFile], warnings: list[str]) -> str:
    """Fingerprint of what a bundle holds: every file's name and bytes, and what was refused."""
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.name.encode() + b"\0" + hashlib.sha256(f.data or b"").digest() + f.problem.encode())
    for w in warnings:
        digest.update(w.encode())
    return digest.hexdigest()


def bundle_hash(path: Path) -> str:
    return content_hash(*read_bundle_files(path))


def bundle_id(path: Path) -> str:
    return path.stem if path.suffix.lower() == ".zip" and path.is_file() else path.name


def check_bundle_path(path: Path) -> None:
    """Raise BundleNotFound unless `path` is a folder or a .zip file."""
    if path.is_dir() or (path.is_file() and path.suffix.lower() == ".zip"):
        return
    if path.exists():
        raise BundleNotFound(f"{path}: not a folder or a .zip file")
    raise BundleNotFound(f"{path}: no such folder or .zip file")


def read_bundle_files(path: Path) -> tuple[list[BundleFile], list[str]]:
    """Files of a bundle sorted by name, and bundle-level warnings."""
    check_bundle_path(path)
    return _read_folder(path) if path.is_dir() else _read_zip(path)


def _skip(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return any(p.startswith(".") or p == "__MACOSX" for p in parts) or (
        parts[-1].lower() in IGNORED_NAMES
    )


def _read_folder(root: Path) -> tuple[list[BundleFile], list[str]]:
    """Regular files under `root`, links and special files skipped with a reason.

    The walk never follows a link: a link to a file inside the bundle is read as that file,
    and links to folders, to outside the bundle, to devices, pipes or sockets, broken links
    and link loops are named in a warning and not read."""
    files: list[BundleFile] = []
    warnings: list[str] = []
    limit = limits()
    real_root = root.resolve()
    total = 0
    for item, rel in _walk(root):
        if _skip(rel):
            continue
        try:
            info = item.lstat()
            if stat.S_ISLNK(info.st_mode):
                problem, info = _link_problem(item, real_root)
                if problem:
                    warnings.append(f"{rel}: {problem}")
                    continue
            if stat.S_ISDIR(info.st_mode):
                continue
            if not stat.S_ISREG(info.st_mode):
                warnings.append(f"{rel}: not a regular file (device, pipe or socket), not read")
                continue
        except OSError as exc:
            files.append(BundleFile(rel, None, f"cannot be read: {exc.strerror or exc}"))
            continue
        if len(files) >= limit.bundle_files:
            warnings.append(f"more than {limit.bundle_files} files; the rest were not read")
            break
        size = info.st_size
        too_large = _too_large(rel, size, total, limit)
        if too_large:
            files.append(BundleFile(rel, None, too_large))
            continue
        try:
            data = _read_regular(item, limit.bytes("file_mb"))
        except OSError as exc:
            files.append(BundleFile(rel, None, f"cannot be read: {exc.strerror or exc}"))
            continue
        total += len(data)
        files.append(BundleFile(rel, data))
    return files, warnings


def _walk(root: Path):
    """(path, relative posix name) of every entry under root, sorted, links not followed."""
    entries: list[tuple[str, Path]] = []
    for folder, dirs, names in os.walk(root, followlinks=False, onerror=None):
        base = Path(folder)
        for name in dirs:  # a link to a folder is listed among dirs: report it as a link
            if (base / name).is_symlink():
                names.append(name)
        for name in names:
            path = base / name
            entries.append((path.relative_to(root).as_posix(), path))
    return [(path, rel) for rel, path in sorted(entries)]


def _link_problem(item: Path, real_root: Path) -> tuple[str, os.stat_result | None]:
    """Why a symbolic link is not read (empty when it may be), and what it points to."""
    try:
        target = Path(os.path.realpath(item, strict=True))
    except (OSError, RuntimeError):
        return "broken link or link loop, not read", None
    if not target.is_relative_to(real_root):
        return "link pointing outside the bundle, not read", None
    info = target.stat()
    if stat.S_ISDIR(info.st_mode):
        return "link to a folder, not followed", None
    return "", info


def _read_regular(path: Path, cap: int) -> bytes:
    """A regular file's bytes, opened without following a link swapped in meanwhile and
    never more than `cap` bytes (a file that grows while read is cut, not followed)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    target = Path(os.path.realpath(path))
    fd = os.open(target, flags)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise OSError("not a regular file")
        return handle.read(cap)


def _safe_member_name(name: str) -> str | None:
    """A zip member name as a clean relative path, or None when it tries to escape."""
    name = name.replace("\\", "/")
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or (pure.parts and ":" in pure.parts[0]):
        return None
    return pure.as_posix()


def _read_zip(path: Path) -> tuple[list[BundleFile], list[str]]:
    files: list[BundleFile] = []
    warnings: list[str] = []
    limit = limits()
    try:
        with path.open("rb") as handle:
            check_declared_count(handle, limit)
        archive = zipfile.ZipFile(path)
    except LimitExceeded as exc:  # a flood of entries: the whole zip is refused
        return [], [f"{path.name}: {exc}"]
    except ZIP_ERRORS as exc:
        return [], [f"{path.name}: not a readable zip file ({exc})"]
    total = 0
    with archive:
        try:
            check_count(archive, limit)
        except LimitExceeded as exc:  # a flood of entries: the whole zip is refused
            return [], [f"{path.name}: {exc}"]
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            if info.is_dir():
                continue
            name = _safe_member_name(info.filename)
            if name is None:
                warnings.append(f"{_printable(info.filename)}: path escapes the bundle, not read")
                continue
            if _skip(name):
                continue
            if is_symlink(info):
                warnings.append(f"{name}: symbolic link inside the zip, not read")
                continue
            if len(files) >= limit.bundle_files:
                warnings.append(f"more than {limit.bundle_files} files; the rest were not read")
                break
            too_large = _too_large(name, info.file_size, total, limit)
            if too_large:
                files.append(BundleFile(name, None, too_large))
                continue
            try:
                check_ratio(info, info.file_size, limit)  # from the directory, then while unpacking
                data = read_member(archive, info, limit.bytes("file_mb"), "file_mb", limit)
            except LimitExceeded as exc:
                files.append(BundleFile(name, None, f"{name}: {exc}"))
                continue
            except ZIP_ERRORS as exc:
                files.append(BundleFile(name, None, f"cannot be unpacked ({exc})"))
                continue
            total += len(data)
            files.append(BundleFile(name, data))
    return files, warnings


def _too_large(name: str, size: int, total: int, limit: Limits) -> str:
    """Why a file of `size` bytes is not read (empty if it may be): the file or the bundle limit."""
    if size > limit.bytes("file_mb"):
        return f"{name}: {LimitExceeded(f'{size / MB:.0f} MB', 'file_mb', limit.file_mb, 'MB')}"
    if total + size > limit.bytes("bundle_mb"):
        return (f"{name}: {LimitExceeded(f'the bundle passes {limit.bundle_mb:g} MB with it', 'bundle_mb', limit.bundle_mb, 'MB')}")
    return ""


def _printable(name: str) -> str:
    return "".join(c if c.isprintable() else "?" for c in name)[:200]
