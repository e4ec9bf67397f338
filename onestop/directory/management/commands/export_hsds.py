from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from onestop.directory.hsds.exporter import FORMATS, ExportError, hsds_export
from onestop.directory.hsds.progress import ProgressLine


class Command(BaseCommand):
    help = (
        "Export the directory as an HSDS 3 dataset into a directory or a .zip file: JSON files per table "
        "(default), or CSV tables with datapackage.json (--format csv)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="directory (new or empty) or .zip file to write")
        parser.add_argument("--format", choices=FORMATS, default="json", dest="fmt")
        parser.add_argument("--progress", action="store_true", help="show progress on stderr (default: on a terminal)")

    def handle(self, *args: Any, **options: Any) -> None:
        progress = ProgressLine(self.stderr) if options["progress"] or self.stderr.isatty() else None
        try:
            report = hsds_export(path=options["path"], fmt=options["fmt"], progress=progress)
        except ExportError as exc:
            raise CommandError(str(exc)) from exc
        finally:
            if progress is not None:
                progress.close()
        if report.problems:
            self.stderr.write(
                f"The HSDS schemas reject these values ({len(report.problems)}); they are exported as they are:"
            )
            for problem in report.problems:
                self.stderr.write(f"  {problem}")
        total = sum(report.counts.values())
        self.stdout.write(f"Exported {total} record(s) to {report.path} ({report.fmt}).")
        for name, count in report.counts.items():
            if count:
                self.stdout.write(f"  {name}: {count}")
