import type { AppContext } from '../../app/context';
import { expireExportOrphans } from './aftercare';

/** Rejects export lists whose partners never came, on the clearance worker's schedule. */
export function startExportWorker(ctx: AppContext): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    expireExportOrphans(ctx)
      .catch((e: unknown) => ctx.log.error({ err: e }, 'export deadlines failed'))
      .finally(() => {
        running = false;
      });
  }, ctx.config.TUMEN_CLEARANCE_POLL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
