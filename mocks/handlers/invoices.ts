import type { HttpHandler } from 'msw';

export const invoiceHandlers: HttpHandler[] = [];
