"""Atheris harness: `python fuzz/harness.py TARGET [libFuzzer options] [CORPUS_DIR]`.

TARGET is pdf, docx, xlsx, image or zip; see targets.py for what a crash is."""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["compliance_docs"]):
    import targets


def main() -> None:
    targets.without_ocr()
    target = sys.argv.pop(1)
    if target not in targets.TARGETS:
        raise SystemExit(f"unknown target {target!r}; one of {', '.join(targets.TARGETS)}")

    def one_input(data: bytes) -> None:
        targets.check(target, data)

    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
