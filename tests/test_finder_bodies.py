"""Entries by organisations: a body's name (capitalised words, an acronym, a lower-case
acronym with its expansion, an acronym and its name after a dash) followed by a bracketed
year or "(n.d.)" opens an entry in every layout, while continuation lines that start
with capitalised words and hold a bracketed year (a journal and its volume, "In ...
(eds)") do not."""

from __future__ import annotations

import textwrap

import pytest

from coprod_refs.parse.finder import find_reference_entries

BOYLE = "Boyle, D. and Harris, M. (2009) The challenge of co-production. London: NESTA."
CABINET = "Cabinet Office (2010) Building the Big Society. London: Cabinet Office."
NEF = (
    "nef (new economics foundation) (2008) Co-production: a manifesto for growing the "
    "core economy. London: nef."
)
SCIE = (
    "Social Care Institute for Excellence (SCIE) (2013) Co-production in social care: what "
    "it is and how to do it. London: SCIE."
)
SLAY = (
    "Slay, J. and Robinson, B. (2011) In this together: building knowledge about "
    "co-production. London: nef."
)
WELSH = (
    "Welsh Government (2014) Improving public services for people in Wales. Cardiff: Welsh "
    "Government."
)
HARVARD_BODIES = [BOYLE, CABINET, NEF, SCIE, SLAY, WELSH]


def texts(text: str) -> list[str]:
    return [entry.text for entry in find_reference_entries(text)]


def laid_out(entries: list[str], *, indent: str = "", blank: bool = False) -> str:
    """A list under a heading, each entry wrapped at 60 columns (continuation lines
    indented by `indent`), with a blank line between entries when `blank`."""
    wrapped = [
        textwrap.fill(e, 60, subsequent_indent=indent, break_on_hyphens=False) for e in entries
    ]
    separator = "\n\n" if blank else "\n"
    return "Some closing prose (Cabinet Office 2010).\n\nBibliography\n\n" + separator.join(wrapped)


@pytest.mark.parametrize(
    "text",
    [
        "Bibliography\n" + "\n".join(HARVARD_BODIES),
        laid_out(HARVARD_BODIES),
        laid_out(HARVARD_BODIES, indent="    "),
        laid_out(HARVARD_BODIES, blank=True),
    ],
    ids=["one-per-line", "flat", "hanging", "blank-separated"],
)
def test_harvard_bodies_open_entries_in_every_layout(text: str):
    assert texts(text) == HARVARD_BODIES


def test_bodies_open_entries_after_blank_lines_when_entries_lack_a_full_stop():
    entries = [e.removesuffix(".") for e in HARVARD_BODIES]
    assert texts(laid_out(entries, blank=True)) == entries


def test_german_body_with_its_name_after_a_dash():
    bovaird = (
        "Bovaird, Tony/Löffler, Elke (2012): From engagement to co-production. In: Voluntas "
        "23 (4), S. 1119–1138."
    )
    bmas = (
        "BMAS – Bundesministerium für Arbeit und Soziales (2017): Lebenslagen in "
        "Deutschland. Der Fünfte Armuts- und Reichtumsbericht der Bundesregierung. Berlin."
    )
    klie = "Klie, Thomas (2014): Wen kümmern die Alten? München: Pattloch."
    text = laid_out([bovaird, bmas, klie]).replace("Bibliography", "Literatur")
    assert texts(text) == [bovaird, bmas, klie]


def test_apa_bodies_with_an_abbreviation_or_no_date():
    entries = [
        "Department of Health. (2010). Equity and excellence: Liberating the NHS. The "
        "Stationery Office.",
        "Governance International. (n.d.). Co-production star toolkit. "
        "https://www.govint.org/our-services/co-production/",
        "Loeffler, E. (2021). Co-production of public services and outcomes. Palgrave Macmillan.",
        "World Health Organization (WHO). (2018). Continuity and coordination of care. WHO.",
    ]
    assert texts("References\n" + "\n".join(entries)) == entries


NEEDHAM = (
    "Needham, C. (2008) 'Realising the potential of co-production'. Social Policy and "
    "Society (2008), 7(2), pp. 221-231."
)
PESTOFF = (
    "Pestoff, V. (2012) 'Co-production and third sector social services in Europe'. In "
    "V. Pestoff, T. Brandsen and B. Verschuere (eds) (2012) New Public Governance, the "
    "Third Sector and Co-Production. London: Routledge."
)
WHITAKER = (
    "Whitaker, G.P. (1980) 'Coproduction: citizen participation in service delivery'. "
    "Public Administration Review (1980) 40(3), pp. 240-246."
)
CONTINUED = """Bibliography
Needham, C. (2008) 'Realising the potential of co-production'.
{i}Social Policy and Society (2008), 7(2), pp. 221-231.
Pestoff, V. (2012) 'Co-production and third sector social services in Europe'.
{i}In V. Pestoff, T. Brandsen and B. Verschuere (eds) (2012) New Public Governance,
{i}the Third Sector and Co-Production. London: Routledge.
Whitaker, G.P. (1980) 'Coproduction: citizen participation in service delivery'.
{i}Public Administration Review (1980) 40(3), pp. 240-246.
"""


@pytest.mark.parametrize("indent", ["", "    "], ids=["flat", "hanging"])
def test_continuations_with_capitalised_words_and_a_bracketed_year_stay(indent: str):
    assert texts(CONTINUED.format(i=indent)) == [NEEDHAM, PESTOFF, WHITAKER]
