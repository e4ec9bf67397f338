"""Staff pages of the appointments, under /staff/appointments/."""

from __future__ import annotations

from django.urls import URLPattern, path

from onestop.appointments import views

app_name = "appointments"
urlpatterns: list[URLPattern] = [
    path("", views.home_view, name="home"),
    path("sites/<slug:slug>/", views.site_day_view, name="site_day"),
    path("<int:service_id>/<slug:slug>/", views.calendar_view, name="calendar"),
    path("<int:service_id>/<slug:slug>/book/", views.book_view, name="book"),
    path("bookings/<int:booking_id>/", views.booking_view, name="booking"),
    path("bookings/<int:booking_id>/change/", views.change_view, name="change"),
    path("bookings/<int:booking_id>/cancel/", views.cancel_view, name="cancel"),
    path("bookings/<int:booking_id>/arrive/", views.arrive_view, name="arrive"),
    path("hours/<int:service_id>/", views.hours_view, name="hours"),
    path("hours/rules/<int:rule_id>/", views.rule_view, name="rule"),
    path("hours/rules/<int:rule_id>/delete/", views.rule_delete_view, name="rule_delete"),
    path("desks/<int:desk_id>/calendar-feed/", views.desk_feed_view, name="desk_feed"),
    # For calendar apps, which cannot log in: the secret address is the key.
    path("feeds/<str:token>.ics", views.feed_view, name="feed"),
]
