from django.apps import AppConfig


class Config(AppConfig):
    name = "onestop.journeys"
    label = "journeys"
    default_auto_field = "django.db.models.BigAutoField"
