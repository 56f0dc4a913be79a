"""gunicorn's worker with JSON errors: its own answers to bad HTTP carry the site's security headers."""
from __future__ import annotations

import json

from gunicorn import util
from gunicorn.workers.gthread import ThreadWorker

from search_service.security import SECURITY_HEADERS

REASONS = {400: "Bad Request", 403: "Forbidden", 417: "Expectation Failed", 500: "Internal Server Error", 501: "Not Implemented"}


def error_message(status: int, cfg) -> tuple[int, str]:
    """Status and message for an error gunicorn answers itself; its own text (parser details) is never sent."""
    if status == 414:  # a request line over limit_request_line: the app answers 400 for its own limits too
        return 400, f"the request line (method and URL) is too long: at most {cfg.limit_request_line} bytes"
    if status == 431:
        return 400, (f"the request headers are too large: at most {cfg.limit_request_fields} fields "
                     f"of {cfg.limit_request_field_size} bytes each")
    if status >= 500:
        return status, "internal error"
    return status, "the request is not valid HTTP"


def json_error_writer(cfg):
    """A replacement for gunicorn.util.write_error that answers JSON with the security headers."""

    def write_error(sock, status_int, reason, mesg):
        status, message = error_message(status_int, cfg)
        body = json.dumps({"error": message}).encode("utf-8")
        headers = [f"HTTP/1.1 {status} {REASONS.get(status, reason)}", "Connection: close",
                   "Content-Type: application/json", f"Content-Length: {len(body)}"]
        headers += [f"{name}: {value}" for name, value in SECURITY_HEADERS.items()]
        util.write_nonblock(sock, ("\r\n".join(headers) + "\r\n\r\n").encode("latin-1") + body)

    return write_error


class JsonErrorWorker(ThreadWorker):
    """gthread worker (gunicorn's choice for threads > 1) whose error answers are JSON 400s, not HTML."""

    def init_process(self):
        # Worker.handle_error builds its HTML answer through util.write_error; replacing that one
        # function (in this worker process only) keeps gunicorn's own choice of which errors are
        # the client's, for every kind of bad request, with no copy of its code here.
        util.write_error = json_error_writer(self.cfg)
        super().init_process()
