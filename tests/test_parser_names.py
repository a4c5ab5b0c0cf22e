"""Author and editor strings to names: orders, particles, suffixes, bodies, "et al."."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.model.extracted import Name
from coprod_refs.parse.names import has_editor_marker, parse_name_list, parse_names


def _people(text: str) -> list[tuple[str, str, str]]:
    return [(n.particle, n.family, n.given) for n in parse_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alford, J.", [("", "Alford", "J.")]),
        ("Brudney, J. L., & England, R. E.", [("", "Brudney", "J. L."), ("", "England", "R. E.")]),
        ("Tony Bovaird and Elke Loeffler", [("", "Bovaird", "Tony"), ("", "Loeffler", "Elke")]),
        ("Drorit Gassner, Anat Gofen*", [("", "Gassner", "Drorit"), ("", "Gofen", "Anat")]),
        (
            "Lee, L. L., W. E. Howard, and R. E. Marsh.",
            [("", "Lee", "L. L."), ("", "Howard", "W. E."), ("", "Marsh", "R. E.")],
        ),
        ("Ostrom, Elinor", [("", "Ostrom", "Elinor")]),
        # Chicago and MLA invert the first name only, whatever its given names.
        (
            "Page, Walter Hines, and Arthur Wilson Page",
            [("", "Page", "Walter Hines"), ("", "Page", "Arthur Wilson")],
        ),
        ("Smith, John Paul and Mary Jones", [("", "Smith", "John Paul"), ("", "Jones", "Mary")]),
        ("Adams, Nicholson B.,", [("", "Adams", "Nicholson B.")]),
        ("Heidegger M.,", [("", "Heidegger", "M.")]),
        ("S. E. Han, G. Chen,", [("", "Han", "S. E."), ("", "Chen", "G.")]),
        # A family name in capitals is the style's (ABNT, French lists), not the name's.
        ("SMITH, J.; JONES, K.", [("", "Smith", "J."), ("", "Jones", "K.")]),
        ("VAN EIJK, C.; O'BRIEN, J.", [("van", "Eijk", "C."), ("", "O'Brien", "J.")]),
        ("SILVA, J. da; SALM-PFEIFFER, Ana", [("da", "Silva", "J."), ("", "Salm-Pfeiffer", "Ana")]),
        ("MCDONALD, J.; MACHADO, L.", [("", "McDonald", "J."), ("", "Machado", "L.")]),
        ("MCGREGOR-SMITH, A.", [("", "McGregor-Smith", "A.")]),
        (
            "Brierley, D.I., and Ungless, M.A.",
            [("", "Brierley", "D. I."), ("", "Ungless", "M. A.")],
        ),
        # "and" after the semicolon that parts the last name (geology and AI styles)
        ("Aligica, P.; and Tarko, V.,", [("", "Aligica", "P."), ("", "Tarko", "V.")]),
        (
            "Dale, R.; Mellish, C.; and Zock, M.",
            [("", "Dale", "R."), ("", "Mellish", "C."), ("", "Zock", "M.")],
        ),
    ],
)
def test_common_name_orders(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _people(text) == expected


def test_vancouver_initials_are_dotted() -> None:
    assert _people("Pérez-Higueras JJ, Arias A, Peters OA.") == [
        ("", "Pérez-Higueras", "J. J."),
        ("", "Arias", "A."),
        ("", "Peters", "O. A."),
    ]


def test_four_vancouver_initials_after_a_family_name() -> None:
    assert _people("Voorberg WH, Bekkers VJJM, Tummers LG.") == [
        ("", "Voorberg", "W. H."),
        ("", "Bekkers", "V. J. J. M."),
        ("", "Tummers", "L. G."),
    ]
    assert _people("Smith J, Jones ABCD") == [("", "Smith", "J."), ("", "Jones", "A. B. C. D.")]
    assert parse_names("NASA.") == [Name(literal="NASA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("van Eijk, S.", [("van", "Eijk", "S.")]),
        ("I. van Meerkerk", [("van", "Meerkerk", "I.")]),
        ("de la Macorra JC", [("de la", "Macorra", "J. C.")]),
        ("Ludwig von Mises", [("von", "Mises", "Ludwig")]),
        ("della Porta, D.", [("della", "Porta", "D.")]),
        # Capitalised particles belong to the family name (as in BibTeX).
        ("Van Der Meer, R.", [("", "Van Der Meer", "R.")]),
        ("Van Ryzin, G.", [("", "Van Ryzin", "G.")]),
    ],
)
def test_particles(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _people(text) == expected


def test_suffixes() -> None:
    inverted = parse_names("King, M. L., Jr.")
    natural = parse_names("Martin Luther King Jr.")
    assert [(n.family, n.given, n.suffix) for n in inverted] == [("King", "M. L.", "Jr.")]
    assert [(n.family, n.given, n.suffix) for n in natural] == [("King", "Martin Luther", "Jr.")]


def test_multi_word_family_before_initials() -> None:
    assert _people("Young Keefe, J., Kratzer, Z.") == [
        ("", "Young Keefe", "J."),
        ("", "Kratzer", "Z."),
    ]


def test_missing_comma_between_authors() -> None:
    assert _people("Stephens, L. Slay, J. & Penny, J.") == [
        ("", "Stephens", "L."),
        ("", "Slay", "J."),
        ("", "Penny", "J."),
    ]


def test_repeated_initials_are_dropped() -> None:
    assert _people("In E. Loeffler & T. Bovaird, T. (Eds.),") == [
        ("", "Loeffler", "E."),
        ("", "Bovaird", "T."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Welsh Government.",
        "Cooperative Party.",
        "National Co-Production Advisory Group.",
        "Department of Health and Social Care",
        "SCIE.",
        "ISO.",
        "United Nations.",
    ],
)
def test_corporate_bodies(text: str) -> None:
    names = parse_names(text)
    assert names == [Name(literal=text.rstrip("."))]
    assert names[0].is_body


def test_et_al_is_a_mark_not_a_name() -> None:
    parsed = parse_name_list("Parks, R. B., Baker, P., et al.")
    assert parsed.et_al
    assert [n.family for n in parsed.names] == ["Parks", "Baker"]
    assert parse_name_list("Smith J, Jones K, et al").et_al
    assert not parse_name_list("Smith, J.").et_al


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Lusch, R., & Vargo, S. (Eds.).", True),
        ("In T. Bovaird & E. Loeffler (Eds.),", True),
        ("Ching, Barbara, and Gerald W. Creed, eds.", True),
        ("Edited by Stanley Porter", True),
        ("In: Rülcker, T. (Hrsg.)", True),
        ("Creed, G. W.", False),
        ("Reed, E.", False),
    ],
)
def test_editor_marker(text: str, marked: bool) -> None:
    assert has_editor_marker(text) is marked


def test_role_words_are_removed_from_names() -> None:
    assert _people("Ching, Barbara, and Gerald W. Creed, eds.") == [
        ("", "Ching", "Barbara"),
        ("", "Creed", "Gerald W."),
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_string_gives_names_without_error(text: str) -> None:
    for name in parse_names(text):
        assert isinstance(name, Name)
        assert name.family or name.literal


def test_long_hostile_strings_return() -> None:
    assert isinstance(parse_names("," * 100_000), list)
    assert isinstance(parse_names("(" * 10_000 + ")" * 10_000), list)
    assert isinstance(parse_names("A. " * 20_000), list)


def test_spaced_initials_and_other_languages_connectors() -> None:
    assert _people("Sharpe, M E, Lusch, R F") == [("", "Sharpe", "M. E."), ("", "Lusch", "R. F.")]
    assert _people("García, J. y López, M.") == [("", "García", "J."), ("", "López", "M.")]
    assert _people("Rossi, A. e Bianchi, B.") == [("", "Rossi", "A."), ("", "Bianchi", "B.")]
    assert _people("Müller, K. und Schmidt, L.") == [("", "Müller", "K."), ("", "Schmidt", "L.")]


def test_slash_separates_names_as_in_german_lists() -> None:
    assert _people("Bogumil, J./Holtkamp, L.") == [("", "Bogumil", "J."), ("", "Holtkamp", "L.")]


@pytest.mark.parametrize(
    "text",
    [
        "HM Treasury.",
        "HM Government",
        "US Government Accountability Office.",
        "Audit Scotland.",
        "Governance International.",
        "Deutscher Bundestag",
        "Bertelsmann Stiftung (Hg.)",
        "Ministerie van BZK",
        "Ministère de la Transformation et de la Fonction publiques",
        "Centers for Disease Control and Prevention",
    ],
)
def test_public_bodies_stay_one_body(text: str) -> None:
    names = parse_names(text)
    assert len(names) == 1 and names[0].is_body, names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DUPONT (J.), MARTIN (P.)", [("", "Dupont", "J."), ("", "Martin", "P.")]),
        ("Lefebvre (Henri)", [("", "Lefebvre", "Henri")]),
        (
            "Dupont (J.-P.) et Durand (Marie-Claire)",
            [("", "Dupont", "J.-P."), ("", "Durand", "Marie-Claire")],
        ),
        ("Lévy (J.) (dir.)", [("", "Lévy", "J.")]),
    ],
)
def test_french_given_names_in_brackets_after_the_family_name(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _people(text) == expected


def test_bracketed_abbreviations_and_roles_are_no_given_names() -> None:
    (body,) = parse_names("OECD (Organisation for Economic Co-operation and Development)")
    assert body.literal == "OECD (Organisation for Economic Co-operation and Development)"
    (editor,) = parse_names("Bertelsmann Stiftung (Hg.)")
    assert editor.literal == "Bertelsmann Stiftung"


def test_a_body_keeps_its_bracketed_acronym() -> None:
    (body,) = parse_names("Wetenschappelijke Raad voor het Regeringsbeleid (WRR)")
    assert body.literal == "Wetenschappelijke Raad voor het Regeringsbeleid (WRR)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Capitalised particles after a given name belong to the family name.
        ("S. Van Thiel", [("", "Van Thiel", "S.")]),
        ("Gregg G. Van Ryzin", [("", "Van Ryzin", "Gregg G.")]),
        ("S. Van de Walle", [("", "Van de Walle", "S.")]),
        ("Jean de La Fontaine", [("de", "La Fontaine", "Jean")]),
        ("Van Morrison", [("", "Morrison", "Van")]),
        # Dutch lists put the particle after the initials.
        ("Eijk, C. van, & Steen, T.", [("van", "Eijk", "C."), ("", "Steen", "T.")]),
        # Capitals or a long name do not make a body of one inverted person.
        ("BAUDOT, Pierre-Yves", [("", "Baudot", "Pierre-Yves")]),
        ("Oliveira da Silva, Maria Clara", [("", "Oliveira da Silva", "Maria Clara")]),
    ],
)
def test_particles_and_inverted_single_names(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meneguzzo, M. (a cura di)", [("", "Meneguzzo", "M.")]),
        ("Arena G., Iaione C. (a cura di)", [("", "Arena", "G."), ("", "Iaione", "C.")]),
        (
            "dans Laurie Boussaguet, Sophie Jacquot et Pauline Ravinet (dir.)",
            [("", "Boussaguet", "Laurie"), ("", "Jacquot", "Sophie"), ("", "Ravinet", "Pauline")],
        ),
        ("eds Pörtner, H.-O. et al.", [("", "Pörtner", "H.-O.")]),
    ],
)
def test_editor_words_of_other_styles_are_not_names(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _people(text) == expected
    assert has_editor_marker("Meneguzzo, M. (a cura di)")


@pytest.mark.parametrize(
    "text", ["Dupont, Jean, éd.", "Müller, Hans, Hg.", "Lévy, J., dir.", "Rossi, M., coord."]
)
def test_editor_marks_of_other_languages_without_brackets(text: str) -> None:
    assert has_editor_marker(text)


@pytest.mark.parametrize("text", ["Dirksen, A.", "Hgerty, P.", "Éducation nationale"])
def test_words_that_only_begin_like_an_editor_mark_are_none(text: str) -> None:
    assert not has_editor_marker(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SALM, José Francisco; MENEGASSO, Maria Ester.",
            [("", "Salm", "José Francisco"), ("", "Menegasso", "Maria Ester")],
        ),
        (
            "SILVA, João da; SOUZA, Ana Maria de",
            [("da", "Silva", "João"), ("de", "Souza", "Ana Maria")],
        ),
    ],
)
def test_semicolons_between_family_and_full_given_names(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize("text", ["NHS England", "CBC News", "ARS Ile de France"])
def test_an_acronym_before_a_name_names_a_body(text: str) -> None:
    (body,) = parse_names(text)
    assert body.literal == text


def test_four_names_with_no_given_name_first_name_a_body() -> None:
    (body,) = parse_names("Think Local Act Personal")
    assert body.literal == "Think Local Act Personal"
    # A known given name, a particle or an initial makes four names a person.
    for text, family in (
        ("Maria Clara Oliveira Santos", "Santos"),
        ("Gregg G. Van Ryzin", "Van Ryzin"),
        ("Ana Maria de Souza", "Souza"),
    ):
        (person,) = parse_names(text)
        assert (person.family, person.literal) == (family, "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Viktor J. J. M. Bekkers", ("", "Bekkers", "Viktor J. J. M.")),
        ("Maria J. L. van der Berg", ("van der", "Berg", "Maria J. L.")),
    ],
)
def test_a_given_name_and_many_initials_make_a_person_not_a_body(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _people(text) == [expected]
    # ... also inside a Chicago list, where the name is not the first.
    listed = "Voorberg, William H., " + text + ", and Lars G. Tummers"
    assert _people(listed)[1] == expected
    # A body's word still makes a body of the same shape.
    (body,) = parse_names("Association J. K. Smith Foundation")
    assert body.literal == "Association J. K. Smith Foundation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LADARIA Luis F.", [("", "Ladaria", "Luis F.")]),
        ("Smith JAB", [("", "Smith", "J. A. B.")]),
    ],
)
def test_capitals_before_given_names_or_after_a_family_name_are_people(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("• Kranjc, Gregor Joseph.", "Kranjc"),
        ("- A. COUDEVYLLE,", "Coudevylle"),
        ("— Ostrom, E.", "Ostrom"),
    ],
)
def test_a_list_bullet_before_the_names_is_dropped(text: str, family: str) -> None:
    assert [n.family for n in parse_names(text)] == [family]


@pytest.mark.parametrize("text", ["———.", "——— and V. Ostrom"])
def test_a_repeated_author_dash_is_kept(text: str) -> None:
    assert parse_names(text)[0].literal == "———"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Иванов И. И.", [("", "Иванов", "И. И.")]),
        ("Иванов И.И.", [("", "Иванов", "И. И.")]),
        (
            "Петров П. П., Сидорова А. В.",
            [("", "Петров", "П. П."), ("", "Сидорова", "А. В.")],
        ),
        ("Хомская Е.Д., Батова Н.Я.", [("", "Хомская", "Е. Д."), ("", "Батова", "Н. Я.")]),
        ("Παπαδόπουλος Γ.", [("", "Παπαδόπουλος", "Γ.")]),
        ("Иванов, И. И.", [("", "Иванов", "И. И.")]),
    ],
)
def test_cyrillic_and_greek_initials_are_initials(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _people(text) == expected


def test_footnote_digits_after_a_cyrillic_name_are_dropped() -> None:
    assert _people("Иванов1, И. И.2") == [("", "Иванов", "И. И.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an initial right before a comma still says these are people
            "Parks Roger B., Baker Paula C., Kiser Larry",
            [("", "Parks", "Roger B."), ("", "Baker", "Paula C."), ("", "Kiser", "Larry")],
        ),
        (
            "Osborne Stephen P., Radnor Zoe, Strokosch Kirsty",
            [("", "Osborne", "Stephen P."), ("", "Radnor", "Zoe"), ("", "Strokosch", "Kirsty")],
        ),
        (
            "Niimi H, Harada H, Harada Y, Ding Y, Imagawa J, Inaba T, Kyo T",
            [
                ("", "Niimi", "H."),
                ("", "Harada", "H."),
                ("", "Harada", "Y."),
                ("", "Ding", "Y."),
                ("", "Imagawa", "J."),
                ("", "Inaba", "T."),
                ("", "Kyo", "T."),
            ],
        ),
        (
            "Tsuboya, Toru, Aida, Jun, Hikichi, Hiroyuki, Subramanian, S.V., Kondo, Katsunori",
            [
                ("", "Tsuboya", "Toru"),
                ("", "Aida", "Jun"),
                ("", "Hikichi", "Hiroyuki"),
                ("", "Subramanian", "S. V."),
                ("", "Kondo", "Katsunori"),
            ],
        ),
    ],
)
def test_long_lists_with_initials_before_commas_are_people(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BOVAIRD Tony", [("", "Bovaird", "Tony")]),
        ("THOMSEN Mette Kjærgaard", [("", "Thomsen", "Mette Kjærgaard")]),
        (
            "PARKS Roger B., Paula C. BAKER, Larry KISER et Ronald OAKERSON",
            [
                ("", "Parks", "Roger B."),
                ("", "Baker", "Paula C."),
                ("", "Kiser", "Larry"),
                ("", "Oakerson", "Ronald"),
            ],
        ),
        (
            "SØRENSEN Eva et Jacob TORFING",
            [("", "Sørensen", "Eva"), ("", "Torfing", "Jacob")],
        ),
        ("Gregg G. VAN RYZIN", [("van", "Ryzin", "Gregg G.")]),
        ("Lisa OPIPARI-ARRIGAN", [("", "Opipari-Arrigan", "Lisa")]),
    ],
)
def test_a_family_name_in_capitals_beside_given_names(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text", ["NHS England", "WHO Europe", "NASA Goddard", "CBC News", "HM Treasury"]
)
def test_an_acronym_before_a_place_or_a_word_stays_a_body(text: str) -> None:
    assert [(n.literal, n.is_body) for n in parse_names(text)] == [(text, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nabatchi Tina, Jo Suyeon", [("", "Nabatchi", "Tina"), ("", "Jo", "Suyeon")]),
        ("Joshi Anuradha, Moore Mick", [("", "Joshi", "Anuradha"), ("", "Moore", "Mick")]),
        (
            "Fledderus Joost, Brandsen Taco, Honingh Marlies",
            [("", "Fledderus", "Joost"), ("", "Brandsen", "Taco"), ("", "Honingh", "Marlies")],
        ),
        ("Lachiver Marcel", [("", "Lachiver", "Marcel")]),
    ],
)
def test_family_first_lists_known_by_given_names_of_many_languages(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _people(text) == expected


def test_the_longer_given_name_list_is_no_labeller_feature() -> None:
    from coprod_refs.parse.features import lexicon_hit

    assert lexicon_hit("known_given_names", "Joost")
    assert not lexicon_hit("given_names", "Joost")  # the trained model's list is unchanged


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Pestoff, Brandsen et Verschuere (dirs.)", ["Pestoff", "Brandsen", "Verschuere"]),
        ("Kassen, Cepiku et Lah (dirs.)", ["Kassen", "Cepiku", "Lah"]),
        ("Edelenbos et van Meerkerk (dirs.)", ["Edelenbos", "Meerkerk"]),
    ],
)
def test_french_editors_printed_by_family_name_alone(text: str, families: list[str]) -> None:
    names = parse_name_list(text).names
    assert [n.family or n.literal for n in names] == families
    assert has_editor_marker(text)


def test_a_particle_before_a_lone_family_name_is_no_given_name() -> None:
    assert _people("van Meerkerk") == [("van", "Meerkerk", "")]


def test_a_name_and_its_given_name_stay_one_person_without_an_editors_mark() -> None:
    assert _people("Ostrom, Elinor and Vincent Ostrom") == [
        ("", "Ostrom", "Elinor"),
        ("", "Ostrom", "Vincent"),
    ]


@pytest.mark.parametrize(
    ("text", "family", "given", "particle"),
    [
        ("MEERKERK, I. VAN", "Meerkerk", "I.", "van"),
        ("THIEL, S. VAN", "Thiel", "S.", "van"),
        ("Eijk, C. van", "Eijk", "C.", "van"),
    ],
)
def test_a_particle_after_the_initials_in_any_case(
    text: str, family: str, given: str, particle: str
) -> None:
    (name,) = parse_name_list(text).names
    assert (name.family, name.given, name.particle.lower()) == (family, given, particle)


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("S. Watson och A. Moran, red.,", True),  # Swedish and Polish
        ("Watson, S., toim.", True),  # Estonian and Finnish
        ("Watson S., szerk.", True),  # Hungarian
        ("Red Cross", False),
        ("Smith, J. Red.", False),
    ],
)
def test_editors_marks_printed_after_the_names(text: str, marked: bool) -> None:
    assert has_editor_marker(text) is marked
