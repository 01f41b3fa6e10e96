import { useMemo } from 'react';
import type { ExploreStep } from '../../models/view/explore';
import { entityTypeName, relationshipName, t } from '../../models/i18n';
import { buildEntityDetailsOperation, buildProvenanceOperation } from '../../models/graphql/operations';
import { groupConnections, readEntityDetails, readProvenance, type Connection } from '../../models/graphql/responses';
import type { GraphEdge, GraphNode, Language, ProvenanceData } from '../../models/types';
import type { Explore } from '../../models/view/viewState';
import { roleTitle } from '../../models/tables/table';
import { isEdgeId } from '../../models/vocabulary';
import { isUndatedEdge, isUndatedNode } from '../../models/cytoscape/elements';
import { useQuery } from '../../state/useQuery';
import { QueryError } from '../Shared/QueryError';
import { DetailActions } from './DetailActions';
import { ActionProperties } from './ActionProperties';
import { EntityProperties } from './EntityProperties';
import { FoldedLinkDetails } from './FoldedLinkDetails';
import { BasisTag, ProvenanceView } from './ProvenanceView';
import { TimeSpanRow } from './TimeSpanRow';

export interface DetailsPanelProps {
  lang: Language;
  selected: string | null;
  /** The view's entities and relationships (to describe a selected relationship). */
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  explore: Explore;
  /** Whether the view is under a period: what no source dates is then said to be undated. */
  underPeriod?: boolean;
  onSelect(id: string | null): void;
  onStep(step: ExploreStep): void;
  onPathEnd(end: 'from' | 'to', id: string): void;
}

/** How many relationships of an entity get their sources fetched with it. */
const SOURCED_LINKS = 80;

/** The selected entity or relationship: properties in the chosen language, connections, and sources. */
export function DetailsPanel(props: DetailsPanelProps) {
  const { lang, selected } = props;
  // A folded link is no relationship of the graph: what it says comes with it, not from the API.
  const folded = props.edges.find((edge) => edge.id === selected && edge.type === 'FOLDED');
  return (
    <section className="panel details" aria-labelledby="details-title" data-testid="details">
      <div className="panel-head">
        <h2 id="details-title">{t(lang, 'details')}</h2>
        {selected && (
          <button type="button" className="icon" onClick={() => props.onSelect(null)} aria-label={t(lang, 'close')}>
            ✕
          </button>
        )}
      </div>
      {!selected && <p className="muted">{t(lang, 'detailsEmpty')}</p>}
      {selected && isEdgeId(selected) && folded && (
        <FoldedLinkDetails
          lang={lang}
          edge={folded}
          labelOf={(id) => props.nodes.find((node) => node.id === id)?.label ?? id}
          onSelect={props.onSelect}
        />
      )}
      {selected && isEdgeId(selected) && !folded && <EdgeDetails {...props} id={selected} />}
      {selected && !isEdgeId(selected) && <EntityDetailsView {...props} id={selected} />}
    </section>
  );
}

function EntityDetailsView(props: DetailsPanelProps & { id: string }) {
  const { lang, id } = props;
  const operation = useMemo(() => buildEntityDetailsOperation(id, lang), [id, lang]);
  const details = useQuery(operation);
  const answer = details.data;
  const current = answer?.node?.id === id ? answer : null;
  const node = readEntityDetails(current?.node ?? null);
  const linkIds = useMemo(
    () =>
      (current?.neighbourhood?.edges ?? [])
        .filter((edge) => edge.source === id || edge.target === id)
        .slice(0, SOURCED_LINKS)
        .map((edge) => edge.id),
    [current, id],
  );
  const provenanceOperation = useMemo(
    () => (linkIds.length ? buildProvenanceOperation(linkIds, lang) : null),
    [linkIds, lang],
  );
  const provenanceData = useQuery(provenanceOperation).data;
  const provenance = useMemo(
    () => (provenanceData ? readProvenance(provenanceData, linkIds) : new Map<string, ProvenanceData>()),
    [provenanceData, linkIds],
  );
  const groups = useMemo(
    () => (current?.neighbourhood ? groupConnections(id, current.neighbourhood) : new Map<string, Connection[]>()),
    [current, id],
  );

  if (details.error && !current) return <QueryError lang={lang} error={details.error} onRetry={details.retry} />;
  if (!node) return <p className="muted">{t(lang, 'loading')}</p>;
  return (
    <article className="entity" aria-labelledby="details-name">
      <p className={`type-chip type-${node.type.toLowerCase()}`}>{entityTypeName(lang, node.type)}</p>
      <h3 id="details-name" className="entity-name">
        {node.name}
      </h3>
      <DetailActions
        lang={lang}
        id={id}
        explore={props.explore}
        onStep={props.onStep}
        onPathEnd={(end) => props.onPathEnd(end, id)}
      />
      <TimeSpanRow
        lang={lang}
        time={props.nodes.find((drawn) => drawn.id === id)?.time}
        undated={Boolean(props.underPeriod) && isUndated(props.nodes.find((drawn) => drawn.id === id))}
      />
      <EntityProperties lang={lang} node={node} onSelect={props.onSelect} />
      <ActionProperties lang={lang} node={node} onSelect={props.onSelect} />
      <h4>
        {t(lang, 'connections')} <span className="count">{current?.neighbourhood?.totalCount ?? 0}</span>
      </h4>
      {[...groups.entries()].map(([key, connections]) => {
        const first = connections[0]!;
        return (
          <section key={key} className="connection-group">
            <h5>
              {first.outgoing ? '' : '← '}
              {relationshipName(lang, first.edge.type)}
              {first.outgoing ? ' →' : ''} <span className="count">{connections.length}</span>
            </h5>
            <ul>
              {connections.map((connection) => (
                <li key={connection.edge.id}>
                  <button type="button" className="link" onClick={() => props.onSelect(connection.other.id)}>
                    {connection.other.label}
                  </button>{' '}
                  {roleTitle(connection.edge) && <span className="edge-label">({roleTitle(connection.edge)})</span>}{' '}
                  <BasisTag lang={lang} basis={connection.edge.basis} />
                  {provenance.has(connection.edge.id) && (
                    <details className="sources-inline">
                      <summary>{t(lang, 'sources')}</summary>
                      <ProvenanceView lang={lang} provenance={provenance.get(connection.edge.id)} />
                    </details>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <h4>{t(lang, 'sourcesOf')}</h4>
      {/* An action's reports are listed with its record above. */}
      <ProvenanceView lang={lang} provenance={node.provenance} showReports={!node.sourceUrls?.length} />
    </article>
  );
}

function EdgeDetails(props: DetailsPanelProps & { id: string }) {
  const { lang, id } = props;
  const edge = props.edges.find((item) => item.id === id);
  const operation = useMemo(() => buildProvenanceOperation([id], lang), [id, lang]);
  const query = useQuery(operation);
  const provenance = query.data ? readProvenance(query.data, [id]).get(id) : undefined;
  const labels = new Map(props.nodes.map((node) => [node.id, node.label]));
  const [source, type, target] = edge ? [edge.source, edge.type, edge.target] : id.split('|');
  return (
    <article className="relationship" aria-labelledby="details-name">
      <p className="type-chip">{t(lang, 'relationship')}</p>
      <h3 id="details-name" className="entity-name">
        {labels.get(source ?? '') ?? source} — {edge ? relationshipName(lang, edge.type) : type} →{' '}
        {labels.get(target ?? '') ?? target}
      </h3>
      <TimeSpanRow
        lang={lang}
        time={edge?.time}
        undated={Boolean(props.underPeriod) && edge !== undefined && isUndatedEdge(edge)}
      />
      <dl className="properties">
        {edge && roleTitle(edge) && (
          <>
            <dt>{t(lang, 'role')}</dt>
            <dd>{roleTitle(edge)}</dd>
          </>
        )}
        {edge && (
          <>
            <dt>{t(lang, 'colBasis')}</dt>
            <dd>
              <BasisTag lang={lang} basis={edge.basis} />
            </dd>
          </>
        )}
        <dt>{t(lang, 'sourceEntity')}</dt>
        <dd>
          <button type="button" className="link" onClick={() => props.onSelect(source ?? null)}>
            {labels.get(source ?? '') ?? source}
          </button>
        </dd>
        <dt>{t(lang, 'targetEntity')}</dt>
        <dd>
          <button type="button" className="link" onClick={() => props.onSelect(target ?? null)}>
            {labels.get(target ?? '') ?? target}
          </button>
        </dd>
      </dl>
      <h4>{t(lang, 'sources')}</h4>
      {query.error && <QueryError lang={lang} error={query.error} onRetry={query.retry} />}
      {provenance ? (
        <ProvenanceView lang={lang} provenance={provenance} />
      ) : (
        query.loading && <p className="muted">{t(lang, 'loading')}</p>
      )}
    </article>
  );
}

/** Whether a drawn entity is one a source would date (an action, event or session) that none does. */
function isUndated(node: GraphNode | undefined): boolean {
  return node !== undefined && isUndatedNode(node);
}
