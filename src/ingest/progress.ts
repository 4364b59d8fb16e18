import cliProgress from 'cli-progress';
import type { IngestProgress } from './ingest.js';

/** Shows ingest progress: a bar with rate and ETA on a terminal, one JSON line per batch otherwise. */
export interface ProgressView {
  update(p: IngestProgress): void;
  stop(): void;
}

export function progressView(total: number | null, stream: NodeJS.WriteStream = process.stderr): ProgressView {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: total
          ? '{bar} {percentage}% | {value}/{total} | {speed}/s | ETA {eta_formatted} | added {added} dup {dups} failed {failed}'
          : '{value} read | {speed}/s | added {added} dup {dups} failed {failed}',
        etaBuffer: 500,
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total ?? 0, 0, { speed: '0', added: 0, dups: 0, failed: 0 });
    return {
      update(p) {
        if (total !== null && p.processed > bar.getTotal()) bar.setTotal(p.processed);
        bar.update(p.processed, { speed: p.rate.toFixed(1), added: p.added, dups: p.duplicates + p.nearDuplicates, failed: p.failed });
      },
      stop() {
        bar.stop();
      },
    };
  }
  return {
    update(p) {
      stream.write(
        JSON.stringify({
          progress: {
            processed: p.processed,
            total,
            added: p.added,
            alreadyStored: p.skipped,
            duplicates: p.duplicates,
            nearDuplicates: p.nearDuplicates,
            failed: p.failed,
            rate: Number(p.rate.toFixed(1)),
            elapsedMs: Math.round(p.elapsedMs),
          },
        }) + '\n',
      );
    },
    stop() {},
  };
}
