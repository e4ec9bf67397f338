from django.urls import path

from onestop.accounts import views

app_name = "accounts"

urlpatterns = [
    path("login/", views.login_view, name="login"),
    path("login/code/", views.two_factor_view, name="two_factor"),
    path("logout/", views.logout_view, name="logout"),
    path("password/reset/", views.password_reset_view, name="password_reset"),
    path("password/reset/sent/", views.password_reset_done_view, name="password_reset_done"),
    path("password/reset/<uidb64>/<token>/", views.PasswordResetConfirmView.as_view(), name="password_reset_confirm"),
    path("password/reset/done/", views.password_reset_complete_view, name="password_reset_complete"),
    path("password/change/", views.PasswordChangeView.as_view(), name="password_change"),
    path("profile/", views.profile_view, name="profile"),
    path("profile/tokens/", views.api_token_create_view, name="api_token_create"),
    path("profile/tokens/<int:token_id>/revoke/", views.api_token_revoke_view, name="api_token_revoke"),
    path("staff/", views.staff_organisations_view, name="staff_organisations"),
    path("staff/<int:organisation_id>/", views.staff_list_view, name="staff_list"),
    path("staff/roles/<int:membership_id>/revoke/", views.membership_revoke_view, name="membership_revoke"),
]
