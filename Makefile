# README's two commands: `make demo` and `make test`. Both set up everything they need.
SHELL := /bin/bash
# Let Python cache bytecode: CLI subprocesses in tests and benchmarks otherwise recompile ~300 modules.
unexport PYTHONDONTWRITEBYTECODE
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
PLUGINS := $(wildcard plugins/*/pyproject.toml)
DEMO_SHARE ?= build/demo-share

.PHONY: setup system-deps demo test lint typecheck unit eval bench api-docs clean

$(VENV)/.installed: pyproject.toml $(PLUGINS)
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -e '.[test,ocr]' $(foreach p,$(PLUGINS),-e $(dir $(p)))
	touch $@

setup: $(VENV)/.installed

# LibreOffice, poppler, a CJK font and Chromium: the tests render with real programs.
system-deps:
	bash scripts/install-system-deps.sh

demo: setup
	$(PY) -m corpus.demo $(DEMO_SHARE)
	$(BIN)/assetclass scan $(DEMO_SHARE) --jobs 2 || test $$? -eq 1
	$(BIN)/assetclass scan $(DEMO_SHARE) --format html --output build/demo-report.html >/dev/null || test $$? -eq 1
	@echo "HTML report: build/demo-report.html"

lint: setup
	$(BIN)/ruff check src tests plugins corpus bench
	$(BIN)/ruff format --check src tests plugins corpus bench
	$(BIN)/lint-imports
	$(BIN)/vulture src/assetclass scripts/vulture_whitelist.py --min-confidence 60

typecheck: setup
	$(BIN)/mypy

unit: setup
	$(BIN)/pytest -n 2 --dist loadgroup

test: system-deps setup lint typecheck unit

eval: setup
	$(PY) -m corpus.eval.evaluate --write docs/accuracy.md
	$(PY) -m corpus.eval.scanned --write docs/accuracy.md --performance docs/performance.md

api-docs: setup
	$(PY) scripts/api_docs.py build/api

bench: setup
	$(PY) -m bench.run --write docs/performance.md

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
