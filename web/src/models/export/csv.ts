import { sourcesText, type ExportInput } from './exportInput';

/** One CSV field (RFC 4180): quoted when needed; text that a spreadsheet would run as a formula is defused. */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+@\t\r]/.test(text) || /^-[^\d]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
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
