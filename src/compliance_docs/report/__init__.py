"""Report: the data model and its renderings (JSON, HTML, Markdown, batch index)."""

from .model import Report, mask_nik
from .render import FORMATS, render, render_all, render_index, safe_stem, summary_csv, write_atomic

__all__ = ["Report", "mask_nik", "FORMATS", "render", "render_all", "render_index", "safe_stem",
           "summary_csv", "write_atomic"]
