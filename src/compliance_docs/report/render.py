"""Render the report model as JSON, HTML and Markdown (Jinja2 templates), written atomically."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..data import load_yaml
from ..errors import ReportWriteError
from ..plaintext import plain_text, terminal_text  # noqa: F401 - terminal_text: part of this module's interface
from .csvsafe import safe_row

if TYPE_CHECKING:
    import jinja2

FORMATS = ("html", "md", "json")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!])")
# what a GitHub-flavoured viewer turns into a link by itself: URLs, www. names, e-mail addresses
_AUTOLINK = re.compile(r"(?<=[A-Za-z0-9])(:)(?=//)|(?<=\bwww)(\.)|(@)", re.I)
# a line that would open a block: list item, quote, setext underline, ordered list
_BLOCK_START = re.compile(r"^([-+=>])|^(\d{1,9})([.)])")


def templates_dir() -> Path:
    """Templates ship inside the wheel; a source checkout keeps them at templates/reports."""
    packaged = Path(str(files("compliance_docs"))) / "templates" / "reports"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "templates" / "reports"


def md_escape(value: Any) -> str:
    """Text as Markdown that renders as exactly that text, on one line: no link, image, HTML
    tag, heading, list or quote that the text itself could open (document text is untrusted)."""
    return _md_escaped(value if isinstance(value, str) else format_value(value))


@lru_cache(maxsize=4096)  # a report escapes the same names and labels again and again
def _md_escaped(text: str) -> str:
    text = " ".join(plain_text(text).split())  # line breaks and runs of blanks: one space
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _AUTOLINK.sub(lambda m: "\\" + m[0], text)
    return _BLOCK_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", text)


def fill(message: str, **values: Any) -> str:
    """A message from the i18n data with its {placeholders} filled; the result is plain text,
    escaped afterwards like any other (values may come from documents)."""
    return message.format_map({k: "" if v is None else v for k, v in values.items()})


def safe_href(url: str) -> str | None:
    """`url` when it may become a link (http or https, written as such), else None: a
    document's "javascript:", "data:" or app-store identifier stays text."""
    if isinstance(url, str) and re.match(r"https?://[^\s/]", url, re.I) and url == url.strip():
        return url
    return None


def format_value(value: Any, language: str = "id") -> str:
    if isinstance(value, bool):
        return {"id": ("ya", "tidak"), "en": ("yes", "no")}[language][0 if value else 1]
    if isinstance(value, list):
        return ", ".join(format_value(v, language) for v in value)
    return str(value)


@lru_cache(maxsize=2)
def _environment(autoescape: bool) -> jinja2.Environment:
    import jinja2

    from ..cache import writable_cache
    from .jinjaenv import ReportEnvironment

    compiled = writable_cache("templates")  # compiling the report templates costs ~0.1 s a start
    env = ReportEnvironment(
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(compiled)) if compiled else None,
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["md"] = md_escape
    env.filters["href"] = safe_href  # for any template that links a URL a document gave
    env.filters["fill"] = fill
    return env


# a coverage table row as quoted: "17 Bali 1.390", "Jawa Barat | 12.400 pengguna"
_ROW_USERS = re.compile(r"[^\W\d_]{3}[^\d]*?[\s|:]((?:\d{1,3}(?:[.,]\d{3})+|\d{1,7}))(?:\s*(?:pengguna|users|orang))?\s*$",
                        re.I)


def row_users(quote: str) -> str | None:
    """The users a one-line table row quote gives its province, as written; None for prose
    (a number at the end of a sentence, a year) and for anything longer than a row."""
    if "\n" in quote.strip() or len(quote.split()) > 8:
        return None
    m = _ROW_USERS.search(quote)
    if not m or re.fullmatch(r"(19|20)\d\d", m[1]):
        return None
    return m[1]


_PLACE_WORD = re.compile(r"'[^']*'|\b(sheet|row|slide|picture)\b")


def place_text(where: str, language: str) -> str:
    """An evidence's place ("sheet 'Mitra', row 7") in the report's language; a sheet's name,
    in quotes, is kept as written."""
    words = strings(language).get("place", {})
    return _PLACE_WORD.sub(lambda m: words.get(m[1], m[1]) if m[1] else m[0], where)


def strings(language: str) -> dict[str, Any]:
    return load_yaml(f"i18n/{language}.yaml")


@lru_cache(maxsize=4)
def page_script(name: str) -> tuple[str, str]:
    """A script shipped beside the templates, inlined into a page, and the CSP source that
    allows exactly it ('sha256-...'): the pages allow no other script and load nothing."""
    text = (templates_dir() / name).read_text(encoding="utf-8")
    if "</" in text:  # it would end the inline <script> element early
        raise ValueError(f"{name}: a page script must not contain '</'")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return text, f"'sha256-{digest}'"


def report_sha256(json_text: str) -> str:
    """The SHA-256 of a JSON report's file bytes, as a decision names the report it is about."""
    return hashlib.sha256(json_text.encode("utf-8")).hexdigest()


def render(report: dict[str, Any], fmt: str, *, json_sha256: str | None = None) -> str:
    """One format of a report. The HTML names the JSON report it was rendered with by its hash
    (`json_sha256`, computed here when the caller has not rendered the JSON already)."""
    if fmt == "json":  # the pictures are the HTML's; the JSON keeps each quote's page and box
        report = {k: v for k, v in report.items() if k != "pictures"}
        return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    from .requests import request_letter

    language = report.get("language", "id")
    template = _template(fmt == "html", f"report.{fmt}.j2", language)
    extra: dict[str, Any] = {"letter": request_letter(report)}
    if fmt == "md":  # the pictures are files in a folder beside the report (write_pictures)
        extra["pictures_dir"] = pictures_dir(safe_stem(report["bundle"]["id"]))
    if fmt == "html":
        script, script_src = page_script("decision.js")
        extra |= {"script": script, "script_src": script_src,
                  "stem": safe_stem(report["bundle"]["id"]),
                  "json_sha256": json_sha256 or report_sha256(render(report, "json"))}
    return template.render(r=report, t=strings(language), **extra)


PICTURES_SUFFIX = ".pictures"


def pictures_dir(stem: str) -> str:
    """The folder beside <stem>.md that holds the pictures it links."""
    return f"{stem}{PICTURES_SUFFIX}"


def _template(autoescape: bool, name: str, language: str) -> jinja2.Template:
    env = _environment(autoescape)
    env.filters["value"] = lambda v: format_value(v, language)
    env.filters["where"] = lambda w: place_text(w, language)
    env.filters["users"] = row_users
    return env.get_template(name)


def prepare(formats: tuple[str, ...], language: str) -> None:
    """Load what rendering these formats in `language` needs (the template engine, the templates
    and the report's strings) ahead of the first report: `screen` does it while its worker
    screens, and its report is then rendered at once when the data arrive."""
    from . import requests  # noqa: F401 - the letter the HTML and Markdown reports carry

    strings(language)
    for fmt in formats:
        if fmt in ("html", "md"):
            env = _template(fmt == "html", f"report.{fmt}.j2", language).environment
            for name in env.list_templates(filter_func=lambda n, f=fmt: n.endswith(f".{f}.j2")):
                env.get_template(name)  # the partials a report imports, compiled or read
    if "html" in formats:
        page_script("decision.js")


def markdown_template(name: str, report: dict[str, Any]) -> jinja2.Template:
    """A Markdown template (no autoescape: its text goes through the md filter) in the
    report's language."""
    return _template(False, name, report.get("language", "id"))


def render_all(report: dict[str, Any], formats: tuple[str, ...]) -> dict[str, str]:
    """The requested formats of one report, and always its JSON: rendered first, so that the
    HTML carries the hash of the very bytes written to <stem>.json."""
    out = {"json": render(report, "json")}
    digest = report_sha256(out["json"])
    for fmt in formats:
        if fmt != "json":
            out[fmt] = render(report, fmt, json_sha256=digest)
    return out


def render_index(rows: list[dict[str, Any]], criteria: list[dict[str, str]], ruleset: dict,
                 generated_at: str, language: str) -> str:
    env = _environment(True)
    env.filters["value"] = lambda v: format_value(v, language)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["overall"]] = counts.get(row["overall"], 0) + 1
    script, script_src = page_script("index.js")
    return env.get_template("index.html.j2").render(
        rows=rows, criteria=criteria, counts=counts, ruleset=ruleset,
        generated_at=generated_at, t=strings(language), script=script, script_src=script_src,
    )


def summary_csv(rows: list[dict[str, Any]], criteria: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(safe_row(["bundle", *(c["id"] for c in criteria), "overall", "warnings"]))
    for row in rows:
        writer.writerow(safe_row([row["id"], *(row["criteria"].get(c["id"], "") for c in criteria),
                                  row["overall"], row["warnings"]]))
    return out.getvalue()


# names Windows will not create a file under, whatever the extension; and the batch's own files
RESERVED_STEMS = {"con", "prn", "aux", "nul", "clock$", "conin$", "conout$", "index", "summary",
                  *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
MAX_STEM_BYTES = 100  # with ".html" and a temporary file's prefix, well under 255 bytes


def safe_stem(bundle_id: str) -> str:
    """A bundle id usable as a file name inside the output folder, never a path.

    Ids that are already safe are kept; any other (with `..`, slashes, spaces, control
    characters, reserved names, too long) is cleaned and given a short digest of the id, so
    that two ids never share a name."""
    stem = re.sub(r"[^\w.\-]+", "_", bundle_id).strip("._-") or "bundle"
    changed = stem != bundle_id
    first, dot, rest = stem.partition(".")
    if first.lower() in RESERVED_STEMS:  # Windows reads the name up to the first dot
        stem, changed = f"{first}-bundle{dot}{rest}", True
    if len(stem.encode()) > MAX_STEM_BYTES:
        stem = stem.encode()[:MAX_STEM_BYTES].decode("utf-8", "ignore").rstrip("._-")
        changed = True
    if changed:
        import hashlib

        stem += "-" + hashlib.sha256(bundle_id.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return stem


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


TMP_SUFFIX = ".tmp"
_TMP_NAME = re.compile(r"^\..+\.(\d+)\.[^.]+\.tmp$")


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete the temporary files and staging folders of writers that died (a batch killed
    mid-write): those whose process no longer runs. Another live batch's are left alone."""
    removed = []
    try:
        candidates = list(folder.glob(f".*{TMP_SUFFIX}"))
    except OSError:
        return removed
    for path in candidates:
        match = _TMP_NAME.match(path.name)
        if not match or _alive(int(match[1])):
            continue
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def write_atomic(folder: Path, name: str, content: str) -> Path:
    """Write `content` to folder/name via a temporary file, so readers never see half a report."""
    return write_atomic_bytes(folder, name, content.encode("utf-8"))


def write_atomic_bytes(folder: Path, name: str, content: bytes) -> Path:
    """Write `content` to folder/name via a temporary file (on the disk, by its own fsync,
    before it takes the name), never outside `folder`."""
    return write_report_files(folder, {name: content})[name]


def _check_name(name: str) -> None:
    if Path(name).name != name or name in ("", ".", ".."):
        raise ReportWriteError(f"refusing to write outside the output folder: {name}")


def write_report_files(folder: Path, contents: dict[str, bytes], *, last: dict[str, bytes] | None = None,
                       pictures: tuple[str, dict[str, bytes]] | None = None) -> dict[str, Path]:
    """One report's files written into `folder` so that a reader sees each whole or not at all,
    and the files in `last` (the JSON report the resume check reads) only once the others are
    there: a run killed at any point leaves a report to be screened again, never one it takes
    for done with a file missing.

    `pictures` (a folder name and its files) go into that folder, which a Markdown report links.
    Everything is written under a temporary name first and put on the disk with one flush of
    the file system: a flush waits for all the machine wrote since the last one, and a bundle's
    pictures, reports and JSON used to pay one each. An error while writing names nothing; at
    any error no temporary is left, and the files in `last` are not named."""
    last = last or {}
    named = {**contents, **last}
    for name in [*named, *([pictures[0], *pictures[1]] if pictures else [])]:
        _check_name(name)
    temporaries: dict[str, str] = {}
    staging: Path | None = None
    current = next(iter(named), "")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if pictures and pictures[1]:
            current = pictures[0]
            staging = _stage(folder / pictures[0], pictures[1])
        for current, content in named.items():
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{current}.{os.getpid()}.", suffix=TMP_SUFFIX)
            temporaries[current] = tmp
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; reports are shared files
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
                if len(named) == 1 and staging is None:  # one file: its own fsync, cheaper
                    handle.flush()
                    os.fsync(handle.fileno())
        current = next(iter(named), "")
        flushed = [Path(t) for t in temporaries.values()]
        if staging is not None:
            flushed += [staging / n for n in pictures[1]]
            _flush(staging, flushed)
            current = pictures[0]
            _place(staging, folder / pictures[0])
        elif len(temporaries) > 1:
            _flush(folder, flushed)
        for name in contents:
            os.replace(temporaries[name], folder / name)
            del temporaries[name]
        if staging is not None or (last and contents):
            _flush(folder, [])  # the new names on the disk, before the last files take theirs
        for name in last:
            current = name
            os.replace(temporaries[name], folder / name)
            del temporaries[name]
    except OSError as exc:
        raise ReportWriteError(f"cannot write {folder / current}: {exc.strerror or exc}") from exc
    finally:
        for tmp in temporaries.values():
            Path(tmp).unlink(missing_ok=True)
        if staging is not None and staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return {name: folder / name for name in named}


def _stage(folder: Path, contents: dict[str, bytes]) -> Path:
    """The files of `folder` written into a staging folder beside it (not yet on the disk).
    A bundle's pictures are dozens of files: written there and flushed with the others, they
    cost no temporary name and no fsync apiece, and appear in `folder` all at once."""
    staging = folder.parent / f".{folder.name}.{os.getpid()}.dir{TMP_SUFFIX}"
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
    if staging.exists():  # this process's own, left by a write that failed
        shutil.rmtree(staging)
    staging.mkdir()
    mode = 0o666 & ~_umask()
    for name, content in contents.items():
        fd = os.open(os.path.join(staging, name), flags, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
    return staging


def _place(staging: Path, folder: Path) -> None:
    """A staging folder (flushed) made `folder`: renamed to it, the usual case of a new folder,
    or each of its files renamed into it when it is there already."""
    try:
        os.rename(staging, folder)
    except OSError:
        for name in os.listdir(staging):
            os.replace(os.path.join(staging, name), os.path.join(folder, name))
        staging.rmdir()


def _flush(folder: Path, paths: list[Path]) -> None:
    """The files `paths` written into `folder` onto the disk: syncfs(2) where the C library
    has it, otherwise an fsync of each; then the folder itself (its new names)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        syncfs = _syncfs() if paths else None
        if paths and (syncfs is None or syncfs(fd) != 0):
            for path in paths:
                with open(path, "rb") as handle:
                    os.fsync(handle.fileno())
        os.fsync(fd)
    finally:
        os.close(fd)


@lru_cache(maxsize=1)
def _syncfs() -> Any:
    """libc's syncfs on Linux, else None (looked up on first use: ctypes is not free)."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return None
    try:  # the process's own symbols, libc's among them: find_library("c") runs ldconfig -p
        return getattr(ctypes.CDLL(None, use_errno=True), "syncfs", None)
    except OSError:
        return None
