from django.apps import AppConfig


class Config(AppConfig):
    name = "onestop.directory"
    label = "directory"
    default_auto_field = "django.db.models.BigAutoField"
