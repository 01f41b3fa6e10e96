import { TIME_FIELDS, timeFields, writeCsv, type FormatValue } from '@faire-collectif/seed/formats';
import { sourcesText, type ExportInput, type Timed } from './exportInput';

/** The time columns, last: `timeStart` … `timeLastDay` as `time_start` … `time_last_day`. */
const TIME_COLUMNS = TIME_FIELDS.map((field) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));

/** A dated entity's or relationship's time cells, empty for what is not dated. */
function timeCells(element: Timed): FormatValue[] {
  const fields = timeFields(element.time);
  return TIME_FIELDS.map((field) => fields[field]);
}

/** A spreadsheet's CSV: CRLF line ends, formulas defused. */
function csv(header: readonly string[], rows: ReadonlyArray<readonly FormatValue[]>): string {
  return writeCsv(header, rows, { lineEnding: '\r\n', defuseFormulas: true });
}

/** The entities of the view, one per line, with the basis, note and citations of each, and the dates of dated ones. */
export function buildNodesCsv(input: ExportInput): string {
  return csv(
    ['id', 'name', 'type', 'organisation_kind', 'countries', 'degree', 'basis', 'note', 'sources', ...TIME_COLUMNS],
    input.nodes.map((node) => {
      const provenance = input.provenance.get(node.id);
      return [
        node.id,
        node.label,
        node.type,
        node.organisationKind,
        node.countryCodes.join(' '),
        node.degree,
        provenance?.basis,
        provenance?.note,
        sourcesText(provenance),
        ...timeCells(node),
      ];
    }),
  );
}

/** The relationships of the view, one per line, with both ends' names, the sources of each and the dates of dated ones. */
export function buildEdgesCsv(input: ExportInput): string {
  const names = new Map(input.nodes.map((node) => [node.id, node.label]));
  return csv(
    [
      'id',
      'type',
      'label',
      'source_id',
      'source_name',
      'target_id',
      'target_name',
      'basis',
      'note',
      'sources',
      ...TIME_COLUMNS,
    ],
    input.edges
      .filter((edge) => names.has(edge.source) && names.has(edge.target))
      .map((edge) => {
        const provenance = input.provenance.get(edge.id);
        return [
          edge.id,
          edge.type,
          edge.label,
          edge.source,
          names.get(edge.source),
          edge.target,
          names.get(edge.target),
          edge.basis,
          provenance?.note,
          sourcesText(provenance),
          ...timeCells(edge),
        ];
      }),
  );
}
