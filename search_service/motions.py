"""Motions and votes: GET /api/motions, a member's page (/members) and its JSON twin (/api/members)."""
from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, current_app, jsonify, render_template, request

from engine.motions import OUTCOMES, VOTE_SIDES, VOTES, MotionRequest, MotionResult, name_key
from engine.query import QueryError
from engine.reader import IndexUnavailable
from search_service import deadline, reader_of
from search_service.errors import public_message
from search_service.params import ParamError, _clean, _date, _int, _nesting, _shown
from search_service.present import paragraph_url, uk_date

bp = Blueprint("motions", __name__)

MOTION_FIELDS = ("id", "document_id", "date", "council", "committee", "item_number", "item_title", "type", "proposer", "seconder",
                 "text", "outcome", "unanimous", "counts", "votes", "resolution", "paragraphs")
ROLE_TEXT = {"proposed": "Proposed", "seconded": "Seconded", "for": "Voted for", "against": "Voted against", "abstain": "Abstained"}
TYPE_TEXT = {"motion": "Motion", "amendment": "Amendment", "procedural": "Procedural motion"}
SIDE_TEXT = {"for": "For", "against": "Against", "abstain": "Abstain"}


def _values(args, name: str, settings: dict) -> list[str]:
    values = [_clean(v, name).strip() for v in args.getlist(name) if v and v.strip()]
    if len(values) > settings["MAX_FILTER_VALUES"]:
        raise ParamError(f"too many {name} values (at most {settings['MAX_FILTER_VALUES']})")
    return list(dict.fromkeys(values))


def _name(args, name: str, settings: dict) -> str | None:
    raw = " ".join(_clean(args.get(name) or "", name).split())
    if len(raw) > settings["MAX_NAME_CHARS"]:
        raise ParamError(f"{name} is too long ({len(raw)} characters; at most {settings['MAX_NAME_CHARS']})")
    return raw or None


def motion_request(args, settings: dict, per_page_default: int | None = None) -> MotionRequest:
    """A MotionRequest from query-string args (a MultiDict), checked as /api/search checks its own."""
    q = _clean(args.get("q", "") or "", "q")
    if len(q) > settings["MAX_QUERY_CHARS"]:
        raise ParamError(f"the query is too long ({len(q)} characters; at most {settings['MAX_QUERY_CHARS']})")
    if _nesting(q) > settings["MAX_NESTING"]:
        raise ParamError(f"the query nests parentheses more than {settings['MAX_NESTING']} deep")
    found = MotionRequest(q=q.strip())
    for name in ("council", "committee", "outcome", "document_id"):
        setattr(found, name, _values(args, name, settings))
    for value in found.outcome:
        if value not in OUTCOMES:
            raise ParamError(f"outcome must be one of {', '.join(OUTCOMES)}, not {_shown(value)}")
    found.member = _name(args, "member", settings)
    vote = _clean(args.get("vote") or "", "vote").strip()
    if vote:
        if vote not in VOTES:
            raise ParamError(f"vote must be one of {', '.join(VOTES)}, not {_shown(vote)}")
        if not found.member:
            raise ParamError("vote needs member: it says how that member took part (for example member=Jane Smith&vote=against)")
        found.vote = vote
    found.date_from = _date(args, "from")
    found.date_to = _date(args, "to")
    if found.date_from and found.date_to and found.date_from > found.date_to:
        raise ParamError("from must not be after to")
    found.per_page = _int(args, "per_page", per_page_default or settings["PER_PAGE_DEFAULT"], 1, settings["MAX_PER_PAGE"])
    found.page = _int(args, "page", 1, 1, settings["MAX_PAGE"])
    found.facet_limit = settings["FACET_LIMIT"]
    return found


def motion_json(data: dict) -> dict:
    """A motion as INTERFACE.md gives it; its url opens its first paragraph in the document page."""
    out = {name: data[name] for name in MOTION_FIELDS}
    out["counts"] = dict(data["counts"])
    out["votes"] = {side: list(names) for side, names in data["votes"].items()}
    out["paragraphs"] = list(data["paragraphs"])
    out["url"] = paragraph_url({"id": data["paragraphs"][0], "document_id": data["document_id"]})
    return out


def _bad(error: Exception):
    return jsonify(error=public_message(error)), 400


def _unavailable(error: IndexUnavailable):
    current_app.logger.warning("index unavailable: %s", error)
    return jsonify(error=getattr(error, "public", None) or "the index is not available; try again shortly"), 503


def _facets_json(result: MotionResult) -> dict:
    return {name: [{"value": v, "count": n} for v, n in values] for name, values in result.facets.items()}


@bp.get("/api/motions")
def api_motions():
    settings = current_app.config["SEARCH"]
    try:
        wanted = motion_request(request.args, settings)
        result = reader_of(current_app).motions(wanted)
    except (ParamError, QueryError) as error:
        return _bad(error)
    except IndexUnavailable as error:
        return _unavailable(error)
    shown = []
    for data in result.motions:
        deadline.check()
        shown.append(motion_json(data))
    return jsonify({"total": result.total, "page": wanted.page, "per_page": wanted.per_page, "motions": shown, "facets": _facets_json(result)})


def member_url(name: str, council: str | None) -> str:
    """The member page of a person (within a council, where one person has one name)."""
    return "/members?" + urlencode([("name", name)] + ([("council", council)] if council else []))


def _member_request(args, settings: dict) -> MotionRequest:
    name = _name(args, "name", settings)
    if not name:
        raise ParamError("name is required: the member's name as the minutes give it (for example name=Jane Smith)")
    council = _name(args, "council", settings)
    found = MotionRequest(member=name, council=[council] if council else [])
    found.per_page = _int(args, "per_page", settings["MEMBER_PAGE_SIZE"], 1, settings["MAX_PER_PAGE"])
    found.page = _int(args, "page", 1, 1, settings["MAX_PAGE"])
    found.facet_limit = settings["FACET_LIMIT"]
    return found


def _member(args) -> tuple[MotionRequest, MotionResult, dict[str, int]]:
    """The member's motions (newest first, one page) and how many they proposed, seconded and voted each way."""
    settings = current_app.config["SEARCH"]
    wanted = _member_request(args, settings)
    result = reader_of(current_app).motions(wanted)
    return wanted, result, result.roles


def _roles(data: dict, name: str) -> list[str]:
    key = name_key(name)
    roles = [r for r, who in (("proposed", data["proposer"]), ("seconded", data["seconder"])) if who and name_key(who) == key]
    return roles + [side for side in VOTE_SIDES if any(name_key(n) == key for n in data["votes"][side])]


@bp.get("/api/members")
def api_member():
    try:
        wanted, result, tally = _member(request.args)
    except ParamError as error:
        return _bad(error)
    except IndexUnavailable as error:
        return _unavailable(error)
    motions = [motion_json(data) | {"roles": _roles(data, wanted.member or "")} for data in result.motions]
    return jsonify({"name": wanted.member, "council": wanted.council[0] if wanted.council else None, "total": result.total,
                    "page": wanted.page, "per_page": wanted.per_page, "counts": tally, "motions": motions})


@bp.get("/members")
def member_page():
    from search_service.views import render_error

    try:
        wanted, result, tally = _member(request.args)
    except ParamError as error:
        return render_error(400, public_message(error)), 400
    except IndexUnavailable:
        return render_error(503, "The index is not available; try again shortly."), 503
    name = wanted.member or ""
    council = wanted.council[0] if wanted.council else None
    shown = []
    for data in result.motions:
        deadline.check()
        shown.append({"motion": motion_json(data), "roles": [ROLE_TEXT[r] for r in _roles(data, name)], "card": motion_card(data),
                      "date_text": uk_date(data["date"])})
    last = max(1, -(-result.total // wanted.per_page))
    base = [("name", name)] + ([("council", council)] if council else [])
    pages = {"current": wanted.page, "last": last, "per_page": wanted.per_page,
             "previous": "/members?" + urlencode(base + [("page", str(wanted.page - 1))]) if wanted.page > 1 else None,
             "next": "/members?" + urlencode(base + [("page", str(wanted.page + 1))]) if wanted.page < last else None}
    json_url = "/api/members?" + urlencode(base)
    speaker_url = "/?" + urlencode([("speaker", name)] + ([("council", council)] if council else []))
    return render_template("member.html", name=name, council=council, total=result.total, motions=shown, tally=tally,
                           role_text=ROLE_TEXT, pages=pages, json_url=json_url, speaker_url=speaker_url)


def motion_card(data: dict) -> dict:
    """What a motion card shows: each fact as recorded, or "not recorded"; never a vote inferred."""
    council = data["council"]

    def person(name: str | None) -> dict | None:
        return {"name": name, "url": member_url(name, council)} if name else None

    sides = []
    for side in VOTE_SIDES:
        count, names = data["counts"][side], data["votes"][side]
        sides.append({"title": SIDE_TEXT[side], "count": count, "names": [person(n) for n in names]})
    recorded = any(s["count"] is not None or s["names"] for s in sides)
    return {
        "id": data["id"],
        "type": TYPE_TEXT.get(data["type"], data["type"]),
        "proposer": person(data["proposer"]),
        "seconder": person(data["seconder"]),
        "outcome": data["outcome"],
        "unanimous": data["unanimous"],
        "sides": sides,
        "vote_recorded": recorded,
        "text": data["text"],
        "resolution": data["resolution"],
        "url": paragraph_url({"id": data["paragraphs"][0], "document_id": data["document_id"]}),
        "paragraphs": data["paragraphs"],
    }
