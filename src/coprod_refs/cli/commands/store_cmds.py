"""`init`, `ingest`, `list`, `show`, `stats`, `citations`: building and reading the store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from coprod_refs.cli.app import JsonFlag, app, state
from coprod_refs.cli.output import (
    brief_names,
    console,
    emit_json,
    err_console,
    print_table,
    show_progress,
)
from coprod_refs.errors import StoreError

if TYPE_CHECKING:
    from coprod_refs.store import Store


def open_store(ctx: typer.Context, *, create: bool = False) -> Store:
    """The store named by --store / COPROD_REFS_STORE / the nearest .coprod-refs upward;
    with `create`, a missing store is made (at --store, else in the working directory)."""
    from coprod_refs.store import Store

    explicit = state(ctx).store
    try:
        return Store.find(explicit)
    except StoreError:
        if not create:
            raise
    target = explicit if explicit is not None else Path.cwd() / ".coprod-refs"
    err_console().print(f"created a new store at {target}", markup=False)
    return Store.init(target)


@app.command("init")
def init_cmd(
    ctx: typer.Context,
    path: Annotated[Path | None, typer.Argument(help="Where to create the store.")] = None,
    json_out: JsonFlag = False,
) -> None:
    """Create an empty store (default: .coprod-refs in the working directory)."""
    from coprod_refs.store import Store

    target = path or state(ctx).store or Path.cwd() / ".coprod-refs"
    store = Store.init(target)
    if json_out:
        emit_json({"store": store.root.as_posix()})
    else:
        console().print(f"initialised empty store in {store.root}", markup=False)


@app.command("ingest")
def ingest_cmd(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or directories to ingest.")],
    json_out: JsonFlag = False,
) -> None:
    """Read texts, reference lists, HTML pages, .bib, .ris and CSL-JSON files into the store."""
    from coprod_refs.ingest import expand_paths, ingest_extractions, read_all

    files, skipped = expand_paths(paths)
    if show_progress() and not json_out:
        from rich.progress import Progress

        # Refreshed by hand, not by a thread of its own: the .bib reader forks worker
        # processes, which it does only while no other thread runs.
        with Progress(console=err_console(), transient=True, auto_refresh=False) as bar:
            task = bar.add_task("reading", total=len(files))
            extractions = read_all(
                files, progress=lambda _f: bar.update(task, advance=1, refresh=True)
            )
    else:
        extractions = read_all(files)
    store = open_store(ctx, create=True)
    report = ingest_extractions(store, extractions, files)
    report.skipped = [str(f) for f in skipped]
    if json_out:
        emit_json(report.model_dump(mode="json"))
        return
    out = console()
    c = report.counts
    out.print(
        f"ingested {len(report.files)} file(s) ({len(report.added)} new or changed, "
        f"{len(report.unchanged)} unchanged) into {store.root}",
        markup=False,
    )
    out.print(
        f"works {c.works}, people {c.people}, bodies {c.bodies}, venues {c.venues}, "
        f"citations {c.citations} ({c.mentions} mentions), stubs {c.stubs}, "
        f"ambiguities {c.ambiguities}",
        markup=False,
    )
    for problem in report.problems:
        err_console().print(f"warning: {problem}", markup=False)
    if report.skipped:
        shown = report.skipped[:5]
        names = ", ".join(shown) + (" …" if len(report.skipped) > len(shown) else "")
        err_console().print(
            f"note: {len(report.skipped)} file(s) in the directories not read (no reader"
            f" for their kind; name one to read it as text): {names}",
            markup=False,
        )


@app.command("rebuild")
def rebuild_cmd(ctx: typer.Context, json_out: JsonFlag = False) -> None:
    """Rebuild works, people, venues and citations from the stored extractions (after a
    merge or an edit damaged them); citekeys and decisions are kept."""
    from coprod_refs.ingest import rebuild

    store = open_store(ctx)
    report = rebuild(store)
    if json_out:
        emit_json(report.counts.model_dump(mode="json"))
        return
    c = report.counts
    console().print(
        f"rebuilt {store.root}: works {c.works}, people {c.people}, bodies {c.bodies}, "
        f"venues {c.venues}, citations {c.citations} ({c.mentions} mentions)",
        markup=False,
    )


@app.command("list")
def list_cmd(
    ctx: typer.Context,
    stubs: Annotated[bool, typer.Option("--stubs/--no-stubs", help="Include stubs.")] = True,
    json_out: JsonFlag = False,
) -> None:
    """List the works in the store."""
    from coprod_refs.browse import list_works
    from coprod_refs.model.csl import work_to_csl

    graph = open_store(ctx).load().graph
    works = list_works(graph, include_stubs=stubs)
    if json_out:
        emit_json([work_to_csl(w, graph) for w in works])
        return
    table = Table("key", "authors", "year", "title", box=None)
    for w in works:
        authors = brief_names(graph.author_names(w))
        title = w.title or ("(stub)" if w.stub else "")
        table.add_row(w.key, authors, w.year_label, title)
    print_table(table)


@app.command("show")
def show_cmd(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(help="Citekey (or an alias).")],
    json_out: JsonFlag = False,
) -> None:
    """Show a work with what it cites, what cites it, and the contexts it is cited in."""
    from coprod_refs.browse import work_detail

    detail = work_detail(open_store(ctx).load().graph, key)
    if json_out:
        emit_json(detail.model_dump(mode="json"))
        return
    out = console()
    item = detail.item
    out.print(f"[bold]{item['id']}[/bold]  {item['type']}{'  (stub)' if detail.stub else ''}")
    for field, value in item.items():
        if field in ("id", "type"):
            continue
        out.print(f"  {field}: {_plain(value)}", markup=False)
    if detail.aliases:
        out.print(f"  aliases: {', '.join(detail.aliases)}", markup=False)
    if detail.sources:
        out.print(f"  sources: {', '.join(detail.sources)}", markup=False)
    out.print(f"\ncites ({len(detail.cites)}):", markup=False)
    for c in detail.cites:
        out.print(f"  {c.cited}  ({len(c.mentions)} mentions)", markup=False)
    out.print(f"\ncited by ({len(detail.cited_by)}):", markup=False)
    for c in detail.cited_by:
        out.print(f"  {c.citing}  ({len(c.mentions)} mentions)", markup=False)
        for m in c.mentions:
            surface = " ".join(m.surface.split())
            where = f" {m.locator}" if m.locator and m.locator not in surface else ""
            out.print(f"    - {' '.join(m.context.split())}  [{surface}{where}]", markup=False)


def _plain(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        if "literal" in value:
            return str(value["literal"])
        if "date-parts" in value:  # ISO order and padding: 2019-03-05
            return "-".join(
                f"{p:02d}" if i else str(p) for i, p in enumerate(value["date-parts"][0])
            )
        return " ".join(str(value.get(k, "")) for k in ("given", "family")).strip()
    return str(value)


@app.command("stats")
def stats_cmd(ctx: typer.Context, json_out: JsonFlag = False) -> None:
    """Count works, people, venues and citations in the store."""
    from coprod_refs.browse import store_stats

    stats = store_stats(open_store(ctx).load().graph)
    if json_out:
        emit_json(stats.model_dump(mode="json"))
        return
    table = Table("record", "count", box=None)
    for name, value in stats.model_dump().items():
        if name != "types":
            table.add_row(name, str(value))
    for name, value in stats.types.items():
        table.add_row(f"  type {name}", str(value))
    print_table(table)


@app.command("citations")
def citations_cmd(ctx: typer.Context, json_out: JsonFlag = False) -> None:
    """Every citation: citing work, cited work, and each mention with its context."""
    from coprod_refs.browse import all_citations

    views = all_citations(open_store(ctx).load().graph)
    if json_out:
        emit_json([v.model_dump(mode="json") for v in views])
        return
    table = Table("citing", "cited", "listed", "mentions", box=None)
    for v in views:
        table.add_row(v.citing, v.cited, "yes" if v.listed else "", str(len(v.mentions)))
    print_table(table)
