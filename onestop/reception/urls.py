"""Staff pages of the reception, under /staff/reception/."""

from __future__ import annotations

from django.urls import URLPattern, path

from onestop.reception import views

app_name = "reception"
urlpatterns: list[URLPattern] = [
    path("", views.home_view, name="home"),
    path("desks/<int:desk_id>/", views.desk_view, name="desk"),
    path("desks/<int:desk_id>/<slug:action>/", views.desk_action_view, name="desk_action"),
    path("<slug:slug>/check-in/", views.check_in_view, name="check_in"),
    path("<slug:slug>/live/", views.live_view, name="live"),
]
