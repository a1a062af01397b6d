#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so `npx tumen …` works on a fresh clone with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
