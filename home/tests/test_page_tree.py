import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.blocks import LinkBlock, OptionalLinkBlock
from home.factories import HomePageFactory
from home.models import HomePage, StandardPage


class PageTreeRulesTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.home = HomePageFactory(parent=Page.get_first_root_node())

    def test_home_page_sits_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_standard_pages_go_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(Page, StandardPage)

    def test_editor_can_create_a_standard_page_with_every_block(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Frequently asked questions",
                    "slug": "faq",
                    "introduction": "Answers to what members ask most.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Joining", "level": "h2"}),
                            ("paragraph", rich_text("<p>The Hub is free to join.</p>")),
                            (
                                "quote",
                                {
                                    "quote": "My mentor changed my path.",
                                    "attribution": "A resident",
                                    "role": "",
                                },
                            ),
                            (
                                "call_to_action",
                                {
                                    "heading": "Find a mentor",
                                    "text": "Mentors in every specialty.",
                                    "button": {
                                        "label": "Browse mentors",
                                        "page": "",
                                        "url": "https://nmfonline.org/",
                                    },
                                },
                            ),
                            (
                                "accordion",
                                {
                                    "heading": "Questions",
                                    "items": streamfield(
                                        [
                                            (
                                                "item",
                                                {
                                                    "question": "Who can join?",
                                                    "answer": rich_text(
                                                        "<p>Scholars and alumni.</p>"
                                                    ),
                                                },
                                            )
                                        ]
                                    ),
                                },
                            ),
                        ]
                    ),
                }
            ),
        )

    def test_editor_can_create_a_home_page_section_by_section(self):
        root = Page.get_first_root_node()
        self.assertCanCreate(
            root,
            HomePage,
            nested_form_data(
                {
                    "title": "Inicio",
                    "slug": "inicio",
                    "hero_heading": "Bienvenido",
                    "introduction": "",
                    "hero_button_label": "",
                    "sections": streamfield(
                        [
                            (
                                "text",
                                {"heading": "Why a network", "text": rich_text("<p>Together.</p>")},
                            ),
                            (
                                "mentor_call_to_action",
                                {
                                    "heading": "Become a mentor",
                                    "text": "",
                                    "button": {
                                        "label": "Volunteer",
                                        "page": str(self.home.pk),
                                        "url": "",
                                    },
                                },
                            ),
                        ]
                    ),
                }
            ),
        )


@pytest.mark.parametrize(("to_page", "url"), [(False, ""), (True, "https://nmfonline.org/")])
def test_a_link_needs_exactly_one_destination(home_page, to_page, url):
    block = LinkBlock()
    value = block.to_python({"label": "Go", "page": home_page.pk if to_page else None, "url": url})
    with pytest.raises(ValidationError):
        block.clean(value)


def test_a_link_to_a_page_leads_to_its_address(home_page):
    block = LinkBlock()
    value = block.clean(block.to_python({"label": "Go", "page": home_page.pk, "url": ""}))
    assert value.href == home_page.url
    assert not value.is_external


def test_an_optional_link_may_be_left_empty_but_not_half_filled(home_page):
    block = OptionalLinkBlock()
    assert block.clean(block.to_python({"label": "", "page": None, "url": ""}))["label"] == ""
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "", "page": None, "url": "https://nmfonline.org/"}))
