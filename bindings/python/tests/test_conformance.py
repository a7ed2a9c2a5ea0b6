"""Runs the conformance runner over $COZE_VECTORS as a test."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import cozecore

RUNNER = Path(__file__).with_name("conformance.py")
REPO_ROOT = Path(__file__).resolve().parents[3]


def test_conformance_vectors_pass():
    env = dict(os.environ)
    env.setdefault("COZE_VECTORS", str(REPO_ROOT / "tests" / "vectors"))
    package_root = str(Path(cozecore.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    proc = subprocess.run(
        [sys.executable, str(RUNNER)], env=env, capture_output=True, text=True, timeout=300
    )
    summaries = re.findall(r"^python (\w+): (\d+) passed, (\d+) failed$", proc.stdout, re.M)
    assert summaries, f"no area ran:\n{proc.stdout}\n{proc.stderr}"
    assert sum(int(p) for _, p, _ in summaries) > 0
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_subset_rules():
    sys.path.insert(0, str(RUNNER.parent))
    from conformance import subset_problem

    assert subset_problem({"a": 1}, {"a": 1.0, "b": 2}) == ""
    assert subset_problem({"a": {"b": [1, 2]}}, {"a": {"b": [1, 2], "c": 3}}) == ""
    assert subset_problem([1], [1, 2]) != ""  # arrays must have the same length
    assert subset_problem({"a": 1}, {"b": 1}) != ""
    assert subset_problem(True, 1) != ""  # a boolean is not a number
    assert subset_problem("1", 1) != ""
    assert subset_problem(None, None) == ""
