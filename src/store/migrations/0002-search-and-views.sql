-- 0002: full-text search over sections, and views for the common questions.
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
