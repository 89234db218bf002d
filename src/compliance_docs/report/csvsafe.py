"""CSV cells that a spreadsheet cannot run: OWASP's advice against CSV (formula) injection.

A cell whose text starts with `=`, `+`, `-`, `@` (or a tab or carriage return, which some
spreadsheets skip before looking for a formula) is prefixed with a single quote, so that
Excel, LibreOffice and Google Sheets show it as text. Numbers are left as they are: a
negative count is data, not a formula. Use `safe_row` for every row of every CSV written."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# full-width forms that some spreadsheets fold to their ASCII twins before parsing
_FOLDED = {"\uff1d": "=", "\uff0b": "+", "\uff0d": "-", "\uff20": "@"}


def safe_cell(value: Any) -> Any:
    """`value` as a CSV cell that cannot start a formula; non-text values unchanged."""
    if not isinstance(value, str) or not value:
        return value
    first = value.lstrip(" ")[:1]
    if first in FORMULA_STARTS or first in _FOLDED or value[0] in FORMULA_STARTS:
        return "'" + value
    return value


def safe_row(values: Iterable[Any]) -> list[Any]:
    return [safe_cell(v) for v in values]
