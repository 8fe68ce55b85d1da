import type { MikroORM } from '@mikro-orm/postgresql';
import { Router, type Request, type Response } from 'express';
import { nextYearCoverage } from '../calendar/calendar-coverage';
import { todayOf } from '../calendar/clock';
import type { AppServices } from '../context';
import { languageOf } from '../context';
import type { Lang, Msg } from '../graphql/errors';

/** A probe must answer while the prober still waits: a check that takes longer has failed. */
export const READINESS_CHECK_TIMEOUT_MS = 2000;

/**
 * One check of readiness. `fail` makes the service unready (503); `warning` is said but keeps it
 * ready: the service still serves, yet an operator should act (the next year's calendar, the replica).
 */
export interface ReadinessCheck {
  name: 'database' | 'readDatabase' | 'migrations' | 'calendar';
  status: 'ok' | 'warning' | 'fail' | 'skipped';
  message?: string;
  /** migrations: names of the migrations the app has and the database has not applied. */
  pending?: string[];
  /** calendar: the year whose official calendar is missing, and the days until it starts. */
  year?: number;
  daysLeft?: number;
}

export interface Readiness {
  ready: boolean;
  checks: ReadinessCheck[];
}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

async function answers(orm: MikroORM): Promise<unknown> {
  return within(orm.em.getConnection().execute('select 1'), READINESS_CHECK_TIMEOUT_MS).then(
    () => undefined,
    (e: unknown) => e ?? new Error('no answer'),
  );
}

const NO_ANSWER: Msg = { zh: '数据库无应答', en: 'The database does not answer' };
const REPLICA_NO_ANSWER: Msg = {
  zh: '只读副本（DATABASE_READ_URL）无应答：审计局的查询将失败',
  en: 'The read replica (DATABASE_READ_URL) does not answer: the Audit Bureau’s reads fail',
};
const SKIPPED: Msg = { zh: '数据库无应答，未检查', en: 'Not checked: the database does not answer' };

/**
 * Whether this process should receive traffic: the database answers and has every migration the
 * app knows applied. The next year's calendar (from November 1) and a silent read replica are
 * warnings: the service still serves, and taking it out of the load balancer would help no one.
 * Failures are logged in full; the response names the check, not the driver's message.
 */
export async function readiness(services: AppServices, lang: Lang): Promise<Readiness> {
  const say = (m: Msg) => m[lang];
  const checks: ReadinessCheck[] = [];
  const dbError = await answers(services.orm);
  if (dbError) {
    services.logger.error({ err: dbError }, 'readiness: the database does not answer');
    checks.push({ name: 'database', status: 'fail', message: say(NO_ANSWER) });
    checks.push({ name: 'migrations', status: 'skipped', message: say(SKIPPED) }, { name: 'calendar', status: 'skipped', message: say(SKIPPED) });
    return { ready: false, checks };
  }
  checks.push({ name: 'database', status: 'ok' });
  const [replica, migrations, calendar] = await Promise.all([
    services.config.databaseReadUrl ? answers(services.readOrm) : Promise.resolve(undefined),
    within(services.orm.getMigrator().getPendingMigrations(), READINESS_CHECK_TIMEOUT_MS).then(
      (pending) => ({ pending: pending.map((m) => m.name) }),
      (error: unknown) => ({ error }),
    ),
    within(nextYearCoverage(services.orm.em.fork(), todayOf(services.clock)), READINESS_CHECK_TIMEOUT_MS).then(
      (coverage) => ({ coverage }),
      (error: unknown) => ({ error }),
    ),
  ]);
  if (services.config.databaseReadUrl) {
    if (replica) services.logger.warn({ err: replica }, 'readiness: the read replica does not answer');
    checks.push(replica ? { name: 'readDatabase', status: 'warning', message: say(REPLICA_NO_ANSWER) } : { name: 'readDatabase', status: 'ok' });
  }
  if ('error' in migrations) {
    services.logger.error({ err: migrations.error }, 'readiness: the migrations cannot be compared');
    checks.push({ name: 'migrations', status: 'fail', message: say({ zh: '无法读取迁移记录', en: 'The applied migrations cannot be read' }) });
  } else if (migrations.pending.length) {
    checks.push({
      name: 'migrations',
      status: 'fail',
      message: say({
        zh: `数据库缺少 ${migrations.pending.length} 个迁移，请先执行迁移`,
        en: `The database lacks ${migrations.pending.length} migration(s): run the migrations first`,
      }),
      pending: migrations.pending,
    });
  } else checks.push({ name: 'migrations', status: 'ok' });
  if ('error' in calendar) {
    services.logger.warn({ err: calendar.error }, 'readiness: the calendar coverage cannot be read');
    checks.push({ name: 'calendar', status: 'warning', message: say({ zh: '无法检查工作日历覆盖的年份', en: 'The years the working calendar covers cannot be read' }) });
  } else if (calendar.coverage.warning) {
    const { year, daysLeft, message } = calendar.coverage;
    checks.push({ name: 'calendar', status: 'warning', message: say(message!), year, daysLeft });
  } else checks.push({ name: 'calendar', status: 'ok' });
  return { ready: checks.every((c) => c.status !== 'fail'), checks };
}

/**
 * `GET /healthz`: liveness, always `{status:'ok'}` while the process serves; it asks nothing of the
 * database, so an outage there does not get healthy processes restarted. `GET /readyz`: readiness,
 * 200 `{status:'ready', checks}` or 503 `{status:'unready', checks}`.
 */
export function healthRoutes(services: AppServices): Router {
  const router = Router();
  router.get('/healthz', (_req: Request, res: Response) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req: Request, res: Response) => {
    const { ready, checks } = await readiness(services, languageOf(req.headers['accept-language']));
    res.setHeader('Cache-Control', 'no-store');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unready', checks });
  });
  return router;
}
