import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const fixture = (name: string) => join(root, 'fixtures', 'dev', name);

describe('vanban extract (the built command)', () => {
  it('should print the spec JSON with every list present', () => {
    const out = execFileSync('node', [cli, 'extract', fixture('004_a701ac0b9a96718b.txt'), '--format', 'json'], { encoding: 'utf8' });
    const json = JSON.parse(out);
    for (const key of ['references', 'dates', 'periods', 'targets', 'units', 'sections']) expect(Array.isArray(json[key])).toBe(true);
    expect(Object.keys(json.document).sort()).toEqual(['issuedOn', 'issuer', 'place', 'signer', 'symbol', 'title', 'type']);
  });

  it('should print one JSON object per line for several files', () => {
    const out = execFileSync('node', [cli, 'extract', fixture('000_86c2dac53a49ddc7.txt'), fixture('003_713ee6e59a1eb746.txt')], { encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]).source).toContain('003_713ee6e59a1eb746.txt');
  });

  it('should name a missing file, go on with the others and exit 1', () => {
    const r = spawnSync('node', [cli, 'extract', 'no-such-file.txt', fixture('002_0018b2a41e4e7a89.txt')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no-such-file.txt: no such file');
    expect(JSON.parse(r.stdout.trim()).document).toBeDefined();
  });

  it('should refuse an unknown format with exit 2', () => {
    const r = spawnSync('node', [cli, 'extract', fixture('002_0018b2a41e4e7a89.txt'), '--format', 'xml'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown --format 'xml'");
  });
});
