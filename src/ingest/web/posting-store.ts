import type { Db } from '../../store/open-database.js';

/** The newest stored version of a posting. */
export interface LatestPosting {
  id: number;
  version: number;
  sha256: string;
  etag: string | null;
  lastModified: string | null;
  documentId: number | null;
}

/** A posting version to insert. */
export interface NewPosting {
  sourceId: number;
  url: string;
  version: number;
  title: string | null;
  publishedAt: string | null;
  fetchedAt: string;
  etag: string | null;
  lastModified: string | null;
  sha256: string;
  documentId: number;
}

/**
 * An attachment row not yet read (no document, no sha256): new, failed last
 * time, or cut short by a crash. A row with a sha256 and no document is a
 * file fetched in a format no reader handles (a legacy .doc): not fetched again.
 */
export interface PendingAttachment {
  id: number;
  url: string;
  label: string | null;
}

/**
 * Prepared statements over the ingest tables a web source writes
 * (src/store/migrations/0004-ingest.sql): the conditional-GET state of a
 * source, posting versions, attachment rows. Made once per source run.
 */
export class PostingStore {
  private readonly getSource;
  private readonly setSource;
  private readonly getLatest;
  private readonly insertPostingStmt;
  private readonly setPostingValidators;
  private readonly insertAttachmentStmt;
  private readonly getPending;
  private readonly completeAttachmentStmt;
  private readonly setUnreadable;

  constructor(db: Db) {
    this.getSource = db.prepare('SELECT etag, last_modified AS lastModified FROM sources WHERE id = ?');
    this.setSource = db.prepare('UPDATE sources SET etag = ?, last_modified = ? WHERE id = ?');
    this.getLatest = db.prepare(`SELECT id, version, sha256, etag, last_modified AS lastModified, document_id AS documentId
      FROM postings WHERE url = ? ORDER BY version DESC LIMIT 1`);
    this.insertPostingStmt = db.prepare(`INSERT INTO postings
      (source_id, url, version, title, published_at, fetched_at, etag, last_modified, sha256, document_id)
      VALUES (@sourceId, @url, @version, @title, @publishedAt, @fetchedAt, @etag, @lastModified, @sha256, @documentId)`);
    this.setPostingValidators = db.prepare('UPDATE postings SET etag = ?, last_modified = ? WHERE id = ?');
    this.insertAttachmentStmt = db.prepare('INSERT OR IGNORE INTO attachments (posting_id, url, label) VALUES (?, ?, ?)');
    this.getPending = db.prepare('SELECT id, url, label FROM attachments WHERE posting_id = ? AND document_id IS NULL AND sha256 IS NULL ORDER BY id');
    this.setUnreadable = db.prepare('UPDATE attachments SET sha256 = ? WHERE id = ?');
    this.completeAttachmentStmt = db.prepare('UPDATE attachments SET sha256 = ?, document_id = ? WHERE id = ?');
  }

  /** The feed's or listing's validators from its last run without failures. */
  sourceValidators(sourceId: number): { etag: string | null; lastModified: string | null } {
    return (this.getSource.get(sourceId) as { etag: string | null; lastModified: string | null } | undefined) ?? { etag: null, lastModified: null };
  }

  saveSourceValidators(sourceId: number, etag: string | null, lastModified: string | null): void {
    this.setSource.run(etag, lastModified, sourceId);
  }

  latest(url: string): LatestPosting | undefined {
    return this.getLatest.get(url) as LatestPosting | undefined;
  }

  /** Inserts one version; returns its id. */
  insertPosting(p: NewPosting): number {
    return Number(this.insertPostingStmt.run(p).lastInsertRowid);
  }

  /** The same content under new validators (the server's ETag changed, the bytes did not). */
  updatePostingValidators(id: number, etag: string | null, lastModified: string | null): void {
    this.setPostingValidators.run(etag, lastModified, id);
  }

  /** A link the posting makes to a file, to be read (kept once per posting and URL). */
  insertAttachment(postingId: number, url: string, label: string | null): void {
    this.insertAttachmentStmt.run(postingId, url, label);
  }

  pendingAttachments(postingId: number): PendingAttachment[] {
    return this.getPending.all(postingId) as PendingAttachment[];
  }

  completeAttachment(id: number, sha256: string, documentId: number): void {
    this.completeAttachmentStmt.run(sha256, documentId, id);
  }

  /** Fetched, but in a format we cannot read: its sha256 kept, no document, not fetched again for this posting version. */
  markAttachmentUnreadable(id: number, sha256: string): void {
    this.setUnreadable.run(sha256, id);
  }
}
