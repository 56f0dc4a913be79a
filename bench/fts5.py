"""The baseline: SQLite FTS5 (stdlib sqlite3) doing the same work as the search API."""
from __future__ import annotations

import sqlite3
from datetime import date

EPOCH = date(1970, 1, 1)
FACETS = ("committee", "council", "speaker", "kind", "year")


def build(path: str, documents) -> int:
    """Write the paragraphs into an FTS5 database; returns the number written."""
    db = sqlite3.connect(path)
    db.executescript(
        """
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE p(id INTEGER PRIMARY KEY, council TEXT, committee TEXT, kind TEXT, day INTEGER, year INTEGER);
        CREATE TABLE ps(pid INTEGER, speaker TEXT);
        CREATE VIRTUAL TABLE f USING fts5(text, tokenize='porter unicode61');
        """
    )
    count = 0
    for document in documents:
        rows, speakers, texts = [], [], []
        for paragraph in document.paragraphs:
            count += 1
            day = (paragraph.date - EPOCH).days if paragraph.date else -1
            rows.append((count, paragraph.council, paragraph.committee, paragraph.kind, day, paragraph.date.year if paragraph.date else 0))
            speakers.extend((count, s) for s in paragraph.speakers)
            texts.append((count, paragraph.text))
        db.executemany("INSERT INTO p VALUES (?,?,?,?,?,?)", rows)
        db.executemany("INSERT INTO ps VALUES (?,?)", speakers)
        db.executemany("INSERT INTO f(rowid, text) VALUES (?,?)", texts)
    db.executescript("CREATE INDEX ps_pid ON ps(pid); CREATE INDEX p_day ON p(day);")
    db.commit()
    db.close()
    return count


class Fts5Search:
    """Top 20 by bm25 with snippet(), the exact total and five facet counts, like /api/search."""

    def __init__(self, path: str):
        self.db = sqlite3.connect(path, check_same_thread=False)

    def _where(self, query: dict, without: str | None = None) -> tuple[str, list]:
        clauses, params = [], []
        if query.get("q"):
            clauses.append("p.id IN (SELECT rowid FROM f WHERE f MATCH ?)")
            params.append(query["q"])
        for name in ("committee", "council", "kind"):
            values = query.get(name) or []
            if values and name != without:
                clauses.append(f"p.{name} IN ({','.join('?' * len(values))})")
                params.extend(values)
        if query.get("speaker") and without != "speaker":
            clauses.append(f"p.id IN (SELECT pid FROM ps WHERE speaker IN ({','.join('?' * len(query['speaker']))}))")
            params.extend(query["speaker"])
        if query.get("from"):
            clauses.append("p.day >= ?")
            params.append((query["from"] - EPOCH).days)
        if query.get("to"):
            clauses.append("p.day BETWEEN 0 AND ?")
            params.append((query["to"] - EPOCH).days)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def search(self, query: dict, page: int = 1, per_page: int = 20) -> dict:
        where, params = self._where(query)
        offset = (page - 1) * per_page
        if query.get("q"):
            extra = where.replace("p.id IN (SELECT rowid FROM f WHERE f MATCH ?)", "f MATCH ?")
            hits = self.db.execute(
                f"SELECT p.id, bm25(f) AS score, snippet(f, 0, '<mark>', '</mark>', '…', 24) FROM f JOIN p ON p.id = f.rowid{extra} "
                f"ORDER BY score LIMIT ? OFFSET ?",
                params + [per_page, offset],
            ).fetchall()
        else:
            hits = self.db.execute(
                f"SELECT p.id, 0, (SELECT substr(text, 1, 300) FROM f WHERE f.rowid = p.id) FROM p{where} ORDER BY p.day DESC, p.id LIMIT ? OFFSET ?",
                params + [per_page, offset],
            ).fetchall()
        total = self.db.execute(f"SELECT COUNT(*) FROM p{where}", params).fetchone()[0]
        facets = {}
        for name in FACETS:
            facet_where, facet_params = self._where(query, without=name)
            if name == "speaker":
                sql = f"SELECT ps.speaker, COUNT(*) FROM ps JOIN p ON p.id = ps.pid{facet_where} GROUP BY ps.speaker ORDER BY 2 DESC LIMIT 30"
            else:
                sql = f"SELECT p.{name}, COUNT(*) FROM p{facet_where} GROUP BY p.{name} ORDER BY 2 DESC LIMIT 30"
            facets[name] = self.db.execute(sql, facet_params).fetchall()
        return {"total": total, "hits": hits, "facets": facets}
