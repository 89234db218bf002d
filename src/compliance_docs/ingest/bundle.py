"""Read a bundle (folder or .zip) into named byte blobs without trusting any path in it."""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import BundleNotFound

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_BUNDLE_BYTES = 1024 * 1024 * 1024
MAX_FILES = 2000
MAX_ZIP_RATIO = 200  # uncompressed / compressed; beyond this an entry is treated as a zip bomb
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


def read_bundle_files(path: Path) -> tuple[list[BundleFile], list[str]]:
    """Files of a bundle sorted by name, and bundle-level warnings."""
    if path.is_dir():
        return _read_folder(path)
    if path.is_file() and path.suffix.lower() == ".zip":
        return _read_zip(path)
    if path.exists():
        raise BundleNotFound(f"{path}: not a folder or a .zip file")
    raise BundleNotFound(f"{path}: no such folder or .zip file")


def _skip(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return any(p.startswith(".") or p == "__MACOSX" for p in parts) or (
        parts[-1].lower() in IGNORED_NAMES
    )


def _read_folder(root: Path) -> tuple[list[BundleFile], list[str]]:
    files: list[BundleFile] = []
    warnings: list[str] = []
    real_root = root.resolve()
    total = 0
    for item in sorted(root.rglob("*")):
        rel = item.relative_to(root).as_posix()
        if _skip(rel) or item.is_dir():
            continue
        if item.is_symlink() and not item.resolve().is_relative_to(real_root):
            warnings.append(f"{rel}: link pointing outside the bundle, not read")
            continue
        if len(files) >= MAX_FILES:
            warnings.append(f"more than {MAX_FILES} files; the rest were not read")
            break
        try:
            size = item.stat().st_size
            if size > MAX_FILE_BYTES or total + size > MAX_BUNDLE_BYTES:
                files.append(BundleFile(rel, None, f"file too large ({size} bytes), not read"))
                continue
            total += size
            files.append(BundleFile(rel, item.read_bytes()))
        except OSError as exc:
            files.append(BundleFile(rel, None, f"cannot be read: {exc.strerror or exc}"))
    return files, warnings


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
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        return [], [f"{path.name}: not a readable zip file ({exc})"]
    total = 0
    with archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            if info.is_dir():
                continue
            name = _safe_member_name(info.filename)
            if name is None:
                warnings.append(f"{info.filename}: path escapes the bundle, not read")
                continue
            if _skip(name):
                continue
            if len(files) >= MAX_FILES:
                warnings.append(f"more than {MAX_FILES} files; the rest were not read")
                break
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > MAX_FILE_BYTES or total + info.file_size > MAX_BUNDLE_BYTES:
                files.append(BundleFile(name, None, "file too large when unpacked, not read"))
                continue
            if ratio > MAX_ZIP_RATIO and info.file_size > 10 * 1024 * 1024:
                files.append(BundleFile(name, None, "suspicious compression ratio, not read"))
                continue
            try:
                with archive.open(info) as member:
                    data = member.read(MAX_FILE_BYTES + 1)
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
                files.append(BundleFile(name, None, f"cannot be unpacked ({exc})"))
                continue
            if len(data) > MAX_FILE_BYTES:
                files.append(BundleFile(name, None, "file too large when unpacked, not read"))
                continue
            total += len(data)
            files.append(BundleFile(name, data))
    return files, warnings
