/**
 * A feed's publication date as an ISO timestamp, or null when it cannot be
 * read. RFC 822 (`Thu, 20 Jan 2022 08:00:00 +0700`, RSS) and ISO 8601
 * (`2022-01-20T08:00:00+07:00`, Atom, dc:date) go through Date.parse; the
 * day-first `20/01/2022 08:00` that Vietnamese portals also write is read day
 * first (Date.parse would read it month first, or not at all), and, having no
 * zone, in Vietnam's time (UTC+7 all year).
 */
export function parsePublished(value: string | undefined | null): string | null {
  const s = (value ?? '').trim();
  if (s === '') return null;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]{1,3}(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/u.exec(s);
  if (dmy) {
    const [day, month, year, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(dmy[i] ?? 0));
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
    const ms = Date.UTC(year, month - 1, day, hour - 7, minute, second);
    const check = new Date(ms + 7 * 3600_000);
    if (check.getUTCDate() !== day) return null;
    return new Date(ms).toISOString();
  }
  // "GMT+7" / "GMT+07" as some portals write it: Date.parse wants +0700.
  const normalized = s.replace(/\bGMT([+-])(\d{1,2})$/u, (_m, sign: string, h: string) => `${sign}${h.padStart(2, '0')}00`);
  const ms = Date.parse(normalized);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
