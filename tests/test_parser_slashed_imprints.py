"""Styles after GOST that put two slashes before the imprint or the journal (Acta
Naturae): "… governance. // Cheltenham. Edward Elgar. 2016.", "Lancaster K.J. //
Journal of Political Economy. 1966.", and "Melbourne. University of Melbourne."."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "book", "place", "publisher"),
    [
        (
            "10. Bovaird T., Loeffler E. In: Bovaird T., Loeffler E., eds. Public management "
            "and governance. // Abingdon and New York. Routledge. 2016. 162–177.",
            "Public management and governance",
            "Abingdon and New York",
            "Routledge",
        ),
        (
            "9. Bovaird T., Loeffler E. In: Edelenbos J., van Meerkerk I., eds. Critical "
            "reflections on interactive governance: Self-organization and participation in "
            "public governance. // Cheltenham. Edward Elgar. 2016. 254–277.",
            "Critical reflections on interactive governance: Self-organization and "
            "participation in public governance",
            "Cheltenham",
            "Edward Elgar",
        ),
    ],
)
def test_place_and_publisher_after_the_books_slashes(
    text: str, book: str, place: str, publisher: str
) -> None:
    work = parse_reference(text)
    assert (work.container_title, work.place, work.publisher) == (book, place, publisher)


def test_place_and_publisher_after_a_reports_slashes() -> None:
    work = parse_reference(
        "5. Artuso D., Montini A. CI.VI.VO. in Rimini: How volunteers make their "
        "neighbourhood a better place to live. // Birmingham. Governance International. 2016 "
        "(Accessed April 2, 2019)."
    )
    assert (work.place, work.publisher) == ("Birmingham", "Governance International")
    assert not work.container_title


def test_a_place_then_a_body_after_a_full_stop() -> None:
    work = parse_reference(
        "24. Dickinson H., Sullivan H. Imagining the 21st century public service workforce. "
        "// Melbourne. University of Melbourne. 2014."
    )
    assert (work.place, work.publisher) == ("Melbourne", "University of Melbourne")


@pytest.mark.parametrize(
    ("text", "authors", "journal"),
    [
        (
            "36. Lancaster K.J. // Journal of Political Economy. 1966. V. 74. № 2. P. 132–157.",
            ["Lancaster"],
            "Journal of Political Economy",
        ),
        (
            "18. Cahn E.S., Cahn J.C. // Yale Law Review. 1964. V. 73. № 8. P. 1317–1352.",
            ["Cahn", "Cahn"],
            "Yale Law Review",
        ),
    ],
)
def test_names_then_the_journal_after_slashes(text: str, authors: list[str], journal: str) -> None:
    work = parse_reference(text)
    assert [name.family for name in work.authors] == authors
    assert work.container_title == journal


def test_a_title_that_reads_as_no_names_stays_the_title() -> None:
    work = parse_reference("Lumbar disc replacement: update. J Neurosurg Sci. 2015;59(2):169-80.")
    assert work.title.startswith("Lumbar disc replacement")
