import type { Css } from 'cytoscape';
import type { EdgeType, EntityType, OrganisationKind, RelationshipType } from '../types';

/** How an entity type is drawn. Shapes are Cytoscape node shapes. */
export interface NodeLook {
  colour: string;
  shape: Css.NodeShape;
}

/** How a relationship type is drawn. */
export interface EdgeLook {
  colour: string;
  line: 'solid' | 'dashed' | 'dotted';
  width: number;
}

// Colours drawn from colour-blind-safe sets (Okabe–Ito, Tol); shapes and dashes carry the same
// information so that colour is never the only cue.
export const NODE_LOOKS: Record<EntityType, NodeLook> = {
  PERSON: { colour: '#0072B2', shape: 'ellipse' },
  ORGANISATION: { colour: '#D55E00', shape: 'round-rectangle' },
  COUNTRY: { colour: '#4B5563', shape: 'hexagon' },
  WORKER_TYPE: { colour: '#E69F00', shape: 'round-diamond' },
  ORGANISING_FORM: { colour: '#CC79A7', shape: 'star' },
  SESSION: { colour: '#56B4E9', shape: 'rhomboid' },
  EVENT: { colour: '#882255', shape: 'octagon' },
  COLLECTIVE_ACTION: { colour: '#117733', shape: 'triangle' },
  STRUGGLE: { colour: '#CC6677', shape: 'vee' },
};

export const KIND_COLOURS: Record<OrganisationKind, string> = {
  UNION: '#D55E00',
  UNION_INITIATIVE: '#F4A582',
  COOPERATIVE: '#009E73',
  ONLINE_COMMUNITY: '#7B3FA0',
  COWORKING_COLLECTIVE: '#44AA99',
  PROFESSIONAL_BODY: '#AA4499',
  RESEARCH_INSTITUTE: '#332288',
  PUBLIC_BODY: '#999933',
  NETWORK: '#DDCC77',
  UNSPECIFIED: '#A1A1AA',
  COMPANY: '#661100',
};

export const EDGE_LOOKS: Record<RelationshipType, EdgeLook> = {
  HOLDS_ROLE: { colour: '#0072B2', line: 'solid', width: 2 },
  SPEAKS_IN: { colour: '#56B4E9', line: 'solid', width: 1.5 },
  PART_OF: { colour: '#6B7280', line: 'dotted', width: 2 },
  ORGANISED: { colour: '#882255', line: 'solid', width: 2 },
  CO_ORGANISED: { colour: '#882255', line: 'dashed', width: 1.5 },
  LEADS: { colour: '#D55E00', line: 'dashed', width: 2 },
  HELD_IN: { colour: '#4B5563', line: 'dotted', width: 1.5 },
  BASED_IN: { colour: '#374151', line: 'solid', width: 1.5 },
  ORGANISES: { colour: '#E69F00', line: 'solid', width: 2.5 },
  USES_FORM: { colour: '#CC79A7', line: 'solid', width: 2 },
  CONCERNS: { colour: '#009E73', line: 'dashed', width: 1.5 },
  SUBTYPE_OF: { colour: '#B45309', line: 'dotted', width: 2 },
  TOOK_FORM: { colour: '#CC79A7', line: 'dashed', width: 1.5 },
  TARGETS: { colour: '#661100', line: 'solid', width: 2 },
  TOOK_PLACE_IN: { colour: '#4B5563', line: 'dashed', width: 1 },
  INVOLVES: { colour: '#E69F00', line: 'dashed', width: 2 },
};

/** How a folded link is drawn (its width follows its weight, see `foldedWidth`). */
export const FOLDED_LOOK: EdgeLook = { colour: '#117733', line: 'solid', width: 2 };

/** The look of any drawn link. */
export function edgeLook(type: EdgeType): EdgeLook {
  return type === 'FOLDED' ? FOLDED_LOOK : EDGE_LOOKS[type];
}

/** Colours for communities, cycled when there are more communities than colours. */
export const COMMUNITY_COLOURS: readonly string[] = [
  '#1F77B4',
  '#FF7F0E',
  '#2CA02C',
  '#D62728',
  '#9467BD',
  '#8C564B',
  '#E377C2',
  '#7F7F7F',
  '#BCBD22',
  '#17BECF',
  '#393B79',
  '#AD494A',
];

/** The fill of an entity, by kind for organisations and by type for the rest. */
export function nodeColour(type: EntityType, kind: OrganisationKind | null): string {
  if (type === 'ORGANISATION') return KIND_COLOURS[kind ?? 'UNSPECIFIED'];
  return NODE_LOOKS[type].colour;
}

export function communityColour(community: number): string {
  return COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length] ?? '#7F7F7F';
}
