"""Documents kept with a client record: checked by their content, stored under a random name,
and every upload and download in the audit log."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.http import HttpRequest
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _

from onestop.accounts.models import User
from onestop.clients.models import ClientDocument, ClientRecord
from onestop.clients.services import _audit, touch

# The first bytes of each allowed type. Only these are accepted, whatever the name or the
# browser's content type say: a renamed program or web page stays out.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)
SNIFF_BYTES = 8
CHUNK_SIZE = 64 * 1024


def sniff_content_type(head: bytes) -> str | None:
    """The allowed type whose signature `head` starts with, or None."""
    for signature, content_type in SIGNATURES:
        if head.startswith(signature):
            return content_type
    return None


def _read_head(upload: UploadedFile) -> bytes:
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    return bytes(head)


def _sha256(upload: UploadedFile) -> str:
    digest = hashlib.sha256()
    for chunk in upload.chunks(CHUNK_SIZE):
        digest.update(chunk)
    return digest.hexdigest()


def document_check(upload: UploadedFile) -> str:
    """The content type of an acceptable upload; a ValidationError says what is wrong otherwise."""
    size = upload.size or 0
    if size == 0:
        raise ValidationError(_("The file is empty. Choose the file again."), code="empty")
    limit = settings.CLIENT_DOCUMENT_MAX_BYTES
    if size > limit:
        raise ValidationError(
            _("The file is too large (%(size)s). Files of up to %(limit)s can be kept.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)},
            code="too_large",
        )
    content_type = sniff_content_type(_read_head(upload))
    if content_type is None:
        raise ValidationError(
            _("Only PDF, JPEG and PNG files can be kept. This file is none of these, whatever its name says."),
            code="type",
        )
    return content_type


def document_add(
    *, client: ClientRecord, upload: UploadedFile, title: str, by: User | None, request: HttpRequest | None = None
) -> ClientDocument:
    """Keep a file with a record. The caller has checked that `by` may keep this record."""
    title = title.strip()
    if not title:
        raise ValidationError(_("Give the document a title."), code="title")
    content_type = document_check(upload)
    document = ClientDocument(
        client=client,
        title=title[:200],
        content_type=content_type,
        size=upload.size or 0,
        sha256=_sha256(upload),
        uploaded_by=by,
        uploaded_at=timezone.now(),
    )
    upload.seek(0)
    # document_path gives the stored file a random name; the uploaded name is not passed on, so it
    # reaches neither the file system nor any log.
    document.file.save("upload", upload, save=False)
    try:
        with transaction.atomic():
            document.save(force_insert=True)
            touch(client)
            # The title can say what the document is about, so only its facts are logged.
            _audit(
                "client.document_added", client=client, by=by, request=request, document=document.pk,
                content_type=content_type, size=document.size, sha256=document.sha256,
            )  # fmt: skip
    except BaseException:
        document.file.delete(save=False)
        raise
    return document


def document_downloaded(*, document: ClientDocument, by: User, request: HttpRequest | None = None) -> None:
    """Every download is in the audit log, like every read of a record."""
    _audit(
        "client.document_downloaded", client=document.client, by=by, request=request, document=document.pk,
        sha256=document.sha256,
    )  # fmt: skip
