from typing import Any

from django.apps import AppConfig
from django.core import checks


class Config(AppConfig):
    name = "onestop.directory"
    label = "directory"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        checks.register(check_map_tiles)


def check_map_tiles(**kwargs: Any) -> list[checks.CheckMessage]:
    """A wrong MAP_TILE_URL is reported at start, not as an error on every page with a map."""
    from django.conf import settings

    from onestop.directory.maps import tile_origin

    if not settings.MAP_TILE_URL:
        return []
    try:
        tile_origin(settings.MAP_TILE_URL)
    except ValueError as error:
        return [checks.Error(str(error), id="directory.E001")]
    return []
