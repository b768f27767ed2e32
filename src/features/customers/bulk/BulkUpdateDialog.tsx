/**
 * Bulk Update: choose a field and its value → "Update <N> customers?" → results. Customers
 * whose currency cannot change (they have transactions) come back as skipped, with the reason.
 */
import { useId, useMemo, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { referenceQueries } from '../../../api/queries/reference';
import type { BulkSelection } from '../../../lib/customer-selection';
import { ConfirmDialog, Dialog, type ActionDialogProps } from '../../../components/ui/Dialog';
import { formatNumber } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import { BulkRunDialog } from './BulkRunDialog';
import { useBulkRun } from './use-bulk-run';
import { clearsValue, isValueReady, toCommand, updateFields, valueLabel } from './update-fields';
import { ValueInput } from './ValueInput';
import styles from './Bulk.module.css';

export function BulkUpdateDialog({ context, onOpenChange }: ActionDialogProps<BulkSelection>) {
  const t = useT();
  const id = useId();
  const locale = useLocaleStore((s) => s.locale);
  const [selection] = useState(context);
  const run = useBulkRun('update', selection);
  const [phase, setPhase] = useState<'form' | 'confirm' | 'run'>('form');
  const [fieldKey, setFieldKey] = useState('');
  const [value, setValue] = useState('');
  const [currencies, paymentTerms, pricebooks, customFields] = useQueries({
    queries: [referenceQueries.currencies(), referenceQueries.paymentTerms(), referenceQueries.pricebooks(), referenceQueries.customFields()],
  });
  const fields = useMemo(
    () =>
      updateFields(
        {
          currencies: currencies.data ?? [],
          paymentTerms: paymentTerms.data ?? [],
          pricebooks: pricebooks.data ?? [],
          customFields: customFields.data ?? [],
        },
        {
          currency: t('bulk.update.field.currency'),
          paymentTerms: t('bulk.update.field.terms'),
          priceList: t('bulk.update.field.priceList'),
          none: t('bulk.update.none'),
        },
      ),
    [currencies.data, paymentTerms.data, pricebooks.data, customFields.data, t],
  );
  const field = fields.find((f) => f.key === fieldKey);
  const close = () => onOpenChange(false);
  const count = formatNumber(selection.count, locale);
  const one = selection.count === 1;
  const ready = !!field && isValueReady(field, value);

  // A refused call (nothing changed) returns to the form, with the values still in it.
  if (phase === 'run' && run.status !== 'error') {
    return <BulkRunDialog title={t('bulk.update.title')} action="update" count={selection.count} run={run} names={selection.names} onClose={close} />;
  }
  if (phase === 'confirm' && field) {
    const vars = { field: field.label, value: valueLabel(field, value), count };
    return (
      <ConfirmDialog
        open
        onOpenChange={(o) => !o && setPhase('form')}
        title={t('bulk.update.confirmTitle', { count })}
        description={t(clearsValue(field, value) ? 'bulk.update.confirmClear' : 'bulk.update.confirmSet', vars)}
        confirmLabel={t('bulk.update.submit')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => {
          setPhase('run');
          run.start(toCommand(field, value));
        }}
      >
        {field.key === 'currency_id' && <p className="notice">{t('bulk.update.currencyNote')}</p>}
      </ConfirmDialog>
    );
  }
  return (
    <Dialog
      open
      onOpenChange={(o) => !o && close()}
      title={t('bulk.update.title')}
      description={t(one ? 'bulk.update.intro.one' : 'bulk.update.intro', { count })}
      footer={
        <>
          <button type="button" className="btn" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={!ready} onClick={() => setPhase('confirm')}>
            {t('bulk.update.submit')}
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={`${id}-field`}>{t('bulk.update.fieldLabel')}</label>
        <select
          id={`${id}-field`}
          className="select"
          value={fieldKey}
          onChange={(e) => {
            setFieldKey(e.target.value);
            setValue('');
          }}
        >
          <option value="" disabled>
            {t('bulk.update.choose')}
          </option>
          <optgroup label={t('bulk.update.customerFields')}>
            {fields
              .filter((f) => !f.custom)
              .map((f) => (
                <option key={f.key} value={f.key}>
                  {f.label}
                </option>
              ))}
          </optgroup>
          {fields.some((f) => f.custom) && (
            <optgroup label={t('bulk.update.customFields')}>
              {fields
                .filter((f) => f.custom)
                .map((f) => (
                  <option key={f.key} value={f.key}>
                    {f.label}
                  </option>
                ))}
            </optgroup>
          )}
        </select>
      </div>
      {field && <ValueInput key={field.key} id={`${id}-value`} field={field} value={value} onChange={setValue} />}
      {field?.key === 'currency_id' && <p className={styles.note}>{t('bulk.update.currencyNote')}</p>}
      {run.status === 'error' && (
        <p role="alert" className={styles.error}>
          {t('bulk.error', { message: run.error?.message ?? '' })}
        </p>
      )}
    </Dialog>
  );
}
