import type { Metadata } from 'next';
import { Dashboard } from '@/components/dashboard';
import { toMapIncidents } from '@/lib/incidents/map-incident';
import { getConfig, getStore } from '@/lib/server/services';
import { decodeViewState } from '@/lib/url-state/view-state';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Embedded map', robots: { index: false } };

/** The map without page chrome, for <iframe>s on other sites; takes the same URL state as /. */
export default async function Embed({ searchParams }: Props) {
  const state = decodeViewState(await searchParams);
  const incidents = toMapIncidents(getStore().listIncidents(state.filter));
  return <Dashboard basePath="/embed" initialState={state} incidents={incidents} tiles={getConfig().tiles} embedded />;
}
