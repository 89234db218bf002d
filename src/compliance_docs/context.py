"""The text around a quote from a file that does not print (DOCX, text, a sheet): where a PDF
quote shows a picture of its page region, such a quote shows its paragraph or table row and
the ones beside it, as text."""

from __future__ import annotations

CONTEXT_CHARS = 240  # on either side of the quote


def text_context(text: str, start: int, end: int) -> tuple[str, str]:
    """The text before and after text[start:end]: from the start of the line before its line
    to the end of the line after it (blank lines skipped), each side clipped to CONTEXT_CHARS."""
    line_start = text.rfind("\n", 0, start) + 1
    previous = text[:line_start].rstrip("\n")  # up to the end of the last line with text
    before_start = text.rfind("\n", 0, len(previous)) + 1 if line_start else 0
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_end:]
    next_start = line_end + len(rest) - len(rest.lstrip("\n"))
    next_end = text.find("\n", next_start)
    after_end = len(text) if next_end < 0 else next_end
    return (_clip(text[before_start:start].lstrip("\n"), -CONTEXT_CHARS),
            _clip(text[end:after_end].rstrip("\n"), CONTEXT_CHARS))


def table_context(rows: list[list[str]], row: int, column: int) -> tuple[str, str]:
    """The row above and the cells left of a cell; the cells right of it and the row below
    (cells joined by " | ")."""
    def cells(cells: list[str]) -> str:
        return " | ".join(c for c in cells if c.strip())

    above = cells(rows[row - 1]) if row > 0 else ""
    below = cells(rows[row + 1]) if row + 1 < len(rows) else ""
    left, right = cells(rows[row][:column]), cells(rows[row][column + 1:])
    before = "\n".join(x for x in (above, left) if x) + (" | " if left else "")
    after = (" | " if right else "") + "\n".join(x for x in (right, below) if x)
    return _clip(before, -CONTEXT_CHARS), _clip(after, CONTEXT_CHARS)


def _clip(text: str, limit: int) -> str:
    """At most |limit| characters: the end of `text` when limit < 0, else its start."""
    if len(text) <= abs(limit):
        return text
    return "…" + text[limit:] if limit < 0 else text[:limit] + "…"
