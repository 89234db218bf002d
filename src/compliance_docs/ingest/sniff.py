"""What a file is, from its bytes: applicants rename files, and every Office format is a zip."""

from __future__ import annotations

import io
import zipfile
import zlib

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# HEIF brands written by phones (iPhone: heic/mif1) and by converters
HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1")
ODF_KINDS = {
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.presentation": "odp",
}
# OLE2 directory entries are UTF-16 names; the main stream says which program wrote the file
OLE_STREAMS = (("WordDocument", "doc"), ("PowerPoint Document", "ppt"), ("Workbook", "xls"),
               ("Book", "xls"))


def zip_kind(data: bytes) -> str | None:
    """docx, xlsx, pptx, ods, odt, odp, zip (any other archive), or None if not a zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                with archive.open("mimetype") as member:  # never more than it needs: a bomb
                    mime = member.read(100).decode("ascii", "replace").strip()
                if mime in ODF_KINDS:
                    return ODF_KINDS[mime]
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, NotImplementedError, ValueError,
            EOFError, zlib.error):
        return None
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("xl/workbook.") for n in names):  # .xml, or .bin for XLSB
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    return "zip"


def ole_kind(data: bytes) -> str | None:
    """doc, ppt, xls for an OLE2 compound file (legacy Office), 'ole' if its kind is unclear."""
    if not data.startswith(OLE_MAGIC):
        return None
    for stream, kind in OLE_STREAMS:
        if stream.encode("utf-16-le") in data:
            return kind
    return "ole"


def is_heif(data: bytes) -> bool:
    return data[4:8] == b"ftyp" and data[8:12] in HEIF_BRANDS
