import { SourceError } from './source-error.js';

/** What `decodeBytes` returns: the text, the encoding it was read in, and problems met. */
export interface DecodedText {
  text: string;
  encoding: string;
  warnings: string[];
}

/** Options for `decodeBytes`. */
export interface DecodeOptions {
  /** Refuse inputs larger than this many bytes (default 50 MB). */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Decodes a text file's bytes into a string (first version: UTF-8 with or
 * without BOM, UTF-16 LE/BE with BOM). Throws `SourceError` for empty or
 * oversize input.
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): DecodedText {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new SourceError(`file is ${mb(bytes.length)} MB, over the ${mb(maxBytes)} MB limit`);
  }
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else {
    text = new TextDecoder('utf-8').decode(bytes);
    encoding = 'utf-8';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new SourceError('empty file');
  return { text: text.normalize('NFC'), encoding, warnings: [] };
}

function mb(n: number): string {
  const v = n / (1024 * 1024);
  return v >= 10 || Number.isInteger(v) ? String(Math.round(v)) : v.toFixed(1);
}
