"""Languages: the twelve interface languages, and the wider set staff and visitors speak.

Names come from CLDR through Babel, so each is shown in the reader's language (or, in the
language switcher, in its own name and script).
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.utils import translation

# Languages commonly spoken by people who come to a One-Stop-Shop and by the staff and
# interpreters who serve them (ISO 639-1 where it exists, else 639-3).
SPOKEN_LANGUAGE_CODES = (
    "am", "ar", "bg", "bn", "bs", "ckb", "de", "el", "en", "es", "fa", "fr", "ha", "hi", "hr", "hu",
    "hy", "it", "ka", "ku", "ln", "nl", "pa", "pl", "fa-AF", "ps", "pt", "ro", "rom", "ru",
    "sk", "so", "sq", "sr", "sv", "sw", "ta", "ti", "tr", "uk", "ur", "uz", "vi", "wo", "zh",
)  # fmt: skip


def interface_language_codes() -> list[str]:
    return [code for code, _ in settings.LANGUAGES]


@lru_cache(maxsize=4096)
def _name(code: str, in_language: str) -> str:
    try:
        locale = Locale.parse(in_language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    key = code.replace("-", "_")
    name = locale.languages.get(key) or Locale.parse("en").languages.get(key) or code
    return name[:1].upper() + name[1:]


def language_name(code: str, in_language: str | None = None) -> str:
    """The name of a language in the reader's language (the active one by default)."""
    return _name(code, in_language or translation.get_language() or settings.LANGUAGE_CODE)


def native_name(code: str) -> str:
    """A language's name in itself: "العربية", "Українська"."""
    return _name(code, code)


def spoken_language_choices() -> list[tuple[str, str]]:
    return sorted(((code, language_name(code)) for code in SPOKEN_LANGUAGE_CODES), key=lambda c: c[1].casefold())
