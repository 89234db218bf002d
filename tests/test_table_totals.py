"""A coverage table's stated total against the sum of its rows."""

from compliance_docs.evaluate import evaluate, load_ruleset
from compliance_docs.extract import extract
from compliance_docs.ingest import document_from_text

PROVINCES = ["Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi", "Sumatera Selatan",
             "Bengkulu", "Lampung", "Kepulauan Bangka Belitung", "Kepulauan Riau", "DKI Jakarta",
             "Jawa Barat", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Banten", "Bali",
             "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah",
             "Kalimantan Selatan", "Kalimantan Timur", "Sulawesi Utara", "Sulawesi Tengah",
             "Sulawesi Selatan", "Gorontalo", "Maluku"]


def table(total: str, *, separator: str = " | ") -> str:
    rows = [f"{i}{separator}{name}{separator}{1000 + 37 * i:,}".replace(",", ".")
            for i, name in enumerate(PROVINCES, 1)]
    return ("SURAT PERNYATAAN CAKUPAN LAYANAN\n"
            "Sebaran pengguna terdaftar platform kami per provinsi adalah sebagai berikut:\n"
            f"No{separator}Provinsi{separator}Jumlah Pengguna\n" + "\n".join(rows) +
            f"\nJumlah{separator}{total}\n")


ROWS_SUM = sum(1000 + 37 * i for i in range(1, len(PROVINCES) + 1))  # 43,022


def coverage(text: str):
    docs = [document_from_text("cakupan.txt", text)]
    found = extract(docs)
    criteria, _ = evaluate(docs, found, load_ruleset("permenko-11-2020"), language="en")
    return found, next(c for c in criteria if c.id == "national_coverage")


def test_a_total_that_adds_up_leaves_the_criterion_met():
    found, result = coverage(table(f"{ROWS_SUM:,}".replace(",", ".")))
    assert found.value("registered_users") == ROWS_SUM
    assert found.get("users_total_mismatch") is None
    assert result.status == "met"


def test_a_total_that_does_not_add_up_is_shown_with_both_figures():
    found, result = coverage(table("45.022"))
    assert found.value("users_total_mismatch") == {"stated": 45022, "rows": ROWS_SUM, "row_count": 28}
    assert result.status == "needs_review"
    assert any("45022" in r and str(ROWS_SUM) in r for r in result.reasons)


def test_columns_set_apart_by_spaces_as_a_scan_reads_them_add_up_the_same():
    found, _ = coverage(table("45.022", separator="    "))
    assert found.value("users_total_mismatch")["rows"] == ROWS_SUM
