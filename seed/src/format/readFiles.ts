import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsvDocument, type CsvOptions } from '../csv/parseCsv';
import { parseJsonDocument, type InputDocument } from './document';

/** `seed/data`: the data sets `npm run seed` and `npm start` load. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** How a path is shown in messages: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const absolute = resolve(path);
  const shown = relative(process.cwd(), absolute);
  return shown === '' || shown.startsWith('..') ? absolute : shown;
}

/**
 * Reads data files into documents: `.csv` as one file of a CSV pair, anything else as JSON in
 * the seed format. A file that cannot be read becomes a document with that problem.
 */
export async function readInputFiles(paths: readonly string[], options: CsvOptions = {}): Promise<InputDocument[]> {
  return Promise.all(
    paths.map(async (path) => {
      const file = displayPath(path);
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        return {
          file,
          dataset: undefined,
          records: [],
          issues: [{ file, path: '', message: `cannot read: ${(error as Error).message}` }],
        };
      }
      return extname(path).toLowerCase() === '.csv'
        ? parseCsvDocument(file, text, options)
        : parseJsonDocument(file, text);
    }),
  );
}

/** The `*.json` data files of a directory, in name order. */
export async function dataFilesIn(dir: string = DEFAULT_DATA_DIR): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  return names.map((name) => join(dir, name));
}
