from django.urls import path

from members import views

app_name = "members"

urlpatterns = [
    path("my/", views.dashboard, name="dashboard"),
    path("my/profile/", views.edit_profile, name="edit_profile"),
    path("my/data/", views.my_data, name="my_data"),
    path("my/data/export/", views.export_data, name="export_data"),
    path("my/data/delete/", views.delete_account, name="delete_account"),
    path("members/<uuid:public_id>/", views.profile_detail, name="profile"),
]
