"""Background tasks of client records."""

from __future__ import annotations

from django_tasks import task

from onestop.clients.rights import retention_apply, retention_plan


@task()
def apply_retention_task() -> dict[str, int]:
    """The retention rule, as `manage.py apply_retention` applies it; for a daily schedule."""
    done = retention_apply(plan=retention_plan())
    return {"archived": done.archive_count, "erased": done.erase_count}
