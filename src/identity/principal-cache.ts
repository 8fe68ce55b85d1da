import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../log/logger';
import type { User } from '../modules/organizations/user.entity';

/**
 * The channel PostgreSQL notifies when a user, an agency or a division changes: triggers of the
 * migration `principal_change_notify`, on every statement that writes one of those tables,
 * whoever sends it (a mutation, a CLI, an operator's SQL).
 */
export const PRINCIPAL_CHANNEL = 'principal_changed';

/** How many triggers the migration `principal_change_notify` makes: one on each of `user`, `agency` and `division`. */
const TRIGGERS = 3;
const PROBE_EVERY_MS = 30_000;
const PROBE_TIMEOUT_MS = 5_000;
const RECONNECT_MS = 5_000;
const MAX_ENTRIES = 10_000;

/**
 * The signed-in users of this process, by username, with their agency and county: what every
 * request would otherwise look up before anything else (a statement, a round trip and the
 * database's time, a tenth of a county page's CPU).
 *
 * An entry is dropped when any user, agency or division changes (the database's notification
 * reaches every process within milliseconds of the commit), and after `ttlMs` in any case. The
 * cache answers only while it knows it hears the notifications: its connection is listening, the
 * triggers are there and enabled, and its last probe (a notification sent from another connection,
 * every 30 s) was heard within 5 s. Otherwise (the connection lost, a pooler that does not pass
 * notifications) every request looks its user up, as without a cache, until it hears again. A lookup that a change may have overtaken (a
 * notification arrived while it ran) is not kept.
 */
export class PrincipalCache {
  private readonly entries = new Map<string, { user: User; until: number }>();
  private generation = 0;
  /** The last probe came back: notifications are heard. */
  private hearing = false;
  private client?: pg.Client;
  /** The probe awaited: its payload, its deadline, and who waits for it (`start`). */
  private probe?: { payload: string; timer: NodeJS.Timeout; done(): void };
  private probeTimer?: NodeJS.Timeout;
  private reconnectTimer?: NodeJS.Timeout;
  private stopped = false;
  /** An outage has been logged (once until it hears again). */
  private warned = false;

  constructor(
    private readonly url: string,
    private readonly ttlMs: number,
    private readonly logger: Logger,
  ) {}

  /** The user signed in as `username`, when it is kept and can be trusted. */
  get(username: string): User | undefined {
    if (!this.hearing) return undefined;
    const entry = this.entries.get(username);
    if (!entry) return undefined;
    if (entry.until > Date.now()) return entry.user;
    this.entries.delete(username);
    return undefined;
  }

  /** Taken before a lookup and given to `put` with its result. */
  mark(): number {
    return this.generation;
  }

  /** Keeps what a lookup begun at `mark` found, unless something changed since. */
  put(username: string, user: User, mark: number): void {
    if (!this.hearing || mark !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(username, { user, until: Date.now() + this.ttlMs });
  }

  /** Whether entries are answered now (for tests and the readiness of an operator's eye). */
  get active(): boolean {
    return this.hearing;
  }

  /** Connects and listens; resolves once the first probe came back or failed (the cache stays off then, and retries). */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.deafen();
    clearTimeout(this.probeTimer);
    clearTimeout(this.reconnectTimer);
    this.endProbe();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private forget(): void {
    this.generation++;
    this.entries.clear();
  }

  /** Stops answering and drops what it kept; whether it was answering. */
  private deafen(): boolean {
    const was = this.hearing;
    this.hearing = false;
    this.forget();
    return was;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    // Keep-alive: a connection dropped without a word (a network cut) is noticed between probes too.
    const client = new pg.Client({
      connectionString: this.url,
      connectionTimeoutMillis: 10_000,
      application_name: 'jian-principal-cache',
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    this.client = client;
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    client.on('notification', (n) => {
      if (n.channel !== PRINCIPAL_CHANNEL) return;
      if (n.payload?.startsWith('probe:')) {
        if (this.probe?.payload === n.payload) this.heard();
        return;
      }
      this.forget();
    });
    try {
      await client.connect();
      await client.query(`listen ${PRINCIPAL_CHANNEL}`);
      await this.sendProbe();
    } catch (err) {
      this.lost(client, err as Error);
    }
  }

  /**
   * A notification sent from a connection of its own, as a trigger's would come: the cache answers
   * once it is heard, and only on a database whose tables have the enabled triggers that notify (a
   * process started before the migration keeps nothing). The deadline covers every step: a probe
   * not heard within it (a connection cut without a word, a pooler that does not pass
   * notifications) counts as the listening connection lost, and a new one is made.
   */
  private sendProbe(): Promise<void> {
    const listener = this.client;
    if (!listener || this.stopped) return Promise.resolve();
    const payload = `probe:${randomUUID()}`;
    return new Promise<void>((done) => {
      const timer = setTimeout(() => {
        if (this.probe?.payload !== payload) return;
        this.lost(listener, undefined, `its probe was not heard within ${PROBE_TIMEOUT_MS / 1000} s`);
      }, PROBE_TIMEOUT_MS);
      timer.unref();
      this.probe = { payload, timer, done };
      void this.notifyFromElsewhere(payload).then((notifying) => {
        if (notifying || this.probe?.payload !== payload) return;
        this.endProbe();
        if (this.deafen()) this.logger.warn('principal cache: the tables do not notify their changes (migrations pending, triggers disabled), looking users up on every request');
        this.scheduleProbe();
      });
    });
  }

  /** False when the triggers are missing or disabled; else sends the probe (its failures are the deadline's). */
  private async notifyFromElsewhere(payload: string): Promise<boolean> {
    const client = new pg.Client({
      connectionString: this.url,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: PROBE_TIMEOUT_MS,
      application_name: 'jian-principal-cache-probe',
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from pg_trigger t
           join (values ('"user"', 'user_principal_change'), ('agency', 'agency_principal_change'), ('division', 'division_principal_change')) as w (rel, name)
             on t.tgrelid = to_regclass(w.rel) and t.tgname = w.name
          where t.tgenabled <> 'D'`,
      );
      if (rows[0].n < TRIGGERS) return false;
      await client.query('select pg_notify($1, $2)', [PRINCIPAL_CHANNEL, payload]);
    } catch {
      // Not heard, then: the deadline decides.
    } finally {
      await client.end().catch(() => undefined);
    }
    return true;
  }

  private endProbe(): void {
    const probe = this.probe;
    this.probe = undefined;
    if (!probe) return;
    clearTimeout(probe.timer);
    probe.done();
  }

  private heard(): void {
    this.endProbe();
    if (!this.hearing) {
      // What was kept before it heard again may have missed a change.
      this.forget();
      this.hearing = true;
      this.warned = false;
    }
    this.scheduleProbe();
  }

  private scheduleProbe(): void {
    clearTimeout(this.probeTimer);
    if (this.stopped) return;
    this.probeTimer = setTimeout(() => void this.sendProbe(), PROBE_EVERY_MS);
    this.probeTimer.unref();
  }

  private lost(client: pg.Client, err?: Error, reason = 'listening connection lost'): void {
    if (client !== this.client) return;
    this.client = undefined;
    this.endProbe();
    const wasHearing = this.deafen();
    clearTimeout(this.probeTimer);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    // Said once per outage, not on every attempt to reconnect.
    if (wasHearing || !this.warned) {
      this.warned = true;
      this.logger.warn({ err }, `principal cache: ${reason}, looking users up on every request until it hears again`);
    }
    this.reconnectTimer = setTimeout(() => void this.connect(), RECONNECT_MS);
    this.reconnectTimer.unref();
  }
}
