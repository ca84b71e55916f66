-- 0003: the citing document's identity for each mention, without reading the documents row:
-- documents.text sits before symbol and issued_on, and reaching them walks the text's
-- overflow pages. `citations` joins through it (INDEXED BY documents_identity).
CREATE INDEX documents_identity ON documents(id, symbol, issued_on);
