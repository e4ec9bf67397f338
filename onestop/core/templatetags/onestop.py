from __future__ import annotations

import uuid
from typing import Any

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import SafeString

from onestop.core.idempotency import FORM_FIELD
from onestop.core.languages import language_name

register = template.Library()


@register.simple_tag
def idempotency_field() -> SafeString:
    """A fresh key per rendered form: submitting the same form twice acts once."""
    return format_html('<input type="hidden" name="{}" value="{}">', FORM_FIELD, uuid.uuid4().hex)


@register.simple_tag(takes_context=True)
def url_in_language(context: Any, code: str) -> str:
    request = context["request"]
    return translate_url(request.get_full_path(), code)


@register.filter
def language_label(code: str) -> str:
    return language_name(code)


@register.simple_tag
def shop_name() -> str:
    return settings.ONESTOP_SHOP_NAME
