import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Where a command's output goes: stdout or a file, written in 64 KB chunks so
 * that memory stays constant however many rows pass through. `broken` turns
 * true when the reader went away (`vanban export … | head`); writers stop then.
 */
export interface Sink {
  write(s: string): void;
  /** Flushes and, for a file, closes it. */
  close(): void;
  readonly broken: boolean;
}

const CHUNK = 64 * 1024;

/** A sink to `file`, or to stdout when `file` is undefined or `-`. */
export function openSink(file?: string): Sink {
  return file && file !== '-' ? fileSink(file) : stdoutSink();
}

function fileSink(file: string): Sink {
  const fd = openSync(file, 'w');
  let buf = '';
  const flush = (): void => {
    if (buf) writeSync(fd, buf);
    buf = '';
  };
  return {
    broken: false,
    write(s) {
      buf += s;
      if (buf.length >= CHUNK) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}

function stdoutSink(): Sink {
  let buf = '';
  const state = { broken: false };
  // Writes to pipes and files are synchronous on Linux, so nothing piles up in memory;
  // EPIPE (the reader closed) arrives as an error event.
  const onError = (e: NodeJS.ErrnoException): void => {
    if (e.code === 'EPIPE') state.broken = true;
    else throw e;
  };
  process.stdout.on('error', onError);
  const flush = (): void => {
    if (buf && !state.broken) process.stdout.write(buf);
    buf = '';
  };
  return {
    get broken() {
      return state.broken;
    },
    write(s) {
      buf += s;
      if (buf.length >= CHUNK) flush();
    },
    close() {
      flush();
    },
  };
}

/** A sink that keeps everything in a string (tests, small outputs). */
export function stringSink(): Sink & { text(): string } {
  const parts: string[] = [];
  return {
    broken: false,
    write: (s) => void parts.push(s),
    close: () => undefined,
    text: () => parts.join(''),
  };
}
