/**
 * Email Customer: To/CC from the customer's contact persons (or a person added right here),
 * subject and body prefilled from the customer's invoice email template, an optional unpaid
 * invoices PDF. A failed send keeps everything as it was, with an alert.
 */
import { useQueries } from '@tanstack/react-query';
import { referenceQueries } from '../../../api/queries/reference';
import type { Contact } from '../../../api/schemas';
import { Dialog, type ActionDialogProps } from '../../../components/ui/Dialog';
import { useT } from '../../../lib/i18n';
import { localToday, periodRange } from '../../../lib/periods';
import { resolveSlot, templateSlots } from '../templates/template-slots';
import { EmailForm } from './EmailForm';
import { draftFromTemplate } from './placeholders';
import styles from './Email.module.css';

const invoiceEmailSlot = templateSlots.find((s) => s.key === 'invoice_email_template_id') ?? templateSlots[1];

export function EmailDialog(props: ActionDialogProps<Contact>) {
  const t = useT();
  const c = props.context;
  const [templates, prefs] = useQueries({ queries: [referenceQueries.templates(), referenceQueries.preferences()] });
  const failed = templates.error ?? prefs.error;

  if (!templates.data || !prefs.data) {
    return (
      <Dialog open={props.open} onOpenChange={props.onOpenChange} title={t('act.email.title')} wide>
        {failed ? (
          <p role="alert" className={styles.alert}>
            {failed.message}
          </p>
        ) : (
          <p role="status">{t('app.loading')}</p>
        )}
      </Dialog>
    );
  }

  // %StartDate%–%EndDate% stand for this month, as on a statement's default period.
  const month = periodRange('this_month', localToday());
  const draft = draftFromTemplate(resolveSlot(templates.data, invoiceEmailSlot, c.default_templates.invoice_email_template_id), {
    contact: c,
    orgName: prefs.data.org_name,
    startDate: month.start,
    endDate: month.end,
  });
  return <EmailForm {...props} initialSubject={draft.subject} initialBody={draft.body} />;
}
