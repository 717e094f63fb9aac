import { columnLayout, MATCH_COLUMN, MATCH_COLUMN_WIDTH } from './conversation-columns';
import { isColumnId } from './sort-keys';

/** Fixed heights: rows never wrap, so the virtualizer's arithmetic is exact and nothing jumps. */
export const ROW_HEIGHT = 37;
export const HEADER_HEIGHT = 37;
/** A phone's card: four lines of 20 px and its padding (conversation-card.tsx). */
export const CARD_HEIGHT = 98;

export function widthOf(columnId: string): number {
  if (columnId === MATCH_COLUMN) return MATCH_COLUMN_WIDTH;
  return isColumnId(columnId) ? columnLayout[columnId].width : 120;
}

export function alignOf(columnId: string): 'right' | 'center' | undefined {
  return isColumnId(columnId) ? columnLayout[columnId].align : undefined;
}
