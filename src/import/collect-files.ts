import { opendir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';

/** Extensions a folder walk picks up when no --glob is given. */
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.md', '.markdown', '.pdf', '.docx', '.doc', '.rtf']);

export interface CollectedFiles {
  files: string[];
  /** Paths given on the command line that do not exist, with the reason. */
  missing: { path: string; reason: string }[];
}

/**
 * Expands files and folders into the list of files to import, in a stable
 * (sorted) order. A file named on the command line is always taken; in a
 * folder, files matching `glob` (relative to that folder) are taken, or by
 * default every file with a document extension. Hidden entries are skipped.
 */
export async function collectFiles(paths: string[], glob?: string): Promise<CollectedFiles> {
  const isMatch = glob ? picomatch(glob, { dot: false, basename: !glob.includes('/') }) : null;
  const files: string[] = [];
  const missing: CollectedFiles['missing'] = [];
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      missing.push({ path: p, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message });
      continue;
    }
    if (st.isFile()) files.push(p);
    else if (st.isDirectory()) {
      const found: string[] = [];
      await walk(p, p, isMatch, found);
      found.sort();
      files.push(...found);
    }
  }
  return { files, missing };
}

async function walk(root: string, dir: string, isMatch: ((p: string) => boolean) | null, out: string[]): Promise<void> {
  const handle = await opendir(dir);
  for await (const entry of handle) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(root, full, isMatch, out);
    else if (entry.isFile()) {
      const rel = relative(root, full).split(sep).join('/');
      if (isMatch ? isMatch(rel) : DOCUMENT_EXTENSIONS.has(extensionOf(entry.name))) out.push(full);
    }
  }
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}
