import type { EventType } from './schema';

/** One colour per ACLED event type (colour-blind-safe Okabe–Ito palette). */
export const EVENT_COLORS: Record<EventType, string> = {
  Battles: '#D55E00',
  'Explosions/Remote violence': '#CC79A7',
  'Violence against civilians': '#B2182B',
  Protests: '#0072B2',
  Riots: '#E69F00',
  'Strategic developments': '#009E73',
};
