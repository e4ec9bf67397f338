"""Translation catalogues: `update` extracts and compiles them, `check` fails on any gap.

    python -m onestop.core.i18n_tools update   # after changing user-facing strings
    python -m onestop.core.i18n_tools check    # in `make test`: nothing untranslated or fuzzy

The compiled .mo files are committed, so running Onestop needs no gettext tools; extracting
strings (and the check that the catalogues cover the source) needs GNU gettext's xgettext.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

BASE_DIR = Path(__file__).resolve().parents[2]
LOCALE_DIR = BASE_DIR / "locale"
MAKEMESSAGES = ["makemessages", "--all", "--no-obsolete", "--add-location=file", "--ignore=.venv/*", "--ignore=bench/*"]


def _languages() -> list[str]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onestop.settings")
    import django
    from django.conf import settings

    django.setup()
    return [code for code, _ in settings.LANGUAGES if code != "en"]


def _manage(args: list[str], locale_dir: Path) -> None:
    env = {**os.environ, "ONESTOP_LOCALE_DIR": str(locale_dir)}
    subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True, stdout=subprocess.DEVNULL
    )


def problems_in(po: polib.POFile) -> list[str]:
    found = []
    for entry in po:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            found.append(f"fuzzy: {entry.msgid!r}")
        elif not entry.translated():
            found.append(f"untranslated: {entry.msgid!r}")
    return found


def compile_all() -> None:
    for code in _languages():
        po_path = LOCALE_DIR / code / "LC_MESSAGES" / "django.po"
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))


def update() -> None:
    for code in _languages():
        (LOCALE_DIR / code / "LC_MESSAGES").mkdir(parents=True, exist_ok=True)
    _manage(MAKEMESSAGES, LOCALE_DIR)
    compile_all()


def check() -> int:
    failures: list[str] = []
    codes = _languages()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "locale"
        shutil.copytree(LOCALE_DIR, fresh)
        if shutil.which("xgettext"):
            # Extract from the source into a copy: new strings show up as untranslated there.
            _manage(MAKEMESSAGES, fresh)
        elif os.environ.get("CI"):
            failures.append("xgettext (GNU gettext) is missing, so the catalogues cannot be compared with the source")
        else:
            print("note: install gettext to also check the catalogues against the source", file=sys.stderr)
        for code in codes:
            po_path = fresh / code / "LC_MESSAGES" / "django.po"
            if not po_path.exists():
                failures.append(f"{code}: no catalogue")
                continue
            failures += [f"{code}: {p}" for p in problems_in(polib.pofile(str(po_path)))]
            mo_path = LOCALE_DIR / code / "LC_MESSAGES" / "django.mo"
            committed = polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))
            if not mo_path.exists():
                failures.append(f"{code}: django.mo missing (run make messages)")
            else:
                compiled = {
                    (e.msgctxt, e.msgid): (e.msgstr, tuple(sorted(e.msgstr_plural.items())))
                    for e in polib.mofile(str(mo_path))
                }
                wanted = {
                    (e.msgctxt, e.msgid): (e.msgstr, tuple(sorted(e.msgstr_plural.items())))
                    for e in committed
                    if e.translated() and not e.obsolete and "fuzzy" not in e.flags
                }
                if any(compiled.get(k) != v for k, v in wanted.items()):
                    failures.append(f"{code}: django.mo is older than django.po (run make messages)")
    for failure in failures:
        print(failure, file=sys.stderr)
    if failures:
        print(f"{len(failures)} translation problem(s)", file=sys.stderr)
        return 1
    print(f"translations complete: {len(codes)} languages")
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    else:
        sys.exit(check())
