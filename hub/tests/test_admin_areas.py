"""The admin by area and by group: each group's menu holds its areas, its dashboard its work,
and no group reaches another's records."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.menu import admin_menu

from alumni.factories import AlumniRecordFactory, ClaimFactory, ImportBatchFactory
from alumni.models import BatchStatus, ClaimStatus
from learning.factories import LearningIndexPageFactory
from learning.models import LearningIndexPage
from members.factories import MemberFactory, staff_user
from members.permissions import ALUMNI_RELATIONS, EDITORS, MENTORSHIP_STAFF, MODERATORS
from mentorship.factories import CheckInFactory, MentorProfileFactory
from mentorship.models import MentorshipRequest, RequestStatus
from resources.factories import ResourcePageFactory

pytestmark = pytest.mark.django_db

PANELS = {
    "content_review": MODERATORS,
    "resources_due": EDITORS,
    "translations": EDITORS,
    "alumni_work": ALUMNI_RELATIONS,
    "mentorship_work": MENTORSHIP_STAFF,
}


def menu(rf, user):
    """The main menu's groups as {label: [item labels]} for ``user``."""
    reverse("wagtailadmin_home")  # the admin registers its viewsets (and menus) with its URLs
    request = rf.get("/admin/")
    request.user = user
    return {
        str(item.label): [str(child.label) for child in item.menu.menu_items_for_request(request)]
        for item in admin_menu.menu_items_for_request(request)
        if hasattr(item, "menu") and str(item.label) not in {"Reports", "Settings", "Help"}
    }


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        (
            EDITORS,
            {
                "Learning": ["Courses", "Topics", "People"],
                "Mentorship": ["Specialties", "Mentor directory pages"],
                "Employers": ["Employers of Choice pages", "Recognition criteria"],
                "Resources": ["Resource library", "Events calendar"],
            },
        ),
        (
            ALUMNI_RELATIONS,
            {
                "Employers": ["Nominations"],
                "Alumni": ["Alumni records", "Claims", "Imports", "Invitations"],
                "Resources": ["Event registrations"],
            },
        ),
    ],
)
def test_the_menu_groups_each_area_and_shows_only_what_the_group_uses(rf, group, expected):
    areas = menu(rf, staff_user(group))
    for area, items in expected.items():
        assert sorted(areas[area]) == sorted(items), area
    assert set(areas) == set(expected)


def test_a_section_shortcut_opens_the_section_in_the_page_explorer(client, home_page):
    catalogue = LearningIndexPageFactory(parent=home_page)
    client.force_login(staff_user(EDITORS))
    url = reverse("hub_explore_section", args=[LearningIndexPage._meta.label_lower])
    response = client.get(url)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_explore", args=[catalogue.pk])


def test_a_section_shortcut_is_refused_to_staff_who_do_not_work_on_pages(client, home_page):
    LearningIndexPageFactory(parent=home_page)
    client.force_login(staff_user(ALUMNI_RELATIONS))
    url = reverse("hub_explore_section", args=[LearningIndexPage._meta.label_lower])
    response = client.get(url)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


@pytest.fixture
def waiting_work(home_page):
    """Something waiting for every group."""
    ClaimFactory(status=ClaimStatus.PENDING)
    AlumniRecordFactory(needs_review=True)
    ImportBatchFactory(status=BatchStatus.PREVIEWED, error_count=3, row_count=40)
    ImportBatchFactory(status=BatchStatus.APPLIED, error_count=0, row_count=40)
    CheckInFactory(support_requested=True, support_note="We need help finding a time.")
    request = MentorshipRequest.objects.create(
        mentee=MemberFactory(),
        mentor=MentorProfileFactory().user,
        message="Could we talk about applying to cardiology fellowships?",
        goals=["career"],
        preferred_format="video",
    )
    MentorshipRequest.objects.filter(pk=request.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=30)
    )
    assert request.status == RequestStatus.PENDING
    ResourcePageFactory(parent=home_page, reviewed_on=datetime.date(2020, 1, 15))


@pytest.mark.parametrize("group", list(PANELS.values()))
def test_each_group_sees_its_own_waiting_work_and_no_one_elses(client, waiting_work, group):
    client.force_login(staff_user(group))
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    shown = {name for name in PANELS if f'id="{name}' in dashboard.text}
    assert shown == {name for name, owner in PANELS.items() if owner == group}


def test_the_panels_count_what_waits_and_link_to_it(client, waiting_work):
    client.force_login(staff_user(ALUMNI_RELATIONS))
    alumni = client.get("/admin/").text
    assert "1 claim waiting for review" in alumni
    assert "1 imported record needs review" in alumni
    assert "1 import file has rows with problems and was not applied" in alumni
    assert reverse("alumni_imports:index") in alumni

    client.force_login(staff_user(MENTORSHIP_STAFF))
    mentorship = client.get("/admin/").text
    assert "1 support request not yet answered" in mentorship
    assert "1 mentor has a request waiting more than" in mentorship
    assert reverse("mentorship_slow_responders_report") in mentorship

    client.force_login(staff_user(EDITORS))
    editors = client.get("/admin/").text
    assert "1 resource is due for review" in editors
    assert reverse("resources_review_report") in editors


@pytest.mark.parametrize("group", [EDITORS, MODERATORS])
def test_content_staff_cannot_reach_the_alumni_registry_or_mentorship_records(client, group):
    record = AlumniRecordFactory()
    client.force_login(staff_user(group))
    for url in [
        reverse("alumni_records:index"),
        reverse("alumni_records:inspect", args=[record.pk]),
        reverse("alumni_claims:index"),
        reverse("alumni_imports:index"),
        reverse("alumni_reach_report"),
        reverse("support_requests:index"),
        reverse("mentorship_slow_responders_report"),
    ]:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert record.last_name not in response.text


@pytest.mark.parametrize("group", [ALUMNI_RELATIONS, MENTORSHIP_STAFF])
def test_programme_staff_cannot_edit_pages_or_reviewed_snippets(client, home_page, group):
    client.force_login(staff_user(group))
    for url in [
        reverse("wagtailadmin_pages:edit", args=[home_page.pk]),
        reverse("wagtailadmin_pages:add_subpage", args=[home_page.pk]),
        reverse("wagtailsnippets_learning_topic:add"),
        reverse("wagtailsnippets_employers_recognitioncriterion:list"),
    ]:
        assert client.get(url).status_code in (302, 403), url


def test_a_member_without_a_staff_group_cannot_open_the_admin(client):
    client.force_login(MemberFactory())
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response.url


def test_the_content_checker_is_in_the_user_bar_for_staff_and_hidden_from_visitors(
    client, about_page
):
    assert 'id="checker-axe-configuration"' not in client.get(about_page.url).text
    client.force_login(staff_user(EDITORS))
    page = client.get(about_page.url).text
    assert 'id="checker-trigger"' in page
    assert 'id="checker-axe-configuration"' in page


@pytest.mark.parametrize("group", [EDITORS, MODERATORS])
def test_content_staff_keep_redirects_and_promoted_search_results(client, group):
    client.force_login(staff_user(group))
    for url_name in ["wagtailredirects:index", "wagtailredirects:add"]:
        assert client.get(reverse(url_name)).status_code == 200, url_name
    for url_name in ["wagtailsearchpromotions:index", "wagtailsearchpromotions:add"]:
        assert client.get(reverse(url_name)).status_code == 200, url_name


def test_programme_staff_do_not_reach_redirects(client):
    client.force_login(staff_user(MENTORSHIP_STAFF))
    assert client.get(reverse("wagtailredirects:index")).status_code == 302


def test_no_machine_translation_service_is_configured():
    from wagtail_localize.machine_translators import get_machine_translator

    assert get_machine_translator() is None
