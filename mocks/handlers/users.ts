import { http } from 'msw';
import { db } from '../runtime';
import { API, actingUser, api, ok } from './http';

export const userHandlers = [
  http.get(
    `${API}/users`,
    api(() => ok('success', { users: db.tables.users.all() })),
  ),
  http.get(
    `${API}/users/me`,
    api(({ request }) => ok('success', { user: actingUser(request) })),
  ),
];
