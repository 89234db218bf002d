"""The register commands: history, rescreen, decide, diff, export (thin: register/operations)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import click


def _guard(fn):
    """cli._guard, looked up when the command runs (cli imports this module at its end)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from .cli import _guard as guard

        return guard(fn)(*args, **kwargs)

    return wrapper


def register_option(fn):
    """--register PATH|URL, shared by every command that reads or writes the register."""

    @click.option("--register", "register_location", metavar="PATH|URL", default=None,
                  envvar="COMPLIANCE_DOCS_REGISTER", show_envvar=True,
                  help="The register: an SQLite file or a database URL "
                       "(postgresql://...). Default: register.sqlite3 in the user data folder.")
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    return wrapper


def open_register(location: str | None):
    from .register import Register, resolve

    return Register.open(resolve(location))


def _t(value) -> str:
    from .plaintext import terminal_text

    return terminal_text("" if value is None else str(value))


@click.command()
@click.argument("applicant")
@register_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@_guard
def history(applicant: str, register_location, as_json: bool) -> None:
    """All screenings and decisions of one APPLICANT: a NIB, an NPWP, a bundle id or a
    company name. When nothing matches, near matches are listed (never guessed).

    \b
    Example:
      compliance-docs history "PT Borneo Cakap Digital (Perseroda)"
      compliance-docs history 1210210034871 --json
    """
    from .register.operations import history as history_of

    with open_register(register_location) as register:
        found = history_of(register, applicant)
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    click.echo(f"{'id':>5}  {'recorded (UTC)':<25} {'kind':<9} {'ruleset':<20} {'overall':<13} "
               "bundle")
    for s in found["screenings"]:
        again = f" (of {s['rescreen_of']})" if s["rescreen_of"] else ""
        click.echo(f"{s['id']:>5}  {_t(s['recorded_at']):<25} {_t(s['kind']):<9} "
                   f"{_t(s['ruleset_id']):<20} {_t(s['overall']):<13} {_t(s['bundle_id'])}{again}")
    for d in found["decisions"]:
        overrides = [c["criterion_id"] for c in d["criteria"] if not c["agree"]]
        click.echo(f"decision {d['id']} on screening {d['screening_id']}: {_t(d['overall'])} by "
                   f"{_t(d['verifier'])} at {_t(d['decided_at'])}"
                   + (f"; overrides: {_t(', '.join(overrides))}" if overrides else ""))


@click.command()
@click.option("--ruleset", required=True, metavar="RULESET",
              help="Ruleset id or a ruleset YAML file to evaluate the stored facts under.")
@click.option("--overall", type=click.Choice(("met", "not_met", "incomplete", "needs_review")),
              default=None, help="Only screenings with this overall status.")
@click.option("--decision", type=click.Choice(("admit", "reject", "ask_for_completion")),
              default=None, help="Only applicants whose last recorded decision is this.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Only screenings recorded on or after this date (YYYY-MM-DD).")
@click.option("--output-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("reports/rescreen"), show_default=True,
              help="Folder for the new reports and changes.csv.")
@register_option
@_guard
def rescreen(ruleset, overall, decision, since, output_dir: Path, register_location) -> None:
    """Evaluate the newest screening of each applicant again under RULESET from its stored
    facts (no document is read) and record each as a re-evaluation; print the applicants
    whose overall status changes and write their new reports and changes.csv.

    \b
    Example:
      compliance-docs rescreen --ruleset permenko-3-2020
      compliance-docs rescreen --ruleset permenko-3-2020 --overall not_met --since 2026-01-01 \\
          --output-dir reports/p3
    """
    from .evaluate import load_ruleset
    from .register.operations import changes_csv
    from .register.operations import rescreen as rescreen_all
    from .report import write_atomic

    load_ruleset(ruleset)  # a bad ruleset is a usage error before any work
    with open_register(register_location) as register:
        changes, evaluated = rescreen_all(register, ruleset=ruleset, output_dir=output_dir, overall=overall,
                               decision=decision, since=since.date() if since else None)
    csv_path = write_atomic(output_dir, "changes.csv", changes_csv(changes))
    for c in changes:
        click.echo(f"{_t(c['bundle_id'])}: {_t(c['from'])} -> {_t(c['to'])} "
                   f"(screening {c['screening']}, re-evaluation of {c['from_screening']})")
        for line in c["criteria"]:
            click.echo(f"  {_t(line)}")
    click.echo(f"{evaluated} screening(s) evaluated again and recorded; {len(changes)} "
               f"applicant(s) change overall status; changes: {_t(csv_path)}")


@click.command()
@click.argument("decision_file", type=click.Path(path_type=Path, dir_okay=False))
@register_option
@_guard
def decide(decision_file: Path, register_location) -> None:
    """Record a verifier's decision exported from the HTML report (FILE.decision.json). It is
    checked against the decision schema and must name a report recorded in the register.

    \b
    Example:
      compliance-docs decide reports/pt-borneo-cakap-digital-perseroda.decision.json
    """
    from .register.operations import decide as record_decision

    with open_register(register_location) as register:
        done = record_decision(register, decision_file)
    click.echo(f"decision {done['decision']} recorded for {_t(done['bundle_id'])} (screening "
               f"{done['screening']}): {_t(done['overall'])} by {_t(done['verifier'])}")
    for c in done["overrides"]:
        click.echo(f"  override {_t(c['id'])}: {_t(c['screened_status'])} -> {_t(c['status'])}")


@click.command()
@click.argument("a")
@click.argument("b")
@register_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.option("--ruleset", default=None, metavar="RULESET",
              help="For two bundle folders: the ruleset to screen them under.")
@_guard
def diff(a: str, b: str, register_location, as_json: bool, ruleset) -> None:
    """What changed from A to B: two screening ids (see `history`) or two bundle folders.
    Criteria whose status changed and why, facts that changed, documents added, removed or
    changed (by hash), and the decisions recorded on either screening.

    \b
    Example:
      compliance-docs diff 1 6
      compliance-docs diff samples/pt-belajar-nusantara-digital samples/pt-sinar-akademi-digital
    """
    from .register.compare import compare

    if a.isdigit() and b.isdigit():
        from .register.operations import screening_data

        with open_register(register_location) as register:
            old, new = screening_data(register, int(a)), screening_data(register, int(b))
            decisions = register.decisions_of([int(a), int(b)])
    else:
        from .batch import Options, screen_to_data
        from .cli import DEFAULT_RULESET
        from .errors import BundleNotFound

        options = Options(ruleset or DEFAULT_RULESET, ("json",), Path("."), "id", True)
        for p in (a, b):
            if not Path(p).exists():
                raise BundleNotFound(f"{p}: neither a screening id nor a bundle folder or .zip")
        old, new = (screen_to_data(Path(p), options) for p in (a, b))
        decisions = []  # bundle folders screened now: nobody has decided on them yet
    changes = compare(old, new)
    changes["decisions"] = decisions
    if as_json:
        click.echo(json.dumps(changes, ensure_ascii=False, indent=2))
        return
    if changes["overall"]:
        click.echo(f"overall: {_t(changes['overall']['from'])} -> {_t(changes['overall']['to'])}")
    for s in changes["statuses"]:
        click.echo(f"{_t(s['id'])}: {_t(s['from'])} -> {_t(s['to'])}")
        for reason in s["reasons"]:
            click.echo(f"  {_t(reason)}")
    for f in changes["facts"]:
        click.echo(f"fact {_t(f['name'])}: {_t(f['from'])} -> {_t(f['to'])}")
    for what in ("added", "removed", "changed"):
        for path in changes["documents"][what]:
            click.echo(f"document {what}: {_t(path)}")
    for d in decisions:
        overrides = [c["criterion_id"] for c in d["criteria"] if not c["agree"]]
        click.echo(f"decision on screening {d['screening_id']}: {_t(d['overall'])} by "
                   f"{_t(d['verifier'])} at {_t(d['decided_at'])}"
                   + (f"; overrides: {_t(', '.join(overrides))}" if overrides else ""))
    if not (changes["overall"] or changes["statuses"] or changes["facts"]
            or any(changes["documents"].values())):
        click.echo("no differences")


@click.command()
@click.option("--all", "everything", is_flag=True,
              help="Every screening, not only the newest of each applicant.")
@click.option("--format", "fmt", type=click.Choice(("csv", "json")), default="csv",
              show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of printing.")
@register_option
@_guard
def export(everything: bool, fmt: str, output: Path | None, register_location) -> None:
    """The register for spreadsheets: the newest screening of each applicant (or --all), with
    criteria statuses and the last decision. CSV cells cannot run as formulas.

    \b
    Example:
      compliance-docs export --format csv --output register.csv
      compliance-docs export --all --format json
    """
    from .register.operations import export_csv, export_rows

    with open_register(register_location) as register:
        rows = export_rows(register, everything=everything)
    text = export_csv(rows) if fmt == "csv" else json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        click.echo(text, nl=False)
    else:
        from .report import write_atomic

        click.echo(_t(write_atomic(output.parent if str(output.parent) else Path("."), output.name, text)))


COMMANDS = (history, rescreen, decide, diff, export)

