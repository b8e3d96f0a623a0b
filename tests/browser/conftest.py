"""Playwright on Debian's Chromium against Django's live server.

The browser is never downloaded: `make test` installs Debian's `chromium` when it is missing,
and we launch that binary directly.
"""

import os
import shutil

import pytest
from django.core.management import call_command
from playwright.sync_api import sync_playwright

# Playwright's synchronous API runs an event loop in the test thread; the ORM calls the tests
# make from that thread are still synchronous, so Django's async guard does not apply.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Chromium is not installed; `make browser` installs Debian's package.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def demo_site(django_db_serialized_rollback, transactional_db, live_server):
    call_command("load_demo_content", verbosity=0)
    return live_server.url
