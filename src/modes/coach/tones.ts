/**
 * The two tones of the cue (as a CPR metronome's double click): a low one where pressure
 * begins, a high one where the light return begins. Web Audio, made on the "Start" tap (a
 * browser lets sound start only from a user's gesture).
 */
export const TONE_HZ = { low: 330, high: 880 } as const;
const TONE_SECONDS = 0.18;

let context: AudioContext | null = null;

/** Opens (or wakes) the audio output; call it from a tap. */
export function wakeTones(): void {
  if (typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume();
}

export function tone(kind: keyof typeof TONE_HZ, volume: number): void {
  if (!context || volume <= 0) return;
  const start = context.currentTime;
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = TONE_HZ[kind];
  // A soft attack and fall, so the tone does not click.
  gain.gain.setValueAtTime(0, start);
  gain.gain.linearRampToValueAtTime(0.5 * volume, start + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.001, start + TONE_SECONDS);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(start);
  oscillator.stop(start + TONE_SECONDS + 0.02);
}
