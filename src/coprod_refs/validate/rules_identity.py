"""Identity rules: one work and one person should be one record, one key one work.

Pairs a committed `Decision(kind="distinct")` declares different are never reported, so a
team can record "not duplicates" once and keep the gate green.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from rapidfuzz import fuzz

from coprod_refs.model import Graph, Person, Work
from coprod_refs.text.fold import ascii_fold, name_key
from coprod_refs.validate.registry import AGENTS, WORKS, Problem, ValidationContext, rule

#: Title similarity (0-100, rapidfuzz ratio on folded titles) from which titles match.
TITLE_SIMILARITY = 92.0

_SAFE_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_:.+/-]*$")
_KEY_CHAR_OK = re.compile(r"[A-Za-z0-9_:.+/-]")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_PARTICLES = frozenset("van von der den de du da di del della la le dos ten ter".split())
_BOOK_PARTS = frozenset({"chapter", "entry-encyclopedia", "paper-conference"})


# --- helpers -----------------------------------------------------------------------


def folded_title(title: str) -> str:
    """A title reduced for comparison: ASCII, lower case, words separated by one space."""
    return _NOT_ALNUM.sub(" ", ascii_fold(title)).strip()


def titles_match(a: str, b: str) -> bool:
    """True for near-identical titles, or one being the other without its subtitle (when
    that main title has at least two words: "Coproduction: ..." alone proves little)."""
    fa, fb = folded_title(a), folded_title(b)
    if not fa or not fb:
        return False
    if fa == fb or fuzz.ratio(fa, fb) >= TITLE_SIMILARITY:
        return True
    main_a, main_b = folded_title(a.split(":")[0]), folded_title(b.split(":")[0])
    return (main_a == fb or main_b == fa) and len(min(main_a, main_b, key=len).split()) >= 2


def agent_keys(graph: Graph) -> dict[str, str]:
    """Agent id -> folded family name (people) or folded name (bodies), for matching."""
    return {
        agent.id: name_key(agent.family if isinstance(agent, Person) else agent.name)
        for agent in graph.agents.values()
    }


def people_signature(work: Work, keys: dict[str, str]) -> tuple[str, ...]:
    """The folded names of a work's authors, else its editors (unknown ids kept as is)."""
    return tuple(keys.get(agent_id, agent_id) for agent_id in work.authors or work.editors)


def kept_apart(a: Work, b: Work) -> bool:
    """True when two similar works are known to differ: editions, a book and its chapters,
    distinct year suffixes ("2016a"/"2016b"), different DOIs, volumes or containing books."""
    if (a.type in _BOOK_PARTS) != (b.type in _BOOK_PARTS):
        return True
    if a.type in _BOOK_PARTS and a.container and b.container and a.container != b.container:
        return True
    return any(
        x and y and x.lower() != y.lower()
        for x, y in (
            (a.edition, b.edition),
            (a.year_suffix, b.year_suffix),
            (a.doi, b.doi),
            (a.volume, b.volume),
        )
    )


def _given_facts(person: Person) -> tuple[tuple[str, ...], str]:
    """A person's initials and folded first given name (without a final dot)."""
    names = person.given.replace("-", " ").split()
    first = ascii_fold(names[0]).rstrip(".") if names else ""
    return tuple(person.initials.split()), first


def compatible_people(a: Person, b: Person) -> bool:
    """True when two people with the same family name could be one: the initials of one
    start the initials of the other, and written-out first names do not differ."""
    return _compatible(_given_facts(a), _given_facts(b))


def _compatible(a: tuple[tuple[str, ...], str], b: tuple[tuple[str, ...], str]) -> bool:
    (ia, ga), (ib, gb) = a, b
    if not ia or not ib:
        return False
    short, long_ = sorted((ia, ib), key=len)
    if long_[: len(short)] != short:
        return False
    return not (len(ga) > 1 and len(gb) > 1 and ga != gb)


def unsafe_key_problem(key: str) -> str | None:
    """Why `key` is unsafe as a BibTeX/BibLaTeX citekey, or None when it is safe."""
    if _SAFE_KEY.match(key):
        return None
    if not key:
        return "is empty"
    bad = sorted({c for c in key if not _KEY_CHAR_OK.match(c)})
    if not bad:
        return f"starts with {key[0]!r}"
    return "has " + " ".join(repr(c) for c in bad)


def family_key(person: Person) -> str:
    """A person's folded family name without particles ("van der Meer" -> "meer"), so
    records that put the particle in the family name still meet."""
    words = f"{person.particle} {person.family}".replace("-", " - ").split()
    kept = [w for w in words if ascii_fold(w) not in _PARTICLES] or words
    return name_key("".join(kept))


# --- rules -------------------------------------------------------------------------


@rule("identity.duplicate-doi", "error", "Two works have the same DOI.")
def duplicate_doi(ctx: ValidationContext) -> Iterator[Problem]:
    """Works sharing a DOI: a DOI names exactly one work."""
    by_doi: dict[str, list[str]] = defaultdict(list)
    for work in ctx.graph.works.values():
        if work.doi:
            by_doi[work.doi.lower()].append(work.key)
    for doi, keys in by_doi.items():
        keys.sort()
        for i, key in enumerate(keys[1:], start=1):
            other = next((k for k in keys[:i] if not ctx.declared_distinct("work", key, k)), None)
            if other is not None:
                yield Problem(key, f"same DOI {doi} as {other}", f"doi-of={other}", (WORKS, key))


@rule(
    "identity.duplicate-work",
    "warning",
    "Two works have the same people, year and a near-identical title (editions, chapters "
    "and their book, 2016a/2016b are kept apart).",
)
def duplicate_work(ctx: ValidationContext) -> Iterator[Problem]:
    """Works that are probably one work recorded twice."""
    keys = agent_keys(ctx.graph)
    # Bucket by first name, year and number of people (cheap); same-people is checked inside.
    buckets: dict[tuple[str, int, int], list[Work]] = defaultdict(list)
    for work in ctx.graph.works.values():
        people = work.authors or work.editors
        if not work.stub and work.year is not None and work.title and people:
            buckets[(keys.get(people[0], people[0]), work.year, len(people))].append(work)
    for works in buckets.values():
        if len(works) < 2:
            continue
        works.sort(key=lambda w: w.key)
        for i, work in enumerate(works[1:], start=1):
            for other in works[:i]:
                if (
                    people_signature(work, keys) == people_signature(other, keys)
                    and not kept_apart(work, other)
                    and titles_match(work.title, other.title)
                    and not ctx.declared_distinct("work", work.key, other.key)
                ):
                    why = f"probably the same work as {other.key} (same people, year and title)"
                    yield Problem(work.key, why, f"same-as={other.key}", (WORKS, work.key))
                    break


@rule(
    "identity.duplicate-person",
    "warning",
    "Two people records share a family name and compatible initials (T. / T. R. Bovaird) "
    "and are neither merged nor declared distinct.",
)
def duplicate_person(ctx: ValidationContext) -> Iterator[Problem]:
    """People who are probably one person under two records."""
    groups: dict[tuple[str, str], list[tuple[Person, tuple[tuple[str, ...], str]]]] = defaultdict(
        list
    )
    for agent in ctx.graph.agents.values():
        if isinstance(agent, Person) and agent.family and agent.given:
            facts = _given_facts(agent)
            if facts[0]:  # compatible initials share the first one: group by it
                groups[(family_key(agent), facts[0][0])].append((agent, facts))
    for people in groups.values():
        if len(people) < 2:
            continue
        people.sort(key=lambda pf: pf[0].id)
        for i, (person, facts) in enumerate(people[1:], start=1):
            for other, other_facts in people[:i]:
                if _compatible(facts, other_facts) and not ctx.declared_distinct(
                    "person", person.id, other.id
                ):
                    why = (
                        f'"{person.display()}" may be the same person as '
                        f'"{other.display()}" ({other.id})'
                    )
                    yield Problem(person.id, why, f"same-as={other.id}", (AGENTS, person.id))
                    break


@rule(
    "identity.citekey-collision",
    "error",
    "A citekey or alias is used by two works (BibTeX compares keys without case).",
)
def citekey_collision(ctx: ValidationContext) -> Iterator[Problem]:
    """Keys and aliases that would name two works in a .bib file."""
    works = ctx.graph.works.values()
    folded = [w.key.lower() for w in works]
    folded += [alias.lower() for w in works if w.aliases for alias in w.aliases]
    if len(set(folded)) == len(folded):
        return  # every key and alias differs from every other, case aside: no clash
    first_owner: dict[str, tuple[str, str]] = {}
    clashes: list[tuple[str, str, str, str]] = []
    for work in sorted(ctx.graph.works.values(), key=lambda w: w.key):
        names = [work.key, *work.aliases] if work.aliases else [work.key]
        for name in names:
            folded = name.lower()
            owner = first_owner.setdefault(folded, (work.key, name))
            if owner[0] != work.key:
                clashes.append((work.key, name, *owner))
    for key, name, first_key, first_name in clashes:
        kind = "citekey" if name == key else "alias"
        same = "" if name == first_name else f' (as "{first_name}", differing only in case)'
        why = f'{kind} "{name}" is also used by {first_key}{same}'
        yield Problem(key, why, f"key={name.lower()}", (WORKS, key))


@rule(
    "identity.unsafe-key",
    "error",
    "A citekey or alias has characters BibTeX or LaTeX cannot take (non-ASCII, spaces, "
    "braces, commas, %, #, ~, backslash) or is empty.",
)
def unsafe_key(ctx: ValidationContext) -> Iterator[Problem]:
    """Keys that break a .bib file or a \\cite command."""
    for work in ctx.graph.works.values():
        for name in [work.key, *work.aliases]:
            bad = unsafe_key_problem(name)
            if bad:
                kind = "citekey" if name == work.key else "alias"
                why = f'{kind} "{name}" is not safe in BibTeX/LaTeX: it {bad}'
                yield Problem(work.key, why, f"key={name}", (WORKS, work.key))
