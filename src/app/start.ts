import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import { startControlServer } from '../cli/control';
import { buildServer } from '../http/server';
import { countOrganisations, demoLogins } from '../modules/identity';
import { loadReferenceData } from '../modules/registry';
import { startClearanceWorker } from '../modules/clearance';
import { startRiskWorker } from '../modules/risk';
import { startExportWorker } from '../modules/export';
import { startWebhookWorker } from '../modules/webhooks';
import { makeContext, openConfiguredDatabase } from './app';
import type { AppContext } from './context';
import { seedDemo } from './seed';

export interface RunningPlatform {
  ctx: AppContext;
  server: FastifyInstance;
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the platform: opens the database, applies migrations, seeds the demo on a first run in demo
 * mode, serves HTTP, and (embedded database) opens the control channel for the CLI.
 */
export async function startPlatform(config: Config, print: (line: string) => void = console.log): Promise<RunningPlatform> {
  const database = await openConfiguredDatabase(config);
  const ctx = makeContext(config, database);
  try {
    await database.migrate();
    const loaded = await loadReferenceData(ctx);
    if (loaded.length) print(`Reference data loaded: ${loaded.map((l) => `${l.dataset} (${l.rows})`).join(', ')}`);
    if (config.TUMEN_MODE === 'demo' && config.TUMEN_SEED_DEMO === 'auto' && (await countOrganisations(ctx.db)) === 0) {
      print('Seeding demo data (first run)…');
      await seedDemo(ctx, (done, total, name) => print(`  [${done}/${total}] ${name}`));
    }
    const server = await buildServer(ctx);
    await server.listen({ port: config.PORT, host: config.HOST });
    const address = server.server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
    const control = database.kind === 'pglite' ? await startControlServer(ctx, config.TUMEN_DATA_DIR) : undefined;
    const webhookWorker = config.TUMEN_WEBHOOK_WORKER ? startWebhookWorker(ctx) : undefined;
    const clearanceWorker = config.TUMEN_CLEARANCE_WORKER ? startClearanceWorker(ctx) : undefined;
    const exportWorker = config.TUMEN_CLEARANCE_WORKER ? startExportWorker(ctx) : undefined;
    const riskWorker = config.TUMEN_CLEARANCE_WORKER ? startRiskWorker(ctx) : undefined;

    print(`Tumen listening on ${url} (database: ${database.kind === 'pglite' ? `embedded, ${config.TUMEN_DATA_DIR}` : 'PostgreSQL server'}; mode: ${config.TUMEN_MODE})`);
    print(`  API reference: ${url}/docs    health: ${url}/health`);
    if (config.TUMEN_MODE === 'demo') {
      const logins = demoLogins();
      print(`  Demo logins (password for all: ${logins[0]?.password ?? ''}):`);
      for (const l of logins) print(`    ${l.username.padEnd(22)} ${l.kind.padEnd(22)} ${l.organisation}`);
    }

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        await control?.close();
        await server.close(); // finishes in-flight requests, refuses new ones with 503
        await webhookWorker?.stop(); // lets the round in progress record its outcomes
        clearanceWorker?.stop();
        riskWorker?.stop();
        exportWorker?.stop();
        await database.close();
      })());
    return { ctx, server, url, stop };
  } catch (e) {
    await database.close();
    throw e;
  }
}
