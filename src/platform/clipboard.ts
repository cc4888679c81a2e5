/** Puts text on the clipboard; rejects where the browser refuses (no permission, page not focused). */
export function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}
