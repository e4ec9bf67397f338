from django.apps import AppConfig


class Config(AppConfig):
    name = "onestop.reception"
    label = "reception"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from onestop.clients.rights import PersonalDataHolder, register_holder
        from onestop.reception.personal_data import erase_tickets, export_tickets

        register_holder(PersonalDataHolder(name="tickets", export=export_tickets, erase=erase_tickets))
