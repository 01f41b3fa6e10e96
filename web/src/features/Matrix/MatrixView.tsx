import { useMemo } from 'react';
import { punctuation, t } from '../../models/i18n';
import { cellIntensity, matrixRows, maxCellSize } from '../../models/tables/matrix';
import { buildMatrixOperation } from '../../models/graphql/operations';
import type { GraphFilterInput } from '../../models/view/filters';
import type { Language } from '../../models/types';
import { useQuery } from '../../state/useQuery';
import { QueryError } from '../Shared/QueryError';

export interface MatrixViewProps {
  lang: Language;
  filter: GraphFilterInput | null;
  onChooseCell(countryCode: string | null, workerTypeId: string): void;
}

/** Countries × worker types: which organisations organise whom where; a cell filters the network. */
export function MatrixView({ lang, filter, onChooseCell }: MatrixViewProps) {
  // Country and worker-type criteria would empty the other rows and columns, so only the rest applies.
  const matrixFilter = useMemo(() => {
    if (!filter) return null;
    const rest: GraphFilterInput = { ...filter };
    delete rest.countries;
    delete rest.workerTypes;
    return Object.keys(rest).length ? rest : null;
  }, [filter]);
  const operation = useMemo(() => buildMatrixOperation(matrixFilter, lang), [matrixFilter, lang]);
  const query = useQuery(operation);
  const matrix = query.data?.matrix ?? null;
  const rows = useMemo(() => (matrix ? matrixRows(matrix, t(lang, 'matrixWithoutCountry')) : []), [matrix, lang]);
  const max = matrix ? maxCellSize(matrix) : 0;

  if (query.error && !matrix) return <QueryError lang={lang} error={query.error} onRetry={query.retry} />;
  if (!matrix) return <p className="muted">{t(lang, 'loading')}</p>;
  return (
    <div className="matrix-view">
      <p className="muted" id="matrix-help">
        {t(lang, 'matrixHelp')} <span className="unknown-mark">?</span> = {t(lang, 'matrixUnknownLong')}
        {punctuation(lang, ';')} <span className="inferred-mark">*</span> = {t(lang, 'matrixInferredLong')}.
      </p>
      <div className="table-scroll">
        <table className="matrix" aria-describedby="matrix-help" data-testid="matrix">
          <caption>{t(lang, 'matrix')}</caption>
          <thead>
            <tr>
              <td />
              {matrix.workerTypes.map((workerType) => (
                <th key={workerType.id} scope="col">
                  <span>{workerType.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code ?? 'none'}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell, index) => {
                  const workerType = matrix.workerTypes[index]!;
                  const count = cell?.organisations.length ?? 0;
                  const unknown = !cell || cell.unknown;
                  const inferred = new Set(cell?.inferred.map((organisation) => organisation.id));
                  const names =
                    cell?.organisations
                      .map((organisation) =>
                        inferred.has(organisation.id)
                          ? `${organisation.name} (${t(lang, 'matrixInferredMark')})`
                          : organisation.name,
                      )
                      .join(', ') ?? '';
                  const label = unknown
                    ? `${row.name}, ${workerType.name}: ${t(lang, 'matrixUnknown')}`
                    : `${t(lang, 'matrixCell', { country: row.name, workerType: workerType.name, n: count })}: ${names}`;
                  const intensity = cellIntensity(cell, max);
                  return (
                    <td key={workerType.id} className={unknown ? 'unknown' : 'known'}>
                      <button
                        type="button"
                        aria-label={label}
                        title={unknown ? t(lang, 'matrixUnknownLong') : names}
                        style={unknown ? undefined : { background: `rgba(213, 94, 0, ${0.12 + 0.6 * intensity})` }}
                        onClick={() => onChooseCell(row.code, workerType.id)}
                      >
                        {unknown ? (
                          <span className="unknown-mark">?</span>
                        ) : (
                          <>
                            <strong>{count}</strong>
                            <span className="cell-names" aria-hidden="true">
                              {cell.organisations.slice(0, 3).map((organisation) => (
                                <span
                                  key={organisation.id}
                                  className={inferred.has(organisation.id) ? 'inferred' : undefined}
                                >
                                  {organisation.name}
                                  {inferred.has(organisation.id) && <span className="inferred-mark">*</span>}
                                </span>
                              ))}
                              {count > 3 && <span>+{count - 3}</span>}
                            </span>
                          </>
                        )}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
