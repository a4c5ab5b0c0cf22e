"""A book's editors in brackets after it, marked inside the bracket ("(S Watson, A Moran
eds)", "(Watson S, Moran A, Eds.)", "(Edited by Watson, S. and Moran, A.)"), and the
names such lists hold: a Vancouver particle after the initials with a full stop ("Eijk C
van."), a hyphened given name's initials ("Hillgren P-A."), and reading-order names with
a full given name first ("Victor Pestoff, T. Brandsen, & B. Verschuere")."""

from __future__ import annotations

import pytest

from coprod_refs.model.extracted import Name
from coprod_refs.parse.names import parse_names
from coprod_refs.parse.reference import parse_reference

_CHAPTER = (
    "Bovaird T, Loeffler E (2005). Communities, trust and organisational responses to local "
    "governance failure. "
)


def _families(names: list[Name]) -> list[str]:
    return [f"{n.particle} {n.family}".strip() for n in names]


@pytest.mark.parametrize(
    ("text", "book", "editors", "publisher"),
    [
        (
            _CHAPTER + "In: Trust, risk and uncertainty (S Watson, A Moran eds). Palgrave "
            "Macmillan, Houndmills, Basingstoke.",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
            "Palgrave Macmillan",
        ),
        (
            _CHAPTER + "In: Trust, Risk and Uncertainty (Watson S, Moran A, Eds.). Palgrave "
            "Macmillan, Houndmills, Basingstoke, p. 143–162.",
            "Trust, Risk and Uncertainty",
            ["Watson", "Moran"],
            "Palgrave Macmillan",
        ),
        (
            "Bovaird T, Loeffler E (2016c) What has co-production ever done for interactive "
            "governance? In: Critical Reflections on Interactive Governance: Self-Organization "
            "and Participation in Public Governance (Edelenbos J, Meerkerk I van, Eds.). "
            "Edward Elgar, Cheltenham, p. 254–277.",
            "Critical Reflections on Interactive Governance: Self-Organization and "
            "Participation in Public Governance",
            ["Edelenbos", "van Meerkerk"],
            "Edward Elgar",
        ),
        (
            "Eijk S van, Steen T, Verschuere B (2018) Case study—Dutch and Belgian citizens’ "
            "motivations to engage in neighbourhood watch schemes. In: Co-Production and "
            "Co-Creation: Engaging Citizens in Public Services (Brandsen T, Steen T, "
            "Verschuere B, Eds.). Routledge, New York and Abingdon, p. 256-259.",
            "Co-Production and Co-Creation: Engaging Citizens in Public Services",
            ["Brandsen", "Steen", "Verschuere"],
            "Routledge",
        ),
        (
            "6. Bovaird, T. and Loeffler, E. (2005) Communities, trust and organisational "
            "responses to local governance failure. In Trust, risk and uncertainty (Edited by "
            "Watson, S. and Moran, A.), pp. 143–162. Palgrave Macmillan, Houndmills, "
            "Basingstoke.",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
            "Palgrave Macmillan",
        ),
        # the publisher after the bracket, in the editors' segment, is still the publisher
        (
            "Koeberl, C., Milkereit, B., Continental Drilling and the Study of Impact Craters "
            "and Processes - an ICDP Perspective, In: Continental Scientific Drilling (eds. "
            "Harms, U., Koeberl, C., and Zoback, M.D.), Springer, Heidelberg, p. 95-161. 2007.",
            "Continental Scientific Drilling",
            ["Harms", "Koeberl", "Zoback"],
            "Springer",
        ),
    ],
)
def test_editors_in_brackets_after_the_book(
    text: str, book: str, editors: list[str], publisher: str
) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert _families(work.editors) == editors
    assert work.publisher == publisher
    assert _families(work.authors)[0] in ("Bovaird", "Eijk", "van Eijk", "Koeberl")


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Eijk C van.", ["van Eijk"]),
        ("Ryzin GG Van.", ["Van Ryzin"]),
        ("(Edited by Watson, S. and Moran, A.),", ["Watson", "Moran"]),
        (
            "Victor Pestoff, T. Brandsen, & B. Verschuere, eds.",
            ["Pestoff", "Brandsen", "Verschuere"],
        ),
        ("Elinor Ostrom, R. B. Parks", ["Ostrom", "Parks"]),
        # one inverted name, not two people in reading order
        ("Smith, J. Robert", ["Smith"]),
        ("Van Ryzin, G. Gregg", ["Van Ryzin"]),
        ("Santos Otero, A. de", ["de Santos Otero"]),
    ],
)
def test_names_of_such_lists(text: str, families: list[str]) -> None:
    assert _families(parse_names(text)) == families


def test_inverted_name_with_initials_and_given_name_keeps_its_given_names() -> None:
    (name,) = parse_names("Smith, J. Robert")
    assert name.given == "J. Robert"


def test_hyphened_initials_end_a_vancouver_list_before_the_title() -> None:
    work = parse_reference(
        "125. Björgvinsson E, Ehn P, Hillgren P-A. Participatory Design and “Democratizing "
        "Innovation”. In: Proceedings of the 11th Biennial Participatory Design Conference. "
        "New York: ACM; 2010. p. 41–50."
    )
    assert _families(work.authors) == ["Björgvinsson", "Ehn", "Hillgren"]
    assert work.authors[-1].given == "P-A."
    assert work.title == "Participatory Design and “Democratizing Innovation”"


def test_a_title_read_as_a_note_after_the_names_is_the_title() -> None:
    work = parse_reference(
        "123. Eijk C van. Engagement of Citizens and Public Professionals in the "
        "Co-Production of Public Services [PhD thesis]. [Leiden]: Leiden University; 2017."
    )
    assert _families(work.authors) == ["van Eijk"]
    assert work.title == (
        "Engagement of Citizens and Public Professionals in the Co-Production of Public Services"
    )
    assert work.publisher == "Leiden University"


def test_a_note_in_small_letters_after_the_names_stays_a_note() -> None:
    work = parse_reference(
        "T. J. Sabin, C. A. L. Bailer-Jones, S. M. Roberts, D. J. C. MacKay, P. J. Withers, to "
        "be presented at THERMEC 97 (International Conference on Thermomechanical "
        "Processing), July 1997."
    )
    assert not work.title.startswith("to be presented")


def test_pages_after_the_bracketed_editors_in_the_books_segment() -> None:
    work = parse_reference(
        "Bovaird T, Loeffler E (2016c) What has co-production ever done for interactive "
        "governance? In: Critical Reflections on Interactive Governance: Self-Organization and "
        "Participation in Public Governance (Edelenbos J, van Meerkerk I eds), pp254–277. "
        "Cheltenham: Edward Elgar."
    )
    assert _families(work.editors) == ["Edelenbos", "van Meerkerk"]
    assert work.pages == "254–277"
    assert work.publisher == "Edward Elgar"


def test_french_editors_family_first_after_the_book() -> None:
    work = parse_reference(
        "Bovaird T. et Loeffler E., « Communities, trust and organisational responses to local "
        "governance failure », in Trust, risk and uncertainty, Watson S. et Moran A. (éds.), "
        "Houndmills, Basingstoke, Palgrave Macmillan, 2005, p. 143‑162."
    )
    assert work.container_title == "Trust, risk and uncertainty"
    assert _families(work.editors) == ["Watson", "Moran"]


def test_a_given_name_and_its_initial_are_no_editors_list() -> None:
    work = parse_reference(
        "Remler, Jane E. (1978). Some repairs on the notion of repairs in the interest of "
        "relevance. In Farkas, Donka, Jacobsen, Wesley M., and Todrys, Karol W., editors, "
        "Papers from the Fourteenth Regional Meeting of the Chicago Linguistic Society, "
        "Chicago, IL. Chicago Linguistic Society."
    )
    assert work.container_title.startswith("Papers from the Fourteenth Regional Meeting")
