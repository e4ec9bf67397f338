"""Public pages of the reception, under /queue/: kiosk, check-in by phone, ticket status, display."""

from __future__ import annotations

from django.urls import URLPattern, path

from onestop.reception import views_public

app_name = "queue"
urlpatterns: list[URLPattern] = [
    # The ticket's link is its key: unguessable, no login.
    path("t/<str:token>/", views_public.ticket_view, name="ticket"),
    path("t/<str:token>/status/", views_public.ticket_status_view, name="ticket_status"),
    path("t/<str:token>/notify/", views_public.ticket_notify_view, name="ticket_notify"),
    path("t/<str:token>/leave/", views_public.ticket_leave_view, name="ticket_leave"),
    path("<slug:slug>/", views_public.take_view, name="take"),
    path("<slug:slug>/kiosk/", views_public.kiosk_view, name="kiosk"),
    path("<slug:slug>/display/", views_public.display_view, name="display"),
    path("<slug:slug>/display/feed/", views_public.display_feed_view, name="display_feed"),
]
