from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from employers.admin_views import NominationViewSet
from employers.models import RecognitionCriterion


class RecognitionCriterionViewSet(SnippetViewSet):
    """What NMF weighs when it recognises an employer. Editors write and translate them;
    designations are scored against them."""

    model = RecognitionCriterion
    icon = "pick"
    menu_label = _("Recognition criteria")
    list_display = ["name", "max_points", "foundational", "sort_order"]
    list_filter = ["foundational"]
    ordering = ["sort_order", "name"]


register_snippet(RecognitionCriterionViewSet)


@hooks.register("register_admin_viewset")
def register_nomination_viewset():
    return NominationViewSet()
