import { describe, expect, it } from 'vitest';
import { formatDayInput, parseDayInput } from '../../../src/shared/dayInput';

describe('the day fields of the UI', () => {
  it('write a day in the UI language’s order, whatever the locale the process runs in', () => {
    expect(formatDayInput('2025-11-04', 'fr')).toBe('04/11/2025');
    expect(formatDayInput('2025-11-04', 'en')).toBe('04/11/2025');
    expect(formatDayInput('', 'fr')).toBe('');
  });

  it('read a day typed day first, with slashes, dots or dashes, or as YYYY-MM-DD', () => {
    expect(parseDayInput('04/11/2025')).toBe('2025-11-04');
    expect(parseDayInput(' 4.11.2025 ')).toBe('2025-11-04');
    expect(parseDayInput('4-11-2025')).toBe('2025-11-04');
    expect(parseDayInput('2025-11-04')).toBe('2025-11-04');
    expect(parseDayInput('')).toBe('');
  });

  it('refuse what is not a day: a 31 November, a month 13, a year of two digits, words', () => {
    expect(parseDayInput('31/11/2025')).toBeNull();
    expect(parseDayInput('01/13/2025')).toBeNull();
    expect(parseDayInput('4/11/25')).toBeNull();
    expect(parseDayInput('demain')).toBeNull();
    // Round trip: what is shown reads back as the same day.
    expect(parseDayInput(formatDayInput('2024-02-29', 'fr'))).toBe('2024-02-29');
  });
});
