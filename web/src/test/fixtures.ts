// Test data shaped like the API's answers (a slice of the seminar programme). Tests only.
import type {
  DrawnNetwork,
  GraphNode,
  PathResultData,
  ProvenanceData,
  RelationshipEdge,
  RelationshipType,
} from '../models/types';

export function node(id: string, label: string, extra: Partial<GraphNode> = {}): GraphNode {
  const type = id.startsWith('person:')
    ? 'PERSON'
    : id.startsWith('org:')
      ? 'ORGANISATION'
      : id.startsWith('country:')
        ? 'COUNTRY'
        : id.startsWith('worker:')
          ? 'WORKER_TYPE'
          : id.startsWith('form:')
            ? 'ORGANISING_FORM'
            : id.startsWith('session:')
              ? 'SESSION'
              : 'EVENT';
  return {
    id,
    type,
    label,
    organisationKind: type === 'ORGANISATION' ? 'UNION' : null,
    countryCodes: [],
    degree: 1,
    time: null,
    ...extra,
  };
}

export function edge(
  source: string,
  type: RelationshipType,
  target: string,
  extra: Partial<RelationshipEdge> = {},
): RelationshipEdge {
  return {
    id: `${source}|${type}|${target}`,
    type,
    source,
    target,
    label: type.toLowerCase(),
    basis: 'STATED',
    time: null,
    ...extra,
  };
}

export const igMetall = node('org:ig-metall', 'IG Metall', { countryCodes: ['DE'], degree: 5 });
export const verdi = node('org:verdi', 'Ver.di', { countryCodes: ['DE'], degree: 3 });
export const fcw = node('org:faircrowdwork-watch', 'FairCrowdWork Watch', {
  organisationKind: 'UNION_INITIATIVE',
  countryCodes: ['DE'],
  degree: 4,
});
export const germany = node('country:DE', 'Germany', { countryCodes: ['DE'], degree: 3 });
export const fuss = node('person:robert-fuss', 'Robert Fuss', { countryCodes: ['DE'], degree: 2 });
export const milland = node('person:kristy-milland', 'Kristy Milland', { countryCodes: ['CA'], degree: 2 });
export const session1 = node('session:faire-collectif-2016-07-08-session-1', 'Defending the rights of crowd workers', {
  degree: 6,
});
export const crowd = node('worker:crowd-workers', 'Crowd workers', { degree: 4 });

export const NODES: GraphNode[] = [igMetall, verdi, fcw, germany, fuss, milland, session1, crowd];

export const EDGES: RelationshipEdge[] = [
  edge(igMetall.id, 'BASED_IN', germany.id, { label: 'is based in' }),
  edge(verdi.id, 'BASED_IN', germany.id, { label: 'is based in' }),
  edge(fcw.id, 'PART_OF', igMetall.id, { label: 'is part of' }),
  edge(fuss.id, 'HOLDS_ROLE', fcw.id, { label: 'Leader' }),
  edge(fuss.id, 'SPEAKS_IN', session1.id, { label: 'speaks in' }),
  edge(milland.id, 'SPEAKS_IN', session1.id, { label: 'speaks in', basis: 'STATED' }),
  edge(fcw.id, 'ORGANISES', crowd.id, { label: 'organises', basis: 'INFERRED' }),
];

export const NETWORK: DrawnNetwork = { nodes: NODES, edges: EDGES, totalCount: 65, truncated: false, undatedCount: 0 };

export const PROGRAMME_EN = {
  id: 'programme-2016-07-08-en',
  title: 'Building collective groups and action — programme',
  language: 'EN' as const,
  publisher: 'Faire collectif',
  date: '2016-07-08',
  url: 'https://example.org/programme-en.pdf',
};

export const PROVENANCE_SESSION_1: ProvenanceData = {
  basis: 'STATED',
  note: null,
  sourceUrls: [],
  citations: [
    {
      source: PROGRAMME_EN,
      locator: 'session-1',
      label: 'Session 1, 09:15',
      url: null,
      quote: null,
      session: { id: session1.id, name: session1.label, startTime: '09:15', endTime: '10:45' },
    },
  ],
};

export const PROVENANCE_INFERRED: ProvenanceData = {
  basis: 'INFERRED',
  note: 'The session on crowd workers places the initiative there.',
  sourceUrls: [],
  citations: PROVENANCE_SESSION_1.citations,
};

export const PATH_MILLAND_FUSS: PathResultData = {
  length: 2,
  paths: [
    {
      nodes: [milland, session1, fuss],
      explanation: 'Kristy Milland —speaks in→ Defending the rights of crowd workers ←speaks in— Robert Fuss',
      steps: [
        {
          edge: EDGES[5]!,
          from: { id: milland.id, label: milland.label },
          to: { id: session1.id, label: session1.label },
          reversed: false,
          sentence: 'Kristy Milland speaks in Defending the rights of crowd workers',
        },
        {
          edge: EDGES[4]!,
          from: { id: session1.id, label: session1.label },
          to: { id: fuss.id, label: fuss.label },
          reversed: true,
          sentence: 'Robert Fuss speaks in Defending the rights of crowd workers',
        },
      ],
    },
  ],
};
