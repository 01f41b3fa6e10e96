// Graph file formats (GraphML, GEXF, CSV) and XML escaping: pure writers, safe in the browser
// (`@faire-collectif/seed/formats`), used by the export command and by the explorer's exports.
export { csvField, writeCsv, type CsvOptions } from './csv';
export { writeGexf, type GexfAttribute, type GexfDocument, type GexfViz } from './gexf';
export { writeGraphml, type GraphmlData, type GraphmlDocument, type GraphmlKey } from './graphml';
export type { FormatValue } from './values';
export { escapeXml } from './xml';
