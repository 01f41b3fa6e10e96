// A synthetic network as the API would return it (GraphNode/GraphEdge, web/src/models/types.ts),
// of any size: the API caps a view at 2,000 entities, so 5k and 10k views cannot come from it.
import type { EntityType, GraphEdge, GraphNode, OrganisationKind, RelationshipType } from '../../web/src/models/types';
import { seededRandom } from '../random';

/** Share of each entity type among the nodes (close to the generated 100k graph). */
const TYPE_SHARES: Array<[EntityType, number]> = [
  ['PERSON', 0.6],
  ['ORGANISATION', 0.3],
  ['COUNTRY', 0.02],
  ['WORKER_TYPE', 0.03],
  ['ORGANISING_FORM', 0.02],
  ['SESSION', 0.02],
  ['EVENT', 0.01],
];

/** Relationship types with their ends and their share of the edges. */
const EDGE_SHARES: Array<[RelationshipType, EntityType, EntityType, number]> = [
  ['HOLDS_ROLE', 'PERSON', 'ORGANISATION', 0.4],
  ['BASED_IN', 'ORGANISATION', 'COUNTRY', 0.15],
  ['ORGANISES', 'ORGANISATION', 'WORKER_TYPE', 0.15],
  ['USES_FORM', 'ORGANISATION', 'ORGANISING_FORM', 0.1],
  ['PART_OF', 'ORGANISATION', 'ORGANISATION', 0.05],
  ['SPEAKS_IN', 'PERSON', 'SESSION', 0.1],
  ['CONCERNS', 'SESSION', 'WORKER_TYPE', 0.03],
  ['ORGANISED', 'ORGANISATION', 'EVENT', 0.02],
];

const KINDS: OrganisationKind[] = ['UNION', 'COOPERATIVE', 'ONLINE_COMMUNITY', 'NETWORK', 'PROFESSIONAL_BODY'];
const WORDS = [
  'Alliance',
  'Union',
  'Coop',
  'Guild',
  'Network',
  'Riders',
  'Designers',
  'Freelancers',
  'Collective',
  'Solidarity',
  'Forum',
  'Federation',
  'Couriers',
  'Translators',
  'Makers',
];
const FIRST = ['Ana', 'Bruno', 'Chloé', 'David', 'Élise', 'Farid', 'Greta', 'Hugo', 'Inès', 'Jonas'];
const LAST = ['Martin', 'Dubois', 'Müller', 'García', 'Rossi', 'Nowak', 'Silva', 'Jensen', 'Moreau', 'Fischer'];

export interface DrawnGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** `nodeCount` entities and `edgesPerNode × nodeCount` relationships, hubs included, from a seed. */
export function syntheticGraph(nodeCount: number, edgesPerNode: number, seed: number): DrawnGraph {
  const random = seededRandom(seed);
  const pickOf = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const byType = new Map<EntityType, GraphNode[]>();
  const nodes: GraphNode[] = [];
  for (const [type, share] of TYPE_SHARES) {
    // People take whatever rounding leaves, so there are exactly `nodeCount` nodes.
    const others = TYPE_SHARES.filter(([t]) => t !== 'PERSON').reduce(
      (n, [, s]) => n + Math.max(1, Math.round(nodeCount * s)),
      0,
    );
    const count = type === 'PERSON' ? Math.max(1, nodeCount - others) : Math.max(1, Math.round(nodeCount * share));
    const list: GraphNode[] = [];
    for (let i = 0; i < count && nodes.length < nodeCount; i += 1) {
      const label =
        type === 'PERSON'
          ? `${pickOf(FIRST)} ${pickOf(LAST)}`
          : type === 'COUNTRY'
            ? `Country ${i}`
            : `${pickOf(WORDS)} ${pickOf(WORDS)} ${i}`;
      const node: GraphNode = {
        id: `${type.toLowerCase()}:${i}`,
        type,
        label,
        organisationKind: type === 'ORGANISATION' ? pickOf(KINDS) : null,
        countryCodes: [],
        degree: 0,
        time: null,
      };
      list.push(node);
      nodes.push(node);
    }
    byType.set(type, list);
  }

  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const wanted = Math.round(nodeCount * edgesPerNode);
  const degree = new Map<string, number>();
  // Targets are drawn with a bias to the first of their type: hubs (big unions, countries).
  for (let attempt = 0; edges.length < wanted && attempt < wanted * 4; attempt += 1) {
    let roll = random();
    const entry = EDGE_SHARES.find(([, , , share]) => (roll -= share) < 0) ?? EDGE_SHARES[0]!;
    const [type, fromType, toType] = entry;
    const sources = byType.get(fromType) ?? [];
    const targets = byType.get(toType) ?? [];
    if (sources.length === 0 || targets.length === 0) continue;
    const source = sources[Math.floor(random() * sources.length)]!;
    const target = targets[Math.floor(random() ** 2.5 * targets.length)]!;
    const key = `${source.id}|${type}|${target.id}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    edges.push({
      id: key,
      type,
      source: source.id,
      target: target.id,
      label: type.toLowerCase(),
      basis: 'STATED',
      time: null,
    });
    degree.set(source.id, (degree.get(source.id) ?? 0) + 1);
    degree.set(target.id, (degree.get(target.id) ?? 0) + 1);
  }
  for (const node of nodes) node.degree = degree.get(node.id) ?? 0;
  return { nodes, edges };
}
