"""Content review: editors write and submit, moderators approve or ask for changes, pages in
review are locked, scheduled pages go live on time, and the public reads only what was
published (pages and reviewed snippets alike)."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState, Workflow, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from employers.models import RecognitionCriterion
from home.factories import StandardPageFactory
from hub.models import FooterText
from learning.factories import LearningIndexPageFactory
from learning.models import Person, Topic
from members.factories import staff_user
from members.permissions import EDITORS, MENTORSHIP_STAFF, MODERATORS

pytestmark = pytest.mark.django_db

REVIEWED_SNIPPETS = [FooterText, Topic, Person, RecognitionCriterion]


@pytest.fixture
def draft(home_page):
    """A new page an editor is writing: saved, never published."""
    page = StandardPageFactory(parent=home_page, title="Preparing for residency interviews")
    page.unpublish()
    page.save_revision()
    return page


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def edit_form(page, action, **fields):
    """What the page editor posts: the page's fields and the button pressed."""
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "introduction": page.introduction,
            "body": streamfield(
                [("paragraph", rich_text("<p>Practise your story about why medicine.</p>"))]
            ),
            "comments": inline_formset([]),
            **fields,
        }
    )
    data[action] = action
    return data


def submit(client, page):
    return client.post(edit_url(page), edit_form(page, "action-submit"))


def current_task_state(page):
    return WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(page.pk), status="in_progress"
    ).current_task_state


def act(client, page, action, comment=""):
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, action, current_task_state(page).pk],
    )
    return client.post(url, {"comment": comment})


# --- The workflow ---------------------------------------------------------------------------


def test_content_review_is_one_moderator_step_on_every_page_in_both_languages(
    home_page, spanish_home, draft
):
    workflow = Workflow.objects.get(name="Content review")
    tasks = [task.specific for task in workflow.tasks]
    assert [task.name for task in tasks] == ["Moderator review"]
    assert [group.name for group in tasks[0].groups.all()] == [MODERATORS]
    for page in (home_page, spanish_home, draft):
        assert page.get_workflow() == workflow


@pytest.mark.parametrize("model", REVIEWED_SNIPPETS)
def test_snippets_the_public_reads_go_through_content_review(model):
    assert model.get_default_workflow() == Workflow.objects.get(name="Content review")


# --- Editors and moderators -----------------------------------------------------------------


def test_an_editor_cannot_publish_a_page(client, draft):
    client.force_login(staff_user(EDITORS))
    editor = client.get(edit_url(draft))
    assert editor.status_code == 200
    assert 'name="action-publish"' not in editor.text
    assert 'name="action-submit"' in editor.text
    client.post(edit_url(draft), edit_form(draft, "action-publish"))
    draft.refresh_from_db()
    assert not draft.live
    assert draft.live_revision is None


def test_a_moderator_can_publish_a_page(client, draft):
    client.force_login(staff_user(MODERATORS))
    assert 'name="action-publish"' in client.get(edit_url(draft)).text
    response = client.post(edit_url(draft), edit_form(draft, "action-publish"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.live


def test_a_submitted_page_waits_on_the_moderators_dashboard_and_no_one_elses(client, draft):
    editor = staff_user(EDITORS)
    client.force_login(editor)
    assert submit(client, draft).status_code == 302
    draft.refresh_from_db()
    assert not draft.live
    assert draft.workflow_in_progress

    client.force_login(staff_user(MODERATORS))
    dashboard = client.get("/admin/").text
    assert "Awaiting your review" in dashboard
    assert "Preparing for residency interviews" in dashboard
    assert "1 page or snippet waiting for your review" in dashboard

    for someone_else in (staff_user(EDITORS), staff_user(MENTORSHIP_STAFF)):
        client.force_login(someone_else)
        dashboard = client.get("/admin/").text
        assert "Preparing for residency interviews" not in dashboard
        assert "waiting for your review" not in dashboard


def test_a_moderator_approves_and_the_page_goes_live(client, draft):
    client.force_login(staff_user(EDITORS))
    submit(client, draft)
    client.force_login(staff_user(MODERATORS))
    response = act(client, draft, "approve", "Clear and kind. Publishing.")
    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    assert draft.live
    assert client.get(draft.url).status_code == 200
    assert TaskState.objects.get(revision__object_id=str(draft.pk)).comment == (
        "Clear and kind. Publishing."
    )


def test_requesting_changes_returns_the_page_to_the_editor_with_the_comment(client, draft):
    editor = staff_user(EDITORS)
    client.force_login(editor)
    submit(client, draft)
    client.force_login(staff_user(MODERATORS))
    act(client, draft, "reject", "Please add a sentence on virtual interviews.")

    draft.refresh_from_db()
    assert not draft.live
    state = WorkflowState.objects.get(object_id=str(draft.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Please add a sentence on virtual interviews."

    # Back with the editor: unlocked for them, and they can resubmit.
    client.force_login(editor)
    editor_view = client.get(edit_url(draft)).text
    assert "Changes requested" in editor_view
    assert draft.get_lock() is None
    response = client.post(edit_url(draft), edit_form(draft, "action-restart-workflow"))
    assert response.status_code == 302
    assert WorkflowState.objects.get(
        object_id=str(draft.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )


def test_a_page_in_review_is_locked_to_editors_but_not_to_moderators(client, draft):
    editor = staff_user(EDITORS)
    client.force_login(editor)
    submit(client, draft)
    draft.refresh_from_db()
    lock = draft.get_lock()
    assert lock.for_user(editor)
    assert not lock.for_user(staff_user(MODERATORS))

    client.post(edit_url(draft), edit_form(draft, "action-save", title="Changed while in review"))
    draft.refresh_from_db()
    assert draft.get_latest_revision_as_object().title == "Preparing for residency interviews"


# --- Scheduled publishing -------------------------------------------------------------------


def test_a_scheduled_page_goes_live_at_its_time_and_comes_down_at_its_expiry(client, draft):
    go_live = timezone.make_aware(datetime.datetime(2026, 12, 1, 9, 0))
    expire = timezone.make_aware(datetime.datetime(2026, 12, 31, 17, 0))
    with time_machine.travel(timezone.make_aware(datetime.datetime(2026, 11, 25, 12, 0))):
        client.force_login(staff_user(MODERATORS))
        client.post(
            edit_url(draft),
            edit_form(
                draft,
                "action-publish",
                go_live_at="2026-12-01 09:00",
                expire_at="2026-12-31 17:00",
            ),
        )
        draft.refresh_from_db()
        assert not draft.live
        assert draft.latest_revision.approved_go_live_at == go_live
        call_command("publish_scheduled")
        draft.refresh_from_db()
        assert not draft.live

    with time_machine.travel(go_live + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")
        draft.refresh_from_db()
        assert draft.live
        assert draft.expire_at == expire

    with time_machine.travel(expire + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")
        draft.refresh_from_db()
        assert not draft.live
        assert draft.expired


def test_the_moderators_panel_lists_what_is_scheduled(client, draft):
    moderator = staff_user(MODERATORS)
    draft.go_live_at = timezone.now() + datetime.timedelta(days=2)
    draft.save_revision(user=moderator).publish(user=moderator)
    draft.refresh_from_db()
    assert not draft.live
    client.force_login(moderator)
    panel = client.get("/admin/").text
    assert "“Preparing for residency interviews” goes live on" in panel
    assert edit_url(draft) in panel


# --- Reviewed snippets ----------------------------------------------------------------------


def test_editors_draft_snippets_and_only_moderators_publish_them():
    editor, moderator = staff_user(EDITORS), staff_user(MODERATORS)
    for model in REVIEWED_SNIPPETS:
        label = f"{model._meta.app_label}.%s_{model._meta.model_name}"
        assert editor.has_perm(label % "add") and editor.has_perm(label % "change")
        assert not editor.has_perm(label % "publish")
        assert moderator.has_perm(label % "publish")


def test_a_draft_topic_stays_off_the_public_site_until_it_is_published(client, home_page):
    catalogue = LearningIndexPageFactory(parent=home_page)
    Topic.objects.create(name="Debt management", slug="debt-management", locale=home_page.locale)
    waiting = Topic(
        name="Negotiating your first contract",
        slug="first-contract",
        locale=home_page.locale,
        live=False,
    )
    waiting.save()
    assert [topic.name for topic in catalogue.topics()] == ["Debt management"]
    assert "Negotiating your first contract" not in client.get(catalogue.url).text

    waiting.save_revision().publish()
    assert [topic.name for topic in catalogue.topics()] == [
        "Debt management",
        "Negotiating your first contract",
    ]


def test_an_editor_submits_a_new_person_and_a_moderator_approves_it(client, locales):
    client.force_login(staff_user(EDITORS))
    add = reverse("wagtailsnippets_learning_person:add")
    form = client.get(add)
    assert 'name="action-publish"' not in form.text
    response = client.post(
        add,
        {
            "name": "Keisha Langford",
            "credentials": "MD, MBA",
            "bio": "Family physician and practice owner in Atlanta.",
            "locale": locales.en.pk,
            "action-submit": "action-submit",
        },
    )
    assert response.status_code == 302
    person = Person.objects.get(name="Keisha Langford")
    assert not person.live
    assert person not in Person.objects.live()
    state = WorkflowState.objects.active().for_instance(person).get()

    client.force_login(staff_user(MODERATORS))
    approve = reverse(
        "wagtailsnippets_learning_person:workflow_action",
        args=[person.pk, "approve", state.current_task_state.pk],
    )
    assert client.post(approve, {"comment": ""}).status_code in (200, 302)
    person.refresh_from_db()
    assert person.live
    assert person in Person.objects.live()


def test_a_fully_translated_spanish_page_waits_on_the_moderators_dashboard(
    client, home_page, spanish_home, locales, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    page = StandardPageFactory(parent=home_page, title="Choosing a residency program", body=[])
    page.save_revision().publish()
    page.copy_for_translation(locales.es, alias=True)  # the synchronised Spanish tree
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locales.es)
    for segment in source.stringsegment_set.select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locales.es,
            context=segment.context,
            data=f"[es] {segment.string.data}",
        )
    client.force_login(staff_user(MODERATORS))
    assert "1 Spanish translation ready to publish" in client.get("/admin/").text

    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)  # wagtail-localize publishes on commit
    assert "0 Spanish translations ready to publish" in client.get("/admin/").text
