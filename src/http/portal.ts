import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const SHELL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/shell');

const FILES = [
  { url: '/', file: 'index.html', type: 'text/html; charset=utf-8' },
  { url: '/shell.js', file: 'shell.js', type: 'text/javascript; charset=utf-8' },
  { url: '/shell.css', file: 'shell.css', type: 'text/css; charset=utf-8' },
] as const;

/** The portal's shell: public static pages read once at start. */
export async function portalRoutes(app: FastifyInstance): Promise<void> {
  for (const f of FILES) {
    const body = fs.readFileSync(path.join(SHELL_DIR, f.file));
    app.get(f.url, { config: { public: true }, schema: { hide: true } }, async (_req, reply) =>
      reply.type(f.type).header('cache-control', 'no-cache').send(body),
    );
  }
}
