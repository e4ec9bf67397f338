from django.apps import AppConfig


class Config(AppConfig):
    name = "onestop.reception"
    label = "reception"
    default_auto_field = "django.db.models.BigAutoField"
