"""The resource library and the events calendar in a real browser: finding a guide and
downloading its document, registering for an event, and accessibility in both languages."""

import re

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect
from wagtail.documents.models import Document
from wagtail.models import Locale

from conftest import publish_translation
from home.models import HomePage
from learning.models import Topic
from members.factories import MemberFactory
from resources.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    in_days,
)
from resources.models import Registration, ResourceDocument
from tests.browser.axe import assert_accessible
from tests.browser.test_members import sign_in


@pytest.fixture
def files_on_disk(settings, tmp_path):
    """Documents stored as in production, so the browser can download them."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }


def english_home():
    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def library(demo_site):
    return ResourceIndexPageFactory(parent=english_home(), title="Library", slug="library-test")


@pytest.fixture
def calendar(demo_site):
    return EventIndexPageFactory(parent=english_home(), title="Calendar", slug="calendar-test")


def test_a_visitor_finds_a_guide_by_topic_and_downloads_its_document(
    page, demo_site, library, files_on_disk
):
    topic = Topic.objects.filter(locale=Locale.get_default()).order_by("name").first()
    other = Topic.objects.filter(locale=Locale.get_default()).exclude(pk=topic.pk).first()
    guide = ResourcePageFactory(
        parent=library, title="Your first contract, clause by clause", topic=topic
    )
    ResourcePageFactory(parent=library, title="Saving in a 403(b)", topic=other)
    document = Document.objects.create(
        title="Contract review checklist",
        file=ContentFile(b"1. Compensation\n2. Non-compete\n3. Tail coverage\n", "checklist.txt"),
    )
    ResourceDocument.objects.create(page=guide, document=document)

    page.goto(f"{demo_site}{library.url}")
    page.get_by_role("navigation", name="Topics").get_by_role("link", name=topic.name).click()
    expect(page).to_have_url(re.compile(rf"topic={topic.slug}"))
    expect(page.get_by_role("link", name="Saving in a 403(b)")).to_have_count(0)
    assert_accessible(page)
    page.get_by_role("link", name=guide.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(guide.title)
    assert_accessible(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Contract review checklist").click()
    assert download.value.suggested_filename == "checklist.txt"


def test_a_member_registers_for_an_event_and_sees_it_on_my_hub(browser, page, demo_site, calendar):
    event = EventPageFactory(
        parent=calendar, title="Negotiation night", starts_at=in_days(10), capacity=1
    )
    member = MemberFactory(email="registrant@example.org")
    page.goto(f"{demo_site}{event.url}")
    expect(page.get_by_role("link", name="Sign in to register")).to_be_visible()
    sign_in(page, demo_site, member.email)
    page.goto(f"{demo_site}{event.url}")
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_text("You are registered", exact=True)).to_be_visible()
    assert_accessible(page)
    page.goto(f"{demo_site}/en/my/")
    panel = page.locator("section").filter(
        has=page.get_by_role("heading", name="Your upcoming events")
    )
    expect(panel.get_by_role("link", name="Negotiation night")).to_be_visible()

    # The event is full: the next member waits, and gets the place when the first cancels.
    other = browser.new_context()
    second = other.new_page()
    waiting = MemberFactory(email="waiting@example.org")
    sign_in(second, demo_site, waiting.email)
    second.goto(f"{demo_site}{event.url}")
    second.get_by_role("button", name="Join the waiting list").click()
    expect(second.get_by_text(re.compile("^You are number 1 on the waiting list"))).to_be_visible()
    other.close()
    page.goto(f"{demo_site}{event.url}")
    page.get_by_role("button", name="Cancel my registration").click()
    expect(page.get_by_text("Your registration is cancelled.", exact=False)).to_be_visible()
    assert Registration.objects.get(user=waiting).status == "registered"


@pytest.mark.parametrize("language", ["en", "es"])
def test_resource_and_event_pages_have_no_serious_accessibility_problems(
    page, demo_site, library, calendar, language
):
    resource = ResourcePageFactory(parent=library, title="Loan repayment basics", featured=True)
    upcoming = EventPageFactory(parent=calendar, title="Council town hall", starts_at=in_days(5))
    past = EventPageFactory(
        parent=calendar,
        title="Retirement in residency",
        starts_at=in_days(-20),
        recording_url="https://video.example.org/retirement",
    )
    pages = [library, resource, calendar, upcoming, past]
    if language == "es":
        spanish = Locale.objects.get(language_code="es")
        publish_translation(library, spanish)
        publish_translation(calendar, spanish)
        pages = [
            publish_translation(item, spanish)
            if item not in (library, calendar)
            else item.get_translation(spanish)
            for item in pages
        ]
    for item in pages:
        page.goto(f"{demo_site}{item.url}")
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert_accessible(page)
    page.goto(f"{demo_site}{pages[0].url}?topic=nonsense&type=zzz&stage=1")
    assert_accessible(page)
