from django.apps import AppConfig


class Config(AppConfig):
    name = "onestop.interpreting"
    label = "interpreting"
    default_auto_field = "django.db.models.BigAutoField"
