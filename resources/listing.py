"""What the resource library and a resource page show, gathered in a constant number of queries."""

from django.utils.translation import gettext as _
from wagtail.models import Page

from hub.views import paginate
from learning.models import Topic
from resources.forms import ResourceFilterForm
from resources.models import ResourceType

RESOURCES_PER_PAGE = 12
FEATURED_COUNT = 3


def resource_index_context(index, request):
    """The library's filters, the requested page of resources and, before anyone narrows the
    list, the featured resources."""
    topics = list(Topic.objects.live().filter(locale=index.locale))
    form = ResourceFilterForm(request.GET, topics)
    # Cards do not list specialties, so the queryset's prefetch of them is dropped.
    everything = index.resources().prefetch_related(None)
    resources = paginate(request, form.apply(everything), RESOURCES_PER_PAGE)
    featured = []
    if not form.narrows() and resources.number == 1:
        featured = list(
            everything.filter(featured=True).order_by("-first_published_at", "-pk")[:FEATURED_COUNT]
        )
    return {"filter_form": form, "resources": resources, "featured": featured, "topics": topics}


def duration_label(resource):
    """'12 min read', '20 min watch' or '45 min listen', depending on the type; '' when the
    editor gave no time."""
    if not resource.minutes:
        return ""
    if resource.resource_type == ResourceType.VIDEO:
        return _("%(minutes)s min watch") % {"minutes": resource.minutes}
    if resource.resource_type == ResourceType.PODCAST:
        return _("%(minutes)s min listen") % {"minutes": resource.minutes}
    return _("%(minutes)s min read") % {"minutes": resource.minutes}


def related_pages(page):
    """The live, public courses and resources the editor chose, in the reader's language (the
    chooser localises them), as specific pages, in the editor's order."""
    chosen = [block.value for block in page.related if block.value is not None]
    if not chosen:
        return []
    found = Page.objects.live().public().filter(pk__in=[p.pk for p in chosen]).specific().in_bulk()
    return [found[p.pk] for p in chosen if p.pk in found]


def resource_page_details(page, request):
    """Documents, links, specialties (with their pages) and related pages for a resource page,
    in the same number of queries however many there are."""
    from mentorship.directory import specialty_links

    return {
        "documents": list(page.documents.all().select_related("document")),
        "links": list(page.links.all()),
        "specialties": specialty_links(page, list(page.specialties.all()), request),
        "stages": page.stage_labels(),
        "related": related_pages(page),
    }
