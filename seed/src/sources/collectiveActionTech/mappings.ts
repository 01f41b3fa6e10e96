import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ORGANISATION_KINDS, RELATIONSHIP_TYPES } from '../../model/graphModel';

/**
 * The reviewed tables the derivation reads (seed/data/mappings/): what each controlled value,
 * place, company and organising group of the data set becomes in the graph. They are data, not
 * code, so a reviewer can read and change them without reading the derivation.
 */

const text = z.string().trim().min(1);
const term = z.strictObject({ id: text, nameEn: text, nameFr: text });

const vocabularySchema = z.object({
  forms: z.record(z.string(), term),
  struggles: z.record(z.string(), term),
  employmentTypes: z.record(z.string(), term),
  notStated: z.array(z.string()),
  tagSpellings: z.record(z.string(), z.string()),
});

const placesSchema = z.object({
  countries: z.record(z.string(), z.string().regex(/^[A-Z]{2}$/)),
  notCountries: z.array(z.string()),
});

const companiesSchema = z.object({
  spellings: z.record(z.string(), z.string()),
  names: z.record(z.string(), text),
});

const groupSchema = z.strictObject({
  key: text,
  tag: text.optional(),
  id: z.string().regex(/^org:[a-z0-9][a-z0-9-]*$/),
  sameAs: text.optional(),
  nameEn: text,
  aliases: z.array(text),
  patterns: z.array(text).min(1),
  kind: z.enum(ORGANISATION_KINDS).optional(),
  kindNote: text.optional(),
});

const linksSchema = z.object({
  links: z.array(z.strictObject({ dataset: text, type: z.enum(RELATIONSHIP_TYPES), from: text, to: text, note: text })),
});

export type Term = z.output<typeof term>;
export type OrganisingGroup = z.output<typeof groupSchema> & { regexps: RegExp[] };
export type CrossLink = z.output<typeof linksSchema>['links'][number];

export interface Mappings {
  vocabulary: z.output<typeof vocabularySchema>;
  places: z.output<typeof placesSchema>;
  companies: z.output<typeof companiesSchema>;
  groups: OrganisingGroup[];
  links: CrossLink[];
}

/** `seed/data/mappings`, relative to a data directory. */
export const MAPPINGS_DIR = 'mappings';
export const TABLES_DIR = join(MAPPINGS_DIR, 'collective-action-tech');

async function readTable<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read the mapping table: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`${path}: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return result.data;
}

export async function readMappings(dataDir: string): Promise<Mappings> {
  const tables = join(dataDir, TABLES_DIR);
  const [vocabulary, places, companies, groups, links] = await Promise.all([
    readTable(join(tables, 'vocabulary.json'), vocabularySchema),
    readTable(join(tables, 'places.json'), placesSchema),
    readTable(join(tables, 'companies.json'), companiesSchema),
    readTable(join(tables, 'organising-groups.json'), z.object({ groups: z.array(groupSchema) })),
    readTable(join(dataDir, MAPPINGS_DIR, 'across-datasets.json'), linksSchema),
  ]);
  return {
    vocabulary,
    places,
    companies,
    groups: groups.groups.map((group) => ({ ...group, regexps: group.patterns.map((p) => new RegExp(p)) })),
    links: links.links,
  };
}
