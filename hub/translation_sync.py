"""Updating translations after the English changes, without getting round "Content review".

wagtail-localize's "Sync translated pages" form offers "Publish immediately" to anyone who may
translate. Editors may translate but not publish, so for them the Hub's version of that screen
leaves the box out: the updated Spanish waits for a moderator to publish it, as the English
did. It is served at the same address as wagtail-localize's own.
"""

from django.urls import path
from wagtail.models import DraftStateMixin, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.views.update_translations import UpdateTranslationsView

PUBLISH_FIELD = "publish_translations"


def may_publish(user, instance):
    """Whether ``user`` may publish ``instance`` (a page, or a snippet with drafts)."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return ModelPermissionPolicy(type(instance)).user_has_permission(user, "publish")
    return True


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    def get_form(self):
        form = super().get_form()
        if not may_publish(self.request.user, self.object.get_source_instance()):
            del form.fields[PUBLISH_FIELD]
        return form

    def form_valid(self, form):
        form.cleaned_data.setdefault(PUBLISH_FIELD, False)
        return super().form_valid(form)


def update_translation_urls():
    """Registered before wagtail-localize's URLs (the hub app comes first), so this view
    answers at wagtail-localize's address and its links lead here."""
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            ReviewedUpdateTranslationsView.as_view(),
            name="hub_update_translations",
        )
    ]
