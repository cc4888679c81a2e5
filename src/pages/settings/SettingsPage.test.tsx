import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { browserLanguagePacks } from '../../platform/recognition/browser/browser-recognition.ts';
import { fakeLanguagePacks } from '../../platform/recognition/fake-recognition.ts';
import { FakeSpeech, fakeVoices } from '../../platform/speech/fake-speech.ts';
import type { Speech } from '../../platform/speech/speech.ts';
import { db } from '../../store/db.ts';
import { loadSettings, saveSettings, defaultSettings } from '../../store/settings.ts';
import { SettingsPage } from './SettingsPage.tsx';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await db.settings.clear();
});

/** The page once settings and voices have loaded, with the group of the language `name`. */
async function renderPage(speech: Speech, name = 'German', packs = fakeLanguagePacks()) {
  render(<SettingsPage speech={speech} packs={packs} />);
  return within(await screen.findByRole('group', { name }));
}

describe('SettingsPage', () => {
  it('shows loading states until the settings and the voices are there', async () => {
    const speech = new FakeSpeech();
    vi.spyOn(speech, 'voices').mockReturnValue(new Promise(() => undefined));
    render(<SettingsPage speech={speech} packs={fakeLanguagePacks()} />);

    expect(screen.getByText('Loading settings…')).toBeTruthy();
    expect(await screen.findByText('Loading voices…')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Soft' })).toHaveProperty('checked', true);
    expect(screen.queryByRole('group', { name: 'English' })).toBeNull();
  });

  it('saves the timing mode and speech at once, and says so', async () => {
    await renderPage(new FakeSpeech());

    fireEvent.click(screen.getByRole('radio', { name: 'Strict' }));

    // Checked at once, not only when the store reports the change back.
    expect(screen.getByRole('radio', { name: 'Strict' })).toHaveProperty('checked', true);
    await waitFor(async () => {
      expect((await loadSettings()).timing).toBe('strict');
    });
    expect(await screen.findByText('Saved.')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Speak the questions aloud' }));
    await waitFor(async () => {
      expect(await loadSettings()).toMatchObject({ timing: 'strict', speech: false });
    });
  });

  it('turns transcription off and on again, and says so', async () => {
    await renderPage(new FakeSpeech());
    const transcribe = await screen.findByRole('checkbox', { name: 'Transcribe my answers on this device' });
    expect((transcribe as HTMLInputElement).checked).toBe(true);
    fireEvent.click(transcribe);
    await waitFor(async () => {
      expect((await loadSettings()).transcribe).toBe(false);
    });
    await waitFor(() => {
      expect((transcribe as HTMLInputElement).checked).toBe(false);
    });
    fireEvent.click(transcribe);
    await waitFor(async () => {
      expect((await loadSettings()).transcribe).toBe(true);
    });
  });

  it('without the browser’s recogniser, says so per language and offers Whisper only', async () => {
    await renderPage(new FakeSpeech());
    const german = within(await screen.findByRole('group', { name: 'German answers' }));
    expect(german.getByRole('radio', { name: 'Whisper' })).toHaveProperty('checked', true);
    expect(german.getByRole('radio', { name: 'The browser’s on-device recogniser' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(await german.findByText(/not available in this browser/)).toBeTruthy();
    expect(german.queryByRole('button', { name: /Install/ })).toBeNull();
  });

  it('offers to install a language pack, says when the browser refuses, and saves the engine chosen', async () => {
    // The browser's recogniser with on-device packs that can be installed but not here (no network).
    class InstallableRecogniser {
      processLocally = false;
      static available = () => Promise.resolve('downloadable');
      static install = vi.fn(() => Promise.resolve(false));
    }
    vi.stubGlobal('SpeechRecognition', InstallableRecogniser);
    try {
      // The platform's own packs, on the stand-in: the page and the browser API's arguments together.
      await renderPage(new FakeSpeech(), 'German', browserLanguagePacks);
      const german = within(await screen.findByRole('group', { name: 'German answers' }));
      expect(await german.findByText(/can be installed — the browser downloads it once/)).toBeTruthy();
      fireEvent.click(german.getByRole('button', { name: 'Install the German language pack' }));
      expect(
        await german.findByText(
          'The browser could not install the German language pack (it needs a network connection once). Nothing else was changed.',
        ),
      ).toBeTruthy();
      expect(InstallableRecogniser.install).toHaveBeenCalledWith({ langs: ['de-DE'], processLocally: true });
      expect((await loadSettings()).recognitionEngines.de).toBe('whisper');

      const english = within(screen.getByRole('group', { name: 'English answers' }));
      fireEvent.click(english.getByRole('radio', { name: 'The browser’s on-device recogniser' }));
      await waitFor(async () => {
        expect((await loadSettings()).recognitionEngines).toEqual({
          en: 'browser',
          de: 'whisper',
          ru: 'whisper',
        });
      });
      expect(await english.findByText(/Until it is installed, English answers use Whisper/)).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps a voice saved a moment before the timing mode changes', async () => {
    const german = await renderPage(new FakeSpeech());

    fireEvent.change(german.getByLabelText('Voice'), { target: { value: 'fake-de-DE' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Untimed' }));

    await waitFor(async () => {
      expect(await loadSettings()).toMatchObject({
        timing: 'untimed',
        voices: { de: { voiceId: 'fake-de-DE' } },
      });
    });
  });

  it('says why a change could not be saved', async () => {
    await renderPage(new FakeSpeech());
    vi.spyOn(db.settings, 'put').mockRejectedValue(new Error('The disk is full'));

    fireEvent.click(screen.getByRole('radio', { name: 'Untimed' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your change could not be saved: The disk is full',
    );
    expect(screen.getByRole('radio', { name: 'Soft' })).toHaveProperty('checked', true);
  });

  it('offers the voices of each language, best first, and persists the chosen voice and rate', async () => {
    const german = await renderPage(new FakeSpeech());
    const options = german.getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['Automatic (best voice for German)', 'Fake German (on device)']);

    fireEvent.change(german.getByLabelText('Voice'), { target: { value: 'fake-de-DE' } });
    fireEvent.change(german.getByLabelText('Speaking rate'), { target: { value: '1.5' } });

    await waitFor(async () => {
      expect((await loadSettings()).voices).toEqual({ de: { voiceId: 'fake-de-DE', rate: 1.5, volume: 1 } });
    });
    expect(german.getByText('1.5×')).toBeTruthy();
    expect(await german.findByText('Saved.')).toBeTruthy();

    fireEvent.change(german.getByLabelText('Voice'), { target: { value: '' } });
    await waitFor(async () => {
      expect((await loadSettings()).voices).toEqual({ de: { rate: 1.5, volume: 1 } });
    });
  });

  it('shows the stored settings and a language set earlier beyond the three built in', async () => {
    await saveSettings({
      ...defaultSettings,
      voices: { ru: { voiceId: 'fake-ru-RU', rate: 0.8, volume: 0.45 }, fr: { rate: 1.2, volume: 1 } },
    });
    const russian = await renderPage(new FakeSpeech(), 'Russian');

    expect(russian.getByLabelText<HTMLSelectElement>('Voice').value).toBe('fake-ru-RU');
    expect(russian.getByText('0.8×')).toBeTruthy();
    expect(russian.getByText('45%')).toBeTruthy();
    const french = within(screen.getByRole('group', { name: 'French' }));
    expect(french.getByText('1.2×')).toBeTruthy();
    expect(french.queryByRole('button', { name: 'Preview' })).toBeNull();
  });

  it('previews the sample with the chosen voice, rate and volume, and Stop cancels it', async () => {
    const speech = new FakeSpeech();
    const german = await renderPage(speech);
    fireEvent.change(german.getByLabelText('Voice'), { target: { value: 'fake-de-DE' } });
    fireEvent.change(german.getByLabelText('Speaking rate'), { target: { value: '1.2' } });
    fireEvent.change(german.getByLabelText('Volume'), { target: { value: '0.6' } });

    fireEvent.click(german.getByRole('button', { name: 'Preview' }));

    expect(speech.spoken).toHaveLength(1);
    expect(speech.spoken[0]?.options).toEqual({
      lang: 'de-DE',
      voiceId: 'fake-de-DE',
      rate: 1.2,
      volume: 0.6,
    });
    expect(speech.spoken[0]?.text).toMatch(/Projekt/);
    act(() => {
      speech.start();
    });
    expect(german.getByText('Speaking with Fake German.')).toBeTruthy();

    fireEvent.click(german.getByRole('button', { name: 'Stop' }));

    expect(speech.cancelled).toBe(1);
    expect(speech.current).toBeUndefined();
    expect(german.getByRole('button', { name: 'Preview' })).toBeTruthy();
  });

  it('turns back to Preview when the sample ends, or when another language is previewed', async () => {
    const speech = new FakeSpeech();
    const german = await renderPage(speech);
    const english = within(screen.getByRole('group', { name: 'English' }));

    fireEvent.click(english.getByRole('button', { name: 'Preview' }));
    expect(speech.spoken[0]?.options).toEqual({ lang: 'en-US', rate: 1, volume: 1 });
    fireEvent.click(german.getByRole('button', { name: 'Preview' }));

    expect(english.getByRole('button', { name: 'Preview' })).toBeTruthy();
    expect(german.getByRole('button', { name: 'Stop' })).toBeTruthy();
    act(() => {
      speech.finish();
    });
    expect(german.getByRole('button', { name: 'Preview' })).toBeTruthy();
  });

  it('says when a language has no voice, after Preview', async () => {
    const speech = new FakeSpeech({ voices: fakeVoices.filter((voice) => voice.lang !== 'de-DE') });
    const german = await renderPage(speech);
    expect(german.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Automatic (no German voice installed)',
    ]);

    fireEvent.click(german.getByRole('button', { name: 'Preview' }));

    expect((await german.findByRole('alert')).textContent).toBe(
      'No voice for German is installed. Interviews in German will show the questions as text.',
    );
    expect(german.getByRole('button', { name: 'Preview' })).toBeTruthy();
  });

  it('explains what to do when the browser offers no voices, and looks again on request', async () => {
    const speech = new FakeSpeech({ voices: [] });
    const voices = vi.spyOn(speech, 'voices');
    await renderPage(speech);

    expect(screen.getByText('This browser offers no voices')).toBeTruthy();
    expect(screen.getByText(/speech-dispatcher espeak-ng/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Look again' }));

    await waitFor(() => {
      expect(voices).toHaveBeenCalledTimes(2);
    });
  });

  it('offers voices that the engine brings after it first had none, whenever they come', async () => {
    const speech = new FakeSpeech({ voices: [] });
    await renderPage(speech);
    expect(screen.getByText('This browser offers no voices')).toBeTruthy();

    act(() => {
      speech.changeVoices(fakeVoices);
    });

    // The German group was there before (with no voice); its voices arrive once the engine lists them.
    const german = within(await screen.findByRole('group', { name: 'German' }));
    expect(await german.findByRole('option', { name: /Fake German/ })).toBeTruthy();
    expect(screen.queryByText('This browser offers no voices')).toBeNull();
  });
});
