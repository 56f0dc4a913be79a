"""`python -m search_service.alerts send [--dry-run]` and `migrate`."""
from __future__ import annotations

import argparse
import sys

from search_service.alerts.settings import AlertsNotConfigured


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m search_service.alerts", description="Email alerts for followed searches.")
    commands = parser.add_subparsers(dest="command", required=True)
    send = commands.add_parser("send", help="make and send the digests that are due (run it from cron or a systemd timer)")
    send.add_argument("--dry-run", action="store_true", help="print what would be sent; send and change nothing")
    commands.add_parser("migrate", help="create the alerts database or bring its schema up to date")
    args = parser.parse_args(argv)
    from engine.reader import IndexUnavailable
    from search_service import create_app
    from search_service.alerts import alerts_of
    from search_service.alerts.db import open_database
    from search_service.alerts.sender import SenderBusy, run

    app = create_app()
    try:
        if args.command == "migrate":
            open_database(alerts_of(app).settings.database_url)
            print("alerts database is up to date")
            return 0
        return run(app, dry_run=args.dry_run)
    except AlertsNotConfigured as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except SenderBusy as error:
        print(f"error: {error}", file=sys.stderr)
        return 4
    except IndexUnavailable as error:
        print(f"error: the index cannot be read ({error}); nothing was sent, try again later", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
