"""Keep the mentor search index in step with the names it searches."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.search import index

from members.models import MemberProfile, User
from mentorship.models import MentorProfile


def _reindex(mentors):
    for mentor in mentors.select_related("member__user"):
        index.insert_or_update_object(mentor)


@receiver(post_save, sender=User)
def reindex_after_name_change(sender, instance, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= {"last_login", "password"}:
        return  # signing in changes no name
    _reindex(MentorProfile.objects.filter(member__user=instance))


@receiver(post_save, sender=MemberProfile)
def reindex_after_profile_change(sender, instance, **kwargs):
    _reindex(MentorProfile.objects.filter(member=instance))
