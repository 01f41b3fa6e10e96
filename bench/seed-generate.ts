// Writes a generated data set in the seed's JSON format: the seed's generated graph (see
// generateDataset in the seed package) with dated collective actions added (actions-generate.ts):
//
//   npx tsx bench/seed-generate.ts --nodes 100000 [--seed 1] [--out file.json]
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateDataset as generateGraph, type GenerateOptions, type GeneratedDocument } from '@faire-collectif/seed';
import { actionNodeCounts, addCollectiveActions } from './actions-generate';

export type { GenerateOptions, GeneratedDocument } from '@faire-collectif/seed';

/** A graph of `nodes` nodes in all, of which about 5% are dated collective actions, their companies and struggles. */
export function generateDataset(options: GenerateOptions): GeneratedDocument {
  const total = Math.max(100, Math.floor(options.nodes));
  const counts = actionNodeCounts(total);
  const rest = Math.max(100, total - counts.actions - counts.companies - counts.struggles);
  const seed = options.seed ?? 1;
  return addCollectiveActions(generateGraph({ ...options, nodes: rest, seed }), { total, seed });
}

async function main(argv: string[]): Promise<void> {
  const flag = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const document = generateDataset({ nodes: Number(flag('nodes') ?? 1000), seed: Number(flag('seed') ?? 1) });
  const text = JSON.stringify(document);
  const out = flag('out');
  if (out) await writeFile(out, text);
  else process.stdout.write(`${text}\n`);
  process.stderr.write(`${document.nodes.length} nodes, ${document.relationships.length} relationships\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
