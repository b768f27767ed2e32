/**
 * "+ New template" inside Associate Templates: a PDF template (name, layout, accent colour) or
 * an email template (name, subject, body with placeholders), created without leaving the dialog.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { MAX_MAIL_BODY_LENGTH, MAX_SUBJECT_LENGTH } from '../../../api/limits';
import { isApiError } from '../../../api/client';
import { useCreateTemplate } from '../../../api/queries/templates';
import { pdfLayouts, type Template } from '../../../api/schemas';
import { useT } from '../../../lib/i18n';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/fields';
import { placeholderTokens } from '../../../lib/placeholders';
import { checkTemplateDraft, isLayout, type TemplateDraft, type TemplateField } from './template-draft';
import type { TemplateSlot } from './template-slots';
import styles from './Templates.module.css';

interface Props {
  slot: TemplateSlot;
  onCreated: (template: Template) => void;
  onCancel: () => void;
}

export function NewTemplateForm({ slot, onCreated, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const create = useCreateTemplate();
  const [d, setD] = useState<TemplateDraft>({ template_name: '', layout: 'standard', accent_color: '#1f5fd6', subject: '', body: '' });
  const [errors, setErrors] = useState<Partial<Record<TemplateField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const set = (k: keyof TemplateDraft, v: string) => setD((x) => ({ ...x, [k]: v }));

  const submit = async () => {
    const problems = checkTemplateDraft(d, slot.kind);
    setErrors(Object.fromEntries(Object.entries(problems).map(([k, key]) => [k, t(key)])));
    setFailure(null);
    const first = Object.keys(problems)[0];
    if (first) return document.getElementById(`${id}-${first}`)?.focus();
    const base = { template_name: d.template_name.trim(), kind: slot.kind, document: slot.document };
    try {
      const created = await create.mutateAsync(
        slot.kind === 'pdf' ? { ...base, layout: d.layout, accent_color: d.accent_color } : { ...base, subject: d.subject, body: d.body },
      );
      onCreated(created);
    } catch (err) {
      if (!isApiError(err)) throw err;
      const byField: Partial<Record<TemplateField, string>> = {};
      for (const f of ['template_name', 'layout', 'accent_color', 'subject', 'body'] as const) {
        const m = err.fieldMessage(f);
        if (m) byField[f] = m;
      }
      setErrors(byField);
      if (Object.keys(byField).length === 0) setFailure(err.message);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <div role="group" aria-labelledby={`${id}-title`} className={styles.newForm} onKeyDown={onKeyDown}>
      <h3 id={`${id}-title`} className={styles.newTitle}>
        {t(`act.tpl.new.title.${slot.kind}`)}
      </h3>
      <TextField id={`${id}-template_name`} label={t('act.tpl.new.name')} value={d.template_name} error={errors.template_name} onChange={(e) => set('template_name', e.target.value)} />
      {slot.kind === 'pdf' ? (
        <div className={styles.pair}>
          <SelectField id={`${id}-layout`} label={t('act.tpl.new.layout')} value={d.layout} error={errors.layout} onChange={(e) => isLayout(e.target.value) && set('layout', e.target.value)}>
            {pdfLayouts.map((l) => (
              <option key={l} value={l}>
                {t(`act.tpl.layout.${l}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={`${id}-accent_color`}
            label={t('act.tpl.new.accent')}
            type="color"
            className={styles.color}
            value={d.accent_color}
            error={errors.accent_color}
            onChange={(e) => set('accent_color', e.target.value)}
          />
        </div>
      ) : (
        <>
          <TextField id={`${id}-subject`} label={t('act.tpl.new.subject')} value={d.subject} maxLength={MAX_SUBJECT_LENGTH} error={errors.subject} onChange={(e) => set('subject', e.target.value)} />
          <TextAreaField
            id={`${id}-body`}
            label={t('act.tpl.new.body')}
            rows={5}
            value={d.body}
            maxLength={MAX_MAIL_BODY_LENGTH}
            error={errors.body}
            hint={t('act.tpl.new.placeholders', { list: placeholderTokens.join(' ') })}
            onChange={(e) => set('body', e.target.value)}
          />
        </>
      )}
      {failure && <p role="alert" className={styles.alert}>{failure}</p>}
      <div className="row">
        <button type="button" className="btn btn-primary" disabled={create.isPending} onClick={() => void submit()}>
          {create.isPending ? t('act.saving') : t('act.tpl.new.create')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('act.person.discard')}
        </button>
      </div>
    </div>
  );
}
