from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from learning import views as learning_views

from . import views
from .sitemap import HubSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": HubSitemap}}, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("accounts/", include("allauth.urls")),
    path("", include("members.urls")),
    path("", include("mentorship.urls")),
    path("", include("resources.registration_urls")),
    path("", include("alumni.invitation_urls")),
    path("", include("resources.urls")),
    path("learn/certificates/<str:code>/", learning_views.certificate, name="learning_certificate"),
    # Everything else is a Wagtail page; this must come last.
    path("", include(wagtail_urls)),
)
