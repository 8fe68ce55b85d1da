import type { FilterQuery } from '@mikro-orm/core';
import { explain } from '../../authz/explain';
import { nextYearCoverage } from '../../calendar/calendar-coverage';
import { requestCalendar, workingDaysLeft } from '../../calendar/calendar.service';
import { todayOf } from '../../calendar/clock';
import type { WorkingCalendar } from '../../calendar/working-calendar';
import type { RequestContext } from '../../context';
import { badUserInput } from '../../graphql/errors';
import { readRows } from '../../db/rows';
import { readFilter } from '../../graphql/loaders';
import { NOTHING } from '../../authz/access-filter';
import { DEFAULT_PAGE, MAX_PAGE } from '../../graphql/relay';
import { taskSources, type TaskSource } from './inbox.sources';
import { Task, TaskKind, type TaskConnection, type TaskFilter } from './inbox.types';

/** When the objects of `ids` entered their state: their latest transition, in one statement. */
async function enteredState(ctx: RequestContext, subjectType: string, ids: string[]): Promise<Map<string, Date>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.em.execute<{ subject_id: string; at: Date }[]>(
    `select subject_id, max(created_at) as at from state_transition where subject_type = ? and subject_id in (?) group by subject_id`,
    [subjectType, ids],
  );
  return new Map(rows.map((r) => [r.subject_id, new Date(r.at)]));
}

/**
 * The tasks of one kind. PostgreSQL selects the objects whose state starts a task step that a
 * policy grants the user (`taskFilter`) among those the user may read; the gates are then asked,
 * through the same `availableActions` as the object's own field, with facts loaded in batches:
 * the statements are the same for ten waiting objects or a thousand.
 */
async function tasksOfSource(ctx: RequestContext, source: TaskSource, today: string, calendar: WorkingCalendar): Promise<Task[]> {
  const duty = source.workflow.taskFilter(ctx.ability);
  const read = readFilter(ctx, source.entity);
  if (!duty || read === NOTHING) return [];
  const rows = await readRows(ctx.em, source.entity, { $and: [duty, read] } as FilterQuery<object>, { populate: source.populate });
  // An object with a granted step that has no gates is a task whatever its facts; the facts of the
  // others decide. The steps a task lists are asked only when a page shows it.
  const stepsOf = (row: object) => source.workflow.taskActions(ctx, row).then((actions) => actions.map((a) => a.action));
  const uncertain = rows.filter((row) => !source.workflow.isTaskWithoutFacts(ctx, row));
  const decided = new Map(await Promise.all(uncertain.map(async (row) => [row, await stepsOf(row)] as const)));
  const due = rows.filter((row) => !decided.has(row) || decided.get(row)!.length > 0);
  const since = await enteredState(ctx, source.entity.name as string, due.map((row) => row.id));
  return due.map((row) => {
    let actions: Promise<string[]> | undefined = decided.has(row) ? Promise.resolve(decided.get(row)!) : undefined;
    const deadline = source.deadline?.(row, today, calendar) ?? null;
    const task = Object.assign(new Task(), {
      kind: source.kind,
      subject: row,
      title: source.title(row),
      state: source.workflow.stateOf(row),
      dueOn: deadline?.dueOn ?? null,
      workingDaysLeft: deadline?.workingDaysLeft ?? null,
      overdue: deadline?.overdue ?? false,
      rule: deadline?.rule ?? null,
      waitingSince: since.get(row.id) ?? (row as { createdAt: Date }).createdAt,
      notice: null,
    });
    // Asked when the field is resolved, so only for the tasks of the page (in one batch).
    return Object.defineProperty(task, 'actions', { enumerable: true, get: () => (actions ??= stepsOf(row)) });
  });
}

/** From November 1, a next year without its official calendar is a task of whoever may publish it (CM-12). */
async function calendarTask(ctx: RequestContext, today: string, calendar: WorkingCalendar): Promise<Task[]> {
  const decision = explain(ctx.ability, 'publish', 'WorkingCalendarYear');
  if (!decision.allowed) return [];
  const coverage = await nextYearCoverage(ctx.em, today);
  if (!coverage.warning) return [];
  const dueOn = `${coverage.year - 1}-12-31`;
  return [
    Object.assign(new Task(), {
      kind: TaskKind.CALENDAR_YEAR,
      subject: null,
      title: String(coverage.year),
      state: null,
      actions: ['publish'],
      dueOn,
      workingDaysLeft: workingDaysLeft(calendar, today, dueOn),
      overdue: false,
      rule: decision.rule,
      waitingSince: new Date(`${coverage.year - 1}-${NOVEMBER_FIRST}T00:00:00+08:00`),
      notice: coverage.message ? coverage.message[ctx.lang] : null,
    }),
  ];
}
const NOVEMBER_FIRST = '11-01';

type SortKey = [string, string, string, string];

/** Most urgent first: the earliest due date (so the overdue), then the longest waiting. */
function sortKey(t: Task): SortKey {
  return [t.dueOn ?? '9999-12-31', t.waitingSince.toISOString(), t.kind, t.subject ? (t.subject as { id: string }).id : ''];
}

function compare(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(ctx: RequestContext, cursor: string): SortKey {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === 4 && key.every((k) => typeof k === 'string')) return key as SortKey;
  } catch {
    // falls through to the refusal
  }
  throw badUserInput(ctx.lang, { zh: '分页游标无效', en: 'Invalid cursor' });
}

/** Every task of the current user, most urgent first. */
export async function allTasks(ctx: RequestContext): Promise<Task[]> {
  // The Audit Bureau takes no step (PM-18); an anonymous caller has no inbox.
  if (!ctx.principal || ctx.readOnly) return [];
  const today = todayOf(ctx.services.clock);
  const calendar = await requestCalendar(ctx);
  const kinds = await Promise.all([...taskSources.map((s) => tasksOfSource(ctx, s, today, calendar)), calendarTask(ctx, today, calendar)]);
  return kinds.flat().sort((a, b) => compare(sortKey(a), sortKey(b)));
}

/** A page of the inbox (`myTasks`), with its counts. */
export async function inbox(ctx: RequestContext, first: number | undefined, after: string | undefined, filter: TaskFilter | undefined): Promise<TaskConnection> {
  const size = first ?? DEFAULT_PAGE;
  if (size < 0 || size > MAX_PAGE) throw badUserInput(ctx.lang, { zh: `每页最多 ${MAX_PAGE} 条`, en: `A page holds at most ${MAX_PAGE} rows` });
  const start = after ? decodeCursor(ctx, after) : null;
  const tasks = await allTasks(ctx);
  const counts = new Map<TaskKind, number>();
  for (const t of tasks) counts.set(t.kind, (counts.get(t.kind) ?? 0) + 1);
  const kinds = filter?.kinds?.length ? new Set(filter.kinds) : null;
  const matching = tasks.filter((t) => (!kinds || kinds.has(t.kind)) && (filter?.overdue == null || t.overdue === filter.overdue));
  const rest = start ? matching.filter((t) => compare(sortKey(t), start) > 0) : matching;
  const page = rest.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(sortKey(node)), node }));
  return {
    edges,
    nodes: page,
    totalCount: matching.length,
    countsByKind: [...counts].map(([kind, count]) => ({ kind, count })),
    pageInfo: {
      hasNextPage: rest.length > page.length,
      hasPreviousPage: rest.length < matching.length,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
