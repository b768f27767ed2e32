/**
 * New / Edit Custom View (ui-contract "Custom views and columns"): name, criteria and their
 * pattern, columns, sort, who sees it (sharing is an admin's) and favourite. A refusal (1001
 * naming `criteria.1.comparator`, `criteria_string`, …) marks that field and keeps everything
 * typed; a saved view opens (`?view=cv_<id>`). Loaded on first use.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/client';
import { useDeleteCustomView, useSaveCustomView } from '../../../api/queries/customview-mutations';
import { referenceQueries, useActingUser } from '../../../api/queries/reference';
import { roleAllows } from '../../../api/roles';
import { MAX_VIEW_NAME, userRoles } from '../../../api/schemas';
import { applyApiErrors, failureText } from '../../../components/forms/api-errors';
import { FormAlert } from '../../../components/forms/FormAlert';
import { flatErrors, flatResolver } from '../../../components/forms/form-errors';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/Fields';
import { ConfirmDialog, Dialog, type ActionDialogProps } from '../../../components/ui/Dialog';
import { toast } from '../../../components/ui/toast-store';
import { defaultCriteriaString } from '../../../lib/criteria';
import { useLocaleStore, useT } from '../../../lib/i18n';
import { allColumns } from '../list/columns';
import type { ViewEditorContext } from '../list/current-view';
import { customViewSlug } from '../list/list-params';
import { ColumnsGroup } from './ColumnsGroup';
import { CriteriaRows } from './CriteriaRows';
import { checkDraft, draftOf, formFieldFor, toViewInput, type ViewDraft } from './view-draft';
import { viewFields } from './view-fields';
import styles from './ViewEditor.module.css';

/**
 * The form starts once the choices it shows have loaded (currencies, users, custom fields): a
 * select rendered before its options would lose the saved value (Currency Code "JPY").
 */
export function ViewEditorDialog(props: ActionDialogProps<ViewEditorContext>) {
  const t = useT();
  const sources = [useQuery(referenceQueries.customFields()), useQuery(referenceQueries.currencies()), useQuery(referenceQueries.users())];
  if (sources.every((q) => q.isSuccess)) return <ViewEditorForm {...props} />;
  const failed = sources.find((q) => q.isError);
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange} title={props.context.view ? t('views.editTitle') : t('views.newTitle')}>
      {failed ? (
        <div role="alert">
          <p>{failureText(failed.error, t, 'views.choicesFailed')}</p>
          <button type="button" className="btn" onClick={() => sources.forEach((q) => q.isError && void q.refetch())}>
            {t('common.retry')}
          </button>
        </div>
      ) : (
        <p role="status">{t('views.choicesLoading')}</p>
      )}
    </Dialog>
  );
}

function ViewEditorForm({ open, onOpenChange, context }: ActionDialogProps<ViewEditorContext>) {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const saved = context.view;
  const customFields = useQuery(referenceQueries.customFields());
  const currencies = useQuery(referenceQueries.currencies());
  const users = useQuery(referenceQueries.users());
  const me = useActingUser().data;
  const mayShare = roleAllows(me?.role, 'share_views');
  const fields = useMemo(() => viewFields(customFields.data ?? [], t), [customFields.data, t]);
  // Columns and sort offer what the list shows, named as its headers.
  const locale = useLocaleStore((s) => s.locale);
  const columnChoices = useMemo(
    () => allColumns(t, locale, customFields.data ?? []).map((c) => ({ field: c.id as string, label: c.label })),
    [t, locale, customFields.data],
  );
  const types = useMemo(() => new Map(fields.map((f) => [f.field, f.type])), [fields]);
  const sources = { currencies: currencies.data ?? [], users: users.data ?? [], customFields: customFields.data ?? [] };
  const save = useSaveCustomView();
  const remove = useDeleteCustomView();
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const { register, control, handleSubmit, setError, setValue, reset, formState, getValues } = useForm<ViewDraft>({
    defaultValues: draftOf(saved, fields, columnChoices),
    resolver: flatResolver((v) => checkDraft(v, types, t)),
    reValidateMode: 'onSubmit',
  });
  const errors = flatErrors(formState.errors);

  // Custom fields arrive after the dialog opens: add them as columns, keeping what was chosen.
  const customCount = customFields.data?.length;
  useEffect(() => {
    if (customCount === undefined) return;
    const have = new Set(getValues('columns').map((c) => c.field));
    const added = columnChoices.filter((f) => !have.has(f.field)).map((f) => ({ field: f.field, shown: false }));
    if (added.length) setValue('columns', [...getValues('columns'), ...added]);
  }, [customCount, columnChoices, getValues, setValue]);

  // The pattern follows the rows ("1 AND 2 AND …") until the user edits it.
  const rowCount = useWatch({ control, name: 'criteria' }).length;
  const patternEdited = useRef(!!saved && saved.criteria_string !== defaultCriteriaString(saved.criteria.length));
  useEffect(() => {
    if (!patternEdited.current) setValue('criteria_string', defaultCriteriaString(rowCount));
  }, [rowCount, setValue]);
  const pattern = register('criteria_string');

  const visibility = useWatch({ control, name: 'visibility' });

  const submit = async (d: ViewDraft) => {
    try {
      const { view, message } = await save.mutateAsync({ id: saved?.customview_id, body: toViewInput(d, types) });
      toast.success(message);
      reset(d);
      onOpenChange(false);
      navigate({ pathname: '/customers', search: `?view=${customViewSlug(view.customview_id)}` });
    } catch (err) {
      if (!isApiError(err)) throw err;
      const marked = applyApiErrors(err, setError, { fieldFor: formFieldFor });
      if (marked.length === 0) setFailure(failureText(err, t, 'views.saveFailed'));
    }
  };
  const onSubmit = (e: FormEvent) => {
    setFailure(null);
    return handleSubmit(submit)(e);
  };

  const deleteView = async () => {
    if (!saved) return;
    try {
      const { message } = await remove.mutateAsync(saved.customview_id);
      toast.success(message);
      setConfirming(false);
      onOpenChange(false);
      navigate('/customers');
    } catch (err) {
      setConfirming(false);
      setFailure(failureText(err, t, 'views.deleteFailed'));
    }
  };

  const shareHint = mayShare ? undefined : `${id}-share-hint`;
  const radio = (value: ViewDraft['visibility'], label: string) => (
    <label className="choice">
      <input
        type="radio"
        value={value}
        disabled={value !== 'only_me' && !mayShare}
        aria-describedby={value !== 'only_me' ? shareHint : undefined}
        {...register('visibility')}
      />
      <span>{label}</span>
    </label>
  );

  return (
    <>
      <Dialog
        open={open}
        onOpenChange={onOpenChange}
        title={saved ? t('views.editTitle') : t('views.newTitle')}
        wide
        footer={
          <>
            {saved && (
              <button type="button" className={`btn btn-danger ${styles.deleteButton}`} onClick={() => setConfirming(true)}>
                {t('views.delete')}
              </button>
            )}
            <button type="button" className="btn" onClick={() => onOpenChange(false)}>
              {t('common.cancel')}
            </button>
            <button type="submit" form={id} className="btn btn-primary" disabled={save.isPending}>
              {t('common.save')}
            </button>
          </>
        }
      >
        <form id={id} className="stack" onSubmit={(e) => void onSubmit(e)} noValidate>
          <TextField id={`${id}-name`} label={t('views.name')} maxLength={MAX_VIEW_NAME} error={errors.name} {...register('name')} />
          <CriteriaRows control={control} register={register} setValue={setValue} errors={errors} fields={fields} sources={sources} idPrefix={id} />
          <TextField
            id={`${id}-pattern`}
            label={t('views.pattern')}
            hint={t('views.patternHint')}
            error={errors.criteria_string}
            maxLength={500}
            {...pattern}
            onChange={(e) => {
              patternEdited.current = true;
              void pattern.onChange(e);
            }}
          />
          <ColumnsGroup control={control} register={register} error={errors.columns} fields={columnChoices} idPrefix={id} />
          <div className={styles.pair}>
            <SelectField id={`${id}-sort`} label={t('views.sortColumn')} error={errors.sort_column} {...register('sort_column')}>
              {columnChoices.map((c) => (
                <option key={c.field} value={c.field}>
                  {c.label}
                </option>
              ))}
            </SelectField>
            <SelectField id={`${id}-order`} label={t('views.sortOrder')} error={errors.sort_order} {...register('sort_order')}>
              <option value="A">{t('views.sortOrder.A')}</option>
              <option value="D">{t('views.sortOrder.D')}</option>
            </SelectField>
          </div>
          <fieldset className={styles.fieldset} aria-describedby={errors.visibility ? `${id}-visibility-error` : undefined}>
            <legend>{t('views.visibility')}</legend>
            <div className="choices">
              {radio('only_me', t('views.visibility.only_me'))}
              {radio('roles', t('views.visibility.roles'))}
              {radio('everyone', t('views.visibility.everyone'))}
            </div>
            {shareHint && (
              <span id={shareHint} className="field-hint">
                {t('views.shareAdminOnly')}
              </span>
            )}
            {errors.visibility && (
              <span id={`${id}-visibility-error`} className="field-error">
                {errors.visibility}
              </span>
            )}
            {visibility === 'roles' && (
              <div role="group" aria-label={t('views.roles')} className="choices">
                {userRoles.map((r) => (
                  <label key={r} className="choice">
                    <input type="checkbox" value={r} aria-invalid={!!errors.role_ids} {...register('role_ids')} />
                    <span>{t(`nav.role.${r}`)}</span>
                  </label>
                ))}
                {errors.role_ids && <span className="field-error">{errors.role_ids}</span>}
              </div>
            )}
          </fieldset>
          <CheckboxField id={`${id}-favorite`} label={t('views.favorite')} {...register('is_favorite')} />
          <FormAlert>{failure}</FormAlert>
        </form>
      </Dialog>
      {saved && (
        <ConfirmDialog
          open={confirming}
          onOpenChange={setConfirming}
          title={t('views.deleteTitle')}
          description={t('views.deleteConsequence', { name: saved.name })}
          confirmLabel={t('views.deleteConfirm')}
          cancelLabel={t('common.cancel')}
          destructive
          busy={remove.isPending}
          onConfirm={() => void deleteView()}
        />
      )}
    </>
  );
}
