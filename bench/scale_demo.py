"""`make scale-demo`: Hamkor on several machines' worth of processes, on loopback, and a check of each claim.

Starts a throw-away PostgreSQL cluster, Redis, an S3-compatible server (moto's server mode), two gunicorn
app instances behind Debian's nginx (round-robin) and two queue workers; seeds the demo; prints one line
per claim and exits non-zero if any fails; stops everything it started. QUICK=1 (`--quick`) shortens the
load test (CI runs that); the full run loads for 60 s.
"""
import argparse
import hashlib
import io
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import BIN, ROOT, Session, free_port  # noqa: E402  (the bench's helpers)

PGBIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), None)
PASSWORD = "hamkor-demo-2026"
ADMIN, STAFF = "admin.kyrgyzstan@example.org", "staff.kyrgyzstan@example.org"
VOLUNTEER = "volunteer.kazakhstan@example.org"
LIMITED = "volunteer.tajikistan@example.org"  # the account whose login limit is tried
BUCKET = "hamkor-demo"

results: list[tuple[bool, str]] = []


def claim(ok: bool, text: str) -> bool:
    results.append((ok, text))
    print(f"{'ok  ' if ok else 'FAIL'} {text}", flush=True)
    return ok


class Stack:
    """The processes this run started, by name; each logs to a file in the run's folder."""

    def __init__(self, folder: Path):
        self.folder, self.procs, self.ports = folder, {}, {}

    def start(self, name: str, command: list[str], env=None, user: str | None = None) -> None:
        log = open(self.folder / f"{name}.log", "ab")
        if user:
            command = ["su", user, "-s", "/bin/sh", "-c", " ".join(command)]
        self.procs[name] = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                            start_new_session=True)

    def kill(self, name: str, sig=signal.SIGKILL) -> None:
        proc = self.procs.pop(name, None)
        if proc and proc.poll() is None:
            os.killpg(proc.pid, sig)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)

    def stop_all(self) -> None:
        for name in list(self.procs)[::-1]:
            if name == "postgres":  # started through su, in a session of its own: its own tool stops it
                subprocess.run(["su", "postgres", "-s", "/bin/sh", "-c",
                                f"{PGBIN}/pg_ctl -D {self.folder / 'pg'} -m immediate stop"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.kill(name, signal.SIGTERM)


def wait_for(check, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"scale-demo: {what} did not start in {seconds:.0f} s")


def port_open(port: int) -> bool:
    import socket

    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def start_postgres(stack: Stack, port: int) -> str:
    if PGBIN is None:
        raise SystemExit("scale-demo: PostgreSQL's server is not installed (Debian's postgresql)")
    data = stack.folder / "pg"
    data.mkdir()
    shutil.chown(stack.folder, "postgres")
    shutil.chown(data, "postgres")
    subprocess.run(["su", "postgres", "-s", "/bin/sh", "-c",
                    f"{PGBIN}/initdb -D {data} -U postgres --auth=trust"], check=True, stdout=subprocess.DEVNULL)
    stack.start("postgres", [f"{PGBIN}/postgres", "-D", str(data), "-p", str(port), "-k", str(data),
                             "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"], user="postgres")
    wait_for(lambda: port_open(port), 30, "PostgreSQL")
    time.sleep(0.5)
    subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-qc", "CREATE DATABASE hamkor"],
                   check=True)
    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/hamkor"


def nginx_conf(folder: Path, port: int, upstreams: list[int]) -> Path:
    servers = "\n".join(f"    server 127.0.0.1:{p} max_fails=1 fail_timeout=3s;" for p in upstreams)
    conf = folder / "nginx.conf"
    conf.write_text(f"""worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/nginx-error.log;
events {{ worker_connections 512; }}
http {{
  access_log off;
  client_max_body_size 40m;
  client_body_temp_path {folder}/nginx-body;
  proxy_temp_path {folder}/nginx-proxy;
  fastcgi_temp_path {folder}/nginx-fastcgi;
  uwsgi_temp_path {folder}/nginx-uwsgi;
  scgi_temp_path {folder}/nginx-scgi;
  upstream hamkor {{
{servers}
  }}
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass http://hamkor;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $host;
      proxy_next_upstream error timeout http_502;
      add_header X-Upstream $upstream_addr always;
    }}
  }}
}}
""")
    return conf


def app_env(database: str, redis_url: str, s3_url: str, base: str) -> dict:
    env = {**os.environ, "HAMKOR_ENV": "production", "SECRET_KEY": secrets.token_hex(32), "BASE_URL": base,
           "TRUSTED_HOSTS": "127.0.0.1,localhost", "FORCE_HTTPS": "0", "TRUSTED_PROXIES": "1",
           "DATABASE_URL": database, "REDIS_URL": redis_url, "STORAGE_BACKEND": "s3", "S3_BUCKET": BUCKET,
           "S3_ENDPOINT_URL": s3_url, "S3_ACCESS_KEY_ID": "demo", "S3_SECRET_ACCESS_KEY": "demo-secret",
           "PACK_BACKGROUND_BYTES": "0", "QUEUE_RETRY_DELAY": "1", "JOB_STALE_SECONDS": "15",
           "FLASK_APP": "wsgi.py", "PATH": f"{BIN}:{os.environ.get('PATH', '')}",
           # Every session of the demo logs in from 127.0.0.1: the per-address limit would stop the demo
           # itself; the per-account limit (10 in 10 minutes) is the one checked.
           "LOGIN_LIMIT_PER_ADDRESS": "1000 per minute"}
    env.pop("MAIL_SERVER", None)
    return env


def start_app(stack: Stack, name: str, port: int, env: dict) -> None:
    stack.start(name, [str(BIN / "gunicorn"), "-w", "2", "-b", f"127.0.0.1:{port}", "--log-level", "warning",
                       "wsgi:app"], env=env)


def start_worker(stack: Stack, name: str, env: dict) -> None:
    stack.start(name, [str(BIN / "flask"), "queue", "worker", "--workers", "2"], env=env)


def token_of(page: bytes) -> str:
    found = re.search(rb'name="csrf_token" type="hidden" value="([^"]+)"', page) or \
        re.search(rb'name="csrf_token" value="([^"]+)"', page)
    return found.group(1).decode()


def upstream(headers) -> str:
    return headers.get("X-Upstream", "")


# ------------------------------------------------------------------------------------------------ claims


def check_logins(balancer: str, apps: dict[str, int]) -> None:
    session = Session(balancer)
    session.login(ADMIN, PASSWORD)
    served = set()
    for _ in range(8):
        status, headers, _body = session.request("/en/tasks/mine")
        if status == 200:
            served.add(upstream(headers).rsplit(":", 1)[-1])
    claim(served == {str(p) for p in apps.values()},
          f"a login through the balancer works on both instances (pages served by ports {sorted(served)})")


def pack_links(session: Session) -> list[str]:
    _status, _headers, page = session.request("/en/")
    return sorted(set(re.findall(r'href="(/en/campaigns/\d+/pack/[a-z]+\.zip)"', page.decode())))


def fetch_pack(session: Session, path: str, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        status, headers, body = session.request(path)
        if status == 200:
            return body
        time.sleep(0.5)
    return None


def check_pack_across(apps: dict[str, int]) -> None:
    on_a, on_b = Session(f"http://127.0.0.1:{apps['app-a']}"), Session(f"http://127.0.0.1:{apps['app-b']}")
    on_a.login(VOLUNTEER, PASSWORD)
    on_b.cookie = on_a.cookie  # the same person, whichever instance answers
    links = pack_links(on_a)
    if not claim(bool(links), "the volunteer is offered an offline pack"):
        return
    status, _headers, _body = on_a.request(links[0])
    body = fetch_pack(on_b, links[0], 60)
    ok = status == 202 and body is not None
    if ok:
        archive = zipfile.ZipFile(io.BytesIO(body))
        manifest = json.loads(archive.read("manifest.json"))
        ok = bool(manifest["files"]) and all(
            hashlib.sha256(archive.read(f["path"])).hexdigest() == f["sha256"] for f in manifest["files"])
    claim(ok, f"an offline pack asked for on instance A (answer {status}) is built by a worker and downloaded "
              f"through instance B, byte-identical to its manifest")


def check_upload_across(apps: dict[str, int]) -> None:
    on_a, on_b = Session(f"http://127.0.0.1:{apps['app-a']}"), Session(f"http://127.0.0.1:{apps['app-b']}")
    on_a.login(STAFF, PASSWORD)
    on_b.cookie = on_a.cookie
    _status, _headers, form = on_a.request("/en/materials/new?org=kyrgyzstan")
    data = b"%PDF-1.4\n" + secrets.token_bytes(200_000) + b"\n%%EOF\n"
    boundary = secrets.token_hex(8)
    fields = {"csrf_token": token_of(form), "title": "Uploaded on A", "kind": "leaflet", "audience": "volunteers",
              "file_locale": "ky"}
    parts = b"".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n".encode()
                     for k, v in fields.items())
    parts += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"leaflet.pdf\"\r\n"
              f"Content-Type: application/pdf\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    status, headers, _body = on_a.request("/en/materials/new?org=kyrgyzstan", raw=parts,
                                          content_type=f"multipart/form-data; boundary={boundary}")
    page = on_b.request(urllib.parse.urlsplit(headers.get("Location", "/")).path)[2] if status == 302 else b""
    found = re.search(rb'href="(/files/(\d+)/download)"', page)
    body = on_b.request(found.group(1).decode())[2] if found else b""
    claim(status == 302 and body == data, "a material uploaded through instance A downloads through instance B")


def check_shared_limit(apps: dict[str, int]) -> None:
    """Bad passwords for one account sent to A and B in turn: each instance sees only half of them, so
    only a limit counted in Redis, shared, refuses the 11th."""
    on = [Session(f"http://127.0.0.1:{port}") for port in apps.values()]
    _s, _h, page = on[0].request("/en/auth/login")
    on[1].cookie = on[0].cookie
    token = token_of(page)
    codes = [on[n % 2].request("/en/auth/login", {"csrf_token": token, "email": LIMITED,
                                                  "password": "not-the-password"})[0] for n in range(11)]
    claim(codes[:10] == [200] * 10 and codes[10] == 429,
          f"the login limit is shared: the 11th bad attempt for one account is refused though the instances "
          f"took turns (answers {codes[-2:]})")


def check_load(stack: Stack, balancer: str, apps: dict, env: dict, seconds: int, database: str) -> None:
    created, errors, stop = [], [], threading.Event()
    lock = threading.Lock()
    sessions = []
    for _ in range(8):
        session = Session(balancer)
        session.login(ADMIN, PASSWORD)
        sessions.append((session, token_of(session.request("/en/tasks/new?org=kyrgyzstan")[2])))
    org_id = re.search(rb'name="assignee_org"[^>]*>\s*<option[^>]*value="(\d+)"',
                       sessions[0][0].request("/en/tasks/new?org=kyrgyzstan")[2])
    volunteer = Session(balancer)
    volunteer.login(VOLUNTEER, PASSWORD)
    # Every campaign the volunteer is offered, in every language: each pack a job of its own.
    campaigns = sorted({re.search(r"/campaigns/(\d+)/", p).group(1) for p in pack_links(volunteer)})
    packs = [f"/en/campaigns/{c}/pack/{lang}.zip" for c in campaigns for lang in ("kk", "ru", "en", "ky", "uz", "tg", "tk")]

    def write(session, token, n):
        while not stop.is_set():
            try:
                status, headers, _b = session.request("/en/tasks/new?org=kyrgyzstan", {
                    "csrf_token": token, "title": f"Load {n} {time.monotonic():.3f}", "priority": "normal",
                    "assignee_org": org_id.group(1).decode() if org_id else "", "assignee_user": "0"})
            except OSError as error:
                errors.append(repr(error))
                continue
            if status == 302:
                found = re.search(r"/tasks/(\d+)", headers.get("Location", ""))
                if found:
                    with lock:
                        created.append(int(found.group(1)))

    threads = [threading.Thread(target=write, args=(s, t, i), daemon=True) for i, (s, t) in enumerate(sessions)]
    for thread in threads:
        thread.start()
    for path in packs:  # every offered pack asked for while the load runs: each one a job
        volunteer.request(path)
    time.sleep(seconds / 3)
    stack.kill("app-a")
    stack.kill("worker-1")
    time.sleep(seconds / 3)
    start_app(stack, "app-a", apps["app-a"], env)
    start_worker(stack, "worker-1", env)
    time.sleep(seconds / 3)
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    from sqlalchemy import create_engine, text

    engine = create_engine(database)
    with engine.connect() as conn:
        found = set(conn.execute(text("SELECT id FROM task WHERE id = ANY(:ids)"), {"ids": created}).scalars())
    engine.dispose()
    claim(bool(created) and found == set(created),
          f"{seconds} s of load through nginx while instance A and a worker are killed and restarted loses no "
          f"write ({len(found)} of {len(created)} created tasks exist)")
    built = [path for path in packs if fetch_pack(volunteer, path, 90) is not None]
    claim(bool(packs) and len(built) == len(packs),
          f"and no job: every pack asked for is built ({len(built)} of {len(packs)})")


def check_readiness(stack: Stack, apps: dict, redis_cmd: list[str]) -> None:
    direct = Session(f"http://127.0.0.1:{apps['app-a']}")
    status, _h, body = direct.request("/readyz")
    claim(status == 200, "/readyz answers 200 while every part answers")
    stack.kill("redis", signal.SIGTERM)
    status, _h, body = direct.request("/readyz")
    failing = json.loads(body or b"{}").get("failing", [])
    claim(status == 503 and {"redis", "queue"} <= set(failing), f"/readyz names Redis when it stops ({failing})")
    stack.start("redis", redis_cmd)
    time.sleep(1)
    stack.kill("s3", signal.SIGTERM)
    status, _h, body = direct.request("/readyz")
    failing = json.loads(body or b"{}").get("failing", [])
    claim(status == 503 and "storage" in failing, f"/readyz names the storage when S3 stops ({failing})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", default=os.environ.get("QUICK") == "1")
    options = parser.parse_args()
    seconds = 15 if options.quick else 60
    for tool in ("nginx", "redis-server"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            raise SystemExit(f"scale-demo: {tool} is not installed (make scale-demo installs Debian's)")
    folder = Path(tempfile.mkdtemp(prefix="hamkor-scale-"))
    stack = Stack(folder)
    ports = {name: free_port() for name in ("pg", "redis", "s3", "app-a", "app-b", "nginx")}
    apps = {"app-a": ports["app-a"], "app-b": ports["app-b"]}
    balancer = f"http://127.0.0.1:{ports['nginx']}"
    try:
        print(f"scale-demo: starting PostgreSQL, Redis, S3 (moto), 2 app instances, nginx, 2 workers in {folder}",
              flush=True)
        database = start_postgres(stack, ports["pg"])
        redis_cmd = [shutil.which("redis-server") or "/usr/bin/redis-server", "--port", str(ports["redis"]),
                     "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        stack.start("redis", redis_cmd)
        stack.start("s3", [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(ports["s3"])])
        wait_for(lambda: port_open(ports["redis"]) and port_open(ports["s3"]), 30, "Redis and S3")
        env = app_env(database, f"redis://127.0.0.1:{ports['redis']}/0", f"http://127.0.0.1:{ports['s3']}", balancer)
        import boto3

        boto3.client("s3", endpoint_url=env["S3_ENDPOINT_URL"], aws_access_key_id="demo",
                     aws_secret_access_key="demo-secret", region_name="us-east-1").create_bucket(Bucket=BUCKET)
        seed = {**env, "HAMKOR_ENV": "development"}
        subprocess.run([str(BIN / "flask"), "db", "upgrade"], cwd=ROOT, env=seed, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run([str(BIN / "flask"), "seed-demo"], cwd=ROOT, env=seed, check=True, stdout=subprocess.DEVNULL)
        for name, port in apps.items():
            start_app(stack, name, port, env)
        start_worker(stack, "worker-1", env)
        start_worker(stack, "worker-2", env)
        conf = nginx_conf(folder, ports["nginx"], list(apps.values()))
        stack.start("nginx", [shutil.which("nginx") or "/usr/sbin/nginx", "-p", str(folder), "-c", str(conf),
                              "-g", "daemon off;"])
        wait_for(lambda: all(port_open(p) for p in (*apps.values(), ports["nginx"])), 60, "the app and nginx")
        print("scale-demo: running the checks", flush=True)
        check_logins(balancer, apps)
        check_pack_across(apps)
        check_upload_across(apps)
        check_shared_limit(apps)
        check_load(stack, balancer, apps, env, seconds, database)
        check_readiness(stack, apps, redis_cmd)
    finally:
        stack.stop_all()
        shutil.rmtree(folder, ignore_errors=True)
    failed = [text for ok, text in results if not ok]
    print(f"scale-demo: {len(results) - len(failed)} of {len(results)} claims hold", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
