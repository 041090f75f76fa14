"""bench_hq's other way to search: PostgreSQL full-text with `unaccent`, measured against what
`hq search` does (the folded column with its trigram index, casefiles.hq.search_text), and a
third way: full-text over that folded column.

Full-text gets its own column in the benchmark's database (never in the schema): a `tsvector`
of the incident's reference, title, description, damage and notes (the bench has no letters) as
written, lower-cased and stripped of marks by `unaccent`, with a GIN index; a query is every
word as a prefix (`word:*`), which is the desktop's rule (every word begins a word). Both end
the same way, with the desktop's snippets of each hit, so their times compare.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, text

from casefiles.hq.search_text import _snippets, matching, sources
from casefiles.storage.search import query_words

_SET_UP = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    # unaccent() is only STABLE (it reads its rules file); an index needs an IMMUTABLE call.
    "CREATE OR REPLACE FUNCTION bench_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE "
    "PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent', $1) $$",
    "ALTER TABLE incidents ADD COLUMN bench_fulltext tsvector",
    """UPDATE incidents AS i SET bench_fulltext = to_tsvector('simple', bench_unaccent(concat_ws(
         ' ', i.reference, i.title, i.description,
         (SELECT string_agg(d.description, ' ') FROM damage_items d
          WHERE d.incident_uuid = i.uuid AND NOT d.deleted),
         (SELECT string_agg(n.text, ' ') FROM notes n
          WHERE n.incident_uuid = i.uuid AND NOT n.deleted))))""",
    "CREATE INDEX ix_bench_fulltext ON incidents USING gin (bench_fulltext)",
    # The third way: full-text over the folded column itself (folded as the desktop folds).
    "CREATE INDEX ix_bench_folded_fulltext ON incidents "
    "USING gin (to_tsvector('simple', search_folded))",
    "ANALYZE incidents",
)
_FIND = text(
    "SELECT uuid FROM incidents WHERE NOT deleted "
    "AND bench_fulltext @@ to_tsquery('simple', bench_unaccent(:query)) ORDER BY time_start"
)
# Words with Azerbaijani letters, their plain spelling, Cyrillic, each with the number of one
# incident of every mission (its title), so each query has one hit per mission.
QUERIES = (
    "strike 0007",
    "zədələndi 0007",
    "zedelendi 0007",
    "Səfirliyin 0007",
    "sefirliyin 0007",
    "şüşələr 0007",
    "susələr 0007",
    "УДАР 0007",
    "удар по 0007",
)


_FIND_FOLDED = text(
    "SELECT uuid FROM incidents WHERE NOT deleted "
    "AND to_tsvector('simple', search_folded) @@ to_tsquery('simple', :query) "
    "ORDER BY time_start"
)


def _prefixes(words: list[str]) -> str:
    return " & ".join(f"'{word}':*" for word in (w.replace("'", "") for w in words) if word)


def _with_snippets(connection: Connection, uuids: list[str], query: str) -> list[Any]:
    texts = sources(connection, uuids)
    folded = query_words(query)
    return [(uuid, _snippets(texts.get(uuid, {}), folded)) for uuid in uuids]


def fulltext_matching(connection: Connection, query: str) -> list[tuple[str, list[Any]]]:
    """Full-text with unaccent over the text as written."""
    found = connection.execute(_FIND, {"query": _prefixes(query.lower().split())}).scalars()
    return _with_snippets(connection, list(found), query)


def folded_fulltext_matching(connection: Connection, query: str) -> list[tuple[str, list[Any]]]:
    """Full-text over the folded column, the query folded as the desktop folds it."""
    found = connection.execute(_FIND_FOLDED, {"query": _prefixes(query_words(query))}).scalars()
    return _with_snippets(connection, list(found), query)


def set_up(connection: Connection) -> float:
    """The full-text column and indexes; seconds taken. Commit before searching: an index
    made in the transaction that rewrote the rows cannot serve that transaction."""
    started = time.perf_counter()
    for statement in _SET_UP:
        connection.execute(text(statement))
    return time.perf_counter() - started


def compare(
    connection: Connection, timed: Callable[[Callable[[], Any], int], tuple[list[float], Any]]
) -> dict[str, Any]:
    """Per query the hits of each way and the time of each (milliseconds per call, over
    `timed`'s repeats); each way's index size, and whether its plan uses its index."""
    indexes = {"folded": "ix_incidents_search", "fulltext": "ix_bench_fulltext",
               "folded_fulltext": "ix_bench_folded_fulltext"}  # fmt: skip
    ways = {"folded": matching, "fulltext": fulltext_matching,
            "folded_fulltext": folded_fulltext_matching}  # fmt: skip
    queries: dict[str, dict[str, int]] = {}
    times: dict[str, list[float]] = {way: [] for way in ways}
    for query in QUERIES:
        queries[query] = {}
        for way, find in ways.items():
            queries[query][way] = len(find(connection, query))
            times[way] += timed(lambda q=query, f=find: f(connection, q), 7)[0]  # type: ignore[misc]
    index_mb = {
        way: connection.execute(text(f"SELECT pg_relation_size('{name}')")).scalar_one() / 1e6
        for way, name in indexes.items()
    }
    return {"index_mb": index_mb, "hits": queries, "ms": times, "index_used": _plans(connection)}


def _plans(connection: Connection) -> dict[str, bool]:
    words = query_words(QUERIES[0])
    statements = {
        "folded": ("SELECT uuid FROM incidents WHERE search_folded LIKE :a AND search_folded "
                   "LIKE :b", {"a": f"%{words[0]}%", "b": f"%{words[1]}%"}),
        "fulltext": (_FIND.text, {"query": _prefixes(QUERIES[0].lower().split())}),
        "folded_fulltext": (_FIND_FOLDED.text, {"query": _prefixes(words)}),
    }  # fmt: skip
    return {
        way: "Index" in "\n".join(connection.execute(text("EXPLAIN " + sql), values).scalars())
        for way, (sql, values) in statements.items()
    }
