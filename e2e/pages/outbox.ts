import type { Page } from '@playwright/test';

/** An attachment as the API takes it in JSON. */
export interface AttachmentInput {
  file_name: string;
  content_type: string;
  content_base64: string;
}

/**
 * Page object: the outbox (`/outbox`), its "Sent emails" table and each attachment's two
 * buttons, the name (preview or download) and "Download <name>".
 */
export class OutboxPage {
  constructor(readonly page: Page) {}

  get table() {
    return this.page.getByRole('table', { name: 'Sent emails' });
  }
  row(subject: string) {
    return this.table.getByRole('row').filter({ hasText: subject });
  }
  /** The button named by the file (its size follows the name). */
  attachment(subject: string, fileName: string) {
    return this.row(subject).getByRole('button', { name: new RegExp(`^${fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }
  downloadButton(subject: string, fileName: string) {
    return this.row(subject).getByRole('button', { name: `Download ${fileName}`, exact: true });
  }
  previewDialog(fileName: string) {
    return this.page.getByRole('dialog', { name: `Preview: ${fileName}` });
  }

  /** Click and return the download it starts. */
  async download(click: () => Promise<void>) {
    const download = this.page.waitForEvent('download');
    await click();
    return download;
  }

  /**
   * Send an email to a customer from inside the page, as any client of the API would (the
   * mock's service worker answers it); returns the HTTP status.
   */
  async send(contactId: string, mail: { to: string; subject: string; attachments: AttachmentInput[] }) {
    return this.page.evaluate(
      async ({ contactId, mail }) => {
        const res = await fetch(`/api/v3/contacts/${contactId}/email`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ to_mail_ids: [mail.to], subject: mail.subject, body: 'See the attachments.', attachments: mail.attachments }),
        });
        return res.status;
      },
      { contactId, mail },
    );
  }
}
