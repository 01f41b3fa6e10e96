// Prints the run's closing line, "N passed, N failed", from Vitest's JSON report.
import console from 'node:console';
import { readFileSync } from 'node:fs';
import process from 'node:process';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
console.log(`${report.numPassedTests} passed, ${failed} failed`);
