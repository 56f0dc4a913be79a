"""`indexer explain FILE`: what the indexer finds in one document, and the line or rule behind each finding."""
from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path
from typing import Any

from indexer.analysis import split_sentences
from indexer.linking import ITEM_REFERENCE, reference_numbers
from indexer.model import Document, Motion
from indexer.pipeline import read_document, readable_name
from indexer.sidecar import read_sidecar
from indexer.walk import Evidence, WalkRecorder

TEXT_SHOWN = 100  # characters of each paragraph shown in the human-readable report
_ATTENDANCE = re.compile(r"^\s*(?:present|in attendance|also present|apologies|those attending|attendance|members present)\b", re.IGNORECASE)


def explain_file(path: str) -> dict[str, Any]:
    """Read one file as the indexer does and say what was found and why (plain JSON data)."""
    source = Path(path)
    walk = WalkRecorder()
    speaker_how: list[tuple[int, str]] = []
    document = read_document(str(source), str(source.parent), walk=walk, speaker_evidence=speaker_how)
    evidence = walk.evidence()
    sidecar = read_sidecar(source)
    how = dict(speaker_how)
    return {
        "file": readable_name(str(source)),
        "format": document.format,
        "pages": document.pages,
        "document_kind": walk.steps[0].before.kind if walk.steps else None,
        "title": {"value": document.title, "from": _title_source(document, sidecar)},
        "council": _meeting_fact("council", document.council, evidence, sidecar),
        "committee": _meeting_fact("committee", document.committee, evidence, sidecar),
        "date": _meeting_fact("date", document.date.isoformat() if document.date else None, evidence, sidecar),
        "meeting_lines": [_evidence_dict(e) for e in evidence if e.what == "meeting"],
        "items": _items(document, evidence),
        "agenda_listing": [{"number": n, "title": t} for n, t in (document.meeting_card or {}).get("agenda", [])],
        "references": _references(document),
        "paragraphs": [_paragraph(document, p, how.get(p.position)) for p in document.paragraphs],
        "motions": [_motion(m) for m in document.motions],
        "warnings": document.warnings,
    }


def _motion(motion: Motion) -> dict[str, Any]:
    """A motion as found (indexer/motions.py), with the paragraphs it was read from."""
    return dataclasses.asdict(motion)


def _evidence_dict(found: Evidence) -> dict[str, Any]:
    return {"line": found.line, "page": found.page, "recogniser": found.recogniser, "text": found.text, "found": found.found}


def _title_source(document: Document, sidecar: dict[str, Any]) -> str:
    if sidecar.get("title"):
        return "sidecar (NAME.meta.json)"
    if document.paragraphs and document.title == document.paragraphs[0].item_title:
        return "the first paragraph's item title"
    return "front matter or file name"


def _meeting_fact(name: str, value: Any, evidence: list[Evidence], sidecar: dict[str, Any]) -> dict[str, Any]:
    """A document-level value with the line (and recogniser) that first stated it."""
    fact: dict[str, Any] = {"value": value}
    if value is None:
        fact["from"] = "not stated in the document"
        return fact
    if sidecar.get(name) and str(sidecar[name]) == str(value):
        fact["from"] = "sidecar (NAME.meta.json)"
        return fact
    for found in evidence:
        if found.what == "meeting" and found.found.get(name) == value:
            fact.update({"from": found.recogniser, "line": found.line, "page": found.page, "text": found.text})
            return fact
    fact["from"] = "the document's title or the council named most often" if name != "committee" else "a report heading"
    return fact


def _items(document: Document, evidence: list[Evidence]) -> list[dict[str, Any]]:
    """Each item the paragraphs carry, with the heading line that started it."""
    started: dict[tuple[Any, Any], Evidence] = {}
    for found in evidence:
        if found.what == "item":
            started.setdefault((found.found.get("number"), found.found.get("title")), found)
    items: list[dict[str, Any]] = []
    seen: set[tuple[Any, Any]] = set()
    for paragraph in document.paragraphs:
        key = (paragraph.item_number, paragraph.item_title)
        if key == (None, None) or key in seen:
            continue
        seen.add(key)
        entry: dict[str, Any] = {"number": paragraph.item_number, "title": paragraph.item_title, "first_paragraph": paragraph.position}
        heading = started.get(key) or next((e for k, e in started.items() if k[0] == key[0] and k[0] is not None), None)
        if heading is not None:
            entry.update({"from": heading.recogniser, "line": heading.line, "page": heading.page, "text": heading.text})
        else:
            entry["from"] = "not started by a heading line (linked from the meeting's agenda at build time)"
        items.append(entry)
    return items


def _references(document: Document) -> dict[str, Any]:
    """What the build uses to link this document to another one's agenda item."""
    card = document.meeting_card or {}
    texts = [card.get("name") or "", card.get("title") or "", *card.get("opening", [])]
    return {
        "item_references": sorted({m.group(0) for text in texts for m in ITEM_REFERENCE.finditer(text)}),
        "reference_numbers": sorted({ref for text in texts for ref in reference_numbers(text)}),
        "standalone": bool(card.get("standalone")) and not card.get("agenda"),
        "folder": card.get("folder"),
    }


def _paragraph(document: Document, paragraph: Any, how: str | None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "position": paragraph.position,
        "page": paragraph.page,
        "kind": paragraph.kind,
        "label": paragraph.label,
        "item_number": paragraph.item_number,
        "item_title": paragraph.item_title,
        "section": paragraph.section,
        "date": paragraph.date.isoformat() if paragraph.date else None,
        "speakers": list(paragraph.speakers),
        "text": paragraph.text,
    }
    if paragraph.speakers:
        entry["speaker_evidence"] = [_speaker_evidence(document, paragraph, name, how) for name in paragraph.speakers]
    return entry


def _speaker_evidence(document: Document, paragraph: Any, name: str, how: str | None) -> dict[str, Any]:
    """Why a person is a speaker here: the rule, the sentence naming them, and where their full name was read."""
    surname = name.split()[-1]
    sentence = next((s for s in split_sentences(paragraph.text) or [paragraph.text] if surname in s), None)
    found: dict[str, Any] = {"name": name, "how": how or "named in this paragraph"}
    if sentence:
        found["matched"] = sentence[:240]
    elif re.search(r"\b(?:Chair(?:man|woman|person)?|Vice[- ]Chair\w*|Leader|Mayor|Clerk)\b", paragraph.text):
        found["matched"] = "a role (Chairman, Leader, Clerk ...) that the document names: " + name
    # Where the fullest form was read: an attendance list first, else the first other paragraph giving it.
    others = [p for p in document.paragraphs if p.position != paragraph.position and name in p.text]
    source = next((p for p in others if _ATTENDANCE.match(p.text)), others[0] if others and name not in paragraph.text else None)
    if source is not None:
        where = "attendance list" if _ATTENDANCE.match(source.text) else "paragraph"
        found["full_name_from"] = {"paragraph": source.position, "as": where, "text": source.text[:240]}
    return found


def render(report: dict[str, Any]) -> str:
    """The report as text a person reads."""
    lines = [f"File: {report['file']} ({report['format']}{', %s pages' % report['pages'] if report.get('pages') else ''})",
             f"Document kind (from its opening lines): {report['document_kind']}"]
    title = report["title"]
    lines.append(f"Title: {title['value']}  [{title['from']}]")
    for name in ("council", "committee", "date"):
        fact = report[name]
        where = f"line {fact['line']}" + (f", page {fact['page']}" if fact.get("page") else "") if "line" in fact else ""
        said = f" {fact['text']!r}" if fact.get("text") else ""
        lines.append(f"{name.capitalize()}: {fact['value'] or '-'}  [{fact['from']}{'; ' + where if where else ''}{':' + said if said else ''}]")
    if report["meeting_lines"]:
        lines.append("Meeting lines:")
        for found in report["meeting_lines"]:
            values = ", ".join(f"{k}={v}" for k, v in found["found"].items())
            lines.append(f"  line {found['line']} ({found['recogniser']}): {found['text'][:120]!r} -> {values}")
    if report["agenda_listing"]:
        lines.append("Agenda listing (used to link reports of this meeting):")
        lines.extend(f"  {item['number']}. {item['title']}" for item in report["agenda_listing"])
    lines.append("Items:" if report["items"] else "Items: none")
    for item in report["items"]:
        where = f"line {item['line']} ({item['from']}): {item['text'][:120]!r}" if "line" in item else item["from"]
        lines.append(f"  {item['number'] or '-'}. {item['title'] or '-'}  [{where}]")
    refs = report["references"]
    if refs["item_references"] or refs["reference_numbers"]:
        lines.append(f"References for linking: items {refs['item_references'] or '-'}, numbers {refs['reference_numbers'] or '-'}")
    lines.append("Paragraphs:")
    for p in report["paragraphs"]:
        place = f"item {p['item_number'] or '-'}" + (f" / {p['section']}" if p["section"] else "")
        head = f"  [{p['position']}] p.{p['page'] or '-'} {p['kind']}{' ' + p['label'] if p['label'] else ''} {place}"
        text = p["text"] if len(p["text"]) <= TEXT_SHOWN else p["text"][:TEXT_SHOWN] + "..."
        lines.append(f"{head}: {text}")
        for who in p.get("speaker_evidence", []):
            lines.append(f"      speaker {who['name']}: {who['how']}" + (f"; {who['matched'][:120]!r}" if who.get("matched") else ""))
            if who.get("full_name_from"):
                source = who["full_name_from"]
                lines.append(f"        full name from {source['as']} [{source['paragraph']}]: {source['text'][:100]!r}")
    lines.append(f"Motions: {len(report.get('motions', []))}")
    for n, motion in enumerate(report.get("motions", []), 1):
        lines.extend(_motion_lines(n, motion))
    for warning in report["warnings"]:
        lines.append(f"Warning: {warning}")
    return "\n".join(lines)


def _motion_lines(n: int, motion: dict[str, Any]) -> list[str]:
    """One motion as a democratic services officer would read it back."""
    outcome = motion["outcome"] or "outcome not recorded"
    if motion["unanimous"]:
        outcome += " (unanimous)"
    lines = [f"  {n}. {motion['type']} [item {motion['item_number'] or '-'}; paragraphs {motion['positions']}]: {outcome}",
             f"     proposed by {motion['proposer'] or '-'}, seconded by {motion['seconder'] or '-'}"]
    text = motion["text"] or "-"
    lines.append(f"     text: {text if len(text) <= TEXT_SHOWN else text[:TEXT_SHOWN] + '...'}")
    counts = motion["counts"]
    if any(v is not None for v in counts.values()) or any(motion["votes"].values()):
        for side in ("for", "against", "abstain"):
            names = motion["votes"][side]
            number = counts[side] if counts[side] is not None else "-"
            lines.append(f"     {side}: {number}" + (f" ({', '.join(names)})" if names else ""))
    if motion["resolution"]:
        resolution = motion["resolution"]
        lines.append(f"     resolution: {resolution if len(resolution) <= TEXT_SHOWN else resolution[:TEXT_SHOWN] + '...'}")
    return lines


def explain_task(task: tuple[str]) -> dict[str, Any]:
    """In a parser process: explain one file (limits as for indexing)."""
    return explain_file(task[0])


def is_readable_path(path: str) -> bool:
    """A regular file (not a folder or a link) that can be explained."""
    return os.path.isfile(path) and not os.path.islink(path)
