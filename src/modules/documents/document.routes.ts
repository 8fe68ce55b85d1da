import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { authenticate, createContext, languageOf, type AppServices, type RequestContext } from '../../context';
import { keyOf } from '../../graphql/global-id';
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

type WithContext = Request & { ctx?: RequestContext };

/** The bearer token is checked before anything else, the body included. */
function signedIn(services: AppServices) {
  return async (req: WithContext, res: Response, next: NextFunction) => {
    try {
      const auth = await authenticate(services, req.headers.authorization);
      if (!auth.principal) {
        res.status(401).json({ error: 'UNAUTHENTICATED' });
        return;
      }
      req.ctx = createContext(services, auth, languageOf(req.headers['accept-language']));
      next();
    } catch (e) {
      next(e);
    }
  };
}

function fileNameOf(header: unknown): string | null {
  try {
    return decodeURIComponent(String(header ?? 'document')).slice(0, 200);
  } catch {
    return null;
  }
}

/**
 * `POST /documents`: upload the bytes of a document (up to MAX_UPLOAD_BYTES), with a bearer token;
 * `X-File-Name` (URL-encoded) names the file. Answers the content's global ID and SM3 hash; a
 * mutation then attaches it to a project. `GET /documents/<id>` returns the bytes.
 */
export function documentRoutes(services: AppServices): Router {
  const router = express.Router();
  router.post('/', signedIn(services), express.raw({ type: () => true, limit: services.config.maxUploadBytes }), async (req: WithContext, res, next) => {
    try {
      const body = req.body as Buffer;
      const fileName = fileNameOf(req.headers['x-file-name']);
      if (!Buffer.isBuffer(body) || body.length === 0 || fileName === null) {
        res.status(400).json({ error: fileName === null ? 'BAD_FILE_NAME' : 'EMPTY_BODY' });
        return;
      }
      const mediaType = String(req.headers['content-type'] ?? 'application/octet-stream').split(';')[0].trim().slice(0, 100);
      const result = await storeContent(req.ctx!, body, mediaType, fileName);
      if (!result.value) {
        res.status(403).json({ errors: result.errors });
        return;
      }
      const content = result.value;
      res.status(201).json({ id: content.globalId(), sm3: content.sm3, size: content.size, fileName });
    } catch (e) {
      next(e);
    }
  });
  // The bytes back, to whoever may read a project the content is attached to (or its uploader's
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
      const allowed =
        content &&
        (content.uploadedBy.agency.id === ctx.principal!.user.agency.id || attachedTo.some((d) => ctx.ability.can('read', d.project)));
      if (!allowed) {
        res.status(404).json({ error: 'NOT_FOUND' });
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
  router.use((err: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (err.type === 'entity.too.large') {
      res.status(413).json({ error: 'TOO_LARGE', limit: services.config.maxUploadBytes });
      return;
    }
    next(err);
  });
  return router;
}
