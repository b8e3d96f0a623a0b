from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def paginate(request, items, per_page):
    """The requested page of ``items``; a missing or nonsense page number gives the nearest."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))


@require_GET
def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    promotions = []
    if query:
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=1)
            .specific()
            .search(query)
        )
        results = paginate(request, pages, RESULTS_PER_PAGE)
        search_query = Query.get(query)
        search_query.add_hit()
        promotions = list(search_query.editors_picks.filter(page__live=True).select_related("page"))
    return TemplateResponse(
        request,
        "hub/search.html",
        {"search_query": query, "results": results, "promotions": promotions},
    )


@never_cache
@require_GET
def healthz(request):
    """For load balancers and uptime checks: is the Hub up, and can it reach its database?"""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@cache_control(max_age=3600, public=True)
@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /en/search/",
        "Disallow: /es/search/",
        "Allow: /",
        "",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
