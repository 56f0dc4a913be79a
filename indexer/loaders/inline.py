"""Agenda items and numbered points that minutes print inline, taken apart into blocks of their own.

Text converted from a PDF or typed by a clerk often runs a whole meeting into a few lines:
"... Members of the Public: 6 140/18 Apologies and Welcome There were no apologies. 141/18 Consider
Declarations of Interest ... 1) Dukes Head ... 2) Indigo Road ...". Each item becomes a heading
block (its number as `label`, its title as text, `item` set) followed by its text; numbered
sub-points ("1)", "a)", "ii)") and inline bullets become paragraphs of their own.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from indexer.analysis import ABBREVIATIONS
from indexer.given_names import is_given_name
from indexer.model import Block

MAX_TITLE_WORDS = 30
MAX_TITLE_CHARS = 220
MAX_ITEM_STEP = 15  # an item number more than this past the last one is a reference, not the next item
MIN_SLASH_ITEMS = 3  # "140/18" numbers seen this often make them the document's item numbers
MIN_RUNNING_ITEMS = 3  # "2709." numbers opening this many lines, in order, make them the document's item numbers

# "140/18", "136/19Openness": a minute number with the year, where an item starts.
_SLASH_NUMBER = re.compile(r"(?<![\w/.£$€-])(?P<number>(?P<n>\d{1,4})/(?P<year>\d{2}))(?![a-z\d/])\.?\s*(?=[A-Z0-9(“\"‘'])")
# "4. Declarations of Interest", "12 To Consider Planning Applications": a plain item number.
_PLAIN_NUMBER = re.compile(r"(?<![\w/.£$€,-])(?P<number>(?P<n>\d{1,2}))(?:(?:\\?\.|\))\s*|\s+)(?=[A-Z(“\"‘']|\d{4}/\d\d\b)")
# "2709. Police Report", "3569 To receive apologies", "805.Apologies": a minute number that runs on
# from meeting to meeting over the years (three or four digits), where an item starts.
_RUNNING_NUMBER = re.compile(r"(?<![\w/.£$€,-])(?P<number>(?P<n>\d{3,4}))(?:\\?\.\s*|\s+)(?=[A-Z(“\"‘'])")
# "5.1 Chairman's Report" at the start of a block: item 5 has begun.
_SUB_LABEL = re.compile(r"^(?P<n>\d{1,2})\.\d{1,2}\b")
# Words before a number that make it a reference ("minute 127/18", "item 4"), not an item's start.
_REFERENCE_BEFORE = re.compile(r"\b(?:minutes?|items?|see|re|ref|reference|per|no|nos|number|para|paragraph|section|policy|page|pages|pp?|phase|stage|and|or|to|of|under|in|on|at|from|by|£)[\s(]*$", re.IGNORECASE)
# Where an item may start inside a block: after a sentence, a closing bracket, a colon, or a number
# ("Members of the Public: 6 140/18 Apologies").
_ITEM_PLACE = re.compile(r"(?:[.!?:;)”\"’]|\d)\s*$")

# "1)", "(2)", "a)", "(iv)", "ii.": a numbered point inside an item.
_POINT = re.compile(r"(?<!\S)(?P<marker>\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\))(?=\s+\S)|(?<!\S)(?P<roman>(?:[ivx]{1,4}|[a-z])\.)(?=\s+[A-Z])")
_ROMAN_POINT = re.compile(r"\s(?:[ivx]{1,4}|[a-z])\.\s")
_BULLET = re.compile(r"\s[•●▪\uf0b7]\s+(?=\S)")  # U+F0B7: a Symbol-font bullet from Word

# Words that start a sentence right after a title ("Apologies and Welcome There were no apologies").
_SENTENCE_START = {
    "the", "there", "this", "these", "those", "it", "a", "an", "all", "no", "none", "cllr", "cllrs", "councillor",
    "councillors", "mr", "mrs", "ms", "miss", "dr", "members", "member", "following", "he", "she", "they", "we",
    "after", "as", "in", "on", "at", "one", "two", "three",
}
# Lower-case words that may stand inside a title ("Minutes of the Meeting dated ...").
_TITLE_SMALL = {"and", "of", "the", "for", "to", "in", "on", "a", "an", "with", "by", "at", "from", "or", "&", "into", "per", "re", "via", "vs"}


@dataclass(frozen=True)
class ItemStart:
    """An item number found in a block: where it starts, where its text starts, and the number."""

    start: int
    text_start: int
    number: str


def split_inline_items(blocks: list[Block]) -> list[Block]:
    """Blocks with inline agenda items and numbered points split off; other blocks unchanged."""
    year = _slash_year(blocks) or _running(blocks)
    run_starts = _run_starts(blocks) if year == RUNNING else set()
    out: list[Block] = []
    last: int | None = None
    outer: int | None = None  # the last item number before the numbering restarted at 1
    found_items = False
    opened_item = False  # the block before opened with an item's number
    for n, block in enumerate(blocks):
        if block.table_row or block.item:
            out.append(block)
            continue
        sub = _SUB_LABEL.match(block.text)
        if sub and not year and (last is None or last <= int(sub.group("n")) <= last + MAX_ITEM_STEP):
            last = int(sub.group("n"))
        opening = _RUNNING_NUMBER.match(block.text) if run_starts else None
        if opening and int(opening.group("n")) in run_starts:
            last = None  # a new run of minute numbers begins at this line (another meeting in the same file)
        if not year and last is not None:
            resumed = _PLAIN_NUMBER.match(block.text)
            if outer is not None and resumed and int(resumed.group("n")) == outer + 1:
                last, outer = outer, None  # the numbering that restarted goes back to the items it left
            elif n and last >= MIN_RUN_BEFORE_RESTART and _restarts(blocks[n - 1], block) and _list_follows(blocks, n):
                last, outer = None, last
        before_block = last
        starts, last = _item_starts(block.text, year, last)
        if not starts and not year and last is not None and not block.heading:
            restart = _restarted_heading(block.text, last, blocks[n - 1 : n + 2] if n else [], opened_item)
            if restart:
                starts, last = [restart], int(restart.number)
        opened_item = bool(starts) and starts[0].start == 0
        # A line between two lines numbered as parts of the same item is one of a list, not a heading.
        listed_next = any(_sub_number_opens(other.text, last) for other in (blocks[n - 1] if n else None, blocks[n + 1] if n + 1 < len(blocks) else None) if other)
        if not starts:
            if block.heading:
                out.append(block)
                continue
            head, subs = _sub_items(block.text, None if year else last, listed_next)
            if subs:
                found_items = True
                if head:
                    out.extend(_points(Block(text=head, page=block.page, bullet=block.bullet, label=block.label)))
                out.extend(_sub_blocks(subs, block.page))
            else:
                out.extend(_points(block))
            continue
        found_items = True
        head = block.text[: starts[0].start].strip()
        # "5.3 Repairs ... 5.4 Meeting ... 6. Reports": the parts of the item before that open the line are parts too.
        head, head_subs = _sub_items(head, None if year else before_block, False) if head and not block.heading else (head, [])
        if head:
            out.extend(_points(Block(text=head, page=block.page, bullet=block.bullet, label=block.label, heading=block.heading)))
        out.extend(_sub_blocks(head_subs, block.page))
        for here, after in zip(starts, [*starts[1:], None]):
            body = block.text[here.text_start : after.start if after else len(block.text)].strip()
            body, subs = _sub_items(body, None if year else int(here.number), listed_next and after is None)
            title, rest = split_title(body)
            out.append(Block(text=title or first_sentence(body), page=block.page, heading=True, label=here.number, item=True))
            # An item that is all title ("2. No Declarations of Interest made.") keeps it as its text too.
            if rest or body:
                out.extend(_points(Block(text=rest or body, page=block.page)))
            out.extend(_sub_blocks(subs, block.page))
    return out if found_items else _colon_headed_items(out)


MIN_RUN_BEFORE_RESTART = 3  # numbered points that must come before a "1." restarts the numbering
_LIST_NUMBER = re.compile(r"(?P<n>\d{1,2})\\?\.\s+(?=\S)")


def _restarted_heading(text: str, last: int, around: list[Block], before_is_item: bool) -> ItemStart | None:
    """A heading numbered anew by a Markdown list that restarts ("1. **Planning Applications.**" after item 9): an item as printed.

    A word processor's numbering is lost when minutes are saved as Markdown: items 10, 12 and 13 come
    out "1.", "2.", "3.", each after text of the item before. The line counts when its title is a
    heading (a few words, no finite verb) closed by a full stop or colon or alone on its line, and it
    follows a finished paragraph, not a lead-in ("Correspondence received:") or another numbered line
    (a numbered list of points), and no numbered line follows it straight after.
    """
    match = _LIST_NUMBER.match(text)
    if not match or int(match.group("n")) > last or len(around) < 2:
        return None
    before, after = around[0], (around[2] if len(around) > 2 else None)
    following = _LIST_NUMBER.match(after.text) if after is not None else None
    if following and int(following.group("n")) == int(match.group("n")) + 1:
        return None  # "1. Footpath signs ...;" over "2. The picnic table ...": a list
    if not re.search(r"[.!?”\")]\W*$", before.text) or _LIST_NUMBER.match(before.text) and not before_is_item:
        return None
    body = text[match.end() :]
    title, rest = split_title(body)
    if not title or not title[:1].isupper() or not _sub_title(title):
        return None
    if rest and body[len(title) : len(title) + 1] not in (".", ":") or not rest and body.rstrip()[-1:] in (";", ","):
        return None
    return ItemStart(0, match.end(), match.group("n"))
_RESTART = re.compile(r"1(?:\\?\.|\))\s+(?!That\b|the\b)[A-Z“\"‘']")


def _restarts(before: Block, block: Block) -> bool:
    """A "1." opening a line after a finished sentence: minutes whose numbering restarts under each (lost) heading.

    "1. Dwelling house ..." after "6. Youth Club. ... of their activities." or after "Account books with
    District Auditor." begins a new list of points, each an item. A "1." under a lead-in closed by a
    colon ("7. Correspondence:", "RESOLVED:") is a point of that item, as is a decision's "1. That ..."
    and a list under a numbered part ("12.1").
    """
    if not _RESTART.match(block.text) or before.table_row or _SUB_LABEL.match(before.text):
        return False  # a list under a numbered part ("12.1 Annual Inspection. ... was pleased." over "1. Allotment gates ...") is its points
    return bool(re.search(r"[.!?]\W*$", before.text)) and not RESOLVED_LINE.match(before.text)


def _list_follows(blocks: list[Block], n: int) -> bool:
    """The "1." at block n opens a list: "2." and "3." open the next lines (a Markdown list renumbered from 1, "1." over "2." then "12.1", is not one)."""
    following = blocks[n + 1 : n + MIN_RUN_BEFORE_RESTART]
    return len(following) == MIN_RUN_BEFORE_RESTART - 1 and all(
        re.match(rf"{k}(?:\\?\.|\))\s+\S", other.text) for k, other in enumerate(following, start=2)
    )


RESOLVED_LINE = re.compile(r"^\W*(?:it\s+was\s+)?(?:resolved|agreed|recommended)\b", re.IGNORECASE)


# "6.1 Chairman's Report:", "8.2 Clerk’s Report. 8.2.1 ...": a part of item 6 or 8 with a heading of its own.
_SUB_NUMBER = re.compile(r"(?<![\w.£$€/,-])(?P<number>(?P<n>\d{1,3})\.\d{1,2})(?![\w.]\w)\.?\s+(?=[A-Z(“\"‘']|\d{4}\s|\d{2}/\d{4,5}/[A-Z])")
# A planning application's reference ("16/00013/F", "18/02125/LDE", "C/2/2014/2026", "C/2/2015/2034-8").
_PLANNING_REF = re.compile(r"(?<![\w/])(?:\d{2}/\d{4,5}/[A-Z]{1,4}|[A-Z]/\d/\d{4}/\d{4}(?:-\d+)?)(?![\w/])")
PLANNING_REF_WORDS = 4  # a part whose reference comes within its first words (or ends its first line) is an application
# A dash before a sentence ends an application's title ("... Hilgay Road – The application was discussed").
_DASH_SENTENCE = re.compile(r"\s[-–—]\s*(?=(?:The|This|It|There|An?|Cllr|Councillors?|Members?)\b)")
MAX_SUB_TITLE_WORDS = 12
# Verbs that make a lead phrase a sentence ("Damaged kerbing ... has not been repaired"), not a heading.
_SENTENCE_VERBS = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "must"}


@dataclass(frozen=True)
class SubItem:
    """A numbered part of an item with its own heading: its number, title and text."""

    number: str
    title: str
    text: str


def _sub_number_opens(text: str, item: int | None) -> bool:
    """Whether a line opens with a part number of the current item ("6.2 ..."): the line before it is one of a list."""
    match = _SUB_NUMBER.match(text)
    return bool(match and item is not None and int(match.group("n")) == item)


def _sub_items(text: str, item: int | None, listed: bool) -> tuple[str, list[SubItem]]:
    """The text before the first headed part of item `item` and the parts ("6.1 Chairman's Report: ..."), or (text, []).

    A part counts when its number continues the item's and a short heading follows it, closed by a
    colon, full stop or dash before its text ("3.1 Finance: A proposal ...") or printed alone on its line
    over text of its own (`listed`: a line beside another numbered part is one of a numbered list). A numbered
    sentence ("7.1 One payment of £11.50 was agreed") is a paragraph of the item, not a part.
    """
    if item is None or "." not in text:
        return text, []
    cuts: list[tuple[int, int, str]] = []
    # "Matters Arising 5.1 Ditches, Church Road - ...": a part may open straight after the item's own title.
    own_title, after_title = split_title(text)
    title_end = len(text) - len(after_title) if own_title and after_title else None
    for match in _SUB_NUMBER.finditer(text):
        before = text[: match.start()]
        if int(match.group("n")) != item or (match.start() and match.start() != title_end and (not re.search(r"[.!?:;)]\s*$", before) or _REFERENCE_BEFORE.search(before))):
            continue
        cuts.append((match.start(), match.end(), match.group("number")))
    parts: list[SubItem] = []
    kept: list[int] = []
    for (start, end, number), after in zip(cuts, [*cuts[1:], None]):
        body = text[end : after[0] if after else len(text)].strip()
        application = _application_title(body)
        if application:
            parts.append(SubItem(number, *application))
            kept.append(start)
            continue
        title, rest = split_title(body)
        if not title or not _sub_title(title):
            continue
        # Closed by a stop or colon, or by the first of its numbered points ("5.4 Glazewing report a) Councillors ...").
        # A dash closes it too ("5.2 Barclays Banking - The Parish Clerk reported ...").
        closed = (
            body[len(title) : len(title) + 1] in (".", ":", ";")
            or bool(re.match(r"\s+[-–—]\s", body[len(title) :]))
            or bool(_POINT_WORD.fullmatch(rest.split(maxsplit=1)[0] if rest else ""))
            or _opens_sentence(rest)
        )
        alone = not rest and after is None and start == 0 and not listed
        if rest and closed or alone:
            parts.append(SubItem(number, title, rest or body))
            kept.append(start)
    if not parts:
        return text, []
    # A part that was not kept stays in the text of the part before it.
    out: list[SubItem] = []
    for index, (part, start) in enumerate(zip(parts, kept)):
        end = kept[index + 1] if index + 1 < len(kept) else len(text)
        body = text[start:end].strip()
        match = _SUB_NUMBER.match(body)
        body = body[match.end() :] if match else body
        application = _application_title(body)
        title, rest = application if application else split_title(body)
        out.append(SubItem(part.number, part.title, rest or body))
    return text[: kept[0]].strip(), out


def _application_title(body: str) -> tuple[str, str] | None:
    """(title, text) of a numbered part that is a planning application, or None.

    A part heads an application when a reference opens it ("9.1 16/00013/F Construction of ...",
    "10.1 Decision - 18/01640/F - Station House ...") or ends its first line ("7.1 Construction of
    ... West Dereham 09/01956/F"). Its title is the application as printed: the reference and what is
    proposed where, to the first sentence's end or a dash before a sentence ("... Hilgay Road – The
    application was discussed").
    """
    ref = _PLANNING_REF.search(body)
    if not ref:
        return None
    opening = len(body[: ref.start()].split()) <= PLANNING_REF_WORDS - 1 and not re.search(r"[.:;]\s", body[: ref.start()])
    if not opening and not (body[ref.end() :].strip() == "" and len(body) <= MAX_TITLE_CHARS):
        return None
    title = first_sentence(body)
    dash = _DASH_SENTENCE.search(title)
    if dash:
        title = title[: dash.start()]
    title = title.strip().rstrip(".:;,–-—").strip()
    if not title:
        return None
    rest = body[body.find(title) + len(title) :].lstrip(" .:;,–-—").strip() if title in body else ""
    return title, rest


def _opens_sentence(text: str) -> bool:
    """The text opens a sentence that closes the heading before it: "The Parish Clerk noted ...", "Cllr X said", "LH asked ..."."""
    words = _words(text)
    if len(words) < 2:
        return False
    first = _bare(words[0].group())
    if first.lower() in _HONORIFIC:
        return True
    if first.lower() in _SENTENCE_START and first[:1].isupper():
        return _sentence_like(words, 1)
    return bool(re.fullmatch(r"[A-Z]{2,3}", first)) and _is_verb(words[1].group())


def _sub_title(title: str) -> bool:
    """A heading, not a sentence: a few words, no finite verb unless it is an agenda's "To consider ..."."""
    words = title.split()
    if len(words) > MAX_SUB_TITLE_WORDS:
        return False
    return words[0].lower() == "to" or not any(_bare(w).lower() in _SENTENCE_VERBS for w in words)


def _sub_blocks(parts: list[SubItem], page: int | None) -> list[Block]:
    """Each headed part as an item heading block followed by its text."""
    out: list[Block] = []
    for part in parts:
        out.append(Block(text=part.title, page=page, heading=True, label=part.number, item=True))
        out.extend(_points(Block(text=part.text, page=page)))
    return out


def _abbreviation_before(text: str, end: int) -> bool:
    """The word ending at end is an abbreviation ("Cllr", "Cmhlr"), whose full stop ends no sentence."""
    word = re.search(r"(\w+)$", text[:end])
    return bool(word) and word.group(1).lower() in ABBREVIATIONS  # type: ignore[union-attr]


def first_sentence(text: str) -> str:
    """The first sentence (or the words before a colon) of a numbered minute that prints no heading, as its title, cut at a word within a title's length."""
    ends = re.finditer(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?](?=\s+[A-Z“\"‘']|\s*$)|:(?=\s)", text)
    # "... submitted by Cmhlr. Séighin ...": an abbreviation's full stop ends no sentence.
    match = next((m for m in ends if not (m.group() == "." and _abbreviation_before(text, m.start()))), None)
    sentence = text[: match.start()] if match else text
    if len(sentence) > MAX_TITLE_CHARS:
        sentence = sentence[:MAX_TITLE_CHARS].rsplit(" ", 1)[0]
    return sentence.strip().rstrip(".:;,")


# "Matters Arising: The various highway matters ...": an unnumbered item whose heading runs into its text.
_COLON_HEAD = re.compile(r"^(?P<title>[A-Z][\w’'&/\-]*(?:\s+(?:[A-Z][\w’'&/\-]*|of|and|for|the|to|in|on|from|a|&)){0,5})\s*:\s+(?=\S)")
MIN_COLON_HEADS = 3  # lines headed so, in a document that numbers no items, make them its items
# Heads that are a line's label or part of a motion, never an item ("Proposed: ...", "Date: ...").
_NOT_ITEM_HEADS = {
    "proposed", "seconded", "proposer", "propser", "seconder", "prop", "2nd", "resolved", "agreed", "carried", "vote", "votes", "for", "against", "abstain", "abstained",
    "abstentions", "action", "actions", "note", "notes", "nb", "date", "time", "venue", "place", "location", "meeting",
    "held", "email", "e-mail", "tel", "telephone", "phone", "web", "website", "address", "signed", "chairman", "chair",
    "clerk", "mayor", "decision", "recommendation", "recommendations", "moved", "motion", "amendment", "result",
    "outcome", "ref", "reference", "subject", "from", "to", "cc", "re", "q", "a", "question", "answer", "response",
}


def _colon_headed_items(blocks: list[Block]) -> list[Block]:
    """Blocks of minutes that number no items but head each with "Heading: text": an item heading before each such block.

    The block keeps its whole text ("Present: ..." is still read as the attendance list). Heads
    that label a line ("Proposed:", "Date:"), name a person ("Cllr Smith:", "Jane Smith:") or a
    role are not items.
    """
    heads = [(_colon_head(block) if not block.heading and not block.table_row and not block.bullet and not block.label else None) for block in blocks]
    if sum(1 for head in heads if head) < MIN_COLON_HEADS:
        return blocks
    out: list[Block] = []
    for block, head in zip(blocks, heads):
        if head:
            out.append(Block(text=head, page=block.page, heading=True, item=True))
        out.append(block)
    return out


def _colon_head(block: Block) -> str | None:
    """The heading a block opens with, "Heading:" then its text, when it reads as an item's heading."""
    match = _COLON_HEAD.match(block.text)
    if not match:
        return None
    title = match.group("title")
    words = title.split()
    first = _bare(words[0]).lower()
    if first in _NOT_ITEM_HEADS or first in _HONORIFIC or first in ("mayor", "deputy", "speaker", "member", "members"):
        return None
    if title.isupper() and len(words) <= 3:
        return None  # "MR SMITH:", "THE CLERK:" as verbatim records head a turn
    if is_given_name(words[0]) and len(words) <= 3:
        return None  # "Jane Smith:": a person speaking
    return title


def split_running_items(blocks: list[Block]) -> list[Block]:
    """split_inline_items for a document that numbers its minutes on from meeting to meeting ("2448.", "2449."), else the blocks unchanged.

    A PDF's numbered paragraphs are read by the structure finder; only running minute numbers, too
    large to read as an agenda's item numbers, are split off here.
    """
    if _slash_year(blocks) is not None or not _running(blocks):
        return blocks
    # Only minutes that print the item's text on its number's line ("2448. Police Report: No report."); numbered
    # headings on lines of their own ("291. Capital Programme ... (including" / "Council Tax Setting)") are the
    # structure finder's, which joins a title printed over two lines.
    numbered = [block.text for block in blocks if not block.table_row and _RUNNING_NUMBER.match(block.text)]
    inline = [text for text in numbered if re.search(r"\w:-?\s+\S+\s+\S+", text)]
    return split_inline_items(blocks) if 2 * len(inline) >= len(numbered) else blocks


def _slash_year(blocks: list[Block]) -> str | None:
    """The year part of the document's "140/18" item numbers, when it prints them so."""
    years = Counter(match.group("year") for block in blocks if not block.table_row and "/" in block.text for match in _SLASH_NUMBER.finditer(block.text)
                    if _ITEM_PLACE.search(block.text[: match.start()]) or match.start() == 0)
    if not years:
        return None
    year, count = years.most_common(1)[0]
    return year if count >= MIN_SLASH_ITEMS else None


def _running(blocks: list[Block]) -> str | None:
    """RUNNING when lines open with three- or four-digit minute numbers in order ("2709.", "2710.", "2711.").

    Councils that number minutes on from meeting to meeting print such numbers; a lone "2019 Budget"
    line is not a run.
    """
    values = _line_numbers(blocks)
    steps = sum(1 for a, b in zip(values, values[1:]) if 0 < b - a <= MAX_ITEM_STEP)
    return RUNNING if steps >= MIN_RUNNING_ITEMS - 1 else None


def _line_numbers(blocks: list[Block]) -> list[int]:
    """The running numbers that open blocks, in order."""
    return [int(m.group("n")) for block in blocks if not block.table_row for m in [_RUNNING_NUMBER.match(block.text)] if m]


def _run_starts(blocks: list[Block]) -> set[int]:
    """Numbers opening a block that the next block-opening number continues: where a run (a second meeting's minutes) may begin."""
    values = _line_numbers(blocks)
    return {a for a, b in zip(values, values[1:]) if 0 < b - a <= MAX_ITEM_STEP}


RUNNING = "running"  # the document's item numbers are running minute numbers, not "140/18"


def _follows(value: int, last: int | None, year: str | None, at_start: bool = False) -> bool:
    """Whether an item number can come next: after the last one, and not far after it (a running number opening a line may repeat the last)."""
    if last is None:
        return year is not None or value <= 2
    if year == RUNNING and at_start and value == last:
        return True  # "2449." printed twice: kept as printed
    return last < value <= last + (MAX_ITEM_STEP if year else 2)


# Two words or more in capitals just before a number: a heading over the first item.
_CAPS_HEADING_BEFORE = re.compile(r"\b[A-Z][A-Z’'&\-]+(?:\s+[A-Z][A-Z’'&\-]*)+\s*$")


def _item_starts(text: str, year: str | None, last: int | None) -> tuple[list[ItemStart], int | None]:
    """Where items start in a block, in order, each numbered after the one before."""
    starts: list[ItemStart] = []
    pattern = _RUNNING_NUMBER if year == RUNNING else _SLASH_NUMBER if year else _PLAIN_NUMBER
    for match in pattern.finditer(text):
        if year and year != RUNNING and match.group("year") != year:
            continue
        value = int(match.group("n"))
        before = text[: match.start()]
        if match.start() and _REFERENCE_BEFORE.search(before):
            continue
        if (match.start() and not year and value == 1 and (last is None or last < MIN_RUN_BEFORE_RESTART)
                and text[match.end("n") : match.end("n") + 1] == "." and _CAPS_HEADING_BEFORE.search(before)):
            # "MINUTES FROM THE MEETING 1. Apologies ...": a heading in capitals over the first item; the numbering begins
            # here (a stray "2 Doorstep ..." in a talk before it numbered nothing).
            starts.append(ItemStart(match.start(), match.end(), match.group("number")))
            last = value
            continue
        if match.start() and not _ITEM_PLACE.search(before):
            # "... Family Commitment 2. To agree Minutes": only the very next number, printed with its full stop.
            if (year and year != RUNNING) or last is None or value != last + 1 or not text[match.end("n") : match.end("n") + 1] == ".":
                continue
        if not _follows(value, last, year, match.start() == 0):
            continue
        if not year and text[match.end("n") : match.end("n") + 1] not in (".", ")", "\\") and _COUNTED.match(text, match.end()):
            continue  # "4 Votes for 1 Against": a count, not an item
        starts.append(ItemStart(match.start(), match.end(), match.group("number")))
        last = value
    return starts, last


def _words(text: str) -> list[re.Match]:
    return list(re.finditer(r"\S+", text))


def _bare(word: str) -> str:
    return word.strip("()[]{}“”\"‘’',;:.–-")


def _is_lower_word(word: str) -> bool:
    bare = _bare(word)
    return bool(bare) and bare[0].islower() and bare.lower() not in _TITLE_SMALL


def split_title(text: str) -> tuple[str | None, str]:
    """An inline item's title and the text after it: "Apologies and Welcome There were no apologies." -> ("Apologies and Welcome", "There were ...").

    The title ends at a sentence end or colon, a numbered point ("1)", "5.1"), a reference number
    ("17/00087/RM"), a dash before a date, the end of a title printed in capitals, a word that
    starts a sentence ("The", "Cllr", "There") or initials followed by a verb ("LH confirmed"), or
    where two lower-case words follow a capitalised one; None when no end is found within a
    title's length.
    """
    text = re.sub(r"(?<=[a-z]):(?=[A-Z])", ": ", text)  # "Planning:West Dereham ..."
    words = _words(text)
    if not words:
        return None, ""
    cut = _title_end(words)
    if cut == 0:
        return None, text
    if cut is None:
        if len(text) <= MAX_TITLE_CHARS and not re.search(r"[.!?]\s+\S", text):
            return _tidy_title(text), ""
        return None, text
    title = text[: words[cut - 1].end()]
    return _tidy_title(title), text[words[cut].start() :] if cut < len(words) else ""


def _tidy_title(title: str) -> str | None:
    title = title.strip().rstrip(".:;,–-").strip()
    return title or None


# Words after a bare number that make it a count ("4 Votes for", "6 Members of the public").
_COUNTED = re.compile(r"(?:votes?|for|against|abstentions?|abstained|members?|councillors?|people|persons|residents|parishioners|in\s+favour)\b", re.IGNORECASE)
_NUMBER_NOUNS = {"decision", "decisions", "no", "number", "ref", "reference", "minute", "item", "resolution", "by-law", "bylaw", "order"}
_FINITE = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "gave", "said", "took", "made", "told"}
_HONORIFIC = {"cllr", "cllrs", "councillor", "councillors", "mr", "mrs", "ms", "miss", "dr"}
_POINT_WORD = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?:[ivx]{1,4}|[a-h])\.|[•●▪\uf0b7]|\d{1,3}(?:\.\d{1,3}){1,3}")
_WEEKDAY_WORD = re.compile(r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,?$", re.IGNORECASE)


def _shouted(words: list[re.Match], k: int) -> bool:
    """The title so far is printed in capitals ("PUBLIC FORUM")."""
    letters = [_bare(w.group()) for w in words[:k] if len(_bare(w.group())) > 1 and _bare(w.group()).isalpha()]
    return len(letters) >= 2 and all(w.isupper() for w in letters)


def _title_end(words: list[re.Match]) -> int | None:
    """The index of the first word after the title, or None."""
    limit = min(len(words), MAX_TITLE_WORDS)
    first = _bare(words[0].group()).lower()
    if first in _HONORIFIC and not _shouted(words, 2) or first in _SENTENCE_START and len(words) > 1 and _sentence_like(words, 1):
        return 0  # "1. Councillor Smith said that ...", "3. The minutes were agreed": a minute with no title
    for k in range(1, limit):
        previous, word = words[k - 1].group(), words[k].group()
        open_bracket = sum(w.group().count("(") - w.group().count(")") for w in words[:k]) > 0  # "(Pages 21 - 30)" is one note
        if _ends_title(previous, k, words) or (_POINT_WORD.fullmatch(word) and not open_bracket):
            return k
        if words[k].end() > MAX_TITLE_CHARS:
            return None
        if k >= 2 and re.search(r"\d+/\d{4,}|\d+/\d+/[A-Z]", word) and _bare(previous).lower() not in _NUMBER_NOUNS:
            return k  # a planning application's reference opens the item's text ("Consideration of Decision 24/00093" names it)
        if word in ("-", "–", "—") and not open_bracket and k + 1 < len(words) and (_WEEKDAY_WORD.match(words[k + 1].group()) or words[k + 1].group()[:1].isdigit()):
            return k  # "Date and Time of Next Meeting – Wednesday 4 April"
        bare = _bare(word)
        if not bare[:1].isupper() or _bare(previous).lower() in _TITLE_SMALL:
            continue
        shouted = _shouted(words, k)  # two words or more in capitals
        if shouted and not bare.isupper():
            return k  # "PUBLIC FORUM Reference to a requested update"
        if bare.isupper() and len(bare) > 1:
            if not shouted and re.fullmatch(r"[A-Z]{2,3}", bare) and k + 1 < len(words) and _is_verb(words[k + 1].group()):
                return k  # "... of Office TF was proposed"
            continue
        if bare.lower() in _HONORIFIC and (bare.lower() not in ("councillor", "councillors") or k + 1 < len(words) and re.fullmatch(r"[A-Z]\.?|[a-z]\w*", words[k + 1].group())):
            return k  # "Apologies Cllr M Leamon", "Councillors agreed"
        if bare.lower() in _SENTENCE_START and (_sentence_like(words, k + 1) or re.fullmatch(r"\d{4}", _bare(previous))):
            return k
        if k >= 2 and k + 1 < len(words) and _is_verb(words[k + 1].group()):
            return k  # "Defibrillator for the phone box Interest has been shown"
    if len(words) <= limit and words[-1].group().endswith((".", ":")) and words[-1].end() <= MAX_TITLE_CHARS:
        return len(words)
    return None


def _is_verb(word: str) -> bool:
    """A word that reads as a verb after someone's initials ("LH confirmed", "TF was proposed")."""
    bare = _bare(word)
    return bare.islower() and (bare.endswith("ed") or bare in _FINITE)


def _ends_title(previous: str, k: int, words: list[re.Match]) -> bool:
    """A word that closes the title: a sentence end (not an abbreviation or initial) or a colon.

    "To Note:", "To Approve:" open a title rather than end it.
    """
    if previous.endswith((":", ":-", ":–")):  # "Accounts for payment:-" as older minutes print it
        return not (k <= 2 and words[0].group().lower() == "to")
    if previous.endswith((".", "?", "!")):
        bare = previous.rstrip(".?!").lower()
        return not (bare in ABBREVIATIONS or len(bare) <= 1 or re.fullmatch(r"(?:[a-z]\.)+[a-z]?", bare))
    return False


def _sentence_like(words: list[re.Match], start: int) -> bool:
    """A lower-case word (not "of", "the") among the next few: the words run as a sentence, not a name."""
    return any(_is_lower_word(w.group()) for w in words[start : start + 3])


def _points(block: Block) -> list[Block]:
    """A block with its inline numbered points ("1) ... 2) ...") and bullets as blocks of their own."""
    text = block.text
    if ")" not in text and not _ROMAN_POINT.search(text) and not _BULLET.search(text):
        return [block]  # most paragraphs: nothing to look for
    cuts = _point_cuts(text)
    bullets = [m.start() for m in _BULLET.finditer(text)]
    if not cuts and not bullets:
        return [block]
    marks = sorted([(start, end, marker, False) for start, end, marker in cuts] + [(b, b + 2, None, True) for b in bullets])
    out: list[Block] = []
    head = text[: marks[0][0]].strip()
    if head:
        out.append(Block(text=head, page=block.page, bullet=block.bullet, label=block.label))
    for (_start, end, marker, bullet), after in zip(marks, [*marks[1:], None]):
        body = text[end : after[0] if after else len(text)].strip().lstrip("•●▪\uf0b7").strip()
        if body:
            out.append(Block(text=body, page=block.page, bullet=bullet, label=marker))
    return out


def _point_cuts(text: str) -> list[tuple[int, int, str]]:
    """Numbered points that come in order ("1)" then "2)", "a)" then "b)"): where each starts and ends."""
    found = [(m.start(), m.end(), m.group("marker") or m.group("roman")) for m in _POINT.finditer(text)]
    kept: list[tuple[int, int, str]] = []
    for i, (start, end, marker) in enumerate(found):
        before = text[:start]
        if start and not re.search(r"[.!?:;)\]”\"’\w]\s*$", before):
            continue
        if not marker.startswith("(") and before.count("(") > before.count(")"):
            continue  # "(Agenda Item 7)": the bracket closes, it numbers nothing
        neighbours = [m for _, _, m in found[max(0, i - 1) : i]] + [m for _, _, m in found[i + 1 : i + 2]]
        if any(_in_sequence(marker, other) or _in_sequence(other, marker) for other in neighbours):
            kept.append((start, end, marker))
    return kept


def _ordinal(marker: str) -> tuple[str, int] | None:
    """("digit", 2) for "2)", ("letter", 2) for "b)", ("roman", 2) for "ii)"."""
    bare = marker.strip("().")
    romans = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12}
    if bare.isdigit():
        return "digit", int(bare)
    if bare in romans and (len(bare) > 1 or bare in ("i", "v", "x")):
        return "roman", romans[bare]
    if len(bare) == 1 and bare.isalpha():
        return "letter", ord(bare) - ord("a") + 1
    return None


def _in_sequence(first: str, second: str) -> bool:
    """Whether `second` is the point after `first` ("1)" -> "2)", "a)" -> "b)", "i)" -> "ii)")."""
    a, b = _ordinal(first), _ordinal(second)
    if a is None or b is None:
        return False
    if a[0] == b[0] and b[1] == a[1] + 1:
        return True
    # "i)" can be the letter i after "h)", and "v)" the letter after "u)".
    letters = [o for o in (("letter", ord(first.strip("().")[-1]) - 96),) if len(first.strip("().")) == 1]
    return bool(letters) and b[0] == "letter" and letters[0][1] + 1 == b[1]
