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

/**
 * Visitors who come back, to every vendor, under the same e-mail (typed in varying case): the visitor page
 * gathers them. Accented names on purpose (search must find `muller` in `Müller`, `sao paulo` in `São Paulo`).
 */
export const returningVisitors = [
  { name: 'Zoë Müller', email: 'zoe.muller@example.org', place: 2 },
  { name: 'Łukasz Wiśniewski', email: 'lukasz.wisniewski@fastmail.fm', place: 2 },
  { name: 'João Araújo', email: 'joao.araujo@gmail.com', place: 3 },
  { name: 'Björn Ångström', email: 'bjorn.angstrom@outlook.com', place: 0 },
  { name: 'Chloé Dubois', email: 'chloe.dubois@acme.io', place: 1 },
  { name: 'Søren Nørgaard', email: 'soren.norgaard@example.org', place: 0 },
  { name: 'Ana Núñez García', email: 'ana.nunez@gmail.com', place: 3 },
  { name: 'Aisha Okafor', email: 'aisha.okafor@outlook.com', place: 4 },
] as const;

/**
 * What visitors talk about: per topic, openings, agents' answers and follow-ups, combined freely so that
 * transcripts read differently and a word search finds a real subset. `{order}`, `{amount}`, `{invoice}`
 * and `{plan}` are filled in per conversation.
 */
export type Topic = {
  openers: readonly string[];
  answers: readonly string[];
  followUps: readonly string[];
  offline: readonly string[];
};

export const topics: readonly Topic[] = [
  {
    // billing
    openers: [
      'I was charged twice this month, it looks like a double charge of {amount}.',
      'Why is there a double charge on my credit card?',
      'My card was billed {amount} but my plan should cost less.',
      'Can I change the card you bill every month?',
      'The payment failed but the money left my account anyway.',
    ],
    answers: [
      'I can see the double charge; the second payment of {amount} is now reversed.',
      'Sorry about that! The duplicate authorisation drops off within 3-5 business days.',
      'You can update the card under Account → Billing → Payment method.',
      'I checked your account: one charge went through and one was only a pending hold.',
    ],
    followUps: [
      'Thanks, I will check my bank statement tomorrow.',
      'Great, that was quick.',
      'Could you e-mail me a confirmation of the reversal?',
      'OK, and will this happen again next month?',
    ],
    offline: [
      'I see a double charge of {amount} on my statement, please call me back.',
      'Billing question: my card was charged twice for order {order}.',
    ],
  },
  {
    // shipping
    openers: [
      'My order {order} has not arrived yet.',
      'Do you ship to Norway and Finland?',
      'The tracking link for {order} says "label created" since Monday.',
      'Can I change the delivery address of order {order}?',
      'How long does express shipping take to São Paulo?',
    ],
    answers: [
      'Sorry for the wait! The carrier scanned {order} this morning, it should arrive within two days.',
      'Yes, we ship to all of Scandinavia within 3-5 business days.',
      'I have changed the address; the parcel leaves our warehouse tomorrow.',
      'Express delivery takes 4-6 business days to Brazil, customs included.',
    ],
    followUps: [
      'Perfect, ordering now.',
      'Thanks, I will keep an eye on the tracking.',
      'Is there a way to get a text message when it ships?',
      'Great, thank you for the update.',
    ],
    offline: [
      'Where is my parcel? Order {order} was due last week.',
      'Please ship order {order} to my office instead, address to follow.',
    ],
  },
  {
    // bugs
    openers: [
      'The checkout page shows an error when I press Pay.',
      'The app crashes every time I open the settings page.',
      'I think I found a bug: the export button does nothing in Firefox.',
      'Images do not load on the product page since yesterday.',
    ],
    answers: [
      'Thanks for reporting this. Which browser and version are you using?',
      'I could reproduce it and have filed a bug with our developers.',
      'A fix for that error is rolling out today; a hard refresh should help.',
      'Could you send a screenshot of the error message?',
    ],
    followUps: [
      'Safari on my phone.',
      'Firefox 127 on Linux.',
      'Thanks, keep me posted.',
      'It works after a refresh, thank you!',
    ],
    offline: ['Your checkout throws an error on my phone, I could not finish order {order}.'],
  },
  {
    // sign-in
    openers: [
      'I cannot sign in, it says my password is wrong.',
      'I never got the password reset e-mail.',
      'My account is locked after too many sign-in attempts.',
      'How do I turn on two-factor authentication?',
    ],
    answers: [
      'I have sent a new password reset link; it is valid for one hour.',
      'Your account is unlocked now. Please try signing in again.',
      'The reset e-mail sometimes lands in spam: could you check there?',
      'Go to Account → Security → Two-factor and scan the QR code with your app.',
    ],
    followUps: [
      'That worked, I am signed in now.',
      'Found it in the spam folder, thanks.',
      'Still cannot log in, the link expired.',
    ],
    offline: ['I am locked out of my account and the reset link does not arrive.'],
  },
  {
    // refunds
    openers: [
      'I would like a refund for order {order}.',
      'Can I get a refund for a double charge?',
      'I returned the shoes two weeks ago, when do I get my refund?',
      'The product arrived broken, I want my money back.',
    ],
    answers: [
      'Of course. I have refunded {amount} to your card; it shows within 5 days.',
      'Your return for {order} was received on Friday and the refund is on its way.',
      'I am sorry it arrived damaged. I have started a full refund, no need to send it back.',
    ],
    followUps: [
      'Thank you, that was quick!',
      'Will I get an e-mail when the refund is done?',
      'Perfect, thanks for the help.',
    ],
    offline: [
      'I need help with a return, my order number is {order}.',
      'Still waiting for my refund of {amount}.',
    ],
  },
  {
    // invoices
    openers: [
      'Where can I download the invoice for last month?',
      'Invoice {invoice} has the wrong company name on it.',
      'Could you add our VAT number to invoice {invoice}?',
      'How do I change my billing e-mail for invoices?',
    ],
    answers: [
      'All invoices are under Account → Billing → Invoices as PDF.',
      'I have reissued invoice {invoice} with the corrected details.',
      'Go to Account → Billing and edit the invoice address there.',
    ],
    followUps: [
      'Found it, thanks.',
      'Got the new invoice, thank you.',
      'Can you also send it to our accounting team?',
    ],
    offline: ['Please call me back about my invoice {invoice}, I could not reach anyone.'],
  },
  {
    // pricing
    openers: [
      'Hi, I have a question about your pricing.',
      'What is the difference between the {plan} plan and the Pro plan?',
      'Do you offer a discount for non-profits?',
      'Is the spring sale still on next week?',
    ],
    answers: [
      'Happy to help! Which plan are you looking at?',
      'The {plan} plan includes 10 seats; Pro adds single sign-on and priority support.',
      'Yes, non-profits get 30% off any yearly plan.',
      'The spring sale runs until Sunday midnight.',
    ],
    followUps: [
      'The team plan, for 12 people.',
      'Great, we will upgrade today.',
      'Can I pay yearly by invoice?',
    ],
    offline: [
      'Is the spring sale still on next week?',
      'Please send me a quote for the {plan} plan, 25 seats.',
    ],
  },
];

export const planNames = ['Starter', 'Team', 'Business'] as const;
