from django.urls import path

from mentorship import views

app_name = "mentorship"

urlpatterns = [
    path("my/mentoring/", views.mentor_profile, name="mentor_profile"),
    path("my/mentoring/preferences/", views.matching_preferences, name="preferences"),
    path("my/requests/<int:pk>/accept/", views.accept_request, name="accept_request"),
    path("my/requests/<int:pk>/decline/", views.decline_request, name="decline_request"),
    path("my/requests/<int:pk>/withdraw/", views.withdraw_request, name="withdraw_request"),
]
