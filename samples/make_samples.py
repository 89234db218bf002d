"""Generate the sample applicant bundles (fictional companies) used by the demo and the tests.

    python samples/make_samples.py [OUT_DIR]      # default OUT_DIR: this folder

Each bundle is a folder (one is a .zip) of the documents a Kartu Prakerja platform applicant
submits. PDFs come from reportlab (platypus) and fpdf2, two bundles carry DOCX files, some
documents are plain text. Output is deterministic: fixed creation dates, reportlab invariant
mode, fixed zip timestamps. `samples/expected.yaml` states what a correct screening finds.
"""

# ruff: noqa: C408  (dict(...) reads better than literals for the data records below)
from __future__ import annotations

import datetime as dt
import io
import shutil
import sys
import tempfile
import textwrap
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2024, 1, 2, 9, 0, 0)
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ANGKA = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
         "sepuluh", "sebelas"]


# ---------------------------------------------------------------- Indonesian numbers, dates
def terbilang(n: int) -> str:
    """Spell a non-negative integer in Indonesian words (as deeds do)."""
    if n < 12:
        return ANGKA[n]
    if n < 20:
        return f"{terbilang(n - 10)} belas"
    if n < 100:
        return f"{terbilang(n // 10)} puluh" + (f" {terbilang(n % 10)}" if n % 10 else "")
    if n < 200:
        return "seratus" + (f" {terbilang(n - 100)}" if n > 100 else "")
    if n < 1000:
        return f"{terbilang(n // 100)} ratus" + (f" {terbilang(n % 100)}" if n % 100 else "")
    if n < 2000:
        return "seribu" + (f" {terbilang(n - 1000)}" if n > 1000 else "")
    for div, word in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (1000, "ribu")):
        if n >= div:
            rest = n % div
            return f"{terbilang(n // div)} {word}" + (f" {terbilang(rest)}" if rest else "")
    raise AssertionError(n)


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def tgl(day: dt.date) -> str:
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


def tgl_kata(day: dt.date) -> str:
    return f"{terbilang(day.day)} {BULAN[day.month - 1]} {terbilang(day.year)}"


def hari(day: dt.date) -> str:
    return HARI[day.weekday()]


def rp(n: int) -> str:
    return "Rp " + f"{n:,}".replace(",", ".") + ",00"


def ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# ---------------------------------------------------------------- tiny markup -> blocks
# One line = one block. "# " title, "## " heading, "> " right-hand block (signatures); " // "
# splits a title, heading or right-hand line into several lines,
# "| a | b |" table row (first row is the header), blank line = vertical gap, else paragraph.
def parse(markup: str) -> list[tuple[str, object]]:
    blocks: list[tuple[str, object]] = []
    for raw in textwrap.dedent(markup).strip("\n").splitlines():
        line = raw.strip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)  # type: ignore[union-attr]
            else:
                blocks.append(("table", [cells]))
        elif not line:
            blocks.append(("gap", ""))
        else:
            for tag in ("## ", "# ", "> "):
                if line.startswith(tag) or line == tag.strip():
                    blocks += [(tag.strip(), part) for part in line[len(tag):].split(" // ")]
                    break
            else:
                blocks.append(("p", line))
    for kind, item in blocks:
        cells = item if kind == "table" else [[item]]
        "".join(c for row in cells for c in row).encode("latin-1")  # type: ignore[union-attr]
    return blocks


def col_widths(rows: list[list[str]], total: float, char: float, pad: float) -> list[float]:
    """Column widths: every column fits its longest word, spare room goes to the wordy ones."""
    cols = range(len(rows[0]))
    least = [max(len(w) for w in " ".join(r[i] for r in rows).split() or ["x"]) * char + pad
             for i in cols]
    want = [max(len(r[i]) for r in rows) * char + pad for i in cols]
    extra = [max(w - m, 0.0) for w, m in zip(want, least, strict=True)]
    spare, weight = total - sum(least), sum(extra) or 1.0
    return [m + spare * e / weight for m, e in zip(least, extra, strict=True)]


def dashed(markup: str, filler: str = "-") -> str:
    """Notarial line filling: pad every paragraph of a deed with dashes."""
    out = []
    for line in markup.strip("\n").splitlines():
        s = line.strip()
        if s and s[0] not in "#>|":
            s += filler * (6 + (len(s) * 7) % 21)
        out.append(s)
    return "\n".join(out)


# ---------------------------------------------------------------- producers
def reportlab_pdf(path: Path, markup: str, *, created: dt.date | None = None, title: str = "",
                  author: str = "",
                  header: str = "", footer: str = "- {page} -", size: float = 10) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=size, leading=size * 1.4,
                          alignment=TA_JUSTIFY, spaceAfter=3)
    styles = {
        "p": body,
        "#": ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=size + 2,
                            alignment=TA_CENTER, spaceAfter=1),
        "##": ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", alignment=TA_CENTER,
                             spaceBefore=4, spaceAfter=1),
        ">": ParagraphStyle("r", parent=body, leftIndent=235, spaceAfter=0),
    }
    cell = ParagraphStyle("cell", parent=body, fontSize=size - 1, leading=(size - 1) * 1.25,
                          alignment=0, spaceAfter=0)
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=title or path.stem,
                            author=author,
                            topMargin=62, bottomMargin=56, leftMargin=64, rightMargin=64)
    story = []
    for kind, item in parse(markup):
        if kind == "table":
            rows = [[Paragraph(escape(c), cell) for c in row] for row in item]  # type: ignore
            table = Table(rows, colWidths=col_widths(item, doc.width, 5.6, 14), repeatRows=1)  # type: ignore
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [table, Spacer(1, 6)]
        elif kind == "gap":
            story.append(Spacer(1, 7))
        else:
            story.append(Paragraph(escape(item), styles[kind]))  # type: ignore[arg-type]

    def decorate(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        if header:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 34, header)
            canvas.line(64, A4[1] - 40, A4[0] - 64, A4[1] - 40)
        canvas.drawCentredString(A4[0] / 2, 30, footer.format(page=document.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


def fpdf_pdf(path: Path, markup: str, *, created: dt.date, title: str = "", author: str = "",
             header: str = "", footer: str = "Halaman {page}") -> None:
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("Helvetica", "I", 8)
                self.cell(0, 5, header, align="C", new_x="LMARGIN", new_y="NEXT")
                self.line(20, self.get_y() + 1, 190, self.get_y() + 1)
                self.ln(5)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 6, footer.format(page=self.page_no()), align="C")

    pdf = Doc(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(dt.datetime(created.year, created.month, created.day, 10, 0,
                                      tzinfo=dt.timezone(dt.timedelta(hours=7))))
    pdf.set_title(title or path.stem)
    pdf.set_author(author)
    pdf.set_creator("OSS / SABU" if "NIB" in title or "AHU" in title else "LibreOffice Writer")
    pdf.add_page()
    for kind, item in parse(markup):
        if kind == "table":
            pdf.set_font("Helvetica", "", 8.5)
            widths = col_widths(item, pdf.epw, 1.75, 2.5)  # type: ignore[arg-type]
            with pdf.table(col_widths=widths, line_height=4.6, text_align="LEFT") as table:
                for row in item:  # type: ignore[union-attr]
                    cells = table.row()
                    for text in row:
                        cells.cell(text)
            pdf.ln(3)
        elif kind == "gap":
            pdf.ln(3)
        elif kind in ("#", "##"):
            pdf.set_font("Helvetica", "B", 11 if kind == "#" else 10)
            pdf.multi_cell(0, 5.5, item, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == ">":
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(105)
            pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, item, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(str(path))


def docx_file(path: Path, markup: str, *, created: dt.date, title: str = "", author: str = "",
              header: str = "") -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    props = document.core_properties
    stamp = dt.datetime(created.year, created.month, created.day, 9, 0)
    props.title, props.author, props.last_modified_by = title or path.stem, author, author
    props.created, props.modified, props.revision = stamp, stamp, 3
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for kind, item in parse(markup):
        if kind == "table":
            table = document.add_table(rows=0, cols=len(item[0]))  # type: ignore[index]
            table.style = "Table Grid"
            for row in item:  # type: ignore[union-attr]
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
        elif kind in ("#", "##"):
            document.add_heading(item, level=1 if kind == "#" else 2)  # type: ignore[arg-type]
        elif kind == ">":
            document.add_paragraph(item).alignment = WD_ALIGN_PARAGRAPH.RIGHT  # type: ignore
        elif kind == "p":
            document.add_paragraph(item)  # type: ignore[arg-type]
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(rezip(buffer.getvalue()))


def rezip(data: bytes) -> bytes:
    """Rewrite a zip container with fixed timestamps so the bytes are reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def text_file(path: Path, markup: str, *, crlf: bool = False) -> None:
    lines: list[str] = []
    for kind, item in parse(markup):
        if kind == "table":
            widths = [max(len(r[i]) for r in item) for i in range(len(item[0]))]  # type: ignore
            for row in item:  # type: ignore[union-attr]
                lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        elif kind == "gap":
            lines.append("")
        elif kind in ("#", "##"):
            lines.append(str(item).upper() if kind == "#" else str(item))
        elif kind == ">":
            lines.append(" " * 44 + str(item))
        else:
            lines += textwrap.wrap(str(item), 88, break_long_words=False,
                                   break_on_hyphens=False) or [""]
    newline = "\r\n" if crlf else "\n"
    path.write_bytes((newline.join(lines) + newline).encode("utf-8"))


# ---------------------------------------------------------------- standard forms (OSS, SABU)
def ahu_decree(c: dict, *, kind: str = "pendirian") -> str:
    """Ministry of Law decree / registration certificate as the SABU system prints it."""
    number, day = c["ahu"], c["ahu_date"]
    name, deed_no, deed_day, notary = c["name"].upper(), c["deed_no"], c["deed_date"], c["notary"]
    if kind == "cv":
        return f"""
        # KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA // DIREKTORAT JENDERAL ADMINISTRASI HUKUM UMUM // SURAT KETERANGAN TERDAFTAR // Nomor: {number}
        ## TENTANG PENDAFTARAN PENDIRIAN {name}

        Menerangkan bahwa berdasarkan data pendaftaran yang diisi oleh Notaris {notary} yang berkedudukan di {c['notary_city']}, sesuai salinan Akta Nomor {deed_no} tanggal {tgl(deed_day)}, telah terdaftar pendirian Persekutuan Komanditer (Commanditaire Vennootschap) dengan data sebagai berikut:
        | Nama Persekutuan | {name} |
        | Tempat Kedudukan | {c['city'].upper()} |
        | Alamat | {c['address']} |
        | Bidang Usaha | {', '.join(k for k, _ in c['kbli'])} |
        Surat Keterangan Terdaftar ini bukan merupakan pengesahan badan hukum. Data pendaftaran sepenuhnya menjadi tanggung jawab pemohon.
        > Dikeluarkan di Jakarta, tanggal {tgl(day)} // a.n. MENTERI HUKUM DAN HAK ASASI MANUSIA // DIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM // Dicetak secara elektronik melalui SABU
        """
    verb, subject = {
        "pendirian": ("Mengesahkan pendirian badan hukum", "PENGESAHAN PENDIRIAN BADAN HUKUM"),
        "perubahan": ("Menyetujui perubahan Anggaran Dasar", "PERSETUJUAN PERUBAHAN ANGGARAN DASAR"),
    }[kind]
    return f"""
    # KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA // NOMOR {number.upper()} // TENTANG // {subject} PERSEROAN TERBATAS {name}

    MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA,
    Menimbang: a. bahwa berdasarkan permohonan Notaris {notary} sesuai salinan Akta Nomor {deed_no} Tanggal {tgl(deed_day)} yang disimpan di dalam database Sistem Administrasi Badan Hukum, Format Isian Nomor Pendaftaran {c['sabu_ref']} tanggal {tgl(day)} telah sesuai dengan persyaratan; b. bahwa data permohonan telah sesuai dengan ketentuan peraturan perundang-undangan.
    Mengingat: 1. Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan Terbatas; 2. Peraturan Pemerintah Nomor 43 Tahun 2011 tentang Tata Cara Pengajuan dan Pemakaian Nama Perseroan Terbatas; 3. Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 21 Tahun 2021.
    ## MEMUTUSKAN:
    Menetapkan: KESATU: {verb} Perseroan Terbatas {name}, berkedudukan di {c['city'].upper()}, sesuai dengan salinan akta yang disimpan di dalam database Sistem Administrasi Badan Hukum.
    KEDUA: Keputusan ini berlaku sejak tanggal ditetapkan.
    > Ditetapkan di Jakarta, pada tanggal {tgl(day)}. // a.n. MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA // DIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM, // ttd. (tanda tangan elektronik)
    DICETAK PADA TANGGAL {tgl(day)} - DAFTAR PERSEROAN NOMOR {c['daftar_no']}
    """


def nib_print(c: dict, *, rba: bool) -> str:
    """NIB as printed from OSS 1.1 (2018-2021) or OSS RBA (since August 2021)."""
    basis = ("Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja" if rba else
             "Peraturan Pemerintah Nomor 24 Tahun 2018 tentang Pelayanan Perizinan Berusaha "
             "Terintegrasi Secara Elektronik")
    head = ("PERIZINAN BERUSAHA BERBASIS RISIKO" if rba else
            "PERIZINAN BERUSAHA TERINTEGRASI SECARA ELEKTRONIK")
    kbli = "; ".join(f"{k} - {v}" for k, v in c["kbli"])
    return f"""
    # PEMERINTAH REPUBLIK INDONESIA // {head} // NOMOR INDUK BERUSAHA: {c['nib']}

    Berdasarkan {basis}, Pemerintah Republik Indonesia menerbitkan Nomor Induk Berusaha (NIB) kepada:
    | No | Uraian | Keterangan |
    | 1 | Nama {'Pelaku Usaha' if rba else 'Perusahaan'} | {c['name'].upper()} |
    | 2 | Alamat Kantor | {c['address']} |
    | 3 | NPWP | {c['npwp']} |
    | 4 | Status Penanaman Modal | PMDN |
    | 5 | Kode KBLI | {kbli} |
    | 6 | Skala Usaha | {c.get('scale', 'Usaha Kecil')} |
    NIB ini berlaku di seluruh wilayah Republik Indonesia selama menjalankan kegiatan usaha dan berlaku sebagai {'identitas berusaha, Angka Pengenal Impor (API) dan hak akses kepabeanan' if rba else 'Tanda Daftar Perusahaan (TDP), Angka Pengenal Impor (API), dan hak akses kepabeanan'}.
    Pelaku usaha wajib memenuhi persyaratan dan kewajiban sesuai ketentuan peraturan perundang-undangan.
    > Diterbitkan di Jakarta, tanggal: {tgl(c['nib_date'])} // {'Menteri Investasi/Kepala Badan Koordinasi Penanaman Modal' if rba else 'Lembaga Pengelola dan Penyelenggara OSS'} // Ditandatangani secara elektronik
    Dokumen ini diterbitkan sistem OSS berdasarkan data dari Pelaku Usaha, tersimpan dalam sistem OSS, yang menjadi tanggung jawab Pelaku Usaha.
    """


def ahu_file(path: Path, c: dict, producer=None, kind: str = "pendirian", **kw) -> None:
    (producer or fpdf_pdf)(path, ahu_decree(c, kind=kind), created=c["ahu_date"],
                           author="Ditjen AHU", **kw)


def nib_file(path: Path, c: dict, producer=None, *, rba: bool, **kw) -> None:
    (producer or fpdf_pdf)(path, nib_print(c, rba=rba), created=c["nib_date"], author="OSS", **kw)


# ---------------------------------------------------------------- deeds (each notary's own voice)
def who(sex: str, name: str, place: str, born: str, job: str, nik: str, addr: str,
        acting: str = "") -> dict:
    """A person appearing before the notary (penghadap)."""
    return dict(sex=sex, name=name, place=place, born=born, job=job, nik=nik, addr=addr,
                acting=" " + acting if acting else "")


def caps(name: str) -> str:
    """Deed style: the name in capitals, titles (Drs., H., M.Si.) as written."""
    return " ".join(w if "." in w else w.upper() for w in name.split())


def person(i: int, p: dict, nik_phrase: str) -> str:
    born = d(p["born"])
    return (f"{i}. {p['sex']} {caps(p['name'])}, lahir di {p['place']}, pada tanggal "
            f"{born:%d-%m-%Y} ({tgl_kata(born)}), Warga Negara Indonesia, {p['job']}, bertempat "
            f"tinggal di {p['addr']}, {nik_phrase} {p['nik']};{p['acting']}")


def deed_pt(c: dict, n: dict) -> str:
    """Akta Pendirian of a PT (private or Perseroda) in the given notary's style."""
    day = c["deed_date"]
    when = (f"tanggal {day:%d-%m-%Y} ({tgl_kata(day)})" if n["date_style"] == "both"
            else f"tanggal {tgl_kata(day)}")
    people = "\n".join(person(i, p, n["nik"]) for i, p in enumerate(c["people"], 1))
    kbli = "\n".join(f"{chr(97 + i)}. {v} (KBLI {k});" for i, (k, v) in enumerate(c["kbli"]))
    cap, nominal, placed = c["capital"], c["nominal"], c["placed"]
    shares = "\n".join(f"- {caps(who)}, sebanyak {ribuan(s)} ({terbilang(s)}) saham, dengan "
                       f"nilai nominal seluruhnya sebesar {rp(s * nominal)};"
                       for who, s in c["shares"])
    board = "\n".join(f"- {role}: {caps(who)};" for role, who in c["board"])
    body = f"""
    Pada hari ini, {hari(day)}, {when}, pukul {c['time']} WIB.
    {n['intro']}
    {people}
    Para penghadap telah dikenal oleh saya, Notaris.
    Para penghadap menerangkan dengan ini mendirikan suatu perseroan terbatas dengan Anggaran Dasar sebagaimana termuat dalam akta ini:
    ## NAMA DAN TEMPAT KEDUDUKAN // Pasal 1
    1. {n['pasal1'].format(name=c['deed_name'], city=c['city'])[:-1]}{c.get('pasal1_extra', '')}.
    2. Perseroan dapat membuka kantor cabang atau kantor perwakilan, baik di dalam maupun di luar wilayah Republik Indonesia sebagaimana ditetapkan oleh Direksi.
    ## JANGKA WAKTU BERDIRINYA PERSEROAN // Pasal 2
    Perseroan didirikan untuk jangka waktu tidak terbatas.
    ## MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA // Pasal 3
    1. Maksud dan tujuan Perseroan ialah berusaha dalam bidang {c['purpose']}.
    2. Untuk mencapai maksud dan tujuan tersebut di atas, Perseroan dapat melaksanakan kegiatan usaha sebagai berikut:
    {kbli}
    ## MODAL // Pasal 4
    1. Modal dasar Perseroan berjumlah {rp(cap)} ({terbilang(cap)} Rupiah), terbagi atas {ribuan(cap // nominal)} ({terbilang(cap // nominal)}) saham, masing-masing saham bernilai nominal {rp(nominal)} ({terbilang(nominal)} Rupiah).
    2. Dari modal dasar tersebut telah ditempatkan dan disetor penuh sebesar {placed}% ({terbilang(placed)} persen) atau sejumlah {ribuan(cap * placed // 100 // nominal)} saham dengan nilai nominal seluruhnya sebesar {rp(cap * placed // 100)} ({terbilang(cap * placed // 100)} Rupiah) oleh para pendiri yang telah mengambil bagian saham dengan rincian yang disebutkan pada akhir akta ini.
    ## DIREKSI // Pasal 11
    1. Perseroan diurus dan dipimpin oleh Direksi yang terdiri dari 1 (satu) orang Direktur atau lebih. Apabila diangkat lebih dari 1 (satu) orang anggota Direksi, maka seorang di antaranya dapat diangkat sebagai Direktur Utama.
    2. Anggota Direksi diangkat oleh Rapat Umum Pemegang Saham untuk jangka waktu 5 (lima) tahun.
    ## TUGAS DAN WEWENANG DIREKSI // Pasal 12
    Direktur Utama berhak dan berwenang bertindak untuk dan atas nama Direksi serta mewakili Perseroan di dalam dan di luar Pengadilan; dalam hal Direktur Utama tidak hadir atau berhalangan, salah seorang anggota Direksi lainnya berhak dan berwenang bertindak untuk dan atas nama Direksi.
    ## DEWAN KOMISARIS // Pasal 14
    Dewan Komisaris terdiri dari 1 (satu) orang anggota Dewan Komisaris atau lebih; apabila diangkat lebih dari 1 (satu) orang, maka seorang di antaranya dapat diangkat sebagai Komisaris Utama.
    Akhirnya, para penghadap bertindak dalam kedudukannya sebagaimana tersebut di atas menerangkan bahwa:
    a. Untuk pertama kalinya modal yang ditempatkan dan disetor penuh oleh para pendiri adalah sebagai berikut:
    {shares}
    b. Menyimpang dari ketentuan dalam Pasal 11 dan Pasal 14 Anggaran Dasar ini, untuk pertama kalinya telah diangkat sebagai anggota Direksi dan Dewan Komisaris Perseroan adalah sebagai berikut:
    {board}
    c. Para penghadap memberi kuasa kepada Notaris untuk memohon pengesahan atas akta pendirian ini kepada Menteri Hukum dan Hak Asasi Manusia Republik Indonesia.
    DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di {n['city']}, pada hari dan tanggal serta jam tersebut pada bagian awal akta ini, dengan dihadiri oleh {n['witnesses']}, keduanya karyawan kantor Notaris, sebagai saksi-saksi.
    Setelah akta ini dibacakan oleh saya, Notaris, kepada para penghadap dan saksi-saksi, maka segera akta ini ditandatangani oleh para penghadap, saksi-saksi dan saya, Notaris.
    Dilangsungkan dengan tanpa perubahan.
    """
    if n["dashes"]:
        body = dashed(body)
    return f"""
    # SALINAN // AKTA PENDIRIAN // PERSEROAN TERBATAS // {c['name'].upper()} // {n['number'].format(no=c['deed_no'])}
    {body}
    > Diberikan sebagai SALINAN yang sama bunyinya. // Notaris di {n['city']}, // ttd. dan cap // {n['display']}
    """


NOTARIES = {
    "siti": dict(
        display="SITI RAHMAWATI, S.H., M.Kn.", city="Jakarta", date_style="both", dashes=True,
        number="Nomor: {no}", nik="pemegang Kartu Tanda Penduduk Nomor Induk Kependudukan",
        intro="Berhadapan dengan saya, SITI RAHMAWATI, Sarjana Hukum, Magister Kenotariatan, Notaris di Jakarta, dengan dihadiri oleh saksi-saksi yang saya, Notaris kenal dan akan disebutkan nama-namanya pada bagian akhir akta ini:",
        pasal1='Perseroan Terbatas ini bernama {name} (selanjutnya dalam Anggaran Dasar ini cukup disingkat dengan "Perseroan"), berkedudukan di {city}.',
        witnesses="Nona DWI ASTUTI dan Tuan MUHAMAD RIFAI"),
    "nurul": dict(
        display="Hj. NURUL AINI SYAHRANI, S.H., M.Kn.", city="Kota Samarinda", date_style="words",
        dashes=True, number="Nomor : {no}", nik="pemegang Nomor Induk Kependudukan (NIK)",
        intro="Menghadap kepada saya, Hajjah NURUL AINI SYAHRANI, Sarjana Hukum, Magister Kenotariatan, Notaris di Kota Samarinda, dengan dihadiri oleh saksi-saksi yang telah saya, Notaris kenal dan akan disebutkan pada bagian akhir akta ini:",
        pasal1='Perseroan ini bernama {name}, selanjutnya dalam anggaran dasar ini disebut "Perseroan", berkedudukan di {city}.',
        witnesses="Nyonya SRI WAHYUNINGSIH dan Tuan AHMAD JUNAIDI"),
    "yohanes": dict(
        display="YOHANES BUDI SANTOSO, S.H., M.Kn.", city="Kota Bekasi", date_style="words",
        dashes=False, number="Nomor {no}", nik="NIK",
        intro="Hadir dihadapan saya, YOHANES BUDI SANTOSO, S.H., M.Kn., Notaris di Kota Bekasi, dengan dihadiri saksi-saksi yang saya, Notaris kenal dan nama-namanya akan disebutkan pada akhir akta ini:",
        pasal1="Perseroan Terbatas ini bernama {name}, berkedudukan di {city}.",
        witnesses="Tuan ARIF KURNIAWAN dan Nona YULIA PERMATASARI"),
    "lukas": dict(
        display="LUKAS WIBISONO, S.H., M.Kn.", city="Kota Surabaya", date_style="both",
        dashes=True, number="No. {no}", nik="pemegang Kartu Tanda Penduduk dengan NIK",
        intro="Berhadapan dengan saya, LUKAS WIBISONO, Sarjana Hukum, Magister Kenotariatan, Notaris berkedudukan di Kota Surabaya, dengan dihadiri oleh saksi-saksi yang saya, Notaris kenal dan akan disebut pada akhir akta ini:",
        pasal1='Perseroan terbatas ini bernama {name} (selanjutnya disebut "Perseroan"), berkedudukan di {city}.',
        witnesses="Nona MEILINA TANUWIJAYA dan Tuan BAGUS SETIAWAN"),
    "andi": dict(
        display="ANDI MUHAMMAD RIDWAN, S.H., M.Kn.", city="Kota Makassar", date_style="both",
        dashes=True, number="Nomor : {no}", nik="pemegang Kartu Tanda Penduduk Nomor Induk Kependudukan",
        intro="Menghadap kepada saya, ANDI MUHAMMAD RIDWAN, Sarjana Hukum, Magister Kenotariatan, Notaris di Kota Makassar, dengan dihadiri oleh saksi-saksi yang telah dikenal oleh saya, Notaris, dan nama-namanya akan disebut pada bagian akhir akta ini:",
        pasal1="Perseroan Terbatas ini bernama {name}, berkedudukan di {city}.",
        witnesses="Tuan MUHAMMAD ASRUL dan Nona RISNAWATI"),
    "dewi": dict(
        display="DEWI LESTARI HANDAYANI, S.H., M.Kn.", city="Kota Bandung", date_style="words",
        dashes=True, number="Nomor: {no}", nik="pemegang Kartu Tanda Penduduk Nomor Induk Kependudukan",
        intro="Berhadapan dengan saya, DEWI LESTARI HANDAYANI, Sarjana Hukum, Magister Kenotariatan, Notaris di Kota Bandung, dengan dihadiri oleh saksi-saksi yang saya, Notaris kenal dan akan disebutkan pada bagian akhir akta ini:",
        pasal1='Perseroan Terbatas ini bernama {name} (selanjutnya disebut "Perseroan"), berkedudukan di {city}.',
        witnesses="Nona RINA MARLIANA dan Tuan DEDI SUPRIATNA"),
}


def pt_deed_file(path: Path, c: dict, n: str, producer) -> None:
    notary = NOTARIES[n]
    header = f"Akta {notary['number'].format(no=c['deed_no'])} tanggal {tgl(c['deed_date'])}"
    footer = f"{notary['display']} - Notaris di {notary['city']} - halaman {{page}}"
    producer(path, deed_pt(c, notary), created=c["deed_date"], title=f"Akta Pendirian {c['name']}",
             author=notary["display"], header=header, footer=footer)


def statement_head(c: dict, who: tuple[str, str], nik: str = "") -> str:
    name, role = who
    return f"""
    Yang bertanda tangan di bawah ini:
    Nama : {name}
    Jabatan : {role}
    {'NIK : ' + nik if nik else ''}
    Dalam hal ini bertindak untuk dan atas nama {c['name']}, berkedudukan di {c['city']}, alamat {c['address']}, NIB {c['nib']}, NPWP {c['npwp']}.
    """


# ---------------------------------------------------------------- bundle 1: complete private PT
PROVINCE_ROWS_1 = [
    ("Aceh", 1204), ("Sumut", 3880), ("Sumatera Barat", 1512), ("Riau", 1733), ("Kepri", 968),
    ("Jambi", 640), ("Sumatera Selatan", 1925), ("Bangka Belitung", 402), ("Bengkulu", 377),
    ("Lampung", 1418), ("DKI Jakarta", 12640), ("Jabar", 15302), ("Banten", 4711),
    ("Jawa Tengah", 9856), ("DIY", 2245), ("Jawa Timur", 11087), ("Bali", 1390), ("NTB", 0),
    ("Nusa Tenggara Timur", 512), ("Kalimantan Barat", 733), ("Kalimantan Tengah", 298),
    ("Kalimantan Selatan", 845), ("Kaltim", 1102), ("Kalimantan Utara", 151),
    ("Sulawesi Utara", 604), ("Gorontalo", 188), ("Sulawesi Tengah", 377), ("Sulsel", 2534),
    ("Sulawesi Tenggara", 421), ("Maluku", 203), ("Papua", 266),
]

BND = dict(
    name="PT Belajar Nusantara Digital", deed_name="PT Belajar Nusantara Digital",
    city="Jakarta Selatan", address="Jl. Wijaya I No. 27, Kebayoran Baru, Jakarta Selatan 12170",
    deed_no="12", deed_date=d("2020-04-14"), time="10.00", notary="SITI RAHMAWATI, S.H., M.Kn.",
    notary_city="Jakarta", ahu="AHU-0023817.AH.01.01.Tahun 2020", ahu_date=d("2020-04-16"),
    sabu_ref="4020041631208815", daftar_no="AHU-0071934.AH.01.11.TAHUN 2020",
    nib="9120204150376", nib_date=d("2020-05-04"), npwp="93.418.502.7-017.000", scale="Usaha Menengah",
    purpose="Informasi dan Komunikasi serta Pendidikan",
    kbli=[("63122", "Portal Web dan/atau Platform Digital Dengan Tujuan Komersial"),
          ("62019", "Aktivitas Pemrograman Komputer Lainnya"),
          ("85499", "Pendidikan Lainnya Swasta Yang Tidak Dapat Diklasifikasikan di Tempat Lain")],
    capital=10_000_000_000, nominal=1_000_000, placed=25,
    people=[
        who("Tuan", "Andika Pratama Wijaya", "Jakarta", "1985-03-12", "Wiraswasta", "3174051203850002",
            "Jakarta Selatan, Jalan Cipete Raya Nomor 14, Rukun Tetangga 005, Rukun Warga 003, Kelurahan Cipete Utara, Kecamatan Kebayoran Baru"),
        who("Nyonya", "Maya Kusumawardhani", "Semarang", "1988-07-21", "Karyawan Swasta", "3173026107880004",
            "Jakarta Barat, Jalan Tanjung Duren Barat II Nomor 8, Rukun Tetangga 011, Rukun Warga 004, Kelurahan Tanjung Duren Utara, Kecamatan Grogol Petamburan"),
        who("Tuan", "Hendro Susilo", "Surakarta", "1962-11-05", "Pensiunan", "3171010511620001",
            "Jakarta Pusat, Jalan Cikini Raya Nomor 52, Rukun Tetangga 002, Rukun Warga 001, Kelurahan Cikini, Kecamatan Menteng"),
        who("Nyonya", "Lina Marlina Siregar", "Medan", "1979-02-09", "Dosen", "3276024902790003",
            "Kota Depok, Jalan Margonda Raya Nomor 301, Rukun Tetangga 003, Rukun Warga 007, Kelurahan Kemiri Muka, Kecamatan Beji"),
    ],
    shares=[("Andika Pratama Wijaya", 1250), ("Maya Kusumawardhani", 750),
            ("Hendro Susilo", 300), ("Lina Marlina Siregar", 200)],
    board=[("Direktur Utama", "Andika Pratama Wijaya"), ("Direktur", "Maya Kusumawardhani"),
           ("Komisaris Utama", "Hendro Susilo"), ("Komisaris", "Lina Marlina Siregar")],
)


def bundle_belajar_nusantara(out: Path) -> None:
    c = BND
    pt_deed_file(out / "01_Akta_Pendirian_PT_Belajar_Nusantara_Digital.pdf", c, "siti", reportlab_pdf)
    ahu_file(out / "02_SK_Pengesahan_Kemenkumham.pdf", c, footer="Halaman {page} dari 1")
    nib_file(out / f"03_NIB_{c['nib']}.pdf", c, rba=False)
    head = "PT BELAJAR NUSANTARA DIGITAL | Jl. Wijaya I No. 27, Jakarta Selatan | www.belajarnusantara.id"
    rows = "\n".join(f"| {i} | {p} | {ribuan(n)} |" for i, (p, n) in enumerate(PROVINCE_ROWS_1, 1))
    total = sum(n for _, n in PROVINCE_ROWS_1)
    reportlab_pdf(out / "04_Surat_Pernyataan_Cakupan_Nasional.pdf", f"""
        # SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL
        ## Nomor: 017/BND-DIR/III/2024
        {statement_head(c, ('Andika Pratama Wijaya', 'Direktur Utama'))}
        Dengan ini menyatakan dengan sebenarnya bahwa platform digital Belajar Nusantara (https://www.belajarnusantara.id dan aplikasi Android https://play.google.com/store/apps/details?id=id.belajarnusantara.app) memiliki cakupan layanan berskala nasional, dengan pengguna terdaftar yang tersebar di provinsi-provinsi sebagaimana tabel berikut (data per 29 Februari 2024):
        | No | Provinsi | Jumlah Pengguna Terdaftar |
        {rows}
        | | Jumlah | {ribuan(total)} |
        Data pada tabel di atas bersumber dari basis data pengguna platform dan dapat diverifikasi oleh Manajemen Pelaksana Program Kartu Prakerja. Provinsi dengan jumlah pengguna 0 (nol) dicantumkan sebagai wilayah sasaran perluasan layanan tahun 2024.
        Demikian surat pernyataan ini dibuat dengan sebenar-benarnya untuk dipergunakan sebagai persyaratan pendaftaran Platform Digital Program Kartu Prakerja.
        > Jakarta, 11 Maret 2024 // Yang membuat pernyataan, // METERAI TEMPEL 10000 // ttd. // Andika Pratama Wijaya // Direktur Utama
        """, author="Andika Pratama Wijaya", header=head)
    fpdf_pdf(out / "05_Deskripsi_Sistem_TI.pdf", """
        # DESKRIPSI SISTEM TEKNOLOGI INFORMASI
        ## Platform Belajar Nusantara - versi dokumen 2.3, Maret 2024
        1. Arsitektur dan Infrastruktur
        Platform dibangun dengan arsitektur microservices yang berjalan di atas klaster Kubernetes. Lingkungan produksi ditempatkan pada pusat data Tier III di Cikarang, Jawa Barat, dengan situs pemulihan bencana (Disaster Recovery Center) di Batam. Seluruh data pribadi peserta disimpan di wilayah Indonesia sesuai PP 71 Tahun 2019.
        | Komponen | Teknologi | Lokasi |
        | Aplikasi web dan mobile | React, Flutter | CDN nasional |
        | Layanan backend | Go, Kubernetes | DC Cikarang (Tier III) |
        | Basis data | PostgreSQL (replikasi sinkron) | DC Cikarang dan DRC Batam |
        | Video pembelajaran | Object storage dan transcoding | DC Cikarang |
        2. Keamanan Informasi
        Perseroan telah memperoleh sertifikasi ISO/IEC 27001:2013 (sertifikat nomor ISMS-ID-20417, berlaku sampai Oktober 2025). Data dienkripsi saat transit (TLS 1.2 ke atas) dan saat tersimpan (AES-256). Uji penetrasi (penetration test) dilakukan setiap tahun oleh pihak independen; laporan terakhir Januari 2024 tanpa temuan kritikal. Akses administratif menggunakan autentikasi dua faktor.
        3. Ketersediaan dan Kapasitas
        Target ketersediaan layanan (SLA) 99,5% per bulan; realisasi 12 bulan terakhir 99,82%. Uji beban terakhir menunjukkan kapasitas 50.000 pengguna bersamaan (concurrent users) dengan autoscaling horizontal. RPO 15 menit, RTO 4 jam.
        4. Integrasi dan API
        Platform menyediakan REST API dengan autentikasi OAuth 2.0 dan webhook untuk integrasi dengan Learning Management System lembaga pelatihan mitra, termasuk pelaporan kehadiran, penyelesaian pelatihan dan sertifikat.
        5. Integrasi Pembayaran Kartu Prakerja
        Platform terintegrasi dengan sistem Kartu Prakerja sebagai metode pembayaran pelatihan: peserta memilih Kartu Prakerja pada halaman pembayaran, memasukkan kode voucher, dan transaksi dikonfirmasi melalui API Manajemen Pelaksana. Rekonsiliasi transaksi dilakukan setiap hari.
        Portal: https://www.belajarnusantara.id - Aplikasi: play.google.com/store/apps/details?id=id.belajarnusantara.app
        """, author="Tim Teknologi PT Belajar Nusantara Digital",
             created=d("2024-03-08"), header="PT Belajar Nusantara Digital - Dokumen Internal (Terbatas)")
    reportlab_pdf(out / "06_Daftar_Lembaga_Pelatihan_Mitra.pdf", """
        # DAFTAR LEMBAGA PELATIHAN MITRA
        ## Platform Digital Belajar Nusantara
        Belajar Nusantara adalah marketplace pelatihan yang terbuka bagi lembaga pelatihan dari seluruh Indonesia. Setiap lembaga yang lolos kurasi dapat menayangkan dan menjual program pelatihannya sendiri di platform. Seluruh program pelatihan mitra di bawah ini berbasis kompetensi dan mengacu pada Standar Kompetensi Kerja Nasional Indonesia (SKKNI).
        | No | Nama Lembaga Pelatihan | Kota | Bidang Pelatihan | Dasar Kompetensi |
        | 1 | LPK Mitra Terampil Jaya | Bekasi | Teknisi Pendingin dan Tata Udara | SKKNI, sertifikasi LSP P3 |
        | 2 | PT Cakrawala Edukasi Prima | Jakarta Selatan | Pemasaran Digital | SKKNI Pemasaran Digital |
        | 3 | Lembaga Kursus dan Pelatihan Bahasa Harmoni | Yogyakarta | Bahasa Inggris untuk Pariwisata | KKNI Level 2 |
        | 4 | LPK Karya Boga Lestari | Surabaya | Tata Boga | SKKNI Bidang Tata Boga |
        | 5 | PT Data Cendekia Edukasi | Bandung | Analisis Data | SKKNI, skema BNSP |
        | 6 | Lembaga Kursus Menjahit Sekar Ayu | Semarang | Tata Busana | SKKNI Garmen Apparel |
        | 7 | LPK Otomotif Sinar Teknik | Medan | Perawatan Sepeda Motor | SKKNI Otomotif |
        | 8 | PT Wirausaha Muda Edukasi | Makassar | Kewirausahaan UMKM | Berbasis kompetensi (modul Kemnaker) |
        Jumlah lembaga pelatihan mitra aktif: 8 (delapan) lembaga, dengan 214 program pelatihan.
        > Jakarta, 11 Maret 2024 // ttd. // Maya Kusumawardhani // Direktur
        """, author="Maya Kusumawardhani", header=head)


# ---------------------------------------------------------------- bundle 2: CV applicant
CIM = dict(
    name="CV Cahaya Ilmu Mandiri", city="Kota Padang",
    address="Jl. Khatib Sulaiman No. 45, Padang Utara, Kota Padang, Sumatera Barat 25135",
    deed_no="05", deed_date=d("2021-02-18"), notary="RINI ANGGRAENI, S.H., M.Kn.",
    notary_city="Kota Padang", ahu="AHU-0018452-AH.01.14 Tahun 2021", ahu_date=d("2021-02-22"),
    nib="9120310281645", nib_date=d("2021-03-01"), npwp="92.610.774.3-201.000",
    kbli=[("85499", "Pendidikan Lainnya Swasta"), ("63122", "Portal Web dan/atau Platform Digital Dengan Tujuan Komersial")],
)
PROVINCES_2 = ("Aceh, Sumatera Utara, Sumbar, Riau, Kepulauan Riau, Jambi, Sumatera Selatan, "
               "Bengkulu, Lampung, Kepulauan Bangka Belitung, DKI Jakarta, Jawa Barat, Banten, "
               "Jawa Tengah, DI Yogyakarta, Jawa Timur, Bali, Nusa Tenggara Barat, Kalimantan "
               "Barat, Kalimantan Selatan, Kalimantan Timur, Sulawesi Utara, Sulawesi Tengah, "
               "Sulawesi Selatan, Sulawesi Tenggara, Maluku dan Papua")


def bundle_cahaya_ilmu(out: Path) -> None:
    c, day = CIM, CIM["deed_date"]
    deed = dashed(f"""
    Pada hari ini, {hari(day)}, tanggal {tgl_kata(day)}, pukul sembilan lewat tiga puluh menit Waktu Indonesia Barat.
    Berhadapan dengan saya, RINI ANGGRAENI, Sarjana Hukum, Magister Kenotariatan, Notaris di Kota Padang, dengan dihadiri oleh saksi-saksi yang saya, Notaris kenal dan akan disebutkan pada bagian akhir akta ini:
    1. Tuan FAUZAN HIDAYAT, lahir di Bukittinggi, pada tanggal 04-09-1986 (empat September seribu sembilan ratus delapan puluh enam), Warga Negara Indonesia, Wiraswasta, bertempat tinggal di Kota Padang, Jalan Veteran Nomor 12, Kelurahan Purus, Kecamatan Padang Barat, pemegang Nomor Induk Kependudukan 1371010409860003;
    2. Nyonya RAHMAWATI SYAFITRI, lahir di Padang, pada tanggal 17-01-1990 (tujuh belas Januari seribu sembilan ratus sembilan puluh), Warga Negara Indonesia, Guru, bertempat tinggal di Kota Padang, Jalan Sawahan Dalam Nomor 3, Kelurahan Sawahan, Kecamatan Padang Timur, pemegang Nomor Induk Kependudukan 1371025701900001;
    Para penghadap menerangkan bahwa mereka dengan ini telah setuju dan mufakat untuk mendirikan suatu Persekutuan Komanditer (Commanditaire Vennootschap) dengan anggaran dasar sebagai berikut:
    ## NAMA DAN TEMPAT KEDUDUKAN // Pasal 1
    Persekutuan ini bernama Persekutuan Komanditer CV CAHAYA ILMU MANDIRI, berkedudukan di Kota Padang, dengan cabang-cabang di tempat lain yang dianggap perlu oleh para persero.
    ## Pasal 2
    Persekutuan ini didirikan untuk jangka waktu yang tidak ditentukan lamanya dan dimulai pada tanggal akta ini.
    ## MAKSUD DAN TUJUAN // Pasal 3
    Maksud dan tujuan persekutuan ialah menjalankan usaha di bidang pendidikan dan jasa informasi, yaitu Pendidikan Lainnya Swasta (KBLI 85499) dan Portal Web dan/atau Platform Digital Dengan Tujuan Komersial (KBLI 63122).
    ## MODAL // Pasal 4
    Modal persekutuan tidak ditentukan besarnya; pemasukan para persero dicatat dalam buku persekutuan, yaitu Tuan FAUZAN HIDAYAT sebesar Rp 150.000.000,00 (seratus lima puluh juta Rupiah) dan Nyonya RAHMAWATI SYAFITRI sebesar Rp 100.000.000,00 (seratus juta Rupiah).
    ## PENGURUSAN // Pasal 5
    1. Tuan FAUZAN HIDAYAT adalah persero pengurus (sekutu komplementer) yang bertanggung jawab penuh dan menjabat sebagai Direktur persekutuan.
    2. Nyonya RAHMAWATI SYAFITRI adalah persero komanditer (sekutu diam) yang hanya bertanggung jawab sebesar pemasukannya dan tidak turut mengurus persekutuan.
    ## Pasal 6
    Direktur berhak mewakili persekutuan di dalam dan di luar pengadilan tentang segala hal dan dalam segala kejadian, serta mengikat persekutuan kepada pihak lain.
    ## Pasal 7
    Keuntungan dan kerugian persekutuan dibagi di antara para persero menurut perbandingan pemasukan masing-masing.
    DEMIKIANLAH AKTA INI dibuat sebagai minuta dan diselesaikan di Kota Padang pada hari dan tanggal tersebut di atas, dengan dihadiri oleh Nona SUCI RAMADHANI dan Tuan HERU GUSTIAN, keduanya pegawai kantor Notaris, sebagai saksi-saksi.
    """)
    fpdf_pdf(out / "akta_pendirian_cv.pdf", f"""
        # AKTA PENDIRIAN PERSEKUTUAN KOMANDITER // CV CAHAYA ILMU MANDIRI // No. 05
        {deed}
        > Diberikan sebagai salinan yang sama bunyinya. // Notaris di Kota Padang, // RINI ANGGRAENI, S.H., M.Kn.
        """, author="Notaris Rini Anggraeni",
             created=day, header="SALINAN - Akta No. 05 - Notaris Rini Anggraeni, S.H., M.Kn.")
    ahu_file(out / "SKT_Kemenkumham_CV.pdf", c, kind="cv")
    nib_file(out / "nib.pdf", c, reportlab_pdf, rba=False, footer="Dicetak dari oss.go.id - {page}")
    text_file(out / "surat pernyataan cakupan wilayah.txt", f"""
        # Surat Pernyataan Cakupan Layanan
        {statement_head(c, ('Fauzan Hidayat', 'Direktur'), '1371010409860003')}
        Menyatakan bahwa layanan pelatihan daring CV Cahaya Ilmu Mandiri (https://cahayailmu.co.id) berskala nasional. Sampai dengan 30 September 2023 platform memiliki 18.450 pengguna terdaftar yang berasal dari 27 (dua puluh tujuh) provinsi, yaitu: {PROVINCES_2}.
        Demikian pernyataan ini dibuat dengan sebenarnya.

        > Padang, 2 Oktober 2023 // Yang menyatakan, // (bermeterai Rp 10.000, ttd.) // Fauzan Hidayat // Direktur CV Cahaya Ilmu Mandiri
        """, crlf=True)
    reportlab_pdf(out / "deskripsi_sistem.pdf", """
        # DESKRIPSI SISTEM INFORMASI
        ## Platform Cahaya Ilmu (https://cahayailmu.co.id)
        Infrastruktur. Aplikasi berbasis web (Laravel dan MySQL) dijalankan pada server virtual (VPS) di penyedia cloud lokal dengan pusat data di Jakarta. Arsitektur terdiri atas server aplikasi, server basis data terpisah dan penyimpanan objek untuk materi video.
        Keamanan. Seluruh lalu lintas menggunakan HTTPS (sertifikat SSL), kata sandi pengguna disimpan dalam bentuk hash bcrypt, dan hak akses admin dibatasi per peran. Uji penetrasi oleh konsultan keamanan independen dilakukan pada Mei 2023.
        Integrasi. Tersedia REST API bagi lembaga pelatihan mitra untuk sinkronisasi jadwal, peserta dan nilai. Modul pembayaran mendukung Kartu Prakerja sebagai metode pembayaran pelatihan melalui penukaran (redeem) kode voucher yang terhubung dengan API Kartu Prakerja.
        > Padang, 2 Oktober 2023 // Fauzan Hidayat, Direktur
        """, author="CV Cahaya Ilmu Mandiri", size=10.5)
    text_file(out / "mitra_pelatihan.txt", """
        # DAFTAR MITRA LEMBAGA PELATIHAN CV CAHAYA ILMU MANDIRI
        Program pelatihan yang ditawarkan melalui platform disusun berbasis kompetensi dengan mengacu pada SKKNI.
        | No. | Lembaga | Kota | Program |
        | 1 | LPK Minang Kreatif | Padang | Desain Grafis |
        | 2 | Lembaga Kursus Komputer Andalas Prima | Bukittinggi | Administrasi Perkantoran |
        | 3 | PT Ranah Edukasi Mandiri | Pekanbaru | Digital Marketing |
        | 4 | LPK Rumah Jahit Bundo | Payakumbuh | Menjahit Pakaian |
        """)


# ---------------------------------------------------------------- bundle 3: BUMD (Perseroda)
BCD = dict(
    name="PT Borneo Cakap Digital (Perseroda)", deed_name="PT BORNEO CAKAP DIGITAL (PERSERODA)",
    city="Kota Samarinda", address="Jl. Gajah Mada No. 2, Kota Samarinda, Kalimantan Timur 75121",
    deed_no="21", deed_date=d("2021-09-14"), time="13.00", notary="Hj. NURUL AINI SYAHRANI, S.H., M.Kn.",
    notary_city="Kota Samarinda", ahu="AHU-0047215.AH.01.01.Tahun 2021", ahu_date=d("2021-09-16"),
    sabu_ref="4021091637712409", daftar_no="AHU-0158802.AH.01.11.TAHUN 2021",
    nib="1210210034871", nib_date=d("2021-10-20"), npwp="41.559.302.8-722.000", scale="Usaha Besar",
    purpose="Informasi dan Komunikasi serta Pendidikan",
    kbli=[("63122", "Portal Web dan/atau Platform Digital Dengan Tujuan Komersial"),
          ("85499", "Pendidikan Lainnya Swasta")],
    capital=20_000_000_000, nominal=1_000_000, placed=50,
    pasal1_extra=", yang didirikan berdasarkan Peraturan Daerah Provinsi Kalimantan Timur Nomor 4 Tahun 2021 tentang Pembentukan Perseroan Terbatas Borneo Cakap Digital (Perseroda)",
    people=[
        who("Tuan", "Drs. H. Syamsul Bahri, M.Si.", "Tenggarong", "1968-05-02", "Pegawai Negeri Sipil", "6402020205680001",
            "Kota Samarinda, Jalan Juanda Nomor 7, Kelurahan Air Hitam, Kecamatan Samarinda Ulu",
            "menurut keterangannya dalam hal ini bertindak dalam jabatannya selaku Kepala Biro Perekonomian Sekretariat Daerah Provinsi Kalimantan Timur, berdasarkan Surat Kuasa Gubernur Kalimantan Timur, dari dan oleh karena itu untuk dan atas nama Pemerintah Provinsi Kalimantan Timur;"),
        who("Tuan", "Ir. Bambang Sutejo", "Balikpapan", "1971-12-19", "Karyawan BUMD", "6471031912710002",
            "Kota Balikpapan, Jalan Jenderal Sudirman Nomor 88, Kelurahan Klandasan Ilir, Kecamatan Balikpapan Kota",
            "dalam hal ini bertindak selaku Direktur Utama dari dan oleh karena itu untuk dan atas nama PT MAHAKAM KARYA INVESTAMA (PERSERODA);"),
    ],
    shares=[("Pemerintah Provinsi Kalimantan Timur", 9000), ("PT Mahakam Karya Investama (Perseroda)", 1000)],
    board=[("Direktur Utama", "Muhammad Fadli Rahman"), ("Direktur", "Rahmi Oktaviani"),
           ("Komisaris Utama", "Drs. H. Syamsul Bahri, M.Si."), ("Komisaris", "Dr. Yuliani Kartika, S.E., M.M.")],
)
PROVINCES_3 = ["Kaltim", "Kalimantan Selatan", "Kalteng", "Kalbar", "Kaltara", "Jawa Timur",
               "Jateng", "Jawa Barat", "DKI Jakarta", "Banten", "DI Yogyakarta", "Bali",
               "Nusa Tenggara Barat", "NTT", "Sulsel", "Sulawesi Tengah", "Sulawesi Barat",
               "Sulawesi Utara", "Gorontalo", "Maluku", "Maluku Utara", "Papua Barat",
               "Papua Barat Daya", "Sumatera Utara", "Sumatera Selatan", "Riau",
               "Kepulauan Bangka Belitung", "Lampung", "Aceh"]


def bundle_borneo_cakap(out: Path) -> None:
    c = BCD
    fpdf_pdf(out / "Perda_Kaltim_4_2021_Pembentukan_PT_BCD.pdf", """
        # PERATURAN DAERAH PROVINSI KALIMANTAN TIMUR // NOMOR 4 TAHUN 2021 // TENTANG // PEMBENTUKAN PERSEROAN TERBATAS BORNEO CAKAP DIGITAL (PERSERODA)
        ## DENGAN RAHMAT TUHAN YANG MAHA ESA // GUBERNUR KALIMANTAN TIMUR,
        Menimbang: bahwa untuk meningkatkan keterampilan tenaga kerja daerah melalui layanan pelatihan berbasis teknologi digital perlu dibentuk badan usaha milik daerah berbentuk perseroan terbatas; Mengingat: Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah; Peraturan Pemerintah Nomor 54 Tahun 2017 tentang Badan Usaha Milik Daerah.
        ## Pasal 2
        (1) Dengan Peraturan Daerah ini dibentuk Perseroan Terbatas Borneo Cakap Digital (Perseroda) sebagai Badan Usaha Milik Daerah Provinsi Kalimantan Timur. (2) Paling sedikit 51% (lima puluh satu persen) saham Perseroda dimiliki oleh Pemerintah Provinsi Kalimantan Timur.
        > Ditetapkan di Samarinda pada tanggal 30 Juni 2021 // GUBERNUR KALIMANTAN TIMUR, // ttd.
        LEMBARAN DAERAH PROVINSI KALIMANTAN TIMUR TAHUN 2021 NOMOR 4
        """, author="Biro Hukum Setda Prov. Kaltim",
             created=d("2021-06-30"), footer="JDIH Provinsi Kalimantan Timur - {page}")
    pt_deed_file(out / "Akta_Pendirian_No_21.pdf", c, "nurul", reportlab_pdf)
    ahu_file(out / "SK_AHU_Pengesahan.pdf", c)
    fpdf_pdf(out / "SK_Gubernur_Pengangkatan_Direksi.pdf", """
        # KEPUTUSAN GUBERNUR KALIMANTAN TIMUR // NOMOR 500.05/K.611/2021 // TENTANG // PENGANGKATAN ANGGOTA DIREKSI PT BORNEO CAKAP DIGITAL (PERSERODA) MASA JABATAN 2021-2026
        GUBERNUR KALIMANTAN TIMUR, selaku Kuasa Pemegang Modal pada PT Borneo Cakap Digital (Perseroda),
        Menimbang: bahwa berdasarkan hasil uji kelayakan dan kepatutan calon anggota Direksi, perlu menetapkan pengangkatan anggota Direksi PT Borneo Cakap Digital (Perseroda).
        ## MEMUTUSKAN:
        KESATU: Mengangkat nama-nama sebagaimana tercantum di bawah ini sebagai anggota Direksi PT Borneo Cakap Digital (Perseroda) masa jabatan 2021-2026:
        | No | Nama | Jabatan |
        | 1 | Muhammad Fadli Rahman | Direktur Utama |
        | 2 | Rahmi Oktaviani | Direktur |
        KEDUA: Keputusan ini mulai berlaku pada tanggal ditetapkan.
        > Ditetapkan di Samarinda // pada tanggal 4 Oktober 2021 // GUBERNUR KALIMANTAN TIMUR, // ttd.
        """, author="Biro Perekonomian", created=d("2021-10-04"))
    nib_file(out / "NIB_OSS.pdf", c, rba=True)
    listing = "\n".join(f"{i}. {p}" for i, p in enumerate(PROVINCES_3, 1))
    reportlab_pdf(out / "Pernyataan_Cakupan_Nasional.pdf", f"""
        # SURAT PERNYATAAN
        ## CAKUPAN LAYANAN BERSKALA NASIONAL
        {statement_head(c, ('Muhammad Fadli Rahman', 'Direktur Utama'))}
        Menyatakan bahwa platform pelatihan digital Borneo Cakap (https://www.borneocakap.co.id, aplikasi Android di Google Play: play.google.com/store/apps/details?id=id.co.borneocakap.mobile) melayani 41.276 pengguna terdaftar yang berdomisili di 29 (dua puluh sembilan) provinsi sebagai berikut:
        {listing}
        Demikian pernyataan ini kami buat dengan sebenarnya dan penuh tanggung jawab.
        > Samarinda, 6 November 2023 // PT Borneo Cakap Digital (Perseroda) // materai Rp10.000 - ttd. dan cap perusahaan // Muhammad Fadli Rahman // Direktur Utama
        """, author="PT Borneo Cakap Digital (Perseroda)",
                  header="PT BORNEO CAKAP DIGITAL (PERSERODA) - BUMD Provinsi Kalimantan Timur")
    fpdf_pdf(out / "Deskripsi_Sistem_Informasi.pdf", """
        # DESKRIPSI SISTEM INFORMASI PLATFORM BORNEO CAKAP
        A. Infrastruktur: aplikasi dijalankan pada cloud privat di Pusat Data Daerah Provinsi Kalimantan Timur dengan cadangan (backup site) pada penyedia cloud publik region Jakarta; arsitektur tiga lapis (web, aplikasi, basis data).
        B. Keamanan: sistem manajemen keamanan informasi mengacu pada SNI ISO/IEC 27001; enkripsi TLS dan enkripsi basis data; uji penetrasi berkala bersama CSIRT Provinsi.
        C. Ketersediaan dan kapasitas: SLA ketersediaan 99,5%; kapasitas terukur 20.000 pengguna bersamaan.
        D. Integrasi: REST API dan Single Sign-On untuk lembaga pelatihan; integrasi dengan sistem Kartu Prakerja sebagai metode pembayaran pelatihan melalui penukaran kode voucher.
        """, author="Divisi TI PT Borneo Cakap Digital (Perseroda)",
             created=d("2023-11-06"), header="PT Borneo Cakap Digital (Perseroda)")
    docx_file(out / "Daftar_Mitra_LPK.docx", """
        # Daftar Lembaga Pelatihan Mitra
        Berikut lembaga pelatihan yang menawarkan program pelatihan berbasis kompetensi (mengacu SKKNI) di platform Borneo Cakap:
        | No | Lembaga Pelatihan | Kabupaten/Kota | Program Unggulan |
        | 1 | LPK Mahakam Teknik Mandiri | Samarinda | Operator Alat Berat |
        | 2 | PT Etam Edukasi Nusantara | Balikpapan | Keselamatan dan Kesehatan Kerja |
        | 3 | Lembaga Kursus Bahasa Borneo Lingua | Bontang | Bahasa Inggris Perkantoran |
        | 4 | LPK Kutai Kreatif Digital | Tenggarong | Desain Grafis |
        | 5 | LPK Cahaya Banua | Banjarmasin | Barista dan Tata Boga |
        """, author="PT Borneo Cakap Digital (Perseroda)",
              created=d("2023-11-06"), header="PT Borneo Cakap Digital (Perseroda)")


# ---------------------------------------------------------------- bundle 4: central government
def bundle_kemnaker(out: Path) -> None:
    official = "Dr. Bambang Irawan Setiadi, S.E., M.Si."
    reportlab_pdf(out / "lampiran-1_kepmenaker_215_2020.pdf", """
        # KEPUTUSAN MENTERI KETENAGAKERJAAN REPUBLIK INDONESIA // NOMOR 215 TAHUN 2020 // TENTANG // PENYELENGGARAAN SISTEM INFORMASI PELATIHAN KERJA TERPADU
        ## DENGAN RAHMAT TUHAN YANG MAHA ESA // MENTERI KETENAGAKERJAAN REPUBLIK INDONESIA,
        Menimbang: a. bahwa untuk memperluas akses masyarakat terhadap pelatihan kerja berbasis kompetensi perlu diselenggarakan sistem informasi pelatihan kerja secara daring; b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Menteri Ketenagakerjaan tentang Penyelenggaraan Sistem Informasi Pelatihan Kerja Terpadu.
        Mengingat: 1. Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan; 2. Peraturan Pemerintah Nomor 31 Tahun 2006 tentang Sistem Pelatihan Kerja Nasional; 3. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik.
        ## MEMUTUSKAN:
        Menetapkan: KEPUTUSAN MENTERI KETENAGAKERJAAN TENTANG PENYELENGGARAAN SISTEM INFORMASI PELATIHAN KERJA TERPADU.
        KESATU: Sistem Informasi Pelatihan Kerja Terpadu yang selanjutnya disebut SIPELATIH merupakan platform digital Kementerian Ketenagakerjaan untuk pendaftaran, pembelian dan pelaksanaan pelatihan kerja secara daring yang dapat diakses melalui https://sipelatih.kemnaker.go.id.
        KEDUA: SIPELATIH diselenggarakan oleh Direktorat Jenderal Pembinaan Pelatihan Vokasi dan Produktivitas, dengan penanggung jawab teknis Direktur Bina Lembaga dan Sarana Pelatihan Kerja.
        KETIGA: SIPELATIH terbuka bagi lembaga pelatihan kerja pemerintah dan lembaga pelatihan kerja swasta yang terakreditasi.
        KEEMPAT: Keputusan Menteri ini mulai berlaku pada tanggal ditetapkan.
        > Ditetapkan di Jakarta // pada tanggal 16 November 2020 // MENTERI KETENAGAKERJAAN REPUBLIK INDONESIA, // ttd. // SRI HANDAYANI KUSUMO
        Salinan sesuai dengan aslinya, Kepala Biro Hukum.
        """, author="Biro Hukum Kemnaker",
                  header="KEMENTERIAN KETENAGAKERJAAN REPUBLIK INDONESIA", footer="- {page} -")
    fpdf_pdf(out / "lampiran-2_kepmenaker_87_2021_pengangkatan.pdf", f"""
        # KEPUTUSAN MENTERI KETENAGAKERJAAN REPUBLIK INDONESIA // NOMOR 87 TAHUN 2021 // TENTANG // PENGANGKATAN DALAM JABATAN PIMPINAN TINGGI PRATAMA DI LINGKUNGAN KEMENTERIAN KETENAGAKERJAAN
        Menimbang: bahwa berdasarkan hasil seleksi terbuka dan untuk kelancaran pelaksanaan tugas, perlu mengangkat Pegawai Negeri Sipil dalam jabatan pimpinan tinggi pratama.
        ## MEMUTUSKAN:
        KESATU: Mengangkat Pegawai Negeri Sipil yang namanya tercantum dalam lajur 2 Lampiran Keputusan ini dalam jabatan sebagaimana tercantum dalam lajur 5.
        KEDUA: Kepada pegawai yang bersangkutan diberikan hak keuangan dan fasilitas sesuai ketentuan peraturan perundang-undangan.
        > Ditetapkan di Jakarta pada tanggal 25 Maret 2021 // MENTERI KETENAGAKERJAAN REPUBLIK INDONESIA, // ttd. // SRI HANDAYANI KUSUMO
        ## LAMPIRAN KEPUTUSAN MENTERI KETENAGAKERJAAN NOMOR 87 TAHUN 2021
        | No | Nama / NIP | Pangkat / Gol. | Jabatan Lama | Jabatan Baru |
        | 1 | {official} / NIP 197203151998031002 | Pembina Utama Muda (IV/c) | Kepala Bagian Perencanaan Ditjen Binalavotas | Direktur Bina Lembaga dan Sarana Pelatihan Kerja |
        | 2 | Ir. Retno Wulandari, M.T. / NIP 197508242000032001 | Pembina Tingkat I (IV/b) | Kepala Pusat Pasar Kerja | Direktur Bina Standardisasi Kompetensi |
        """, author="Biro Organisasi dan SDM", created=d("2021-03-25"))
    fpdf_pdf(out / "lampiran-3_surat_pernyataan_cakupan.pdf", f"""
        # SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL
        ## Nomor: 4.512/LP.00.01/VIII/2023
        Yang bertanda tangan di bawah ini:
        Nama : {official}
        NIP : 197203151998031002
        Jabatan : Direktur Bina Lembaga dan Sarana Pelatihan Kerja, Direktorat Jenderal Pembinaan Pelatihan Vokasi dan Produktivitas, Kementerian Ketenagakerjaan Republik Indonesia
        Dengan ini menyatakan bahwa platform SIPELATIH (https://sipelatih.kemnaker.go.id) yang ditetapkan dengan Keputusan Menteri Ketenagakerjaan Nomor 215 Tahun 2020 telah melayani 1.284.530 pengguna terdaftar yang tersebar di 34 (tiga puluh empat) provinsi di Indonesia.
        Demikian surat pernyataan ini dibuat untuk dipergunakan sebagaimana mestinya.
        > Jakarta, 14 Agustus 2023 // Direktur Bina Lembaga dan Sarana Pelatihan Kerja, // ttd. // {official} // NIP 197203151998031002
        """, author="Direktorat Bina Lemsarpel",
             created=d("2023-08-14"), header="KEMENTERIAN KETENAGAKERJAAN RI - DITJEN BINALAVOTAS")
    reportlab_pdf(out / "lampiran-4_system_description.pdf", """
        # SIPELATIH - SYSTEM DESCRIPTION
        ## Ministry of Manpower of the Republic of Indonesia, August 2023
        1. Architecture and hosting. SIPELATIH runs as containerised services in the Ministry's own data centre (Pusat Data dan Informasi Ketenagakerjaan, Jakarta) with a disaster-recovery site in Surabaya. The front end is a responsive web application; a mobile app is published as id.go.kemnaker.sipelatih on Google Play.
        2. Security. The information security management system follows SNI ISO/IEC 27001:2013 and is audited by the national cyber agency (BSSN). All traffic uses TLS 1.3; personal data is encrypted at rest; an external penetration test is run every semester.
        3. Availability and capacity. Service level target of 99.8% monthly uptime; load tests in July 2023 sustained 200,000 concurrent sessions.
        4. Integration. A documented REST API (OAuth 2.0) lets training institutions publish courses and report completions; participant identity is verified against the population registry.
        5. Payment. SIPELATIH supports Kartu Prakerja as the payment method for training: participants redeem their Prakerja voucher code, which is validated and settled through the Prakerja PMO API.
        """, author="Pusdatinaker", size=10.5,
                  header="SIPELATIH - System Description - v1.4", footer="Page {page}")
    fpdf_pdf(out / "lampiran-5_daftar_lembaga_pelatihan.pdf", """
        # DAFTAR LEMBAGA PELATIHAN YANG BEKERJA SAMA DENGAN SIPELATIH
        Seluruh program pelatihan pada SIPELATIH berbasis kompetensi mengacu pada SKKNI dan peserta dapat mengikuti uji kompetensi pada Lembaga Sertifikasi Profesi berlisensi BNSP.
        | No | Lembaga Pelatihan | Status | Provinsi |
        | 1 | UPTD Balai Latihan Kerja Kabupaten Sleman | Pemerintah Daerah | DI Yogyakarta |
        | 2 | UPTD Balai Latihan Kerja Kota Kupang | Pemerintah Daerah | Nusa Tenggara Timur |
        | 3 | LPK Bina Insan Terampil | Swasta | Jawa Barat |
        | 4 | PT Mandiri Kompeten Edukasi | Swasta | DKI Jakarta |
        | 5 | Lembaga Kursus Teknik Las Sinar Baja | Swasta | Banten |
        | 6 | LPK Pariwisata Dewata Mahir | Swasta | Bali |
        """, author="Direktorat Bina Lemsarpel",
             created=d("2023-08-14"), header="Lampiran 5 - Permohonan Platform Digital SIPELATIH")


# ---------------------------------------------------------------- bundle 5: incomplete PT
SAD = dict(
    name="PT Sinar Akademi Digital", deed_name="PT SINAR AKADEMI DIGITAL", city="Kota Bekasi",
    address="Ruko Sentra Niaga Blok B2 No. 9, Jl. Ahmad Yani, Bekasi Selatan, Kota Bekasi 17148",
    deed_no="08", deed_date=d("2023-03-23"), time="11.00", nib="0410230078315",
    nib_date=d("2023-04-10"), npwp="62.731.905.4-432.000", purpose="Pendidikan dan Informasi",
    kbli=[("85499", "Pendidikan Lainnya Swasta"),
          ("63122", "Portal Web dan/atau Platform Digital Dengan Tujuan Komersial")],
    capital=1_000_000_000, nominal=100_000, placed=50, people=[
        who("Tuan", "Bagus Prasetyo Nugroho", "Klaten", "1990-10-08", "Wiraswasta", "3275010810900005",
            "Kota Bekasi, Perumahan Galaxy Blok E Nomor 21, Kelurahan Pekayon Jaya, Kecamatan Bekasi Selatan"),
        who("Nona", "Citra Ayu Lestari", "Bogor", "1994-04-27", "Karyawan Swasta", "3201026704940002",
            "Kabupaten Bogor, Jalan Raya Cibinong Nomor 5, Kelurahan Pakansari, Kecamatan Cibinong"),
    ], shares=[("Bagus Prasetyo Nugroho", 3000), ("Citra Ayu Lestari", 2000)],
    board=[("Direktur Utama", "Bagus Prasetyo Nugroho"), ("Direktur", "Citra Ayu Lestari"),
           ("Komisaris", "Suharti Nugroho")],
)
PROVINCES_5 = ["Jabar", "DKI Jakarta", "Banten", "Jateng", "Jatim", "DIY", "Lampung",
               "Sumsel", "Sumbar", "Sumut", "Aceh", "Riau", "Jambi", "Bengkulu", "Bali", "NTB",
               "NTT", "Kalbar", "Kalteng", "Kalsel", "Kaltim", "Sulsel", "Sulut", "Sulteng",
               "Maluku", "Papua"]


def bundle_sinar_akademi(out: Path) -> None:
    c = SAD
    text_file(out / "Surat_Permohonan.txt", f"""
        Bekasi, 15 Januari 2024
        Nomor : 003/SAD/I/2024
        Lampiran : 3 (tiga) berkas
        Perihal : Permohonan Menjadi Mitra Platform Digital Program Kartu Prakerja

        Kepada Yth.
        Manajemen Pelaksana Program Kartu Prakerja
        di Jakarta

        Dengan hormat,
        Bersama surat ini kami, PT Sinar Akademi Digital, pengelola platform pembelajaran daring Sinar Akademi (https://sinarakademi.id), mengajukan permohonan untuk menjadi mitra platform digital Program Kartu Prakerja. Sebagai kelengkapan, kami lampirkan akta pendirian perseroan, Nomor Induk Berusaha {c['nib']}, dan surat pernyataan sebaran pengguna. Dokumen lainnya akan kami susulkan.
        Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

        > Hormat kami, // PT Sinar Akademi Digital // Bagus Prasetyo Nugroho // Direktur Utama
        """)
    fpdf_pdf(out / "AktaPendirian_PT_Sinar_Akademi_Digital.pdf", deed_pt(c, NOTARIES["yohanes"]),
             created=c["deed_date"], author="Notaris Yohanes Budi Santoso",
             header="Yohanes Budi Santoso, S.H., M.Kn. - Notaris Kota Bekasi",
             footer="Akta Nomor 08 - {page}")
    nib_file(out / "NIB.pdf", c, reportlab_pdf, rba=True)
    rows = "\n".join(f"| {i} | {p} |" for i, p in enumerate(PROVINCES_5, 1))
    reportlab_pdf(out / "Pernyataan_Cakupan.pdf", f"""
        # SURAT PERNYATAAN SEBARAN PENGGUNA
        {statement_head(c, ('Bagus Prasetyo Nugroho', 'Direktur Utama'))}
        Menyatakan bahwa per 31 Desember 2023 pengguna terdaftar platform Sinar Akademi berjumlah 9.870 orang yang berasal dari 26 provinsi sebagai berikut:
        | No | Provinsi |
        {rows}
        Demikian surat pernyataan ini saya buat dengan sebenarnya.
        > Bekasi, 15 Januari 2024 // [METERAI 10000] // Bagus Prasetyo Nugroho // Direktur Utama
        """, author="PT Sinar Akademi Digital", header="PT SINAR AKADEMI DIGITAL - sinarakademi.id")


# ---------------------------------------------------------------- bundle 6: own courses only
AKE = dict(
    name="PT Arunika Kreasi Edukasi", deed_name="PT ARUNIKA KREASI EDUKASI", city="Kota Surabaya",
    address="Jl. Raya Darmo Permai III No. 18, Sukomanunggal, Kota Surabaya 60189",
    deed_no="17", deed_date=d("2023-06-05"), time="09.00", notary="LUKAS WIBISONO, S.H., M.Kn.",
    notary_city="Kota Surabaya", ahu="AHU-0041290.AH.01.01.Tahun 2023", ahu_date=d("2023-06-07"),
    sabu_ref="4023060735520117", daftar_no="AHU-0110457.AH.01.11.TAHUN 2023",
    nib="1902240061593", nib_date=d("2024-02-19"), npwp="0612 3457 8961 5000",
    purpose="Pendidikan", kbli=[("85499", "Pendidikan Lainnya Swasta"),
                               ("85495", "Pendidikan Teknologi Informasi dan Komunikasi (TIK) Swasta")],
    capital=2_000_000_000, nominal=500_000, placed=30, people=[
        who("Tuan", "Kevin Santoso Halim", "Surabaya", "1992-08-14", "Wiraswasta", "3578141408920004",
            "Kota Surabaya, Jalan Dharmahusada Indah Timur Nomor 40, Kelurahan Mulyorejo, Kecamatan Mulyorejo"),
        who("Nyonya", "Liliana Wijaya", "Malang", "1966-03-30", "Mengurus Rumah Tangga", "3578157003660001",
            "Kota Surabaya, Jalan Kertajaya Indah Nomor 77, Kelurahan Manyar Sabrangan, Kecamatan Mulyorejo"),
    ], shares=[("Kevin Santoso Halim", 840), ("Liliana Wijaya", 360)],
    board=[("Direktur", "Kevin Santoso Halim"), ("Komisaris", "Liliana Wijaya")],
)


def bundle_arunika(out: Path) -> None:
    c = AKE
    pt_deed_file(out / "1-akta-pendirian.pdf", c, "lukas", reportlab_pdf)
    ahu_file(out / "2-sk-kemenkumham.pdf", c)
    nib_file(out / "3-nib-oss-rba.pdf", dict(c, npwp="0612345789615000"), rba=True)
    text_file(out / "4-pernyataan-cakupan.txt", f"""
        SURAT PERNYATAAN CAKUPAN LAYANAN
        {statement_head(c, ('Kevin Santoso Halim', 'Direktur'))}
        Dengan ini menyatakan bahwa kelas-kelas daring Arunika dapat diakses dan telah diikuti oleh peserta dari seluruh Indonesia.
        Demikian pernyataan ini dibuat dengan sebenar-benarnya.

        > Surabaya, 1 Juli 2024 // Meterai Elektronik 10000 // Kevin Santoso Halim // Direktur PT Arunika Kreasi Edukasi
        """)
    fpdf_pdf(out / "5-system-overview.pdf", """
        # ARUNIKA LEARNING PLATFORM - SYSTEM OVERVIEW
        ## PT Arunika Kreasi Edukasi, July 2024
        The Arunika platform can be accessed at https://arunika.id and through the Android app https://play.google.com/store/apps/details?id=id.arunika.kelas.
        Architecture. The web front end is built with Next.js and talks to a Django back end with a PostgreSQL database. All components are hosted on a public cloud provider in its Jakarta region; course videos are stored in object storage and delivered through a content delivery network.
        Security. Traffic is encrypted with TLS, passwords are hashed with Argon2, and administrator access requires two-factor authentication. Our developers follow the OWASP Top 10 guidelines and personal data is handled according to Law No. 27 of 2022 on Personal Data Protection.
        """, author="Kevin Santoso Halim", created=d("2024-07-01"),
             header="Arunika - internal", footer="{page}")
    reportlab_pdf(out / "6-mitra-pelatihan.pdf", """
        # LEMBAGA PELATIHAN MITRA ARUNIKA
        Seluruh kelas di Arunika diproduksi, diselenggarakan dan dijual oleh PT Arunika Kreasi Edukasi sendiri; platform tidak menjual kelas dari penyedia pelatihan lain. Dalam penyusunan materi kelas, Perseroan bekerja sama dengan lembaga pelatihan berikut:
        | No | Lembaga | Alamat | Peran |
        | 1 | LPK Gemilang Kreasi Surabaya | Jl. Ngagel Jaya Selatan No. 12, Surabaya | Mitra penyusun materi dan instruktur tamu kelas desain dan fotografi |
        > Surabaya, 1 Juli 2024 // Kevin Santoso Halim, Direktur
        """, author="PT Arunika Kreasi Edukasi", header="PT ARUNIKA KREASI EDUKASI")


# ---------------------------------------------------------------- bundle 7: zip, amendment, DOCX, corrupt file
LTI = dict(
    name="PT Lentera Talenta Indonesia", deed_name="PT LENTERA TALENTA INDONESIA", city="Kota Bandung",
    address="Jl. Ir. H. Juanda No. 155, Coblong, Kota Bandung 40132",
    deed_no="03", deed_date=d("2019-07-22"), time="10.30", notary="DEWI LESTARI HANDAYANI, S.H., M.Kn.",
    notary_city="Kota Bandung", ahu="AHU-0038756.AH.01.01.Tahun 2019", ahu_date=d("2019-07-24"),
    sabu_ref="4019072432118420", daftar_no="AHU-0119870.AH.01.11.TAHUN 2019",
    nib="0109220043817", nib_date=d("2022-09-01"), npwp="84.512.390.6-423.000",
    purpose="Aktivitas Pemrograman dan Konsultasi Komputer",
    kbli=[("62019", "Aktivitas Pemrograman Komputer Lainnya"), ("62029", "Aktivitas Konsultasi Komputer dan Manajemen Fasilitas Komputer Lainnya")],
    capital=5_000_000_000, nominal=500_000, placed=25, people=[
        who("Tuan", "Rizky Firmansyah", "Bandung", "1984-01-25", "Wiraswasta", "3273012501840006",
            "Kota Bandung, Jalan Dago Asri Nomor 9, Kelurahan Dago, Kecamatan Coblong"),
        who("Nona", "Nadia Puspitasari", "Cimahi", "1991-06-11", "Karyawan Swasta", "3277015106910003",
            "Kota Cimahi, Jalan Sangkuriang Nomor 30, Kelurahan Cipageran, Kecamatan Cimahi Utara"),
        who("Tuan", "Agus Salim Harahap", "Padang Sidempuan", "1970-09-03", "Wiraswasta", "3273020309700002",
            "Kota Bandung, Jalan Setiabudi Nomor 201, Kelurahan Hegarmanah, Kecamatan Cidadap"),
    ], shares=[("Rizky Firmansyah", 1250), ("Nadia Puspitasari", 750), ("Agus Salim Harahap", 500)],
    board=[("Direktur Utama", "Rizky Firmansyah"), ("Direktur", "Nadia Puspitasari"),
           ("Komisaris", "Agus Salim Harahap")],
)
LTI_AMD = dict(LTI, deed_no="41", deed_date=d("2022-08-09"), notary="BONIFASIUS HUTAPEA, S.H., M.Kn.",
               ahu="AHU-0056123.AH.01.02.Tahun 2022", ahu_date=d("2022-08-15"),
               sabu_ref="6022081539004471", daftar_no="AHU-0157725.AH.01.11.TAHUN 2022",
               kbli=[("63122", "Portal Web dan/atau Platform Digital Dengan Tujuan Komersial"),
                     ("85495", "Pendidikan Teknologi Informasi dan Komunikasi (TIK) Swasta"),
                     ("85499", "Pendidikan Lainnya Swasta"),
                     ("62019", "Aktivitas Pemrograman Komputer Lainnya")])


def amendment_deed() -> str:
    day = LTI_AMD["deed_date"]
    return dashed(f"""
    Pada hari ini, {hari(day)}, tanggal {day:%d-%m-%Y} ({tgl_kata(day)}), pukul 14.00 WIB (empat belas Waktu Indonesia Barat).
    Menghadap kepada saya, BONIFASIUS HUTAPEA, Sarjana Hukum, Magister Kenotariatan, Notaris di Kota Bandung, dengan dihadiri oleh saksi-saksi yang saya, Notaris kenal dan akan disebutkan pada bagian akhir akta ini:
    Nona NADIA PUSPITASARI, lahir di Cimahi, pada tanggal 11-06-1991 (sebelas Juni seribu sembilan ratus sembilan puluh satu), Warga Negara Indonesia, Karyawan Swasta, bertempat tinggal di Kota Cimahi, Jalan Sangkuriang Nomor 30, pemegang Kartu Tanda Penduduk Nomor Induk Kependudukan 3277015106910003; menurut keterangannya dalam hal ini bertindak berdasarkan kuasa dari Rapat Umum Pemegang Saham Luar Biasa PT LENTERA TALENTA INDONESIA, berkedudukan di Kota Bandung, yang anggaran dasarnya dimuat dalam akta tanggal 22-07-2019 Nomor 03, dibuat di hadapan DEWI LESTARI HANDAYANI, S.H., M.Kn., Notaris di Kota Bandung, yang telah mendapat pengesahan dari Menteri Hukum dan Hak Asasi Manusia Republik Indonesia berdasarkan Surat Keputusan tanggal 24-07-2019 Nomor AHU-0038756.AH.01.01.Tahun 2019.
    Penghadap menerangkan bahwa pada hari Senin, tanggal 01-08-2022 (satu Agustus dua ribu dua puluh dua), di Kota Bandung, telah diadakan Rapat Umum Pemegang Saham Luar Biasa Perseroan yang dihadiri oleh para pemegang 10.000 (sepuluh ribu) saham atau 100% (seratus persen) dari seluruh saham yang telah dikeluarkan Perseroan, dan Rapat dengan suara bulat telah memutuskan:
    1. Menyetujui perubahan maksud dan tujuan serta kegiatan usaha Perseroan, sehingga Pasal 3 Anggaran Dasar Perseroan menjadi berbunyi sebagai berikut:
    ## MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA // Pasal 3
    1. Maksud dan tujuan Perseroan ialah berusaha dalam bidang Informasi dan Komunikasi serta Pendidikan.
    2. Untuk mencapai maksud dan tujuan tersebut, Perseroan dapat melaksanakan kegiatan usaha: a. Portal Web dan/atau Platform Digital Dengan Tujuan Komersial (KBLI 63122); b. Pendidikan Teknologi Informasi dan Komunikasi (TIK) Swasta (KBLI 85495); c. Pendidikan Lainnya Swasta (KBLI 85499); d. Aktivitas Pemrograman Komputer Lainnya (KBLI 62019).
    2. Menerima pengunduran diri Tuan RIZKY FIRMANSYAH dari jabatannya selaku Direktur Utama Perseroan, dengan memberikan pelunasan dan pembebasan tanggung jawab sepenuhnya (acquit et de charge) atas tindakan pengurusan yang telah dijalankannya.
    3. Mengangkat susunan anggota Direksi dan Dewan Komisaris Perseroan yang baru untuk masa jabatan 5 (lima) tahun terhitung sejak ditutupnya Rapat, sehingga menjadi sebagai berikut:
    Direksi: - Direktur Utama: Nona NADIA PUSPITASARI; - Direktur: Tuan YOSEF KURNIAWAN;
    Dewan Komisaris: - Komisaris Utama: Tuan AGUS SALIM HARAHAP; - Komisaris: Tuan RIZKY FIRMANSYAH;
    4. Memberikan kuasa kepada Direksi Perseroan untuk menyatakan keputusan Rapat dalam akta Notaris dan memohon persetujuan serta memberitahukan perubahan tersebut kepada Menteri Hukum dan Hak Asasi Manusia Republik Indonesia.
    DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di Kota Bandung, dengan dihadiri oleh Tuan ASEP SAEPULLOH dan Nona INTAN NURAENI sebagai saksi-saksi.
    """)


def bundle_lentera_zip(out: Path) -> None:
    c, a = LTI, LTI_AMD
    tmp = tempfile.TemporaryDirectory()
    work = Path(tmp.name)
    pt_deed_file(work / "1. Akta Pendirian No 03 2019.pdf", c, "dewi", fpdf_pdf)
    ahu_file(work / "1a. SK Pengesahan AHU 2019.pdf", c)
    reportlab_pdf(work / "2. Akta Perubahan No 41 2022.pdf", f"""
        # SALINAN // PERNYATAAN KEPUTUSAN RAPAT UMUM PEMEGANG SAHAM LUAR BIASA // PT LENTERA TALENTA INDONESIA // Nomor: 41
        {amendment_deed()}
        > Diberikan sebagai SALINAN yang sama bunyinya. // Notaris di Kota Bandung, // BONIFASIUS HUTAPEA, S.H., M.Kn.
        """, author="Notaris Bonifasius Hutapea",
                  header="Salinan Akta Nomor 41 tanggal 9 Agustus 2022",
                  footer="Bonifasius Hutapea, S.H., M.Kn. | Notaris Kota Bandung | {page}")
    ahu_file(work / "2a. SK Persetujuan Perubahan AD 2022.pdf", a, kind="perubahan")
    nib_file(work / "3. NIB.pdf", a, rba=True)
    reportlab_pdf(work / "4. Surat Pernyataan Cakupan.pdf", f"""
        # SURAT PERNYATAAN // CAKUPAN LAYANAN NASIONAL
        {statement_head(a, ('Nadia Puspitasari', 'Direktur Utama'), '3277015106910003')}
        Menyatakan dengan sesungguhnya bahwa platform Lentera Talenta (https://lenteratalenta.com; aplikasi https://apps.apple.com/id/app/lentera-talenta/id1623456789 dan https://play.google.com/store/apps/details?id=com.lenteratalenta.app) per 30 April 2023 memiliki 96.412 pengguna terdaftar di 31 provinsi di Indonesia, berdasarkan alamat domisili yang diisi pengguna pada saat pendaftaran.
        Apabila di kemudian hari pernyataan ini terbukti tidak benar, kami bersedia menerima sanksi sesuai ketentuan yang berlaku.
        > Bandung, 22 Mei 2023 // METERAI TEMPEL 10000 // Nadia Puspitasari // Direktur Utama
        """, author="Nadia Puspitasari",
                  header="PT LENTERA TALENTA INDONESIA - Jl. Ir. H. Juanda No. 155 Bandung")
    docx_file(work / "5. Deskripsi Sistem.docx", """
        # Deskripsi Sistem Platform Lentera Talenta
        Dokumen ini menjelaskan sistem teknologi informasi yang mendukung platform Lentera Talenta sebagai platform digital Program Kartu Prakerja.
        ## 1. Ringkasan Aspek Sistem
        | Aspek | Uraian |
        | Infrastruktur dan arsitektur | Cloud-native (container) di region Jakarta pada penyedia cloud publik, multi-availability zone; database managed PostgreSQL dengan read replica. |
        | Keamanan | Sertifikat ISO/IEC 27001:2013 (terlampir); enkripsi data in-transit dan at-rest; vulnerability assessment dan penetration test tahunan oleh pihak ketiga. |
        | Ketersediaan dan kapasitas | SLA 99,9% uptime; autoscaling; kapasitas teruji 30.000 concurrent users; backup harian dengan retensi 30 hari. |
        | Integrasi / API | REST API dan webhook untuk LMS lembaga pelatihan; Single Sign-On; API pelaporan penyelesaian pelatihan. |
        ## 2. Integrasi dengan Kartu Prakerja
        Sistem kami dapat diintegrasikan dengan sistem Kartu Prakerja sebagai metode pembayaran pelatihan. Peserta menukarkan kode voucher Prakerja saat checkout, validasi dan penyelesaian pembayaran dilakukan melalui API yang disediakan Manajemen Pelaksana, dan status penyelesaian pelatihan dikirim kembali secara otomatis.
        ## 3. Kontak Teknis
        Yosef Kurniawan, Direktur (CTO) - tech@lenteratalenta.com
        """, author="Yosef Kurniawan", created=d("2023-05-20"),
              header="PT Lentera Talenta Indonesia - Deskripsi Sistem")
    reportlab_pdf(work / "6. Daftar Lembaga Pelatihan Mitra.pdf", """
        # DAFTAR LEMBAGA PELATIHAN MITRA
        Lentera Talenta merupakan marketplace pelatihan yang terbuka bagi lembaga pelatihan yang telah lolos kurasi. Seluruh program pelatihan yang ditawarkan berbasis kompetensi dan mengacu pada SKKNI atau standar khusus yang diakui.
        | No | Nama Lembaga | Kota | Jumlah Program |
        | 1 | LPK Priangan Cipta Karya | Bandung | 12 |
        | 2 | PT Galuh Edukasi Utama | Tasikmalaya | 7 |
        | 3 | Lembaga Kursus Akuntansi Parahyangan | Bandung | 5 |
        | 4 | LPK Cirebon Mandiri Teknik | Cirebon | 9 |
        | 5 | PT Bogor Cendekia Edukasi | Bogor | 4 |
        | 6 | Lembaga Pelatihan Kerja Sukabumi Unggul | Sukabumi | 6 |
        > Bandung, 22 Mei 2023 // Nadia Puspitasari, Direktur Utama
        """, author="PT Lentera Talenta Indonesia", header="PT LENTERA TALENTA INDONESIA")
    cert = work / "7. Sertifikat ISO 27001.pdf"
    reportlab_pdf(cert, """
        # CERTIFICATE OF REGISTRATION
        This is to certify that the Information Security Management System of PT Lentera Talenta Indonesia, Jl. Ir. H. Juanda No. 155, Bandung, has been assessed and found to conform to ISO/IEC 27001:2013.
        Certificate No. ISMS-ID-21883, valid until 14 March 2025.
        """, author="Certification body")
    data = cert.read_bytes()
    cert.write_bytes(data[: len(data) // 3])  # the upload broke off: truncated, no xref
    folder = "Berkas PT Lentera Talenta Indonesia/"
    with zipfile.ZipFile(out / "pt-lentera-talenta-indonesia.zip", "w") as z:
        for f in sorted(work.iterdir()):
            info = zipfile.ZipInfo(folder + f.name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, f.read_bytes())
    tmp.cleanup()


# ---------------------------------------------------------------- bundle 8: users in 18 provinces
SKD = dict(
    name="PT Samudra Kelas Digital", deed_name="PT SAMUDRA KELAS DIGITAL", city="Kota Makassar",
    address="Jl. Boulevard Raya Ruko Jasper II No. 14, Panakkukang, Kota Makassar 90231",
    deed_no="27", deed_date=d("2021-02-03"), time="15.00", notary="ANDI MUHAMMAD RIDWAN, S.H., M.Kn.",
    notary_city="Kota Makassar", ahu="AHU-0008531.AH.01.01.Tahun 2021", ahu_date=d("2021-02-05"),
    sabu_ref="4021020532907715", daftar_no="AHU-0022368.AH.01.11.TAHUN 2021",
    nib="9120005732218", nib_date=d("2021-03-15"), npwp="31.884.205.1-805.000",
    purpose="Informasi dan Komunikasi serta Pendidikan",
    kbli=[("63122", "Portal Web dan/atau Platform Digital Dengan Tujuan Komersial"),
          ("85499", "Pendidikan Lainnya Swasta")],
    capital=4_000_000_000, nominal=1_000_000, placed=25, people=[
        who("Nyonya", "Andi Tenri Ajeng", "Watampone", "1987-12-01", "Wiraswasta", "7371114112870001",
            "Kota Makassar, Jalan Hertasning Raya Nomor 56, Kelurahan Tidung, Kecamatan Rappocini"),
        who("Tuan", "Irwan Saputra Lamba", "Rantepao", "1989-05-16", "Karyawan Swasta", "7371121605890004",
            "Kota Makassar, Jalan Toddopuli Raya Nomor 12, Kelurahan Borong, Kecamatan Manggala"),
    ], shares=[("Andi Tenri Ajeng", 600), ("Irwan Saputra Lamba", 400)],
    board=[("Direktur Utama", "Andi Tenri Ajeng"), ("Direktur", "Irwan Saputra Lamba"),
           ("Komisaris", "H. Andi Baso Mappaseng")],
)
PROVINCE_ROWS_8 = [
    ("Sulawesi Selatan", 14210), ("Sulbar", 1530), ("Sulawesi Tengah", 2045), ("Sultra", 1880),
    ("Gorontalo", 760), ("Sulawesi Utara", 1322), ("Maluku", 905), ("Malut", 412),
    ("Papua", 688), ("Papua Barat", 301), ("NTT", 1190), ("Nusa Tenggara Barat", 954),
    ("Bali", 640), ("Kalimantan Timur", 2230), ("Kalsel", 875), ("Jawa Timur", 1468),
    ("DKI Jakarta", 1102), ("Jawa Barat", 933),
]


def bundle_samudra(out: Path) -> None:
    c = SKD
    pt_deed_file(out / "Akta_Pendirian_Nomor_27.pdf", c, "andi", fpdf_pdf)
    ahu_file(out / "SK_Menkumham.pdf", c, reportlab_pdf, footer="Dicetak dari SABU - {page}")
    nib_file(out / f"NIB_{c['nib']}.pdf", c, rba=False)
    rows = "\n".join(f"| {i} | {p} | {ribuan(n)} |" for i, (p, n) in enumerate(PROVINCE_ROWS_8, 1))
    total = sum(n for _, n in PROVINCE_ROWS_8)
    fpdf_pdf(out / "Surat_Pernyataan_Sebaran_Pengguna.pdf", f"""
        # SURAT PERNYATAAN SEBARAN PENGGUNA
        {statement_head(c, ('Andi Tenri Ajeng', 'President Director'))}
        Menyatakan bahwa pengguna terdaftar platform Samudra Kelas (https://samudrakelas.id) per 31 Agustus 2023 tersebar di 18 (delapan belas) provinsi dengan rincian sebagai berikut:
        | No | Provinsi | Pengguna Terdaftar |
        {rows}
        | | Total | {ribuan(total)} |
        Perseroan berencana memperluas layanan ke provinsi lainnya secara bertahap pada tahun 2024.
        > Makassar, 18 September 2023 // METERAI TEMPEL 10000 // Andi Tenri Ajeng // President Director
        """, author="PT Samudra Kelas Digital",
             created=d("2023-09-18"), header="PT SAMUDRA KELAS DIGITAL | samudrakelas.id | Makassar")
    reportlab_pdf(out / "Deskripsi_Sistem.pdf", """
        # DESKRIPSI SISTEM PLATFORM SAMUDRA KELAS
        ## 1. Infrastruktur dan Arsitektur
        Samudra Kelas berjalan di atas layanan cloud publik (region Jakarta) dengan arsitektur microservices berbasis container, CDN untuk konten video, dan basis data MySQL terkelola.
        ## 2. Ketersediaan dan Kapasitas
        Komitmen SLA 99,5% per bulan. Sistem memakai autoscaling dan telah diuji untuk 15.000 pengguna bersamaan.
        ## 3. Integrasi Sistem
        Platform menyediakan API (REST, JSON) untuk lembaga pelatihan mitra dan mendukung integrasi dengan sistem Kartu Prakerja sebagai metode pembayaran pelatihan (penukaran kode voucher dan pelaporan penyelesaian pelatihan melalui API Prakerja).
        > Makassar, 18 September 2023 // Irwan Saputra Lamba, Direktur
        """, author="PT Samudra Kelas Digital",
                  header="PT SAMUDRA KELAS DIGITAL", footer="hal. {page}")
    text_file(out / "Daftar_Mitra.txt", """
        DAFTAR LEMBAGA PELATIHAN MITRA - SAMUDRA KELAS

        Seluruh mitra menyelenggarakan pelatihan berbasis kompetensi; peserta dapat melanjutkan ke uji kompetensi di LSP berlisensi BNSP.

        1. LPK Celebes Digital Mandiri (Makassar) - Pemrograman Web
        2. LPK Anging Mammiri Kuliner (Makassar) - Tata Boga
        3. PT Kawanua Edukasi Kreatif (Manado) - Pemasaran Digital
        4. Lembaga Kursus Bahasa Tompotika (Palu) - Bahasa Inggris
        5. LPK Teknik Otomotif Bumi Anoa (Kendari) - Mekanik Sepeda Motor

        Makassar, 18 September 2023
        Andi Tenri Ajeng - President Director
        """)


# ---------------------------------------------------------------- main
BUNDLES = {
    "pt-belajar-nusantara-digital": bundle_belajar_nusantara,
    "cv-cahaya-ilmu-mandiri": bundle_cahaya_ilmu,
    "pt-borneo-cakap-digital-perseroda": bundle_borneo_cakap,
    "kemnaker-sipelatih": bundle_kemnaker,
    "pt-sinar-akademi-digital": bundle_sinar_akademi,
    "pt-arunika-kreasi-edukasi": bundle_arunika,
    "pt-lentera-talenta-indonesia": bundle_lentera_zip,
    "pt-samudra-kelas-digital": bundle_samudra,
}
ZIPPED = {"pt-lentera-talenta-indonesia"}


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    for bundle_id, build in BUNDLES.items():
        target = out / (bundle_id + ".zip" if bundle_id in ZIPPED else bundle_id)
        if target.is_dir():
            shutil.rmtree(target)
        target.unlink(missing_ok=True)
        if bundle_id in ZIPPED:
            build(out)
        else:
            target.mkdir()
            build(target)
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
