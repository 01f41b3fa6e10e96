import { z } from 'zod';
import {
  BASES,
  DATE_PRECISIONS,
  ID_PREFIXES,
  LANGUAGES,
  ORGANISATION_KINDS,
  SESSION_KINDS,
  TRANSLATABLE_FIELDS,
  type NodeLabel,
  type RelationshipType,
} from '../model/graphModel';
import { ISO_COUNTRY_CODES } from '../model/isoCountries';
import { firstDayOf, lastDayOf, precisionOf, type TimeFields } from '../model/time';

/**
 * The record schemas of a data file. Records are strict (an unknown field is an error: it is
 * usually a typo that would otherwise be silently dropped). Cross-record rules (references,
 * duplicates, allowed endpoints) live in validate.ts.
 */

const text = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'expected lower-case letters, digits, ".", "_" or "-"');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    {
      message: 'not a calendar date',
    },
  );
const url = z.string().regex(/^https?:\/\/\S+$/, 'expected an http(s) URL');
const order = z.number().int().min(0);
/** `<sourceId>#<locator>` */
export const CITATION_PATTERN = /^([a-z0-9][a-z0-9._-]*)#([a-z0-9][a-z0-9._-]*)$/;
const citation = z
  .string()
  .regex(CITATION_PATTERN, 'expected "<sourceId>#<locator>", e.g. programme-2016-07-08-en#session-1');
const citations = z.array(citation).min(1, 'needs at least one citation');
const basis = z.enum(BASES);
/** `<sourceId>#<locator>: <words>`: the source's own words (its language) that support the fact. */
export const QUOTE_PATTERN = /^([a-z0-9][a-z0-9._-]*#[a-z0-9][a-z0-9._-]*): (\S.{0,199})$/s;
const quote = z
  .string()
  .regex(QUOTE_PATTERN, 'expected "<sourceId>#<locator>: <the source\'s words>" (at most 200 characters of words)');
const texts = z.array(text).min(1, 'must not be empty');

export const sourceSchema = z.strictObject({
  id: slug,
  title: text,
  language: z.enum(LANGUAGES),
  publisher: text,
  date: isoDate,
  url: url.optional(),
  /** The day the source describes its facts as of (a programme: the day of its event), when it does. */
  asOf: isoDate.optional(),
  dataset: slug.optional(),
});

/** A date at the source's precision: `2019`, `2019-06` or `2019-06-15`. */
const partialDate = z.string().refine((value) => precisionOf(value) !== undefined, {
  error: (issue) => `expected a date YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
});
/** When the fact holds (model/time.ts); derived for the facts a source dates when a file leaves it out. */
const timeFields = {
  timeStart: partialDate.optional(),
  timeStartPrecision: z.enum(DATE_PRECISIONS).optional(),
  timeEnd: partialDate.optional(),
  timeEndPrecision: z.enum(DATE_PRECISIONS).optional(),
  timeAsOf: partialDate.optional(),
};

const nodeBase = {
  nameEn: text,
  nameFr: text,
  aliases: z.array(text).default([]),
  descriptionEn: text.optional(),
  descriptionFr: text.optional(),
  translatedByProject: z.array(z.enum(TRANSLATABLE_FIELDS)).optional(),
  basis,
  citations,
  quotes: z.array(quote).optional(),
  note: text.optional(),
  dataset: slug.optional(),
  ...timeFields,
};

interface Provenance {
  basis: string;
  note?: string | undefined;
  citations: string[];
  quotes?: string[] | undefined;
  translatedByProject?: readonly string[] | undefined;
}

/**
 * An inferred fact must say why it follows; a quote must come from one of the record's citations;
 * a field marked as the project's translation must be there.
 */
function requireNote(record: Provenance, ctx: z.RefinementCtx): void {
  if (record.basis === 'inferred' && record.note === undefined) {
    ctx.addIssue({ code: 'custom', path: ['note'], message: 'required when basis is "inferred" (say why it follows)' });
  }
  record.quotes?.forEach((quoted, index) => {
    const cited = QUOTE_PATTERN.exec(quoted)?.[1];
    if (cited !== undefined && !record.citations.includes(cited)) {
      ctx.addIssue({
        code: 'custom',
        path: ['quotes', index],
        message: `quotes "${cited}", which is not one of the record's citations`,
      });
    }
  });
  record.translatedByProject?.forEach((field, index) => {
    if ((record as unknown as Record<string, unknown>)[field] === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['translatedByProject', index],
        message: `marks ${field} as translated, but the record has no ${field}`,
      });
    }
  });
}

/**
 * A precision says how the date is written; an end is not before the start; an as-of date
 * stands for a fact the source gives no start or end for.
 */
function checkTime(record: TimeFields, ctx: z.RefinementCtx): void {
  for (const end of ['Start', 'End'] as const) {
    const date = record[`time${end}`];
    const precision = record[`time${end}Precision`];
    if (date === undefined && precision !== undefined) {
      ctx.addIssue({ code: 'custom', path: [`time${end}Precision`], message: `given without time${end}` });
    }
    const written = date === undefined ? undefined : precisionOf(date);
    if (written !== undefined && precision !== undefined && written !== precision) {
      ctx.addIssue({
        code: 'custom',
        path: [`time${end}Precision`],
        message: `is "${precision}", but time${end} "${date}" is written at "${written}" precision`,
      });
    }
  }
  const { timeStart, timeEnd, timeAsOf } = record;
  if (timeStart !== undefined && timeEnd !== undefined && precisionOf(timeStart) && precisionOf(timeEnd)) {
    if (lastDayOf(timeEnd) < firstDayOf(timeStart)) {
      ctx.addIssue({ code: 'custom', path: ['timeEnd'], message: `"${timeEnd}" is before timeStart "${timeStart}"` });
    }
  }
  if (timeAsOf !== undefined && (timeStart !== undefined || timeEnd !== undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['timeAsOf'],
      message: 'only for a fact without timeStart or timeEnd (the date the source describes it as of)',
    });
  }
}

/** The checks every node and relationship record goes through. */
function checkRecord(record: Provenance & TimeFields, ctx: z.RefinementCtx): void {
  requireNote(record, ctx);
  checkTime(record, ctx);
}

/** `<prefix>:<slug>`, the prefix naming the label. A field check, so it is reported with the rest. */
function nodeId(label: NodeLabel) {
  const prefix = `${ID_PREFIXES[label]}:`;
  const pattern = new RegExp(`^${prefix}[A-Za-z0-9][A-Za-z0-9._-]*$`);
  return z.string().refine((id) => pattern.test(id), {
    error: (issue) =>
      `expected "${prefix}" followed by letters, digits, ".", "_" or "-", got ${JSON.stringify(issue.input)}`,
  });
}

function node<L extends NodeLabel, S extends z.core.$ZodLooseShape>(label: L, extra: S) {
  return z.strictObject({ label: z.literal(label), id: nodeId(label), ...nodeBase, ...extra });
}

const person = node('Person', {}).superRefine(checkRecord);
const workerType = node('WorkerType', {}).superRefine(checkRecord);
const organisingForm = node('OrganisingForm', {}).superRefine(checkRecord);

const organisation = node('Organisation', {
  kind: z.enum(ORGANISATION_KINDS),
  kindBasis: basis,
  kindNote: text.optional(),
  url: url.optional(),
}).superRefine((record, ctx) => {
  checkRecord(record, ctx);
  // UNSPECIFIED means no source says what the body is: that is never a stated kind.
  if (record.kind === 'UNSPECIFIED' && record.kindBasis !== 'inferred') {
    ctx.addIssue({
      code: 'custom',
      path: ['kindBasis'],
      message: 'must be "inferred" when kind is UNSPECIFIED (no source states it)',
    });
  }
  if (record.kind !== 'UNSPECIFIED' && record.kindBasis === 'inferred' && record.kindNote === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['kindNote'],
      message: 'required when kindBasis is "inferred" (say why the kind follows)',
    });
  }
});

const countryCode = z.string().refine((code) => ISO_COUNTRY_CODES.has(code), {
  error: (issue) => `${JSON.stringify(issue.input)} is not an ISO 3166-1 alpha-2 country code`,
});

const country = node('Country', { code: countryCode }).superRefine((record, ctx) => {
  checkRecord(record, ctx);
  if (ISO_COUNTRY_CODES.has(record.code) && record.id !== `country:${record.code}`) {
    ctx.addIssue({
      code: 'custom',
      path: ['id'],
      message: `expected "country:${record.code}" for the country ${record.code}`,
    });
  }
});

const event = node('Event', {
  date: isoDate,
  startTime: time.optional(),
  endTime: time.optional(),
  formatEn: text.optional(),
  formatFr: text.optional(),
  address: text.optional(),
  city: text.optional(),
  // The programme's own framing of the event, in each language's words.
  questionsEn: texts.optional(),
  questionsFr: texts.optional(),
  obstaclesEn: texts.optional(),
  obstaclesFr: texts.optional(),
  audienceEn: texts.optional(),
  audienceFr: texts.optional(),
  aimEn: text.optional(),
  aimFr: text.optional(),
  scopeEn: text.optional(),
  scopeFr: text.optional(),
}).superRefine(checkRecord);

const session = node('Session', {
  order,
  kind: z.enum(SESSION_KINDS),
  startTime: time.optional(),
  endTime: time.optional(),
  themeEn: text.optional(),
  themeFr: text.optional(),
}).superRefine(checkRecord);

/** Values as the source gives them, kept beside what the project made of them. */
const rawValues = z.array(z.string());

const collectiveAction = node('CollectiveAction', {
  date: isoDate,
  datePrecision: z.enum(DATE_PRECISIONS),
  dateRaw: text,
  workers: z.number().int().min(0).optional(),
  online: z.boolean().optional(),
  tags: z.array(slug),
  tagsRaw: rawValues,
  sourceUrls: z.array(url),
  sourcesRaw: rawValues,
  locationsRaw: rawValues,
}).superRefine(checkRecord);

const struggle = node('Struggle', {}).superRefine(checkRecord);

export const NODE_SCHEMAS = {
  Event: event,
  Session: session,
  Person: person,
  Organisation: organisation,
  Country: country,
  WorkerType: workerType,
  OrganisingForm: organisingForm,
  CollectiveAction: collectiveAction,
  Struggle: struggle,
} as const satisfies Record<NodeLabel, z.ZodType>;

const relationshipBase = {
  id: text.optional(),
  from: text,
  to: text,
  basis,
  citations,
  quotes: z.array(quote).optional(),
  note: text.optional(),
  dataset: slug.optional(),
  /** The URLs the cited record gives for the fact (a collective action's reports). */
  sourceUrls: z.array(url).optional(),
  ...timeFields,
};

/** The raw values of the cited record a derived relationship stands for. */
const derivedFrom = { valuesRaw: rawValues.optional() };

function relationship<T extends RelationshipType, S extends z.core.$ZodLooseShape>(type: T, extra: S) {
  return z
    .strictObject({ type: z.literal(type), ...relationshipBase, ...extra })
    .superRefine((record, ctx) => checkRecord(record as Provenance & TimeFields, ctx));
}

export const RELATIONSHIP_SCHEMAS = {
  HOLDS_ROLE: relationship('HOLDS_ROLE', { roleEn: text.optional(), roleFr: text.optional() }),
  SPEAKS_IN: relationship('SPEAKS_IN', { order, contributionEn: text.optional(), contributionFr: text.optional() }),
  PART_OF: relationship('PART_OF', { order: order.optional() }),
  ORGANISED: relationship('ORGANISED', derivedFrom),
  CO_ORGANISED: relationship('CO_ORGANISED', {}),
  LEADS: relationship('LEADS', {}),
  HELD_IN: relationship('HELD_IN', {}),
  BASED_IN: relationship('BASED_IN', {}),
  ORGANISES: relationship('ORGANISES', {}),
  USES_FORM: relationship('USES_FORM', {}),
  CONCERNS: relationship('CONCERNS', derivedFrom),
  SUBTYPE_OF: relationship('SUBTYPE_OF', {}),
  TOOK_FORM: relationship('TOOK_FORM', derivedFrom),
  TARGETS: relationship('TARGETS', derivedFrom),
  /** `valuesRaw`: the location strings in that country; `places`: their city/region parts as given. */
  TOOK_PLACE_IN: relationship('TOOK_PLACE_IN', { ...derivedFrom, places: rawValues.optional() }),
  INVOLVES: relationship('INVOLVES', derivedFrom),
} as const satisfies Record<RelationshipType, z.ZodType>;

/** The fields a record of each label or type may have (used by export and CSV). */
export function fieldsOf(schema: { shape: Record<string, unknown> }): string[] {
  return Object.keys(schema.shape);
}

type WithDataset<T> = Omit<T, 'dataset'> & { dataset: string };

export type SourceRecord = WithDataset<z.output<typeof sourceSchema>>;
export type NodeRecordOf<L extends NodeLabel> = WithDataset<z.output<(typeof NODE_SCHEMAS)[L]>>;
export type NodeRecord = { [L in NodeLabel]: NodeRecordOf<L> }[NodeLabel];
export type RelationshipRecordOf<T extends RelationshipType> = WithDataset<
  Omit<z.output<(typeof RELATIONSHIP_SCHEMAS)[T]>, 'id'> & { id: string }
>;
export type RelationshipRecord = { [T in RelationshipType]: RelationshipRecordOf<T> }[RelationshipType];

/**
 * A validated data set: every record has its data set name and (relationships) its id resolved.
 * Several files validate into one Dataset, loaded in one transaction.
 */
export interface Dataset {
  sources: SourceRecord[];
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
}
