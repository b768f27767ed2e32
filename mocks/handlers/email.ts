import type { HttpHandler } from 'msw';

export const emailHandlers: HttpHandler[] = [];
