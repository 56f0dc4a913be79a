# Commands promised in ../shared/INTERFACE.md: install, run, test. See README.md.
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# CORPUS: the folder `make run` indexes and serves. Your own folder gets an index of its own, so the
# samples in corpus/ are never mixed in: `make run CORPUS=~/council-papers` serves only those.
CORPUS ?= corpus
INDEX ?= $(if $(filter corpus corpus/,$(CORPUS)),var/index,var/index-$(notdir $(abspath $(CORPUS))))
STAMP := $(VENV)/.installed

.PHONY: install run index lint test test-browser bench bench-quick soak quality eval relevance relevance-tune extraction-blind motions-blind clean

install: $(STAMP)

$(STAMP): requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements.txt
	touch $(STAMP)

# Exit status 3 means some files failed and the rest were indexed: serve what we have.
index: install
	test -d "$(CORPUS)" || { echo "CORPUS=$(CORPUS) is not a folder"; exit 2; }
	$(PY) -m indexer build "$(CORPUS)" --index $(INDEX) || [ $$? -eq 3 ]

run: index
	SEARCH_INDEX_DIR=$(INDEX) PORT=$(PORT) $(VENV)/bin/gunicorn -c gunicorn.conf.py wsgi:app

# Lint and types first: a failure there is cheaper to read than a failing test.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

test: install lint
	$(PY) -m pytest -q

bench: install
	$(PY) -m bench.run

soak: install
	$(PY) -m pytest -q -m soak --run-soak

# Judged relevance beside SQLite FTS5 (scripts/relevance.py; needs ../shared/corpus and the judgments).
relevance: install
	$(PY) scripts/relevance.py score

# The weights of engine/ranking.py tried over a grid on the judged set, with a two-fold cross-validation (slow: minutes).
relevance-tune: install
	$(PY) scripts/relevance.py tune

# The frozen blind extraction labels (scripts/extraction_blind.py; needs ../shared/corpus): figures only, no per-document misses.
extraction-blind: install
	$(PY) scripts/extraction_blind.py --workers 2

# Motion extraction against the blind motion labels and Winnipeg's Hansard JSON (scripts/motions_score.py; needs ../shared/corpus).
MOTION_LABELS ?= tests/data/motions/blind6
motions-blind: install
	$(PY) scripts/motions_score.py --labels $(MOTION_LABELS)

quality: install
	$(PY) scripts/structure_accuracy.py
	$(PY) scripts/structure_accuracy.py --labels tests/data/structure_dev_labels.jsonl

clean:
	rm -rf var .pytest_cache
