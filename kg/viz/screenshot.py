"""Screenshot a CoopKG graph page with the system Chromium: python -m kg.viz.screenshot IN.html OUT.png"""

import sys
from pathlib import Path

from kg.viz.headless import launch, open_offline


def screenshot(html_path, png_path, viewport=(1280, 800)) -> list:
    """Save a PNG of the laid-out page; returns the problems seen (console errors, requests...)."""
    from playwright.sync_api import sync_playwright

    Path(png_path).parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            opened = open_offline(browser, html_path, viewport)
            opened.page.screenshot(path=str(png_path))
            return opened.problems()
        finally:
            browser.close()


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = screenshot(args[0], args[1])
    for problem in problems:
        print(problem, file=sys.stderr)
    print(args[1])
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
