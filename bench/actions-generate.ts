// Dated collective actions shaped like the Collective Action in Tech data set, added to a generated
// graph: a few companies are the target of most actions and a few organising groups organise most
// of them (power laws), dates spread over five decades with most in the last few years, at the
// precision of a day, a month or a year. Deterministic by seed.
import { zipf, type GeneratedDocument } from '@faire-collectif/seed';
import { seededRandom } from './random';

type Fields = Record<string, unknown>;

/** The share of a generated graph's nodes that are collective actions (5,000 of 100k). */
export const ACTION_SHARE = 0.05;
/** Companies per action: the real data set names 174 companies for 506 actions. */
const COMPANIES_PER_ACTION = 1 / 3;
/** The real data set's seven struggles. */
const STRUGGLES = [
  'Pay and benefits',
  'Working conditions',
  'Ethics',
  'Discrimination',
  'Union recognition',
  'Job security',
  'Other',
];
/** What the actions' names are made of, so that typed prefixes match some of them, not all. */
const ACTS = [
  'Strike',
  'Walkout',
  'Open letter',
  'Petition',
  'Protest',
  'Sit-in',
  'Log-off',
  'Boycott',
  'Rally',
  'Lawsuit',
];
const OVER = [
  'over pay',
  'against surveillance',
  'for union recognition',
  'against military contracts',
  'over layoffs',
  'against harassment',
  'over deactivations',
  'for safety equipment',
  'against forced arbitration',
  'over tips',
  'against a return to office',
  'for paid sick leave',
];
export const FIRST_YEAR = 1969;
export const LAST_YEAR = 2023;
const SOURCE = 'bench-actions';

/** How many nodes of a `total`-node graph the actions, their companies and struggles take. */
export function actionNodeCounts(total: number): { actions: number; companies: number; struggles: number } {
  const actions = Math.max(20, Math.floor(total * ACTION_SHARE));
  return { actions, companies: Math.max(5, Math.floor(actions * COMPANIES_PER_ACTION)), struggles: STRUGGLES.length };
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * An action's date at a precision, as the real data set's records give it; the seed's own rule
 * (`validateDataset`) derives its time span from it, as for the real data.
 */
function datedAt(year: number, month: number, day: number, precision: 'day' | 'month' | 'year'): Fields {
  const date = `${year}-${pad(precision === 'year' ? 1 : month)}-${pad(precision === 'day' ? day : 1)}`;
  const written = precision === 'year' ? `${year}` : precision === 'month' ? `${year}-${pad(month)}` : date;
  return { date, datePrecision: precision, dateRaw: written.replaceAll('-', '/') };
}

/**
 * Adds `actionNodeCounts(total)` actions, companies and struggles to a generated document, tied
 * to its worker types, forms, countries and organisations (the organising groups).
 */
export function addCollectiveActions(
  document: GeneratedDocument,
  options: { total: number; seed: number },
): GeneratedDocument {
  const random = seededRandom(options.seed * 7919 + 17);
  const int = (n: number) => Math.floor(random() * n);
  const counts = actionNodeCounts(options.total);
  const ids = (label: string) => document.nodes.filter((n) => n.label === label).map((n) => String(n.id));
  const workerTypes = ids('WorkerType');
  const forms = ids('OrganisingForm').slice(0, 11);
  const countries = ids('Country');
  const groups = ids('Organisation');

  document.sources.push({
    id: SOURCE,
    title: 'Bench collective actions',
    language: 'en',
    publisher: 'Bench',
    date: '2024-01-01',
  });
  const cite = (i: number) => [`${SOURCE}#action-${i}`];
  const nodes: Fields[] = [];
  const relationships: Fields[] = [];

  const struggles = STRUGGLES.map((name, i) => `struggle:struggle-${i}`);
  STRUGGLES.forEach((name, i) =>
    nodes.push({
      id: struggles[i],
      label: 'Struggle',
      nameEn: name,
      nameFr: name,
      basis: 'stated',
      citations: cite(0),
    }),
  );
  const companies = Array.from({ length: counts.companies }, (_, i) => `org:company-${i}`);
  companies.forEach((id, i) =>
    nodes.push({
      id,
      label: 'Organisation',
      nameEn: `Platform Company ${i}`,
      nameFr: `Platform Company ${i}`,
      kind: 'COMPANY',
      kindBasis: 'stated',
      basis: 'stated',
      citations: cite(0),
    }),
  );

  // Exponents fitted by eye to the real data set: its largest company is the target of 108 of 506
  // actions, its largest struggle of 232, its largest place of 159.
  const companyRank = zipf(companies.length, 1.1, random);
  const groupRank = zipf(groups.length, 1.2, random);
  const countryRank = zipf(countries.length, 1.4, random);
  const formRank = zipf(forms.length, 1.0, random);
  const struggleRank = zipf(struggles.length, 0.9, random);
  const workerRank = zipf(workerTypes.length, 1.3, random);
  const relate = (seen: Set<string>, type: string, from: string, to: string, i: number) => {
    const id = `${from}|${type}|${to}`;
    if (seen.has(id)) return;
    seen.add(id);
    relationships.push({ type, from, to, basis: 'stated', citations: cite(i) });
  };

  for (let i = 0; i < counts.actions; i += 1) {
    const id = `action:bench-${i}`;
    const name = `${ACTS[int(ACTS.length)]!} ${OVER[int(OVER.length)]!}`;
    // Most actions are recent (the real data set has 80% in 2018–2021), a few go back decades.
    const year = Math.max(FIRST_YEAR, LAST_YEAR - Math.floor(-Math.log(1 - random()) * 4));
    const month = 1 + int(12);
    const day = 1 + int(daysIn(year, month));
    const u = random();
    const date = datedAt(year, month, day, u < 0.8 ? 'day' : u < 0.92 ? 'month' : 'year');
    nodes.push({
      id,
      label: 'CollectiveAction',
      nameEn: name,
      nameFr: name,
      descriptionEn: `${name} (generated action ${i}).`,
      ...date,
      ...(random() < 0.6 ? { workers: 10 + int(5000) } : {}),
      online: random() < 0.2,
      tags: [],
      tagsRaw: [],
      sourceUrls: [`https://example.org/reports/${i}`],
      sourcesRaw: [`https://example.org/reports/${i}`],
      locationsRaw: [],
      basis: 'stated',
      citations: cite(i),
    });
    const seen = new Set<string>();
    for (let k = 1 + (random() < 0.3 ? 1 : 0); k > 0; k -= 1) relate(seen, 'TOOK_FORM', id, forms[formRank()]!, i);
    for (let k = 1 + (random() < 0.4 ? 1 : 0); k > 0; k -= 1)
      relate(seen, 'CONCERNS', id, struggles[struggleRank()]!, i);
    for (let k = random() < 0.85 ? 1 + (random() < 0.3 ? 1 : 0) : 0; k > 0; k -= 1)
      relate(seen, 'INVOLVES', id, workerTypes[workerRank()]!, i);
    for (let k = random() < 0.8 ? 1 + (random() < 0.15 ? 1 : 0) : 0; k > 0; k -= 1)
      relate(seen, 'TARGETS', id, companies[companyRank()]!, i);
    if (random() < 0.9) relate(seen, 'TOOK_PLACE_IN', id, countries[countryRank()]!, i);
    // About a third of the real actions name the group that organised them.
    for (let k = random() < 0.35 ? 1 + (random() < 0.2 ? 1 : 0) : 0; k > 0; k -= 1)
      relate(seen, 'ORGANISED', groups[groupRank()]!, id, i);
  }
  document.nodes.push(...nodes);
  document.relationships.push(...relationships);
  return document;
}
