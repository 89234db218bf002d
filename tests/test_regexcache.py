"""Patterns compiled from the regex cache are the patterns re compiles: the same flags, groups
and engine code, found again by a new process, and a damaged cache costs only the time."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from compliance_docs import regexcache

NIB = r"(?:NIB|Nomor\s+Induk\s+Berusaha)\s*[:.]?\s*(?P<value>\d{13})"
DEED = r"^\s*AKTA\s+(?:PENDIRIAN|PERUBAHAN)\b(?P<rest>.*)$"


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache folder, and the module as a new process finds it."""
    monkeypatch.setenv("COMPLIANCE_DOCS_CACHE", str(tmp_path))
    monkeypatch.setattr(regexcache, "_entries", None)
    monkeypatch.setattr(regexcache, "_added", False)
    return tmp_path


def _as_new_process(monkeypatch):
    monkeypatch.setattr(regexcache, "_entries", None)
    monkeypatch.setattr(regexcache, "_added", False)


def test_a_cached_pattern_equals_the_one_re_compiles(fresh, monkeypatch):
    first = regexcache.compile(NIB, re.I | re.M)
    regexcache.save()
    assert list((fresh / "regex").glob("compiled-*.json"))
    _as_new_process(monkeypatch)
    compiled, original = [], re.compile
    monkeypatch.setattr(re, "compile", lambda *a: compiled.append(a) or original(*a))
    again = regexcache.compile(NIB, re.I | re.M)
    assert compiled == []  # from the cache, not compiled
    reference = original(NIB, re.I | re.M)
    assert again == reference == first  # flags, pattern and engine code alike
    assert again.groupindex == reference.groupindex and again.groups == reference.groups
    text = "Nomor Induk Berusaha: 9120001234567 dan nib 8120109876543"
    assert [m.group("value") for m in again.finditer(text)] == ["9120001234567", "8120109876543"]


def test_flags_are_part_of_the_key(fresh, monkeypatch):
    regexcache.compile(DEED, re.M)
    regexcache.save()
    _as_new_process(monkeypatch)
    insensitive = regexcache.compile(DEED, re.I | re.M)
    assert insensitive.flags & re.I
    assert insensitive.search("akta pendirian PT Belajar") is not None
    assert regexcache.compile(DEED, re.M).search("akta pendirian PT Belajar") is None


@pytest.mark.parametrize("damage", [
    "not json at all {",
    json.dumps([1, 2, 3]),
    "tampered code",
    "wrong shape",
])
def test_a_damaged_cache_falls_back_to_re(fresh, monkeypatch, damage):
    regexcache.compile(NIB, re.I)
    regexcache.save()
    (path,) = (fresh / "regex").glob("compiled-*.json")
    key = f"{int(re.I)}|{NIB}"
    if damage == "tampered code":
        entries = json.loads(path.read_text())
        entries[key][1] = "AAAAAP////8="  # code the engine refuses
        path.write_text(json.dumps(entries))
    elif damage == "wrong shape":
        path.write_text(json.dumps({key: ["x"]}))
    else:
        path.write_text(damage)
    _as_new_process(monkeypatch)
    pattern = regexcache.compile(NIB, re.I)
    assert pattern == re.compile(NIB, re.I)
    assert pattern.search("NIB 9120001234567").group("value") == "9120001234567"


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("COMPLIANCE_DOCS_CACHE", str(blocked))
    _as_new_process(monkeypatch)
    assert regexcache.compile(NIB).search("NIB 9120001234567")
    regexcache.save()  # nothing to write to, and no error


def test_the_pipeline_starts_from_the_cache_in_a_new_process(tmp_path):
    """The second start compiles none of the data files' patterns nor spaCy's tokenizer
    expressions, and screens as the first did."""
    code = (
        "import re, sys\n"
        "from compliance_docs.extract.nlp import get_nlp\n"
        "from compliance_docs.extract.source import patterns\n"
        "from compliance_docs.ingest.classify import _rules\n"
        "from compliance_docs import regexcache\n"
        "compiled = []\n"
        "original = regexcache.re.compile\n"
        "regexcache.re = type(re)('re_counted')\n"
        "regexcache.re.__dict__.update(re.__dict__)\n"
        "regexcache.re.compile = lambda *a: compiled.append(a[0]) or original(*a)\n"
        "nlp = get_nlp(); found = patterns(); _rules()\n"
        "doc = nlp('Akta Pendirian PT Belajar Nusantara, S.H., di Jawa Barat.')\n"
        "print(len(compiled), [t.text for t in doc], [e.label_ for e in doc.ents], "
        "sum(len(v) for v in found.values()))\n"
    )
    env = {"COMPLIANCE_DOCS_CACHE": str(tmp_path), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                           check=True).stdout.split(" ", 1) for _ in range(2)]
    assert int(runs[0][0]) > 100  # the first start compiled them all
    assert int(runs[1][0]) == 0
    assert runs[0][1] == runs[1][1]


def test_a_cache_file_is_written_whole_or_not_at_all(tmp_path):
    from compliance_docs.cache import store

    assert store(tmp_path / "hyphen-infixes.json", b"[3, 7]")
    assert (tmp_path / "hyphen-infixes.json").read_bytes() == b"[3, 7]"
    (tmp_path / "taken").mkdir()  # a folder where the file would go: the rename fails
    assert not store(tmp_path / "taken", b"{}")
    assert not store(tmp_path / "missing" / "x.json", b"{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hyphen-infixes.json", "taken"]


def test_the_gates_and_prefilters_read_back_are_those_the_parse_gives(fresh, monkeypatch):
    from compliance_docs.data import load_yaml
    from compliance_docs.extract import gate

    patterns = [item["pattern"] for items in load_yaml("patterns/identifiers.yaml").values()
                for item in items]
    computed = [(gate.gated(p), gate.Prefilter(p).words) for p in patterns]
    regexcache.save()
    assert any(g != p for (g, _), p in zip(computed, patterns, strict=True))  # some patterns are gated
    assert any(words for _, words in computed)  # and some have a prefilter
    _as_new_process(monkeypatch)
    monkeypatch.setattr(gate, "_parsed", lambda p: pytest.fail(f"parsed again: {p}"))
    assert [(gate.gated(p), gate.Prefilter(p).words) for p in patterns] == computed


def test_gates_kept_by_another_version_of_the_gate_code_are_not_used(fresh, monkeypatch):
    from compliance_docs.extract import gate

    pattern = r"(?:direktur|komisaris)\s+utama"
    right = gate.gated(pattern)
    with monkeypatch.context() as older:
        older.setattr(gate, "_version", lambda: "older")
        regexcache._loaded()[f"gate-older|{pattern}"] = "(?=[x])" + pattern
        assert gate.gated(pattern) == "(?=[x])" + pattern  # what the older code had kept
    assert gate.gated(pattern) == right == "(?=[dk])" + pattern
    import hashlib
    from pathlib import Path

    source = Path(gate.__file__).read_bytes()  # the key changes with the code that derives
    assert gate._version() == hashlib.sha256(source).hexdigest()[:16]


@pytest.mark.parametrize("damage", [["not", "a", "gate"], "(?=[x]).*", 42, None])
def test_a_damaged_gate_in_the_cache_is_derived_again(fresh, damage):
    from compliance_docs.extract import gate

    pattern = r"(?:direktur|komisaris)\s+utama"
    regexcache._loaded()[f"gate-{gate._version()}|{pattern}"] = (
        damage + pattern if isinstance(damage, str) else damage)
    regexcache._loaded()[f"prefilter-{gate._version()}|{pattern}"] = ["x", 7]
    assert gate.gated(pattern) == "(?=[dk])" + pattern
    assert gate.Prefilter(pattern).words == ("direktur", "komisaris")
