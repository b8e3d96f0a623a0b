"""What the learning section holds about a member, for "download my data" and deletion."""

from learning.models import Certificate, Enrollment, ModuleProgress
from members.data import register_eraser, register_exporter


@register_exporter("learning")
def export_learning(user):
    return {
        "enrollments": [
            {
                "course": str(e.course_key),
                "started_at": e.started_at.isoformat(),
                "completed_at": e.completed_at.isoformat() if e.completed_at else None,
            }
            for e in Enrollment.objects.filter(user=user)
        ],
        "modules": [
            {
                "module": str(p.module_key),
                "course": str(p.course_key),
                "last_viewed_at": p.last_viewed_at.isoformat(),
                "completed_at": p.completed_at.isoformat() if p.completed_at else None,
                "best_score": p.best_score,
                "attempts": p.attempts,
            }
            for p in ModuleProgress.objects.filter(user=user)
        ],
        "certificates": [
            {"course": c.course_title, "code": c.code, "issued_at": c.issued_at.isoformat()}
            for c in Certificate.objects.filter(user=user)
        ],
    }


@register_eraser
def erase_learning(user):
    Certificate.objects.filter(user=user).delete()
    ModuleProgress.objects.filter(user=user).delete()
    Enrollment.objects.filter(user=user).delete()
