"""A repeated write with the same idempotency key gets the first answer instead of acting twice.

API clients send an `Idempotency-Key` header; HTML forms carry a hidden `idempotency_key`
field (the `{% idempotency_field %}` tag), so a double click on "save" creates one thing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _

from onestop.core.http import wants_json
from onestop.core.models import IdempotencyRecord

HEADER = "Idempotency-Key"
FORM_FIELD = "idempotency_key"
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
MAX_KEY_LENGTH = 255


def _scope(request: HttpRequest) -> str:
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    authorization = request.headers.get("Authorization", "")
    if authorization.lower().startswith("token "):
        # Scoped by the token itself; the API view checks that it is valid.
        return "token:" + hashlib.sha256(authorization[6:].strip().encode()).hexdigest()[:40]
    return "anon"


def _error(request: HttpRequest, status: int, code: str, message: str) -> HttpResponse:
    if wants_json(request):
        return JsonResponse({"error": {"status": status, "code": code, "message": message}}, status=status)
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


def _fingerprint(request: HttpRequest) -> str:
    digest = hashlib.sha256(f"{request.method} {request.path}\n".encode())
    if request.content_type == "multipart/form-data":
        for name in sorted(request.POST):
            digest.update(f"{name}={request.POST.getlist(name)}\n".encode())
    else:
        digest.update(request.body)
    return digest.hexdigest()


def _replay(record: IdempotencyRecord) -> HttpResponse:
    response = HttpResponse(
        bytes(record.body), status=record.status_code or 200, content_type=record.content_type or None
    )
    if record.location:
        response["Location"] = record.location
    response["Idempotent-Replayed"] = "true"
    return response


class IdempotencyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in WRITE_METHODS:
            return self.get_response(request)
        key = request.headers.get(HEADER)
        if key is None and request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            key = request.POST.get(FORM_FIELD)
        if not key:
            return self.get_response(request)
        if len(key) > MAX_KEY_LENGTH or not key.isprintable():
            return _error(
                request,
                400,
                "invalid_idempotency_key",
                _("The idempotency key must be at most 255 printable characters."),
            )
        scope, fingerprint = _scope(request), _fingerprint(request)

        with transaction.atomic():
            try:
                # Waits here while a concurrent request with the same key is still running.
                with transaction.atomic():
                    record = IdempotencyRecord.objects.create(
                        scope=scope,
                        key=key,
                        method=request.method or "",
                        path=request.path[:500],
                        fingerprint=fingerprint,
                    )
            except IntegrityError:
                existing = IdempotencyRecord.objects.filter(scope=scope, key=key).first()
                if existing is None or existing.status_code is None:
                    return _error(
                        request,
                        409,
                        "request_in_progress",
                        _("The same request is still being handled. Try again in a moment."),
                    )
                if existing.fingerprint != fingerprint:
                    return _error(
                        request,
                        422,
                        "idempotency_key_reused",
                        _("This idempotency key was already used for a different request."),
                    )
                return _replay(existing)

            response = self.get_response(request)
            if response.status_code >= 500:
                # Undo everything the failed request did, the key included, so a retry acts.
                transaction.set_rollback(True)
            elif wants_json(request) or response.status_code in (301, 302, 303, 307, 308):
                record.status_code = response.status_code
                record.content_type = response.get("Content-Type", "")[:100]
                record.location = response.get("Location", "")[:500]
                record.body = b"" if getattr(response, "streaming", False) else response.content
                record.save(update_fields=["status_code", "content_type", "location", "body"])
            else:
                # A form shown again with errors acted on nothing: let the corrected form use the key.
                record.delete()
        return response
