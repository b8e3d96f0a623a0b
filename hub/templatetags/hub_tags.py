"""Template tags for the site frame: menu, language links, breadcrumbs and footer."""

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

from hub.models import FooterText

register = template.Library()


def _home_page(request):
    """The home page in the active language, looked up once per request."""
    if not hasattr(request, "_hub_home_page"):
        site = Site.find_for_request(request)
        home = None
        if site is not None:
            home = (
                site.root_page.get_translations(inclusive=True)
                .filter(locale__language_code=translation.get_language())
                .live()
                .first()
            ) or site.root_page
        request._hub_home_page = home
    return request._hub_home_page


@register.simple_tag(takes_context=True)
def home_page(context):
    return _home_page(context["request"])


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Pages under the home page marked "show in menus", in tree order."""
    home = _home_page(context["request"])
    if home is None:
        return []
    return list(home.get_children().live().public().in_menu().order_by("path"))


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language; on a page, each goes to that page's translation when published.

    Where a page has no published translation, the link goes to that language's home page.
    """
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    targets = {}
    if isinstance(page, Page) and page.pk:
        site = Site.find_for_request(request)
        same_page = Q(translation_key=page.translation_key)
        if site is not None:
            home_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
            same_page |= Q(translation_key__in=home_key)
        candidates = Page.objects.filter(same_page).live().select_related("locale")
        # The page's own translations win over the home pages.
        for candidate in sorted(
            candidates, key=lambda p: p.translation_key != page.translation_key
        ):
            targets.setdefault(candidate.locale.language_code, candidate.get_url(request))
    links = []
    for code, _name in settings.LANGUAGES:
        url = targets.get(code)
        if url is None:
            url = translate_url(request.get_full_path(), code)
            if code != current and url == request.get_full_path():
                url = f"/{code}/"
        links.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "url": url,
                "is_current": code == current,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    """The page's ancestors below the tree root, home first."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gte=2).live().order_by("depth"))


@register.simple_tag
def footer_text():
    return FooterText.for_active_language()


@register.filter
def is_within(page, section):
    """True when ``page`` is ``section`` or one of its descendants (for menu highlighting)."""
    return (
        isinstance(page, Page) and isinstance(section, Page) and page.path.startswith(section.path)
    )


@register.filter
def field_description_ids(field):
    """The ids of a field's help text and errors, for aria-describedby."""
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}-help")
    if field.errors:
        ids.append(f"{field.auto_id}-error")
    return " ".join(ids)


@register.filter
def with_description(field, describedby):
    """Render a bound field's widget tied to its help and errors, marked invalid when it is."""
    attrs = {}
    if describedby:
        attrs["aria-describedby"] = describedby
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.filter
def is_choice_list(field):
    """True for radio buttons and multiple checkboxes, which are grouped in a fieldset."""
    return getattr(field.field.widget, "allow_multiple_selected", False) or (
        getattr(field.field.widget, "input_type", "") == "radio"
    )
