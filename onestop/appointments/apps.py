from django.apps import AppConfig


class Config(AppConfig):
    name = "onestop.appointments"
    label = "appointments"
    default_auto_field = "django.db.models.BigAutoField"
