import type { HttpHandler } from 'msw';

export const paymentHandlers: HttpHandler[] = [];
