"""The package as people get it, from empty directories outside the checkout.

``python -m build --sdist bindings/python`` gives an sdist that carries the core's
sources (``_core/``); the wheel is built from that sdist alone, unpacked outside
the checkout (``python -m build --wheel`` on it), and installed into fresh
virtual environments, where a chat streams from the fake server:

- one without httpx: Coze falls back to http.client, AsyncCoze says what to install;
- one that sees the machine's packages (httpx, mypy): Coze and AsyncCoze run over
  httpx, and ``mypy --strict`` passes over examples/python against the installed
  package (its py.typed).

To stay cheap the wheel is built at -O0 in a build directory kept between runs
(``~/.cache/cozecore/python-package``, or $COZE_PY_PACKAGE_CACHE): the sdist's
files are copied into a kept source directory only when they changed, so only
what changed is compiled again.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

REPO = Path(__file__).resolve().parents[3]
BINDING = REPO / "bindings" / "python"
CACHE = Path(
    os.environ.get("COZE_PY_PACKAGE_CACHE")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cozecore" / "python-package"
)


def _env(**extra: str) -> Dict[str, str]:
    """The environment of a command run as a user would: nothing pointing into the checkout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "COZE_", "MYPY"))}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra)
    return env


def _run(cmd: List[str], cwd: Path, timeout: int = 900, **env: str) -> str:
    done = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, env=_env(**env), capture_output=True, text=True, timeout=timeout
    )
    if done.returncode != 0:
        pytest.fail(f"{' '.join(map(str, cmd))} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return done.stdout


def _sync(sdist: Path, dest: Path) -> None:
    """Makes dest hold exactly the sdist's files; a file is written only when its content changed."""
    wanted = set()
    with tarfile.open(sdist) as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            rel = Path(*Path(member.name).parts[1:])
            assert ".." not in rel.parts and not rel.is_absolute(), member.name
            wanted.add(rel)
            data = tar.extractfile(member).read()  # type: ignore[union-attr]
            target = dest / rel
            if not target.is_file() or target.read_bytes() != data:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
    for path in sorted(dest.rglob("*"), reverse=True):
        if path.is_file() and path.relative_to(dest) not in wanted:
            path.unlink()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Tuple[Path, Path]:
    """(the sdist, the wheel built from it), in a fresh directory."""
    try:
        import build  # noqa: F401
    except ImportError:
        pytest.fail("python -m build is not installed: pip install build (scripts/bootstrap installs it)")
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--sdist", "--outdir", out, BINDING], cwd=out)
    (sdist,) = out.glob("cozecore-*.tar.gz")
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one build at a time in the kept directories
        src = CACHE / "src"
        _sync(sdist, src)
        _run(
            [
                sys.executable,
                "-m",
                "build",
                "--wheel",
                "--outdir",
                out,
                f"-Cbuild-dir={CACHE / 'build'}",
                "-Ccmake.build-type=Debug",
                "-Ccmake.define.CMAKE_CXX_FLAGS_DEBUG=-O0",
                src,
            ],
            cwd=out,
        )
    (wheel,) = out.glob("cozecore-*.whl")
    return sdist, wheel


def test_the_sdist_is_self_contained(built):
    sdist, _ = built
    with tarfile.open(sdist) as tar:
        names = {Path(*Path(n).parts[1:]).as_posix() for n in tar.getnames()}
    for need in (
        "pyproject.toml",
        "CMakeLists.txt",
        "typemaps.i",
        "_core/bindings/cozecore.i",
        "_core/core/CMakeLists.txt",
        "_core/core/include/coze/coze.h",
        "_core/core/exec/call.cpp",
        "cozecore/py.typed",
        "cozecore/_generated/async_resources.py",
    ):
        assert need in names, need
    assert not any(n.startswith("tests/") for n in names)
    assert not (REPO / "bindings" / "python" / "_core").exists()  # nothing was written into the checkout


def test_the_wheel_has_the_extension_the_bridge_and_the_types(built):
    _, wheel = built
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
    assert any(n.startswith("cozecore/_cozecore_bridge") and n.endswith(".so") for n in names)
    for need in ("cozecore/cozecore_bridge.py", "cozecore/py.typed", "cozecore/aio.py", "cozecore/_httpx.py"):
        assert need in names, need


_SMOKE = textwrap.dedent(
    """
    import asyncio, os, sys
    import cozecore
    from cozecore import AsyncCoze, Coze, InvalidArgumentError

    assert os.path.realpath(cozecore.__file__).startswith(os.path.realpath(sys.prefix)), cozecore.__file__
    base = os.environ["COZE_BASE_URL"]
    messages = [{"role": "user", "content": "from the package", "content_type": "text"}]
    with Coze(token="pat_package", base_url=base) as coze:
        with coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=messages) as events:
            text = "".join(e.content for e in events if e.type == "conversation.message.delta")
        print(f"sync over {coze.http_client}: {text}")
    try:
        AsyncCoze(token="pat_package", base_url=base)
    except InvalidArgumentError as err:
        print(f"async: {err}")
    else:
        async def main():
            async with AsyncCoze(token="pat_package", base_url=base) as coze:
                text = ""
                async for e in coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=messages):
                    if e.type == "conversation.message.delta":
                        text += e.content
                print(f"async: {text}")
        asyncio.run(main())
    """
)


def _venv(root: Path, wheel: Path, system_site_packages: bool) -> Path:
    """A fresh virtual environment with the package installed from the sdist's directory (its wheel)."""
    venv = root / "venv"
    cmd = [sys.executable, "-m", "venv", "--without-pip", venv]
    if system_site_packages:
        cmd.insert(4, "--system-site-packages")
    _run(cmd, cwd=root)
    python = venv / "bin" / "python"
    _run(
        [sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-index", "--no-deps",
         "--find-links", wheel.parent, "cozecore"],
        cwd=root,
    )
    return python


def test_a_fresh_venv_without_httpx_streams_over_http_client(built, fake, tmp_path):
    _, wheel = built
    python = _venv(tmp_path, wheel, system_site_packages=False)
    work = tmp_path / "empty"
    work.mkdir()
    (work / "smoke.py").write_text(_SMOKE)
    out = _run([python, "smoke.py"], cwd=work, COZE_BASE_URL=fake.base_url)
    assert "sync over http.client: Echo: from the package" in out
    assert "async: AsyncCoze needs httpx: pip install 'cozecore[async]'" in out


def test_with_httpx_both_clients_stream_and_mypy_strict_passes_over_the_examples(built, fake, tmp_path):
    _, wheel = built
    python = _venv(tmp_path, wheel, system_site_packages=True)
    work = tmp_path / "empty"
    work.mkdir()
    (work / "smoke.py").write_text(_SMOKE)
    out = _run([python, "smoke.py"], cwd=work, COZE_BASE_URL=fake.base_url)
    assert "sync over httpx: Echo: from the package" in out
    assert "async: Echo: from the package" in out

    if shutil.which("mypy") is None and subprocess.run([sys.executable, "-m", "mypy", "--version"]).returncode:
        pytest.fail("mypy is not installed: pip install mypy (scripts/bootstrap installs it)")
    examples = sorted((REPO / "examples" / "python").glob("*.py"))
    for example in examples:
        shutil.copy(example, work / example.name)
    out = _run(
        [sys.executable, "-m", "mypy", "--strict", "--python-executable", python, "--cache-dir", CACHE / "mypy"]
        + [e.name for e in examples],
        cwd=work,
    )
    assert f"no issues found in {len(examples)} source files" in out
