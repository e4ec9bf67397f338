from django.urls import path

from onestop.directory import views

app_name = "directory"

urlpatterns = [
    path("organisations/", views.organisation_list_view, name="organisation_list"),
    path("organisations/new/", views.organisation_create_view, name="organisation_create"),
    path("organisations/<int:organisation_id>/", views.organisation_edit_view, name="organisation_edit"),
    path("services/", views.service_list_view, name="service_list"),
    path("services/new/", views.service_edit_view, name="service_create"),
    path("services/<int:service_id>/", views.service_edit_view, name="service_edit"),
    path("services/<int:service_id>/confirm/", views.service_confirm_view, name="service_confirm"),
    path("services/<int:service_id>/approve/", views.service_approve_view, name="service_approve"),
    path("services/<int:service_id>/texts/<str:language>/", views.service_text_view, name="service_text"),
    path("places/", views.site_list_view, name="site_list"),
    path("places/<slug:slug>/", views.site_details_view, name="site_details"),
]
