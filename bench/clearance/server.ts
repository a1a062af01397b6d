/**
 * One Tumen process of the scale-out benchmark: the platform as `npm start` runs it (HTTP server and its
 * workers) against the benchmark's PostgreSQL database, on a free loopback port. It tells its parent the port,
 * and on "stop" stops and reports its peak RSS.
 */
import { loadConfig } from '../../src/config';
import { startPlatform } from '../../src/app/start';

const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', TUMEN_SEED_DEMO: 'never' });
const platform = await startPlatform(config, () => {});
process.send?.({ url: platform.url });
process.on('message', (m) => {
  if (m !== 'stop') return;
  void platform.stop().then(() => {
    process.send?.({ peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }, () => process.exit(0));
  });
});
