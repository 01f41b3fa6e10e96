// The graph model and its vocabulary: pure data and functions, safe to import in the browser
// (`@faire-collectif/seed/model`).
export * from './graphModel';
export * from './vocabulary';
export { ISO_COUNTRIES, ISO_COUNTRY_CODES } from './isoCountries';
export * from './time';
