"""Trigram indexes for the public search on PostgreSQL; nothing on SQLite.

The search matches words anywhere in names and descriptions (`icontains`, which PostgreSQL
runs as ``UPPER(column) LIKE UPPER('%word%')``). A GIN index of pg_trgm over the same
``UPPER(...)`` expression answers such a LIKE without reading the whole table. pg_trgm is a
trusted extension (PostgreSQL 13+), so a database owner may create it; where it cannot be
created the search still works, only slower, and the migration says so.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations

# (table, index name, indexed expression) -- the expressions Django's icontains produces:
# varchar columns are cast to text, text columns are not.
INDEXES = (
    ("directory_service", "directory_service_name_trgm", 'UPPER(("name")::text)'),
    ("directory_service", "directory_service_description_trgm", 'UPPER("description")'),
    ("directory_servicetext", "directory_servicetext_name_trgm", 'UPPER(("name")::text)'),
    ("directory_servicetext", "directory_servicetext_description_trgm", 'UPPER("description")'),
    ("directory_organisation", "directory_organisation_name_trgm", 'UPPER(("name")::text)'),
)


def create(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        if cursor.fetchone() is None:
            try:
                cursor.execute("SAVEPOINT onestop_trgm")
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                cursor.execute("RELEASE SAVEPOINT onestop_trgm")
            except Exception as error:  # noqa: BLE001 -- any refusal: go on without the indexes
                cursor.execute("ROLLBACK TO SAVEPOINT onestop_trgm")
                print(f"\n  pg_trgm could not be created ({error}); the directory search works without its indexes")
                return
    for table, name, expression in INDEXES:
        schema_editor.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" USING gin ({expression} gin_trgm_ops)')


def drop(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for _table, name, _expression in INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [("directory", "0004_service_confirmation_reminder")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
