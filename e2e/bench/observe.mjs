/**
 * Page-side observers for the list measures, installed before any of the app's scripts run
 * (context.addInitScript), so a reload's tasks and every interaction are seen from the start:
 * - long tasks (over 50 ms; 0 = none), the longest since the last take;
 * - Event Timing entries (PerformanceObserver `event`, durationThreshold 16 ms, buffered),
 *   grouped by interactionId with the longest entry of each interaction as its latency, as
 *   web-vitals computes INP.
 */
function pageObservers() {
  const perf = {
    longest: 0,
    longestSince: 0,
    /** interactionId → { start, ms } */
    interactions: new Map(),
    interactionsSince: 0,
    takeLongestTask() {
      const v = perf.longest;
      perf.longest = 0;
      perf.longestSince = performance.now();
      return Math.round(v);
    },
    takeInteractions() {
      const ms = [...perf.interactions.values()].filter((i) => i.start >= perf.interactionsSince).map((i) => i.ms);
      perf.interactions = new Map();
      perf.interactionsSince = performance.now();
      return ms;
    },
  };
  window.__perf = perf;
  try {
    new PerformanceObserver((list) => {
      // Entries arrive late: a task that started before the last take is not charged to the next.
      for (const e of list.getEntries()) if (e.startTime >= perf.longestSince) perf.longest = Math.max(perf.longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* longtask unsupported: 0 */
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.interactionId) continue;
        const seen = perf.interactions.get(e.interactionId);
        if (seen) seen.ms = Math.max(seen.ms, e.duration);
        else perf.interactions.set(e.interactionId, { start: e.startTime, ms: e.duration });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    /* Event Timing unsupported: no interactions seen */
  }
}

export async function installObservers(context) {
  await context.addInitScript(pageObservers);
}

export const takeLongestTask = (page) => page.evaluate(() => window.__perf.takeLongestTask());

/**
 * The latencies of the interactions since the last take. Event entries are queued only once the
 * frame after the interaction is presented, and observers run later still, so wait a moment.
 */
export async function takeInteractions(page) {
  await page.waitForTimeout(300);
  return page.evaluate(() => window.__perf.takeInteractions());
}
