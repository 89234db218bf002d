"""The hostile corpus read as the tool reads an intake: every file refused or reported with
its reason, within bounds, and the good documents beside it still screened."""

from __future__ import annotations

import atexit
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from compliance_docs.ingest import read_bundle

from hostile_corpus import Expected, make_corpus

ROOT = Path(tempfile.mkdtemp(prefix="hostile-corpus-"))
atexit.register(shutil.rmtree, ROOT, True)
CASES = make_corpus(ROOT)


@pytest.fixture(scope="module")
def bundles():
    read = {}
    root = ROOT
    for name in sorted({e.bundle for e in CASES}):
        path = root / name if (root / name).is_dir() else root / f"{name}.zip"
        started = time.perf_counter()
        read[name] = read_bundle(path)
        read[name].seconds = time.perf_counter() - started
    return read


def _ids(expected: list[Expected]) -> list[str]:
    return [f"{e.bundle}/{e.path or '(bundle)'}: {e.why}" for e in expected]


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_every_hostile_file_has_its_expected_outcome(case: Expected, bundles):
    bundle = bundles[case.bundle]
    documents = {d.path: d for d in bundle.documents}
    if case.type is None:  # refused before it became a document: said at bundle level
        assert case.path not in documents
        assert any(case.warning in w for w in bundle.warnings), bundle.warnings
        return
    assert case.path in documents, (sorted(documents), bundle.warnings)
    doc = documents[case.path]
    assert doc.type == case.type, (doc.type, doc.warnings)
    warnings = " | ".join(doc.warnings)
    if case.warning:
        assert case.warning in warnings
    if case.type != "unreadable":
        assert doc.text.strip()
    if "limit " in case.warning:  # a refusal names the file and the limit
        assert warnings.startswith(f"{case.path}: refused: ")


def test_each_hostile_bundle_is_read_in_bounded_time(bundles):
    slow = {name: round(b.seconds, 2) for name, b in bundles.items() if b.seconds > 5}
    assert slow == {}
