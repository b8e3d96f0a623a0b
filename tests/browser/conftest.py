"""Playwright on Debian's Chromium against Django's live server.

The browser is never downloaded: `make test` installs Debian's `chromium` when it is missing,
and we launch that binary directly.
"""

import os
import shutil
import sqlite3

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connections, transaction
from playwright.sync_api import sync_playwright
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

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
    # The Spanish tree's synchronisation (hub/0003) is not among the saved rows
    # (hub.settings.test): put it back before the demo is loaded and copied aside.
    LocaleSynchronization.objects.get_or_create(
        locale=Locale.objects.get(language_code="es"),
        defaults={"sync_from": Locale.objects.get(language_code="en")},
    )
    load_demo(connections["default"])
    return live_server.url


# The demo is loaded once per run and copied aside; before each test the copy is put back: the
# same rows in well under a second instead of a full load. On SQLite the copy is an in-memory
# database (the backup API); on PostgreSQL, a schema holding a copy of every table.
_demo_snapshot = {}
SNAPSHOT_SCHEMA = "demo_snapshot"


def load_demo(connection):
    connection.ensure_connection()
    restore, save = (
        (_restore_sqlite, _save_sqlite)
        if connection.vendor == "sqlite"
        else (_restore_postgresql, _save_postgresql)
    )
    if "demo" in _demo_snapshot:
        restore(connection)
        return
    call_command("load_demo_content", verbosity=0)
    save(connection)


def _save_sqlite(connection):
    snapshot = sqlite3.connect(":memory:", check_same_thread=False)
    connection.connection.backup(snapshot)
    _demo_snapshot["demo"] = snapshot


def _restore_sqlite(connection):
    _demo_snapshot["demo"].backup(connection.connection)


def _tables(connection):
    with connection.cursor() as cursor:
        return connection.introspection.table_names(cursor)


def _save_postgresql(connection):
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {SNAPSHOT_SCHEMA} CASCADE")
        cursor.execute(f"CREATE SCHEMA {SNAPSHOT_SCHEMA}")
        for table in _tables(connection):
            cursor.execute(f"CREATE TABLE {SNAPSHOT_SCHEMA}.{quote(table)} AS TABLE {quote(table)}")
    _demo_snapshot["demo"] = True


def _restore_postgresql(connection):
    """Empty every table and copy the snapshot back, with foreign-key triggers off while the
    tables fill in any order; then move each id sequence past the restored rows."""
    quote = connection.ops.quote_name
    tables = _tables(connection)
    models = list(apps.get_models(include_auto_created=True))
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(f"TRUNCATE {', '.join(quote(table) for table in tables)}")
        for table in tables:
            cursor.execute(
                # Table names come from the database itself, quoted.
                f"INSERT INTO {quote(table)} SELECT * FROM {SNAPSHOT_SCHEMA}.{quote(table)}"  # noqa: S608
            )
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)
