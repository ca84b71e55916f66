import type { DateMention, Span, Target, Task, Unit } from '../types.js';
import { sectionAt } from './assign-sections.js';
import type { Section } from '../types.js';

/**
 * Groups targets, units and deadlines into tasks: the paragraph (one line of
 * the normalized text: a lettered item, a bullet, or a run of sentences) each
 * one sits in. Sets `task` on every grouped item and returns the tasks in
 * document order. Dates join a task only as deadlines; a paragraph with only
 * a plain date is not a task.
 */
export function groupTasks(text: string, sections: Section[], targets: Target[], units: Unit[], dates: DateMention[]): Task[] {
  const byStart = new Map<number, number>();
  const tasks: Task[] = [];
  const taskOf = (item: Span): number => {
    const start = text.lastIndexOf('\n', item.start - 1) + 1;
    let index = byStart.get(start);
    if (index === undefined) {
      let end = text.indexOf('\n', item.start);
      if (end < 0) end = text.length;
      index = tasks.length;
      tasks.push({ start, end, section: sectionAt(sections, start), text: text.slice(start, end) });
      byStart.set(start, index);
    }
    return index;
  };
  for (const t of targets) t.task = taskOf(t);
  for (const u of units) u.task = taskOf(u);
  for (const d of dates) if (d.role === 'deadline') d.task = taskOf(d);

  // Renumber in document order so `ord` reads top to bottom.
  const order = tasks.map((_, i) => i).sort((a, b) => tasks[a].start - tasks[b].start);
  const newIndex = new Map(order.map((old, i) => [old, i]));
  for (const x of [...targets, ...units, ...dates]) if (x.task !== undefined) x.task = newIndex.get(x.task);
  return order.map((i) => tasks[i]);
}
