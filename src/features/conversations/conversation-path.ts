import { conversationKey, vendorIdSchema, type Conversation, type VendorId } from '../../model/conversation';

/** The transcript route of a conversation; vendor ids can hold characters a path must escape. */
export function conversationPath(conversation: Pick<Conversation, 'vendor' | 'id'>): string {
  return `/conversations/${conversation.vendor}/${encodeURIComponent(conversation.id)}`;
}

export type ConversationRoute =
  /** `/`: the list alone. */
  | { kind: 'list' }
  /** `/conversations/:vendor/:id`: the list with that transcript open. */
  | { kind: 'conversation'; vendor: VendorId; id: string; key: string }
  /** A vendor this app does not know: the page sends the reader back to the list. */
  | { kind: 'unknown-vendor' };

/** Reads the route's parameters (already decoded by the router) back into what `conversationPath` wrote. */
export function parseConversationRoute(params: { vendor?: string; id?: string }): ConversationRoute {
  if (params.vendor === undefined) return { kind: 'list' };
  const vendor = vendorIdSchema.safeParse(params.vendor);
  if (!vendor.success) return { kind: 'unknown-vendor' };
  if (params.id === undefined || params.id === '') return { kind: 'list' };
  return {
    kind: 'conversation',
    vendor: vendor.data,
    id: params.id,
    key: conversationKey(vendor.data, params.id),
  };
}
