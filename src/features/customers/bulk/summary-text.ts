/** "3 updated, 1 skipped": the words of a bulk summary, per action and locale. */
import { formatNumber } from '../../../lib/format';
import { t as translateNow, useLocaleStore, useT } from '../../../lib/i18n';
import { summaryParts, type BulkActionId, type ResultSummary } from './results';

type Translate = ReturnType<typeof useT>;

export function summaryText(t: Translate, locale: 'en' | 'ja', action: BulkActionId, s: ResultSummary): string {
  return summaryParts(s)
    .map((p) => {
      const count = formatNumber(p.count, locale);
      if (p.status === 'ok') return t(`bulk.summary.ok.${action}`, { count });
      return t(p.status === 'skipped' ? 'bulk.summary.skipped' : 'bulk.summary.failed', { count });
    })
    .join(t('bulk.summary.separator'));
}

export function useSummaryText() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  return (action: BulkActionId, s: ResultSummary) => summaryText(t, locale, action, s);
}

/** Outside React (mutation callbacks that outlive their dialog). */
export function summaryTextNow(action: BulkActionId, s: ResultSummary): string {
  return summaryText(translateNow, useLocaleStore.getState().locale, action, s);
}
