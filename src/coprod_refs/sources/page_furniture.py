"""Page furniture: the parts of a publisher or portal page that are not about the work.

Prices, "Access this chapter", "Download citation", menus, sharing buttons and cookie
banners come along when a researcher copies a page. Extractors ask `is_furniture` before
taking any line as a title, a name, a field value or an abstract.
"""

from __future__ import annotations

import re

#: Lines that are furniture when they are the whole line (menus, buttons, tabs).
_WHOLE_LINES = frozenset(
    "home|search|menu|cart|basket|help|contact|contact us|about|back|next|previous|share|"
    "cite|export|print|email|e-mail|tweet|facebook|twitter|linkedin|reddit|wechat|pdf|epub|"
    "html|xml|metrics|figures|tables|login|log in|sign in|sign out|register|subscribe|buy|"
    "purchase|rent|save|close|loading|more|download|download pdf|permissions|reprints|tools|"
    "related|outline|open access|free access|full access|no access|show more|show less|"
    "show all|read more|view pdf|view article|full text|full-text|google scholar|"
    "article google scholar|book google scholar|chapter google scholar|crossref|pubmed|"
    "scopus|web of science|cas|mathscinet|isi|article contents|journal home|current issue|"
    "all issues|latest articles|submit an article|previous article|next article|"
    "in this article|see all|get access|view metrics|view references|open in viewer|"
    "add to mendeley|get rights and content|check for updates|reprints and permissions|"
    "abstract only|for authors|for librarians|journal information|article versions|"
    "citations|altmetric|information|browse|share this article|contents|metrics details|"
    "list of issues|all journals|journal homepage|share options|metrics and citations|"
    "download to reference manager|copy citation to clipboard|view/open|ebook|e-book|softcover|"
    "hardcover|paperback|softcover book|hardcover book|paperback book|print book|save pdf|"
    "accessibility|accessibility help|accessibility statement|expand|collapse|view".split("|")
)

#: Furniture whatever the line's length: banners copied as one long line.
_BANNERS = re.compile(
    r"\bwe use cookies|\bthis (?:web)?site uses cookies|accept (?:all )?cookies"
    r"|this is a preview of subscription content|log ?in via (?:an|your) institution"
    r"|content has been hidden|to read (?:the full[- ]text of )?this (?:content|article|"
    r"research|chapter)|please select one of the options below"
)
#: Words one of the banners contains; a line without any of them is no banner.
_BANNER_HINTS = ("cookie", "preview", "institution", "hidden", "to read", "options below")
#: Phrases that make a short line furniture (a long line is prose that may quote them).
_PHRASES = re.compile(
    r"skip to (?:main )?(?:content|navigation|search|article)"
    r"|(?:access|buy|purchase|rent|get access to|read) this (?:chapter|article|book|ebook|"
    r"issue|content|entry|paper)"
    r"|\b(?:buy|purchase|rent) (?:article|chapter|book|e-?book|pdf|now|access|issue)\b"
    r"|\b(?:usd|eur|gbp|chf|aud|cad|jpy|sek|nok|dkk)\s?\d|[$€£¥]\s?\d|\d\s?(?:usd|eur|gbp\b|[€£])"
    r"|price (?:excludes|includes)|tax calculation|purchases are for personal use"
    r"|institutional subscriptions|instant (?:download|access)|own it forever|read on any device"
    r"|available as (?:pdf|epub|ebook)|dispatched in \d|free shipping|add to (?:cart|basket)"
    r"|you do not (?:currently )?have access"
    r"|download (?:citations?|references|pdf|article|chapter|full[- ]?text|book|epub|"
    r"this|the article|now)\b"
    r"|export citations?|citation manager|\bcookies?\b|accept all|reject all"
    r"|manage (?:preferences|settings|consent)|privacy (?:policy|statement|choices|settings)"
    r"|terms (?:of use|and conditions|& conditions)|create (?:an? )?(?:free )?account"
    r"|reprints (?:and|&) permissions|request permissions|rights (?:and|&) permissions"
    r"|get shareable link|copy (?:link )?to clipboard|sharedit|share (?:this|on|via)\b"
    r"|^\W*corresponding author|search for (?:more papers|other works) by this author"
    r"|view (?:further )?author information"
    r"|author links open overlay panel|get rights and content|check for updates"
    r"|verify currency and authenticity|open in (?:figure )?viewer|view (?:full )?issue"
    r"|related articles|recommended articles|similar content being viewed|people also read"
    r"|you may also like|publish with us|track your research|policies and ethics"
    r"|back to top|table of contents|click here"
    r"|view all authors|author to whom correspondence|(?:next|previous) article\b"
    r"|browse figures|versions notes|log in through|purchase options|powered by\b"
    r"|online home\b|\blist of issues\b|\bjournal homepage\b"
    r"|\bjavascript\b|your browser|advertisement|sign up for|newsletter|alerts?\b.*\bemail"
    r"|subscription content|get full access|full text access|request (?:a )?copy"
    r"|(?:sign|log) in (?:to|with|via)\b|view (?:open )?(?:manuscript|pdf|html)"
    r"|discover the world'?s (?:research|scientific knowledge)|\d+\+? million (?:members|users)"
    r"|join (?:researchgate|for free)|request full[- ]text"
    r"|^(?:[\w-]+ )?(?:log ?in|sign in)(?: [\w-]+)?$"  # "Login Alert", "Institutional login"
    r"|^browse by \w+(?: \w+)?$"  # a repository's menu: "Browse by year"
    r"|\b\d+(?:[.,]\d+)?\s?[kmg]b\b"  # a download's size: "PDF, 1.2 MB, 40 pages"
    # an image's text ("Semantic Scholar's Logo"), menu buttons, a search box ("Search
    # 214,589,123 papers"), account buttons and a link to the work elsewhere ("View on Wiley")
    r"|^(?:[\w&.'’-]+ ){0,3}logo$|^toggle (?:navigation|menu|search)$"
    r"|^show (?:full|simple) item record$"
    r"|^search (?:over |more than |across )?[\d,.]+\+?(?: million| billion)? (?:papers|articles|"
    r"publications|works|books|documents|records)\b"
    r"|^save to (?:my )?(?:library|list|collection|folder|profile)$"
    r"|^(?:create|set up|get) (?:an? )?(?:citation |email |e-mail )?alerts?$"
    r"|^view (?:it )?on (?:the )?\S.{0,40}$"
    r"|^preview this (?:book|chapter|article)|\bwrite a review$"
)

_MENU_SEPARATOR = re.compile(r"\s[|/·•]\s")
#: A breadcrumb trail ("Home > Journals > Journal of Social Policy > Volume 47 Issue 2"),
#: or its last crumb printed on a line of its own ("> Co-production and …").
_BREADCRUMB = re.compile(r"^(?:home\s*[>›»/]|[>›»]\s)", re.IGNORECASE)
#: Longest line read as a breadcrumb trail.
_MAX_TRAIL = 300
#: Longest line read as a possible button or label rather than prose.
_SHORT_LINE = 160

#: Names of citation styles and export formats listed as buttons beside a citation.
_STYLE_NAMES = frozenset(
    "apa|mla|chicago|harvard|vancouver|ieee|standard|author|bibtex|ris|endnote|refworks|"
    "refman|reference manager|.ris|.enw|.bib|cse|ama|turabian|citavi|zotero|mendeley|"
    "procite|text|plain text|csl|csl-json|bib".split("|")
)


def is_citation_style_name(text: str) -> bool:
    """True for a citation style or export format button ("APA", "BIBTEX", ".RIS")."""
    return text.strip().lower().rstrip(":") in _STYLE_NAMES


def is_furniture(text: str) -> bool:
    """True when a (cleaned) line is page furniture, never data about the work."""
    key = " ".join(text.lower().split()).rstrip(" :.")
    if not key:
        return False
    if key in _WHOLE_LINES:
        return True
    if any(hint in key for hint in _BANNER_HINTS) and _BANNERS.search(key):
        return True
    if len(key) > _SHORT_LINE:
        return False
    if _PHRASES.search(key):
        return True
    if _lists_styles(key):
        return True
    items = [item.strip() for item in _MENU_SEPARATOR.split(key)]
    return len(items) > 1 and all(item in _WHOLE_LINES for item in items if item)


def _lists_styles(key: str) -> bool:
    """True for a row of export buttons printed as one line ("BibTeX EndNote RefMan
    RefWorks")."""
    words = key.split()
    return len(words) > 1 and all(word in _STYLE_NAMES for word in words)


def is_breadcrumb(text: str) -> bool:
    """True for a breadcrumb trail ("Home > Journals > Journal of Social Policy > Volume 47
    Issue 2") or a crumb on its own line ("> Co-production and the Politics of Care"): the
    site's navigation, whose journal, volume and title are never read as the work's (the
    page states them again where they belong)."""
    return len(text) <= _MAX_TRAIL and bool(_BREADCRUMB.match(text.strip()))
