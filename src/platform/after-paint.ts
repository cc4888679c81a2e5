/**
 * Resolves once the browser has painted what is on screen now: after the next animation frame, in a task
 * of its own. Work that the first page does not need to paint (opening the database, loading its code)
 * starts here, so it neither delays that paint nor counts towards the first page's JavaScript. A hidden
 * page paints nothing, so there it resolves at once.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') {
      resolve();
      return;
    }
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });
}
