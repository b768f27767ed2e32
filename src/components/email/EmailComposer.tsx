/**
 * The one email composer: a dialog with To and CC (from the addresses the feature allows),
 * Subject, Body, an attachment slot and Send. The feature brings what differs: the options and
 * the first draft, the attachment, optionally a way to add a person, and `send`, which puts the
 * attachments on the values and posts them. A failed send keeps everything as it was, with an
 * alert; the API's field errors land on their fields.
 */
import { useId, useState, type ReactNode } from 'react';
import { Dialog } from '../ui/Dialog';
import { useT } from '../../lib/i18n';
import { ComposerForm, type ComposerFormProps } from './ComposerForm';

import type { EmailDraft } from './email-values';

export type { AddPersonSlot } from './ComposerForm';
export type { EmailDraft, EmailValues } from './email-values';
export type { RecipientList, RecipientOption } from './recipients';

export interface EmailComposerProps extends Omit<ComposerFormProps, 'formId' | 'draft' | 'onSendingChange' | 'onSent'> {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  /** Said above the fields, also while the draft loads: loading, a failed load, no one to send to. */
  notice?: ReactNode;
  /** The first draft; the fields appear once it is known. */
  draft: EmailDraft | undefined;
  /** Send is unavailable (an attachment the mail must carry is not made yet, no one to send to). */
  sendDisabled?: boolean;
}

export function EmailComposer({ open, onOpenChange, title, description, notice, draft, sendDisabled, ...form }: EmailComposerProps) {
  const t = useT();
  const formId = useId();
  const [sending, setSending] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      wide
      title={title}
      description={description}
      footer={
        <>
          <button type="button" className="btn" onClick={() => onOpenChange(false)}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn-primary" disabled={!draft || sendDisabled || sending} aria-busy={sending || undefined}>
            {sending ? t('email.sending') : t('email.send')}
          </button>
        </>
      }
    >
      {notice}
      {draft && <ComposerForm {...form} formId={formId} draft={draft} onSendingChange={setSending} onSent={() => onOpenChange(false)} />}
    </Dialog>
  );
}
