/** Which collection of a data file a record sits in (for CSV: which file kind). */
export type RecordList = 'sources' | 'nodes' | 'relationships';

/** Where a record came from, so a message can point a person at it. */
export interface RecordOrigin {
  file: string;
  list: RecordList;
  /** Index in the JSON array, or the data row (0-based) of the CSV file. */
  index: number;
  /** CSV only: the 1-based line the record starts on. */
  line?: number;
  /** CSV only: fields named differently in the file (`from` is the `source` column). */
  columns?: Readonly<Record<string, string>>;
}

export interface ValidationIssue {
  file: string;
  line?: number;
  record?: { list: RecordList; index: number; id?: string };
  /** Field path such as `.kind` or `.citations[1]`; empty for the record or file as a whole. */
  path: string;
  message: string;
}

/** `seed/data/x.json: nodes[3] (org:ig-metall) .kind: expected one of UNION, …` */
export function formatIssue(issue: ValidationIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const parts = [`${where}:`];
  if (issue.record) {
    parts.push(`${issue.record.list}[${issue.record.index}]`);
    if (issue.record.id !== undefined) parts.push(`(${issue.record.id})`);
  }
  if (issue.path) parts.push(issue.path);
  const head = parts.join(' ');
  return `${head}${parts.length > 1 ? ':' : ''} ${issue.message}`;
}

/** `['citations', 1, 'x']` → `.citations[1].x` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}

/** Everything wrong with the input, collected rather than stopping at the first problem. */
export class ValidationError extends Error {
  constructor(readonly issues: readonly ValidationIssue[]) {
    const lines = issues.map(formatIssue);
    super(`${issues.length} problem${issues.length === 1 ? '' : 's'} in the data:\n${lines.join('\n')}`);
    this.name = 'ValidationError';
  }

  /** One line per issue, in the order found. */
  get lines(): string[] {
    return this.issues.map(formatIssue);
  }
}
