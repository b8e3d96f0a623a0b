from django import template

from resources import listing

register = template.Library()


@register.simple_tag(takes_context=True)
def resource_details(context, page):
    """Documents, links, specialties and related pages of a resource page (see
    ``resources.listing.resource_page_details``); works in previews too."""
    return listing.resource_page_details(page, context.get("request"))


@register.filter
def duration(resource):
    return listing.duration_label(resource)
