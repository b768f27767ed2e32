/**
 * Fuzz: org settings (reminder schedule, preferences), templates, and the /__mock control
 * endpoints (treated separately: no contract limits, the config is restored after each run).
 */
import fc from 'fast-check';
import { z } from 'zod/mini';
import { mockStateSchema, preferencesSchema, reminderSettingsSchema, templateSchema, upcomingReminderSchema } from '../../src/api/schemas';
import { actingUser, bodies } from './arbitraries';
import { fuzz } from './harness';
import { reads } from './invariants';
import { mockConfig, mockReset, preferences, reminders, template } from './shapes';

const reminderList = z.object({ reminders: reminderSettingsSchema });
const preferencesBody = z.object({ preferences: preferencesSchema });

fuzz(
  'fuzz: settings, templates, mock control',
  [
    {
      name: 'PUT /settings/reminders',
      method: 'PUT',
      path: fc.constant('/settings/reminders'),
      body: bodies(reminders),
      success: reminderList,
      // Customer 1 has unpaid invoices, so its upcoming reminders follow the new schedule.
      reads: [],
      extraReads: [
        ['/settings/reminders', reminderList],
        ['/contacts/1/reminders', z.object({ reminders: z.array(upcomingReminderSchema) })],
      ],
      runs: 100,
    },
    {
      name: 'PUT /settings/preferences',
      method: 'PUT',
      path: fc.constant('/settings/preferences'),
      body: bodies(preferences, (huge) => fc.constant({ org_address: huge })),
      success: preferencesBody,
      reads: [],
      extraReads: [
        ['/settings/preferences', preferencesBody],
        ['/contacts?per_page=200&filter_by=Status.Duplicate', reads.list],
        ['/contacts/4/statement', reads.statement],
      ],
      runs: 100,
    },
    {
      name: 'POST /templates',
      method: 'POST',
      path: fc.constant('/templates'),
      body: bodies(template, (huge) => fc.constant({ template_name: 'Huge', kind: 'email', document: 'invoice', subject: 's', body: huge })),
      success: z.object({ template: templateSchema }),
      reads: [],
      extraReads: [['/templates', z.object({ templates: z.array(templateSchema) })]],
      runs: 100,
    },
    {
      name: 'POST /__mock/reset',
      method: 'POST',
      path: fc.constant('/__mock/reset'),
      body: bodies(mockReset),
      success: z.object({ state: mockStateSchema }),
      reads: ['lists'],
      control: true,
      runs: 60,
    },
    {
      name: 'PUT /__mock/config',
      method: 'PUT',
      path: fc.constant('/__mock/config'),
      body: bodies(mockConfig),
      success: z.object({ config: mockStateSchema }),
      reads: [],
      control: true,
      runs: 60,
    },
  ],
  actingUser,
);
