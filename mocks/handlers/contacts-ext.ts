import type { HttpHandler } from 'msw';

export const contactExtHandlers: HttpHandler[] = [];
