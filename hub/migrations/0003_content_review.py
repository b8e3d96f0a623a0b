"""The "Content review" workflow, the Spanish tree kept in step with the English one, and the
permissions that go with them (a frozen copy of the additions to members/permissions.py).

* Every page, in both languages, and the snippets the public reads (footer text, topics,
  people, recognition criteria) pass through "Content review": one task, "Moderator review",
  for the Moderators group. Wagtail's own migrations create a "Moderators approval" workflow
  on the root page when a Moderators group exists; it is renamed rather than duplicated.
* Spanish is synchronised from English (wagtail-localize's LocaleSynchronization): a new
  English page gets a Spanish alias that shows the English until someone translates it.
* Editors may now write topics and people, and keep redirects and promoted search results;
  Moderators also publish, lock and unlock the reviewed snippets.

Runs any number of times; reversing it takes back the permissions and the synchronisation
and leaves the workflow in place (pages may be in review).
"""

from django.db import migrations

WORKFLOW = "Content review"
TASK = "Moderator review"
REVIEWED_SNIPPETS = [
    ("hub", "footertext", "footer text"),
    ("learning", "topic", "topic"),
    ("learning", "person", "person"),
    ("employers", "recognitioncriterion", "recognition criterion"),
]
CONTENT = [
    ("learning", "topic", "topic", ("add", "change", "view")),
    ("learning", "person", "person", ("add", "change", "view")),
    ("wagtailredirects", "redirect", "redirect", ("add", "change", "delete")),
    (
        "wagtailsearchpromotions",
        "searchpromotion",
        "search promotion",
        ("add", "change", "delete"),
    ),
]
GRANTS = {
    "Editors": CONTENT,
    "Moderators": CONTENT
    + [
        (app_label, model, name, ("publish", "lock", "unlock"))
        for app_label, model, name in REVIEWED_SNIPPETS
    ],
}


def permissions(apps, grants):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for app_label, model, verbose_name, actions in grants:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {verbose_name}"},
            )
            yield permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, grants in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions(apps, grants))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, grants in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(*permissions(apps, grants))


def content_review(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    moderators, _ = Group.objects.get_or_create(name="Moderators")
    workflow = (
        Workflow.objects.filter(name=WORKFLOW).first()
        or Workflow.objects.filter(name="Moderators approval").first()
        or Workflow.objects.create(name=WORKFLOW)
    )
    workflow.name = WORKFLOW
    workflow.active = True
    workflow.save()

    link = WorkflowTask.objects.filter(workflow=workflow).order_by("sort_order").first()
    if link is None:
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    else:
        task = GroupApprovalTask.objects.get(pk=link.task_id)
        WorkflowTask.objects.filter(workflow=workflow).exclude(pk=link.pk).delete()
    task.name = TASK
    task.active = True
    task.save()
    task.groups.set([moderators])

    root = Page.objects.filter(depth=1).first()
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    for app_label, model, _name in REVIEWED_SNIPPETS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


def synchronise_spanish(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    english = Locale.objects.filter(language_code="en").first()
    spanish = Locale.objects.filter(language_code="es").first()
    if english and spanish:
        LocaleSynchronization.objects.get_or_create(locale=spanish, defaults={"sync_from": english})


def stop_synchronising(apps, schema_editor):
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    LocaleSynchronization.objects.filter(locale__language_code="es").delete()


def forward(apps, schema_editor):
    content_review(apps, schema_editor)
    synchronise_spanish(apps, schema_editor)
    grant(apps, schema_editor)


def backward(apps, schema_editor):
    revoke(apps, schema_editor)
    stop_synchronising(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0002_spanish_locale"),
        ("members", "0003_groups_and_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0001_initial"),
    ]

    operations = [migrations.RunPython(forward, backward)]
