# Every target sets up what it needs on a fresh machine (Python 3.11+, and for tests Chromium).
PY := .venv/bin/python
export NO_MKDOCS_2_WARNING := 1

# The site from docs/ as it is: MkDocs renders the pages, the project's own step writes the search
# index, study data and downloads (scripts/site/build.py), then the whole-site check (scripts/site/check.py).
define SITE
$(PY) -m mkdocs build --strict
$(PY) -m scripts.site.build site
$(PY) -m scripts.site.check site
endef

.PHONY: serve build ingest check test bench lock new-site clean

# Build the site from sources/ (ingest included) and serve site/ on http://127.0.0.1:8000
serve: build
	$(PY) -m scripts.site.serve site

# Build the static site into site/ as GitHub Pages does, and check that it is whole
build: .venv/ready
	$(PY) -m scripts.ingest
	$(SITE)

# Re-read sources/ and rewrite the generated pages in docs/
ingest: .venv/ready
	$(PY) -m scripts.ingest

# Fail when docs/ is stale against sources/
check: .venv/ready
	$(PY) -m scripts.ingest --check

# Lint and type-check, run all the tests (browser tests in Debian's Chromium, line coverage of scripts/), then build and check the site of docs/
test: .venv/ready chromium
	$(PY) -m ruff check scripts tests
	$(PY) -m ruff format --check scripts tests
	$(PY) -m mypy
	$(PY) -m pytest --cov=scripts --cov-report=term:skip-covered
	$(SITE)

# Print ingest, build, page-size and search figures for synthetic channels (see README)
bench: .venv/ready chromium
	$(PY) -m scripts.bench

# Rewrite requirements.txt from pyproject.toml (every package pinned, with hashes), keeping the pins that still fit; UPGRADE=1 takes the newest
lock:
	@[ -x .venv/bin/uv ] || { python3 -m venv .venv && $(PY) -m pip install --quiet "uv>=0.9"; }
	.venv/bin/uv pip compile pyproject.toml --extra test --universal --python-version 3.11 --generate-hashes --quiet $(if $(UPGRADE),--upgrade) -o requirements.txt

# Start a site of your own: the seed channels out (kept as test fixtures), no template ids or pages
new-site: .venv/ready
	$(PY) -m scripts.new_site

# Remove what the targets made
clean:
	rm -rf .venv site build .pytest_cache .coverage

# The locked packages, exactly: nothing resolved at install time, every file checked against its hash
.venv/ready: requirements.txt
	python3 -m venv .venv
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements.txt
	touch $@

.PHONY: chromium
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }
