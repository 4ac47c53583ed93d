import { describe, expect, it } from 'vitest';
import { incidentDate } from './dates';

describe('incidentDate', () => {
  it('resolves a weekday against the publication date, to the past', () => {
    expect(incidentDate('Gunmen attacked a village on Tuesday.', '2024-03-21')).toEqual({ date: '2024-03-19', precision: 'day' });
  });

  it('ignores the filing date of a wire dateline', () => {
    const text = 'MOGADISHU, March 24 (Reuters) - Two suicide bombings in Beledweyne on Wednesday evening killed at least 48 people.';
    expect(incidentDate(text, '2022-03-24')).toEqual({ date: '2022-03-23', precision: 'day' });
  });

  it('ignores the day something was said and the start of a span ("since …")', () => {
    expect(incidentDate('The strike was the deadliest since the coup on 1 February 2021, officials said on Friday.', '2023-04-14').date).toBeNull();
  });

  it('reads "the morning of 11 April 2023" as that day, even without a publication date', () => {
    expect(incidentDate('On the morning of 11 April 2023, villagers gathered in a field.', null)).toEqual({ date: '2023-04-11', precision: 'day' });
  });

  it('keeps a relative date unknown when there is no publication date, but says one was stated', () => {
    expect(incidentDate('Fighting broke out on Thursday.', null)).toEqual({ date: null, precision: null, stated: true });
  });

  it('reads "this morning" and "tonight" as the report\'s own day, a live blog entry stamped "Wednesday 06:40" as the day after its date line, and leaves them unknown without one', () => {
    expect(incidentDate('10:02 Air raid sirens sounded across central Ukraine this morning.', '2024-09-03')).toEqual({ date: '2024-09-03', precision: 'day' });
    expect(incidentDate('Crowds are gathering again on Rustaveli Avenue tonight.', '2024-11-30')).toEqual({ date: '2024-11-30', precision: 'day' });
    expect(incidentDate('Crowds are gathering again tonight.', null).date).toBeNull();
    expect(incidentDate('Wednesday 06:40 Lviv mayor Andriy Sadovyi reports a massive attack on the city.', '2024-09-03')).toEqual({ date: '2024-09-04', precision: 'day' });
    expect(incidentDate('Monday 18:00 Crowds gathered in the square.', '2024-09-03')).toEqual({ date: '2024-09-02', precision: 'day' });
  });

  it('does not read "for a second night" as a duration', () => {
    expect(incidentDate('Thousands rallied in Tbilisi for a second night on Friday.', '2024-11-30')).toEqual({ date: '2024-11-29', precision: 'day' });
  });

  it('does not read "earlier in the day" or "the march passed off" as dates', () => {
    expect(incidentDate('Earlier in the day, police had fired tear gas to disperse protesters.', '2024-06-26').date).toBeNull();
    expect(incidentDate('Thousands marched through the streets of Mombasa, and the march passed off without incident.', '2024-06-26').date).toBeNull();
  });

  it('reads a month and day later than the report as last year\'s', () => {
    expect(incidentDate('Hamas attacked Israel on Oct. 7.', '2024-03-14')).toEqual({ date: '2023-10-07', precision: 'day' });
  });

  it('does not read "Seven months after …" as a date', () => {
    expect(incidentDate('Seven months after Ukrainian troops stormed across the border, the prize is gone.', '2025-03-14').date).toBeNull();
  });

  it('does not date an event by the day its toll rose', () => {
    expect(incidentDate('The death toll from a suicide bombing at a rally rose to 54 on Monday, police said.', '2023-07-31').date).toBeNull();
  });
});

