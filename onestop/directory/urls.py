from django.urls import path

from onestop.directory import views

app_name = "directory"

urlpatterns = [
    path("organisations/", views.organisation_list_view, name="organisation_list"),
    path("organisations/new/", views.organisation_create_view, name="organisation_create"),
    path("organisations/<int:organisation_id>/", views.organisation_edit_view, name="organisation_edit"),
]
