/**
 * Stands in for `tough-cookie` in the browser build of the mock. MSW 2 keeps a cookie jar
 * (tough-cookie + tldts' public-suffix list, ~122 KB gzip) for handlers that read request cookies
 * or set response cookies; ours do neither, so the demo does not pay for it. Node (vitest, the
 * standalone server) still uses the real package.
 */
export class Cookie {
  static fromJSON(): null {
    return null;
  }
}

export class MemoryCookieStore {
  idx: Record<string, unknown> = {};
}

export class CookieJar {
  constructor(_store?: MemoryCookieStore) {}
  getCookiesSync(): Cookie[] {
    return [];
  }
  async setCookie(): Promise<void> {}
}
