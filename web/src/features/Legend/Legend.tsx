import { useState, type ReactElement } from 'react';
import { entityTypeName, kindName, relationshipName, t } from '../../models/i18n';
import { EDGE_LOOKS, KIND_COLOURS, NODE_LOOKS } from '../../models/cytoscape/palette';
import type { EntityType, Language, OrganisationKind, RelationshipType } from '../../models/types';
import { ENTITY_TYPES, ORGANISATION_KINDS, RELATIONSHIP_TYPES } from '../../models/vocabulary';

type ShapeProps = { fill: string; stroke: string; strokeWidth: number };

// One small drawing per entity type, matching the shapes of `NODE_LOOKS`.
const SHAPES: Record<EntityType, (props: ShapeProps) => ReactElement> = {
  PERSON: (props) => <circle cx="8" cy="8" r="6.5" {...props} />,
  ORGANISATION: (props) => <rect x="1.5" y="3" width="13" height="10" rx="3" {...props} />,
  COUNTRY: (props) => <polygon points="4,2 12,2 15.5,8 12,14 4,14 0.5,8" {...props} />,
  WORKER_TYPE: (props) => <polygon points="8,1 15,8 8,15 1,8" {...props} />,
  ORGANISING_FORM: (props) => (
    <polygon points="8,1 10,6 15.5,6.2 11.2,9.6 12.8,15 8,12 3.2,15 4.8,9.6 0.5,6.2 6,6" {...props} />
  ),
  SESSION: (props) => <polygon points="4,3 15,3 12,13 1,13" {...props} />,
  EVENT: (props) => <polygon points="5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5" {...props} />,
  COLLECTIVE_ACTION: (props) => <polygon points="8,1 15,14.5 1,14.5" {...props} />,
  STRUGGLE: (props) => <polygon points="1,2 8,7 15,2 8,15" {...props} />,
};

/** A small drawing of an entity's shape in the network. */
export function ShapeIcon({ type, colour }: { type: EntityType; colour: string }) {
  const Shape = SHAPES[type];
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <Shape fill={colour} stroke="#374151" strokeWidth={0.8} />
    </svg>
  );
}

function LineIcon({ type }: { type: RelationshipType }) {
  const look = EDGE_LOOKS[type];
  const dash = look.line === 'dotted' ? '2 3' : look.line === 'dashed' ? '6 3' : undefined;
  return (
    <svg width="30" height="10" viewBox="0 0 30 10" aria-hidden="true" focusable="false">
      <line x1="1" y1="5" x2="24" y2="5" stroke={look.colour} strokeWidth={look.width} strokeDasharray={dash} />
      <polygon points="23,1.5 29,5 23,8.5" fill={look.colour} />
    </svg>
  );
}

/** One colour of the community colouring, named by its most linked member. */
export interface CommunityEntry {
  colour: string;
  label: string;
}

/** What a view draws: the legend lists only these (everything when not given). */
export interface LegendContent {
  types: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
  relationships: ReadonlySet<string>;
  /** Whether the view marks undated facts (under a period). */
  undated?: boolean;
}

export interface LegendProps {
  lang: Language;
  present?: LegendContent;
  /** By community, the colours name communities and the shapes alone tell the types. */
  communities?: readonly CommunityEntry[] | null;
}

/** Open at first where there is room beside the drawing; folded (one line over it) on a tablet or phone. */
function roomy(): boolean {
  return typeof window.matchMedia !== 'function' || !window.matchMedia('(max-width: 1180px)').matches;
}

/** What the shapes, colours and lines of the network mean, over the drawing. */
export function Legend({ lang, communities, present }: LegendProps) {
  const [open, setOpen] = useState(roomy);
  const has = (set: 'types' | 'kinds' | 'relationships', value: string) => !present || present[set].has(value);
  const byCommunity = Boolean(communities?.length);
  return (
    <details
      className="panel legend legend-overlay"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="legend"
      data-overlay
    >
      <summary>
        <h2>{t(lang, 'legend')}</h2>
      </summary>
      {byCommunity && (
        <>
          <h3>{t(lang, 'legendCommunities')}</h3>
          <ul>
            {communities!.map((entry, index) => (
              <li key={entry.colour + index}>
                <ShapeIcon type="PERSON" colour={entry.colour} /> {entry.label}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t(lang, 'legendEntities')}</h3>
      <ul>
        {ENTITY_TYPES.filter((type) => type !== 'ORGANISATION' && has('types', type)).map((type) => (
          <li key={type}>
            <ShapeIcon type={type} colour={byCommunity ? '#ffffff' : NODE_LOOKS[type].colour} />{' '}
            {entityTypeName(lang, type)}
          </li>
        ))}
      </ul>
      <h3>{t(lang, byCommunity ? 'legendOrganisations' : 'legendKinds')}</h3>
      <ul>
        {byCommunity ? (
          <li>
            <ShapeIcon type="ORGANISATION" colour="#ffffff" /> {entityTypeName(lang, 'ORGANISATION')}
          </li>
        ) : (
          ORGANISATION_KINDS.filter((kind) => has('kinds', kind)).map((kind: OrganisationKind) => (
            <li key={kind}>
              <ShapeIcon type="ORGANISATION" colour={KIND_COLOURS[kind]} /> {kindName(lang, kind)}
            </li>
          ))
        )}
      </ul>
      <h3>{t(lang, 'legendRelationships')}</h3>
      <ul>
        {RELATIONSHIP_TYPES.filter((type) => has('relationships', type)).map((type) => (
          <li key={type}>
            <LineIcon type={type} /> {relationshipName(lang, type)}
          </li>
        ))}
        <li className="muted">{t(lang, 'legendInferred')}</li>
        {present?.undated && (
          <li className="muted" data-testid="legend-undated">
            {t(lang, 'legendUndated')}
          </li>
        )}
      </ul>
    </details>
  );
}
