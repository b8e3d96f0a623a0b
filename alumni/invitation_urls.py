from django.urls import path

from alumni import invitations

app_name = "alumni_invitations"

urlpatterns = [
    path("invited/<str:token>/", invitations.open_view, name="open"),
    path("invited/<str:token>/unsubscribe/", invitations.unsubscribe_view, name="unsubscribe"),
]
