// The explorer as `npm start` serves it (the API and the built web app on one port), over a graph
// holding the seminar programme, on a free port.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp } from '@faire-collectif/api';
import type { Database } from '@faire-collectif/neo4j';
import { DEFAULT_DATA_DIR, declareSchema, loadDataset, readInputFiles, validateDocuments } from '@faire-collectif/seed';
import { WEB_DIST } from './webBuild';

export interface RunningExplorer {
  url: string;
  close(): Promise<void>;
}

/** Empties the graph and loads the seminar programme data set. */
export async function seedProgramme(db: Database): Promise<void> {
  await db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  await declareSchema(db);
  await loadDataset(db, validateDocuments(await readInputFiles([join(DEFAULT_DATA_DIR, 'programme-2016-07-08.json')])));
}

/** Serves the API and `web/dist` on a free port of 127.0.0.1. */
export async function startExplorer(db: Database): Promise<RunningExplorer> {
  const app = await createApp({ db, webDist: WEB_DIST });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
