"""End to end: a caseworker stamps a step and refers the person; the person opens their stamp
card in Ukrainian and sees the change; the receiving organisation accepts the referral."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from onestop.accounts.models import User
from onestop.clients.models import ClientRecord
from onestop.directory.models import Service, ServiceText
from onestop.journeys.models import JourneyStep, Referral, ReferralStatus

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("demo")]


def test_caseworker_stamps_and_refers_the_person_sees_it_in_ukrainian_and_the_receiver_accepts(
    page: Page, log_in_as: Callable[[str], User], new_context: Callable[..., BrowserContext]
) -> None:
    iryna = ClientRecord.objects.get(name="Iryna Shevchenko")
    welcome = JourneyStep.objects.get(journey__client=iryna, service__slug="welcome")
    job_search = Service.objects.get(slug="job-search")

    # The caseworker of the welcome centre stamps the first step.
    log_in_as("caseworker")
    page.goto(f"/en/staff/journeys/client/{iryna.pk}/")
    step = page.locator(f"#step-{welcome.pk}")
    step.get_by_text("Record a stamp").click()
    step.get_by_label("outcome").select_option("done")
    step.get_by_role("button", name="Stamp").click()
    expect(page.get_by_text("The stamp is recorded.")).to_be_visible()
    expect(page.locator(f"#step-{welcome.pk} .step-status")).to_have_text("Done")

    # ... and refers her to the job centre, recording her consent there and then.
    page.get_by_role("link", name="Refer to a partner").click()
    page.get_by_label("refer to").select_option(str(job_search.pk))
    page.get_by_label("summary").fill("Teacher from Odesa, speaks some English; looking for work.")
    page.get_by_label("Work", exact=True).check()
    page.get_by_label("Identity and contact").check()
    page.get_by_label("Needs", exact=True).check()
    page.get_by_role("button", name="Send the referral").click()
    expect(page.get_by_text("The referral is sent.")).to_be_visible()
    expect(page.locator(".referral-status")).to_contain_text("Waiting for an answer")
    referral = Referral.objects.get(client=iryna)

    # The person opens the stamp card with her code, without an account, in Ukrainian.
    person = new_context(java_script_enabled=False).new_page()  # no account, no JavaScript
    person.goto("/uk/my-journey/")
    expect(person.locator("html")).to_have_attribute("lang", "uk")
    person.locator('input[name="code"]').fill(iryna.code.lower())
    person.locator("form.code-form button[type=submit]").click()
    person.wait_for_url(f"**/uk/my-journey/{iryna.code}/")
    ukrainian = ServiceText.objects.get(service=welcome.service, language="uk").name
    first = person.locator(".stamp-row").first
    expect(first).to_contain_text(ukrainian)
    expect(first).to_have_class("stamp-row is-done")
    expect(person.locator(".next-step")).to_be_visible()
    assert iryna.name not in person.content()

    # The job centre accepts: its desk sees the summary, so Iryna need not tell her story again.
    log_in_as("jobs")
    page.goto("/en/staff/journeys/referrals/")
    page.locator(f'a[href="/en/staff/journeys/referrals/{referral.pk}/"]').click()
    expect(page.locator(".referral-summary")).to_contain_text("Teacher from Odesa")
    page.get_by_role("button", name="Accept").click()
    expect(page.get_by_text("The referral is accepted.")).to_be_visible()
    expect(page.locator(".referral-status")).to_contain_text("Accepted")
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.ACCEPTED


def test_the_stamp_card_prints_on_one_a4_page(page: Page) -> None:
    """Dariush's card has seven steps, a refusal with what to do instead and a next step."""
    dariush = ClientRecord.objects.get(name="Dariush Karimi")
    page.goto(f"/fa/my-journey/{dariush.code}/")
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    pages = re.findall(rb"/Type\s*/Page[^s]", pdf)
    assert len(pages) == 1, f"the card takes {len(pages)} A4 pages"
