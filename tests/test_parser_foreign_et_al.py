"""Other languages' "et al.": Portuguese "e colab.", Spanish "y col." / "y cols.", Italian
"e coll.", Swedish and Norwegian "m.fl.", Finnish "ym."; read as "et al." before
labelling, so that the title does not open with them, and by the name reader."""

from __future__ import annotations

import pytest

from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.names import parse_name_list
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "families", "title"),
    [
        (
            "LASKER, J. e colab. Time banking and health: The role of a community currency "
            "organization in enhancing well-being. Health Promotion Practice, v. 12, n. 1, p. "
            "102–115, 2011.",
            ["LASKER"],
            "Time banking and health: The role of a community currency organization in "
            "enhancing well-being",
        ),
        (
            "GREENHALGH, Trisha e colab. Frameworks for supporting patient and public "
            "involvement in research: Systematic review and co-design pilot. Health "
            "Expectations, v. 22, n. 4, p. 785–801, 2019.",
            ["GREENHALGH"],
            "Frameworks for supporting patient and public involvement in research: "
            "Systematic review and co-design pilot",
        ),
        (
            "García J, López M y cols. Coproducción en salud. Rev Esp Salud Publica. "
            "2015;89(3):1-10.",
            ["García", "López"],
            "Coproducción en salud",
        ),
        (
            "Andersson, K. m.fl. (2015). Samproduktion i välfärden. Stockholm: SNS förlag.",
            ["Andersson"],
            "Samproduktion i välfärden",
        ),
        (
            "Virtanen P ym. Yhteistuotanto. Helsinki: Gaudeamus; 2016.",
            ["Virtanen"],
            "Yhteistuotanto",
        ),
    ],
)
def test_a_foreign_et_al_ends_the_authors(text: str, families: list[str], title: str) -> None:
    work = parse_reference(text)
    assert [n.family.upper() for n in work.authors] == [f.upper() for f in families]
    assert work.title == title


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Sicilia, Mariafrancesca e colab.", ["Sicilia"]),
        ("García J, López M y col.", ["García", "López"]),
        ("Rossi, M. e coll.", ["Rossi"]),
        ("Andersson, K. m. fl.", ["Andersson"]),
    ],
)
def test_the_name_reader_knows_them(text: str, families: list[str]) -> None:
    names = parse_name_list(text)
    assert names.et_al
    assert [n.family for n in names.names] == families


def test_a_given_name_ending_in_the_letters_is_no_et_al() -> None:
    names = parse_name_list("Smith, Kym.")
    assert not names.et_al
    assert [(n.family, n.given) for n in names.names] == [("Smith", "Kym")]


@pytest.mark.parametrize(
    "text",
    [
        # words of a title, not a list's end
        "Lasker J. Time banking e colaboração. Rio: Editora; 2011.",
        "Ym. Studies in cols. of data",
    ],
)
def test_the_same_letters_elsewhere_stay(text: str) -> None:
    assert with_marks_spaced(text) == text
