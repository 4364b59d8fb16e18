/**
 * Small news-like articles written for the corpus tests: two independent reports of one meeting,
 * a lightly edited reprint of the first, an exact copy of it under another id, and an unrelated story.
 */
export interface FixtureArticle {
  id: string;
  title: string;
  date: string;
  url: string;
  source: string;
  text: string;
}

const meetingA = [
  'MOSCOW — Russian Foreign Minister Sergei Lavrov met Iranian Foreign Minister Mohammad Javad Zarif in Moscow on Monday to discuss the nuclear agreement.',
  '"We support the agreement and will defend it," Lavrov told reporters after the talks.',
  'The two ministers spent three hours together at the foreign ministry mansion on Spiridonovka Street.',
  'Zarif said Iran would keep its commitments as long as the European signatories kept their own.',
  'Diplomats from both countries described the atmosphere as constructive and businesslike.',
  'The meeting came a week after Washington announced further restrictions on oil exports from the Gulf.',
  'Analysts in the Russian capital expect the two governments to sign a trade memorandum before the end of the year.',
  'A joint press conference had been planned but was cancelled at short notice because of the schedule.',
];

export const FIXTURE_ARTICLES: readonly FixtureArticle[] = [
  {
    id: 'fx:meeting-agency',
    title: 'Lavrov and Zarif meet in Moscow',
    date: '2019-05-13',
    url: 'https://agency.example/lavrov-zarif',
    source: 'Agency A',
    text: meetingA.join('\n'),
  },
  {
    id: 'fx:meeting-paper',
    title: 'Iran and Russia hold talks',
    date: '2019-05-14',
    url: 'https://paper.example/iran-russia-talks',
    source: 'Paper B',
    text: [
      "Iran's top diplomat held talks with Russia's foreign minister in the Russian capital on Monday, officials said.",
      'Russian Foreign Minister Sergei Lavrov met Iranian Foreign Minister Mohammad Javad Zarif in Moscow.',
      'Neither side gave details of a timetable for further negotiations over sanctions relief.',
      'Local newspapers reported that energy cooperation and a rail corridor were on the agenda as well.',
    ].join('\n'),
  },
  {
    id: 'fx:meeting-reprint',
    title: 'Russia backs Iran deal as ministers meet',
    date: '2019-05-13',
    url: 'https://reprints.example/russia-backs-deal',
    source: 'Paper C',
    text: [...meetingA.slice(0, 5), 'Officials did not say when the ministers would meet again.', ...meetingA.slice(5)].join('\n'),
  },
  {
    id: 'fx:meeting-copy',
    title: 'Lavrov and Zarif meet in Moscow',
    date: '2019-05-13',
    url: 'https://mirror.example/lavrov-zarif',
    source: 'Mirror D',
    text: meetingA.join('\n'),
  },
  {
    id: 'fx:sanctions',
    title: 'US imposes new sanctions on Iran',
    date: '2019-05-21',
    url: 'https://agency.example/us-sanctions',
    source: 'Agency A',
    text: [
      'WASHINGTON — The United States imposed new sanctions on Iran on Tuesday, the Treasury Department said.',
      'Treasury Secretary Steven Mnuchin said the measures targeted the country\'s oil exports and its central bank.',
      'Iran condemned the sanctions as economic terrorism and said it would not negotiate under pressure.',
      'Oil prices rose slightly in Asian trading after the announcement.',
    ].join('\n'),
  },
];

export function fixtureJsonl(articles: readonly FixtureArticle[] = FIXTURE_ARTICLES): string {
  return articles.map((a) => JSON.stringify(a)).join('\n') + '\n';
}
