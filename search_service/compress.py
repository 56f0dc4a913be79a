"""gzip for text answers when the client takes it: a long document page shrinks about tenfold on a slow line."""
from __future__ import annotations

import gzip

from flask import Response, request

COMPRESSIBLE = ("text/html", "text/css", "text/csv", "application/json", "application/atom+xml", "text/javascript", "application/javascript")
MIN_BYTES = 1400  # below one packet, compressing saves nothing
LEVEL = 6  # zlib's default: nearly all of level 9's saving at a fraction of its time


def accepts_gzip() -> bool:
    """Whether the request's Accept-Encoding allows gzip ("gzip;q=0" refuses it)."""
    for part in request.headers.get("Accept-Encoding", "").split(","):
        name, _, params = part.strip().partition(";")
        if name.strip().lower() in ("gzip", "*"):
            weight = params.strip().replace(" ", "")
            try:
                return not weight.startswith("q=") or float(weight[2:]) > 0
            except ValueError:
                return False
    return False


def compress(response: Response) -> Response:
    """The response gzipped, when it is text worth compressing and the client accepts gzip."""
    response.vary.add("Accept-Encoding")
    if (
        response.direct_passthrough
        or response.status_code < 200
        or response.status_code in (204, 304)
        or "Content-Encoding" in response.headers
        or response.mimetype not in COMPRESSIBLE
        or not accepts_gzip()
    ):
        return response
    body = response.get_data()
    if len(body) < MIN_BYTES:
        return response
    response.set_data(gzip.compress(body, compresslevel=LEVEL, mtime=0))
    response.headers["Content-Encoding"] = "gzip"
    return response
