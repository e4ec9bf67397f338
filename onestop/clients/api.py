"""REST API for client records, under the rules of the pages: a user gets only the records, and
the parts of each, that clients/access.py allows; every read of a record is audited; "not
allowed" answers the same 404 as "does not exist"; the owner's keeping roles change records and
record consent (clients/views.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from onestop.accounts.models import User
from onestop.clients import rights, services
from onestop.clients.access import (
    Viewer,
    VisibleRecord,
    categories_for,
    get_client_by_code_for_user,
    get_client_for_user,
    keeping_organisations,
    live_grants,
    may_keep,
    records_visible_to,
    viewer_of,
)
from onestop.clients.forms import FIELDS_BY_CATEGORY
from onestop.clients.models import (
    Category,
    ClientRecord,
    ConsentGrant,
    GivenHow,
    Purpose,
    ResidenceStatus,
    Vulnerability,
)
from onestop.core.languages import SPOKEN_LANGUAGE_CODES
from onestop.core.permissions import has_perm
from onestop.directory.models import Organisation
from onestop.directory.needs import NEED_CATEGORIES

CATEGORY_OF_FIELD: dict[str, str] = {
    field: category for category, fields in FIELDS_BY_CATEGORY.items() for field in fields
}
UsesRecords = has_perm("clients.use_records")


def fields_seen(categories: Iterable[str]) -> frozenset[str]:
    """The record fields shown to, and changeable by, someone who sees these categories."""
    return frozenset(field for category in categories for field in FIELDS_BY_CATEGORY.get(category, ()))


def _user(request: Request) -> User:
    user = request.user
    # has_perm("clients.use_records") lets only authenticated staff through.
    assert isinstance(user, User)
    return user


def _invalid(error: DjangoValidationError) -> exceptions.ValidationError:
    """A service's refusal, with its translated reason, as a 400 answer."""
    return exceptions.ValidationError({"non_field_errors": error.messages})


def _visible_records(viewer: Viewer, records: Iterable[ClientRecord]) -> list[VisibleRecord]:
    """Each record with the parts the viewer sees, reading the live consents of all at once."""
    records = list(records)
    grants: dict[int, list[ConsentGrant]] = defaultdict(list)
    for grant in live_grants().filter(client__in=[record.pk for record in records]):
        grants[grant.client_id].append(grant)
    visible = [VisibleRecord(record, categories_for(viewer, record, grants[record.pk])) for record in records]
    # records_visible_to and categories_for agree; should they ever not, nothing is shown.
    return [item for item in visible if item.categories]


def _search(records: QuerySet[ClientRecord], viewer: Viewer, words: str) -> QuerySet[ClientRecord]:
    """Records matching the personal code, or the name or alias where the user sees them: a
    search by name must not reveal the name of a record shared without its identity part."""
    code = words.upper().replace(" ", "").replace("-", "")
    named = records.filter(Q(name__icontains=words) | Q(alias__icontains=words)).exclude(code=code)
    named_ids = [
        item.record.pk
        for item in _visible_records(viewer, named.only("pk", "owner__is_protected"))
        if item.sees(Category.IDENTITY)
    ]
    return records.filter(Q(code=code) | Q(pk__in=named_ids))


# --- Serializers --------------------------------------------------------------------------------


# The error body of core/api.py's exception handler, as a plain schema: a serializer cannot have a
# field called "fields".
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "code", "message"],
            "properties": {
                "status": {"type": "integer"},
                "code": {"type": "string"},
                "message": {"type": "string", "description": "Translated into the language of the request."},
                "fields": {
                    "type": "object",
                    "description": "For invalid data: the problems with each field.",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                },
            },
        }
    },
}
NOT_FOUND = OpenApiResponse(
    ERROR_SCHEMA,
    description="The same answer whether it does not exist or you may not see it.",
)
INVALID = OpenApiResponse(ERROR_SCHEMA, description="Some of the data is not valid.")
FORBIDDEN = OpenApiResponse(ERROR_SCHEMA, description="Your roles do not allow client records.")


def _only_with(category: str) -> str:
    return f"Present only if you see the category `{category}`."


class ClientOutSerializer(serializers.Serializer[Any]):
    """A record as far as the user sees it: the fields of unseen categories are left out."""

    id = serializers.IntegerField(source="record.pk")
    code = serializers.CharField(source="record.code", help_text="The personal code on the person's card.")
    owner = serializers.IntegerField(source="record.owner_id", help_text="The organisation that keeps the record.")
    owner_name = serializers.CharField(source="record.owner.name")
    categories = serializers.ListField(
        child=serializers.ChoiceField(choices=Category.choices), help_text="The parts of the record you see."
    )
    name = serializers.CharField(source="record.name", required=False, help_text=_only_with("identity"))
    alias = serializers.CharField(source="record.alias", required=False, help_text=_only_with("identity"))
    preferred_language = serializers.CharField(
        source="record.preferred_language", required=False, help_text=_only_with("identity")
    )
    date_of_birth = serializers.DateField(
        source="record.date_of_birth", required=False, allow_null=True, help_text=_only_with("identity")
    )
    nationality = serializers.CharField(source="record.nationality", required=False, help_text=_only_with("identity"))
    phone = serializers.CharField(source="record.phone", required=False, help_text=_only_with("identity"))
    email = serializers.CharField(source="record.email", required=False, help_text=_only_with("identity"))
    household = serializers.CharField(source="record.household", required=False, help_text=_only_with("identity"))
    needs = serializers.ListField(
        source="record.needs", child=serializers.CharField(), required=False, help_text=_only_with("needs")
    )
    needs_text = serializers.CharField(source="record.needs_text", required=False, help_text=_only_with("needs"))
    notes = serializers.CharField(source="record.notes", required=False, help_text=_only_with("notes"))
    residence_status = serializers.ChoiceField(
        source="record.residence_status",
        choices=ResidenceStatus.choices,
        required=False,
        help_text=_only_with("residence_status"),
    )
    vulnerabilities = serializers.ListField(
        source="record.vulnerabilities",
        child=serializers.CharField(),
        required=False,
        help_text=_only_with("vulnerability"),
    )

    def to_representation(self, instance: VisibleRecord) -> dict[str, Any]:
        seen = fields_seen(instance.categories)
        data: dict[str, Any] = {}
        for name, field in self.fields.items():
            # Fields of unseen categories are never even read, so they cannot slip out.
            if name in CATEGORY_OF_FIELD and name not in seen:
                continue
            value = field.get_attribute(instance)
            data[name] = None if value is None else field.to_representation(value)
        data["categories"] = sorted(instance.categories)
        return data


class ClientFieldsInSerializer(serializers.Serializer[Any]):
    """The fields of a record; a key the user may not write is refused, not ignored."""

    name = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    alias = serializers.CharField(max_length=100, required=False, allow_blank=True, default="")
    preferred_language = serializers.ChoiceField(choices=SPOKEN_LANGUAGE_CODES)
    date_of_birth = serializers.DateField(required=False, allow_null=True, default=None)
    nationality = serializers.CharField(
        max_length=2, required=False, allow_blank=True, default="", help_text="ISO 3166-1 alpha-2."
    )
    phone = serializers.CharField(max_length=40, required=False, allow_blank=True, default="")
    email = serializers.EmailField(required=False, allow_blank=True, default="")
    household = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")
    needs = serializers.ListField(
        child=serializers.ChoiceField(choices=list(NEED_CATEGORIES)), required=False, default=list
    )
    needs_text = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")
    notes = serializers.CharField(max_length=20000, required=False, allow_blank=True, default="")
    residence_status = serializers.ChoiceField(
        choices=ResidenceStatus.choices, required=False, allow_blank=True, default=""
    )
    vulnerabilities = serializers.ListField(
        child=serializers.ChoiceField(choices=Vulnerability.choices), required=False, default=list
    )

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        if isinstance(data, Mapping):
            refused = sorted(set(data) - set(self.context["writable"]))
            if refused:
                raise serializers.ValidationError({key: [_("You may not do this.")] for key in refused})
        values: dict[str, Any] = super().to_internal_value(data)
        for key in ("needs", "vulnerabilities"):
            if key in values:
                values[key] = sorted(set(values[key]))
        return values


class ClientCreateInSerializer(ClientFieldsInSerializer):
    owner = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.none(),
        required=False,
        help_text="An organisation where you keep records; may be left out if you keep them at only one.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        keeping = self.context.get("keeping", [])
        self.fields["owner"].queryset = Organisation.objects.filter(pk__in=keeping)  # type: ignore[attr-defined]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if not (attrs.get("name") or attrs.get("alias")):
            raise serializers.ValidationError(_("Enter a name or an alias. An alias is enough."))
        if "owner" not in attrs:
            keeping = self.context["keeping"]
            if len(keeping) != 1:
                raise serializers.ValidationError({"owner": [self.fields["owner"].error_messages["required"]]})
            attrs["owner"] = Organisation.objects.get(pk=keeping[0])
        return attrs


class ClientChangeInSerializer(ClientFieldsInSerializer):
    """Only the fields of the categories you see; give just the ones that change."""


class ConsentOutSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    client = serializers.IntegerField(source="client_id")
    recipient = serializers.IntegerField(
        source="recipient_id", allow_null=True, help_text="null: every partner organisation of the shop."
    )
    recipient_name = serializers.CharField(source="recipient.name", allow_null=True)
    purpose = serializers.ChoiceField(choices=Purpose.choices)
    categories = serializers.ListField(child=serializers.ChoiceField(choices=Category.choices))
    given_how = serializers.ChoiceField(choices=GivenHow.choices)
    language = serializers.CharField(help_text="The language the consent was explained in.")
    interpreter_present = serializers.BooleanField()
    notice_version = serializers.CharField()
    given_at = serializers.DateTimeField()
    valid_until = serializers.DateField(allow_null=True)
    withdrawn_at = serializers.DateTimeField(source="withdrawal.withdrawn_at", allow_null=True)
    is_live = serializers.SerializerMethodField(help_text="Neither withdrawn nor expired: it applies now.")

    def get_is_live(self, grant: ConsentGrant) -> bool:
        return grant.pk in self.context["live_ids"]


class ConsentGrantInSerializer(serializers.Serializer[Any]):
    recipient = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.filter(is_active=True),
        allow_null=True,
        default=None,
        help_text="The organisation the person named; null or left out: every partner organisation.",
    )
    purpose = serializers.ChoiceField(choices=Purpose.choices)
    categories = serializers.ListField(child=serializers.ChoiceField(choices=Category.choices), allow_empty=False)
    given_how = serializers.ChoiceField(choices=GivenHow.choices)
    language = serializers.ChoiceField(
        choices=SPOKEN_LANGUAGE_CODES, help_text="The language the consent was explained in."
    )
    interpreter_present = serializers.BooleanField(default=False)
    valid_until = serializers.DateField(allow_null=True, default=None)


def _consents_out(grants: list[ConsentGrant]) -> Any:
    live_ids = set(live_grants().filter(pk__in=[grant.pk for grant in grants]).values_list("pk", flat=True))
    return ConsentOutSerializer(grants, many=True, context={"live_ids": live_ids}).data


def _kept_record(user: User, client_id: int) -> VisibleRecord:
    """A record the user keeps at its owner organisation; for anyone else it does not exist."""
    visible = get_client_for_user(user, client_id)
    if not may_keep(user, visible.record.owner_id):
        raise Http404
    return visible


# --- Views --------------------------------------------------------------------------------------


class ClientListView(APIView):
    permission_classes = [UsesRecords]
    pagination_class = PageNumberPagination

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "q", str, description="A personal code, or part of a name or alias (only where you see them)."
            )
        ],
        responses={200: ClientOutSerializer(many=True), 403: FORBIDDEN},
    )
    def get(self, request: Request) -> Response:
        """The records you see, most recently active first, each with only the parts you see. Every
        record shown is in the audit log."""
        user = _user(request)
        viewer = viewer_of(user)
        # Archived records are out of the lists, as on the pages (clients/rights.py).
        records = records_visible_to(user).filter(archived_at__isnull=True)
        words = request.query_params.get("q", "").strip()[:100]
        if words:
            records = _search(records, viewer, words)
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(records.order_by("-last_activity_at", "pk"), request, view=self)
        visible = _visible_records(viewer, page or [])
        for item in visible:
            services.client_viewed(client=item.record, by=user, categories=item.categories, request=request._request)
        return paginator.get_paginated_response(ClientOutSerializer(visible, many=True).data)

    @extend_schema(
        request=ClientCreateInSerializer,
        responses={201: ClientOutSerializer, 400: INVALID, 403: FORBIDDEN},
    )
    def post(self, request: Request) -> Response:
        """Create a record at an organisation where you keep records (caseworker, reception)."""
        user = _user(request)
        keeping = keeping_organisations(user)
        if not keeping:
            raise exceptions.PermissionDenied()
        writable = {*services.CLIENT_FIELDS, "owner"}
        serializer = ClientCreateInSerializer(data=request.data, context={"keeping": keeping, "writable": writable})
        serializer.is_valid(raise_exception=True)
        fields = dict(serializer.validated_data)
        owner = fields.pop("owner")
        try:
            record = services.client_create(owner=owner, fields=fields, by=user, request=request._request)
        except DjangoValidationError as error:
            raise _invalid(error) from None
        visible = VisibleRecord(record, categories_for(viewer_of(user), record))
        return Response(ClientOutSerializer(visible).data, status=status.HTTP_201_CREATED)


class ClientDetailView(APIView):
    permission_classes = [UsesRecords]

    @extend_schema(responses={200: ClientOutSerializer, 403: FORBIDDEN, 404: NOT_FOUND})
    def get(self, request: Request, client_id: int) -> Response:
        """A record, with only the parts you see; the read is in the audit log."""
        user = _user(request)
        visible = get_client_for_user(user, client_id)
        services.client_viewed(client=visible.record, by=user, categories=visible.categories, request=request._request)
        return Response(ClientOutSerializer(visible).data)

    @extend_schema(
        request=ClientChangeInSerializer,
        responses={200: ClientOutSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
    )
    def patch(self, request: Request, client_id: int) -> Response:
        """Change a record your organisation keeps (caseworker, reception): only the fields of the
        parts you see; any other field is refused."""
        user = _user(request)
        visible = _kept_record(user, client_id)
        serializer = ClientChangeInSerializer(
            data=request.data, partial=True, context={"writable": fields_seen(visible.categories)}
        )
        serializer.is_valid(raise_exception=True)
        try:
            record = services.client_update(
                client=visible.record, fields=dict(serializer.validated_data), by=user, request=request._request
            )
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return Response(ClientOutSerializer(VisibleRecord(record, visible.categories)).data)


class ClientByCodeView(APIView):
    permission_classes = [UsesRecords]

    @extend_schema(responses={200: ClientOutSerializer, 403: FORBIDDEN, 404: NOT_FOUND})
    def get(self, request: Request, code: str) -> Response:
        """The record of the personal code a person shows, as far as you see it; audited."""
        user = _user(request)
        visible = get_client_by_code_for_user(user, code)
        services.client_viewed(client=visible.record, by=user, categories=visible.categories, request=request._request)
        return Response(ClientOutSerializer(visible).data)


class ClientConsentListView(APIView):
    permission_classes = [UsesRecords]

    @extend_schema(responses={200: ConsentOutSerializer(many=True), 403: FORBIDDEN, 404: NOT_FOUND})
    def get(self, request: Request, client_id: int) -> Response:
        """Every consent of a record your organisation keeps, withdrawn and expired ones included."""
        visible = _kept_record(_user(request), client_id)
        grants = ConsentGrant.objects.filter(client=visible.record).select_related("recipient", "withdrawal")
        return Response(_consents_out(list(grants.order_by("-given_at", "-pk"))))

    @extend_schema(
        request=ConsentGrantInSerializer,
        responses={201: ConsentOutSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
    )
    def post(self, request: Request, client_id: int) -> Response:
        """Record a consent as the person gave it; refused, with the reason, where the rules never
        allow sharing."""
        user = _user(request)
        visible = _kept_record(user, client_id)
        serializer = ConsentGrantInSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            grant = services.consent_grant(
                client=visible.record,
                recipient=data["recipient"],
                purpose=data["purpose"],
                categories=data["categories"],
                given_how=data["given_how"],
                language=data["language"],
                explained_by=user,
                interpreter_present=data["interpreter_present"],
                valid_until=data["valid_until"],
                request=request._request,
            )
        except DjangoValidationError as error:
            raise _invalid(error) from None
        return Response(_consents_out([grant])[0], status=status.HTTP_201_CREATED)


class ConsentWithdrawView(APIView):
    permission_classes = [UsesRecords]

    @extend_schema(request=None, responses={200: ConsentOutSerializer, 403: FORBIDDEN, 404: NOT_FOUND})
    def post(self, request: Request, grant_id: int) -> Response:
        """Withdraw a consent of a record your organisation keeps. It applies from the next request
        on; withdrawing again changes nothing."""
        user = _user(request)
        grant = ConsentGrant.objects.filter(pk=grant_id).select_related("client").first()
        if grant is None:
            raise Http404
        _kept_record(user, grant.client_id)
        services.consent_withdraw(grant=grant, by=user, request=request._request)
        withdrawn = ConsentGrant.objects.select_related("recipient", "withdrawal").get(pk=grant.pk)
        return Response(_consents_out([withdrawn])[0])


class ClientExportView(APIView):
    permission_classes = [UsesRecords]

    @extend_schema(
        responses={200: OpenApiTypes.OBJECT, 403: FORBIDDEN, 404: NOT_FOUND},
        description="Everything held about the person (subject access): the record, its consents, documents and "
        "access history. For the keeping organisation's caseworkers and data protection officer; audited.",
    )
    def get(self, request: Request, client_id: int) -> Response:
        user = _user(request)
        visible = get_client_for_user(user, client_id)
        if not user.has_perm("clients.export_record", visible.record):
            raise Http404
        return Response(rights.client_export(client=visible.record, by=user, request=request._request))
