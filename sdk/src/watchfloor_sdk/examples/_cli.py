"""What the mirror examples share: their command line and their loop."""

import argparse
import time

from watchfloor_sdk import Client
from watchfloor_sdk.lib import SyncResult, SyncStore

__all__ = ("mirror_arguments", "run", "summary")


def mirror_arguments(description: str, target_help: str) -> argparse.ArgumentParser:
    """The mirror examples' arguments: the target, resources, dataset, following."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("target", help=target_help)
    parser.add_argument(
        "--resource",
        action="append",
        required=True,
        help="repeat per resource (actor, source, event …); add one later and it is bootstrapped",
    )
    parser.add_argument("--dataset", default="live")
    parser.add_argument("--follow", action="store_true", help="keep polling after catching up")
    parser.add_argument("--interval", type=float, default=5.0, help="seconds between polls")
    return parser


def summary(result: SyncResult) -> str:
    """One line on what a run did."""
    copied = f"bootstrapped {', '.join(result.bootstrapped)}; " if result.bootstrapped else ""
    return f"{copied}{result.changes} change(s) in {result.pages} page(s)"


def run(store: SyncStore, args: argparse.Namespace) -> None:
    """Sync once, or (``--follow``) every ``--interval`` seconds until killed."""
    with Client() as client:
        while True:
            result = client.sync(store, resources=args.resource, dataset=args.dataset)
            print(summary(result), flush=True)
            if not args.follow:
                return
            time.sleep(args.interval)
