"""A benchmark corpus of realistic applicant bundles: long text-layer deeds (5-50 pages),
statements with province tables, DOCX system descriptions, partner lists, a few scans."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

PROVINCES = ["Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
             "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu", "Lampung", "DKI Jakarta",
             "Jawa Barat", "Banten", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Bali",
             "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah",
             "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara",
             "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara",
             "Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Selatan",
             "Papua Tengah", "Papua Pegunungan"]
NAMES = ["Cahaya", "Ilmu", "Nusantara", "Sinar", "Edukasi", "Karya", "Prima", "Mandiri", "Bina",
         "Cerdas", "Digital", "Pintar", "Maju", "Bersama", "Insan", "Global", "Kreasi", "Talenta"]
ARTICLE = (
    "Pasal {n} ---------------------------------------------------------------",
    "Direksi berhak mewakili Perseroan di dalam dan di luar Pengadilan tentang segala hal dan",
    "dalam segala kejadian, mengikat Perseroan dengan pihak lain dan pihak lain dengan Perseroan,",
    "serta menjalankan segala tindakan, baik yang mengenai kepengurusan maupun kepemilikan,",
    "dengan pembatasan bahwa untuk meminjam atau meminjamkan uang atas nama Perseroan, membeli,",
    "menjual atau dengan cara lain mendapatkan atau melepaskan hak atas barang tidak bergerak,",
    "termasuk bangunan, hak atas tanah dan perusahaan, harus dengan persetujuan Dewan Komisaris.",
    "Rapat Umum Pemegang Saham diadakan di tempat kedudukan Perseroan atau di tempat Perseroan",
    "melakukan kegiatan usahanya yang utama, sebagaimana ditentukan dalam anggaran dasar ini.",
)


def deed_pages(name: str, pages: int, rng: random.Random) -> list[list[str]]:
    number = rng.randint(1, 99)
    first = [
        "AKTA PENDIRIAN PERSEROAN TERBATAS", name.upper(), f"Nomor : {number:02d}",
        "Pada hari ini, Senin, tanggal 14-04-2020 (empat belas April dua ribu dua puluh).",
        "Berhadapan dengan saya, SITI RAHMAWATI, Sarjana Hukum, Magister Kenotariatan,",
        "Notaris di Jakarta, dengan dihadiri oleh saksi-saksi yang saya, Notaris, kenal.",
        f"Perseroan Terbatas ini bernama {name.upper()}, berkedudukan di Kota Bandung.",
        "Direktur Utama : Tuan BUDI SANTOSO, Direktur : Nyonya RINA WIJAYA.",
        "Pengesahan Menteri Hukum dan Hak Asasi Manusia Nomor AHU-0012345.AH.01.01.Tahun 2020.",
    ]
    out = [first]
    for n in range(2, pages + 1):
        lines = []
        for k in range(5):
            lines.extend(line.format(n=n * 5 + k) for line in ARTICLE)
        out.append(lines[:52])
    return out


def make_bundle(folder: Path, seed: int, *, deed_pages_count: int, scan: bool = False) -> int:
    """One bundle; returns its page count."""
    from conftest import make_docx, make_reportlab_pdf

    rng = random.Random(seed)
    name = "PT " + " ".join(rng.sample(NAMES, 3))
    folder.mkdir(parents=True, exist_ok=True)
    pages = deed_pages(name, deed_pages_count, rng)
    if scan:
        from scans import degrade, render_text, scanned_pdf

        images = [degrade(render_text(p[:40], dpi=200), angle=rng.uniform(-2, 2), seed=seed) for p in pages[:2]]
        scanned_pdf(images, folder / "akta_scan.pdf", 200)
    else:
        make_reportlab_pdf(folder / "akta.pdf", pages, header=f"Akta {name}")
    chosen = rng.sample(PROVINCES, rng.randint(20, 38))
    coverage = [["SURAT PERNYATAAN CAKUPAN NASIONAL", "Yang bertanda tangan di bawah ini:",
                 "Nama : Budi Santoso", "Jabatan : Direktur Utama",
                 f"menyatakan bahwa {name} memiliki pengguna di provinsi berikut:", "No | Provinsi | Pengguna"]
                + [f"{i} | {p} | {rng.randint(100, 90000):,}".replace(",", ".") for i, p in enumerate(chosen, 1)]
                + ["", "(Budi Santoso)", "Direktur Utama"]]
    make_reportlab_pdf(folder / "cakupan.pdf", coverage)
    make_reportlab_pdf(folder / "nib.pdf", [["PERIZINAN BERUSAHA BERBASIS RISIKO",
                                             f"NOMOR INDUK BERUSAHA: 91200{seed:08d}", f"Nama Perusahaan : {name}"]])
    make_docx(folder / "sistem.docx", [
        "DESKRIPSI SISTEM", "The platform runs on a microservices architecture in two data centres.",
        "Security: ISO/IEC 27001 certified, TLS encryption and yearly penetration tests.",
        "Availability: 99.9% uptime SLA with auto-scaling. REST API for partners.",
        "The platform is integrated with the Kartu Prakerja system as a payment method.",
        f"Portal: https://www.{name.split()[1].lower()}.id",
    ])
    (folder / "mitra.txt").write_text(
        "DAFTAR LEMBAGA PELATIHAN MITRA\nPelatihan berbasis kompetensi sesuai SKKNI.\n"
        + "\n".join(f"{i}. LPK {' '.join(rng.sample(NAMES, 2))}" for i in range(1, 8)), encoding="utf-8")
    return len(pages) + 3 + (0 if scan else 0)


def make_corpus(root: Path, count: int, *, scans: int = 0, seed: int = 1) -> int:
    rng = random.Random(seed)
    total = 0
    for i in range(count):
        total += make_bundle(root / f"bundle-{i:03d}", seed + i, deed_pages_count=rng.randint(5, 50),
                             scan=i < scans)
    return total
