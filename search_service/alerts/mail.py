"""Building alert emails (from templates/email/) and sending them over SMTP."""
from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from flask import render_template

from search_service.alerts.settings import AlertSettings, AlertsNotConfigured


def build(settings: AlertSettings, to: str, subject: str, template: str, unsubscribe_url: str, **context: object) -> EmailMessage:
    """An email from templates/email/<template>.txt (and .html when there is one), with one-click unsubscribe headers."""
    if not settings.sender:
        raise AlertsNotConfigured("email alerts need ALERTS_FROM (the address alert emails come from)")
    message = EmailMessage()
    message["From"] = settings.sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2].strip(">") or None)
    # RFC 8058: a mail client may unsubscribe with one POST to this address, with no page in between.
    message["List-Unsubscribe"] = f"<{unsubscribe_url}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies
    context = {**context, "unsubscribe_url": unsubscribe_url}
    message.set_content(render_template(f"email/{template}.txt", **context))
    try:
        html = render_template(f"email/{template}.html", **context)
    except Exception as error:  # only "no such template": a text-only email
        if error.__class__.__name__ != "TemplateNotFound":
            raise
    else:
        message.add_alternative(html, subtype="html")
    return message


class Mailer:
    """One SMTP connection for a run, opened on first use (ALERTS_SMTP_*)."""

    def __init__(self, settings: AlertSettings, timeout: float | None = None):
        self.settings = settings
        self.timeout = settings.smtp_timeout if timeout is None else min(timeout, settings.smtp_timeout)
        self._smtp: smtplib.SMTP | None = None
        self.unreachable = False  # set when the server could not be reached: the run stops trying

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        try:
            smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=self.timeout)
        except OSError:
            self.unreachable = True
            raise
        if s.smtp_starttls:
            smtp.starttls(context=ssl.create_default_context())
        if s.smtp_user:
            smtp.login(s.smtp_user, s.smtp_password)
        return smtp

    def send(self, message: EmailMessage) -> None:
        """Hand one message to the SMTP server; returns once the server has accepted it."""
        if self._smtp is None:
            self._smtp = self._connect()
        self._smtp.send_message(message)

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except smtplib.SMTPException:
                pass
            self._smtp = None
