"""The editorial side of the demo: staff in each group, and work waiting in "Content review".

* An editor's new page, submitted and waiting for a moderator.
* An announcement a moderator approved to go live in a few days (scheduled publishing).
* A new facilitator (a reviewed snippet) submitted by the editor.
* The FAQ's English introduction revised after its Spanish translation was made, so the
  "Spanish translations" report and the Editors' dashboard show it out of date.

Everything is created once; running the loader again changes nothing.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale

from home.demo.stream import body_stream
from home.models import StandardPage
from learning.models import Person
from members.permissions import ALUMNI_RELATIONS, EDITORS, MENTORSHIP_STAFF, MODERATORS

# Demo staff, one in each group. They sign in to the admin only; they are not in the directory.
STAFF = [
    ("editor@hub.example.org", "Renée", "Okafor", EDITORS),
    ("moderator@hub.example.org", "Marcus", "Bell", MODERATORS),
    ("alumni.relations@hub.example.org", "Lena", "Whitfield", ALUMNI_RELATIONS),
    ("mentorship.staff@hub.example.org", "Samuel", "Ortiz", MENTORSHIP_STAFF),
]

IN_REVIEW = {
    "slug": "residency-interview-season",
    "title": "Residency interview season: how the Hub can help",
    "introduction": (
        "From September to January, thousands of applicants interview for residency. Here is "
        "how mentors, courses and fellow alumni on the Hub can help you prepare."
    ),
    "body": [
        (
            "paragraph",
            "<p>Interview season asks a lot: travel or screen time, the same questions asked "
            "many ways, and decisions about where to spend the next years of your life. You do "
            "not have to prepare alone.</p>",
        ),
        ("heading", {"text": "Practise with a mentor", "level": "h2"}),
        (
            "paragraph",
            "<p>Mentors in your specialty can run a mock interview, tell you what programs "
            "listen for, and help you tell your story about why medicine. Use the mentor "
            "directory to find one, and say in your request that you are preparing for "
            "interviews.</p>",
        ),
        ("heading", {"text": "Ask good questions back", "level": "h2"}),
        (
            "paragraph",
            "<p>Programs expect questions. Ask how residents are supported when they face "
            "racism from patients or colleagues, who you could turn to, and how many residents "
            "of colour finished the program in recent years.</p>",
        ),
    ],
}

SCHEDULED = {
    "slug": "virtual-mentoring-week",
    "title": "Virtual mentoring week opens soon",
    "introduction": (
        "For one week, mentors from every specialty hold short video sessions for students "
        "and residents. Sign in to the Hub to book a place when the week opens."
    ),
    "body": [
        (
            "paragraph",
            "<p>Each session lasts 30 minutes and has up to four members, so everyone gets to "
            "ask their question. Sessions are in English and in Spanish.</p>",
        ),
    ],
}

NEW_FACILITATOR = {
    "name": "Keisha Langford",
    "credentials": "MD, MBA",
    "bio": (
        "Keisha Langford is a family physician in Atlanta who co-owns a community practice. "
        "She teaches residents how practice finances work, from payer contracts to payroll."
    ),
}

FAQ_INTRODUCTION = (
    "Quick answers about joining the Hub, what it costs, languages, privacy, accessibility, "
    "mentoring and how to reach NMF."
)


def demo_staff():
    """Create the demo staff accounts; return ``(email, password, group)`` for new ones."""
    import secrets

    from allauth.account.models import EmailAddress

    from members.models import MemberProfile

    User = get_user_model()
    created = []
    for email, first_name, last_name, group in STAFF:
        if User.objects.filter(email=email).exists():
            continue
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(
            email=email, password=password, first_name=first_name, last_name=last_name
        )
        user.groups.add(Group.objects.get(name=group))
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        MemberProfile.objects.update_or_create(user=user, defaults={"hidden_from_directory": True})
        created.append((email, password, group))
    return created


def _staff(group):
    email = next(email for email, _first, _last, name in STAFF if name == group)
    return get_user_model().objects.get(email=email)


def _draft_page(parent, spec, user):
    page = StandardPage(
        title=spec["title"],
        slug=spec["slug"],
        introduction=spec["introduction"],
        body=body_stream(spec["slug"], spec["body"]),
        live=False,
        owner=user,
    )
    parent.add_child(instance=page)
    page.save_revision(user=user)
    return page


def create_editorial_demo(home, faq):
    """Put work in "Content review"; return how many items were created (0 when in place)."""
    if StandardPage.objects.filter(slug=IN_REVIEW["slug"]).exists():
        return 0
    editor, moderator = _staff(EDITORS), _staff(MODERATORS)

    in_review = _draft_page(home, IN_REVIEW, editor)
    in_review.get_workflow().start(in_review, editor)

    scheduled = _draft_page(home, SCHEDULED, editor)
    scheduled.go_live_at = timezone.now() + timedelta(days=5)
    scheduled.save_revision(user=moderator).publish(user=moderator)

    person = Person(locale=Locale.get_default(), live=False, **NEW_FACILITATOR)
    person.save()
    person.save_revision(user=editor)
    person.get_workflow().start(person, editor)

    faq.introduction = FAQ_INTRODUCTION
    faq.save_revision(user=moderator).publish(user=moderator)
    return 4
