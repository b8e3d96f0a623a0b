"""My Hub's employer-nominations panel, in two queries whatever the member has sent."""

from django import template
from django.utils.translation import get_language

from employers.models import EmployerIndexPage, Nomination

register = template.Library()


@register.simple_tag
def my_nominations(user):
    """The member's own nominations, newest first, and the Employers of Choice page in the
    active language (for the "nominate" link). Staff notes are not even read."""
    return {
        "nominations": list(
            Nomination.objects.filter(nominator=user)
            .only("pk", "employer_name", "status", "created_at")
            .order_by("-created_at")
        ),
        "index": EmployerIndexPage.objects.live()
        .filter(locale__language_code=get_language())
        .first(),
    }
