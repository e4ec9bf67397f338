from django.apps import AppConfig


class Config(AppConfig):
    name = "onestop.clients"
    label = "clients"
    default_auto_field = "django.db.models.BigAutoField"
