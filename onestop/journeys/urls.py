from django.urls import path

from onestop.journeys import views

app_name = "journeys"

urlpatterns = [
    path("templates/", views.template_list_view, name="template_list"),
    path("templates/<int:template_id>/", views.template_detail_view, name="template_detail"),
    path(
        "templates/<int:template_id>/steps/<int:step_id>/remove/",
        views.template_step_remove_view,
        name="template_step_remove",
    ),
    path("client/<int:client_id>/", views.client_journey_view, name="client_journey"),
    path("<int:journey_id>/", views.journey_detail_view, name="journey_detail"),
    path("<int:journey_id>/steps/add/", views.step_add_view, name="step_add"),
    path("<int:journey_id>/steps/<int:step_id>/stamp/", views.stamp_view, name="stamp"),
    path("<int:journey_id>/steps/<int:step_id>/remove/", views.step_remove_view, name="step_remove"),
    path("<int:journey_id>/close/", views.journey_close_view, name="close"),
    path("referrals/", views.referral_list_view, name="referral_list"),
    path("referrals/new/<int:client_id>/", views.referral_create_view, name="referral_create"),
    path("referrals/<int:referral_id>/", views.referral_detail_view, name="referral_detail"),
    path("referrals/<int:referral_id>/accept/", views.referral_accept_view, name="referral_accept"),
    path("referrals/<int:referral_id>/decline/", views.referral_decline_view, name="referral_decline"),
    path("referrals/<int:referral_id>/complete/", views.referral_complete_view, name="referral_complete"),
    path("response-times/", views.response_times_view, name="response_times"),
    path("webhooks/", views.webhook_list_view, name="webhook_list"),
    path("webhooks/<int:subscription_id>/<str:action>/", views.webhook_action_view, name="webhook_action"),
]
