#!/usr/bin/env node
// The `tidings` command: a thin shim over the compiled CLI (run `npm run build` first).
import('../dist/src/cli/main.js').then(
  async (cli) => {
    process.exitCode = await cli.main(process.argv);
  },
  (err) => {
    const first = String(err && err.message ? err.message : err).split('\n')[0];
    process.stderr.write(`tidings: cannot load the CLI (${first}); run \`npm run build\` first\n`);
    process.exitCode = 2;
  },
);
