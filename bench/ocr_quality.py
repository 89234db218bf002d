"""OCR corpus: render known deed text, degrade it like real scans, and report the character
error rate (CER) of Tesseract before and after each pre-processing step.

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

from compliance_docs.ingest.ocr import run_tesseract, words_to_page  # noqa: E402
from compliance_docs.ingest.preprocess import prepare  # noqa: E402

from scans import cer, degrade, render_text  # noqa: E402

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
}


def ocr_text(image, dpi, steps) -> str:
    prepared, factor = prepare(image, dpi, steps)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.tif"
        prepared.save(path, "TIFF")
        words = run_tesseract(path)
    return words_to_page(1, words, scale=factor, width=1, height=1).text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", nargs="*", default=list(STEPS))
    args = parser.parse_args()
    reference = "\n".join(DEED)
    pages = {name: (dpi, degrade(render_text(DEED, dpi=dpi), angle=a, noise=n, jpeg=q))
             for name, (dpi, a, n, q) in VARIANTS.items()}
    jobs = [(v, s) for v in pages for s in args.steps]
    started = time.perf_counter()

    def run(job):
        variant, step = job
        dpi, image = pages[variant]
        return variant, step, cer(reference, ocr_text(image, dpi, STEPS[step]))

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run, jobs))
    table = {(v, s): c for v, s, c in results}
    print(f"CER per degraded page and pre-processing (lower is better), {time.perf_counter() - started:.0f} s")
    print(f"{'variant':<16}" + "".join(f"{s:>26}" for s in args.steps))
    for variant in pages:
        print(f"{variant:<16}" + "".join(f"{table[(variant, s)]:>26.3f}" for s in args.steps))
    means = {s: sum(table[(v, s)] for v in pages) / len(pages) for s in args.steps}
    print(f"{'mean':<16}" + "".join(f"{means[s]:>26.3f}" for s in args.steps))


if __name__ == "__main__":
    main()
