// Runs a TypeScript file, given as the first argument, through tsx in a worker thread or a child process (as
// bin/tumen.mjs does for the CLI): Node 20 does not pass `--import tsx` on to a worker's entry file.
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
await import(pathToFileURL(process.argv[2]).href);
