import type { HttpHandler } from 'msw';

export const commentHandlers: HttpHandler[] = [];
