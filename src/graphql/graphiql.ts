import path from 'node:path';
import express, { type Router } from 'express';
import type { AppServices } from '../context';
import { developmentSignInRouter } from '../identity/development-sign-in';

/** Files GraphiQL needs, all served from the installed packages: the extranet has no CDN. */
const fromPackage = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const assets: Record<string, string> = {
  'react.js': fromPackage('react', 'umd/react.production.min.js'),
  'react-dom.js': fromPackage('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': fromPackage('graphiql', 'graphiql.min.js'),
  'graphiql.css': fromPackage('graphiql', 'graphiql.min.css'),
};

/** The page; `signIn` adds the development sign-in picker above the editor. */
const page = (signIn: boolean) => `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>吉安市政务信息化项目与政务云 API · GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
  <style>
    body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
    #sign-in { padding: 6px 12px; border-bottom: 1px solid #ddd; font-size: 14px; }
    #sign-in select { margin-left: 6px; max-width: 40em; }
    #graphiql { flex: 1; min-height: 0; }
  </style>
</head>
<body data-sign-in="${signIn ? 'on' : 'off'}">
${signIn ? '  <div id="sign-in"><label>开发登录 Development sign-in<select id="sign-in-user"><option value="">—</option></select></label> <span id="sign-in-note"></span></div>\n' : ''}  <div id="graphiql">Loading…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script src="/graphiql/assets/graphiql-start.js"></script>
</body>
</html>
`;

// The token is kept in the browser's local storage and sent as a bearer header. With the local
// development keys the picker above the editor signs in as a seeded user (the server mints the
// token); otherwise paste one from the identity platform (or `npm run token -- <username>`) in
// the Headers tab. GraphiQL is mounted afresh on every sign-in, so docs and autocompletion are
// introspected with the new token.
const start = `(function () {
  var container = document.getElementById('graphiql');
  var root = ReactDOM.createRoot ? ReactDOM.createRoot(container) : null;
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var mounts = 0;
  // The first mount keeps the headers GraphiQL stored (a pasted token survives a reload); a
  // sign-in replaces them.
  function mount(token, replace) {
    mounts += 1;
    var headers = JSON.stringify({ Authorization: 'Bearer ' + token }, null, 2);
    var element = React.createElement(GraphiQL, {
      key: 'graphiql-' + mounts,
      fetcher: fetcher,
      defaultHeaders: headers,
      headers: replace ? headers : undefined,
      defaultQuery: '{\\n  me {\\n    username\\n    displayName\\n    roles\\n    agency { name kind countyCode }\\n  }\\n}\\n',
    });
    if (root) root.render(element); else ReactDOM.render(element, container);
  }
  mount(localStorage.getItem('jian-token') || '', false);
  if (document.body.dataset.signIn !== 'on') return;
  var select = document.getElementById('sign-in-user');
  var note = document.getElementById('sign-in-note');
  fetch('/graphiql/sign-in', { headers: { accept: 'application/json' } })
    .then(function (res) { return res.json(); })
    .then(function (body) {
      (body.users || []).forEach(function (u) {
        var option = document.createElement('option');
        option.value = u.username;
        option.textContent = u.username + ' · ' + u.agency + ' · ' + u.roles.join(', ') + ' · ' + u.displayName;
        select.appendChild(option);
      });
      select.value = localStorage.getItem('jian-user') || '';
    })
    .catch(function () { note.textContent = '用户列表不可用 / user list unavailable'; });
  select.addEventListener('change', function () {
    if (!select.value) return;
    fetch('/graphiql/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: select.value }) })
      .then(function (res) { return res.json(); })
      .then(function (body) {
        if (!body.token) throw new Error((body.errors && body.errors[0] && body.errors[0].message) || 'no token');
        localStorage.setItem('jian-token', body.token);
        localStorage.setItem('jian-user', select.value);
        note.textContent = '';
        mount(body.token, true);
      })
      .catch(function (e) { note.textContent = String(e.message || e); });
  });
})();
`;

export function graphiqlRouter(services: AppServices): Router {
  const router = express.Router();
  const html = page(services.developmentKeys !== undefined);
  router.get('/', (_req, res) => {
    res.type('html').set('Content-Security-Policy', "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:").send(html);
  });
  router.use('/sign-in', developmentSignInRouter(services));
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
