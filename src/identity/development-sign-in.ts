import express, { type Request, type Response, type Router } from 'express';
import type { AppServices } from '../context';
import { sendHttpError } from '../http/http-error';
import { SCHEDULER_USERNAME } from '../modules/cloud/late-deployment.job';
import { User } from '../modules/organizations/user.entity';
import { mintLocalToken } from './token-verifier';

/** The picker lists at most this many users (the seed has about a hundred). */
const MAX_LISTED = 500;

/** One entry of the picker. */
export interface DevelopmentUser {
  username: string;
  displayName: string;
  agency: string;
  roles: string[];
}

function refuse(req: Request, res: Response): void {
  sendHttpError(
    req,
    res,
    404,
    'NOT_FOUND',
    {
      zh: '开发登录只在使用本地开发密钥时提供；请从身份平台取得凭证',
      en: 'Development sign-in exists only with the local development keys; get a token from the identity platform',
    },
    { rule: 'development-keys-only' },
  );
}

/**
 * `/graphiql/sign-in`: with the local development keys only, lists the active users (GET) and mints
 * a token for one of them (POST `{ "username": ... }`), so GraphiQL can sign in without the token
 * CLI. Any other service (identity platform configured, or production) answers 404 to both.
 */
export function developmentSignInRouter(services: AppServices): Router {
  const router = express.Router();
  router.use((req, res, next) => (services.developmentKeys ? next() : refuse(req, res)));

  router.get('/', async (_req, res) => {
    const users = await services.orm.em.fork().find(
      User,
      { active: true, username: { $ne: SCHEDULER_USERNAME } },
      { populate: ['agency'], orderBy: { username: 'asc' }, limit: MAX_LISTED },
    );
    const list: DevelopmentUser[] = users.map((u) => ({ username: u.username, displayName: u.displayName, agency: u.agency.name, roles: u.roles }));
    res.set('Cache-Control', 'no-store').json({ users: list });
  });

  // JSON only: a cross-site form cannot send it without a CORS preflight, which this path never allows.
  router.post('/', express.json({ limit: '1kb', type: 'application/json' }), async (req, res) => {
    const username = typeof req.body?.username === 'string' ? req.body.username : undefined;
    const user = username ? await services.orm.em.fork().findOne(User, { username, active: true }) : null;
    if (!req.is('application/json') || !user) {
      sendHttpError(req, res, 400, 'INVALID_INPUT', { zh: '请给出一个在册且有效的用户名', en: 'Give the username of an active user' }, { rule: 'known-user', field: 'username' });
      return;
    }
    const { auth } = services.config;
    const expiresIn = Math.floor(Date.now() / 1000) + Math.min(12 * 3600, auth.maxTokenLifetimeSeconds);
    const token = await mintLocalToken(services.developmentKeys!, auth, user.username, { expiresIn });
    res.set('Cache-Control', 'no-store').json({ token });
  });
  return router;
}
