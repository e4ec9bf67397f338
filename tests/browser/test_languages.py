"""The language switcher, right-to-left Arabic, and a narrow phone screen."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("demo")]

SCROLL_WIDTH = "document.documentElement.scrollWidth"
ENGLISH_HEADING = "Welcome to Onestop"
ENGLISH_SWITCHER_LABEL = "Choose your language"


def test_switch_to_arabic_turns_the_page_right_to_left_and_fits_320_px(page: Page) -> None:
    page.goto("/en/")
    html = page.locator("html")
    expect(html).to_have_attribute("lang", "en")
    expect(html).to_have_attribute("dir", "ltr")
    expect(page.get_by_role("heading", level=1)).to_have_text(ENGLISH_HEADING)
    switcher = page.get_by_role("navigation", name=ENGLISH_SWITCHER_LABEL)
    arabic = switcher.locator('a[hreflang="ar"]')
    expect(arabic).to_be_hidden()

    switcher.locator("summary").click()
    expect(switcher.locator("details")).to_have_attribute("open", "")
    expect(arabic).to_be_visible()
    arabic.click()

    page.wait_for_url("**/ar/")
    assert page.url.endswith("/ar/"), page.url
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    switcher = page.locator("nav.languages")
    expect(switcher.locator('a[aria-current="true"]')).to_have_attribute("hreflang", "ar")
    # The page is in Arabic, not only marked so (an out-of-date locale/ar/.../django.mo shows English here).
    expect(page.get_by_role("heading", level=1)).not_to_have_text(ENGLISH_HEADING)
    expect(switcher).not_to_have_attribute("aria-label", ENGLISH_SWITCHER_LABEL)

    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("window.innerWidth") == 320
    assert page.evaluate(SCROLL_WIDTH) <= 320
    # Opening the switcher on the narrow screen must not make the page scroll sideways either.
    switcher.locator("summary").click()
    expect(switcher.locator('a[hreflang="en"]')).to_be_visible()
    assert page.evaluate(SCROLL_WIDTH) <= 320


@pytest.mark.parametrize("path", ["/en/", "/en/accounts/login/"])
def test_pages_fit_a_320_px_screen_without_scrolling_sideways(page: Page, path: str) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(path)
    assert page.evaluate(SCROLL_WIDTH) <= 320
