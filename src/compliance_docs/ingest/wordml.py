"""Word's XML read as Word shows the document with its tracked changes accepted.

python-docx's paragraph text takes only the runs directly in a paragraph or a hyperlink, so it
drops inserted text (runs inside w:ins), fields, content controls and smart tags, and its
document and cell content stops at a content control, a text box or a table inside a cell.
Deleted text (w:del, w:moveFrom) and hidden text (w:vanish) are not what the reader sees, so
they are left out; the verifier is told when either was there."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, R, TBL, TR, TC = W + "p", W + "r", W + "tbl", W + "tr", W + "tc"
TEXT_BOX = W + "txbxContent"
ALTERNATE = MC + "AlternateContent"
# wrappers inside a paragraph whose runs are the paragraph's text (w:ins: accepted)
INLINE = {W + name for name in ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "sdt",
                                "sdtContent", "fldSimple", "dir", "bdo")}
# wrappers of paragraphs, tables, rows or cells (content controls, custom XML)
BLOCK = {W + name for name in ("sdt", "sdtContent", "customXml")}
REMOVED = {W + "del", W + "moveFrom"}  # gone once the changes are accepted
CHANGES = (W + "ins", W + "del", W + "moveFrom", W + "moveTo")
MAX_COLUMNS = 63  # Word's own limit: a cell "spanning" a billion columns is not repeated so often

Element = Any  # an lxml element as python-docx parsed it


@dataclass
class Story:
    """A part of a document (body, header, footer): its lines in reading order, a table's
    rows as " | " lines, and the tables themselves as rows of cell texts."""

    lines: list[str] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)
    tracked_changes: bool = False
    hidden_text: bool = False  # hidden text was left out


def read_story(root: Element, hiding: dict[str, bool] | None = None) -> Story:
    """`hiding`: style id -> whether the style hides its text (`hiding_styles`)."""
    story = Story(tracked_changes=next(root.iter(*CHANGES), None) is not None)
    _Reader(story, hiding or {}).blocks(root)
    return story


def hiding_styles(styles: Element) -> dict[str, bool]:
    """Style id -> whether its text is hidden, for the styles that say so themselves or
    through the styles they are based on (a "Petunjuk" style for a template's hints)."""
    own: dict[str, bool | None] = {}
    based_on: dict[str, str] = {}
    for style in styles.iter(W + "style"):
        style_id = style.get(W + "styleId")
        if style_id:
            own[style_id] = _vanish(style.find(W + "rPr"))
            parent = style.find(W + "basedOn")
            if parent is not None and parent.get(W + "val"):
                based_on[style_id] = parent.get(W + "val")
    resolved: dict[str, bool] = {}
    for style_id in own:
        seen, current = set(), style_id
        while current in own and own[current] is None and current not in seen:
            seen.add(current)  # a loop of basedOn is not followed forever
            current = based_on.get(current, "")
        if own.get(current) is not None:
            resolved[style_id] = bool(own[current])
    return resolved


class _Reader:
    def __init__(self, story: Story, hiding: dict[str, bool]) -> None:
        self.story = story
        self.hiding = hiding

    def blocks(self, container: Element) -> None:
        for child in container:
            if child.tag == P:
                self.paragraph(child)
            elif child.tag == TBL:
                self.table(child)
            elif child.tag in BLOCK:
                self.blocks(child)
            elif child.tag == ALTERNATE:
                self.blocks(_chosen(child))

    def paragraph(self, p: Element) -> None:
        parts: list[str] = []
        style = p.find(f"{W}pPr/{W}pStyle")
        self.runs(p, parts, style is not None and self.hiding.get(style.get(W + "val"), False))
        text = "".join(parts)
        if text or not _mark_deleted(p):  # a paragraph deleted whole is not there at all
            self.story.lines.append(text)
        if next(p.iter(TEXT_BOX), None) is not None:
            for box in _text_boxes(p):  # anchored here: read after the paragraph's own text
                self.blocks(box)

    def runs(self, element: Element, parts: list[str], by_style: bool) -> None:
        """`by_style`: whether the paragraph's style hides the runs that do not say otherwise."""
        for child in element:
            if child.tag == R:
                text = child.text  # python-docx's run text: w:t, tabs and line breaks
                if not self.hidden(child, by_style):
                    parts.append(text)
                elif text.strip():
                    self.story.hidden_text = True
            elif child.tag in INLINE:
                self.runs(child, parts, by_style)
            elif child.tag == ALTERNATE:
                self.runs(_chosen(child), parts, by_style)

    def hidden(self, run: Element, by_paragraph: bool) -> bool:
        """The run's own w:vanish, else its character style's, else its paragraph style's."""
        properties = run.find(W + "rPr")
        if properties is None:
            return by_paragraph
        own = _vanish(properties)
        if own is not None:
            return own
        style = properties.find(W + "rStyle")
        return self.hiding.get(style.get(W + "val"), by_paragraph) if style is not None \
            else by_paragraph

    def table(self, tbl: Element) -> None:
        grid = _grid(tbl)
        if any(next(tc.iter(TBL), None) is not None for row in grid for tc in row):
            # a layout table (a table in one of its cells): each cell is read as a page
            # region, so the inner table is a table of its own
            seen: set[Element] = set()
            for row in grid:
                for tc in row:
                    if tc not in seen:  # a merged cell appears once per column it covers
                        seen.add(tc)
                        self.blocks(tc)
            return
        texts: dict[Element, str] = {}
        for row in grid:
            for tc in row:
                if tc not in texts:  # a merged cell is read once
                    texts[tc] = self.cell_text(tc)
        rows = [[texts[tc] for tc in row] for row in grid]
        for row in rows:
            cells: list[str] = []
            for text in row:
                if not cells or cells[-1] != text:  # merged cells repeat their text
                    cells.append(text)
            self.story.lines.append(" | ".join(cells))
        self.story.tables.append(rows)

    def cell_text(self, tc: Element) -> str:
        outer, self.story.lines = self.story.lines, []
        try:
            self.blocks(tc)
            return " ".join(" ".join(self.story.lines).split())
        finally:
            self.story.lines = outer


def _grid(tbl: Element) -> list[list[Element]]:
    """Each row's cells as python-docx's rows give them: a cell spanning columns once per
    column, a cell continuing a vertical merge as the cell it continues. Rows deleted by a
    tracked change are left out."""
    grid: list[list[Element]] = []
    above: dict[int, Element] = {}
    for tr in _children(tbl, TR):
        properties = tr.find(W + "trPr")
        if properties is not None and properties.find(W + "del") is not None:
            continue
        row: list[Element] = []
        here: dict[int, Element] = {}
        column = _number(properties, "gridBefore", 0)
        for tc in _children(tr, TC):
            cell_properties = tc.find(W + "tcPr")
            span = min(max(_number(cell_properties, "gridSpan", 1), 1), MAX_COLUMNS)
            merge = cell_properties.find(W + "vMerge") if cell_properties is not None else None
            if merge is not None and merge.get(W + "val", "continue") == "continue":
                tc = above.get(column, tc)
            row.extend([tc] * span)
            here[column] = tc
            column += span
        grid.append(row)
        above = here
    return grid


def _children(element: Element, tag: str):
    """Rows of a table or cells of a row, also those inside content controls."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in BLOCK:
            yield from _children(child, tag)


def _number(properties: Element | None, name: str, default: int) -> int:
    found = properties.find(W + name) if properties is not None else None
    try:
        return int(found.get(W + "val")) if found is not None else default
    except (TypeError, ValueError):
        return default


def _vanish(properties: Element | None) -> bool | None:
    """What a w:rPr says about hiding its text; None when it says nothing."""
    vanish = properties.find(W + "vanish") if properties is not None else None
    if vanish is None:
        return None
    return vanish.get(W + "val", "true") not in ("false", "0", "off")


def _mark_deleted(p: Element) -> bool:
    mark = p.find(f"{W}pPr/{W}rPr")
    return mark is not None and mark.find(W + "del") is not None


def _chosen(alternate: Element) -> Element:
    """The first choice, which Word writes for itself; the fallback repeats it (a text box
    drawn as DrawingML and again as VML) for readers that do not know the choice."""
    for child in alternate:
        if child.tag in (MC + "Choice", MC + "Fallback"):
            return child
    return alternate


def _text_boxes(element: Element):
    """The text boxes in a paragraph's drawings, each once; those inside a text box are read
    with it, and a drawing in deleted text is gone."""
    for child in element:
        if child.tag == TEXT_BOX:
            yield child
        elif child.tag == ALTERNATE:
            yield from _text_boxes(_chosen(child))
        elif child.tag not in REMOVED:
            yield from _text_boxes(child)
