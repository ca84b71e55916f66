/** A size as a person reads it in a reason: '512 bytes', '64 KB', '1.5 MB', '50 MB'. */
export function formatBytes(n: number): string {
  const KB = 1024;
  const MB = 1024 * 1024;
  if (n < KB) return `${n} bytes`;
  const [value, unit] = n < MB ? [n / KB, 'KB'] : [n / MB, 'MB'];
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/u, '');
  return `${shown} ${unit}`;
}
