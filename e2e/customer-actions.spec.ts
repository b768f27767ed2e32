import { expect, expectNoSeriousA11yViolations, mockControl, openWithScenario, test } from './fixtures';
import { api, attachmentText, CustomerActions, type OutboxMail } from './pages/customer-actions';
import { CustomersList } from './pages/customers-list';

const demo = { scenario: 'demo' } as const;

test.describe('single-customer actions', () => {
  test('associate templates: create one in the dialog, save, and the choice is shown and used', async ({ page }) => {
    await openWithScenario(page, '/customers/1', demo);
    const actions = new CustomerActions(page);
    await actions.choose('Associate Templates');
    const dialog = actions.dialog('Associate Templates');
    await expect(dialog.getByRole('combobox', { name: 'Invoice PDF template' })).toHaveValue('4');
    await expectNoSeriousA11yViolations(page);

    await dialog.getByRole('combobox', { name: 'Statement PDF template' }).selectOption({ label: 'Compact' });
    await expect(dialog.getByText('Layout: Compact')).toBeVisible();

    await dialog.getByRole('button', { name: '+ New template (Invoice email)' }).click();
    await dialog.getByRole('button', { name: 'Create template' }).click();
    await expect(dialog.getByLabel('Template name')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText('Template name is required.')).toBeVisible();
    await dialog.getByLabel('Template name').fill('Friendly nudge');
    await dialog.getByLabel('Email subject').fill('Hello %CustomerName%');
    await dialog.getByLabel('Email body').fill('%CustomerName% owes %BalanceDue% to %CompanyName%');
    await dialog.getByRole('button', { name: 'Create template' }).click();
    const invoiceEmail = dialog.getByRole('combobox', { name: 'Invoice email template' });
    await expect(invoiceEmail.locator('option:checked')).toHaveText('Friendly nudge');
    await expect(dialog.getByText('Hello %CustomerName%')).toBeVisible();

    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(actions.status('Templates of Acme Inc. saved.')).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('definition').filter({ hasText: 'Compact' })).toBeVisible();

    // The email template now fills Email Customer.
    await actions.choose('Email Customer');
    const mail = actions.dialog('Email Customer');
    await expect(mail.getByLabel('Subject')).toHaveValue('Hello Acme Inc.');
    await expect(mail.getByLabel('Body')).toHaveValue('Acme Inc. owes USD 2,528.37 to Sakura Trading Co.');
  });

  test('stop all reminders empties the upcoming reminders; Undo restores them', async ({ page }) => {
    await openWithScenario(page, '/customers/1', demo);
    const actions = new CustomerActions(page);
    const reminders = page.getByRole('region', { name: 'Upcoming payment reminders' });
    await expect(reminders.getByText(/INV-000021/)).toBeVisible();

    await actions.choose('Stop All Reminders');
    const toast = actions.status('All reminders associated with this contact have been stopped.');
    await expect(toast).toBeVisible();
    await expect(page.getByText('Reminders stopped').first()).toBeVisible();
    await expect(reminders.getByText('No reminders are scheduled.')).toBeVisible();
    await expect(await actions.peek('Enable All Reminders')).toBeEnabled();
    await page.keyboard.press('Escape');

    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(actions.status('have been enabled')).toBeVisible();
    await expect(page.getByText('Reminders stopped')).toHaveCount(0);
    await expect(reminders.getByText(/INV-000021/)).toBeVisible();
    await actions.openTab('History');
    await expect(page.getByRole('table', { name: 'History' }).getByText('All payment reminders stopped.')).toBeVisible();
  });

  test('email with the unpaid invoices PDF reaches the Mails tab and the outbox', async ({ page }) => {
    await openWithScenario(page, '/customers/1', demo);
    const actions = new CustomerActions(page);
    await actions.choose('Email Customer');
    const dialog = actions.dialog('Email Customer');
    await expect(actions.recipient('To', 'john.smith@acme.example')).toHaveAttribute('aria-selected', 'true');
    await expect(actions.recipients('To').getByRole('option')).toHaveText([/john\.smith@/, /emily\.davis@/, /robert\.brown@/, /Add contact person/]);
    await expect(dialog.getByLabel('Subject')).toHaveValue('A note from Sakura Trading Co.');
    await expect(dialog.getByText('30 / 1000 characters')).toBeVisible();
    await actions.recipient('CC', 'emily.davis@acme.example').click();
    await expect(actions.recipient('CC', 'emily.davis@acme.example')).toHaveAttribute('aria-selected', 'true');

    await dialog.getByRole('checkbox', { name: 'Attach unpaid invoices list' }).check();
    await expect(dialog.getByRole('button', { name: /^Unpaid invoices - Acme Inc\.pdf \(2 invoices/ })).toBeVisible({ timeout: 30_000 });
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(actions.status('Email has been sent.')).toBeVisible();
    await expect(dialog).toBeHidden();

    await actions.openTab('Mails');
    await expect(page.getByText('A note from Sakura Trading Co.')).toBeVisible();
    await expect(page.getByRole('button', { name: /Unpaid invoices - Acme Inc\.pdf/ }).first()).toBeVisible();

    const { emails } = await api<{ emails: OutboxMail[] }>(page, '/outbox');
    const sent = emails[0];
    expect(sent).toMatchObject({ contact_id: '1', to_mail_ids: ['john.smith@acme.example'], cc_mail_ids: ['emily.davis@acme.example'] });
    expect(sent.attachments).toEqual([expect.objectContaining({ file_name: 'Unpaid invoices - Acme Inc.pdf', content_type: 'application/pdf' })]);
    const text = await attachmentText(page, sent.email_id, 0);
    expect(text).toContain('Acme Inc.');
    const { invoices } = await api<{ invoices: { invoice_number: string; balance: number }[] }>(page, '/invoices?customer_id=1');
    const unpaid = invoices.filter((i) => i.balance > 0).map((i) => i.invoice_number);
    expect(unpaid).toEqual(expect.arrayContaining(['INV-000021', 'INV-000029']));
    for (const number of unpaid) expect(text).toContain(number);

    await page.getByRole('link', { name: 'Outbox' }).click();
    const row = page.getByRole('table', { name: 'Sent emails' }).getByRole('row').filter({ hasText: 'Unpaid invoices - Acme Inc.pdf' });
    await expect(row).toContainText('Acme Inc.');
    await expect(row).toContainText('A note from Sakura Trading Co.');
  });

  test('email to a customer with no contact email: explained, add a person inline, then send', async ({ page }) => {
    await openWithScenario(page, '/customers/3', demo);
    const actions = new CustomerActions(page);
    await actions.choose('Email Customer');
    const dialog = actions.dialog('Email Customer');
    await expect(dialog.getByText('has no contact person with an email address yet')).toBeVisible();
    await expect(dialog.getByLabel('First Name')).toBeFocused();

    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(actions.recipients('To')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText('Choose at least one recipient.')).toBeVisible();

    await dialog.getByLabel('First Name').fill('Albert');
    await dialog.getByLabel('Last Name').fill('Wesker');
    await dialog.getByLabel('Email', { exact: true }).fill('wesker@acme-japan');
    await dialog.getByRole('button', { name: 'Save person' }).click();
    await expect(dialog.getByLabel('Email', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByLabel('Email', { exact: true }).fill('albert.wesker@acme-japan.example');
    await dialog.getByRole('button', { name: 'Save person' }).click();
    await expect(actions.recipient('To', 'albert.wesker@acme-japan.example')).toHaveAttribute('aria-selected', 'true');
    await expect(actions.recipient('CC', 'albert.wesker@acme-japan.example')).toHaveAttribute('aria-selected', 'false');

    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(actions.status('Email has been sent.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Contact persons' }).getByText('albert.wesker@acme-japan.example')).toBeVisible();
  });

  test('a failed send under a 100% failure rate keeps the whole draft', async ({ page }) => {
    await openWithScenario(page, '/customers/1', demo);
    const actions = new CustomerActions(page);
    await actions.choose('Email Customer');
    const dialog = actions.dialog('Email Customer');
    await expect(dialog.getByLabel('Subject')).toHaveValue('A note from Sakura Trading Co.');
    await dialog.getByLabel('Subject').fill('About your June invoices');
    await dialog.getByLabel('Body').fill('Please call us.');
    await actions.recipient('CC', 'robert.brown@acme.example').click();

    await mockControl(page, 'PUT', '/config', { error_rate: 1 });
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(dialog.getByRole('alert')).toContainText('The email was not sent');
    await expect(dialog.getByLabel('Subject')).toHaveValue('About your June invoices');
    await expect(dialog.getByLabel('Body')).toHaveValue('Please call us.');
    await expect(actions.recipient('To', 'john.smith@acme.example')).toHaveAttribute('aria-selected', 'true');
    await expect(actions.recipient('CC', 'robert.brown@acme.example')).toHaveAttribute('aria-selected', 'true');

    await mockControl(page, 'PUT', '/config', { error_rate: 0 });
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(actions.status('Email has been sent.')).toBeVisible();
    const { emails } = await api<{ emails: OutboxMail[] }>(page, '/outbox?contact_id=1');
    expect(emails[0]).toMatchObject({ subject: 'About your June invoices', cc_mail_ids: ['robert.brown@acme.example'] });
  });

  test('clone: a taken name marks the field and keeps the dialog open', async ({ page }) => {
    await openWithScenario(page, '/customers/1', demo);
    const actions = new CustomerActions(page);
    await actions.choose('Clone');
    const dialog = actions.dialog('Clone Customer');
    await expect(dialog.getByLabel('Display Name')).toHaveValue('Acme Inc. (copy)');
    await expect(dialog.getByRole('combobox', { name: 'Currency' }).getByRole('option').last()).toHaveText(/^USD/);
    const portal = dialog.getByRole('checkbox', { name: 'Enable portal' });
    await expect(portal).toBeDisabled();
    await expect(dialog.getByText('the original customer already has portal access')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await dialog.getByLabel('Display Name').fill('Globex Corporation');
    await dialog.getByRole('button', { name: 'Clone' }).click();
    await expect(dialog.getByLabel('Display Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText('A customer with the display name "Globex Corporation" already exists.')).toBeVisible();
    await expect(dialog.getByLabel('Display Name')).toHaveValue('Globex Corporation');
    await expect(page).toHaveURL(/\/customers\/1$/);
  });

  test('clone: opens the clone in the chosen currency, and the list has it', async ({ page }) => {
    await openWithScenario(page, '/customers/12', demo);
    const actions = new CustomerActions(page);
    await actions.choose('Clone');
    const dialog = actions.dialog('Clone Customer');
    await dialog.getByRole('combobox', { name: 'Currency' }).selectOption({ label: 'JPY - Japanese Yen' });
    await dialog.getByRole('checkbox', { name: 'Enable portal' }).check();
    await dialog.getByRole('button', { name: 'Clone' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Initech LLC (copy)' })).toBeVisible();
    await expect(page).not.toHaveURL(/\/customers\/12$/);
    await expect(actions.status('The contact has been cloned.')).toBeVisible();
    const other = page.getByRole('region', { name: 'Other details' });
    await expect(other.getByText('JPY')).toBeVisible();
    await expect(other.getByText('Enabled')).toBeVisible();
    await expect(page.getByText('bill.lumbergh@initech.example').first()).toBeVisible();

    await page.getByRole('link', { name: 'Back to customers' }).click();
    const list = new CustomersList(page);
    await list.search.fill('Initech');
    await expect(list.link('Initech LLC (copy)')).toBeVisible();
  });

  test('mark as inactive, then Undo', async ({ page }) => {
    await openWithScenario(page, '/customers/15', demo);
    const actions = new CustomerActions(page);
    await actions.choose('Mark as Inactive');
    const toast = actions.status('The contact has been marked as inactive.');
    await expect(toast).toBeVisible();
    await expect(page.getByText('Inactive', { exact: true })).toBeVisible();
    await expect(await actions.peek('Mark as Active')).toBeVisible();
    await page.keyboard.press('Escape');

    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(actions.status('The contact has been marked as active.')).toBeVisible();
    await expect(page.getByText('Inactive', { exact: true })).toHaveCount(0);
    await expect(await actions.peek('Mark as Inactive')).toBeVisible();
  });

  test('delete is refused for a customer with transactions (3002) and offers Mark as Inactive', async ({ page }) => {
    await openWithScenario(page, '/customers/12', demo);
    const actions = new CustomerActions(page);
    await actions.choose('Delete');
    const dialog = actions.alertDialog('Delete Customer');
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('This customer has transactions and cannot be deleted. Mark the customer as inactive instead.');
    await expect(dialog.getByRole('button', { name: 'Delete' })).toHaveCount(0);

    await dialog.getByRole('button', { name: 'Mark as Inactive' }).click();
    await expect(dialog).toBeHidden();
    await expect(actions.status('The contact has been marked as inactive.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Initech LLC' })).toBeVisible();
    await expect(page.getByText('Inactive', { exact: true })).toBeVisible();
  });

  test('delete a customer without transactions: back to the list, which no longer has it', async ({ page }) => {
    await openWithScenario(page, '/customers/22', demo);
    const actions = new CustomerActions(page);
    await actions.choose('Delete');
    const dialog = actions.alertDialog('Delete Customer');
    await expect(dialog).toContainText('This cannot be undone.');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(page).toHaveURL(/\/customers$/);
    await expect(actions.status('The contact has been deleted.')).toBeVisible();
    const list = new CustomersList(page);
    await list.search.fill('Umbrella');
    await expect(page.getByText('No customers match')).toBeVisible();
  });

  test('contact persons on the Overview: add, validate, edit, make primary, delete', async ({ page }) => {
    await openWithScenario(page, '/customers/24', demo);
    const card = page.getByRole('region', { name: 'Contact persons' });
    await card.getByRole('button', { name: 'Add contact person' }).click();
    await card.getByRole('button', { name: 'Save person' }).click();
    await expect(card.getByLabel('First Name')).toHaveAttribute('aria-invalid', 'true');
    await card.getByLabel('First Name').fill('Monica');
    await card.getByLabel('Last Name').fill('Hall');
    await card.getByLabel('Email').fill('monica@hooli.example');
    await card.getByRole('button', { name: 'Save person' }).click();
    await expect(card.getByText('monica@hooli.example')).toBeVisible();

    await card.getByRole('button', { name: 'Edit Monica Hall' }).click();
    await card.getByLabel('Designation').fill('Partner');
    await card.getByRole('button', { name: 'Save person' }).click();
    await expect(card.getByText('Partner')).toBeVisible();

    await card.getByRole('button', { name: 'Make primary Monica Hall' }).click();
    await expect(page.getByRole('region', { name: 'Contact', exact: true }).getByText('monica@hooli.example')).toBeVisible();

    await card.getByRole('button', { name: 'Delete Jared Dunn' }).click();
    await page.getByRole('alertdialog', { name: 'Delete contact person?' }).getByRole('button', { name: 'Delete' }).click();
    await expect(card.getByText('jared.dunn@hooli.example')).toHaveCount(0);
    await page.getByRole('tab', { name: 'History' }).click();
    await expect(page.getByRole('table', { name: 'History' }).getByText('Contact person "Jared Dunn" deleted.')).toBeVisible();
  });
});
