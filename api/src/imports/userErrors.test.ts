import { describe, expect, it } from 'vitest';
import { issueToUserError } from './userErrors';

describe('issueToUserError', () => {
  it('paths a JSON issue from the input field through the record to the field', () => {
    expect(
      issueToUserError({
        file: 'json',
        record: { list: 'nodes', index: 3, id: 'org:x' },
        path: '.citations[1]',
        message: 'expected a citation',
      }),
    ).toEqual({
      field: ['json', 'nodes', '3', 'citations', '1'],
      message: 'json: nodes[3] (org:x) .citations[1]: expected a citation',
      code: 'INVALID_DATA',
      line: null,
    });
  });

  it('keeps the CSV line and does not repeat the list', () => {
    expect(
      issueToUserError({
        file: 'csv.nodes',
        line: 4,
        record: { list: 'nodes', index: 2 },
        path: '.kind',
        message: 'bad',
      }),
    ).toMatchObject({ field: ['csv', 'nodes', '2', 'kind'], line: 4 });
  });

  it('paths a file-level issue to the input field', () => {
    expect(issueToUserError({ file: 'json', path: '', message: 'not valid JSON' }).field).toEqual(['json']);
  });
});
