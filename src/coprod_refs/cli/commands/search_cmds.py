"""`search`, `cites`, `cited-by`, `contexts`, `top`, `co-cited`, `coupled`, `authors`,
`author`, `venues`: finding works and walking the citation graph."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from coprod_refs.cli.app import JsonFlag, app
from coprod_refs.cli.commands.store_cmds import open_store
from coprod_refs.cli.output import brief_names, console, emit_json, err_console, show_progress
from coprod_refs.errors import UsageError

if TYPE_CHECKING:
    from coprod_refs.query.graph import Neighbour, RankedWork, WorkBrief
    from coprod_refs.query.index import SearchIndex
    from coprod_refs.query.search import SearchHit

_HIGHLIGHT = "bold yellow"
KeyArg = Annotated[str, typer.Argument(help="Citekey (or an old alias) of a work.")]
LimitOpt = Annotated[int, typer.Option("--limit", min=1, help="Show at most this many.")]


def _marked(text: str, hit: SearchHit) -> Text:
    from coprod_refs.query.folding import highlight_spans

    out = Text(text)
    for start, end in highlight_spans(text, hit.highlight, hit.prefixes):
        out.stylize(_HIGHLIGHT, start, end)
    return out


def _emit_models(items: list[Any]) -> None:
    emit_json([item.model_dump(mode="json") for item in items])


def _index(ctx: typer.Context) -> SearchIndex:
    """The store's search index (links, contexts, people and venues are in it too),
    rebuilt first when the store has changed."""
    from coprod_refs.query.index import ensure_index

    def rebuilding() -> None:
        if show_progress():
            err_console().print("updating the search index...", markup=False)

    return ensure_index(open_store(ctx), on_rebuild=rebuilding)


@app.command("search", context_settings={"ignore_unknown_options": True})
def search_cmd(
    ctx: typer.Context,
    query: Annotated[list[str], typer.Argument(help="Query words (see docs/search.md).")],
    limit: LimitOpt = 20,
    sort: Annotated[
        str, typer.Option("--sort", help="relevance, year (newest first) or cited.")
    ] = "relevance",
    json_out: JsonFlag = False,
    keys: Annotated[bool, typer.Option("--keys", help="Print only citekeys, one a line.")] = False,
) -> None:
    """Find works: free words, author:, title:, year:, venue:, type:, keyword:, doi:,
    cites:KEY, cited-by:KEY, "phrases", OR, NOT/-, (groups), prefix*."""
    from coprod_refs.query.grammar import parse
    from coprod_refs.query.rank import SORT_ORDERS, SortOrder
    from coprod_refs.query.search import search

    if json_out and keys:
        raise UsageError("--json and --keys cannot be used together")
    # A word after one "-" negates ("-health"); after two it is a mistyped option.
    unknown = next((word for word in query if word.startswith("--")), None)
    if unknown is not None:
        raise UsageError(f"no such option: {unknown}")
    if sort not in SORT_ORDERS:
        raise UsageError(f"--sort must be one of {', '.join(SORT_ORDERS)}, not '{sort}'")
    text = " ".join(query)
    parse(text)
    order: SortOrder = "year" if sort == "year" else "cited" if sort == "cited" else "relevance"
    hits = search(_index(ctx), text, limit, order)
    if keys:
        console().print("\n".join(h.key for h in hits), markup=False)
    elif json_out:
        emit_json([{**h.csl, "score": h.score} for h in hits])
    else:
        _search_table(hits)


def _search_table(hits: list[SearchHit]) -> None:
    out = console()
    if not hits:
        err_console().print("no works match", markup=False)
        return
    table = Table()
    for name, width in (
        ("key", None),
        ("authors", 28),
        ("year", None),
        ("title", 64),
        ("venue", 28),
    ):
        table.add_column(name, no_wrap=width is None, max_width=width)
    table.add_column("cited", justify="right")
    for hit in hits:
        table.add_row(
            hit.key,
            _marked(brief_names(hit.authors), hit),
            hit.year,
            _marked(hit.title, hit),
            _marked(hit.venue, hit),
            str(hit.cited),
        )
    out.print(table)


def _brief_row(work: WorkBrief) -> list[str]:
    return [work.key, brief_names(work.authors), work.year, work.title, str(work.cited)]


def _works_table(rows: list[tuple[WorkBrief, str]], count_name: str) -> None:
    table = Table()
    for name, width in (("key", None), ("authors", 28), ("year", None), ("title", 64)):
        table.add_column(name, no_wrap=width is None, max_width=width)
    table.add_column("cited", justify="right")
    table.add_column(count_name, justify="right")
    for work, count in rows:
        table.add_row(*_brief_row(work), count)
    console().print(table)


def _neighbours(items: list[Neighbour], json_out: bool, empty: str) -> None:
    if json_out:
        _emit_models(items)
    elif not items:
        err_console().print(empty, markup=False)
    else:
        _works_table([(n.work, str(n.mentions)) for n in items], "mentions")


@app.command("cites")
def cites_cmd(ctx: typer.Context, key: KeyArg, json_out: JsonFlag = False) -> None:
    """The works KEY cites, with how many times its text mentions each."""
    from coprod_refs.query.graph import cites

    _neighbours(cites(_index(ctx), key), json_out, f"{key} cites no work in the store")


@app.command("cited-by")
def cited_by_cmd(ctx: typer.Context, key: KeyArg, json_out: JsonFlag = False) -> None:
    """The works citing KEY, with how many times each mentions it."""
    from coprod_refs.query.graph import cited_by

    _neighbours(cited_by(_index(ctx), key), json_out, f"no work in the store cites {key}")


@app.command("contexts")
def contexts_cmd(ctx: typer.Context, key: KeyArg, json_out: JsonFlag = False) -> None:
    """Every sentence in the store that cites KEY, with the citing work and locator."""
    from coprod_refs.query.graph import contexts

    items = contexts(_index(ctx), key)
    if json_out:
        _emit_models(items)
        return
    if not items:
        err_console().print(f"no citation context of {key} in the store", markup=False)
        return
    out = console()
    for item in items:
        where = f", {item.locator}" if item.locator else ""
        out.print(Text(f"{item.citing}{where}  ({item.source})", style="bold"))
        sentence = Text(item.context)
        if item.span is not None:
            sentence.stylize(_HIGHLIGHT, *item.span)
        out.print(sentence)
        out.print()


def _ranked(items: list[RankedWork], json_out: bool, count_name: str, empty: str) -> None:
    if json_out:
        _emit_models(items)
    elif not items:
        err_console().print(empty, markup=False)
    else:
        _works_table([(r.work, str(r.count)) for r in items], count_name)


@app.command("top")
def top_cmd(
    ctx: typer.Context,
    by: Annotated[
        str, typer.Option("--by", help="cited: most cited works; citing: most references.")
    ] = "cited",
    limit: LimitOpt = 20,
    json_out: JsonFlag = False,
) -> None:
    """The most-cited works in the store (or those citing the most)."""
    from coprod_refs.query.graph import top

    if by not in ("cited", "citing"):
        raise UsageError(f"--by must be cited or citing, not '{by}'")
    items = top(_index(ctx), "cited" if by == "cited" else "citing", limit)
    _ranked(items, json_out, "times cited" if by == "cited" else "references", "no citations")


@app.command("co-cited")
def co_cited_cmd(
    ctx: typer.Context, key: KeyArg, limit: LimitOpt = 20, json_out: JsonFlag = False
) -> None:
    """Works most often cited together with KEY (co-citation)."""
    from coprod_refs.query.graph import co_cited

    items = co_cited(_index(ctx), key, limit)
    _ranked(items, json_out, "co-cited", f"no work is cited together with {key}")


@app.command("coupled")
def coupled_cmd(
    ctx: typer.Context, key: KeyArg, limit: LimitOpt = 20, json_out: JsonFlag = False
) -> None:
    """Works sharing references with KEY (bibliographic coupling)."""
    from coprod_refs.query.graph import coupled

    items = coupled(_index(ctx), key, limit)
    _ranked(items, json_out, "shared refs", f"no work shares a reference with {key}")


def _people_table(items: list[Any]) -> None:
    table = Table()
    for name in ("id", "name", "name forms", "works", "cited"):
        justify = "right" if name in ("works", "cited") else "left"
        table.add_column(name, overflow="fold", justify=justify, no_wrap=name == "id")
    for a in items:
        table.add_row(a.id, a.name, "; ".join(a.name_forms), str(a.works), str(a.cited))
    console().print(table)


@app.command("authors")
def authors_cmd(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="Name words to look for (all when empty).")] = "",
    json_out: JsonFlag = False,
) -> None:
    """People and bodies with their name forms, works and citations."""
    from coprod_refs.query.graph import authors

    items = authors(_index(ctx), query)
    if json_out:
        _emit_models(items)
    elif not items:
        err_console().print("no author matches", markup=False)
    else:
        _people_table(items)


@app.command("author")
def author_cmd(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A name (any spelling) or an agent id.")],
    json_out: JsonFlag = False,
) -> None:
    """One person or body: name forms, works and how often they are cited."""
    from coprod_refs.query.graph import author

    items = author(_index(ctx), name)
    if json_out:
        _emit_models(items)
        return
    out = console()
    for person in items:
        forms = "; ".join(person.name_forms)
        out.print(Text(f"{person.name} ({person.id})", style="bold"))
        out.print(f"name forms: {forms or '-'}", markup=False)
        out.print(f"{person.works} work(s), cited {person.cited} time(s)", markup=False)
        _works_table([(w, w.type) for w in person.work_list], "type")


@app.command("venues")
def venues_cmd(ctx: typer.Context, json_out: JsonFlag = False) -> None:
    """Journals, books, series and publishers, with their works and citations."""
    from coprod_refs.query.graph import venues

    items = venues(_index(ctx))
    if json_out:
        _emit_models(items)
        return
    table = Table()
    for name in ("id", "name", "kind", "works", "cited"):
        justify = "right" if name in ("works", "cited") else "left"
        table.add_column(name, overflow="fold", justify=justify)
    for v in items:
        table.add_row(v.id, v.name, v.kind, str(v.works), str(v.cited))
    console().print(table)
