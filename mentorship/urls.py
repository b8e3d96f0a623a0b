from django.urls import path

from mentorship import views

app_name = "mentorship"

urlpatterns = [
    path("my/mentoring/", views.mentor_profile, name="mentor_profile"),
    path("my/mentoring/preferences/", views.matching_preferences, name="preferences"),
    path("my/requests/<int:pk>/accept/", views.accept_request, name="accept_request"),
    path("my/requests/<int:pk>/decline/", views.decline_request, name="decline_request"),
    path("my/requests/<int:pk>/withdraw/", views.withdraw_request, name="withdraw_request"),
    path("my/mentorships/<int:pk>/", views.mentorship_detail, name="mentorship"),
    path("my/mentorships/<int:pk>/agreement/", views.edit_agreement, name="agreement"),
    path(
        "my/mentorships/<int:pk>/agreement/confirm/",
        views.confirm_agreement,
        name="confirm_agreement",
    ),
    path("my/mentorships/<int:pk>/check-in/", views.log_check_in, name="check_in"),
    path("my/mentorships/<int:pk>/close/", views.close_mentorship, name="close"),
    path("my/mentorships/<int:pk>/feedback/", views.give_feedback, name="feedback"),
]
