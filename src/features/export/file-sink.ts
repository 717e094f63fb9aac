import { downloadFile } from './download-file';

/**
 * Where an export's bytes go as they are made, so the file is never held as text and bytes at once:
 *
 * - `picker`: the File System Access API (`showSaveFilePicker`, Chromium on the desktop). The user picks
 *   the place first; every chunk is written to disk as it is made and nothing accumulates in the page.
 * - `download`: everywhere else, a streamed download. Each encoded chunk is kept only until 8 MiB have
 *   gathered; those are then handed to a Blob (which the browser may keep outside the JS heap, on disk
 *   for large ones) and let go. At the end the Blobs are joined by reference (no copy) and downloaded.
 */
export type FileSink = {
  kind: 'picker' | 'download';
  write: (bytes: Uint8Array<ArrayBuffer>) => Promise<void>;
  close: () => Promise<void>;
  abort: () => Promise<void>;
};

export type FileType = { description: string; mimeType: string; extension: string };

// A Blob copies its parts when made, in one go on the main thread: about 35 ms for 8 MB in a measured
// 60,000-conversation export (a long task every few slices); 2 MB keeps each copy well under 20 ms.
const BLOB_BATCH_BYTES = 2 * 1024 * 1024;

type SaveFilePicker = (options: {
  suggestedName: string;
  types: Array<{ description: string; accept: Record<string, string[]> }>;
}) => Promise<FileSystemFileHandle>;

function isSaveFilePicker(value: unknown): value is SaveFilePicker {
  return typeof value === 'function';
}

type WritableFileHandle = FileSystemFileHandle & {
  createWritable: () => Promise<{
    write: (data: Uint8Array<ArrayBuffer>) => Promise<void>;
    close: () => Promise<void>;
    abort: () => Promise<void>;
  }>;
};

function isWritableHandle(handle: FileSystemFileHandle): handle is WritableFileHandle {
  return typeof Reflect.get(handle, 'createWritable') === 'function';
}

/** Whether this browser lets the user pick where a file is written (so it can be written as it goes). */
export function canPickSaveLocation(): boolean {
  return isSaveFilePicker(Reflect.get(globalThis, 'showSaveFilePicker'));
}

/**
 * Opens the sink for `fileName`. Call it straight from the click (the picker needs the user's
 * gesture). Resolves null when the user closes the picker without choosing: nothing to do then.
 */
export async function openFileSink(fileName: string, type: FileType): Promise<FileSink | null> {
  const picker: unknown = Reflect.get(globalThis, 'showSaveFilePicker');
  if (isSaveFilePicker(picker)) {
    let handle: FileSystemFileHandle;
    try {
      handle = await picker({
        suggestedName: fileName,
        types: [{ description: type.description, accept: { [type.mimeType]: [`.${type.extension}`] } }],
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return null;
      // A picker that is there but refused (a sandboxed frame, a policy): fall back to a download.
      return downloadSink(fileName, type);
    }
    if (isWritableHandle(handle)) {
      const writable = await handle.createWritable();
      return {
        kind: 'picker',
        write: (bytes) => writable.write(bytes),
        close: () => writable.close(),
        abort: () => writable.abort(),
      };
    }
  }
  return downloadSink(fileName, type);
}

export function downloadSink(
  fileName: string,
  type: FileType,
  save: (parts: BlobPart[], fileName: string, mimeType: string) => void = downloadFile,
): FileSink {
  const blobs: Blob[] = [];
  let chunks: Uint8Array<ArrayBuffer>[] = [];
  let gathered = 0;
  const flush = () => {
    if (chunks.length === 0) return;
    blobs.push(new Blob(chunks));
    chunks = [];
    gathered = 0;
  };
  return {
    kind: 'download',
    write(bytes) {
      chunks.push(bytes);
      gathered += bytes.byteLength;
      if (gathered >= BLOB_BATCH_BYTES) flush();
      return Promise.resolve();
    },
    close() {
      flush();
      // Handed over and let go here: the saved Blob holds the parts by reference.
      save(blobs.splice(0), fileName, type.mimeType);
      return Promise.resolve();
    },
    abort() {
      chunks = [];
      blobs.length = 0;
      return Promise.resolve();
    },
  };
}
