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

Every code block of the READMEs a user reads (the top one, each package's and
each examples folder's) is one: a block in a programming or build language
must carry a marker, so no code is shown that does not run; a shell block
(`sh`) may stand on its own, but every repository path it names must exist;
`json` and `text` blocks are data and output. A block without a language tag
fails, so none slips past as neither.
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
PROGRAMS = ("chat_stream", "workflow_resume", "upload_progress", "messages_pages", "weather_tools", "guide")
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


# The READMEs a user reads: the top one, each package's, each examples folder's.
USER_READMES = sorted(
    [ROOT / "README.md", ROOT / "web" / "README.md"]
    + list((ROOT / "bindings").glob("*/README.md"))
    + list((ROOT / "examples").glob("*/README.md"))
)
CODE_LANGS = {"python", "py", "java", "go", "js", "javascript", "mjs", "ts", "typescript",
              "cpp", "c++", "c", "cmake", "gomod", "xml", "html", "toml"}
SHELL_LANGS = {"sh", "shell", "bash", "console"}
DATA_LANGS = {"json", "text"}
REPO_PATH = re.compile(r"(?<![\w./-])((?:scripts|examples|tests|bindings|web|core|wasm|drivers)/[\w./-]*[\w/])")


class Block:
    def __init__(self, readme: Path, line: int, lang: str, body: list[str], marked: bool):
        self.readme, self.line, self.lang, self.body, self.marked = readme, line, lang, body, marked

    @property
    def where(self) -> str:
        return f"{self.readme.relative_to(ROOT)}:{self.line}"


def blocks_of(readme: Path) -> list[Block]:
    text = readme.read_text(encoding="utf-8").splitlines()
    out, i = [], 0
    while i < len(text):
        fence = FENCE.match(text[i])
        if not fence:
            i += 1
            continue
        lang = text[i].strip()[len(fence.group(1)):].strip().split(" ")[0].lower()
        marked = i > 0 and bool(MARKER.match(text[i - 1]))
        k = i + 1
        while k < len(text) and not text[k].strip().startswith(fence.group(1)[:3]):
            k += 1
        out.append(Block(readme, i + 1, lang, text[i + 1 : k], marked))
        i = k + 1
    return out


BLOCKS = [b for md in USER_READMES for b in blocks_of(md)]


@pytest.mark.parametrize("block", BLOCKS, ids=[b.where for b in BLOCKS])
def test_every_code_block_runs_or_is_a_command(block: Block) -> None:
    if block.marked:
        return  # test_snippet_is_taken_from_its_example checks it
    assert block.lang, f"{block.where}: a code block without a language tag (sh, json, text, or a marked snippet)"
    if block.lang in CODE_LANGS:
        pytest.fail(
            f"{block.where}: a {block.lang} block that no test runs; cut it from a file that runs "
            f"(examples/<lang>/guide...) and mark it <!-- snippet: FILE -->"
        )
    if block.lang in SHELL_LANGS:
        missing = sorted(
            {m for line in block.body for m in REPO_PATH.findall(line.split("#", 1)[0]) if not (ROOT / m).exists()}
        )
        assert not missing, f"{block.where}: the commands name paths that do not exist: {', '.join(missing)}"
        return
    assert block.lang in DATA_LANGS, f"{block.where}: unknown block language {block.lang!r}"


def test_blocks_of_reads_tags_and_markers(tmp_path: Path) -> None:
    md = tmp_path / "README.md"
    md.write_text("<!-- snippet: a.py -->\n```python\nx = 1\n```\n\n```\nplain\n```\n", encoding="utf-8")
    got = [(b.line, b.lang, b.body, b.marked) for b in blocks_of(md)]
    assert got == [(2, "python", ["x = 1"], True), (6, "", ["plain"], False)]
