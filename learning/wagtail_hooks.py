from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.menu import (
    LEARNING_MENU_HOOK,
    PermittedMenuItem,
    SectionMenuItem,
    area_menu,
    works_on_pages,
)
from learning.models import LearningIndexPage, Person, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "folder-open-inverse"
    menu_label = _("Topics")
    menu_hook = LEARNING_MENU_HOOK
    menu_order = 200
    list_display = ["name", "slug", "locale"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    menu_hook = LEARNING_MENU_HOOK
    menu_order = 300
    list_display = ["name", "credentials", "locale"]
    search_fields = ["name"]


register_snippet(TopicViewSet)
register_snippet(PersonViewSet)


@hooks.register("register_admin_viewset")
def register_learning_menu():
    return area_menu(_("Learning"), "doc-full-inverse", 300, LEARNING_MENU_HOOK)


@hooks.register(LEARNING_MENU_HOOK)
def register_courses_menu_item():
    return SectionMenuItem(_("Courses"), LearningIndexPage, icon_name="doc-full", order=100)


@hooks.register("register_admin_urls")
def register_course_report_urls():
    from learning.reports import course_report_urls

    return course_report_urls()


@hooks.register("register_reports_menu_item")
def register_course_report_menu_item():
    return PermittedMenuItem(
        _("Courses"),
        reverse("learning_course_report"),
        icon_name="doc-full",
        order=700,
        shown_to=works_on_pages,
    )
