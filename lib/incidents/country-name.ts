/**
 * Country names for display ("Syria", not "SY" or "Syrian Arab Republic"). Uses only the English
 * name table of i18n-iso-countries (5 KB), so it is cheap in the client bundle.
 */
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

/** The names reporters use where the ISO name is a formal one. */
const SHORT_NAMES: Record<string, string> = {
  SY: 'Syria', RU: 'Russia', IR: 'Iran', KP: 'North Korea', KR: 'South Korea', CD: 'DR Congo', CG: 'Congo', PS: 'Palestine',
  TZ: 'Tanzania', VE: 'Venezuela', BO: 'Bolivia', LA: 'Laos', MD: 'Moldova', GB: 'United Kingdom', US: 'United States',
  CI: 'Ivory Coast', TR: 'Turkey', VN: 'Vietnam', SS: 'South Sudan', MM: 'Myanmar', CZ: 'Czechia', MK: 'North Macedonia',
};

const NAMES = english.countries as Record<string, string | string[]>;

export function countryDisplayName(code: string | null): string | null {
  if (!code) return null;
  const short = SHORT_NAMES[code];
  if (short) return short;
  const names = NAMES[code];
  if (!names) return code;
  return typeof names === 'string' ? names : (names[0] ?? code);
}
