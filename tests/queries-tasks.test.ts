import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../src/store/open-database.js';
import type { Target, Unit } from '../src/types.js';
import { tasksQuery } from '../src/store/queries/tasks-query.js';
import { unitsQuery } from '../src/store/queries/units-query.js';
import type { TaskFilters } from '../src/store/queries/task-filters.js';
import { importFiles } from '../src/import/import-files.js';
import { processDocument } from '../src/pipeline.js';
import { at, result, save, section, closeTempDbs, tempDb } from './queries-helpers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
afterEach(closeTempDbs);

// A plan with two lettered tasks and a report with one result, as such documents write them.
const PLAN = `KẾ HOẠCH
1. Nhiệm vụ
a) Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư bố trí kinh phí; phấn đấu tối thiểu 90% hồ sơ được giải quyết đúng hạn, hoàn thành trước ngày 31/12/2022.
b) Giao Văn phòng Sở theo dõi, tổng hợp; tổ chức từ 02 đến 03 lớp tập huấn.
`;
const REPORT = `BÁO CÁO
1. Kết quả
Sở Tài chính đã thẩm định 61/61 hồ sơ.
`;

function unit(text: string, name: string, role: Unit['role'], task: number, canonical = name, nth = 0): Unit {
  const s = at(text, name, nth);
  return { ...s, name, canonical, role, sentence: s, section: '', task };
}

function target(text: string, t: string, value: number, max: number | null, unitName: string, comparator: Target['comparator'], kind: Target['kind'], task: number): Target {
  const s = at(text, t);
  return { ...s, text: t, value, max, unit: unitName, comparator, kind, sentence: s, section: '', task };
}

function build(): Db {
  const t = tempDb();
  const a = at(PLAN, 'a) Sở Tài chính');
  const aEnd = PLAN.indexOf('\n', a.start);
  const b = at(PLAN, 'b) Giao');
  const bEnd = PLAN.indexOf('\n', b.start);
  const r = at(REPORT, 'Sở Tài chính đã');
  const rEnd = REPORT.indexOf('\n', r.start);
  save(t.db, [
    result(PLAN, {
      document: { symbol: '20/KH-UBND', type: 'Kế hoạch', issuedOn: '2022-03-15', place: 'Trà Vinh', issuer: 'Ủy ban nhân dân tỉnh Trà Vinh' },
      sections: [section(PLAN, '1. Nhiệm vụ', '1'), section(PLAN, 'a) Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư bố trí kinh phí; phấn đấu tối thiểu 90% hồ sơ được giải quyết đúng hạn, hoàn thành trước ngày 31/12/2022.', '1/a', aEnd), section(PLAN, 'b) Giao Văn phòng Sở theo dõi, tổng hợp; tổ chức từ 02 đến 03 lớp tập huấn.', '1/b', bEnd)],
      tasks: [
        { start: a.start, end: aEnd, section: '1/a', text: PLAN.slice(a.start, aEnd) },
        { start: b.start, end: bEnd, section: '1/b', text: PLAN.slice(b.start, bEnd) },
      ],
      units: [unit(PLAN, 'Sở Tài chính', 'lead', 0), unit(PLAN, 'Sở Kế hoạch và Đầu tư', 'support', 0), unit(PLAN, 'Văn phòng Sở', 'assigned', 1)],
      targets: [
        target(PLAN, 'tối thiểu 90%', 90, null, '%', '>=', 'target', 0),
        target(PLAN, 'từ 02 đến 03 lớp tập huấn', 2, 3, 'lớp tập huấn', 'range', 'target', 1),
      ],
      dates: [{ ...at(PLAN, '31/12/2022'), text: '31/12/2022', value: '2022-12-31', precision: 'day', role: 'deadline', section: '1/a', task: 0 }],
    }),
    result(REPORT, {
      document: { symbol: '05/BC-STC', type: 'Báo cáo', issuedOn: '2023-01-10', place: 'Lào Cai', issuer: 'Sở Tài chính tỉnh Lào Cai' },
      tasks: [{ start: r.start, end: rEnd, section: '1', text: REPORT.slice(r.start, rEnd) }],
      units: [unit(REPORT, 'Sở Tài chính', 'assigned', 0)],
      targets: [target(REPORT, '61/61 hồ sơ', 61, 61, 'hồ sơ', '=', 'result', 0)],
    }),
  ]);
  return t.db;
}

const tasks = (db: Db, f: TaskFilters): Record<string, unknown>[] => {
  const q = tasksQuery(f);
  return db.prepare(q.sql).all(...q.params) as Record<string, unknown>[];
};
const units = (db: Db, f: TaskFilters): Record<string, unknown>[] => {
  const q = unitsQuery(f);
  return db.prepare(q.sql).all(...q.params) as Record<string, unknown>[];
};

describe('tasks', () => {
  it('should give one row per task with its units by role, targets and deadline', () => {
    const db = build();
    expect(tasks(db, {}).map(({ document_symbol, section_path, lead_units, support_units, assigned_units, targets, deadline }) => ({
      document_symbol, section_path, lead_units, support_units, assigned_units, targets, deadline,
    }))).toEqual([
      { document_symbol: '20/KH-UBND', section_path: '1/a', lead_units: 'Sở Tài chính', support_units: 'Sở Kế hoạch và Đầu tư', assigned_units: null, targets: '>= 90 %', deadline: '2022-12-31' },
      { document_symbol: '20/KH-UBND', section_path: '1/b', lead_units: null, support_units: null, assigned_units: 'Văn phòng Sở', targets: '2-3 lớp tập huấn', deadline: null },
      { document_symbol: '05/BC-STC', section_path: '1', lead_units: null, support_units: null, assigned_units: 'Sở Tài chính', targets: '61/61 hồ sơ', deadline: null },
    ]);
  });

  it('should filter on a unit (folded) and its role, target kind, year and province', () => {
    const db = build();
    const paths = (f: TaskFilters) => tasks(db, f).map((t) => `${t.document_symbol} ${t.section_path}`);
    expect(paths({ unit: 'so tai chinh' })).toEqual(['20/KH-UBND 1/a', '05/BC-STC 1']);
    expect(paths({ unit: 'Sở Tài chính', role: 'lead' })).toEqual(['20/KH-UBND 1/a']);
    expect(paths({ role: 'assigned' })).toEqual(['20/KH-UBND 1/b', '05/BC-STC 1']);
    expect(paths({ kind: 'result' })).toEqual(['05/BC-STC 1']);
    expect(paths({ year: 2023 })).toEqual(['05/BC-STC 1']);
    expect(paths({ year: 2022 })).toEqual(['20/KH-UBND 1/a', '20/KH-UBND 1/b']);
    expect(paths({ province: 'lao cai' })).toEqual(['05/BC-STC 1']);
  });
});

describe('units', () => {
  it('should count each unit by role and by documents, most frequent first', () => {
    const db = build();
    expect(units(db, {})).toEqual([
      { canonical: 'Sở Tài chính', lead: 1, support: 0, assigned: 1, mentions: 2, documents: 2, names: 'Sở Tài chính' },
      { canonical: 'Sở Kế hoạch và Đầu tư', lead: 0, support: 1, assigned: 0, mentions: 1, documents: 1, names: 'Sở Kế hoạch và Đầu tư' },
      { canonical: 'Văn phòng Sở', lead: 0, support: 0, assigned: 1, mentions: 1, documents: 1, names: 'Văn phòng Sở' },
    ]);
    expect(units(db, { kind: 'result' }).map((u) => u.canonical)).toEqual(['Sở Tài chính']);
    expect(units(db, { role: 'support' }).map((u) => u.canonical)).toEqual(['Sở Kế hoạch và Đầu tư']);
  });
});

describe('tasks and units on the dev corpus', () => {
  it('should list the task of 13/CT-UBND where Sở Tài chính is assigned the budget (section 1/b)', async () => {
    const t = tempDb();
    await importFiles(t.db, [join(root, 'fixtures', 'dev', '004_a701ac0b9a96718b.txt')], processDocument);
    // "b, Sở Kế hoạch và Đầu tư, Sở Tài chính tham mưu bố trí ngân sách …": both assigned (gold file).
    const rows = tasks(t.db, { unit: 'so tai chinh' });
    expect(rows.map((r) => r.section_path)).toContain('1/b');
    const b = rows.find((r) => r.section_path === '1/b')!;
    expect(String(b.text)).toContain('Sở Tài chính tham mưu bố trí ngân sách');
    expect(String(b.assigned_units).split('; ')).toEqual(expect.arrayContaining(['Sở Kế hoạch và Đầu tư', 'Sở Tài chính']));
    const u = units(t.db, { unit: 'so khoa hoc va cong nghe', role: 'lead' });
    expect(u[0]).toMatchObject({ canonical: 'Sở Khoa học và Công nghệ', documents: 1 });
    expect(u[0].lead as number).toBeGreaterThanOrEqual(1);
  });
});
