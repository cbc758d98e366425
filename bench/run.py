"""`make bench`: the key pages under load at ten times the demo's data.

Seeds a fresh database (`flask seed-demo --scale 10`), serves it with gunicorn (2 workers, the production
configuration) on a free loopback port, logs in as the demo accounts and loads each page with wrk (16
connections, 2 threads, 10 s a page). Prints one table: requests/s, the ratio to /healthz measured in
the same run, p50/p95/p99 latency, SQL queries a request when the page is made and when it is kept (counted
in-process on the same database) and
the page's compressed size. A page that answers anything but 200 is reported as a failure.

BENCH_DB=postgresql+psycopg://… runs it on PostgreSQL: that database is emptied first.
"""
import argparse
import gc
import gzip
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
LUA = Path(__file__).resolve().parent / "report.lua"
TARGET_RATIO, TARGET_P95_MS = 0.25, 100
# One browser for the login and the load: a session used from another one is checked afresh (Flask-Login).
USER_AGENT = "hamkor-bench"

COORDINATOR, ADMIN = "coordinator@example.org", "admin.kyrgyzstan@example.org"
API = "api:"  # an account written "api:<e-mail>" calls the JSON API with a token of that person
TRANSLATOR, VOLUNTEER = "translator.kyrgyzstan@example.org", "volunteer.kyrgyzstan@example.org"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def flask(env, *args):
    subprocess.run([str(BIN / "flask"), *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def empty_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def pages(env) -> list[tuple[str, str | None, str]]:
    """(label, account or None, path) of the key pages, with ids read from the seeded database."""
    sys.path.insert(0, str(ROOT))
    os.environ.update(env)
    from sqlalchemy import select

    from app import create_app
    from app.extensions import db
    from app.models import Campaign, DiplomacyPlan, Organization

    app = create_app("development")
    with app.app_context():
        regional = db.session.scalars(select(Campaign).where(Campaign.scope == "regional", Campaign.status == "active")
                                      .order_by(Campaign.id)).first()
        public = db.session.scalars(select(Campaign).where(Campaign.is_public.is_(True), Campaign.status == "active")
                                    .order_by(Campaign.id)).first()
        kg = db.session.scalar(select(Organization).where(Organization.slug == "kyrgyzstan"))
        plan = db.session.scalars(select(DiplomacyPlan).where(DiplomacyPlan.organization_id == kg.id)
                                  .order_by(DiplomacyPlan.year.desc())).first()
        return [
            ("/healthz", None, "/healthz"),
            ("Region dashboard", COORDINATOR, "/ru/region/"),
            ("Society home", ADMIN, "/ru/s/kyrgyzstan/"),
            ("Campaign workspace", COORDINATOR, f"/ru/campaigns/{regional.id}/"),
            ("Campaign public page", None, f"/ru/campaigns/{public.id}-{public.slug}"),
            ("Campaign board", COORDINATOR, f"/ru/campaigns/{regional.id}/board"),
            ("My tasks", ADMIN, "/ru/tasks/mine"),
            ("Society tasks", ADMIN, "/ru/s/kyrgyzstan/tasks"),
            ("Material library", VOLUNTEER, "/ru/materials/"),
            ("Plans matrix", ADMIN, f"/ru/s/kyrgyzstan/plans/{plan.id}/matrix"),
            ("Translations queue", TRANSLATOR, "/ru/s/kyrgyzstan/translations"),
            ("Notifications", ADMIN, "/ru/notifications/"),
            ("API: my tasks", API + ADMIN, "/api/v1/tasks?limit=50"),
            ("API: campaign indicators", API + COORDINATOR, f"/api/v1/campaigns/{regional.id}/indicators"),
        ]


def api_tokens(env, listed) -> dict[str, str]:
    """A read token for each API account of the run (`flask create-token`)."""
    emails = {account[len(API):] for _label, account, _path in listed if account and account.startswith(API)}
    return {API + email: subprocess.run([str(BIN / "flask"), "create-token", "--email", email, "--days", "1"],
                                        cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout.strip()
            for email in emails}


def query_counts(env, listed, tokens) -> dict[str, tuple[int, int, float]]:
    """SQL statements each page runs, counted in-process on the same database: when it is made (the cache
    emptied; after a first request, which warms what a process loads once) and when it is kept; and
    the milliseconds it took to make (one request, nothing else running: what a reader waits after a
    change, when nothing is kept)."""
    from sqlalchemy import event

    from app import create_app
    from app.caching import cache
    from app.extensions import db

    app = create_app("development", WTF_CSRF_ENABLED=False, RATELIMIT_ENABLED=False,
                     TRUSTED_HOSTS=["localhost", "127.0.0.1"])
    counts, seen = {}, [0]
    with app.app_context():
        event.listen(db.engine, "before_cursor_execute", lambda *a, **k: seen.__setitem__(0, seen[0] + 1))
    clients = {}
    # Without the cyclic garbage collector: with it, CPython 3.11.7 has crashed in this process (an ORM
    # object freed twice while a session closed, a few pages in; never with 3.12). See README, "Speed".
    gc.disable()
    for label, account, path in listed:
        client = clients.get(account)
        headers = {"Authorization": f"Bearer {tokens[account]}"} if account in tokens else {}
        if client is None:
            client = clients[account] = app.test_client()
            if account and not headers:
                client.post("/en/auth/login", data={"email": account, "password": app.config["DEMO_PASSWORD"]},
                            follow_redirects=True)  # as a browser does: the welcome is read
        client.get(path, headers=headers)
        with app.app_context():
            cache.clear()
        seen[0] = 0
        started = time.perf_counter()
        made = client.get(path, headers=headers)
        made_ms = (time.perf_counter() - started) * 1000
        made_count, seen[0] = seen[0], 0
        kept = client.get(path, headers=headers)
        ok = made.status_code == kept.status_code == 200
        counts[label] = (made_count, seen[0], made_ms) if ok else (-1, -1, 0)
    gc.enable()
    return counts


class Session:
    """A logged-in visitor of the running server: its session cookie (Secure cookies over plain HTTP
    on loopback, so kept by hand)."""

    def __init__(self, base: str, token: str = ""):
        self.base, self.cookie, self.token = base, "", token

    def request(self, path, data=None, gzip_ok=False, raw=None, content_type=None):
        headers = {"User-Agent": USER_AGENT, **({"Cookie": self.cookie} if self.cookie else {}),
                   **({"Authorization": f"Bearer {self.token}"} if self.token else {})}
        if gzip_ok:
            headers["Accept-Encoding"] = "gzip"
        if content_type:
            headers["Content-Type"] = content_type
        body = urllib.parse.urlencode(data).encode() if data is not None else raw
        request = urllib.request.Request(self.base + path, data=body, headers=headers)
        opener = urllib.request.build_opener(NoRedirect)
        try:
            response = opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        for value in response.headers.get_all("Set-Cookie") or []:
            if value.startswith("session="):
                self.cookie = value.split(";", 1)[0]
        return response.status, response.headers, response.read()

    def login(self, email: str, password: str):
        _status, _headers, page = self.request("/en/auth/login")
        token = re.search(rb'name="csrf_token" type="hidden" value="([^"]+)"', page) or \
            re.search(rb'name="csrf_token" value="([^"]+)"', page)
        status, headers, _body = self.request("/en/auth/login", {
            "csrf_token": token.group(1).decode(), "email": email, "password": password})
        if status != 302:
            raise SystemExit(f"bench: could not log in as {email} (answer {status})")
        self.request(urllib.parse.urlsplit(headers["Location"]).path)  # as a browser does: the welcome is read


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def wrk(url: str, cookie: str, seconds: int, connections: int, threads: int, token: str = "") -> dict:
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", str(LUA),
               "-H", "Accept-Encoding: gzip, br",
               "-H", f"User-Agent: {USER_AGENT}"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    if token:
        command += ["-H", f"Authorization: Bearer {token}"]
    out = subprocess.run(command + [url], capture_output=True, text=True, check=True).stdout
    return json.loads(next(line for line in out.splitlines() if line.startswith("{")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=int(os.environ.get("BENCH_SCALE", 10)))
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", 10)))
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--only", default="", help="run only pages whose label contains this text")
    options = parser.parse_args()
    if not shutil.which("wrk"):
        print("bench: wrk is missing; `make bench` installs it (apt-get install wrk).", file=sys.stderr)
        return 2

    tmp = Path(tempfile.mkdtemp(prefix="hamkor-bench-"))
    database = os.environ.get("BENCH_DB") or f"sqlite:///{tmp}/bench.db"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "DATABASE_URL": database, "UPLOAD_DIR": str(tmp / "uploads"), "FLASK_APP": "wsgi.py",
           "SECRET_KEY": secrets.token_hex(32), "SECRET_KEY_FILE": str(tmp / "secret_key"), "BASE_URL": base,
           "TRUSTED_HOSTS": "127.0.0.1", "FORCE_HTTPS": "0", "HAMKOR_ENV": "development",
           "LOGIN_LIMIT_PER_ADDRESS": "1000 per minute", "LOGIN_LIMIT_PER_ACCOUNT": "1000 per minute",
           # wrk is one client with one token: the API's limits would answer it 429 after a moment.
           "API_LIMIT_PER_TOKEN": "10000000 per minute", "API_LIMIT_PER_ADDRESS": "10000000 per minute",
           # No worker runs beside the bench: the seed's jobs (thumbnails) run in place, in the bench's own queue.
           "QUEUE_IMMEDIATE": "1", "QUEUE_DB": str(tmp / "queue.db")}
    env.pop("MAIL_SERVER", None)
    if database.startswith("postgresql"):
        empty_postgres(database)
    print(f"bench: seeding {database} at {options.scale}× the demo…", flush=True)
    started = time.monotonic()
    flask(env, "db", "upgrade")
    flask(env, "seed-demo", "--scale", str(options.scale))
    print(f"bench: seeded in {time.monotonic() - started:.0f} s", flush=True)
    listed = [p for p in pages(env) if p[0] == "/healthz" or options.only.lower() in p[0].lower()]
    tokens = api_tokens(env, listed)
    queries = query_counts(env, listed, tokens)

    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "-w", "2", "-b", f"127.0.0.1:{port}", "--log-level", "warning", "wsgi:app"],
        cwd=ROOT, env={**env, "HAMKOR_ENV": "production"})
    try:
        for _ in range(100):
            try:
                if Session(base).request("/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        sessions: dict[str | None, Session] = {}
        rows, failures = [], 0
        for label, account, path in listed:
            session = sessions.get(account)
            if session is None:
                session = sessions[account] = Session(base, tokens.get(account, ""))
                if account and not session.token:
                    session.login(account, "hamkor-demo-2026")
            status, headers, body = session.request(path, gzip_ok=True)
            size = len(body)
            if headers.get("Content-Encoding") != "gzip":
                size = len(gzip.compress(body))  # what it would be: the table says it was not compressed
            result = wrk(base + path, session.cookie, options.seconds, options.connections, options.threads,
                         session.token)
            rate = result["requests"] / result["seconds"]
            ok = status == 200 and result["not_ok"] == 0 and result["errors"] == 0
            failures += not ok
            rows.append((label, rate, result, queries.get(label, (-1, -1, 0)), size,
                         headers.get("Content-Encoding") == "gzip", ok, status))
            print(f"bench: {label}: {rate:.0f}/s", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)

    healthz = rows[0][1]
    engine = "PostgreSQL" if database.startswith("postgresql") else "SQLite"
    print(f"\n{engine}, {options.scale}× the demo, gunicorn -w 2, wrk -t{options.threads} "
          f"-c{options.connections} -d{options.seconds}s\n")
    print("| page | req/s | of /healthz | p50 ms | p95 ms | p99 ms | made ms | SQL made / kept | KB (gzip) | |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    missed = 0
    for label, rate, result, count, size, compressed, ok, status in rows:
        ratio = rate / healthz if healthz else 0
        meets = label == "/healthz" or (ratio >= TARGET_RATIO and result["p95"] <= TARGET_P95_MS)
        missed += not meets
        verdict = "FAIL: answered %s" % status if not ok and status != 200 else \
            ("FAIL: %d answers not 200" % result["not_ok"] if not ok else ("" if meets else "below target"))
        print(f"| {label} | {rate:.0f} | {ratio:.0%} | {result['p50']:.0f} | {result['p95']:.0f} | "
              f"{result['p99']:.0f} | {count[2]:.0f} | {'%d / %d' % count[:2] if count[0] >= 0 else '—'} | {size / 1024:.1f}"
              f"{'' if compressed else ' (not compressed)'} | {verdict} |")
    print(f"\nTargets: each page ≥ {TARGET_RATIO:.0%} of /healthz and p95 ≤ {TARGET_P95_MS} ms; "
          f"{len(rows) - 1 - missed} of {len(rows) - 1} pages meet them.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
