"""Staff pages of the reception, under /staff/reception/."""

from __future__ import annotations

from django.urls import URLPattern, path

from onestop.reception import views, views_settings

app_name = "reception"
urlpatterns: list[URLPattern] = [
    path("", views.home_view, name="home"),
    path("priorities/", views_settings.priorities_view, name="priorities"),
    path("desks/<int:desk_id>/", views.desk_view, name="desk"),
    path("desks/<int:desk_id>/<slug:action>/", views.desk_action_view, name="desk_action"),
    path("<slug:slug>/check-in/", views.check_in_view, name="check_in"),
    path("<slug:slug>/live/", views.live_view, name="live"),
    path("<slug:slug>/settings/", views_settings.settings_view, name="settings"),
    path("<slug:slug>/settings/series/new/", views_settings.series_create_view, name="series_create"),
    path("<slug:slug>/settings/series/<int:series_id>/", views_settings.series_edit_view, name="series_edit"),
    path("<slug:slug>/settings/desks/new/", views_settings.desk_create_view, name="desk_create"),
    path("<slug:slug>/settings/desks/<int:desk_id>/", views_settings.desk_edit_view, name="desk_edit"),
    path("<slug:slug>/notices/", views_settings.notices_view, name="notices"),
    path("<slug:slug>/notices/<int:notice_id>/remove/", views_settings.notice_remove_view, name="notice_remove"),
]
