"""Staff views of the reception."""

from __future__ import annotations
