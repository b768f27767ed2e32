import type { HttpHandler } from 'msw';

export const contactPersonHandlers: HttpHandler[] = [];
