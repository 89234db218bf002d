"""OCR with Tesseract 5 (Indonesian + English): word boxes, page confidence, a result cache.

Tesseract runs as one single-threaded process per page (OMP_THREAD_LIMIT=1); pages are
spread over a thread pool, since the work happens in the child processes.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..types import BBox, Page, union_box

if TYPE_CHECKING:
    from PIL import Image

LANGUAGES = "ind+eng"
INSTALL_HINT = "install Tesseract: apt-get install tesseract-ocr tesseract-ocr-ind"
TIMEOUT_SECONDS = 120
LOW_CONFIDENCE = 0.60  # mean word confidence below this makes a page needs_review
CACHE_VERSION = "2"  # raised when pre-processing changes what a page reads as


class OcrUnavailable(Exception):
    """Tesseract or its Indonesian language data is not installed."""


@dataclass
class Word:
    text: str
    box: BBox  # in the image's pixels
    confidence: float
    line: tuple[int, int, int]  # block, paragraph, line


@lru_cache(maxsize=1)
def tesseract_version() -> str:
    """Version string, or raises OcrUnavailable with a one-line hint."""
    exe = shutil.which("tesseract")
    if not exe:
        raise OcrUnavailable(f"Tesseract is not installed; {INSTALL_HINT}")
    if "ind" not in languages():
        raise OcrUnavailable(f"Tesseract has no Indonesian language data; {INSTALL_HINT}")
    version = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30)
    return (version.stdout or version.stderr).splitlines()[0].strip()


@lru_cache(maxsize=1)
def languages() -> frozenset[str]:
    """The language data Tesseract has installed ("osd" is its orientation detection)."""
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:])  # after its heading


def cache_dir() -> Path:
    from ..cache import cache_root

    return cache_root() / "ocr"


def run_tesseract(image: Path, *, psm: int = 3) -> list[Word]:
    """Words with boxes (in the image's pixels) and confidences for one page image file."""
    tesseract_version()
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    proc = subprocess.run(
        ["tesseract", str(image), "stdout", "-l", LANGUAGES, "--psm", str(psm), "tsv"],
        capture_output=True, timeout=TIMEOUT_SECONDS, env=env,
    )
    if proc.returncode != 0:
        lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(lines[-1] if lines else "tesseract failed")
    return parse_tsv(proc.stdout.decode("utf-8", "replace"))


@dataclass
class OcrJob:
    """One page image to recognise: its number, pixels, resolution, and page size in points."""

    number: int
    image: Image.Image
    dpi: float
    steps: tuple[str, ...]
    width: float
    height: float


def recognize(job: OcrJob) -> tuple[list[Word], float]:
    """Words (in prepared-image pixels) and the prepared image's scale, cached by the hash of
    the page's pixels, so screening the same scan again runs no OCR and no pre-processing."""
    version = tesseract_version()
    digest = hashlib.sha256(f"{CACHE_VERSION}|{version}|{LANGUAGES}|{job.steps}|{job.dpi}|"
                            f"{job.image.mode}|{job.image.size}|".encode())
    digest.update(job.image.tobytes())
    key = digest.hexdigest()
    cached = cache_dir() / key[:2] / f"{key}.json"
    if cached.is_file():
        try:
            raw = json.loads(cached.read_text())
            words = [Word(w[0], tuple(w[1]), w[2], tuple(w[3])) for w in raw["words"]]  # type: ignore[arg-type]
            return words, float(raw["factor"])
        except (ValueError, KeyError, IndexError, TypeError, OSError):
            pass  # a damaged cache entry is recomputed
    from .preprocess import prepare

    prepared, factor = prepare(job.image, job.dpi, job.steps)
    # an uncompressed TIFF file is the fastest hand-over measured: no encoding, and Tesseract
    # reads it faster than PNG, PNM or anything piped through stdin
    with tempfile.TemporaryDirectory(prefix="compliance-docs-ocr-") as folder:
        path = Path(folder) / "page.tif"
        prepared.save(path, "TIFF", compression="raw")  # not the source's (a fax TIFF keeps group4)
        words = run_tesseract(path)
        # a page lying sideways or upside down reads as nonsense at a low confidence; only
        # such a page pays for asking which way up it is, and for a second reading
        if words and mean_confidence(words) < _settings()["turn_below"]:
            words = _read_upright(job, path, words)
    _store(cached, words, factor)
    return words, factor


def _read_upright(job: OcrJob, path: Path, words: list[Word]) -> list[Word]:
    """The page read again turned as orientation detection says it lies, if that reads surer
    (its boxes put back on the page as it came); else `words`, the first reading."""
    from .preprocess import prepare

    turn = orientation(path)
    if not turn:
        return words
    turned, _ = prepare(_turned(job.image, turn), job.dpi, job.steps)
    turned.save(path, "TIFF", compression="raw")
    try:
        again = run_tesseract(path)
    except (RuntimeError, subprocess.TimeoutExpired, OSError):
        return words  # a failed second look leaves the page as first read, not unread
    if not again or mean_confidence(again) <= mean_confidence(words):
        return words
    return [_turn_back(w, turn, turned.size) for w in again]


def _settings() -> dict:
    from ..data import load_yaml

    return load_yaml("ocr.yaml")["orientation"]


def mean_confidence(words: list[Word]) -> float:
    return sum(w.confidence for w in words) / len(words) if words else 0.0


_ROTATE = re.compile(r"^Rotate:\s*(\d+)", re.MULTILINE)
_SURE = re.compile(r"^Orientation confidence:\s*([\d.]+)", re.MULTILINE)


def orientation(image: Path) -> int:
    """Degrees (90, 180, 270) to turn a page clockwise to set it upright, from Tesseract's
    orientation detection; 0 when the page is upright, when the detection is unsure or cannot
    tell (too few letters), or when its language data (osd) is not installed."""
    if "osd" not in languages():
        return 0
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        proc = subprocess.run(["tesseract", str(image), "stdout", "--psm", "0", "-l", "osd"],
                              capture_output=True, timeout=TIMEOUT_SECONDS, env=env)
    except (subprocess.TimeoutExpired, OSError):
        return 0
    out = proc.stdout.decode("utf-8", "replace")
    turn, sure = _ROTATE.search(out), _SURE.search(out)
    if proc.returncode != 0 or not turn or not sure or float(sure.group(1)) < _settings()["osd_sure"]:
        return 0
    return int(turn.group(1)) if turn.group(1) in ("90", "180", "270") else 0


def _turned(image: Image.Image, turn: int) -> Image.Image:
    """`image` turned clockwise by `turn` degrees, exactly (a transpose, no resampling)."""
    from PIL import Image

    return image.transpose({90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180,
                            270: Image.Transpose.ROTATE_90}[turn])


def _turn_back(word: Word, turn: int, size: tuple[int, int]) -> Word:
    """A word read on the page turned clockwise by `turn`, with its box on the page as it came
    (`size` is the turned page's), so that evidence boxes sit on the picture of the page."""
    width, height = size
    left, top, right, bottom = word.box
    if turn == 90:
        box = (top, width - right, bottom, width - left)
    elif turn == 180:
        box = (width - right, height - bottom, width - left, height - top)
    else:
        box = (height - bottom, left, height - top, right)
    return Word(word.text, box, word.confidence, word.line)


def _store(path: Path, words: list[Word], factor: float) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(json.dumps({"factor": factor, "words": [[w.text, list(w.box), w.confidence, list(w.line)] for w in words]}))
        os.replace(tmp, path)
    except OSError:
        pass  # the cache is an optimisation; a read-only home must not break screening


def parse_tsv(tsv: str) -> list[Word]:
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        left, top = float(row["left"]), float(row["top"])
        width, height = float(row["width"]), float(row["height"])
        words.append(Word(text, (left, top, left + width, top + height),
                          max(float(row["conf"]), 0.0) / 100,
                          (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))))
    return words


def words_to_page(number: int, words: list[Word], *, scale: float, width: float, height: float) -> Page:
    """A Page whose text is the words in reading order; boxes converted to points by `scale`."""
    parts: list[str] = []
    spans: list[tuple[int, int, BBox, float]] = []
    pos, previous = 0, None
    for word in words:
        if previous is not None:
            sep = " " if word.line == previous else ("\n\n" if word.line[:2] != previous[:2] else "\n")
            parts.append(sep)
            pos += len(sep)
        box = tuple(round(v / scale, 1) for v in word.box)
        spans.append((pos, pos + len(word.text), box, word.confidence))  # type: ignore[arg-type]
        parts.append(word.text)
        pos += len(word.text)
        previous = word.line
    text = "".join(parts)
    confidence = round(sum(w.confidence for w in words) / len(words), 3) if words else 0.0

    def geometry(start: int, end: int) -> BBox | None:
        return union_box([b for s, e, b, _ in spans if s < end and e > start])

    def word_confidence(start: int, end: int) -> float | None:
        # what the verifier weighs an OCR quote by: how sure Tesseract was of these words
        scores = [c for s, e, _, c in spans if s < end and e > start]
        return round(sum(scores) / len(scores), 3) if scores else None

    return Page(number, text, "ocr" if text.strip() else "none", width=width, height=height,
                geometry=geometry, confidence=confidence, word_confidence=word_confidence)


def ocr_pages(jobs: Iterable[OcrJob], workers: int | None = None) -> list[Page]:
    """Recognise pages in parallel, pre-processing included; order is kept.

    `jobs` may be a generator that renders pages: it runs in this thread (pdfium is not
    thread-safe) while earlier pages are recognised, with a bounded number in flight."""
    tesseract_version()
    workers = workers or int(os.environ.get("COMPLIANCE_DOCS_OCR_WORKERS", 0)) or os.cpu_count() or 1
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[Page]] = deque()
        pages: list[Page] = []
        for job in jobs:
            pending.append(pool.submit(_recognize_page, job))
            while len(pending) > workers * 2:
                pages.append(pending.popleft().result())
        pages.extend(f.result() for f in pending)
    return pages


def _recognize_page(job: OcrJob) -> Page:
    try:
        words, factor = recognize(job)
    except (RuntimeError, subprocess.TimeoutExpired, OSError) as exc:
        return Page(job.number, "", "none", width=job.width, height=job.height,
                    warnings=[f"OCR failed ({exc})"])
    page = words_to_page(job.number, words, scale=factor * job.dpi / 72, width=job.width,
                         height=job.height)
    if not page.text.strip():
        page.warnings.append("no text recognised (blank or unreadable scan)")
    elif page.confidence is not None and page.confidence < LOW_CONFIDENCE:
        page.warnings.append(f"low OCR confidence ({page.confidence:.2f})")
    return page
