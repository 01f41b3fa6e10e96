// `npm run seed`: see SEED_USAGE.
import { processIO } from './io';
import { runCli } from './report';
import { seedCommand } from './seedCommand';

await runCli(seedCommand, processIO());
