/**
 * `window.__bench` for `npm run bench` (e2e/bench): loaded by main.tsx only in the demo build
 * and only with `?bench` in the URL, so it costs the app nothing otherwise.
 */
import { benchStatements, printBare, printOurs } from './statement-bench';
import { exportBare, exportOurs, exportWriteOurs, prepareExportBench } from './export-bench';

export interface BenchApi {
  benchStatements: typeof benchStatements;
  printOurs: typeof printOurs;
  printBare: typeof printBare;
  exportOurs: typeof exportOurs;
  exportWriteOurs: typeof exportWriteOurs;
  exportBare: typeof exportBare;
  prepareExportBench: typeof prepareExportBench;
  /** Longest main-thread task (ms) since the last call. */
  takeLongestTask: () => number;
}

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}

export function installBench(): void {
  let longest = 0;
  let since = 0;
  try {
    new PerformanceObserver((list) => {
      // Entries arrive late: count only tasks that started since the last take, so a long task of
      // the bare main-thread write is never charged to the next measurement.
      for (const e of list.getEntries()) if (e.startTime >= since) longest = Math.max(longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  } catch {
    /* longtask unsupported: report 0 */
  }
  window.__bench = {
    benchStatements,
    printOurs,
    printBare,
    exportOurs,
    exportWriteOurs,
    exportBare,
    prepareExportBench,
    takeLongestTask: () => {
      const v = longest;
      longest = 0;
      since = performance.now();
      return Math.round(v);
    },
  };
}
