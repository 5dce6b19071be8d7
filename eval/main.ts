import { main } from './run.js';

main(process.argv.slice(2));
