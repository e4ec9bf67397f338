"""Printable A4 posters with a QR code per language, for the walls of the shop and its partners.

The fonts (DejaVu Sans, covering Latin, Greek, Cyrillic, Arabic and Persian) are vendored in
`fonts/`, so nothing is downloaded when a poster is made. HarfBuzz (through fpdf2's text
shaping) joins Arabic letters and orders right-to-left text.
"""

from __future__ import annotations

import io
import logging
import math
from dataclasses import dataclass, replace
from pathlib import Path

import segno
from django.utils.translation import get_language_info
from fpdf import FPDF
from fpdf.enums import Align, WrapMode, XPos, YPos

from onestop.core.languages import native_name

# fontTools logs each font subset at INFO, a screenful per poster in the server's log.
logging.getLogger("fontTools").setLevel(logging.WARNING)

FONTS = Path(__file__).resolve().parent / "fonts"
FONT = "DejaVuSans"

PAGE_W, PAGE_H = 210.0, 297.0  # A4, millimetres
MARGIN = 12.0
GAP = 3.0  # between cells
PAD = 2.5  # inside a cell
MAX_QR = 110.0
MAX_LANGUAGES = 12
PT = 25.4 / 72  # one point in millimetres
LEADING = 1.2
TITLE_LINES = 3
URL_LINES = 3
# Each module of a QR image is this many pixels square, so viewers and printers that smooth
# images when scaling them still print sharp edges.
QR_PIXELS_PER_MODULE = 10


@dataclass(frozen=True)
class _Layout:
    cols: int
    rows: int
    cell_w: float
    cell_h: float
    qr: float
    name_pt: float
    title_pt: float
    url_pt: float


def poster_pdf(
    *, title_by_language: dict[str, str], url_by_language: dict[str, str], heading: str, subtitle: str = ""
) -> bytes:
    """One A4 page: the heading, then a cell per language (in the order given) with the
    language's own name, the title in that language, a QR code of the page and its address."""
    languages = list(url_by_language)
    if not 1 <= len(languages) <= MAX_LANGUAGES:
        raise ValueError(f"a poster has 1 to {MAX_LANGUAGES} languages, not {len(languages)}")
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.add_font(FONT, "", FONTS / "DejaVuSans.ttf")
    pdf.add_font(FONT, "B", FONTS / "DejaVuSans-Bold.ttf")
    # No fixed direction: the bidi algorithm finds it per paragraph, so a title that falls back
    # to a left-to-right language in an Arabic cell is still shaped the right way round.
    pdf.set_text_shaping(True)
    pdf.set_title(heading)
    pdf.set_creator("Onestop")
    pdf.add_page()

    top = _draw_header(pdf, heading, subtitle)
    layout = _choose_layout(len(languages), PAGE_W - 2 * MARGIN, PAGE_H - MARGIN - top)
    # The grid is centred in the space below the heading.
    top += (PAGE_H - MARGIN - top - layout.rows * layout.cell_h - (layout.rows - 1) * GAP) / 2
    for index, code in enumerate(languages):
        row, col = divmod(index, layout.cols)
        in_row = min(layout.cols, len(languages) - row * layout.cols)
        # An incomplete last row is centred.
        offset = (layout.cols - in_row) * (layout.cell_w + GAP) / 2
        x = MARGIN + offset + col * (layout.cell_w + GAP)
        y = top + row * (layout.cell_h + GAP)
        _draw_cell(pdf, layout, x, y, code, title_by_language.get(code, heading), url_by_language[code])
    return bytes(pdf.output())


def _lines_h(pt: float, lines: int) -> float:
    return lines * pt * PT * LEADING


def _draw_header(pdf: FPDF, heading: str, subtitle: str) -> float:
    """Draws the heading and subtitle; returns where the grid starts."""
    width = PAGE_W - 2 * MARGIN
    y = MARGIN
    pdf.set_font(FONT, "B")
    size, lines = _fit(pdf, heading, width, start=24, smallest=14, max_lines=2)
    y = _draw_lines(pdf, lines, MARGIN, y, width, size, Align.C)
    if subtitle:
        pdf.set_font(FONT, "")
        pdf.set_text_color(60)
        size, lines = _fit(pdf, subtitle, width, start=12, smallest=9, max_lines=2)
        y = _draw_lines(pdf, lines, MARGIN, y + 1, width, size, Align.C)
        pdf.set_text_color(0)
    y += 3
    pdf.set_draw_color(150)
    pdf.set_line_width(0.3)
    pdf.line(MARGIN, y, PAGE_W - MARGIN, y)
    return y + 4


def _text_sizes(cell_w: float) -> tuple[float, float, float]:
    """Font sizes (points) of the language name, the title and the address for a cell width."""
    title = min(22.0, max(10.0, cell_w * 0.2))
    return max(8.0, title * 0.8), title, max(6.0, title * 0.5)


def _text_h(name_pt: float, title_pt: float, url_pt: float) -> float:
    return _lines_h(name_pt, 1) + _lines_h(title_pt, TITLE_LINES) + _lines_h(url_pt, URL_LINES) + 3 * 1.5


def _choose_layout(count: int, width: float, height: float) -> _Layout:
    """The grid that gives the biggest QR codes; text above and below each code is reserved
    at its largest (three lines of title and of address) so the codes of a row line up."""
    best: _Layout | None = None
    for cols in range(1, min(count, 4) + 1):
        rows = math.ceil(count / cols)
        cell_w = (width - (cols - 1) * GAP) / cols
        cell_h = (height - (rows - 1) * GAP) / rows
        name_pt, title_pt, url_pt = _text_sizes(cell_w)
        qr = min(MAX_QR, cell_w - 2 * PAD, cell_h - 2 * PAD - _text_h(name_pt, title_pt, url_pt))
        layout = _Layout(cols, rows, cell_w, cell_h, qr, name_pt, title_pt, url_pt)
        if best is None or qr > best.qr:
            best = layout
    assert best is not None
    # Cells no taller than their content, so a poster of few languages is not mostly frame.
    return replace(best, cell_h=min(best.cell_h, 2 * PAD + _text_h(best.name_pt, best.title_pt, best.url_pt) + best.qr))


def _draw_cell(pdf: FPDF, layout: _Layout, x: float, y: float, code: str, title: str, url: str) -> None:
    rtl = bool(get_language_info(code)["bidi"])
    align = Align.R if rtl else Align.L
    inner_x, inner_w = x + PAD, layout.cell_w - 2 * PAD
    pdf.set_draw_color(190)
    pdf.set_line_width(0.2)
    pdf.rect(x, y, layout.cell_w, layout.cell_h, round_corners=True, corner_radius=2)
    pdf.set_text_shaping(True, language=code)

    cursor = y + PAD
    pdf.set_font(FONT, "")
    pdf.set_text_color(70)
    name_pt, name_lines = _fit(pdf, native_name(code), inner_w, start=layout.name_pt, smallest=6, max_lines=1)
    _draw_lines(pdf, name_lines, inner_x, cursor, inner_w, name_pt, align)
    cursor += _lines_h(layout.name_pt, 1) + 1.5

    pdf.set_font(FONT, "B")
    pdf.set_text_color(0)
    smallest = max(8.0, layout.title_pt * 0.7)
    title_pt, title_lines = _fit(pdf, title, inner_w, layout.title_pt, smallest, max_lines=TITLE_LINES)
    _draw_lines(pdf, title_lines, inner_x, cursor, inner_w, title_pt, align)
    cursor += _lines_h(layout.title_pt, TITLE_LINES) + 1.5

    qr_x = x + (layout.cell_w - layout.qr) / 2
    pdf.image(io.BytesIO(qr_png(url)), x=qr_x, y=cursor, w=layout.qr, h=layout.qr, link=url, alt_text=url)
    cursor += layout.qr + 1.5

    pdf.set_font(FONT, "")
    pdf.set_text_color(40)
    pdf.set_text_shaping(True, language="en")
    short = short_url(url)
    url_pt, url_lines = _fit(pdf, short, inner_w, layout.url_pt, 6, max_lines=URL_LINES, wrap=WrapMode.CHAR)
    _draw_lines(pdf, url_lines, inner_x, cursor, inner_w, url_pt, Align.C)
    pdf.set_text_color(0)


def qr_png(url: str) -> bytes:
    """The QR code of an address as a PNG, with the quiet zone the standard asks for."""
    buffer = io.BytesIO()
    segno.make_qr(url, error="m").save(buffer, kind="png", scale=QR_PIXELS_PER_MODULE, border=4)
    return buffer.getvalue()


def short_url(url: str) -> str:
    """The address as printed under the code: without the scheme, which nobody types."""
    return url.split("://", 1)[-1]


def _split(pdf: FPDF, text: str, width: float, wrap: WrapMode) -> list[str]:
    lines = pdf.multi_cell(width, text=text, dry_run=True, output="LINES", wrapmode=wrap)
    assert isinstance(lines, list)
    return lines


def _fit(
    pdf: FPDF,
    text: str,
    width: float,
    start: float,
    smallest: float,
    max_lines: int,
    wrap: WrapMode = WrapMode.WORD,
) -> tuple[float, list[str]]:
    """The largest size from `start` down to `smallest` at which the text takes at most
    `max_lines` lines; at the smallest size, what does not fit is cut with an ellipsis."""
    text = " ".join(text.split())
    size = start
    while True:
        pdf.set_font_size(size)
        lines = _split(pdf, text, width, wrap)
        if len(lines) <= max_lines:
            return size, lines
        if size <= smallest:
            break
        size = max(smallest, size - 0.5)
    # Lines broken inside a word (an address) join again without a space.
    words = ("" if wrap == WrapMode.CHAR else " ").join(lines[:max_lines])
    while words:
        # A word at a time; a letter at a time when one word is left (a long address).
        words = words.rsplit(" ", 1)[0] if " " in words else words[:-1]
        lines = _split(pdf, words + "…", width, wrap)
        if len(lines) <= max_lines:
            return size, lines
    return size, []


def _draw_lines(pdf: FPDF, lines: list[str], x: float, y: float, width: float, pt: float, align: Align) -> float:
    """Draws lines at a size; returns the y below them."""
    pdf.set_font_size(pt)
    height = pt * PT * LEADING
    for line in lines:
        pdf.set_xy(x, y)
        pdf.cell(width, height, line, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y += height
    return y
