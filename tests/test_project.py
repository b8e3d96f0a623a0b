"""The project's own promises: page factories, migrations and catalogues stay in step."""

import importlib

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page, get_page_models

HUB_APPS = ["home", "members", "learning", "mentorship", "employers", "resources", "alumni", "hub"]


def factories_by_model():
    found = {}
    for app in HUB_APPS:
        if importlib.util.find_spec(f"{app}.factories") is None:
            continue
        module = importlib.import_module(f"{app}.factories")
        for value in vars(module).values():
            model = getattr(getattr(value, "_meta", None), "model", None)
            if model is not None:
                found[model] = value
    return found


def test_every_page_type_has_a_factory():
    factories = factories_by_model()
    missing = [
        model.__name__
        for model in get_page_models()
        if model is not Page and model not in factories
    ]
    assert not missing, f"Page types without a factory: {missing}"


def test_every_app_named_in_the_design_is_installed():
    installed = {config.name for config in apps.get_app_configs()}
    assert set(HUB_APPS) <= installed


def test_models_and_migrations_are_in_step(db):
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)


def test_spanish_catalogue_is_compiled_and_used():
    with translation.override("es"):
        assert translation.gettext("Skip to main content") == "Saltar al contenido principal"
        assert translation.gettext("Search the Hub") == "Buscar en el Hub"


def test_languages_are_english_and_spanish():
    assert [code for code, _name in settings.LANGUAGES] == ["en", "es"]
    assert settings.WAGTAIL_I18N_ENABLED
