import path from 'node:path';
import express, { type Router } from 'express';

/** Files GraphiQL needs, all served from the installed packages: the extranet has no CDN. */
const fromPackage = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const assets: Record<string, string> = {
  'react.js': fromPackage('react', 'umd/react.production.min.js'),
  'react-dom.js': fromPackage('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': fromPackage('graphiql', 'graphiql.min.js'),
  'graphiql.css': fromPackage('graphiql', 'graphiql.min.css'),
};

const page = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>吉安市政务信息化项目与政务云 API · GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script src="/graphiql/assets/graphiql-start.js"></script>
</body>
</html>
`;

// The token is kept in the browser's local storage and sent as a bearer header; paste one from
// `npm run token -- <username>` in the Headers tab or the prompt.
const start = `(function () {
  var token = localStorage.getItem('jian-token') || '';
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var root = ReactDOM.createRoot ? ReactDOM.createRoot(document.getElementById('graphiql')) : null;
  var element = React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultHeaders: JSON.stringify({ Authorization: 'Bearer ' + token }, null, 2),
    defaultQuery: '{\\n  me {\\n    username\\n    displayName\\n    roles\\n    agency { name kind countyCode }\\n  }\\n}\\n',
  });
  if (root) root.render(element); else ReactDOM.render(element, document.getElementById('graphiql'));
})();
`;

export function graphiqlRouter(): Router {
  const router = express.Router();
  router.get('/', (_req, res) => {
    res.type('html').set('Content-Security-Policy', "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:").send(page);
  });
  router.get('/assets/graphiql-start.js', (_req, res) => {
    res.type('application/javascript').send(start);
  });
  router.get('/assets/:name', (req, res, next) => {
    const file = Object.hasOwn(assets, req.params.name) ? assets[req.params.name] : undefined;
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  return router;
}
