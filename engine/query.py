"""Query text to a Whoosh query: parsing, the forms and fields a visitor may use, limits, stop words."""
from __future__ import annotations

from typing import Any, Iterator

from whoosh import query as wq
from whoosh.qparser import AndGroup, QueryParser

from engine.analysis import is_stop_word

# Fields a query may name (`committee:cabinet`); the rest of the schema is internal.
QUERY_FIELDS = ("text", "committee", "speaker", "kind", "council", "item")
_VISIBLE_FIELDS = ", ".join(f for f in QUERY_FIELDS if f != "text")
_EXPANDING = (wq.Prefix, wq.Wildcard, wq.FuzzyTerm, wq.Regex)
_REFUSED_FORMS = (wq.TermRange, wq.NumericRange, wq.DateRange, wq.Every)


class QueryError(ValueError):
    """A query the service will not run; the message tells the user why (and names nothing internal)."""


def make_parser(schema: Any) -> QueryParser:
    """Whoosh's parser over the schema: words in the text field, all required unless OR is said."""
    return QueryParser("text", schema, group=AndGroup)


def walk(query: wq.Query) -> Iterator[wq.Query]:
    """The query and every query inside it."""
    yield query
    for child in query.children():
        yield from walk(child)


def _check_forms(query: wq.Query) -> None:
    """Refuse ranges, match-everything and fields a visitor may not search."""
    for sub in walk(query):
        if isinstance(sub, _REFUSED_FORMS):
            if isinstance(sub, wq.Every):
                raise QueryError("a query of * alone matches everything; leave the query empty to browse")
            raise QueryError("ranges ([a TO b]) are not supported; use the from and to dates to narrow by date")
        fieldname = getattr(sub, "fieldname", None)
        if fieldname is not None and fieldname not in QUERY_FIELDS:
            raise QueryError(f"only these fields can be searched by name: {_VISIBLE_FIELDS}")
        if isinstance(sub, _EXPANDING) and not str(sub.text).strip("*?"):
            raise QueryError("a wildcard needs at least one letter before it")


def check_expansion(query: wq.Query, reader: Any, limit: int) -> None:
    """Refuse a prefix or wildcard that expands to more than `limit` index words."""
    for sub in walk(query):
        if isinstance(sub, _EXPANDING):
            for count, _ in enumerate(sub._btexts(reader), start=1):
                if count > limit:
                    raise QueryError(f"'{sub.text}' matches more than {limit} words; give more letters")


def without_stop_words(query: wq.Query) -> wq.Query:
    """Drop stop words from the plain words of a query; phrases keep theirs."""
    if isinstance(query, wq.Term) and query.fieldname == "text" and is_stop_word(query.text):
        return wq.NullQuery
    if isinstance(query, (wq.And, wq.Or, wq.AndMaybe, wq.AndNot, wq.Not, wq.Require)):
        return query.apply(without_stop_words).normalize()
    return query


def parse(parser: QueryParser, text: str) -> wq.Query | None:
    """A checked query for the text, None for an empty one, NullQuery when nothing can match."""
    if not text.strip():
        return None
    try:
        query = parser.parse(text)
    except Exception:  # Whoosh's messages name its internals; the visitor needs to know what to change
        raise QueryError("cannot read the query; check its quotes, brackets and field names") from None
    _check_forms(query)
    # A query of stop words alone ("to be or not to be") is searched as written.
    stripped = without_stop_words(query)
    return query if stripped is wq.NullQuery else stripped


def highlight_terms(query: wq.Query) -> tuple[set[str], tuple[str, ...]]:
    """The analysed words of a query's text field, and its prefixes, for highlighting."""
    terms = {t.decode("utf-8") if isinstance(t, bytes) else t for f, t in query.iter_all_terms() if f == "text"}
    prefixes = tuple(sub.text for sub in walk(query) if isinstance(sub, wq.Prefix) and sub.field() == "text")
    return terms, prefixes
