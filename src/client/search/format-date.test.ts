import { format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

describe('formatDate', () => {
  it.each(['2018-12-20', '2024-02-01', '2025-06-03', '1999-09-09'])('writes %s as the pages do', (date) => {
    expect(formatDate(date)).toBe(format(parseISO(date), 'd MMMM yyyy'));
  });
});
