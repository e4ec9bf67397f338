from __future__ import annotations

from django.contrib import messages
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from onestop.core.decorators import staff_permission_required
from onestop.directory import services
from onestop.directory.access import get_organisation_for_user
from onestop.directory.forms import OrganisationForm
from onestop.directory.models import Organisation


@staff_permission_required("directory.view_organisations")
def organisation_list_view(request: HttpRequest) -> HttpResponse:
    organisations = Organisation.objects.annotate(staff_count=Count("memberships__user", distinct=True))
    return render(request, "directory/organisation_list.html", {"organisations": organisations})


@staff_permission_required("directory.manage_organisations")
def organisation_create_view(request: HttpRequest) -> HttpResponse:
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        organisation = services.organisation_create(
            name=data["name"],
            kind=form.kind_value(),
            description=data["description"],
            website=data["website"],
            email=data["email"],
            phone=data["phone"],
            is_protected=form.protection_choice(),
            created_by=request.user,  # type: ignore[arg-type]
            request=request,
        )
        messages.success(request, _("%(name)s was added.") % {"name": organisation.name})
        return redirect("directory:organisation_list")
    return render(request, "directory/organisation_form.html", {"form": form})


@staff_permission_required("directory.manage_organisations")
def organisation_edit_view(request: HttpRequest, organisation_id: int) -> HttpResponse:
    organisation = get_organisation_for_user(request.user, organisation_id, to_manage=True)
    form = OrganisationForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        protection = form.protection_choice()
        services.organisation_update(
            organisation=Organisation.objects.get(pk=organisation.pk),
            changed_by=request.user,  # type: ignore[arg-type]
            request=request,
            name=data["name"],
            kind=form.kind_value(),
            description=data["description"],
            website=data["website"],
            email=data["email"],
            phone=data["phone"],
            is_protected=services.protected_by_default(data["kind"]) if protection is None else protection,
        )
        messages.success(request, _("The changes are saved."))
        return redirect("directory:organisation_list")
    return render(request, "directory/organisation_form.html", {"form": form, "organisation": organisation})
