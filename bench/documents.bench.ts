/**
 * How long a warm server takes to make each PDF, against a raw baseline: the same jsPDF page in
 * Helvetica with no Japanese font. Run: pnpm --filter @esurety/bench documents (`--json` prints
 * the figures as JSON: the harness runs it so, pinned to the server's core).
 */
import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { jsPDF } from 'jspdf';
import { certificatePdf } from '../server/src/modules/documents/certificate.pdf';
import { keyNoticePdf } from '../server/src/modules/documents/key-notice.pdf';
import type { Certificate } from '../server/src/modules/guarantees/certificate';
import { GuaranteeKind, CertificateFormat } from '../server/src/modules/guarantees/guarantee-kind';
import type { Guarantee } from '../server/src/modules/guarantees/guarantee.entity';

const certificate: Certificate = {
  kind: GuaranteeKind.ADVANCE_PAYMENT,
  certificateFormat: CertificateFormat.ELECTRONIC,
  changeNumber: 1,
  date: '2026-04-04',
  contractNumber: '35075-00001X',
  contractorAddress: '神奈川県小田原市荻窪300番地',
  contractorName: '〇〇建設株式会社',
  jointVentureMembers: [],
  ordererTitle: '小田原市長',
  amount: 20_000_000,
  deadline: '2027-03-19',
  workName: '道路改良工事',
  contractAmount: 50_000_000,
  workStartDate: '2026-05-07',
  workEndDate: '2027-03-19',
  contractDate: '2026-05-01',
  depositBank: '〇〇銀行　××支店',
  statement: '当社は、前払金保証約款に基づき上記のとおり保証契約を締結し、その責に任じます。',
  guarantorAddress: '東京都中央区八丁堀2丁目27番10号',
  guarantorName: '東日本建設業保証株式会社',
  guarantorRepresentative: '取締役社長　保証 一郎',
  branchName: '神奈川支店',
  branchTel: '045-662-8203',
  branchFax: '0120-027-356',
};

const take = (text: string, length: number) => [...text.repeat(Math.ceil(length / [...text].length))].slice(0, length).join('');
const maximum: Certificate = {
  ...certificate,
  workName: take('令和3年度 5月20日から21日発生5月豪雨災害復旧事業 上戸中条井災害復旧工事【土木一式工事B・C級(市内本店)】', 200),
  contractorName: take('〇〇建設・髙橋建設・山﨑組特定建設工事共同企業体', 199),
  jointVentureMembers: [take('〇〇建設株式会社', 100), take('髙橋建設株式会社', 100)],
  depositBank: take('〇〇銀行　××支店', 100),
};

const guarantee = {
  kind: GuaranteeKind.ADVANCE_PAYMENT,
  contractNumber: certificate.contractNumber,
  workName: certificate.workName,
  work: { jointVentureName: null, jointVentureMembers: [] },
  contractor: { name: '〇〇建設株式会社' },
  branch: { name: '神奈川支店', tel: '045-662-8203', fax: '0120-027-356', guarantor: { name: '東日本建設業保証株式会社' } },
} as unknown as Guarantee;

const randomKey = () => Math.random().toString(36).slice(2, 14).padEnd(12, 'x');
let kanji = 0x4e00;
const unseenKanji = () => String.fromCharCode(kanji++, kanji++);

function baseline(): Buffer {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.setFont('helvetica').setFontSize(11);
  for (let i = 0; i < 20; i++) doc.text(`Line ${i}: guarantee 35075-00001X amount 20,000,000 JPY`, 20, 20 + i * 8);
  return Buffer.from(doc.output('arraybuffer'));
}

async function measure(name: string, make: () => Promise<Buffer> | Buffer, runs = 60) {
  // Warm up: the fonts are read and cut once, and V8 optimises the hot code (5 runs were not enough).
  for (let i = 0; i < 40; i++) await make();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    size = (await make()).length;
    const cpu = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const median = times[Math.floor(runs / 2)];
  const p95 = times[Math.floor(runs * 0.95)];
  // CPU time of this process: what the document costs, whatever else the machine runs meanwhile.
  const cpu = cpuTimes[Math.floor(runs / 2)];
  return { name, median, p95, cpu, size };
}

export interface DocumentTiming {
  name: string;
  /** Wall time, ms. */
  median: number;
  p95: number;
  /** CPU time of the process, ms (wall times need an idle machine). */
  cpu: number;
  /** Bytes. */
  size: number;
}

export async function measureDocuments(runs = 40): Promise<DocumentTiming[]> {
  return [
    await measure('raw baseline (Helvetica, no Japanese font)', baseline, runs),
    // A new key each time: the characters stay the same, so the font cut is reused.
    await measure(
      'key notice (認証キーのお知らせ)',
      () => keyNoticePdf(guarantee, randomKey(), '2026-04-04', 'https://esurety.example.jp'),
      runs,
    ),
    await measure('certificate (保証証書, 閲覧用)', () => certificatePdf(certificate), runs),
    // A work name never seen before each time: the font is cut anew for every document.
    await measure(
      'certificate, new characters every time',
      () => certificatePdf({ ...certificate, workName: `道路改良工事${unseenKanji()}` }),
      runs,
    ),
    // A JV with Korean and Chinese partners: three fonts in one document.
    await measure(
      'certificate, JV with foreign partners',
      () =>
        certificatePdf({
          ...certificate,
          contractorName: '〇〇・현대・中建特定建設工事共同企業体',
          jointVentureMembers: ['〇〇建設株式会社', '현대건설 주식회사', '中建三局集团有限公司'],
        }),
      runs,
    ),
    // Every field at its allowed maximum (工事名 200, JV名 199, two members of 100, 預託金融機関 100).
    await measure('certificate, every field at its maximum', () => certificatePdf(maximum), runs),
  ];
}

async function main() {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 40);
  const results = await measureDocuments(runs);
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(results));
    return;
  }
  const base = results[0].median;
  const baseCpu = results[0].cpu;
  console.log(`load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores (wall times need an idle machine)`);
  console.log(
    'document                                     median    p95   cpu median   size    vs baseline  (budget: median ≤ 25 ms, ≤ 50 KB)',
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(44)} ${r.median.toFixed(1).padStart(6)} ms ${r.p95.toFixed(1).padStart(6)} ms ${r.cpu.toFixed(1).padStart(6)} ms ${(r.size / 1024).toFixed(1).padStart(6)} KB  ×${(r.median / base).toFixed(1)} (cpu ×${(r.cpu / baseCpu).toFixed(1)})`,
    );
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
