"""The National Alumni Council and the Young Leaders Council: who serves, and how to reach them."""

from django.conf import settings
from django.contrib import messages
from django.core.mail import send_mail
from django.db import models
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import HubPage


class CouncilIndexPage(HubPage):
    """/councils/: what the councils are, with a card for each."""

    body = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["mentorship.CouncilPage"]

    content_panels = [*HubPage.content_panels, FieldPanel("body")]
    search_fields = [*HubPage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("councils index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["councils"] = CouncilPage.objects.child_of(self).live().public()
        return context


class CouncilPage(RoutablePageMixin, HubPage):
    """One council: purpose, charter, who serves (now and before), and a way to write to it."""

    charter = StreamField(
        BodyBlock(), blank=True, help_text=_("The council's charter: mandate, structure, terms.")
    )
    meeting_cadence = models.CharField(
        _("how often it meets"),
        max_length=200,
        help_text=_("e.g. 'Quarterly by video, and once a year in person'."),
    )
    how_to_join = RichTextField(
        _("how to join or nominate someone"),
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_(
            "Who can serve, how to put yourself or a colleague forward, and when seats open."
        ),
    )
    contact_email = models.EmailField(
        _("where messages go"),
        help_text=_(
            "The staff or council address that receives messages from the contact form. "
            "It is never shown on the site."
        ),
    )

    parent_page_types = ["mentorship.CouncilIndexPage"]
    subpage_types = []

    content_panels = [
        *HubPage.content_panels,
        FieldPanel("charter"),
        MultiFieldPanel(
            [FieldPanel("meeting_cadence"), FieldPanel("how_to_join"), FieldPanel("contact_email")],
            heading=_("Meetings and joining"),
        ),
        InlinePanel("memberships", heading=_("Members"), label=_("member")),
    ]
    search_fields = [
        *HubPage.search_fields,
        index.SearchField("charter"),
        index.SearchField("how_to_join"),
    ]

    class Meta:
        verbose_name = _("council")

    def get_context(self, request, *args, **kwargs):
        from mentorship.forms import CouncilContactForm

        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        memberships = list(self.memberships.all())
        context["current_members"] = [m for m in memberships if m.is_current(today)]
        context["past_members"] = sorted(
            (m for m in memberships if m.term_end and m.term_end < today),
            key=lambda m: m.term_end,
            reverse=True,
        )
        context.setdefault("contact_form", CouncilContactForm())
        return context

    @path("")
    def council(self, request):
        return self.render(request)

    @path("contact/", name="contact")
    def contact(self, request):
        from mentorship.forms import CouncilContactForm

        if request.method != "POST":
            return redirect(self.url + "#contact")
        form = CouncilContactForm(request.POST)
        if not form.is_valid():
            return self.render(request, context_overrides={"contact_form": form})
        if not form.is_spam():
            message = form.save(commit=False)
            message.council = self
            message.language = request.LANGUAGE_CODE
            message.save()
            message.notify()
        # Bots that fill the hidden field are thanked too, so they learn nothing.
        messages.success(
            request, gettext("Thank you. Your message is with the council's staff contact.")
        )
        return redirect(self.url)


class CouncilRole(models.TextChoices):
    CHAIR = "chair", _("Chair")
    VICE_CHAIR = "vice_chair", _("Vice chair")
    SECRETARY = "secretary", _("Secretary")
    MEMBER = "member", _("Member")
    STAFF_LIAISON = "staff_liaison", _("NMF staff liaison")


class CouncilMembership(Orderable):
    """A person's term on a council. Current while the term runs; past once it has ended."""

    council = ParentalKey(CouncilPage, on_delete=models.CASCADE, related_name="memberships")
    name = models.CharField(max_length=120)
    credentials = models.CharField(max_length=60, blank=True, help_text=_("e.g. 'MD, MPH'"))
    affiliation = models.CharField(
        max_length=160, blank=True, help_text=_("Role and place, e.g. 'Pediatrician, Atlanta'.")
    )
    role = models.CharField(max_length=20, choices=CouncilRole.choices, default=CouncilRole.MEMBER)
    term_start = models.DateField()
    term_end = models.DateField(
        null=True, blank=True, help_text=_("Leave empty for a term with no fixed end.")
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="council_memberships",
        help_text=_("Their Hub account, if they have one, so their profile shows the council."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("credentials"),
        FieldPanel("affiliation"),
        FieldPanel("role"),
        FieldPanel("term_start"),
        FieldPanel("term_end"),
        FieldPanel("member"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("council membership")

    def __str__(self):
        return f"{self.name} ({self.get_role_display()})"

    def is_current(self, today):
        return self.term_start <= today and (self.term_end is None or self.term_end >= today)


class CouncilMessage(models.Model):
    """A message sent through a council page's form; staff read it in the admin."""

    council = models.ForeignKey(
        CouncilPage, null=True, on_delete=models.SET_NULL, related_name="messages"
    )
    name = models.CharField(_("your name"), max_length=120)
    email = models.EmailField(_("your email address"))
    message = models.TextField(_("your message"), max_length=3000)
    language = models.CharField(max_length=10, blank=True)
    sent_at = models.DateTimeField(auto_now_add=True)
    handled = models.BooleanField(_("answered"), default=False)

    class Meta:
        verbose_name = _("council message")
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.name} → {self.council}"

    def notify(self):
        council = self.council.title if self.council else ""
        send_mail(
            subject=f"[The Hub] Message for {council}",
            message=(
                f"{self.name} <{self.email}> wrote through the {council} page:\n\n{self.message}\n"
            ),
            from_email=None,
            recipient_list=[self.council.contact_email],
        )
