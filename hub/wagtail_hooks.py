from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.menu import section_urls, works_on_pages
from hub.models import FooterText
from hub.translation_sync import update_translation_urls


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    menu_label = _("Footer text")
    list_display = ["mission_statement", "locale"]


register_snippet(FooterTextViewSet)


@hooks.register("register_admin_urls")
def register_section_urls():
    return section_urls() + update_translation_urls()


@hooks.register("construct_reports_menu")
def keep_translation_reports_for_content_staff(request, menu_items):
    """wagtail-localize's "Translations" report is about pages and snippets: show it to the
    staff who work on them, not to Alumni Relations or Mentorship staff."""
    if not works_on_pages(request.user):
        report = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != report]


import hub.translation_status  # noqa: E402,F401
from hub import moderation  # noqa: E402,F401
