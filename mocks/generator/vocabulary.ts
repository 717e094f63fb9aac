/**
 * The words the demo data is made of. Names include non-ASCII ones and one formula-looking name, because
 * real visitors type anything and the CSV export must survive it. One message carries HTML, which the
 * transcript must show as text.
 */
export const firstNames = [
  'Mary',
  'Tom',
  'Aisha',
  'Lars',
  'Zoë',
  'José',
  'Mei',
  'Olu',
  'Priya',
  'Sven',
  'Chloé',
  'Mateo',
  'Hannah',
  'Noah',
  'Fatima',
  'Björn',
  'Yuki',
  'Liam',
  'Emma',
  'Ravi',
  'Søren',
  'Ana',
  'Kofi',
  'Ines',
] as const;

export const lastNames = [
  'Brown',
  'Sandler',
  'Ångström',
  'Núñez',
  'Okafor',
  'Lindqvist',
  'Chen',
  'Kowalski',
  'Müller',
  'Haddad',
  'Tanaka',
  'Rossi',
  'Dubois',
  'Singh',
  'Olsen',
  'García',
  'Smith',
  'Nakamura',
] as const;

/** Deliberately hostile visitor names, rare in the data. */
export const trickyNames = [
  '=HYPERLINK("http://evil.example","Click me")',
  '李雷',
  '@admin',
  '-1+1',
] as const;

export const emailDomains = ['gmail.com', 'example.org', 'outlook.com', 'acme.io', 'fastmail.fm'] as const;

export const agents = [
  { id: '1001', name: 'James Carter', email: 'james.carter@backscroll-demo.test' },
  { id: '1002', name: 'Sofia Lind', email: 'sofia.lind@backscroll-demo.test' },
  { id: '1003', name: 'Ahmed Yilmaz', email: 'ahmed.yilmaz@backscroll-demo.test' },
  { id: '1004', name: 'Grace Kim', email: 'grace.kim@backscroll-demo.test' },
  { id: '1005', name: 'Pedro Alves', email: 'pedro.alves@backscroll-demo.test' },
  { id: '1006', name: 'Nora Berg', email: 'nora.berg@backscroll-demo.test' },
] as const;

export const supervisor = { id: '2001', name: 'Jane Doe', email: 'jane.doe@backscroll-demo.test' } as const;

export const tags = [
  'billing',
  'bug',
  'sales',
  'refund',
  'onboarding',
  'vip',
  'feature-request',
  'shipping',
] as const;

export const labels = ['Support', 'Sales', 'BankId Verified', 'Returning customer'] as const;

export const pages = [
  'https://shop.example.com/',
  'https://shop.example.com/pricing',
  'https://shop.example.com/checkout',
  'https://shop.example.com/support/returns',
  'https://shop.example.com/account/orders?id=4411',
  'https://shop.example.com/blog/spring-sale',
] as const;

export const referrers = [
  '',
  'https://www.google.com/',
  'https://www.bing.com/',
  'https://news.example.net/deals',
] as const;

export const places = [
  { city: 'Stockholm', region: 'Stockholm', country: 'Sweden', countryCode: 'SE' },
  { city: 'Boulder', region: 'CO', country: 'United States', countryCode: 'US' },
  { city: 'Berlin', region: 'Berlin', country: 'Germany', countryCode: 'DE' },
  { city: 'São Paulo', region: 'SP', country: 'Brazil', countryCode: 'BR' },
  { city: 'Lagos', region: 'Lagos', country: 'Nigeria', countryCode: 'NG' },
  { city: 'Osaka', region: 'Osaka', country: 'Japan', countryCode: 'JP' },
] as const;

export const userAgents = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
] as const;

/** Opening lines of visitors, each paired with the agent's answer and a follow-up. */
export const dialogues = [
  [
    'Hi, I have a question about your pricing.',
    'Hi there! Happy to help. Which plan are you looking at?',
    'The team plan, for 12 people.',
  ],
  [
    'My order has not arrived yet.',
    'Sorry to hear that. Could you give me the order number?',
    'It is #4411, placed last Monday.',
  ],
  [
    'Can I get a refund for a double charge?',
    'Of course. I can see two charges; I have refunded the second one.',
    'Thank you, that was quick!',
  ],
  [
    'The checkout page shows an error.',
    'Thanks for reporting. Which browser are you using?',
    'Safari on my phone.',
  ],
  ['Do you ship to Norway?', 'Yes, we ship to all of Scandinavia within 3-5 days.', 'Great, ordering now.'],
  ['Hej! Har ni öppet på lördag?', 'Hej! Ja, vi har öppet 10–16 på lördagar.', 'Tack så mycket!'],
  [
    'Is <b>this</b> a bug? <img src=x onerror=alert(1)>',
    'It looks like one. I have filed it with our developers.',
    'Thanks, keep me posted.',
  ],
  [
    'How do I change my billing e-mail?',
    'Go to Account → Billing and edit the address there.',
    'Found it, thanks.',
  ],
] as const;

export const offlineNotes = [
  'Please call me back about my invoice, I could not reach anyone.',
  'I need help with a return, my order number is 5521.',
  'Is the spring sale still on next week?',
] as const;
