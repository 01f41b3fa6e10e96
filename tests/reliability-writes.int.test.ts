import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@faire-collectif/neo4j';
import { graphChecksum } from '../api/scripts/graphSnapshot';
import { seedProgramme, startApi, type RunningApi } from './api-harness';
import { testDatabase } from '@faire-collectif/seed/testing';

// The write side over HTTP: the key guards it, imports are all-or-nothing and one at a time,
// and what is wrong with the data comes back as userErrors with nothing written.

const KEY = 'test-key-0123456789abcdef';
const IMPORT = `mutation Import($input: ImportDataInput!) {
  importData(input: $input) {
    summary { nodes { created updated unchanged deleted } relationships { created } sources { created unchanged } changed dryRun text }
    userErrors { field message code line }
  }
}`;
/** What IMPORT answers, as far as the tests read it. */
interface ImportAnswer {
  importData: {
    summary: { nodes: { created: number; updated: number; unchanged: number; deleted: number } } | null;
    userErrors: Array<{ field: string[]; message: string; code: string; line: number | null }>;
  };
}
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

const citations = ['programme-2016-07-08-en#session-1'];
/** A new union in Germany, citing the programme already in the graph. */
const addition = (suffix = 'a') => ({
  dataset: `curation-${suffix}`,
  nodes: [
    {
      id: `org:test-union-${suffix}`,
      label: 'Organisation',
      nameEn: `Test union ${suffix}`,
      nameFr: `Syndicat test ${suffix}`,
      kind: 'UNION',
      kindBasis: 'stated',
      basis: 'stated',
      citations,
    },
  ],
  relationships: [{ type: 'BASED_IN', from: `org:test-union-${suffix}`, to: 'country:DE', basis: 'stated', citations }],
});

let db: Database;
let readOnly: RunningApi;
let writable: RunningApi;

beforeAll(async () => {
  db = testDatabase();
  readOnly = await startApi(db);
  writable = await startApi(db, { apiKey: KEY, body: { maxBodyBytes: 4096 } });
});
afterAll(async () => {
  await readOnly?.close();
  await writable?.close();
  await db?.close();
});
beforeEach(async () => {
  await seedProgramme(db);
});

const importJson = (api: RunningApi, data: unknown, headers: Record<string, string> = bearer(KEY), input = {}) =>
  api.post<ImportAnswer>(IMPORT, { input: { json: JSON.stringify(data), ...input } }, headers);

describe('the API key', () => {
  it('refuses writes when the server has no key configured, whatever is sent', async () => {
    const before = await graphChecksum(db);
    const answer = await importJson(readOnly, addition());
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      data: null,
      errors: [
        {
          message: 'Writes are disabled on this server: it has no API key configured (API_KEY).',
          locations: [{ line: 2, column: 3 }],
          path: ['importData'],
          extensions: { code: 'WRITES_DISABLED' },
        },
      ],
    });
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('refuses a write without a key, and with a wrong one', async () => {
    const before = await graphChecksum(db);
    const missing = await importJson(writable, addition(), {});
    expect(missing.body.errors?.map((error) => error.extensions)).toEqual([{ code: 'UNAUTHENTICATED' }]);
    const wrong = await importJson(writable, addition(), bearer(`${KEY}x`));
    expect(wrong.body.errors).toEqual([expect.objectContaining({ message: 'The API key sent is not the right one.' })]);
    expect(wrong.body.errors?.map((error) => error.extensions)).toEqual([{ code: 'FORBIDDEN' }]);
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('accepts the right key: the data is merged and can be read back', async () => {
    const answer = await importJson(writable, addition());
    expect(answer.body).toEqual({
      data: {
        importData: {
          summary: {
            nodes: { created: 1, updated: 0, unchanged: 0, deleted: 0 },
            relationships: { created: 1 },
            sources: { created: 0, unchanged: 0 },
            changed: true,
            dryRun: false,
            text: '1 nodes (1 created), 1 relationships (1 created), 0 sources',
          },
          userErrors: [],
        },
      },
    });
    const read = await writable.query(
      '{ node(id: "org:test-union-a") { ... on Organisation { name countries { code } } } }',
    );
    expect(read).toEqual({ data: { node: { name: 'Test union a', countries: [{ code: 'DE' }] } } });
    // The import lock is held by the transaction only: no node of it stays in the graph.
    const locks = await db.read((tx) => tx.run('MATCH (lock:ImportLock) RETURN count(lock) AS n'));
    expect(locks.records[0]?.get('n')).toBe(0);
    // Importing the same data again changes nothing.
    const again = await importJson(writable, addition());
    expect(again.body.data?.importData.summary).toMatchObject({ changed: false, nodes: { unchanged: 1 } });
  });

  it('accepts the CSV pair, and a dry run writes nothing', async () => {
    const before = await graphChecksum(db);
    const csv = {
      nodes: `id,label,nameEn,nameFr,kind,kindBasis,basis,citations\norg:csv-union,Organisation,CSV union,Syndicat CSV,UNION,stated,stated,${citations[0]}\n`,
      relationships: `source,target,type,basis,citations\norg:csv-union,country:FR,BASED_IN,stated,${citations[0]}\n`,
      dataset: 'curation-csv',
    };
    const dry = await writable.post<ImportAnswer>(IMPORT, { input: { csv, dryRun: true } }, bearer(KEY));
    expect(dry.body.data?.importData).toMatchObject({
      summary: { dryRun: true, changed: true, nodes: { created: 1 } },
      userErrors: [],
    });
    expect(await graphChecksum(db)).toEqual(before);
    const wet = await writable.post<ImportAnswer>(IMPORT, { input: { csv } }, bearer(KEY));
    expect(wet.body.data?.importData.summary).toMatchObject({ dryRun: false, nodes: { created: 1 } });
    expect((await graphChecksum(db)).nodes).toBe(before.nodes + 1);
  });

  it('lets a key holder send a larger body than the public limit', async () => {
    const big = addition('big');
    big.nodes[0]!.nameEn = 'x'.repeat(6000);
    const publicAnswer = await importJson(writable, big, {});
    expect(publicAnswer.status).toBe(413);
    const keyAnswer = await importJson(writable, big);
    expect(keyAnswer.body.data?.importData.userErrors).toEqual([]);
  });
});

describe('an import refused', () => {
  it('reports every problem with the file, record and field, and writes nothing', async () => {
    const before = await graphChecksum(db);
    const bad = addition();
    bad.nodes[0]!.kind = 'GUILD';
    bad.relationships[0]!.to = 'country:ZZ';
    const answer = await importJson(writable, bad);
    expect(answer.body.data?.importData.summary).toBeNull();
    expect(answer.body.data?.importData.userErrors).toEqual([
      {
        field: ['json', 'nodes', '0', 'kind'],
        message: expect.stringMatching(/^json: nodes\[0\] \(org:test-union-a\) \.kind: .*UNION/) as string,
        code: 'INVALID_DATA',
        line: null,
      },
      {
        field: ['json', 'relationships', '0', 'to'],
        message: expect.stringContaining('country:ZZ') as string,
        code: 'INVALID_DATA',
        line: null,
      },
    ]);
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('says when the input gives both or neither of json and csv', async () => {
    const answer = await writable.post<ImportAnswer>(IMPORT, { input: {} }, bearer(KEY));
    expect(answer.body.data?.importData.userErrors).toEqual([
      {
        field: ['input'],
        message: 'Give the data either as `json` or as the `csv` pair, not both and not neither.',
        code: 'INVALID_INPUT',
        line: null,
      },
    ]);
  });

  it('names the CSV line', async () => {
    const csv = {
      nodes: 'id,label,nameEn,nameFr,basis,citations\norg:x,Guild,X,X,stated,nowhere#x\n',
      relationships: '',
    };
    const answer = await writable.post<ImportAnswer>(IMPORT, { input: { csv } }, bearer(KEY));
    const errors = answer.body.data?.importData.userErrors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ field: expect.arrayContaining(['csv', 'nodes']) as string[], line: 2 });
  });

  it('reports a conflict with the graph as CONFLICT and writes nothing', async () => {
    const before = await graphChecksum(db);
    // The id of Ver.di's BASED_IN, given to a relationship between other entities.
    const clash = addition();
    clash.relationships = [
      {
        id: 'org:verdi|BASED_IN|country:DE',
        type: 'BASED_IN',
        from: 'org:upta',
        to: 'country:DE',
        basis: 'stated',
        citations,
      },
    ] as unknown as typeof clash.relationships;
    const answer = await importJson(writable, clash);
    expect(answer.body.data?.importData).toEqual({
      summary: null,
      userErrors: [
        {
          field: ['input'],
          message: expect.stringMatching(/^Nothing was written: .*org:verdi\|BASED_IN\|country:DE/) as string,
          code: 'CONFLICT',
          line: null,
        },
      ],
    });
    expect(await graphChecksum(db)).toEqual(before);
  });
});

describe('REPLACE', () => {
  it('makes the graph exactly the data, in one transaction', async () => {
    const self = {
      dataset: 'alone',
      sources: [
        {
          id: 'src',
          title: 'A source',
          language: 'en',
          publisher: 'Us',
          date: '2020-01-01',
          url: 'https://example.org',
        },
      ],
      nodes: [
        {
          id: 'country:IT',
          label: 'Country',
          nameEn: 'Italy',
          nameFr: 'Italie',
          code: 'IT',
          basis: 'stated',
          citations: ['src#a'],
        },
      ],
    };
    const answer = await importJson(writable, self, bearer(KEY), { mode: 'REPLACE' });
    expect(answer.body.data?.importData.userErrors).toEqual([]);
    expect(answer.body.data?.importData.summary?.nodes.deleted).toBe(73);
    expect(await graphChecksum(db)).toMatchObject({ nodes: 2, relationships: 0 });
  });
});

describe('concurrent imports', () => {
  it('run one after the other and all land', async () => {
    const answers = await Promise.all(['p', 'q', 'r', 's'].map((suffix) => importJson(writable, addition(suffix))));
    for (const answer of answers) expect(answer.body.data?.importData.userErrors).toEqual([]);
    const ids = await db.read((tx) =>
      tx.run("MATCH (o:Organisation) WHERE o.id STARTS WITH 'org:test-union-' RETURN count(o) AS n"),
    );
    expect(ids.records[0]?.get('n')).toBe(4);
  });

  it('wait for an import another process holds the lock for', async () => {
    // Another process's import: a transaction holding the import lock, not yet committed.
    const session = db.driver.session({ database: db.name });
    const tx = session.beginTransaction();
    await tx.run("MERGE (lock:ImportLock {id: 'import'}) SET lock.heldSince = datetime()");
    let finished = false;
    const waiting = importJson(writable, addition('w')).then((answer) => {
      finished = true;
      return answer;
    });
    // Give the mutation every chance to run ahead: it must still be waiting on the lock.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(finished).toBe(false);
    await tx.commit();
    await session.close();
    expect((await waiting).body.data?.importData.userErrors).toEqual([]);
  });
});
