import type { Conversation } from './conversation';
import { vendorDescriptors } from './vendor-descriptors';

/**
 * Why a cell is empty, in three kinds a lead must not confuse (issue 12, "gaps named"):
 * - `not-provided`: the vendor never records this (Social Intents does not rate chats); not "Unrated".
 * - `none`: the vendor records it and this conversation has none (a chat nobody rated: "Unrated").
 * - `unknown`: not known yet or not sent for this conversation ("–").
 */
export type ValueGap =
  { kind: 'value' } | { kind: 'not-provided'; sentence: string } | { kind: 'none' } | { kind: 'unknown' };

/** The pure rule: a present value is a value; else what the vendor provides and knows decides. */
export function classifyGap(input: {
  present: boolean;
  /** The vendor records this kind of value at all (its capability flag). */
  provided: boolean;
  /** Absence is known for sure (the vendor sent the field, or its empty value has a meaning). */
  known: boolean;
  /** "Social Intents does not rate chats", for a value the vendor never provides. */
  notProvidedSentence: string;
}): ValueGap {
  if (input.present) return { kind: 'value' };
  if (!input.provided) return { kind: 'not-provided', sentence: input.notProvidedSentence };
  return input.known ? { kind: 'none' } : { kind: 'unknown' };
}

/** "Social Intents does not rate chats" */
export function doesNotRateSentence(label: string): string {
  return `${label} does not rate chats`;
}

/** A conversation's rating: given, none ("Unrated"), or never given by its vendor. */
export function ratingGap(conversation: Pick<Conversation, 'vendor' | 'rating'>): ValueGap {
  const vendor = vendorDescriptors[conversation.vendor];
  return classifyGap({
    present: conversation.rating !== null,
    provided: vendor.capabilities.ratings,
    // Every rating vendor sends "not rated" as a value of its own (LiveChat `not_rated`, an empty score).
    known: true,
    notProvidedSentence: doesNotRateSentence(vendor.label),
  });
}

/** A conversation's message count: counted, or not known until its transcript is fetched. */
export function messageCountGap(conversation: Pick<Conversation, 'messageCount'>): ValueGap {
  return classifyGap({
    present: conversation.messageCount !== null,
    provided: true,
    known: false,
    notProvidedSentence: '',
  });
}
