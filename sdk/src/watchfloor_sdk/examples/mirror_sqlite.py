"""Mirror Watchfloor into a local SQLite file, and keep it current.

    WATCHFLOOR_BASE_URL=http://127.0.0.1:8000 WATCHFLOOR_API_KEY=wf_… \\
        python -m watchfloor_sdk.examples.mirror_sqlite watchfloor.db --resource actor --resource source

Runs once and exits when caught up; ``--follow`` keeps polling. Kill it at any moment and run
it again: every page is committed with its cursor, and a bootstrap (the first run, a resource
added with another ``--resource``, or a cursor past the feed's retention) is staged and
swapped in at once, so the file always holds a whole, consistent copy.

The table ``records`` holds one row per record (see :class:`watchfloor_sdk.lib.SQLiteMirror`):

    sqlite3 watchfloor.db "SELECT json_extract(body, '$.name') FROM records
                           WHERE resource = 'actor' AND NOT deleted"
"""

from watchfloor_sdk.examples._cli import mirror_arguments, run
from watchfloor_sdk.lib import SQLiteMirror


def main() -> None:
    """Parse the command line and mirror."""
    parser = mirror_arguments(__doc__.split("\n\n")[0], "the SQLite file (created if missing)")
    args = parser.parse_args()
    mirror = SQLiteMirror(args.target)
    try:
        run(mirror, args)
    finally:
        mirror.close()


if __name__ == "__main__":
    main()
