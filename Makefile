# One command to set up and run, one to set up and test. Each builds .venv from pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.db
TS := resources/translations/emergency_desk_zh_CN.ts
# English: only the %n messages, each with its singular and plural form (lupdate -pluralonly).
TS_EN := resources/translations/emergency_desk_en.ts
QM := $(TS:.ts=.qm) $(TS_EN:.ts=.qm)
UI_SOURCES = $$(find emergency_desk/ui -name "*.py" | sort)

.PHONY: run test lint format dist bench translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP) $(QM)
	$(BIN)/python -m emergency_desk --db $(DEMO_DB) demo --if-empty
	$(BIN)/python -m emergency_desk --db $(DEMO_DB)

test: $(STAMP) $(QM)
	$(BIN)/ruff check emergency_desk tests
	$(BIN)/ruff format --check emergency_desk tests
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2

# Not part of `make test`: builds a 1M-row database once (cached in bench/.cache/), then times it.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py --out bench/results.json $(BENCH_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check emergency_desk tests
	$(BIN)/ruff format --check emergency_desk tests
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix emergency_desk tests
	$(BIN)/ruff format emergency_desk tests

# The Windows-style one-folder bundle (dist/EmergencyDesk/), then its own smoke run, then
# the NSIS installer built from it (dist/EmergencyDesk-VERSION-setup.exe; needs makensis,
# Debian package nsis) — on Linux that proves installer/EmergencyDesk.nsi, which the
# Windows CI builds the release with.
dist: $(STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm build.spec
	QT_QPA_PLATFORM=offscreen dist/EmergencyDesk/EmergencyDesk --self-test
	$(BIN)/python installer/build_installer.py dist/EmergencyDesk

# The .ts files from every tr()/translate() in the UI (translations kept, vanished strings
# dropped), then the .qm files the app loads. All are committed; tests/test_translations.py
# checks they are current and complete.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations absolute $(UI_SOURCES) -ts $(TS)
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly -target-language en -locations absolute \
		$(UI_SOURCES) -ts $(TS_EN)
	$(BIN)/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)
	$(BIN)/pyside6-lrelease $(TS_EN) -qm $(TS_EN:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease $< -qm $@

clean:
	rm -rf $(VENV) build dist
