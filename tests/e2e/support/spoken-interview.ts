// The set-up of an interview with real speech: a browser whose fake microphone keeps saying an answer, which
// logs what is spoken and when the recorder turns, with an interview script imported into the library.
import { LibraryPage } from '../pages/library-page.ts';
import { launchBrowser, type LaunchedBrowser } from './browser.ts';
import { recordSpeech } from './speech-log.ts';
import { spokenWav } from './spoken-fixtures.ts';
import { recordTurnEvents } from './turn-log.ts';

/** Launches that browser, opens the library and imports the script file at `scriptPath`. */
export async function launchSpokenInterview(scriptPath: string): Promise<LaunchedBrowser> {
  const browser = await launchSpeakingBrowser();
  const library = new LibraryPage(browser.page);
  await library.open();
  await library.importFile(scriptPath);
  await library.status.getByText(/Imported/).waitFor();
  return browser;
}

/** Launches that browser, with nothing opened yet. */
export async function launchSpeakingBrowser(): Promise<LaunchedBrowser> {
  const answer = await spokenWav(
    'answer-en',
    'I would put a cache in front of the database and invalidate it when the data changes.',
    'en-us',
  );
  // Looped, so a short spoken answer lasts however long the candidate holds the turn.
  const browser = await launchBrowser({ speech: true, fakeMicrophoneWav: answer, fakeMicrophoneLoop: true });
  await recordSpeech(browser.page);
  await recordTurnEvents(browser.page);
  return browser;
}
