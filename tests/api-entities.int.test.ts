import { describe, expect, it } from 'vitest';
import { useProgrammeApi } from './api-harness';

// Entities by id and their linked entities, through the real server over the programme data set.

const api = useProgrammeApi();

const SESSION_1 = 'session:faire-collectif-2016-07-08-session-1';
const SESSION_2 = 'session:faire-collectif-2016-07-08-session-2';
const EVENT = 'event:faire-collectif-2016-07-08';

describe('node and nodes', () => {
  it('returns an organisation with its links, in both languages', async () => {
    const body = await api.query(`{
      node(id: "org:faircrowdwork-watch") {
        id
        ... on Organisation {
          type name nameFr: name(lang: FR) aliases kind kindBasis url degree
          description descriptionFr: description(lang: FR)
          countries { code name nameFr: name(lang: FR) }
          partOf { id name } parts { id } leads { id } ledBy { id }
          workerTypes { id name(lang: FR) }
          organisingForms { id name }
          members { id title titleFr: title(lang: FR) person { id name } organisation { id } }
          events { id }
        }
      }
    }`);
    expect(body).toEqual({
      data: {
        node: {
          id: 'org:faircrowdwork-watch',
          type: 'ORGANISATION',
          name: 'FairCrowdWork Watch',
          nameFr: 'FairCrowdWork Watch',
          aliases: ['FairCrowdWork'],
          kind: 'UNION_INITIATIVE',
          kindBasis: 'STATED',
          url: null,
          degree: 6,
          description: 'Platform of the German union IG Metall',
          descriptionFr: 'Plateforme du syndicat allemand IG Metall',
          countries: [{ code: 'DE', name: 'Germany', nameFr: 'Allemagne' }],
          partOf: [{ id: 'org:ig-metall', name: 'IG Metall' }],
          parts: [],
          leads: [],
          ledBy: [],
          workerTypes: [{ id: 'worker:crowd-workers', name: 'Crowd workers' }],
          organisingForms: [
            { id: 'form:defending-interests', name: 'Defending interests' },
            { id: 'form:platform-monitoring', name: 'Platform monitoring' },
          ],
          members: [
            {
              id: 'person:robert-fuss|HOLDS_ROLE|org:faircrowdwork-watch',
              title: 'Leader',
              titleFr: 'pilote',
              person: { id: 'person:robert-fuss', name: 'Robert Fuss' },
              organisation: { id: 'org:faircrowdwork-watch' },
            },
          ],
          events: [],
        },
      },
    });
  });

  it('returns a person with roles, appearances and countries', async () => {
    const body = await api.query(`{
      node(id: "person:cesar-garcia-arnal") {
        ... on Person {
          id name nameFr aliases
          roles { title titleFr: title(lang: FR) organisation { name aliases } }
          appearances { order contribution session { id name(lang: FR) } }
          countries { code name(lang: FR) }
        }
      }
    }`);
    expect(body).toEqual({
      data: {
        node: {
          id: 'person:cesar-garcia-arnal',
          name: 'César Garcia Arnal',
          nameFr: 'César Garcia Arnal',
          aliases: [],
          roles: [
            {
              title: 'Vice General Secretary',
              titleFr: 'vice secrétaire général',
              organisation: { name: 'UPTA', aliases: ['Unión de Profesionales y Trabajadores Autónomos'] },
            },
          ],
          appearances: [
            {
              order: 3,
              contribution: null,
              session: { id: SESSION_2, name: 'De nouveaux syndicats pour les travailleurs indépendants ?' },
            },
          ],
          countries: [{ code: 'ES', name: 'Espagne' }],
        },
      },
    });
  });

  it('returns a session with its speakers in order, its event and themes', async () => {
    const body = await api.query(`{
      node(id: "${SESSION_2}") {
        ... on Session {
          name kind order startTime endTime theme themeFr: theme(lang: FR)
          event { id format formatFr: format(lang: FR) city country { code } }
          speakers { order person { name } }
          workerTypes { id } organisingForms { id }
        }
      }
    }`);
    expect(body).toEqual({
      data: {
        node: {
          name: 'Creating new unions for self-employed workers',
          kind: 'SESSION',
          order: 5,
          startTime: '10:15',
          // The programme gives start times only.
          endTime: null,
          theme: 'The US, Italian and Spanish unions of autonomous workers',
          themeFr: 'Les expériences américaines, italiennes et espagnoles',
          event: {
            id: EVENT,
            format: 'Closed seminar',
            formatFr: 'Séminaire fermé',
            city: 'Paris',
            country: { code: 'FR' },
          },
          speakers: [
            { order: 1, person: { name: 'Caitlin Pearce' } },
            { order: 2, person: { name: 'Claudio Treves' } },
            { order: 3, person: { name: 'César Garcia Arnal' } },
          ],
          workerTypes: [{ id: 'worker:self-employed' }],
          organisingForms: [{ id: 'form:unions-for-self-employed' }],
        },
      },
    });
  });

  it('returns an event with its organisers and programme in order', async () => {
    const body = await api.query(`{
      node(id: "${EVENT}") {
        ... on Event {
          name(lang: FR) date startTime endTime format address
          organisers { name } coOrganisers { name }
          sessions { order kind startTime }
        }
      }
    }`);
    expect(body).toEqual({
      data: {
        node: {
          name: "Faire collectif à l'heure du numérique",
          date: '2016-07-08',
          startTime: '09:00',
          endTime: '13:00',
          format: 'Closed seminar',
          address: '18, rue de Martignac - 75007 Paris',
          organisers: [{ name: 'France Stratégie' }],
          coOrganisers: [{ name: 'Astrees' }, { name: 'IRES' }],
          sessions: [
            { order: 0, kind: 'WELCOME', startTime: '08:45' },
            { order: 1, kind: 'INTRODUCTION', startTime: '09:00' },
            { order: 2, kind: 'TALK', startTime: '09:05' },
            { order: 3, kind: 'SESSION', startTime: '09:15' },
            { order: 4, kind: 'DEBATE', startTime: '09:30' },
            { order: 5, kind: 'SESSION', startTime: '10:15' },
            { order: 6, kind: 'DEBATE', startTime: '10:30' },
            { order: 7, kind: 'BREAK', startTime: '11:15' },
            { order: 8, kind: 'SESSION', startTime: '11:30' },
            { order: 9, kind: 'DEBATE', startTime: '11:45' },
            { order: 10, kind: 'SYNTHESIS', startTime: '12:10' },
            { order: 11, kind: 'MEAL', startTime: '13:00' },
          ],
        },
      },
    });
  });

  it('returns worker types with their broader and narrower types, and who organises them', async () => {
    const body = await api.query(`{
      creative: node(id: "worker:creative-professions") {
        ... on WorkerType { name(lang: FR) narrower { id } broader { id } organisations { id } }
      }
      country: node(id: "country:DE") { ... on Country { code name(lang: FR) organisations { name } } }
      form: node(id: "form:unions-for-self-employed") { ... on OrganisingForm { organisations { name } } }
    }`);
    expect(body).toEqual({
      data: {
        creative: {
          name: 'Professions créatives',
          narrower: [{ id: 'worker:designers' }],
          broader: [],
          organisations: [{ id: 'org:alliance-francaise-des-designers' }],
        },
        country: {
          code: 'DE',
          name: 'Allemagne',
          organisations: [{ name: 'FairCrowdWork Watch' }, { name: 'IG Metall' }, { name: 'Ver.di' }],
        },
        form: { organisations: [{ name: 'Freelancers Union' }, { name: 'NIdiL-Cgil' }, { name: 'UPTA' }] },
      },
    });
  });

  it('returns sources, keeps the order asked and puts null for unknown ids', async () => {
    const body = await api.query(`{
      nodes(ids: ["org:ig-metall", "person:nobody", "programme-2016-07-08-fr", "country:DE"]) {
        __typename id
        ... on Source { title language publisher date url }
      }
      unknown: node(id: "org:nobody") { id }
    }`);
    expect(body).toEqual({
      data: {
        nodes: [
          { __typename: 'Organisation', id: 'org:ig-metall' },
          null,
          {
            __typename: 'Source',
            id: 'programme-2016-07-08-fr',
            title: "Faire collectif à l'heure du numérique (programme)",
            language: 'FR',
            publisher: 'France Stratégie',
            date: '2016-07-08',
            url: 'https://www.strategie.gouv.fr',
          },
          { __typename: 'Country', id: 'country:DE' },
        ],
        unknown: null,
      },
    });
  });
});

describe('provenance', () => {
  it('tells where an entity comes from, with citations labelled from the programme sessions', async () => {
    const body = await api.query(`{
      node(id: "org:ig-metall") {
        ... on Entity {
          provenance { basis note citations { locator label source { id language } session { id } } }
        }
      }
    }`);
    expect(body).toEqual({
      data: {
        node: {
          provenance: {
            basis: 'STATED',
            note: null,
            citations: [
              {
                locator: 'session-1',
                label: 'Session 1, 09:15',
                source: { id: 'programme-2016-07-08-en', language: 'EN' },
                session: { id: SESSION_1 },
              },
              {
                locator: 'session-1',
                label: 'Session 1, 9h15',
                source: { id: 'programme-2016-07-08-fr', language: 'FR' },
                session: { id: SESSION_1 },
              },
            ],
          },
        },
      },
    });
  });

  it('tells where a relationship comes from, by its id, and why an inferred one follows', async () => {
    const body = await api.query(`{
      based: provenance(id: "org:faircrowdwork-watch|BASED_IN|country:DE") { basis note citations { label } }
      header: provenance(id: "${EVENT}|HELD_IN|country:FR") { basis note citations { label } }
      synthesis: provenance(id: "person:olivier-meriaux|SPEAKS_IN|session:faire-collectif-2016-07-08-synthesis") {
        citations { label }
      }
      entity: provenance(id: "worker:designers") { basis citations { label } }
      unknown: provenance(id: "org:nobody|BASED_IN|country:DE") { basis }
    }`);
    expect(body).toEqual({
      data: {
        based: {
          basis: 'INFERRED',
          note: 'A platform of the German union IG Metall.',
          citations: [{ label: 'Session 1, 09:15' }, { label: 'Session 1, 9h15' }],
        },
        header: {
          basis: 'INFERRED',
          note: 'The venue, 18, rue de Martignac, is in Paris (75007).',
          citations: [{ label: 'Header' }, { label: 'En-tête' }],
        },
        synthesis: { citations: [{ label: 'Recap and next steps, 12:10' }, { label: 'Synthèse et suites, 12h10' }] },
        entity: { basis: 'STATED', citations: [{ label: 'Introduction' }, { label: 'Introduction' }] },
        unknown: null,
      },
    });
  });

  it('gives roles and appearances their own provenance', async () => {
    const body = await api.query(`{
      node(id: "person:olivier-meriaux") {
        ... on Person {
          roles { id provenance { basis citations { label } } }
          appearances { id contribution contributionFr: contribution(lang: FR) provenance { citations { label } } }
        }
      }
    }`);
    expect(body).toEqual({
      data: {
        node: {
          roles: [
            {
              id: 'person:olivier-meriaux|HOLDS_ROLE|org:anact',
              provenance: {
                basis: 'STATED',
                citations: [{ label: 'Recap and next steps, 12:10' }, { label: 'Synthèse et suites, 12h10' }],
              },
            },
          ],
          appearances: [
            {
              id: 'person:olivier-meriaux|SPEAKS_IN|session:faire-collectif-2016-07-08-synthesis',
              contribution: 'General overview',
              contributionFr: 'Synthèse générale des travaux de la matinée',
              provenance: {
                citations: [{ label: 'Recap and next steps, 12:10' }, { label: 'Synthèse et suites, 12h10' }],
              },
            },
          ],
        },
      },
    });
  });
});
