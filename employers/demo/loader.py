"""Build the demo Employers of Choice in both languages: the criteria's Spanish translations,
employer pages with their logos and designations, and a few nominations.

Called by ``load_demo_content``. Idempotent: criteria translations, employers, logos and
nominations that exist are left alone; only what is missing is created.
"""

import datetime
import io
from functools import cached_property

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Collection

from employers.demo import employers as content
from employers.models import (
    Designation,
    EmployerPage,
    Nomination,
    NominationStatus,
    RecognitionCriterion,
)
from home.demo.stream import block_id
from home.demo.translation import translate
from members.models import User
from mentorship.models import Specialty

LOGO_COLLECTION = "Employer logos (demo)"
LOGO_SIZE = 240
# Dark enough for white initials to pass WCAG AA at any size.
LOGO_COLOURS = ["#1f4e79", "#7a2e39", "#2f6b3b", "#5b3a7a", "#8a4b08", "#0f5e63", "#6b2d5c"]
NOT_INITIALS = {"of", "the", "and", "del", "de", "la"}
# How long staff took to move a demo nomination on from "received".
REVIEW_TIME = datetime.timedelta(days=9)


def initials(name):
    words = [word for word in name.replace("’s", "").split() if word.lower() not in NOT_INITIALS]
    return "".join(word[0] for word in words[:2]).upper()


def logo_png(name, colour):
    """A square PNG with the employer's initials in white on ``colour``."""
    image = PillowImage.new("RGB", (LOGO_SIZE, LOGO_SIZE), colour)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=LOGO_SIZE * 2 // 5)
    middle = LOGO_SIZE / 2
    draw.text(
        (middle, middle),
        initials(name),
        fill="white",
        font=font,
        anchor="mm",
        stroke_width=2,
        stroke_fill="white",
    )
    data = io.BytesIO()
    image.save(data, format="PNG", optimize=True)
    return data


class EmployersDemo:
    def __init__(self, spanish):
        self.spanish = spanish
        self.created = []
        self.this_year = timezone.localdate().year
        self.criteria = {criterion.name: criterion for criterion in RecognitionCriterion.scored()}

    # --- English ----------------------------------------------------------------------------

    def load(self, index):
        """Create the employers missing under ``index``; return those to feature on the home
        page."""
        existing = {page.slug: page for page in EmployerPage.objects.child_of(index)}
        self.specialties = {specialty.slug: specialty for specialty in Specialty.objects.all()}
        self.employers = {}
        for position, spec in enumerate(content.EMPLOYERS):
            page = existing.get(spec["slug"])
            if page is None:
                page = self.employer(index, spec, position)
            self.employers[spec["slug"]] = page
        return [self.employers[slug] for slug in content.FEATURED if slug in self.employers]

    def employer(self, index, spec, position):
        page = EmployerPage(
            **self.page_fields(spec, "en"),
            employer_type=spec["type"],
            headquarters_state=spec["state"],
            locations=spec["locations"],
            website=spec["website"],
            careers_url=spec["careers"],
            logo=self.logo(spec, position),
        )
        page.designations = [
            Designation(
                year=self.year(designation),
                scores=self.scores(spec, designation, "en"),
                citation=designation["en"].get("citation", ""),
            )
            for designation in spec["designations"]
        ]
        page.specialties.add(*(self.specialties[slug] for slug in spec["specialties"]))
        index.add_child(instance=page)
        page.save_revision().publish()
        self.created.append(f"employer {spec['slug']}")
        return page

    def page_fields(self, spec, language):
        """The fields a translation changes (the name, slug and city stay as they are)."""
        data = spec[language]
        return {
            "title": spec["name"],
            "slug": spec["slug"],
            "headquarters_city": spec["city"],
            "introduction": data["introduction"],
            "search_description": data["introduction"],
            "description": "".join(f"<p>{paragraph}</p>" for paragraph in data["description"]),
            "opportunities": data["opportunities"],
        }

    def year(self, designation):
        return self.this_year - designation["ago"]

    def scores(self, spec, designation, language):
        evidence = designation[language].get("evidence", {})
        year = self.year(designation)
        return [
            {
                "type": "score",
                "value": {
                    "criterion": self.criteria[name].pk,
                    "points": points,
                    "evidence": evidence.get(key, ""),
                },
                "id": block_id(spec["slug"], year, key),
            }
            for (key, name), points in zip(
                content.CRITERIA.items(), designation["points"], strict=True
            )
            if name in self.criteria
        ]

    def logo(self, spec, position):
        Image = get_image_model()
        collection = self.logo_collection
        title = f"{spec['name']} logo"
        alt_text = (
            f"The {spec['name']} logo: the letters {initials(spec['name'])} in white on a "
            "coloured square."
        )
        image = Image.objects.filter(collection=collection, title=title).first()
        if image is None:
            colour = LOGO_COLOURS[position % len(LOGO_COLOURS)]
            image = Image(
                title=title,
                description=alt_text,
                collection=collection,
                file=ImageFile(logo_png(spec["name"], colour), name=f"{spec['slug']}.png"),
            )
            image.save()
        elif not image.description:
            # Logos loaded before the Hub asked for alt text get theirs now.
            image.description = alt_text
            image.save(update_fields=["description"])
        return image

    @cached_property
    def logo_collection(self):
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=LOGO_COLLECTION).first()
        return collection or root.add_child(name=LOGO_COLLECTION)

    # --- Spanish ----------------------------------------------------------------------------

    def translate_all(self):
        """Give the criteria and every employer their Spanish translation if they lack one.
        The Spanish index must exist already."""
        for name, criterion in self.criteria.items():
            if name in content.CRITERIA_ES and not criterion.has_translation(self.spanish):
                shadow = RecognitionCriterion(**content.CRITERIA_ES[name])
                translate(criterion, shadow, self.spanish)
                self.created.append(f"Spanish criterion {name!r}")
        for spec in content.EMPLOYERS:
            page = self.employers[spec["slug"]]
            if not page.has_translation(self.spanish):
                translate(page, self.spanish_shadow(page, spec), self.spanish)
                self.created.append(f"Spanish {spec['name']!r}")

    def spanish_shadow(self, page, spec):
        """An unsaved page holding the Spanish words, its designations paired with the English
        ones by translation key."""
        shadow = EmployerPage(**self.page_fields(spec, "es"))
        specs = {self.year(designation): designation for designation in spec["designations"]}
        shadow.designations = [
            Designation(
                translation_key=designation.translation_key,
                year=designation.year,
                scores=self.scores(spec, specs[designation.year], "es"),
                citation=specs[designation.year]["es"].get("citation", ""),
            )
            for designation in page.designations.all()
        ]
        return shadow


# --- Nominations -----------------------------------------------------------------------------


@transaction.atomic
def create_demo_nominations():
    """Create the demo nominations that are missing, by members who exist; return how many
    were created."""
    now = timezone.now()
    reviewer = User.objects.filter(is_superuser=True).order_by("pk").first()
    created = 0
    for spec in content.NOMINATIONS:
        nominator = User.objects.filter(email=spec["nominator"]).first()
        if nominator is None:
            continue
        fields = {name: value for name, value in spec.items() if name not in {"nominator", "ago"}}
        if Nomination.objects.filter(
            nominator=nominator, employer_name=fields["employer_name"]
        ).exists():
            continue
        reviewed = spec["status"] != NominationStatus.NEW
        nomination = Nomination.objects.create(
            nominator=nominator, reviewed_by=reviewer if reviewed else None, **fields
        )
        # Sent some time ago, and last changed when staff moved it on.
        sent = now - datetime.timedelta(days=spec["ago"])
        Nomination.objects.filter(pk=nomination.pk).update(
            created_at=sent, updated_at=min(now, sent + REVIEW_TIME) if reviewed else sent
        )
        created += 1
    return created
