import { ISO_COUNTRIES } from '../../model/isoCountries';
import { actionIdOf, citationOf, type DeriveContext } from './context';
import { deriveGroups } from './deriveGroups';
import type { Term } from './mappings';
import { parseDate, parseLocation, slugOf, splitUrls, tagKey, titleCase, titleFrom, valueKey } from './normalise';
import type { UpstreamAction } from './upstream';

const FRENCH_REGIONS = new Intl.DisplayNames(['fr'], { type: 'region' });
const PROJECT_TRANSLATION = 'Nom français : traduction du projet.';

/** Derives one action's node and relationships; false when the action cannot be dated (reported). */
export function deriveAction(action: UpstreamAction, ctx: DeriveContext): boolean {
  const record = String(action.id);
  const parsedDate = parseDate(action.date);
  if (!parsedDate) {
    ctx.report.noteUnresolved({ record, field: 'date', value: action.date, reason: 'not a date: action left out' });
    return false;
  }
  if (parsedDate.date !== action.date) ctx.report.noteNormalised('date', action.date, parsedDate.date);
  const id = actionIdOf(action.id);
  const citation = citationOf(action.id);
  const sourceUrls = readSources(action, ctx);
  const facts = { basis: 'stated', citations: [citation], ...(sourceUrls.length ? { sourceUrls } : {}) };
  const relate = (type: string, from: string, to: string, extra: Record<string, unknown>) =>
    ctx.builder.relate({ type, from, to, ...facts, ...extra });

  for (const [termId, raws] of terms(action, 'actions', ctx.mappings.vocabulary.forms, ctx)) {
    relate('TOOK_FORM', id, termId, { valuesRaw: raws });
  }
  for (const [termId, raws] of terms(action, 'struggles', ctx.mappings.vocabulary.struggles, ctx)) {
    relate('CONCERNS', id, termId, { valuesRaw: raws });
  }
  for (const [termId, raws] of terms(action, 'employment_types', ctx.mappings.vocabulary.employmentTypes, ctx)) {
    relate('INVOLVES', id, termId, { valuesRaw: raws });
  }
  for (const [orgId, raws] of companies(action, ctx)) relate('TARGETS', id, orgId, { valuesRaw: raws });
  for (const [countryId, place] of places(action, ctx)) {
    relate('TOOK_PLACE_IN', id, countryId, {
      valuesRaw: place.raw,
      ...(place.places.length ? { places: place.places } : {}),
    });
  }

  deriveGroups(action, ctx, sourceUrls);
  const tags = readTags(action, ctx);
  ctx.builder.add({
    label: 'CollectiveAction',
    id,
    nameEn: titleFrom(action.description),
    nameFr: titleFrom(action.description),
    descriptionEn: action.description.trim(),
    date: parsedDate.date,
    datePrecision: parsedDate.precision,
    dateRaw: action.date,
    ...(action.workers === null ? {} : { workers: action.workers }),
    ...(action.online === null ? {} : { online: action.online }),
    tags,
    tagsRaw: action.tags ?? [],
    sourceUrls,
    sourcesRaw: action.sources,
    locationsRaw: action.locations ?? [],
    basis: 'stated',
    citations: [citation],
  });
  if (action.workers === null) ctx.report.noteNotStated('workers', null);
  if (action.companies === null) ctx.report.noteNotStated('companies', null);
  if (action.locations === null) ctx.report.noteNotStated('locations', null);
  return true;
}

function readSources(action: UpstreamAction, ctx: DeriveContext): string[] {
  const urls: string[] = [];
  for (const raw of action.sources) {
    const split = splitUrls(raw);
    if (split.urls.length > 1) ctx.report.noteNormalised('sources', 'one entry', `${split.urls.length} URLs`);
    for (const url of split.urls) if (!urls.includes(url)) urls.push(url);
    for (const value of split.rejected) {
      ctx.report.noteUnresolved({
        record: String(action.id),
        field: 'sources',
        value,
        reason: 'not an http(s) URL (kept in sourcesRaw)',
      });
    }
  }
  return urls;
}

function readTags(action: UpstreamAction, ctx: DeriveContext): string[] {
  const tags: string[] = [];
  for (const raw of action.tags ?? []) {
    const key = tagKey(raw);
    if (ctx.mappings.vocabulary.notStated.includes(key)) {
      ctx.report.noteNotStated('tags', raw);
      continue;
    }
    const tag = ctx.mappings.vocabulary.tagSpellings[key] ?? key;
    ctx.report.noteNormalised('tags', raw, tag);
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(tag)) {
      ctx.report.noteUnresolved({ record: String(action.id), field: 'tags', value: raw, reason: 'not a usable tag' });
    } else if (!tags.includes(tag)) tags.push(tag);
  }
  if (action.tags === null) ctx.report.noteNotStated('tags', null);
  return tags;
}

type TermField = 'actions' | 'struggles' | 'employment_types';
const TERM_LABELS: Record<TermField, string> = {
  actions: 'OrganisingForm',
  struggles: 'Struggle',
  employment_types: 'WorkerType',
};

/** The controlled values of a field, grouped by the graph entity they name: id → raw spellings. */
function terms(
  action: UpstreamAction,
  field: TermField,
  table: Record<string, Term>,
  ctx: DeriveContext,
): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const raw of action[field]) {
    const key = valueKey(raw);
    const term = table[key];
    if (!term) {
      if (ctx.mappings.vocabulary.notStated.includes(key)) ctx.report.noteNotStated(field, raw);
      else
        ctx.report.noteUnresolved({ record: String(action.id), field, value: raw, reason: 'not in vocabulary.json' });
      continue;
    }
    ctx.report.noteNormalised(field, raw, key);
    ctx.builder.meet(
      term.id,
      () => ({
        label: TERM_LABELS[field],
        nameEn: term.nameEn,
        nameFr: term.nameFr,
        descriptionEn: `The data set's value "${key}".`,
        descriptionFr: PROJECT_TRANSLATION,
        basis: 'stated',
      }),
      citationOf(action.id),
      [raw, key],
    );
    found.set(term.id, [...(found.get(term.id) ?? []), raw]);
  }
  return found;
}

function companies(action: UpstreamAction, ctx: DeriveContext): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const { spellings, names } = ctx.mappings.companies;
  for (const raw of action.companies ?? []) {
    const spelled = valueKey(raw);
    if (ctx.mappings.vocabulary.notStated.includes(spelled)) {
      ctx.report.noteNotStated('companies', raw);
      continue;
    }
    const key = spellings[spelled] ?? spelled;
    const name = names[key] ?? titleCase(key);
    const id = `org:${slugOf(key)}`;
    ctx.report.noteNormalised('companies', raw, name);
    ctx.builder.meet(
      id,
      () => ({
        label: 'Organisation',
        nameEn: name,
        nameFr: name,
        kind: 'COMPANY',
        kindBasis: 'stated',
        basis: 'stated',
      }),
      citationOf(action.id),
      [raw],
    );
    found.set(id, [...(found.get(id) ?? []), raw]);
  }
  return found;
}

interface CountryPlaces {
  raw: string[];
  places: string[];
}

function places(action: UpstreamAction, ctx: DeriveContext): Map<string, CountryPlaces> {
  const found = new Map<string, CountryPlaces>();
  for (const raw of action.locations ?? []) {
    const { country, place } = parseLocation(raw);
    if (ctx.mappings.places.notCountries.includes(country)) {
      ctx.report.noteNotCountry(country);
      continue;
    }
    const code = ctx.mappings.places.countries[country];
    if (code === undefined || ISO_COUNTRIES[code] === undefined) {
      const reason = code === undefined ? 'country not in places.json' : `"${code}" is no ISO country code`;
      ctx.report.noteUnresolved({ record: String(action.id), field: 'locations', value: raw, reason });
      continue;
    }
    const id = `country:${code}`;
    if (!ctx.knownIds.has(id)) {
      ctx.builder.meet(
        id,
        () => ({
          label: 'Country',
          code,
          nameEn: ISO_COUNTRIES[code],
          nameFr: FRENCH_REGIONS.of(code) ?? ISO_COUNTRIES[code],
          basis: 'stated',
        }),
        citationOf(action.id),
        [country],
      );
    }
    const entry = found.get(id) ?? { raw: [], places: [] };
    entry.raw.push(raw);
    if (place !== undefined && !entry.places.includes(place)) entry.places.push(place);
    found.set(id, entry);
  }
  return found;
}
