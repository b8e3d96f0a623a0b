"""Playwright on Debian's Chromium against Django's live server.

The browser is never downloaded: `make test` installs Debian's `chromium` when it is missing,
and we launch that binary directly.
"""

import os
import shutil
import sqlite3

import pytest
from django.core.management import call_command
from django.db import connections
from playwright.sync_api import sync_playwright
from wagtail.models import Locale

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
def serialized_contents(django_db_setup):
    """The test database's initial rows (locales, page tree root, groups...), as Django saved them.

    Django's connections are context-local, and once Playwright's synchronous API is running the
    tests may get new connection objects that lack the saved copy; we carry it over so that each
    browser test starts again from the migrated database.
    """
    return {
        alias: getattr(connections[alias], "_test_serialized_contents", None)
        for alias in connections
    }


@pytest.fixture
def migrated_rows_restored(serialized_contents, browser):
    for alias, contents in serialized_contents.items():
        if contents is not None:
            connections[alias]._test_serialized_contents = contents


@pytest.fixture(scope="session")
def browser(serialized_contents):
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
def demo_site(
    migrated_rows_restored,
    django_db_serialized_rollback,
    transactional_db,
    live_server,
    serialized_contents,
):
    # A transactional test outside this folder (the capacity race on PostgreSQL) ends with a
    # flush that the restore above does not undo for the test right after it: put the migrated
    # rows back ourselves when they are missing.
    if not Locale.objects.exists():
        for alias, contents in serialized_contents.items():
            if contents:
                connections[alias].creation.deserialize_db_from_string(contents)
    load_demo(connections["default"])
    return live_server.url


# On SQLite the loaded demo is copied once, in memory, and copied back before each test: the
# same rows in milliseconds instead of a full load. Other databases load it each time.
_demo_snapshot = {}


def load_demo(connection):
    if connection.vendor != "sqlite":
        call_command("load_demo_content", verbosity=0)
        return
    connection.ensure_connection()
    if "demo" in _demo_snapshot:
        _demo_snapshot["demo"].backup(connection.connection)
        return
    call_command("load_demo_content", verbosity=0)
    snapshot = sqlite3.connect(":memory:", check_same_thread=False)
    connection.connection.backup(snapshot)
    _demo_snapshot["demo"] = snapshot
