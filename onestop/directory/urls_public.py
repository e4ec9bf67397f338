from django.urls import path

from onestop.directory import views

app_name = "services"

urlpatterns = [
    path("", views.service_search_view, name="search"),
    path("<uuid:service_id>/", views.service_detail_view, name="detail"),
    path("places/<slug:slug>/", views.site_detail_view, name="site"),
    path("<uuid:service_id>/poster.pdf", views.service_poster_view, name="poster"),
    path("places/<slug:slug>/poster.pdf", views.site_poster_view, name="site_poster"),
]
