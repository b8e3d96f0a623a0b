"""The block picker: each block editors can pick has a sentence saying what it is for and a
preview that renders an example in the site's own stylesheet."""

import html
import re

import pytest
import wagtail_factories
from django.apps import apps
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.rich_text import RichText

from employers.blocks import ScoresBlock
from employers.factories import EmployerIndexPageFactory
from employers.models import RecognitionCriterion
from home.blocks import BodyBlock, HomeSectionBlock
from hub.factories import ImageFactory
from learning.blocks import LessonBlock
from learning.factories import CoursePageFactory, LearningIndexPageFactory
from tests.test_project import HUB_APPS

# Picked from the event materials' picker, documents have no example worth showing.
WITHOUT_PREVIEW = {"EventPage.document"}


def stream_blocks():
    """Every kind of block in a StreamField of the Hub, once each, named after the first model
    that offers it, with whether editors choose it from a block picker (a stream with more
    than one kind of block)."""
    found = {}
    for app in HUB_APPS:
        for model in apps.get_app_config(app).get_models():
            for field in model._meta.get_fields():
                if not isinstance(field, StreamField):
                    continue
                children = field.stream_block.child_blocks
                for name, block in children.items():
                    found.setdefault(
                        block.definition_prefix,
                        (f"{model.__name__}.{name}", block, len(children) > 1),
                    )
    return sorted(found.values(), key=lambda item: item[0])


STREAM_BLOCKS = stream_blocks()
PICKED = [
    (name, block) for name, block, picked in STREAM_BLOCKS if picked and name not in WITHOUT_PREVIEW
]
PREVIEWED = [(name, block) for name, block, _picked in STREAM_BLOCKS if block.is_previewable]


def preview_texts(value):
    """The sentences in a block's ``preview_value``, as a visitor reads them."""
    if isinstance(value, dict):
        return [text for item in value.values() for text in preview_texts(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in preview_texts(item)]
    if value is None or isinstance(value, bool | int):
        return []
    source = value.source if isinstance(value, RichText) else str(value)
    pieces = (piece.strip() for piece in re.split(r"<[^>]+>", source))
    return [piece for piece in pieces if " " in piece and not piece.startswith("http")]


def preview(client, block):
    response = client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    return response, html.unescape(response.content.decode())


def test_the_walk_finds_the_blocks_of_every_kind_of_streamfield():
    assert {name for name, _block in PICKED} >= {
        "StandardPage.paragraph",
        "HomePage.featured_courses",
        "ModulePage.callout",
        "VolunteerProtocolPage.roles",
        "EventPage.link",
    }
    assert {name for name, _block in PREVIEWED} >= {"ModulePage.question", "Designation.score"}


@pytest.mark.parametrize(("name", "block"), PICKED, ids=[name for name, _b in PICKED])
def test_every_block_in_a_picker_says_what_it_is_for_and_shows_an_example(name, block):
    assert str(block.get_description()).strip(), f"{name} has no description"
    assert block.is_previewable, f"{name} has no preview"


@pytest.mark.parametrize(("name", "block"), PREVIEWED, ids=[name for name, _b in PREVIEWED])
def test_each_preview_renders_its_example_in_the_site_stylesheet(
    admin_client, home_page, name, block
):
    response, text = preview(admin_client, block)

    assert response.status_code == 200
    assert '<link rel="stylesheet" href="/static/css/hub.css">' in text
    assert 'class="container prose block-preview"' in text
    # Blocks whose example comes from the library (an image) are checked one by one below.
    expected = preview_texts(getattr(block.meta, "preview_value", None))
    for sentence in expected:
        assert sentence in text


def test_image_preview_shows_the_newest_image_with_its_alt_text(admin_client, db):
    ImageFactory(description="An older picture of the library")
    ImageFactory(description="Two residents reviewing a chart together on the ward")

    response, text = preview(admin_client, BodyBlock.base_blocks["image"])

    assert response.status_code == 200
    assert 'alt="Two residents reviewing a chart together on the ward"' in text
    assert "older picture" not in text


def test_image_preview_renders_before_any_image_is_uploaded(admin_client, db):
    response, text = preview(admin_client, LessonBlock.base_blocks["image"])
    assert response.status_code == 200
    assert "<img" not in text


def test_download_preview_links_to_a_document_from_the_library(admin_client, db):
    document = wagtail_factories.DocumentFactory(title="Budget worksheet")

    response, text = preview(admin_client, LessonBlock.base_blocks["download"])

    assert response.status_code == 200
    assert f'href="{document.url}"' in text
    assert "Contract review checklist (PDF)" in text


def test_featured_courses_preview_shows_live_courses(admin_client, home_page):
    library = LearningIndexPageFactory(parent=home_page)
    CoursePageFactory(parent=library, title="Residency contracts, clause by clause")

    response, text = preview(admin_client, HomeSectionBlock.base_blocks["featured_courses"])

    assert response.status_code == 200
    assert "Residency contracts, clause by clause" in text


def test_featured_employers_preview_shows_employers_not_courses(admin_client, home_page):
    library = LearningIndexPageFactory(parent=home_page)
    CoursePageFactory(parent=library, title="Residency contracts, clause by clause")
    EmployerIndexPageFactory(parent=home_page)

    response, text = preview(admin_client, HomeSectionBlock.base_blocks["featured_employers"])

    assert response.status_code == 200
    assert "Employers of Choice" in text
    assert "Residency contracts" not in text


def test_score_preview_scores_a_real_criterion_within_its_points(admin_client, locales):
    criterion = RecognitionCriterion.scored().first()
    block = ScoresBlock.base_blocks["score"]

    response, text = preview(admin_client, block)

    assert response.status_code == 200
    assert criterion.name in text
    assert block.get_preview_value()["points"] <= criterion.max_points
