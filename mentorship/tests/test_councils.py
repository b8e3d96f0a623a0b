import datetime

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from conftest import publish_translation
from mentorship.factories import (
    CouncilIndexPageFactory,
    CouncilMembershipFactory,
    CouncilPageFactory,
)
from mentorship.models import CouncilMessage

pytestmark = pytest.mark.django_db


@pytest.fixture
def council(home_page):
    index = CouncilIndexPageFactory(parent=home_page)
    council = CouncilPageFactory(
        parent=index, title="National Alumni Council", contact_email="private-council@nmf.example"
    )
    today = timezone.localdate()
    year = datetime.timedelta(days=365)
    CouncilMembershipFactory(
        council=council,
        name="Current Chair",
        role="chair",
        term_start=today - year,
        term_end=today + year,
    )
    CouncilMembershipFactory(
        council=council,
        name="Open Ended Liaison",
        role="staff_liaison",
        term_start=today - year,
        term_end=None,
    )
    CouncilMembershipFactory(
        council=council, name="Ended Last Year", term_start=today - 4 * year, term_end=today - year
    )
    CouncilMembershipFactory(
        council=council,
        name="Ended Long Ago",
        term_start=today - 8 * year,
        term_end=today - 5 * year,
    )
    CouncilMembershipFactory(
        council=council, name="Starts Next Year", term_start=today + year, term_end=today + 3 * year
    )
    return council


def section(html, heading):
    start = html.index(heading)
    return html[start : html.index("</section>", start)]


def test_current_and_past_members_follow_their_term_dates(client, council):
    html = client.get(council.url).content.decode()
    current = section(html, 'id="members-heading"')
    past = section(html, 'id="past-heading"')
    assert "Current Chair" in current and "Open Ended Liaison" in current
    assert "Ended Last Year" in past and "Ended Long Ago" in past
    assert "Ended Last Year" not in current and "Ended Long Ago" not in current
    assert past.index("Ended Last Year") < past.index("Ended Long Ago")
    assert "Starts Next Year" not in html


def test_a_term_that_ends_today_is_still_current(client, council):
    membership = council.memberships.get(name="Current Chair")
    membership.term_end = timezone.localdate()
    membership.save()
    assert "Current Chair" in section(
        client.get(council.url).content.decode(), 'id="members-heading"'
    )


def test_the_contact_form_sends_to_staff_and_never_shows_the_address(client, council):
    html = client.get(council.url).content.decode()
    assert "private-council@nmf.example" not in html
    response = client.post(
        council.url + "contact/",
        {
            "name": "Rosa Díaz",
            "email": "rosa@example.org",
            "message": "How do I nominate a colleague?",
        },
    )
    assert response.status_code == 302
    message = CouncilMessage.objects.get()
    assert message.council_id == council.pk and message.language == "en"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["private-council@nmf.example"]
    assert "How do I nominate a colleague?" in mail.outbox[0].body
    followed = client.get(response["Location"]).content.decode()
    assert "Thank you. Your message is with" in followed


def test_the_contact_form_re_renders_with_errors_and_keeps_the_message(client, council):
    response = client.post(
        council.url + "contact/", {"name": "", "email": "not-an-email", "message": "Keep me"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please check the form" in html
    assert "Keep me" in html
    assert not CouncilMessage.objects.exists()
    assert not mail.outbox


def test_software_filling_the_hidden_field_sends_nothing(client, council):
    response = client.post(
        council.url + "contact/",
        {"name": "Bot", "email": "bot@example.org", "message": "Buy now", "website": "http://spam"},
    )
    assert response.status_code == 302
    assert not CouncilMessage.objects.exists() and not mail.outbox


def test_the_index_lists_its_councils(client, council):
    html = client.get(council.get_parent().url).content.decode()
    assert "National Alumni Council" in html and "Quarterly by video" in html


def test_council_page_reads_in_spanish_with_the_same_members(
    client, council, locales, spanish_home
):
    spanish_index = publish_translation(council.get_parent().specific, locales.es, title="Consejos")
    assert spanish_index.live
    spanish = publish_translation(council, locales.es, title="Consejo Nacional de Exalumnos")
    html = client.get(spanish.url).content.decode()
    assert 'lang="es"' in html
    assert "Current Chair" in html
    assert "Presidencia" in html
    assert "Miembros anteriores" in html


def test_editors_can_create_a_council_with_members(admin_client, council):
    index = council.get_parent()
    data = nested_form_data(
        {
            "title": "Young Leaders Council",
            "slug": "young-leaders-council",
            "introduction": "Students and early-career clinicians.",
            "charter": streamfield([]),
            "meeting_cadence": "Every other month",
            "how_to_join": rich_text("<p>Apply in spring.</p>"),
            "contact_email": "ylc@example.org",
            "memberships": {
                "TOTAL_FORMS": 1,
                "INITIAL_FORMS": 0,
                "MIN_NUM_FORMS": 0,
                "MAX_NUM_FORMS": 1000,
                "0-name": "Jordan Lee",
                "0-credentials": "MD candidate",
                "0-affiliation": "UCSF, San Francisco, CA",
                "0-role": "member",
                "0-term_start": "2026-07-01",
                "0-term_end": "2028-06-30",
                "0-member": "",
                "0-ORDER": "1",
                "0-DELETE": "",
                "0-id": "",
            },
        }
    )
    response = admin_client.post(f"/admin/pages/add/mentorship/councilpage/{index.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    from mentorship.models import CouncilPage

    created = CouncilPage.objects.get(slug="young-leaders-council", locale=index.locale)
    assert created.memberships.get().name == "Jordan Lee"
    # The Spanish tree is kept in step: a Spanish page shows the English until translated.
    spanish = CouncilPage.objects.get(slug="young-leaders-council", locale__language_code="es")
    assert spanish.alias_of_id == created.pk
