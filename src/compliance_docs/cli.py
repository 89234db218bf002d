"""Command-line interface: a thin layer over the library."""

from __future__ import annotations

import atexit
import functools
import gc
import logging
import os
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import ComplianceDocsError
from .limits import debug_enabled

DEFAULT_RULESET = "permenko-11-2020"
FORMATS = ("html", "md", "json")


# At exit, what the command built is left out of the interpreter's last garbage collections:
# they walked every object of SQLAlchemy, Jinja and the report, 60-70 ms of each `screen`.
atexit.register(gc.freeze)


class UsageProblem(click.ClickException):
    exit_code = 2


def screening_options(fn):
    """Options shared by `screen` and `batch`."""

    @click.option("--ruleset", default=DEFAULT_RULESET, show_default=True, metavar="ID",
                  help="Ruleset id (see `compliance-docs criteria`) or a ruleset YAML file.")
    @click.option("--format", "formats", multiple=True, type=click.Choice(FORMATS),
                  help="Report format; repeat for several. Default: html, md and json.")
    @click.option("--output-dir", type=click.Path(file_okay=False, path_type=Path),
                  default=Path("reports"), show_default=True, help="Folder the reports are written to.")
    @click.option("--lang", type=click.Choice(("id", "en")), default="id", show_default=True,
                  help="Report language: Bahasa Indonesia or English.")
    @click.option("--show-nik", is_flag=True,
                  help="Show personal identity numbers (NIK) unmasked. Masked by default.")
    @click.option("--register", "register_location", metavar="PATH|URL", default=None,
                  envvar="COMPLIANCE_DOCS_REGISTER", show_envvar=True,
                  help="Record the screenings in this register: an SQLite file or a database "
                       "URL. Default: register.sqlite3 in the user data folder.")
    @click.option("--no-register", is_flag=True, help="Do not record the screenings.")
    @click.option("--no-pictures", is_flag=True,
                  help="No evidence pictures of the page regions in the HTML report (faster).")
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    return wrapper


def _options(ruleset, formats, output_dir, lang, show_nik, no_pictures=False, requests=False):
    from .batch import Options
    from .evaluate import load_ruleset
    from .limits import limits

    load_ruleset(ruleset)  # an unknown ruleset is a usage error before any work
    limits()  # and so is a malformed COMPLIANCE_DOCS_LIMIT_* variable
    return Options(ruleset, tuple(formats) or FORMATS, output_dir, lang, not show_nik,
                   pictures=not no_pictures, requests=requests)


def _recorder(location: str | None, kind: str):
    """The register opened (and migrated). `screen` and `batch` open it through _RecorderLater,
    while their workers start; the other commands before any work, so a bad location fails first."""
    from .register import Recorder, Register, resolve

    return Recorder(Register.open(resolve(location)), kind=kind)


class _RecorderLater:
    """The batch's Recorder, opened on first use. run_batch hands the workers their bundles
    before it first uses the register, so importing SQLAlchemy and migrating the register
    overlap the workers' start instead of delaying it."""

    def __init__(self, location: str | None, kind: str) -> None:
        self._location, self._kind = location, kind
        self._recorder: Any = None

    def _opened(self) -> Any:
        if self._recorder is None:
            self._recorder = _recorder(self._location, self._kind)
        return self._recorder

    def __getattr__(self, name: str) -> Any:
        return getattr(self._opened(), name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._opened()(*args, **kwargs)

    def close(self) -> None:
        if self._recorder is not None:
            self._recorder.register.close()


def _guard(fn):
    """Our own errors become one line and exit status 2 (1 when a report cannot be written);
    any other error one line and exit status 1. A traceback only with --debug."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from .plaintext import terminal_text

        try:
            return fn(*args, **kwargs)
        except ComplianceDocsError as exc:
            from .errors import ReportWriteError

            if isinstance(exc, ReportWriteError):
                raise click.ClickException(terminal_text(exc)) from None
            raise UsageProblem(terminal_text(exc)) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # a defect: one line, the traceback with --debug
            if debug_enabled():
                raise
            raise click.ClickException(
                f"unexpected error: {type(exc).__name__}: {terminal_text(exc)} "
                "(run with --debug for the traceback)") from None

    return wrapper


def guarded(fn, *args):
    """Call fn with our errors turned into one line and exit status 2, as _guard does."""
    return _guard(fn)(*args)


class _OneLine(logging.Formatter):
    """Log records as one safe line on stderr; the traceback only with --debug."""

    def format(self, record: logging.LogRecord) -> str:
        from .plaintext import terminal_text

        line = f"compliance-docs: {terminal_text(record.getMessage())}"
        if record.exc_info and debug_enabled():
            line += "\n" + self.formatException(record.exc_info)
        return line


def _setup_logging(debug: bool) -> None:
    if debug:
        os.environ["COMPLIANCE_DOCS_DEBUG"] = "1"  # workers forked or spawned later see it too
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine())
    root = logging.getLogger("compliance_docs")
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if debug else logging.WARNING)
    root.propagate = False


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="compliance-docs")
@click.option("--debug", is_flag=True, help="Show the traceback of unexpected errors.")
def main(debug: bool) -> None:
    """Screen Kartu Prakerja digital-platform applicant bundles into screening reports.

    \b
    Example:
      compliance-docs screen samples/pt-belajar-nusantara-digital --output-dir reports
      compliance-docs batch samples --format html --format json
    """
    _setup_logging(debug)


@main.command()
@click.argument("bundle", type=click.Path(path_type=Path))
@screening_options
@_guard
def screen(bundle: Path, ruleset, formats, output_dir, lang, show_nik, no_pictures,
           register_location, no_register) -> None:
    """Screen one applicant BUNDLE (a folder or a .zip of its documents).

    \b
    Example:
      compliance-docs screen samples/pt-lentera-talenta-indonesia.zip --ruleset permenko-3-2020
    """
    from .batch import screen_one
    from .plaintext import terminal_text

    options = _options(ruleset, formats, output_dir, lang, show_nik, no_pictures)
    recorder = None if no_register else _RecorderLater(register_location, "screen")
    try:
        row = screen_one(bundle, options, recorder)
    finally:
        if recorder is not None:
            recorder.close()
    click.echo(f"{terminal_text(row['id'])}: {row['overall']}")
    for path in row["files"]:
        click.echo(f"  {terminal_text(path)}")


@main.command()
@click.argument("intake_dir", type=click.Path(path_type=Path))
@screening_options
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes. Default: the number of cores.")
@click.option("--time-limit", type=click.FloatRange(min=1), default=600, show_default=True,
              help="Seconds one bundle may take before its report says it timed out.")
@click.option("--force", is_flag=True, help="Screen again bundles whose reports are up to date.")
@click.option("--quiet", is_flag=True, help="No progress; print only the index location.")
@click.option("--requests", is_flag=True,
              help="Also write <bundle>.requests.md: the draft request for completion to send "
                   "the applicant (none for a bundle that is met).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Run the bundles on the Dask cluster at this scheduler (tcp://HOST:PORT); "
                   "reports are still written here. --jobs is then the cluster's.")
@_guard
def batch(intake_dir: Path, ruleset, formats, output_dir, lang, show_nik, no_pictures,
          register_location, no_register, jobs, time_limit, force, quiet, requests,
          scheduler) -> None:
    """Screen every bundle (folder or .zip) in INTAKE_DIR; adds index.html and summary.csv.

    Bundles whose content, ruleset, language and tool version are unchanged since their last
    report are skipped, so an interrupted batch resumes where it stopped.

    \b
    Example:
      compliance-docs batch samples --output-dir reports/p3 --ruleset permenko-3-2020 --jobs 2 \\
          --requests
      compliance-docs batch samples --output-dir reports/cluster \\
          --scheduler tcp://SCHEDULER:8786
    """
    from . import batchstate
    from .intake import bundles_in
    from .progress import Progress
    from .register import resolve

    register = None if no_register else resolve(register_location)
    key = batchstate.run_key(ruleset=ruleset, formats=tuple(formats) or FORMATS, language=lang,
                             mask=not show_nik, pictures=not no_pictures, register=register,
                             requests=requests)
    if not force and intake_dir.is_dir():
        rows = batchstate.unchanged(bundles_in(intake_dir), output_dir, key, register)
        if rows is not None:  # nothing changed since the last batch into this folder
            progress = Progress(len(rows), quiet=quiet)
            for row in rows:
                progress.update(row)
            progress.close()
            _batch_summary(rows, output_dir / "index.html", output_dir / "summary.csv", quiet)
            return

    from .batch import output_stems, run_batch, write_index

    options = _options(ruleset, formats, output_dir, lang, show_nik, no_pictures, requests)
    bundles = bundles_in(intake_dir)
    signatures = {path: batchstate.bundle_signature(path) for path in bundles}  # before reading
    recorder = None if no_register else _RecorderLater(register_location, "batch")
    progress = Progress(len(bundles), quiet=quiet)
    rows = []
    decisions = None
    try:
        for row in run_batch(bundles, options, jobs=jobs or os.cpu_count() or 1,
                             time_limit=time_limit, force=force, scheduler=scheduler,
                             recorder=recorder):
            rows.append(row)
            progress.update(row)
        if recorder is not None:
            decisions = recorder.register.latest_decisions()
    finally:
        progress.close()
        if recorder is not None:
            recorder.close()
    index, summary = write_index(rows, options, decisions)
    bundle_of = {stem: path for path, stem in output_stems(bundles).items()}
    screened = [bundle_of[r["report"][:-5]] for r in rows]
    batchstate.save(output_dir, key, register,
                    [(path, signatures[path], row) for path, row in zip(screened, rows, strict=True)])
    _batch_summary(rows, index, summary, quiet)


def _batch_summary(rows, index: Path, summary: Path, quiet: bool) -> None:
    from .plaintext import terminal_text
    from .progress import summary_line

    click.echo(f"{summary_line(rows)}; index: {terminal_text(index)}")
    if not quiet:
        click.echo(f"summary: {terminal_text(summary)}")


@main.command()
@click.option("--ruleset", default=DEFAULT_RULESET, show_default=True, metavar="ID",
              help="Ruleset id or a ruleset YAML file.")
@click.option("--lang", type=click.Choice(("id", "en")), default="id", show_default=True)
@_guard
def criteria(ruleset: str, lang: str) -> None:
    """List the criteria and checks of a ruleset with their legal citations (as `rules show`).

    \b
    Example:
      compliance-docs criteria --ruleset permenko-3-2020 --lang en
    """
    from .cli_rules import show_ruleset

    show_ruleset(ruleset, lang)  # the same as `rules show`


from .cli_rules import rules  # noqa: E402  (the `rules` group lives in its own module)

main.add_command(rules)

from .cli_register import COMMANDS as _REGISTER_COMMANDS  # noqa: E402

for _command in _REGISTER_COMMANDS:
    main.add_command(_command)

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
