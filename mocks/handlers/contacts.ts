import type { HttpHandler } from 'msw';

export const contactHandlers: HttpHandler[] = [];
