import { describe, expect, it } from 'vitest';
import { MAX_COMMENT_LENGTH } from '../../../../api/limits';
import { changeLine, commentProblem, isHistoryFilter } from './history-view';

describe('changeLine', () => {
  it('reads "<Label>: <old> → <new>", an empty side as the given word', () => {
    expect(changeLine({ field: 'payment_terms', label: 'Payment Terms', old_value: 'Net 15', new_value: 'Net 30' }, '(empty)')).toBe(
      'Payment Terms: Net 15 → Net 30',
    );
    expect(changeLine({ field: 'notes', label: 'Remarks', old_value: '', new_value: 'VIP' }, '(empty)')).toBe('Remarks: (empty) → VIP');
    expect(changeLine({ field: 'cf_region', label: 'Region', old_value: 'Kanto', new_value: '' }, '（空）')).toBe('Region: Kanto → （空）');
  });
});

describe('commentProblem', () => {
  it("applies the contract's rules: required, at most the limit, no control characters", () => {
    expect(commentProblem('Called about the order.')).toBeNull();
    expect(commentProblem('Line one\nline two')).toBeNull();
    expect(commentProblem('')).toBe('required');
    expect(commentProblem('   ')).toBe('required');
    expect(commentProblem('x'.repeat(MAX_COMMENT_LENGTH + 1))).toBe('tooLong');
    expect(commentProblem('bad\u0007bell')).toBe('badChar');
  });
});

describe('isHistoryFilter', () => {
  it('knows the four filters only', () => {
    expect(['all', 'changes', 'comments', 'emails'].every(isHistoryFilter)).toBe(true);
    expect(isHistoryFilter('everything')).toBe(false);
  });
});
