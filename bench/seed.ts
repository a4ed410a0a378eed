/**
 * Seeds a database for the benchmarks: the demo organisations and accounts, then `--guarantees`
 * guarantees (100,000 by default; 1,000,000 on request) with their works, applications, items,
 * electronic issuances (certificate snapshots), keys and the orderers' views, spread over six
 * years, in batched inserts through the ORM's own mapping (`em.insertMany`: the app's column
 * types and names, no unit of work). 〇〇建設株式会社 (contractor@demo.esurety.jp) holds about half
 * of them; the rest belong to 300 other contractors, some in joint ventures.
 *
 *   pnpm --filter @esurety/bench seed [--guarantees 100000] [--data-dir DIR] [--force]
 *   DATABASE_URL=postgresql://… pnpm --filter @esurety/bench seed …   (an empty database)
 *
 * Writes DIR/dataset.json (what was seeded, the scope sizes), DIR/secret.key (the SECRET_KEY the
 * server must run with) and DIR/keys.json (contract numbers and 認証キー of 2,000 active
 * electronic guarantees, for the verification benchmark). SQLite: DIR/esurety.sqlite.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import pg from 'pg';
import { corporateNumberCheckDigit, formatContractNumber, matchingKey } from '@esurety/schema';
import { loadConfig } from '../server/src/config';
import { deriveKeyring, type Keyring } from '../server/src/common/secrets';
import { openDatabase, type EntityManager, type Orm } from '../server/src/db/orm';
import { seedDemoData } from '../server/src/db/seeders/demo';
import { ApplicationItem, ApplicationStatus, GuaranteeApplication } from '../server/src/modules/applications/guarantee-application.entity';
import { authKeyHmac, encryptAuthKey, generateAuthKey } from '../server/src/modules/guarantees/auth-keys';
import { certificateOf } from '../server/src/modules/guarantees/certificate';
import { ElectronicIssuance, IssuanceKind } from '../server/src/modules/guarantees/electronic-issuance.entity';
import { CertificateFormat, FeePaymentMethod, GuaranteeKind } from '../server/src/modules/guarantees/guarantee-kind';
import { Guarantee, GuaranteeStatus } from '../server/src/modules/guarantees/guarantee.entity';
import { Branch } from '../server/src/modules/organisations/branch.entity';
import { Contractor } from '../server/src/modules/organisations/contractor.entity';
import { ElectronicGuaranteeRule, Orderer } from '../server/src/modules/organisations/orderer.entity';
import { OrdererView } from '../server/src/modules/verification/orderer-view.entity';
import { Work } from '../server/src/modules/works/work.entity';
import {
  BANKS,
  BRANCH_OF,
  CONTRACTOR_STEMS,
  CONTRACTOR_TRADES,
  FACILITIES,
  ORDERERS,
  PREFECTURE_NAMES,
  REPRESENTATIVE_NAMES,
  REVOCATION_REASONS,
  TOWNS,
  WORK_TYPES,
  certificateTitleOf,
  type Prefecture,
} from './lib/vocabulary';

/** Bump when the generated data changes shape: datasets of another version are seeded again. */
export const DATASET_VERSION = 1;
const YEARS = 6;
const DAY = 86_400_000;
const BATCH_WORKS = 1_000;
const ROWS_PER_INSERT = 400;
const KEYS_KEPT = 2_000;

export interface Dataset {
  version: number;
  database: 'sqlite' | 'postgresql';
  guarantees: number;
  seededAt: string;
  seconds: number;
  /** rows in each scope the list benchmarks read */
  scopes: { contractorGuarantees: number; branchGuarantees: number; ordererLedger: number; contractorApplications: number };
}

/** A small seeded generator (mulberry32): the same data on every run. */
function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

const isoDate = (ms: number) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 10); // JST day
const roundYen = (yen: number, unit = 1_000) => Math.max(unit, Math.floor(yen / unit) * unit);

interface Org {
  contractors: Contractor[];
  main: Contractor;
  second: Contractor;
  orderers: { orderer: Orderer; prefecture: Prefecture; weight: number }[];
  /** Each prefecture's branches, the demo's first (長野支店, 神奈川支店). */
  branches: Record<Prefecture, Branch[]>;
}

/**
 * A 保証契約番号's serial has five digits (schema/src/contract-number.ts): a branch issues at most
 * 99,999. A large dataset is spread over more branches of each prefecture, at most this many each.
 */
const GUARANTEES_PER_BRANCH = 80_000;

const EXTRA_BRANCH_TOWNS: Record<Prefecture, string[]> = {
  nagano: ['松本', '上田', '飯田', '諏訪', '佐久', '伊那', '大町', '中野'],
  kanagawa: ['横浜', '川崎', '相模原', '横須賀', '藤沢', '平塚', '厚木', '大和'],
};

async function organisations(em: EntityManager, random: ReturnType<typeof generator>, guarantees: number): Promise<Org> {
  const main = await em.findOneOrFail(Contractor, { name: '〇〇建設株式会社' });
  const second = await em.findOneOrFail(Contractor, { name: '△△工業株式会社' });
  // Neither prefecture takes more than 70% of the guarantees (see pickOrderer's weights).
  const perPrefecture = Math.ceil((guarantees * 0.7) / GUARANTEES_PER_BRANCH);
  const branches = {} as Record<Prefecture, Branch[]>;
  for (const prefecture of ['nagano', 'kanagawa'] as const) {
    const demo = await em.findOneOrFail(Branch, { officeCode: BRANCH_OF[prefecture] }, { populate: ['guarantor'] });
    const towns = EXTRA_BRANCH_TOWNS[prefecture];
    if (perPrefecture - 1 > towns.length) throw new Error(`--guarantees: at most ${(towns.length + 1) * GUARANTEES_PER_BRANCH} here`);
    const extra = towns.slice(0, perPrefecture - 1).map((town, i) =>
      em.create(Branch, {
        guarantor: demo.guarantor,
        officeCode: String(Number(demo.officeCode) + i + 1),
        name: `${town}支店`,
        address: `${PREFECTURE_NAMES[prefecture]}${town}市中央1丁目1番1号`,
        tel: demo.tel,
        fax: demo.fax,
        email: `${prefecture}-${i + 1}@branches.example.jp`,
      }),
    );
    branches[prefecture] = [demo, ...extra];
  }

  const contractors: Contractor[] = [];
  const names = new Set<string>();
  for (let i = 0; contractors.length < 300; i++) {
    const stem = random.pick(CONTRACTOR_STEMS);
    const trade = random.pick(CONTRACTOR_TRADES);
    let name = random.chance(0.5) ? `株式会社${stem}${trade}` : `${stem}${trade}株式会社`;
    if (random.chance(0.08)) name = `有限会社${stem}${trade}`;
    if (names.has(name)) name = `${name.replace('株式会社', '')}第${i}株式会社`;
    if (names.has(name)) continue;
    names.add(name);
    const prefecture: Prefecture = random.chance(0.55) ? 'nagano' : 'kanagawa';
    const city = random.pick(ORDERERS.filter((o) => o.prefecture === prefecture && !o.name.endsWith('県'))).name;
    const base = String(4_000_000_000_00 + i * 7919 + random.int(0, 7000))
      .padStart(12, '0')
      .slice(-12);
    contractors.push(
      new Contractor({
        name,
        address: `${PREFECTURE_NAMES[prefecture]}${city}${random.pick(TOWNS)}${random.int(1, 5)}丁目${random.int(1, 30)}番${random.int(1, 20)}号`,
        corporateNumber: `${corporateNumberCheckDigit(base)}${base}`,
        representative: `代表取締役 ${random.pick(REPRESENTATIVE_NAMES)}`,
      }),
    );
  }
  em.persist(contractors);

  const byName = new Map((await em.find(Orderer, {})).map((o) => [o.name, o]));
  const orderers: Org['orderers'] = [
    { orderer: byName.get('松本市')!, prefecture: 'nagano', weight: 10 },
    { orderer: byName.get('小田原市')!, prefecture: 'kanagawa', weight: 6 },
    { orderer: byName.get('塩尻市')!, prefecture: 'nagano', weight: 2 },
  ];
  for (const { name, prefecture } of ORDERERS) {
    const orderer = em.create(Orderer, {
      name,
      certificateTitle: certificateTitleOf(name),
      acceptsElectronic: !random.chance(0.15),
      electronicFrom: '2021-04-01',
      electronicRule: ElectronicGuaranteeRule.ANNOUNCED_OR_NOMINATED_FROM,
      electronicRuleDescription: `令和3年4月1日以降に公告又は指名する${name}発注の工事`,
    });
    orderers.push({ orderer, prefecture, weight: name.endsWith('県') ? 9 : 2 });
  }
  await em.flush();
  return { contractors, main, second, orderers, branches };
}

/** What one batch inserts, table by table, in foreign-key order. */
interface Batch {
  works: Record<string, unknown>[];
  applications: Record<string, unknown>[];
  items: Record<string, unknown>[];
  guarantees: Record<string, unknown>[];
  issuances: Record<string, unknown>[];
  views: Record<string, unknown>[];
}

async function insertBatch(em: EntityManager, batch: Batch) {
  await em.transactional(async (tx) => {
    const insert = async (entity: Parameters<EntityManager['insertMany']>[0], rows: Record<string, unknown>[]) => {
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await tx.insertMany(entity, rows.slice(i, i + ROWS_PER_INSERT) as never[]);
    };
    await insert(Work, batch.works);
    await insert(GuaranteeApplication, batch.applications);
    await insert(ApplicationItem, batch.items);
    await insert(Guarantee, batch.guarantees);
    await insert(ElectronicIssuance, batch.issuances);
    await insert(OrdererView, batch.views);
  });
}

export async function seed(options: { guarantees: number; dataDir: string; databaseUrl?: string; quiet?: boolean }): Promise<Dataset> {
  const started = Date.now();
  fs.mkdirSync(options.dataDir, { recursive: true });
  const secretFile = path.join(options.dataDir, 'secret.key');
  if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, randomBytes(32).toString('base64'), { mode: 0o600 });
  const secretKey = fs.readFileSync(secretFile, 'utf8').trim();
  const config = loadConfig({
    DATA_DIR: options.dataDir,
    SECRET_KEY: secretKey,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
  });
  const keyring: Keyring = deriveKeyring(Buffer.from(secretKey, 'base64'));
  const orm: Orm = await openDatabase(config.database);
  try {
    const em = orm.em.fork();
    if ((await em.count(Guarantee)) > 0) throw new Error('the database has guarantees already: seed an empty one');
    await seedDemoData(orm.em.fork());
    const random = generator(20261130);
    const org = await organisations(orm.em.fork(), random, options.guarantees);
    const totalWeight = org.orderers.reduce((sum, o) => sum + o.weight, 0);
    const pickOrderer = () => {
      let r = random.next() * totalWeight;
      for (const o of org.orderers) if ((r -= o.weight) < 0) return o;
      return org.orderers[0];
    };
    // A few contractors win most works: a skewed pick among the 300.
    const pickContractor = () => {
      const r = random.next();
      if (r < 0.5) return org.main;
      if (r < 0.55) return org.second;
      return org.contractors[Math.floor(Math.pow(random.next(), 2) * org.contractors.length)];
    };

    const bar = options.quiet
      ? null
      : new SingleBar(
          {
            format: 'seeding {bar} {percentage}% | {value}/{total} guarantees | {eta_formatted} left',
            etaBuffer: 20,
            // Not a terminal (a log, CI): a line every 10 s instead of the bar.
            noTTYOutput: true,
            notTTYSchedule: 10_000,
          },
          Presets.shades_classic,
        );
    bar?.start(options.guarantees, 0);

    const now = Date.now();
    const start = now - YEARS * 365 * DAY;
    const serials: Record<string, number> = Object.fromEntries(
      [...org.branches.nagano, ...org.branches.kanagawa].map((b) => [b.officeCode, 0]),
    );
    const keys: { contractNumber: string; authKey: string }[] = [];
    const keyEvery = Math.max(1, Math.floor(options.guarantees / (KEYS_KEPT * 1.6)));
    const scopes = { contractorGuarantees: 0, branchGuarantees: 0, ordererLedger: 0, contractorApplications: 0 };
    const matsumoto = org.orderers[0].orderer;
    let made = 0;
    let electronicCount = 0;

    while (made < options.guarantees) {
      const batch: Batch = { works: [], applications: [], items: [], guarantees: [], issuances: [], views: [] };
      for (let w = 0; w < BATCH_WORKS && made < options.guarantees; w++) {
        // Issued in time order, so that serials grow with the dates as a branch's do.
        const issuedAtMs = Math.min(now - 3_600_000, start + ((made + random.next()) / options.guarantees) * (now - start));
        const { orderer, prefecture } = pickOrderer();
        const contractor = pickContractor();
        const ofPrefecture = org.branches[prefecture];
        const branch = ofPrefecture[made % ofPrefecture.length];
        const town = random.pick(TOWNS);
        const contractDateMs = issuedAtMs - random.int(2, 20) * DAY;
        const startMs = contractDateMs + random.int(1, 14) * DAY;
        const endMs = startMs + random.int(90, 720) * DAY;
        const contractAmount = roundYen(Math.exp(Math.log(3e6) + random.next() * (Math.log(1.5e9) - Math.log(3e6))));
        const jointVenture = random.chance(0.08) ? random.pick(org.contractors.filter((c) => c !== contractor)) : null;
        const workName = `${FACILITIES[random.int(0, FACILITIES.length - 1)](town, random.int(1, 480))}${random.pick(WORK_TYPES)}${random.chance(0.2) ? `（その${random.int(2, 5)}）` : ''}`;
        const work = {
          id: randomUUID(),
          createdAt: new Date(contractDateMs),
          updatedAt: new Date(contractDateMs),
          name: workName,
          // insertMany runs no entity hooks: the matching key the hooks keep is filled here.
          nameKey: matchingKey(workName),
          location: `${PREFECTURE_NAMES[prefecture]}${orderer.name.endsWith('県') ? '' : orderer.name}${town}地内`,
          orderer: orderer.id,
          contractor: contractor.id,
          jointVentureName: jointVenture
            ? `${contractor.name.replace(/株式会社|有限会社/g, '')}・${jointVenture.name.replace(/株式会社|有限会社/g, '')}特定建設工事共同企業体`
            : null,
          jointVentureMembers: jointVenture
            ? [
                { name: contractor.name, address: contractor.address },
                { name: jointVenture.name, address: jointVenture.address },
              ]
            : [],
          contractAmount,
          contractDate: isoDate(contractDateMs),
          startDate: isoDate(startMs),
          endDate: isoDate(endMs),
          announcedOn: isoDate(contractDateMs - random.int(20, 60) * DAY),
          nominatedOn: null,
          electronicAllowedByOrderer: true,
        };
        batch.works.push(work);

        // An application per work; one in ten never became a guarantee (draft, sent, returned, withdrawn).
        const issued = !random.chance(0.1) || issuedAtMs > now - 2 * DAY;
        const kinds = [GuaranteeKind.ADVANCE_PAYMENT];
        if (random.chance(0.45)) kinds.push(GuaranteeKind.CONTRACT);
        if (random.chance(0.08)) kinds.push(GuaranteeKind.INTERMEDIATE_ADVANCE_PAYMENT);
        const format = orderer.acceptsElectronic && random.chance(0.75) ? CertificateFormat.ELECTRONIC : CertificateFormat.PAPER;
        const submittedMs = issuedAtMs - random.int(1, 5) * DAY;
        const status = issued
          ? ApplicationStatus.ISSUED
          : random.pick([ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, ApplicationStatus.WITHDRAWN]);
        const application = {
          id: randomUUID(),
          createdAt: new Date(submittedMs - DAY),
          updatedAt: new Date(issued ? issuedAtMs : submittedMs),
          contractor: contractor.id,
          work: work.id,
          workDraft: null,
          orderer: orderer.id,
          status,
          destinationBranch: branch.id,
          issuanceNoticeWanted: false,
          contactName: random.pick(REPRESENTATIVE_NAMES),
          contactPhone: `0${random.int(260, 469)}-${random.int(10, 99)}-${random.int(1000, 9999)}`,
          submittedAt: status === ApplicationStatus.DRAFT ? null : new Date(submittedMs),
          returnedAt: status === ApplicationStatus.RETURNED ? new Date(submittedMs + DAY) : null,
          messageFromBranch: status === ApplicationStatus.RETURNED ? '保証金額をご確認のうえ、再度お申し込みください。' : null,
          issuedAt: issued ? new Date(issuedAtMs) : null,
          withdrawnAt: status === ApplicationStatus.WITHDRAWN ? new Date(submittedMs + DAY) : null,
          version: issued ? 3 : 2,
        };
        batch.applications.push(application);
        if (contractor === org.main) scopes.contractorApplications++;

        const amountOf = (kind: GuaranteeKind) =>
          roundYen(contractAmount * (kind === GuaranteeKind.ADVANCE_PAYMENT ? 0.4 : kind === GuaranteeKind.CONTRACT ? 0.1 : 0.2));
        for (const kind of kinds) {
          batch.items.push({
            id: randomUUID(),
            createdAt: application.createdAt,
            updatedAt: application.createdAt,
            application: application.id,
            kind,
            certificateFormat: format,
            currentYearTargetAmount: kind === GuaranteeKind.CONTRACT ? null : contractAmount,
            amount: amountOf(kind),
            depositBank: kind === GuaranteeKind.ADVANCE_PAYMENT ? random.pick(BANKS) : null,
            redeposit: kind === GuaranteeKind.ADVANCE_PAYMENT ? false : null,
            feePaymentMethod: FeePaymentMethod.LUMP_SUM,
            feeBillingParty: null,
            feeStatementWanted: false,
          });
        }
        if (!issued) continue;

        for (const kind of kinds) {
          if (made >= options.guarantees) break;
          made++;
          const serial = ++serials[branch.officeCode];
          const contractNumber = formatContractNumber(branch.officeCode, serial);
          const electronic = format === CertificateFormat.ELECTRONIC;
          const revoked = random.chance(0.02);
          const changed = electronic && !revoked && random.chance(0.1);
          const issuedAt = new Date(issuedAtMs);
          const guarantee = {
            id: randomUUID(),
            createdAt: issuedAt,
            updatedAt: issuedAt,
            contractNumber,
            serial,
            kind,
            certificateFormat: format,
            status: revoked ? GuaranteeStatus.REVOKED : GuaranteeStatus.ACTIVE,
            application: application.id,
            work: work.id,
            contractor: contractor.id,
            orderer: orderer.id,
            branch: branch.id,
            amount: amountOf(kind),
            deadline: work.endDate,
            workName: work.name,
            workNameKey: work.nameKey,
            workStartDate: work.startDate,
            workEndDate: work.endDate,
            depositBank: kind === GuaranteeKind.ADVANCE_PAYMENT ? random.pick(BANKS) : null,
            authKeyHmac: null as string | null,
            authKeyCiphertext: null as string | null,
            issuedAt,
            revokedAt: revoked ? new Date(Math.min(now - DAY, issuedAtMs + random.int(30, 300) * DAY)) : null,
            revocationReason: revoked ? random.pick(REVOCATION_REASONS) : null,
            version: 1,
          };
          if (contractor === org.main) scopes.contractorGuarantees++;
          if (branch === org.branches.nagano[0]) scopes.branchGuarantees++;
          if (electronic) {
            electronicCount++;
            const authKey = generateAuthKey();
            guarantee.authKeyHmac = authKeyHmac(keyring, contractNumber, authKey);
            guarantee.authKeyCiphertext = encryptAuthKey(keyring, contractNumber, authKey);
            if (!revoked && keys.length < KEYS_KEPT && electronicCount % keyEvery === 0) keys.push({ contractNumber, authKey });
            // The certificate as issued, then (for some) a 変更 1 and (for the revoked) the 取消.
            const certificateOfNow = (at: number, changeNumber: number | null) =>
              certificateOf(
                {
                  ...guarantee,
                  status: GuaranteeStatus.ACTIVE,
                  work: { ...work, jointVentureMembers: work.jointVentureMembers },
                  contractor,
                  orderer,
                  branch,
                } as unknown as Guarantee,
                isoDate(at),
                changeNumber,
              );
            const entry = (
              sequence: number,
              kindOf: IssuanceKind,
              at: number,
              changeNumber: number | null,
              note: string | null = null,
            ) => ({
              id: randomUUID(),
              createdAt: new Date(at),
              updatedAt: new Date(at),
              guarantee: guarantee.id,
              sequence,
              kind: kindOf,
              changeNumber,
              issuedAt: new Date(at),
              certificate: certificateOfNow(at, changeNumber),
              hiddenReason: null,
              corrects: null,
              issuedBy: null,
              note,
            });
            batch.issuances.push(entry(1, IssuanceKind.NEW, issuedAtMs, null));
            if (changed) {
              const changedMs = Math.min(now - DAY, issuedAtMs + random.int(30, 200) * DAY);
              guarantee.amount = roundYen(guarantee.amount * 1.1);
              guarantee.version = 2;
              guarantee.updatedAt = new Date(changedMs);
              batch.issuances.push(entry(2, IssuanceKind.CHANGE, changedMs, 1));
            }
            if (revoked) {
              guarantee.version = 2;
              guarantee.updatedAt = guarantee.revokedAt!;
              const revocation = entry(2, IssuanceKind.REVOCATION, guarantee.revokedAt!.getTime(), null, guarantee.revocationReason);
              revocation.certificate = { ...revocation.certificate, revokedOn: isoDate(guarantee.revokedAt!.getTime()) };
              batch.issuances.push(revocation);
            }
            // Most electronic guarantees were opened by their orderer on the verification service.
            if (issuedAtMs < now - 3 * DAY && random.chance(0.7)) {
              const first = Math.min(now - DAY, issuedAtMs + random.int(1, 30) * DAY);
              const last = Math.min(now - 3_600_000, first + random.int(0, 90) * DAY);
              batch.views.push({
                id: randomUUID(),
                createdAt: new Date(first),
                updatedAt: new Date(last),
                guarantee: guarantee.id,
                firstViewedAt: new Date(first),
                lastViewedAt: new Date(last),
                viewCount: random.int(1, 5),
              });
              if (orderer === matsumoto) scopes.ordererLedger++;
            }
          }
          batch.guarantees.push(guarantee);
        }
      }
      await insertBatch(orm.em.fork(), batch);
      bar?.update(made);
    }
    bar?.stop();

    // Issuance goes on from the last serial the seed gave each branch.
    for (const [officeCode, serial] of Object.entries(serials)) {
      await orm.em.fork().nativeUpdate(Branch, { officeCode }, { lastSerial: serial });
    }
    // Fresh statistics for the query planners, and on PostgreSQL the visibility map and hint bits
    // autovacuum keeps in a database in use (without them no count is an index-only scan).
    await orm.em.getConnection().execute(config.database.kind === 'postgresql' ? 'vacuum analyze' : 'analyze');
    // Everything in the database file itself (not in SQLite's write-ahead log): runs copy the file.
    if (config.database.kind === 'sqlite') await orm.em.getConnection().execute('pragma wal_checkpoint(truncate)');

    fs.writeFileSync(path.join(options.dataDir, 'keys.json'), `${JSON.stringify(keys)}\n`);
    const dataset: Dataset = {
      version: DATASET_VERSION,
      database: config.database.kind,
      guarantees: options.guarantees,
      seededAt: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 100) / 10,
      scopes,
    };
    fs.writeFileSync(path.join(options.dataDir, 'dataset.json'), `${JSON.stringify(dataset, null, 2)}\n`);
    return dataset;
  } finally {
    await orm.close(true);
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      guarantees: { type: 'string', default: '100000' },
      'data-dir': { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const guarantees = Number(values.guarantees);
  if (!Number.isInteger(guarantees) || guarantees < 1) throw new Error('--guarantees: a positive whole number');
  const server = process.env.DATABASE_URL;
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir(guarantees, server ? 'postgresql' : 'sqlite'));
  if (values.force && !server) fs.rmSync(dataDir, { recursive: true, force: true });
  // On PostgreSQL, into the database of its own that `all` runs on (made anew), never DATABASE_URL's own.
  const databaseUrl = server && (await createBenchDatabase(server, guarantees));
  const dataset = await seed({ guarantees, dataDir, databaseUrl });
  console.log(
    `Seeded ${dataset.guarantees} guarantees in ${dataset.seconds} s into ${databaseUrl ? `PostgreSQL, ${databaseUrl}` : dataDir}`,
  );
  console.log(`Scopes: ${JSON.stringify(dataset.scopes)}`);
  console.log(
    `Start the server on it with SECRET_KEY from ${path.join(dataDir, 'secret.key')}${databaseUrl ? ` and DATABASE_URL=${databaseUrl}` : ` and DATA_DIR=${dataDir}`}.`,
  );
}

/** The PostgreSQL database a dataset of `guarantees` is seeded in, on the server of `server` (a URL). */
export function benchDatabase(server: string, guarantees: number): { name: string; url: string } {
  const name = `esurety_bench_${guarantees}`;
  return { name, url: withDatabase(server, name) };
}

/** `url` with its database replaced by `name`. */
export function withDatabase(url: string, name: string): string {
  const copy = new URL(url);
  copy.pathname = `/${name}`;
  return copy.href;
}

/** Drops and creates the dataset's database (benchDatabase) and answers its URL. */
export async function createBenchDatabase(server: string, guarantees: number): Promise<string> {
  const { name, url } = benchDatabase(server, guarantees);
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return url;
}

/** Where a seeded dataset lives unless told otherwise (kept across runs, not committed). */
export function defaultDataDir(guarantees: number, database: 'sqlite' | 'postgresql') {
  return path.join(__dirname, '.data', `${database}-${guarantees}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
