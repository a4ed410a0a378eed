/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and says where the time went: self time by package
 * (node_modules/<package>, the app's own modules, Node's internals) and the hottest functions.
 */
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** profiled CPU time, ms */
  totalMs: number;
  byPackage: { name: string; share: number }[];
  functions: { name: string; where: string; share: number }[];
}

/** node_modules/@apollo/server/… → @apollo/server; server/dist/modules/x/… → app: modules/x. */
function packageOf(url: string, functionName: string): string {
  if (!url)
    return functionName === '(garbage collector)' ? '(garbage collector)' : functionName.startsWith('(') ? functionName : '(native)';
  const module = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1];
  const app = /\/(server|schema)\/dist\/((?:modules|common|db)\/[^/]+|[^/]+)/.exec(url);
  if (app) return `app: ${app[1]}/${app[2].replace(/\.js$/, '')}`;
  if (url.startsWith('node:')) return 'node: internals';
  return url.split('/').slice(-2).join('/');
}

/** `fromMs`: leave out the samples of the first milliseconds after the profile began (start-up); idle samples are never counted. */
export function summariseProfile(file: string, { fromMs = 0, top = 15 } = {}): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const hits = new Map<number, number>();
  // Shares of the CPU time used: the samples of a waiting process are left out.
  const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  let elapsedUs = 0;
  let counted = 0;
  profile.samples.forEach((sample, i) => {
    elapsedUs += profile.timeDeltas[i] ?? 0;
    if (elapsedUs < fromMs * 1000 || idle.has(sample)) return;
    hits.set(sample, (hits.get(sample) ?? 0) + 1);
    counted++;
  });
  const total = counted || 1;
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, { where: string; hits: number }>();
  for (const node of profile.nodes) {
    const count = hits.get(node.id) ?? 0;
    if (!count) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const pkg = packageOf(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + count);
    const key = `${functionName || '(anonymous)'}@${url}:${lineNumber}`;
    const entry = byFunction.get(key) ?? { where: `${pkg}${url ? `:${lineNumber + 1}` : ''}`, hits: 0 };
    entry.hits += count;
    byFunction.set(key, entry);
  }
  const share = (count: number) => Math.round((count / total) * 1000) / 10;
  return {
    totalMs: Math.round((profile.endTime - profile.startTime) / 1000 - fromMs),
    byPackage: [...byPackage]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, count]) => ({ name, share: share(count) })),
    functions: [...byFunction]
      .sort((a, b) => b[1].hits - a[1].hits)
      .slice(0, top)
      .map(([key, { where, hits: count }]) => ({ name: key.split('@')[0], where, share: share(count) })),
  };
}
