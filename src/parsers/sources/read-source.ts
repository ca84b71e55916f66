import type { SourceFormat, SourceText } from '../../types.js';

/**
 * Decodes a file's bytes into text, choosing the reader by content first and
 * by extension second (STUB: UTF-8 text only; the real readers land with the
 * sources work).
 */
export async function readSource(bytes: Uint8Array, name = ''): Promise<SourceText> {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  const format: SourceFormat = ext === 'html' || ext === 'htm' ? 'html' : ext === 'md' ? 'md' : 'txt';
  let text = Buffer.from(bytes).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, format, encoding: 'utf-8', warnings: [] };
}
