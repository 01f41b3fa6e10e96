import { writeCsv, type FormatValue } from '@faire-collectif/seed/formats';
import { sourcesText, type ExportInput } from './exportInput';

/** A spreadsheet's CSV: CRLF line ends, formulas defused. */
function csv(header: readonly string[], rows: ReadonlyArray<readonly FormatValue[]>): string {
  return writeCsv(header, rows, { lineEnding: '\r\n', defuseFormulas: true });
}

/** The entities of the view, one per line, with the basis, note and citations of each. */
export function buildNodesCsv(input: ExportInput): string {
  return csv(
    ['id', 'name', 'type', 'organisation_kind', 'countries', 'degree', 'basis', 'note', 'sources'],
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
      ];
    }),
  );
}

/** The relationships of the view, one per line, with both ends' names and the sources of each. */
export function buildEdgesCsv(input: ExportInput): string {
  const names = new Map(input.nodes.map((node) => [node.id, node.label]));
  return csv(
    ['id', 'type', 'label', 'source_id', 'source_name', 'target_id', 'target_name', 'basis', 'note', 'sources'],
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
        ];
      }),
  );
}
