"""The editorial journey in the Wagtail admin: an Editor writes a page, a Moderator approves it
through the "Content review" workflow, the Editor translates it into Spanish with
wagtail-localize, and a Moderator publishes the Spanish; visitors then read it in both languages.

Who can do what, as the admin offers it:

* Editors add and change pages but do not publish: the page editor offers them "Save draft" and
  "Submit to Content review", never "Publish". While a page is in review it is locked to them.
* Moderators see the page in "Awaiting your review" on their dashboard and approve it there
  (with a comment), which publishes it.
* Translating: "Translate this page" opens wagtail-localize's translation editor on the Spanish
  page. Editors fill in every segment there, but the translation editor offers no workflow
  actions at all, and "Publish in Spanish" only to people who may publish the page
  (``can_publish`` in ``wagtail_localize.views.edit_translation``). So an Editor's Spanish waits,
  saved but unpublished, until a Moderator opens the same translation and publishes it. (An
  Editor could "Stop Synced translation" to get the ordinary editor and its "Submit to Content
  review", but the Spanish would then no longer follow the English; that is not the flow.)
"""

import re
from contextlib import contextmanager

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from members.factories import UserFactory
from members.permissions import EDITORS, MODERATORS
from tests.browser.axe import assert_accessible

WORKFLOW = "Content review"
TASK = "Moderator review"
SEGMENT_BUTTONS = re.compile(r"^(Translate|Edit|Cancel|Save)$")

ENGLISH = {
    "title": "Preparing for residency interviews",
    "slug": "preparing-for-residency-interviews",
    "introduction": "Practical advice from NMF alumni for the weeks before interview season.",
    "paragraph": (
        "Research each program before interview day, practice your answers aloud with a "
        "mentor, and bring two or three questions of your own to ask."
    ),
}
SPANISH = {
    "title": "Cómo prepararse para las entrevistas de residencia",
    "slug": "como-prepararse-para-las-entrevistas-de-residencia",
    "introduction": (
        "Consejos prácticos de exalumnos de NMF para las semanas antes de la temporada de "
        "entrevistas."
    ),
    "paragraph": (
        "Investiga cada programa antes del día de la entrevista, practica tus respuestas en voz "
        "alta con un mentor y lleva dos o tres preguntas propias."
    ),
}


@pytest.fixture
def editor(demo_site):
    user = UserFactory(email="rosa.delgado@nmf.example.org", first_name="Rosa", last_name="Delgado")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def moderator(demo_site):
    user = UserFactory(email="marcus.reed@nmf.example.org", first_name="Marcus", last_name="Reed")
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


@contextmanager
def signed_in(browser, base_url, user):
    """A browser of its own for ``user``, signed in to the admin."""
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    admin = context.new_page()
    try:
        admin.goto("/admin/login/")
        admin.get_by_label("Email address").fill(user.email)
        admin.get_by_label("Password").fill("a-long-test-password")
        admin.get_by_role("button", name="Sign in").click()
        expect(admin).to_have_url(f"{base_url}/admin/")
        yield admin
    finally:
        context.close()


def write_and_submit_for_review(admin):
    """The Editor adds a standard page under the English home page and submits it for review."""
    admin.goto("/admin/pages/")
    admin.get_by_role("link", name="Explore child pages of 'Home'").click()
    admin.get_by_role("link", name="Add child page").click()
    admin.get_by_role("link", name="Standard page", exact=True).click()

    admin.get_by_role("textbox", name="Title").fill(ENGLISH["title"])
    admin.get_by_role("textbox", name="Introduction").fill(ENGLISH["introduction"])
    admin.get_by_role("button", name="Insert a block").click()
    admin.get_by_role("option", name="Paragraph").click()
    admin.get_by_role("region", name="Body").get_by_role("textbox").fill(ENGLISH["paragraph"])
    # Draftail writes what was typed into the form a moment later; submitting sooner loses it.
    expect(admin.locator("input[name='body-0-value']")).to_have_value(
        re.compile("practice your answers aloud")
    )

    actions = admin.get_by_role("navigation", name="Actions (footer)")
    actions.get_by_role("button", name="More actions").click()
    expect(actions.get_by_role("button", name="Save draft")).to_be_visible()
    expect(actions.get_by_role("button", name="Publish", exact=True)).to_have_count(0)
    actions.get_by_role("button", name=f"Submit to {WORKFLOW}").click()
    status = admin.get_by_role("status")
    expect(status).to_contain_text(
        f"Page '{ENGLISH['title']}' created and submitted for moderation"
    )

    # In review, the page is locked to its author, who still cannot publish it.
    status.get_by_role("link", name="Edit").click()
    actions.get_by_role("button", name="More actions").click()
    expect(actions.get_by_role("button", name="Publish", exact=True)).to_have_count(0)
    admin.get_by_role("button", name="Toggle status").click()
    status_panel = admin.get_by_role("complementary", name="Status")
    expect(status_panel.get_by_role("region", name="Status: In Moderation")).to_be_visible()
    expect(status_panel).to_contain_text(f"Sent to {TASK}")
    expect(status_panel.get_by_role("region", name="Locking: Locked by workflow")).to_be_visible()
    # Wagtail remembers an open side panel; close it so it does not cover the next screens.
    admin.get_by_role("button", name="Toggle status").click()
    expect(status_panel).to_be_hidden()


def approve_from_the_dashboard(admin, submitted_by):
    admin.goto("/admin/")
    review = admin.get_by_role("region", name="Awaiting your review")
    row = review.get_by_role("row").filter(has_text=ENGLISH["title"])
    expect(row).to_contain_text(submitted_by)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve with comment").click()
    dialog = admin.get_by_role("dialog")
    dialog.get_by_label("Comment").fill("Clear, practical and kind. Thank you!")
    dialog.get_by_role("button", name="Approve with comment").click()
    # The dashboard reloads without the page once it is approved.
    expect(admin.get_by_role("row").filter(has_text=ENGLISH["title"])).to_have_count(0)


def segment(editor, source):
    """The translation editor's entry for one source string: the list item showing it with its
    own buttons (the field around it, with its heading, and the breadcrumb are left out)."""
    return (
        editor.get_by_role("listitem")
        .filter(has=editor.get_by_text(source, exact=True))
        .filter(has=editor.get_by_role("button", name=SEGMENT_BUTTONS))
        .filter(has_not=editor.get_by_role("heading"))
    )


def translate_segment(editor, source, translation):
    entry = segment(editor, source)
    entry.get_by_role("button", name="Translate", exact=True).click()
    entry.get_by_role("textbox").fill(translation)
    entry.get_by_role("button", name="Save").click()
    expect(entry.get_by_role("button", name="Edit", exact=True)).to_be_visible()
    expect(entry).to_contain_text(translation)


def translate_into_spanish(admin):
    """The Editor asks for a Spanish translation and fills in every segment; returns the URL of
    the translation editor. The Editor has no way to publish it from there."""
    admin.goto("/admin/pages/")
    admin.get_by_role("link", name="Explore child pages of 'Home'").click()
    admin.get_by_role("link", name=ENGLISH["title"], exact=True).click()
    admin.get_by_role("button", name="Actions", exact=True).click()
    admin.get_by_role("link", name="Translate this page").click()
    admin.get_by_role("checkbox", name="Spanish").check()
    admin.get_by_role("button", name="Submit").click()
    expect(admin.get_by_role("status")).to_contain_text(
        f"The page '{ENGLISH['title']}' was successfully submitted for translation into Spanish"
    )

    for field in ("title", "introduction", "paragraph"):
        translate_segment(admin, ENGLISH[field], SPANISH[field])
    expect(admin.get_by_role("button", name="Translate", exact=True)).to_have_count(0)
    admin.get_by_role("tab", name="Promote").click()
    translate_segment(admin, ENGLISH["slug"], SPANISH["slug"])
    expect(admin.get_by_role("button", name="Translate", exact=True)).to_have_count(0)

    footer = admin.locator("footer").filter(has=admin.get_by_role("button", name="More actions"))
    footer.get_by_role("button", name="More actions").click()
    expect(footer.get_by_role("button", name="Stop Synced translation")).to_be_visible()
    expect(footer.get_by_role("button", name=re.compile("Publish|Submit"))).to_have_count(0)
    return admin.url


def publish_in_spanish(admin, translation_url):
    admin.goto(translation_url)
    expect(segment(admin, ENGLISH["paragraph"])).to_contain_text(SPANISH["paragraph"])
    admin.get_by_role("button", name="Publish in Spanish").click()
    expect(admin.get_by_role("status")).to_contain_text(
        f"Published '{SPANISH['title']}' in Spanish."
    )


def test_an_editor_writes_a_moderator_approves_and_both_languages_go_live(
    browser, page, demo_site, editor, moderator
):
    english_url = f"{demo_site}/en/{ENGLISH['slug']}/"
    spanish_url = f"{demo_site}/es/{SPANISH['slug']}/"
    heading = page.get_by_role("heading", level=1)

    with (
        signed_in(browser, demo_site, editor) as editors_admin,
        signed_in(browser, demo_site, moderator) as moderators_admin,
    ):
        write_and_submit_for_review(editors_admin)
        assert page.goto(english_url).status == 404

        approve_from_the_dashboard(moderators_admin, submitted_by="Rosa Delgado")
        page.goto(english_url)
        expect(heading).to_have_text(ENGLISH["title"])

        translation_url = translate_into_spanish(editors_admin)
        # Saved, not published: Spanish readers still get the English the page was synced from.
        page.goto(f"{demo_site}/es/{ENGLISH['slug']}/")
        expect(heading).to_have_text(ENGLISH["title"])
        assert page.goto(spanish_url).status == 404

        publish_in_spanish(moderators_admin, translation_url)

    page.goto(english_url)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(heading).to_have_text(ENGLISH["title"])
    expect(page.get_by_role("main")).to_contain_text(ENGLISH["introduction"])
    expect(page.get_by_role("main")).to_contain_text(ENGLISH["paragraph"])
    assert_accessible(page)

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Español").click()
    expect(page).to_have_url(spanish_url)
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(heading).to_have_text(SPANISH["title"])
    expect(page.get_by_role("main")).to_contain_text(SPANISH["introduction"])
    expect(page.get_by_role("main")).to_contain_text(SPANISH["paragraph"])
    assert_accessible(page)
