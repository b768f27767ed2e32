import { describe, expect, it } from 'vitest';
import { decide, isAllowedHost, isAllowedOrigin, isLoopbackOrigin, policyFromEnv } from './server-policy';

const none = policyFromEnv({});

describe('loopback origins', () => {
  it.each([
    ['http://localhost:5173', true],
    ['http://localhost', true],
    ['http://127.0.0.1:4173', true],
    ['http://[::1]:8080', true],
    ['https://localhost:8443', true],
    ['http://LOCALHOST:5173', true],
    ['http://localhost.evil.example', false],
    ['http://127.0.0.1.nip.io', false],
    ['http://evil.example', false],
    ['null', false],
    ['file://', false],
    ['http://localhost:5173/path', false],
    ['http://user@localhost:5173', false],
    ['', false],
  ])('%s → %s', (origin, allowed) => {
    expect(isLoopbackOrigin(origin)).toBe(allowed);
    expect(isAllowedOrigin(origin, none)).toBe(allowed);
  });

  it('adds configured origins, and any origin only with an explicit *', () => {
    const some = policyFromEnv({ MOCK_ALLOWED_ORIGINS: ' https://app.example.com , http://intranet:3000/' });
    expect(isAllowedOrigin('https://app.example.com', some)).toBe(true);
    expect(isAllowedOrigin('http://intranet:3000', some)).toBe(true);
    expect(isAllowedOrigin('http://intranet:3001', some)).toBe(false);
    expect(isAllowedOrigin('https://evil.example', some)).toBe(false);
    expect(isAllowedOrigin('https://evil.example', policyFromEnv({ MOCK_ALLOWED_ORIGINS: '*' }))).toBe(true);
    expect(() => policyFromEnv({ MOCK_ALLOWED_ORIGINS: 'app.example.com' })).toThrow(/MOCK_ALLOWED_ORIGINS/);
  });

  it("treats the server's own origin (as its Host names it) as allowed", () => {
    expect(isAllowedOrigin('http://mybox:9090', none, 'mybox:9090')).toBe(true);
    expect(isAllowedOrigin('http://mybox:9090', none, 'other:9090')).toBe(false);
  });
});

describe('Host', () => {
  it.each([
    ['localhost:9090', true],
    ['localhost', true],
    ['127.0.0.1:9090', true],
    ['[::1]:9090', true],
    ['LocalHost:9090', true],
    ['evil.example:9090', false],
    ['localhost.evil.example:9090', false],
    ['127.0.0.2:9090', false],
    ['localhost:9090:1', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (host, allowed) => {
    expect(isAllowedHost(host, none)).toBe(allowed);
  });

  it('adds configured names (any port) or name:port, and any host only with *', () => {
    const some = policyFromEnv({ MOCK_ALLOWED_HOSTS: 'mybox, devbox:9090' });
    expect(isAllowedHost('mybox:1234', some)).toBe(true);
    expect(isAllowedHost('devbox:9090', some)).toBe(true);
    expect(isAllowedHost('devbox:9091', some)).toBe(false);
    expect(isAllowedHost('evil.example', policyFromEnv({ MOCK_ALLOWED_HOSTS: '*' }))).toBe(true);
  });
});

describe('decide', () => {
  const req = (over: Partial<Parameters<typeof decide>[0]>) => decide({ method: 'GET', host: 'localhost:9090', ...over }, none);

  it('answers a loopback origin with its own origin, Vary and the exposed ETag', () => {
    const d = req({ origin: 'http://localhost:5173' });
    expect(d.refusal).toBeUndefined();
    expect(d.headers).toEqual({
      Vary: 'Origin',
      'Access-Control-Allow-Origin': 'http://localhost:5173',
      'Access-Control-Expose-Headers': 'ETag, Content-Disposition',
    });
  });

  it('answers preflights of allowed origins, allowing If-Match and the requested headers', () => {
    const d = req({ method: 'OPTIONS', origin: 'http://127.0.0.1:4173', requestHeaders: 'content-type, if-match, x-custom', requestPrivateNetwork: 'true' });
    expect(d.preflight).toBe(true);
    expect(d.headers['Access-Control-Allow-Methods']).toBe('GET, POST, PUT, DELETE, OPTIONS');
    expect(d.headers['Access-Control-Allow-Headers']?.split(', ')).toEqual(expect.arrayContaining(['Content-Type', 'If-Match', 'X-Mock-User', 'x-custom']));
    expect(d.headers['Access-Control-Allow-Private-Network']).toBe('true');
  });

  it('refuses other origins with 403/57 and no CORS headers, whatever the path', () => {
    for (const method of ['GET', 'POST', 'OPTIONS']) {
      const d = req({ method, origin: 'https://evil.example' });
      expect(d.refusal).toEqual({ status: 403, body: { code: 57, message: expect.stringContaining('https://evil.example') } });
      expect(d.headers).toEqual({ Vary: 'Origin' });
    }
  });

  it('refuses a Host that is not loopback (DNS rebinding) before anything else', () => {
    const d = req({ host: 'evil.example:9090', origin: 'http://evil.example:9090' });
    expect(d.refusal?.status).toBe(403);
    expect(d.refusal?.body.message).toMatch(/Host "evil.example:9090"/);
  });

  it('passes requests without an Origin (curl, other servers) with no CORS headers', () => {
    expect(req({})).toEqual({ headers: { Vary: 'Origin' } });
    expect(req({ method: 'OPTIONS' }).preflight).toBe(true);
  });
});
