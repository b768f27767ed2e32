import type { HttpHandler } from 'msw';

export const reminderHandlers: HttpHandler[] = [];
