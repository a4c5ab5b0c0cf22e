"""One module per command family; importing them registers their commands on the app."""

from coprod_refs.cli.commands import (  # noqa: F401
    export_cmds,
    parse_cmd,
    search_cmds,
    store_cmds,
    validate_cmds,
)
