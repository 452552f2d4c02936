# Guanxi — the two commands a new user needs are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
KG := $(BIN)/kg
UV_VERSION := 0.13.9
STAMP := $(VENV)/.installed

.PHONY: help install neo4j-jars neo4j-start up migrate demo run serve stop status test check lint \
        typecheck pytest schema schema-check lock train train-heldout bench clean

help:  ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --disable-pip-version-check "uv==$(UV_VERSION)"
	$(BIN)/uv pip install --python $(BIN)/python -q -c constraints.txt -e '.[dev]'
	@touch $@

install: $(STAMP)  ## create .venv and install the pinned dependencies

neo4j-jars: install  ## fetch the Neo4j 5.26 jars from Maven Central (once)
	$(KG) neo4j install

up: neo4j-jars  ## start the local Neo4j (unless NEO4J_URI is set) and migrate
	$(KG) up

migrate: install  ## apply graph migrations
	$(KG) migrate

demo: up  ## load the demo data set
	$(KG) demo load

run: demo  ## everything: install, Neo4j, migrations, demo data, then serve on :8000 (Ctrl-C stops the API)
	@$(KG) users ensure-demo-admin
	@echo "GraphQL + GraphiQL: http://127.0.0.1:8000/graphql   (make stop stops Neo4j)"
	$(KG) serve

serve: install  ## serve the API only
	$(KG) serve

stop: install  ## stop the local Neo4j
	$(KG) neo4j stop

status: install  ## is the local Neo4j running?
	$(KG) neo4j status

lint: install  ## ruff
	$(BIN)/ruff check .

typecheck: install  ## mypy
	$(BIN)/mypy

schema: install  ## regenerate schema.graphql from the code
	$(KG) schema export

schema-check: install
	$(KG) schema export --check

pytest: neo4j-jars  ## the test suite (starts its own Neo4j on free ports)
	$(BIN)/pytest $(PYTEST_ARGS)

test: neo4j-jars lint typecheck schema-check pytest  ## lint, type-check, then every test against a real Neo4j

check: lint typecheck schema-check

lock:  ## re-resolve constraints.txt from pyproject.toml
	$(BIN)/uv pip compile pyproject.toml --extra dev -q -o constraints.txt

train: install  ## retrain the shipped NLP models from ../shared/data (NER ~25 min on 1 core)
	OMP_NUM_THREADS=1 $(KG) train ner --include-dev
	$(KG) train relations

train-heldout: install  ## the NER on train minus its dev split, then its held-out dev F1 (the reported figure)
	OMP_NUM_THREADS=1 $(KG) train ner --output .cache/ner-heldout
	$(KG) train eval-ner --model .cache/ner-heldout

bench: up  ## benchmarks (print figures)
	$(KG) bench all $(BENCH_ARGS)

clean:  ## remove caches (keeps .neo4j data and jars)
	rm -rf .pytest_cache .mypy_cache .ruff_cache
