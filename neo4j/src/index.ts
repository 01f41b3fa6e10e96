export { ConfigError, loadConfig, type Config, type LocalNeo4jSettings, type Neo4jConnection } from './config';
export { environmentReader } from './environment';
export { connect, type ConnectOptions, type Connected } from './connect';
export { createDatabase, type Database, type DatabaseOptions, type Tx } from './database';
export {
  LocalNeo4jUnavailableError,
  StoreInUseError,
  startLocalNeo4j,
  type LocalNeo4j,
  type LocalNeo4jOptions,
} from './localServer';
export {
  LOCAL_DATABASE,
  holdStoreLock,
  localStoreLayout,
  runNeo4jAdmin,
  type AdminToolOptions,
  type AdminToolRun,
  type HeldStoreLock,
  type LocalStoreLayout,
} from './localStore';
export { RUNNING_FILE, findRunningLocalNeo4j, type RunningLocalNeo4j } from './runningServer';
export { toNative } from './values';
