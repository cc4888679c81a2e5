/** A failure's message, for a sentence the user reads; anything thrown that is not an Error is shown as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
