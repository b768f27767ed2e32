/**
 * "Add a comment": react-hook-form with the contract's comment rules; the API's refusal lands
 * on the box through the one error mapper (what was typed stays); after adding, the box clears.
 */
import { useId, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { MAX_COMMENT_LENGTH } from '../../../../api/limits';
import { isApiError } from '../../../../api/client';
import { useAddComment } from '../../../../api/queries/contact-history';
import { applyApiErrors, failureText } from '../../../../components/forms/api-errors';
import { FormAlert } from '../../../../components/forms/FormAlert';
import { flatErrors, flatResolver, type FlatErrors } from '../../../../components/forms/form-errors';
import { TextAreaField } from '../../../../components/ui/Fields';
import { useT } from '../../../../lib/i18n';
import { commentProblem } from './history-view';
import styles from './History.module.css';

interface CommentValues {
  description: string;
}

export function AddCommentForm({ contactId }: { contactId: string }) {
  const t = useT();
  const id = useId();
  const add = useAddComment(contactId);
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<CommentValues>({
    defaultValues: { description: '' },
    resolver: flatResolver((v): FlatErrors => {
      const problem = commentProblem(v.description);
      return problem ? { description: t(`history.comment.${problem}`, { max: MAX_COMMENT_LENGTH }) } : {};
    }),
    reValidateMode: 'onSubmit',
  });
  const errors = flatErrors(formState.errors);

  const save = async (v: CommentValues) => {
    try {
      await add.mutateAsync({ description: v.description });
      reset({ description: '' });
    } catch (err) {
      if (!isApiError(err)) throw err;
      const marked = applyApiErrors(err, setError, { fieldFor: (f) => (f === 'description' ? f : null) });
      if (marked.length === 0) setFailure(failureText(err, t, 'history.comment.failed'));
    }
  };

  const submit = (e: FormEvent) => {
    setFailure(null);
    return handleSubmit(save)(e);
  };

  return (
    <form className={styles.commentForm} onSubmit={(e) => void submit(e)} noValidate>
      <TextAreaField
        id={`${id}-comment`}
        label={t('history.comment.label')}
        rows={2}
        maxLength={MAX_COMMENT_LENGTH}
        error={errors.description}
        {...register('description')}
      />
      <FormAlert>{failure}</FormAlert>
      <div>
        <button type="submit" className="btn btn-primary" disabled={add.isPending}>
          {add.isPending ? t('history.comment.adding') : t('history.comment.add')}
        </button>
      </div>
    </form>
  );
}
