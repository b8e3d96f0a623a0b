import pytest
import wagtail_factories
from django.utils import timezone
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from conftest import publish_translation
from home.factories import StandardPageFactory

VIDEO_URL = "https://www.youtube.com/watch?v=hub-demo"


@pytest.fixture
def cached_embed(db):
    """A stored embed, so rendering never asks a provider over the network."""
    return Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html=(
            '<iframe src="https://www.youtube-nocookie.com/embed/hub-demo" title="Video"></iframe>'
        ),
        title="Planning for loan forgiveness",
        width=640,
        height=360,
        cache_until=None,
        last_updated=timezone.now(),
    )


def every_body_block(image, link_page):
    return [
        {"type": "heading", "value": {"text": "Planning your loans", "level": "h2"}},
        {"type": "heading", "value": {"text": "Income-driven plans", "level": "h3"}},
        {"type": "paragraph", "value": "<p>Know your <b>servicer</b> and your plan.</p>"},
        {
            "type": "image",
            "value": {"image": image.pk, "alt_text": "Two residents talking", "decorative": False},
        },
        {
            "type": "quote",
            "value": {"quote": "Ask early.", "attribution": "An NMF scholar", "role": "Resident"},
        },
        {
            "type": "call_to_action",
            "value": {
                "heading": "Talk to a mentor",
                "text": "Mentors have been where you are.",
                "button": {"label": "Find a mentor", "page": link_page.pk, "url": ""},
            },
        },
        {
            "type": "accordion",
            "value": {
                "heading": "Common questions",
                "items": [
                    {"question": "Is the Hub free?", "answer": "<p>Yes, it is free to join.</p>"}
                ],
            },
        },
        {
            "type": "embed",
            "value": {
                "embed": VIDEO_URL,
                "title": "Planning for loan forgiveness",
                "transcript": "<p>Welcome.</p>",
            },
        },
    ]


def test_standard_page_renders_every_block(client, home_page, cached_embed):
    image = wagtail_factories.ImageFactory(title="Residents")
    page = StandardPageFactory(
        parent=home_page, slug="loans", body=every_body_block(image, home_page)
    )

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.text
    assert "<h1>" + page.title + "</h1>" in html
    assert "<h2>Planning your loans</h2>" in html
    assert "<h3>Income-driven plans</h3>" in html
    assert "<b>servicer</b>" in html
    assert 'alt="Two residents talking"' in html
    assert "<blockquote><p>Ask early.</p></blockquote>" in html
    assert 'class="button button--primary" href="/en/"' in html
    assert "<summary>Is the Hub free?</summary>" in html
    assert "youtube-nocookie.com/embed/hub-demo" in html
    assert "Read the transcript" in html


def test_decorative_image_has_empty_alt_text(client, home_page):
    image = wagtail_factories.ImageFactory(title="Pattern")
    body = [{"type": "image", "value": {"image": image.pk, "alt_text": "", "decorative": True}}]
    page = StandardPageFactory(parent=home_page, slug="decor", body=body)
    assert 'alt=""' in client.get(page.url).text


def home_sections(featured_pages, link_page):
    button = {"label": "Find a mentor", "page": link_page.pk, "url": ""}
    more = {"label": "See all", "page": link_page.pk, "url": ""}
    featured = [page.pk for page in featured_pages]
    return [
        {
            "type": "featured_courses",
            "value": {
                "heading": "Featured courses",
                "introduction": "",
                "pages": featured,
                "more": more,
            },
        },
        {
            "type": "featured_employers",
            "value": {
                "heading": "Employers of Choice",
                "introduction": "",
                "pages": featured,
                "more": more,
            },
        },
        {
            "type": "mentor_call_to_action",
            "value": {"heading": "Mentors wanted", "text": "Give an hour.", "button": button},
        },
        {
            "type": "upcoming_events",
            "value": {
                "heading": "Upcoming events",
                "introduction": "",
                "how_many": 3,
                "more": more,
            },
        },
        {
            "type": "claim_call_to_action",
            "value": {"heading": "Did NMF support you?", "text": "Ask us.", "button": button},
        },
        {
            "type": "text",
            "value": {"heading": "Why a network", "text": "<p>Together we go further.</p>"},
        },
    ]


def test_home_page_renders_every_section(client, home_page):
    featured = [StandardPageFactory(parent=home_page, title=f"Course {n}") for n in range(2)]
    home_page.sections = home_sections(featured, featured[0])
    home_page.hero_button_label = "Explore courses"
    home_page.hero_button_page = featured[0]
    home_page.save_revision().publish()

    html = client.get("/en/").text

    assert home_page.hero_heading in html
    assert f'href="{featured[0].url}">Explore courses</a>' in html
    for heading in [
        "Featured courses",
        "Employers of Choice",
        "Mentors wanted",
        "Upcoming events",
        "Did NMF support you?",
        "Why a network",
    ]:
        assert heading in html
    assert html.count(">Course 1</a>") == 2


def test_home_page_skips_featured_pages_that_were_unpublished(client, home_page):
    featured = StandardPageFactory(parent=home_page, title="Withdrawn course")
    home_page.sections = home_sections([featured], home_page)
    home_page.save_revision().publish()
    featured.unpublish()
    assert "Withdrawn course" not in client.get("/en/").text


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_page_type_renders_in_both_languages(client, spanish_about, language):
    for path in [f"/{language}/", f"/{language}/about/"]:
        response = client.get(path)
        assert response.status_code == 200
        assert f'<html lang="{language}">' in response.text


@pytest.mark.parametrize("featured_count", [1, 6])
def test_home_page_queries_do_not_grow_with_featured_items(
    client, home_page, spanish_home, django_assert_max_num_queries, featured_count
):
    featured = [
        StandardPageFactory(parent=home_page, title=f"Course {n}") for n in range(featured_count)
    ]
    for page in featured:
        publish_translation(page, spanish_home.locale, title=f"Curso {page.pk}")
    home_page.sections = home_sections(featured, featured[0]) * 2
    home_page.save_revision().publish()
    client.get("/en/")  # warm the per-process caches (site root paths, locales)

    # Each "upcoming events" section reads the view restrictions and the events (no events here).
    with django_assert_max_num_queries(29):
        response = client.get("/en/")
    assert response.status_code == 200


@pytest.mark.parametrize("blocks", [1, 20])
def test_standard_page_queries_do_not_grow_with_content(
    client, home_page, spanish_home, django_assert_max_num_queries, blocks
):
    link_page = StandardPageFactory(parent=home_page, slug="target")
    body = [
        {
            "type": "call_to_action",
            "value": {
                "heading": f"Step {n}",
                "text": "",
                "button": {"label": "Go", "page": link_page.pk, "url": ""},
            },
        }
        for n in range(blocks)
    ]
    page = StandardPageFactory(parent=home_page, slug="long", body=body)
    for number in range(blocks):
        StandardPageFactory(parent=home_page, slug=f"menu-{number}", show_in_menus=True)
    client.get(page.url)

    with django_assert_max_num_queries(16):
        assert client.get(page.url).status_code == 200
