import type { ReactNode } from 'react';
import { Dialog, Modal, ModalOverlay } from 'react-aria-components';
import { useEscapeToClose } from './use-escape-to-close';

/**
 * Where a reading pane sits: on wide windows a side panel beside the list (not modal: the list stays
 * usable, Escape closes the panel); on narrow ones a full-screen React Aria dialog over the list, which
 * traps focus, closes on Escape and gives focus back to what opened it.
 */
export function ReadingPanel({
  wide,
  label,
  onClose,
  children,
}: {
  wide: boolean;
  /** The dialog's name on narrow windows. */
  label: string;
  onClose: () => void;
  children: ReactNode;
}) {
  if (wide) return <SidePanel onClose={onClose}>{children}</SidePanel>;
  return (
    <ModalOverlay
      isOpen
      isDismissable={false}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      className="fixed inset-0 z-40 bg-white"
    >
      <Modal className="h-full">
        <Dialog aria-label={label} className="flex h-full flex-col overflow-y-auto bg-white outline-none">
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function SidePanel({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  useEscapeToClose(onClose);
  return (
    <div className="flex w-[40%] max-w-[46rem] shrink-0 flex-col overflow-y-auto border-l border-slate-200 bg-white">
      {children}
    </div>
  );
}
