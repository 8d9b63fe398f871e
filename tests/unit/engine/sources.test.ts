import { describe, expect, test } from 'vitest';
import { crossReference } from '../../../src/engine/cross-reference.ts';
import { effectiveVia, upstreamKey } from '../../../src/engine/sources.ts';
import { article, outlet, person, story } from './helpers/annotated.ts';

describe('upstream names', () => {
  test.each([
    ['AP News', 'ap'],
    ['the Associated Press', 'ap'],
    ['AP', 'ap'],
    ['Agence France-Presse', 'afp'],
    ['Reuters', 'reuters'],
    ['ITAR-TASS', 'tass'],
    ['The Daily Ledger', 'daily ledger'],
  ])('"%s" folds to "%s"', (via, key) => {
    expect(upstreamKey(via)).toBe(key);
  });
});

describe('via carry-over', () => {
  const [told, quote, other] = article('x', [
    { text: 'The mayor told AP that the bridge would reopen in May after repairs.', speaker: 'mayor', via: 'AP' },
    { text: '“We are confident the work will be done on time,” the mayor said.', speaker: 'mayor' },
    { text: '“The money is there,” the treasurer said of the repair budget.', speaker: 'treasurer' },
  ]);

  test('a quote by the same speaker inherits the via of the sentence before it', () => {
    expect(effectiveVia(quote!, told)).toBe('AP');
  });

  test('a quote by another speaker does not', () => {
    expect(effectiveVia(other!, quote)).toBeNull();
  });
});

describe('independence', () => {
  const entities = [person('mayor', 'Ana Ruiz')];
  const filler = (n: number) => ({
    text: [
      'Heavy rain closed three schools in the northern district for the rest of the week.',
      'Volunteers handed out sandbags at the fire station until late on Sunday evening.',
    ][n] as string,
  });
  const sentence = (via?: string) => ({
    text: 'Mayor Ana Ruiz said the flooded river bridge would reopen to traffic in May after repairs.',
    speaker: 'mayor',
    ...(via ? { via } : {}),
  });

  test('two outlets citing the same wire count once and are flagged sharedUpstream', () => {
    const result = crossReference(
      story([outlet('one', 'One Daily'), outlet('two', 'Two Herald')], {
        a: ['one', '2030-01-01', article('a', [filler(0), sentence('AP')])],
        b: ['two', '2030-01-01', article('b', [filler(1), sentence('the Associated Press')])],
      }, entities),
    );
    const claim = result.claims.find((c) => c.evidence.length === 2);
    expect(claim?.verdict).toBe('single-source');
    expect(claim?.flags).toContain('sharedUpstream');
    expect(claim?.independentSources).toBe(1);
  });

  test('two articles of one outlet count once, without a sharedUpstream flag', () => {
    const result = crossReference(
      story([outlet('one', 'One Daily')], {
        a: ['one', '2030-01-01', article('a', [filler(0), sentence()])],
        b: ['one', '2030-01-02', article('b', [filler(1), sentence()])],
      }, entities),
    );
    const claim = result.claims.find((c) => c.evidence.length === 2);
    expect(claim?.verdict).toBe('single-source');
    expect(claim?.flags).not.toContain('sharedUpstream');
  });

  test('two outlets reporting on their own are independent', () => {
    const result = crossReference(
      story([outlet('one', 'One Daily'), outlet('two', 'Two Herald')], {
        a: ['one', '2030-01-01', article('a', [filler(0), sentence()])],
        b: ['two', '2030-01-01', article('b', [filler(1), sentence('Reuters')])],
      }, entities),
    );
    const claim = result.claims.find((c) => c.evidence.length === 2);
    expect(claim?.verdict).toBe('corroborated');
    expect(claim?.independentSources).toBe(2);
  });
});
