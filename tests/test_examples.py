"""Every example a user copies runs: the `--help` examples and the README's session and Python
API, from a folder that holds the samples as the repository does. The README's printed output
is checked against what the commands print (rates and timings aside)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from compliance_docs.cli import main

from conftest import ROOT
from examples import help_examples, help_texts, readme_python, readme_session

HELP = help_texts()
EXAMPLES = [(name, args) for name, text in HELP.items() for args in help_examples(text)]
# the cluster example needs a Dask scheduler: test_cluster.py runs it against a real one
LOCAL = [(name, args) for name, args in EXAMPLES if "--scheduler" not in args]
PROGRESS = re.compile(r"^\[\d+/\d+\] (\S+: \S+) · (.*)$")


@pytest.fixture
def workdir(tmp_path, monkeypatch) -> Path:
    (tmp_path / "samples").symlink_to(ROOT / "samples", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_every_help_text_has_examples():
    assert set(HELP) == {"", *main.commands}
    for name, text in HELP.items():
        assert help_examples(text), f"`compliance-docs {name} --help` shows no example"
    assert any("--scheduler" in args for _, args in EXAMPLES)


REGISTER_COMMANDS = ("history", "rescreen", "decide", "diff", "export")


def _fill_register(workdir: Path) -> None:
    """What the register commands' examples start from: `batch samples` recorded, and the
    decision a verifier exported from the BUMD sample's HTML report beside it."""
    result = CliRunner().invoke(main, ["batch", "samples", "--quiet", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    stem = "pt-borneo-cakap-digital-perseroda"
    html = (workdir / "reports" / f"{stem}.html").read_text(encoding="utf-8")
    block = json.loads(re.search(r'<script type="application/json" id="decision-data">(.*?)</script>',
                                 html, re.S)[1])["report"]
    decision = {"schema": "compliance-docs/decision/1",
                "report": {"bundle_id": block["bundle_id"], "report_sha256": block["report_sha256"],
                           "ruleset": {"id": block["ruleset"]["id"],
                                       "version": str(block["ruleset"].get("version", ""))},
                           "tool_version": block["tool_version"]},
                "verifier": {"name": "Siti Aminah"}, "decided_at": "2026-12-07T03:15:00Z",
                "overall": "admit", "criteria": []}
    (workdir / "reports" / f"{stem}.decision.json").write_text(json.dumps(decision), encoding="utf-8")


@pytest.mark.parametrize("name, args", LOCAL, ids=[" ".join(a) for _, a in LOCAL])
def test_help_examples_run(workdir, name, args):
    if name in REGISTER_COMMANDS:
        _fill_register(workdir)
    for word in args:  # every path an example names exists (the samples are the repository's)
        if word.startswith("samples/"):
            assert (workdir / word).exists(), word
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    if args[0] in ("screen", "batch"):
        out = workdir / (args[args.index("--output-dir") + 1] if "--output-dir" in args else "reports")
        reports = sorted(out.glob("*.json"))
        assert reports and all(json.loads(p.read_text(encoding="utf-8"))["overall"] for p in reports)


def _check_shown(shown: list[str], printed: list[str]) -> None:
    progress = {m[1]: m[2] for m in map(PROGRESS.match, printed) if m}
    for line in shown:
        if line == "...":
            continue
        m = PROGRESS.match(line)
        if m:  # bundles finish in any order and rates vary: the bundle and its verdict match
            assert m[1] in progress, f"no progress line for {m[1]!r}"
            if m[2] == "unchanged":
                assert progress[m[1]] == "unchanged"
            else:
                assert re.fullmatch(r"\d+ pages · \d+\.\d pages/s( · ETA \w+)?", progress[m[1]])
        else:
            assert line in printed, f"the README shows {line!r}; printed:\n" + "\n".join(printed)


def test_the_readme_session_runs_and_prints_what_it_shows(workdir):
    session = readme_session()
    assert [s.command[:2] for s in session] == [["compliance-docs", "screen"],
                                                ["compliance-docs", "batch"], ["cat", "reports/p3/summary.csv"],
                                                ["compliance-docs", "batch"]]
    for shown in session:
        if shown.command[0] == "cat":
            printed = (workdir / shown.command[1]).read_text(encoding="utf-8").splitlines()
        else:
            result = CliRunner().invoke(main, shown.command[1:], catch_exceptions=False)
            assert result.exit_code == 0, result.output
            printed = [line.strip() for line in result.output.splitlines()]
        _check_shown(shown.output, printed)


def test_the_readme_python_example_runs(workdir, capsys):
    exec(compile(readme_python(), "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "met"  # pt-belajar-nusantara-digital under Permenko 3/2020
    assert printed[1].startswith("legal_entity met [")


def test_a_readme_line_the_commands_do_not_print_is_caught():
    with pytest.raises(AssertionError, match="the README shows"):
        _check_shown(["8 bundles screened (0 unchanged)"], ["8 bundles: 8 screened, 0 unchanged"])
    with pytest.raises(AssertionError, match="no progress line"):
        _check_shown(["[1/8] pt-hilang: met · unchanged"], ["[1/8] pt-ada: met · unchanged"])
