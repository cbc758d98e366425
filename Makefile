# Hamkor: `make run` serves the demo on http://127.0.0.1:5000, `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 5000
# The suite runs on every core (pytest-xdist); each worker seeds a database of its own once.
TEST_WORKERS ?= auto
export FLASK_APP := wsgi.py

.PHONY: run test bench scale-demo nginx install install-test translations compile-translations css browser redis wrk clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-test.txt

compile-translations:
	$(BIN)/pybabel compile -d translations -f --statistics 2>&1 | tail -n 7

# Only the Bootstrap the pages use (app/css_subset.py), written to app/static/build/ (not committed).
css: install
	$(BIN)/python -m app.css_subset

run: install compile-translations css
	$(BIN)/flask db upgrade
	$(BIN)/flask seed-demo
	PATH="$(abspath $(BIN)):$$PATH" HAMKOR_PORT=$(PORT) BASE_URL=$${BASE_URL:-http://127.0.0.1:$(PORT)} \
		$(BIN)/honcho start -f Procfile

# Debian packages the tests need, installed once when missing.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
apt_install = $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(1)

# Debian's Chromium for the browser tests (never `playwright install`: it downloads a browser).
browser:
	@[ -x /usr/bin/chromium ] || { $(call apt_install,chromium); }

# redis-server for the rate-limiter tests: the test session starts its own on a free port and stops it
# (nothing needs to be running), unless TEST_REDIS_URL names one.
redis:
	@command -v redis-server >/dev/null || { $(call apt_install,redis-server); }

# Debian's wrk, the load generator of `make bench`.
wrk:
	@command -v wrk >/dev/null || { $(call apt_install,wrk); }

# The key pages under load at ten times the demo (SQLite; BENCH_DB=postgresql+psycopg://... for PostgreSQL,
# a database it may empty). BENCH_ARGS="--only board --seconds 5" narrows a run.
bench: install compile-translations css wrk
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# Debian's nginx for make scale-demo (the balancer in front of two app instances).
nginx:
	@command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { $(call apt_install,nginx); }

# Several machines' worth of processes on loopback and a check of each claim (bench/scale_demo.py);
# QUICK=1 shortens its load test.
scale-demo: install-test compile-translations css redis nginx
	QUICK=$(QUICK) $(BIN)/python bench/scale_demo.py

test: install-test compile-translations css browser redis
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

translations: install
	$(BIN)/flask translate update
	$(BIN)/flask translate compile

clean:
	rm -rf $(VENV) instance translations/*/LC_MESSAGES/*.mo app/static/build
