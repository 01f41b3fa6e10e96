import { describe, expect, it } from 'vitest';
import { EDGES, NODES, edge, fcw, germany, igMetall, milland, node, verdi } from '../../test/fixtures';
import { BASE_SIZE, DEFAULT_ELEMENT_OPTIONS, MAX_SIZE, MIN_SIZE, groupId, shortLabel, toElements } from './elements';
import { KIND_COLOURS, NODE_LOOKS, communityColour } from './palette';

describe('undated facts under a period', () => {
  const year2019 = {
    start: '2019',
    startPrecision: 'YEAR',
    end: '2019',
    endPrecision: 'YEAR',
    asOf: null,
    firstDay: '2019-01-01',
    lastDay: '2019-12-31',
  } as const;
  const action = node('action:1', 'A strike', { type: 'COLLECTIVE_ACTION' });
  const dated = node('action:2', 'A walkout', {
    type: 'COLLECTIVE_ACTION',
    time: year2019,
  });
  const links = [
    edge('action:1', 'TOOK_PLACE_IN', 'country:DE'),
    edge('action:2', 'TOOK_PLACE_IN', 'country:DE', { time: year2019 }),
  ];
  const nodes = [action, dated, germany];

  it('are marked, with the word the tooltip says, on actions, events and sessions, and on relationships', () => {
    const elements = toElements(nodes, links, { ...DEFAULT_ELEMENT_OPTIONS, undatedMark: 'undated' });
    const marked = elements.filter((element) =>
      String(element.classes ?? '')
        .split(' ')
        .includes('undated'),
    );
    expect(marked.map((element) => element.data.id)).toEqual(['action:1', 'action:1|TOOK_PLACE_IN|country:DE']);
    expect(elements.find((element) => element.data.id === 'action:1')!.data.undated).toBe('undated');
    // A country is never dated: not an undated fact.
    expect(elements.find((element) => element.data.id === germany.id)!.classes).not.toContain('undated');
  });

  it('are not marked without a period', () => {
    const elements = toElements(nodes, links);
    expect(elements.some((element) => element.classes?.includes('undated'))).toBe(false);
  });
});

describe('mapping the view to Cytoscape elements', () => {
  it('maps every entity and relationship with the data the stylesheet reads', () => {
    const elements = toElements(NODES, EDGES);
    const nodes = elements.filter((element) => element.group === 'nodes');
    const edges = elements.filter((element) => element.group === 'edges');
    expect(nodes).toHaveLength(NODES.length);
    expect(edges).toHaveLength(EDGES.length);
    const ig = nodes.find((element) => element.data.id === igMetall.id)!;
    expect(ig.data).toMatchObject({
      label: 'IG Metall',
      type: 'ORGANISATION',
      kind: 'UNION',
      colour: KIND_COLOURS.UNION,
      size: BASE_SIZE,
    });
    expect(nodes.find((element) => element.data.id === fcw.id)!.data.colour).toBe(KIND_COLOURS.UNION_INITIATIVE);
    expect(nodes.find((element) => element.data.id === milland.id)!.data.colour).toBe(NODE_LOOKS.PERSON.colour);
    const role = edges.find((element) => element.data.type === 'HOLDS_ROLE')!;
    expect(role.data).toMatchObject({ source: 'person:robert-fuss', target: fcw.id, label: 'Leader', basis: 'STATED' });
  });

  it('keeps parallel relationships as separate edges with distinct looks', () => {
    const parallel = [
      {
        id: 'org:a|ORGANISED|event:e',
        type: 'ORGANISED' as const,
        source: 'org:a',
        target: 'event:e',
        label: 'organised',
        basis: 'STATED' as const,
        time: null,
      },
      {
        id: 'org:a|CO_ORGANISED|event:e',
        type: 'CO_ORGANISED' as const,
        source: 'org:a',
        target: 'event:e',
        label: 'co-organised',
        basis: 'INFERRED' as const,
        time: null,
      },
    ];
    const nodes = [
      {
        id: 'org:a',
        type: 'ORGANISATION' as const,
        label: 'A',
        organisationKind: null,
        countryCodes: [],
        degree: 2,
        time: null,
      },
      {
        id: 'event:e',
        type: 'EVENT' as const,
        label: 'E',
        organisationKind: null,
        countryCodes: [],
        degree: 2,
        time: null,
      },
    ];
    const edges = toElements(nodes, parallel).filter((element) => element.group === 'edges');
    expect(edges.map((element) => element.data.id)).toEqual(parallel.map((edge) => edge.id));
    expect(edges[0]!.data.basis).toBe('STATED');
    expect(edges[1]!.data.basis).toBe('INFERRED');
  });

  it('drops relationships whose ends are not drawn', () => {
    const elements = toElements([igMetall, germany], EDGES);
    expect(elements.filter((element) => element.group === 'edges').map((element) => element.data.id)).toEqual([
      'org:ig-metall|BASED_IN|country:DE',
    ]);
  });

  it('sizes by a metric and colours by community', () => {
    const elements = toElements([igMetall, germany], [], {
      ...DEFAULT_ELEMENT_OPTIONS,
      sizeMetric: new Map([
        [igMetall.id, 1],
        [germany.id, 0],
      ]),
      colourBy: 'community',
      communities: new Map([
        [igMetall.id, 0],
        [germany.id, 1],
      ]),
    });
    expect(elements[0]!.data).toMatchObject({ size: MAX_SIZE, colour: communityColour(0) });
    expect(elements[1]!.data).toMatchObject({ size: MIN_SIZE, colour: communityColour(1) });
  });

  it('marks expanded entities and the path with classes', () => {
    const elements = toElements([igMetall, germany, verdi], EDGES, {
      ...DEFAULT_ELEMENT_OPTIONS,
      expandedIds: new Set([igMetall.id]),
      pathNodeIds: new Set([igMetall.id, germany.id]),
      pathEdgeIds: new Set(['org:ig-metall|BASED_IN|country:DE']),
    });
    const classes = Object.fromEntries(elements.map((element) => [element.data.id as string, element.classes]));
    expect(classes).toEqual({
      [igMetall.id]: 'expanded path',
      [germany.id]: 'path',
      [verdi.id]: 'off-path',
      'org:ig-metall|BASED_IN|country:DE': 'path',
      'org:verdi|BASED_IN|country:DE': 'off-path',
    });
    expect(toElements([igMetall], []).map((element) => element.classes)).toEqual(['']);
  });

  it('wraps entities in one group per country when grouping by country', () => {
    const elements = toElements([igMetall, milland, { ...milland, id: 'person:x', countryCodes: [] }], [], {
      ...DEFAULT_ELEMENT_OPTIONS,
      groupByCountry: true,
      countryNames: new Map([['DE', 'Germany']]),
      noCountryLabel: 'No country',
    });
    const groups = elements.filter((element) => element.classes === 'group');
    expect(groups.map((group) => [group.data.id, group.data.label as string])).toEqual([
      ['group:CA', 'CA'],
      ['group:DE', 'Germany'],
      ['group:none', 'No country'],
    ]);
    expect(elements.find((element) => element.data.id === igMetall.id)!.data.parent).toBe(groupId('DE'));
    expect(elements.find((element) => element.data.id === 'person:x')!.data.parent).toBe(groupId(null));
  });

  it('shortens a collective action’s title on the canvas, at a word, and leaves other names whole', () => {
    const title = 'Drivers walk out across the city over cuts to their pay per ride';
    expect(shortLabel(title)).toBe('Drivers walk out across the…');
    expect(shortLabel('Short title')).toBe('Short title');
    const action = { ...NODES[0]!, id: 'action:1', type: 'COLLECTIVE_ACTION' as const, label: title };
    const longName = { ...NODES[0]!, label: title };
    const [drawnAction, drawnOther] = toElements([action, longName], []);
    expect(drawnAction?.data.label).toBe('Drivers walk out across the…');
    expect(drawnOther?.data.label).toBe(title);
  });
});
