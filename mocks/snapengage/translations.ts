/**
 * Spanish and Swedish lines for the demo's multilingual chats. SnapEngage's live translation sends each
 * message as typed plus `translations` into the other party's language (the documented sample: the
 * visitor writes Spanish with an English translation, the agent English with a Spanish one).
 */
export type TranslatedLine = { text: string; lang: string; translation: string };

/** A Spanish-speaking visitor's chat: [visitor opening, agent answer, visitor follow-up], each with its English or Spanish twin. */
export const spanishDialogues: ReadonlyArray<readonly [TranslatedLine, TranslatedLine, TranslatedLine]> = [
  [
    { text: 'Hola, ¿hacen envíos a Madrid?', lang: 'en', translation: 'Hello, do you ship to Madrid?' },
    {
      text: 'Yes, we ship to all of Spain within 3-5 days.',
      lang: 'es',
      translation: 'Sí, enviamos a toda España en 3-5 días.',
    },
    { text: 'Perfecto, gracias.', lang: 'en', translation: 'Perfect, thank you.' },
  ],
  [
    { text: 'Mi pedido no ha llegado todavía.', lang: 'en', translation: 'My order has not arrived yet.' },
    {
      text: 'Sorry to hear that. Could you give me the order number?',
      lang: 'es',
      translation: 'Lo siento. ¿Me puede dar el número de pedido?',
    },
    { text: 'Es el #5521.', lang: 'en', translation: 'It is #5521.' },
  ],
  [
    {
      text: 'Hola, quiero cambiar mi dirección de envío.',
      lang: 'en',
      translation: 'Hello, I want to change my shipping address.',
    },
    {
      text: 'Of course. What is the new address?',
      lang: 'es',
      translation: 'Por supuesto. ¿Cuál es la nueva dirección?',
    },
    { text: 'Calle Mayor 5, Madrid.', lang: 'en', translation: 'Calle Mayor 5, Madrid.' },
  ],
];

/** English translations of the Swedish lines the shared demo vocabulary already contains. */
export const swedishToEnglish: Readonly<Record<string, string>> = {
  'Hej! Har ni öppet på lördag?': 'Hi! Are you open on Saturday?',
  'Hej! Ja, vi har öppet 10–16 på lördagar.': 'Hi! Yes, we are open 10–16 on Saturdays.',
  'Tack så mycket!': 'Thank you very much!',
};

/** The agents' closing line, translated for the visitor. */
export const closingLine = 'Anything else I can help with today?';
export const closingTranslations: Readonly<Record<string, string>> = {
  es: '¿Algo más en lo que pueda ayudarle hoy?',
  sv: 'Något mer jag kan hjälpa till med idag?',
};

export const proactivePrompts = [
  'Hi! Can I help you find anything today?',
  'Looking at our pricing? I am here if you have questions.',
] as const;
