"""PDF limits checked with pikepdf before pdfium or pdfminer inflate anything.

Page count and page size come from the page tree. Every stream pdfium or pdfminer may
inflate (page contents, forms, fonts, images) is unpacked here a chunk at a time through its
own filter chain, counting bytes without keeping them, and refused as soon as it passes its
limit: a 600 KB page that inflates to 600 MB is stopped after the first 64 MB. Images are
also refused by their declared size (width x height), which is what rendering allocates.
"""

from __future__ import annotations

import base64
import binascii
import io
import zlib
from collections.abc import Iterator

from ..limits import MB, LimitExceeded, Limits, limits

CHUNK = 256 * 1024
IMAGE_CODECS = {"/DCTDecode", "/DCT", "/JPXDecode", "/CCITTFaxDecode", "/CCF", "/JBIG2Decode"}
NOT_INFLATED = {"/XRef", "/ObjStm", "/EmbeddedFile"}  # read by qpdf itself, or never opened
# The most each filter can multiply its input by: deflate 1032 to 1 (a run of 258-byte
# matches), ASCII85 4 ("z" for four zero bytes), run-length 64 (two bytes for 128). A stream
# whose input times these stays under its limit cannot be a bomb, and qpdf decodes it at once.
GROWTH = {"/FlateDecode": 1032, "/Fl": 1032, "/ASCII85Decode": 4, "/A85": 4,
          "/ASCIIHexDecode": 1, "/AHx": 1, "/RunLengthDecode": 64, "/RL": 64}


def check_pdf(data: bytes) -> None:
    """Raise LimitExceeded when reading the PDF would pass a limit; a PDF pikepdf cannot open
    is left to pdfium, which says why it cannot read it."""
    import pikepdf

    limit = limits()
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - encrypted, damaged: pdfium reports it
        return
    with pdf:
        try:
            count = len(pdf.pages)
        except Exception:  # noqa: BLE001 - a broken page tree: pdfium reports it
            return
        if count > limit.pdf_pages:
            raise LimitExceeded(f"{count} pages", "pdf_pages", limit.pdf_pages)
        for number, page in enumerate(pdf.pages, 1):
            _check_page_size(number, page, limit)
        total = 0
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                total += _check_stream(obj, limit, total)


def _check_page_size(number: int, page, limit: Limits) -> None:
    try:
        box = [float(v) for v in page.mediabox]
        unit = float(page.obj.get("/UserUnit", 1))
    except Exception:  # noqa: BLE001 - a malformed box: pdfium falls back to its own
        return
    if len(box) != 4:
        return
    width, height = abs(box[2] - box[0]) * unit, abs(box[3] - box[1]) * unit
    if max(width, height) > limit.pdf_page_points:
        raise LimitExceeded(f"page {number} is {width:.0f} x {height:.0f} points", "pdf_page_points",
                            limit.pdf_page_points)


def _names(value) -> list[str]:
    """A /Filter entry (one name or an array of names) as a list of names."""
    import pikepdf

    if value is None:
        return []
    if isinstance(value, pikepdf.Array):
        return [str(v) for v in value]
    return [str(value)]


def _check_stream(stream, limit: Limits, total: int) -> int:
    """Unpacked size of one stream (0 for those not inflated here); raises past a limit."""
    try:
        info = stream.stream_dict
        kind, subtype = str(info.get("/Type", "")), str(info.get("/Subtype", ""))
        filters = _names(info.get("/Filter"))
    except Exception:  # noqa: BLE001
        return 0
    if kind in NOT_INFLATED:
        return 0
    image = subtype == "/Image"
    if image:
        try:
            width, height = int(info.get("/Width", 0)), int(info.get("/Height", 0))
        except (TypeError, ValueError):
            width = height = 0
        if width * height > limit.pdf_image_pixels:
            raise LimitExceeded(f"an embedded image of {width} x {height} pixels", "pdf_image_pixels",
                                limit.pdf_image_pixels)
    if not filters:
        return 0  # stored as it is: its size is what the file holds
    cap_name = "pdf_image_mb" if image else "pdf_stream_mb"
    cap = limit.bytes(cap_name)
    try:
        raw = stream.read_raw_bytes()
    except Exception:  # noqa: BLE001 - unreadable stream data: pdfium skips it too
        return 0
    produced = 0
    try:
        for chunk in _bounded(stream, raw, filters, cap) or _decoded(raw, filters):
            produced += len(chunk)
            if produced > cap:
                what = "an embedded image" if image else "a content stream"
                raise LimitExceeded(f"{what} unpacks to more than {cap / MB:g} MB", cap_name,
                                    getattr(limit, cap_name), "MB")
            if not image and total + produced > limit.bytes("pdf_streams_mb"):
                raise LimitExceeded(f"its streams unpack to more than {limit.pdf_streams_mb:g} MB",
                                    "pdf_streams_mb", limit.pdf_streams_mb, "MB")
    except LimitExceeded:
        raise
    except (zlib.error, ValueError, binascii.Error):
        pass  # damaged data: the readers stop where it breaks, and so does the count
    return 0 if image else produced


def _bounded(stream, raw: bytes, filters: list[str], cap: int) -> list[bytes] | None:
    """The stream decoded by qpdf when it cannot grow past `cap` (nearly every stream: a page
    of text is a few kilobytes); None to unpack it here a chunk at a time."""
    bound = len(raw)
    for name in filters:
        if name not in GROWTH:
            return None
        bound *= GROWTH[name]
    if bound > cap:
        return None
    try:
        return [stream.read_bytes()]
    except Exception:  # noqa: BLE001 - qpdf cannot decode it: counted here instead
        return None


def _decoded(raw: bytes, filters: list[str]) -> Iterator[bytes]:
    chunks: Iterator[bytes] = iter([raw[i:i + CHUNK] for i in range(0, len(raw), CHUNK)] or [b""])
    for name in filters:
        if name in ("/FlateDecode", "/Fl"):
            chunks = _inflate(chunks)
        elif name in ("/LZWDecode", "/LZW"):
            chunks = _lzw(chunks)
        elif name in ("/RunLengthDecode", "/RL"):
            chunks = _run_length(chunks)
        elif name in ("/ASCIIHexDecode", "/AHx"):
            chunks = iter([_hex(b"".join(chunks))])  # never larger than its input
        elif name in ("/ASCII85Decode", "/A85"):
            chunks = _a85(chunks)
        else:  # an image codec, Crypt or unknown: its size is checked another way, or not read
            break
    return chunks


def _inflate(chunks: Iterator[bytes]) -> Iterator[bytes]:
    inflater = zlib.decompressobj()
    for chunk in chunks:
        data = chunk
        while data:
            out = inflater.decompress(data, CHUNK)
            if out:
                yield out
            data = inflater.unconsumed_tail
            if inflater.eof:
                return


def _hex(data: bytes) -> bytes:
    digits = bytes(c for c in data.split(b">", 1)[0] if c not in b" \t\r\n\f\x00")
    if len(digits) % 2:
        digits += b"0"
    return binascii.unhexlify(digits)


def _a85(chunks: Iterator[bytes]) -> Iterator[bytes]:
    data = b"".join(chunks).split(b"~>", 1)[0]
    data = bytes(c for c in data if c not in b" \t\r\n\f\x00")
    # "z" stands for four zero bytes: a run of them grows 4 to 1 before anything is decoded
    zeros = data.count(b"z")
    if zeros * 4 + (len(data) - zeros) > limits().bytes("pdf_streams_mb"):
        raise LimitExceeded("an ASCII85 stream unpacks past the limit", "pdf_streams_mb",
                            limits().pdf_streams_mb, "MB")
    yield base64.a85decode(data)


def _run_length(chunks: Iterator[bytes]) -> Iterator[bytes]:
    data = b"".join(chunks)
    i, out = 0, bytearray()
    while i < len(data):
        n = data[i]
        if n == 128:
            break
        if n < 128:
            out += data[i + 1:i + 2 + n]
            i += n + 2
        else:
            out += data[i + 1:i + 2] * (257 - n)
            i += 2
        if len(out) >= CHUNK:
            yield bytes(out)
            out.clear()
    yield bytes(out)


def _lzw(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """LZW as PDF writes it (early change 1), a code at a time; output in chunks."""
    data = b"".join(chunks)
    table: list[bytes] = [bytes([i]) for i in range(256)] + [b"", b""]
    bits, buffer, nbits, previous = 9, 0, 0, b""
    out = bytearray()
    for byte in data:
        buffer = (buffer << 8) | byte
        nbits += 8
        while nbits >= bits:
            nbits -= bits
            code = (buffer >> nbits) & ((1 << bits) - 1)
            if code == 256:
                table, bits, previous = table[:258], 9, b""
                continue
            if code == 257:
                yield bytes(out)
                return
            if code < len(table):
                entry = table[code]
                if previous and len(table) < 4096:
                    table.append(previous + entry[:1])
            elif previous and len(table) < 4096:
                entry = previous + previous[:1]
                table.append(entry)
            else:
                raise ValueError("bad LZW code")
            out += entry
            previous = entry
            if len(table) + 1 >= (1 << bits) and bits < 12:
                bits += 1
            if len(out) >= CHUNK:
                yield bytes(out)
                out.clear()
    yield bytes(out)
