from django.urls import path

from onestop.core import views

app_name = "core"

urlpatterns = [
    path("", views.home_view, name="home"),
    path("staff/", views.dashboard_view, name="dashboard"),
]
