import express, { type Request, type Response, type Router } from 'express';
import type { AppServices } from '../../context';
import type { UserError } from '../../graphql/errors';
import { onlyMethods, requestIdOf, sendHttpError } from '../../http/http-error';
import { signedIn, type WithContext } from '../../http/signed-in';
import { noteErrorCode } from '../../log/request-facts';
import { postReadings, rowOf, rowsOfCsv, rowsOfJsonText } from './reading.service';


/** The most bytes a batch may have: 2,000 readings are well within it. */
export const MAX_BATCH_BYTES = 1024 * 1024;

const STATUS_OF: Record<string, number> = { FORBIDDEN: 403, CONFLICT: 409, INVALID_INPUT: 422 };

/** Every problem of a refused batch, each with the row it is about (null: the batch as a whole). */
function sendProblems(req: Request, res: Response, errors: UserError[]): void {
  // A FORBIDDEN answers first; then a CONFLICT only when nothing else is wrong with the batch.
  const code = errors.find((e) => e.code === 'FORBIDDEN')?.code ?? errors.find((e) => e.code !== 'CONFLICT')?.code ?? errors[0].code;
  noteErrorCode(code);
  res
    .status(STATUS_OF[code] ?? 400)
    .type('application/json')
    .send(
      JSON.stringify({
        errors: errors.map((e) => ({
          message: e.message,
          extensions: { code: e.code, rule: e.rule ?? null, field: e.field ?? null, row: rowOf(e.field), requestId: requestIdOf(res) },
        })),
      }),
    );
}


const mediaTypeOf = (req: Request) => String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();

/**
 * `POST /monitoring/readings` (CM-14): the cloud monitoring platform's service account posts a batch
 * of utilisation readings, as `application/json` (an array, or `{ "readings": [...] }`) or
 * `text/csv` (a header line, then a reading per line). All or nothing: `200` with each row's
 * outcome (CREATED, UNCHANGED, CORRECTED) when the whole batch is taken; otherwise nothing is
 * written and every problem is answered at once with its row (`422` INVALID_INPUT, `409` CONFLICT,
 * `403` FORBIDDEN for anyone but the platform, `401` without a valid token).
 */
export function readingRoutes(services: AppServices): Router {
  const router = express.Router();
  // The token first, then the media type, then the body (bounded) is read.
  router.post(
    '/',
    signedIn(services),
    (req, res, next) => {
      const type = mediaTypeOf(req);
      if (type === 'application/json' || type === 'text/csv') return next();
      sendHttpError(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', { zh: '请以 application/json 或 text/csv 提交读数', en: 'Send the readings as application/json or text/csv' });
    },
    express.text({ type: () => true, limit: MAX_BATCH_BYTES, defaultCharset: 'utf-8' }),
    async (req: WithContext, res, next) => {
      try {
        const body = typeof req.body === 'string' ? req.body : '';
        const parsed = mediaTypeOf(req) === 'text/csv' ? rowsOfCsv(body) : rowsOfJsonText(body);
        // A body that is not a batch at all is refused by the same command (after the policy), so it is audited too.
        const result = await postReadings(req.ctx!, parsed.rows ?? [], parsed.problems);
        if (!result.value) {
          sendProblems(req, res, result.errors);
          return;
        }
        const v = result.value;
        res.status(200).json({
          created: v.created,
          corrected: v.corrected,
          unchanged: v.unchanged,
          readings: v.readings.map((r) => ({ row: r.row, outcome: r.outcome, id: r.reading.globalId(), revision: r.reading.revision })),
        });
      } catch (e) {
        next(e);
      }
    },
  );
  router.all('/', onlyMethods('POST'));
  return router;
}
