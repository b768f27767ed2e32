import type { HttpHandler } from 'msw';

export const outboxHandlers: HttpHandler[] = [];
