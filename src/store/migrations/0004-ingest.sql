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
