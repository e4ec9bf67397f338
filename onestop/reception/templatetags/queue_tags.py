"""Pictograms for the kiosk and the display screen, drawn as small inline SVG icons."""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from onestop.reception.models import Pictogram

register = template.Library()

# Stroke drawings on a 24 × 24 grid; they take the text colour, so they follow the page's contrast.
_SHAPES: dict[str, str] = {
    Pictogram.DOCUMENT: '<path d="M14 2H6v20h12V6z"/><path d="M14 2v4h4M9 12h6M9 16h6"/>',
    Pictogram.HOUSE: '<path d="M3 11l9-8 9 8"/><path d="M5 10v11h14V10"/><path d="M10 21v-6h4v6"/>',
    Pictogram.WORK: '<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M9 7V4h6v3M3 13h18"/>',
    Pictogram.BOOK: (
        '<path d="M2 5h7a3 3 0 0 1 3 3v13a2 2 0 0 0-2-2H2z"/><path d="M22 5h-7a3 3 0 0 0-3 3v13a2 2 0 0 1 2-2h8z"/>'
    ),
    Pictogram.HEALTH: '<path d="M9 3h6v6h6v6h-6v6H9v-6H3V9h6z"/>',
    Pictogram.FAMILY: (
        '<circle cx="8" cy="6" r="3"/><circle cx="17" cy="9" r="2"/>'
        '<path d="M3 21v-5a5 5 0 0 1 10 0v5M14 21v-4a3 3 0 0 1 6 0v4"/>'
    ),
    Pictogram.MONEY: (
        '<rect x="2" y="6" width="20" height="12" rx="2"/><circle cx="12" cy="12" r="3"/><path d="M6 10v4M18 10v4"/>'
    ),
    Pictogram.LAW: '<path d="M12 3v18M7 21h10M5 7h14M5 7l-3 7a3 3 0 0 0 6 0zM19 7l-3 7a3 3 0 0 0 6 0z"/>',
    Pictogram.HEART: '<path d="M12 21s-8-5-8-11a4.5 4.5 0 0 1 8-3 4.5 4.5 0 0 1 8 3c0 6-8 11-8 11z"/>',
    Pictogram.INFO: '<circle cx="12" cy="12" r="10"/><path d="M12 11v6M12 7.5v.5"/>',
}


@register.simple_tag
def pictogram(name: str, css_class: str = "pictogram") -> SafeString:
    """A decorative icon (hidden from screen readers: the service's name is always next to it)."""
    shape = _SHAPES.get(name, _SHAPES[Pictogram.INFO])
    return format_html(
        '<svg class="{}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" '
        'stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">{}</svg>',
        css_class,
        mark_safe(shape),  # noqa: S308 - constant drawings above
    )
