/* temporary: server CPU per request, sequential, app vs raw (not committed yet) */
import 'reflect-metadata';
import fs from 'node:fs';
import { graphqlBody, signIn } from './lib/graphql';
import { startAppServer, startRawServer } from './lib/processes';
import { applications, deliveryGuarantees, ordererLedger } from './operations';

const dataDir = process.argv[2];
const n = Number(process.argv[3] ?? 200);
const cpu = (pid: number) => {
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10; // ms (USER_HZ 100)
};
async function main() {
  const secretKey = fs.readFileSync(`${dataDir}/secret.key`, 'utf8').trim();
  const app = await startAppServer({
    port: 4601,
    dataDir,
    secretKey,
    nodeArgs: process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/cpuprobe/prof'] : [],
  });
  const raw = await startRawServer({ port: 4602, dataDir, secretKey });
  try {
    const cases = [
      ['contractor guarantees', 'contractor@demo.esurety.jp', deliveryGuarantees, '/lists/guarantees'],
      ['branch guarantees', 'nagano@demo.esurety.jp', deliveryGuarantees, '/lists/guarantees'],
      ['ledger', 'matsumoto@demo.esurety.jp', ordererLedger, '/lists/ledger'],
      ['applications', 'contractor@demo.esurety.jp', applications, '/lists/applications'],
    ] as const;
    for (const [name, email, op, rawPath] of cases.filter((c) => !process.env.ONLY || c[0].startsWith(process.env.ONLY))) {
      const cookie = await signIn(app.url, email);
      const body = graphqlBody(op);
      const headers = { 'content-type': 'application/json', cookie };
      const measure = async (url: string, pid: number) => {
        for (let i = 0; i < 30; i++) await (await fetch(url, { method: 'POST', headers, body })).text();
        const before = cpu(pid);
        for (let i = 0; i < n; i++) await (await fetch(url, { method: 'POST', headers, body })).text();
        return (cpu(pid) - before) / n;
      };
      const a = await measure(`${app.url}/graphql`, app.process.pid!);
      const r = await measure(`${raw.url}${rawPath}`, raw.process.pid!);
      console.log(`${name.padEnd(24)} app ${a.toFixed(2)} ms CPU/req  raw ${r.toFixed(2)} ms  raw/app ${((100 * r) / a).toFixed(0)}%`);
    }
  } finally {
    await app.stop();
    await raw.stop();
  }
}
void main();
