"""Link labels that publisher pages print beside references (ScienceDirect, Taylor &
Francis, Wiley, Frontiers/BMC, Oxford), glued or separated, on their own lines or after an
entry: the finder drops them and keeps the references whole."""

from __future__ import annotations

import pytest

from coprod_refs.parse.finder import find_reference_entries

ALFORD = (
    "Alford, J. (2014). The multiple facets of co-production: Building on the work of "
    "Elinor Ostrom. Public Management Review, 16(3), 299–316."
)
BOVAIRD = (
    "Bovaird, T. (2007). Beyond engagement and participation: User and community "
    "coproduction of public services. Public Administration Review, 67(5), 846–860."
)
OSTROM = (
    "Ostrom, E. (1996). Crossing the great divide: Coproduction, synergy, and development. "
    "World Development, 24(6), 1073–1087."
)


def texts(text: str) -> list[str]:
    return [entry.text for entry in find_reference_entries(text)]


@pytest.mark.parametrize(
    "text",
    [
        "References\n"
        f"{ALFORD}\nView in ScopusGoogle Scholar\n"
        f"{BOVAIRD}\nCrossrefView in ScopusGoogle Scholar\n"
        f"{OSTROM}\nView PDFView articleView in ScopusGoogle Scholar\n"
        "Cited by (12)\n",
        "References\n"
        f"{ALFORD} CrossrefGoogle Scholar\n"
        f"{BOVAIRD} View in ScopusGoogle Scholar\n"
        f"{OSTROM} Wiley Online LibraryWeb of Science®Google Scholar\n",
        "References\n\n"
        f"{ALFORD}\n[Taylor & Francis Online], [Web of Science ®], [Google Scholar]\n"
        f"{BOVAIRD} [Crossref], [Web of Science ®], [Google Scholar]\n"
        f"{OSTROM}\n[Crossref], [Google Scholar]\n",
        "References\n\n"
        f"{ALFORD}\n\nWeb of Science®Google Scholar\n\n"
        f"{BOVAIRD}\n\nWiley Online LibraryWeb of Science®Google Scholar\n\n"
        f"{OSTROM}\n\nWiley Online LibraryGoogle Scholar\n\n"
        "Citing Literature\n"
        "Volume 80, Issue 2\n",
        "Bibliography\n"
        f"{ALFORD} Download citation | Find in library\n"
        "Open in new tab\n"
        f"{BOVAIRD}\n"
        "Abstract | Full Text | PDF\n"
        f"{OSTROM} ↑\n",
    ],
    ids=[
        "sciencedirect-glued-own-lines",
        "glued-after-entries",
        "taylor-francis-brackets",
        "wiley-blank-separated",
        "buttons",
    ],
)
def test_publisher_page_labels_leave_the_references_whole(text: str):
    assert texts(text) == [ALFORD, BOVAIRD, OSTROM]


def test_frontiers_and_bmc_labels_separated_by_bars():
    needham = (
        "Needham C, Carr S. Co-production: an emerging evidence base for adult social care "
        "transformation. London: SCIE; 2009."
    )
    fledderus = (
        "Fledderus J, Brandsen T, Honingh ME. Restoring trust through the co-production of "
        "public services. Public Manag Rev. 2014;16(3):424-443."
    )
    text = (
        "References\n\n"
        f"{needham} Google Scholar\n\n"
        f"{fledderus} PubMed Abstract | Publisher Full Text | Google Scholar\n\n"
        f"{needham.replace('2009', '2010')} CrossRef Full Text | Google Scholar\n"
    )
    assert texts(text) == [needham, fledderus, needham.replace("2009", "2010")]


def test_titles_ending_in_label_words_keep_them():
    text = (
        "References\n"
        "Lee K (2019) Portrait of a scholar\n"
        "Kim S (2020) The public library\n"
        "Cho H (2018) Bibliometrics with iScopus\n"
    )
    assert texts(text) == [
        "Lee K (2019) Portrait of a scholar",
        "Kim S (2020) The public library",
        "Cho H (2018) Bibliometrics with iScopus",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "References\nSmith, J. (2000). Title. " + "CrossrefGoogle Scholar" * 20_000,
        "References\nSmith, J. (2000). Title. " + " | " * 50_000 + "Google Scholar",
        "References\nSmith, J. (2000). Title. " + "Google" * 30_000,
        "Alford, 2014\nJ. Alford\nTitle\nJournal, 1 (2) (2014), pp. 1-2\n" * 5_000,
    ],
    ids=["glued-run", "separators", "glued-non-labels", "label-blocks"],
)
@pytest.mark.usefixtures("hang_guard")
def test_long_label_runs_finish(text: str):
    entries = find_reference_entries(text)
    assert all(0 <= e.start < e.end <= len(text) for e in entries)
