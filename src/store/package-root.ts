import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding vanban's package.json. SQL files ship as files beside the
 * sources, and this code runs both from src/ (tests) and from dist/src/ (the
 * built command), so they are found from the package root, not from here.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('vanban: cannot find the package root');
    dir = up;
  }
  return dir;
}

/** The folder of schema.sql and migrations/. */
export const storeSqlDir = (): string => join(packageRoot(), 'src', 'store');
