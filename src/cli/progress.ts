import cliProgress from 'cli-progress';

/** A progress bar on stderr when it is a terminal and not --quiet; otherwise nothing. */
export function makeProgress(enabled: boolean): { update(done: number, total: number, file: string): void; stop(): void } {
  if (!enabled || !process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{bar} {value}/{total} files  {file}', hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, file) {
      if (!started) {
        bar.start(total, 0, { file: '' });
        started = true;
      }
      bar.update(done, { file: file.length > 40 ? `…${file.slice(-39)}` : file });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
