"""Writes every generated file from the description (core/api/README.md).

  scripts/generate            regenerate
  scripts/generate --check    exit 1 (and name the files) when regenerating would change something
  scripts/generate --spec X   use another description (tests)
Each backend is a module backend_<name>.py here with
  OUTPUT_DIRS: [repo-relative dirs whose generated files it owns]
  generate(ir) -> {repo-relative path: text}
A file in an OUTPUT_DIR that carries the generated marker but is no longer
produced is deleted (reported by --check).
"""

from __future__ import annotations

import argparse
import glob
import importlib
import os
import sys
from typing import Dict, List

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ir as ir_mod  # noqa: E402
from common import MARKER, ROOT  # noqa: E402


def backends() -> List[object]:
    mods = []
    for path in sorted(glob.glob(os.path.join(HERE, "backend_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        mods.append(importlib.import_module(name))
    return mods


def produce(spec: str) -> Dict[str, str]:
    ir = ir_mod.build(spec)
    files: Dict[str, str] = {}
    for b in backends():
        out = b.generate(ir)
        for path, text in out.items():
            if path in files:
                raise SystemExit(f"two backends write {path}")
            if MARKER not in "\n".join(text.split("\n", 2)[:2]):
                raise SystemExit(f"{path}: the first lines must carry the generated marker")
            files[path] = text
    return files


def stale(files: Dict[str, str]) -> List[str]:
    out = []
    for b in backends():
        for d in getattr(b, "OUTPUT_DIRS", []):
            for path in glob.glob(os.path.join(ROOT, d, "**", "*"), recursive=True):
                rel = os.path.relpath(path, ROOT)
                if not os.path.isfile(path) or rel in files:
                    continue
                try:
                    with open(path, encoding="utf-8") as f:
                        head = f.read(400)
                except (UnicodeDecodeError, OSError):
                    continue
                if MARKER in head:
                    out.append(rel)
    return sorted(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--spec", default=ir_mod.DEFAULT_SPEC)
    args = ap.parse_args()
    files = produce(args.spec)
    changed = []
    for rel, text in sorted(files.items()):
        path = os.path.join(ROOT, rel)
        old = None
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                old = f.read()
        if old != text:
            changed.append(rel)
            if not args.check:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
    gone = stale(files)
    if not args.check:
        for rel in gone:
            os.remove(os.path.join(ROOT, rel))
    if args.check:
        if changed or gone:
            for rel in changed:
                print(f"out of date: {rel}")
            for rel in gone:
                print(f"no longer generated: {rel}")
            print("run scripts/gen to regenerate")
            return 1
        print(f"generated files up to date ({len(files)} files)")
        return 0
    print(f"{len(files)} generated files, {len(changed)} written, {len(gone)} removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
