import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

/** Where `scripts/build-web.mjs` (run by `npm start` and `npm test`) puts the built portal. */
export const PORTAL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** The portal's client-side pages: each answers the application, which routes in the browser. */
const PAGES = ['/', '/login', '/public/*', '/enterprise', '/enterprise/*', '/regulator', '/regulator/*', '/zone', '/zone/*'];

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>Tumen</title><body>
<p lang="zh-CN">门户尚未构建：请运行 <code>npm run build:web</code>（<code>npm start</code> 会自动构建）。</p>
<p lang="ko">포털이 아직 빌드되지 않았습니다. <code>npm run build:web</code>을 실행하세요(<code>npm start</code>가 자동으로 빌드합니다).</p>
<p lang="ja">ポータルはまだビルドされていません。<code>npm run build:web</code> を実行してください（<code>npm start</code> は自動でビルドします）。</p>
<p lang="ru">Портал ещё не собран: выполните <code>npm run build:web</code> (<code>npm start</code> собирает его сам).</p>
<p lang="en">The portal is not built yet: run <code>npm run build:web</code> (<code>npm start</code> builds it).</p></body></html>`;

/**
 * The portal (React, built by Vite): its hashed assets cached for good, its pages answered with the
 * application's index page. Read once at start; public, and not counted against the rate limit.
 */
export async function portalRoutes(app: FastifyInstance, dir = PORTAL_DIR): Promise<void> {
  const indexFile = path.join(dir, 'index.html');
  const built = fs.existsSync(indexFile);
  const index = built ? fs.readFileSync(indexFile) : Buffer.from(NOT_BUILT);
  const assets = new Map<string, { body: Buffer; type: string }>();
  if (built) {
    const assetDir = path.join(dir, 'assets');
    for (const name of fs.existsSync(assetDir) ? fs.readdirSync(assetDir) : []) {
      assets.set(name, { body: fs.readFileSync(path.join(assetDir, name)), type: TYPES[path.extname(name)] ?? 'application/octet-stream' });
    }
  }
  const config = { public: true, rateLimit: false } as const;
  for (const url of PAGES) {
    app.get(url, { config, schema: { hide: true } }, async (_req, reply) =>
      reply
        .status(built ? 200 : 503)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(index),
    );
  }
  app.get<{ Params: { name: string } }>('/assets/:name', { config, schema: { hide: true } }, async (req, reply) => {
    const asset = assets.get(req.params.name);
    if (!asset) return reply.callNotFound();
    return reply.type(asset.type).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body);
  });
}
