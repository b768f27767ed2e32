/**
 * The data files (snapshot documents, `customers-mock/1`) that appear as named scenarios:
 * `POST /__mock/reset {scenario: "file", name}`. Each is a lazy JSON import, so the browser,
 * vitest and the standalone server (tsx) all read it through the module graph, and the demo
 * build fetches a file only when it is loaded. A new file is one line here (files.test.ts
 * checks every .json in this folder is listed). scripts/make-scenario-files.ts wrote these two.
 */
export const scenarioFiles: Record<string, () => Promise<{ default: unknown }>> = {
  'month-end-collections': () => import('./month-end-collections.json', { with: { type: 'json' } }),
  'after-a-messy-import': () => import('./after-a-messy-import.json', { with: { type: 'json' } }),
};
