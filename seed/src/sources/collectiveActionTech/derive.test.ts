import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonDocument, parseJsonDocument } from '../../format/document';
import { DEFAULT_DATA_DIR } from '../../format/readFiles';
import { validateDocuments } from '../../format/validate';
import { ISO_COUNTRIES } from '../../model/isoCountries';
import { deriveCollectiveActionTech, type DerivedData } from './derive';
import { readMappings, type Mappings } from './mappings';
import { slice, upstreamInfo, type RawAction } from './testSlices';

let mappings: Mappings;
beforeAll(async () => {
  mappings = await readMappings(DEFAULT_DATA_DIR);
});

function programme() {
  const text = readFileSync(new URL('../../../data/programme-2016-07-08.json', import.meta.url), 'utf8');
  const document = parseJsonDocument('programme-2016-07-08.json', text);
  const ids = new Set(document.records.filter((r) => r.list === 'nodes').map((r) => (r.value as { id: string }).id));
  return { document, ids };
}

function derive(actions: readonly RawAction[], knownIds: ReadonlySet<string> = new Set()) {
  return deriveCollectiveActionTech('actions.json', JSON.stringify(actions), {
    mappings,
    info: upstreamInfo(),
    knownIds,
  });
}

type Row = Record<string, unknown>;
const node = (data: DerivedData, id: string): Row | undefined => data.nodes.find((n) => n.id === id);
const links = (data: DerivedData, type: string, from?: string) =>
  data.relationships.filter((r) => r.type === type && (from === undefined || r.from === from)) as Row[];

describe('deriving Collective Action in Tech', () => {
  it('makes each action a dated node citing its record, with every URL it gives', () => {
    const { data } = derive(slice(344, 382));
    const action = node(data, 'action:344')!;
    const raw = slice(344)[0]!;
    expect(action).toMatchObject({ label: 'CollectiveAction', datePrecision: 'day', dateRaw: raw.date });
    expect(action.date).toBe(String(raw.date).replaceAll('/', '-'));
    expect(action.citations).toEqual(['collective-action-tech#action-344']);
    // One `sources` entry holds three URLs, one per line.
    expect(action.sourceUrls).toHaveLength(3);
    expect(action.sourcesRaw).toHaveLength(1);
    for (const link of links(data, 'TOOK_FORM', 'action:344')) expect(link.sourceUrls).toEqual(action.sourceUrls);
    expect(String(action.nameEn).split(' ').length).toBeLessThanOrEqual(13);
    expect(action.descriptionEn).toBe(slice(344)[0]!.description);
  });

  it('keeps null fields out of the graph and counts them as not stated', () => {
    const actions = slice(382, 538);
    const { data, report } = derive(actions);
    expect(links(data, 'TARGETS', 'action:382')).toEqual([]);
    expect(node(data, 'action:382')).not.toHaveProperty('online');
    expect(node(data, 'action:538')!.locationsRaw).toEqual([]);
    const nulls = (field: string) => actions.filter((a) => a[field] === null).length;
    expect(report.notStated.get('companies')?.get('null')).toBe(nulls('companies'));
    expect(report.notStated.get('locations')?.get('null')).toBe(nulls('locations'));
    expect(nulls('locations')).toBeGreaterThan(0);
  });

  it('reads a tag and its spelling variants as one tag, keeping the raw spelling', () => {
    const { data, report } = derive(slice(145, 479));
    expect(node(data, 'action:479')!.tags).toContain('coworker_solidarity');
    expect(node(data, 'action:479')!.tagsRaw).toContain('coworker solidarity');
    expect(node(data, 'action:145')!.tags).toEqual(['coworker_solidarity', 'fund_raising', 'twc']);
    expect(report.normalised.get('tags')?.get('"funding_raising" → "fund_raising"')).toBe(1);
  });

  it('reports every value it cannot resolve with its record, and drops none silently', () => {
    const [edited] = slice(7);
    edited!.locations = ['atlantis', 'worldwide'];
    edited!.actions = ['union drive', 'sit-in'];
    const broken = { ...slice(8)[0]!, date: 'spring 2001' };
    const { data, report } = derive([edited!, broken, ...slice(398, 490)]);
    expect(report.unresolved).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ record: '7', field: 'locations', value: 'atlantis' }),
        expect.objectContaining({ record: '7', field: 'actions', value: 'sit-in' }),
        expect.objectContaining({ record: '8', field: 'date', value: 'spring 2001' }),
        expect.objectContaining({ record: '398', field: 'sources' }),
        expect.objectContaining({ record: '490', field: 'sources', value: '' }),
      ]),
    );
    expect(report.notCountries.get('worldwide')).toBe(1);
    expect(report.actions).toEqual({ read: 4, derived: 3 });
    expect(node(data, 'action:398')!.sourceUrls).toEqual([]);
    expect(node(data, 'action:398')!.sourcesRaw).toEqual(slice(398)[0]!.sources);
  });

  it('reads controlled values in any spelling as one entity, raw values on the link', () => {
    const [edited] = slice(382);
    edited!.actions = ['Open_Letter', 'protest'];
    const { data } = derive([edited!, ...slice(344)]);
    const forms = links(data, 'TOOK_FORM', 'action:382');
    expect(forms.map((f) => f.to).sort()).toEqual(['form:open-letter', 'form:protest']);
    expect(forms.find((f) => f.to === 'form:open-letter')!.valuesRaw).toEqual(['Open_Letter']);
    expect(node(data, 'form:protest')!.citations).toEqual([
      'collective-action-tech#action-344',
      'collective-action-tech#action-382',
    ]);
  });

  it('states a group the description names, and infers one only a tag names, quoting the tag', () => {
    const { data } = derive(slice(7, 8));
    const [named] = links(data, 'ORGANISED').filter((r) => r.to === 'action:7');
    expect(named).toMatchObject({ from: 'org:communications-workers-of-america', basis: 'stated' });
    const tagged = links(data, 'ORGANISED').find(
      (r) => r.to === 'action:8' && r.from === 'org:communications-workers-of-america',
    )!;
    expect(tagged.basis).toBe('inferred');
    expect(tagged.note).toContain('"cwa"');
    expect(node(data, 'org:communications-workers-of-america')!.basis).toBe('stated');
  });

  it('refers to the countries and organisations other data sets hold instead of making them again', () => {
    const { data } = derive(slice(7, 8, 382), new Set(['country:US']));
    expect(node(data, 'country:US')).toBeUndefined();
    expect(links(data, 'TOOK_PLACE_IN', 'action:8')).toEqual([
      expect.objectContaining({
        to: 'country:US',
        valuesRaw: ['seattle-washington-usa'],
        places: ['seattle, washington'],
      }),
    ]);
    const alone = derive(slice(8)).data;
    expect(node(alone, 'country:US')).toMatchObject({ code: 'US', nameEn: ISO_COUNTRIES.US, nameFr: 'États-Unis' });
  });

  it('gives a document that validates together with the programme, cross-data-set links included', () => {
    // 40 is the only one of these with a union contract; no gig workers among them.
    const { data, report } = derive(slice(7, 8, 40, 145, 382, 398, 479, 490, 538), programme().ids);
    const dataset = validateDocuments([programme().document, jsonDocument('actions.json', data)]);
    expect(dataset.relationships).toContainEqual(
      expect.objectContaining({ type: 'SUBTYPE_OF', from: 'form:union-contract', to: 'form:collective-bargaining' }),
    );
    expect(report.unresolved.filter((u) => u.record === 'across-datasets.json').map((u) => u.value)).toEqual([
      'worker:gig-workers → worker:platform-workers',
    ]);
  });
});
