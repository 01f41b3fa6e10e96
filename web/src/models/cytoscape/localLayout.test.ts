import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { localLayoutRequest, placeNewcomers, runLocalLayout } from './localLayout';

cytoscape.use(fcose);

/** A ring of drawn entities, and `count` new ones each linked to two of them (as a period brings in). */
function drawing(count: number) {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  const ring = 40;
  for (let index = 0; index < ring; index += 1) {
    const angle = (2 * Math.PI * index) / ring;
    cy.add({
      group: 'nodes',
      data: { id: `old${index}`, size: 30 },
      position: { x: 600 * Math.cos(angle), y: 600 * Math.sin(angle) },
    });
  }
  // One fading out: never a neighbour to place by or to fix.
  cy.add({ group: 'nodes', data: { id: 'gone', size: 30 }, position: { x: 5000, y: 5000 }, classes: 'leaving' });
  const added: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = `new${index}`;
    added.push(id);
    cy.add({ group: 'nodes', data: { id, size: 30 }, position: { x: 0, y: 0 } });
    cy.add({ group: 'edges', data: { id: `${id}-a`, source: id, target: `old${index % ring}` } });
    cy.add({ group: 'edges', data: { id: `${id}-b`, source: id, target: `old${(index + 1) % ring}` } });
    cy.add({ group: 'edges', data: { id: `${id}-gone`, source: id, target: 'gone' } });
  }
  return { cy, added };
}

describe('the local layout after a period change', () => {
  it('places each new entity by the barycentre of the drawn entities it is linked to, then by new ones placed', () => {
    const positions = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
    ]);
    const links: Record<string, string[]> = { n1: ['a', 'b'], n2: ['n1'], n3: [] };
    const placed = placeNewcomers(
      ['n2', 'n1', 'n3'],
      (id) => links[id] ?? [],
      (id) => positions.get(id) ?? null,
      {
        x1: -50,
        y1: -50,
        w: 200,
        h: 100,
      },
    );
    const n1 = placed.get('n1')!;
    expect(Math.abs(n1.x - 50)).toBeLessThanOrEqual(30);
    expect(Math.abs(n1.y)).toBeLessThanOrEqual(30);
    // Linked only to a newcomer: by it, not on the ring.
    const n2 = placed.get('n2')!;
    expect(Math.hypot(n2.x - n1.x, n2.y - n1.y)).toBeLessThanOrEqual(Math.SQRT2 * 30);
    // Linked to nothing: on a ring outside what stays.
    const n3 = placed.get('n3')!;
    expect(Math.hypot(n3.x - 50, n3.y)).toBeCloseTo(180, 5);
    // The same steps, the same picture.
    expect(
      placeNewcomers(
        ['n2', 'n1', 'n3'],
        (id) => links[id] ?? [],
        (id) => positions.get(id) ?? null,
        null,
      ).get('n1'),
    ).toEqual(n1);
  });

  it('asks only for the new entities and their drawn neighbours, the neighbours fixed where they are', () => {
    const { cy, added } = drawing(3);
    const request = localLayoutRequest(cy, added)!;
    const ids = request.elements.filter((element) => element.group === 'nodes').map((element) => element.data.id);
    expect(ids.sort()).toEqual(['new0', 'new1', 'new2', 'old0', 'old1', 'old2', 'old3']);
    expect(request.fixed.sort()).toEqual(['old0', 'old1', 'old2', 'old3']);
    expect(request.elements.find((element) => element.data.id === 'old1')!.position).toEqual(
      cy.getElementById('old1').position(),
    );
    expect(request.elements.filter((element) => element.group === 'edges')).toHaveLength(6);
    expect(localLayoutRequest(cy, ['not-drawn'])).toBeNull();
  });

  it('moves only the new entities, briefly and near their neighbours, the same way every time, even when most of the view is new', () => {
    const { cy, added } = drawing(120);
    const position = (id: string) => cy.getElementById(id).position();
    const start = placeNewcomers(
      added,
      (id) =>
        cy
          .getElementById(id)
          .neighborhood()
          .nodes()
          .not('.leaving')
          .map((node) => node.id()),
      (id) => ({ ...position(id) }),
      null,
    );
    for (const [id, point] of start) cy.getElementById(id).position(point);
    const request = localLayoutRequest(cy, added)!;
    const layOut = () => runLocalLayout(cytoscape, request);
    const positions = layOut();
    expect(Object.keys(positions).sort()).toEqual([...added].sort());
    let moved = 0;
    added.forEach((id, index) => {
      const { x, y } = positions[id]!;
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      // Still by the two entities it is linked to, on a ring of radius 600.
      const a = position(`old${index % 40}`);
      const b = position(`old${(index + 1) % 40}`);
      expect(Math.hypot(x - (a.x + b.x) / 2, y - (a.y + b.y) / 2), id).toBeLessThan(300);
      if (x !== start.get(id)!.x || y !== start.get(id)!.y) moved += 1;
    });
    expect(moved).toBeGreaterThan(0);
    expect(layOut()).toEqual(positions);
  });
});
