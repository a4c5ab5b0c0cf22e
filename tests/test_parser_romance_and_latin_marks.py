"""Marks of other languages and of single styles read as the labeller knows them: Latin
"et alii", French "dir." and "sous la direction de" without brackets, Italian "a cura di",
Basque "(arg.)", French "En ligne." and links spaced inside their angle brackets, a year's
letter after the colon, Polish "r." after a year, and a title opened by a dotted acronym."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference


def test_et_alii_is_et_al() -> None:
    work = parse_reference(
        "Pestoff V. et alii, « Co-production and third sector social services in Europe », "
        "Voluntas, vol. 23, nᵒ 4, 2012, p. 1102‑1118."
    )
    assert [a.family for a in work.authors] == ["Pestoff"]
    assert "et-al" in work.flags


def test_et_alii_after_editors() -> None:
    work = parse_reference(
        "Ewert B. et Evers A., « Co-production », in Pestoff V. et alii (dir.), New public "
        "governance, the third sector and co-production, London : Routledge, 2012, p. 61‑78."
    )
    assert [e.family for e in work.editors] == ["Pestoff"]
    assert work.container_title == "New public governance, the third sector and co-production"


@pytest.mark.parametrize(
    "mark", ["dir.,", "sous la direction de"], ids=["dir", "sous-la-direction-de"]
)
def test_french_editors_without_brackets(mark: str) -> None:
    editors = "Osborne S. P., Strokosch K., dir.," if mark == "dir.," else ""
    if mark == "dir.,":
        text = (
            "Fledderus J. (2015) ‒ « Building trust through public service co-production », "
            f"in : {editors} Public service co-production, Routledge, London, 33‑48."
        )
    else:
        text = (
            "Fledderus, J. « Building trust through public service co-production ». Dans "
            "Public service co-production, sous la direction de S. P. Osborne et K. "
            "Strokosch, 33‑48. London : Routledge, 2015."
        )
    work = parse_reference(text)
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]
    assert work.container_title == "Public service co-production"
    assert work.title == "Building trust through public service co-production"
    assert work.authors[0].family == "Fledderus"


def test_italian_a_cura_di_after_the_book() -> None:
    work = parse_reference(
        "Sicilia M., La coproduzione dei servizi pubblici, in Management pubblico, a cura di "
        "E. Borgonovi, Milano, Egea, 2016, pp. 45-67."
    )
    assert [e.family for e in work.editors] == ["Borgonovi"]
    assert work.container_title == "Management pubblico"


def test_basque_editors_mark() -> None:
    work = parse_reference(
        "Ewert, B. & Evers, A., . 2012. «Co-production: Contested meanings» in Pestoff, V. et "
        "al. (arg.). New public governance and co-production, 61–78. London: Routledge."
    )
    assert [e.family for e in work.editors] == ["Pestoff"]
    assert work.container_title == "New public governance and co-production"


def test_french_online_and_spaced_angle_link() -> None:
    work = parse_reference(
        "Durose C. (2013) ‒ Community asset transfer in Bristol, Locality Case Study, "
        "Locality, En ligne. < http://www.example.org/case-studies/bristol/ >."
    )
    assert work.title.startswith("Community asset transfer in Bristol")
    assert "ligne" not in work.title and "Online" not in work.title
    assert work.url == "http://www.example.org/case-studies/bristol/"


def test_year_letter_after_the_colon() -> None:
    work = parse_reference(
        "Ostrom, E. & R. Parks (1973):b Suburban police departments: Too many and too small? "
        "Urban Affairs Annual Reviews (7)1: 367–402."
    )
    assert [a.family for a in work.authors] == ["Ostrom", "Parks"]
    assert (work.year, work.year_suffix) == (1973, "b")


def test_polish_year_word_after_the_year() -> None:
    work = parse_reference(
        "Sześciło D., Współzarządzanie usługami publicznymi, Wydawnictwo Scholar, 2015 r."
    )
    assert (work.year, work.pages) == (2015, "")


def test_polish_year_word_inside_a_title_stays() -> None:
    work = parse_reference("Budżety partycypacyjne w 2019 r. w Polsce. GUS, Warszawa 2020.")
    assert work.title.startswith("Budżety partycypacyjne w 2019 r.")


def test_dotted_acronym_opening_a_title_ends_no_sentence() -> None:
    work = parse_reference(
        "Rossi, A. « S.O.S. in Bologna: Neighbours helping neighbours ». Case Study. Birmingham "
        ": Governance International, 2015."
    )
    assert work.title == "S.O.S. in Bologna: Neighbours helping neighbours"
    assert work.container_title == ""
