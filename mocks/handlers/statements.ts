import type { HttpHandler } from 'msw';

export const statementHandlers: HttpHandler[] = [];
