"""The segment rules in the order they run, each with the labels it needs, and
`repair_segments`, which applies them and then reads genres and a thesis's university."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from coprod_refs.parse import fields
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.repairs.bodies import (
    author_named_as_publisher,
    body_and_comma_opening_title,
    body_and_title_read_as_title_and_note,
    body_and_year_opening_title,
    body_before_colon_opening_title,
    body_cut_before_title,
    body_opening_title,
    body_read_as_title,
    one_word_body_opening_title,
    repeated_body_opening_title,
)
from coprod_refs.parse.repairs.books import (
    acs_book_read_as_one,
    book_after_editors_read_as_title,
    book_after_in_mark,
    book_before_bracketed_editors,
    book_cut_before_editors,
    book_end_out_of_editors,
    book_out_of_editors,
    book_out_of_title_before_edited_by,
    book_out_of_title_before_editors,
    book_read_as_title,
    book_read_into_editors,
    book_read_into_marked_editors,
    book_read_into_publisher,
    chapter_run_into_editors,
    container_after_in_editors,
    container_cut_before_editors,
    container_cut_short,
    container_out_of_editors,
    edited_book_title,
    editors_read_into_book,
    editors_read_into_book_end,
    editors_read_into_quoted_title,
    in_book_out_of_title,
    in_book_read_as_title,
    in_mark_out_of_title,
    in_out_of_title_colon,
    merge_book_subtitle,
    split_container_after_quoted_title,
    split_container_from_editors,
    split_in_container_from_title,
    untitled_chapter_editors_first,
    wiley_chapter_editors,
)
from coprod_refs.parse.repairs.bracketed_imprints import (
    bracketed_editors_cut,
    bracketed_editors_opened_in_place,
    bracketed_editors_read_apart,
    bracketed_imprint_note,
    bracketed_imprint_out_of_title,
    bracketed_place_and_publisher,
    bracketed_places_out_of_segment,
    bracketed_publisher_after_editors,
    bracketed_publisher_before_year,
    bracketed_publisher_note,
    bracketed_publisher_place,
    bracketed_publisher_read_into,
    publisher_after_bracketed_editors,
    publisher_and_year_out_of_title,
    title_end_read_into_publisher,
)
from coprod_refs.parse.repairs.dates import (
    access_day_after_link,
    access_out_of_date,
    access_read_as_name,
    conference_dates_out_of_container,
    date_lead_read_as_place,
    date_out_of_genre,
    date_out_of_volume,
    date_out_of_volume_start,
    link_phrase_read_as_place,
    medium_named_in_note,
    newspaper_day_out_of_title,
    newspaper_read_as_publisher,
    presentation_out_of_note,
    published_on_read_as_name,
    state_out_of_journal,
    status_read_as_other,
    volume_out_of_date,
    year_and_issue_in_volume,
    year_out_of_access_note,
    year_out_of_medium_note,
    year_out_of_name_end,
    year_out_of_names_end,
    year_out_of_title_start,
    year_read_as_pages,
    year_read_as_volume,
    year_word_into_date,
)
from coprod_refs.parse.repairs.editions import (
    edition_before_publisher,
    edition_out_of_note,
    edition_out_of_publisher,
    edition_out_of_title,
    edition_out_of_title_end,
    series_named_by_author,
    series_out_of_publisher,
    series_out_of_title,
)
from coprod_refs.parse.repairs.editors import (
    authors_and_book_read_into_editors,
    authors_read_as_editors,
    authors_read_into_in_editors,
    book_and_imprint_around_bracket_marked_editors,
    book_before_marked_editors,
    book_out_of_marked_editors,
    book_read_into_marked_editors_colon,
    editor_family_read_into_imprint,
    editor_mark_out_of_title,
    editors_after_book_phrase,
    editors_after_slash,
    editors_after_their_lone_mark,
    editors_and_publisher_read_into_book,
    editors_before_their_mark,
    editors_opening_container,
    editors_out_of_container,
    editors_run_into_book,
    editors_run_into_pages,
    in_editors_read_as_authors,
    initial_read_as_pages,
    inverted_editors_after_in,
    last_editor_read_into_title,
    marked_editors_read_as_authors,
    marked_editors_read_as_journal,
    names_before_in_book_read_as_editors,
    translators_out_of_imprint,
    vancouver_editors_after_in,
)
from coprod_refs.parse.repairs.imprints import (
    acronym_publisher_out_of_title,
    acs_editors_read_as_place,
    gost_whole_after_slashes,
    imprint_after_medium,
    imprint_after_medium_note,
    imprint_after_slashes,
    imprint_cut_at_stop,
    imprint_out_of_title,
    imprint_out_of_title_end,
    imprint_out_of_vancouver_book,
    imprint_read_as_journal,
    imprint_read_into_editors,
    institution_read_as_place,
    place_after_medium,
    places_read_into_editors,
    publisher_after_editors_mark,
    publisher_after_placeless_editors,
    publisher_and_place_swapped,
    publisher_before_vancouver_year,
    publisher_colon_places_read_as_journal,
    publisher_end_read_as_author,
    publisher_end_read_as_note,
    publisher_mark_out_of_title,
    publisher_named_as_author,
    publisher_out_of_genre,
    publisher_out_of_title_comma,
    publisher_out_of_title_end,
    publisher_read_as_container,
    publisher_read_as_editors,
    publisher_read_as_journal,
    publisher_read_as_second_title,
    publisher_run_into_title_end,
    semicolon_imprint,
    thesis_descriptor_from_imprint,
)
from coprod_refs.parse.repairs.journals import (
    chapter_title_read_as_journal,
    guillemets_cut_by_journal,
    journal_abbreviation_read_into_names,
    journal_abbreviations_read_into_title,
    journal_after_names_colon,
    journal_after_title_colon,
    journal_and_pages_read_as_publisher,
    journal_head_out_of_title,
    journal_head_read_into_title,
    journal_in_guillemets,
    journal_in_quotes_ending_title,
    journal_read_as_imprint,
    journal_read_as_publisher,
    journal_read_as_title,
    journal_run_into_title,
    journal_word_out_of_volume,
    periodical_read_as_publisher,
    report_series_from_journal,
    split_journal_from_title,
    subtitle_out_of_journal,
    subtitle_read_into_journal,
    title_run_into_journal,
)
from coprod_refs.parse.repairs.numbers import (
    days_read_as_pages,
    first_page_after_volume,
    issue_after_bracketed_year,
    issue_before_pages_mark,
    issue_out_of_neighbours,
    issue_read_as_genre,
    issue_read_into_date,
    issue_read_into_pages,
    journal_read_as_publisher_between_numbers,
    law_journal_numbers,
    marked_pages_out_of_volume,
    number_bracket_out_of_title,
    number_read_as_date,
    number_words_out_of_journal,
    numbers_out_of_journal,
    numbers_out_of_title_end,
    page_mark_read_as_editor,
    page_range_read_as_volume,
    pages_and_publisher_out_of_book,
    pages_mark_out_of_imprint,
    pages_out_of_book_end,
    pages_out_of_date,
    pages_out_of_imprint,
    pages_out_of_journal_after_volume,
    pages_out_of_title,
    report_number_read_as_pages,
    roman_volume_out_of_journal,
    season_as_issue,
    small_roman_volume_out_of_journal,
    volume_in_pages,
    volume_out_of_neighbours,
    volume_out_of_pages,
)
from coprod_refs.parse.repairs.people import (
    acronym_opening_title_read_into_names,
    author_again_ending_title,
    dashed_names_out_of_title,
    et_al_cut_in_two,
    et_al_opening_title,
    family_read_into_quoted_title,
    given_first_names_out_of_title,
    given_names_out_of_title,
    initial_and_year_opening_title,
    initial_out_of_publisher,
    name_after_title_dash,
    name_out_of_title_end,
    names_and_book_read_as_title,
    names_before_colon_and_quote,
    names_before_colon_out_of_title,
    names_before_slashes_read_as_title,
    names_before_slashes_then_journal,
    names_cut_after_initial,
    names_opening_title,
    names_read_into_title,
    names_run_on_before_date,
    slashed_families_opening,
    split_title_from_names,
    title_after_names_colon,
    title_end_read_as_author,
    title_out_of_names,
    title_out_of_vancouver_names,
    title_read_as_author,
    title_word_out_of_name,
    title_words_out_of_inverted_names,
    title_words_out_of_vancouver_names,
)
from coprod_refs.parse.repairs.places import (
    book_read_into_place,
    campus_read_as_place,
    city_out_of_abnt_journal,
    city_out_of_container,
    comma_imprint_out_of_title_end,
    host_mark_read_as_place,
    imprint_opening_editors,
    move_region_code_to_place,
    place_cut_from_editors,
    place_cut_into_book,
    place_out_of_title_colon,
    place_out_of_title_end,
    place_read_as_container,
    place_run_into_publisher,
    places_after_publisher_colon,
    places_cut_from_publisher,
    places_ending_book,
    places_out_of_book,
    places_out_of_editors,
    places_out_of_publisher,
    places_read_as_publisher,
    places_run_into_book,
    publisher_cut_before_place,
    publisher_read_into_place,
    title_end_read_into_place,
)
from coprod_refs.parse.repairs.titles import (
    bracket_closed_after_title,
    genre_out_of_note,
    genre_out_of_publisher,
    host_mark_out_of_title,
    language_out_of_publisher,
    report_kind_and_publisher_out_of_title,
    split_genre_from_title,
    title_cut_short,
    title_out_of_access_note,
    title_out_of_date,
    title_out_of_edition,
    title_read_as_note,
    title_read_as_note_after_names,
    title_read_as_publisher,
    title_words_out_of_genre,
    website_out_of_title_end,
)

_Rule = Callable[[list[Segment]], list[Segment]]


class _When(NamedTuple):
    """The label sequences a rule may change (a rule never changes a reference whose
    labels this refuses): they hold all labels of one of `needs`, a segment labelled one
    of `after[0]` right before one labelled one of `after[1]` when `after` is given, and
    none of `lacks`."""

    needs: tuple[frozenset[str], ...]
    after: tuple[frozenset[str], frozenset[str]] | None
    lacks: frozenset[str]

    def allows(self, labels: tuple[str, ...]) -> bool:
        """Whether a reference with these labels, in order, may need the rule."""
        present = set(labels)
        if present & self.lacks or not any(need <= present for need in self.needs):
            return False
        if self.after is None:
            return True
        first, then = self.after
        return any(a in first and b in then for a, b in pairwise(labels))


def _needs(*alternatives: str, after: str = "", lacks: str = "") -> _When:
    """A rule's `_When`: the label sets it needs, any one of them ("title volume",
    "journal volume"); with `after` ("title > journal container-title") a segment of
    the first labels right before one of the second; with `lacks` labels it never
    mends a reference with."""
    first, _, then = after.partition(">")
    return _When(
        tuple(frozenset(a.split()) for a in alternatives),
        (frozenset(first.split()), frozenset(then.split())) if after else None,
        frozenset(lacks.split()),
    )


#: The segment rules, in the order they run, each with the labels it needs: each takes
#: the segments and gives them back mended, or unchanged when its pattern is absent.
_SEGMENT_RULES: tuple[tuple[_Rule, _When], ...] = (
    # "… to co-production, edit." + "Palgrave Macmillan,"
    (publisher_mark_out_of_title, _needs("publisher")),
    # "Deshayes, J. à paraître. L'église …", "García, J." + "(en prensa)."
    (status_read_as_other, _needs("author", lacks="date")),
    # "Niclaus, E," + "Young Keefe," + "J & Kratzer, Z" + "2011,"
    (names_run_on_before_date, _needs("author date")),
    # "Cahn E.S., Cahn J.C. // Yale Law Review." as the authors; "Lancaster K.J." as the title
    (
        names_before_slashes_then_journal,
        _needs("author date", "title journal", lacks="container-title"),
    ),
    # "Artuso, D & Montini," + "A 2016, CI.VI.VO. in Rimini: …"
    (initial_and_year_opening_title, _needs("author title", after="author > title", lacks="date")),
    # "Bovaird, T & Loeffler, E" + "2005," + … + "in S Watson & A Moran (eds),"
    (authors_read_as_editors, _needs("editor date", "editor title", lacks="author")),
    # "Bovaird, T. et Loeffler, E.," + "« … »," + "T. Bovaird et E. Loeffler (dir.),"
    (marked_editors_read_as_authors, _needs("author title", after="title > author")),
    # "Osborne, Stephen P." + "– Radnor, Zoe – Strokosch, Kirsty, Co-Production …"
    (dashed_names_out_of_title, _needs("author")),
    # "Bovaird/Loeffler, in: Trust, risk and uncertainty," read as the title
    (slashed_families_opening, _needs("author", "title", "journal", "container-title")),
    # "Bealer T.," + "i in., Time banking …"
    (et_al_opening_title, _needs("author title", after="author > title")),
    # "OECD, OECD" + "Employment Outlook 2019: …"
    (repeated_body_opening_title, _needs("author title", after="author > title")),
    # "In E. Ostrom & V. Ostrom, Choice, rules" + "and collective action"
    # "T. Bovaird, E. Loeffler, in: S. Watson," + "A. Moran (Eds.), Trust, Risk …,"
    (untitled_chapter_editors_first, _needs("author", "editor")),
    (split_container_from_editors, _needs("editor", after="editor > container-title")),
    # a container continuing a book's title
    (merge_book_subtitle, _needs("title", after="title > container-title")),
    # "Title. Evidence & Policy 13:135–151." as one title
    (numbers_out_of_title_end, _needs("title", lacks="journal volume pages issue")),
    # "American Political Science" + "Review107(4):"
    (journal_word_out_of_volume, _needs("volume", after="journal container-title > volume")),
    # "The state and … civil society International Review of …" + "83:676–693."
    (title_run_into_journal, _needs("journal", lacks="title container-title")),
    # "… in public administration Public Administration Review" + "1982;42:501–508"
    (journal_run_into_title, _needs("title volume", lacks="journal container-title")),
    # "…, „Samorząd Terytorialny”" + "2015," as one title
    (
        journal_in_quotes_ending_title,
        _needs("title", lacks="container-title", after="title > date volume pages journal"),
    ),
    # "Title. Journal" before the volume
    (
        split_journal_from_title,
        _needs(
            "title volume",
            "title pages",
            "journal volume",
            "journal pages",
            lacks="container-title publisher editor",
        ),
    ),
    # "Cooperative Party: Public services in our interests," as the title
    (
        body_before_colon_opening_title,
        _needs("title", lacks="author editor journal container-title"),
    ),
    # "The Royal Swedish Academy of Sciences." + "The Prize … [Online]. …" as title and note
    (body_and_title_read_as_title_and_note, _needs("title note", lacks="author editor")),
    # "E. Ostrom:" + "World Development," as the title
    (
        journal_after_names_colon,
        _needs("author title volume", "author title pages", lacks="journal container-title"),
    ),
    # "… public services:" + "Some economic … considerations: Policy Studies Journal,"
    (subtitle_read_into_journal, _needs("title journal", after="title > journal")),
    # "Title: Journal" before the volume
    (
        journal_after_title_colon,
        _needs(
            "title volume",
            "title pages",
            "journal volume",
            "journal pages",
            lacks="container-title publisher editor",
        ),
    ),
    # "(Eds.) (2006). Title, M E Sharpe, New York." with the publisher as editors
    (publisher_read_as_editors, _needs("title editor", lacks="publisher")),
    # "Washington: DC: APA"
    (move_region_code_to_place, _needs("location", after="location > publisher")),
    # "SCIE Research Briefing" + "31."
    (
        report_series_from_journal,
        _needs("publisher", after="journal > volume", lacks="issue pages genre"),
    ),
    # "Voluntas 23(4): 1119-1138." as an imprint
    (
        journal_read_as_imprint,
        _needs("location", "publisher", lacks="journal container-title"),
    ),
    # "Dissertation, Universität Potsdam."
    (thesis_descriptor_from_imprint, _needs("publisher", "location", "note", lacks="genre")),
    # "« Title » dans" + "Emanuel S. Savas (ed.),"
    # "Chapter." + "E. Loeffler & T. Bovaird (eds.)." + "The Palgrave handbook …."
    (book_after_editors_read_as_title, _needs("title editor", lacks="container-title journal")),
    (in_mark_out_of_title, _needs("title", after="title > editor container-title journal")),
    # "“… failure”: S. Watson /" + "A. Moran (eds.),"
    (editors_read_into_quoted_title, _needs("title editor", after="title > editor")),
    # "… failure. In: Watson S, Moran A. Trust, risk and uncertainty." as the title
    (
        vancouver_editors_after_in,
        _needs("title", "container-title", "note", lacks="editor journal"),
    ),
    # "In: Watson, S. & Moran, A.: Trust, risk and uncertainty." as one segment
    (inverted_editors_after_in, _needs("editor", "container-title", "journal")),
    # "Title. In: A, B, eds. Book."
    (container_after_in_editors, _needs("title editor", lacks="container-title journal")),
    # "Pasquino, G." + "(a cura di), Il sistema"
    (
        editor_mark_out_of_title,
        _needs("title", "container-title", after="author editor > title container-title"),
    ),
    # "Lusch R," + "Vargo S (eds). The service dominant logic …"
    (last_editor_read_into_title, _needs("title", after="author editor > title")),
    # "La contre-démocratie, Paris, Seuil," as one title
    (
        imprint_out_of_title,
        _needs("title", after="title > date", lacks="location publisher journal container-title"),
    ),
    # "PUF, coll. « Thémis »"
    (series_out_of_publisher, _needs("publisher")),
    # "Organisation for ... Development. (2011). Title."
    (body_read_as_title, _needs("title date")),
    # "Title [Internet]. 2019; [cited 2019 Mar 29]" as one note
    (year_out_of_medium_note, _needs("note", lacks="date")),
    # "(n.d.). Co-production star."
    (title_out_of_date, _needs("date", lacks="title")),
    # "Co-production toolkit. (2015)." with the title read as the author
    (title_read_as_author, _needs("author date", lacks="title")),
    # "Coalition for Collaborative Care. Co-production model. 2016." as one title
    (body_opening_title, _needs("title", lacks="author editor")),
    # "NHS England. … London: NHS" + "England, 2014."
    (author_named_as_publisher, _needs("author", after="publisher > location")),
    # "WHO. (2016). Title. WHO." with a journal
    (
        publisher_named_as_author,
        _needs("author journal", "author container-title", lacks="volume pages"),
    ),
    # "… Annual Meeting of" + "the American Society for Public Administration, New Orleans"
    (
        container_cut_short,
        _needs(
            "container-title publisher",
            "container-title location",
            after="container-title journal > publisher location",
        ),
    ),
    # "In The Palgrave handbook of … management in" + "Europe. E. Ongaro & S. Van Thiel, Eds."
    (book_cut_before_editors, _needs("container-title editor", after="container-title > editor")),
    # "« Title »," + "dans S. Watson et A. Moran, dir.," as more authors
    (
        in_editors_read_as_authors,
        _needs("author", after="title container-title > author", lacks="editor"),
    ),
    # "Title. Paper presented at the Annual" + "Conference of …" as a note and a publisher
    (presentation_out_of_note, _needs("note", "title", "container-title", lacks="journal")),
    # "Proceedings of …; 2012 Jun 14-15;" as one container
    (conference_dates_out_of_container, _needs("container-title")),
    # "Proc. IEEE Int. Smart Cities Conf., Kansas City," + "MO, USA"
    (city_out_of_container, _needs("location", after="container-title journal > location")),
    # "… the Swedish welfare" + "state (PhD thesis)."
    (title_words_out_of_genre, _needs("title", after="title > genre")),
    # "Who engages … and why?" + "The case of Atlanta. Public Administration Review"
    (subtitle_out_of_journal, _needs("title", after="title > journal")),
    # "… public value, VOLUNTAS:" + "International Journal of Voluntary …"
    # "… Cochlearia L., 2. Novosti Sist." + "Vyssh. Rast." + "7:"
    (journal_abbreviations_read_into_title, _needs("title journal", after="title > journal")),
    # "T. Ito, Jpn." + "J. Appl. Phys." + "52 [4],"
    (journal_abbreviation_read_into_names, _needs("author journal", after="author > journal")),
    (journal_head_out_of_title, _needs("title", after="title > journal")),
    # "… the classical definitions Public" + "Administration Review," + "76,"
    (journal_head_read_into_title, _needs("title", after="title > journal")),
    (
        name_after_title_dash,
        _needs("title", "container-title", lacks="journal publisher"),
    ),
    # "(30th anniversary expanded ed.). Russell Sage Foundation." as a note
    (edition_out_of_note, _needs("note", lacks="edition")),
    # "Governing the commons (Canto Classics ed.)." as one title
    (edition_out_of_title_end, _needs("title", lacks="edition")),
    (
        acronym_publisher_out_of_title,
        _needs("title", lacks="publisher journal container-title volume issue pages"),
    ),
    (edition_out_of_title, _needs("title", lacks="edition")),
    # "Tübingen: Mohr. Übersetzt von J. Smith." as the publisher
    (translators_out_of_imprint, _needs("publisher", "note", lacks="translator")),
    # "… Strategy. Edinburgh: Scottish Government." as one title
    (
        imprint_out_of_title_end,
        _needs("title", lacks="location publisher journal container-title"),
    ),
    (
        publisher_out_of_title_end,
        _needs("title", after="title > location", lacks="publisher journal container-title"),
    ),
    # "… a better place to live Governance International," + "Birmingham."
    (
        publisher_run_into_title_end,
        _needs(
            "location",
            after="title container-title > location",
            lacks="publisher journal editor",
        ),
    ),
    # "Title (Community Development Report). Federal Reserve Bank of St. Louis." as a title
    (
        report_kind_and_publisher_out_of_title,
        _needs("title", lacks="publisher journal container-title genre"),
    ),
    # "(Unpublished doctoral dissertation)." as a note
    (genre_out_of_note, _needs("note", lacks="genre")),
    # "New Public Management, 5. Aufl." as the edition
    (title_out_of_edition, _needs("edition", lacks="title")),
    # "Brandsen T, Pestoff V, editors. Title."
    (edited_book_title, _needs("editor container-title", lacks="author title")),
    # "Title, in Proceedings of ..." as one title or one container
    (split_in_container_from_title, _needs("title", "container-title", lacks="journal")),
    # "“Letter to R. Buckminster Fuller,” Civil Wars" as one title
    (split_container_after_quoted_title, _needs("title", lacks="container-title journal")),
    # "Trust, risk and uncertainty, a cura di" + "S. Watson, A. Moran," as book and authors
    (editors_after_book_phrase, _needs("container-title", lacks="editor")),
    # "In Ralf Roth and Robert Beachy (eds), Who Ran the Cities?" as one container
    (editors_out_of_container, _needs("container-title", lacks="editor")),
    # "In: Watson, S., in Moran, A. (ur.): Trust, risk and uncertainty, str." as the editors
    (
        book_read_into_marked_editors_colon,
        _needs("editor", "container-title", lacks="journal"),
    ),
    # Nature's "Title. in Book" + "(eds. A, B)" + "143–162" + "(Publisher, Place, 2005)."
    (in_book_out_of_title, _needs("title", lacks="journal")),
    # … and the book it cut out ends in "a cura" before "di S. Watson, A. Moran."
    (editors_after_book_phrase, _needs("container-title", lacks="editor")),
    (book_out_of_editors, _needs("editor", lacks="container-title journal")),
    (editors_run_into_book, _needs("editor", after="editor > container-title")),
    # "in : Watson S., Moran A. (dir.), Trust, risk and uncertainty,"
    (book_out_of_marked_editors, _needs("editor", lacks="container-title journal")),
    # "… Management in" + "Europe, E. Ongaro, S. van Thiel, Eds."
    (container_cut_before_editors, _needs("editor", after="container-title > editor")),
    # "S. Watson and A. Moran (Editors)." + "Trust, Risk and Uncertainty. Palgrave Macmillan,"
    (book_read_into_publisher, _needs("editor publisher", lacks="container-title journal")),
    # "…, J. Edelenbos and I." + "van Meerkerk (eds.)," or "…, TR Kassen D Cepiku and TJ
    # Lah" + "(eds.), Routledge,"
    (
        editors_read_into_book,
        _needs("container-title", after="container-title > editor publisher"),
    ),
    # "In Trust, risk and uncertainty, ed S Watson, A Moran," as the editors
    (book_read_into_marked_editors, _needs("editor", "container-title", lacks="journal")),
    # "Trust, Risk and Uncertainty, S. Watson, and A. Moran, eds.," as the editors
    (book_read_into_editors, _needs("editor", lacks="journal")),
    # ACS's "In The Routledge handbook …," + "T. R. Kassen, …, Eds.;" as a title
    (in_book_read_as_title, _needs("title editor", lacks="container-title journal")),
    (editors_run_into_pages, _needs("editor volume", after="editor > volume", lacks="pages")),
    # "In: Trust, Risk and Uncertainty (Watson S, Moran A, Eds.)." as one segment
    (book_before_bracketed_editors, _needs("container-title", "editor", "note")),
    (pages_and_publisher_out_of_book, _needs("container-title", lacks="pages publisher")),
    # "Perec, Georges. A Void."
    (split_title_from_names, _needs("author", lacks="title")),
    # "Schuppert, Gunnar Folke: Verwaltungswissenschaft." as one names segment
    (title_after_names_colon, _needs("author", "editor", lacks="title")),
    (names_opening_title, _needs("title", lacks="author editor")),
    (names_before_colon_out_of_title, _needs("author title", after="author > title")),
    # "Brudney, J. L. und R. E." + "England: „Toward …"
    (given_first_names_out_of_title, _needs("author title", after="author > title")),
    # "Nabatchi, Tina, Alessandro" + "Sancino und Mariafrancesca Sicilia: „Varieties …"
    (names_before_colon_and_quote, _needs("author title", after="author > title")),
    # "25, no. 4 (2001):" as the volume
    (date_out_of_volume, _needs("volume")),
    # "… in Development (No." + "IDS Working Paper 170)."
    (
        number_bracket_out_of_title,
        _needs("title", after="title > genre publisher note"),
    ),
    # "(commune d'Alliat," + "Ariège), Bulletin de la Société …"
    (
        bracket_closed_after_title,
        _needs("title", after="title > journal container-title publisher location note"),
    ),
    # "The recovery of civism in public administration, in:" + "Public Administration Review"
    (host_mark_out_of_title, _needs("title", after="title > journal container-title editor")),
    # "… Puget Lowland of" + "Washington: Geological Society of America Bulletin,"
    (title_cut_short, _needs("title", after="title > journal container-title")),
    # "The Prize in Economic Sciences 2009: Press Release. NobelPrize.org."
    (website_out_of_title_end, _needs("title", lacks="container-title journal")),
    # "Radical help. Virago." with a journal
    (
        publisher_read_as_journal,
        _needs("author date", after="title > journal", lacks="volume pages publisher"),
    ),
    # "Schulze-Böing" + "2020 Co-Producing Better Futures …"
    (year_out_of_title_start, _needs("author title", after="author > title", lacks="date")),
    # "Bovaird, T & Loeffler, E 2016a," as the authors
    (year_out_of_names_end, _needs("author", lacks="date")),
    # "Online:" + "http://…" as a place
    (
        link_phrase_read_as_place,
        _needs("url", after="location publisher container-title title > url"),
    ),
    # "http://…" + "(2.4.2019)" as a publisher
    (access_day_after_link, _needs("url", after="url > publisher location journal")),
    # "(2009, October 13). Title. The Spokesman-Review." with the last as a publisher
    (
        newspaper_read_as_publisher,
        _needs("date publisher", after="title > publisher", lacks="location journal"),
    ),
    # "Title. The Spokesman-Review, October 13." as one title
    (
        newspaper_day_out_of_title,
        _needs("date title", lacks="journal container-title"),
    ),
    # "40" + "Questions About the End Times."
    (number_read_as_date, _needs("date", after="date > title")),
    # "Dorling Kindersley, New York," + "New York, USA."
    (places_out_of_publisher, _needs("publisher", after="publisher > location")),
    # "Stanford, CA: CSLI. 199-213." as the publisher
    (pages_out_of_imprint, _needs("publisher", "location", lacks="pages")),
    # "Routledge. Abingdon and New York. S." + "162–177."
    (pages_mark_out_of_imprint, _needs("pages", after="publisher location > pages")),
    # "Palgrave Macmillan. Basingstoke and New York." as the publisher
    (imprint_cut_at_stop, _needs("publisher", "location")),
    # "… perspective: Reading," + "MA, Addison Wesley."
    (place_out_of_title_colon, _needs("title publisher", lacks="location")),
    # "… relationship management" + "approach: Hoboken,"
    (title_end_read_into_place, _needs("title location", after="title > location")),
    # "… failure: en" + "Watson, S., Moran, A. (eds.),"
    (in_out_of_title_colon, _needs("title editor", after="title > editor")),
    # "Routledge:" + "Abingdon and New York," as place and publisher
    (publisher_and_place_swapped, _needs("location", after="location > publisher")),
    # "Abingdon and New York," as the publisher
    (places_read_as_publisher, _needs("publisher", lacks="location")),
    # "Routledge, Abingdon and New York," as the place
    (publisher_read_into_place, _needs("location", lacks="publisher")),
    # "(1999). NetLogo. http://… Center for …" with "NetLogo." as a publisher
    (
        title_read_as_publisher,
        _needs("date", after="date > publisher", lacks="title journal container-title"),
    ),
    # "“Title.” Geneva, Switzerland." with the place as a container
    (place_read_as_container, _needs("container-title", lacks="location journal")),
    # "Washington, D." + "C. Morgan Kaufmann."
    (initial_out_of_publisher, _needs("location", after="location > publisher")),
    # "July" + "7-10." or "9-10" + "October 2014." with the days as pages
    (days_read_as_pages, _needs("date", after="date pages > date pages")),
    # "«Voluntas», 23, 4," as the volume
    (guillemets_cut_by_journal, _needs("title journal", after="title > journal")),
    (journal_in_guillemets, _needs("volume", "title journal", "title date")),
    # "[Discussion paper]. NESTA." as the genre
    (publisher_out_of_genre, _needs("genre", lacks="publisher")),
    # "Renewing Scotland's public services." + "Edinburgh:" + "Scottish Government."
    (
        publisher_read_as_second_title,
        _needs("title location", lacks="publisher journal container-title"),
    ),
    # "Cardiff: Welsh" + "Government. Available:"
    (publisher_end_read_as_note, _needs("publisher note", after="publisher > note")),
    # "2018. № 3. С. 45–67." with the issue as the genre
    (issue_read_as_genre, _needs("genre")),
    # "№ 3." + "С." + "45–60." (GOST): the page mark read as an editor
    (page_mark_read_as_editor, _needs("editor pages", after="editor > pages")),
    (date_out_of_genre, _needs("genre", lacks="date")),
    (state_out_of_journal, _needs("journal")),
    (
        name_out_of_title_end,
        _needs(
            "author date title",
            lacks="journal publisher container-title location volume pages editor",
        ),
    ),
    (
        place_out_of_title_end,
        _needs(
            "title", "container-title", after="title container-title > publisher", lacks="location"
        ),
    ),
    (series_out_of_title, _needs("title", lacks="collection-title")),
    (series_named_by_author, _needs("title publisher", lacks="collection-title")),
    # "Revista de Ciências da Administração, Florianópolis," + "v. 11,"
    (city_out_of_abnt_journal, _needs("journal", after="journal > volume", lacks="location")),
    # "Cherri M." + "Pancake and Sue Utter. Models for …"
    # "J. Lasker, …, E. Niclaus, J." + "Young Keefe, Z. Kratzer, 'Time Banking …',"
    (family_read_into_quoted_title, _needs("author title", after="author > title")),
    (names_cut_after_initial, _needs("author", after="author > title")),
    # "Bogumil, Jörg/Holtkamp," + "Lars: Kommunalpolitik …"
    (given_names_out_of_title, _needs("author", after="author > title")),
    # "M. Han and P. Yu, Normal Forms," + "Melnikov Functions …"
    (title_out_of_names, _needs("author", after="author > title")),
    # "D. Artuso and A. Montini, CI.VI.VO." + "In Rimini: How volunteers …"
    (
        acronym_opening_title_read_into_names,
        _needs("author", after="author > title container-title", lacks="title"),
    ),
    (title_word_out_of_name, _needs("author", after="author > title")),
    (title_words_out_of_vancouver_names, _needs("author", after="author > title")),
    # "T. Bovaird," + "E. Loeffler, in Trust, risk and uncertainty,"
    (names_and_book_read_as_title, _needs("author title", after="author > title")),
    (names_read_into_title, _needs("author", after="author > title")),
    (
        title_words_out_of_inverted_names,
        _needs("author", after="author > title journal container-title"),
    ),
    (container_out_of_editors, _needs("editor", lacks="container-title")),
    (date_out_of_volume_start, _needs("volume", lacks="date")),
    (book_read_as_title, _needs("title", after="title > editor", lacks="container-title")),
    (editors_after_slash, _needs("editor", "container-title")),
    (
        publisher_out_of_title_comma,
        _needs(
            "title", "container-title", after="title container-title > location", lacks="publisher"
        ),
    ),
    # "Citizen engagement," + "p. 301–318." + "In Bovaird, T, Loeffler, E (eds.),"
    (
        chapter_title_read_as_journal,
        _needs("journal pages editor container-title", lacks="title"),
    ),
    # "Stanford Social Innovation Review:41–45" as the publisher
    (
        journal_and_pages_read_as_publisher,
        _needs("publisher", lacks="journal container-title pages location"),
    ),
    # "Nauka. [In Russian]"
    (language_out_of_publisher, _needs("publisher")),
    (genre_out_of_publisher, _needs("publisher", lacks="genre")),
    (edition_out_of_publisher, _needs("publisher", lacks="edition")),
    (edition_before_publisher, _needs("publisher", "edition location")),
    (place_run_into_publisher, _needs("location", after="location > publisher")),
    # "Presses Universitaires de" + "Rennes (Rennes),"
    (publisher_cut_before_place, _needs("publisher location", after="publisher > location")),
    (places_cut_from_publisher, _needs("location", after="location > publisher")),
    (places_after_publisher_colon, _needs("publisher", after="publisher > location")),
    (et_al_cut_in_two, _needs("author", "editor", after="author editor > title")),
    (names_before_slashes_read_as_title, _needs("author title", after="author > title")),
    (editors_opening_container, _needs("container-title", lacks="editor")),
    (acs_book_read_as_one, _needs("container-title", lacks="publisher")),
    (authors_read_into_in_editors, _needs("editor", lacks="author container-title")),
    (gost_whole_after_slashes, _needs("title")),
    (chapter_run_into_editors, _needs("editor", lacks="author title container-title")),
    (body_and_year_opening_title, _needs("title", lacks="date")),
    # "Social Care" + "Institute for Excellence. Co-production in Social Care: …"
    (body_cut_before_title, _needs("author title", after="author > title")),
    # "66." + "Spice. Spending time credits" + "2018."
    (one_word_body_opening_title, _needs("title", lacks="author editor")),
    # "[22]" + "Cooperative Party, Public services in our interests,"
    (body_and_comma_opening_title, _needs("title", lacks="author editor")),
    # "In: American Political Science Review, 107. Jg., Heft" + "4,"
    (number_words_out_of_journal, _needs("journal", after="journal > volume")),
    (
        season_as_issue,
        _needs("volume", "journal", "date pages", "location pages", "container-title pages"),
    ),
    (
        year_out_of_name_end,
        _needs("journal", "title", "location", "pages", lacks="date"),
    ),
    # "Journal of the American Institute of Planners," + "35 (1969a),"
    (volume_out_of_date, _needs("journal date", after="journal > date", lacks="volume")),
    (imprint_after_medium, _needs("title", lacks="location publisher journal container-title")),
    # "In:" + "2019" + "[cit. 2019-03-29]."
    (host_mark_read_as_place, _needs("location")),
    # "Improving public services for people in Wales. Cardiff, Welsh Government." + link
    (
        comma_imprint_out_of_title_end,
        _needs("title", lacks="location publisher journal container-title"),
    ),
    # "edited by Edelenbos J, van Meerkerk I. Cheltenham, Edward Elgar," as the editors
    # "Kassen, T.R., Cepiku, D., Lah, T.J., Eds.; Routledge: London," as the place
    (
        acs_editors_read_as_place,
        _needs("container-title location", "container-title publisher", lacks="editor"),
    ),
    (imprint_read_into_editors, _needs("editor", lacks="location publisher")),
    # MLA's "edited by T. Bovaird and E. Loeffler," + "Routledge," read as the place
    (publisher_after_placeless_editors, _needs("editor", lacks="publisher")),
    # "Lusch, R., Vargo, S., Eds., M E Sharpe," + "New York,"
    (publisher_after_editors_mark, _needs("editor", lacks="publisher")),
    # "In: Trust, risk and uncertainty. Watson, S. and Moran, A. (eds.)" + "Palgrave Macmillan:"
    (book_before_marked_editors, _needs("editor", lacks="journal")),
    # "In Critical Reflections …, J. Edelenbos, I. van Meerkerk, eds., Edward Elgar,"
    (editors_and_publisher_read_into_book, _needs("container-title", lacks="editor")),
    # "in Trust, risk and uncertainty S. Watson, and A. Moran (Editors),"
    (book_and_imprint_around_bracket_marked_editors, _needs("editor", lacks="journal")),
    # "Bovaird, T.; Loeffler, E. In Trust, risk and uncertainty; Watson, S., Moran, A., Eds.;"
    (authors_and_book_read_into_editors, _needs("editor", lacks="author title container-title")),
    # "eds. T. R. Kassen, D. Cepiku and T. J." + "Lah (Routledge,"
    (editor_family_read_into_imprint, _needs("editor publisher", "editor location")),
    # "Loeffler, E.; Martin," + "S." + "In Public management and governance;"
    (initial_read_as_pages, _needs("pages", after="editor author pages > pages editor")),
    (names_before_in_book_read_as_editors, _needs("editor container-title", lacks="author")),
    # "Edited by Bovaird T, Loeffler E. Abingdon and New York," + "Routledge," (or + "2016,")
    (
        places_read_into_editors,
        _needs("editor", after="editor > publisher date", lacks="location"),
    ),
    # "In: A. Kowalska, P. Wiśniewski (red.)," + "Zarządzanie publiczne, Warszawa:"
    (
        book_read_into_place,
        _needs("editor location", after="editor > location", lacks="container-title journal"),
    ),
    # "Public management and governance. // Abingdon and New York." + "Routledge."
    (imprint_after_slashes, _needs("container-title", "journal", lacks="location")),
    # "… to live [Internet]. Birmingham," + "Governance International," as a journal
    (
        place_after_medium,
        _needs(
            "title",
            after="title > journal container-title publisher",
            lacks="location volume pages editor",
        ),
    ),
    (
        author_again_ending_title,
        _needs("author title", lacks="publisher journal container-title"),
    ),
    (numbers_out_of_journal, _needs("journal", lacks="volume pages")),
    # "(2008)" + "7" + "Social Policy and Society 221‑231,"
    (pages_out_of_journal_after_volume, _needs("volume journal", lacks="pages")),
    (year_out_of_access_note, _needs("note", lacks="date")),
    (title_out_of_access_note, _needs("note", lacks="title")),
    (imprint_after_medium_note, _needs("note", lacks="publisher")),
    (
        title_read_as_note,
        _needs("date note", lacks="title journal container-title"),
    ),
    # "123. Eijk C van." + "Engagement of Citizens … Services" + "[PhD thesis]."
    (
        title_read_as_note_after_names,
        _needs("author note", after="author > note", lacks="title journal container-title"),
    ),
    (
        imprint_out_of_vancouver_book,
        _needs("container-title", lacks="date publisher pages journal"),
    ),
    (
        semicolon_imprint,
        _needs("author", lacks="journal volume pages editor"),
    ),
    (
        wiley_chapter_editors,
        _needs("editor", "author container-title", "title publisher", "title note"),
    ),
    (
        publisher_after_bracketed_editors,
        _needs("editor", after="editor > location", lacks="publisher"),
    ),
    # "(Kassen" + "TR, Cepiku D, Lah TJ ed.), Routledge," as a place and a publisher
    (bracketed_editors_read_apart, _needs("title", lacks="editor")),
    # "… a rough guide (London)", "Palgrave Macmillan (Basingstoke and" + "New York)."
    (bracketed_places_out_of_segment, _needs("title", "publisher", "note", lacks="location")),
    (bracketed_editors_cut, _needs("editor", after="editor > publisher location")),
    # "London (Kassen, T.R.," + "Cepiku, D., and Lah, T.J., eds.)"
    (bracketed_editors_opened_in_place, _needs("location editor", after="location > editor")),
    # "Stand:" + "2019," with the word read as a place
    (date_lead_read_as_place, _needs("location date", after="location > date")),
    # "In: J. EDELENBOS a I. VAN MEERKERK," + "ed." + "Critical reflections …"
    (editors_before_their_mark, _needs("editor", after="container-title > editor")),
    # "In, editors" + "T. R. Kassen, D. Cepiku, T. J. Lah." + "The Routledge handbook …"
    (
        editors_after_their_lone_mark,
        _needs("editor author title", "editor author container-title", after="editor > author"),
    ),
    # "S. Watson och A. Moran, red.," before the pages as a journal
    (marked_editors_read_as_journal, _needs("pages", lacks="editor volume")),
    (
        book_out_of_title_before_editors,
        _needs("title", after="title > editor", lacks="container-title"),
    ),
    # "… failure, Trust, risk and uncertainty." + "Edited by Watson S, Moran A."
    (
        book_out_of_title_before_edited_by,
        _needs("title", after="title > editor", lacks="container-title journal"),
    ),
    (
        publisher_before_vancouver_year,
        _needs(
            "journal date",
            "container-title date",
            "location date",
            lacks="publisher volume pages",
        ),
    ),
    (publisher_read_as_container, _needs("container-title", after="container-title > location")),
    # "Governance International: Birmingham," + "2016" read as a journal
    (
        publisher_colon_places_read_as_journal,
        _needs("journal", "container-title", lacks="volume issue pages publisher location"),
    ),
    (title_end_read_as_author, _needs("title", after="title > author")),
    # "BMJ [Internet]." as a note
    (medium_named_in_note, _needs("note", lacks="container-title journal")),
    # "Brown A, Smith B. Co-production. BMJ." as the authors
    (title_out_of_vancouver_names, _needs("author", lacks="title container-title journal")),
    # "…, [w:] Trust, risk and uncertainty," as one title
    (book_after_in_mark, _needs("title", lacks="container-title")),
    # "In The Palgrave Handbook of … and" + "Outcomes; Loeffler, E., …, Eds.;"
    # "In Critical reflections …; Edelenbos, J.;" + "van Meerkerk, I., Eds.; …"
    (editors_read_into_book_end, _needs("editor", after="container-title > editor")),
    (book_end_out_of_editors, _needs("editor", after="container-title > editor")),
    # "v. 73," + "n. 8, p. 1317–1352"
    (issue_out_of_neighbours, _needs("journal pages", "journal volume")),
    # an access date read as a name: it follows the link
    (access_read_as_name, _needs("publisher url", "journal url", "container-title url")),
    (published_on_read_as_name, _needs("date", after="journal publisher container-title > date")),
    (
        places_run_into_book,
        _needs("container-title", after="container-title > location publisher"),
    ),
    # "Public management and governance. Abingdon and New" + "York:"
    (place_cut_into_book, _needs("container-title", after="container-title > location")),
    # "Public management and governance. Abingdon and New York," as the book
    (places_ending_book, _needs("container-title", lacks="location")),
    # "ed. T. Bovaird, E. Loeffler, Abingdon and New York," + "Routledge,"
    # "Routledge, Abingdon and New York. Bovaird, T.; Loeffler, E. (Hrsg.)." as editors
    (imprint_opening_editors, _needs("editor", lacks="publisher location")),
    (places_out_of_editors, _needs("editor", after="editor > publisher date location")),
    # "Eds: Bovaird, T. and Loeffler, E. Abingdon and" + "New York:"
    (place_cut_from_editors, _needs("editor", after="editor > location")),
    (first_page_after_volume, _needs("volume date", lacks="pages")),
    # "(2019)" + "39" + "Public Money and Management," (as the publisher) + "241–252."
    (
        journal_read_as_publisher_between_numbers,
        _needs("volume publisher pages", lacks="journal container-title"),
    ),
    (law_journal_numbers, _needs("journal volume", "journal pages")),
    (volume_in_pages, _needs("journal date pages", lacks="volume")),
    (
        page_range_read_as_volume,
        _needs("journal volume", "editor container-title volume", lacks="pages"),
    ),
    # "New Public Governance, the Third Sector and Co-Production, 129–44," as the book
    (pages_out_of_book_end, _needs("editor container-title", lacks="pages journal")),
    (bracketed_imprint_note, _needs("note", lacks="publisher date")),
    # "ed. by T. Bovaird and E. Loeffler (Routledge),"
    (bracketed_publisher_after_editors, _needs("editor", lacks="publisher")),
    # "Governance International Blog (Birmingham, Governance International)."
    (
        bracketed_place_and_publisher,
        _needs("note", "journal", "container-title", lacks="publisher location"),
    ),
    # "… in public services" + "(Russell Sage Foundation)." as a note
    (bracketed_publisher_note, _needs("title note", after="title > note", lacks="publisher")),
    (access_out_of_date, _needs("date url", "date note")),
    (year_read_as_pages, _needs("pages", lacks="date")),
    (issue_read_into_pages, _needs("pages", "volume")),
    (issue_before_pages_mark, _needs("volume pages")),
    (report_number_read_as_pages, _needs("pages publisher", "pages genre")),
    (bracketed_publisher_place, _needs("note", "publisher", "location")),
    # PNAS's "(Governance International," + "2016)." as a journal
    (bracketed_publisher_before_year, _needs("journal", "location", lacks="volume publisher")),
    # "… to live (Governance International: Birmingham)." as the title
    # OSCOLA's "‘Title’ (SCIE 2012) SCIE Guide 47" as one title
    (publisher_and_year_out_of_title, _needs("title", lacks="date publisher")),
    (
        bracketed_imprint_out_of_title,
        _needs("title", "container-title", lacks="location journal"),
    ),
    # "… public services (Russell Sage Foundation," + "1980)." as the title
    (bracketed_publisher_read_into, _needs("date", lacks="publisher")),
    # "… with over 200,000" + "Volunteers (Governance International,"
    (title_end_read_into_publisher, _needs("title publisher", after="title > publisher")),
    (year_read_as_volume, _needs("journal volume", lacks="date")),
    (year_and_issue_in_volume, _needs("volume", lacks="date")),
    (issue_read_into_date, _needs("journal date", lacks="volume")),
    # "… Review”" + "107" + "(2013) 4," + "726–741."
    (issue_after_bracketed_year, _needs("journal date pages", "container-title date pages")),
    # "v.107, p.726–741," as the volume
    (marked_pages_out_of_volume, _needs("volume", lacks="pages")),
    (pages_out_of_date, _needs("journal date", lacks="pages")),
    (
        imprint_read_as_journal,
        _needs("journal", "container-title", lacks="volume pages editor publisher location"),
    ),
    # "Public management and governance, Abingdon and New York" + "2016,"
    (
        places_out_of_book,
        _needs("container-title", after="container-title > date pages", lacks="location publisher"),
    ),
    # "2012" + "r." (Polish "year") as a name
    (year_word_into_date, _needs("date", after="date > author editor note publisher genre")),
    # "Final Nobel Prizes Awarded." + "The Honolulu Advertiser" as the publisher
    (periodical_read_as_publisher, _needs("title", lacks="location journal container-title")),
    # "… Technology Pages 1096–1099" as the title
    (pages_out_of_title, _needs("title", lacks="pages")),
    # "Leiden: Leiden" + "University." as place and author
    (publisher_end_read_as_author, _needs("location author", lacks="publisher")),
    # "Los Angeles:" + "University of California," + "Los Angeles."
    (campus_read_as_place, _needs("publisher", after="publisher > location")),
    # "Public Administration Review lxxvi" + "(2016),"
    (
        small_roman_volume_out_of_journal,
        _needs("journal date", "container-title date", lacks="volume"),
    ),
    # "“American Political Science Review” CVII," before the issue
    (roman_volume_out_of_journal, _needs("journal")),
    # "176(1-2) p 145-157" as the pages
    # "Local Government Studies." + "2014;" + "40:" as the title (no article title)
    (journal_read_as_title, _needs("title", lacks="journal container-title publisher editor")),
    # "Public Money and Management," + "39:241–252." as a publisher
    (
        journal_read_as_publisher,
        _needs("publisher pages", lacks="journal container-title location"),
    ),
    (volume_out_of_pages, _needs("pages", lacks="volume")),
    # "Vol. 23 Doubleday" as the publisher
    (
        volume_out_of_neighbours,
        _needs("publisher", "location", "container-title", lacks="volume"),
    ),
)


@lru_cache(maxsize=16384)
def _rules_for(labels: tuple[str, ...]) -> tuple[int, ...]:
    """The numbers of the segment rules that may mend a reference with these labels, in
    order (label sequences recur, so this is worked out once per sequence)."""
    return tuple(
        number for number, (_rule, when) in enumerate(_SEGMENT_RULES) if when.allows(labels)
    )


def repair_segments(segments: list[Segment]) -> list[Segment]:
    """Segment-level fixes for patterns the CRF rarely saw (the rules of `_SEGMENT_RULES`,
    in order); then a report descriptor printed after the title ("Case Study",
    "(Research Briefing 31)") is a genre, and a short descriptor labelled as container
    without "In" or editors is one too; last, a thesis's university read as the place
    is the publisher."""
    labels = tuple(s.label for s in segments)
    todo = _rules_for(labels)
    at = 0
    while at < len(todo):
        number = todo[at]
        at += 1
        repaired = _SEGMENT_RULES[number][0](segments)
        if repaired is not segments:
            segments = repaired
            now = tuple(s.label for s in segments)
            if now != labels:  # the rules still to run are those the new labels allow
                labels, todo = now, _rules_for(now)
                at = bisect_right(todo, number)
    present = set(labels)
    out: list[Segment] = []
    for seg in segments:
        if seg.label == "title" and "genre" not in present and "journal" not in present:
            pieces = split_genre_from_title(seg, publisher_known="publisher" in present)
            out.extend(pieces)
            present.update(p.label for p in pieces)
            continue
        if (
            seg.label == "container-title"
            and "genre" not in present
            and "editor" not in present
            and not seg.text[:3].lower().startswith("in")
            and len(seg.text.split()) <= 8
            and fields.looks_like_genre(seg.text)
            and not fields.names_subject(seg.text)
            and not fields.is_blog(seg.text)
            and not fields.is_conference(seg.text)
        ):
            out.append(Segment("genre", seg.text, seg.confidence))
            present.add("genre")
            continue
        out.append(seg)
    if "genre" in present and "location" in present and "publisher" not in present:
        out = institution_read_as_place(out)
    return out
