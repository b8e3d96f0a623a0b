"""Fixtures every app's tests share: the locales and a small bilingual page tree."""

from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.factories import HomePageFactory, StandardPageFactory


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches site root paths; a rolled-back test must not leave them for the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in English, whatever language the previous test's requests left active."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def locales(db):
    return SimpleNamespace(
        en=Locale.objects.get(language_code="en"), es=Locale.objects.get(language_code="es")
    )


def publish_translation(page, locale, **fields):
    """A published translation of ``page`` into ``locale`` with the given fields changed."""
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


@pytest.fixture
def home_page(locales):
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home


@pytest.fixture
def spanish_home(home_page, locales):
    return publish_translation(
        home_page, locales.es, title="Inicio", hero_heading="Mentoría y aprendizaje para la red NMF"
    )


@pytest.fixture
def about_page(home_page):
    return StandardPageFactory(
        parent=home_page, title="About the Hub", slug="about", show_in_menus=True
    )


@pytest.fixture
def spanish_about(about_page, spanish_home, locales):
    return publish_translation(about_page, locales.es, title="Acerca del Hub")
