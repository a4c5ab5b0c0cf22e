"""The proof with real tools: a two-column article typeset by pdflatex and extracted by
`pdftotext -layout` (the extraction the CLI suggests for a PDF) gives every entry of its
reference list, set over both columns, and every citation of its body. Skipped where a
tool is missing; required in CI."""

from __future__ import annotations

import subprocess
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from coprod_refs.parse.finder import find_reference_entries
from coprod_refs.parse.mentions import find_mentions

pytestmark = pytest.mark.tools

REFERENCES = [
    "Alford, J. (2009). Engaging public sector clients: From service-delivery to "
    "co-production. Basingstoke: Palgrave Macmillan.",
    "Bovaird, T. (2007). Beyond engagement and participation: User and community "
    "coproduction of public services. Public Administration Review, 67(5), 846–860.",
    "Brandsen, T., & Honingh, M. (2016). Distinguishing different types of coproduction: "
    "A conceptual analysis based on the classical definitions. Public Administration "
    "Review, 76(3), 427–435.",
    "Brudney, J. L., & England, R. E. (1983). Toward a definition of the coproduction "
    "concept. Public Administration Review, 43(1), 59–65.",
    "Nabatchi, T., Sancino, A., & Sicilia, M. (2017). Varieties of participation in public "
    "services: The who, when, and what of coproduction. Public Administration Review, "
    "77(5), 766–776.",
    "Osborne, S. P., Radnor, Z., & Strokosch, K. (2016). Co-production and the co-creation "
    "of value in public services: A suitable case for treatment? Public Management "
    "Review, 18(5), 639–653.",
    "Ostrom, E. (1996). Crossing the great divide: Coproduction, synergy, and development. "
    "World Development, 24(6), 1073–1087.",
    "Parks, R. B., Baker, P. C., Kiser, L., Oakerson, R., Ostrom, E., Ostrom, V., Percy, "
    "S. L., Vandivort, M. B., Whitaker, G. P., & Wilson, R. (1981). Consumers as "
    "coproducers of public services: Some economic and institutional considerations. "
    "Policy Studies Journal, 9(7), 1001–1011.",
    "Pestoff, V. (2006). Citizens and co-production of welfare services. Public "
    "Management Review, 8(4), 503–519.",
    "Voorberg, W. H., Bekkers, V. J. J. M., & Tummers, L. G. (2015). A systematic review "
    "of co-creation and co-production: Embarking on the social innovation journey. "
    "Public Management Review, 17(9), 1333–1357.",
]
PARAGRAPH = (
    "Co-production of public services has drawn a growing literature (Ostrom, 1996; Parks "
    "et al., 1981). Brudney and England (1983) gave the first definition, and Alford "
    "(2009) asked why clients co-produce. Later work distinguished its types (Brandsen "
    "\\& Honingh, 2016; Nabatchi et al., 2017) and tied it to value creation (Osborne et "
    "al., 2016). Reviews followed (Voorberg et al., 2015), and the third sector was given "
    "a place of its own (Pestoff, 2006). Bovaird (2007) saw users and communities as "
    "partners."
)
PARAGRAPHS = 4


def _latex(entry: str) -> str:
    return entry.replace("&", "\\&").replace("–", "--")


def _article() -> str:
    body = "\n\n".join([PARAGRAPH] * PARAGRAPHS)
    listed = "\n\n".join(f"\\hangindent=1.5em {_latex(entry)}" for entry in REFERENCES)
    return (
        "\\documentclass[twocolumn]{article}\n\\usepackage[margin=2cm]{geometry}\n"
        "\\title{Co-production revisited: four decades of research on public services}\n"
        "\\author{A. Writer}\n\\date{}\n\\begin{document}\n\\maketitle\n"
        f"\\section{{Introduction}}\n{body}\n\n\\section*{{References}}\n"
        f"\\setlength{{\\parindent}}{{0pt}}\n{listed}\n\\end{{document}}\n"
    )


@pytest.fixture(scope="module")
def layout_text(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Callable[[str], str]], str]:
    """The article's text as `pdftotext -layout` gives it (made once a module)."""
    made: dict[str, str] = {}

    def make(require_tool: Callable[[str], str]) -> str:
        if "text" not in made:
            pdflatex, pdftotext = require_tool("pdflatex"), require_tool("pdftotext")
            folder = tmp_path_factory.mktemp("twocolumn")
            (folder / "paper.tex").write_text(_article(), encoding="utf-8")
            args = [pdflatex, "-interaction=nonstopmode", "-halt-on-error", "paper.tex"]
            typeset = subprocess.run(args, cwd=folder, capture_output=True, timeout=300)
            assert typeset.returncode == 0, typeset.stdout[-2000:]
            subprocess.run([pdftotext, "-layout", "paper.pdf", "paper.txt"], cwd=folder, check=True)
            made["text"] = Path(folder / "paper.txt").read_text(encoding="utf-8")
        return made["text"]

    return make


def test_the_list_over_both_columns_gives_every_entry(
    layout_text: Callable[[Callable[[str], str]], str], require_tool: Callable[[str], str]
) -> None:
    text = layout_text(require_tool)
    assert [e.text for e in find_reference_entries(text)] == REFERENCES


def test_every_citation_of_the_body_is_read_with_its_own_words(
    layout_text: Callable[[Callable[[str], str]], str], require_tool: Callable[[str], str]
) -> None:
    mentions = find_mentions(layout_text(require_tool))
    cited = Counter((m.authors[0], m.year) for m in mentions)
    assert cited == {
        (entry.split(",")[0], int(entry.split("(")[1][:4])): PARAGRAPHS for entry in REFERENCES
    }
    assert all("   " not in m.surface and "\n" not in m.surface for m in mentions)
