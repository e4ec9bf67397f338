from django.urls import path

from onestop.journeys import views_public

app_name = "card"

urlpatterns = [
    path("", views_public.card_lookup_view, name="lookup"),
    path("<str:code>/", views_public.card_view, name="card"),
    path("<str:code>/steps/<int:step_id>/done/", views_public.card_self_done_view, name="self_done"),
]
