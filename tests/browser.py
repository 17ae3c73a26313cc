"""Shared helper for tests that need a real browser: Debian's Chromium driven by Playwright.

Without Chromium or Playwright the browser tests are skipped on a developer machine, but fail
when the CI environment variable is set, so CI cannot silently stop testing the pages.
Setup: apt-get install -y chromium && pip install playwright (never `playwright install`).
"""

import os
from contextlib import contextmanager

import pytest

from kg.viz.headless import chromium_path, launch, open_offline  # noqa: F401 (re-exported)


def _missing(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"browser tests need {reason} (CI is set, so this is not skipped)")
    pytest.skip(f"browser tests need {reason}")


@contextmanager
def chromium_browser():
    """Yield a launched headless Chromium; skip or fail (see above) if it cannot be had."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright Python package (pip install playwright)")
    executable = chromium_path()
    if not executable:
        _missing("Chromium at /usr/bin/chromium (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = launch(playwright, executable)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def browser():
    """One Chromium per test module (import this fixture into the module)."""
    with chromium_browser() as launched:
        yield launched
