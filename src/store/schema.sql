-- vanban schema at the newest migration (user_version = the highest migrations/NNNN number). A fresh database is built by running
-- migrations/ in order; tests check that the two agree. Offsets are UTF-16 indices into documents.text.

CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,
  sha256       TEXT NOT NULL UNIQUE,          -- identity: the same bytes twice are one document
  source_path  TEXT NOT NULL,                 -- where it was first read (file path or URL)
  format       TEXT NOT NULL,                 -- txt, html, md, pdf, docx, rtf
  encoding     TEXT NOT NULL,
  bytes        INTEGER NOT NULL,
  text         TEXT NOT NULL,                 -- the normalized text all offsets point into
  symbol       TEXT,                          -- the document's own số ký hiệu
  type         TEXT,
  issued_on    TEXT,                          -- ISO date
  place        TEXT,
  issuer       TEXT,
  signer       TEXT,
  title        TEXT,
  citation_key TEXT,                          -- same key as references.key of the mentions that cite it
  warnings     TEXT NOT NULL DEFAULT '[]',    -- JSON array
  imported_at  TEXT NOT NULL
) STRICT;
CREATE INDEX documents_citation_key ON documents(citation_key) WHERE citation_key IS NOT NULL;
CREATE INDEX documents_symbol ON documents(symbol) WHERE symbol IS NOT NULL;

CREATE TABLE sections (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord         INTEGER NOT NULL,               -- document order
  path        TEXT NOT NULL,                  -- II/3/a
  parent_path TEXT,
  depth       INTEGER NOT NULL,
  label       TEXT NOT NULL,                  -- as written: II.  a,  Điều 5.
  heading     TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,               -- whole section, children included
  text        TEXT NOT NULL                   -- the section's own text: up to its first child or next section
) STRICT;
CREATE INDEX sections_document ON sections(document_id, ord);

CREATE TABLE "references" (
  id                 INTEGER PRIMARY KEY,
  document_id        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord                INTEGER NOT NULL,
  start              INTEGER NOT NULL,
  end                INTEGER NOT NULL,
  section_path       TEXT NOT NULL,
  text               TEXT NOT NULL,
  symbol             TEXT NOT NULL,
  symbol_folded      TEXT NOT NULL,          -- lower case, no diacritics, đ→d: what lookups use
  type               TEXT,
  type_code          TEXT,
  number             TEXT,
  year               INTEGER,
  issued_on          TEXT,                   -- as the mention says
  issuer             TEXT,                   -- the `của …` phrase as written
  issuer_codes       TEXT NOT NULL DEFAULT '[]',
  issuing_body       TEXT,
  province           TEXT,                   -- as written or from the citing document
  province_now       TEXT,                   -- after the 2025 merger (63 → 34)
  key                TEXT,                   -- citation key: type + number + year + issuing body
  resolved_issued_on TEXT,                   -- inherited from an earlier mention of the same symbol
  resolved_issuer    TEXT,
  warnings           TEXT NOT NULL DEFAULT '[]',
  cited_document_id  INTEGER REFERENCES documents(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX references_document ON "references"(document_id, ord);
CREATE INDEX references_key ON "references"(key, document_id) WHERE key IS NOT NULL;
CREATE INDEX references_symbol ON "references"(symbol_folded, document_id);
CREATE INDEX references_cited ON "references"(cited_document_id) WHERE cited_document_id IS NOT NULL;

-- A task: the paragraph (lettered item, bullet or sentence run on one line) that holds
-- at least one target, unit or deadline. Items name their task, so an analyst can list
-- tasks with their lead and support units, targets and deadline.
CREATE TABLE tasks (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  section_path TEXT NOT NULL,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  text         TEXT NOT NULL
) STRICT;
CREATE INDEX tasks_document ON tasks(document_id, ord);

CREATE TABLE dates (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  section_path TEXT NOT NULL,
  text         TEXT NOT NULL,
  value        TEXT NOT NULL,                 -- YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY or --MM-DD
  precision    TEXT NOT NULL,
  role         TEXT,
  task_id      INTEGER REFERENCES tasks(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX dates_document ON dates(document_id);

CREATE TABLE periods (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  section_path TEXT NOT NULL,
  text         TEXT NOT NULL,
  from_year    INTEGER,
  to_year      INTEGER NOT NULL
) STRICT;
CREATE INDEX periods_document ON periods(document_id);

CREATE TABLE targets (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start          INTEGER NOT NULL,
  end            INTEGER NOT NULL,
  section_path   TEXT NOT NULL,
  text           TEXT NOT NULL,
  value          REAL NOT NULL,
  max            REAL,
  unit           TEXT NOT NULL,
  comparator     TEXT NOT NULL,
  kind           TEXT NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end   INTEGER NOT NULL,
  task_id        INTEGER REFERENCES tasks(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX targets_document ON targets(document_id, sentence_start);

CREATE TABLE units (
  id               INTEGER PRIMARY KEY,
  document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start            INTEGER NOT NULL,
  end              INTEGER NOT NULL,
  section_path     TEXT NOT NULL,
  name             TEXT NOT NULL,
  canonical        TEXT NOT NULL,
  canonical_folded TEXT NOT NULL,
  role             TEXT NOT NULL,
  sentence_start   INTEGER NOT NULL,
  sentence_end     INTEGER NOT NULL,
  task_id          INTEGER REFERENCES tasks(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX units_document ON units(document_id, sentence_start);
CREATE INDEX units_canonical ON units(canonical_folded, role);
CREATE INDEX units_task ON units(task_id);
CREATE INDEX targets_task ON targets(task_id);
CREATE INDEX dates_task ON dates(task_id) WHERE task_id IS NOT NULL;

-- A source that could not be read, decoded or stored. One row per (source, stage);
-- a later success sets resolved_at, a later failure bumps attempts.
CREATE TABLE failures (
  id          INTEGER PRIMARY KEY,
  source      TEXT NOT NULL,
  stage       TEXT NOT NULL,                  -- read, decode, extract, store, fetch …
  reason      TEXT NOT NULL,
  attempts    INTEGER NOT NULL DEFAULT 1,
  first_at    TEXT NOT NULL,
  last_at     TEXT NOT NULL,
  resolved_at TEXT,
  UNIQUE (source, stage)
) STRICT;

-- One row per cited document (citation key), with how often and by how many documents it is cited.
CREATE VIEW cited_documents AS
SELECT r.key                           AS key,
       min(r.symbol)                   AS symbol,
       min(r.type)                     AS type,
       min(r.year)                     AS year,
       min(r.issuing_body)             AS issuing_body,
       min(r.province_now)             AS province_now,
       count(*)                        AS mentions,
       count(DISTINCT r.document_id)   AS citing_documents,
       max(r.cited_document_id)        AS cited_document_id
FROM "references" r
WHERE r.key IS NOT NULL
GROUP BY r.key;

-- Citations joined with the citing and (when in the database) the cited document.
CREATE VIEW citations AS
SELECT r.id AS reference_id, r.document_id AS citing_id, c.symbol AS citing_symbol, c.title AS citing_title,
       c.issued_on AS citing_issued_on, r.symbol, r.type, r.key,
       coalesce(r.issued_on, r.resolved_issued_on) AS cited_issued_on,
       coalesce(r.issuer, r.resolved_issuer) AS cited_issuer,
       r.section_path, r.cited_document_id AS cited_id, d.title AS cited_title
FROM "references" r
JOIN documents c ON c.id = r.document_id
LEFT JOIN documents d ON d.id = r.cited_document_id;

-- ===== BEGIN migration 0002 (search index, task and unit views): keep equal to migrations/0002-search-and-views.sql =====
--
-- search_fts is contentless (the text lives in sections and documents already): a row per
-- section (rowid = sections.id) and a row per document (rowid = -documents.id) holding the
-- text before its first section, or its whole text when it has no sections.
--   exact  : the text with tone marks placed one way (hòa, thủy, khỏe), as written otherwise
--   folded : foldVi(text): lower case, no marks, đ → d (FTS5's remove_diacritics keeps đ)
-- Both are written from JavaScript (indexDocumentText); no trigger can fold.
CREATE VIRTUAL TABLE search_fts USING fts5(
  exact, folded,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);

-- Which documents are in search_fts (equal counts here and in documents mean nothing is
-- missing), with the folded facets search filters on: small rows, so filtering a hit does not
-- read the document's text.
CREATE TABLE search_documents (
  document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  type_folded  TEXT,                          -- foldVi(documents.type)
  year         INTEGER,                       -- year of documents.issued_on
  place_folded TEXT NOT NULL                  -- foldVi(place || ' | ' || issuer)
) STRICT;

CREATE TRIGGER sections_search_delete AFTER DELETE ON sections
BEGIN
  DELETE FROM search_fts WHERE rowid = old.id;
END;

CREATE TRIGGER documents_search_delete AFTER DELETE ON documents
BEGIN
  DELETE FROM search_fts WHERE rowid = -old.id;
END;

-- `--cites SYMBOL` and `--cites KEY` (who cites X): one index range each, already in the
-- order of the listing (citing document, mention), so no sort. They replace the narrower
-- (symbol_folded, document_id) and (key, document_id) indexes of 0001, which they cover.
CREATE INDEX references_symbol_citing ON "references"(symbol_folded, document_id, ord);
CREATE INDEX references_key_citing ON "references"(key, document_id, ord) WHERE key IS NOT NULL;
DROP INDEX references_symbol;
DROP INDEX references_key;

-- One row per task: its document, section, text, units by role, targets and deadline.
CREATE VIEW task_overview AS
SELECT t.id                AS task_id,
       t.document_id       AS document_id,
       d.symbol            AS document_symbol,
       d.type              AS document_type,
       d.issued_on         AS document_issued_on,
       d.issuer            AS document_issuer,
       d.place             AS document_place,
       t.section_path      AS section_path,
       t.text              AS text,
       (SELECT group_concat(canonical, '; ') FROM
          (SELECT canonical FROM units WHERE task_id = t.id AND role = 'lead' GROUP BY canonical ORDER BY min(start)))
                           AS lead_units,
       (SELECT group_concat(canonical, '; ') FROM
          (SELECT canonical FROM units WHERE task_id = t.id AND role = 'support' GROUP BY canonical ORDER BY min(start)))
                           AS support_units,
       (SELECT group_concat(canonical, '; ') FROM
          (SELECT canonical FROM units WHERE task_id = t.id AND role = 'assigned' GROUP BY canonical ORDER BY min(start)))
                           AS assigned_units,
       (SELECT group_concat(target, '; ') FROM
          (SELECT CASE comparator
                    WHEN 'range' THEN printf('%.15g', value) || '-' || printf('%.15g', max) || ' ' || unit
                    WHEN '=' THEN printf('%.15g', value) || CASE WHEN max IS NULL THEN '' ELSE '/' || printf('%.15g', max) END
                                  || ' ' || unit
                    ELSE comparator || ' ' || printf('%.15g', value) || ' ' || unit
                  END AS target
           FROM targets WHERE task_id = t.id ORDER BY start))
                           AS targets,
       (SELECT group_concat(kind, '; ') FROM
          (SELECT kind FROM targets WHERE task_id = t.id GROUP BY kind ORDER BY min(start)))
                           AS target_kinds,
       (SELECT group_concat(value, '; ') FROM
          (SELECT value FROM dates WHERE task_id = t.id AND role = 'deadline' ORDER BY start))
                           AS deadline
FROM tasks t
JOIN documents d ON d.id = t.document_id;

-- One row per unit (folded canonical name): how often it appears in each role, and in how many documents.
CREATE VIEW unit_summary AS
SELECT min(canonical)                                   AS canonical,
       canonical_folded                                 AS canonical_folded,
       sum(role = 'lead')                               AS lead,
       sum(role = 'support')                            AS support,
       sum(role = 'assigned')                           AS assigned,
       count(*)                                         AS mentions,
       count(DISTINCT document_id)                      AS documents
FROM units
GROUP BY canonical_folded;
-- ===== END migration 0002 =====

-- ===== BEGIN migration 0003 (citing identity index): keep equal to migrations/0003-citing-identity.sql =====
-- The citing document's identity for each mention, without reading the documents row:
-- documents.text sits before symbol and issued_on, and reaching them walks the text's
-- overflow pages. `citations` joins through it (INDEXED BY documents_identity).
CREATE INDEX documents_identity ON documents(id, symbol, issued_on);
-- ===== END migration 0003 =====

-- ===== BEGIN migration 0004 (ingest): keep equal to migrations/0004-ingest.sql =====
-- 0004: the nightly ingest. Sources and their state, the files a folder source has seen,
-- web postings (every version kept) and the attachments a posting links to.

-- One row per configured source: a folder, an RSS/Atom feed or a listing page.
-- `name` is the config's name (or the folder path / URL when none is given).
CREATE TABLE sources (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL UNIQUE,
  kind           TEXT NOT NULL CHECK (kind IN ('folder', 'feed', 'listing')),
  location       TEXT NOT NULL,              -- folder path or URL
  etag           TEXT,                       -- conditional GET state of the feed / listing URL
  last_modified  TEXT,
  last_run_at    TEXT,                       -- ISO timestamp of the last run that reached this source
  last_status    TEXT,                       -- ok, partial, failed, not-modified
  last_error     TEXT
) STRICT;

-- A file a folder source has read. size + mtime unchanged → skipped without reading;
-- changed → sha256 decides whether it is new content.
CREATE TABLE source_files (
  id           INTEGER PRIMARY KEY,
  source_id    INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  path         TEXT NOT NULL,
  size         INTEGER NOT NULL,
  mtime_ms     INTEGER NOT NULL,
  sha256       TEXT NOT NULL,
  document_id  INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  seen_at      TEXT NOT NULL,
  UNIQUE (source_id, path)
) STRICT;

-- A web posting, one row per version: a new row when the page's content (sha256) changes.
CREATE TABLE postings (
  id            INTEGER PRIMARY KEY,
  source_id     INTEGER REFERENCES sources(id) ON DELETE SET NULL,
  url           TEXT NOT NULL,
  version       INTEGER NOT NULL,            -- 1, 2, … per url
  title         TEXT,                        -- from the feed item or the link text
  published_at  TEXT,                        -- as the feed says, ISO when parseable
  fetched_at    TEXT NOT NULL,
  etag          TEXT,
  last_modified TEXT,
  sha256        TEXT NOT NULL,               -- of the fetched bytes
  document_id   INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  UNIQUE (url, version)
) STRICT;
CREATE INDEX postings_url_sha ON postings(url, sha256);

-- A file a posting links to (PDF, DOCX, DOC, RTF …), read as a document of its own.
CREATE TABLE attachments (
  id           INTEGER PRIMARY KEY,
  posting_id   INTEGER NOT NULL REFERENCES postings(id) ON DELETE CASCADE,
  url          TEXT NOT NULL,
  label        TEXT,                         -- the link text
  sha256       TEXT,
  document_id  INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  UNIQUE (posting_id, url)
) STRICT;
CREATE INDEX attachments_document ON attachments(document_id) WHERE document_id IS NOT NULL;
-- ===== END migration 0004 =====
