/** The audit trail on the History tab: a change reads "<Label>: <old> → <new>"; comments are added and filtered. */
import { expect, expectNoSeriousA11yViolations, openWithScenario, test } from './fixtures';
import { CustomerForm } from './pages/customer-form';

test.describe('history', () => {
  test('an edit of the payment terms shows old and new; a comment is added and found by the filter', async ({ page }) => {
    await openWithScenario(page, '/customers/15/edit');
    const form = new CustomerForm(page);
    const terms = form.field('Payment Terms');
    const before = (await terms.locator('option:checked').textContent()) ?? '';
    const after = before === 'Net 60' ? 'Net 45' : 'Net 60';
    await terms.selectOption({ label: after });
    await form.save();
    await expect(page.getByRole('status').filter({ hasText: 'Contact information has been saved.' })).toBeVisible();

    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('table', { name: 'History' });
    await expect(history.getByRole('row').nth(1)).toContainText('Contact information updated.');
    await expect(history.getByRole('row').nth(1).getByText(`Payment Terms: ${before} → ${after}`)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const box = page.getByRole('textbox', { name: 'Add a comment' });
    await page.getByRole('button', { name: 'Add comment' }).click();
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Write a comment first.')).toBeVisible();
    await box.fill('Agreed the new terms on the phone.');
    await page.getByRole('button', { name: 'Add comment' }).click();
    await expect(history.getByRole('row').nth(1)).toContainText('Agreed the new terms on the phone.');
    await expect(box).toHaveValue('');

    const show = page.getByRole('combobox', { name: 'Show' });
    await show.selectOption({ label: 'Comments' });
    await expect(history.getByRole('row')).toHaveCount(2);
    await expect(history.getByRole('row').nth(1)).toContainText('Agreed the new terms on the phone.');
    await show.selectOption({ label: 'Changes' });
    await expect(history.getByText(`Payment Terms: ${before} → ${after}`)).toBeVisible();
    await expect(history.getByText('Agreed the new terms on the phone.')).toHaveCount(0);
    await show.selectOption({ label: 'All' });
    await expect(history.getByText('Agreed the new terms on the phone.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
