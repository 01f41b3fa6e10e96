import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { PROGRAMME, useProgrammeApi } from './api-harness';

// Search over HTTP against the seminar's data: every entity is found by its exact name in either
// language, by the words of its descriptions and by its organisation kind in either language.

const api = useProgrammeApi();

interface DataNode {
  id: string;
  label: string;
  nameEn: string;
  nameFr: string;
  descriptionEn?: string;
  descriptionFr?: string;
  kind?: string;
}

const TYPES: Record<string, string> = {
  Event: 'EVENT',
  Session: 'SESSION',
  Person: 'PERSON',
  Organisation: 'ORGANISATION',
  Country: 'COUNTRY',
  WorkerType: 'WORKER_TYPE',
  OrganisingForm: 'ORGANISING_FORM',
};

/** The kind labels the explorer shows, in English and French. */
const KIND_LABELS: Record<string, string[]> = {
  UNION: ['Trade union', 'Syndicat'],
  UNION_INITIATIVE: ['Union initiative', 'Initiative syndicale'],
  COOPERATIVE: ['Cooperative', 'Coopérative'],
  ONLINE_COMMUNITY: ['Online community', 'Communauté en ligne'],
  COWORKING_COLLECTIVE: ['Co-working collective', 'Collectif de coworking'],
  PROFESSIONAL_BODY: ['Professional body', 'Organisation professionnelle'],
  RESEARCH_INSTITUTE: ['Research institute', 'Institut de recherche'],
  PUBLIC_BODY: ['Public body', 'Organisme public'],
  NETWORK: ['Network or association', 'Réseau ou association'],
  UNSPECIFIED: [],
};

/** The English stop words the index leaves out (Lucene's list): no search finds them alone. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

async function nodes(): Promise<DataNode[]> {
  return (JSON.parse(await readFile(PROGRAMME, 'utf8')) as { nodes: DataNode[] }).nodes;
}

async function search(query: string, types?: string[], first = 50): Promise<string[]> {
  const body = await api.query(
    'query($q: String!, $types: [EntityType!], $first: Int!) { search(query: $q, types: $types, first: $first) { entity { id } } }',
    { q: query, types, first },
  );
  expect(body.errors, query).toBeUndefined();
  return (body.data!['search'] as Array<{ entity: { id: string } }>).map((hit) => hit.entity.id);
}

describe('search finds every entity of the seminar', () => {
  it('by its exact name in English and in French', async () => {
    const missed: string[] = [];
    for (const node of await nodes()) {
      for (const name of [node.nameEn, node.nameFr]) {
        if (!(await search(name, [TYPES[node.label]!])).includes(node.id)) missed.push(`${node.id}: ${name}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('by each word of its descriptions and its kind, in either language', async () => {
    const missed: string[] = [];
    for (const node of await nodes()) {
      const texts = [node.descriptionEn, node.descriptionFr, ...(KIND_LABELS[node.kind ?? ''] ?? [])];
      const words = texts.flatMap((text) => text?.match(/[\p{L}\p{N}]+/gu) ?? []);
      expect(node.label !== 'Organisation' || node.kind === 'UNSPECIFIED' || words.length > 0).toBe(true);
      for (const word of new Set(words.filter((w) => !STOP_WORDS.has(w.toLowerCase())))) {
        if (!(await search(word, [TYPES[node.label]!])).includes(node.id)) missed.push(`${node.id}: ${word}`);
      }
      for (const text of texts) {
        if (text && !(await search(text, [TYPES[node.label]!])).includes(node.id)) missed.push(`${node.id}: ${text}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('by the words a user types for compound names and handles', async () => {
    expect(await search('crowdwork', ['ORGANISATION'])).toContain('org:faircrowdwork-watch');
    expect(await search('crowd work watch')).toContain('org:faircrowdwork-watch');
    expect(await search('Strategie_Gouv')).toEqual(['org:france-strategie']);
    expect(await search('coopérative', ['ORGANISATION'])).toContain('org:coopaname');
    const unions = ['org:freelancers-union', 'org:ig-metall', 'org:nidil-cgil', 'org:upta', 'org:verdi'];
    expect(await search('syndicat', ['ORGANISATION'])).toEqual(expect.arrayContaining(unions));
  });

  it('ranks names above descriptions', async () => {
    // FairCrowdWork Watch is "Platform of the German union IG Metall".
    const hits = await search('IG Metall');
    expect(hits.slice(0, 2)).toEqual(['org:ig-metall', 'org:faircrowdwork-watch']);
    expect((await search('Coopérative'))[0]).toBe('form:business-employment-cooperatives');
  });

  it('applies the same matching to the text of a filter', async () => {
    for (const text of ['Sharers and Workers', 'Defending the rights of crowd workers', 'syndicat allemand']) {
      const body = await api.query<{ network: { nodes: Array<{ id: string }> } }>(
        'query($text: String!) { network(filter: { text: $text }) { nodes { id } } organisations(filter: { text: $text }) { nodes { id } } }',
        { text },
      );
      expect(body.errors, text).toBeUndefined();
      expect(body.data!['network'].nodes.length, text).toBeGreaterThan(0);
    }
    const body = await api.query<{ organisations: { nodes: unknown[] } }>(
      '{ organisations(filter: { text: "French Allianz for Design" }) { nodes { id } } }',
    );
    expect(body.data!['organisations'].nodes).toEqual([{ id: 'org:alliance-francaise-des-designers' }]);
  });
});
