import { describe, expect, it } from 'vitest';
import { actAs, call, useMockApi } from '../testing';

describe('mock control and users', () => {
  useMockApi('empty');

  it('resets to a scenario and reports it', async () => {
    const r = await call('POST', '/__mock/reset', { scenario: 'empty' });
    expect(r.status).toBe(200);
    expect(r.body.code).toBe(0);
  });

  it('changes the acting user', async () => {
    const put = await call('PUT', '/__mock/config', { acting_user_id: '3' });
    expect(put.status).toBe(200);
    const me = await call<{ user: { name: string } }>('GET', '/users/me');
    expect(me.body.user.name).toBe('Chika Sato');
  });

  it('refuses an unknown acting user and bad JSON', async () => {
    expect((await call('PUT', '/__mock/config', { acting_user_id: '999' })).body.code).toBe(1001);
    const bad = await call('PUT', '/__mock/config', '{nope');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe(1038);
  });

  it('injects failures on /api/v3 only', async () => {
    await call('PUT', '/__mock/config', { error_rate: 1 });
    const r = await call('GET', '/users');
    expect(r.status).toBe(500);
    expect(r.body.code).toBe(1000);
    expect((await call('GET', '/__mock/config')).status).toBe(200);
    await actAs('1');
  });
});
