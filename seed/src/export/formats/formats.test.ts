import { describe, expect, it } from 'vitest';
import { csvField, escapeXml, writeCsv, writeGraphml } from './index';

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
