"""Marks a reference prints in a way the labeller would misread, respaced before labelling.

Styles and copies run a colon or a full stop into the next word ("Basingstoke and New
York:Palgrave Macmillan", "… governance failure.Pages 143–162 in"), which makes one
token of two words; Polish lists print a chapter's "In:" as "[w:]" or "W:", Turkish ones
as "İçinde:", Indonesian ones as "Dalam". Spaced out and read as "In:", the words
around them are labelled as the same words elsewhere are. Hungarian lists print the
number before its word ("4. sz.", "726–741. o."); read with the word first, it is
labelled as "no. 4" and "pp. 726–741" are; other languages' words for volume, issue and
pages ("kd", "č.", "hlm.") are read as "vol.", "no." and "pp.". Some lists join names
with dashes ("Aligica P. – Tarko V."), read as the commas other lists print.
"""

from __future__ import annotations

import re

#: A chapter's "in" printed in brackets before the editors, as Polish styles print it:
#: "[w:] S. Watson, A. Moran (red.), Trust, risk and uncertainty" (before the book, the
#: mark is left to the segment rules: "[w:] Trust, risk and uncertainty, S. Watson").
_BRACKETED_IN = re.compile(r"\[(?:w|[Ii]n):\](?=\s+[A-Z]\.)")
#: A full stop or colon right before a word: what a glued one shows (".Pages", ":Palgrave").
_FULL_STOP_BEFORE_WORD = re.compile(r"\.(?=[A-Z][a-z])")
_COLON_BEFORE_WORD = re.compile(r":(?=[A-Z][a-z])")
#: A colon printed with no space after it between words: "London:Routledge", "Basingstoke
#: and New York:Palgrave Macmillan", "principals:The impact".
_GLUED_COLON = re.compile(r"(?<=[a-z]):(?=[A-Z][a-z])")
#: A full stop printed with no space after it between words, or after a year: "governance
#: failure.Pages 143–162 in", "The Symposium.Trans. Christopher Gill.London", "NESTA,
#: 2009.Available from:" (not in a link: "www.Example.org", "https://example.Org").
_GLUED_FULL_STOP = re.compile(
    r"(?<![/@.\w])(?!www\.)([A-Za-z][a-z]{2,}|(?:1[5-9]|20)\d\d[a-z]?)\.(?=[A-Z][a-z]{2})"
)

#: A year printed with no space before a bracket: "2020[cited 2020 Sep]" (not in a link).
_YEAR_BEFORE_BRACKET = re.compile(r"(?<![/\w])((?:1[5-9]|20)\d\d[a-z]?)\[(?=[A-Za-z])")

#: A chapter's "in" in other languages, after the title and before the editors or the book:
#: Turkish "İçinde:", Indonesian and Malay "Dalam" and "Di dalam:", Finnish "Teoksessa",
#: Spanish "En:", Portuguese "Em:" (or "Em" before a family name in capitals: "Em WATSON,
#: S."), French "Dans:" (the NLM's, with no space before the colon), Romanian "în", and one
#: letter with a colon (Polish "W:", Czech and Slovenian "V:", Croatian "U:", Scandinavian
#: "I:"; Polish "w:" and Croatian "u:" in small letters too).
_FOREIGN_IN = re.compile(
    r"(?<=[.?!,»”\"’] )(?:[Iİ]çinde:?|(?:Di d|D)alam:?|Teoksessa:?|E[nm]:|Dans:|în:?"
    r"|E[nm](?= [A-ZÀ-Ý]{2,}[A-ZÀ-Ý'’-]*,)|[WVUIwu]:)(?= [A-ZÀ-ÝĆŁŚŻŹ])"
)
#: What a letter with a colon follows when it is a name's initial ("Smith, W: Title",
#: "Smith J. W: Title") or a roman number ("Vol. I: Fish sampling"), not a chapter's "in".
_NO_IN_BEFORE_LETTER = re.compile(
    r"(?:, |(?:^|[\s.])(?:[A-Z]|vol|bd|t|tome|part|book|no|nr|s|ch|cap|kap)\. )$", re.I
)

#: Hungarian numbers before their word: "23. évf." (volume), "4. sz." (issue), "726–741.
#: o." (pages), read as "vol. 23", "no. 4", "pp. 726–741.".
#: French typography's space before a semicolon or a colon: "Bovaird, T. ; Loeffler, E. :"
#: (not after "In", whose spaced colon the labeller knows: "In : WATSON (S.)", nor before
#: a number, as the pages after the publisher: "Westview Press : 7‑49").
_SPACE_BEFORE_STOP = re.compile(r"(?<=[\w.)])(?<!\b[Ii]n)(?<!\b[Dd]ans) ([;:])(?= [^\d\s])")
#: A space before the comma after a closing quote (some French styles): "… » , in :".
_SPACE_BEFORE_COMMA_AFTER_QUOTE = re.compile(r"(?<=[»”]) (?=,)")
#: The entry's year letter run into the title after the bracketed year (a style that
#: prints the letter after the date): "(2009) aEngaging public sector clients" (not
#: "(2005) cDNA microarrays": the capital opens a word of small letters).
_YEAR_LETTER_OPENING_TITLE = re.compile(r"\(((?:1[5-9]|20)\d\d)\) ([a-h])(?=[A-Z][a-z])")
#: ISO 690's medium as a sentence of its own after the title: "… evidence review Online.
#: Briefing Note …", "… interests. Online. 2019.", French "… Governance International, En
#: ligne. < http://… >" (bracketed, as Harvard prints it).
_BARE_ONLINE = re.compile(r"(?<=[\w.,?!)”\"’]) (?:Online|En ligne)\.(?= \S)")
#: Polish "r." (rok, year) after a year that ends a part: "The Urban Institute, 1976 r.",
#: "2016 r., http://…" (not inside a title: "… w 2003 r. GUS").
_POLISH_YEAR_WORD = re.compile(r"(?<=\b(?:1[5-9]|20)\d\d) r\.(?=[,;]|$)")
#: A year's letter after a hyphen or a space: "(2016-c)" for "(2016c)", FAO's "2009 a." for
#: "2009a." (not "1998 p. 273", "w 2003 r.": the letters of pages and of Polish years).
_HYPHENED_YEAR_LETTER = re.compile(r"\(((?:1[5-9]|20)\d\d)-([a-z])\)")
#: … or after the colon that follows the bracketed year (Arachne): "(2016):c What has …".
_YEAR_LETTER_AFTER_COLON = re.compile(r"\(((?:1[5-9]|20)\d\d)\):([a-h])(?= )")
#: The bracketed year run into the title after it: "Alford, J. (2009b)Engaging public …",
#: "(2016)‘What has …".
_YEAR_GLUED_TO_TITLE = re.compile(r"(\((?:1[5-9]|20)\d\d[a-z]?\))(?=[A-Z‘“«\"])")
#: A comma run into the quote that opens the title: "Bovaird, T & Loeffler, E 2005,‘Title’".
_COMMA_GLUED_TO_QUOTE = re.compile(r"(?<=\w),(?=[‘“«])")
#: A volume and its pages parted by a bare comma after a journal: "Review, 107,726–741.".
_VOLUME_COMMA_PAGES = re.compile(r", (\d{1,4}),(?=\d{1,6}[-–‑]\d{1,6}\.?(?:\s|$))")
#: An access word run into the date after it: "URL (consultedMarch 2019):".
_GLUED_ACCESS_WORD = re.compile(r"\b(consulted|accessed|retrieved|viewed)(?=[A-Z\d])")
#: The year's letter in capitals (the Zoological Journal of the Linnean Society): "2009B.".
_CAPITAL_YEAR_LETTER = re.compile(r"(?<![\w/])((?:1[5-9]|20)\d\d)([A-H])(?=[.,;:)]?(?:\s|$))")
#: The year's letter in brackets after it (South African law journals): "2009(a).".
_BRACKETED_YEAR_LETTER = re.compile(r"(?<![\w/])((?:1[5-9]|20)\d\d)\(([a-h])\)")
#: Spanish and Portuguese editions with the raised ordinal: "2.ª edición", "2.ª ed.",
#: "3ª edição" (read as "2a ed.", which the labeller knows).
_IBERIAN_EDITION = re.compile(r"(?<![\w.])(\d{1,2})\.?\s?[ªº]\.?\s(?:edición|edição|ed\.)")
#: The AMA's edition, its word before the number: "(ed 2)" (read as "(2 ed.)", not as an
#: issue).
_EDITION_WORD_FIRST = re.compile(r"\(ed\.? (\d{1,2})\)")
#: Other languages' bracketed editors' marks that the labeller rarely met, read as "(eds.)":
#: French "(sous la direction de)", Italian "(a cura di)" and "(a c. di)", Hungarian
#: "(szerk.)", Finnish "(toim.)", Icelandic "(ritstj.)", Basque "(arg.)", Turkish "(edt.)",
#: Danish "(red)" (Polish "(red.)", with its full stop, the labeller knows; not a
#: compiler's "(comp.)", Portuguese "(Orgs.)" nor Cyrillic "(ред.)", which the labeller
#: reads as the annotation has them).
_FOREIGN_EDITORS_MARK = re.compile(
    r"\((?i:sous\s+la\s+direction\s+de|a\s+(?:cura|c\.)\s+di|(?:szerk|toim|ritstj|arg|edt)\.|red)\)"
)
#: Other languages' word for the editors after their names, read as "editors": Italian
#: "Watson S, Moran A, curatori.", German "Herausgeber", Polish "redaktorzy", Swedish,
#: Danish and Norwegian "redaktörer"/"redaktører", Finnish "toimittajat", Czech "editoři",
#: Hungarian "szerkesztők", Turkish "editörler", Portuguese "organizadores", Croatian and
#: Slovene "urednici"/"uredniki", Icelandic "ritstjórar", Estonian "toimetajad", French
#: "rédacteurs", Spanish "editores", and the NLM's "editor(s)".
_FOREIGN_EDITORS_WORD = re.compile(
    r", (?i:curator[ei]|herausgeber(?:in(?:nen)?)?|redaktor(?:zy)?|redakt[öø]r(?:er)?|"
    r"toimittaja(?:t)?|editoři|szerkesztő(?:k)?|editör(?:ler)?|organizador(?:es|as?)?|"
    r"urednik[ai]?|urednici|ritstjór(?:i|ar)|toimetaja(?:d)?|r[ée]dacteur(?:s|rices?)?|"
    r"editor\(s\)|editores)(?=[.,;)]|$)"
)
#: French "dir." (sous la direction de) after the editors' names with no bracket, read as
#: "eds.": "in : Pestoff V., Brandsen T., Verschuere B., dir., New public governance".
_BARE_DIRECTION_MARK = re.compile(r"(?<=\b[A-Z]\.), dir\.(?=,)")
#: Other languages' "edited by" before the editors' names after the book, read as "edited
#: by": French "sous la direction de", Italian "a cura di", Spanish "editado por", Polish
#: "red." and "pod red." (pod redakcją) before an initial (after the names, "Watson S, Moran
#: A, red." marks them as "eds." does).
_FOREIGN_EDITED_BY = re.compile(
    r", (?:(?:sous la direction de|a cura di|editado por) (?=[A-ZÀ-Ý])"
    r"|(?:pod )?red\. (?=[A-ZÀ-Ý]\.))"
)
#: Icelandic "ritstj." (ritstjóri) before the editors' names, read as "eds.".
_ICELANDIC_EDITORS_WORD = re.compile(r"(?<=[\s,])ritstj\.(?=\s)")
_SPACED_YEAR_LETTER = re.compile(r"(?<=[\s(])((?:1[5-9]|20)\d\d) ([a-h])(?=[.,:;)]{1,2} )")
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
#: Other languages' "et al.": Portuguese "e colab.", Spanish "y col." and "y cols.", Italian
#: "e coll.", Swedish and Norwegian "m.fl.", Finnish "ym." (the name reader knows them too).
FOREIGN_ET_AL = r"(?:e\s+colab|y\s+cols?|e\s+coll|m\.\s?fl|ym)\."
#: One of them after a name or its initials.
_FOREIGN_ET_AL = re.compile(rf"(?<=[\w.,]) {FOREIGN_ET_AL}(?=[\s,;:(]|$)")
_FOREIGN_ET_AL_HINTS = (" e colab.", " y col", " e coll.", " m.fl.", " m. fl.", " ym.")
_HUNGARIAN_VOLUME = re.compile(r"\b(\d{1,4})\. évf\.")
_HUNGARIAN_ISSUE = re.compile(r"\b(\d{1,4})\. sz\.")
_HUNGARIAN_PAGES = re.compile(r"\b(\d+(?:\s*[-–]\s*\d+)?)\. o\.(?=\s|$)")

#: A slash before a name written family name first with its given name in full, as German
#: legal styles join authors: "Parks, Roger B./ Baker, Paula C./ Kiser, Larry"; read as a
#: semicolon (names with initials, "Lusch, R./ Vargo, S.", the labeller reads as they are).
_SLASH_BETWEEN_NAMES = re.compile(
    r"/(?:(?<=[a-zà-ÿ]/)|(?<=\b[A-Z]\./)) ?(?=[A-ZÀ-Ý][a-zà-ÿ'’-]+(?: [A-ZÀ-Ý][a-zà-ÿ'’-]+)?, "
    r"[A-ZÀ-Ý][a-zà-ÿ]+(?: [A-Z]\.)?(?=[/,:]|\s\(?(?:1[5-9]|20)\d\d))"
)
#: A dash between two names, as Hungarian, Italian and Turkish lists join authors:
#: "Aligica P. – Tarko V.", "Garn, H. – Flax, M.", "S. Watson - A. Moran"; read as a comma.
_DASH_BETWEEN_NAMES = re.compile(
    r"(?<=\b[A-Z]\.) [-–—] (?=[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){0,2},? [A-Z]\.)"
    r"|(?<=[a-zà-ÿ]) [-–—] (?=(?:[A-Z]\. ?){1,3}(?:[a-z]{1,3} )?[A-ZÀ-Ý][a-zà-ÿ])"
)

#: The volume, issue and pages words of other languages, before a number, with the
#: English mark they are read as: Estonian "kd 107, nr 4, lk 726–741", Czech and Slovak
#: "roč. 12, č. 3", Croatian "sv. 12, br. 3", Indonesian "hlm. 143–162", Latvian "lpp.".
_NUMBER_WORDS = {
    "kd": "vol.", "roč.": "vol.", "sv.": "vol.", "br.": "no.", "č.": "no.",
    "hlm.": "pp.", "lk": "pp.", "lpp.": "pp.",
}  # fmt: skip
_NUMBER_WORD = re.compile(r"(?<![\w.])(kd|roč\.|sv\.|br\.|č\.|hlm\.|lk|lpp\.) ?(?=\d)")
#: German "Band 107, Ausgabe 4" or ISO 690's "Bd. 35, Nr. 4": a journal's volume and issue
#: ("Band 4 der Reihe …" or "Bd. 4: Pädagogik …" alone numbers a series' book, and stays).
_GERMAN_VOLUME_ISSUE = re.compile(r"\b(?:Band|Jahrgang|Bd\.) (\d+), (?:Ausgabe|Nr\.) (?=\d)")
#: Turkish "C: 107, S: 4" (cilt, sayı).
_TURKISH_VOLUME_ISSUE = re.compile(r"\bC[:.] ?(\d+), S[:.] ?(?=\d)")
#: … and their short forms with a volume in roman numerals: "c. CVII, sy 4".
_TURKISH_SHORT_VOLUME_ISSUE = re.compile(r"\bc\. ([IVXLCDM]+|\d+), sy\.? (?=\d)")
#: Turkish "içinde" (in) after the book, before the bracketed pages: "Trust, risk and
#: uncertainty içinde (ss. 143-162)" (APA's Turkish edition).
_TURKISH_IN_AFTER_BOOK = re.compile(r" içinde(?= \()")
#: A volume and the year after a slash: "vol. 107 / 2013, number 4" (read as "vol. 107
#: (2013), number 4").
_VOLUME_SLASH_YEAR = re.compile(r"(?<=\bvol\. )(\d{1,4}) / ((?:1[5-9]|20)\d\d)\b")
#: The issue printed before the volume (French presses' "nᵒ 4, vol. 35"), read in the
#: usual order ("vol. 35, no. 4").
_ISSUE_BEFORE_VOLUME = re.compile(r"\bn(?:ᵒ|o|°|º)\.? ?(\d{1,4}), vol\. (\d{1,4})\b")
#: A volume and its pages parted by a full stop (the Linguistic Society of America's
#: "Review 107.726–741."), read as "107: 726–741".
_VOLUME_STOP_PAGES = re.compile(
    r"\.(?:(?<=[a-z] \d\.)|(?<=[a-z] \d{2}\.)|(?<=[a-z] \d{3}\.)|(?<=[a-z] \d{4}\.))"
    r"(?=\d{1,6}[-–‑]\d{1,6}[.,]?(?:\s|$))"
)
#: A colon run into the pages that end the reference: "Palgrave Macmillan:143–162.".
_COLON_GLUED_TO_PAGES = re.compile(r"(?<=[a-z]):(?=\d{1,6}[-–‑]\d{1,6}\.?$)")
#: A space before the full stop after a year: "Cooperative Party 2019 . Public services"
#: (not ISBD's ". - " between areas: "juillet 1959 . - s.n.").
_SPACE_BEFORE_STOP_AFTER_YEAR = re.compile(r"(?<=\b(?:1[5-9]|20)\d\d) \.(?= [^-–—])")
#: Estonian marks: "Toim" (toimetanud, edited by) before the editors' names ("Toim S.
#: Watson", "Toim Victor Pestoff"), "Veebiaadress:" (web address) before a link, and
#: "[Vaadatud" (viewed) before the date.
_ESTONIAN_MARKS = (
    ("Toim ", "Edited by "),
    ("Veebiaadress:", "Available at:"),
    ("[Vaadatud", "[Accessed"),
)
#: A dash opening the book after the chapter's full stop, before the book's editors (the
#: Estonian journals' "In"): "… failure. – Trust, risk and uncertainty. Eds S. Watson".
_DASH_OPENING_BOOK = re.compile(r"(?<=[.?!]) [–—] (?=[A-Z][^.]*\. (?:Eds?|Edited by)\.? [A-Z]\.)")
#: Danish and Norwegian "årgang" (volume) after its number: "107. årgang," (read as "vol.
#: 107,").
_VOLUME_AFTER_ARGANG = re.compile(r"\b(\d{1,4})\. årgang\b")
#: Danish, Norwegian and Swedish "i" (in) between a chapter's pages and the book's editors:
#: "…, s. 143–162 i S. Watson & A. Moran (red)".
_SCANDINAVIAN_IN_AFTER_PAGES = re.compile(r"(?<=\d) i (?=(?:[A-Z]\.\s?)+[A-ZÀ-Ý][\w'’-]+)")
#: The year's letter after the year's full stop at the end (ABNT): "p. 216–224, 1969.a.".
_LETTER_AFTER_YEAR_STOP = re.compile(r"(?<=\b(?:1[5-9]|20)\d\d)\.([a-h])\.?$")
#: A year run into the "URL" after it (the British Journal of Dermatology): "2016URL
#: http://…".
_YEAR_GLUED_TO_URL = re.compile(r"(?<=\b(?:1[5-9]|20)\d\d)(?=URL\s)")
#: Italian "testo disponibile al sito" (text available at the site), read as "Available at".
_ITALIAN_AVAILABLE_AT = re.compile(r"\b[Tt]esto disponibile al sito\b")
#: German "Heft" (issue) before the volume in brackets: "Heft 4 (107)" (read as "vol. 107,
#: no. 4").
_HEFT_THEN_BRACKETED_VOLUME = re.compile(r"\bHeft (\d{1,4}) \((\d{1,4})\)")
#: A chapter's "in:" with a comma after it, before the editors: "Loeffler, E., in:, Watson S".
_IN_COLON_COMMA = re.compile(r", in:, (?=[A-Z])")
#: Persian styles' year letter before the year, after a dash: "a–2009." (read as "2009a.").
_LETTER_DASH_YEAR = re.compile(r"\b([a-h])[–-]((?:1[5-9]|20)\d\d)\b")
#: Turkish volume and issue words: "Cilt 107, Sayı 4" (read as "vol. 107, no. 4").
_TURKISH_NUMBER_WORD = re.compile(r"(?<![\w.])(Cilt|Sayı) (?=\w)")
_TURKISH_NUMBER_WORDS = {"Cilt": "vol. ", "Sayı": "no. "}
#: Pages' words the labeller rarely met, read as "pp.": Turkish "ss. 726-741" (sayfalar),
#: Icelandic "bls. 726–741" (blaðsíður); and "pp:162–177" with a colon or "pp143–162" run
#: into the number.
_FOREIGN_PAGES = re.compile(r"(?<=[ (])(?:ss\.|bls\.|pp:|pp(?=\d)) ?(?=\d)")
#: A list number run into the entry: "[27]M. Etgar:", "55.Osborne, S. P.", "27M. Etgar,",
#: "37)J. Lasker,".
_GLUED_LIST_NUMBER = re.compile(
    r"^(\[\d{1,4}\]|\d{1,3}\.(?=[A-Z][a-z])|\d{1,3}\)?(?=[A-Z]\.\s?[A-Z][a-z]))(?=[^\s\d])"
)
#: A bracketed list number with spaces inside it: "[ 1] Alford J" (read as "[1]").
_SPACED_LIST_NUMBER = re.compile(r"^\[\s+(\d{1,4})\s*\]")
#: A year run into the word before it, ending a sentence (a missing space): "Public
#: services in our interests2019.", "Governance International Blog2014." (not in a link).
_GLUED_YEAR = re.compile(r"(?:1[5-9]|20)\d\d(?<=[a-z]{2}\d{4})[a-z]?(?=\.(?:\s|$))")
#: The word a glued year is run into, at the end of the text before it (not in a link).
_WORD_BEFORE_GLUED_YEAR = re.compile(r"(?<![\w/.:=?&%#~-])[^\W\d_]*$")
#: Months' names and their short forms, before a year run into them ("25 July2016.").
_MONTH_ENDING = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$")
#: A comma run into the year after a name (a missing space): "Palgrave Macmillan,2009.".
_GLUED_COMMA_BEFORE_YEAR = re.compile(r",(?<=[^\W\d_]{2},)(?=(?:1[5-9]|20)\d\d[a-z]?(?:[.,;)]|$))")
#: Volume, issue and pages parted by slashes after the journal's comma: "Planners,
#: 35/4/216–224" and "Review, 76/427–435"; read as "35(4): 216–224" and "76: 427–435"
#: ("44/2-3" is a volume and a double issue).
_SLASHED_NUMBERS = re.compile(
    r", (\d{1,4})/(?:(\d{1,3})/(?=\d+\s*[-–]\s*\d+)|(?=\d{2,}\s*[-–]\s*\d{2,}))"
)
#: A word or a year run into the bracket closing before it: "[Internet]Available from:",
#: "[Internet]2019;".
_WORD_AFTER_BRACKET = re.compile(r"(?<=\])(?=[A-Z][a-z]|(?:1[5-9]|20)\d\d\b)")
#: An access note run into the link before it, and its date into its word:
#: "…/co-production[accessed29 March 2019]".
_GLUED_ACCESS_NOTE = re.compile(r"(?<=\S)(?=\[(?i:accessed|viewed|cited))|(?<=\[accessed)(?=\d)")
#: The entry's year letter printed before its year, last: "pp.216–224. a1969".
_LETTER_BEFORE_LAST_YEAR = re.compile(r"(?<=\s)([a-h])((?:1[5-9]|20)\d\d)(?=\.?$)")
#: … or after it, spaced: "London: SCIE; 2009 b." (Vancouver prints the year last).
_SPACED_LETTER_AFTER_LAST_YEAR = re.compile(r"(?<=[\s;,])((?:1[5-9]|20)\d\d) ([a-h])(?=\.?$)")
#: A journal run into the title's last word with no space (as some styles print a
#: journal in italics, and PDF copies lose the space): "… revisitedAmerican Political
#: Science Review 107:726", "… circles?Local Government Studies 40(4):".
_JOURNAL_GLUED_TO_TITLE = re.compile(
    r"(?:(?<=[a-z]{4})|(?<=[a-z][?!]))(?=(?:[A-Z][a-z]{2,}|[A-Z]{3,}:?)(?:\s+(?:[a-z]{2,3}\s+)*"
    r"[A-Z][\w-]*:?){1,8},?\s+\d{1,4}\s*[:(])"
)
_YEAR_TOKEN = re.compile(r"\b(?:1[5-9]|20)\d\d[a-z]?\b")
#: A capital right after a small letter or a question mark, which a run-in journal needs:
#: the cheap test before the others.
_CAPITAL_AFTER_SMALL = re.compile(r"[a-z?!][A-Z]")
#: An issue and its year parted by a slash after a journal's volume, before the pages
#: (Slovak styles): "Review 107, 4/2013, pp." (read as "107, no. 4, 2013, pp.").
_ISSUE_SLASH_YEAR = re.compile(r"([a-z] \d{1,4}, )(\d{1,2})/((?:1[5-9]|20)\d\d)(?=, pp?\.)")
#: A volume in brackets before the issue's "Nr." (German styles): "(107)Nr. 4 (2013),"
#: (read as "107, no. 4 (2013),").
_BRACKETED_VOLUME_THEN_NR = re.compile(r"(?<![\w)])\((\d{1,4})\)\s?Nr\.\s?(?=\d)")
#: Volume, slash, issue and a colon before the pages: "107/4:726–741", "76/:427–435" (read
#: as Vancouver's "107(4):726–741", "76:427–435").
_VOLUME_SLASH_ISSUE_COLON = re.compile(r"(?<=\s)(\d{1,4})/(\d{0,3}):(?=\d)")
#: An issue in brackets run into the pages after the volume's colon: "35: (4)216–224"
#: (read as "35(4): 216–224").
_ISSUE_RUN_INTO_PAGES = re.compile(r"(?<=\d)(:\s?)\((\d{1,3})\)(?=\d)")
#: Persian and Arabic marks between Latin-script names and words: the comma "،", "در"
#: (in) and "ویراسته‌ی" (edited by; here without its zero-width non-joiner, which the
#: text loses before the marks are read).
_PERSIAN_MARKS = (("،", ","), (" در ", " In: "), ("ویراستهی ", "edited by "))
#: A link in angle brackets spaced from them (French styles): "< http://… >".
_SPACED_ANGLE_LINK = re.compile(r"< (https?://\S+) >")
#: Nature's "at" before a link run into the bracket before it: "2016).at <http://…>".
_GLUED_AT_LINK = re.compile(r"(?<=\)\.)(?=at <?https?://)")
#: A link run into the year before it: "2019.https://party.coop/…", "2016http://…".
_LINK_AFTER_YEAR = re.compile(r"(?<=\b\d{4})(\.?)(?=https?://)")
#: A chapter's "In" run into the title's last word, before the editors' initials: "…
#: Local Governance FailureIn S. Watson and A. Moran (Eds.)", "… failureIn: Watson S,"
#: (not "LinkedIn:").
_GLUED_IN = re.compile(
    r"In(?<=[a-z?!]In)(?:(?= (?:[A-Z]\.\s?){1,3}(?:[a-z]{1,3}\s)?[A-Z][a-z])"
    r"|(?<!LinkedIn)(?<!CheckIn)(?=: [A-Z]))"
)
#: The editors' mark run into the first editor's initial: "In, editorsS. Watson", "In,
#: eds.S. Watson" (NLM's and the AMA's chapters whose book has no authors).
_GLUED_EDITORS_WORD = re.compile(r"(?:(?<=\b[Ee]ditors)|(?<=\b[Ee]ds\.))(?=[A-Z]\.)")
#: The mark after the editors run into the book: "Moran, A., editorsTrust, risk …".
_MARK_GLUED_TO_BOOK = re.compile(r"(?<=, editors)(?=[A-Z][a-z])")
#: A semicolon printed with no space after it between names, "Aligica P;Tarko V.", or
#: between a journal and its numbers, "Review;107:726–41.".
_GLUED_SEMICOLON = re.compile(r";(?<=[A-Za-z.];)(?=[A-ZÀ-Ý][a-zà-ÿ]|\d)")
#: Year, volume and pages printed with bare commas: "Review, 2013,107,726–41."; read as
#: Vancouver's "2013;107:726–41.", which the labeller knows.
_COMMA_NUMBERS = re.compile(
    r",(?<= (?:1[5-9]|20)\d\d,)(\d{1,4}),(?=[A-Za-z]?\d+(?:[-–]\d+\.?(?:\s|$)|\.?$|\.\s))"
)
#: Spanish and Portuguese "n." for the issue, after the volume: "v. 107, n. 4".
_ISSUE_N = re.compile(r"(?<=\d, )n\. ?(?=\d)")

#: Letters printed raised after a number as its ordinal ending: French "2ᵉ éd.", "1ʳᵉ".
_RAISED_LETTERS = str.maketrans("ᵉʳᵈᵗʰˢ", "erdths")
_RAISED_LETTER = re.compile("[ᵉʳᵈᵗʰˢ]")
#: German styles' edition raised before the year after the place: "Chichester ²1984" (or
#: "Chichester 21984" once the raised figure is flattened); read as the year alone.
_EDITION_BEFORE_YEAR = re.compile(
    r" (?:[²³⁴⁵⁶⁷⁸⁹]|[2-9](?=(?:1[5-9]|20)\d\d[a-z]?(?:[.,;]|$)))(?<=[a-zà-ÿ] .)"
    r"(?=(?:1[5-9]|20)\d\d)"
)
#: The word before such a year, which names the place.
_PLACE_BEFORE = re.compile(r"(?:^|\s)[A-ZÀ-Ý][\w'’-]* $")
#: German pages mark run into its number: "(S.143-162)" ("p.216" is labelled as printed;
#: "/S.2019" in a link stays).
_GLUED_PAGES_MARK = re.compile(r"S\.(?=\d)")

#: A bracketed word, to be spaced from a word run into it: "Review(Summer):41–45".
_BRACKETED_WORD = re.compile(r"\((?=[A-Z][a-z]+\))")
#: An editors' mark in brackets run into the first name or the book: "In: (eds.)S. Watson,
#: A. Moran", "In: S Watson and A Moran (eds).Trust, risk …".
_GLUED_EDITORS_MARK = re.compile(r"(\((?:eds?|Eds?|Hrsg|hrsg|éds?|dir)\.?\)[.,:]?)(?=[A-Z])")
#: … or run into the last editor's initial or the book's last word before it: "Watson,
#: S., Moran, A.(Eds.) Trust", "Moran A(Eds).", "… uncertainty(eds. Watson, S.".
_INITIAL_GLUED_TO_EDITORS_MARK = re.compile(
    r"\((?:(?<=\b[A-Z]\.\()(?=(?:[Ee]ds?|[Hh]rsg|éds?)\.?\))|(?<=[A-Za-z]\()(?=[Ee]ds?\b))"
)


def _spaced_bracket(match: re.Match[str]) -> str:
    """ " (" for a bracket run into the small letter before it ("Review(Summer)")."""
    return " (" if match.string[match.start() - 1 : match.start()].islower() else "("


def _spaced_pages_mark(match: re.Match[str]) -> str:
    """ "S. " for a German pages mark run into its number, not inside a word or link."""
    before = match.string[match.start() - 1 : match.start()]
    return match.group() if before and (before.isalnum() or before in "./") else "S. "


def _volume_issue_colon(match: re.Match[str]) -> str:
    """ "35(4): " or "76: " for the volume and issue parted by slashes before the pages."""
    return f", {match[1]}({match[2]}): " if match[2] else f", {match[1]}: "


def _without_edition_after_place(match: re.Match[str]) -> str:
    """The space alone for an edition's figure raised before the year after a place
    ("Chichester ²1984"); the figure as printed after any other word ("total 21984")."""
    before = match.string[max(0, match.start() - 40) : match.start() + 1]
    return " " if _PLACE_BEFORE.search(before) else match.group()


def _in_link(match: re.Match[str], mark: str) -> bool:
    """Whether the word `match` ends holds `mark` ("/", "://"): the match is inside a link."""
    word = match.string[: match.start()].rsplit(None, 1)[-1:]
    return bool(word) and mark in word[0]


def _semicolon_for_slash(match: re.Match[str]) -> str:
    """ "; " for a slash between names, not inside a link."""
    return match.group() if _in_link(match, ":/") else "; "


def _spaced_semicolon(match: re.Match[str]) -> str:
    """ "; " for a semicolon run into the next name or number, not inside a link."""
    return ";" if _in_link(match, "/") else "; "


def _with_hungarian_numbers(text: str) -> str:
    """`text` with Hungarian volume, issue and pages marks put before their numbers."""
    if "évf." in text:
        text = _HUNGARIAN_VOLUME.sub(r"vol. \1", text)
    if " sz." in text:
        text = _HUNGARIAN_ISSUE.sub(r"no. \1", text)
    if " o." in text:
        text = _HUNGARIAN_PAGES.sub(r"pp. \1.", text)
    return text


def _in_for_foreign_in(match: re.Match[str]) -> str:
    """ "In:" for a chapter's "in" in another language; "Vol. I:" and "Smith, W:" stay
    as printed."""
    before = match.string[max(0, match.start() - 6) : match.start()]
    if (
        match.group()[:1].isupper()
        and len(match.group()) == 2
        and _NO_IN_BEFORE_LETTER.search(before)
    ):
        return match.group()
    return "In:"


def _volume_issue_parenthesised(match: re.Match[str]) -> str:
    """ "107(4):" for "107/4:", "76:" for "76/:"."""
    return f"{match[1]}({match[2]}):" if match[2] else f"{match[1]}:"


def _journal_spaced_from_title(text: str) -> str:
    """`text` with a journal run into the title before it spaced out, when it comes after
    the year (not in the authors' names) and is followed by its numbers."""
    if _CAPITAL_AFTER_SMALL.search(text) is None:
        return text
    year = _YEAR_TOKEN.search(text)
    if year is None:
        return text
    glued = _JOURNAL_GLUED_TO_TITLE.search(text, year.end())
    if glued is None:
        return text
    return f"{text[: glued.start()]} {text[glued.start() :]}"


def _spaced_glued_year(match: re.Match[str]) -> str:
    """A year run into the word before it parted from it: by a space after a month ("25
    July 2016."), else by a comma, as the date after a title ("… interests, 2019."); as
    printed inside a link ("…/report2019.")."""
    word = _WORD_BEFORE_GLUED_YEAR.search(match.string, max(0, match.start() - 40), match.start())
    if word is None:
        return match.group()
    return f" {match.group()}" if _MONTH_ENDING.fullmatch(word.group()) else f", {match.group()}"


def with_marks_spaced(text: str) -> str:
    """`text` as the labeller knows its marks, so that the words around them are read as
    the same words elsewhere:

    - run-together marks spaced out: a colon or full stop before the next word
      ("London:Routledge", "failure.Pages 143–162"), a list number, a link, a chapter's
      "In", an editor or a name run into what stands before it ("[27]M.",
      "2019.https://", "FailureIn S. Watson", "editorsS. Watson", "[Internet]Available",
      "[Internet]2019;", "P;Tarko", "Review;107:", "(consultedMarch 2019)"), a comma or a
      word run into a year ("Macmillan,2009." and "interests2019." as "interests, 2019.");
    - other languages' marks read as English ones: a chapter's "in" ("[w:]", "W:", "w:",
      "İçinde:", "Dalam", "Em WATSON, S.") as "In:"; number words ("kd 107", "4. sz.",
      "n. 4", "Band 107, Ausgabe 4", "Bd. 35, Nr. 4", "C: 107, S: 4", "Cilt 107, Sayı 4",
      "ss. 726", "bls. 726") as "vol.", "no." and "pp."; "et al." ("e colab.", "y cols.",
      "m.fl."); the editors' marks ("(a cura di)", "(szerk.)", "(toim.)", "(arg.)",
      "(edt.)", "ritstj.", "curatori", "Herausgeber", ", dir.,", ", sous la direction de")
      as "(eds.)", "eds.", "editors" and "edited by"; editions ("(ed 2)", "2.ª edición") as
      "2 ed."; the medium "Online." or "En ligne." as "[Online]."; Polish "r." after a year
      dropped;
    - the letter of the entry's year after a hyphen or a space or in brackets ("2016-c",
      "2016 c", "2016(c)", "; 2009 b." at the end), after the bracket's colon ("(2016):c")
      or run into the title ("(2009) aEngaging"), and in capitals ("2009B.") as its
      letter, and an edition raised before the year after a place dropped ("Chichester
      ²1984");
    - French spaces before semicolons and colons, and before a comma after a guillemet,
      closed up, and so are a link's spaces inside its angle brackets ("< http://… >")
      and a bracketed list number's ("[ 1]"); a dash between names read as a comma, a
      slash between names written family name first with given names in full as a
      semicolon ("Parks, Roger B./ Baker, Paula C."), and a journal's numbers parted by
      bare commas or slashes ("2013,107,726–41", "35/4/216–224") as Vancouver prints
      them."""
    # The cheap tests first: a pattern opening with a literal character is searched fast.
    if not text.isascii() and _RAISED_LETTER.search(text):
        text = text.translate(_RAISED_LETTERS)
    if _FULL_STOP_BEFORE_WORD.search(text):
        text = _GLUED_FULL_STOP.sub(r"\1. ", text)
    if "[" in text:
        text = _YEAR_BEFORE_BRACKET.sub(r"\1 [", text)
        text = _WORD_AFTER_BRACKET.sub(" ", text)
    if (
        "çinde" in text
        or "Dalam " in text
        or "Di dalam" in text
        or "Teoksessa " in text
        or " W: " in text
        or " w: " in text
        or " u: " in text
        or " V: " in text
        or " U: " in text
        or " I: " in text
        or " En " in text
        or " En: " in text
        or " Em " in text
        or " Em: " in text
        or " Dans: " in text
        or " în " in text
        or " în: " in text
    ):
        text = _FOREIGN_IN.sub(_in_for_foreign_in, text)
    if ". " in text:
        text = _with_hungarian_numbers(text)
    if _BRACKETED_WORD.search(text):
        text = _BRACKETED_WORD.sub(_spaced_bracket, text)
    if ("s)" in text or ".)" in text) and _GLUED_EDITORS_MARK.search(text):
        text = _GLUED_EDITORS_MARK.sub(r"\1 ", text)
    if "(E" in text or "(e" in text or "(H" in text or "(h" in text:
        text = _INITIAL_GLUED_TO_EDITORS_MARK.sub(" (", text)
    if _GLUED_PAGES_MARK.search(text):
        text = _GLUED_PAGES_MARK.sub(_spaced_pages_mark, text)
    if (
        "kd " in text
        or "roč." in text
        or "sv." in text
        or "br." in text
        or "č." in text
        or "hlm." in text
        or "lk " in text
        or "lpp." in text
    ):
        text = _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m[1]] + " ", text)
    if "< http" in text:
        text = _SPACED_ANGLE_LINK.sub(r"<\1>", text)
    if " Online." in text or " En ligne." in text:
        text = _BARE_ONLINE.sub(" [Online].", text)
    if "» ," in text or "” ," in text:
        text = _SPACE_BEFORE_COMMA_AFTER_QUOTE.sub("", text)
    if ")" in text and _YEAR_GLUED_TO_TITLE.search(text):
        text = _YEAR_GLUED_TO_TITLE.sub(r"\1 ", text)
    if ",‘" in text or ",“" in text or ",«" in text:
        text = _COMMA_GLUED_TO_QUOTE.sub(", ", text)
    if ") " in text:
        text = _YEAR_LETTER_OPENING_TITLE.sub(r"(\1\2) ", text, count=1)
    if " ; " in text or " : " in text:
        text = _SPACE_BEFORE_STOP.sub(r"\1", text)
    if " r." in text:
        text = _POLISH_YEAR_WORD.sub("", text)
    if "-" in text and _HYPHENED_YEAR_LETTER.search(text):
        text = _HYPHENED_YEAR_LETTER.sub(r"(\1\2)", text)
    if "):" in text:
        text = _YEAR_LETTER_AFTER_COLON.sub(r"(\1\2):", text)
    if ")" in text and _BRACKETED_YEAR_LETTER.search(text):
        text = _BRACKETED_YEAR_LETTER.sub(r"\1\2", text)
    if "ª" in text or "º ed" in text:
        text = _IBERIAN_EDITION.sub(r"\1a ed.", text)
    if "(ed " in text:
        text = _EDITION_WORD_FIRST.sub(r"(\1 ed.)", text)
    if "di)" in text or ".)" in text or "de)" in text or "(red)" in text:
        text = _FOREIGN_EDITORS_MARK.sub("(eds.)", text)
    if ", " in text and _FOREIGN_EDITORS_WORD.search(text):
        text = _FOREIGN_EDITORS_WORD.sub(", editors", text)
    if (
        ", sous la " in text
        or ", a cura " in text
        or ", editado " in text
        or ", red. " in text
        or ", pod red. " in text
    ):
        text = _FOREIGN_EDITED_BY.sub(", edited by ", text)
    if ", dir.," in text:
        text = _BARE_DIRECTION_MARK.sub(", eds.", text)
    if "ritstj." in text:
        text = _ICELANDIC_EDITORS_WORD.sub("eds.", text)
    # The entry's own year only, which comes early: not a later one ("… in 2009 a. …").
    capital = _CAPITAL_YEAR_LETTER.search(text, 0, 160)
    if capital and not _YEAR.search(text, 0, capital.start()):
        text = f"{text[: capital.start(2)]}{capital[2].lower()}{text[capital.end(2) :]}"
    spaced = _SPACED_YEAR_LETTER.search(text, 0, 160)
    if spaced and not _YEAR.search(text, 0, spaced.start()):
        text = f"{text[: spaced.start()]}{spaced[1]}{spaced[2]}{text[spaced.end() :]}"
    if text[-5:-1].isdigit() or text[-4:].isdigit():  # the year letter is sought at the end
        late = _LETTER_BEFORE_LAST_YEAR.search(text, len(text) - 7)
        if late is not None:
            text = f"{text[: late.start()]}{late[2]}{late[1]}{text[late.end() :]}"
    elif text[-3:-2] == " " or text[-2:-1] == " ":  # "…; 2009 b." or "…; 2009 b"
        late = _SPACED_LETTER_AFTER_LAST_YEAR.search(text, max(0, len(text) - 9))
        if late is not None:
            text = f"{text[: late.start()]}{late[1]}{late[2]}{text[late.end() :]}"
    if any(hint in text for hint in _FOREIGN_ET_AL_HINTS):
        text = _FOREIGN_ET_AL.sub(" et al.", text)
    if ", Ausgabe " in text or ", Nr. " in text:
        text = _GERMAN_VOLUME_ISSUE.sub(r"vol. \1, no. ", text)
    if ", S: " in text or ", S. " in text:
        text = _TURKISH_VOLUME_ISSUE.sub(r"vol. \1, no. ", text)
    if ", vol. " in text and _ISSUE_BEFORE_VOLUME.search(text):
        text = _ISSUE_BEFORE_VOLUME.sub(r"vol. \2, no. \1", text)
    if "." in text and _VOLUME_STOP_PAGES.search(text):
        text = _VOLUME_STOP_PAGES.sub(": ", text)
    if ":" in text[-16:]:  # the pages end the reference
        text = _COLON_GLUED_TO_PAGES.sub(": ", text)
    if " . " in text:
        text = _SPACE_BEFORE_STOP_AFTER_YEAR.sub(".", text)
    if "Toim " in text or "Veebiaadress:" in text or "[Vaadatud" in text:
        for mark, read in _ESTONIAN_MARKS:
            text = text.replace(mark, read)
    if " – " in text or " — " in text:
        text = _DASH_OPENING_BOOK.sub(" In: ", text)
    if text[-3:-2] == "." or text[-2:-1] == ".":
        text = _LETTER_AFTER_YEAR_STOP.sub(r"\1.", text)
    if "URL " in text:
        text = _YEAR_GLUED_TO_URL.sub(". ", text)
    if "esto disponibile al sito" in text:
        text = _ITALIAN_AVAILABLE_AT.sub("Available at", text)
    if "Heft " in text:
        text = _HEFT_THEN_BRACKETED_VOLUME.sub(r"vol. \2, no. \1", text)
    if ", in:, " in text:
        text = _IN_COLON_COMMA.sub(", in: ", text)
    if " årgang" in text:
        text = _VOLUME_AFTER_ARGANG.sub(r"vol. \1", text)
    if " i " in text:
        text = _SCANDINAVIAN_IN_AFTER_PAGES.sub(". In: ", text)
    if " içinde (" in text:
        text = _TURKISH_IN_AFTER_BOOK.sub("", text)
    if " / " in text and "vol. " in text:
        text = _VOLUME_SLASH_YEAR.sub(r"\1 (\2)", text)
    if "c. " in text and ", sy" in text:
        text = _TURKISH_SHORT_VOLUME_ISSUE.sub(r"vol. \1, no. ", text)
    if "Cilt " in text or "Sayı " in text:
        text = _TURKISH_NUMBER_WORD.sub(lambda m: _TURKISH_NUMBER_WORDS[m[1]], text)
    if "ss." in text or "bls." in text or "pp" in text:
        text = _FOREIGN_PAGES.sub("pp. ", text)
    if ", n." in text:
        text = _ISSUE_N.sub("no. ", text)
    if text[:2] == "[ ":
        text = _SPACED_LIST_NUMBER.sub(r"[\1]", text)
    if text[:1] == "[" or text[:1].isdigit():
        text = _GLUED_LIST_NUMBER.sub(r"\1 ", text)
    if "Nr." in text:
        text = _BRACKETED_VOLUME_THEN_NR.sub(r"\1, no. ", text)
    if ": (" in text or ":(" in text:
        text = _ISSUE_RUN_INTO_PAGES.sub(r"(\2): ", text)
    if "/" in text and ":" in text:
        text = _VOLUME_SLASH_ISSUE_COLON.sub(_volume_issue_parenthesised, text)
    if "،" in text:
        for mark, read in _PERSIAN_MARKS:
            text = text.replace(mark, read)
        text = _LETTER_DASH_YEAR.sub(r"\2\1", text)
    if "/" in text and _ISSUE_SLASH_YEAR.search(text):
        text = _ISSUE_SLASH_YEAR.sub(r"\1no. \2, \3", text)
    if "/" in text and _SLASHED_NUMBERS.search(text):
        text = _SLASHED_NUMBERS.sub(_volume_issue_colon, text)
    text = _journal_spaced_from_title(text)
    if "onsulted" in text or "ccessed" in text or "etrieved" in text or "iewed" in text:
        text = _GLUED_ACCESS_WORD.sub(r"\1 ", text)
    if "http" in text:
        text = _LINK_AFTER_YEAR.sub(r"\1 ", text)
        if "[accessed" in text or "[Accessed" in text or "[cited" in text or "[viewed" in text:
            text = _GLUED_ACCESS_NOTE.sub(" ", text)
        if ").at " in text:
            text = _GLUED_AT_LINK.sub(" ", text)
    if "In " in text or "In:" in text:
        text = _GLUED_IN.sub(" In", text)
    if "ditors" in text or "ds." in text:
        text = _GLUED_EDITORS_WORD.sub(" ", text)
    if ", editors" in text:
        text = _MARK_GLUED_TO_BOOK.sub(". ", text)
    if ";" in text and _GLUED_SEMICOLON.search(text):
        text = _GLUED_SEMICOLON.sub(_spaced_semicolon, text)
    if _EDITION_BEFORE_YEAR.search(text):
        text = _EDITION_BEFORE_YEAR.sub(_without_edition_after_place, text)
    if _GLUED_YEAR.search(text):
        text = _GLUED_YEAR.sub(_spaced_glued_year, text)
    if "," in text and _GLUED_COMMA_BEFORE_YEAR.search(text):
        text = _GLUED_COMMA_BEFORE_YEAR.sub(", ", text)
    if "," in text and _COMMA_NUMBERS.search(text):
        text = _COMMA_NUMBERS.sub(r";\1:", text)
    if "," in text and _VOLUME_COMMA_PAGES.search(text):
        text = _VOLUME_COMMA_PAGES.sub(r", \1, ", text)
    if "/" in text and _SLASH_BETWEEN_NAMES.search(text):
        text = _SLASH_BETWEEN_NAMES.sub(_semicolon_for_slash, text)
    if " – " in text or " — " in text or " - " in text:
        text = _DASH_BETWEEN_NAMES.sub(", ", text)
    if ":" not in text:
        return text
    if _COLON_BEFORE_WORD.search(text):
        text = _GLUED_COLON.sub(": ", text)
    if ":]" in text:
        text = _BRACKETED_IN.sub("In:", text)
    return text
