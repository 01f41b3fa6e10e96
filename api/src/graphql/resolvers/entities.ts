import { labelOf } from '@faire-collectif/seed/model';
import type { EntityModel, GraphNodeModel, NodeModel } from '../../data/models';
import { inLanguage } from '../../domain/language';
import type {
  CollectiveActionResolvers,
  CountryResolvers,
  EventResolvers,
  Language,
  OrganisationResolvers,
  OrganisingFormResolvers,
  PersonResolvers,
  SessionResolvers,
  StruggleResolvers,
  WorkerTypeResolvers,
} from '../../generated/graphql';
import { pageArgs } from '../arguments';
import { toConnection } from '../connection';

// Entity fields: texts in the requested language from the model; linked entities through this
// request's loaders (one query per field and level, whatever the number of parents).

/** An organisation's actions, by the part it played (both when no role is asked). */
const ACTIONS_BY_ROLE = {
  BOTH: 'organisationActions',
  ORGANISED: 'organisationOrganisedActions',
  TARGETED: 'organisationTargetedActions',
} as const;

/** name(lang) and description(lang), shared by every entity type. */
const texts = {
  name: (entity: EntityModel, { lang }: { lang: Language }) => inLanguage(lang, entity.nameEn, entity.nameFr),
  description: (entity: EntityModel, { lang }: { lang: Language }) =>
    inLanguage(lang, entity.descriptionEn, entity.descriptionFr),
};

export const Person: PersonResolvers = {
  ...texts,
  roles: (person, _args, { loaders }) => loaders.roles('byPerson').load(person.id),
  appearances: (person, _args, { loaders }) => loaders.appearances('byPerson').load(person.id),
  countries: (person, _args, { loaders }) => loaders.related('personCountries').load(person.id),
};

export const Organisation: OrganisationResolvers = {
  ...texts,
  countries: (org, _args, { loaders }) => loaders.related('organisationCountries').load(org.id),
  partOf: (org, _args, { loaders }) => loaders.related('organisationPartOf').load(org.id),
  parts: (org, _args, { loaders }) => loaders.related('organisationParts').load(org.id),
  leads: (org, _args, { loaders }) => loaders.related('organisationLeads').load(org.id),
  ledBy: (org, _args, { loaders }) => loaders.related('organisationLedBy').load(org.id),
  members: (org, _args, { loaders }) => loaders.roles('byOrganisation').load(org.id),
  membersConnection: async (org, { first, after }, { loaders }) =>
    toConnection(await loaders.rolePage('byOrganisation').load({ id: org.id, ...pageArgs(first, after) })),
  workerTypes: (org, _args, { loaders }) => loaders.related('organisationWorkerTypes').load(org.id),
  organisingForms: (org, _args, { loaders }) => loaders.related('organisationForms').load(org.id),
  events: (org, _args, { loaders }) => loaders.related('organisationEvents').load(org.id),
  actions: async (org, { role, first, after }, { loaders }) =>
    toConnection(
      await loaders.relatedPage(ACTIONS_BY_ROLE[role ?? 'BOTH']).load({ id: org.id, ...pageArgs(first, after) }),
    ),
};

export const Country: CountryResolvers = {
  ...texts,
  organisations: (country, _args, { loaders }) => loaders.related('countryOrganisations').load(country.id),
  organisationsConnection: async (country, { first, after }, { loaders }) =>
    toConnection(await loaders.relatedPage('countryOrganisations').load({ id: country.id, ...pageArgs(first, after) })),
  actions: async (country, { first, after }, { loaders }) =>
    toConnection(await loaders.relatedPage('countryActions').load({ id: country.id, ...pageArgs(first, after) })),
};

export const WorkerType: WorkerTypeResolvers = {
  ...texts,
  organisations: (type, _args, { loaders }) => loaders.related('workerTypeOrganisations').load(type.id),
  organisationsConnection: async (type, { first, after }, { loaders }) =>
    toConnection(await loaders.relatedPage('workerTypeOrganisations').load({ id: type.id, ...pageArgs(first, after) })),
  broader: (type, _args, { loaders }) => loaders.related('workerTypeBroader').load(type.id),
  narrower: (type, _args, { loaders }) => loaders.related('workerTypeNarrower').load(type.id),
  actions: async (type, { first, after }, { loaders }) =>
    toConnection(await loaders.relatedPage('workerTypeActions').load({ id: type.id, ...pageArgs(first, after) })),
};

export const OrganisingForm: OrganisingFormResolvers = {
  ...texts,
  organisations: (form, _args, { loaders }) => loaders.related('formOrganisations').load(form.id),
  actions: async (form, { first, after }, { loaders }) =>
    toConnection(await loaders.relatedPage('formActions').load({ id: form.id, ...pageArgs(first, after) })),
};

export const CollectiveAction: CollectiveActionResolvers = {
  ...texts,
  dataset: async (action, _args, { loaders }) => {
    const dataset = await loaders.dataset.load(action.datasetId);
    if (!dataset) throw new Error(`No Dataset node for ${action.datasetId}, which loaded ${action.id}`);
    return dataset;
  },
  forms: (action, _args, { loaders }) => loaders.related('actionForms').load(action.id),
  struggles: (action, _args, { loaders }) => loaders.related('actionStruggles').load(action.id),
  workerTypes: (action, _args, { loaders }) => loaders.related('actionWorkerTypes').load(action.id),
  companies: (action, _args, { loaders }) => loaders.related('actionCompanies').load(action.id),
  countries: (action, _args, { loaders }) => loaders.related('actionCountries').load(action.id),
  organisers: (action, _args, { loaders }) => loaders.related('actionOrganisers').load(action.id),
};

export const Struggle: StruggleResolvers = {
  ...texts,
  actions: async (struggle, { first, after }, { loaders }) =>
    toConnection(await loaders.relatedPage('struggleActions').load({ id: struggle.id, ...pageArgs(first, after) })),
};

export const Session: SessionResolvers = {
  ...texts,
  theme: (session, { lang }) => inLanguage(lang, session.themeEn, session.themeFr),
  event: async (session, _args, { loaders }) => (await loaders.related('sessionEvent').load(session.id))[0] ?? null,
  speakers: (session, _args, { loaders }) => loaders.appearances('bySession').load(session.id),
  workerTypes: (session, _args, { loaders }) => loaders.related('sessionWorkerTypes').load(session.id),
  organisingForms: (session, _args, { loaders }) => loaders.related('sessionForms').load(session.id),
};

export const Event: EventResolvers = {
  ...texts,
  format: (event, { lang }) => inLanguage(lang, event.formatEn, event.formatFr),
  country: async (event, _args, { loaders }) => (await loaders.related('eventCountry').load(event.id))[0] ?? null,
  organisers: (event, _args, { loaders }) => loaders.related('eventOrganisers').load(event.id),
  coOrganisers: (event, _args, { loaders }) => loaders.related('eventCoOrganisers').load(event.id),
  sessions: (event, _args, { loaders }) => loaders.related('eventSessions').load(event.id),
};

// Each entity's GraphQL type is named as its node label, so the graph model resolves it. A drawn
// node (GraphNode) is a Node too: it is the one without provenance.
export const Node = {
  __resolveType: (node: NodeModel | GraphNodeModel) => {
    if (node.type === 'SOURCE') return 'Source';
    return 'provenance' in node ? labelOf(node.type) : 'GraphNode';
  },
};
export const Entity = { __resolveType: (entity: EntityModel) => labelOf(entity.type) };
