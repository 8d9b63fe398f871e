import { describe, expect, test } from 'vitest';
import type { Claim } from '../../../src/engine/types.ts';
import { annotateArticle, annotateArticleHtml } from '../../../src/lib/annotate-article.ts';
import { buildExcerpts, excerptsOfTree } from '../../../src/lib/excerpts.ts';

const html = '<p><span id="s-11111111" class="s">The bridge <em>reopened</em>. </span><span id="s-22222222" class="s">Traffic resumed.</span></p>';
const sentences = [
  { id: 's-11111111', text: 'The bridge reopened.' },
  { id: 's-22222222', text: 'Traffic resumed.' },
];
const claim = { id: 'bridge-reopened-11111111', verdict: 'disputed', statement: 'The bridge reopened.' } as Claim;

describe('annotateArticleHtml', () => {
  test('marks a claim sentence and puts a link with the verdict in words after it', () => {
    const out = annotateArticleHtml(html, sentences, new Map([['s-11111111', [claim]]]), (c) => `/claims/${c.id}/`);
    // The sentence keeps its one class: CSS styles it by the note that follows it.
    expect(out).toContain('<span id="s-11111111" class="s">The bridge <em>reopened</em>. </span><a class="claim-note verdict-disputed"');
    expect(out).toContain('href="/claims/bridge-reopened-11111111/"');
    expect(out).toContain('Disputed');
    expect(out).toContain('<span id="s-22222222" class="s">Traffic resumed.</span>');
  });

  test('a claim without a page of its own: the note links to its sentence and carries its statement', () => {
    const sole = { ...claim, verdict: 'single-source', statement: 'Traffic resumed on the bridge.' } as Claim;
    const out = annotateArticleHtml(html, sentences, new Map([['s-22222222', [sole]]]), () => undefined);
    expect(out).toContain(
      '<span id="s-22222222" class="s">Traffic resumed.</span><a class="claim-note verdict-single-source compact sole" href="#s-22222222"><span class="visually-hidden">Single source claim: </span><span class="statement">Traffic resumed on the bridge.</span></a>',
    );
  });

  test('a claim two articles state, without a page of its own: the other article’s sentence follows the note, linked in context', () => {
    const pair = { ...claim, verdict: 'corroborated', statement: 'Traffic resumed on the bridge.' } as Claim;
    const other = { outlet: 'Harbour <Herald>', text: 'Cars are crossing again.', href: '/factcheck/articles/b-herald/#s-33333333' };
    const out = annotateArticleHtml(html, sentences, new Map([['s-22222222', [pair]]]), () => undefined, () => ({ landing: true, others: [other] }));
    expect(out).toContain(
      '<a class="claim-note verdict-corroborated compact sole" href="#s-22222222"><span class="visually-hidden">Corroborated claim: </span><span class="statement">Traffic resumed on the bridge.</span></a><span class="also"> also reported by <a href="/factcheck/articles/b-herald/#s-33333333">Harbour &#x3C;Herald></a>: <q>Cars are crossing again.</q></span>',
    );
  });

  test('a claim three articles state: both other sentences follow, each linked', () => {
    const trio = { ...claim, verdict: 'corroborated', statement: 'Traffic resumed.' } as Claim;
    const others = [
      { outlet: 'B', text: 'Cars are back.', href: '/b/#s-33333333' },
      { outlet: 'C', text: 'Traffic flows again.', href: '/c/#s-44444444' },
    ];
    const out = annotateArticleHtml(html, sentences, new Map([['s-22222222', [trio]]]), () => undefined, () => ({ landing: false, others }));
    expect(out).toContain('<span class="also"> also reported by <a href="/b/#s-33333333">B</a>: <q>Cars are back.</q>; and by <a href="/c/#s-44444444">C</a>: <q>Traffic flows again.</q></span>');
  });

  test('the statement is said only where links to the claim land, and not where the sentence says it word for word', () => {
    const sole = { ...claim, verdict: 'single-source', statement: 'Traffic resumed on the bridge.' } as Claim;
    const elsewhere = annotateArticleHtml(html, sentences, new Map([['s-22222222', [sole]]]), () => undefined, () => ({ landing: false, others: [] }));
    expect(elsewhere).toContain('<a class="claim-note verdict-single-source compact sole" href="#s-22222222"><span class="visually-hidden">Single source claim</span></a>');
    const verbatim = { ...sole, statement: 'Traffic resumed.' } as Claim;
    const same = annotateArticleHtml(html, sentences, new Map([['s-22222222', [verbatim]]]), () => undefined);
    expect(same).not.toContain('class="statement"');
    expect(same).toContain('<span class="visually-hidden">Single source claim</span></a>');
    // A statement ends with a full stop where its sentence led on to a quotation with a colon: still the sentence.
    const colon = annotateArticleHtml(html.replace('Traffic resumed.', 'Traffic resumed:'), [sentences[0], { id: 's-22222222', text: 'Traffic resumed:' }] as typeof sentences, new Map([['s-22222222', [verbatim]]]), () => undefined);
    expect(colon).not.toContain('class="statement"');
  });

  test('fails when the page text differs from the sentence the engine read', () => {
    const changed = [sentences[0], { id: 's-22222222', text: 'Traffic resumed at noon.' }] as typeof sentences;
    expect(() => annotateArticleHtml(html, changed, undefined, () => '')).toThrow(/sentence 2: engine .*Traffic resumed at noon/);
  });

  test('fails when the page lacks a sentence id the engine cites', () => {
    const extra = [...sentences, { id: 's-33333333', text: 'More.' }];
    expect(() => annotateArticleHtml(html, extra, undefined, () => '')).toThrow(/sentence 3/);
  });
});

describe('the annotated tree, for excerpts without reading the HTML back', () => {
  const three = [
    { id: 's-11111111', text: 'The bridge reopened.' },
    { id: 's-22222222', text: 'Traffic resumed.' },
    { id: 's-33333333', text: 'Buses too.' },
  ];
  const para = (inner: string): string => `<p>${inner}</p>`;
  const s = (id: string, text: string): string => `<span id="${id}" class="s">${text}</span>`;
  const body = `${s('s-11111111', 'The bridge <em>reopened</em>.')} ${s('s-22222222', 'Traffic resumed.')} ${s('s-33333333', 'Buses too.')}`;
  const many = ['a', 'b', 'c', 'd'].map((letter) => ({ ...claim, id: `claim-${letter}`, verdict: 'corroborated', statement: `Claim ${letter}.` }) as Claim);
  const sole = { ...claim, verdict: 'single-source', statement: 'Traffic resumed on the bridge.' } as Claim;
  const other = { outlet: 'B & C', text: 'Cars are back.', href: '/b/#s-44444444' };
  test.each([
    ['notes between sentences', para(body), new Map([['s-11111111', [claim]], ['s-22222222', [sole]]]), true],
    ['a count of more claims followed by a space (one text node once read back)', para(body), new Map([['s-22222222', many]]), true],
    ['a count of more claims ending the paragraph', para(body), new Map([['s-33333333', many]]), true],
    ['the other article’s sentence beside a note', para(body), new Map([['s-11111111', [sole]], ['s-33333333', many]]), true],
    ['sentences inside a link: the tree is not offered', `<a href="/x/">${para(body)}</a>`, new Map([['s-22222222', [claim]]]), false],
    ['a code block anywhere: the tree is not offered', `${para(body)}<pre><code>\nx</code></pre>`, new Map([['s-22222222', [claim]]]), false],
  ])('%s', (_name, html, claims, offered) => {
    const href = (c: Claim): string | undefined => (c === sole ? undefined : `/claims/${c.id}/`);
    const annotated = annotateArticle(html, three, claims, href, () => ({ landing: true, others: [other] }));
    expect(annotated.tree !== undefined).toBe(offered);
    expect(annotated.html()).toBe(annotateArticleHtml(html, three, claims, href, () => ({ landing: true, others: [other] })));
    const blocks = three.map((sentence) => ({ id: sentence.id, block: 0 }));
    for (const shown of [new Set(['s-11111111']), new Set(['s-22222222']), new Set(['s-33333333']), new Set(['s-11111111', 's-22222222', 's-33333333'])]) {
      const fromHtml = buildExcerpts(annotated.html(), blocks, shown);
      if (annotated.tree) expect(excerptsOfTree(annotated.tree, blocks, shown)).toEqual(fromHtml);
    }
  });
});
