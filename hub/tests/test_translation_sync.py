"""Updating the Spanish after the English changes: what was translated is kept, and only
those who may publish can publish the update straight away."""

import pytest
from django.urls import reverse
from wagtail.admin.menu import reports_menu
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.factories import StandardPageFactory
from members.factories import staff_user
from members.permissions import ALUMNI_RELATIONS, EDITORS, MODERATORS

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated(home_page, spanish_home, locales):
    """An English page translated into Spanish (title and introduction), published."""
    page = StandardPageFactory(
        parent=home_page,
        title="Paying down medical school debt",
        introduction="Choose a repayment plan that fits your residency salary.",
        body=[],
    )
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locales.es)
    spanish = {
        "Paying down medical school debt": "Cómo pagar la deuda de la escuela de medicina",
        "Choose a repayment plan that fits your residency salary.": (
            "Elija un plan de pago que se ajuste a su salario de residente."
        ),
    }
    for segment in source.stringsegment_set.select_related("string", "context"):
        if segment.string.data in spanish:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locales.es,
                context=segment.context,
                data=spanish[segment.string.data],
            )
    translation.save_target(publish=True)
    return page, source


def change_the_english(page):
    page.introduction = "Choose a repayment plan that fits your salary during residency."
    page.save_revision().publish()


def sync(client, source, publish):
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    return client.post(url, {"publish_translations": "on"} if publish else {})


def spanish_of(page, locales):
    return page.get_translation(locales.es).specific


def test_an_editor_is_not_offered_publish_immediately_and_cannot_force_it(
    client, translated, locales
):
    page, source = translated
    change_the_english(page)
    client.force_login(staff_user(EDITORS))
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    form = client.get(url)
    assert form.status_code == 200
    assert "publish_translations" not in form.text

    live_before = spanish_of(page, locales).live_revision_id
    assert sync(client, source, publish=True).status_code == 302
    spanish = spanish_of(page, locales)
    assert spanish.live_revision_id == live_before
    assert spanish.introduction == "Elija un plan de pago que se ajuste a su salario de residente."
    # The source now holds the new English, waiting for a translator.
    source.refresh_from_db()
    assert "during residency" in str(source.export_po())


def test_a_moderator_publishes_the_update_and_what_was_translated_is_kept(
    client, translated, locales
):
    page, source = translated
    change_the_english(page)
    client.force_login(staff_user(MODERATORS))
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert "publish_translations" in client.get(url).text
    sync(client, source, publish=True)
    spanish = spanish_of(page, locales)
    # The unchanged title keeps its Spanish; the changed sentence shows the new English
    # until someone translates it.
    assert spanish.title == "Cómo pagar la deuda de la escuela de medicina"
    assert spanish.introduction == (
        "Choose a repayment plan that fits your salary during residency."
    )


def test_the_translations_report_is_in_the_reports_menu_only_for_content_staff(rf):
    report = reverse("wagtail_localize:translations_report")

    def menu_urls(user):
        request = rf.get("/admin/")
        request.user = user
        return [item.url for item in reports_menu.menu_items_for_request(request)]

    assert report in menu_urls(staff_user(EDITORS))
    assert report not in menu_urls(staff_user(ALUMNI_RELATIONS))
