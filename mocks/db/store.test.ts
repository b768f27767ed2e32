import { describe, expect, it } from 'vitest';
import { referenceData } from '../scenarios/reference';
import { Database } from './store';
import type { CommentRecord, Dataset } from './types';

const comment = (id: string, description: string): CommentRecord => ({
  comment_id: id,
  contact_id: '1',
  description,
  operation_type: 'updated',
  commented_by: 'Aiko Tanaka',
  date: '2026-06-15',
  time: '2026-06-15T09:00:00.000+00:00',
});

describe('Database.replaceAll', () => {
  it('reads a table on first use, then applies the saved changes made meanwhile, in order', () => {
    let reads = 0;
    const data: Dataset = {
      ...referenceData(),
      get comments() {
        reads++;
        return [comment('1', 'a'), comment('2', 'b'), comment('3', 'c')];
      },
    };
    const db = new Database();
    db.replaceAll(data);
    db.applyChanges([
      { table: 'comments', id: '2', value: null },
      { table: 'comments', id: '4', value: comment('4', 'd') },
      { table: 'comments', id: '1', value: comment('1', 'a2') },
    ]);
    expect(db.tables.users.size).toBe(5);
    expect(reads).toBe(0);

    expect([...db.tables.comments.rows.keys()]).toEqual(['1', '3', '4']);
    expect(db.tables.comments.get('1')?.description).toBe('a2');
    expect(db.tables.comments.size).toBe(3);
    expect(reads).toBe(1);
  });

  it('walks loaded rows in order, with the saved changes applied', () => {
    const db = new Database();
    db.replaceAll({ ...referenceData(), comments: [comment('1', 'a'), comment('2', 'b')] });
    expect([...db.tables.comments.values()].map((c) => c.description)).toEqual(['a', 'b']);
    db.applyChanges([
      { table: 'comments', id: '1', value: null },
      { table: 'comments', id: '3', value: comment('3', 'c') },
    ]);
    expect([...db.tables.comments.values()].map((c) => c.description)).toEqual(['b', 'c']);
    expect(db.tables.comments.all().map((c) => c.comment_id)).toEqual(['2', '3']);
  });

  it('drops the rows of the previous data, keyed or not', () => {
    const db = new Database();
    db.replaceAll({ ...referenceData(), comments: [comment('1', 'a')] });
    expect(db.tables.comments.size).toBe(1);
    db.replaceAll({ ...referenceData(), comments: [comment('2', 'b')] });
    db.replaceAll(referenceData());
    expect(db.tables.comments.size).toBe(0);
  });
});
