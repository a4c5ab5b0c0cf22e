"""British and American spellings of a body's name are one body ("World Health
Organisation" = "World Health Organization"), and the works it authors are one work;
people's family names never fold this way."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builders import source
from coprod_refs.model import ExtractedMention, ExtractedWork, Extraction, Name
from coprod_refs.resolve.acronyms import body_groups, body_name_keys
from coprod_refs.resolve.build import build_graph
from coprod_refs.resolve.people import resolve_people
from coprod_refs.text.fold import body_key, name_key, respell, spelling_keys

TITLE = "Framework for action on interprofessional education and collaborative practice"


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("World Health Organisation", "World Health Organization"),
        (
            "Organisation for Economic Co-operation and Development",
            "Organization for Economic Co-operation and Development",
        ),
        (
            "International Organisation for Standardisation",
            "International Organization for Standardization",
        ),
        ("Organisational Change Unit", "Organizational Change Unit"),
        ("Centre for Policy on Ageing", "Center for Policy on Aging"),
        ("National Centres of Excellence", "National Centers of Excellence"),
        ("Department of Labour", "Department of Labor"),
        ("United Nations Development Programme", "United Nations Development Program"),
        ("Ministry of Defence", "Ministry of Defense"),
        ("Behavioural Insights Team", "Behavioral Insights Team"),
        ("Neighbourhood Renewal Unit", "Neighborhood Renewal Unit"),
        ("Commission on Specialised Services", "Commission on Specialized Services"),
        ("WORLD HEALTH ORGANISATION", "world health organization"),
    ],
)
def test_british_and_american_spellings_of_a_body_fold_to_one_key(
    british: str, american: str
) -> None:
    assert name_key(british) != name_key(american)
    assert body_key(british) == body_key(american)
    assert body_key(british) == name_key(american)
    assert name_key(british) in spelling_keys(american)
    assert name_key(american) in spelling_keys(british)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Prise Foundation", "Prize Foundation"),  # "pr": no stem of three letters
        ("Praise Trust", "Praize Trust"),  # a vowel before "ise" ("praise", "francaise")
        ("Société Française", "Société Françaize"),
        ("Sussex Council", "Zuzzex Council"),  # never "s" for "z" inside a word
        ("Basel Institute", "Bazel Institute"),
        ("Seal Trust", "Zeal Trust"),
        ("Tour Operators", "Tor Operators"),  # no "-our" for "-or" outside the pairs
    ],
)
def test_no_other_words_fold(a: str, b: str) -> None:
    assert body_key(a) != body_key(b)


def test_a_name_without_known_spellings_keeps_its_one_key() -> None:
    assert spelling_keys("Welsh Government") == ("welshgovernment",)
    assert body_name_keys("Welsh Government") == ("welshgovernment",)


def test_a_body_is_found_by_either_spelling_and_by_its_printed_short_name() -> None:
    keys = body_name_keys("National Institute for Health and Care Excellence [NICE]")
    assert "nice" in keys
    organisation = body_name_keys("World Health Organisation (WHO)")
    assert {"worldhealthorganisation", "worldhealthorganization", "who"} <= set(organisation)


def test_body_groups_join_spellings_and_then_the_short_name_they_share() -> None:
    groups = body_groups(["WHO", "World Health Organisation", "World Health Organization"])
    assert set(groups.values()) == {"worldhealthorganization"}
    apart = body_groups(["WHO", "World Health Organisation", "Women's Health Organisation"])
    assert apart["WHO"] == "who"


def test_people_named_like_spelling_pairs_stay_apart() -> None:
    names = [
        (Name(family="Centre", given="J."), "a"),
        (Name(family="Center", given="J."), "b"),
        (Name(family="Labour", given="M."), "a"),
        (Name(family="Labor", given="M."), "b"),
        (Name(literal="Centre for Ageing Better"), "a"),
        (Name(literal="Center for Aging Better"), "b"),
    ]
    index = resolve_people(names)
    ids = [index.agent_id(n) for n, _ in names]
    assert len(set(ids[:4])) == 4
    assert ids[4] == ids[5]
    assert sorted(a.kind for a in index.agents.values()) == ["body"] + ["person"] * 4


def test_a_stored_body_keeps_its_id_when_its_other_spelling_joins_it() -> None:
    first = resolve_people([(Name(literal="World Health Organization"), "a")])
    later = resolve_people(
        [
            (Name(literal="World Health Organization"), "a"),
            (Name(literal="World Health Organisation"), "b"),
            (Name(literal="World Health Organisation"), "c"),
        ],
        first.agents,
    )
    assert list(later.agents) == ["body-world-health-organization"]
    body = later.agents["body-world-health-organization"]
    assert body.name == "World Health Organisation"  # the most frequent spelling
    assert body.name_forms == ["World Health Organisation", "World Health Organization"]


def _listed(sid: str, author: str, mention: str | None = None) -> Extraction:
    """A text whose list holds `author` (2010) with TITLE, cited as "(mention, 2010)"."""
    cited = mention or author
    surface = f"{cited}, 2010"
    return Extraction(
        source=source(sid),
        references=[
            ExtractedWork(type="report", authors=[Name(literal=author)], year=2010, title=TITLE)
        ],
        mentions=[
            ExtractedMention(authors=[cited], year=2010, surface=surface, start=5, end=5 + 20)
        ],
    )


def test_lists_spelling_a_body_otherwise_state_one_work_both_texts_cite() -> None:
    result = build_graph(
        [_listed("a", "World Health Organization"), _listed("b", "World Health Organisation")],
        [],
    )
    graph = result.graph
    (work,) = [w for w in graph.works.values() if w.year == 2010]
    assert result.counts.works == 3 and result.counts.bodies == 1
    assert result.counts.stubs == 0
    cites = {(c.citing, c.cited): len(c.mentions) for c in graph.citations}
    assert cites == {("doca", work.key): 1, ("docb", work.key): 1}


def test_a_text_citing_its_list_in_the_other_spelling_still_links() -> None:
    merged = build_graph(
        [
            _listed("a", "World Health Organization", "World Health Organisation"),
            _listed("b", "World Health Organisation", "World Health Organization"),
        ],
        [],
    )
    assert merged.counts.stubs == 0
    assert all(len(c.mentions) == 1 for c in merged.graph.citations)


_PAIRS = [
    ("organisation", "organization"),
    ("centre", "center"),
    ("labour", "labor"),
    ("programme", "program"),
    ("defence", "defense"),
    ("standardisation", "standardization"),
    ("modernisation", "modernization"),
    ("specialised", "specialized"),
]
_WORDS = st.sampled_from(
    ["health", "world", "national", "for", "of", "the", "care", "policy", "trust", "wise"]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_PAIRS), _WORDS.map(lambda w: (w, w))), min_size=1, max_size=6
    ),
    st.lists(st.booleans(), min_size=6, max_size=6),
)
def test_folding_joins_the_bodies_of_any_spelling_and_never_people(
    words: list[tuple[str, str]], mixed: list[bool]
) -> None:
    british = " ".join(b for b, _ in words).title()
    american = " ".join(a for _, a in words).title()
    either = " ".join(pair[flip] for pair, flip in zip(words, mixed, strict=False)).title()
    assert body_key(british) == body_key(american) == body_key(either)
    assert respell(respell(either)) == respell(either) == respell(respell(either, False))
    assert name_key(either) in spelling_keys(either)
    bodies = body_groups([british, american, either])
    assert len(set(bodies.values())) == 1
    family_b, family_a = british.replace(" ", ""), american.replace(" ", "")
    people = resolve_people(
        [(Name(family=family_b, given="J."), "a"), (Name(family=family_a, given="J."), "b")]
    )
    assert len(people.agents) == (1 if name_key(family_b) == name_key(family_a) else 2)
