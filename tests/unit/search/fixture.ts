/**
 * A small hand-written analysis in the shape the engine produces, modelled on the seed story, for
 * the search tests: claims with speakers, outlets, verdicts and evidence sentences, articles with
 * their text, and people with the name variants the engine resolves (Yuri/Yury Ushakov and the
 * typo "Ushkaov").
 */
import type { SearchSource } from '../../../src/search/documents.ts';

const claim = (
  id: string,
  statement: string,
  verdict: 'corroborated' | 'conflicting' | 'disputed' | 'single-source',
  speakers: string[],
  entities: string[],
  outlets: string[],
  evidence: string[] = [],
): SearchSource['claims'][number] => ({
  id,
  story: 'riyadh',
  statement,
  verdict,
  speakers,
  entities,
  evidence: outlets.map((outlet, index) => ({ outlet, ...(evidence[index] ? { text: evidence[index] } : {}) })),
});

/** The fixture analysis. */
export const SOURCE: SearchSource = {
  stories: [
    { id: 'riyadh', title: 'US and Russian officials meet in Riyadh' },
    { id: 'other', title: 'A story nobody claims anything about' },
  ],
  outlets: [
    { id: 'kyiv-post', name: 'Kyiv Post' },
    { id: 'moscow-times', name: 'The Moscow Times' },
    { id: 'rferl', name: 'RFE/RL' },
    { id: 'novaya', name: 'Novaya Gazeta Europe' },
  ],
  claims: [
    claim('ushakov-serious-discussion-1a2b3c4d', 'Ushakov: “It was a very serious discussion on every issue we wanted to address.”', 'corroborated', ['Yury Ushakov'], ['yury-ushakov'], ['moscow-times', 'kyiv-post', 'novaya']),
    claim('length-meeting-2b3c4d5e', 'Length of the meeting', 'conflicting', [], [], ['kyiv-post', 'moscow-times', 'rferl']),
    claim('stage-talks-3c4d5e6f', 'The next stage of the talks will involve three working groups', 'single-source', ['Sergey Lavrov'], ['sergey-lavrov'], ['rferl']),
    claim('three-stage-peace-plan-4d5e6f70', 'Fox News White House Correspondent Jacqui Heinrich wrote that, according to foreign diplomatic sources with knowledge of talks in Saudi Arabia, the US and Russia were proposing a three-stage peace plan, to involve a ceasefire, elections in Ukraine, and the signing of a final peace agreement.', 'disputed', [], ['sergey-lavrov'], ['novaya', 'novaya'], [
      'Fox News White House Correspondent Jacqui Heinrich wrote that the US and Russia were proposing a three-stage peace plan.',
      'Russian Foreign Minister Sergey Lavrov denied any knowledge of the “three-stage plan” at a press conference held after the talks.',
    ]),
    claim('restore-embassy-staffing-5e6f7081', 'The two sides agreed to restore the staffing of their embassies', 'corroborated', ['Marco Rubio', 'Sergey Lavrov'], ['marco-rubio', 'sergey-lavrov'], ['kyiv-post', 'rferl', 'novaya']),
    claim('security-guarantees-6f708192', 'Security guarantees for Ukraine were not discussed, according to diplomatic sources', 'single-source', [], [], ['novaya']),
    claim('guarantees-security-708192a3', 'Kyiv wants guarantees of its security before any ceasefire', 'single-source', ['Volodymyr Zelensky'], ['volodymyr-zelensky'], ['kyiv-post']),
  ],
  articles: [
    {
      id: 'kyiv-post-riyadh-talks',
      story: 'riyadh',
      outlet: 'kyiv-post',
      title: 'Russia, US wrap up four-hour talks in Riyadh',
      sentences: [
        { id: 's-00000001', text: 'Russian and US delegations met for four and a half hours at the Diriyah Palace.' },
        { id: 's-00000002', text: 'The palace kitchens served camel milk to the visitors.' },
      ],
    },
    { id: 'novaya-first-round', story: 'riyadh', outlet: 'novaya', title: 'First round of Russia-US talks in Riyadh wraps up' },
    { id: 'rferl-what-we-learned', story: 'riyadh', outlet: 'rferl', title: 'What we learned from the Riyadh talks' },
    {
      id: 'empty-story-article',
      story: 'other',
      outlet: 'rferl',
      title: 'An article about nothing in particular',
      sentences: [{ id: 's-00000003', text: 'Delegates admired the marble staircase.' }],
    },
  ],
  entities: [
    { id: 'yury-ushakov', name: 'Yury Ushakov', kind: 'person', aliases: ['Yuri Ushakov', 'Ushakov', 'Ushkaov', 'Yury Ushakov'], roles: ['Kremlin aide'] },
    { id: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'person', aliases: ['Sergei Lavrov', 'Lavrov'], roles: ['Foreign Minister'] },
    { id: 'marco-rubio', name: 'Marco Rubio', kind: 'person', aliases: ['Rubio'], roles: ['Secretary of State'] },
    { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', kind: 'person', aliases: ['Zelenskyy'], roles: ['President'] },
    { id: 'donald-trump', name: 'Donald Trump', kind: 'person', aliases: ['Trump'], roles: [] },
    { id: 'riyadh', name: 'Riyadh', kind: 'place', aliases: [], roles: [] },
  ],
};
