"""A hostile corpus: what an attacker or a broken scanner uploads, and what the tool must say.

`make_corpus(root)` writes intake bundles under `root` and returns the expected outcome of
every file: the document type the report gives it and a phrase its warning must contain (or
a bundle warning, for what is refused before it becomes a document). The bombs are written
as raw deflate streams repeated after a full flush, so a 1.5 GB member costs a second to
write and 1.5 MB of disk.

Run as a script to write the corpus into a folder: `python tests/hostile/hostile_corpus.py DIR`.
"""

from __future__ import annotations

import io
import os
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024

DEED = """AKTA PENDIRIAN PERSEROAN TERBATAS
Nomor : 12
Pada hari ini, Selasa, tanggal 14-04-2020 (empat belas April dua ribu dua puluh).
Berhadapan dengan saya, SITI RAHMAWATI, Sarjana Hukum, Notaris di Jakarta.
Perseroan Terbatas ini bernama PT BELAJAR NUSANTARA DIGITAL, berkedudukan di Jakarta Selatan.
"""
# a company name and a quote as an attacker writes them: markup for every output format,
# a terminal escape, a formula for the spreadsheet that opens summary.csv
HOSTILE_NAME = ("PT <img src=x onerror=alert(1)> [Klik](javascript:alert(1)) ![p](http://evil.example/p.png)"
                " \x1b[31mMERAH\x1b[0m\x07 =HYPERLINK(\"http://evil.example\")")
HOSTILE_DEED = DEED.replace("PT BELAJAR NUSANTARA DIGITAL, berkedudukan",
                            HOSTILE_NAME + ", berkedudukan") + (
    "# Judul palsu\n<script>alert('x')</script> <a href=\"http://evil.example\">tautan</a>\n"
    "Situs resmi: javascript:alert(document.cookie) dan www.evil.example\n")

DOCUMENT_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:body>{body}</w:body></w:document>')
PARAGRAPH = "<w:p><w:r><w:t>{}</w:t></w:r></w:p>"


@dataclass(frozen=True)
class Expected:
    """What the report must say about one file (`path` inside `bundle`), or, with `path`
    empty, about the bundle itself."""

    bundle: str
    path: str
    type: str | None  # the document's type; None: the file must not become a document
    warning: str  # a phrase of the document's (or the bundle's) warnings, in English
    why: str


# -- building blocks -----------------------------------------------------------------------

def repeated_deflate(block: bytes, times: int, *, wrapper: str = "raw") -> tuple[bytes, int]:
    """`block` repeated `times` times, deflated, and its CRC-32 (raw) or as a zlib stream."""
    wbits = -15 if wrapper == "raw" else 15
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    first = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)  # the same bytes each time now
    tail = packer.flush()
    crc = 0
    for _ in range(times):
        crc = zlib.crc32(block, crc)
    body = first + again * (times - 1)
    if wrapper == "zlib":  # the final Adler-32 is that of the whole; recompute over the data
        adler = 1
        for _ in range(times):
            adler = zlib.adler32(block, adler)
        body = body + tail[:-4] + struct.pack(">I", adler)
    else:
        body += tail
    return body, crc


def raw_zip(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip from already deflated members: (name, deflated data, crc, declared size, method).

    The declared size is written as given, so a member may lie about what it unpacks to."""
    out = io.BytesIO()
    central = []
    for name, data, crc, size, method in members:
        offset = out.tell()
        encoded = name.encode()
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0x21, crc, len(data),
                              size, len(encoded), 0) + encoded + data)
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, method, 0, 0x21, crc,
                                   len(data), size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
    start = out.tell()
    for entry in central:
        out.write(entry)
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central),
                          out.tell() - start, start, 0))
    return out.getvalue()


def docx_parts(document_xml: bytes) -> list[tuple[str, bytes]]:
    content_types = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     b'<Default Extension="xml" ContentType="application/xml"/>'
                     b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    return [("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("word/document.xml", document_xml)]


def small_members(parts: list[tuple[str, bytes]]) -> list[tuple[str, bytes, int, int, int]]:
    out = []
    for name, data in parts:
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        out.append((name, packer.compress(data) + packer.flush(), zlib.crc32(data), len(data), 8))
    return out


def docx_of(text_lines: list[str]) -> bytes:
    body = "".join(PARAGRAPH.format(line) for line in text_lines)
    return raw_zip(small_members(docx_parts(DOCUMENT_XML.format(body=body).encode())))


def docx_bomb(unpacked_mb: int = 1500, *, declared: int | None = None) -> bytes:
    """A DOCX whose document.xml unpacks to `unpacked_mb` MB of text (~1 KB a MB)."""
    block = b"A" * MB  # the text of one paragraph that never ends
    deflated, crc = repeated_deflate(block, unpacked_mb)
    members = small_members(docx_parts(b""))[:2]
    # the XML's head and tail are left out of the big member: nothing parses that far
    size = unpacked_mb * MB if declared is None else declared
    members.append(("word/document.xml", deflated, crc, size, 8))
    return raw_zip(members)


def xlsx_bomb(unpacked_mb: int = 1000) -> bytes:
    block = b"A" * MB  # the name of one training partner that never ends
    deflated, crc = repeated_deflate(block, unpacked_mb)
    parts = [
        ("[Content_Types].xml", b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
        ("xl/workbook.xml", b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Mitra" sheetId="1"/></sheets></workbook>'),
    ]
    return raw_zip(small_members(parts) + [("xl/worksheets/sheet1.xml", deflated, crc, unpacked_mb * MB, 8)])


def billion_laughs_docx() -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
           + DOCUMENT_XML.split("\n", 1)[1].format(body=PARAGRAPH.format("&lol9;")))
    return raw_zip(small_members(docx_parts(xml.encode())))


def external_entity_docx() -> bytes:
    xml = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           + DOCUMENT_XML.split("\n", 1)[1].format(body=PARAGRAPH.format("&xxe;")))
    return raw_zip(small_members(docx_parts(xml.encode())))


def many_members_docx(count: int = 6000) -> bytes:
    parts = docx_parts(DOCUMENT_XML.format(body=PARAGRAPH.format("x")).encode())
    parts += [(f"word/media/m{i}.bin", b"") for i in range(count)]
    return raw_zip(small_members(parts))


def pdf_of(objects: list[bytes]) -> bytes:
    """A PDF from object bodies (object 1 the catalog); offsets and trailer computed."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def stream(dictionary: str, data: bytes) -> bytes:
    return f"<< {dictionary} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


def one_page_pdf(content: bytes, *, media_box: str = "0 0 595 842", resources: str = "",
                 extra: list[bytes] | None = None, filter_: str = "/Filter /FlateDecode") -> bytes:
    return pdf_of([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [{media_box}] /Contents 4 0 R {resources} >>".encode(),
        stream(filter_, content),
        *(extra or []),
    ])


def pdf_stream_bomb(unpacked_mb: int = 600) -> bytes:
    """One page whose content stream is ~590 KB and unpacks to `unpacked_mb` MB of operators."""
    block = b" " * MB  # white space between operators, as much as pdfium will read
    deflated, _ = repeated_deflate(block, unpacked_mb, wrapper="zlib")
    return one_page_pdf(deflated)


def text_pdf(lines: list[str]) -> bytes:
    ops = ["BT /F1 11 Tf 72 780 Td 14 TL"] + [f"({line}) '" for line in lines] + ["ET"]
    content = zlib.compress("\n".join(ops).encode("latin-1"))
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    return one_page_pdf(content, resources="/Resources << /Font << /F1 5 0 R >> >>", extra=[font])


def huge_page_pdf() -> bytes:
    return one_page_pdf(zlib.compress(b"BT ET"), media_box="0 0 200000 200000")


def huge_image_pdf() -> bytes:
    image = stream("/Type /XObject /Subtype /Image /Width 200000 /Height 200000 /ColorSpace "
                   "/DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", zlib.compress(b"\0" * 4096))
    return one_page_pdf(zlib.compress(b"q 595 0 0 842 0 0 cm /Im1 Do Q"),
                        resources="/Resources << /XObject << /Im1 5 0 R >> >>", extra=[image])


def encrypted_pdf() -> bytes:
    import pikepdf

    buffer = io.BytesIO()
    with pikepdf.open(io.BytesIO(text_pdf(DEED.splitlines()))) as pdf:
        pdf.save(buffer, encryption=pikepdf.Encryption(owner="pemilik", user="rahasia"))
    return buffer.getvalue()


def png_bomb(width: int = 60000, height: int = 60000) -> bytes:
    """A PNG header for a 3.6 gigapixel image over a few bytes of data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">2I5B", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0" * 1024)) + chunk(b"IEND", b""))


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def zip_with_symlink(good: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("akta.txt", good)
        link = zipfile.ZipInfo("kunci.txt")
        link.create_system = 3
        link.external_attr = (0o120777 << 16)
        archive.writestr(link, "/etc/shadow")
    return buffer.getvalue()


# -- the corpus ----------------------------------------------------------------------------

def make_corpus(root: Path) -> list[Expected]:
    """Write the hostile intake under `root`; return what the report must say of each file."""
    expected: list[Expected] = []
    deed = DEED.encode()

    def put(bundle: str, name: str, data: bytes, type_: str | None, warning: str, why: str) -> None:
        path = root / bundle / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected.append(Expected(bundle, name, type_, warning, why))

    # Office files that inflate, or carry a DTD
    b = "pt-bom-office"
    put(b, "akta.txt", deed, "deed_of_establishment", "", "the bundle's other documents are screened")
    put(b, "sistem.docx", docx_bomb(), "unreadable", "limit office_member_mb",
        "1.5 MB that unpacks to 1.5 GB of XML, refused from the zip directory")
    put(b, "sistem-bohong.docx", docx_bomb(40, declared=2 * MB), "unreadable", "not a readable DOCX",
        "a directory that says 2 MB for 40 MB: unpacking stops at the 2 MB it declared")
    put(b, "mitra.xlsx", xlsx_bomb(), "unreadable", "limit office_member_mb",
        "1 GB of sheet XML in 1 MB")
    put(b, "tawa.docx", billion_laughs_docx(), "unreadable", "declares a DTD",
        "billion laughs: 10^9 'lol' from nested entities")
    put(b, "xxe.docx", external_entity_docx(), "unreadable", "declares a DTD",
        "an external entity naming /etc/passwd")
    put(b, "banyak.docx", many_members_docx(), "unreadable", "limit zip_members",
        "6000 entries in one DOCX")
    put(b, "rusak.docx", raw_zip(small_members(docx_parts(b"<w:document><w:body><w:p>"))),
        "unreadable", "not a readable DOCX", "malformed XML")

    # PDFs
    b = "pt-bom-pdf"
    put(b, "akta.pdf", text_pdf(DEED.splitlines()), "deed_of_establishment", "",
        "the bundle's other documents are screened")
    put(b, "lampiran.pdf", pdf_stream_bomb(), "unreadable", "limit pdf_stream_mb",
        "a 590 KB page whose content stream unpacks to 600 MB")
    put(b, "raksasa.pdf", huge_page_pdf(), "unreadable", "limit pdf_page_points",
        "a page of 200000 x 200000 points")
    put(b, "gambar.pdf", huge_image_pdf(), "unreadable", "limit pdf_image_pixels",
        "an image of 40 gigapixels declared over 4 KB of data")
    put(b, "terkunci.pdf", encrypted_pdf(), "unreadable", "password", "encrypted PDF")
    good = text_pdf(DEED.splitlines())
    put(b, "terpotong.pdf", good[: len(good) // 3], "unreadable", "", "truncated PDF")
    put(b, "kosong.pdf", b"%PDF-1.4\n", "unreadable", "not a readable PDF", "a header and nothing else")

    # files that lie about their type, images that inflate
    b = "pt-menyamar"
    put(b, "akta.docx", text_pdf(DEED.splitlines()), "deed_of_establishment", "",
        "a PDF named .docx is read as the PDF it is")
    put(b, "foto.png", b"MZ\x90\x00\x03\x00\x00\x00" + os.urandom(64), "unreadable",
        "not a readable image", "a program named .png")
    put(b, "laporan.pdf", zip_of({"a.txt": deed}), "unreadable", "zip archive inside the bundle",
        "a zip named .pdf")
    put(b, "arsip.zip", zip_of({"dalam.zip": zip_of({"akta.txt": deed})}), "unreadable",
        "zip archive inside the bundle", "nested zips are not unpacked")
    put(b, "pindaian.png", png_bomb(), "unreadable", "limit image_pixels",
        "a 3.6 gigapixel PNG in 100 bytes")
    put(b, "catatan.txt", HOSTILE_DEED.encode(), "deed_of_establishment", "",
        "markup, escapes and a formula in a company name and quotes")

    # bundle zips: traversal, links, bombs, lying headers, floods
    b = "pt-zip-jahat"
    block = b"\0" * MB
    bomb, bomb_crc = repeated_deflate(block, 300)
    liar, liar_crc = repeated_deflate(block, 100)
    members = small_members([("akta.txt", deed), ("../../etc/cron.d/jahat", b"* * * * * root id"),
                             ("/etc/passwd", b"root::0:0"), ("C:/Windows/win.ini", b"x")])
    members += [("bom.pdf", bomb, bomb_crc, 300 * MB, 8), ("bohong.txt", liar, liar_crc, 1024, 8)]
    (root / f"{b}.zip").write_bytes(raw_zip(members))
    expected += [
        Expected(b, "akta.txt", "deed_of_establishment", "", "the good file of a bad zip is read"),
        Expected(b, "", None, "path escapes the bundle", "../ names, absolute and drive paths"),
        Expected(b, "bom.pdf", "unreadable", "limit file_mb", "300 MB of zeros in 300 KB"),
        Expected(b, "bohong.txt", "unreadable", "cannot be unpacked",
                 "a header that says 1 KB for 100 MB: unpacking stops at 1 KB and the CRC fails"),
    ]
    b = "pt-zip-tautan"
    (root / f"{b}.zip").write_bytes(zip_with_symlink(deed))
    expected += [Expected(b, "kunci.txt", None, "symbolic link inside the zip", "a link member"),
                 Expected(b, "akta.txt", "deed_of_establishment", "", "the rest is read")]
    b = "pt-zip-banjir"
    (root / f"{b}.zip").write_bytes(raw_zip(small_members([(f"f{i}.txt", b"") for i in range(6000)])))
    expected.append(Expected(b, "", None, "limit zip_members", "6000 entries"))

    # folder bundles with links and special files
    b = "pt-tautan"
    folder = root / b
    folder.mkdir()
    (folder / "akta.txt").write_bytes(deed)
    (folder / "sub").mkdir()
    os.symlink("loop", folder / "loop")
    os.symlink("b", folder / "a")
    os.symlink("a", folder / "b")
    os.symlink("/etc/passwd", folder / "sandi")
    os.symlink("/dev/zero", folder / "nol")
    os.symlink("sub", folder / "folder")
    os.symlink("../..", folder / "naik")
    os.symlink("akta.txt", folder / "salinan.txt")
    os.mkfifo(folder / "pipa")
    expected += [
        Expected(b, "akta.txt", "deed_of_establishment", "", "a real file"),
        Expected(b, "salinan.txt", "deed_of_establishment", "", "a link to a file of the bundle"),
        Expected(b, "", None, "loop: broken link or link loop", "a link to itself"),
        Expected(b, "", None, "a: broken link or link loop", "two links to each other"),
        Expected(b, "", None, "sandi: link pointing outside the bundle", "a link to /etc/passwd"),
        Expected(b, "", None, "nol: link pointing outside the bundle", "a link to a device"),
        Expected(b, "", None, "folder: link to a folder, not followed", "a link to a folder"),
        Expected(b, "", None, "naik: link pointing outside the bundle", "a link upwards"),
        Expected(b, "", None, "pipa: not a regular file", "a FIFO would block a reader forever"),
    ]
    return expected


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    target.mkdir(parents=True, exist_ok=True)
    for item in make_corpus(target):
        print(f"{item.bundle}/{item.path or '-'}: {item.type or 'not a document'}; "
              f"{item.warning or 'no warning'} ({item.why})")
