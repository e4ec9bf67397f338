from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language, get_language_bidi, get_language_info

from onestop.core.languages import interface_language_codes, native_name


def onestop(request: HttpRequest) -> dict[str, Any]:
    return {
        "SHOP_NAME": settings.ONESTOP_SHOP_NAME,
        "LANGUAGE_DIR": "rtl" if get_language_bidi() else "ltr",
        "interface_languages": [
            {
                "code": code,
                "name": native_name(code),
                "dir": "rtl" if get_language_info(code)["bidi"] else "ltr",
                "current": code == get_language(),
            }
            for code in interface_language_codes()
        ],
    }
