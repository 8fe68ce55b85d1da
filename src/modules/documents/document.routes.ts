import express, { type Router } from 'express';
import { authenticate, createContext, languageOf, type AppServices } from '../../context';
import { keyOf } from '../../graphql/global-id';
import { DocumentContent, ProjectDocument } from './document.entity';
import { storeContent } from './document.service';

/**
 * `POST /documents`: upload the bytes of a document (any media type, up to MAX_UPLOAD_BYTES),
 * with a bearer token; `X-File-Name` (URL-encoded) names the file. Answers the content's global ID
 * and SM3 hash; a mutation then attaches it to a project. `GET /documents/<id>` returns the bytes.
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
      const ctx = createContext(services, auth, languageOf(req.headers['accept-language']));
      const result = await storeContent(ctx, body, mediaType, fileName);
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
  // agency); anyone else gets 404, as if it did not exist.
  router.get('/:id', async (req, res, next) => {
    try {
      const auth = await authenticate(services, req.headers.authorization);
      if (!auth.principal) {
        res.status(401).json({ error: 'UNAUTHENTICATED' });
        return;
      }
      const key = keyOf(req.params.id, 'DocumentContent');
      const em = services.orm.em.fork();
      const content = key ? await em.findOne(DocumentContent, key, { populate: ['data', 'uploadedBy'] }) : null;
      const ctx = createContext(services, auth, languageOf(req.headers['accept-language']));
      const attachedTo = content
        ? await em.find(ProjectDocument, { content }, { populate: ['project', 'project.constructionUnit', 'project.division'] })
        : [];
      const allowed =
        content &&
        (content.uploadedBy.agency.id === auth.principal.user.agency.id || attachedTo.some((d) => ctx.ability.can('read', d.project)));
      if (!allowed) {
        res.status(404).json({ error: 'NOT_FOUND' });
        return;
      }
      res
        .status(200)
        .type(content.mediaType)
        .set('X-Content-SM3', content.sm3)
        .set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(content.fileName)}`)
        .send(content.data);
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
