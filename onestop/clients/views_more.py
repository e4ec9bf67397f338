"""The field register and access history for the data protection officer; documents of a record."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.utils.text import slugify
from django.utils.translation import gettext as _

from onestop.accounts.models import Role
from onestop.accounts.roles import has_role
from onestop.clients import documents, history, services
from onestop.clients.access import get_client_for_user
from onestop.clients.forms import DocumentForm
from onestop.clients.models import DOCUMENT_EXTENSIONS, Category, ClientDocument
from onestop.clients.register import DataCategory, Retention, Sensitivity, register_rows
from onestop.core.decorators import staff_permission_required

HISTORY_PAGE_SIZE = 50


@staff_permission_required("clients.view_field_register")
def field_register_view(request: HttpRequest) -> HttpResponse:
    context = {
        "rows": list(register_rows()),
        "categories": DataCategory,
        "sensitivities": Sensitivity,
        "retentions": Retention,
    }
    return render(request, "clients/register.html", context)


@staff_permission_required("clients.view_access_history")
def client_history_view(request: HttpRequest, client_id: int) -> HttpResponse:
    record = history.get_record_for_history(request.user, client_id)
    history.client_history_viewed(client=record, by=request.user, request=request)  # type: ignore[arg-type]
    events = history.client_access_history(client_id=record.pk)
    page = Paginator(events, HISTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "clients/history.html", {"record": record, "page": page})


def _may_upload(user: object, owner_id: int) -> bool:
    """Only caseworkers of the organisation that keeps the record add documents to it."""
    return has_role(user, Role.CASEWORKER, owner_id)


@staff_permission_required("clients.use_records")
def client_documents_view(request: HttpRequest, client_id: int) -> HttpResponse:
    visible = get_client_for_user(request.user, client_id)
    if not visible.sees(Category.DOCUMENTS):
        raise Http404
    record = visible.record
    may_upload = _may_upload(request.user, record.owner_id)
    if request.method == "POST" and not may_upload:
        raise Http404
    form = DocumentForm(request.POST or None, request.FILES or None) if may_upload else None
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            documents.document_add(
                client=record,
                upload=form.cleaned_data["file"],
                title=form.cleaned_data["title"],
                by=request.user,  # type: ignore[arg-type]
                request=request,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The document is kept with the record."))
            return redirect("clients:documents", client_id=record.pk)
    services.client_viewed(client=record, by=request.user, categories=[Category.DOCUMENTS], request=request)  # type: ignore[arg-type]
    context = {
        "client": record,
        "sees_identity": visible.sees(Category.IDENTITY),
        "documents": ClientDocument.objects.filter(client=record).select_related("uploaded_by"),
        "form": form,
        "max_bytes": settings.CLIENT_DOCUMENT_MAX_BYTES,
    }
    return render(request, "clients/documents.html", context)


@staff_permission_required("clients.use_records")
def document_download_view(request: HttpRequest, doc_id: int) -> FileResponse:
    document = ClientDocument.objects.filter(pk=doc_id).first()
    if document is None:
        raise Http404
    visible = get_client_for_user(request.user, document.client_id)
    if not visible.sees(Category.DOCUMENTS):
        raise Http404
    # Opened before the audit entry, so a file missing on disk is not logged as handed out.
    handle = document.file.open("rb")
    documents.document_downloaded(document=document, by=request.user, request=request)  # type: ignore[arg-type]
    name = (slugify(document.title, allow_unicode=True) or "document") + DOCUMENT_EXTENSIONS[document.content_type]
    response = FileResponse(handle, as_attachment=True, filename=name, content_type=document.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    patch_cache_control(response, private=True, no_store=True)
    return response
