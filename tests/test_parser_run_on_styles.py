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


@pytest.mark.parametrize(
    ("text", "title", "editors", "book"),
    [
        (
            "Loeffler E. Public governance in a network society. In: Bovaird T, Loeffler E. "
            "Public management and governance. Abingdon and New York: Routledge; 2016a. "
            "p. 207–22.",
            "Public governance in a network society",
            ["Bovaird", "Loeffler"],
            "Public management and governance",
        ),
        (
            "Bovaird T, Loeffler E. Communities, trust and organisational responses to local "
            "governance failure. In: Watson S, Moran A. Trust, risk and uncertainty. "
            "Houndmills, Basingstoke: Palgrave Macmillan; 2005. p. 143–62.",
            "Communities, trust and organisational responses to local governance failure",
            ["Watson", "Moran"],
            "Trust, risk and uncertainty",
        ),
        (
            "Bovaird T, Loeffler E. What has co-production ever done for interactive "
            "governance? In: Edelenbos J, van Meerkerk I. Critical reflections on "
            "interactive governance. Cheltenham: Edward Elgar; 2016. p. 254–77.",
            "What has co-production ever done for interactive governance?",
            ["Edelenbos", "Meerkerk"],
            "Critical reflections on interactive governance",
        ),
    ],
)
def test_vancouver_names_after_in_with_no_mark_are_the_editors_of_the_book(
    text: str, title: str, editors: list[str], book: str
) -> None:
    work = parse_reference(text)
    assert work.type == "chapter"
    assert (work.title, work.container_title) == (title, book)
    assert [name.family for name in work.editors] == editors


def test_a_book_title_after_in_with_no_colon_names_no_editors() -> None:
    work = parse_reference(
        "Schütz, A. (1962). Concept and Theory Formation in the Social Science. In Collected "
        "Papers I. The Problem of Social Reality. The Hague: Martinus Nijhoff."
    )
    assert work.editors == []
    assert "In Collected Papers I. The Problem" in f"{work.title}. In {work.container_title}"


@pytest.mark.parametrize(
    ("text", "journal", "volume", "issue"),
    [
        (
            "Aligica, P., Tarko, V. 2013. Co-production, polycentricity, and value "
            "heterogeneity: The Ostroms’ public choice institutionalism revisited. American "
            "Political Science Review107(4): 726-741",
            "American Political Science Review",
            "107",
            "4",
        ),
        (
            "Brandsen, T., Honingh, M. 2016. Distinguishing different types of coproduction: "
            "A conceptual analysis based on the classical definitions. Public Administration "
            "Review76: 427-435",
            "Public Administration Review",
            "76",
            "",
        ),
    ],
)
def test_the_last_word_of_a_journal_run_into_its_volume_ends_the_journal(
    text: str, journal: str, volume: str, issue: str
) -> None:
    work = parse_reference(text)
    assert (work.container_title, work.volume, work.issue or "") == (journal, volume, issue)


def test_a_volume_word_run_into_the_number_stays_with_the_volume() -> None:
    work = parse_reference("Smith, J. (2010). Title of the work. Journal of Things, Vol12, 1-9.")
    assert not work.container_title.endswith("Vol")
