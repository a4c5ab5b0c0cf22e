"""The language of a title, told by its function words.

Styles and tools treat a work without a language as English: citeproc and biber change
the case of English titles only. A German or Dutch title recorded as such keeps its
capitals. Function words (articles, prepositions, conjunctions) are enough to tell the
languages of this literature apart in a title of a few words; a title that does not
say clearly gets no language.
"""

from __future__ import annotations

#: Function words by ISO 639-1 code, before the words two languages share are taken out.
_LISTED: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and in on for to with from by an as at is are its their into between "
        "towards toward through what how why does can".split()
    ),
    "de": frozenset(
        "der die das und im den dem des ein eine einer eines mit für von zur zum auf "
        "über bei nach aus ist sind wie zwischen durch oder".split()
    ),
    "fr": frozenset(
        "le la les des du et dans pour sur une un au aux par entre est sont avec vers "
        "quelle comment".split()
    ),
    "nl": frozenset(
        "het een en van voor met bij naar op ook zijn wordt tussen hoe wat door uit over".split()
    ),
    "it": frozenset(
        "il lo gli della delle dei nel nella nei per con tra fra una uno sul sulla alla "
        "alle come tra".split()
    ),
    "es": frozenset(
        "el los las del y en para con una por entre sobre como hacia desde sus".split()
    ),
    "pt": frozenset(
        "os as do da dos das em para com uma por entre sobre como no na nos nas".split()
    ),
}


def _unshared(listed: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Each language's words without those another language lists too ("en", "de")."""
    return {
        code: frozenset(
            w for w in words if not any(w in other for c, other in listed.items() if c != code)
        )
        for code, words in listed.items()
    }


_FUNCTION_WORDS = _unshared(_LISTED)
#: Each function word's language (a word is in one list only).
_LANGUAGE_OF = {word: code for code, words in _FUNCTION_WORDS.items() for word in words}
#: Characters that separate words: punctuation, digits, apostrophes ("d’une", "est-elle").
_SEPARATORS = str.maketrans(dict.fromkeys("0123456789.,;:!?()[]{}<>\"'*_+=/\\|«»“”„‘’`´-–—…", " "))
#: Hits the winning language needs, and by how many it must lead the next one.
_MIN_HITS = 2
_MIN_LEAD = 2


def guess_language(text: str) -> str:
    """The ISO 639-1 code of the language `text` is written in ("de" for "Koproduktion in
    der Kommunalverwaltung und im Quartier"), or "" when its function words do not say
    clearly (too few, or shared by two languages)."""
    words = text.lower().translate(_SEPARATORS).split()
    if len(words) < 3:
        return ""
    hits: dict[str, int] = {}
    for word in words:
        code = _LANGUAGE_OF.get(word)
        if code:
            hits[code] = hits.get(code, 0) + 1
    ranked = [*sorted(hits.values(), reverse=True), 0, 0]
    best, second = ranked[0], ranked[1]
    if best >= _MIN_HITS and best - second >= _MIN_LEAD:
        return max(hits, key=hits.__getitem__)
    return ""
