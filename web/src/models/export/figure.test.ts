import { describe, expect, it } from 'vitest';
import { crowd, EDGES, igMetall, NODES } from '../../test/fixtures';
import { parseViewState } from '../view/viewState';
import type { ExportInput } from './exportInput';
import { composeFigure, svgSize } from './figure';
import { typeLegend } from './figureLegend';
import { buildGexf } from './gexf';
import { buildGraphml } from './graphml';
import { describeView } from './viewDescription';

const drawing = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect/></svg>';

function parseXml(text: string): Document {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

describe('figures', () => {
  it('puts title, caption, legend, source and date around the drawing', () => {
    const svg = composeFigure(drawing, {
      title: '2 organisations organise crowd workers in Germany',
      caption: 'Country: Germany · Worker type: Crowd workers',
      legend: [
        { colour: '#1f77b4', label: 'Union' },
        { colour: '#ff7f0e', label: 'Person & <co>' },
      ],
      source: 'Source: Programme (EN). View: http://localhost/?country=DE',
      date: 'Exported on 2024-05-01',
    });
    const document = parseXml(svg);
    const texts = [...document.getElementsByTagName('text')].map((node) => node.textContent);
    expect(texts[0]).toBe('2 organisations organise crowd workers in Germany');
    expect(texts).toContain('Country: Germany · Worker type: Crowd workers');
    expect(texts).toContain('Person & <co>');
    expect(texts.at(-1)).toBe('Exported on 2024-05-01');
    expect(document.getElementsByTagName('title')[0]!.textContent).toContain('crowd workers');
    // The drawing is nested whole, below the title.
    const nested = document.documentElement.getElementsByTagName('svg')[0]!;
    expect(nested.getAttribute('width')).toBe('400');
    expect(Number(nested.getAttribute('y'))).toBeGreaterThan(40);
    expect(svgSize(svg).width).toBeGreaterThan(400);
  });

  it('names a view in words and in a file name', () => {
    const names = {
      labelOf: (id: string) => (id === crowd.id ? 'Crowd workers' : id),
      countryName: (code: string) => (code === 'DE' ? 'Germany' : code),
      kindName: (kind: string) => kind.toLowerCase(),
    };
    const view = parseViewState(`?country=DE&worker=${crowd.id}`);
    expect(describeView('EN', view, names)).toEqual({
      caption: 'Country: Germany · Worker type: Crowd workers',
      subject: 'germany-crowd-workers',
    });
    expect(describeView('FR', parseViewState('?lang=fr'), names)).toEqual({
      caption: 'Graphe entier',
      subject: 'graphe-entier',
    });
  });

  it('lists in the legend only the colours the view uses', () => {
    const legend = typeLegend('EN', NODES).map((entry) => entry.label);
    expect(legend).toEqual(['Session', 'Person', 'Country', 'Worker type', 'Trade union', 'Union initiative']);
  });

  it('carries the drawing into GEXF and GraphML', () => {
    const input: ExportInput = {
      nodes: NODES,
      edges: EDGES,
      provenance: new Map(),
      lang: 'EN',
      generatedAt: '2024-05-01T10:00:00.000Z',
      viewUrl: 'http://localhost/',
      drawing: new Map([[igMetall.id, { x: 10, y: 20, size: 34, colour: '#d62728' }]]),
    };
    const gexf = parseXml(buildGexf(input));
    const node = [...gexf.getElementsByTagName('node')].find((item) => item.getAttribute('id') === igMetall.id)!;
    expect(node.getElementsByTagName('viz:position')[0]!.getAttribute('x')).toBe('10');
    expect(node.getElementsByTagName('viz:color')[0]!.getAttribute('r')).toBe('214');
    const graphml = buildGraphml(input);
    expect(graphml).toContain('<key id="x" for="node" attr.name="x" attr.type="double"/>');
    expect(graphml).toMatch(/<node id="org:ig-metall">\s*<data key="x">10<\/data>\s*<data key="y">20<\/data>/);
  });
});
