"""Spreadsheets (XLSX, XLSM, XLSB, XLS, ODS via calamine; CSV): one page per sheet, its rows as
" | " lines (as DOCX tables are written) and as a Table that keeps the sheet's row numbers.

Only what a verifier opening the file sees is read: a hidden sheet, and an XLSX's hidden rows
and columns, are named in a warning, not read as evidence, since a figure the verifier cannot
see cannot be checked. Formula cells that a program wrote without computing them read as
empty (nothing here evaluates formulas), and are named too."""

from __future__ import annotations

import csv
import datetime
import io

from ..types import Page, Table
from . import ranges
from .sheetxml import SheetLayout, column_letters, xlsx_layouts

MAX_ROWS = 50_000  # a sheet longer than this is an export, not a document a verifier reads


def read_spreadsheet(data: bytes) -> tuple[list[Page], list[Table], list[str]]:
    """Cell values (what Excel shows, not formulas) of every visible sheet, and warnings for
    what the file holds but does not show; ValueError if unreadable."""
    from python_calamine import CalamineWorkbook, SheetVisibleEnum  # loads with a spreadsheet

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [(i, meta.name, meta.visible == SheetVisibleEnum.Visible,
                   book.get_sheet_by_index(i - 1).to_python(skip_empty_area=False, nrows=MAX_ROWS))
                  for i, meta in enumerate(book.sheets_metadata, 1)]
    except Exception as exc:  # calamine raises its own error types for every broken format
        raise ValueError(f"not a readable spreadsheet ({type(exc).__name__}: {exc})") from exc
    # the sheets' XML is searched only where calamine cannot say: XLSX (an ODS, XLS, XLSB has
    # no such part and costs nothing here)
    layouts = xlsx_layouts(data) if data.startswith(b"PK") else {}
    pages: list[Page] = []
    tables: list[Table] = []
    hidden: list[str] = []
    warnings: list[str] = []
    for number, name, visible, rows in sheets:
        if not visible:
            # a hidden (or "very hidden") sheet is often an old draft or the data behind a
            # chart; the verifier does not see it, so it is named rather than read
            if any(v != "" for row in rows for v in row):
                hidden.append(name)
            continue
        if name in layouts:
            warnings.extend(_leave_out_hidden(name, rows, layouts[name]))
        page, table = sheet_page(number, [[cell_text(v) for v in row] for row in rows],
                                 label=f"sheet '{name}'")
        if page:  # an empty sheet (Sheet2, Sheet3 of a new workbook) is not a blank page
            pages.append(page)
        if table:
            tables.append(table)
    if hidden:
        warnings.insert(0, hidden_sheets_warning(hidden))
    return pages, tables, warnings


def hidden_sheets_warning(names: list[str]) -> str:
    return _not_shown("hidden sheet", len(names), ", ".join(f"'{n}'" for n in names))


def _not_shown(what: str, count: int, which: str) -> str:
    """'hidden rows 27-31 not read (...; unhide them to check)': one wording for sheets, rows
    and columns (data/i18n/warnings.yaml translates it)."""
    some = count > 1
    return (f"{what}{'s' if some else ''} {which} not read (not shown when the file is opened; "
            f"unhide {'them' if some else 'it'} to check)")


def _leave_out_hidden(name: str, rows: list[list], layout: SheetLayout) -> list[str]:
    """Blank the hidden rows' and columns' cells in place (the others keep their row and
    column numbers); a warning for those that held something, and for uncomputed formulas."""
    rows_with_text: list[int] = []
    for number in sorted(layout.hidden_rows):
        if number <= len(rows) and any(v != "" for v in rows[number - 1]):
            rows_with_text.append(number)
            rows[number - 1] = [""] * len(rows[number - 1])
    width = max(map(len, rows), default=0)
    columns = [j for j in range(width) if layout.column_hidden(j + 1)]
    columns_with_text: list[int] = []
    for j in columns:
        if any(j < len(row) and row[j] != "" for row in rows):
            columns_with_text.append(j + 1)
            for row in rows:
                if j < len(row):
                    row[j] = ""
    warnings = []
    sheet = f"sheet '{name}'"
    if rows_with_text:
        warnings.append(f"{sheet}: " + _not_shown("hidden row", len(rows_with_text),
                                                  ranges(rows_with_text)))
    if columns_with_text:
        warnings.append(f"{sheet}: " + _not_shown("hidden column", len(columns_with_text),
                                                  ranges(columns_with_text, column_letters)))
    uncomputed = [(r, c) for r, c in layout.uncomputed
                  if r not in layout.hidden_rows and not layout.column_hidden(c)]
    if uncomputed:
        warnings.append(f"{sheet}: {len(uncomputed)} formula cell{'s' if len(uncomputed) > 1 else ''} "
                        "without a computed value, read as empty (the file was written by a "
                        "program and never calculated; open and save it in a spreadsheet "
                        "program, or ask the applicant for the values)")
    return warnings


def read_csv(data: bytes) -> tuple[list[Page], list[Table]]:
    from .office import decode_text

    text = decode_text(data)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], ";,\t")
    except csv.Error:
        first = text.split("\n", 1)[0]
        dialect = csv.excel_tab if "\t" in first else csv.excel
        if first.count(";") > first.count(","):
            dialect = _Semicolon
    rows = [[" ".join(c.split()) for c in row]
            for row in csv.reader(io.StringIO(text), dialect)][:MAX_ROWS]
    page, table = sheet_page(1, rows)
    return ([page] if page else []), ([table] if table else [])


class _Semicolon(csv.excel):
    delimiter = ";"


def cell_text(value: object) -> str:
    """A cell as the sheet shows it: 1200.0 -> "1200", dates in ISO, text on one line."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:.15g}"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(" ")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return " ".join(str(value).split())


def sheet_page(number: int, rows: list[list[str]], label: str | None = None
               ) -> tuple[Page | None, Table | None]:
    """The page (title lines, then one line per table row) and the table of one sheet.

    Title rows above the header stay in the text (they name the document) but are not table
    rows, so that a table's first row is its header."""
    filled = [(n, row) for n, row in enumerate(rows, 1) if any(row)]
    if not filled:
        return None, None
    start = _header_at(filled)
    body = filled[start:]
    first = min(_columns(row)[0] for _, row in body)
    width = max(_columns(row)[-1] for _, row in body) + 1
    lines = [" | ".join(c for c in row if c) for _, row in filled[:start]]
    lines += [" | ".join(row[first:width]).rstrip(" |") for _, row in body]
    # columns are kept from the sheet's first, so that cell j of a row is the sheet's column j+1
    table = Table(number, [row[:width] + [""] * (width - len(row)) for _, row in body],
                  row_numbers=[n for n, _ in body])
    return Page(number, "\n".join(lines), "spreadsheet", label=label), table


def _columns(row: list[str]) -> list[int]:
    return [j for j, cell in enumerate(row) if cell]


def _header_at(filled: list[tuple[int, list[str]]], look: int = 3) -> int:
    """Index of the header row: the first with two or more cells whose next rows lie within
    its columns. A title, a date line or a "Tanggal: | ..." pair above it is narrower."""
    for k, (_, row) in enumerate(filled):
        columns = _columns(row)
        if len(columns) < 2:
            continue
        following = [_columns(r) for _, r in filled[k + 1:k + 1 + look]]
        if all(c[0] >= columns[0] and c[-1] <= columns[-1] for c in following):
            return k
    return 0
