"""Alert pages: follow a search (POST), confirm, manage, unsubscribe (a page, and the one-click POST), a digest's paragraphs."""
from __future__ import annotations

import ipaddress
import re
import time
from urllib.parse import urlencode

from flask import Blueprint, current_app, render_template, request, url_for
from werkzeug.datastructures import MultiDict

from engine.reader import IndexUnavailable
from search_service import reader_of
from search_service.alerts import alerts_of, mail, store
from search_service.alerts.digest import digest_paragraphs
from search_service.alerts.searches import FOLLOWED, canonical, describe, search_path
from search_service.alerts.settings import AlertsNotConfigured
from search_service.alerts.tokens import BadToken, sign, unsign
from search_service.params import ParamError
from search_service.present import site_url

bp = Blueprint("alerts", __name__, url_prefix="/alerts")

# Something@domain.tld with no spaces, quotes, angle brackets or line breaks (header injection).
_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}")
MAX_ADDRESS = 254
DIGEST_PAGE_MAX = 500
WEB_SMTP_SECONDS = 8.0  # a page waits at most this for the SMTP server (under SEARCH_REQUEST_TIME_LIMIT and gunicorn's timeout)  # paragraphs listed on one digest's page


def _page(template: str, status: int = 200, **context):
    return render_template(f"alerts/{template}.html", **context), status


def _message(title: str, message: str, status: int):
    return _page("message", status, title=title, message=message)


def clean_address(raw: str) -> str | None:
    """The address with its domain lowercased, or None when it is not a plain email address."""
    address = (raw or "").strip()
    if len(address) > MAX_ADDRESS or not _ADDRESS.fullmatch(address) or ".." in address or address.startswith("."):
        return None
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}"


def client_address() -> str:
    """The visitor's IP: the last X-Forwarded-For hop when the request comes from a proxy on this machine (deploy/nginx.conf), else the peer."""
    peer = request.remote_addr or ""
    forwarded = request.headers.get("X-Forwarded-For", "")
    try:
        local = ipaddress.ip_address(peer).is_loopback
    except ValueError:
        local = False
    if local and forwarded:
        return forwarded.split(",")[-1].strip()
    return peer


def follow_form(args) -> dict:
    """What templates/_follow.html needs: whether alerts work here, the search's hidden fields, its description."""
    alerts = alerts_of()
    try:
        alerts.secret()
        enabled = bool(alerts.settings.sender)
    except AlertsNotConfigured:
        enabled = False
    hidden = [(name, value) for name in FOLLOWED for value in args.getlist(name) if value.strip()]
    return {"enabled": enabled, "hidden": hidden, "description": describe(urlencode(hidden)) if hidden else None}


def _links(alerts, subscription: store.Subscription) -> dict:
    secret = alerts.secret()
    return {
        "confirm_url": site_url(url_for("alerts.confirm", token=sign(secret, "confirm", subscription.key))),
        "unsubscribe_url": site_url(url_for("alerts.unsubscribe", token=sign(secret, "unsubscribe", subscription.key))),
        "manage_url": site_url(url_for("alerts.manage", token=sign(secret, "manage", subscription.key))),
        "search_url": site_url(search_path(subscription.search)),
    }


def _token(purpose: str, token: str, max_age: float) -> str:
    return unsign(alerts_of().secret(), purpose, token, max_age)


def _within_limits(alerts, address: str) -> bool:
    secret = alerts.secret()
    s = alerts.settings
    return store.allow(
        alerts.engine(),
        [
            (store.limit_key(secret, "client", client_address()), s.client_requests_per_hour, 3600.0),
            (store.limit_key(secret, "address", address), s.address_requests_per_day, 86400.0),
        ],
        time.time(),
    )


@bp.errorhandler(AlertsNotConfigured)
def not_configured(error):
    current_app.logger.error("alerts: %s", error)
    return _message("Email alerts are not available", "Email alerts are not set up on this site.", 503)


@bp.errorhandler(BadToken)
def bad_token(error):
    return _message("This link does not work", f"{str(error).capitalize()}. Follow the search again from its results page, or ask for a new link to manage your alerts.", 400)


@bp.post("/subscribe")
def subscribe():
    alerts = alerts_of()
    form = request.form
    address = clean_address(form.get("email", ""))
    if address is None:
        return _message("That address cannot be used", "Enter an email address such as name@example.org.", 400)
    frequency = form.get("frequency", "")
    if frequency not in store.FREQUENCIES:
        return _message("Choose how often", "Choose daily or weekly.", 400)
    try:
        search = canonical(MultiDict(form), alerts.search_settings)
    except ParamError as error:
        return _message("That search cannot be followed", str(error), 400)
    alerts.secret()  # refuse before counting anything when alerts are not set up
    if not alerts.settings.sender:
        raise AlertsNotConfigured("email alerts need ALERTS_FROM")
    if not _within_limits(alerts, address):
        return _message("Too many requests", "Too many alert requests have come from here or for that address. Try again later.", 429)
    subscription, status = store.subscribe(alerts.engine(), address, search, frequency, time.time(), alerts.settings.max_per_address)
    if subscription is not None and status in ("new", "pending"):
        links = _links(alerts, subscription)
        unsubscribe_url = links.pop("unsubscribe_url")
        message = mail.build(alerts.settings, address, "Confirm your alert: " + describe(search), "confirm", unsubscribe_url,
                             description=describe(search), frequency=frequency, hours=alerts.settings.confirm_hours, **links)
        mailer = mail.Mailer(alerts.settings, timeout=WEB_SMTP_SECONDS)
        try:
            mailer.send(message)
        except Exception as error:  # smtplib's errors and network errors alike
            current_app.logger.error("alerts: the confirmation email could not be sent: %s", error.__class__.__name__)
            return _message("The email could not be sent", "The confirmation email could not be sent just now. Try again in a few minutes.", 503)
        finally:
            mailer.close()
    # The same answer whatever the address already follows: this page never tells who subscribes to what.
    return _page("check_email", 200, description=describe(search), hours=alerts.settings.confirm_hours)


@bp.route("/confirm/<token>", methods=["GET", "POST"])
def confirm(token: str):
    alerts = alerts_of()
    key = _token("confirm", token, alerts.settings.confirm_hours * 3600.0)
    subscription = store.by_key(alerts.engine(), key)
    if subscription is None:
        return _message("This request has gone", "This alert was cancelled or its confirmation expired. Follow the search again from its results page.", 404)
    if request.method == "GET" and subscription.status == "pending":
        # A button, not the link itself: mail scanners open links, and must not confirm for anyone.
        return _page("confirm", description=describe(subscription.search))
    if subscription.status == "pending":
        try:
            # Follow from what this index has now: anything committed later has a higher stamp.
            cursor = reader_of(current_app).newest_stamp()
        except IndexUnavailable:
            return _message("Try again shortly", "The index is not available just now, so the alert cannot start. Open the link again in a few minutes.", 503)
        subscription = store.confirm(alerts.engine(), key, cursor, time.time()) or subscription
    return _page("confirmed", description=describe(subscription.search), frequency=subscription.frequency, **_links(alerts, subscription))


@bp.route("/unsubscribe/<token>", methods=["GET", "POST"])
def unsubscribe(token: str):
    alerts = alerts_of()
    key = _token("unsubscribe", token, alerts.settings.link_days * 86400.0)
    if request.method == "POST":
        store.unsubscribe(alerts.engine(), key)  # RFC 8058 one-click, or the button on the page
        return _page("unsubscribed")
    subscription = store.by_key(alerts.engine(), key)
    if subscription is None:
        return _page("unsubscribed")
    return _page("unsubscribe", description=describe(subscription.search))


@bp.route("/manage/<token>", methods=["GET", "POST"])
def manage(token: str):
    alerts = alerts_of()
    key = _token("manage", token, alerts.settings.link_days * 86400.0)
    owner = store.by_key(alerts.engine(), key)
    if owner is None:
        return _message("This link has stopped working", "The alert it was sent for has been cancelled. Ask for a new link below.", 404)
    followed = store.of_address(alerts.engine(), owner.address)
    notice = None
    if request.method == "POST":
        chosen = next((s for s in followed if s.key == request.form.get("key")), None)
        if chosen is None:
            return _message("Nothing changed", "That alert is not one of this address's.", 400)
        if request.form.get("action") == "unsubscribe":
            store.unsubscribe(alerts.engine(), chosen.key)
            notice = f"Stopped: {describe(chosen.search)}."
        elif request.form.get("frequency") in store.FREQUENCIES:
            store.set_frequency(alerts.engine(), chosen.key, request.form["frequency"])
            notice = f"{describe(chosen.search)}: now {request.form['frequency']}."
        else:
            return _message("Nothing changed", "Choose daily or weekly.", 400)
        followed = store.of_address(alerts.engine(), owner.address)
        if not followed:
            return _page("unsubscribed")
        if owner.key not in {s.key for s in followed}:
            token = sign(alerts.secret(), "manage", followed[0].key)  # the link's own alert is gone: carry on with another
    entries = [{"key": s.key, "description": describe(s.search), "frequency": s.frequency, "status": s.status, "search_url": search_path(s.search)} for s in followed]
    return _page("manage", entries=entries, token=token, notice=notice)


@bp.route("/manage", methods=["GET", "POST"])
def manage_request():
    alerts = alerts_of()
    if request.method == "GET":
        return _page("manage_request")
    address = clean_address(request.form.get("email", ""))
    if address is None:
        return _message("That address cannot be used", "Enter an email address such as name@example.org.", 400)
    alerts.secret()
    if not _within_limits(alerts, address):
        return _message("Too many requests", "Too many requests have come from here or for that address. Try again later.", 429)
    followed = store.of_address(alerts.engine(), address)
    if followed:
        links = _links(alerts, followed[0])
        message = mail.build(alerts.settings, address, "Your search alerts", "manage", links["unsubscribe_url"], manage_url=links["manage_url"],
                             count=len(followed), first=describe(followed[0].search))
        mailer = mail.Mailer(alerts.settings, timeout=WEB_SMTP_SECONDS)
        try:
            mailer.send(message)
        except Exception as error:
            current_app.logger.error("alerts: the manage email could not be sent: %s", error.__class__.__name__)
            return _message("The email could not be sent", "The email could not be sent just now. Try again in a few minutes.", 503)
        finally:
            mailer.close()
    return _page("manage_sent")


@bp.get("/digests/<token>")
def digest(token: str):
    alerts = alerts_of()
    key = _token("digest", token, alerts.settings.link_days * 86400.0)
    found = digest_paragraphs(alerts, reader_of(current_app), key, DIGEST_PAGE_MAX)
    if found is None:
        return _message("This digest has gone", "The alert it was sent for has been cancelled.", 404)
    return _page("digest", **found)
