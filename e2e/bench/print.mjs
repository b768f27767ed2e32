/** Print Statements (25 × 40 lines): our worker pipeline vs a bare react-pdf render, same page. */
import { median } from './serve.mjs';

export async function printMeasures(page, runs) {
  await page.waitForFunction(() => !!window.__bench);
  const time = (fn) =>
    page.evaluate(async (fn) => {
      const input = window.__bench.benchStatements(25, 40);
      window.__bench.takeLongestTask();
      const t0 = performance.now();
      await window.__bench[fn](input);
      const ms = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 50));
      return { ms, longest: window.__bench.takeLongestTask() };
    }, fn);
  // Warm both paths (font fetch and parse, code loading) before measuring.
  await time('printOurs');
  await time('printBare');
  const ours = [];
  const bare = [];
  const longest = [];
  for (let i = 0; i < runs; i++) {
    const a = await time('printOurs');
    ours.push(a.ms);
    longest.push(a.longest);
    bare.push((await time('printBare')).ms);
  }
  return {
    print25_ms: Math.round(median(ours)),
    print25_bare_ms: Math.round(median(bare)),
    print25_ratio: Math.round((median(ours) / median(bare)) * 100) / 100,
    longest_task_ms_print: Math.max(...longest),
  };
}
