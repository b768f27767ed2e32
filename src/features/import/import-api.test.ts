import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BODY_BYTES } from '../../api/limits';
import { postImport } from './import-api';

describe('postImport', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('refuses rows that would exceed the API body limit without sending them', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const notes = 'x'.repeat(4000);
    const rows = Array.from({ length: Math.ceil(MAX_IMPORT_BODY_BYTES / 4000) + 10 }, (_, i) => ({ contact_name: `C${i}`, notes }));
    await expect(postImport({ rows, on_duplicate: 'skip', skip_invalid: false })).rejects.toMatchObject({
      status: 413,
      code: 1040,
      message: 'These rows come to more than 25 MB when sent, the most one import takes. Split the file and import it in parts.',
    });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
