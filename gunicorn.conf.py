"""gunicorn settings for the search site (override any with GUNICORN_* style flags on the command line).

Serve it behind nginx (deploy/nginx.conf, README "Deployment"): gunicorn's workers hold a thread
per connection, so a few slow clients can take every thread; nginx buffers whole requests first.
"""
import os
import threading

bind = f"127.0.0.1:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_WORKERS", "2"))  # one per core on the 2-core machines this runs on
threads = int(os.environ.get("WEB_THREADS", "2"))
# gthread, with gunicorn's own error answers (bad request line, headers too large) as JSON 400s
# carrying the site's security headers instead of bare HTML.
worker_class = "search_service.gunicorn_worker.JsonErrorWorker"

# Request size limits (gunicorn's settings; over them is a JSON 400). The request line allows
# 8190 bytes, gunicorn's maximum, so a query of SEARCH_MAX_QUERY_CHARS non-ASCII characters,
# percent-encoded, still reaches the app and gets its own reason.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190

_request_seconds = float(os.environ.get("SEARCH_REQUEST_TIME_LIMIT", "10") or 10)
timeout = max(30, int(_request_seconds) + 10)  # a request is stopped by SEARCH_REQUEST_TIME_LIMIT long before this
# A worker that is stopping (max_requests, reload) accepts nothing new and is replaced only once
# it has exited: it waits this long for requests in flight, each bounded by the request limit.
graceful_timeout = int(_request_seconds) + 2

# Recycle workers now and then, so slow leaks cannot grow. Each worker's limit is drawn from
# [max_requests, max_requests + jitter]; with the jitter as large as max_requests two workers
# under the same load recycle on average 1/3 of max_requests (about 670 requests) apart, and
# rarely within the second or two a replacement needs, so the other worker keeps serving.
max_requests = 2000
max_requests_jitter = 2000

accesslog = "-"
errorlog = "-"


def worker_exit(server, worker):
    """Let a recycled worker exit at once, so its replacement starts without waiting.

    A non-daemon threading.Timer keeps the Python process alive until it fires, and gunicorn starts
    the replacement only when the old worker is gone: with both workers recycling within 30 s of an
    index change the site was down for 25-30 s. The reader's timer (closing old snapshots) is a
    daemon; this catches any other. The process is ending, so what a timer would close is released anyway.
    """
    for thread in threading.enumerate():
        if isinstance(thread, threading.Timer):
            thread.cancel()
