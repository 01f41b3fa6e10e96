import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetInfo } from '../../format/datasetInfo';
import { jsonDocument, type InputDocument } from '../../format/document';
import { displayPath } from '../../format/readFiles';
import { deriveCollectiveActionTech, upstreamInfoSchema } from './derive';
import { readMappings } from './mappings';
import type { DerivationReport } from './report';

/** Where the vendored upstream files live in a data directory. */
export const UPSTREAM_DIR = 'collective-action-tech';

/**
 * Reads the vendored data set of a data directory and derives its document (validated later
 * with the other files of the load). Undefined when the directory holds no copy of it.
 */
export async function readCollectiveActionTech(
  dataDir: string,
  knownIds: ReadonlySet<string> = new Set(),
  actionsFile: string = join(dataDir, UPSTREAM_DIR, 'actions.json'),
): Promise<{ document: InputDocument; report: DerivationReport; info: DatasetInfo } | undefined> {
  try {
    await access(actionsFile);
  } catch {
    return undefined;
  }
  const infoFile = join(dataDir, UPSTREAM_DIR, 'source.json');
  const info = upstreamInfoSchema.safeParse(JSON.parse(await readFile(infoFile, 'utf8')));
  if (!info.success) throw new Error(`${displayPath(infoFile)}: ${info.error.issues[0]?.message ?? 'invalid'}`);
  const file = displayPath(actionsFile);
  const { data, report } = deriveCollectiveActionTech(file, await readFile(actionsFile, 'utf8'), {
    mappings: await readMappings(dataDir),
    info: info.data,
    knownIds,
  });
  // The Dataset node is named after the data set; source.json's id is the source's.
  const { repository, ...about } = info.data;
  return { document: jsonDocument(file, data), report, info: { ...about, id: data.dataset, url: repository } };
}
