import { vendorIdSchema, type Conversation, type VendorId } from '../model/conversation';
import { isCompleteEmail, normalizeEmail } from '../model/text';

/**
 * Who a visitor page is about: an e-mail address (every vendor), or one vendor's own visitor id when the
 * visitor left no address (that vendor only, since visitor ids mean nothing to the others).
 */
export type VisitorRef =
  { kind: 'email'; email: string } | { kind: 'visitor-id'; vendor: VendorId; visitorId: string };

/** `/visitors/{e-mail}` or `/visitors/{vendor}:{visitor id}`, the whole key URL-encoded as one segment. */
export function visitorPath(ref: VisitorRef): string {
  const key = ref.kind === 'email' ? ref.email : `${ref.vendor}:${ref.visitorId}`;
  return `/visitors/${encodeURIComponent(key)}`;
}

/** The visitor a conversation is about: the e-mail when it has one, else its vendor's visitor id. */
export function visitorRefOf(conversation: Pick<Conversation, 'vendor' | 'visitor'>): VisitorRef | null {
  const email = normalizeEmail(conversation.visitor.email);
  if (email !== null) return { kind: 'email', email };
  const visitorId = conversation.visitor.id?.trim();
  return visitorId ? { kind: 'visitor-id', vendor: conversation.vendor, visitorId } : null;
}

/**
 * The route's key (already decoded by the router) back into a visitor, or null when it is neither.
 * A known vendor's name before the first colon makes a visitor id, whatever follows (ids may hold `@`).
 */
export function parseVisitorKey(key: string | undefined): VisitorRef | null {
  if (key === undefined) return null;
  const trimmed = key.trim();
  const colon = trimmed.indexOf(':');
  if (colon > 0) {
    const vendor = vendorIdSchema.safeParse(trimmed.slice(0, colon));
    const visitorId = trimmed.slice(colon + 1).trim();
    if (vendor.success)
      return visitorId === '' ? null : { kind: 'visitor-id', vendor: vendor.data, visitorId };
  }
  if (!isCompleteEmail(trimmed)) return null;
  const email = normalizeEmail(trimmed);
  return email === null ? null : { kind: 'email', email };
}

/** Does this conversation belong to the visitor? E-mails compare lowercased (the model keeps them so). */
export function isVisitorConversation(ref: VisitorRef, conversation: Conversation): boolean {
  if (ref.kind === 'email') return normalizeEmail(conversation.visitor.email) === ref.email;
  return conversation.vendor === ref.vendor && conversation.visitor.id === ref.visitorId;
}
