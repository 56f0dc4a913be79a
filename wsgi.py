"""The WSGI entry point for gunicorn: `gunicorn wsgi:app`."""
from search_service import create_app

app = create_app()
