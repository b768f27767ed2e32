import { expect, openWithScenario, test } from './fixtures';
import { CustomerForm } from './pages/customer-form';

// api.md "Limits", Text, through the customer form and the mock in the browser.
test.describe('text rules on the customer form', () => {
  test('invisible characters do not make a name, control characters are named on their field', async ({ page }) => {
    await openWithScenario(page, '/customers/new');
    const form = new CustomerForm(page);

    await form.fill({ 'Display Name': '\u200B\u00AD\uFEFF' });
    await form.save();
    await expect(form.field('Display Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Display name is required.')).toBeVisible();

    await form.fill({ 'Display Name': 'Acme Inc.\u200B', 'Company Name': 'Acme \u202Egnp.exe' });
    await form.save();
    await expect(form.field('Company Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Company name contains a text-direction control character (U+202E), which is not allowed.')).toBeVisible();

    // The API's uniqueness (3001) sees through the zero width space: demo customer 1 is "Acme Inc.".
    await form.fill({ 'Company Name': 'Acme' });
    await form.save();
    await expect(form.field('Display Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('A customer with the display name "Acme Inc." already exists.').first()).toBeVisible();

    // Stored NFC: the decomposed "e + combining acute" comes back as one "é".
    await form.fill({ 'Display Name': 'Cafe\u0301 Nord' });
    await form.save();
    await expect(page.getByRole('heading', { level: 1, name: 'Caf\u00E9 Nord' })).toBeVisible();
  });
});
