from django.urls import path

from onestop.clients import views, views_more

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
    path("<int:client_id>/export.json", views.client_export_json_view, name="export_json"),
    path("<int:client_id>/export/", views.client_export_view, name="export"),
    path("<int:client_id>/erase/", views.client_erase_view, name="erase"),
    path("register/", views_more.field_register_view, name="register"),
    path("<int:client_id>/history/", views_more.client_history_view, name="history"),
    path("<int:client_id>/documents/", views_more.client_documents_view, name="documents"),
    path("documents/<int:doc_id>/", views_more.document_download_view, name="document_download"),
]
