// Graph file formats (GraphML, GEXF, CSV), XML escaping and the time of facts: pure, safe in the
// browser (`@faire-collectif/seed/formats`), used by the export command and by the explorer's exports.
export { csvField, writeCsv, type CsvOptions } from './csv';
export { presences, type Presence, type TimeBasis, type TimedEdge, type TimedNode } from './dynamics';
export { writeGexf, type GexfAttribute, type GexfDocument, type GexfPresence, type GexfViz } from './gexf';
export { writeGraphml, type GraphmlData, type GraphmlDocument, type GraphmlKey } from './graphml';
export {
  dayOf,
  daysOf,
  mergeIntervals,
  overlaps,
  timeOf,
  type DayInterval,
  type TimePrecision,
  type TimeSpan,
} from './time';
export { TIME_BASIS_FIELD, TIME_FIELDS, timeBasisField, timeFields, type TimeField } from './timeFields';
export type { FormatValue } from './values';
export { escapeXml } from './xml';
