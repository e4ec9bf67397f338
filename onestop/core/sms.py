"""SMS through a pluggable backend (settings.SMS_BACKEND).

- ``log`` (default): the message is written to the ``onestop.sms`` log and nothing leaves the
  machine; the demo and the tests use it.
- ``http``: a generic SMS gateway; the message is POSTed as JSON ``{"to": "+49...", "text": "..."}``
  to ``SMS_GATEWAY_URL`` with ``Authorization: Bearer SMS_GATEWAY_TOKEN``. Any answer other than
  2xx, or no answer within ``SMS_GATEWAY_TIMEOUT`` seconds, raises ``SmsError`` so the caller retries.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request

from django.conf import settings

logger = logging.getLogger("onestop.sms")


class SmsError(Exception):
    pass


def send_sms(*, to: str, text: str) -> None:
    backend = settings.SMS_BACKEND
    if backend == "log":
        logger.info("SMS to %s: %s", to, text)
        return
    if backend == "http":
        _send_http(to=to, text=text)
        return
    raise SmsError(f"unknown SMS_BACKEND {backend!r}")


def _send_http(*, to: str, text: str) -> None:
    if not settings.SMS_GATEWAY_URL:
        raise SmsError("SMS_GATEWAY_URL is not set")
    request = urllib.request.Request(  # noqa: S310 - the URL is the operator's configured gateway
        settings.SMS_GATEWAY_URL,
        data=json.dumps({"to": to, "text": text}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {settings.SMS_GATEWAY_TOKEN or ''}"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=settings.SMS_GATEWAY_TIMEOUT) as response:  # noqa: S310
            status = response.status
    except urllib.error.HTTPError as exc:
        raise SmsError(f"gateway answered {exc.code}") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise SmsError(f"gateway unreachable: {exc}") from exc
    if not 200 <= status < 300:
        raise SmsError(f"gateway answered {status}")
