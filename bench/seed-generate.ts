// Writes a generated data set in the seed's JSON format (see generateDataset in the seed package):
//
//   npx tsx bench/seed-generate.ts --nodes 100000 [--seed 1] [--out file.json]
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateDataset } from '@faire-collectif/seed';

export { generateDataset, type GenerateOptions, type GeneratedDocument } from '@faire-collectif/seed';

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
