"""The volunteer protocol every mentor accepts, versioned, and the record of who accepted what."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.db.models import Max
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.models import HubPage
from members.models import is_verified_member
from mentorship.blocks import ProtocolBlock


def current_protocol_version():
    """The version of the live volunteer protocol, or None before one is published."""
    return VolunteerProtocolPage.objects.live().aggregate(version=Max("version"))["version"]


class VolunteerProtocolPage(RoutablePageMixin, HubPage):
    """The volunteer protocol at /volunteer/. Raising its version asks every mentor to accept
    it again before they appear in the directory."""

    version = models.PositiveSmallIntegerField(
        default=1,
        help_text=_(
            "Raise the number when the protocol changes in substance: every mentor is then asked "
            "to read and accept it again, and is not listed until they do. Leave it for small "
            "corrections."
        ),
    )
    effective_date = models.DateField(help_text=_("The date this version takes effect."))
    changes = models.TextField(
        _("what changed in this version"),
        blank=True,
        help_text=_("A few lines for mentors who accepted an earlier version."),
    )
    body = StreamField(ProtocolBlock(), help_text=_("The protocol, section by section."))

    # One protocol per language: translations are the others, so there is no max_count.
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    # The version is the same in every language: mentors accept the protocol, not a translation.
    override_translatable_fields = [
        SynchronizedField("version"),
        SynchronizedField("effective_date"),
    ]

    content_panels = [
        *HubPage.content_panels,
        MultiFieldPanel(
            [FieldPanel("version"), FieldPanel("effective_date"), FieldPanel("changes")],
            heading=_("Version"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*HubPage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("volunteer protocol")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["current_version"] = current = current_protocol_version()
        context["is_member"] = is_verified_member(request.user)
        if context["is_member"]:
            context["acknowledgement"] = (
                ProtocolAcknowledgement.objects.filter(user=request.user)
                .order_by("-version")
                .first()
            )
            context["is_mentor"] = hasattr(getattr(request.user, "profile", None), "mentor_profile")
        context["can_accept"] = current is not None and self.version == current
        return context

    @path("")
    def protocol(self, request):
        return self.render(request)

    @path("accept/", name="accept")
    def accept(self, request):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return _accept(self, request)


def _accept(page, request):
    if not is_verified_member(request.user):
        return redirect_to_login(page.url, reverse("account_login"))
    current = current_protocol_version()
    if current is None or str(current) != request.POST.get("version"):
        messages.warning(
            request,
            gettext("The protocol has just been updated. Please read this version and accept it."),
        )
        return redirect(page.url)
    if request.POST.get("agree") != "yes":
        messages.error(request, gettext("Tick the box to say you accept the protocol."))
        return redirect(page.url + "#accept")
    ProtocolAcknowledgement.objects.get_or_create(
        user=request.user,
        version=current,
        defaults={"page": page, "language": request.LANGUAGE_CODE},
    )
    mentor = getattr(getattr(request.user, "profile", None), "mentor_profile", None)
    if mentor is None:
        messages.success(
            request,
            gettext("Thank you for accepting the protocol. Now tell mentees about yourself."),
        )
        return redirect("mentorship:mentor_profile")
    messages.success(
        request,
        gettext("Thank you. You have accepted version %(version)s of the protocol.")
        % {"version": current},
    )
    return redirect("members:dashboard")


class ProtocolAcknowledgement(models.Model):
    """A member accepted a version of the volunteer protocol, at a time, reading a language."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="protocol_acknowledgements"
    )
    version = models.PositiveSmallIntegerField()
    page = models.ForeignKey(
        VolunteerProtocolPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page (and so the language) the member read."),
    )
    language = models.CharField(max_length=10, blank=True)
    accepted_at = models.DateTimeField(_("accepted"), auto_now_add=True)

    class Meta:
        verbose_name = _("protocol acknowledgement")
        ordering = ["-accepted_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "version"], name="one_acceptance_per_version")
        ]

    def __str__(self):
        return f"{self.user} accepted version {self.version}"
