/** Saves a Blob as a file through the browser's download, without any request leaving the device. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is kept a moment for browsers that read it late.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/** Saves text as a file, like downloadBlob. */
export function downloadTextFile(fileName: string, text: string, type = 'text/markdown;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
