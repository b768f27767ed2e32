/**
 * The bench's budgets (the "Performance, second wave" targets): every measure with a budget is
 * printed as pass or fail after a run. A measure missing from the results (its part was not run)
 * is skipped. All budgets are upper bounds.
 */
export const BUDGETS = {
  first_load_js_gzip_kb: 220,
  first_load_js_gzip_kb_real_backend: 130,
  reset_large_100k_ms: 5000,
  reload_to_rows_ms_100k: 800,
  longest_task_ms_reload: 200,
  search_ms_100k: 100,
  next_page_ms_100k: 100,
  custom_view_ms_100k: 150,
  inp_search_ms_100k: 100,
  inp_select_ms_100k: 100,
  inp_open_ms_100k: 100,
  export_ratio_csv: 1.2,
  export_ratio_xlsx: 1.2,
  export_ratio_xls: 1.2,
  export_cold_ratio_csv: 1.5,
  export_cold_ratio_xlsx: 1.5,
  export_cold_ratio_xls: 1.5,
  longest_task_ms_export: 100,
  print25_ratio: 1.2,
  longest_task_ms_print: 100,
};

/** One line per budgeted measure that was run, and the count of failures. */
export function checkBudgets(results) {
  const lines = [];
  let failed = 0;
  for (const [key, max] of Object.entries(BUDGETS)) {
    const value = results[key];
    if (value === undefined) continue;
    const ok = typeof value === 'number' && Number.isFinite(value) && value <= max;
    if (!ok) failed++;
    lines.push(`${ok ? 'PASS' : 'FAIL'}  ${key} = ${value} (budget ≤ ${max})`);
  }
  return { lines, failed };
}
