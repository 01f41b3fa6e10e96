import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { displayPath } from './readFiles';

/**
 * What a data set is, for its `Dataset` node: the record a reader needs to cite and trust it.
 * A data set of the project's format describes itself in `seed/data/about/<name>.json`; one
 * derived from an upstream copy takes it from that copy's `source.json`.
 */
export const datasetInfoSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  title: z.string().trim().min(1),
  authors: z.array(z.string().trim().min(1)).min(1),
  publisher: z.string().trim().min(1).optional(),
  version: z.string().trim().min(1).optional(),
  licence: z.string().trim().min(1).optional(),
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/)
    .optional(),
  commit: z
    .string()
    .regex(/^[0-9a-f]{40}$/)
    .optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  citation: z.string().trim().min(1),
});
export type DatasetInfo = z.output<typeof datasetInfoSchema>;

export const ABOUT_DIR = 'about';

/** The `about/*.json` files of a data directory (none when it has no such folder). */
export async function readDatasetInfos(dataDir: string): Promise<DatasetInfo[]> {
  const dir = join(dataDir, ABOUT_DIR);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      const result = datasetInfoSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new Error(`${displayPath(path)}: .${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
      }
      return result.data;
    }),
  );
}
