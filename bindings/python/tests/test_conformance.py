"""Runs the conformance runner over $COZE_VECTORS as a test."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import cozecore

RUNNER = Path(__file__).with_name("conformance.py")
REPO_ROOT = Path(__file__).resolve().parents[3]


def _run_runner(vectors=None):
    env = dict(os.environ)
    if vectors is not None:
        env["COZE_VECTORS"] = str(vectors)
    env.setdefault("COZE_VECTORS", str(REPO_ROOT / "tests" / "vectors"))
    package_root = str(Path(cozecore.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, str(RUNNER)], env=env, capture_output=True, text=True, timeout=300)


def test_conformance_vectors_pass():
    proc = _run_runner()
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


def test_models_vectors_run_through_the_typed_api_one_object_or_an_array(tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    (models / "one.json").write_text(
        json.dumps(
            {
                "name": "one object",
                "model": "Chat",
                "payload": '{"id": 12, "x": 1}',
                "expect": {"id": "12", "$extra": {"x": 1}},
            }
        )
    )
    (models / "many.json").write_text(
        json.dumps(
            [
                {
                    "name": "event",
                    "op": "chat.stream",
                    "event": "conversation.message.delta",
                    "payload": '{"content": "a"}',
                    "expect": {"type": "conversation.message.delta", "data": {"content": "a"}},
                },
                {"name": "wrong on purpose", "model": "Chat", "payload": '{"id": 1}', "expect": {"id": 1}},
                {"name": "error", "model": "Chat", "payload": "[1", "error": "decode"},
            ]
        )
    )
    proc = _run_runner(tmp_path)
    assert "python models: 3 passed, 1 failed" in proc.stdout, proc.stdout + proc.stderr
    assert 'FAIL models/many.json: wrong on purpose: id: expected 1, got "1"' in proc.stdout
    assert proc.returncode == 1


def test_no_vectors_at_all_is_a_failure(tmp_path):
    (tmp_path / "models").mkdir()
    proc = _run_runner(tmp_path)
    assert proc.returncode == 1
    assert "no vectors found" in proc.stderr
