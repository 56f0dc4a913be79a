"""gunicorn settings for the search site (override any with GUNICORN_* style flags on the command line)."""
import os

bind = f"127.0.0.1:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_WORKERS", "2"))  # one per core on the 2-core machines this runs on
threads = int(os.environ.get("WEB_THREADS", "2"))
timeout = 30  # a search is cut off by SEARCH_SEARCH_TIME_LIMIT long before this
graceful_timeout = 10
max_requests = 2000  # recycle workers now and then, so slow leaks cannot grow
max_requests_jitter = 200  # ... and not all at once
accesslog = "-"
errorlog = "-"
