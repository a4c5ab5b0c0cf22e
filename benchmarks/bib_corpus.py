"""A large, varied .bib library for the import and export benchmarks.

Thirty real-looking records from the co-production literature, written the ways people
write BibTeX (braces or quotes, LaTeX accents, corporate authors, biblatex fields), are
varied by index (key, year, volume, pages, title word, author order) up to any size.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"

_RECORDS = [
    (
        "article",
        "Ostrom, Elinor",
        "Crossing the great divide: coproduction, synergy, and development",
        "journal = {World Development}",
        "1073--1087",
    ),
    (
        "article",
        "Brudney, Jeffrey L. and England, Robert E.",
        "Toward a definition of the coproduction concept",
        "journal = {Public Administration Review}",
        "59--65",
    ),
    (
        "article",
        "Bovaird, Tony",
        "Beyond engagement and participation: user and community coproduction of public services",
        "journal = {Public Administration Review}",
        "846--860",
    ),
    (
        "article",
        "Pestoff, Victor",
        "Citizens and co-production of welfare services: childcare in eight {European} countries",
        "journal = {Public Management Review}",
        "503--519",
    ),
    (
        "article",
        "Voorberg, W. H. and Bekkers, V. J. J. M. and Tummers, L. G.",
        "A systematic review of co-creation and co-production: embarking on the social "
        "innovation journey",
        "journal = {Public Management Review}",
        "1333--1357",
    ),
    (
        "article",
        "Osborne, Stephen P. and Radnor, Zoe and Strokosch, Kirsty",
        "Co-production and the co-creation of value in public services: a suitable case for "
        "treatment?",
        "journal = {Public Management Review}",
        "639--653",
    ),
    (
        "article",
        'Gr{\\"o}nroos, Christian',
        "Reforming public services: does service logic have anything to offer?",
        "journaltitle = {Public Management Review}",
        "775--788",
    ),
    (
        "article",
        'L{\\"o}ffler, Elke and Bovaird, Tony',
        "User and community co-production of public services: what does the evidence tell us?",
        "journal = {International Journal of Public Administration}",
        "1119--1130",
    ),
    (
        "article",
        "Jakobsen, Morten and Andersen, Simon Calmar",
        "Coproduction and equity in public service delivery",
        "journal = {Public Administration Review}",
        "704--713",
    ),
    (
        "article",
        "Thomsen, Mette Kj{\\ae}rgaard",
        "Citizen coproduction: the influence of "
        "self-efficacy perception and knowledge of how to coproduce",
        "journal = {The American Review of Public Administration}",
        "340--353",
    ),
    (
        "article",
        "Nabatchi, Tina and Sancino, Alessandro and Sicilia, Mariafrancesca",
        "Varieties of participation in public services: the who, when, and what of coproduction",
        "journal = {Public Administration Review}",
        "766--776",
    ),
    (
        "article",
        "Verschuere, Bram and Brandsen, Taco and Pestoff, Victor",
        "Co-production: the state of the art in research and the future agenda",
        "journal = {VOLUNTAS: International Journal of Voluntary and Nonprofit Organizations}",
        "1083--1101",
    ),
    (
        "article",
        "Alford, John",
        "Why do public-sector clients coproduce? {Toward} a contingency theory",
        "journal = {Administration \\& Society}",
        "299--316",
    ),
    (
        "article",
        "Fledderus, Joost and Brandsen, Taco and Honingh, Marlies",
        "Restoring trust through the co-production of public services: a theoretical elaboration",
        "journal = {Public Management Review}",
        "424--443",
    ),
    (
        "article",
        "Parks, Roger B. and Baker, Paula C. and Kiser, Larry and Oakerson, Ronald "
        "and Ostrom, Elinor and Ostrom, Vincent and Percy, Stephen L. and Vandivort, Martha B. "
        "and Whitaker, Gordon P. and Wilson, Rick",
        "Consumers as coproducers of public "
        "services: some economic and institutional considerations",
        "journal = {Policy Studies Journal}",
        "1001--1011",
    ),
    (
        "article",
        "Steen, Trui and Brandsen, Taco and Verschuere, Bram",
        "The dark side of co-creation and co-production: seven evils",
        "journal = {Public Money \\& Management}",
        "1--8",
    ),
    (
        "article",
        "van Eijk, Carola and Steen, Trui",
        "Why people co-produce: analysing "
        "citizens' perceptions on co-planning engagement in health care services",
        "journal = {Public Management Review}",
        "358--382",
    ),
    (
        "article",
        'Bovaird, Tony and Van Ryzin, Gregg G. and L{\\"o}ffler, Elke and Parrado, Salvador',
        "Activating citizens to participate in collective co-production of public services",
        "journal = {Journal of Social Policy}",
        "1--23",
    ),
    (
        "book",
        "Alford, John",
        "Engaging public sector clients: from service-delivery to co-production",
        "publisher = {Palgrave Macmillan}, address = {Basingstoke}",
        "",
    ),
    (
        "book",
        "Ostrom, Elinor",
        "Governing the commons: the evolution of institutions for collective action",
        "publisher = {Cambridge University Press}, address = {Cambridge}",
        "",
    ),
    (
        "incollection",
        "Pestoff, Victor",
        "Co-production and third sector social services in {Europe}: some concepts and evidence",
        "booktitle = {New Public Governance, the Third "
        "Sector and Co-Production}, editor = {Pestoff, Victor and Brandsen, Taco and "
        "Verschuere, Bram}, publisher = {Routledge}",
        "13--34",
    ),
    (
        "incollection",
        "Brandsen, Taco and Honingh, Marlies",
        "Definitions of co-production and co-creation",
        "booktitle = {Co-Production and Co-Creation: Engaging Citizens in "
        "Public Services}, editor = {Brandsen, Taco and Steen, Trui and Verschuere, Bram}, "
        "publisher = {Routledge}, address = {New York}",
        "9--17",
    ),
    (
        "techreport",
        "{Social Care Institute for Excellence}",
        "Co-production in social care: what it is and how to do it",
        "institution = {SCIE}, number = {SCIE guide 51}",
        "",
    ),
    (
        "techreport",
        "{Welsh Government}",
        "Social Services and Well-being ({Wales}) Act 2014: part 2 code of practice",
        "institution = {Welsh Government}, address = {Cardiff}",
        "",
    ),
    (
        "online",
        "{New Economics Foundation}",
        "Co-production: a manifesto for growing the core economy",
        "url = {https://neweconomics.org/2008/07/co-production}, urldate = {2020-01-15}",
        "",
    ),
    (
        "phdthesis",
        "Fledderus, Joost",
        "Building trust through public service co-production",
        "school = {Radboud University}, address = {Nijmegen}",
        "",
    ),
    (
        "inproceedings",
        "Sicilia, Mariafrancesca and Guarini, Enrico and Sancino, Alessandro",
        "Public services management and co-production in multi-level governance settings",
        "booktitle = {Proceedings of the {IRSPM} Conference}, organization = {IRSPM}",
        "1--20",
    ),
    (
        "article",
        "Whitaker, Gordon P.",
        "Coproduction: citizen participation in service delivery",
        "journal = {Public Administration Review}",
        "240--246",
    ),
    (
        "article",
        "Needham, Catherine",
        "Realising the potential of co-production: negotiating improvements in public services",
        "journal = {Social Policy and Society}",
        "221--231",
    ),
    (
        "article",
        "Boyle, David and Harris, Michael",
        "The challenge of co-production: how "
        "equal partnerships between professionals and the public are crucial to improving "
        "public services",
        "journal = {Nesta Discussion Paper}",
        "1--20",
    ),
]

_TOPICS = [
    "health",
    "education",
    "policing",
    "housing",
    "care",
    "transport",
    "waste",
    "libraries",
    "parks",
    "welfare",
    "employment",
    "youth",
    "ageing",
    "energy",
]


def bib_entry(index: int) -> str:
    """The index-th entry of the library: a varied copy of one of the records."""
    rng = random.Random(index)
    entry_type, authors, title, extra, pages = _RECORDS[index % len(_RECORDS)]
    if " and " in authors and rng.random() < 0.3:
        names = authors.split(" and ")
        rng.shuffle(names)
        authors = " and ".join(names)
    year = 1975 + (index * 7) % 50
    topic = _TOPICS[index % len(_TOPICS)]
    title = f"{title} ({topic}, study {index})"
    quoted = index % 5 == 0
    value = (lambda v: f'"{v}"') if quoted else (lambda v: f"{{{v}}}")
    fields = [f"  author = {value(authors)}", f"  title = {value(title)}", f"  year = {year}"]
    fields += [f"  {part.strip()}" for part in _split_fields(extra)]
    if entry_type == "article":
        fields += [f"  volume = {{{1 + index % 60}}}", f"  number = {{{1 + index % 6}}}"]
    if pages:
        start = 1 + (index * 13) % 900
        fields.append(f"  pages = {{{start}--{start + 10 + index % 40}}}")
    if index % 3 == 0:
        fields.append(f"  doi = {{10.{1000 + index % 9000}/bench.{index}}}")
    if index % 4 == 0:
        fields.append("  keywords = {co-production, public services, " + topic + "}")
    if index % 7 == 0:
        fields.append(
            "  abstract = {This study examines " + topic + " services delivered "
            "with citizens, asking how co-production changes outcomes, trust and "
            "equity across local authorities.}"
        )
    key = f"bench{index:06d}"
    return f"@{entry_type}{{{key},\n" + ",\n".join(fields) + "\n}\n"


def _split_fields(extra: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in extra:
        depth += (char == "{") - (char == "}")
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [p for p in [*parts, current] if p.strip()]


def library_file(size: int) -> Path:
    """A cached .bib file of `size` entries under benchmarks/.cache/."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"library-{size}.bib"
    if not path.exists():
        path.write_text("\n".join(bib_entry(i) for i in range(size)), encoding="utf-8")
    return path


def measure_in_child(script: str, *args: str) -> dict[str, float]:
    """Run `script --child ARGS...` in a fresh process (so its peak memory is its own) and
    return the figures it prints as JSON on its last line."""
    out = subprocess.run(
        [sys.executable, script, "--child", *args], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])
