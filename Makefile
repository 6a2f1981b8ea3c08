# Every target sets up what it needs on a fresh machine (Python 3.11+, and for tests Chromium).
PY := .venv/bin/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build ingest check test bench new-site clean

# Build the site from sources/ (ingest included) and serve it on http://127.0.0.1:8000
serve: .venv/ready
	$(PY) -m scripts.ingest
	$(PY) -m mkdocs serve --strict -a 127.0.0.1:8000

# Build the static site into site/ as GitHub Pages does
build: .venv/ready
	$(PY) -m scripts.ingest
	$(PY) -m mkdocs build --strict

# Re-read sources/ and rewrite the generated pages in docs/
ingest: .venv/ready
	$(PY) -m scripts.ingest

# Fail when docs/ is stale against sources/
check: .venv/ready
	$(PY) -m scripts.ingest --check

# Lint and type-check, then run all the tests, browser tests in Debian's Chromium included, with line coverage of scripts/
test: .venv/ready chromium
	$(PY) -m ruff check scripts tests
	$(PY) -m ruff format --check scripts tests
	$(PY) -m mypy
	$(PY) -m pytest --cov=scripts --cov-report=term:skip-covered

# Print ingest, build, page-size and search figures for synthetic channels (see README)
bench: .venv/ready chromium
	$(PY) -m scripts.bench

# Start a site of your own: the seed channels out (kept as test fixtures), no template ids or pages
new-site: .venv/ready
	$(PY) -m scripts.new_site

# Remove what the targets made
clean:
	rm -rf .venv site build .pytest_cache .coverage

.venv/ready: pyproject.toml
	python3 -m venv .venv
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet ".[test]"
	touch $@

.PHONY: chromium
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }
