import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { AppServices } from '../../context';
import { keyOf } from '../../graphql/global-id';
import { onlyMethods, sendHttpError } from '../../http/http-error';
import { signedIn, type WithContext } from '../../http/signed-in';
import { CloudTenancyDocument } from '../cloud/tenancy-document.entity';
import { DocumentContent, ProjectDocument } from './document.entity';
import { storeContent } from './document.service';

/** Media types served back as they are; anything else is served as a download of bytes. */
const SAFE_MEDIA_TYPES = new Set([
  'application/pdf',
  'application/ofd',
  'application/zip',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/png',
  'image/jpeg',
  'text/plain',
  'text/csv',
]);



/** Control characters (NUL included) have no place in a file name, nor in a PostgreSQL text. */
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The decoded `X-File-Name`, or null when it is not a well-formed, printable UTF-8 name. */
function fileNameOf(header: unknown): string | null {
  try {
    // decodeURIComponent refuses broken UTF-8 and encoded lone surrogates.
    const name = decodeURIComponent(String(header ?? 'document'));
    return CONTROL.test(name) || name.trim() === '' ? null : name.slice(0, 200);
  } catch {
    return null;
  }
}

const STATUS_OF: Record<string, number> = { FORBIDDEN: 403, CONFLICT: 409 };

/**
 * `POST /documents`: upload the bytes of a document (up to MAX_UPLOAD_BYTES), with a bearer token;
 * `X-File-Name` (URL-encoded) names the file. Answers the content's global ID and SM3 hash; a
 * mutation then attaches it to a project. `GET /documents/<id>` returns the bytes.
 */
export function documentRoutes(services: AppServices): Router {
  const router = express.Router();
  // The name is checked before the body is read: a bad one is refused without reading megabytes.
  const named = (req: Request, res: Response, next: NextFunction) => {
    if (fileNameOf(req.headers['x-file-name']) !== null) return next();
    sendHttpError(req, res, 400, 'BAD_FILE_NAME', {
      zh: 'X-File-Name 须为 URL 编码的 UTF-8 文件名，不含控制字符',
      en: 'X-File-Name must be a URL-encoded UTF-8 file name without control characters',
    });
  };
  router.post('/', signedIn(services), named, express.raw({ type: () => true, limit: services.config.maxUploadBytes }), async (req: WithContext, res, next) => {
    try {
      const body = req.body as Buffer;
      const fileName = fileNameOf(req.headers['x-file-name'])!;
      if (!Buffer.isBuffer(body) || body.length === 0) {
        sendHttpError(req, res, 400, 'EMPTY_BODY', { zh: '上传内容为空', en: 'The upload is empty' });
        return;
      }
      const mediaType = String(req.headers['content-type'] ?? 'application/octet-stream').split(';')[0].trim().slice(0, 100);
      const result = await storeContent(req.ctx!, body, mediaType, fileName);
      if (!result.value) {
        const [refusal] = result.errors;
        // The command has put the message in the caller's language already.
        const message = { zh: refusal.message, en: refusal.message };
        sendHttpError(req, res, STATUS_OF[refusal.code] ?? 400, refusal.code, message, { rule: refusal.rule ?? null, field: refusal.field ?? null });
        return;
      }
      const content = result.value;
      res.status(201).json({ id: content.globalId(), sm3: content.sm3, size: content.size, fileName });
    } catch (e) {
      next(e);
    }
  });
  // The bytes back, to whoever may read a project or tenancy the content is attached to (or its uploader's
  // agency); anyone else gets 404, as if it did not exist. The bytes are read only once allowed.
  router.get('/:id', signedIn(services), async (req: WithContext, res, next) => {
    try {
      const ctx = req.ctx!;
      const key = keyOf(String(req.params.id), 'DocumentContent');
      const em = services.orm.em.fork();
      const content = key ? await em.findOne(DocumentContent, key, { populate: ['uploadedBy'] }) : null;
      const attachedTo = content
        ? await em.find(ProjectDocument, { content }, { populate: ['project', 'project.constructionUnit', 'project.division'] })
        : [];
      const readable = async (c: DocumentContent) =>
        c.uploadedBy.agency.id === ctx.principal!.user.agency.id ||
        attachedTo.some((d) => ctx.ability.can('read', d.project)) ||
        // CM-12: a tenancy's signed documents, to whoever reads the tenancy.
        (await em.find(CloudTenancyDocument, { content: c }, { populate: ['tenancy'] })).some((d) => ctx.ability.can('read', d.tenancy));
      const allowed = content && (await readable(content));
      if (!allowed) {
        sendHttpError(req, res, 404, 'NOT_FOUND', { zh: '文件不存在', en: 'No such document' });
        return;
      }
      const [{ data }] = await em.execute<{ data: Buffer }[]>('select data from document_content where id = ?', [content.id]);
      res
        .status(200)
        .type(SAFE_MEDIA_TYPES.has(content.mediaType) ? content.mediaType : 'application/octet-stream')
        .set('X-Content-Type-Options', 'nosniff')
        .set('Content-Security-Policy', 'sandbox')
        .set('X-Content-SM3', content.sm3)
        .set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(content.fileName)}`)
        .send(data);
    } catch (e) {
      next(e);
    }
  });
  router.all('/', onlyMethods('POST'));
  router.all('/:id', onlyMethods('GET'));
  return router;
}
