"""Public pages of the appointments, under /book/: online booking, confirmation, change and cancel."""

from __future__ import annotations

from django.urls import URLPattern, path

from onestop.appointments import views_public

app_name = "book"
urlpatterns: list[URLPattern] = [
    path("", views_public.start_view, name="start"),
    path("<slug:token>/", views_public.booking_view, name="booking"),
    path("<slug:token>/confirm/", views_public.confirm_view, name="confirm"),
    path("<slug:token>/change/", views_public.change_view, name="change"),
    path("<slug:token>/cancel/", views_public.cancel_view, name="cancel"),
    path("<slug:token>/appointment.ics", views_public.ics_view, name="ics"),
]
