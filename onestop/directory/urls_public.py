from django.urls import path

from onestop.directory import views

app_name = "services"

urlpatterns = [
    path("", views.service_search_view, name="search"),
    path("<uuid:service_id>/", views.service_detail_view, name="detail"),
]
