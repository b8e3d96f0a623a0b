from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class HubSitemap(Sitemap):
    """Every live, public page in every language, each with its translations as alternates."""

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_any_tree)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_translation = defaultdict(list)
        for item in pages:
            by_translation[item.translation_key].append(item)

        urls = []
        last_mods = set()
        for item in pages:
            translations = by_translation[item.translation_key]
            own_url = item.get_full_url(self.request)
            others = [
                (languages[other.locale_id], other.get_full_url(self.request))
                for other in translations
            ]
            for url_info in item.get_sitemap_urls(self.request):
                # A routable page lists addresses below its own (a specialty under
                # /specialties/): their alternates sit at the same place below each translation.
                suffix = url_info["location"].removeprefix(own_url)
                if len(others) > 1:
                    url_info["alternates"] = [
                        {"lang_code": code, "location": location + suffix}
                        for code, location in others
                    ]
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
