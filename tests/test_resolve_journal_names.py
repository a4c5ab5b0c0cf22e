"""One journal under its full name, its abbreviations and its short title
(resolve/journal_names.py and the venues built from them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builders import statement
from coprod_refs.export import export_works
from coprod_refs.ingest import ingest_paths
from coprod_refs.query.search import search_keys
from coprod_refs.resolve.journal_names import abbreviates, same_journal, short_title
from coprod_refs.resolve.venues import resolve_venues, venue_name_key
from coprod_refs.store import Store


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Public Adm. Rev.", "Public Administration Review"),
        ("Public Manag Rev", "Public Management Review"),
        ("Int J Public Adm", "International Journal of Public Administration"),
        ("Am Rev Public Adm", "The American Review of Public Administration"),
        ("BMJ Qual Saf", "BMJ Quality & Safety"),
        ("J Public Adm Res Theory", "Journal of Public Administration Research and Theory"),
        ("Public Mgmt Rev", "Public Management Review"),
        ("Adm Sci Q", "Administrative Science Quarterly"),
    ],
)
def test_an_abbreviation_abbreviates_its_full_name(short: str, full: str) -> None:
    assert abbreviates(short, full)
    assert not abbreviates(full, short)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Public Administration", "Public Administration Review"),  # a word more
        ("Public Management Review", "Public Money & Management"),  # other words
        ("Governance", "Government"),  # as long: no abbreviation
        ("Journal of Social Policy", "Journal of Social Politics"),  # "y" not in "politics"
        ("Public Administration Review", "Public Administration Review"),  # the same name
    ],
)
def test_other_journals_are_no_abbreviations(a: str, b: str) -> None:
    assert not abbreviates(a, b)
    assert not abbreviates(b, a)


def test_a_short_title_is_the_name_before_the_subtitle() -> None:
    assert short_title("VOLUNTAS: International Journal of Voluntary Organizations") == "VOLUNTAS"
    assert short_title("Public Administration Review") == ""
    assert short_title("Voluntas:") == ""


def test_each_short_form_stands_for_the_one_full_name_it_fits() -> None:
    names = [
        "Voluntas",
        "VOLUNTAS: International Journal of Voluntary and Nonprofit Organizations",
        "Public Adm. Rev.",
        "Public Administration Review",
        "Public Administration",
        "Soc Policy Adm",
        "Social Policy & Administration",
        "Social Policy and Society",
        # fits both "Journal of Social Policy" and "Journal of Society Politics"
        "J Soc Pol",
        "Journal of Social Policy",
        "Journal of Society Politics",
    ]
    assert same_journal(names, venue_name_key) == {
        "Voluntas": "VOLUNTAS: International Journal of Voluntary and Nonprofit Organizations",
        "Public Adm. Rev.": "Public Administration Review",
        "Soc Policy Adm": "Social Policy & Administration",
    }


def test_abbreviated_and_short_journal_names_make_one_venue_but_books_stay_apart() -> None:
    works = [
        statement("Ostrom", "E.", 1996, "Crossing", container_title="World Development"),
        statement("Ostrom", "E.", 1996, "Crossing", container_title="World Dev"),
        statement("Mitlin", "D.", 2008, "With and beyond", container_title="Environ Urban"),
        statement("Joshi", "A.", 2004, "Institutionalised", container_title="Environ. Urban."),
        statement(
            "Mitlin", "D.", 2008, "With and beyond", container_title="Environment and Urbanization"
        ),
        statement("Bovaird", "T.", 2012, "From", container_title="Voluntas"),
        statement(
            "Pestoff", "V.", 2012, "Co-production",
            container_title="Voluntas: International Journal of Voluntary Organizations",
        ),
        statement("Brandsen", "T.", 2018, "Defs", type="chapter", container_title="World Dev"),
    ]  # fmt: skip
    index = resolve_venues((w, "s") for w in works)
    ids = [index.venue_id(w) for w in works]
    assert ids[0] == ids[1] and ids[2] == ids[3] == ids[4] and ids[5] == ids[6]
    assert len({ids[0], ids[2], ids[5], ids[7]}) == 4  # a book is never a journal's form
    world = index.venues[ids[0]]
    assert (world.name, world.name_forms) == (
        "World Development",
        ["World Dev", "World Development"],
    )
    assert index.venues[ids[5]].name.startswith("Voluntas: International")


_WORD = st.text(alphabet="abcdefghij:", min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_WORD, min_size=1, max_size=4).map(" ".join), max_size=12))
def test_short_forms_map_to_names_that_map_nowhere(names: list[str]) -> None:
    distinct = list({venue_name_key(n): n for n in names}.values())
    mapped = same_journal(distinct, venue_name_key)
    assert set(mapped) <= set(distinct) and set(mapped.values()) <= set(distinct)
    assert not set(mapped) & set(mapped.values())
    assert all(short != full for short, full in mapped.items())


REFERENCES = """References

Bovaird, T. (2007). Beyond engagement and participation. Public Adm. Rev., 67(5), 846-860.
Whitaker, G. P. (1980). Coproduction: Citizen participation in service delivery. Public Administration Review, 40(3), 240-246.
Bovaird, T., & Loeffler, E. (2012). From engagement to co-production. Voluntas, 23(4), 1119-1138.
"""  # noqa: E501


def test_a_store_finds_and_exports_an_abbreviated_journal_under_its_full_name(
    tmp_path: Path,
) -> None:
    (tmp_path / "refs.txt").write_text(REFERENCES, encoding="utf-8")
    store = Store.init(tmp_path / ".coprod-refs")
    ingest_paths(store, [tmp_path / "refs.txt"])
    graph = store.load().graph
    found = search_keys(graph, 'venue:"public administration review"')
    assert sorted(found) == ["bovaird2007beyond", "whitaker1980coproduction"]
    bib = export_works([graph.works["bovaird2007beyond"]], graph, "bibtex").text
    assert "journal = {Public Administration Review}," in bib
    # A form no other name fits stays as printed.
    assert graph.container_of(graph.works["bovaird2012engagement"]).name == "Voluntas"


@pytest.mark.usefixtures("hang_guard")
def test_thousands_of_names_with_the_same_initials_finish() -> None:
    names = [f"A{'x' * i} B{'y' * j}" for i in range(70) for j in range(70)]
    names += [f"Jo{'x' * i} Pu{'y' * i}" for i in range(150)]
    mapped = same_journal(names, venue_name_key)
    assert all(short.startswith("Jo") for short in mapped)
