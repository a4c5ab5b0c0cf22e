"""Letter classes for regular expressions over the scripts references are written in:
Latin, Greek and Cyrillic ("Хомская Е.Д.", "Παπαδόπουλος Γ."). Each is the inside of a
character class: write "[" + CAPITALS + "]"."""

from __future__ import annotations

#: Capital letters: Latin (basic and Latin-1), Greek and Cyrillic.
CAPITALS = "A-ZÀ-ÖØ-ÞΆ-ΫЀ-Я"
#: Small letters of the same alphabets.
SMALL = "a-zß-öø-ÿά-ώа-џ"
