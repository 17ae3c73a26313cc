"""Open our pages in Debian's /usr/bin/chromium through Playwright, with the network cut off.

Playwright is only a driver here: we never run `playwright install` (no browser downloads);
the system Chromium is launched by path. Used by tests/browser.py and kg.viz.screenshot.
"""

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
READY_TIMEOUT_MS = 120_000


def chromium_path() -> str | None:
    """$COOPKG_CHROMIUM, else the Debian package's binary, else None."""
    for candidate in (os.environ.get("COOPKG_CHROMIUM"), *CHROMIUM_CANDIDATES):
        if candidate and Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


def launch(playwright, executable: str | None = None):
    executable = executable or chromium_path()
    if not executable:
        raise FileNotFoundError("no Chromium found (apt-get install chromium)")
    return playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)


@dataclass
class OfflinePage:
    """A page whose every non-file:, non-data: request is aborted, with what went wrong recorded."""

    page: object
    console_errors: list = field(default_factory=list)
    page_errors: list = field(default_factory=list)
    failed_requests: list = field(default_factory=list)
    blocked_requests: list = field(default_factory=list)
    dialogs: list = field(default_factory=list)

    def problems(self) -> list:
        return (self.console_errors + self.page_errors + self.failed_requests
                + self.blocked_requests + [f"dialog: {d}" for d in self.dialogs])


def open_offline(browser, html_path, viewport=(1280, 800), wait_ready: bool = True) -> OfflinePage:
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    page = context.new_page()
    recorder = OfflinePage(page)

    def route(route_):
        url = route_.request.url
        if url.startswith(("file:", "data:")):
            route_.continue_()
        else:
            recorder.blocked_requests.append(f"blocked request: {url}")
            route_.abort()

    def on_dialog(dialog):
        recorder.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    context.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and recorder.console_errors.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: recorder.page_errors.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: recorder.failed_requests.append(
        f"failed request: {r.url} ({r.failure})"))
    page.on("dialog", on_dialog)
    page.goto(Path(html_path).resolve().as_uri())
    if wait_ready:
        # A selector, not wait_for_function: polling a JS predicate needs eval, which our CSP forbids.
        page.locator("body[data-ready='true']").wait_for(state="attached", timeout=READY_TIMEOUT_MS)
    return recorder
