import express, { type Router } from 'express';
import { authenticate, type AppServices } from '../../context';
import { storeContent } from './document.service';

/**
 * `POST /documents`: upload the bytes of a document (any media type, up to MAX_UPLOAD_BYTES),
 * with a bearer token; `X-File-Name` (URL-encoded) names the file. Answers the content's global ID
 * and SM3 hash; a mutation then attaches it to a project.
 */
export function documentRoutes(services: AppServices): Router {
  const router = express.Router();
  router.post('/', express.raw({ type: () => true, limit: services.config.maxUploadBytes }), async (req, res, next) => {
    try {
      const auth = await authenticate(services, req.headers.authorization);
      if (!auth.principal) {
        res.status(401).json({ error: 'UNAUTHENTICATED' });
        return;
      }
      const body = req.body as Buffer;
      if (!Buffer.isBuffer(body) || body.length === 0) {
        res.status(400).json({ error: 'EMPTY_BODY' });
        return;
      }
      const fileName = decodeURIComponent(String(req.headers['x-file-name'] ?? 'document')).slice(0, 200);
      const mediaType = String(req.headers['content-type'] ?? 'application/octet-stream').slice(0, 100);
      const content = await storeContent(services.orm.em.fork(), auth.principal.user, body, mediaType, fileName);
      res.status(201).json({ id: content.globalId(), sm3: content.sm3, size: content.size, fileName });
    } catch (e) {
      next(e);
    }
  });
  router.use((err: { type?: string; status?: number }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (err.type === 'entity.too.large') {
      res.status(413).json({ error: 'TOO_LARGE', limit: services.config.maxUploadBytes });
      return;
    }
    next(err);
  });
  return router;
}
