"""Each report's menu item is offered only to the staff whose work it is."""

import pytest
from django.urls import reverse

from members.factories import staff_user
from members.permissions import ALUMNI_RELATIONS, EDITORS, MENTORSHIP_STAFF

pytestmark = pytest.mark.django_db

REPORTS = {
    "learning_course_report": {EDITORS},
    "resources_review_report": {EDITORS},
    "mentorship_programme_report": {MENTORSHIP_STAFF},
    "mentorship_slow_responders_report": {MENTORSHIP_STAFF},
    "alumni_reach_report": {ALUMNI_RELATIONS},
    "hub_translation_status_report": {EDITORS},
    "wagtail_localize:translations_report": {EDITORS},
}


@pytest.mark.parametrize("group_name", [EDITORS, MENTORSHIP_STAFF, ALUMNI_RELATIONS])
def test_report_menu_items_are_shown_only_to_their_staff(client, home_page, group_name):
    client.force_login(staff_user(group_name))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    for url_name, groups in REPORTS.items():
        assert (f'"{reverse(url_name)}"' in html) == (group_name in groups), url_name
