"""deploy/nginx.conf in front of the real gunicorn: slow clients do not take the site down."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
import requests

from tests.gunicorn_server import ROOT, free_port, gunicorn

NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.path.exists(p)), None)
SLOW_CLIENTS = 16

pytestmark = pytest.mark.skipif(NGINX is None, reason="nginx is not installed (apt-get install nginx-light); .ci/run installs it")


def _site_config(gunicorn_port: int, nginx_port: int) -> str:
    """The shipped site config with its listen address and upstream moved to test ports on 127.0.0.1."""
    text = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    for old, new in (("listen 80;", f"listen 127.0.0.1:{nginx_port};"), ("server 127.0.0.1:8000;", f"server 127.0.0.1:{gunicorn_port};")):
        assert old in text, f"deploy/nginx.conf no longer has {old!r}; update this test's template"
        text = text.replace(old, new)
    return text


def _main_config(tmp: Path, site: Path) -> str:
    """A main nginx.conf that keeps everything (pid, logs, temp files) in a temporary folder."""
    user = "user root root;\n" if os.geteuid() == 0 else ""  # workers must reach the private temp folder
    temp = "\n".join(f"  {name}_temp_path {tmp / name};" for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return (f"{user}worker_processes 1;\ndaemon off;\npid {tmp / 'nginx.pid'};\nerror_log {tmp / 'error.log'} warn;\n"
            f"events {{ worker_connections 512; }}\nhttp {{\n  access_log {tmp / 'access.log'};\n{temp}\n  include {site};\n}}\n")


@pytest.fixture(scope="module")
def proxied(corpus_index, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("nginx")
    nginx_port = free_port()
    with gunicorn(corpus_index) as upstream:
        site = tmp / "site.conf"
        site.write_text(_site_config(int(upstream.rsplit(":", 1)[1]), nginx_port))
        (tmp / "nginx.conf").write_text(_main_config(tmp, site))
        command = [NGINX, "-p", str(tmp), "-e", str(tmp / "error.log"), "-c", str(tmp / "nginx.conf")]
        checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{nginx_port}"
        try:
            for _ in range(100):
                try:
                    if requests.get(base + "/healthz", timeout=2).status_code == 200:
                        break
                except requests.RequestException:
                    time.sleep(0.1)
            else:
                pytest.fail("nginx did not answer: " + (tmp / "error.log").read_text())
            yield base, upstream
        finally:
            process.terminate()
            process.wait(timeout=10)


def _slow_connections(base: str, count: int) -> list[socket.socket]:
    """Connections that send part of a request and then hold it (slowloris)."""
    port = int(base.rsplit(":", 1)[1])
    held = []
    for number in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        sock.sendall(b"GET /?q=slow%d HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " % number)
        held.append(sock)
    return held


def test_a_normal_request_answers_quickly_while_slow_clients_hold_connections(proxied):
    base, _upstream = proxied
    held = _slow_connections(base, SLOW_CLIENTS)
    try:
        time.sleep(1)
        for sock in held:  # trickle a byte each, as slowloris does to stay under idle timeouts
            sock.sendall(b"a")
        for _ in range(3):
            started = time.monotonic()
            response = requests.get(base + "/api/search?q=library", timeout=10)
            elapsed = time.monotonic() - started
            assert response.status_code == 200
            assert elapsed < 2, f"a normal request took {elapsed:.1f} s behind {SLOW_CLIENTS} slow clients"
    finally:
        for sock in held:
            sock.close()


def test_nginx_closes_a_connection_whose_headers_never_finish(proxied):
    base, _upstream = proxied
    (sock,) = _slow_connections(base, 1)
    sock.settimeout(20)
    started = time.monotonic()
    try:
        answer = sock.recv(1024)  # client_header_timeout: nginx gives up on the request and closes
    except ConnectionResetError:
        answer = b""
    finally:
        sock.close()
    assert time.monotonic() - started < 15 and b"200 OK" not in answer


def test_answers_through_nginx_keep_the_security_headers_and_ignore_the_host(proxied):
    base, _upstream = proxied
    response = requests.get(base + "/search.atom?q=library", headers={"Host": "evil.example"}, timeout=10)
    assert response.status_code == 200 and "evil.example" not in response.text
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    too_long = requests.get(base + "/?q=" + "a" * 9000, timeout=10)
    assert too_long.status_code in (400, 414) and "evil.example" not in too_long.text
