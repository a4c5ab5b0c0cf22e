"""The book's editors with the place run on after them ("T. Bovaird and E. Loeffler, Eds.
Abingdon and New York, 2016,"), "In: Book." before editors closed by a bracketed mark
("… governance. Pestoff, V. and Brandsen, T. (eds.) Routledge: New York:"), and an
issue's word left at a journal's end ("…, Number Summer, 2015.")."""

from __future__ import annotations

from coprod_refs.parse.reference import parse_reference


def test_places_after_ieee_editors_mark() -> None:
    work = parse_reference(
        "[7] Percy S., Citizen participation in coproduction, in Urban services reconsidered, "
        "R. Rich and G. Whitaker, Eds. Oxford and New York, 1984, pages 431–446."
    )
    assert [e.family for e in work.editors] == ["Rich", "Whitaker"]
    assert work.place == "Oxford and New York"


def test_book_after_in_before_editors_with_a_bracketed_mark() -> None:
    work = parse_reference(
        "Sharp EB. 1980. Citizen demand making in the urban context. In: Urban services and "
        "the public. Rich, R. and Whitaker, G. (eds.) Sage: Beverly Hills, CA: 101–120."
    )
    assert work.title == "Citizen demand making in the urban context"
    assert work.container_title == "Urban services and the public"
    assert [e.family for e in work.editors] == ["Rich", "Whitaker"]
    assert work.publisher == "Sage"


def test_in_then_editors_given_first_keep_their_book() -> None:
    work = parse_reference(
        "Coetzee, A., & Pater, J. (2011). The place of variation. In J. A. Goldsmith, "
        "J. Riggle, & A. C. L. Yu (Eds.), The Handbook of Phonological Theory (pp. 401-434). "
        "Malden, MA: Blackwell."
    )
    assert [e.family for e in work.editors] == ["Goldsmith", "Riggle", "Yu"]
    assert work.container_title == "The Handbook of Phonological Theory"


def test_issue_word_left_at_the_journals_end() -> None:
    work = parse_reference(
        "Boyle D., Harris M., The challenge of co-production, Public Policy Review, Number "
        "Winter, 2009."
    )
    assert work.container_title == "Public Policy Review"
    assert work.issue == "Winter"


def test_place_sentence_before_the_publisher_at_the_titles_end() -> None:
    work = parse_reference(
        "NESELI A. et C. HERPICH 2020 Peer support among job seekers in Offenbach. "
        "Governance International Case Study. Birmingham. Governance International. "
        "[Consulté le août 2020]."
    )
    assert work.place == "Birmingham"
    assert work.publisher == "Governance International"
    assert "Birmingham" not in work.title


def test_roman_volumes_after_the_titles_stop_are_no_place() -> None:
    work = parse_reference(
        "Battelle Memorial Institute. 1988. Remedial Investigation of a Fuel Spill. Vols. "
        "I and II. Battelle Press."
    )
    assert work.place == ""


def test_aapg_place_after_the_books_colon() -> None:
    work = parse_reference(
        "Whitaker, G. P., 1984, Coproduction in urban services, in R. Rich, and G. Whitaker, "
        "eds., The handbook of urban services and the public: Abingdon and New York, "
        "Routledge, p. 101–120."
    )
    assert work.container_title == "The handbook of urban services and the public"
    assert (work.place, work.publisher) == ("Abingdon and New York", "Routledge")


def test_book_ending_in_a_stop_keeps_its_editors_whole() -> None:
    work = parse_reference(
        "Alford, J, & S Yates, ‘Co-production in Australia’ in Public Service Co-Production. "
        "S Osborne, K Strokosch & T Brandsen (eds), London and New York, Routledge, 2016, "
        "pp. 54–71."
    )
    assert work.container_title == "Public Service Co-Production"
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch", "Brandsen"]


def test_places_read_as_the_book_after_the_editors() -> None:
    work = parse_reference(
        "---, ‘Quality in public services’ in Public Service Reform. T Smith & E Jones (eds), "
        "Abingdon and New York, Routledge, 2016, pp. 16–17."
    )
    assert work.title == "Quality in public services"
    assert work.container_title == "Public Service Reform"
    assert work.place == "Abingdon and New York"


def test_a_place_after_a_quoted_title_is_no_book() -> None:
    work = parse_reference(
        "Voorberg William Bekkers Victor et Tummers Lars, 2013, « Co-creation in Social "
        "Innovation: A Systematic Review », Edinburgh."
    )
    assert work.place == "Edinburgh"
    assert work.container_title == ""
