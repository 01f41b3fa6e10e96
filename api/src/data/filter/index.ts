// Entity filters compiled to Cypher (see compileFilter for how a filter is walked).
export { compileFilter } from './compileFilter';
export type { CompiledFilter, EntityFilter } from './types';
