// The programme of 8 July 2016 as loaded into the graph: every fact asserted by querying Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declareSchema } from './load/declareSchema';
import { loadDataset } from './load/loadDataset';
import { clearGraph, programme, testDatabase } from './testing/testGraph';

const db = testDatabase();
const S = 'session:faire-collectif-2016-07-08-';
const EVENT = 'event:faire-collectif-2016-07-08';

beforeAll(async () => {
  await clearGraph(db);
  await declareSchema(db);
  await loadDataset(db, programme());
});
afterAll(async () => {
  await db.close();
});

async function rows(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const result = await db.read((tx) => tx.run(cypher, params));
  return result.records.map((record) => record.toObject());
}

describe('the speakers', () => {
  it('each hold a role (both languages) at an organisation, speak in a session, and have its country or none', async () => {
    const speakers = await rows(`
      MATCH (p:Person)-[role:HOLDS_ROLE]->(o:Organisation)
      MATCH (p)-[talk:SPEAKS_IN]->(s:Session)
      OPTIONAL MATCH (o)-[:BASED_IN]->(c:Country)
      RETURN p.id AS person, p.nameEn AS name, o.id AS org, role.roleEn AS roleEn, role.roleFr AS roleFr,
             c.code AS country, s.id AS session, talk.order AS order
      ORDER BY s.order, talk.order`);
    expect(speakers).toEqual(
      [
        ['person:mark-graham', 'Mark Graham', 'org:oxford-internet-institute', null, null, 'GB', 'opening', 1],
        [
          'person:kristy-milland',
          'Kristy Milland',
          'org:turkernation',
          'Community Manager',
          'Community Manager',
          'CA',
          'session-1',
          1,
        ],
        ['person:robert-fuss', 'Robert Fuss', 'org:faircrowdwork-watch', 'Leader', 'pilote', 'DE', 'session-1', 2],
        [
          'person:sarah-bormann',
          'Sarah Bormann',
          'org:verdi',
          '"Cloud and crowd" advisor',
          'conseillère "cloud and crowd"',
          'DE',
          'session-1',
          3,
        ],
        [
          'person:caitlin-pearce',
          'Caitlin Pearce',
          'org:freelancers-union',
          'Director of Member Engagement',
          'Director of Member Engagement',
          'US',
          'session-2',
          1,
        ],
        [
          'person:claudio-treves',
          'Claudio Treves',
          'org:nidil-cgil',
          'General Secretary',
          'secrétaire général',
          'IT',
          'session-2',
          2,
        ],
        [
          'person:cesar-garcia-arnal',
          'César Garcia Arnal',
          'org:upta',
          'Vice General Secretary',
          'vice secrétaire général',
          'ES',
          'session-2',
          3,
        ],
        [
          'person:christophe-lemaire',
          'Christophe Lemaire',
          'org:alliance-francaise-des-designers',
          'member of the board',
          "membre du conseil d'administration",
          'FR',
          'session-3',
          1,
        ],
        [
          'person:delphine-chenuet',
          'Delphine Chenuet',
          'org:collectif-des-tiers-lieux',
          'co-founder',
          'cofondatrice',
          'FR',
          'session-3',
          2,
        ],
        ['person:stephane-veyer', 'Stéphane Veyer', 'org:coopaname', 'co-leader', 'codirigeant', 'FR', 'session-3', 3],
        ['person:olivier-meriaux', 'Olivier Mériaux', 'org:anact', null, null, 'FR', 'synthesis', 1],
      ].map(([person, name, org, roleEn, roleFr, country, session, order]) => ({
        person,
        name,
        org,
        roleEn,
        roleFr,
        country,
        session: `${S}${session}`,
        order,
      })),
    );
    expect(await rows('MATCH (p:Person) RETURN count(p) AS n')).toEqual([{ n: 11 }]);
  });

  it('give the sub-heading or contribution they speak under where the programme has one', async () => {
    expect(
      await rows(`MATCH (p:Person)-[t:SPEAKS_IN]->() WHERE t.contributionEn IS NOT NULL
                  RETURN p.id AS person, t.contributionEn AS en, t.contributionFr AS fr ORDER BY person`),
    ).toEqual([
      {
        person: 'person:christophe-lemaire',
        en: 'A look at the creative professions',
        fr: 'La situation spécifique des professions créatives',
      },
      {
        person: 'person:delphine-chenuet',
        en: 'Co-working, and business and work co-operatives',
        fr: "Deux formes de tierce-parties : Tiers-lieux (coworking) et Coopératives d'activité et d'emploi",
      },
      { person: 'person:olivier-meriaux', en: 'General overview', fr: 'Synthèse générale des travaux de la matinée' },
      {
        person: 'person:stephane-veyer',
        en: 'Co-working, and business and work co-operatives',
        fr: "Deux formes de tierce-parties : Tiers-lieux (coworking) et Coopératives d'activité et d'emploi",
      },
    ]);
  });
});

describe('the organisations', () => {
  it('each have both names, a kind with its basis, and a country only where the text states or places them', async () => {
    const organisations = await rows(`
      MATCH (o:Organisation)
      OPTIONAL MATCH (o)-[b:BASED_IN]->(c:Country)
      RETURN o.id AS id, o.nameEn AS en, o.nameFr AS fr, o.kind AS kind, o.kindBasis AS kindBasis,
             c.code AS country, b.basis AS countryBasis
      ORDER BY id`);
    expect(organisations).toEqual(
      [
        [
          'org:alliance-francaise-des-designers',
          'French Allianz for Design',
          'Alliance française des designers',
          'PROFESSIONAL_BODY',
          'inferred',
          'FR',
          'inferred',
        ],
        ['org:anact', 'ANACT', 'ANACT', 'UNSPECIFIED', 'inferred', 'FR', 'inferred'],
        ['org:astrees', 'Astrees', 'Astrees', 'UNSPECIFIED', 'inferred', 'FR', 'inferred'],
        [
          'org:collectif-des-tiers-lieux',
          'Collectif des tiers-lieux',
          'Collectif des Tiers-Lieux',
          'COWORKING_COLLECTIVE',
          'stated',
          'FR',
          'inferred',
        ],
        ['org:coopaname', 'Coopaname', 'Coopaname', 'COOPERATIVE', 'stated', 'FR', 'inferred'],
        [
          'org:faircrowdwork-watch',
          'FairCrowdWork Watch',
          'FairCrowdWork Watch',
          'UNION_INITIATIVE',
          'stated',
          'DE',
          'inferred',
        ],
        ['org:france-strategie', 'France Stratégie', 'France Stratégie', 'PUBLIC_BODY', 'inferred', 'FR', 'inferred'],
        ['org:freelancers-union', 'Freelancers Union', 'Freelancers Union', 'UNION', 'stated', 'US', 'stated'],
        ['org:ig-metall', 'IG Metall', 'IG Metall', 'UNION', 'stated', 'DE', 'stated'],
        ['org:ires', 'IRES', 'IRES', 'UNSPECIFIED', 'inferred', 'FR', 'inferred'],
        ['org:nidil-cgil', 'NIdiL-Cgil', 'NIdiL-Cgil', 'UNION', 'stated', 'IT', 'stated'],
        [
          'org:oxford-internet-institute',
          'Oxford Internet Institute',
          'Oxford Internet Institute',
          'RESEARCH_INSTITUTE',
          'inferred',
          'GB',
          'inferred',
        ],
        ['org:sharers-and-workers', 'Sharers and Workers', 'Sharers and Workers', 'NETWORK', 'stated', null, null],
        ['org:turkernation', 'TurkerNation.com', 'TurkerNation.com', 'ONLINE_COMMUNITY', 'inferred', 'CA', 'inferred'],
        ['org:upta', 'UPTA', 'UPTA', 'UNION', 'stated', 'ES', 'stated'],
        ['org:verdi', 'Ver.di', 'Ver.di', 'UNION', 'stated', 'DE', 'stated'],
      ].map(([id, en, fr, kind, kindBasis, country, countryBasis]) => ({
        id,
        en,
        fr,
        kind,
        kindBasis,
        country,
        countryBasis,
      })),
    );
  });

  it('keep their aliases, and explain every inferred kind', async () => {
    expect(
      await rows(
        `MATCH (o:Organisation) WHERE size(o.aliases) > 0 RETURN o.id AS id, o.aliases AS aliases ORDER BY id`,
      ),
    ).toEqual([
      { id: 'org:faircrowdwork-watch', aliases: ['FairCrowdWork'] },
      { id: 'org:france-strategie', aliases: ['@Strategie_Gouv'] },
      { id: 'org:ires', aliases: ["l'IRES"] },
      { id: 'org:nidil-cgil', aliases: ['NIdiL', 'sindacato dei lavoratori atipici'] },
      { id: 'org:turkernation', aliases: ['TurkerNation'] },
      { id: 'org:upta', aliases: ['Unión de Profesionales y Trabajadores Autónomos'] },
      { id: 'org:verdi', aliases: ['verdi'] },
    ]);
    expect(
      await rows(
        `MATCH (o:Organisation) WHERE o.kindBasis = 'inferred' AND o.kind <> 'UNSPECIFIED' AND o.kindNote IS NULL RETURN o.id`,
      ),
    ).toEqual([]);
    expect(await rows(`MATCH (o:Organisation) WHERE o.url IS NOT NULL RETURN o.id AS id, o.url AS url`)).toEqual([
      { id: 'org:france-strategie', url: 'https://www.strategie.gouv.fr' },
    ]);
  });

  it('form the hierarchy the text gives', async () => {
    expect(
      await rows(
        `MATCH (a:Organisation)-[r:PART_OF|LEADS]->(b:Organisation) RETURN a.id AS from, type(r) AS type, b.id AS to ORDER BY from`,
      ),
    ).toEqual([
      { from: 'org:astrees', type: 'LEADS', to: 'org:sharers-and-workers' },
      { from: 'org:faircrowdwork-watch', type: 'PART_OF', to: 'org:ig-metall' },
      { from: 'org:ires', type: 'LEADS', to: 'org:sharers-and-workers' },
    ]);
  });

  it('organise worker types and use forms of organising', async () => {
    expect(
      await rows(
        `MATCH (o:Organisation)-[r:ORGANISES]->(w:WorkerType) RETURN o.id AS org, w.id AS workers, r.basis AS basis ORDER BY org, workers`,
      ),
    ).toEqual([
      { org: 'org:alliance-francaise-des-designers', workers: 'worker:creative-professions', basis: 'inferred' },
      { org: 'org:alliance-francaise-des-designers', workers: 'worker:designers', basis: 'inferred' },
      { org: 'org:faircrowdwork-watch', workers: 'worker:crowd-workers', basis: 'inferred' },
      { org: 'org:freelancers-union', workers: 'worker:freelancers', basis: 'inferred' },
      { org: 'org:freelancers-union', workers: 'worker:self-employed', basis: 'stated' },
      { org: 'org:nidil-cgil', workers: 'worker:atypical-workers', basis: 'stated' },
      { org: 'org:nidil-cgil', workers: 'worker:self-employed', basis: 'stated' },
      { org: 'org:turkernation', workers: 'worker:crowd-workers', basis: 'inferred' },
      { org: 'org:upta', workers: 'worker:self-employed', basis: 'stated' },
      { org: 'org:verdi', workers: 'worker:crowd-workers', basis: 'inferred' },
    ]);
    expect(
      await rows(
        `MATCH (o:Organisation)-[:USES_FORM]->(f:OrganisingForm) WITH f, o ORDER BY o.id RETURN f.id AS form, collect(o.id) AS orgs ORDER BY form`,
      ),
    ).toEqual([
      { form: 'form:business-employment-cooperatives', orgs: ['org:coopaname'] },
      { form: 'form:coworking', orgs: ['org:collectif-des-tiers-lieux'] },
      {
        form: 'form:defending-interests',
        orgs: ['org:faircrowdwork-watch', 'org:ig-metall', 'org:turkernation', 'org:verdi'],
      },
      { form: 'form:online-community', orgs: ['org:turkernation'] },
      { form: 'form:platform-monitoring', orgs: ['org:faircrowdwork-watch'] },
      { form: 'form:professional-bodies', orgs: ['org:alliance-francaise-des-designers'] },
      { form: 'form:unions-for-self-employed', orgs: ['org:freelancers-union', 'org:nidil-cgil', 'org:upta'] },
    ]);
  });
});

describe('the event', () => {
  it('is dated, timed and placed, organised by France Stratégie with Astrees and IRES, held in France', async () => {
    expect(
      await rows(
        `MATCH (e:Event {id: $id})-[h:HELD_IN]->(c:Country)
                  RETURN e.nameEn AS en, e.nameFr AS fr, e.date AS date, e.startTime AS start, e.endTime AS end,
                         e.address AS address, e.city AS city, e.formatEn AS formatEn, e.formatFr AS formatFr,
                         c.code AS country, h.basis AS basis`,
        { id: EVENT },
      ),
    ).toEqual([
      {
        en: 'Building collective groups and action: what does it mean for workers in digital era?',
        fr: "Faire collectif à l'heure du numérique",
        date: '2016-07-08',
        start: '09:00',
        end: '13:00',
        address: '18, rue de Martignac - 75007 Paris',
        city: 'Paris',
        formatEn: 'Closed seminar',
        formatFr: 'Séminaire fermé',
        country: 'FR',
        basis: 'inferred',
      },
    ]);
    expect(
      await rows(
        `MATCH (o:Organisation)-[r:ORGANISED|CO_ORGANISED]->(:Event {id: $id}) RETURN type(r) AS role, o.id AS org ORDER BY role, org`,
        { id: EVENT },
      ),
    ).toEqual([
      { role: 'CO_ORGANISED', org: 'org:astrees' },
      { role: 'CO_ORGANISED', org: 'org:ires' },
      { role: 'ORGANISED', org: 'org:france-strategie' },
    ]);
  });

  it('has the twelve items of the programme in order, with both titles, start times, no end time, and what they concern', async () => {
    expect(
      await rows(
        `MATCH (s:Session)-[p:PART_OF]->(:Event {id: $id})
                  OPTIONAL MATCH (s)-[:CONCERNS]->(x)
                  WITH s, p, x ORDER BY x.id
                  RETURN s.id AS id, s.order AS order, p.order AS partOrder, s.kind AS kind, s.startTime AS start, s.endTime AS end,
                         s.nameEn AS en, s.nameFr AS fr, s.themeEn AS themeEn, collect(x.id) AS concerns
                  ORDER BY s.order`,
        { id: EVENT },
      ),
    ).toEqual(
      [
        ['welcome', 'WELCOME', '08:45', 'Welcome', 'Accueil', null, []],
        ['introduction-item', 'INTRODUCTION', '09:00', 'Introduction', 'Introduction', null, []],
        [
          'opening',
          'TALK',
          '09:05',
          'Building collective groups and action in digital era',
          "S'organiser et agir collectivement à l'heure du travail digital",
          null,
          [],
        ],
        [
          'session-1',
          'SESSION',
          '09:15',
          'Defending the rights of crowd workers',
          'Comment défendre les droits des "crowd workers" ?',
          'Three experiences from abroad',
          ['form:defending-interests', 'worker:crowd-workers'],
        ],
        ['debate-1', 'DEBATE', '09:30', 'Debate', 'Débat', null, []],
        [
          'session-2',
          'SESSION',
          '10:15',
          'Creating new unions for self-employed workers',
          'De nouveaux syndicats pour les travailleurs indépendants ?',
          'The US, Italian and Spanish unions of autonomous workers',
          ['form:unions-for-self-employed', 'worker:self-employed'],
        ],
        ['debate-2', 'DEBATE', '10:30', 'Debate', 'Débat', null, []],
        ['break', 'BREAK', '11:15', 'Coffee break', 'Pause', null, []],
        [
          'session-3',
          'SESSION',
          '11:30',
          'Alternative forms of organization: The role of third parties and professional bodies',
          "Des formes alternatives d'organisation : organisations professionnelles et rôles des tierce-parties",
          'A look at the creative professions; Co-working, and business and work co-operatives',
          [
            'form:business-employment-cooperatives',
            'form:coworking',
            'form:professional-bodies',
            'form:third-parties',
            'worker:creative-professions',
          ],
        ],
        ['debate-3', 'DEBATE', '11:45', 'Debate', 'Débat', null, []],
        [
          'synthesis',
          'SYNTHESIS',
          '12:10',
          'Recap and next steps',
          'Synthèse et suites',
          'Roundtable to identify the main issues at stake',
          [],
        ],
        ['lunch', 'MEAL', '13:00', 'Buffet lunch', 'Buffet', null, []],
      ].map(([suffix, kind, start, en, fr, themeEn, concerns], order) => ({
        id: `${S}${suffix as string}`,
        order,
        partOrder: order,
        kind,
        start,
        end: null,
        en,
        fr,
        themeEn,
        concerns,
      })),
    );
    // The welcome and the lunch lie outside the stated hours: their place in the event says so.
    expect(
      await rows(
        `MATCH (s:Session)-[p:PART_OF]->(:Event {id: $id}) WHERE p.note IS NOT NULL RETURN s.id AS id ORDER BY s.order`,
        { id: EVENT },
      ),
    ).toEqual([{ id: `${S}welcome` }, { id: `${S}lunch` }]);
  });

  it("keeps the programme's framing in both versions' words: questions, obstacles, audience, aim and scope", async () => {
    const [framing] = await rows(
      `MATCH (e:Event {id: $id})
       RETURN [q IN e.questionsEn | split(q, ' ')[0]] AS questionsEn, [q IN e.questionsFr | split(q, ' ')[0]] AS questionsFr,
              size(e.obstaclesEn) AS obstaclesEn, size(e.obstaclesFr) AS obstaclesFr,
              e.audienceEn AS audienceEn, e.audienceFr AS audienceFr, e.scopeEn AS scopeEn, e.scopeFr AS scopeFr,
              e.aimEn AS aimEn, e.aimFr AS aimFr, e.citations AS citations`,
      { id: EVENT },
    );
    expect(framing).toEqual({
      questionsEn: ['Why', 'How', 'Who'],
      questionsFr: ['Pourquoi', 'Comment', 'Et'],
      obstaclesEn: 3,
      obstaclesFr: 3,
      audienceEn: ['French social partners', 'IT industry representatives', 'academics', 'public administrations'],
      audienceFr: [
        'les partenaires sociaux',
        "les acteurs de l'économie numérique",
        'les administrations',
        'les experts français',
      ],
      scopeEn: 'in France and elsewhere',
      scopeFr: "en France et à l'étranger",
      aimEn: 'an opportunity to discuss and share experience with new forms of collective action',
      aimFr: "l'occasion d'entendre des témoignages de nouvelles formes de mobilisation",
      citations: [
        'programme-2016-07-08-en#header',
        'programme-2016-07-08-fr#header',
        'programme-2016-07-08-en#introduction',
        'programme-2016-07-08-fr#introduction',
      ],
    });
    // The versions differ: only the French "why" names platform, precarious and multi-active workers.
    const [why] = await rows(`MATCH (e:Event {id: $id}) RETURN e.questionsEn[0] AS en, e.questionsFr[0] AS fr`, {
      id: EVENT,
    });
    expect(why!.en).not.toContain('plateformes');
    expect(why!.fr).toContain('travailleurs des plateformes');
  });

  it("is about the introduction's workers and aims, collective bargaining as what falls short", async () => {
    const themes = await rows(
      `MATCH (:Event {id: $id})-[c:CONCERNS]->(x) RETURN x.id AS id, c.basis AS basis, c.note AS note ORDER BY id`,
      { id: EVENT },
    );
    expect(themes.map((t) => t.id)).toEqual([
      'form:activism-without-institutions',
      'form:collective-bargaining',
      'form:defending-interests',
      'form:joining-forces',
      'form:on-the-ground-partnerships',
      'form:professional-bodies',
      'form:sharing-experiences',
      'form:sharing-risks',
      'form:third-parties',
      'worker:crowd-workers',
      'worker:designers',
      'worker:economically-dependent-self-employed',
      'worker:freelancers',
      'worker:multi-active-workers',
      'worker:performers',
      'worker:platform-workers',
      'worker:precarious-workers',
      'worker:programmers',
    ]);
    expect(themes.every((t) => t.basis === 'stated' && typeof t.note === 'string')).toBe(true);
    expect(themes.find((t) => t.id === 'form:collective-bargaining')!.note).toMatch(/falls short/);
  });
});

describe('worker types and countries', () => {
  it('carry their French and English names, grouped only where the text groups them', async () => {
    expect(
      await rows(
        `MATCH (w:WorkerType) OPTIONAL MATCH (w)-[:SUBTYPE_OF]->(p) RETURN w.id AS id, w.nameEn AS en, w.nameFr AS fr, p.id AS parent ORDER BY id`,
      ),
    ).toEqual(
      [
        ['atypical-workers', 'Atypical workers', 'Travailleurs atypiques', null],
        ['creative-professions', 'Creative professions', 'Professions créatives', null],
        ['crowd-workers', 'Crowd workers', 'Crowd workers', null],
        ['designers', 'Designers', 'Designers', 'creative-professions'],
        [
          'economically-dependent-self-employed',
          'Economically dependent self-employed workers',
          'Travailleurs indépendants économiquement dépendants',
          'self-employed',
        ],
        ['freelancers', 'Freelancers', 'Freelances', null],
        ['multi-active-workers', 'Multi-active workers', 'Travailleurs polyactifs', null],
        ['performers', 'Performers', 'Artistes', null],
        ['platform-workers', 'Platform workers', 'Travailleurs des plateformes', null],
        ['precarious-workers', 'Precarious workers', 'Travailleurs précaires', null],
        ['programmers', 'Programmers', 'Développeurs', null],
        ['self-employed', 'Self-employed workers', 'Travailleurs indépendants', null],
      ].map(([id, en, fr, parent]) => ({ id: `worker:${id}`, en, fr, parent: parent && `worker:${parent}` })),
    );
  });

  it('have ISO codes and both names', async () => {
    expect(
      await rows('MATCH (c:Country) RETURN c.id AS id, c.code AS code, c.nameEn AS en, c.nameFr AS fr ORDER BY code'),
    ).toEqual([
      { id: 'country:CA', code: 'CA', en: 'Canada', fr: 'Canada' },
      { id: 'country:DE', code: 'DE', en: 'Germany', fr: 'Allemagne' },
      { id: 'country:ES', code: 'ES', en: 'Spain', fr: 'Espagne' },
      { id: 'country:FR', code: 'FR', en: 'France', fr: 'France' },
      { id: 'country:GB', code: 'GB', en: 'United Kingdom', fr: 'Royaume-Uni' },
      { id: 'country:IT', code: 'IT', en: 'Italy', fr: 'Italie' },
      { id: 'country:US', code: 'US', en: 'United States', fr: 'États-Unis' },
    ]);
  });
});

describe('provenance', () => {
  const LOCATORS = [
    'header',
    'introduction',
    'opening',
    'session-1',
    'session-2',
    'session-3',
    'synthesis',
    'partners',
    'welcome',
    'introduction-item',
    'debate-1',
    'debate-2',
    'debate-3',
    'break',
    'lunch',
  ];

  it('every node and relationship has a basis, citations of existing sources at known locators, and a note when inferred', async () => {
    const bad = await rows(
      `CALL {
         MATCH (n:Entity) RETURN n.id AS id, n.basis AS basis, n.citations AS citations, n.note AS note
         UNION ALL
         MATCH ()-[r]->() RETURN r.id AS id, r.basis AS basis, r.citations AS citations, r.note AS note
       }
       WITH id, basis, citations, note
       WHERE NOT basis IN ['stated', 'inferred'] OR citations IS NULL OR size(citations) = 0
          OR (basis = 'inferred' AND note IS NULL)
          OR any(c IN citations WHERE NOT split(c, '#')[1] IN $locators
                 OR NOT EXISTS { MATCH (:Source {id: split(c, '#')[0]}) })
       RETURN id`,
      { locators: LOCATORS },
    );
    expect(bad).toEqual([]);
    expect(await rows('MATCH (n:Entity) RETURN count(n) AS n')).toEqual([{ n: 73 }]);
    expect(await rows('MATCH ()-[r]->() RETURN count(r) AS n')).toEqual([{ n: 109 }]);
  });

  it('cites both language versions except for the wordings only one of them has', async () => {
    const oneLanguage = await rows(`
      CALL {
        MATCH (n:Entity) RETURN n.id AS id, n.citations AS citations
        UNION ALL
        MATCH ()-[r]->() RETURN r.id AS id, r.citations AS citations
      }
      WITH id, citations WHERE none(c IN citations WHERE c STARTS WITH 'programme-2016-07-08-en#')
                            OR none(c IN citations WHERE c STARTS WITH 'programme-2016-07-08-fr#')
      RETURN id ORDER BY id`);
    expect(oneLanguage.map((r) => r.id)).toEqual([
      `${EVENT}|CONCERNS|form:professional-bodies`,
      `${EVENT}|CONCERNS|form:third-parties`,
      `${EVENT}|CONCERNS|worker:multi-active-workers`,
      `${EVENT}|CONCERNS|worker:platform-workers`,
      `${EVENT}|CONCERNS|worker:precarious-workers`,
      'form:business-employment-cooperatives|SUBTYPE_OF|form:third-parties',
      'form:coworking|SUBTYPE_OF|form:third-parties',
      'org:nidil-cgil|ORGANISES|worker:self-employed',
      'org:nidil-cgil|USES_FORM|form:unions-for-self-employed',
      'worker:economically-dependent-self-employed|SUBTYPE_OF|worker:self-employed',
      'worker:multi-active-workers',
      'worker:platform-workers',
      'worker:precarious-workers',
    ]);
  });

  it('has the two sources with title, language, publisher, date and address', async () => {
    expect(
      await rows(
        'MATCH (s:Source) RETURN s.id AS id, s.language AS language, s.publisher AS publisher, s.date AS date, s.url AS url ORDER BY id',
      ),
    ).toEqual([
      {
        id: 'programme-2016-07-08-en',
        language: 'en',
        publisher: 'France Stratégie',
        date: '2016-07-08',
        url: 'https://www.strategie.gouv.fr',
      },
      {
        id: 'programme-2016-07-08-fr',
        language: 'fr',
        publisher: 'France Stratégie',
        date: '2016-07-08',
        url: 'https://www.strategie.gouv.fr',
      },
    ]);
  });
});

describe('the re-read against both programmes', () => {
  const citationsOf = async (id: string) =>
    (
      await rows(
        'MATCH (n:Entity {id: $id}) RETURN n.citations AS c UNION MATCH ()-[r {id: $id}]->() RETURN r.citations AS c',
        { id },
      )
    )[0]?.c;

  it('places TurkerNation in Canada only as an inference, since "(Canada)" follows its speaker', async () => {
    const [based] = await rows(
      `MATCH (:Organisation {id: 'org:turkernation'})-[b:BASED_IN]->(c:Country) RETURN c.code AS code, b.basis AS basis, b.note AS note, b.quotes AS quotes`,
    );
    expect(based).toMatchObject({ code: 'CA', basis: 'inferred' });
    expect(based!.note).toMatch(/Kristy Milland/);
    expect(based!.quotes).toContain(
      'programme-2016-07-08-en#session-1: Kristy Milland, Community Manager of TurkerNation.com (Canada)',
    );
  });

  it('cites only the parts that hold the words', async () => {
    expect(await citationsOf('form:professional-bodies')).toEqual([
      'programme-2016-07-08-en#introduction',
      'programme-2016-07-08-en#session-3',
      'programme-2016-07-08-fr#session-3',
    ]);
    expect(await citationsOf('worker:creative-professions')).toEqual([
      'programme-2016-07-08-en#session-3',
      'programme-2016-07-08-fr#session-3',
    ]);
    expect(await citationsOf('org:nidil-cgil|ORGANISES|worker:self-employed')).toEqual([
      'programme-2016-07-08-en#session-2',
    ]);
    expect(await citationsOf('org:nidil-cgil|USES_FORM|form:unions-for-self-employed')).toEqual([
      'programme-2016-07-08-en#session-2',
    ]);
  });

  it("groups only designers under the creative professions, and IG Metall organises no one on its platform's account", async () => {
    expect(
      await rows(
        `MATCH (w:WorkerType)-[r:SUBTYPE_OF]->(:WorkerType {id: 'worker:creative-professions'}) RETURN w.id AS id, r.note AS note`,
      ),
    ).toEqual([
      { id: 'worker:designers', note: expect.stringMatching(/"creative designers".*designers only/) as string },
    ]);
    expect(await rows(`MATCH (:Organisation {id: 'org:ig-metall'})-[:ORGANISES]->(w) RETURN w.id`)).toEqual([]);
    const [uses] = await rows(
      `MATCH (:Organisation {id: 'org:ig-metall'})-[r:USES_FORM]->(:OrganisingForm {id: 'form:defending-interests'}) RETURN r.note AS note`,
    );
    expect(uses!.note).toMatch(/FairCrowdWork Watch/);
  });

  it('gives "independent self-employees" to the economically dependent, UPTA its English description, and marks the project\'s translations', async () => {
    expect(
      await rows(
        `MATCH (w:WorkerType) WHERE 'independent self-employees' IN w.aliases RETURN w.id AS id, w.citations AS citations`,
      ),
    ).toEqual([
      {
        id: 'worker:economically-dependent-self-employed',
        citations: ['programme-2016-07-08-en#introduction', 'programme-2016-07-08-fr#introduction'],
      },
    ]);
    expect(await rows(`MATCH (o:Organisation {id: 'org:upta'}) RETURN o.descriptionEn AS en`)).toEqual([
      { en: 'Spanish Unión de Profesionales y Trabajadores Autónomos' },
    ]);
    expect(
      await rows(
        `MATCH (n:Entity) WHERE n.translatedByProject IS NOT NULL RETURN n.id AS id, n.translatedByProject AS fields ORDER BY id`,
      ),
    ).toEqual([
      { id: 'form:online-community', fields: ['nameEn', 'nameFr'] },
      { id: 'form:platform-monitoring', fields: ['nameEn', 'nameFr'] },
      { id: 'worker:atypical-workers', fields: ['nameEn'] },
      { id: 'worker:economically-dependent-self-employed', fields: ['nameEn'] },
      { id: 'worker:multi-active-workers', fields: ['nameEn'] },
      { id: 'worker:platform-workers', fields: ['nameEn'] },
      { id: 'worker:precarious-workers', fields: ['nameEn'] },
    ]);
  });

  it('makes co-working and the co-operatives the two third parties, and crowd workers no kind of platform workers', async () => {
    expect(
      await rows(
        `MATCH (f:OrganisingForm)-[r:SUBTYPE_OF]->(:OrganisingForm {id: 'form:third-parties'}) RETURN f.id AS id, r.basis AS basis, r.citations AS citations ORDER BY id`,
      ),
    ).toEqual(
      ['form:business-employment-cooperatives', 'form:coworking'].map((id) => ({
        id,
        basis: 'stated',
        citations: ['programme-2016-07-08-fr#session-3'],
      })),
    );
    expect(
      await rows(
        `MATCH p = (:WorkerType {id: 'worker:crowd-workers'})-[:SUBTYPE_OF*]-(:WorkerType {id: 'worker:platform-workers'}) RETURN p`,
      ),
    ).toEqual([]);
  });

  it('infers the countries and the kind the programme supports, each with a note', async () => {
    expect(
      await rows(
        `MATCH (o:Organisation)-[b:BASED_IN]->(c:Country)
         WHERE o.id IN ['org:coopaname', 'org:collectif-des-tiers-lieux', 'org:anact', 'org:astrees', 'org:ires', 'org:oxford-internet-institute']
         RETURN o.id AS id, c.code AS code, b.basis AS basis, b.note IS NOT NULL AS explained ORDER BY id`,
      ),
    ).toEqual(
      [
        ['org:anact', 'FR'],
        ['org:astrees', 'FR'],
        ['org:collectif-des-tiers-lieux', 'FR'],
        ['org:coopaname', 'FR'],
        ['org:ires', 'FR'],
        ['org:oxford-internet-institute', 'GB'],
      ].map(([id, code]) => ({ id, code, basis: 'inferred', explained: true })),
    );
    expect(
      await rows(
        `MATCH (o:Organisation {id: 'org:oxford-internet-institute'}) MATCH (c:Country {code: 'GB'})
         RETURN o.kind AS kind, o.kindBasis AS kindBasis, o.kindNote IS NOT NULL AS explained, c.basis AS countryBasis`,
      ),
    ).toEqual([{ kind: 'RESEARCH_INSTITUTE', kindBasis: 'inferred', explained: true, countryBasis: 'inferred' }]);
  });

  it('leaves no node isolated', async () => {
    expect(await rows('MATCH (n:Entity) WHERE NOT EXISTS { (n)--() } RETURN n.id AS id')).toEqual([]);
  });

  it("carries quotes only from a record's own citations, on the facts the re-read touched", async () => {
    const quoted = await rows(`
      CALL {
        MATCH (n:Entity) WHERE n.quotes IS NOT NULL RETURN n.id AS id, n.quotes AS quotes, n.citations AS citations
        UNION ALL
        MATCH ()-[r]->() WHERE r.quotes IS NOT NULL RETURN r.id AS id, r.quotes AS quotes, r.citations AS citations
      }
      RETURN id, all(q IN quotes WHERE split(q, ': ')[0] IN citations AND size(q) > size(split(q, ': ')[0]) + 2) AS fromCitations`);
    expect(quoted.every((q) => q.fromCitations === true)).toBe(true);
    expect(quoted.map((q) => q.id)).toEqual(
      expect.arrayContaining([
        'org:turkernation|BASED_IN|country:CA',
        'form:professional-bodies',
        'worker:creative-professions',
        'org:nidil-cgil|ORGANISES|worker:self-employed',
        'worker:designers|SUBTYPE_OF|worker:creative-professions',
        `${EVENT}|CONCERNS|form:collective-bargaining`,
        'form:coworking|SUBTYPE_OF|form:third-parties',
        `${S}debate-1`,
      ]),
    );
  });
});
