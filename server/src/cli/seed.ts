import type { Config } from '../config';
import type { EntityManager } from '../db/orm';
import { DEMO_PASSWORD, seedDemoData } from '../db/seeders/demo';
import { CliFailure, withDatabase, type CliIo } from './cli-support';

/** `esurety seed --demo`: the README's demo organisations and accounts, into an empty database only. */
export async function seedDemo(config: Config, io: CliIo): Promise<void> {
  await withDatabase(config, async (orm) => {
    const loaded = await seedDemoData(orm.em.fork() as EntityManager);
    if (!loaded) throw new CliFailure('The database already has data (a guarantor): the demo data goes only into an empty database.');
    io.out(`Loaded the demo data. Every demo account (README) signs in with the published password ${DEMO_PASSWORD}.\n`);
  });
}
