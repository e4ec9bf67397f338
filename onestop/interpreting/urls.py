"""Staff pages of interpreting, under /staff/interpreting/."""

from __future__ import annotations

from django.urls import URLPattern, path

from onestop.interpreting import views

app_name = "interpreting"
urlpatterns: list[URLPattern] = [
    path("", views.inbox_view, name="inbox"),
    path("offers/<int:offer_id>/<slug:action>/", views.offer_answer_view, name="offer_answer"),
    path("requests/", views.request_list_view, name="request_list"),
    path("requests/new/", views.request_create_view, name="request_create"),
    path("requests/<int:request_id>/", views.request_detail_view, name="request_detail"),
    path("requests/<int:request_id>/<slug:action>/", views.request_action_view, name="request_action"),
    path("coordination/", views.coordination_view, name="coordination"),
    path("pool/", views.pool_view, name="pool"),
    path("pool/new/", views.interpreter_create_view, name="interpreter_create"),
    path("pool/<int:interpreter_id>/", views.interpreter_edit_view, name="interpreter_edit"),
    path("absences/<int:absence_id>/delete/", views.absence_delete_view, name="absence_delete"),
]
