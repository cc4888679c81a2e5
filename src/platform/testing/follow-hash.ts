import { act } from '@testing-library/react';

/** Changes the location hash as a link does, and waits for the browser's hashchange (in a React act). */
export async function followHash(hash: string): Promise<void> {
  const changed = new Promise((resolve) => {
    window.addEventListener('hashchange', resolve, { once: true });
  });
  window.location.hash = hash;
  await act(async () => {
    await changed;
  });
}
