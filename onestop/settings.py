"""Onestop settings: one module, configured by environment variables.

Without any variables it runs the embedded default (SQLite, local-memory cache, tasks in
the database, e-mail to the console, DEBUG on). Production sets at least ONESTOP_ENV=production,
SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL; see docs/operations.md.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
import xstatic.pkg.leaflet as xstatic_leaflet
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


ONESTOP_ENV = env("ONESTOP_ENV", "development")
PRODUCTION = ONESTOP_ENV == "production"
DEBUG = env_bool("DEBUG", default=not PRODUCTION)

if PRODUCTION and not env("SECRET_KEY"):
    raise RuntimeError("SECRET_KEY must be set when ONESTOP_ENV=production")
SECRET_KEY = env("SECRET_KEY", "insecure-development-key-change-me-" + "x" * 32)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "" if PRODUCTION else "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# The name of the shop as shown to visitors; a proper name, so not translated.
ONESTOP_SHOP_NAME = env("ONESTOP_SHOP_NAME", "Onestop")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "rules.apps.AutodiscoverRulesConfig",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django_htmx",
    "onestop.core",
    "onestop.audit",
    "onestop.directory",
    "onestop.accounts",
    "onestop.reception",
    "onestop.appointments",
    "onestop.interpreting",
    "onestop.clients",
    "onestop.journeys",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "onestop.accounts.middleware.RequireTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "onestop.core.idempotency.IdempotencyMiddleware",
    # Axes last, as its documentation asks: it turns a lock-out into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "onestop.urls"
WSGI_APPLICATION = "onestop.wsgi.application"
ASGI_APPLICATION = "onestop.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "onestop" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "onestop.core.context_processors.onestop",
            ],
        },
    }
]

# --- Database -------------------------------------------------------------------------------

DATABASE_URL = env("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            # Keep connections: opening one and running the PRAGMAs costs more than most requests.
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": {
                # WAL lets the display screens read while the desks write; IMMEDIATE makes a
                # write transaction take the lock at its start instead of failing half-way.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                    " PRAGMA busy_timeout=20000;"
                ),
            },
        }
    }
DATABASES["default"]["TEST"] = {"NAME": env("TEST_DATABASE_NAME")} if env("TEST_DATABASE_NAME") else {}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache, sessions ------------------------------------------------------------------------

CACHE_URL = env("CACHE_URL")
if CACHE_URL.startswith("redis://") or CACHE_URL.startswith("rediss://"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

SESSION_ENGINE = "django.contrib.sessions.backends.db"
# Idle timeout: the session lives IDLE_TIMEOUT_MINUTES after the last request, then ends.
SESSION_COOKIE_AGE = int(env("IDLE_TIMEOUT_MINUTES", "30")) * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# --- Authentication -------------------------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:dashboard"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # one day to set a password from an invitation or reset

# Lock-out after repeated failures, per user name and address together (django-axes).
AXES_FAILURE_LIMIT = int(env("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(env("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "onestop.accounts.views.locked_out"
AXES_CLIENT_IP_CALLABLE = "onestop.core.http.client_ip"
AXES_VERBOSE = False

OTP_TOTP_ISSUER = ONESTOP_SHOP_NAME
OTP_TOTP_THROTTLE_FACTOR = 1

# --- Internationalisation -------------------------------------------------------------------

LANGUAGE_CODE = env("LANGUAGE_CODE", "en")
# English in the source; the local languages of the first cities; community languages.
LANGUAGES = [
    ("en", _("English")),
    ("de", _("German")),
    ("el", _("Greek")),
    ("sv", _("Swedish")),
    ("ro", _("Romanian")),
    ("bg", _("Bulgarian")),
    ("ar", _("Arabic")),
    ("fa", _("Persian")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("tr", _("Turkish")),
    ("fr", _("French")),
]
LOCALE_PATHS = [Path(env("ONESTOP_LOCALE_DIR", str(BASE_DIR / "locale")))]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env("TIME_ZONE", "Europe/Berlin")
LANGUAGE_COOKIE_NAME = "onestop_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- Static files ---------------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Leaflet comes from the pinned XStatic-Leaflet package and is served as our own static files
# (no CDN); only pages with a map load it, and only when JavaScript runs.
STATICFILES_DIRS = [BASE_DIR / "onestop" / "static", ("vendor/leaflet", xstatic_leaflet.BASE_DIR)]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))

# --- E-mail and SMS -------------------------------------------------------------------------

EMAIL_URL = env("EMAIL_URL")
if EMAIL_URL.startswith("smtp"):
    from urllib.parse import unquote, urlparse

    _mail = urlparse(EMAIL_URL)
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = _mail.hostname or "localhost"
    EMAIL_PORT = _mail.port or 587
    EMAIL_HOST_USER = unquote(_mail.username or "")
    EMAIL_HOST_PASSWORD = unquote(_mail.password or "")
    EMAIL_USE_TLS = _mail.scheme == "smtp+tls"
    EMAIL_USE_SSL = _mail.scheme == "smtps"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "onestop@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# SMS goes through a pluggable backend: "log" writes messages to the log (default),
# "http" posts them to a generic SMS gateway at SMS_GATEWAY_URL with SMS_GATEWAY_TOKEN.
SMS_BACKEND = env("SMS_BACKEND", "log")
SMS_GATEWAY_URL = env("SMS_GATEWAY_URL")
SMS_GATEWAY_TOKEN = env("SMS_GATEWAY_TOKEN")
SMS_GATEWAY_TIMEOUT = float(env("SMS_GATEWAY_TIMEOUT", "10"))
# Phone numbers written without a country code are read as numbers of this country.
PHONE_REGION = env("PHONE_REGION", "DE")

# --- Background tasks -----------------------------------------------------------------------

TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

# --- REST API -------------------------------------------------------------------------------

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "onestop.accounts.authentication.PersonalTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "EXCEPTION_HANDLER": "onestop.core.api.exception_handler",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Onestop API",
    "DESCRIPTION": (
        "REST API of an Onestop One-Stop-Shop. Staff authenticate with a personal token "
        "(`Authorization: Token <token>`); writes accept an `Idempotency-Key` header."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    # One name for the spoken-language codes, used by several fields (clients/api.py).
    "ENUM_NAME_OVERRIDES": {
        "SpokenLanguageEnum": "onestop.core.languages.SPOKEN_LANGUAGE_CODES",
        # One name each for choice sets used by several endpoints (clients, journeys).
        "RecordCategoryEnum": "onestop.clients.models.Category",
        "ReferralStatusEnum": "onestop.journeys.models.ReferralStatus",
        "ServiceStatusEnum": "onestop.directory.models.ServiceStatus",
        # Interpreting (interpreting/api.py); its kinds and statuses would otherwise push the names of
        # the directory's, which clients already use, into hashed ones.
        "KindEnum": "onestop.directory.models.OrganisationKind",
        "InterpreterKindEnum": "onestop.interpreting.models.InterpreterKind",
        "InterpretingModeEnum": "onestop.interpreting.models.Mode",
        "InterpreterRequestStatusEnum": "onestop.interpreting.models.RequestStatus",
        "InterpreterOfferStatusEnum": "onestop.interpreting.models.OfferStatus",
        "BookingStatusEnum": "onestop.appointments.models.BookingStatus",
        # Several fields are called "status": each set of choices gets its own name.
        "TicketStatusEnum": "onestop.reception.models.TicketStatus",
        "TicketChannelEnum": "onestop.reception.models.Channel",
        "BookingChannelEnum": "onestop.appointments.models.BookingChannel",
        "VisitOutcomeEnum": "onestop.reception.models.Outcome",
        "StampOutcomeEnum": "onestop.journeys.models.Outcome",
    },
}

# --- Security -------------------------------------------------------------------------------

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
# Directory entries not confirmed by their owners for this many days are flagged, and the
# owners reminded by e-mail (`manage.py remind_unconfirmed_services`, daily from cron).
DIRECTORY_CONFIRM_DAYS = int(env("DIRECTORY_CONFIRM_DAYS", "180"))
# Map tiles for the small map on service and place pages, as a Leaflet URL template such as
# https://tiles.example.org/{z}/{x}/{y}.png. Empty (the default): no map, the pages show the
# address, directions and a link to OpenStreetMap. The tile host is allowed for images only,
# only on pages that show a map.
MAP_TILE_URL = env("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION = env("MAP_TILE_ATTRIBUTION", "© OpenStreetMap contributors")
# Client records without activity for this many days are archived (hidden from lists, readable
# only by the keeping organisation's data protection officer), and erased after the second
# period (`manage.py apply_retention`, daily from cron). Counted from the last activity.
CLIENT_ARCHIVE_AFTER_DAYS = int(env("CLIENT_ARCHIVE_AFTER_DAYS", "365"))
CLIENT_ERASE_AFTER_DAYS = int(env("CLIENT_ERASE_AFTER_DAYS", "730"))
# Largest document kept with a client record (bytes). The reverse proxy's body limit must allow it.
CLIENT_DOCUMENT_MAX_BYTES = int(env("CLIENT_DOCUMENT_MAX_BYTES", str(10 * 1024 * 1024)))

# Days a partner service has to answer a referral, unless the service sets its own (journeys).
REFERRAL_RESPONSE_DAYS = int(env("REFERRAL_RESPONSE_DAYS", "5"))
# Webhook delivery (journeys/webhooks.py): retries with exponential back-off from the base up to
# the ceiling, given up after the maximum number of attempts (the default spans about a day).
WEBHOOK_RETRY_BASE_SECONDS = int(env("WEBHOOK_RETRY_BASE_SECONDS", "30"))
WEBHOOK_RETRY_MAX_SECONDS = int(env("WEBHOOK_RETRY_MAX_SECONDS", "3600"))
WEBHOOK_MAX_ATTEMPTS = int(env("WEBHOOK_MAX_ATTEMPTS", "30"))
WEBHOOK_TIMEOUT_SECONDS = int(env("WEBHOOK_TIMEOUT_SECONDS", "10"))
# The stamp card opens with a personal code alone: after this many unknown codes from one address
# within STAMP_CARD_WINDOW_SECONDS, that address must wait (guessing codes gets nowhere).
STAMP_CARD_MAX_FAILURES = int(env("STAMP_CARD_MAX_FAILURES", "10"))
STAMP_CARD_WINDOW_SECONDS = int(env("STAMP_CARD_WINDOW_SECONDS", "900"))

# Number of reverse proxies in front of the app that append to X-Forwarded-For (0: none).
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))
# The health check answers the load balancer over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}, "axes": {"level": "WARNING"}},
}
CSRF_FAILURE_VIEW = "onestop.core.views.csrf_failure"
# The public address of the site, for links in messages sent without a request (booking
# confirmations, reminders, referral e-mails to staff), e.g. https://oss.example.org.
SITE_URL = env("SITE_URL", "" if PRODUCTION else "http://localhost:8000").rstrip("/")
# Online booking: attempts per visitor address and hour (the anti-bot rule), see docs/appointments.md.
BOOKING_ATTEMPTS_PER_HOUR = int(env("BOOKING_ATTEMPTS_PER_HOUR", "30"))
BOOKING_CODE_ATTEMPTS_PER_HOUR = int(env("BOOKING_CODE_ATTEMPTS_PER_HOUR", "60"))
