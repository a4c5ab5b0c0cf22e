"""Editors' lists in the forms a few more styles print them: Vancouver's last editor and
its bracketed mark read into the title ("Vargo S (eds). The service …"), initials first
with a bracketed mark and the book after a comma ("In: S. Watson / A. Moran (Hg.),
Trust, …"), a bare "eds." before the book ("in S. Watson and A. Moran eds. Trust, …"),
NLM's mark before the names ("In, editorsS. Watson, A. Moran. Trust, …"), a chapter's
"In" run into the title ("FailureIn S. Watson"), Turkish "İçinde … (ss. 143-162)",
BibLaTeX's "In: Book. Ed. by …", Vancouver names with dotted initials read into the title,
a chapter's pages printed after the book ("…, Trust, Risk and Uncertainty, 143–62,"), and
the imprint read into the editors (ACS's "Eds.; Edward Elgar: Cheltenham,", "ed. by J.
Edelenbos, I. van Meerkerk, Edward Elgar, Cheltenham,")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.names import parse_name_list
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "editors", "title"),
    [
        (
            "48. Lusch R, Vargo S (eds). The service dominant logic of marketing. New York, "
            "M E Sharpe, 2006",
            ["Lusch", "Vargo"],
            "The service dominant logic of marketing",
        ),
        (
            "105. Pestoff V, Brandsen T, Verschuere B (eds.). New Public Governance, the Third "
            "Sector and Co-Production. New York: Routledge; 2012.",
            ["Pestoff", "Brandsen", "Verschuere"],
            "New Public Governance, the Third Sector and Co-Production",
        ),
        (
            "12. Hall PA, Soskice D (eds). Varieties of capitalism: The institutional "
            "foundations of comparative advantage. Oxford: Oxford University Press; 2001.",
            ["Hall", "Soskice"],
            "Varieties of capitalism: The institutional foundations of comparative advantage",
        ),
    ],
)
def test_last_vancouver_editor_read_into_the_title(
    text: str, editors: list[str], title: str
) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.editors] == editors
    assert not work.authors
    assert work.title == title


def test_a_title_opening_with_a_bracketed_word_keeps_it() -> None:
    work = parse_reference("Smith J, Jones K. Oxford (UK). A history. London: Verso; 2001.")
    assert [n.family for n in work.authors] == ["Smith", "Jones"]
    assert not work.editors


@pytest.mark.parametrize(
    ("text", "editors", "book"),
    [
        (
            "Bovaird, T. / Loeffler, E. (2005): Communities, trust and organisational "
            "responses to local governance failure. In: S. Watson / A. Moran (Hg.), Trust, "
            "risk and uncertainty. Houndmills, Basingstoke: Palgrave Macmillan, 143-162.",
            ["Watson", "Moran"],
            "Trust, risk and uncertainty",
        ),
        (
            "Müller, K. / Schmidt, L. (2010): Die Stadt als Beute. In: H. Meier / P. Schulz "
            "(Hrsg.), Stadtpolitik heute. Berlin: Springer, 33-52.",
            ["Meier", "Schulz"],
            "Stadtpolitik heute",
        ),
        (
            "Bovaird T. and E. Loeffler. 2005. Communities, trust and organisational responses "
            "to local governance failure. Pp. 143–162 in S. Watson and A. Moran eds. Trust, "
            "risk and uncertainty. Palgrave Macmillan, Houndmills, Basingstoke.",
            ["Watson", "Moran"],
            "Trust, risk and uncertainty",
        ),
        (
            "Smith A. and B. Jones. 1999. Seed dispersal by birds. Pp. 45–67 in C. Brown and "
            "D. Green eds. Frugivores and seed dispersal. Kluwer, Dordrecht.",
            ["Brown", "Green"],
            "Frugivores and seed dispersal",
        ),
        (
            "11. T. Bovaird, E. Loeffler. Communities, trust and organisational responses to "
            "local governance failure. In, editorsS. Watson, A. Moran. Trust, risk and "
            "uncertainty. Houndmills, Basingstoke: Palgrave Macmillan; 2005. p. 143–62.",
            ["Watson", "Moran"],
            "Trust, risk and uncertainty",
        ),
        (
            "21. T. Bovaird, B. Quirk. Resilience in public administration: Moving from risk "
            "avoidance to assuring public policy outcomes. In, editorsT. R. Kassen, D. "
            "Cepiku, T. J. Lah. The Routledge handbook of global public policy and "
            "administration. London: Routledge; 2017. p. 258–70.",
            ["Kassen", "Cepiku", "Lah"],
            "The Routledge handbook of global public policy and administration",
        ),
        (
            "4. J. Smith, K. Jones. Urban heat islands. In, editorsL. Brown, M. Green. "
            "Handbook of urban climate. Berlin: Springer; 2011. p. 12–30.",
            ["Brown", "Green"],
            "Handbook of urban climate",
        ),
        (
            "Bovaird, T., and Loeffler, E. (2005). Communities, Trust and Organisational "
            "Responses to Local Governance FailureIn S. Watson and A. Moran (Eds.), Trust, "
            "risk and uncertainty (pp. 143–162). Houndmills, Basingstoke: Palgrave Macmillan.",
            ["Watson", "Moran"],
            "Trust, risk and uncertainty",
        ),
        (
            'Bovaird, T., Loeffler, E. 2005. "Communities, trust and organisational responses '
            'to local governance failure". Içinde S. Watson & A. Moran (Ed.), Trust, risk and '
            "uncertainty (ss. 143-162). Houndmills, Basingstoke: Palgrave Macmillan.",
            ["Watson", "Moran"],
            "Trust, risk and uncertainty",
        ),
        (
            "Kaya, A. (2015). Kent ve göç. İçinde B. Yılmaz & C. Demir (Ed.), Kent çalışmaları "
            "(ss. 11-30). Ankara: Nobel.",
            ["Yılmaz", "Demir"],
            "Kent çalışmaları",
        ),
        (
            "Bovaird T. & Loeffler E., 2005. – Communities, trust and organisational responses "
            "to local governance failure. Dans : Watson S, Moran A. Trust, risk and "
            "uncertainty. Houndmills, Basingstoke : Palgrave Macmillan, p. 143‑162.",
            ["Watson", "Moran"],
            "Trust, risk and uncertainty",
        ),
        (
            "–––., 2016a. – Quality management in public sector organisations. Dans : Bovaird "
            "T, Loeffler E. Public management and governance. Abingdon and New York : "
            "Routledge, p. 162‑177.",
            ["Bovaird", "Loeffler"],
            "Public management and governance",
        ),
        (
            "Bovaird T, Loeffler E. 2016a. Quality management in public sector organisations. "
            "In: T Bovaird and E Loeffler (eds).Public management and governance: 162–177. "
            "Routledge, Abingdon and New York.",
            ["Bovaird", "Loeffler"],
            "Public management and governance",
        ),
        (
            "6 Bovaird, T. and Loeffler, E. (2005) Communities, trust and organisational "
            "responses to local governance failure. In: Watson, S. and Moran, A., editorsTrust, "
            "risk and uncertainty. Houndmills, Basingstoke: Palgrave Macmillan; 2005. p. "
            "143–162.",
            ["Watson", "Moran"],
            "Trust, risk and uncertainty",
        ),
        (
            "10 Bovaird, T. and Loeffler, E. (2016) Quality management in public sector "
            "organisations. In: Bovaird, T. and Loeffler, E., editorsPublic management and "
            "governance. Abingdon and New York: Routledge; 2016. p. 162–177.",
            ["Bovaird", "Loeffler"],
            "Public management and governance",
        ),
    ],
)
def test_chapter_editors_before_the_book(text: str, editors: list[str], book: str) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.editors] == editors
    assert work.container_title == book
    assert work.title and not work.title.endswith(("In", "in"))
    assert work.pages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Failure. In, editorsS. Watson, A. Moran.", "Failure. In, editors S. Watson, A. Moran."),
        ("Failure. In, eds.S. Watson, A. Moran.", "Failure. In, eds. S. Watson, A. Moran."),
        ("Local Governance FailureIn S. Watson and", "Local Governance Failure In S. Watson and"),
        ("Governance?In J. Edelenbos and", "Governance? In J. Edelenbos and"),
        ("Birmingham, 2016http://www.govint.org/", "Birmingham, 2016 http://www.govint.org/"),
        ("(ss. 143-162)", "(pp. 143-162)"),
        ("A Moran (eds).Trust, risk", "A Moran (eds). Trust, risk"),
        ("https://x.org/a[accessed29 March 2019].", "https://x.org/a [accessed 29 March 2019]."),
        ("https://x.org/b[cited 2019 Mar 1]", "https://x.org/b [cited 2019 Mar 1]"),
        ("Moran, A., editorsTrust, risk", "Moran, A., editors. Trust, risk"),
        # not a chapter's "In": a word that ends in capital I-n, and a name's word
        ("LinkedIn Learning", "LinkedIn Learning"),
        ("LinkedIn Marketing Solutions", "LinkedIn Marketing Solutions"),
        ("editorship", "editorship"),
    ],
)
def test_marks_run_into_their_neighbours_spaced_out(text: str, expected: str) -> None:
    assert with_marks_spaced(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In, editors S. Watson, A. Moran.",
        "In, eds. S. Watson, A. Moran",
        "Editors S. Watson",
        "edit. S. Watson, y A. Moran,",
    ],
)
def test_an_editors_mark_before_the_names_is_no_name(text: str) -> None:
    names = parse_name_list(text).names
    assert names[0].family == "Watson"
    assert names[0].given == "S."


@pytest.mark.parametrize(
    ("text", "book", "editors"),
    [
        (
            "Bovaird, T. and Loeffler, E. (2005). Communities, trust and organisational "
            "responses to local governance failure. In: Trust, risk and uncertainty. Ed. by S. "
            "Watson and A. Moran. Houndmills, Basingstoke: Palgrave Macmillan, pp. 143–162.",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
        ),
        (
            "Keller, R. (2019). Sediment transport in braided rivers. In: Handbook of fluvial "
            "geomorphology. Edited by M. Brown and L. Fischer. Berlin: Springer, pp. 12–40.",
            "Handbook of fluvial geomorphology",
            ["Brown", "Fischer"],
        ),
    ],
)
def test_biblatex_book_then_edited_by(text: str, book: str, editors: list[str]) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert [n.family for n in work.editors] == editors
    assert not work.title.endswith(book)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "13. Bovaird T., Willis M., Briggs I. Strategic commissioning for local public "
            "services: Service improvement cycle or just going round in circles? Local "
            "Government Studies. 2014;40(4):533-59.",
            ["Bovaird", "Willis", "Briggs"],
        ),
        (
            "37. Lasker J., Collom E., Bealer T., Niclaus E., Young Keefe J., Kratzer Z. Time "
            "banking and health: The role of a community currency organization in enhancing "
            "well-being. Health Promotion Practice. 2011;12(1):102-15.",
            ["Lasker", "Collom", "Bealer", "Niclaus", "Young Keefe", "Kratzer"],
        ),
    ],
)
def test_dotted_vancouver_names_read_into_the_title(text: str, authors: list[str]) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.authors] == authors
    assert work.title.split()[0] in ("Strategic", "Time")


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        (
            "Bovaird, T. and E. Loeffler (2005), ‘Communities, Trust and Organisational "
            "Responses to Local Governance Failure’, in S. Watson and A. Moran (eds), Trust, "
            "Risk and Uncertainty, 143–62, Houndmills, Basingstoke: Palgrave Macmillan.",
            "143–162",
        ),
        (
            "Cahn, E. S. and C. Gray (2012), ‘Co-Production from a Normative Perspective’, in V. "
            "Pestoff, T. Brandsen and B. Verschuere (eds), New Public Governance, the Third "
            "Sector and Co-Production, 129–44, New York and London: Routledge.",
            "129–144",
        ),
    ],
)
def test_chapter_pages_after_the_book(text: str, pages: str) -> None:
    work = parse_reference(text)
    assert work.pages == pages
    assert not work.volume and not work.issue
    assert not any(ch.isdigit() for ch in work.container_title)


def test_years_ending_a_book_title_are_no_pages() -> None:
    work = parse_reference(
        "Hunter, J. (2010), ‘Women’s Mission’, in B. Reeves-Ellington (ed.), Competing "
        "Kingdoms: Women, Mission, Nation, and the American Protestant Empire, 1812-1960, "
        "Durham: Duke University Press."
    )
    assert work.container_title.endswith("1812-1960")
    assert not work.pages


@pytest.mark.parametrize(
    ("text", "editors", "publisher", "place"),
    [
        (
            "9. Bovaird T, Loeffler E. In Critical reflections on interactive governance: "
            "Self-organization and participation in public governance; J. Edelenbos, and I. "
            "van Meerkerk, Eds.; Edward Elgar: Cheltenham, 2016; pp 254–277.",
            ["Edelenbos", "Meerkerk"],
            "Edward Elgar",
            "Cheltenham",
        ),
        (
            "9 T. Bovaird, E. Loeffler, in Critical reflections on interactive governance: "
            "Self-organization and participation in public governance, ed. by J. Edelenbos, I. "
            "van Meerkerk, Edward Elgar, Cheltenham, 2016, pp. 254–277.",
            ["Edelenbos", "Meerkerk"],
            "Edward Elgar",
            "Cheltenham",
        ),
        (
            "6 T. Bovaird, E. Loeffler, in Trust, risk and uncertainty, ed. by S. Watson, A. "
            "Moran, Palgrave Macmillan, Houndmills, Basingstoke, 2005, pp. 143–162.",
            ["Watson", "Moran"],
            "Palgrave Macmillan",
            "Houndmills, Basingstoke",
        ),
        (
            "35 T. Bovaird, E. Loeffler, in The Palgrave handbook of co-production of public "
            "services and outcomes, ed. by E. Loeffler, T. Bovaird, Palgrave Macmillan, London, "
            "2020.",
            ["Loeffler", "Bovaird"],
            "Palgrave Macmillan",
            "London",
        ),
    ],
)
def test_imprint_read_into_the_editors(
    text: str, editors: list[str], publisher: str, place: str
) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.editors] == editors
    assert work.publisher == publisher
    assert work.place == place
    assert [n.family for n in work.authors] == ["Bovaird", "Loeffler"]
    assert work.container_title and not work.title


def test_an_editor_named_like_a_publisher_stays_an_editor() -> None:
    work = parse_reference(
        "Janet L. Nelson, The Lord’s Anointed and the People’s Choice: Carolingian Royal "
        "Ritual, Rituals of Royalty: Power and Ceremonial in Traditional Societies, ed. David "
        "Cannadine, Simon Price, Cambridge, 1987, 137-180."
    )
    assert [n.family for n in work.editors] == ["Cannadine", "Price"]
    assert not work.publisher


def test_one_author_then_in_and_the_book() -> None:
    work = parse_reference(
        "35 P. Jackson, in The Palgrave handbook of co-production of public services and "
        "outcomes, ed. by E. Loeffler, T. Bovaird, Palgrave Macmillan, London, 2020."
    )
    assert [n.family for n in work.authors] == ["Jackson"]
    assert work.container_title.startswith("The Palgrave handbook")
    assert not work.title


def test_vancouver_names_joined_by_and_before_a_colon() -> None:
    work = parse_reference(
        "2 Aligica P and Tarko V: Co-production, polycentricity, and value heterogeneity: The "
        "Ostroms’ public choice institutionalism revisited. American Political Science Review "
        "107: 726–741, 2013."
    )
    assert [n.family for n in work.authors] == ["Aligica", "Tarko"]
    assert work.title.startswith("Co-production, polycentricity")


@pytest.mark.parametrize(
    ("text", "publisher", "place", "editors"),
    [
        (
            "Bovaird, T.: /Loeffler, E.: Quality management in public sector organisations. In: "
            "Public management and governance. Routledge, Abingdon and New York. Bovaird, T.; "
            "Loeffler, E. (Hrsg.). 2016a, S. 162–177",
            "Routledge",
            "Abingdon and New York",
            ["Bovaird", "Loeffler"],
        ),
        (
            "Bovaird, T.: /Loeffler, E.: Communities, trust and organisational responses to "
            "local governance failure. In: Trust, risk and uncertainty. Palgrave Macmillan, "
            "Basingstoke. Watson, S.; Moran, A. (Hrsg.). 2005, S. 143–162",
            "Palgrave Macmillan",
            "Basingstoke",
            ["Watson", "Moran"],
        ),
    ],
)
def test_imprint_between_the_book_and_its_editors(
    text: str, publisher: str, place: str, editors: list[str]
) -> None:
    work = parse_reference(text)
    assert (work.publisher, work.place) == (publisher, place)
    assert [e.family for e in work.editors] == editors


def test_editors_list_closed_by_brackets_lost_its_opening() -> None:
    work = parse_reference(
        "Bovaird T., Loeffler E., 2005. Communities, trust and organisational responses to "
        "local governance failure. In: Trust, risk and uncertainty (Eds. Watson S., Moran A.). "
        "PALGRAVE MACMILLAN, Houndmills, Basingstoke, 143-162"
    )
    assert [(e.family, e.given) for e in work.editors] == [("Watson", "S."), ("Moran", "A.")]


def test_given_first_editors_keep_their_last_family_name() -> None:
    work = parse_reference(
        "10. T. Bovaird and E. Loeffler, 2016. in Public Management and Governance, edited by "
        "T. Bovaird and E. Loeffler, Routledge, pp. 162–177."
    )
    assert [e.family for e in work.editors] == ["Bovaird", "Loeffler"]
    assert (work.publisher, work.place) == ("Routledge", "")


def test_vancouver_editors_still_give_up_the_imprint() -> None:
    work = parse_reference(
        "Smith A. Co-production. In: Edelenbos J, van Meerkerk I. Cheltenham, Edward Elgar, 2016."
    )
    assert (work.publisher, work.place) == ("Edward Elgar", "Cheltenham")


def test_bracketed_editors_given_name_first_give_up_the_imprint() -> None:
    work = parse_reference(
        "67. Steen, T., Brandsen, T., and Verschuere, B. (2018) The dark side of co-creation "
        "and co-production, in Co-production and Co-creation: Engaging citizens in public "
        "services (eds.T. Brandsen, T. Steen, B. Verschuere), Routledge, New York and "
        "Abingdon, pp. 284–293."
    )
    assert [e.family for e in work.editors] == ["Brandsen", "Steen", "Verschuere"]
    assert (work.publisher, work.place) == ("Routledge", "New York and Abingdon")


def test_edited_by_then_the_publisher_and_its_places() -> None:
    work = parse_reference(
        "Pestoff V. 2012. New public governance and co-production. In New Public Governance, "
        "the Third Sector and Co-Production. Edited by V Pestoff, T Brandsen and B Verschuere. "
        "Routledge, London and New York. pp. 1–20."
    )
    assert [n.family for n in work.editors] == ["Pestoff", "Brandsen", "Verschuere"]
    assert (work.publisher, work.place, work.pages) == ("Routledge", "London and New York", "1–20")


def test_edit_in_brackets_marks_quebec_editors() -> None:
    work = parse_reference(
        "Lévesque, B. (2006). Le potentiel d'innovation de l'économie sociale. Dans J.-L. "
        "Laville & A. D. Cattani (édit.), Dictionnaire de l'autre économie (p. 35‑58). "
        "Gallimard."
    )
    assert [n.family for n in work.editors] == ["Laville", "Cattani"]
    assert (work.container_title, work.pages, work.publisher) == (
        "Dictionnaire de l'autre économie",
        "35–58",
        "Gallimard",
    )


def test_dutch_redacteuren_mark_vancouver_editors() -> None:
    work = parse_reference(
        "4. Tonkens E, Verhoeven I. Burgerparticipatie in de zorg. In: Van Ewijk H, Kunneman H, "
        "redacteuren. Praktijken van normatieve professionalisering. Amsterdam: SWP; 2013. "
        "p. 101–18."
    )
    assert [n.family for n in work.editors] == ["Van Ewijk", "Kunneman"]
    assert work.container_title == "Praktijken van normatieve professionalisering"


def test_the_name_after_the_editors_mark_and_comma_is_the_publisher() -> None:
    work = parse_reference(
        "[12] New Public Governance, Pestoff, V., Brandsen, T., Eds., Routledge, New York, 2012."
    )
    assert [n.family for n in work.editors] == ["Pestoff", "Brandsen"]
    assert (work.publisher, work.place, work.year) == ("Routledge", "New York", 2012)


def test_a_publisher_alone_in_brackets_after_the_editors() -> None:
    work = parse_reference(
        "Durose, C. 2016. ‘Designing for Co-Production’, in Public Policy and the Citizen, "
        "ed. by K. Smith and P. Jones (Policy Press), pp. 33–50"
    )
    assert [n.family for n in work.editors] == ["Smith", "Jones"]
    assert work.publisher == "Policy Press"


def test_editors_marked_eds_after_the_last_initial_with_no_comma() -> None:
    work = parse_reference(
        "Durose, C. and Richardson, L. (2016). Designing public policy for co-production. "
        "In: Smith, K. and Jones, P. eds. Public Policy and the Citizen. Bristol: Policy "
        "Press, pp. 33–50."
    )
    assert [n.family for n in work.editors] == ["Smith", "Jones"]
    assert work.container_title == "Public Policy and the Citizen"
