import { formatIssue, type ValidationIssue } from '@faire-collectif/seed';

/** Why an import was refused (the enum ImportErrorCode of schema.graphql). */
export type ImportErrorCode = 'INVALID_INPUT' | 'INVALID_DATA' | 'CONFLICT';

/** A business error of an import, as the payload's `userErrors` carry it. */
export interface ImportUserError {
  field: string[];
  message: string;
  code: ImportErrorCode;
  line: number | null;
}

/** `.citations[1].x` → `['citations', '1', 'x']` */
function pathSegments(path: string): string[] {
  return [...path.matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)].map((match) => match[1] ?? match[2] ?? '');
}

/**
 * A validator issue as a user error: `field` is the path from the input field that held the text
 * (`json`, `csv.nodes`) through the record (`nodes`, its index) to the field (`kind`); `message`
 * is the validator's own line, which also names the record's id.
 */
export function issueToUserError(issue: ValidationIssue): ImportUserError {
  const field = issue.file.split('.');
  if (issue.record) {
    if (field[field.length - 1] !== issue.record.list) field.push(issue.record.list);
    field.push(String(issue.record.index));
  }
  field.push(...pathSegments(issue.path));
  return { field, message: formatIssue(issue), code: 'INVALID_DATA', line: issue.line ?? null };
}
