from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from learning.models import Person, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "folder-open-inverse"
    menu_label = _("Topics")
    list_display = ["name", "slug", "locale"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "credentials", "locale"]
    search_fields = ["name"]


register_snippet(TopicViewSet)
register_snippet(PersonViewSet)
