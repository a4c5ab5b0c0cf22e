"""The reference-section finder on lists copied from a PDF with no indent and no blank line
between entries, in styles whose openings carry no year: Chicago's and MLA's bibliographies,
French and Russian lists, an imprint that ends an entry on a line of its own."""

from __future__ import annotations

from coprod_refs.parse.finder import find_reference_entries
from test_finder_layouts import texts

FLAT = """and so the argument of this chapter closes here.

Bibliography

Alford, John. Engaging Public Sector Clients: From Service-Delivery to Co-Production.
Basingstoke: Palgrave Macmillan
Brandsen, T. and Honingh, M., “Distinguishing Different Types of Coproduction: A
Conceptual Analysis Based on the Classical Definitions,” Public Administration Review,
vol. 76, no. 3, pp. 427-435,
2016
Bovaird, T., Van Ryzin, G. G., Loeffler, E., and Parrado, S., “Activating Citizens to
Participate in Collective Co-Production of Public Services,” Journal of Social Policy
44, no. 1 (Cambridge: Cambridge University Press, 2015)
Sutherland, John. Coproduction in the Welfare State: A Very Short Introduction. Oxford:
Oxford University Press, 2019.
Pestoff, Victor, Beyond the Market and State: Social Enterprises and Civil Democracy
in a Welfare Society, Aldershot: Ashgate, 1998.
Allen Hicken, “Clientelism,” Annual Review of Political Science 14 (2011): 289–310.
JEANNOT Gilles, « Les usagers du service public », Que sais-je ?, Paris: Presses
Universitaires de France, 1998.
Иванова, Анна. Соучастие граждан в оказании государственных услуг. Москва: Издательство
Высшей школы экономики, 2018.
Bogumil, Jörg, and Lars Holtkamp. Kommunalpolitik und Kommunalverwaltung. Eine Einführung.
Berlin 2013.
Lévi-Strauss, C. (1973). Anthropologie structurale deux, édition revue et augmentée.
Paris, France: Plon.
"""


def test_flat_pdf_list_splits_where_openings_carry_no_year():
    found = texts(FLAT)
    assert [entry.split(None, 1)[0] for entry in found] == [
        "Alford,",  # its last line stops short without a full stop
        "Brandsen,",
        "Bovaird,",  # after a year alone on its line, which ends the entry above
        "Sutherland,",  # after a full line that ends with a bracket
        "Pestoff,",  # "Family, Given, Title": no year on the line
        "Allen",  # a name in reading order and a quoted title
        "JEANNOT",  # a family name in capitals, a given name and a quoted title
        "Иванова,",  # Cyrillic names
        "Bogumil,",
        "Lévi-Strauss,",
    ]
    assert found[1].endswith("pp. 427-435, 2016")
    assert found[8].endswith("Eine Einführung. Berlin 2013.")  # a place and year end it
    assert found[9].endswith("Paris, France: Plon.")  # "Paris, France" is no person


def test_a_page_number_between_entries_is_still_dropped():
    # A number alone on its line that no entry leaves open for is the page's number.
    text = FLAT.replace("pp. 427-435,\n2016\n", "pp. 427-435.\n2016\n")
    found = texts(text)
    assert found[1].endswith("pp. 427-435.")
    assert not any("2016" in entry for entry in found)


def test_the_spans_of_flat_entries_cover_their_lines():
    for entry in find_reference_entries(FLAT):
        first_word = entry.text.split(None, 1)[0]
        assert FLAT[entry.start : entry.end].startswith(first_word)


def test_a_short_line_ending_in_and_goes_on_before_a_long_name() -> None:
    # Wrapping ended "…, Brown, L., &" early only because the next name is long.
    text = """Closing words.

References
Alford, J. (2009). Engaging public sector clients: From service delivery to
co-production. Basingstoke: Palgrave Macmillan.
Bovaird, T., Stoker, G., Jones, T., Loeffler, E., & Pinilla Roncancio, M. (2016).
Activating collective co-production of public services. International Review of
Administrative Sciences, 82(1), 47–68.
Smith, J., Jones, K., Brown, L., &
Featherstonehaugh-Williamson-Cholmondeley, M. (2010). A study of co-production in
public services. Public Administration Review, 70(3), 411–420.
Needham, C. (2008). Realising the potential of co-production: Negotiating
improvements in public services. Social Policy and Society, 7(2), 221–231.
"""
    assert [entry.split(None, 1)[0] for entry in texts(text)] == [
        "Alford,",
        "Bovaird,",
        "Smith,",
        "Needham,",
    ]


def test_a_page_break_inside_an_author_list_does_not_split_the_entry() -> None:
    text = """Closing words.

References
Alford, J. (2009). Engaging public sector clients: From service delivery to
co-production. Basingstoke: Palgrave Macmillan.
Bovaird, T., Stoker, G., Jones, T., Loeffler, E., &

Pinilla Roncancio, M. (2016). Activating collective co-production of public
services. International Review of Administrative Sciences, 82(1), 47–68.
Needham, C. (2008). Realising the potential of co-production: Negotiating
improvements in public services. Social Policy and Society, 7(2), 221–231.
Ostrom, E. (1996). Crossing the great divide: Coproduction, synergy, and
development. World Development, 24(6), 1073–1087.
"""
    assert [entry.split(None, 1)[0] for entry in texts(text)] == [
        "Alford,",
        "Bovaird,",
        "Needham,",
        "Ostrom,",
    ]
