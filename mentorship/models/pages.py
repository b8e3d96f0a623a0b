"""The mentor directory (with each mentor's profile) and the specialty pages."""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import HubPage
from members.models import is_verified_member


class MentorDirectoryPage(RoutablePageMixin, HubPage):
    """/mentors/: the directory for members, what the network offers for everyone else, and
    each mentor's profile at /mentors/<id>/."""

    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text=_("How mentorship works; shown below the directory."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    content_panels = [*HubPage.content_panels, FieldPanel("body")]
    search_fields = [*HubPage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("mentor directory")

    MENTORS_PER_PAGE = 12

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["mentor_base_url"] = self.url
        return context

    @path("")
    def directory(self, request):
        from mentorship.directory import MentorDirectory

        if is_verified_member(request.user):
            context = MentorDirectory(request.GET).for_member(request, self.MENTORS_PER_PAGE)
        else:
            context = MentorDirectory({}).overview()
        return self.render(request, context_overrides=context)

    @path("<uuid:public_id>/", name="mentor")
    def mentor(self, request, public_id):
        from mentorship.directory import mentor_for_member

        if not is_verified_member(request.user):
            return redirect_to_login(request.get_full_path(), reverse("account_login"))
        mentor = mentor_for_member(request.user, public_id)
        if mentor is None:
            raise Http404
        from mentorship.models import Mentorship, MentorshipRequest, RequestStatus

        mentor_user = mentor.member.user_id
        return self.render(
            request,
            template="mentorship/mentor_profile.html",
            context_overrides={
                "mentor": mentor,
                "is_own": mentor_user == request.user.pk,
                "pending_request": MentorshipRequest.objects.filter(
                    mentee=request.user, mentor_id=mentor_user, status=RequestStatus.PENDING
                ).first(),
                "is_my_mentor": Mentorship.objects.filter(
                    mentee=request.user, mentor_id=mentor_user, ended_at__isnull=True
                ).exists(),
            },
        )

    @path("<uuid:public_id>/request/", name="request")
    def request_mentorship(self, request, public_id):
        from mentorship.views import request_mentorship

        if not is_verified_member(request.user):
            return redirect_to_login(request.get_full_path(), reverse("account_login"))
        return request_mentorship(request, self, public_id)


class SpecialtyIndexPage(RoutablePageMixin, HubPage):
    """/specialties/: every specialty, and at /specialties/<slug>/ all the Hub holds for one."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("specialties index")

    def get_context(self, request, *args, **kwargs):
        from mentorship.directory import specialty_overview

        context = super().get_context(request, *args, **kwargs)
        context["specialties"] = specialty_overview(self.locale)
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("<slug:slug>/", name="specialty")
    def specialty(self, request, slug):
        from mentorship.directory import specialty_context

        context = specialty_context(request, self, slug)
        if context is None:
            raise Http404
        from employers.listing import specialty_employers

        context.update(specialty_employers(self.locale, context["specialty"]))
        return self.render(
            request, template="mentorship/specialty_page.html", context_overrides=context
        )

    def get_sitemap_urls(self, request=None):
        from mentorship.models import Specialty

        urls = super().get_sitemap_urls(request)
        base = urls[0]["location"]
        slugs = Specialty.objects.values_list("slug", flat=True)
        return urls + [{"location": f"{base}{slug}/"} for slug in slugs]
