import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import Negotiator from 'negotiator';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { createMongoAbility } from '@casl/ability';
import { abilityFor, type AppAbility, type PrincipalAttributes } from './authz/ability';
import type { PolicySet } from './authz/policy-loader';
import type { AppConfig } from './config';
import { readRowsJoined } from './db/rows';
import { createLoaders, type Loaders } from './graphql/loaders';
import type { Lang, Msg } from './graphql/errors';
import { User } from './modules/organizations/user.entity';
import { CITY_CODE } from './modules/organizations/division.entity';
import { AgencyKind } from './modules/organizations/organization.enums';
import { oaClientRefusal } from './identity/oa-clients';
import { TokenError, type TokenVerifier } from './identity/token-verifier';
import type { LocalKeys } from './identity/keys';
import type { PrincipalCache } from './identity/principal-cache';
import type { Clock } from './calendar/clock';
import type { Metrics } from './metrics/metrics';
import type { Logger } from './log/logger';
import { notePrincipal } from './log/request-facts';

/** What the service holds for its whole life. */
export interface AppServices {
  config: AppConfig;
  orm: MikroORM;
  /** Read-only sessions (on DATABASE_READ_URL, or the primary) for read-only principals. */
  readOrm: MikroORM;
  policies: PolicySet;
  verifyToken: TokenVerifier;
  /**
   * The local development key pair, set only when the service signs its own tokens (no identity
   * platform, not production): GraphiQL's sign-in picker has tokens minted with it.
   */
  developmentKeys?: LocalKeys;
  /** The clock deadlines and scheduled jobs read; the system clock when unset (tests set their own). */
  clock?: Clock;
  /** The signed-in users kept between changes, made by boot() unless AUTH_PRINCIPAL_CACHE is 0; unset: looked up on every request. */
  principals?: PrincipalCache;
  /** The Prometheus registry of this service (`/metrics`), made by boot() (or createServer when unset). */
  metrics?: Metrics;
  logger: Logger;
  /**
   * Every command runs to its end and is then rolled back, unaudited: the workflow agreement test
   * asks a mutation whether it would succeed without changing the data it asks about. Never set
   * in a served process.
   */
  rehearseCommands?: boolean;
}

export interface Principal {
  user: User;
  /** OA system acting for the user (RFC 8693 `act` claim), recorded in the audit trail. */
  serviceClient?: string;
}

/** An HTTP request whose bearer token a middleware has already verified (the rate limit does first). */
export interface AuthenticatedRequest extends Request {
  auth?: { principal: Principal | null; authError?: Msg };
}

/** Per request: who is asking, what they may do, and a fresh unit of work. */
export interface RequestContext {
  requestId: string;
  lang: Lang;
  principal: Principal | null;
  /** Why there is no principal, when a token was sent but refused. */
  authError?: Msg;
  ability: AppAbility;
  em: EntityManager;
  /** The Audit Bureau changes nothing: its requests use read-only database sessions. */
  readOnly: boolean;
  loaders: Loaders;
  services: AppServices;
}

/** The languages of the API, Chinese first: the answer when nothing else is acceptable. */
const LANGUAGES: Lang[] = ['zh', 'en'];

/**
 * The caller's language from `Accept-Language`, by quality values and prefixes (`en-US` is `en`,
 * `zh-CN` is `zh`); Chinese when the header is absent, malformed or accepts neither.
 */
export function languageOf(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh';
  // A request asks several times (its log, its context, its errors), and clients send few distinct headers.
  let lang = languages.get(acceptLanguage);
  if (!lang) {
    lang = (new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language(LANGUAGES) as Lang | undefined) ?? 'zh';
    if (languages.size >= 500) languages.clear();
    if (acceptLanguage.length <= 200) languages.set(acceptLanguage, lang);
  }
  return lang;
}

const languages = new Map<string, Lang>();

export async function authenticate(
  services: AppServices,
  authorization: string | undefined,
): Promise<{ principal: Principal | null; authError?: Msg }> {
  if (!authorization) return { principal: null };
  const m = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!m) return { principal: null, authError: { zh: 'Authorization 头格式错误（应为 Bearer 加凭证）', en: 'malformed Authorization header' } };
  try {
    const claims = await services.verifyToken(m[1]);
    const user = services.principals?.get(claims.sub) ?? (await lookUp(services, claims.sub));
    if (!user) return { principal: null, authError: { zh: '用户不存在或已停用', en: 'unknown user' } };
    const actor = claims.act?.sub;
    // An OA system acts only when configured, and only for the agencies it serves.
    const refusal = actor === undefined ? undefined : oaClientRefusal(services.config.auth.oaClients, actor, user.agency.code);
    if (refusal) return { principal: null, authError: refusal };
    notePrincipal(user.username, user.agency.code, actor);
    return { principal: { user, serviceClient: actor } };
  } catch (e) {
    if (e instanceof TokenError) return { principal: null, authError: e.reason };
    throw e;
  }
}

/** The active user `username` with its agency and county, one precompiled statement; kept when the cache may keep it. */
async function lookUp(services: AppServices, username: string): Promise<User | undefined> {
  const mark = services.principals?.mark();
  const [user] = await readRowsJoined(services.orm.em.fork(), User, { username, active: true }, ['agency', 'agency.county']);
  if (user && mark !== undefined) services.principals!.put(username, user, mark);
  return user;
}

export function principalAttributes(user: User): PrincipalAttributes {
  return {
    id: user.id,
    agencyId: user.agency.id,
    agencyKind: user.agency.kind,
    countyCode: user.agency.county?.code ?? null,
    divisionCode: user.agency.county?.code ?? CITY_CODE,
    roles: user.roles,
  };
}

export function createContext(
  services: AppServices,
  auth: { principal: Principal | null; authError?: Msg },
  lang: Lang,
  requestId: string = randomUUID(),
): RequestContext {
  const user = auth.principal?.user;
  const readOnly = user?.agency.kind === AgencyKind.AUDIT;
  const ability = user ? abilityFor(services.policies, principalAttributes(user)) : createMongoAbility<[string, any]>([]);
  const em = (readOnly ? services.readOrm : services.orm).em.fork();
  const ctx: RequestContext = {
    requestId,
    lang,
    principal: auth.principal,
    authError: auth.authError,
    ability,
    em,
    readOnly,
    loaders: undefined as unknown as Loaders,
    services,
  };
  ctx.loaders = createLoaders(ctx);
  return ctx;
}
