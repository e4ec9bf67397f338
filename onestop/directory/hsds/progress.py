"""A one-line progress display for the commands ("validating 1200/20000")."""

from __future__ import annotations

from django.core.management.base import OutputWrapper


class ProgressLine:
    def __init__(self, out: OutputWrapper) -> None:
        self.out = out
        self.stage = ""
        self.open = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        text = "\n" if self.open and stage != self.stage else ""
        self.stage = stage
        self.open = done < total
        text += f"\r{stage} {done}/{total}" + ("" if self.open else "\n")
        self.out.write(text, ending="")
        self.out.flush()

    def close(self) -> None:
        if self.open:
            self.out.write("\n", ending="")
            self.open = False
