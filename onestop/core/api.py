"""API ground rules: JSON errors with a translated message and per-field details."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework.views import exception_handler as drf_exception_handler

from onestop.accounts.models import User


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Every API error answers {"error": {"status", "code", "message", "fields"}}."""
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(_("Not found."))
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    assert isinstance(exc, exceptions.APIException)
    error: dict[str, Any] = {"status": response.status_code, "code": "error", "message": ""}
    if isinstance(exc, exceptions.ValidationError):
        error["code"] = "invalid"
        error["message"] = _("Some of the data is not valid. See the details for each field.")
        detail = exc.detail
        if isinstance(detail, dict):
            fields = {k: v for k, v in detail.items() if k != "non_field_errors"}
            error["fields"] = fields
            if "non_field_errors" in detail:
                error["message"] = " ".join(str(m) for m in detail["non_field_errors"])  # type: ignore[union-attr]
        elif isinstance(detail, list):
            error["message"] = " ".join(str(m) for m in detail)
    else:
        codes = exc.get_codes()
        error["code"] = codes if isinstance(codes, str) else "error"
        error["message"] = str(exc.detail)
    response.data = {"error": error}
    return response


class MembershipOutSerializer(serializers.Serializer[Any]):
    organisation = serializers.IntegerField(source="organisation_id")
    organisation_name = serializers.CharField(source="organisation.name")
    role = serializers.CharField()


class MeOutSerializer(serializers.Serializer[User]):
    id = serializers.IntegerField()
    username = serializers.CharField()
    name = serializers.CharField(source="display_name")
    email = serializers.EmailField()
    languages = serializers.SerializerMethodField()
    memberships = MembershipOutSerializer(many=True)

    def get_languages(self, user: User) -> list[str]:
        return [lang.code for lang in user.spoken_languages.all()]


class MeView(APIView):
    """The authenticated staff member, with organisations, roles and spoken languages."""

    @extend_schema(responses={200: MeOutSerializer})
    def get(self, request: Request) -> Response:
        user = User.objects.prefetch_related("spoken_languages", "memberships__organisation").get(
            pk=request.user.pk or 0
        )
        return Response(MeOutSerializer(user).data)
