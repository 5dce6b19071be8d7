import { resolve } from 'node:path';
import { englishReport, judgedTotals, runJudged } from './english/run-judged.js';
import { main } from './run.js';

main(process.argv.slice(2));
// English lines on the judged sentence set (test/fixtures/english-judged): chrF, facts lines, wrong facts
process.stdout.write(`${englishReport(judgedTotals(runJudged(resolve('test/fixtures/english-judged'), resolve('config'))))}\n`);
