import type { HttpHandler } from 'msw';

export const templateHandlers: HttpHandler[] = [];
