"""`compliance-docs rules`: show a ruleset, and run its policy tests before it screens anyone."""

from __future__ import annotations

from pathlib import Path

import click

DEFAULT_RULESET = "permenko-11-2020"


def show_ruleset(ruleset: str, lang: str) -> None:
    from .evaluate import load_ruleset, ruleset_ids

    rules = load_ruleset(ruleset)
    version = f" v{rules.version}" if rules.version else ""
    effective = f", effective {rules.effective}" if rules.effective else ""
    click.echo(f"{rules.id}{version}: {rules.title.get(lang, rules.title['id'])} ({rules.citation}{effective})")
    if rules.amends:
        click.echo(f"  amends {rules.amends}")
    for items in (rules.criteria, rules.checks):
        for item in items:
            click.echo(f"  {item.id:<22} {item.title.get(lang)} [{item.citation}]")
    click.echo(f"known rulesets: {', '.join(ruleset_ids())}")


@click.group()
def rules() -> None:
    """Show a ruleset, or test it with policy tests written as data.

    \b
    Example:
      compliance-docs rules show permenko-3-2020 --lang en
      compliance-docs rules test permenko-11-2020
    """


@rules.command("show")
@click.argument("ruleset", default=DEFAULT_RULESET, metavar="RULESET")
@click.option("--lang", type=click.Choice(("id", "en")), default="id", show_default=True)
def show(ruleset: str, lang: str) -> None:
    """List the criteria and checks of RULESET (an id or a ruleset YAML file) with their
    legal citations.

    \b
    Example:
      compliance-docs rules show permenko-3-2020 --lang en
    """
    from .cli import guarded

    guarded(show_ruleset, ruleset, lang)


@rules.command("test")
@click.argument("ruleset", metavar="RULESET")
@click.argument("tests", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--verbose", "-v", is_flag=True, help="List every case, not only the failures.")
def test(ruleset: str, tests: tuple[Path, ...], verbose: bool) -> None:
    """Run policy tests against RULESET: given facts -> expected statuses and reason codes.

    Without TESTS, the tests that ship beside the ruleset (`<ruleset>.tests.yaml`) run.
    Exit status 1 when a case fails.

    \b
    Example:
      compliance-docs rules test permenko-11-2020
      compliance-docs rules test my-ruleset.yaml my-ruleset.tests.yaml
    """
    from .cli import guarded

    failed = guarded(_run_tests, ruleset, tests, verbose)
    if failed:
        raise SystemExit(1)


def _run_tests(ruleset: str, tests: tuple[Path, ...], verbose: bool) -> int:
    from .errors import InvalidDataFile
    from .evaluate import load_ruleset
    from .evaluate.policy import bundled_tests, load_cases, run_cases

    rules_ = load_ruleset(ruleset)
    paths = list(tests) or [p for p in [bundled_tests(rules_)] if p is not None]
    if not paths:
        raise InvalidDataFile(f"{ruleset}: no policy tests given and none beside it "
                              "(name them, or write <ruleset>.tests.yaml next to it)")
    failed = total = 0
    for path in paths:
        for result in run_cases(load_cases(path), rules_):
            total += 1
            if result.passed:
                if verbose:
                    click.echo(f"ok    {result.case.name}")
                continue
            failed += 1
            click.echo(f"FAIL  {result.case.name}  ({result.case.source})")
            for failure in result.failures:
                click.echo(f"        {failure}")
    click.echo(f"{rules_.id}: {total - failed}/{total} policy tests pass"
               + (f", {failed} fail" if failed else ""))
    return failed
