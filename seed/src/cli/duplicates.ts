// `npm run duplicates`: see DUPLICATES_USAGE.
import { duplicatesCommand } from './duplicatesCommand';
import { processIO } from './io';
import { runCli } from './report';

await runCli(duplicatesCommand, processIO());
