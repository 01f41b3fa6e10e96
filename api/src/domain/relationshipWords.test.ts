import { describe, expect, it } from 'vitest';
import type { GraphEdgeModel, GraphNodeModel, PathModel } from '../data/models';
import { edgeLabel, pathExplanation, stepSentence } from './relationshipWords';

const node = (id: string, nameEn: string, nameFr = nameEn): GraphNodeModel => ({
  id,
  type: 'PERSON',
  nameEn,
  nameFr,
  organisationKind: null,
  countryCodes: [],
  degree: 1,
  time: null,
});
const edge = (
  type: GraphEdgeModel['type'],
  source: string,
  target: string,
  role?: [string, string],
): GraphEdgeModel => ({
  id: `${source}|${type}|${target}`,
  type,
  source,
  target,
  basis: 'STATED',
  roleEn: role?.[0] ?? null,
  time: null,
  roleFr: role?.[1] ?? null,
});

const robert = node('person:robert-fuss', 'Robert Fuss');
const watch = node('org:faircrowdwork-watch', 'FairCrowdWork Watch');
const kristy = node('person:kristy-milland', 'Kristy Milland');
const session = {
  ...node('session:s1', 'Defending the rights of crowd workers', 'Comment défendre les droits des "crowd workers" ?'),
  type: 'SESSION' as const,
};
const role = edge('HOLDS_ROLE', robert.id, watch.id, ['Leader', 'pilote']);

describe('relationships in words', () => {
  it('labels a role by its title, other edges by their type', () => {
    expect(edgeLabel(role, 'EN')).toBe('Leader');
    expect(edgeLabel(role, 'FR')).toBe('pilote');
    expect(edgeLabel(edge('HOLDS_ROLE', robert.id, watch.id), 'EN')).toBe('holds a role at');
    expect(edgeLabel(edge('HOLDS_ROLE', robert.id, watch.id), 'FR')).toBe('exerce une fonction chez');
    expect(edgeLabel(edge('ORGANISES', watch.id, 'worker:crowd'), 'EN')).toBe('organises or defends');
    expect(edgeLabel(edge('ORGANISES', watch.id, 'worker:crowd'), 'FR')).toBe('organise ou défend');
    expect(edgeLabel(edge('SPEAKS_IN', kristy.id, session.id), 'FR')).toBe('intervient dans');
  });

  it('quotes the titles of sessions and events', () => {
    const step = { edge: edge('SPEAKS_IN', kristy.id, session.id), from: kristy, to: session, reversed: false };
    expect(stepSentence(step, 'EN')).toBe('Kristy Milland speaks in “Defending the rights of crowd workers”');
    expect(stepSentence(step, 'FR')).toBe(
      'Kristy Milland intervient dans « Comment défendre les droits des "crowd workers" ? »',
    );
  });

  it('states a step in the direction of its relationship, whichever way the path goes', () => {
    const forward = { edge: role, from: robert, to: watch, reversed: false };
    const backward = { edge: role, from: watch, to: robert, reversed: true };
    expect(stepSentence(forward, 'EN')).toBe('Robert Fuss holds the role Leader at FairCrowdWork Watch');
    expect(stepSentence(backward, 'EN')).toBe('Robert Fuss holds the role Leader at FairCrowdWork Watch');
    expect(stepSentence(forward, 'FR')).toBe('Robert Fuss occupe la fonction « pilote » chez FairCrowdWork Watch');
  });

  it('explains a path with arrows that show each relationship’s direction', () => {
    const path: PathModel = {
      nodes: [kristy, session, robert],
      steps: [
        { edge: edge('SPEAKS_IN', kristy.id, session.id), from: kristy, to: session, reversed: false },
        { edge: edge('SPEAKS_IN', robert.id, session.id), from: session, to: robert, reversed: true },
      ],
    };
    expect(pathExplanation(path, 'EN')).toBe(
      'Kristy Milland —speaks in→ “Defending the rights of crowd workers” ←speaks in— Robert Fuss',
    );
    expect(pathExplanation(path, 'FR')).toBe(
      'Kristy Milland —intervient dans→ « Comment défendre les droits des "crowd workers" ? » ←intervient dans— Robert Fuss',
    );
  });
});
