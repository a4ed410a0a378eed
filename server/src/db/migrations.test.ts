import { MikroORM, OptimisticLockError } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../test/test-server';
import { ApplicationStatus, GuaranteeApplication } from '../modules/applications/guarantee-application.entity';
import { Guarantee } from '../modules/guarantees/guarantee.entity';
import { CertificateFormat, GuaranteeKind } from '../modules/guarantees/guarantee-kind';
import { Branch } from '../modules/organisations/branch.entity';
import { Work } from '../modules/works/work.entity';
import { openDatabase, ormOptions, type Orm } from './orm';
import { migrationsFor, type DatabaseKind } from './migrations';
import { seedDemoData } from './seeders/demo';

describe(`migrations (${process.env.ESURETY_TEST_DB ?? 'sqlite'})`, () => {
  let db: TestDatabase;
  let orm: Orm;
  beforeAll(async () => {
    db = await freshDatabase();
    orm = await openDatabase(db.target);
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  it('bring an empty database exactly to the entities (run `migration:create` after changing one)', async () => {
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
    if (db.target.kind === 'postgresql') {
      // The trigram index of the 工事名 search is the migrations' own (entities can't declare a GIN index).
      const diff = (await orm.schema.getUpdateSchemaSQL({ wrap: false })).split('\n').filter((line) => !TRIGRAM.test(line));
      expect(diff.join('\n').trim()).toBe('');
      return;
    }
    // SQLite can't introspect check constraints, so MikroORM's diff always finds changes there;
    // compare the migrated structure with one created straight from the entities instead.
    const reference = await MikroORM.init(ormOptions({ kind: 'sqlite', file: ':memory:' }));
    try {
      await reference.schema.createSchema();
      expect(await sqliteStructure(orm)).toEqual(await sqliteStructure(reference));
    } finally {
      await reference.close(true);
    }
  });

  it('are idempotent: running them again changes nothing', async () => {
    expect(await orm.getMigrator().up()).toEqual([]);
  });

  it('load the demo data once', async () => {
    expect(await seedDemoData(orm.em.fork())).toBe(true);
    expect(await seedDemoData(orm.em.fork())).toBe(false);
    const branches = await orm.em.fork().find(Branch, {}, { orderBy: { officeCode: 'asc' } });
    expect(branches.map((b) => [b.name, b.tel])).toEqual([
      ['長野支店', '026-226-7520'],
      ['神奈川支店', '045-662-8203'],
    ]);
    const works = await orm.em
      .fork()
      .find(Work, { contractor: { name: '〇〇建設株式会社' } }, { populate: ['orderer'], orderBy: { name: 'asc' } });
    expect(works.map((w) => [w.name, w.orderer.name, w.contractAmount])).toEqual(
      [
        ['道路改良工事', '小田原市', 50_000_000],
        ['●●●●工事', '松本市', 50_000_000],
      ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
    );
  });

  it('rewrite the webhook events already stored to their one spelling (GUARANTEE_REVOKED for 取消)', async () => {
    const old = await freshDatabase();
    const kind = old.target.kind as DatabaseKind;
    const earlier = await MikroORM.init(ormOptions(old.target));
    try {
      const names = migrationsFor(kind).map((m) => m.name);
      const renaming = names.findIndex((name) => name >= 'Migration20261130000905');
      await earlier.getMigrator().up({ to: names[renaming - 1] });
      const sql = earlier.em.getConnection();
      const endpointId = '11111111-1111-4111-8111-111111111111';
      const deliveryId = '22222222-2222-4222-8222-222222222222';
      const now = new Date();
      await sql.execute(
        `insert into webhook_endpoint (id, updated_at, organisation_id, url, events, secret_ciphertext) values (?, ?, ?, ?, ?, ?)`,
        [
          endpointId,
          now,
          endpointId,
          'https://example.com/hook',
          JSON.stringify(['guarantee.issued', 'guarantee.cancelled', 'application.returned']),
          'x',
        ],
      );
      await sql.execute(
        `insert into webhook_delivery (id, updated_at, endpoint_id, event, payload, next_attempt_at) values (?, ?, ?, ?, ?, ?)`,
        [
          deliveryId,
          now,
          endpointId,
          'guarantee.cancelled',
          JSON.stringify({ id: deliveryId, event: 'guarantee.cancelled', data: { guarantee: { amount: 1 } } }),
          now,
        ],
      );
      await earlier.getMigrator().up();
      const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
      const [endpoint] = await sql.execute(`select events from webhook_endpoint where id = ?`, [endpointId]);
      expect(json(endpoint.events)).toEqual(['GUARANTEE_ISSUED', 'GUARANTEE_REVOKED', 'APPLICATION_RETURNED']);
      const [delivery] = await sql.execute(`select event, payload from webhook_delivery where id = ?`, [deliveryId]);
      expect(delivery.event).toBe('GUARANTEE_REVOKED');
      expect(json(delivery.payload)).toEqual({ id: deliveryId, event: 'GUARANTEE_REVOKED', data: { guarantee: { amount: 1 } } });
      // The old spelling is no longer a value the table takes.
      await expect(sql.execute(`update webhook_delivery set event = 'guarantee.cancelled' where id = ?`, [deliveryId])).rejects.toThrow(
        /check|constraint/i,
      );
    } finally {
      await earlier.close(true);
      await old.drop();
    }
  });

  it('fill the 工事名 matching keys of the works that exist before the key columns do', async () => {
    const old = await freshDatabase();
    const kind = old.target.kind as DatabaseKind;
    const earlier = await MikroORM.init(ormOptions(old.target));
    try {
      const names = migrationsFor(kind).map((m) => m.name);
      const keys = names.findIndex((name) => name >= 'Migration20261130032632');
      await earlier.getMigrator().up({ to: names[keys - 1] });
      const sql = earlier.em.getConnection();
      const [contractorId, ordererId, workId] = [1, 2, 3].map((n) => `${n}${n}${n}${n}${n}${n}${n}${n}-1111-4111-8111-111111111111`);
      const now = new Date();
      await sql.execute(
        `insert into contractor (id, updated_at, name, address, corporate_number, representative) values (?, ?, ?, ?, ?, ?)`,
        [contractorId, now, '〇〇建設株式会社', '長野県', '1234567890123', '建設 太郎'],
      );
      await sql.execute(`insert into orderer (id, updated_at, name, certificate_title) values (?, ?, ?, ?)`, [
        ordererId,
        now,
        '松本市',
        '松本市長',
      ]);
      await sql.execute(
        `insert into work (id, updated_at, name, location, orderer_id, contractor_id, joint_venture_members, contract_amount, contract_date, start_date, end_date)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          workId,
          now,
          '松本駅前〜市道１－２号線 第Ⅱ期ﾃｽﾄ工事',
          '長野県',
          ordererId,
          contractorId,
          '[]',
          1000,
          '2026-04-01',
          '2026-04-02',
          '2026-12-01',
        ],
      );
      await earlier.getMigrator().up();
      const [work] = await sql.execute(`select name, name_key from work where id = ?`, [workId]);
      expect(work).toEqual({ name: '松本駅前〜市道１－２号線 第Ⅱ期ﾃｽﾄ工事', name_key: '松本駅前~市道1-2号線第ii期テスト工事' });
    } finally {
      await earlier.close(true);
      await old.drop();
    }
  });

  describe('constraints', () => {
    async function newGuarantee(contractNumber: string, serial: number) {
      const em = orm.em.fork();
      const work = await em.findOneOrFail(Work, { name: '●●●●工事' }, { populate: ['contractor', 'orderer'] });
      const branch = await em.findOneOrFail(Branch, { name: '長野支店' });
      const application = em.create(GuaranteeApplication, {
        contractor: work.contractor,
        work,
        destinationBranch: branch,
        status: ApplicationStatus.ISSUED,
      });
      em.create(Guarantee, {
        contractNumber,
        serial,
        kind: GuaranteeKind.ADVANCE_PAYMENT,
        certificateFormat: CertificateFormat.ELECTRONIC,
        application,
        work,
        contractor: work.contractor,
        orderer: work.orderer,
        branch,
        amount: 20_000_000,
        deadline: '2027-03-19',
        workName: work.name,
        workStartDate: work.startDate,
        workEndDate: work.endDate,
        issuedAt: new Date(),
      });
      await em.flush();
    }

    it('keep contract numbers unique', async () => {
      await newGuarantee('20075-00001X', 1);
      await expect(newGuarantee('20075-00001X', 2)).rejects.toThrow(/unique|UNIQUE/);
    });

    it('keep yen amounts beyond 32 bits exact', async () => {
      const em = orm.em.fork();
      const work = await em.findOneOrFail(Work, { name: '●●●●工事' });
      work.contractAmount = 9_999_999_999_999;
      await em.flush();
      expect((await orm.em.fork().findOneOrFail(Work, work.id)).contractAmount).toBe(9_999_999_999_999);
    });

    it('refuse a stale write to a guarantee (optimistic version)', async () => {
      await newGuarantee('20075-00002X', 3);
      const first = orm.em.fork();
      const second = orm.em.fork();
      const a = await first.findOneOrFail(Guarantee, { contractNumber: '20075-00002X' });
      const b = await second.findOneOrFail(Guarantee, { contractNumber: '20075-00002X' });
      a.amount = 21_000_000;
      await first.flush();
      b.amount = 22_000_000;
      await expect(second.flush()).rejects.toThrow(OptimisticLockError);
      expect((await orm.em.fork().findOneOrFail(Guarantee, a.id)).amount).toBe(21_000_000);
    });
  });
});

/** Tables, columns, indexes and foreign keys of an SQLite database, as SQLite reports them. */
/** The 工事名 search's trigram index (PostgreSQL) and FTS5 table (SQLite), made by the migrations alone. */
const TRIGRAM = /guarantee_work_name_trigram/;

async function sqliteStructure(orm: MikroORM) {
  const conn = orm.em.getConnection();
  const tables: { name: string }[] = await conn.execute(
    `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'mikro_orm_%' order by name`,
  );
  tables.splice(0, tables.length, ...tables.filter((t) => !TRIGRAM.test(t.name)));
  const structure: Record<string, unknown> = {};
  for (const { name } of tables) {
    const indexes: { name: string; unique: number }[] = await conn.execute(`pragma index_list('${name}')`);
    structure[name] = {
      columns: await conn.execute(`pragma table_info('${name}')`),
      foreignKeys: await conn.execute(`pragma foreign_key_list('${name}')`),
      indexes: await Promise.all(
        indexes
          .sort((a, b) => a.name.localeCompare(b.name))
          .map(async (i) => ({ name: i.name, unique: i.unique, columns: await conn.execute(`pragma index_info('${i.name}')`) })),
      ),
    };
  }
  return structure;
}
