"""The public "Did NMF support me?" page: what editors write around the claim form, and its
routes (the form, "check your email", and the confirmation link)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from home.models import HubPage

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class ClaimPage(RoutablePageMixin, HubPage):
    """/did-nmf-support-me/: anyone may ask whether NMF supported them. The form's answer is
    always the same "check your email" page; the claim is matched against the registry only
    once its email address is confirmed, and staff review it."""

    what_happens_next = RichTextField(
        _("what happens next"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_(
            "A few short steps: confirming the email, staff review, and the answer by email."
        ),
    )
    how_we_use_information = RichTextField(
        _("how we use your information"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_(
            "Who sees the details people send, what they are used for and how long they are "
            "kept. The consent box under the form points here."
        ),
    )

    content_panels = [
        *HubPage.content_panels,
        FieldPanel("what_happens_next"),
        FieldPanel("how_we_use_information"),
    ]
    search_fields = [*HubPage.search_fields, index.SearchField("what_happens_next")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    # One form per language: two would split claims, rate limits and links between them.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("“Did NMF support me?” page")

    @path("")
    def claim_form(self, request):
        from alumni.claims import claim_form_view

        return claim_form_view(self, request)

    @path("sent/", name="sent")
    def sent(self, request):
        from alumni.claims import sent_view

        return sent_view(self, request)

    @path("confirm/<uuid:token>/", name="confirm")
    def confirm(self, request, token):
        from alumni.claims import confirm_view

        return confirm_view(self, request, token)

    @path("confirmed/", name="confirmed")
    def confirmed(self, request):
        from alumni.claims import confirmed_view

        return confirmed_view(self, request)
