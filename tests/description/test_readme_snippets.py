"""README code snippets are taken from the runnable examples (examples/).

A snippet is marked by an HTML comment on the line right before its fenced
code block:

    <!-- snippet: examples/python/chat_stream.py -->
    ```python
    ...
    ```

It means: the block's lines are a contiguous run of lines of that file (path
from the repository root), in order, with one common indentation removed
(the block may be dedented, as a snippet out of a function body is; trailing
spaces do not count, empty lines match empty lines). The examples run against
the fake server in every target's `test` (the "examples" suite), so a marked
snippet is code that runs. This test fails, naming the README, the block's
line and the file, when a snippet drifts from its example, when a marker
names a missing file or is not followed by a code block.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MARKER = re.compile(r"^\s*<!--\s*snippet:\s*(\S+)\s*-->\s*$")
FENCE = re.compile(r"^\s*(```+|~~~+)")
# Markdown files outside these (build output, node_modules, ...) are not ours.
SKIP_DIRS = {"build", "node_modules", "dist", ".git", "third_party", "__pycache__"}

# The examples every language has (each README names them the same way).
PROGRAMS = ("chat_stream", "workflow_resume", "upload_progress", "messages_pages", "weather_tools")
EXAMPLE_FILES = {
    "cpp": "{}.cpp",
    "go": "{}/main.go",
    "java": "{}.java",
    "js": "{}.mjs",
    "python": "{}.py",
}


def _java_name(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def example_path(lang: str, name: str) -> Path:
    stem = _java_name(name) if lang == "java" else name
    return ROOT / "examples" / lang / EXAMPLE_FILES[lang].format(stem)


def markdown_files() -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS and not d.startswith(".")]
        found += [Path(dirpath) / f for f in filenames if f.endswith(".md")]
    return sorted(found)


class Snippet:
    def __init__(self, readme: Path, marker_line: int, target: str, lines: list[str] | None, problem: str = ""):
        self.readme = readme
        self.marker_line = marker_line  # 1-based
        self.target = target
        self.lines = lines
        self.problem = problem

    @property
    def where(self) -> str:
        return f"{self.readme.relative_to(ROOT)}:{self.marker_line} (snippet of {self.target})"


def snippets_of(readme: Path) -> list[Snippet]:
    text = readme.read_text(encoding="utf-8").splitlines()
    out = []
    i = 0
    while i < len(text):
        m = MARKER.match(text[i])
        if not m:
            i += 1
            continue
        target = m.group(1)
        j = i + 1
        fence = FENCE.match(text[j]) if j < len(text) else None
        if not fence:
            out.append(Snippet(readme, i + 1, target, None, "the marker is not followed by a fenced code block"))
            i += 1
            continue
        closing = fence.group(1)
        body = []
        k = j + 1
        while k < len(text) and not text[k].strip().startswith(closing[:3]):
            body.append(text[k])
            k += 1
        if k >= len(text):
            out.append(Snippet(readme, i + 1, target, None, "the code block is not closed"))
        else:
            out.append(Snippet(readme, i + 1, target, body))
        i = k + 1
    return out


def all_snippets() -> list[Snippet]:
    return [s for md in markdown_files() for s in snippets_of(md)]


def find_in(block: list[str], source: list[str]) -> bool:
    """True when block is a contiguous run of source lines with one common indentation removed."""
    block = [b.rstrip() for b in block]
    source = [s.rstrip() for s in source]
    if not any(block):
        return False
    first = next(n for n, b in enumerate(block) if b)
    for start in range(len(source) - len(block) + 1):
        line = source[start + first]
        if not line.endswith(block[first]):
            continue
        indent = line[: len(line) - len(block[first])]
        if indent.strip():
            continue
        if all((s == "" if b == "" else s == indent + b) for b, s in zip(block, source[start : start + len(block)])):
            return True
    return False


def first_difference(block: list[str], source: list[str]) -> str:
    """A hint: the first block line that appears nowhere in the file."""
    stripped = {s.strip() for s in source}
    for n, b in enumerate(block, 1):
        if b.strip() and b.strip() not in stripped:
            return f"block line {n} is not in the file: {b.strip()!r}"
    return "every line is in the file, but not as one contiguous run with a common indentation"


SNIPPETS = all_snippets()


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.where for s in SNIPPETS])
def test_snippet_is_taken_from_its_example(snippet: Snippet) -> None:
    assert not snippet.problem, f"{snippet.where}: {snippet.problem}"
    path = ROOT / snippet.target
    assert path.is_file(), f"{snippet.where}: the marker names {snippet.target}, which does not exist"
    source = path.read_text(encoding="utf-8").splitlines()
    assert find_in(snippet.lines, source), (
        f"{snippet.where}: the code block drifted from {snippet.target} "
        f"({first_difference(snippet.lines, source)}); copy it from the file again"
    )


def test_readmes_take_snippets_from_every_language() -> None:
    """The top-level quick starts come from each language's chat_stream; each binding's README has one too."""
    by_readme: dict[str, set[str]] = {}
    for s in SNIPPETS:
        by_readme.setdefault(str(s.readme.relative_to(ROOT)), set()).add(s.target)
    top = by_readme.get("README.md", set())
    for lang in EXAMPLE_FILES:
        want = str(example_path(lang, "chat_stream").relative_to(ROOT))
        assert want in top, f"README.md: no quick start marked <!-- snippet: {want} -->"
    for readme, lang in [
        ("bindings/python/README.md", "python"),
        ("bindings/java/README.md", "java"),
        ("bindings/go/README.md", "go"),
        ("web/README.md", "js"),
    ]:
        assert any(t.startswith(f"examples/{lang}/") for t in by_readme.get(readme, ())), (
            f"{readme}: no code block marked as a snippet of examples/{lang}/"
        )


@pytest.mark.parametrize("lang", sorted(EXAMPLE_FILES))
def test_every_language_has_the_five_examples(lang: str) -> None:
    missing = [
        str(example_path(lang, n).relative_to(ROOT)) for n in PROGRAMS if not example_path(lang, n).is_file()
    ]
    assert not missing, f"examples/{lang}: missing {', '.join(missing)}"


def test_find_in_checks_order_contiguity_and_indentation() -> None:
    source = ["def f():", "    a = 1", "    b = 2", "", "    c = 3"]
    assert find_in(["a = 1", "b = 2", "", "c = 3"], source)
    assert find_in(["    b = 2"], source)
    assert not find_in(["a = 1", "c = 3"], source)  # not contiguous
    assert not find_in(["b = 2", "a = 1"], source)  # not in order
    assert not find_in(["a = 1", "  b = 2"], source)  # not one common indentation
    assert not find_in([""], source)
