import { isEdgeId } from '../vocabulary';
import { DEFAULT_VIEW, type ViewState } from './viewState';

/**
 * The entity ids a view names: filter values (countries as `country:XX`), expansions, hidden
 * and focused entities, the ends of a path and the selection (a relationship by its two ends).
 */
export function namedIds(view: ViewState): string[] {
  const { filters, explore } = view;
  const selected = view.selected ? (isEdgeId(view.selected) ? endsOf(view.selected) : [view.selected]) : [];
  return [
    ...new Set([
      ...filters.countries.map((code) => `country:${code}`),
      ...filters.workerTypes,
      ...filters.organisingForms,
      ...filters.sessions,
      ...explore.expanded.map((item) => item.id),
      ...explore.hidden,
      ...(explore.focus ? [explore.focus] : []),
      ...(explore.path ? [explore.path.from, explore.path.to] : []),
      ...selected,
    ]),
  ];
}

function endsOf(edgeId: string): string[] {
  const parts = edgeId.split('|');
  return [parts[0] ?? '', parts.at(-1) ?? ''];
}

/** The view without what names an unknown entity; the rest of it stays as the link had it. */
export function withoutUnknown(view: ViewState, unknown: ReadonlySet<string>): ViewState {
  if (!unknown.size) return view;
  const known = (id: string) => !unknown.has(id);
  const { filters, explore } = view;
  const selectedKnown = view.selected !== null && namedIds({ ...DEFAULT_VIEW, selected: view.selected }).every(known);
  const path = explore.path && known(explore.path.from) && known(explore.path.to) ? explore.path : null;
  return {
    ...view,
    filters: {
      ...filters,
      countries: filters.countries.filter((code) => known(`country:${code}`)),
      workerTypes: filters.workerTypes.filter(known),
      organisingForms: filters.organisingForms.filter(known),
      sessions: filters.sessions.filter(known),
    },
    explore: {
      expanded: explore.expanded.filter((item) => known(item.id)),
      hidden: explore.hidden.filter(known),
      focus: explore.focus && known(explore.focus) ? explore.focus : null,
      path,
    },
    selected: selectedKnown ? view.selected : null,
  };
}

/** The parameters whose value a view cannot take (`layout=spiral`), as they were written. */
export function unusableValues(search: string, view: ViewState): string[] {
  const params = new URLSearchParams(search);
  const taken: Record<string, string> = {
    view: view.view,
    lang: view.lang.toLowerCase(),
    layout: view.layout,
    size: view.sizeBy,
    colour: view.colourBy,
  };
  const wrong: string[] = [];
  for (const [key, value] of Object.entries(taken)) {
    const raw = params.get(key);
    if (raw !== null && raw.toLowerCase() !== value.toLowerCase()) wrong.push(`${key}=${raw}`);
  }
  for (const kind of (params.get('kind') ?? '').split(',').filter(Boolean)) {
    if (!(view.filters.organisationKinds as string[]).includes(kind.trim().toUpperCase())) wrong.push(`kind=${kind}`);
  }
  if ((params.get('from') === null) !== (params.get('to') === null)) wrong.push(params.has('from') ? 'from' : 'to');
  return wrong;
}
