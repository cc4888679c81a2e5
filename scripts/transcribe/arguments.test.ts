import { describe, expect, it } from 'vitest';
import { parseTranscribeArguments } from './arguments.ts';

describe('parseTranscribeArguments', () => {
  it('reads files, the language, the model and --json, options before or after the files', () => {
    expect(
      parseTranscribeArguments(['a.webm', '--language', 'de', 'b.wav', '--model=m.bin', '--json']),
    ).toEqual({
      ok: true,
      request: { files: ['a.webm', 'b.wav'], language: 'de', model: 'm.bin', json: true },
    });
    expect(parseTranscribeArguments(['--language=ru', 'a.wav'])).toEqual({
      ok: true,
      request: { files: ['a.wav'], language: 'ru', json: false },
    });
  });

  it('says what is wrong: no file, no language, a language Viva does not transcribe, a missing value', () => {
    expect(parseTranscribeArguments(['--language', 'en'])).toEqual({
      ok: false,
      problem: 'no audio file given',
    });
    expect(parseTranscribeArguments(['a.wav'])).toMatchObject({
      ok: false,
      problem: /--language is required/,
    });
    expect(parseTranscribeArguments(['a.wav', '--language', 'fr'])).toEqual({
      ok: false,
      problem: 'Viva transcribes en, de, ru, not "fr"',
    });
    expect(parseTranscribeArguments(['a.wav', '--language', 'en', '--model'])).toEqual({
      ok: false,
      problem: '--model needs a value',
    });
    expect(parseTranscribeArguments(['a.wav', '--lang', 'en'])).toEqual({
      ok: false,
      problem: 'unknown option --lang',
    });
  });

  it('asks for help', () => {
    expect(parseTranscribeArguments(['a.wav', '--help'])).toEqual({ ok: true, help: true });
  });
});
