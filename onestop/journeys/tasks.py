"""Background tasks: webhook delivery and the overdue-referral check."""

from __future__ import annotations

from django.core.cache import cache
from django.utils import timezone
from django_tasks import default_task_backend, task

from onestop.journeys import webhooks


@task()
def deliver_webhooks_task() -> int:
    """Deliver what is due; where the task backend can defer, come back when the next retry is due.
    One such follow-up at a time (a cache key), however many events started a run; a retry due
    earlier than the scheduled follow-up waits for it, or for `manage.py deliver_webhooks`."""
    delivered = webhooks.deliver_due()
    upcoming = webhooks.next_due()
    if upcoming is not None and default_task_backend.supports_defer:
        wait = max(0, int((upcoming - timezone.now()).total_seconds()))
        if cache.add("journeys:webhook-retry-scheduled", upcoming.isoformat(), timeout=wait + 60):
            deliver_webhooks_task.using(run_after=upcoming).enqueue()
    return delivered


@task()
def flag_overdue_referrals_task() -> int:
    from onestop.journeys.referrals import referrals_flag_overdue

    return referrals_flag_overdue()
