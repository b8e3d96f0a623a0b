"""What the employers section holds about a member, for "download my data" and deletion."""

from employers.models import Nomination
from members.data import register_eraser, register_exporter


@register_exporter("employer_nominations")
def export_nominations(user):
    """Everything the member wrote in each nomination and where it stands. Staff notes and
    the reviewer are NMF's working notes about the employer, not the member's data."""
    return [
        {
            "employer_name": nomination.employer_name,
            "city": nomination.city,
            "state": nomination.state,
            "website": nomination.website,
            "connection": nomination.connection,
            "reason": nomination.reason,
            "evidence_links": nomination.links(),
            "status": nomination.status,
            "sent_at": nomination.created_at.isoformat(),
            "updated_at": nomination.updated_at.isoformat(),
        }
        for nomination in Nomination.objects.filter(nominator=user).order_by("created_at")
    ]


@register_eraser
def erase_nominations(user):
    """Nominations are kept, anonymous, with the member's own words blanked: the reason, the
    evidence links and the city. What remains (the employer's name, state and website, the
    kind of connection, the status and staff notes) is about the employer and is NMF's review
    record; it stays tied to the nameless account, so staff can still finish a review that
    is under way. No email is sent about it any more (the account is inactive)."""
    Nomination.objects.filter(nominator=user).update(reason="", evidence_links="", city="")
