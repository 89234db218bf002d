"""Browser tests of the HTML reports (Playwright driving Debian's chromium)."""
