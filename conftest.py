"""Fixtures every app's tests share: the locales and a small bilingual page tree."""

import uuid
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils import timezone, translation
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


def bulk_pages(parent, model, count, label, build, published=None):
    """``count`` live ``model`` pages under ``parent``, written in a few queries plus one
    insert each, for query budgets at large data: the tree paths are worked out here rather
    than by ``add_child``. ``build(number, page)`` returns the specific page for the ``Page``
    row ``page`` (``model(page_ptr=page, ...)``), whose own row is then saved as fixtures
    load; ``published(number)``, if given, is when each was first published."""
    parent.refresh_from_db()
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    depth = parent.depth + 1
    slug = label.lower().replace(" ", "-")
    pages = Page.objects.bulk_create(
        Page(
            path=model._get_path(parent.path, depth, parent.numchild + number + 1),
            depth=depth,
            numchild=0,
            title=f"{label} {number:04}",
            draft_title=f"{label} {number:04}",
            slug=f"{slug}-{number:04}",
            url_path=f"{parent.url_path}{slug}-{number:04}/",
            content_type=content_type,
            locale_id=parent.locale_id,
            translation_key=uuid.uuid4(),
            live=True,
            first_published_at=published(number) if published else now,
            last_published_at=now,
        )
        for number in range(count)
    )
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    specific = []
    for number, page in enumerate(pages):
        instance = build(number, page)
        instance.save_base(raw=True)
        specific.append(instance)
    return specific


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
