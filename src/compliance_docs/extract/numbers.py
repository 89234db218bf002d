"""Numbers and dates as deeds write them: digits, words, or both."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..data import load_yaml


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    raw = load_yaml("numbers.yaml")
    return {**raw["units"], **raw["ordinals"]}, raw["scales"], raw["months"]


def words_to_int(text: str) -> int | None:
    """'dua ribu dua puluh' -> 2020, 'empat belas' -> 14, 'tiga puluh satu' -> 31."""
    units, scales, _ = _words()
    total = current = last = 0
    seen = False
    for word in re.findall(r"[a-z]+", text.lower().replace("-", " ")):
        if word in ("dan", "and"):
            continue
        if word == "belas":
            current += 10
        elif word in units:
            last = units[word]
            current += last
        elif word in scales:
            scale = scales[word]
            if scale >= 1000:
                total += max(current, 1) * scale
                current = last = 0
            else:
                current += max(last, 1) * scale - last
                last = 0
        else:
            return None
        seen = True
    return total + current if seen else None



def month_pattern() -> str:
    _, _, months = _words()
    return "|".join(sorted(months, key=len, reverse=True))


def month_number(name: str) -> int | None:
    return _words()[2].get(name.lower().rstrip("."))


def parse_amount(text: str) -> int | None:
    """'1.250.000' -> 1250000, '2,3 juta' -> 2300000, '1.2 million' -> 1200000."""
    text = text.strip().lower()
    m = re.fullmatch(r"(\d+(?:[.,]\d+)*)\s*(juta|million|ribu|thousand|rb|jt)?", text)
    if not m:
        return words_to_int(text)
    number, scale = m.groups()
    factor = {"juta": 10**6, "jt": 10**6, "million": 10**6, "ribu": 1000, "rb": 1000,
              "thousand": 1000}.get(scale or "", 1)
    if factor > 1 and re.fullmatch(r"\d+[.,]\d{1,2}", number):
        return round(float(number.replace(",", ".")) * factor)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", number):
        return int(re.sub(r"[.,]", "", number)) * factor
    if re.fullmatch(r"\d+", number):
        return int(number) * factor
    return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first date in `text` with its span: digits, month names, or words only."""
    months = month_pattern()
    candidates: list[tuple[int, int, dt.date]] = []
    for m in re.finditer(r"\b(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})\b", text):
        d = _date(int(m[3]), int(m[2]), int(m[1]))
        if d:
            candidates.append((m.start(), m.end(), d))
    for m in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\b", text):
        d = _date(int(m[1]), int(m[2]), int(m[3]))
        if d:
            candidates.append((m.start(), m.end(), d))
    for m in re.finditer(rf"\b(\d{{1,2}})\s*(?:\([^)]{{0,40}}\)\s*)?(?:bulan\s+)?({months})\.?\s*"
                         rf"(?:\([^)]{{0,40}}\)\s*)?(?:tahun\s+)?(\d{{4}})\b", text, re.I):
        d = _date(int(m[3]), month_number(m[2]) or 0, int(m[1]))
        if d:
            candidates.append((m.start(), m.end(), d))
    for m in re.finditer(rf"\b({months})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", text, re.I):
        d = _date(int(m[3]), month_number(m[1]) or 0, int(m[2]))
        if d:
            candidates.append((m.start(), m.end(), d))
    number_words = r"(?:[a-z]+\s+){0,3}?[a-z]+"
    # "the twenty-second day of June two thousand and twenty-one", "the 22nd day of June, 2021"
    for m in re.finditer(rf"\b([a-z]+(?:[\s-]+[a-z]+)?|\d{{1,2}}(?:st|nd|rd|th)?)\s+day\s+of\s+({months})\.?,?\s+"
                         rf"(?:(?:in\s+)?the\s+year\s+)?(\d{{4}}|[a-z]+(?:[\s-]+[a-z]+){{0,5}})", text, re.I):
        day = int(m[1][:-2] if m[1][-2:].isalpha() else m[1]) if m[1][:1].isdigit() else _trailing_number(m[1].replace("-", " "), 31)
        year = int(m[3]) if m[3].isdigit() else _leading_year(re.sub(r"[\s-]+", " ", m[3]))
        d = _date(year, month_number(m[2]) or 0, day) if day and year else None
        if d:
            candidates.append((m.start(), m.end(), d))
    for m in re.finditer(
        # a deed fills a line with dashes and the year runs on to the next ("dua puluh -\nsatu")
        # and may name the parts: "dua puluh satu bulan Juni tahun dua ribu dua puluh satu"
        rf"\b({number_words})\s+(?:bulan\s+)?({months})\s+(?:tahun\s+)?((?:[a-z]+(?:\s*-+[ \t]*\n\s*|\s+)){{1,6}}[a-z]+)\b",
        text, re.I,
    ):
        day = _trailing_number(m[1], 31)
        month = month_number(m[2])
        year = _leading_year(re.sub(r"[\s-]+", " ", m[3]))
        if day and month and year:
            d = _date(year, month, day)
            if d:
                candidates.append((m.end(1) - len(day_words(m[1])), m.end(), d))
    if not candidates:
        return None
    start, end, d = min(candidates, key=lambda c: c[0])
    return d, start, end


def day_words(text: str) -> str:
    """The trailing words of `text` that spell a day of the month."""
    words = text.split()
    for i in range(len(words)):
        tail = " ".join(words[i:])
        value = words_to_int(tail)
        if value and 1 <= value <= 31:
            return tail
    return ""


def _trailing_number(text: str, limit: int) -> int | None:
    tail = day_words(text)
    value = words_to_int(tail) if tail else None
    return value if value and value <= limit else None


def _leading_year(text: str) -> int | None:
    words = text.split()
    for n in range(len(words), 0, -1):
        value = words_to_int(" ".join(words[:n]))
        if value and 1900 <= value <= 2100:
            return value
    return None
