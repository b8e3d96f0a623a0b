"""Editors can preview every page type in every mode it offers before they publish."""

import html

import pytest
from wagtail.models import Page, get_page_models

from home.models import HomePage
from tests.test_project import factories_by_model

PAGE_TYPES = sorted(
    (model for model in get_page_models() if model is not Page), key=lambda model: model.__name__
)


def headline_field(model):
    """The field visitors read as the page's name: the home page greets them with its hero
    heading and never shows its title."""
    return "hero_heading" if model is HomePage else "title"


def build(model, home_page, factories, built):
    """A page of type ``model`` made by its factory, under the first parent type it allows
    (each parent built the same way, once)."""
    if model in built:
        return built[model]
    if model is type(home_page):
        built[model] = home_page
        return home_page
    parent_model = next(
        parent for parent in model.allowed_parent_page_models() if parent is not Page
    )
    parent = build(parent_model, home_page, factories, built)
    built[model] = factories[model](parent=parent)
    return built[model]


@pytest.fixture
def page_of_type(home_page):
    factories = factories_by_model()
    built = {}
    return lambda model: build(model, home_page, factories, built)


@pytest.mark.parametrize("model", PAGE_TYPES, ids=[model.__name__ for model in PAGE_TYPES])
def test_every_page_type_can_be_previewed(model):
    assert model().preview_modes, f"{model.__name__} offers no preview"


@pytest.mark.parametrize("model", PAGE_TYPES, ids=[model.__name__ for model in PAGE_TYPES])
def test_each_preview_mode_renders_the_page(page_of_type, model):
    page = page_of_type(model)

    for mode, _label in page.preview_modes:
        response = page.make_preview_request(original_request=None, preview_mode=mode)

        assert response.status_code == 200, f"{model.__name__} preview {mode!r}"
        assert getattr(page, headline_field(model)) in html.unescape(response.content.decode())


@pytest.mark.parametrize("model", PAGE_TYPES, ids=[model.__name__ for model in PAGE_TYPES])
def test_a_draft_change_shows_in_the_preview(page_of_type, model):
    """The preview shows what the editor has typed, not what is live."""
    page = page_of_type(model)
    setattr(page, headline_field(model), "A draft heading nobody has published yet")

    response = page.make_preview_request(
        original_request=None, preview_mode=page.default_preview_mode
    )

    assert response.status_code == 200
    assert "A draft heading nobody has published yet" in response.content.decode()
