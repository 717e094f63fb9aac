import { describe, expect, it } from 'vitest';
import sample from './__fixtures__/chats-sample.json';
import { liveChatChatSchema } from './livechat-api';
import { mapLiveChatCustomVariables } from './map-livechat-custom-variables';

const sampleChat = sample.chats[0] as (typeof sample.chats)[number];

describe('LiveChat custom, integration and pre-chat variables', () => {
  const variables = mapLiveChatCustomVariables(liveChatChatSchema.parse(sampleChat));

  it('keeps the documented custom and integration variables by name', () => {
    expect(variables).toContainEqual({ name: 'customer_login', value: 'mary_brown' });
    expect(variables).toContainEqual({ name: 'facebook.email', value: 'mary.brown@email.com' });
  });

  it('drops the empty survey answers of the sample', () => {
    expect(variables.map((variable) => variable.name)).not.toContain('E-mail');
    expect(variables.map((variable) => variable.name)).not.toContain('Name:');
  });

  it('takes the trailing colon off a survey key', () => {
    const chat = liveChatChatSchema.parse({
      ...sampleChat,
      prechat_survey: [{ key: 'Order number:', value: '4411' }],
    });
    expect(mapLiveChatCustomVariables(chat)).toContainEqual({ name: 'Order number', value: '4411' });
  });
});
