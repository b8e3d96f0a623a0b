import csv
import io

from django.contrib.auth.models import Group
from django.utils import timezone

from learning.factories import CoursePageFactory
from learning.models import Enrollment, ModuleProgress
from members.factories import MemberFactory

REPORT = "/admin/reports/courses/"


def enrol(course, module_key=None, completed=False, score=None, when=None):
    member = MemberFactory()
    enrollment = Enrollment.objects.create(
        user=member,
        course_key=course.translation_key,
        completed_at=timezone.now() if completed else None,
    )
    if when:
        Enrollment.objects.filter(pk=enrollment.pk).update(started_at=when)
    if module_key:
        ModuleProgress.objects.create(
            user=member, course_key=course.translation_key, module_key=module_key, best_score=score
        )
    return member


def test_report_numbers_match_the_data(admin_client, course, modules):
    key = modules[1].translation_key
    enrol(course)  # enrolled, never opened a module
    enrol(course, key, score=50)
    enrol(course, key, completed=True, score=100)
    response = admin_client.get(REPORT)
    assert response.status_code == 200
    row = next(c for c in response.context["object_list"] if c.pk == course.pk)
    assert (row.enrolled, row.started, row.completed) == (3, 2, 1)
    assert row.completion_rate == 33
    assert row.average_score == 75


def test_report_dates_narrow_the_enrolments_counted(admin_client, course, modules):
    enrol(course, when=timezone.now() - timezone.timedelta(days=400))
    enrol(course)
    today = timezone.localdate().isoformat()
    response = admin_client.get(REPORT, {"enrolled_from": today, "enrolled_to": today})
    row = next(c for c in response.context["object_list"] if c.pk == course.pk)
    assert row.enrolled == 1


def test_report_exports_csv(admin_client, course, modules, library):
    CoursePageFactory(parent=library, title="Retirement basics", slug="retire")
    enrol(course, modules[0].translation_key, completed=True, score=90)
    response = admin_client.get(REPORT, {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == [
        "Course",
        "Enrolled",
        "Started",
        "Completed",
        "Completion rate (%)",
        "Average check score (%)",
    ]
    assert ["Student loans, plainly", "1", "1", "1", "100", "90"] in rows
    assert len(rows) == 3


def test_members_without_page_permissions_cannot_see_the_report(client, course):
    staff = MemberFactory()
    staff.groups.add(Group.objects.get(name="Alumni Relations"))
    client.force_login(staff)
    assert client.get(REPORT).status_code in {302, 403}
    editor = MemberFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(REPORT).status_code == 200


def test_report_csv_headings_are_in_the_language_of_the_admin(admin_client, admin_user, course):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "es"
    profile.save()
    response = admin_client.get(REPORT, {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:2] == ["Curso", "Inscritos"]
