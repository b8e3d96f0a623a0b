"""Build the Hub's page tree and demo content in English and Spanish.

Idempotent: what already exists is left as it is (editors may have changed it), and only what
is missing is created. Outside production it also creates a superuser and two demo members,
printing their passwords once, when they are created.
"""

import datetime
import secrets
from pathlib import Path

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import BaseCommand, CommandError, call_command
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.synctree import synchronize_tree

from alumni.demo import create_demo_claims, create_demo_invitations, create_demo_registry
from alumni.models import ClaimPage
from employers.demo.loader import EmployersDemo, create_demo_nominations
from employers.models import EmployerIndexPage
from home.demo import content
from home.demo.editorial import create_editorial_demo, demo_staff
from home.demo.stream import block_id, body_stream
from home.demo.translation import StructureMismatch, save_and_publish, translate
from home.models import HomePage, StandardPage
from hub.models import FooterText, SiteSettings
from learning.demo.loader import LearningDemo
from learning.models import LearningIndexPage
from members.demo import create_demo_members
from members.models import MemberProfile
from mentorship.demo.loader import (
    council_memberships,
    create_demo_mentoring,
    create_demo_mentors,
    create_demo_preferences,
)
from mentorship.models import (
    CouncilIndexPage,
    CouncilPage,
    MentorDirectoryPage,
    SpecialtyIndexPage,
    VolunteerProtocolPage,
)
from resources.demo.loader import ResourcesDemo, create_demo_registrations
from resources.models import EventIndexPage, ResourceIndexPage

DEMO_USERS = [
    {
        "email": "admin@hub.example.org",
        "first_name": "Hub",
        "last_name": "Administrator",
        "is_superuser": True,
        "is_staff": True,
    },
    {"email": "amara.mensah@hub.example.org", "first_name": "Amara", "last_name": "Mensah"},
    {"email": "diego.ramirez@hub.example.org", "first_name": "Diego", "last_name": "Ramírez"},
]
# The two demo members' starting profiles: one nearly complete, one just signed up.
DEMO_PROFILES = {
    "admin@hub.example.org": {"hidden_from_directory": True},
    "amara.mensah@hub.example.org": {
        "stage": "resident",
        "profession": "medicine",
        "school": "Howard University College of Medicine",
        "graduation_year": 2024,
        "state": "DC",
        "pronouns": "she/her",
        "nmf_relationship": "scholar",
        "bio": "Internal medicine resident in Washington, DC, interested in cardiology and "
        "in how hospitals keep BIPOC residents through training.",
    },
    "diego.ramirez@hub.example.org": {"stage": "early_career", "profession": "pharmacy"},
}
# Sections that have their own page type; every other section is a StandardPage.
PAGE_TYPES = {
    "learning_index": LearningIndexPage,
    "mentor_directory": MentorDirectoryPage,
    "specialty_index": SpecialtyIndexPage,
    "protocol": VolunteerProtocolPage,
    "council_index": CouncilIndexPage,
    "council": CouncilPage,
    "employer_index": EmployerIndexPage,
    "resource_index": ResourceIndexPage,
    "event_index": EventIndexPage,
    "claim_page": ClaimPage,
}
# Page types whose ``body`` StreamField the content module writes.
WITH_BODY = {StandardPage, MentorDirectoryPage, VolunteerProtocolPage, CouncilIndexPage}


def page_class(spec):
    return PAGE_TYPES.get(spec.get("type"), StandardPage)


class DemoTree:
    """Turns the content module's plain data into StreamField data and pages."""

    def __init__(self):
        self.pages = {}  # key -> English page
        self.featured_courses = []
        self.featured_employers = []

    def link(self, data):
        if not data:
            return {"label": "", "page": None, "url": ""}
        page = self.pages.get(data.get("page")) if data.get("page") else None
        return {
            "label": data["label"],
            "page": page.pk if page else None,
            "url": data.get("url", ""),
        }

    def body(self, key, blocks):
        return body_stream(key, blocks, link=self.link)

    def sections(self, sections):
        stream = []
        for index, section in enumerate(sections):
            value = {name: data for name, data in section.items() if name != "type"}
            if "button" in value:
                value["button"] = self.link(value["button"])
            if section["type"] in {"featured_courses", "featured_employers", "upcoming_events"}:
                value["more"] = self.link(value.get("more"))
            if section["type"] == "featured_courses":
                value["pages"] = [course.pk for course in self.featured_courses]
            if section["type"] == "featured_employers":
                value["pages"] = [employer.pk for employer in self.featured_employers]
            if section["type"] == "upcoming_events":
                value.setdefault("how_many", 3)
            stream.append({"type": section["type"], "value": value, "id": block_id("home", index)})
        return stream

    def home_fields(self, language):
        data = content.HOME[language]
        return {
            "title": data["title"],
            "slug": "home",
            "hero_heading": data["hero_heading"],
            "introduction": data["introduction"],
            "search_description": data["search_description"],
            "hero_button_label": data["hero_button_label"],
            "hero_button_page": self.pages.get("learn"),
            "sections": self.sections(data["sections"]),
        }

    def page_fields(self, spec, language):
        data = spec[language]
        fields = {
            "title": data["title"],
            "slug": spec["key"],
            "introduction": data["introduction"],
            "search_description": data["search_description"],
            "show_in_menus": spec.get("show_in_menus", False),
        }
        model = page_class(spec)
        if model in WITH_BODY:
            fields["body"] = self.body(spec["key"], data["body"])
        if model is VolunteerProtocolPage:
            fields.update(
                version=spec["version"],
                effective_date=datetime.date.fromisoformat(spec["effective_date"]),
                changes=data["changes"],
            )
        if model is EmployerIndexPage:
            fields["how_it_works"] = data["how_it_works"]
        if model is ClaimPage:
            fields.update(
                what_happens_next=data["what_happens_next"],
                how_we_use_information=data["how_we_use_information"],
            )
        if model is CouncilPage:
            fields.update(
                charter=self.body(spec["key"], data["charter"]),
                meeting_cadence=data["meeting_cadence"],
                how_to_join=data["how_to_join"],
                contact_email=spec["contact_email"],
            )
            if language == "en":
                fields["memberships"] = council_memberships(spec["key"])
        return fields


class Command(BaseCommand):
    help = "Create the demo pages in English and Spanish, and demo accounts outside production."

    def handle(self, *args, **options):
        self.created = []
        english = Locale.get_default()
        spanish, _created = Locale.objects.get_or_create(language_code="es")
        try:
            with transaction.atomic():
                tree = DemoTree()
                home = self.home_page(tree, english)
                new_pages = (
                    [] if home.live_revision_id else [(home, lambda: tree.home_fields("en"))]
                )
                for spec in content.PAGES:
                    parent = home if spec["parent"] is None else tree.pages[spec["parent"]]
                    page, created = self.english_page(parent, spec, tree)
                    tree.pages[spec["key"]] = page
                    if created:
                        new_pages.append((page, lambda spec=spec: tree.page_fields(spec, "en")))
                learning = LearningDemo(spanish)
                tree.featured_courses = learning.load(tree.pages["learn"])[:3]
                self.created.extend(learning.created)
                employers = EmployersDemo(spanish)
                tree.featured_employers = employers.load(tree.pages["employers"])
                resources = ResourcesDemo(spanish, learning)
                resources.load(tree.pages["resources"], tree.pages["events"])
                self.publish_with_links(new_pages)
                self.translate_tree(tree, home, spanish)
                learning.translate_all()
                employers.translate_all()
                self.created.extend(employers.created)
                resources.translate_all()
                self.created.extend(resources.created)
                self.site_settings(home)
                self.footer(english, spanish)

        except StructureMismatch as error:
            raise CommandError(f"The demo content's two languages do not match: {error}") from error

        if self.created:
            call_command("update_index", verbosity=0)
            call_command("rebuild_references_index", verbosity=0)
            self.stdout.write(f"Created {len(self.created)} demo items: {', '.join(self.created)}.")
        else:
            self.stdout.write("Demo content is already in place; nothing changed.")
        self.demo_users()
        if settings.HUB_ENVIRONMENT != "production":
            editorial = create_editorial_demo(home, tree.pages["faq"])
            if editorial:
                self.stdout.write(f"Put {editorial} demo items in content review and scheduling.")
        # Keep the Spanish tree in step: English pages not yet translated get a Spanish page
        # that shows the English until someone translates it.
        synchronize_tree(english, spanish)

    # --- Pages ---------------------------------------------------------------------------

    def home_page(self, tree, english):
        home = HomePage.objects.filter(locale=english, depth=2).first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's placeholder "Welcome" page holds the slug we want and has no content:
            # move it aside, build the real home page, point the site at it, then delete it.
            welcome = Page.objects.filter(
                depth=2, content_type__app_label="wagtailcore", content_type__model="page"
            ).first()
            if welcome is not None:
                Page.objects.filter(pk=welcome.pk).update(slug=f"placeholder-{welcome.pk}")
            home = root.add_child(instance=HomePage(**tree.home_fields("en"), locale=english))
            if welcome is not None:
                Site.objects.filter(root_page=welcome).update(root_page=home)
                if welcome.numchild == 0:
                    welcome.delete()
            self.created.append("home page")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="The Hub",
            )
        elif site.root_page_id != home.pk or site.site_name != "The Hub":
            site.root_page = home
            site.site_name = "The Hub"
            site.save()
        return home

    def english_page(self, parent, spec, tree):
        existing = parent.get_children().filter(slug=spec["key"]).first()
        if existing is not None and isinstance(existing.specific, page_class(spec)):
            return existing.specific, False
        if existing is not None:
            # A section that has since got its own page type: replace the placeholder.
            for page in existing.get_translations(inclusive=True):
                page.delete()
        page = parent.add_child(instance=page_class(spec)(**tree.page_fields(spec, "en")))
        self.created.append(f"/{spec['key']}/")
        return page, True

    def publish_with_links(self, new_pages):
        """Publish new pages once every page exists, so their buttons can point at any other."""
        for page, fields in new_pages:
            for name, value in fields().items():
                setattr(page, name, value)
            page.save_revision().publish()

    def translate_tree(self, tree, home, spanish):
        pending = []
        if not home.has_translation(spanish):
            pending.append((home, HomePage(**tree.home_fields("es"))))
        for spec in content.PAGES:
            page = tree.pages[spec["key"]]
            if not page.has_translation(spanish):
                pending.append((page, page_class(spec)(**tree.page_fields(spec, "es"))))
        translations = [translate(page, shadow, spanish) for page, shadow in pending]
        # A second pass points links at the Spanish pages, which now all exist.
        for translation in translations:
            save_and_publish(translation)
        self.created.extend(f"Spanish {page.title!r}" for page, _shadow in pending)

    # --- Settings and snippets -----------------------------------------------------------

    def site_settings(self, home):
        site = Site.objects.get(root_page=home)
        site_settings = SiteSettings.for_site(site)
        if not site_settings.contact_email:
            for name, value in content.SITE_SETTINGS.items():
                setattr(site_settings, name, value)
            site_settings.save()
            self.created.append("site settings")

    def footer(self, english, spanish):
        footer = FooterText.objects.filter(locale=english).first()
        if footer is None:
            footer = FooterText.objects.create(
                locale=english, mission_statement=content.FOOTER["en"]
            )
            self.created.append("footer text")
        if not footer.has_translation(spanish):
            translate(footer, FooterText(mission_statement=content.FOOTER["es"]), spanish)
            self.created.append("Spanish footer text")

    # --- Accounts ------------------------------------------------------------------------

    def demo_users(self):
        if settings.HUB_ENVIRONMENT == "production":
            self.stdout.write("Production: no demo accounts are created.")
            return
        User = get_user_model()
        credentials_file = Path(settings.DEMO_CREDENTIALS_FILE)
        new_credentials = []
        for spec in DEMO_USERS:
            if User.objects.filter(email=spec["email"]).exists():
                continue
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(password=password, **spec)
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
            MemberProfile.objects.update_or_create(user=user, defaults=DEMO_PROFILES[user.email])
            admin = spec.get("is_superuser", False)
            new_credentials.append(
                ("Administrator" if admin else "Demo member", spec["email"], password, admin)
            )
        for email, password, group in demo_staff():
            new_credentials.append((f"Staff ({group})", email, password, False))
        members = create_demo_members()
        if members:
            self.stdout.write(f"Created {members} demo members for the directory (no sign-in).")
        mentors = create_demo_mentors()
        if mentors:
            self.stdout.write(f"Created {mentors} demo mentors (no sign-in).")
        create_demo_preferences()
        nominations = create_demo_nominations()
        if nominations:
            self.stdout.write(f"Created {nominations} demo employer nominations.")
        registrations = create_demo_registrations()
        if registrations:
            self.stdout.write(f"Created {registrations} demo event registrations.")
        records = create_demo_registry()
        if records:
            self.stdout.write(f"Created a demo alumni registry of {records} records.")
        invitations = create_demo_invitations()
        if invitations:
            self.stdout.write(f"Created {invitations} demo invitations in two batches.")
        claims = create_demo_claims()
        if claims:
            self.stdout.write(f'Created {claims} demo "Did NMF support me?" claims.')
        mentoring = create_demo_mentoring()
        if mentoring:
            counts = ", ".join(f"{count} {kind}" for kind, count in mentoring.items())
            self.stdout.write(f"Created a year of demo mentoring: {counts}.")
        if new_credentials:
            lines = [
                f"{role}: {email}  password: {password}"
                for role, email, password, _admin in new_credentials
            ]
            credentials_file.parent.mkdir(parents=True, exist_ok=True)
            # A new administrator means a new database: older passwords no longer apply.
            mode = "w" if any(admin for *_account, admin in new_credentials) else "a"
            with credentials_file.open(mode) as credentials:
                credentials.write("\n".join(lines) + "\n")
            credentials_file.chmod(0o600)
            self.stdout.write(self.style.SUCCESS("Demo accounts (shown this once):"))
            for line in lines:
                self.stdout.write(f"  {line}")
        where = f" (passwords are kept in {credentials_file})" if credentials_file.exists() else ""
        self.stdout.write(
            f"Sign in to the admin at {settings.WAGTAILADMIN_BASE_URL}/admin/ "
            f"as {DEMO_USERS[0]['email']}{where}."
        )
