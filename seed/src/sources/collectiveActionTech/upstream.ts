/**
 * The records of Collective Action in Tech's `actions.json` as the data set gives them. Fields
 * are read leniently (upstream writes `null` where a value is missing, and its CONTRIBUTING.md
 * allows omitting optional fields); what cannot be read is reported by the derivation, never
 * dropped silently.
 */
export interface UpstreamAction {
  id: number;
  date: string;
  sources: string[];
  actions: string[];
  struggles: string[];
  employment_types: string[];
  description: string;
  online: boolean | null;
  locations: string[] | null;
  companies: string[] | null;
  workers: number | null;
  tags: string[] | null;
}

/** Problems with a record's shape: the record is then left out, and each problem reported. */
export interface ShapeProblem {
  index: number;
  id: unknown;
  message: string;
}

const REQUIRED_LISTS = ['sources', 'actions', 'struggles', 'employment_types'] as const;
const OPTIONAL_LISTS = ['locations', 'companies', 'tags'] as const;

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function readAction(value: unknown): UpstreamAction | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected an object';
  const raw = value as Record<string, unknown>;
  if (!Number.isInteger(raw.id)) return '.id: expected an integer';
  if (typeof raw.date !== 'string') return '.date: expected a string YYYY/MM/DD';
  if (typeof raw.description !== 'string' || raw.description.trim() === '') return '.description: expected a text';
  for (const field of REQUIRED_LISTS) {
    if (!isStringList(raw[field])) return `.${field}: expected a list of strings`;
  }
  for (const field of OPTIONAL_LISTS) {
    if (raw[field] !== undefined && raw[field] !== null && !isStringList(raw[field])) {
      return `.${field}: expected a list of strings or null`;
    }
  }
  if (raw.online !== undefined && raw.online !== null && typeof raw.online !== 'boolean') {
    return '.online: expected true, false or null';
  }
  if (
    raw.workers !== undefined &&
    raw.workers !== null &&
    !(Number.isInteger(raw.workers) && Number(raw.workers) >= 0)
  ) {
    return '.workers: expected a whole number or null';
  }
  return {
    ...(raw as unknown as UpstreamAction),
    online: (raw.online as boolean | undefined) ?? null,
    locations: (raw.locations as string[] | undefined) ?? null,
    companies: (raw.companies as string[] | undefined) ?? null,
    workers: (raw.workers as number | undefined) ?? null,
    tags: (raw.tags as string[] | undefined) ?? null,
  };
}

/** Parses `actions.json`; throws only when the file is not a JSON list. */
export function parseUpstreamActions(
  file: string,
  text: string,
): { actions: UpstreamAction[]; problems: ShapeProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON list of actions`);
  const actions: UpstreamAction[] = [];
  const problems: ShapeProblem[] = [];
  const seen = new Set<number>();
  data.forEach((value, index) => {
    const action = readAction(value);
    const id = (value as { id?: unknown } | null)?.id;
    if (typeof action === 'string') problems.push({ index, id, message: action });
    else if (seen.has(action.id)) problems.push({ index, id, message: `.id: duplicate id ${action.id}` });
    else {
      seen.add(action.id);
      actions.push(action);
    }
  });
  return { actions, problems };
}
