/**
 * Associate Templates: a PDF and an email template per document type (invoice, statement,
 * payment thank-you), each with a preview; "+ New template" creates one in place and selects it.
 */
import { useId, useState, type FormEvent } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/client';
import { useSaveTemplates } from '../../../api/queries/contact-mutations';
import { referenceQueries, useActingUser } from '../../../api/queries/reference';
import { isAdmin } from '../../../api/roles';
import type { Contact, DefaultTemplates, Template } from '../../../api/schemas';
import { applyApiErrors } from '../../../components/forms/api-errors';
import { flatErrors } from '../../../components/forms/form-errors';
import { Dialog, type ActionDialogProps } from '../../../components/ui/Dialog';
import { toast } from '../../../components/ui/toast-store';
import { useT } from '../../../lib/i18n';
import { SelectField } from '../../../components/ui/Fields';
import { NewTemplateForm } from './NewTemplateForm';
import { TemplatePreview } from './TemplatePreview';
import { mergeGallery, resolveSlot, templateSlots, templatesFor, type TemplateSlot } from '../../../api/template-slots';
import styles from './Templates.module.css';

export function TemplatesDialog({ open, onOpenChange, context: c }: ActionDialogProps<Contact>) {
  const t = useT();
  const formId = useId();
  const gallery = useQuery(referenceQueries.templates());
  // Templates are the organisation's: only admins create them (the API refuses others, 403).
  const mayCreate = isAdmin(useActingUser().data?.role);
  const save = useSaveTemplates();
  // The choices live in react-hook-form (controlled: a template made here joins its list and is chosen at once).
  const { control, handleSubmit, setValue, setError, formState } = useForm<DefaultTemplates>({ defaultValues: c.default_templates });
  const values = useWatch({ control }) as DefaultTemplates;
  const errors = flatErrors(formState.errors);
  const [created, setCreated] = useState<Template[]>([]);
  const [creatingFor, setCreatingFor] = useState<TemplateSlot['key'] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const all = mergeGallery(gallery.data ?? [], created);

  const saveChoices = async (templates: DefaultTemplates) => {
    try {
      await save.mutateAsync({ contact: c, templates });
      toast.success(t('templates.saved', { name: c.contact_name }));
      onOpenChange(false);
    } catch (err) {
      if (!isApiError(err)) throw err;
      const fieldFor = (f: string) => templateSlots.find((s) => f === `default_templates.${s.key}`)?.key ?? null;
      if (applyApiErrors(err, setError, { fieldFor }).length === 0) setFailure(err.message);
    }
  };

  const submit = (e: FormEvent) => {
    setFailure(null);
    return handleSubmit(saveChoices)(e);
  };

  const slotRow = (slot: TemplateSlot) => {
    const id = `${formId}-${slot.key}`;
    const options = templatesFor(all, slot);
    return (
      <div key={slot.key} className={styles.slot}>
        <Controller
          control={control}
          name={slot.key}
          render={({ field }) => (
            <SelectField id={id} label={t(`templates.slot.${slot.key}`)} error={errors[slot.key]} aria-controls={`${id}-preview`} {...field}>
              <option value="">{t('templates.orgDefault')}</option>
              {options.map((tpl) => (
                <option key={tpl.template_id} value={tpl.template_id}>
                  {tpl.template_name}
                </option>
              ))}
            </SelectField>
          )}
        />
        {creatingFor === slot.key ? (
          <NewTemplateForm
            slot={slot}
            onCancel={() => setCreatingFor(null)}
            onCreated={(tpl) => {
              setCreated((list) => [...list, tpl]);
              setValue(slot.key, tpl.template_id, { shouldDirty: true });
              setCreatingFor(null);
              toast.success(t('templates.created', { name: tpl.template_name }));
              document.getElementById(id)?.focus();
            }}
          />
        ) : (
          <>
            <TemplatePreview id={`${id}-preview`} template={resolveSlot(all, slot, values[slot.key])} />
            {mayCreate ? (
              <button type="button" className={`btn btn-ghost ${styles.newButton}`} onClick={() => setCreatingFor(slot.key)}>
                + {t('templates.newTemplate')}
                <span className="visually-hidden"> ({t(`templates.short.${slot.key}`)})</span>
              </button>
            ) : null}
          </>
        )}
      </div>
    );
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      wide
      title={t('templates.title')}
      description={t('templates.description', { name: c.contact_name })}
      footer={
        <>
          <button type="button" className="btn" onClick={() => onOpenChange(false)}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn-primary" disabled={save.isPending || !gallery.data}>
            {save.isPending ? t('common.saving') : t('common.save')}
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
        {gallery.isPending && <p role="status">{t('app.loading')}</p>}
        {gallery.isError && (
          <p role="alert" className={styles.alert}>
            {gallery.error.message}
          </p>
        )}
        {gallery.data && (
          <div className={styles.grid}>
            {(['invoice', 'statement', 'payment_thankyou'] as const).map((doc) => (
              <fieldset key={doc} className={styles.group}>
                <legend>{t(`templates.doc.${doc}`)}</legend>
                <div className={styles.pair}>{templateSlots.filter((s) => s.document === doc).map(slotRow)}</div>
              </fieldset>
            ))}
          </div>
        )}
        {failure && (
          <p role="alert" className={styles.alert}>
            {failure}
          </p>
        )}
      </form>
    </Dialog>
  );
}
