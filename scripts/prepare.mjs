/* global process */
// npm runs `prepare` after `npm ci` and `npm install` in a clone — build there, so that dist/ exists
// and `npx arabic-claims …` works — and again before `npm pack` and `npm publish`, right after
// `prepack` has built: skip those, so the package is built once.
import { execSync } from 'node:child_process';

if (!['pack', 'publish'].includes(process.env.npm_command ?? '')) execSync('npm run build', { stdio: 'inherit' });
