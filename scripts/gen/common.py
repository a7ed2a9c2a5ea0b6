"""Helpers every backend shares: the generated-file marker and name styles."""

from __future__ import annotations

import os
import re
from typing import Any, Dict, List

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MARKER = "Generated from core/api/coze.openapi.yaml by scripts/gen"
HEADER_TEXT = MARKER + "; do not edit (see core/api/README.md)."


def header(comment: str) -> str:
    """The first line of a generated file, in the language's comment syntax ('//', '#')."""
    return f"{comment} {HEADER_TEXT}\n"


def camel(name: str) -> str:
    """snake_case -> camelCase."""
    parts = [p for p in re.split(r"[_\W]+", name) if p]
    if not parts:
        return name
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def pascal(name: str) -> str:
    """snake_case / dotted -> PascalCase."""
    parts = [p for p in re.split(r"[_.\W]+", name) if p]
    return "".join(p[:1].upper() + p[1:] for p in parts)


def model_index(ir: Dict[str, Any]) -> Dict[str, Dict[str, Any]]:
    return {m["name"]: m for m in ir["models"]}


def resource_tree(ir: Dict[str, Any]) -> Dict[str, Any]:
    """{"ops": [op...], "children": {name: subtree}} over op["resource"] paths."""
    root: Dict[str, Any] = {"ops": [], "children": {}}
    for op in ir["operations"]:
        node = root
        for part in op["resource"]:
            node = node["children"].setdefault(part, {"ops": [], "children": {}})
        node["ops"].append(op)
    return root


def callable_ops(ir: Dict[str, Any]) -> List[Dict[str, Any]]:
    return list(ir["operations"])
