// A deterministic generator of realistic graphs in the seed's JSON format, for load benchmarks
// (bench/seed-generate.ts, bench/seed-import.ts): power-law membership (a few organisations with
// thousands of members), hub federations that many organisations are PART_OF, countries, worker
// types and forms, citations on every record.
import { ORGANISATION_KINDS, type OrganisationKind } from '../model/graphModel';
import { ISO_COUNTRIES } from '../model/isoCountries';

export interface GenerateOptions {
  /** Total number of nodes (at least 100). */
  nodes: number;
  /** PRNG seed: the same seed and size always give the same graph. */
  seed?: number;
  dataset?: string;
}

type Fields = Record<string, unknown>;

export interface GeneratedDocument {
  dataset: string;
  sources: Fields[];
  nodes: Fields[];
  relationships: Fields[];
}

/** mulberry32: small, fast and good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples ranks 0..n-1 with P(k) ∝ 1/(k+1)^s: the degree distribution of real membership graphs. */
export function zipf(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k += 1) {
    total += 1 / (k + 1) ** s;
    cdf[k] = total;
  }
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const FIRST = [
  'Anna',
  'Bruno',
  'Chloé',
  'Dario',
  'Élodie',
  'Fatou',
  'Günter',
  'Hélène',
  'Iñaki',
  'Joana',
  'Kwame',
  'Léa',
  'Miguel',
  'Noémie',
  'Olaf',
  'Paula',
  'Quentin',
  'Rosa',
  'Søren',
  'Théo',
];
const LAST = [
  'Martin',
  'Müller',
  'García',
  'Rossi',
  'Dubois',
  'Nowak',
  'Silva',
  'Jansen',
  'Lefèvre',
  'Kowalski',
  'Ferreira',
  'Moreau',
  'Bianchi',
  'Schäfer',
  'López',
  'Fontaine',
];
const ORG_WORDS = [
  'Workers',
  'Creators',
  'Riders',
  'Freelancers',
  'Makers',
  'Drivers',
  'Designers',
  'Coders',
  'Artists',
  'Couriers',
];
const ORG_KIND_WEIGHTS: Record<OrganisationKind, number> = {
  UNION: 30,
  UNION_INITIATIVE: 10,
  COOPERATIVE: 12,
  ONLINE_COMMUNITY: 15,
  COWORKING_COLLECTIVE: 8,
  PROFESSIONAL_BODY: 10,
  RESEARCH_INSTITUTE: 5,
  PUBLIC_BODY: 3,
  NETWORK: 4,
  UNSPECIFIED: 3,
  // Weight 0: generated data sets (and the bench figures made from them) stay as they were.
  COMPANY: 0,
};
const LOCATORS = ['header', 'introduction', 'session-1', 'session-2', 'session-3', 'synthesis'];

export function generateDataset(options: GenerateOptions): GeneratedDocument {
  const total = Math.max(100, Math.floor(options.nodes));
  const random = prng(options.seed ?? 1);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]) => items[int(items.length)]!;
  const dataset = options.dataset ?? 'bench';

  const sources = Array.from({ length: 50 }, (_, i) => ({
    id: `bench-source-${i}`,
    title: `Bench source ${i}`,
    language: i % 2 ? 'fr' : 'en',
    publisher: 'Bench',
    date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
  }));
  const sourceRank = zipf(sources.length, 1, random);
  const provenance = (): Fields => {
    const citations = [`${sources[sourceRank()]!.id}#${pick(LOCATORS)}`];
    if (random() < 0.5) citations.push(`${sources[sourceRank()]!.id}#${pick(LOCATORS)}`);
    const unique = [...new Set(citations)];
    return random() < 0.2
      ? { basis: 'inferred', note: 'Generated as an inference.', citations: unique }
      : { basis: 'stated', citations: unique };
  };

  const nodes: Fields[] = [];
  const relationships: Fields[] = [];
  const seenRelationships = new Set<string>();
  const relate = (type: string, from: string, to: string, extra: Fields = {}) => {
    const id = `${from}|${type}|${to}`;
    if (from === to || seenRelationships.has(id)) return;
    seenRelationships.add(id);
    relationships.push({ type, from, to, ...extra, ...provenance() });
  };

  const countryCodes = Object.keys(ISO_COUNTRIES).slice(0, Math.min(249, Math.max(10, Math.floor(total * 0.01))));
  const countries = countryCodes.map((code) => `country:${code}`);
  countryCodes.forEach((code) =>
    nodes.push({
      id: `country:${code}`,
      label: 'Country',
      code,
      nameEn: ISO_COUNTRIES[code],
      nameFr: ISO_COUNTRIES[code],
      ...provenance(),
    }),
  );
  const workerTypes = Array.from({ length: 40 }, (_, i) => `worker:type-${i}`);
  workerTypes.forEach((id, i) => {
    nodes.push({
      id,
      label: 'WorkerType',
      nameEn: `Worker type ${i}`,
      nameFr: `Type de travailleurs ${i}`,
      aliases: [`wt${i}`],
      ...provenance(),
    });
    if (i >= 8) relate('SUBTYPE_OF', id, workerTypes[i % 8]!);
  });
  const forms = Array.from({ length: 25 }, (_, i) => `form:form-${i}`);
  forms.forEach((id, i) =>
    nodes.push({ id, label: 'OrganisingForm', nameEn: `Form ${i}`, nameFr: `Forme ${i}`, ...provenance() }),
  );

  const rest = total - nodes.length;
  const eventCount = Math.max(1, Math.floor(rest * 0.02));
  const sessionCount = Math.max(1, Math.floor(rest * 0.1));
  const orgCount = Math.max(10, Math.floor(rest * 0.3));
  const personCount = rest - eventCount - sessionCount - orgCount;

  const kinds = ORGANISATION_KINDS.flatMap((kind) => Array<OrganisationKind>(ORG_KIND_WEIGHTS[kind]).fill(kind));
  const orgs = Array.from({ length: orgCount }, (_, i) => `org:org-${i}`);
  const countryRank = zipf(countries.length, 1.2, random);
  const orgRank = zipf(orgCount, 1.05, random);
  const hubCount = Math.min(20, Math.max(2, Math.floor(orgCount / 100)));
  const hubRank = zipf(hubCount, 1.3, random);
  const workerRank = zipf(workerTypes.length, 0.8, random);
  const formRank = zipf(forms.length, 0.8, random);
  orgs.forEach((id, i) => {
    const kind = i < hubCount ? 'UNION' : pick(kinds);
    const kindBasis = kind === 'UNSPECIFIED' || random() < 0.15 ? 'inferred' : 'stated';
    nodes.push({
      id,
      label: 'Organisation',
      nameEn: `${pick(ORG_WORDS)} ${i < hubCount ? 'Federation' : 'Collective'} ${i}`,
      nameFr: `${i < hubCount ? 'Fédération' : 'Collectif'} ${i}`,
      aliases: random() < 0.3 ? [`ORG${i}`] : [],
      kind,
      kindBasis,
      ...(kindBasis === 'inferred' && kind !== 'UNSPECIFIED' ? { kindNote: 'Inferred from its description.' } : {}),
      ...provenance(),
    });
    relate('BASED_IN', id, countries[countryRank()]!);
    for (let k = 1 + int(4); k > 0; k -= 1) relate('ORGANISES', id, workerTypes[workerRank()]!);
    for (let k = 1 + int(3); k > 0; k -= 1) relate('USES_FORM', id, forms[formRank()]!);
    if (i >= hubCount && random() < 0.4) relate('PART_OF', id, orgs[hubRank()]!);
    if (kind === 'NETWORK') for (let k = 1 + int(3); k > 0; k -= 1) relate('LEADS', orgs[orgRank()]!, id);
  });

  const events = Array.from({ length: eventCount }, (_, i) => `event:event-${i}`);
  events.forEach((id, i) => {
    nodes.push({
      id,
      label: 'Event',
      nameEn: `Seminar ${i}`,
      nameFr: `Séminaire ${i}`,
      date: `20${10 + (i % 15)}-0${1 + (i % 9)}-2${i % 8}`,
      startTime: '09:00',
      endTime: '13:00',
      ...provenance(),
    });
    relate('HELD_IN', id, countries[countryRank()]!);
    relate('ORGANISED', orgs[orgRank()]!, id);
    for (let k = int(4); k > 0; k -= 1) relate('CO_ORGANISED', orgs[orgRank()]!, id);
  });
  const sessions = Array.from({ length: sessionCount }, (_, i) => `session:session-${i}`);
  sessions.forEach((id, i) => {
    const order = Math.floor(i / eventCount);
    nodes.push({
      id,
      label: 'Session',
      nameEn: `Session ${i}`,
      nameFr: `Session ${i}`,
      order,
      kind: order === 0 ? 'TALK' : 'SESSION',
      ...provenance(),
    });
    relate('PART_OF', id, events[i % eventCount]!, { order });
    for (let k = 1 + int(3); k > 0; k -= 1)
      relate('CONCERNS', id, random() < 0.5 ? workerTypes[workerRank()]! : forms[formRank()]!);
  });

  for (let i = 0; i < personCount; i += 1) {
    const id = `person:person-${i}`;
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    nodes.push({ id, label: 'Person', nameEn: name, nameFr: name, ...provenance() });
    for (let k = 1 + (random() < 0.4 ? 1 + int(2) : 0); k > 0; k -= 1) {
      relate('HOLDS_ROLE', id, orgs[orgRank()]!, { roleEn: 'Member', roleFr: 'Membre' });
    }
    for (let k = int(3) + (random() < 0.3 ? 1 : 0); k > 0; k -= 1) {
      relate('SPEAKS_IN', id, sessions[int(sessionCount)]!, { order: 1 + int(5) });
    }
  }
  return { dataset, sources, nodes, relationships };
}
