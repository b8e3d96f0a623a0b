from django.urls import path

from mentorship import views

app_name = "mentorship"

urlpatterns = [
    path("my/mentoring/", views.mentor_profile, name="mentor_profile"),
]
