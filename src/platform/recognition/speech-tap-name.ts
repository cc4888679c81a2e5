/** The name the speech tap's processor is registered under in its audio worklet. */
export const SPEECH_TAP_PROCESSOR = 'viva-speech-tap';
