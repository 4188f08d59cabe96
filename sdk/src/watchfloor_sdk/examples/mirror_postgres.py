"""Mirror Watchfloor into your own PostgreSQL database, and keep it current.

    pip install 'watchfloor-sdk[postgres]'
    WATCHFLOOR_API_KEY=wf_… python -m watchfloor_sdk.examples.mirror_postgres \\
        postgresql://me@localhost/partner --resource actor --resource event

The records land in the schema ``watchfloor`` (``--schema`` to change it), one row per record
with its JSON as ``jsonb`` (see :class:`watchfloor_sdk.lib.PostgresMirror`):

    SELECT body->>'name' FROM watchfloor.records WHERE resource = 'actor' AND NOT deleted;

Like the SQLite example it runs once (or ``--follow``), and a kill at any moment leaves the
database with a whole, consistent copy: each page commits with its cursor, and a bootstrap is
staged and swapped in within one transaction.
"""

from watchfloor_sdk.examples._cli import mirror_arguments, run
from watchfloor_sdk.lib import PostgresMirror


def main() -> None:
    """Parse the command line and mirror."""
    parser = mirror_arguments(__doc__.split("\n\n")[0], "a PostgreSQL URL (postgresql://…)")
    parser.add_argument("--schema", default="watchfloor", help="schema of the mirror's tables")
    args = parser.parse_args()
    mirror = PostgresMirror(args.target, schema=args.schema)
    try:
        run(mirror, args)
    finally:
        mirror.close()


if __name__ == "__main__":
    main()
