"""House styles that run the parts of a reference together: Vancouver names closed by a
colon printed apart ("Aligica P, Tarko V : Title"), and a title with no stop before the
journal's name ("… definitions Public Administration Review 76:427–435.")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "families", "title"),
    [
        (
            "3. Aligica P, Tarko V : Co-production, polycentricity, and value heterogeneity: "
            "The Ostroms’ public choice institutionalism revisited. American Political "
            "Science Review 107 : 726–741, 2013",
            ["Aligica", "Tarko"],
            "Co-production, polycentricity, and value heterogeneity: The Ostroms’ public "
            "choice institutionalism revisited",
        ),
        (
            "22. Bovaird T, Willis M, Briggs I : Strategic commissioning for local public "
            "services. Local Government Studies 40 : 533–559, 2014",
            ["Bovaird", "Willis", "Briggs"],
            "Strategic commissioning for local public services",
        ),
        (
            "36. Carr S : Personalisation: A rough guide. 2012",
            ["Carr"],
            "Personalisation: A rough guide",
        ),
    ],
)
def test_vancouver_names_closed_by_a_colon_printed_apart_are_the_authors(
    text: str, families: list[str], title: str
) -> None:
    work = parse_reference(text)
    assert [name.family for name in work.authors] == families
    assert work.title == title


def test_a_title_after_dotted_initials_keeps_its_words_before_the_colon() -> None:
    work = parse_reference("Smith, J., Health UK: a study of things. London: Routledge, 2012.")
    assert [name.family for name in work.authors] == ["Smith"]
    assert work.title.startswith("Health UK")


@pytest.mark.parametrize(
    ("text", "title", "journal", "volume", "pages"),
    [
        (
            "Brandsen, T. and M. Honingh. 2016. Distinguishing different types of "
            "coproduction: A conceptual analysis based on the classical definitions Public "
            "Administration Review 76:427–435.",
            "Distinguishing different types of coproduction: A conceptual analysis based on "
            "the classical definitions",
            "Public Administration Review",
            "76",
            "427–435",
        ),
        (
            "Cahn, E. S. and J. C. Cahn. 1964. The war on poverty: A civilian perspective "
            "Yale Law Review 73:1317–1352.",
            "The war on poverty: A civilian perspective",
            "Yale Law Review",
            "73",
            "1317–1352",
        ),
        (
            "Brandsen, T., W. Trommel, and B. Verschuere. 2017. The state and the "
            "reconstruction of civil society International Review of Administrative "
            "Sciences 83:676–693.",
            "The state and the reconstruction of civil society",
            "International Review of Administrative Sciences",
            "83",
            "676–693",
        ),
    ],
)
def test_a_title_run_into_the_journal_name_ends_where_title_case_begins(
    text: str, title: str, journal: str, volume: str, pages: str
) -> None:
    work = parse_reference(text)
    assert (work.title, work.container_title) == (title, journal)
    assert (work.volume, work.pages) == (volume, pages)


@pytest.mark.parametrize(
    "text",
    [
        # a small word that joins a name may not end the title: "in the" + "United States"
        "Smith, J. 2001. Health care in the United States Public Administration Review 12:1–9.",
        # sentences before the journal are left to the rules that read stops
        "PANCIERA S. – Olearii. dans Memoirs of the American Academy in Rom, 36, Rom 1980, "
        "235-250.",
    ],
)
def test_no_journal_is_cut_after_a_joining_word_or_from_sentences(text: str) -> None:
    work = parse_reference(text)
    assert not work.container_title.startswith(("United States", "Memoirs of"))
    assert "PANCIERA" not in work.title
