/**
 * Spoken cues through the browser's speech synthesis, only with a voice of the chosen language:
 * many phones have no Indonesian voice and would read Indonesian words with an English one, so a
 * voice is looked for by its `lang` ('id-ID', and 'in-ID' as older Android writes it; 'en-*')
 * and, when there is none, nothing is spoken (the coach says so once and goes on with tones).
 */
import type { Language } from '../../i18n/languages';

/** What the coach needs of a voice (a `SpeechSynthesisVoice`, or a test's stand-in). */
export interface VoiceLike {
  readonly lang: string;
  readonly name: string;
  readonly voiceURI: string;
  readonly default?: boolean;
}

const normal = (lang: string): string => lang.replace('_', '-').toLowerCase();

/** Whether a voice speaks `language` (its primary subtag; 'in' is the old code for Indonesian). */
export function speaks(voice: VoiceLike, language: Language): boolean {
  const primary = normal(voice.lang).split('-')[0];
  return language === 'id' ? primary === 'id' || primary === 'in' : primary === 'en';
}

/** The device's voices for `language`, the default one first. */
export const voicesFor = <V extends VoiceLike>(voices: readonly V[], language: Language): V[] =>
  voices.filter((voice) => speaks(voice, language)).sort((a, b) => Number(b.default ?? false) - Number(a.default ?? false));

/** The voice chosen in the settings if it speaks the language, else the first that does, else null. */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], language: Language, preferredURI: string | null): V | null {
  const own = voicesFor(voices, language);
  return own.find((voice) => voice.voiceURI === preferredURI) ?? own[0] ?? null;
}

export const synthesis = (): SpeechSynthesis | null => (typeof speechSynthesis === 'undefined' ? null : speechSynthesis);

/**
 * The device's voices. Chromium fills the list a moment after the page loads ('voiceschanged');
 * after `waitMs` with none, there are none.
 */
export function loadVoices(waitMs = 1500): Promise<readonly SpeechSynthesisVoice[]> {
  const synth = synthesis();
  if (!synth) return Promise.resolve([]);
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
}

/** Says `words` now, cutting short anything still being said (a cue is never late). */
export function say(words: string, voice: SpeechSynthesisVoice, volume: number): void {
  const synth = synthesis();
  if (!synth) return;
  // Only when something is being said: Chromium can drop an utterance spoken right after a needless cancel.
  if (synth.speaking || synth.pending) synth.cancel();
  const utterance = new SpeechSynthesisUtterance(words);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.volume = volume;
  synth.speak(utterance);
}

export function hush(): void {
  synthesis()?.cancel();
}
