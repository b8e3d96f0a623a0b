from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.menu import section_urls
from hub.models import FooterText


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    menu_label = _("Footer text")
    list_display = ["mission_statement", "locale"]


register_snippet(FooterTextViewSet)


@hooks.register("register_admin_urls")
def register_section_urls():
    return section_urls()


from hub import moderation  # noqa: E402,F401
