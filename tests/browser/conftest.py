"""One Debian Chromium per test session, driven by Playwright, over the sample reports.

The browser is the system's (/usr/bin/chromium, installed by scripts/system-deps.sh from
scripts/debian-packages.txt); Playwright downloads none. Every test gets a new browser context
(its own storage), and every page records what would show that a report is not self-contained:
console errors (a Content-Security-Policy violation is one), uncaught script errors, failed
requests, and any request that leaves the file itself (file:, data: and blob: stay inside).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from compliance_docs.batch import Options, bundles_in, run_batch, write_index

from conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
# as root, on a closed network: no sandbox, no GPU, and none of Chromium's own connections
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LOCAL_SCHEMES = ("file:", "data:", "blob:")


@dataclass
class Watched:
    """What a page did that a self-contained report must not do."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return ([f"console: {m}" for m in self.console_errors] + [f"script: {m}" for m in self.page_errors]
                + [f"failed: {u}" for u in self.failed] + [f"external: {u}" for u in self.external])


@pytest.fixture(scope="package")
def browser():
    """Closed when the browser tests are done: Playwright's sync API runs an event loop in this
    thread while it is open, and code that calls asyncio.run() (pyHanko) fails beside it."""
    if not CHROMIUM.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: scripts/system-deps.sh installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} is missing (run scripts/system-deps.sh as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # launch() starts Chromium with a new, empty --user-data-dir of its own every time
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True)
    yield context
    context.close()


def watch(page) -> Watched:
    seen = Watched()
    page.on("console", lambda m: seen.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen.page_errors.append(str(e)))
    page.on("requestfailed", lambda r: seen.failed.append(f"{r.url} ({r.failure})"))
    page.on("request", lambda r: None if r.url.startswith(LOCAL_SCHEMES) else seen.external.append(r.url))
    return seen


@pytest.fixture
def open_page(context):
    """open_page(path) -> (page, watched): the file loaded from file://, with its watcher."""

    def open_(path: Path):
        page = context.new_page()
        seen = watch(page)
        page.goto(path.resolve().as_uri(), wait_until="load")
        return page, seen

    return open_


@pytest.fixture(scope="session")
def screened(tmp_path_factory) -> Path:
    """The samples/ bundles screened once, HTML and JSON, with the batch index."""
    out = tmp_path_factory.mktemp("sample-reports")
    options = Options("permenko-11-2020", ("html", "json"), out)
    here = Path.cwd()
    os.chdir(ROOT)  # the reports name each bundle as `samples/...`, as in the README
    try:
        rows = list(run_batch(bundles_in(Path("samples")), options, jobs=2))
    finally:
        os.chdir(here)
    write_index(rows, options)
    return out


@pytest.fixture
def report_copy(screened, tmp_path) -> callable:
    """A sample's report files copied to a folder of the test's own (a test may add files)."""

    def copy(stem: str) -> Path:
        for suffix in (".html", ".json"):
            shutil.copy2(screened / f"{stem}{suffix}", tmp_path / f"{stem}{suffix}")
        return tmp_path / f"{stem}.html"

    return copy
