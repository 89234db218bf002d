"""Word files read as Word shows them: tracked changes accepted, hidden text left out, and the
text python-docx's paragraphs miss (text boxes, content controls, tables inside a layout
table, hyperlinks, smart tags, fields) read in its place, in reading order."""

from __future__ import annotations

from pathlib import Path

from compliance_docs import screen_path
from compliance_docs.evaluate.messages import translate_warning
from compliance_docs.extract import extract
from compliance_docs.ingest import read_bundle

from helpers import status_of

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
SYSTEM = ["DESKRIPSI SISTEM INFORMASI DAN TEKNOLOGI",
          "Arsitektur dan infrastruktur: aplikasi berjalan di pusat data Tier III di Jakarta.",
          "Keamanan informasi: bersertifikat ISO/IEC 27001:2022, lalu lintas dienkripsi TLS 1.3.",
          "Ketersediaan dan kapasitas: SLA uptime 99,9%; 50.000 pengguna bersamaan.",
          "Integrasi: REST API terdokumentasi (OpenAPI 3.0) untuk pertukaran data peserta."]
TRACKED = """<w:p {ns}><w:r><w:t xml:space="preserve">Integrasi pembayaran: sistem </w:t></w:r>
<w:del w:id="1" w:author="Legal" w:date="2025-02-01T10:00:00Z"><w:r><w:delText xml:space="preserve">{deleted}</w:delText></w:r></w:del>
<w:ins w:id="2" w:author="Legal" w:date="2025-02-01T10:00:00Z"><w:r><w:t xml:space="preserve">{inserted}</w:t></w:r></w:ins>
<w:r><w:t>terintegrasi dengan sistem Kartu Prakerja sebagai metode pembayaran pelatihan.</w:t></w:r></w:p>"""
PAYMENT = "Integrasi pembayaran: sistem telah terintegrasi dengan sistem Kartu Prakerja."
TRACKED_NOTE = "tracked changes not yet accepted: read as if all were accepted"
HIDDEN_NOTE = "hidden text left out (not shown or printed)"


def make_docx(path: Path, *blocks: str | list[str]) -> Path:
    """A Word file of paragraphs (a list of lines) and raw body XML (a string), in order."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    for block in blocks:
        if isinstance(block, str):
            body.insert(len(body) - 1, parse_xml(block.format(ns=NS)))  # before w:sectPr
        else:
            for line in block:
                document.add_paragraph(line)
    document.save(str(path))
    return path


def read(tmp_path: Path, *blocks: str | list[str]):
    bundle = tmp_path / "b"
    bundle.mkdir()
    make_docx(bundle / "05_Deskripsi_Sistem.docx", *blocks)
    return read_bundle(bundle).documents[0]


def text_box(lines: list[str]) -> str:
    """A floating text box as Word writes it: DrawingML, and the same box in VML for older
    readers."""
    content = "<w:txbxContent>" + "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in lines) \
        + "</w:txbxContent>"
    return f"""<w:p {{ns}}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor><wp:extent cx="5400000" cy="900000"/><wp:docPr id="10" name="Kotak Teks 1"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp>
</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r></w:p>"""


def test_tracked_changes_read_as_accepted_and_the_verifier_is_told(tmp_path):
    doc = read(tmp_path, SYSTEM, TRACKED.replace("{deleted}", "belum ").replace("{inserted}", "telah "))
    lines = doc.text.splitlines()
    assert lines[5] == ("Integrasi pembayaran: sistem telah terintegrasi dengan sistem Kartu "
                        "Prakerja sebagai metode pembayaran pelatihan.")
    assert "belum" not in doc.text
    assert doc.warnings == [TRACKED_NOTE]
    assert translate_warning(TRACKED_NOTE, "id").startswith("perubahan terlacak (track changes)")
    assert extract([doc]).value("payment_integration") is True


def test_a_tracked_insertion_that_denies_the_integration_is_read(tmp_path):
    doc = read(tmp_path, SYSTEM, TRACKED.replace("{deleted}", "telah ").replace("{inserted}", "belum "))
    assert "sistem belum terintegrasi dengan sistem Kartu Prakerja" in doc.text
    assert extract([doc]).value("payment_integration") is False  # denied, not affirmed


def test_a_paragraph_deleted_whole_is_gone(tmp_path):
    deleted = """<w:p {ns}><w:pPr><w:rPr><w:del w:id="3" w:author="Legal" w:date="2025-02-01T10:00:00Z"/></w:rPr></w:pPr>
<w:del w:id="4" w:author="Legal" w:date="2025-02-01T10:00:00Z"><w:r><w:delText>Sistem belum terintegrasi.</w:delText></w:r></w:del></w:p>"""
    doc = read(tmp_path, SYSTEM[:2], deleted, SYSTEM[2:])
    assert doc.text.splitlines() == SYSTEM
    assert doc.warnings == [TRACKED_NOTE]


def test_a_text_box_is_read_once_after_its_anchor_paragraph(tmp_path):
    doc = read(tmp_path, SYSTEM, text_box([PAYMENT]), ["Demikian deskripsi ini kami sampaikan."])
    lines = doc.text.splitlines()
    assert lines[len(SYSTEM):] == ["", PAYMENT, "Demikian deskripsi ini kami sampaikan."]
    assert doc.text.count("Kartu Prakerja") == 1  # the VML copy is not read again
    assert doc.warnings == []


def test_block_and_inline_content_controls_are_read(tmp_path):
    block = """<w:sdt {ns}><w:sdtPr><w:alias w:val="Integrasi Pembayaran"/><w:tag w:val="pembayaran"/></w:sdtPr>
<w:sdtContent><w:p><w:r><w:t xml:space="preserve">Integrasi pembayaran: sistem </w:t></w:r>
<w:sdt><w:sdtPr><w:alias w:val="Status"/></w:sdtPr><w:sdtContent><w:r><w:t>telah</w:t></w:r></w:sdtContent></w:sdt>
<w:r><w:t xml:space="preserve"> terintegrasi dengan sistem Kartu Prakerja.</w:t></w:r></w:p></w:sdtContent></w:sdt>"""
    doc = read(tmp_path, SYSTEM, block, ["Jakarta, 3 Februari 2025"])
    assert doc.text.splitlines()[len(SYSTEM):] == [PAYMENT, "Jakarta, 3 Februari 2025"]


def test_a_table_inside_a_content_control_is_a_table(tmp_path):
    rows = "".join(f"<w:tr><w:tc><w:p><w:r><w:t>{a}</w:t></w:r></w:p></w:tc>"
                   f"<w:tc><w:p><w:r><w:t>{b}</w:t></w:r></w:p></w:tc></w:tr>"
                   for a, b in [("Komponen", "Keterangan"), ("Server", "Jakarta, Tier III")])
    doc = read(tmp_path, SYSTEM[:1], f"<w:sdt {{ns}}><w:sdtContent><w:tbl>{rows}</w:tbl></w:sdtContent></w:sdt>")
    assert doc.text.splitlines()[1:] == ["Komponen | Keterangan", "Server | Jakarta, Tier III"]
    assert [t.rows for t in doc.tables] == [[["Komponen", "Keterangan"], ["Server", "Jakarta, Tier III"]]]


PARTNERS = [("LPK Prima Unggul", "Semarang", "Teknisi AC"),
            ("LPK Sinar Unggul", "Padang", "Tata Rias"),
            ("LPK Sentosa Digital", "Jambi", "Junior Web Developer"),
            ("LPK Cahaya Terampil", "Malang", "Desain Grafis Muda")]


def make_partner_list_in_a_layout_table(path: Path) -> Path:
    """A letter laid out in a one-cell table, the partner table inside that cell."""
    import docx

    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "DAFTAR LEMBAGA PELATIHAN MITRA"
    cell.add_paragraph("Lembaga pelatihan yang telah bekerja sama dengan PT Aksara Mahir Digital:")
    inner = cell.add_table(rows=1 + len(PARTNERS), cols=4)
    for j, heading in enumerate(["No", "Nama Lembaga Pelatihan", "Kota", "Program"]):
        inner.cell(0, j).text = heading
    for i, partner in enumerate(PARTNERS, 1):
        for j, value in enumerate([str(i), *partner]):
            inner.cell(i, j).text = value
    document.save(str(path))
    return path


def test_a_table_inside_a_layout_table_is_read_as_a_table(tmp_path):
    bundle = tmp_path / "pt-aksara"
    bundle.mkdir()
    make_partner_list_in_a_layout_table(bundle / "06_Daftar_Lembaga_Pelatihan_Mitra.docx")
    [doc] = read_bundle(bundle).documents
    assert doc.text.splitlines()[:4] == [
        "DAFTAR LEMBAGA PELATIHAN MITRA",
        "Lembaga pelatihan yang telah bekerja sama dengan PT Aksara Mahir Digital:",
        "No | Nama Lembaga Pelatihan | Kota | Program",
        "1 | LPK Prima Unggul | Semarang | Teknisi AC"]
    [table] = doc.tables  # the layout table is no table of partners
    assert table.rows[0] == ["No", "Nama Lembaga Pelatihan", "Kota", "Program"]
    assert len(table.rows) == 5
    assert doc.type == "partner_list"
    assert sorted(extract([doc]).value("training_partners")) == sorted(p[0] for p in PARTNERS)


def test_merged_cells_read_as_python_docx_gives_them(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Kapasitas sistem"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Server"
    table.cell(1, 1).text, table.cell(1, 2).text = "CPU", "64 vCPU"
    table.cell(2, 1).text, table.cell(2, 2).text = "Memori", "256 GB"
    bundle = tmp_path / "b"
    bundle.mkdir()
    document.save(str(bundle / "sistem.docx"))
    [doc] = read_bundle(bundle).documents
    assert doc.tables[0].rows == [[c.text for c in row.cells] for row in table.rows]
    assert doc.text.splitlines()[-3:] == ["Kapasitas sistem", "Server | CPU | 64 vCPU",
                                          "Server | Memori | 256 GB"]


def test_hidden_text_is_left_out_and_the_verifier_is_told(tmp_path):
    hint = ('<w:p {ns}><w:r><w:rPr><w:vanish/></w:rPr><w:t>[Petunjuk pengisian, hapus sebelum '
            'dikirim] Contoh: sistem telah terintegrasi dengan sistem Kartu Prakerja sebagai '
            'metode pembayaran pelatihan.</w:t></w:r></w:p>')
    shown = ('<w:p {ns}><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>Integrasi pembayaran: '
             'belum tersedia.</w:t></w:r></w:p>')
    doc = read(tmp_path, SYSTEM, hint, shown)
    assert "Kartu Prakerja" not in doc.text
    assert doc.text.splitlines()[-1] == "Integrasi pembayaran: belum tersedia."
    assert doc.warnings == [HIDDEN_NOTE]
    assert translate_warning(HIDDEN_NOTE, "id") == "teks tersembunyi tidak dibaca (tidak tampil dan tidak tercetak)"


def test_hyperlinks_smart_tags_and_fields_are_read(tmp_path):
    paragraph = """<w:p {ns}><w:r><w:t xml:space="preserve">Platform kami dapat diakses di </w:t></w:r>
<w:hyperlink r:id="rId99"><w:r><w:t>https://aksaramahir.co.id</w:t></w:r></w:hyperlink>
<w:r><w:t xml:space="preserve"> dan dikelola dari </w:t></w:r>
<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="City"><w:r><w:t>Jakarta</w:t></w:r></w:smartTag>
<w:r><w:t xml:space="preserve"> sejak </w:t></w:r>
<w:fldSimple w:instr=" DATE \\@ &quot;yyyy&quot; "><w:r><w:t>2021</w:t></w:r></w:fldSimple>
<w:r><w:t>.</w:t></w:r></w:p>"""
    doc = read(tmp_path, SYSTEM[:1], paragraph)
    assert doc.text.splitlines()[1] == ("Platform kami dapat diakses di https://aksaramahir.co.id "
                                        "dan dikelola dari Jakarta sejak 2021.")
    assert doc.warnings == []


def test_the_system_description_in_a_text_box_meets_the_payment_requirement(tmp_path):
    bundle = tmp_path / "pt-aksara"
    bundle.mkdir()
    make_docx(bundle / "05_Deskripsi_Sistem.docx", SYSTEM,
              text_box(["Integrasi pembayaran: sistem telah terintegrasi dengan sistem Kartu "
                        "Prakerja sebagai metode pembayaran pelatihan."]))
    report = screen_path(bundle).to_dict()
    facts = {f["name"]: f for f in report["facts"]}
    assert facts["payment_integration"]["value"] is True
    assert "Kartu Prakerja" in facts["payment_integration"]["evidence"][0]["quote"]
    assert status_of(report, "it_system") == "met"


def test_text_hidden_by_its_style_is_left_out(tmp_path):
    """A template's hints set in a hidden character style, and a paragraph style based on a
    hidden one; a run that shows itself again is read."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    document.styles.add_style("Petunjuk", WD_STYLE_TYPE.CHARACTER).font.hidden = True
    hint = document.styles.add_style("Petunjuk Isian", WD_STYLE_TYPE.PARAGRAPH)
    hint.font.hidden = True
    document.styles.add_style("Contoh Isian", WD_STYLE_TYPE.PARAGRAPH).base_style = hint
    for line in SYSTEM:
        document.add_paragraph(line)
    paragraph = document.add_paragraph("Integrasi pembayaran: ")
    paragraph.add_run("[isi: telah/belum] ", style="Petunjuk")
    paragraph.add_run("belum tersedia.")
    document.add_paragraph("Contoh: sistem telah terintegrasi dengan sistem Kartu Prakerja.",
                           style="Contoh Isian")
    shown = document.add_paragraph("Petunjuk ini tampil: ", style="Contoh Isian")
    shown.add_run("lihat lampiran.").font.hidden = False
    bundle = tmp_path / "b"
    bundle.mkdir()
    document.save(str(bundle / "05_Deskripsi_Sistem.docx"))
    [doc] = read_bundle(bundle).documents
    assert doc.text.splitlines()[len(SYSTEM):] == ["Integrasi pembayaran: belum tersedia.", "",
                                                   "lihat lampiran."]
    assert doc.warnings == [HIDDEN_NOTE]


def test_a_table_row_deleted_by_a_tracked_change_is_gone(tmp_path):
    def row(cells: list[str], change: str = "") -> str:
        tds = "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in cells)
        return f"<w:tr>{change}{tds}</w:tr>"

    deleted = '<w:trPr><w:del w:id="5" w:author="Legal" w:date="2025-02-01T10:00:00Z"/></w:trPr>'
    inserted = '<w:trPr><w:ins w:id="6" w:author="Legal" w:date="2025-02-01T10:00:00Z"/></w:trPr>'
    table = (f"<w:tbl {{ns}}>{row(['No', 'Nama Lembaga Pelatihan'])}"
             f"{row(['1', 'LPK Prima Unggul'], deleted)}{row(['1', 'LPK Sinar Unggul'], inserted)}</w:tbl>")
    doc = read(tmp_path, ["DAFTAR LEMBAGA PELATIHAN MITRA"], table)
    assert [t.rows for t in doc.tables] == [[["No", "Nama Lembaga Pelatihan"], ["1", "LPK Sinar Unggul"]]]
    assert "Prima" not in doc.text and doc.warnings == [TRACKED_NOTE]


def test_a_cell_claiming_a_billion_columns_spans_at_most_63(tmp_path):
    table = ('<w:tbl {ns}><w:tr><w:tc><w:tcPr><w:gridSpan w:val="1000000000"/></w:tcPr>'
             '<w:p><w:r><w:t>Kapasitas</w:t></w:r></w:p></w:tc></w:tr></w:tbl>')
    doc = read(tmp_path, SYSTEM[:1], table)
    assert doc.tables[0].rows == [["Kapasitas"] * 63]
    assert doc.text.splitlines()[-1] == "Kapasitas"



def test_tracked_changes_are_noted_and_the_text_still_counts_as_readable(tmp_path):
    from compliance_docs.evaluate import evaluate, load_ruleset

    doc = read(tmp_path, SYSTEM, TRACKED.replace("{deleted}", "belum ").replace("{inserted}", "telah "))
    _, checks = evaluate([doc], extract([doc]), load_ruleset("permenko-11-2020"), language="en")
    quality = next(c for c in checks if c.id == "document_quality")
    assert quality.status == "met"
    assert any("tracked changes not yet accepted" in reason for reason in quality.reasons)
