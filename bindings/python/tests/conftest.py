"""Shared fixtures: the built package on sys.path, and the fake Coze server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]
FAKE_SERVER = REPO_ROOT / "tests" / "fake_coze" / "server.py"


def _put_package_on_path() -> None:
    """Finds the built package when PYTHONPATH does not already provide it."""
    try:
        import cozecore  # noqa: F401

        return
    except ImportError:
        pass
    build = Path(os.environ.get("COZE_BUILD_DIR") or REPO_ROOT / "build" / "native")
    sys.path.insert(0, str(build / "python"))


_put_package_on_path()


def pytest_addoption(parser) -> None:
    parser.addoption(
        "--http-client",
        default=None,
        choices=("httpx", "http.client"),
        help="the HTTP client a Coze made without http_client= uses (default: httpx when installed)",
    )


def pytest_configure(config) -> None:
    choice = config.getoption("--http-client")
    if choice is not None:
        from cozecore import _http

        _http.DEFAULT_CLIENT = choice


def pytest_report_header(config) -> str:
    from cozecore import Coze

    return f"cozecore: Coze() runs over {Coze(token='pat_header').http_client}"


class FakeCoze:
    """A running tests/fake_coze/server.py and its control endpoints."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}"

    def _control(self, method: str, path: str, payload=None):
        data = None if payload is None else json.dumps(payload).encode()
        request = urllib.request.Request(self.base_url + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def reset(self) -> None:
        self._control("POST", "/_fake/reset", {})

    def fault(self, *faults) -> None:
        self._control("POST", "/_fake/faults", list(faults))

    def requests(self):
        return self._control("GET", "/_fake/requests")


@pytest.fixture(scope="session")
def fake_server():
    if not FAKE_SERVER.is_file():
        pytest.fail(f"fake Coze server missing: {FAKE_SERVER}")
    proc = subprocess.Popen(
        [sys.executable, str(FAKE_SERVER), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = proc.stdout.readline().strip()
        if not line.startswith("LISTENING "):
            pytest.fail(f"fake Coze server did not start: {line!r}")
        yield FakeCoze(int(line.split()[1]))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stdout.close()


@pytest.fixture
def fake(fake_server):
    """The fake server, with faults, logs and chats cleared before the test."""
    fake_server.reset()
    return fake_server
