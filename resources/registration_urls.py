from django.urls import path

from resources import registrations

app_name = "registrations"

urlpatterns = [
    path("my/events/<int:pk>/register/", registrations.register_view, name="register"),
    path("my/events/<int:pk>/cancel/", registrations.cancel_view, name="cancel"),
]
