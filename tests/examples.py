"""The examples a user copies: those in the `--help` texts and the README's session."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field

from click.testing import CliRunner

from compliance_docs.cli import main

from conftest import ROOT


def help_texts() -> dict[str, str]:
    """Each command's --help output, and the top-level one (key "")."""
    runner = CliRunner()
    texts = {"": runner.invoke(main, ["--help"]).output}
    for name in main.commands:
        texts[name] = runner.invoke(main, [name, "--help"]).output
    return texts


def help_examples(text: str) -> list[list[str]]:
    """The command lines under 'Example:' in one --help text, continuations joined, split as
    a shell would, without the leading `compliance-docs`."""
    block = re.search(r"^\s*Examples?:\n((?:[ \t]+\S.*\n?)+)", text, re.M)
    if not block:
        return []
    joined = re.sub(r"\\\n\s*", " ", block[1])
    commands = []
    for line in joined.splitlines():
        words = shlex.split(line)
        if words and words[0] == "compliance-docs":
            commands.append(words[1:])
    return commands


@dataclass
class Shown:
    """One `$ command` of the README's session and the output lines printed under it."""

    command: list[str]
    output: list[str] = field(default_factory=list)


def readme_session() -> list[Shown]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## A session", 1)[1].split("\n## ", 1)[0]
    shown: list[Shown] = []
    for line in section.splitlines():
        if line.startswith("    $ "):
            shown.append(Shown(shlex.split(line[6:])))
        elif line.startswith("    ") and shown and line.strip():
            shown[-1].output.append(line.strip())
        elif not line.strip() and shown and shown[-1].output:
            continue
    return shown


def readme_python() -> str:
    """The README's Python API example."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.search(r"## Python API\n.*?```python\n(.*?)```", readme, re.S)[1]
