/**
 * Saves a small text (one transcript) as a file through an object URL and a hidden <a download>. Big
 * exports stream instead (src/features/export/file-sink.ts); a transcript is a few kilobytes.
 */
export function saveTextFile(text: string, fileName: string, type = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute later it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
