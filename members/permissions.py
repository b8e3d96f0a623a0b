"""Who may do what in the Wagtail admin: the Hub's four staff groups, stated once.

Each group gets exactly the permissions its work needs, in three kinds:

* ``model``: permissions held by the group itself, as ``"app_label.codename"``
  (admin access, snippets, member records).
* ``pages``: page permission codenames granted on the root of the page tree (depth 1), so
  they apply to every page of every site.
* ``collections``: image and document permissions, as ``"app_label.codename"``, granted on the
  root collection. Wagtail checks images and documents only through these collection
  permissions, so they are not also given at model level.

Migration ``members/0003_groups_and_permissions`` applied these sets (it holds a frozen copy,
as migrations must not depend on code that changes later); ``members/tests/test_groups.py``
checks that a migrated database matches this module. To change a group, change it here and
add a migration that applies the change: the tests fail until both agree.
"""

from dataclasses import dataclass

EDITORS = "Editors"
MODERATORS = "Moderators"
ALUMNI_RELATIONS = "Alumni Relations"
MENTORSHIP_STAFF = "Mentorship Program Staff"

ADMIN_ACCESS = "wagtailadmin.access_admin"


@dataclass(frozen=True)
class GroupPermissions:
    model: frozenset[str]
    pages: frozenset[str] = frozenset()
    collections: frozenset[str] = frozenset()


# Pages, images, documents and the snippets content editors look after. Editors also
# translate: the Hub is in English and Spanish, and Wagtail Localize's "Translate" actions
# need wagtail_localize.submit_translation.
_CONTENT_MODEL_PERMISSIONS = frozenset(
    {
        ADMIN_ACCESS,
        "wagtail_localize.submit_translation",
        "hub.add_footertext",
        "hub.change_footertext",
        "hub.view_footertext",
        "mentorship.add_specialty",
        "mentorship.change_specialty",
        "mentorship.view_specialty",
        # employers/0003
        "employers.add_recognitioncriterion",
        "employers.change_recognitioncriterion",
        "employers.view_recognitioncriterion",
        # hub/0003: the learning snippets, redirects and promoted search results
        "learning.add_topic",
        "learning.change_topic",
        "learning.view_topic",
        "learning.add_person",
        "learning.change_person",
        "learning.view_person",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
        "wagtailsearchpromotions.add_searchpromotion",
        "wagtailsearchpromotions.change_searchpromotion",
        "wagtailsearchpromotions.delete_searchpromotion",
    }
)
# The snippets the public reads go through the "Content review" workflow like pages
# (hub/0003): moderators publish them, and lock or unlock them.
_REVIEWED_SNIPPETS = (
    "hub.footertext",
    "learning.topic",
    "learning.person",
    "employers.recognitioncriterion",
)
_SNIPPET_MODERATION_PERMISSIONS = frozenset(
    f"{app_label}.{action}_{model}"
    for app_label, model in (name.split(".") for name in _REVIEWED_SNIPPETS)
    for action in ("publish", "lock", "unlock")
)
_EDITOR_COLLECTION_PERMISSIONS = frozenset(
    {
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    }
)

GROUPS = {
    # Write and revise pages, and submit them for moderation; never publish or delete.
    EDITORS: GroupPermissions(
        model=_CONTENT_MODEL_PERMISSIONS,
        pages=frozenset({"add_page", "change_page"}),
        collections=_EDITOR_COLLECTION_PERMISSIONS,
    ),
    # Everything editors do, plus publish and unpublish, lock and unlock any page or reviewed
    # snippet, and delete images and documents (editors may only delete the ones they
    # uploaded). No page deletion.
    MODERATORS: GroupPermissions(
        model=_CONTENT_MODEL_PERMISSIONS | _SNIPPET_MODERATION_PERMISSIONS,
        pages=frozenset({"add_page", "change_page", "publish_page", "lock_page", "unlock_page"}),
        collections=_EDITOR_COLLECTION_PERMISSIONS
        | {"wagtailimages.delete_image", "wagtaildocs.delete_document"},
    ),
    # See who is who among members; change nothing; review employer nominations
    # (employers/0003); see who registered for events (resources/0002); keep the alumni
    # registry: records (never deleted: an import is undone by rolling it back), imports,
    # claims, invitations and the export log (alumni/0002).
    ALUMNI_RELATIONS: GroupPermissions(
        model=frozenset(
            {
                ADMIN_ACCESS,
                "members.view_memberprofile",
                "members.view_user",
                "employers.view_nomination",
                "employers.change_nomination",
                # resources/0002
                "resources.view_registration",
                # alumni/0002
                "alumni.view_alumnirecord",
                "alumni.add_alumnirecord",
                "alumni.change_alumnirecord",
                "alumni.view_recordchange",
                "alumni.view_importbatch",
                "alumni.add_importbatch",
                "alumni.change_importbatch",
                "alumni.view_claim",
                "alumni.change_claim",
                "alumni.view_invitationbatch",
                "alumni.add_invitationbatch",
                "alumni.view_invitation",
                "alumni.change_invitation",
                "alumni.view_exportlog",
            }
        ),
    ),
    # Check and correct member profiles, pause mentors, see protocol acknowledgements and
    # mentorships, and answer messages sent to the councils (mentorship/0004); follow requests
    # and tune the request timings in Settings (mentorship/0006); answer check-ins that ask for
    # support and read closing feedback (mentorship/0009).
    MENTORSHIP_STAFF: GroupPermissions(
        model=frozenset(
            {
                ADMIN_ACCESS,
                "members.view_memberprofile",
                "members.change_memberprofile",
                "mentorship.view_specialty",
                "mentorship.view_mentorprofile",
                "mentorship.change_mentorprofile",
                "mentorship.view_protocolacknowledgement",
                "mentorship.view_mentorship",
                "mentorship.view_councilmessage",
                "mentorship.change_councilmessage",
                "mentorship.view_mentorshiprequest",
                "mentorship.change_mentorshipsettings",
                "mentorship.view_checkin",
                "mentorship.change_checkin",
                "mentorship.view_mentorshipfeedback",
            }
        ),
    ),
}
