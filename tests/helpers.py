"""Shared helpers: screen documents given as text, as a verifier would see them."""

from __future__ import annotations

from typing import Any

from compliance_docs import screen_documents
from compliance_docs.ingest import document_from_text


def report_of(*docs: tuple[str, str], ruleset: str = "permenko-11-2020") -> dict[str, Any]:
    """The JSON report (as a dict) for a bundle made of (file name, text) pairs."""
    documents = [document_from_text(name, text) for name, text in docs]
    return screen_documents(documents, ruleset=ruleset, bundle_id="test").to_dict()


def facts_of(*docs: tuple[str, str]) -> dict[str, Any]:
    """Fact name -> normalized value for a bundle made of (file name, text) pairs."""
    return {f["name"]: f["value"] for f in report_of(*docs)["facts"]}


def status_of(report: dict[str, Any], criterion: str) -> str:
    for item in report["criteria"] + report["checks"]:
        if item["id"] == criterion:
            return item["status"]
    raise KeyError(criterion)


def cli(*args: str, code: int = 0) -> str:
    """What `compliance-docs ARGS` prints, run in this process; it must exit with `code` and
    print no traceback."""
    from click.testing import CliRunner

    from compliance_docs.cli import main

    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return result.output
