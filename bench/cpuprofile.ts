// Sums a V8 .cpuprofile (from `npm run bench -- --cpu-prof`) by package and by function, to see
// where a GraphQL server spends its CPU under load.
//
//   npx tsx bench/cpuprofile.ts <file.cpuprofile> [--top 25]
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which package (or part of the repository) a script URL belongs to. */
export function packageOf(url: string): string {
  if (url === '') return '(native / V8)';
  if (url.startsWith('node:')) return 'node (core)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const repo = /\/(api|seed|neo4j|bench|web)\/src\//.exec(url) ?? /\/(bench)\//.exec(url);
  return repo ? `${repo[1]} (this repository)` : url.replace(/^file:\/\//, '');
}

function summarise(profile: CpuProfile, top: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const delta = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    total += delta;
    const { functionName, url, lineNumber } = node.callFrame;
    const pkg =
      functionName === '(idle)'
        ? '(idle)'
        : functionName === '(garbage collector)'
          ? '(garbage collector)'
          : packageOf(url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + delta);
    const name = `${functionName || '(anonymous)'}  ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
  });
  const busy = total - (byPackage.get('(idle)') ?? 0);
  const line = (name: string, micros: number) =>
    `${(micros / 1000).toFixed(0).padStart(8)} ms ${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${name}`;
  const sorted = (map: Map<string, number>) =>
    [...map.entries()].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]);
  return [
    `Profile: ${(total / 1e6).toFixed(1)} s, busy ${(busy / 1e6).toFixed(1)} s (${((100 * busy) / total).toFixed(0)}%); shares below are of busy time.`,
    '',
    'Self time by package:',
    ...sorted(byPackage)
      .slice(0, top)
      .map(([name, micros]) => line(name, micros)),
    '',
    'Self time by function:',
    ...sorted(byFunction)
      .slice(0, top)
      .map(([name, micros]) => line(name, micros)),
  ].join('\n');
}

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: { top: { type: 'string', default: '25' } },
  allowPositionals: true,
});
if (positionals.length === 0) {
  console.error('Usage: npx tsx bench/cpuprofile.ts <file.cpuprofile> [--top 25]');
  process.exit(2);
}
for (const file of positionals) {
  console.log(`# ${file}\n${summarise(JSON.parse(await readFile(file, 'utf8')) as CpuProfile, Number(values.top))}\n`);
}
