from django.urls import path

from onestop.clients import views

app_name = "clients"

urlpatterns = [
    path("", views.client_list_view, name="list"),
    path("new/", views.client_create_view, name="create"),
    path("code/", views.client_by_code_view, name="by_code"),
    path("<int:client_id>/", views.client_detail_view, name="detail"),
    path("<int:client_id>/edit/", views.client_edit_view, name="edit"),
    path("<int:client_id>/card/", views.client_card_view, name="card"),
    path("<int:client_id>/consents/new/", views.consent_create_view, name="consent_create"),
    path("consents/<int:grant_id>/withdraw/", views.consent_withdraw_view, name="consent_withdraw"),
]
