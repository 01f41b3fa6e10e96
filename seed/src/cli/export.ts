// `npm run export -- --format … --out …`: see EXPORT_USAGE.
import { exportCommand } from './exportCommand';
import { processIO } from './io';
import { runCli } from './report';

await runCli(exportCommand, processIO());
