"""Letter classes for regular expressions over the scripts references are written in:
Latin, Greek and Cyrillic ("Хомская Е.Д.", "Παπαδόπουλος Γ."), and Chinese characters.
Each is the inside of a character class: write "[" + CAPITALS + "]"."""

from __future__ import annotations

#: Capital letters: Latin (basic and Latin-1), Greek and Cyrillic.
CAPITALS = "A-ZÀ-ÖØ-ÞΆ-ΫЀ-Я"
#: Small letters of the same alphabets.
SMALL = "a-zß-öø-ÿά-ώа-џ"
#: Chinese characters (the unified ideographs, extension A and the compatibility ones),
#: which Chinese writes with no space between words.
HAN = "\u3400-\u9fff\uf900-\ufaff"
