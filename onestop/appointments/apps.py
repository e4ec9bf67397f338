from django.apps import AppConfig


class Config(AppConfig):
    name = "onestop.appointments"
    label = "appointments"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from onestop.appointments.personal_data import erase_bookings, export_bookings
        from onestop.clients.rights import PersonalDataHolder, register_holder

        register_holder(PersonalDataHolder(name="bookings", export=export_bookings, erase=erase_bookings))
