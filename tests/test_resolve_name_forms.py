"""People from many statements of few names: each name as written counts as often as it
is seen, so a large library resolves its thousands of repeats once and still picks the
spelling most statements use."""

from __future__ import annotations

from coprod_refs.model import Name
from coprod_refs.resolve.people import resolve_people


def _names(counts: dict[tuple[str, str, str], int]) -> list[tuple[Name, str]]:
    pairs = []
    for (particle, family, source), count in counts.items():
        pairs += [(Name(family=family, given="Elke", particle=particle), source)] * count
    return pairs


def test_the_spelling_seen_most_often_names_the_person() -> None:
    index = resolve_people(
        _names({("", "Löffler", "s1"): 1, ("", "Loeffler", "s2"): 3, ("", "Loffler", "s3"): 2})
    )
    (person,) = index.agents.values()
    assert person.family == "Loeffler"
    assert person.sources == ["s1", "s2", "s3"]
    assert person.name_forms == ["Loeffler, Elke", "Loffler, Elke", "Löffler, Elke"]


def test_ties_in_the_particle_go_to_the_form_seen_first() -> None:
    first = resolve_people(_names({("van", "Eijk", "s1"): 2, ("Van", "Eijk", "s2"): 2}))
    second = resolve_people(_names({("Van", "Eijk", "s2"): 2, ("van", "Eijk", "s1"): 2}))
    assert [p.particle for p in first.agents.values()] == ["van"]
    assert [p.particle for p in second.agents.values()] == ["Van"]


def test_every_occurrence_of_a_name_maps_to_its_person() -> None:
    pairs = _names({("", "Ostrom", "s1"): 500, ("", "Ostrom", "s2"): 500})
    pairs += [(Name(literal="Welsh Government"), f"s{i % 3}") for i in range(300)]
    index = resolve_people(pairs)
    ids = {index.agent_id(name) for name, _ in pairs}
    assert ids == {"ostrom-e", "body-welsh-government"}
    assert index.agents["body-welsh-government"].sources == ["s0", "s1", "s2"]
