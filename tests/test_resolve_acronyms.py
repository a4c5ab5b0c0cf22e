"""Bodies by their short names: "OECD (2011)" links to the list's "Organisation for
Economic Co-operation and Development. (2011).", and "WHO" and "World Health
Organization" are one body."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from builders import source
from coprod_refs.model import ExtractedMention, ExtractedWork, Extraction, Graph, Name
from coprod_refs.resolve.acronyms import (
    FUNCTION_WORDS,
    body_groups,
    body_name_keys,
    is_initials_of,
    printed_short_name,
    short_name_between,
)
from coprod_refs.resolve.build import build_graph
from coprod_refs.resolve.people import resolve_people

OECD = "Organisation for Economic Co-operation and Development"
NICE = "National Institute for Health and Care Excellence"


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("WHO", "World Health Organization"),
        ("OECD", OECD),
        ("OECD", "Organisation for Economic Cooperation and Development"),
        ("OECOD", OECD),  # a hyphenated word may give both initials
        ("DH", "Department of Health"),
        ("DoH", "Department of Health"),  # a function word may give its letter
        ("DfE", "Department for Education"),
        ("NHS", "National Health Service"),
        ("DHSC", "Department of Health & Social Care"),
        ("KF", "The King's Fund"),
        ("WRR", "Wetenschappelijke Raad voor het Regeringsbeleid"),
        ("OMS", "ORGANIZAÇÃO MUNDIAL DA SAÚDE"),
        ("INSEE", "Institut National de la Statistique et des Études Économiques"),
        ("DIfU", "Deutsches Institut für Urbanistik"),
        ("WHO", "world health organization"),
    ],
)
def test_short_name_is_the_initials_of_the_significant_words(short: str, name: str) -> None:
    assert is_initials_of(short, name)


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("SMITH", "Smith"),  # one word: no name to abbreviate
        ("WHO", "World Health"),  # a letter too many
        ("WH", "World Health Organization"),  # a significant word without its letter
        ("OCED", OECD),  # letters out of order
        ("WHO", "World Organization"),
        ("Who", "World Health Organization"),  # not written as a short name
        ("NICE", NICE),  # "Health" gives no letter: only a printed NICE counts
        # A letter from inside a compound word is not an initial.
        ("KGSt", "Kommunale Gemeinschaftsstelle für Verwaltungsmanagement"),
        ("BMFSFJ", "Bundesministerium für Familie, Senioren, Frauen und Jugend"),
    ],
)
def test_not_the_initials(short: str, name: str) -> None:
    assert not is_initials_of(short, name)


def test_two_letters_are_initials_too_but_a_known_person_is_never_read_as_them() -> None:
    # "AN" spells "Audit Network"; whether that links is the caller's decision (two
    # letters need the citing text's own list), but the family name of a person known
    # with a given name ("An, J.", "SMITH, J." in ABNT) is never read as initials.
    assert is_initials_of("AN", "Audit Network")
    assert short_name_between("AN", "Audit Network") == "AN"
    assert short_name_between("Audit Network", "AN") == "AN"
    assert short_name_between("AN", "Audit Network", {"an"}) == ""
    society = "Society for Medical Imaging and Technology in Health"
    assert short_name_between("SMITH", society) == "SMITH"
    assert short_name_between("SMITH", society, {"smith"}) == ""
    assert short_name_between("World Health Organization", "Welsh Government") == ""


@pytest.mark.parametrize(
    ("literal", "expected"),
    [
        (f"{NICE} [NICE]", (NICE, "NICE")),
        (f"{NICE} (NICE)", (NICE, "NICE")),
        (f"{OECD} (OECD).", (OECD, "OECD")),
        ("nef (new economics foundation)", ("new economics foundation", "nef")),
        ("WHO (World Health Organization)", ("World Health Organization", "WHO")),
        # Brackets that hold no short name of the body stay part of its name.
        ("Department of Health (UK)", ("Department of Health (UK)", "")),
        ("Ministry of Health (Brazil)", ("Ministry of Health (Brazil)", "")),
        ("Welsh Government", ("Welsh Government", "")),
        ("SCIE", ("SCIE", "")),
    ],
)
def test_short_name_printed_with_the_name(literal: str, expected: tuple[str, str]) -> None:
    assert printed_short_name(literal) == expected


def test_a_body_is_found_by_its_name_and_by_its_printed_short_name() -> None:
    keys = body_name_keys(f"{NICE} [NICE]")
    assert keys == (
        "nationalinstituteforhealthandcareexcellencenice",
        "nationalinstituteforhealthandcareexcellence",
        "nice",
    )
    assert body_name_keys("Welsh Government") == ("welshgovernment",)


def test_body_groups_join_short_and_long_forms_only_when_one_fits() -> None:
    groups = body_groups(
        [
            "WHO",
            "World Health Organization",
            "NICE",
            f"{NICE} [NICE]",
            NICE,
            "OECD",
            OECD,
            "DH",  # two letters: only a printed "[DH]" would join it
            "Department of Health",
            "SMITH",  # a known person's family name
            "Society for Medical Imaging and Technology in Health",
            "ISO",  # no long form seen
        ],
        families={"smith"},
    )
    who = groups["World Health Organization"]
    assert groups["WHO"] == who == "worldhealthorganization"
    assert groups["NICE"] == groups[f"{NICE} [NICE]"] == groups[NICE]
    assert groups["OECD"] == groups[OECD]
    assert groups["DH"] == "dh" != groups["Department of Health"]
    assert groups["SMITH"] == "smith"
    assert groups["ISO"] == "iso"


def test_a_short_name_two_bodies_spell_joins_neither() -> None:
    groups = body_groups(["WHO", "World Health Organization", "Women's Health Organisation"])
    assert groups["WHO"] == "who"
    printed = body_groups(["DH", "Department of Health [DH]", "Department of Housing [DH]"])
    assert printed["DH"] == "dh"
    assert body_groups(["DH", "Department of Health [DH]"])["DH"] == "departmentofhealth"


def test_one_body_under_its_short_and_long_names() -> None:
    names = [
        (Name(literal="WHO"), "bib"),
        (Name(literal="World Health Organization"), "text"),
        (Name(literal="World Health Organization"), "text2"),
        (Name(literal="SMITH"), "abnt"),
        (Name(family="SMITH", given="J."), "abnt"),
        (Name(literal="Society for Medical Imaging and Technology in Health"), "text"),
    ]
    index = resolve_people(names)
    who = index.agent_id(names[0][0])
    assert who == index.agent_id(names[1][0]) == "body-world-health-organization"
    body = index.agents[who]
    assert body.name == "World Health Organization"
    assert body.name_forms == ["WHO", "World Health Organization"]
    assert body.sources == ["bib", "text", "text2"]
    assert index.agent_id(names[3][0]) != index.agent_id(names[5][0])


def test_a_known_body_keeps_its_id_when_its_short_name_joins_it() -> None:
    first = resolve_people([(Name(literal="World Health Organization"), "a")])
    (known_id,) = first.agents
    later = resolve_people(
        [(Name(literal="World Health Organization"), "a"), (Name(literal="WHO"), "b")],
        first.agents,
    )
    assert later.agent_id(Name(literal="WHO")) == known_id
    assert list(later.agents) == [known_id]


def test_two_known_bodies_found_to_be_one_keep_the_id_of_the_name_kept() -> None:
    names = [(Name(literal="WHO"), "a"), (Name(literal="World Health Organization"), "b")]
    first = resolve_people(names[:1])
    first.agents.update(resolve_people(names[1:]).agents)
    assert sorted(first.agents) == ["body-who", "body-world-health-organization"]
    later = resolve_people(names, first.agents)
    assert list(later.agents) == ["body-world-health-organization"]
    assert later.agents["body-world-health-organization"].name_forms == [
        "WHO",
        "World Health Organization",
    ]


def _mention(author: str, year: int, start: int, **kw: object) -> ExtractedMention:
    surface = f"{author}, {year}"
    return ExtractedMention(
        authors=[author], year=year, surface=surface, start=start, end=start + len(surface), **kw
    )


def _body_work(literal: str, year: int, title: str, year_suffix: str = "") -> ExtractedWork:
    return ExtractedWork(
        type="report",
        authors=[Name(literal=literal)],
        year=year,
        year_suffix=year_suffix,
        title=title,
    )


def _cited(graph: Graph, sid: str) -> dict[str, int]:
    """Cited key -> number of mentions, for the text `sid`."""
    citing = graph.sources[sid].work
    assert citing is not None
    return {c.cited: len(c.mentions) for c in graph.cites(citing)}


def test_mentions_by_short_name_link_to_the_spelled_out_entries_of_the_own_list() -> None:
    text = Extraction(
        source=source("t"),
        references=[
            _body_work(OECD, 2011, "Together for better public services"),
            _body_work(f"{NICE} [NICE]", 2018, "Community engagement"),
            _body_work("DH", 2016, "Care and support statutory guidance"),
        ],
        mentions=[
            _mention("OECD", 2011, 10),
            _mention("NICE", 2018, 40),
            _mention(NICE, 2018, 60),
            _mention("Department of Health", 2016, 120),
        ],
    )
    result = build_graph([text], [])
    assert _cited(result.graph, "t") == {
        "oecd2011together": 1,
        "nihce2018community": 2,
        "dh2016care": 1,
    }
    assert result.counts.stubs == 0


def test_initials_never_outweigh_a_person_or_a_second_candidate() -> None:
    text = Extraction(
        source=source("t"),
        references=[
            _body_work("Audit Network", 2010, "Auditing care"),
            ExtractedWork(
                type="book", authors=[Name(family="An", given="J.")], year=2011, title="Care"
            ),
            _body_work("World Health Organization", 2012, "Report one"),
            _body_work("Women's Health Organisation", 2012, "Report two"),
        ],
        mentions=[_mention("AN", 2010, 10), _mention("WHO", 2012, 40)],
    )
    result = build_graph([text], [])
    assert result.counts.stubs == 2
    assert set(_cited(result.graph, "t")) == {
        "an2010",
        "auditnetwork2010auditing",
        "an2011care",
        "who2012",
        "who2012report",
        "who2012reporta",  # "Women's Health Organisation" has the same initials
    }
    assert all(c.listed != bool(c.mentions) for c in result.graph.citations)


def test_initials_link_elsewhere_only_from_a_text_without_a_list_and_of_three_letters() -> None:
    bib = Extraction(
        source=source("b", "bibtex"),
        works=[
            _body_work("World Health Organization", 2010, "Framework for action"),
            _body_work("Department of Health", 2014, "Care and support"),
        ],
    )
    bare = Extraction(
        source=source("n"),
        mentions=[_mention("WHO", 2010, 10), _mention("DH", 2014, 40)],
    )
    listed = Extraction(
        source=source("l"),
        references=[
            ExtractedWork(
                type="article-journal",
                authors=[Name(family="Ostrom", given="E.")],
                year=1996,
                title="Crossing the great divide",
            )
        ],
        mentions=[_mention("WHO", 2010, 10)],
    )
    graph = build_graph([bib, bare, listed], []).graph
    assert _cited(graph, "n") == {"who2010framework": 1, "dh2014": 1}
    assert _cited(graph, "l") == {"who2010": 1, "ostrom1996crossing": 0}


def test_a_year_suffix_must_agree_for_a_link_by_initials() -> None:
    text = Extraction(
        source=source("t"),
        references=[_body_work(OECD, 2011, "Together", year_suffix="a")],
        mentions=[
            _mention("OECD", 2011, 10, year_suffix="b"),
            _mention("OECD", 2011, 40, year_suffix="a"),
        ],
    )
    graph = build_graph([text], []).graph
    assert _cited(graph, "t") == {"oecd2011b": 1, "oecd2011together": 1}


_SIGNIFICANT = st.text(alphabet="bcghjkmnqrstvwxyz", min_size=3, max_size=9).map(str.capitalize)
_FUNCTION = st.sampled_from(sorted(w for w in FUNCTION_WORDS if len(w) > 1))


@st.composite
def _body_names(draw: st.DrawFn) -> tuple[str, str]:
    """A body's name of significant words with function words between, and its initials."""
    words = draw(st.lists(_SIGNIFICANT, min_size=2, max_size=6))
    name: list[str] = []
    for k, word in enumerate(words):
        if k and draw(st.booleans()):
            name.append(draw(_FUNCTION))
        name.append(word)
    return " ".join(name), "".join(w[0] for w in words).upper()


@settings(max_examples=200, deadline=None)
@given(_body_names(), st.data())
def test_initials_fit_and_any_other_letters_do_not(body: tuple[str, str], data: st.DataObject):
    name, short = body
    assert is_initials_of(short, name)
    assert is_initials_of(short, name.upper())
    position = data.draw(st.integers(0, len(short) - 1))
    letter = data.draw(st.sampled_from("BCDFGHJKLMNPQRSTVWXYZ"))
    assume(letter != short[position])
    assert not is_initials_of(short[:position] + letter + short[position + 1 :], name)
    assert not is_initials_of(short[:position] + short[position + 1 :], name)
    person = data.draw(st.booleans())
    groups = body_groups([short, name], {short.lower()} if person else set())
    assert (groups[short] == groups[name]) == (len(short) >= 3 and not person)


# End to end: the texts of the report, through the command line.

_REFERENCES = """
References

Organisation for Economic Co-operation and Development. (2011). Together for better public \
services: Partnering with citizens and civil society. Paris: OECD Publishing.
World Health Organization. (2010). Framework for action on interprofessional education and \
collaborative practice. Geneva: WHO.
National Institute for Health and Care Excellence (NICE). (2018). Community engagement: \
improving health and wellbeing. London: NICE.
Ostrom, E. (1996). Crossing the great divide: Coproduction, synergy, and development. World \
Development, 24(6), 1073–1087.
"""


def _citations(tmp_path: Path, name: str, text: str) -> dict[str, tuple[bool, list[str]]]:
    """Ingest `text` as file `name` with the CLI: cited key -> (listed, surfaces)."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1"}

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "coprod_refs", "--store", "s", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("ingest", name)
    return {
        c["cited"]: (c["listed"], [m["surface"] for m in c["mentions"]])
        for c in json.loads(run("citations", "--json"))
    }


@pytest.mark.parametrize("brackets", ["(NICE)", "[NICE]"])
def test_text_citing_bodies_by_short_names_links_its_spelled_out_list(
    tmp_path: Path, brackets: str
) -> None:
    text = (
        "Co-production in adult social care\n\nThe OECD (2011) survey found that users "
        "co-produce services in many countries (see also WHO, 2010, p. 12; NICE, 2018). "
        "Ostrom (1996) gives the classic account.\n" + _REFERENCES.replace("(NICE)", brackets)
    )
    assert _citations(tmp_path, "paper.txt", text) == {
        "oecd2011together": (True, ["OECD (2011)"]),
        "who2010framework": (True, ["WHO, 2010, p. 12"]),
        "nihce2018community": (True, ["NICE, 2018"]),
        "ostrom1996crossing": (True, ["Ostrom (1996)"]),
    }


def test_text_spelling_out_bodies_its_list_names_by_short_names(tmp_path: Path) -> None:
    text = (
        "Co-production in health care\n\nThe World Health Organization (2010) framework "
        "calls for collaborative practice, as did Department of Health (2016).\n\n"
        "References\n\n"
        "WHO. (2010). Framework for action on interprofessional education. Geneva: WHO.\n"
        "DH. (2016). Care and support statutory guidance. London: DH.\n"
    )
    assert _citations(tmp_path, "paper.txt", text) == {
        "who2010framework": (True, ["World Health Organization (2010)"]),
        "dh2016care": (True, ["Department of Health (2016)"]),
    }


def test_short_name_a_text_introduces_links_to_either_form_in_its_list(tmp_path: Path) -> None:
    text = (
        "Care act reforms in England\n\nGuidance changed twice (Department of Health [DH], "
        "2014; DH, 2016). Co-production was the aim of the Organisation for Economic "
        "Co-operation and Development (OECD, 2011), and later reports agree (OECD, 2011, p. 4)."
        "\n\nReferences\n\n"
        "Department of Health. (2014). Care and support statutory guidance. London: "
        "Department of Health.\n"
        "DH. (2016). Care and support statutory guidance, revised. London: DH.\n"
        "Organisation for Economic Co-operation and Development. (2011). Together for better "
        "public services: Partnering with citizens and civil society. Paris: OECD Publishing.\n"
    )
    assert _citations(tmp_path, "paper.txt", text) == {
        "departmenthealth2014care": (True, ["Department of Health [DH], 2014"]),
        "dh2016care": (True, ["DH, 2016"]),
        "oecd2011together": (True, ["OECD, 2011", "OECD, 2011, p. 4"]),
    }
