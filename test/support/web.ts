import fs from 'node:fs';
import path from 'node:path';
import { PORTAL_DIR } from '../../src/http/portal';

/** One asset of the built portal (the test runner builds it first). */
export function portalAsset(): string {
  const names = fs.readdirSync(path.join(PORTAL_DIR, 'assets'));
  const js = names.find((n) => n.endsWith('.js'));
  if (!js) throw new Error(`no built portal in ${PORTAL_DIR}: run npm run build:web`);
  return js;
}
