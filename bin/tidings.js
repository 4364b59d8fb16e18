#!/usr/bin/env -S node --max-semi-space-size=128 --single-threaded-gc --max-inlined-bytecode-size-cumulative=460 --no-turbo-loop-peeling
// The `tidings` command: a thin shim over the compiled CLI (run `npm run build` first).
// The flags (the same as `npm run bench`'s) make the CPU time an article costs smaller:
// - A young generation of 128 MB semi-spaces (V8's default is 16): an article's short-lived objects,
//   and those of the batch it is extracted and stored with, die before a scavenge instead of being
//   copied. From 64 to 128 MB the ingest's collector time per article halved (0.44 → 0.23 ms) and its
//   peak RSS did not grow.
// - The collector on the main thread alone: its helper threads cost more CPU than they save wall time.
// - Less inlining (cumulative 460 bytecodes a function, V8's default 920) and no loop peeling: the
//   optimizing compiler recompiles the pipeline's big rule functions each time a rare branch or an
//   object of another shape deoptimizes them, and smaller optimized functions are cheaper to remake.
// Over a 7,076-article ingest these flags took the CPU time per article down by about a sixth (README).
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
