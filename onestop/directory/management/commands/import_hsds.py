from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from onestop.directory.hsds.importer import hsds_import
from onestop.directory.hsds.progress import ProgressLine

FORMS = {"csv": "CSV tables", "json": "JSON documents"}
PARTLY_IMPORTED = 3


class Command(BaseCommand):
    help = (
        "Import an HSDS 3 dataset: a directory or .zip holding CSV tables with datapackage.json, or JSON "
        "files per table (organizations.json, services.json, ...). Every record is checked first; with any "
        "problem nothing is imported (exit status 1), unless --partial, which imports the valid records and "
        "skips the others (exit status 3 when some were skipped)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="directory or .zip file of the dataset")
        parser.add_argument(
            "--partial", action="store_true", help="import the valid records; skip and list the invalid ones"
        )
        parser.add_argument("--progress", action="store_true", help="show progress on stderr (default: on a terminal)")

    def handle(self, *args: Any, **options: Any) -> None:
        progress = ProgressLine(self.stderr) if options["progress"] or self.stderr.isatty() else None
        report = hsds_import(path=options["path"], partial=options["partial"], progress=progress)
        if progress is not None:
            progress.close()
        if report.warnings:
            self.stderr.write(f"Warnings ({len(report.warnings)}):")
            for problem in report.warnings:
                self.stderr.write(f"  {problem}")
        if report.errors:
            self.stderr.write(f"Problems ({len(report.errors)}):")
            for problem in report.errors:
                self.stderr.write(f"  {problem}")
        if not report.written:
            raise CommandError(f"Nothing was imported: {len(report.errors)} problem(s), listed above.")
        self.stdout.write(f"Imported {report.path} ({FORMS[report.form]}): {report.records} record(s) read.")
        for name, counts in report.counts.items():
            self.stdout.write(
                f"  {name}: {counts.created} created, {counts.updated} updated, {counts.unchanged} unchanged"
            )
        if report.kept_in_extra:
            kept = ", ".join(f"{name} {n}" for name, n in sorted(report.kept_in_extra.items()))
            self.stdout.write(f"  kept with the records they belong to: {kept}")
        if report.errors:
            skipped = f"{report.skipped} record(s) skipped" if report.skipped else "no record skipped"
            raise CommandError(
                f"Imported partly: {skipped} because of the problems listed above.", returncode=PARTLY_IMPORTED
            )
