"""OCR corpus: render known deed text and a ruled users-per-province table, degrade them like
real scans, and report Tesseract's character error rate (deed) and share of words missed
(table) before and after each pre-processing step.

    python bench/ocr_quality.py [--pages N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from compliance_docs.ingest.ocr import run_tesseract, words_to_page  # noqa: E402
from compliance_docs.ingest.preprocess import prepare  # noqa: E402

from scans import FONT, cer, degrade, render_text  # noqa: E402

DEED = [
    "AKTA PENDIRIAN PERSEROAN TERBATAS",
    "PT CAHAYA ILMU NUSANTARA",
    "Nomor : 07",
    "Pada hari ini, Rabu, tanggal 03-06-2020 (tiga Juni dua ribu dua puluh),",
    "pukul 10.00 WIB (sepuluh Waktu Indonesia Barat).",
    "Berhadapan dengan saya, RATNA DEWI KUSUMA, Sarjana Hukum, Magister",
    "Kenotariatan, Notaris di Kota Bandung, dengan dihadiri oleh saksi-saksi",
    "yang saya, Notaris, kenal dan akan disebut pada bagian akhir akta ini.",
    "Tuan BAGUS PRASETYO, lahir di Semarang, pada tanggal 12-03-1985,",
    "Warga Negara Indonesia, Direktur perseroan terbatas, bertempat tinggal di",
    "Kota Bandung, Jalan Dago Nomor 45, Rukun Tetangga 002, Rukun Warga 005.",
    "Pasal 1 ------------------------------------------------------------------",
    "Perseroan Terbatas ini bernama PT CAHAYA ILMU NUSANTARA, berkedudukan",
    "di Kota Bandung. Pengesahan Menteri Hukum dan Hak Asasi Manusia Nomor",
    "AHU-0031245.AH.01.01.Tahun 2020 tanggal 10-06-2020.",
    "Nomor Induk Berusaha (NIB): 9120305123456; NPWP: 93.512.345.6-423.000.",
    "Pasal 3 ------------------------------------------------------------------",
    "Maksud dan tujuan perseroan ialah berusaha dalam bidang portal web",
    "dan/atau platform digital dengan tujuan komersial (KBLI 63122) serta",
    "pendidikan lainnya (KBLI 85499). Direktur Utama: Tuan BAGUS PRASETYO;",
    "Direktur: Nyonya SRI WAHYUNI; Komisaris: Tuan HENDRA GUNAWAN.",
]

TABLE = [["No", "Provinsi", "Pengguna Terdaftar"]] + [
    [str(i), name, f"{users:,}".replace(",", ".")] for i, (name, users) in enumerate([
        ("Aceh", 15268), ("Sumatera Utara", 86538), ("Sumatera Barat", 15717), ("Riau", 29877),
        ("Kepulauan Riau", 17138), ("Jambi", 14702), ("Sumatera Selatan", 43744),
        ("Kepulauan Bangka Belitung", 19362), ("Bengkulu", 13364), ("Lampung", 34630),
        ("DKI Jakarta", 150981), ("Jawa Barat", 210455), ("Banten", 80173), ("Jawa Tengah", 154131),
        ("DI Yogyakarta", 44349), ("Jawa Timur", 182904), ("Bali", 42784), ("Papua Barat Daya", 3120),
    ], 1)]


def render_table(rows: list[list[str]], dpi: int) -> Image.Image:
    """A users-per-province table with ruled grid lines, as coverage statements print them."""
    page = render_text([], dpi=dpi)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, round(11 * dpi / 72)) if Path(FONT).is_file() else ImageFont.load_default()
    x = [round(dpi * v) for v in (0.9, 1.5, 4.6, 6.9)]
    row_h, top = round(dpi * 0.3), round(dpi * 0.9)
    for i, row in enumerate(rows):
        y = top + i * row_h
        for j, cell in enumerate(row):
            draw.text((x[j] + round(dpi * 0.06), y + round(dpi * 0.06)), cell, fill=0, font=font)
    width = max(2, dpi // 100)
    for i in range(len(rows) + 1):
        draw.line([(x[0], top + i * row_h), (x[-1], top + i * row_h)], fill=0, width=width)
    for xv in x:
        draw.line([(xv, top), (xv, top + len(rows) * row_h)], fill=0, width=width)
    return page


VARIANTS = {  # name: (dpi, rotation degrees, noise, jpeg quality)
    "300dpi-1deg": (300, 1.0, 10, 70),
    "200dpi-2deg": (200, 2.0, 12, 55),
    "150dpi-1.5deg": (150, 1.5, 12, 55),
    "150dpi-3deg": (150, -3.0, 15, 45),
}
STEPS = {
    "none": (),
    "upscale": ("upscale",),
    "deskew": ("deskew",),
    "binarize": ("binarize",),
    "upscale+deskew": ("upscale", "deskew"),
    "upscale+deskew+binarize": ("upscale", "deskew", "binarize"),
    "upscale+deskew+unline": ("upscale", "deskew", "unline"),
    "deskew+unline": ("deskew", "unline"),
}


def ocr_text(image, dpi, steps) -> str:
    prepared, factor = prepare(image, dpi, steps)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.tif"
        prepared.save(path, "TIFF")
        words = run_tesseract(path)
    return words_to_page(1, words, scale=factor, width=1, height=1).text


def missed_words(reference: str, hypothesis: str) -> float:
    """Share of the reference's words (cells) absent from the hypothesis, counted with repeats."""
    from collections import Counter

    want, got = Counter(reference.split()), Counter(hypothesis.split())
    return sum((want - got).values()) / max(sum(want.values()), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", nargs="*", default=list(STEPS))
    args = parser.parse_args()
    deed, table = "\n".join(DEED), "\n".join(" ".join(row) for row in TABLE)
    pages = {}
    for name, (dpi, a, n, q) in VARIANTS.items():
        pages[name] = (dpi, deed, degrade(render_text(DEED, dpi=dpi), angle=a, noise=n, jpeg=q))
        pages[f"table-{name}"] = (dpi, table, degrade(render_table(TABLE, dpi), angle=a, noise=n, jpeg=q))
    jobs = [(v, s) for v in pages for s in args.steps]
    started = time.perf_counter()

    def run(job):
        variant, step = job
        dpi, reference, image = pages[variant]
        text = ocr_text(image, dpi, STEPS[step]).replace("|", " ")  # cell borders read as bars
        if variant.startswith("table-"):
            # a table read column by column is as useful as one read row by row: score the
            # share of its words that are missed, not the edit distance
            return variant, step, missed_words(reference, text)
        return variant, step, cer(reference, text)

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run, jobs))
    table = {(v, s): c for v, s, c in results}
    print(f"CER per degraded deed page, share of words missed per ruled table, by pre-processing "
          f"(lower is better), {time.perf_counter() - started:.0f} s")
    print(f"{'variant':<22}" + "".join(f"{s:>24}" for s in args.steps))
    for variant in pages:
        print(f"{variant:<22}" + "".join(f"{table[(variant, s)]:>24.3f}" for s in args.steps))
    for label, chosen in (("mean, deed text", [v for v in pages if not v.startswith("table-")]),
                          ("mean, ruled tables", [v for v in pages if v.startswith("table-")])):
        means = {s: sum(table[(v, s)] for v in chosen) / len(chosen) for s in args.steps}
        print(f"{label:<22}" + "".join(f"{means[s]:>24.3f}" for s in args.steps))


if __name__ == "__main__":
    main()
