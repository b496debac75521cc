import { describe, expect, it } from 'vitest';
import { dateTimeFormat, displayNamesOf, numberFormat } from '../../../src/shared/intlFormats';

describe('the Intl formatters the UI draws its rows with', () => {
  it('are made once per locale and options, and kept', () => {
    expect(dateTimeFormat('fr-FR', { dateStyle: 'medium' })).toBe(dateTimeFormat('fr-FR', { dateStyle: 'medium' }));
    expect(numberFormat('fr-FR')).toBe(numberFormat('fr-FR'));
    expect(displayNamesOf('fr', { type: 'language' })).toBe(displayNamesOf('fr', { type: 'language' }));
  });

  it('are told apart by locale and by every option', () => {
    expect(dateTimeFormat('fr-FR', { dateStyle: 'medium' })).not.toBe(dateTimeFormat('en-GB', { dateStyle: 'medium' }));
    expect(dateTimeFormat('fr-FR', { dateStyle: 'medium' })).not.toBe(dateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' }));
    const day = new Date('2025-11-04T00:00:00Z');
    expect(dateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(day)).toBe('4 novembre 2025');
    expect(dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(day)).toBe('4 November 2025');
    // French groups digits with a narrow no-break space.
    expect(numberFormat('fr-FR').format(100000)).toBe('100\u202f000');
    expect(numberFormat('en-GB').format(100000)).toBe('100,000');
    expect(displayNamesOf('fr', { type: 'language' }).of('ar')).toBe('arabe');
  });
});
