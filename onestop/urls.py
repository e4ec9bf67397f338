from csp.decorators import csp_update
from django.conf.urls.i18n import i18n_patterns
from django.urls import URLPattern, URLResolver, include, path
from django.views.i18n import set_language
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView

from onestop.appointments import api as appointments_api
from onestop.clients import api as clients_api
from onestop.core import api as core_api
from onestop.core import views as core_views
from onestop.directory import api as directory_api
from onestop.directory import hsds_api
from onestop.interpreting import api as interpreting_api
from onestop.journeys import api as journeys_api
from onestop.reception import api as reception_api

# The API documentation pages (Swagger UI, ReDoc) style themselves inline and ReDoc runs a
# worker from a blob; they show no personal data, so only they get this looser policy.
docs_csp = csp_update({"style-src": ["'unsafe-inline'"], "worker-src": ["blob:"], "img-src": ["data:", "https:"]})

api_v1: list[URLPattern | URLResolver] = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", docs_csp(SpectacularSwaggerSplitView.as_view(url_name="api:schema")), name="docs"),
    path("redoc/", docs_csp(SpectacularRedocView.as_view(url_name="api:schema")), name="redoc"),
    path("me/", core_api.MeView.as_view(), name="me"),
    path("organisations/", directory_api.OrganisationListView.as_view(), name="organisation_list"),
    path(
        "organisations/<int:organisation_id>/",
        directory_api.OrganisationDetailView.as_view(),
        name="organisation_detail",
    ),
    path("sites/", directory_api.SiteListView.as_view(), name="site_list"),
    path("services/", directory_api.ServiceListView.as_view(), name="service_list"),
    path("services/<int:service_id>/", directory_api.ServiceDetailView.as_view(), name="service_detail"),
    path("services/<int:service_id>/confirm/", directory_api.ServiceConfirmView.as_view(), name="service_confirm"),
    path("services/<int:service_id>/approve/", directory_api.ServiceApproveView.as_view(), name="service_approve"),
    path("hsds/", include((hsds_api.urlpatterns, "hsds"))),
    path("clients/", clients_api.ClientListView.as_view(), name="client_list"),
    path("clients/by-code/<str:code>/", clients_api.ClientByCodeView.as_view(), name="client_by_code"),
    path("clients/<int:client_id>/", clients_api.ClientDetailView.as_view(), name="client_detail"),
    path("clients/<int:client_id>/consents/", clients_api.ClientConsentListView.as_view(), name="client_consents"),
    path("clients/<int:client_id>/export/", clients_api.ClientExportView.as_view(), name="client_export"),
    path("consents/<int:grant_id>/withdraw/", clients_api.ConsentWithdrawView.as_view(), name="consent_withdraw"),
    *reception_api.urlpatterns,
    path("journey-templates/", journeys_api.TemplateListView.as_view(), name="journey_template_list"),
    path("journeys/", journeys_api.JourneyListView.as_view(), name="journey_list"),
    path("journeys/<int:journey_id>/", journeys_api.JourneyDetailView.as_view(), name="journey_detail"),
    path(
        "journeys/<int:journey_id>/steps/<int:step_id>/stamp/",
        journeys_api.StampView.as_view(),
        name="journey_stamp",
    ),
    path("referrals/", journeys_api.ReferralListView.as_view(), name="referral_list"),
    path("referrals/<int:referral_id>/", journeys_api.ReferralDetailView.as_view(), name="referral_detail"),
    path("referrals/<int:referral_id>/accept/", journeys_api.ReferralAcceptView.as_view(), name="referral_accept"),
    path("referrals/<int:referral_id>/decline/", journeys_api.ReferralDeclineView.as_view(), name="referral_decline"),
    path(
        "referrals/<int:referral_id>/complete/", journeys_api.ReferralCompleteView.as_view(), name="referral_complete"
    ),
    *appointments_api.urlpatterns,
    *interpreting_api.urlpatterns,
]

urlpatterns = [
    path("healthz", core_views.healthz_view, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("api/v1/", include((api_v1, "api"))),
]

urlpatterns += i18n_patterns(
    path("", include("onestop.core.urls")),
    path("accounts/", include("onestop.accounts.urls")),
    path("services/", include("onestop.directory.urls_public")),
    path("staff/directory/", include("onestop.directory.urls")),
    path("staff/audit/", include("onestop.audit.urls")),
    path("staff/clients/", include("onestop.clients.urls")),
    path("staff/reception/", include("onestop.reception.urls")),
    path("queue/", include("onestop.reception.urls_public")),
    path("staff/journeys/", include("onestop.journeys.urls")),
    # The person's stamp card, opened with the personal code alone (journeys/views_public.py).
    path("my-journey/", include("onestop.journeys.urls_public")),
    path("staff/appointments/", include("onestop.appointments.urls")),
    path("book/", include("onestop.appointments.urls_public")),
    path("staff/interpreting/", include("onestop.interpreting.urls")),
    prefix_default_language=True,
)

handler400 = "onestop.core.views.bad_request"
handler403 = "onestop.core.views.permission_denied"
handler404 = "onestop.core.views.page_not_found"
handler500 = "onestop.core.views.server_error"
