// `npm run import -- FILE…`: see IMPORT_USAGE.
import { importCommand } from './importCommand';
import { processIO } from './io';
import { runCli } from './report';

await runCli(importCommand, processIO());
