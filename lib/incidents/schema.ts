/**
 * The incident record of DESIGN.md §3.2: the one shape the CLI, API and exports share.
 * The zod schema is the type; everything crossing a boundary is checked against it.
 */
import { z } from 'zod';

export const EVENT_TYPES = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
} as const;

export type EventType = keyof typeof EVENT_TYPES;
export type SubEventType = (typeof EVENT_TYPES)[EventType][number];
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as EventType[];

const IsoDate = z.iso.date();

export const CasualtiesSchema = z
  .object({
    min: z.number().int().nonnegative().nullable(),
    max: z.number().int().nonnegative().nullable(),
    /** The words as written: "at least 11", "several". */
    text: z.string(),
    /** True for words that give no number ("several", "deadly"). */
    vague: z.boolean(),
  })
  .nullable();
export type Casualties = z.infer<typeof CasualtiesSchema>;

export const ActorSchema = z.object({
  name: z.string().min(1),
  role: z.enum(['actor1', 'actor2', 'associated', 'victim']),
});
export type Actor = z.infer<typeof ActorSchema>;

export const PlaceRefSchema = z.object({
  text: z.string(),
  name: z.string().nullable(),
  country: z.string().length(2).nullable(),
  admin1: z.string().nullable(),
  level: z.enum(['landmark', 'city', 'admin2', 'admin1', 'region', 'country']).nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  /** ACLED: 1 town, 2 near a town or part of a region, 3 province or larger; null when unresolved. */
  geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  /** Gazetteer id, used to draw areas as their outline. */
  id: z.string().nullable(),
  /** [west, south, east, north] of an area-level place ("northern Syria"): the part that is meant. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  /** A name the text gives that the gazetteer does not know ("Kishishe"); the place above is the area around it. */
  unresolved: z.string().optional(),
});
export type PlaceRef = z.infer<typeof PlaceRefSchema>;

export const SourceSchema = z.object({
  file: z.string(),
  url: z.string().nullable(),
  published: IsoDate.nullable(),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Source = z.infer<typeof SourceSchema>;

export const IncidentSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{16}$/),
    title: z.string().min(1),
    date: IsoDate.nullable(),
    date_precision: z.enum(['day', 'week', 'month', 'year']).nullable(),
    event_type: z.enum(EVENT_TYPE_NAMES as [EventType, ...EventType[]]),
    sub_event_type: z.string(),
    actors: z.array(ActorSchema),
    fatalities: CasualtiesSchema,
    injured: CasualtiesSchema,
    place: PlaceRefSchema,
    source: SourceSchema,
    /** Every article that reports this incident (the first is `source`). */
    sources: z.array(SourceSchema).optional(),
  })
  .refine((i) => (EVENT_TYPES[i.event_type] as readonly string[]).includes(i.sub_event_type), {
    message: 'sub_event_type does not belong to event_type',
    path: ['sub_event_type'],
  });
export type Incident = z.infer<typeof IncidentSchema>;
