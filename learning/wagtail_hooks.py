from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy
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


@hooks.register("register_admin_urls")
def register_course_report_urls():
    from learning.reports import course_report_urls

    return course_report_urls()


class CourseReportMenuItem(MenuItem):
    """Shown to staff who work on pages: editors, moderators and administrators."""

    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_course_report_menu_item():
    return CourseReportMenuItem(
        _("Courses"), reverse("learning_course_report"), icon_name="doc-full", order=700
    )
