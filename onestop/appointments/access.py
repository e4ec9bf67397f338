"""The bookings a user may work with: anything else is "not found", like a missing one."""

from __future__ import annotations

from typing import Any

from django.http import Http404

from onestop.appointments.models import Booking, SlotRule
from onestop.appointments.selectors import bookings_visible_to
from onestop.directory.models import Service, Site


def get_booking_for_user(user: Any, booking_id: int) -> Booking:
    booking = bookings_visible_to(user).filter(pk=booking_id).first()
    if booking is None or not user.has_perm("appointments.book", booking.service):
        raise Http404
    return booking


def get_bookable_for_user(user: Any, service_id: int, site_slug: str) -> tuple[Service, Site]:
    """A service with booking hours at a site, if the user books for it."""
    service = Service.objects.filter(pk=service_id).select_related("organisation").first()
    site = Site.objects.filter(slug=site_slug).first()
    if (
        service is None
        or site is None
        or not user.has_perm("appointments.book", service)
        or not SlotRule.objects.filter(service=service, site=site).exists()
    ):
        raise Http404
    return service, site


def get_service_for_hours(user: Any, service_id: int) -> Service:
    """A service whose booking hours the user keeps."""
    service = Service.objects.filter(pk=service_id).select_related("organisation").first()
    if service is None or not user.has_perm("appointments.manage_hours", service):
        raise Http404
    return service


def get_rule_for_user(user: Any, rule_id: int) -> SlotRule:
    rule = SlotRule.objects.filter(pk=rule_id).select_related("service", "site").first()
    if rule is None or not user.has_perm("appointments.manage_hours", rule.service):
        raise Http404
    return rule
