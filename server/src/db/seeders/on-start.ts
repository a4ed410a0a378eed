import type { Config } from '../../config';
import type { Logger } from '../../common/logger';
import type { Orm } from '../orm';
import { DEMO_PASSWORD, seedDemoData } from './demo';

/**
 * Loads the demo data at start when the configuration asks for it (config.seedDemo: by default
 * only on the embedded database outside production; in production only with SEED_DEMO=true), and
 * says so in the log, as a warning in production: the demo accounts share a published password.
 * Returns whether it loaded anything (never into a database that already has a guarantor).
 */
export async function seedDemoOnStart(orm: Orm, config: Pick<Config, 'seedDemo' | 'env'>, logger: Logger): Promise<boolean> {
  if (!config.seedDemo) return false;
  const seeded = await seedDemoData(orm.em.fork());
  if (!seeded) {
    logger.info({ seedDemo: true }, 'SEED_DEMO: the database is not empty, so the demo data was not loaded');
    return false;
  }
  const message = `loaded the demo data: demo accounts (README) sign in with the published password ${DEMO_PASSWORD}`;
  if (config.env === 'production') logger.warn({ seedDemo: true }, `SEED_DEMO=true in production: ${message}`);
  else logger.info({ seedDemo: true }, message);
  return true;
}
