"""Zip archives read within limits: bundle zips and the Office files that are zips inside.

Sizes are checked first from the archive's directory, then again while unpacking, on the
bytes actually produced, so a member whose header lies about its size is stopped at the
limit instead of filling memory. XML parts are refused when they declare a DTD: Office XML
never has one, and a DTD is how entity-expansion ("billion laughs") and external-entity
attacks are carried.
"""

from __future__ import annotations

import io
import stat
import zipfile
import zlib
from collections.abc import Iterator
from typing import IO

from ..limits import MB, LimitExceeded, Limits, limits

CHUNK = 1024 * 1024


class UnsafeXml(ValueError):
    """An XML part that declares a DTD or entities."""


_XML_SUFFIXES = (".xml", ".rels", ".vml")
_DTD_MARKS = (b"<!DOCTYPE", b"<!ENTITY", b"<!doctype", b"<!entity")
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError,
              RuntimeError, NotImplementedError, ValueError, KeyError)


def is_symlink(info: zipfile.ZipInfo) -> bool:
    """A member stored as a Unix symbolic link (its bytes are the link's target)."""
    return info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16)


def check_directory(archive: zipfile.ZipFile, limit: Limits, *, member_mb: str,
                    total_mb: str) -> None:
    """Raise LimitExceeded when the archive's directory alone passes a limit."""
    check_count(archive, limit)
    total = 0
    for info in archive.infolist():
        if info.file_size > limit.bytes(member_mb):
            raise LimitExceeded(f"{info.filename[:80]!r} unpacks to {info.file_size / MB:.0f} MB",
                                member_mb, getattr(limit, member_mb), "MB")
        check_ratio(info, info.file_size, limit)
        total += info.file_size
    if total > limit.bytes(total_mb):
        raise LimitExceeded(f"the archive unpacks to {total / MB:.0f} MB", total_mb,
                            getattr(limit, total_mb), "MB")


def check_count(archive: zipfile.ZipFile, limit: Limits) -> None:
    count = len(archive.infolist())
    if count > limit.zip_members:
        raise LimitExceeded(f"{count} entries in the archive", "zip_members", limit.zip_members)


def check_declared_count(handle: IO[bytes], limit: Limits) -> None:
    """The entry count of the archive's end record, read before zipfile lists every entry
    (a directory of millions of entries costs memory just to list)."""
    try:
        end = zipfile._EndRecData(handle)  # type: ignore[attr-defined]  # stable since Python 2
    except (OSError, AttributeError, ValueError):
        return
    finally:
        handle.seek(0)
    if end and end[zipfile._ECD_ENTRIES_TOTAL] > limit.zip_members:  # type: ignore[attr-defined]
        raise LimitExceeded(f"{end[zipfile._ECD_ENTRIES_TOTAL]} entries in the archive",  # type: ignore[attr-defined]
                            "zip_members", limit.zip_members)


def check_ratio(info: zipfile.ZipInfo, size: int, limit: Limits) -> None:
    if size > limit.bytes("zip_ratio_floor_mb") and size / max(info.compress_size, 1) > limit.zip_ratio:
        raise LimitExceeded(f"{info.filename[:80]!r} is compressed {size / max(info.compress_size, 1):.0f} to 1",
                            "zip_ratio", limit.zip_ratio)


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, cap_name: str,
                limit: Limits) -> bytes:
    """A member's bytes, unpacked a chunk at a time and stopped as soon as a limit is passed."""
    chunks = list(iter_member(archive, info, cap, cap_name, limit))
    return b"".join(chunks)


def iter_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, cap_name: str,
                limit: Limits) -> Iterator[bytes]:
    produced = 0
    with archive.open(info) as member:
        while chunk := member.read(CHUNK):
            produced += len(chunk)
            if produced > cap:
                raise LimitExceeded(f"{info.filename[:80]!r} unpacks to more than {cap / MB:g} MB",
                                    cap_name, cap / MB, "MB")
            check_ratio(info, produced, limit)
            yield chunk


def check_office(data: bytes) -> None:
    """Refuse an Office file (DOCX, XLSX, PPTX, ODS) that would inflate past a limit or whose
    XML declares a DTD, before python-docx, python-pptx or calamine unpack it.

    Every member is unpacked once here, counting bytes without keeping them, so neither a
    lying directory nor a parser that trusts it gets past the limits."""
    limit = limits()
    handle = io.BytesIO(data)
    check_declared_count(handle, limit)
    try:
        archive = zipfile.ZipFile(handle)
    except ZIP_ERRORS:
        return  # not a readable zip: the format's own reader says why
    with archive:
        check_directory(archive, limit, member_mb="office_member_mb", total_mb="office_total_mb")
        total = 0
        for info in archive.infolist():
            if info.is_dir():
                continue
            xml = info.filename.lower().endswith(_XML_SUFFIXES)
            cap_name = "office_xml_mb" if xml else "office_member_mb"
            tail = b""
            try:
                for chunk in iter_member(archive, info, limit.bytes(cap_name), cap_name, limit):
                    total += len(chunk)
                    if total > limit.bytes("office_total_mb"):
                        raise LimitExceeded(f"the file unpacks to more than {limit.office_total_mb:g} MB",
                                            "office_total_mb", limit.office_total_mb, "MB")
                    if xml:
                        window = tail + chunk
                        if any(mark in window for mark in _DTD_MARKS):
                            raise UnsafeXml(f"XML part {info.filename[:80]!r} declares a DTD or "
                                            "entities (not allowed in Office files), not read")
                        tail = chunk[-16:]
            except (LimitExceeded, UnsafeXml):
                raise
            except ZIP_ERRORS:
                continue  # a damaged member: the format's reader says what it cannot read
