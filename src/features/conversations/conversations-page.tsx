// Placeholder until the list view lands.
export function ConversationsPage() {
  return <main>Backscroll</main>;
}
