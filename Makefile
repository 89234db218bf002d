# Two commands a newcomer needs: `make demo` and `make test`. Both set up what they need.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
CLI    := $(VENV)/bin/compliance-docs
STAMP  := $(VENV)/.installed

.PHONY: demo test lint fmt bench profile eval samples clean system-deps fuzz

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@# an editable install leaves our modules uncompiled, and where PYTHONDONTWRITEBYTECODE is
	@# set every start would compile them again
	$(PY) -m compileall -q src >/dev/null
	touch $(STAMP)

# Debian packages the tool uses when present (OCR arrives with scanned documents).
system-deps:
	@./scripts/system-deps.sh

demo: $(STAMP) system-deps
	$(CLI) batch samples --output-dir reports --quiet
	$(CLI) batch samples --ruleset permenko-3-2020 --output-dir reports/permenko-3-2020 --quiet
	@echo "Open reports/index.html (Permenko 11/2020) or reports/permenko-3-2020/index.html"

test: $(STAMP) system-deps
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests samples

fmt: $(STAMP)
	$(VENV)/bin/ruff format src tests samples

bench: $(STAMP) system-deps
	@# the modules as an install has them, compiled (an edit since leaves them to compile anew)
	$(PY) -m compileall -q src >/dev/null
	$(PY) bench/run.py
	$(PY) bench/cluster.py
	$(PY) bench/hostile.py

# Coverage-guided fuzzing (Atheris) of the PDF, DOCX, XLSX, image and zip readers for
# FUZZ_SECONDS in all; crash inputs are kept in fuzz/regressions/ and replayed by `make test`.
FUZZ_SECONDS ?= 600
fuzz: $(STAMP)
	$(PY) -m pip install --quiet -e '.[fuzz]'
	$(PY) fuzz/run.py --seconds $(FUZZ_SECONDS)

# Where the time of the text path goes: cProfile over the bench corpus in one process.
profile: $(STAMP)
	$(PY) bench/hotspots.py

# Score the tool against the held-out evaluation corpus (labels written from the brief only).
eval: $(STAMP) system-deps
	$(PY) bench/score.py tests/bundles/g --confusion

samples: $(STAMP)
	$(PY) samples/make_samples.py samples

clean:
	rm -rf $(VENV) reports build dist .pytest_cache
