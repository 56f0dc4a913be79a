"""Start the real gunicorn with the shipped gunicorn.conf.py on a free 127.0.0.1 port, for tests."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
GUNICORN = str(Path(sys.executable).parent / "gunicorn")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(base: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if requests.get(base + "/healthz", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"gunicorn did not answer at {base}")


@contextmanager
def gunicorn(index_dir, *args: str, app: str = "wsgi:app", env: dict | None = None, log=None):
    """gunicorn -c gunicorn.conf.py [args] app, serving index_dir; yields its http://127.0.0.1:PORT."""
    port = free_port()
    environment = {**os.environ, "SEARCH_INDEX_DIR": str(index_dir), "PORT": str(port), "WEB_WORKERS": "1", **(env or {})}
    process = subprocess.Popen([GUNICORN, "-c", "gunicorn.conf.py", *args, app], cwd=ROOT, env=environment,
                               stdout=log or subprocess.DEVNULL, stderr=subprocess.STDOUT if log else subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def raw_request(port: int, data: bytes, timeout: float = 10) -> bytes:
    """Send bytes to 127.0.0.1:port and read the whole answer (the server closes the connection)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)
