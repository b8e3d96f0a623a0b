"""Admin viewsets for records members create on the site (requests, nominations, messages):
staff read them and correct a few fields, never add them."""

from django.contrib.admin.utils import unquote
from django.shortcuts import get_object_or_404
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy


class ScopedInspectView(InspectView):
    queryset = None

    def get_object(self, queryset=None):
        return get_object_or_404(self.queryset, pk=unquote(str(self.pk)))


class RecordPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, with some actions switched off for everyone, superusers included:
    the admin then offers no button for a view that does not exist."""

    def __init__(self, model, disabled_actions):
        super().__init__(model)
        self.disabled_actions = frozenset(disabled_actions)

    def user_has_permission(self, user, action):
        return action not in self.disabled_actions and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        allowed = [action for action in actions if action not in self.disabled_actions]
        return bool(allowed) and super().user_has_any_permission(user, allowed)

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action not in self.disabled_actions]
        if not allowed:
            return self.user_model.objects.none()
        return super().users_with_any_permission(allowed)


class NoAddViewSet(ModelViewSet):
    """Records members create on the site; staff look at them and correct a few fields.

    ``disabled_actions`` (always "add") have no view and no button, for anyone.
    ``get_queryset()`` scopes the listing, inspect and edit views (Wagtail's ModelViewSet has no
    such hook of its own): a record outside it is not found.
    """

    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = ScopedInspectView
    disabled_actions = frozenset({"add"})
    URL_NAMES = {"add": "add", "change": "edit", "delete": "delete"}

    def on_register(self):
        register_permission_policy(
            self.model, RecordPermissionPolicy(self.model, self.disabled_actions)
        )
        super().on_register()

    def get_queryset(self):
        return self.model._default_manager.all()

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(add_url_name=None, **kwargs)

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(queryset=self.get_queryset(), **kwargs)

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(queryset=self.get_queryset(), **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(queryset=self.get_queryset(), **kwargs)

    def get_urlpatterns(self):
        removed = {self.URL_NAMES[action] for action in self.disabled_actions}
        return [pattern for pattern in super().get_urlpatterns() if pattern.name not in removed]
