import { describe, expect, test } from 'vitest';
import { NOTICES } from '../../../src/review/notices.ts';

describe('the 404 page’s notice for an old link whose claim has no full page', () => {
  test('says what happened and that one outlet reports the claim', () => {
    expect(NOTICES.movedToSentence('renamed', null)).toBe('This claim was renamed. Only one outlet reports that claim; read it in its article:');
    expect(NOTICES.movedToSentence('merged-by-editors', '2031-04-14')).toBe(
      'The claim you followed a link to was merged into another by the editors on 14 April 2031. Only one outlet reports that claim; read it in its article:',
    );
  });
});
