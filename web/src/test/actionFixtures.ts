// Test data shaped like the API's answers about collective actions (the contract's shapes; the
// action and its reports are made up for the tests). Tests only.
import type { FoldedLinksFieldsFragment } from '../models/graphql/generated';
import type { ProvenanceData } from '../models/types';

export const ACTION_ID = 'action:test-1';

const RECORD = {
  id: 'collective-action-tech',
  title: 'Collective Action in Tech',
  language: 'EN' as const,
  publisher: 'Collective Action in Tech',
  date: '2022',
  url: 'https://example.org/collective-action-tech',
};

export const ACTION_PROVENANCE: ProvenanceData = {
  basis: 'STATED',
  note: null,
  sourceUrls: ['https://news.example.org/2019/06/walkout', 'https://www.example.com/report'],
  citations: [
    {
      source: RECORD,
      locator: 'row-1',
      label: 'Record 1',
      url: 'https://example.org/collective-action-tech/actions/1',
      quote: 'Workers walked out over pay.',
      session: null,
    },
    // The same record cited twice (once per fact it supports): shown once.
    {
      source: RECORD,
      locator: 'row-1',
      label: 'Record 1',
      url: 'https://example.org/collective-action-tech/actions/1',
      quote: 'Workers walked out over pay.',
      session: null,
    },
  ],
};

export const ACTION_DETAILS = {
  node: {
    id: ACTION_ID,
    type: 'COLLECTIVE_ACTION',
    name: 'Drivers walk out over pay',
    nameEn: 'Drivers walk out over pay',
    nameFr: 'Drivers walk out over pay',
    aliases: [],
    description: 'Drivers walk out over pay. They asked for a minimum fare.',
    degree: 5,
    provenance: ACTION_PROVENANCE,
    actionDate: '2019-06',
    datePrecision: 'MONTH',
    dateRaw: '2019/06',
    workers: 1200,
    online: false,
    tags: ['coworker_solidarity'],
    tagsRaw: ['coworker solidarity'],
    sourceUrls: ACTION_PROVENANCE.sourceUrls,
    locations: ['new york city-new york-usa'],
    dataset: { id: 'collective-action-tech', title: 'Collective Action in Tech' },
    forms: [{ id: 'form:strike', name: 'Strike' }],
    struggles: [{ id: 'struggle:pay-and-benefits', name: 'Pay and benefits' }],
    workerTypes: [{ id: 'worker:drivers', name: 'Drivers' }],
    companies: [{ id: 'org:ride-co', name: 'Ride Co' }],
    actionCountries: [{ id: 'country:US', name: 'United States' }],
    organisers: [{ id: 'org:drivers-union', name: 'Drivers Union' }],
  },
  neighbourhood: { nodes: [], edges: [], totalCount: 0, omittedCount: 0 },
};

const node = (id: string, type: string, label: string) => ({
  id,
  type,
  label,
  organisationKind: null,
  countryCodes: [],
  degree: 3,
  time: null,
});

export const FOLDED: FoldedLinksFieldsFragment = {
  nodes: [
    node('org:drivers-union', 'ORGANISATION', 'Drivers Union'),
    node('worker:drivers', 'WORKER_TYPE', 'Drivers'),
    node('country:US', 'COUNTRY', 'United States'),
  ] as FoldedLinksFieldsFragment['nodes'],
  links: [
    {
      id: 'org:drivers-union|FOLDED|worker:drivers',
      source: 'org:drivers-union',
      target: 'worker:drivers',
      weight: 25,
      basis: 'STATED',
      actions: [{ id: ACTION_ID, name: 'Drivers walk out over pay', date: '2019-06' }],
    },
    {
      id: 'country:US|FOLDED|org:drivers-union',
      source: 'country:US',
      target: 'org:drivers-union',
      weight: 1,
      basis: 'INFERRED',
      actions: [{ id: ACTION_ID, name: 'Drivers walk out over pay', date: '2019-06' }],
    },
  ],
  actionCount: 26,
  truncated: false,
};
