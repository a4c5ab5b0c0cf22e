"""Searching the store and walking its citation graph.

`search` and `search_keys` run the query language of `grammar` over a derived index
(`index`); `graph` answers neighbour, context, ranking and people questions from a Graph.
Importing this package stays light: the graph functions (pydantic) load on first use.
"""

from coprod_refs.query.search import SearchHit, search, search_keys

__all__ = ["SearchHit", "search", "search_keys"]
