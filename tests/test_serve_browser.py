"""The query page in a real browser (Debian Chromium via Playwright): choose the saved query `parties`,
Run, and see both institutions in a 2-row table, with no request leaving 127.0.0.1."""

import pytest

from tests.browser import chromium_browser
from tests.servers import coopkg_server

pytestmark = [pytest.mark.server, pytest.mark.browser]


def test_query_page_runs_a_saved_query_offline(seed_build):
    with coopkg_server(build_dir=seed_build[0]) as server, chromium_browser() as browser:
        context = browser.new_context()
        outside, errors = [], []

        def only_loopback(route):
            if route.request.url.startswith(server.url + "/"):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        context.route("**/*", only_loopback)
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.goto(server.url + "/")
        page.locator("body[data-ready='true']").wait_for(state="attached", timeout=30_000)
        page.select_option("#example", "parties")
        assert "Which institutions" in page.locator("#question").text_content()
        assert "coop:party" in page.locator("#query").input_value()
        page.click("#run")
        page.locator("#results table").wait_for(timeout=30_000)
        rows = page.locator("#results tbody tr")
        assert rows.count() == 2
        text = page.locator("#results").text_content()
        assert "Hanoi University of Industry" in text and "College of Industrial Techniques" in text
        assert page.locator("#status").text_content() == "2 rows"
        # entities link to their local linked-data page
        assert page.locator("#results a[href='/id/institution/haui']").count() >= 1
        context.close()
        assert outside == [] and errors == []
