from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from employers.admin_views import NominationViewSet
from employers.models import EmployerIndexPage, RecognitionCriterion
from hub.menu import EMPLOYERS_MENU_HOOK, SectionMenuItem, area_menu


class RecognitionCriterionViewSet(SnippetViewSet):
    """What NMF weighs when it recognises an employer. Editors write and translate them;
    designations are scored against them."""

    model = RecognitionCriterion
    icon = "pick"
    menu_label = _("Recognition criteria")
    menu_hook = EMPLOYERS_MENU_HOOK
    menu_order = 200
    list_display = ["name", "max_points", "foundational", "sort_order"]
    list_filter = ["foundational"]
    ordering = ["sort_order", "name"]


register_snippet(RecognitionCriterionViewSet)


@hooks.register("register_admin_viewset")
def register_employers_menu():
    return area_menu(_("Employers"), "pick", 320, EMPLOYERS_MENU_HOOK)


@hooks.register("register_admin_viewset")
def register_nomination_viewset():
    return NominationViewSet()


@hooks.register(EMPLOYERS_MENU_HOOK)
def register_employer_pages_menu_item():
    return SectionMenuItem(
        _("Employers of Choice pages"), EmployerIndexPage, icon_name="doc-full", order=100
    )
