"""Running heads in PDF text: lines that recur verbatim, or with only their page number
changing, printed beside a page number, in capitals or at a page break, are dropped; lines
of entries that merely look alike ("Review, 16(3), 299–316. https://doi.org/...", a
journal name wrapped onto its own line) are kept, in flat, hanging and blank-separated
lists."""

from __future__ import annotations

import textwrap

import pytest

from coprod_refs.parse.finder import find_reference_entries

ALFORD = (
    "Alford, J. (2014). The multiple facets of co-production: Building on the work of "
    "Elinor Ostrom. Public Management Review, 16(3), 299–316. "
    "https://doi.org/10.1080/14719037.2013.806578"
)
FLEDDERUS = (
    "Fledderus, J., Brandsen, T., & Honingh, M. (2014). Restoring trust through the "
    "co-production of public services: A theoretical elaboration. Public Management "
    "Review, 16(3), 424–443. https://doi.org/10.1080/14719037.2013.848920"
)
JO = (
    "Jo, S., & Nabatchi, T. (2016). Getting back to basics: Advancing the study and "
    "practice of coproduction. International Journal of Public Administration, 39(13), "
    "1101–1108."
)
OSBORNE = (
    "Osborne, S. P., Radnor, Z., & Strokosch, K. (2016). Co-production and the co-creation "
    "of value in public services: A suitable case for treatment? Public Management Review, "
    "18(5), 639–653."
)
#: Two entries wrapped after "Public Management", so that their last lines differ only in
#: numbers; {i} indents continuation lines, {b} separates entries, {h1} and {h2} are page
#: breaks.
PAGES = """Text of the article (Alford, 2014).

References
Alford, J. (2014). The multiple facets of co-production: Building on the work of
{i}Elinor Ostrom. Public Management
{i}Review, 16(3), 299–316. https://doi.org/10.1080/14719037.2013.806578
{b}Fledderus, J., Brandsen, T., & Honingh, M. (2014). Restoring trust through the
{i}co-production of public services: A theoretical elaboration. Public Management
{i}Review, 16(3), 424–443. https://doi.org/10.1080/14719037.2013.848920
{h1}{b}Jo, S., & Nabatchi, T. (2016). Getting back to basics: Advancing the study and
{i}practice of coproduction. International Journal of Public Administration, 39(13),
{i}1101–1108.
{h2}{b}Osborne, S. P., Radnor, Z., & Strokosch, K. (2016). Co-production and the
{i}co-creation of value in public services: A suitable case for treatment? Public
{i}Management Review, 18(5), 639–653.
"""
LAYOUTS = {
    "flat": {"i": "", "b": ""},
    "hanging": {"i": "    ", "b": ""},
    "blank-separated": {"i": "", "b": "\n"},
}
HEADS = {
    "none": ("", ""),
    "page-number-beside": (
        "14                    Co-production and trust\n",
        "Co-production and trust                    15\n",
    ),
    "authors-after-a-page-number": ("14 J. Fledderus et al.\n", "16 J. Fledderus et al.\n"),
    "capitals": ("PUBLIC SERVICE STUDIES\n", "\nPUBLIC SERVICE STUDIES\n"),
    "after-a-page-number": ("14\nS. Jo and T. Nabatchi\n", "15\nS. Jo and T. Nabatchi\n"),
}


def texts(text: str) -> list[str]:
    return [entry.text for entry in find_reference_entries(text)]


@pytest.mark.parametrize("heads", HEADS.values(), ids=HEADS.keys())
@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_running_heads_go_and_look_alike_entry_lines_stay(
    layout: dict[str, str], heads: tuple[str, str]
):
    text = PAGES.format(h1=heads[0], h2=heads[1], **layout)
    assert texts(text) == [ALFORD, FLEDDERUS, JO, OSBORNE]


def test_a_journal_name_alone_on_its_line_in_two_entries_stays():
    text = (
        "References\n"
        "Bovaird, T. (2007). Beyond engagement and participation:\n"
        "User and community coproduction of public services.\n"
        "Public Administration Review\n"
        "67(5), 846–860.\n"
        "Brandsen, T., & Honingh, M. (2016). Distinguishing different\n"
        "types of coproduction: A conceptual analysis based on the\n"
        "classical definitions.\n"
        "Public Administration Review\n"
        "76(3), 427–435.\n"
    )
    assert texts(text) == [
        "Bovaird, T. (2007). Beyond engagement and participation: User and community "
        "coproduction of public services. Public Administration Review 67(5), 846–860.",
        "Brandsen, T., & Honingh, M. (2016). Distinguishing different types of coproduction: "
        "A conceptual analysis based on the classical definitions. Public Administration "
        "Review 76(3), 427–435.",
    ]


def test_an_access_date_wrapped_onto_its_own_line_in_several_entries_stays():
    entries = [
        f"Author{c}, A. (2016). Case study {c}. Birmingham: Governance International. "
        f"http://www.govint.org/good-practice/case-studies/case-{c}/. Accessed 2 Apr 2019."
        for c in "BCD"
    ]
    lines = ["References"]
    for entry in entries:
        head, _, date = entry.rpartition(" 2 Apr")
        lines += [*textwrap.wrap(head, 70), "2 Apr" + date]  # each wrapped before its date
    assert texts("\n".join(lines) + "\n") == entries
