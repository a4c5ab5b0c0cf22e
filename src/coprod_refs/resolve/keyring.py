"""Which citekey each work keeps: a key once given is found again, never given to another.

The registry (`keys.jsonl`) maps identity fingerprints to the key given for them and its
aliases. A work is recorded under every fingerprint it has (each statement's title
fingerprint, its DOIs), so its key is found again when a later source changes the merged
title, year or authors. Every build:

1. looks up each work's fingerprints; the remembered keys found are its claims, counted
   (a stub's key is also claimed, more weakly, by the work its in-text citations now name);
   a work that holds statements the key's work held in the graph before (`holders`) has
   the strongest claim of all, since it is made of the same statements;
2. gives each remembered key to the work with the strongest claim, each work's strongest
   key being its key and any other keys it won (two works found to be one) its aliases;
3. makes a key for every other work, in the order given (a work's preferred key when
   free, else the pattern's key with the first free letter suffix), never a key or alias
   the registry holds, nor a key a source states for another work;
4. keeps as a work's aliases the keys its sources state (an imported entry's key, its old
   keys) that it did not get as its key, each when it is safe, free and stated for no
   other work, so a key a paper already cites keeps naming the work;
5. records each work under its fingerprints; entries whose key no work claimed stay, so
   a key is never made again for another work.

Keys are compared without case, as BibTeX compares them: `Smith2010` is not free when
`smith2010` is given.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from coprod_refs.model import KeyAssignment
from coprod_refs.model.trusted import trusted
from coprod_refs.resolve.citekeys import is_safe_key, unique_key

#: A claim's strength: statements held before found, fingerprints of the work found, then
#: its former fingerprints found (forms earlier versions recorded, less specific than
#: today's), then in-text citations found.
Strength = tuple[int, int, int, int]


@dataclass
class KeyRequest:
    """A work (or stub) that needs a citekey, and what identifies it.

    `prints` identify it and are recorded; `lookups` are only looked up (forms earlier
    versions recorded); `cited_as` are stub fingerprints of in-text citations that name
    it, through which a stub's key passes to the work that replaced it; `statements` are
    the places ("source:start") of the statements it is made of. `base` makes a new key;
    `preferred` is the key its first source carries (an imported .bib entry's), `stated`
    every key its sources carry (their entries' keys and old keys), which it keeps as
    aliases where it can.
    """

    prints: list[str]
    base: Callable[[], str]
    lookups: list[str] = field(default_factory=list)
    cited_as: list[str] = field(default_factory=list)
    statements: list[str] = field(default_factory=list)
    preferred: str = ""
    stated: list[str] = field(default_factory=list)


@dataclass
class GivenKeys:
    """Each request's key and aliases (in request order), the registry to keep, and why
    each key a source states that names none of the works was not kept."""

    keys: list[tuple[str, list[str]]]
    registry: list[KeyAssignment]
    unkept: list[str] = field(default_factory=list)


def give_keys(
    requests: list[KeyRequest],
    registry: list[KeyAssignment],
    holders: dict[str, set[str]] | None = None,
) -> GivenKeys:
    """Keys for `requests`: remembered ones kept, new ones never taking a used key.
    `holders` gives, per key of the graph before, the places of the statements its work
    was made of."""
    by_print = {k.fingerprint: k for k in registry}
    won = _winners(_claims(requests, by_print, holders or {}))
    former_aliases = _aliases_by_key(registry)
    taken = {name.lower() for k in registry for name in (k.key, *k.aliases)}
    stating = _stating(requests)
    given: list[tuple[str, list[str]]] = []
    for i, request in enumerate(requests):
        keys = won.get(i, [])
        key = keys[0] if keys else _new_key(request, taken, stating)
        taken.add(key.lower())
        aliases = _aliases(key, keys, former_aliases, _imported(request, i, stating, taken))
        taken.update(a.lower() for a in aliases)
        given.append((key, aliases))
    owner = {key: i for i, keys in won.items() for key in keys}
    kept = [k for k in registry if k.key not in owner]
    recorded = [
        trusted(KeyAssignment, {"fingerprint": p, "key": given[i][0], "aliases": given[i][1]})
        for p, i in _recorders(requests, by_print, owner).items()
    ]
    unkept = [
        message
        for request, (key, aliases) in zip(requests, given, strict=True)
        for message in _unkept(request, key, aliases, stating)
    ]
    return GivenKeys(given, sorted([*kept, *recorded], key=lambda k: k.fingerprint), unkept)


def _unkept(
    request: KeyRequest, key: str, aliases: list[str], stating: dict[str, int]
) -> list[str]:
    """Why each key the request's sources state is neither its key nor an alias."""
    names = {name.lower() for name in (key, *aliases)}
    out = []
    for stated in dict.fromkeys(request.stated):
        if stated.lower() in names:
            continue
        if not is_safe_key(stated):
            why = "it is no safe citekey"
        elif stating.get(stated.lower()) == -1:
            why = "sources state it for two works"
        else:
            why = "another work holds it"
        out.append(f"citekey {stated!r} of an imported entry not kept for {key}: {why}")
    return out


def _aliases_by_key(registry: list[KeyAssignment]) -> dict[str, list[str]]:
    """The aliases the registry gives each key that has any, without repeats."""
    found: dict[str, dict[str, None]] = {}
    for k in registry:
        if k.aliases:
            found.setdefault(k.key, {}).update(dict.fromkeys(k.aliases))
    return {key: list(aliases) for key, aliases in found.items()}


def _aliases(
    key: str, won: list[str], former: dict[str, list[str]], imported: list[str]
) -> list[str]:
    """A work's aliases: the former aliases of the keys it won, the other keys it won (two
    works found to be one) with theirs, then the free old keys its sources carry."""
    if len(won) <= 1 and not imported:
        return list(former.get(key, ()))
    aliases = [a for k in won for a in (k, *former.get(k, ()))] + imported
    return list(dict.fromkeys(a for a in aliases if a != key))


def _found(prints: Iterable[str], by_print: dict[str, KeyAssignment]) -> dict[str, int]:
    """How many of `prints` (counted once each) the registry gives each key for."""
    counts: dict[str, int] = {}
    for p in set(prints):
        entry = by_print.get(p)
        if entry is not None:
            counts[entry.key] = counts.get(entry.key, 0) + 1
    return counts


def _claims(
    requests: list[KeyRequest],
    by_print: dict[str, KeyAssignment],
    holders: dict[str, set[str]],
) -> list[tuple[Strength, int, str]]:
    """(strength, request, key) for every remembered key a request's fingerprints find,
    and every key of the graph before whose work held one of the request's statements
    (two works sharing all their fingerprints, a book and its chapter stating one DOI,
    are told apart so), strongest first; ties go to the earlier request, then the
    smaller key."""
    keys_at: dict[str, list[str]] = defaultdict(list)
    for key, places in holders.items():
        for place in places:
            keys_at[place].append(key)
    claims = []
    for i, request in enumerate(requests):
        strong = _found(request.prints, by_print)
        former = _found(set(request.lookups) - set(request.prints), by_print)
        weak = _found(request.cited_as, by_print)
        held_keys = {k for place in request.statements for k in keys_at.get(place, ())}
        found = strong.keys() | former.keys() | weak.keys() | held_keys
        held = {k: len(holders[k].intersection(request.statements)) for k in held_keys}
        claims += [
            ((held.get(k, 0), strong.get(k, 0), former.get(k, 0), weak.get(k, 0)), i, k)
            for k in found
        ]
    return sorted(claims, key=lambda c: (tuple(-n for n in c[0]), c[1], c[2]))


def _winners(claims: list[tuple[Strength, int, str]]) -> dict[int, list[str]]:
    """Each claimed key for the request with the strongest claim to it; each request's
    keys strongest first."""
    won: dict[int, list[str]] = defaultdict(list)
    gone: set[str] = set()
    for _strength, i, key in claims:
        if key not in gone:
            gone.add(key)
            won[i].append(key)
    return won


def _stating(requests: list[KeyRequest]) -> dict[str, int]:
    """Each key the requests' sources carry, lower-cased, with the request whose sources
    carry it, or -1 when the sources of several do: a key stated for two works is the
    alias of neither, since a paper citing it could mean either."""
    stating: dict[str, int] = {}
    for i, request in enumerate(requests):
        for key in request.stated:
            if stating.setdefault(key.lower(), i) != i:
                stating[key.lower()] = -1
    return stating


def _imported(request: KeyRequest, i: int, stating: dict[str, int], taken: set[str]) -> list[str]:
    """The keys request `i`'s sources carry that become its aliases, once each, case
    aside: safe ones (written in `ids` as they are) that no other request's sources carry
    and no work holds, its own key included."""
    found: dict[str, str] = {}
    for key in request.stated:
        folded = key.lower()
        if stating[folded] == i and folded not in taken and is_safe_key(key):
            found.setdefault(folded, key)
    return list(found.values())


def _new_key(request: KeyRequest, taken: set[str], stating: dict[str, int]) -> str:
    """The request's preferred key when it is free, else the first key from its base
    (lower case, as the pattern makes it) that is neither taken nor carried by any source:
    a key a source states for one work is not made for another."""
    if request.preferred and request.preferred.lower() not in taken:
        return request.preferred
    return unique_key(request.base(), taken, stating)


def _recorders(
    requests: list[KeyRequest], by_print: dict[str, KeyAssignment], owner: dict[str, int]
) -> dict[str, int]:
    """The request each fingerprint is recorded for: the one that kept the key it was
    recorded with, when it still has the fingerprint, else the first that has it."""
    recorders: dict[str, int] = {}
    for i, request in enumerate(requests):
        for p in request.prints:
            recorders.setdefault(p, i)
    for p in recorders:
        found = by_print.get(p)
        keeper = owner.get(found.key) if found is not None else None
        if keeper is not None and p in requests[keeper].prints:
            recorders[p] = keeper
    return recorders
