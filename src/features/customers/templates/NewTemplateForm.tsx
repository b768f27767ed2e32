/**
 * "+ New template" inside Associate Templates: a PDF template (name, layout, accent colour) or
 * an email template (name, subject, body with placeholders), created without leaving the dialog.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { MAX_MAIL_BODY_LENGTH, MAX_SUBJECT_LENGTH } from '../../../api/limits';
import { isApiError } from '../../../api/client';
import { useCreateTemplate } from '../../../api/queries/templates';
import { pdfLayouts, type Template } from '../../../api/schemas';
import { applyApiErrors } from '../../../components/forms/api-errors';
import { flatErrors, flatResolver, type FlatErrors } from '../../../components/forms/form-errors';
import { useT } from '../../../lib/i18n';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/Fields';
import { placeholderTokens } from '../../../lib/placeholders';
import { checkTemplateDraft, templateFieldMax, templateFields, templatePayload, type TemplateDraft, type TemplateField } from './template-draft';
import type { TemplateSlot } from '../../../api/template-slots';
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
  const shown: readonly string[] = templateFields[slot.kind];
  const { register, handleSubmit, setError, formState } = useForm<TemplateDraft>({
    defaultValues: { template_name: '', layout: 'standard', accent_color: '#1f5fd6', subject: '', body: '' },
    resolver: flatResolver((d) => {
      const out: FlatErrors = {};
      for (const [field, key] of Object.entries(checkTemplateDraft(d, slot.kind))) out[field] = t(key, { max: templateFieldMax[field as TemplateField] ?? '' });
      return out;
    }),
    // As before: messages stay until the next attempt.
    reValidateMode: 'onSubmit',
  });
  const errors = flatErrors(formState.errors);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (d: TemplateDraft) => {
    try {
      onCreated(await create.mutateAsync(templatePayload(d, slot)));
    } catch (err) {
      if (!isApiError(err)) throw err;
      const marked = applyApiErrors(err, setError, { fieldFor: (f) => (shown.includes(f) ? f : null) });
      if (marked.length === 0) setFailure(err.message);
    }
  };

  const submit = () => {
    setFailure(null);
    return handleSubmit(save)();
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
        {t(`templates.new.title.${slot.kind}`)}
      </h3>
      <TextField id={`${id}-template_name`} label={t('templates.new.name')} error={errors.template_name} {...register('template_name')} />
      {slot.kind === 'pdf' ? (
        <div className={styles.pair}>
          <SelectField id={`${id}-layout`} label={t('templates.new.layout')} error={errors.layout} {...register('layout')}>
            {pdfLayouts.map((l) => (
              <option key={l} value={l}>
                {t(`templates.layout.${l}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={`${id}-accent_color`}
            label={t('templates.new.accent')}
            type="color"
            className={styles.color}
            error={errors.accent_color}
            {...register('accent_color')}
          />
        </div>
      ) : (
        <>
          <TextField id={`${id}-subject`} label={t('templates.new.subject')} maxLength={MAX_SUBJECT_LENGTH} error={errors.subject} {...register('subject')} />
          <TextAreaField
            id={`${id}-body`}
            label={t('templates.new.body')}
            rows={5}
            maxLength={MAX_MAIL_BODY_LENGTH}
            error={errors.body}
            hint={t('templates.new.placeholders', { list: placeholderTokens.join(' ') })}
            {...register('body')}
          />
        </>
      )}
      {failure && (
        <p role="alert" className={styles.alert}>
          {failure}
        </p>
      )}
      <div className="row">
        <button type="button" className="btn btn-primary" disabled={create.isPending} onClick={() => void submit()}>
          {create.isPending ? t('common.saving') : t('templates.new.create')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.discard')}
        </button>
      </div>
    </div>
  );
}
