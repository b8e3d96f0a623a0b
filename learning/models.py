import secrets

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.models import HubPage
from hub.fields import ChoiceListField
from hub.models import ReviewedSnippet
from hub.vocabulary import Stage
from learning.blocks import KnowledgeCheckBlock, LessonBlock
from members.models import is_verified_member
from mentorship.models import Specialty
from mentorship.models.specialties import specialties_field

# --- Reference data ------------------------------------------------------------------------


class Topic(ReviewedSnippet):
    """One of the six learning topics that courses and resources are grouped by."""

    name = models.CharField(max_length=80)
    slug = models.SlugField(
        max_length=80, help_text=_("Used in web addresses; keep it the same in every language.")
    )
    description = models.TextField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(ReviewedSnippet.Meta):
        ordering = ["name"]
        verbose_name = _("topic")

    def __str__(self):
        return self.name


class Person(ReviewedSnippet):
    """A facilitator, host or speaker."""

    name = models.CharField(max_length=120)
    credentials = models.CharField(
        max_length=80, blank=True, help_text=_("e.g. 'MD, MPH' or 'PharmD'")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    bio = models.TextField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("credentials"), FieldPanel("photo"), FieldPanel("bio")]

    class Meta(ReviewedSnippet.Meta):
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name


class CourseFormat(models.TextChoices):
    SELF_PACED = "self_paced", _("Self-paced course")
    MICRO = "micro", _("Short course (under 30 minutes)")
    GUIDED = "guided", _("Guided course")


class StagesField(ChoiceListField):
    """Several career stages in one column (",resident,early_career,")."""

    choice_set = Stage

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 120)
        super().__init__(*args, **kwargs)


# --- Pages ---------------------------------------------------------------------------------


class LearningIndexPage(HubPage):
    """The learning library: every course, filterable, searchable. One per language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["learning.CoursePage"]

    class Meta:
        verbose_name = _("learning library")

    COURSES_PER_PAGE = 12

    def get_context(self, request, *args, **kwargs):
        from hub.views import paginate
        from learning.forms import CourseFilterForm
        from learning.progress import percent_done, progress_by_course

        context = super().get_context(request, *args, **kwargs)
        topics = list(self.topics())
        form = CourseFilterForm(request.GET, topics)
        courses = paginate(request, form.apply(self.courses()), self.COURSES_PER_PAGE)
        progress = progress_by_course(request.user, courses)
        for course in courses:
            done, started = progress.get(course.translation_key, (0, False))
            course.member_percent = percent_done(done, course.module_count) if started else None
        context.update(filter_form=form, courses=courses, topics=topics)
        return context

    def topics(self):
        return Topic.objects.live().filter(locale=self.locale)

    def courses(self):
        return with_module_totals(
            CoursePage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("topic")
            .prefetch_related("tagged_specialties__tag")
            .order_by("title")
        )


def with_module_totals(courses):
    """Annotate courses with their number of live modules and total estimated minutes."""
    modules = ModulePage.objects.live().filter(
        path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1
    )
    return courses.annotate(
        module_count=Coalesce(
            Subquery(
                modules.order_by().values("depth").annotate(n=Count("pk")).values("n")[:1],
                output_field=IntegerField(),
            ),
            0,
        ),
        total_minutes=Coalesce(
            Subquery(
                modules.order_by()
                .values("depth")
                .annotate(m=Sum("estimated_minutes"))
                .values("m")[:1],
                output_field=IntegerField(),
            ),
            0,
        ),
    )


class CourseSpecialty(ItemBase):
    tag = models.ForeignKey(Specialty, on_delete=models.CASCADE, related_name="tagged_courses")
    content_object = ParentalKey(
        "learning.CoursePage", on_delete=models.CASCADE, related_name="tagged_specialties"
    )


class CourseFacilitator(Orderable):
    course = ParentalKey(
        "learning.CoursePage", on_delete=models.CASCADE, related_name="facilitators"
    )
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("person")]


class CoursePrerequisite(Orderable):
    course = ParentalKey(
        "learning.CoursePage", on_delete=models.CASCADE, related_name="prerequisites"
    )
    required_course = models.ForeignKey(
        "learning.CoursePage", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("required_course")]


class CoursePage(HubPage):
    topic = models.ForeignKey(
        Topic,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="courses",
        help_text=_("Learners can filter the library by topic; this course is listed under it."),
    )
    summary = models.TextField(
        max_length=300, help_text=_("One or two sentences shown on course cards.")
    )
    objectives = StreamField(
        [("objective", blocks.CharBlock(max_length=200))],
        blank=True,
        help_text=_("What learners can do by the end: one short sentence each."),
    )
    audience = StagesField(
        _("audience"), help_text=_("The career stages this course is written for.")
    )
    specialties = specialties_field(CourseSpecialty)
    format = models.CharField(
        max_length=20,
        choices=CourseFormat.choices,
        default=CourseFormat.SELF_PACED,
        help_text=_("Shown on the course page, so learners know how it runs before they start."),
    )
    issues_certificate = models.BooleanField(
        default=True, help_text=_("Learners who finish every module receive a certificate.")
    )
    members_only = models.BooleanField(
        default=False,
        help_text=_("Everyone sees the outline; only signed-in members open the modules."),
    )

    parent_page_types = ["learning.LearningIndexPage"]
    subpage_types = ["learning.ModulePage"]
    # The audience is a list of stage codes, the same in every language.
    override_translatable_fields = [SynchronizedField("audience")]

    content_panels = [
        *HubPage.content_panels,
        FieldPanel("summary"),
        FieldPanel("topic"),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("specialties"),
                FieldPanel("format"),
                FieldPanel("issues_certificate"),
                FieldPanel("members_only"),
            ],
            heading=_("Who it is for and how it runs"),
        ),
        InlinePanel("facilitators", label=_("Facilitators")),
        InlinePanel("prerequisites", label=_("Courses to finish first")),
    ]
    search_fields = [
        *HubPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.RelatedFields("topic", [index.SearchField("name")]),
        index.FilterField("format"),
        index.FilterField("members_only"),
    ]

    class Meta:
        verbose_name = _("course")

    def modules(self):
        return ModulePage.objects.live().public().child_of(self).order_by("path")

    def audience_labels(self):
        labels = dict(Stage.choices)
        return [labels[stage] for stage in self.audience if stage in labels]

    def facilitator_people(self):
        people = [item.person for item in self.facilitators.select_related("person__photo")]
        return [person.localized for person in people]

    def get_context(self, request, *args, **kwargs):
        from learning.progress import course_outline, missing_prerequisites

        context = super().get_context(request, *args, **kwargs)
        outline = course_outline(request.user, self)
        context.update(
            outline=outline,
            total_minutes=sum(item["page"].estimated_minutes for item in outline["modules"]),
            missing_prerequisites=missing_prerequisites(request.user, self),
            may_open_modules=self.may_open_modules(request.user),
            certificate=self.certificate_for(request.user),
        )
        return context

    def may_open_modules(self, user):
        return not self.members_only or is_verified_member(user)

    def certificate_for(self, user):
        if not user.is_authenticated or not self.issues_certificate:
            return None
        return Certificate.objects.filter(user=user, course_key=self.translation_key).first()


class ModulePage(RoutablePageMixin, HubPage):
    estimated_minutes = models.PositiveSmallIntegerField(
        default=15,
        help_text=_("About how long the module takes; the course outline adds these up."),
    )
    lesson = StreamField(
        LessonBlock(),
        blank=True,
        help_text=_("What learners read, watch and download in this module, in order."),
    )
    questions = StreamField(
        KnowledgeCheckBlock(),
        blank=True,
        verbose_name=_("knowledge check"),
        help_text=_("Optional. With questions, learners complete the module by passing them."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        default=70, help_text=_("Percentage of questions a learner must get right to pass.")
    )
    counts_toward_completion = models.BooleanField(
        default=True,
        help_text=_("Untick for optional extras that the course can be finished without."),
    )

    parent_page_types = ["learning.CoursePage"]
    subpage_types = []

    content_panels = [
        *HubPage.content_panels,
        FieldPanel("estimated_minutes"),
        FieldPanel("lesson"),
        MultiFieldPanel(
            [FieldPanel("questions"), FieldPanel("pass_mark")], heading=_("Knowledge check")
        ),
        FieldPanel("counts_toward_completion"),
    ]
    search_fields = [*HubPage.search_fields, index.SearchField("lesson")]

    class Meta:
        verbose_name = _("module")

    @cached_property
    def course(self):
        return CoursePage.objects.get(pk=self.get_parent().pk) if self.pk else None

    def access_problem(self, user):
        """Why ``user`` may not take this module yet (and the courses still to finish)."""
        from learning.progress import missing_prerequisites

        if self.course.members_only and not is_verified_member(user):
            return "members_only", []
        missing = missing_prerequisites(user, self.course)
        if missing:
            return "locked", missing
        return None, []

    def neighbours(self):
        siblings = list(self.course.modules().only("id", "title", "url_path", "path", "depth"))
        position = next((i for i, page in enumerate(siblings) if page.pk == self.pk), 0)
        previous_page = siblings[position - 1] if position > 0 else None
        next_page = siblings[position + 1] if position + 1 < len(siblings) else None
        return position + 1, len(siblings), previous_page, next_page

    def get_context(self, request, *args, **kwargs):
        import secrets

        from learning.forms import KnowledgeCheckForm
        from learning.progress import record_view

        context = super().get_context(request, *args, **kwargs)
        problem, missing = self.access_problem(request.user)
        position, count, previous_page, next_page = self.neighbours()
        progress = None
        if problem is None and is_verified_member(request.user):
            progress = record_view(request.user, self.course, self)
        context.update(
            course=self.course,
            access_problem=problem,
            missing_prerequisites=missing,
            position=position,
            module_count=count,
            previous_page=previous_page,
            next_page=next_page,
            progress=progress,
            can_save=is_verified_member(request.user),
        )
        if self.questions and "check_form" not in context:
            context["check_form"] = KnowledgeCheckForm(
                self, initial={"token": secrets.token_hex(16)}
            )
        return context

    @path("")
    def module_route(self, request):
        return self.render(request)

    @path("check/")
    def check_answers(self, request):
        from learning.forms import KnowledgeCheckForm
        from learning.progress import submit_check

        if request.method != "POST" or not self.questions:
            return redirect(self.url)
        if not is_verified_member(request.user):
            return redirect_to_login(self.url, reverse("account_login"))
        if self.access_problem(request.user)[0]:
            return redirect(self.url)
        form = KnowledgeCheckForm(self, request.POST)
        result = None
        if form.is_valid():
            result = submit_check(
                request.user, self.course, self, form.answers(), form.cleaned_data["token"]
            )
            form = KnowledgeCheckForm(self, initial={"token": secrets.token_hex(16)})
        return self.render(request, context_overrides={"check_form": form, "result": result})

    @path("complete/")
    def complete(self, request):
        from learning.progress import mark_complete

        if request.method != "POST":
            return redirect(self.url)
        if not is_verified_member(request.user):
            return redirect_to_login(self.url, reverse("account_login"))
        if self.questions or self.access_problem(request.user)[0]:
            return redirect(self.url)
        certificate = mark_complete(request.user, self.course, self)
        _position, _count, _previous, next_page = self.neighbours()
        if next_page is not None:
            return redirect(next_page.url)
        if certificate is not None:
            messages.success(request, _("You finished the course. Your certificate is ready."))
        return redirect(self.course.url)


# --- Progress ------------------------------------------------------------------------------
# Progress is keyed by the pages' translation keys, so it follows the member across languages
# and survives a module being moved, unpublished or deleted.


class Enrollment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    course_key = models.UUIDField(db_index=True)
    started_at = models.DateTimeField(auto_now_add=True)
    last_module_key = models.UUIDField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="one_enrollment_per_course")
        ]

    def __str__(self):
        return f"{self.user} in {self.course_key}"


class ModuleProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_progress"
    )
    course_key = models.UUIDField(db_index=True)
    module_key = models.UUIDField()
    first_viewed_at = models.DateTimeField(auto_now_add=True)
    last_viewed_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    best_score = models.PositiveSmallIntegerField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_attempt_token = models.CharField(max_length=32, blank=True)

    class Meta:
        verbose_name_plural = _("module progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "module_key"], name="one_progress_per_module")
        ]

    def __str__(self):
        return f"{self.user} on {self.module_key}"


def new_certificate_code():
    return secrets.token_urlsafe(12)


class Certificate(models.Model):
    """Issued once per member and course; the code lets anyone verify it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    course_key = models.UUIDField()
    code = models.CharField(
        max_length=32, unique=True, default=new_certificate_code, editable=False
    )
    recipient_name = models.CharField(max_length=200)
    course_title = models.CharField(max_length=255)
    issued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"], name="one_certificate_per_course"
            )
        ]

    def __str__(self):
        return f"{self.course_title}: {self.recipient_name}"
