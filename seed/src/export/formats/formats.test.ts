import { describe, expect, it } from 'vitest';
import { csvField, escapeXml, writeCsv, writeGexf, writeGraphml } from './index';

describe('escapeXml', () => {
  it('drops every character XML 1.0 cannot hold, lone surrogates included, and keeps the rest', () => {
    expect(escapeXml('a\u0000b\u000Bc\uFFFEd\uD800e')).toBe('abcde');
    expect(escapeXml('tab\tline\nsmile 😀')).toBe('tab\tline\nsmile 😀');
  });
});

describe('writeCsv', () => {
  it('defuses formulas for spreadsheets only, and ends lines as asked', () => {
    expect(writeCsv(['a', 'b'], [['=1+1', 'x,y']], { lineEnding: '\r\n', defuseFormulas: true })).toBe(
      'a,b\r\n\'=1+1,"x,y"\r\n',
    );
    expect(writeCsv(['a'], [['=1+1'], [null]], { lineEnding: '\n', defuseFormulas: false })).toBe('a\n=1+1\n\n');
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('-x', false)).toBe('-x');
  });
});

describe('writeGraphml', () => {
  it('leaves out empty values and keeps a comment well-formed', () => {
    const xml = writeGraphml({
      keys: [{ id: 'k', for: 'node', name: 'k', type: 'string' }],
      comment: 'made -- here',
      nodes: [
        {
          id: 'n<1>',
          data: [
            ['k', ''],
            ['k', 'v'],
          ],
        },
      ],
      edges: [],
    });
    expect(xml).toContain('<!-- made - - here -->');
    expect(xml).toContain('<node id="n&lt;1&gt;">\n      <data key="k">v</data>\n    </node>');
  });
});

describe('writeGexf', () => {
  it('carries the drawing of nodes that have one: position (y up), size and colour', () => {
    const xml = writeGexf({
      creator: 'test',
      description: 'drawing',
      nodeAttributes: [],
      edgeAttributes: [],
      nodes: [
        { id: 'a', label: 'A', values: [], viz: { x: 12.345, y: 40, size: 30, colour: '#1f77b4' } },
        { id: 'b', label: 'B', values: [], viz: { x: Number.NaN, y: 1, colour: 'not a colour' } },
        { id: 'c', label: 'C', values: [] },
      ],
      edges: [],
    });
    expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).toContain(
      '<node id="a" label="A">\n        <viz:position x="12.35" y="-40" z="0"/>\n        <viz:size value="30"/>\n        <viz:color r="31" g="119" b="180"/>\n      </node>',
    );
    expect(xml).toContain('<node id="b" label="B">\n        <viz:position x="0" y="-1" z="0"/>\n      </node>');
    expect(xml).toContain('<node id="c" label="C">\n      </node>');
  });
});
