"""Inline objects with words of their own — an employer's designations, a resource's documents
and links — are translated with their page. wagtail-localize offers their text for translation,
and syncing the Spanish page after an English change keeps what was translated instead of
copying the English over it."""

import pytest
import wagtail_factories
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from conftest import publish_translation
from employers.factories import EmployerIndexPageFactory, EmployerPageFactory, designate
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
from resources.models import ResourceDocument, ResourceLink


def translate_strings(page, locale, words):
    """Translate ``page`` into ``locale`` as an editor would in wagtail-localize's editor:
    the strings in ``words`` get their translation, the rest stay in the source language."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in source.stringsegment_set.select_related("string", "context"):
        if segment.string.data in words:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": words[segment.string.data]},
            )
    translation.save_target(publish=True)
    return page.get_translation(locale)


def sync(page, locale):
    """What "Sync translated pages" does after the English page changes."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    Translation.objects.get(source=source, target_locale=locale).save_target(publish=True)
    return page.get_translation(locale)


@pytest.fixture
def employer(home_page, spanish_home, locales):
    index = EmployerIndexPageFactory(parent=home_page)
    publish_translation(index, locales.es)
    page = EmployerPageFactory(parent=index)
    designate(page, 2026, citation="For paid pathways from local high schools into nursing.")
    page.save_revision().publish()
    return page


@pytest.fixture
def resource(home_page, spanish_home, locales):
    library = ResourceIndexPageFactory(parent=home_page)
    publish_translation(library, locales.es)
    page = ResourcePageFactory(parent=library)
    page.documents = [
        ResourceDocument(
            document=wagtail_factories.DocumentFactory(), title="Loan inventory worksheet"
        )
    ]
    page.links = [
        ResourceLink(
            url="https://studentaid.gov/",
            title="Federal Student Aid",
            description="Your federal loans and repayment plans, from the official source.",
        )
    ]
    page.save_revision().publish()
    return page


def test_a_designation_citation_is_translated_and_kept_through_a_sync(employer, locales):
    spanish = translate_strings(
        employer,
        locales.es,
        {
            "For paid pathways from local high schools into nursing.": (
                "Por sus programas remunerados desde escuelas secundarias locales hacia la "
                "enfermería."
            )
        },
    )
    designation = spanish.designations.get()
    assert designation.locale == locales.es
    assert designation.year == 2026
    assert designation.citation.startswith("Por sus programas")
    assert designation.translation_key == employer.designations.get().translation_key

    employer.introduction = "Twelve hospitals, and a thirteenth opening in 2027."
    employer.save_revision().publish()
    spanish = sync(employer, locales.es)
    assert spanish.designations.get().citation.startswith("Por sus programas")


def test_a_new_english_designation_reaches_the_spanish_page_on_sync(employer, locales):
    translate_strings(employer, locales.es, {})
    designate(employer, 2025, citation="For a mentoring circle for first-year residents.")
    employer.save_revision().publish()
    spanish = sync(employer, locales.es)
    assert sorted(spanish.designations.values_list("year", flat=True)) == [2025, 2026]
    assert set(spanish.designations.values_list("locale", flat=True)) == {locales.es.pk}


def test_resource_documents_and_links_are_translated_and_kept_through_a_sync(resource, locales):
    spanish = translate_strings(
        resource,
        locales.es,
        {
            "Loan inventory worksheet": "Hoja de inventario de préstamos",
            "Your federal loans and repayment plans, from the official source.": (
                "Sus préstamos federales y planes de pago, de la fuente oficial."
            ),
        },
    )
    resource.title = "Know what you owe"
    resource.save_revision().publish()
    spanish = sync(resource, locales.es)

    document = spanish.documents.get()
    link = spanish.links.get()
    assert document.title == "Hoja de inventario de préstamos"
    assert document.document == resource.documents.get().document
    assert link.description == "Sus préstamos federales y planes de pago, de la fuente oficial."
    assert link.url == "https://studentaid.gov/"
    assert {document.locale, link.locale} == {locales.es}
